// Package lang is claimdiff's language layer: normalisation for matching,
// tokens with byte offsets, light stems, stop words, digit folding and
// per-article language detection by script. Arabic comes first (package ar);
// English is handled too (package en); other scripts are tokenised and folded
// but not stemmed.
//
// Everything here is for matching. The original bytes are never changed: a
// Token carries the byte offsets of its surface form in the text it came
// from, and its folded form (Norm) and stem (Stem) beside them.
package lang

import (
	"runtime"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimdiff/claimdiff/lang/ar"
	"github.com/claimdiff/claimdiff/lang/en"
)

// Kind says what a token is.
type Kind uint8

const (
	// Word is a run of letters (and their marks) in one script.
	Word Kind = iota
	// Number is a run of digits in any digit system, with inner . or , kept
	// ("2.7", "1,000").
	Number
)

// Token is one word or number of a text.
type Token struct {
	Start int    // byte offset of the first byte of the surface form
	End   int    // byte offset just past the surface form
	Norm  string // folded form: marks dropped, letters folded, digits ASCII, lower case
	Stem  string // light stem of Norm (Norm itself for numbers and unknown scripts); never shares memory with Norm (see stem)
	// StemID numbers Stem: tokens of equal stems have equal numbers, the
	// same as StemID(Stem), for the life of the process. 0 in a token
	// Tokenize did not make.
	StemID uint32
	Kind   Kind
	Stop   bool // a function word that carries no content of its own
}

// Script classes used for token boundaries: a token never spans two scripts,
// so "iconالشيباني" gives "icon" and "الشيباني".
const (
	scNone = iota
	scArabic
	scLatin
	scOther
	scDigit
)

func classify(r rune) int {
	if r >= 0 && r < rune(len(classTable)) {
		return int(classTable[r])
	}
	return classifySlow(r)
}

// classTable holds classifySlow for every rune of one or two UTF-8 bytes.
var classTable = func() (t [0x800]uint8) {
	for r := range t {
		t[r] = uint8(classifySlow(rune(r)))
	}
	return t
}()

func classifySlow(r rune) int {
	switch {
	case r < 0x80:
		switch {
		case r >= '0' && r <= '9':
			return scDigit
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return scLatin
		}
		return scNone
	case (r >= '٠' && r <= '٩') || (r >= '۰' && r <= '۹'):
		return scDigit
	case ar.IsLetter(r) || ar.IsMark(r) || isPresentation(r):
		return scArabic
	case unicode.Is(unicode.Latin, r):
		return scLatin
	case unicode.IsLetter(r):
		return scOther
	case unicode.IsMark(r):
		return scOther
	case unicode.IsDigit(r):
		return scDigit
	}
	return scNone
}

// FoldRune returns the matching form of r, or -1 when r is dropped (Arabic
// marks, tatweel). Latin letters are lower-cased; quote marks fold to '"'.
func FoldRune(r rune) rune {
	if r >= 0 && r < rune(len(foldTable)) {
		return foldTable[r]
	}
	return foldRune(r)
}

// foldTable holds foldRune for every rune of one or two UTF-8 bytes (Latin,
// Greek, Cyrillic, Hebrew, Arabic), so the hot loops need no branches on
// script.
var foldTable = func() (t [0x800]rune) {
	for r := range t {
		t[r] = foldRune(rune(r))
	}
	return t
}()

// foldRune computes FoldRune without the table.
func foldRune(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		if r == '\'' {
			return '"'
		}
		return r
	}
	switch r {
	case '“', '”', '„', '«', '»', '‘', '’', '‚', '″', '‹', '›':
		return '"'
	}
	if r >= 0x0600 && r <= 0x06FF {
		return ar.Fold(r)
	}
	if unicode.IsUpper(r) {
		return unicode.ToLower(r)
	}
	return r
}

// decodeRune decodes the rune at s[i:], with a fast path for the two-byte
// sequences that Arabic letters take.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Normalize returns s folded for matching (see FoldRune and package ar). It
// is idempotent: Normalize(Normalize(s)) == Normalize(s).
func Normalize(s string) string {
	return string(AppendNormalized(make([]byte, 0, len(s)), s))
}

// AppendNormalized appends Normalize(s) to dst and returns it; callers that
// only hash or compare the folded form reuse one buffer and allocate nothing.
func AppendNormalized(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		// A rune of one or two bytes (ASCII, Arabic) is appended from
		// foldBytes, already encoded; the rest as appendFold folds them.
		c := s[i]
		var e *foldEnc
		switch {
		case c < utf8.RuneSelf:
			e = &foldBytes[c]
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			e = &foldBytes[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			dst = appendFold(dst, r)
			continue
		}
		switch e.n {
		case 1:
			dst = append(dst, e.b[0])
		case 2:
			dst = append(dst, e.b[0], e.b[1])
		case 3:
			dst = append(dst, e.b[0], e.b[1], e.b[2])
		}
	}
	return dst
}

// foldEnc is the folded form of a rune, UTF-8 encoded: n bytes of b (none
// when the rune is dropped).
type foldEnc struct {
	b [3]byte
	n uint8
}

// foldBytes holds appendFold of every rune of one or two UTF-8 bytes,
// encoded (none of them is a presentation form).
var foldBytes = func() (t [0x800]foldEnc) {
	for r := range t {
		b := appendFold(nil, rune(r))
		t[r].n = uint8(copy(t[r].b[:], b))
		if len(b) > len(t[r].b) {
			panic("lang: a folded rune of more than three bytes")
		}
	}
	return t
}()

// appendFold appends the folded form of r to dst: FoldRune, except that an
// Arabic presentation form (the shaped glyphs that text copied from PDFs
// carries, such as the lam-alef ligature ﻹ) is first decomposed to the
// letters it shows (NFKC), which may be two.
func appendFold(dst []byte, r rune) []byte {
	if r >= 0 && r < rune(len(foldTable)) {
		f := foldTable[r]
		switch {
		case f < 0:
			return dst
		case f < utf8.RuneSelf:
			return append(dst, byte(f))
		case f < 0x800:
			return append(dst, byte(0xC0|f>>6), byte(0x80|f&0x3F))
		}
		return utf8.AppendRune(dst, f)
	}
	if isPresentation(r) {
		for _, q := range norm.NFKC.String(string(r)) {
			if f := FoldRune(q); f >= 0 {
				dst = utf8.AppendRune(dst, f)
			}
		}
		return dst
	}
	if f := FoldRune(r); f >= 0 {
		dst = utf8.AppendRune(dst, f)
	}
	return dst
}

// isPresentation reports Arabic presentation-form letters (U+FB50–U+FDFF,
// U+FE70–U+FEFC).
func isPresentation(r rune) bool {
	return ((r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFC)) && unicode.IsLetter(r)
}

// Analyzer tokenises text and caches stems. It is not safe for concurrent
// use; Tokenize keeps a few of them (see analyzers).
type Analyzer struct {
	buf     []byte
	spans   []span
	stems   stemCache
	scratch []Token // TokenizeExact's reused tokens
	seen    uint16  // what Tokenize read ahead of its lookups (kept so that the reads stay)
}

// span is where a token's folded form sits in Analyzer.buf.
type span struct{ nb, ne int }

// NewAnalyzer returns an Analyzer of the caller's own. Its stem cache
// starts as a copy of the fullest cache of the analyzers Tokenize keeps
// (empty when there are none): a caller that tokenises the claims of a
// corpus again (event titles) finds the words the first pass stemmed
// instead of stemming them all again. Caches change no result, only how
// fast it comes.
func NewAnalyzer() *Analyzer {
	analyzers.Lock()
	defer analyzers.Unlock()
	var warm *Analyzer
	for _, a := range analyzers.idle {
		if warm == nil || a.stems.used > warm.stems.used {
			warm = a
		}
	}
	if warm == nil || warm.stems.used == 0 {
		return newAnalyzer()
	}
	return &Analyzer{stems: warm.stems.clone()}
}

// newAnalyzer returns an Analyzer with an empty stem cache.
func newAnalyzer() *Analyzer {
	return &Analyzer{stems: newStemCache()}
}

// analyzers are the idle analyzers Tokenize and its variants take one
// from and give back. A sync.Pool dropped them at garbage collections, and
// each new one had to stem every word of the vocabulary again (seven
// analyzers over 5,000 SaudiNewsNet articles); kept here, their stem
// caches stay warm for the whole run. At most GOMAXPROCS are kept (each
// cache is at most 8 MiB); more are made when more goroutines tokenise at
// once, and dropped when given back.
var analyzers struct {
	sync.Mutex
	idle []*Analyzer
}

// getAnalyzer returns an idle analyzer, or a new one.
func getAnalyzer() *Analyzer {
	analyzers.Lock()
	defer analyzers.Unlock()
	if n := len(analyzers.idle); n > 0 {
		a := analyzers.idle[n-1]
		analyzers.idle[n-1] = nil
		analyzers.idle = analyzers.idle[:n-1]
		return a
	}
	return newAnalyzer()
}

// putAnalyzer gives back an analyzer getAnalyzer returned.
func putAnalyzer(a *Analyzer) {
	analyzers.Lock()
	defer analyzers.Unlock()
	if len(analyzers.idle) < runtime.GOMAXPROCS(0) {
		analyzers.idle = append(analyzers.idle, a)
	}
}

// Tokenize splits text into word and number tokens with byte offsets,
// folded forms, stems and stop-word flags. Punctuation and spaces are not
// tokens. It is safe for concurrent use.
func Tokenize(text string) []Token {
	a := getAnalyzer()
	toks := a.Tokenize(text, nil)
	putAnalyzer(a)
	return toks
}

// TokenizeExact is Tokenize returning a slice of exactly the tokens'
// length, for callers that keep the tokens of many texts: the tokens are
// made in a reused scratch slice and copied once. It is safe for
// concurrent use.
func TokenizeExact(text string) []Token {
	a := getAnalyzer()
	a.scratch = a.Tokenize(text, a.scratch[:0])
	toks := slices.Clone(a.scratch)
	clear(a.scratch) // drop the strings the kept slice would keep alive
	putAnalyzer(a)
	return toks
}

// TokenizeInto is Tokenize appending to dst[:0], for a caller that
// tokenises text after text and drops each one's tokens before the next
// (its buffer then serves them all). It is safe for concurrent use.
func TokenizeInto(dst []Token, text string) []Token {
	a := getAnalyzer()
	if dst == nil {
		dst = make([]Token, 0, len(text)/9+4)
	}
	dst = a.Tokenize(text, dst[:0])
	putAnalyzer(a)
	return dst
}

// TokenizeAt is TokenizeExact with offsets shifted by base: the tokens of
// a span of a larger text (a claim of an article), with offsets into that
// text.
func TokenizeAt(text string, base int) []Token {
	toks := TokenizeExact(text)
	for i := range toks {
		toks[i].Start += base
		toks[i].End += base
	}
	return toks
}

// AppendTokensAt appends the tokens of text to dst with offsets shifted by
// base, as TokenizeAt gives them, for a caller that keeps the tokens of
// several texts in one reused buffer. It is safe for concurrent use.
func AppendTokensAt(dst []Token, text string, base int) []Token {
	a := getAnalyzer()
	first := len(dst)
	dst = a.Tokenize(text, dst)
	putAnalyzer(a)
	for i := first; i < len(dst); i++ {
		dst[i].Start += base
		dst[i].End += base
	}
	return dst
}

// Tokenize appends the tokens of text to dst and returns it.
func (a *Analyzer) Tokenize(text string, dst []Token) []Token {
	a.buf = a.buf[:0]
	spans := a.spans[:0]
	first := len(dst)
	if dst == nil {
		// Arabic news averages about ten bytes a token with its space.
		dst = make([]Token, 0, len(text)/9+4)
	}
	start, cls, nb := -1, scNone, 0
	flush := func(end int) {
		if start >= 0 && len(a.buf) > nb {
			k := Word
			if cls == scDigit {
				k = Number
			}
			dst = append(dst, Token{Start: start, End: end, Kind: k})
			spans = append(spans, span{nb, len(a.buf)})
		}
		start, cls = -1, scNone
	}
	for i := 0; i < len(text); {
		var r rune
		var size int
		switch c0 := text[i]; {
		case c0 < utf8.RuneSelf:
			r, size = rune(c0), 1
		case c0 >= 0xC2 && c0 < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			r, size = rune(c0&0x1F)<<6|rune(text[i+1]&0x3F), 2
		default:
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		c := classify(r)
		if c == scNone && start < 0 {
			i += size // a space or a mark of punctuation between tokens
			continue
		}
		// A dot or comma between digits stays inside a number; an
		// apostrophe between Latin letters stays inside a word.
		if c == scNone && start >= 0 && i+size < len(text) && innerMark(r) {
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			nc := classify(next)
			if (cls == scDigit && nc == scDigit && (r == '.' || r == ',' || r == '٫' || r == '٬')) ||
				(cls == scLatin && nc == scLatin && (r == '\'' || r == '’')) {
				if r == '٫' {
					a.buf = append(a.buf, '.')
				} else if r != '٬' && r != ',' {
					a.buf = append(a.buf, byte(r&0x7f))
				}
				i += size
				continue
			}
		}
		if c != cls && !(c == scArabic && cls == scArabic) {
			// Arabic marks continue the Arabic word they sit on.
			if !(cls == scArabic && ar.IsMark(r)) {
				flush(i)
			}
		}
		if c != scNone {
			if start < 0 {
				start, cls, nb = i, c, len(a.buf)
			}
			if r >= 0 && r < rune(len(foldBytes)) {
				e := &foldBytes[r]
				a.buf = append(a.buf, e.b[:e.n]...)
			} else {
				a.buf = appendFold(a.buf, r)
			}
		}
		i += size
		if cls == scArabic {
			// The rest of an Arabic word, letters and marks of two
			// bytes, is read here: each one only continues the word
			// and adds its folded form, which the loop above would
			// find after all its checks.
			for i+1 < len(text) {
				c0, c1 := text[i], text[i+1]
				if c0 < 0xC2 || c0 >= 0xE0 || c1&0xC0 != 0x80 {
					break
				}
				r := rune(c0&0x1F)<<6 | rune(c1&0x3F)
				if classTable[r] != scArabic {
					break
				}
				switch e := &foldBytes[r]; e.n {
				case 2:
					a.buf = append(a.buf, e.b[0], e.b[1])
				case 1:
					a.buf = append(a.buf, e.b[0])
				case 3:
					a.buf = append(a.buf, e.b[0], e.b[1], e.b[2])
				}
				i += 2
			}
		}
	}
	flush(len(text))
	a.spans = spans
	norm := string(a.buf)
	// The stems are looked up stemBatch tokens at a time: first each
	// token's hash, reading the first word of the slots it points to,
	// then the lookups. The slots are far apart in a table of megabytes,
	// and a lookup used to wait for its slot to come from memory before
	// the next began; the first loop's reads depend on nothing loaded, so
	// the processor has many of them under way at once, and the lookups
	// then find their slots in the cache.
	var hs [stemBatch]uint32
	for j0 := 0; j0 < len(spans); j0 += stemBatch {
		j1 := min(j0+stemBatch, len(spans))
		seen := uint16(0)
		for j := j0; j < j1; j++ {
			h := a.stems.hashOf(norm[spans[j].nb:spans[j].ne])
			hs[j-j0] = h
			seen ^= a.stems.peek(h)
		}
		a.seen ^= seen
		for j := j0; j < j1; j++ {
			t := &dst[first+j]
			t.Norm = norm[spans[j].nb:spans[j].ne]
			t.Stem, t.Stop, t.StemID = a.stemHashed(t.Norm, hs[j-j0], t.Kind)
		}
	}
	return dst
}

// innerMark reports whether r may stay inside a token, between digits
// (a dot or comma) or Latin letters (an apostrophe), so that Tokenize
// reads the rune after it only then, not after every word.
func innerMark(r rune) bool {
	switch r {
	case '.', ',', '٫', '٬', '\'', '’':
		return true
	}
	return false
}

// stemBatch is how many tokens' stem slots Tokenize reads ahead of their
// lookups: enough for the processor's outstanding reads, few enough that
// the slots are still in its cache when looked up.
const stemBatch = 16

// stem returns the cached stem, stop flag and stem number of a folded
// token (see stemcache.go). The stem is in the cache's arena (a copy for a word too
// long to cache), never a slice of the tokenised text's folded form, so
// callers that keep stems long after the tokens (scoring features) pin no
// text through them and need not copy them; a number's stem is its folded
// form, copied there.
func (a *Analyzer) stem(w string, k Kind) (string, bool, uint32) {
	return a.stemHashed(w, a.stems.hashOf(w), k)
}

// stemHashed is stem of w whose hash (stemCache.hashOf) is h.
func (a *Analyzer) stemHashed(w string, h uint32, k Kind) (string, bool, uint32) {
	if stem, stop, id, ok := a.stems.get(w, h); ok {
		return stem, stop, id
	}
	stem, stop, id, ok := lookupShared(w, h)
	if !ok {
		stem, stop = w, false
		if k != Number {
			stem, stop = stemOf(w)
		}
		id = storeShared(w, h, stem, stop)
	}
	return a.stems.put(w, h, stem, stop, id), stop, id
}

// stemOf stems a folded word: Arabic and Latin words that are not stop
// words get their language's stem; the rest stay as they are.
func stemOf(w string) (stem string, stop bool) {
	r, _ := utf8.DecodeRuneInString(w)
	stem = w
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		if stop = ar.IsStop(w); !stop {
			stem = ar.Stem(w)
		}
	case r < 0x250:
		if stop = en.IsStop(w); !stop {
			stem = en.Stem(w)
		}
	}
	return stem, stop
}

// countScripts counts the Arabic letters (ar.IsLetter) and the Latin
// letters of text. It reads ASCII bytes and two-byte runes (all of the
// Arabic block) itself and leaves only longer or broken sequences to
// utf8.DecodeRuneInString: the same runes as ranging over text, without a
// call for every Arabic letter.
func countScripts(text string) (arN, latN int) {
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c < 0x80:
			if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
				latN++
			}
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			if ar.IsLetter(rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)) {
				arN++
			}
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if ar.IsLetter(r) {
				arN++
			}
			i += n
		}
	}
	return arN, latN
}

// Detect guesses the language of a text from its script: "ar" when Arabic
// letters outnumber Latin ones, "en" when Latin letters do, "und" when the
// text has neither. It looks at the first 4 KiB, which is plenty for an
// article and keeps it cheap.
func Detect(text string) string {
	if len(text) > 4096 {
		text = text[:4096]
	}
	arN, latN := countScripts(text)
	switch {
	case arN == 0 && latN == 0:
		return "und"
	case arN >= latN:
		return "ar"
	}
	return "en"
}
