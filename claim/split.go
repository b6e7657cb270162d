package claim

// Splitting articles into claims.
//
// An article is read line by line; a line is a paragraph. Removed
// boilerplate is cut out first. The title line becomes a "title" claim; a
// line that ends in a parenthesised credit or agency ("(وكالة سانا)",
// "(Credit: … AFP)") is a photo "caption"; a short line with no sentence
// punctuation that is followed by more text is a "heading". Every other line
// is cut into sentences at . ! ? ؟ … (not inside numbers such as 2.7), and a
// sentence that carries two attributed statements is cut once more where the
// second one starts: after a comma, at a speech verb or its participle
// ("، وقال إن…", "، مشيراً إلى أن…"), outside quote marks, when both halves
// keep at least four words. A one-word line states nothing and is no claim.

import (
	"crypto/sha256"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// Split cuts a document into claims with exact byte offsets and stable IDs.
// Claims come in text order. The document is tokenised once; each claim's
// Tokens are a slice of that one array, with offsets into the document text.
func Split(d *corpus.Document) []Claim {
	// Claims keep sub-slices of the article's tokens: an exact-size slice
	// holds no spare room, which on a large corpus is much of the memory.
	return split(d, lang.TokenizeExact(d.Text))
}

// SplitInto is Split with the document's tokens made in buf, which it
// returns (grown if need be): for a caller that reads each document's
// facts and features and then drops its claims' Tokens before splitting
// the next, so that one buffer serves every document instead of an array
// per document (on SaudiNewsNet 750 MB of short-lived tokens). The claims'
// Tokens are valid only until buf is used again.
func SplitInto(d *corpus.Document, buf []lang.Token) ([]Claim, []lang.Token) {
	buf = lang.TokenizeInto(buf, d.Text)
	return split(d, buf), buf
}

// SplitAppend is SplitInto that appends the document's claims to dst and
// returns it: for a caller that copies each document's claims elsewhere
// and reuses one array for the next (an array of Claims a document, made
// with room to spare, was a fifth of what the claims stage of analyze
// allocated on SaudiNewsNet).
func SplitAppend(dst []Claim, d *corpus.Document, buf []lang.Token) ([]Claim, []lang.Token) {
	buf = lang.TokenizeInto(buf, d.Text)
	return splitAppend(dst, d, buf), buf
}

// split is Split given the document's tokens.
func split(d *corpus.Document, all []lang.Token) []Claim {
	// Room for about one claim per 150 bytes (news Arabic averages near
	// 180): fewer regrowths of an array of large structs.
	out := splitAppend(make([]Claim, 0, len(d.Text)/150+1), d, all)
	if len(out) == 0 {
		return nil // as before the room was made
	}
	return out
}

// splitAppend appends the claims of d, whose tokens are all, to out.
func splitAppend(out []Claim, d *corpus.Document, all []lang.Token) []Claim {
	ids := newIDSums()
	defer ids.release()
	var norm []byte
	text := d.Text
	para, section := 0, 0
	lines := lineSpans(text)
	for li, ln := range lines {
		for _, seg := range visible(d, ln.Start, ln.End) {
			s, e := trim(text, seg.Start, seg.End)
			if s >= e {
				continue
			}
			add := func(s, e int, kind string) {
				s, e = trim(text, s, e)
				if s >= e {
					return
				}
				t := text[s:e]
				toks := tokensIn(text, all, s, e)
				if len(toks) < 2 && kind != KindTitle {
					return
				}
				norm = lang.AppendNormalized(norm[:0], t)
				key := sha256.Sum256(norm)
				out = append(out, Claim{
					ID: ids.next(d.ID, key), Doc: d.ID, Start: s, End: e, Text: t,
					Kind: kind, Para: para, Section: section, Tokens: toks,
					Cited: []string{}, Dates: []Date{}, Numbers: []Number{},
					Entities: []EntityRef{}, Quotes: []Quote{},
				})
			}
			switch {
			case d.TitleSpan.End > d.TitleSpan.Start && s < d.TitleSpan.End && e > d.TitleSpan.Start:
				add(s, e, KindTitle)
			case isCaption(text[s:e]):
				add(s, e, KindCaption)
			case isHeading(text[s:e]) && hasMoreText(d, lines[li+1:]):
				section++
				add(s, e, KindHeading)
			default:
				for _, sent := range sentences(text, s, e) {
					toks := tokensIn(text, all, sent.Start, sent.End)
					for _, cl := range clauses(text, sent.Start, sent.End, toks) {
						add(cl.Start, cl.End, KindSentence)
					}
				}
			}
		}
		if strings.TrimSpace(text[ln.Start:ln.End]) != "" {
			para++
		}
	}
	return out
}

// tokensIn returns the tokens of text[s:e] with offsets into text: a slice
// of all (the tokens of the whole text) when no token straddles s or e, and
// otherwise the tokens of text[s:e] on its own, shifted.
func tokensIn(text string, all []lang.Token, s, e int) []lang.Token {
	i := sort.Search(len(all), func(k int) bool { return all[k].End > s })
	j := sort.Search(len(all), func(k int) bool { return all[k].Start >= e })
	if i > j {
		i = j
	}
	if (i < j && all[i].Start < s) || (j > i && all[j-1].End > e) {
		return lang.TokenizeAt(text[s:e], s)
	}
	return all[i:j:j]
}

// lineSpans returns the byte ranges of the lines of text, without their
// line breaks.
func lineSpans(text string) []corpus.Span {
	var out []corpus.Span
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			out = append(out, corpus.Span{Start: i, End: len(text)})
			break
		}
		out = append(out, corpus.Span{Start: i, End: i + j})
		i += j + 1
	}
	return out
}

// visible returns the parts of [s, e) not covered by boilerplate.
func visible(d *corpus.Document, s, e int) []corpus.Span {
	parts := []corpus.Span{{Start: s, End: e}}
	for _, b := range d.Boilerplate {
		if b.End <= s || b.Start >= e {
			continue
		}
		var next []corpus.Span
		for _, p := range parts {
			if b.End <= p.Start || b.Start >= p.End {
				next = append(next, p)
				continue
			}
			if b.Start > p.Start {
				next = append(next, corpus.Span{Start: p.Start, End: b.Start})
			}
			if b.End < p.End {
				next = append(next, corpus.Span{Start: b.End, End: p.End})
			}
		}
		parts = next
	}
	return parts
}

// hasMoreText reports whether a non-boilerplate, non-empty line follows.
func hasMoreText(d *corpus.Document, rest []corpus.Span) bool {
	for _, ln := range rest {
		for _, v := range visible(d, ln.Start, ln.End) {
			if strings.TrimSpace(d.Text[v.Start:v.End]) != "" {
				return true
			}
		}
	}
	return false
}

// trim narrows [s, e) past spaces, invisible format characters and stray
// separators at both ends.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) && r != '،' && r != ',' {
			break
		}
		e -= n
	}
	return s, e
}

// creditWords mark a trailing parenthesis as a photo credit or a caption's
// source: agencies, "credit", "photo" and their Arabic equivalents.
var creditWords = []string{
	"credit", "getty", "afp", "reuters", "ap photo", "photo", "epa", "anadolu", "shutterstock",
	"وكاله", "رويترز", "فرانس برس", "ا ف ب", "تصوير", "صوره", "الاناضول", "سانا", "عدسه", "ارشيفيه",
}

// isCaption reports whether a line reads as a photo caption: it ends with a
// parenthesis naming a credit or an agency, or starts with an icon label
// that image widgets leave in copied text.
func isCaption(line string) bool {
	// Cheap byte tests first: most lines end neither in ")" nor start with
	// a Latin icon label, and need no folding.
	t := strings.TrimSpace(line)
	if !strings.HasSuffix(t, ")") && (t == "" || t[0] >= 0x80) {
		return false
	}
	n := lang.Normalize(line)
	if strings.HasPrefix(n, "camera icon") || strings.HasPrefix(n, "photo:") {
		return true
	}
	if !strings.HasSuffix(strings.TrimSpace(n), ")") {
		return false
	}
	i := strings.LastIndexByte(n, '(')
	if i < 0 {
		return false
	}
	tail := n[i:]
	for _, w := range creditWords {
		if strings.Contains(tail, w) {
			return true
		}
	}
	return false
}

// isHeading reports whether a line reads as a sub-heading: short (at most
// twelve words) and not ending like a sentence.
func isHeading(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case '.', '!', '?', '؟', '…', ':', '،', ',', ';', '؛':
		return false
	}
	words := countFields(t, 13)
	return words >= 1 && words <= 12 && utf8.RuneCountInString(t) <= 100
}

// countFields returns how many words strings.Fields would cut t into
// (runs of characters that are not unicode.IsSpace), counting no further
// than limit, without making their list.
func countFields(t string, limit int) int {
	n, in := 0, false
	for _, r := range t {
		switch sp := unicode.IsSpace(r); {
		case sp:
			in = false
		case !in:
			in = true
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// isCloser reports runes that stay with the sentence before a boundary:
// closing quotes and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '›':
		return true
	}
	return false
}

// sentences cuts [s, e) at sentence-final punctuation.
func sentences(text string, s, e int) []corpus.Span {
	var out []corpus.Span
	start := s
	var inQuote func(int) bool
	for i := s; i < e; {
		if i = nextStop(text, i, e); i >= e {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:e])
		if r == '…' {
			// An ellipsis inside quote marks shows words left out of a
			// quotation ("بحثا “سبل تطوير الشراكة… ونقل الخبرات”"), not
			// the end of a sentence.
			if inQuote == nil {
				inQuote = quoteDepth(text[s:e])
			}
			if inQuote(i - s) {
				i += n
				continue
			}
		}
		if r == '.' || r == '!' || r == '?' || r == '؟' || r == '…' {
			j := i + n
			// Runs of final punctuation ("..", "?!") stay together.
			for j < e {
				r2, n2 := utf8.DecodeRuneInString(text[j:e])
				if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '؟' && r2 != '…' {
					break
				}
				j += n2
			}
			if r == '.' && j == i+n && i > s && j < e {
				// A dot between digits is a decimal point; after a single
				// Latin capital it ends an abbreviation.
				p, _ := utf8.DecodeLastRuneInString(text[s:i])
				q, _ := utf8.DecodeRuneInString(text[j:e])
				if unicode.IsDigit(p) && unicode.IsDigit(q) {
					i += n
					continue
				}
				if p >= 'A' && p <= 'Z' && (i-s < 2 || !isLatinLetter(text[i-2])) {
					i += n
					continue
				}
				if arabicInitial(text[s:i]) {
					i += n
					continue
				}
			}
			for j < e {
				r2, n2 := utf8.DecodeRuneInString(text[j:e])
				if !isCloser(r2) {
					break
				}
				j += n2
			}
			if j >= e {
				break
			}
			if r2, _ := utf8.DecodeRuneInString(text[j:e]); unicode.IsSpace(r2) {
				out = append(out, corpus.Span{Start: start, End: j})
				start = j
			}
			i = j
			continue
		}
		i += n
	}
	out = append(out, corpus.Span{Start: start, End: e})
	return out
}

// quoteMark returns the quote mark quoteDepth reads (“ ” « » ") that
// starts at byte i of s, or 0. Each starts with '"', 0xC2 or 0xE2, lead
// bytes that never occur inside another rune, so reading s byte by byte
// finds the marks ranging over its runes finds.
func quoteMark(s string, i int) rune {
	switch s[i] {
	case '"':
		return '"'
	case 0xC2:
		if i+1 < len(s) {
			switch s[i+1] {
			case 0xAB:
				return '«'
			case 0xBB:
				return '»'
			}
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x9C:
				return '“'
			case 0x9D:
				return '”'
			}
		}
	}
	return 0
}

// nextStop returns the offset of the first sentence-final mark (. ! ? ؟
// …) whose bytes lie in text[i:e), or e when there is none. It reads bytes,
// not runes: '؟' starts with 0xD8 and '…' with 0xE2, lead bytes that never
// occur inside another rune, so it stops where a rune-by-rune scan of
// text[i:e] would, without decoding every Arabic letter.
func nextStop(text string, i, e int) int {
	for ; i < e; i++ {
		switch text[i] {
		case '.', '!', '?':
			return i
		case 0xD8:
			if i+1 < e && text[i+1] == 0x9F {
				return i
			}
		case 0xE2:
			if i+2 < e && text[i+1] == 0x80 && text[i+2] == 0xA6 {
				return i
			}
		}
	}
	return e
}

// arabicInitial reports whether text ends in a lone Arabic letter, a word
// of its own or after another initial's dot: the title abbreviations
// "د." (doctor), "م." (engineer), "أ.د." (professor doctor), "ص." —
// which a dot follows without ending the sentence. A letter after a
// number ("2015 م."، "1436 ه.") marks the era and may end it.
func arabicInitial(text string) bool {
	p, n := utf8.DecodeLastRuneInString(text)
	if p < 'ء' || p > 'ي' {
		return false
	}
	rest := text[:len(text)-n]
	if rest == "" {
		return true
	}
	q, m := utf8.DecodeLastRuneInString(rest)
	if q == '.' {
		return true
	}
	if !unicode.IsSpace(q) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(rest[:len(rest)-m], unicode.IsSpace))
	return !unicode.IsDigit(before)
}

func isLatinLetter(b byte) bool { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') }

// speechVerbs are folded speech and attribution verbs, finite and
// participle, that open a second attributed statement after a comma.
var speechVerbs = map[string]bool{}

// speechVerbMax is the longest speech verb in bytes: longer words, with a
// conjunction, need no lookup (align asks about every content word).
var speechVerbMax int

// speechFilter has the bit speechKey(w) set for every speech verb w: a
// word whose bit is clear is none, and needs no lookup in the map (align
// and the splitter ask about every word; the map's lookups were 0.5 s of
// CPU over all of SaudiNewsNet).
var speechFilter [speechFilterBits / 64]uint64

const speechFilterBits = 1024

// speechKey hashes a word's length and the last bytes of its last two
// letters into speechFilter.
func speechKey(w string) uint {
	n := len(w)
	if n < 3 {
		return uint(n)
	}
	return (uint(n)*131 + uint(w[n-1])*31 + uint(w[n-3])) % speechFilterBits
}

// maySpeak reports whether w may be in speechVerbs (speechFilter).
func maySpeak(w string) bool {
	k := speechKey(w)
	return speechFilter[k/64]&(1<<(k%64)) != 0
}

func init() {
	defer func() {
		for w := range speechVerbs {
			speechVerbMax = max(speechVerbMax, len(w))
			k := speechKey(w)
			speechFilter[k/64] |= 1 << (k % 64)
		}
	}()
	for _, w := range strings.Fields(`قال قالت اكد اكدت اشار اشارت اضاف اضافت لفت لفتت اوضح اوضحت
		كشف كشفت ذكر ذكرت وصف وصفت اعتبر اعتبرت شدد شددت اعرب اعربت اعلن اعلنت تابع تابعت
		مشيرا مشيره مضيفا مضيفه موكدا موكده معتبرا معتبره لافتا لافته مشددا مشدده معربا معربه
		موضحا موضحه كاشفا كاشفه معلنا معلنه مجددا مجدده`) {
		speechVerbs[w] = true
	}
}

// IsSpeechVerb reports whether a folded token (with or without a leading
// conjunction و/ف) is a speech or attribution verb.
func IsSpeechVerb(norm string) bool {
	if len(norm) > speechVerbMax+2 {
		return false
	}
	if maySpeak(norm) && speechVerbs[norm] {
		return true
	}
	if strings.HasPrefix(norm, "و") || strings.HasPrefix(norm, "ف") {
		return maySpeak(norm[2:]) && speechVerbs[norm[2:]]
	}
	return false
}

// isParticiple reports speech participles (مشيراً، مضيفاً…), which open a
// second statement without a conjunction.
func isParticiple(norm string) bool {
	return strings.HasPrefix(norm, "م") && maySpeak(norm) && speechVerbs[norm]
}

// resumptive are folded preposition-pronouns that, right after the verb,
// make it a relative clause of the noun before the comma ("اتصال هاتفي …،
// أكدت فيه موسكو…"), not a new main clause.
var resumptive = map[string]bool{"فيه": true, "فيها": true, "فيهما": true, "خلاله": true, "خلالها": true,
	"خلالهما": true, "به": true, "بها": true, "عنه": true, "عنها": true, "عليه": true, "عليها": true}

// frontedMin is the length, in words, from which a phrase fronted before
// ", <speech verb>" is a claim of its own.
const frontedMin = 10

// clauses cuts the sentence [s, e), whose tokens (offsets into text) are
// toks, where a second attributed statement starts.
func clauses(text string, s, e int, toks []lang.Token) []corpus.Span {
	if len(toks) < 8 {
		return []corpus.Span{{Start: s, End: e}}
	}
	var out []corpus.Span
	start, startTok := s, 0
	depth := quoteDepth(text[s:e])
	for i := 4; i < len(toks)-4; i++ {
		t := toks[i]
		if depth(t.Start - s) {
			continue
		}
		norm := t.Norm
		k := i
		// A completed quotation closes a statement: "قال إن “…”، وحينها
		// وجه لافروف دعوة…" goes on with a new one.
		if i-startTok >= 4 && len(toks)-i >= 5 && afterQuote(text[toks[i-1].End:t.Start]) &&
			strings.HasPrefix(norm, "و") && hasSpeechVerb(toks[startTok:i]) && quotedWords(toks[startTok:i], depth, s) >= 3 {
			gapStart := toks[i-1].End
			comma := strings.IndexAny(text[gapStart:t.Start], "،,")
			out = append(out, corpus.Span{Start: start, End: gapStart + comma})
			start, startTok = t.Start, i
			continue
		}
		if norm == "كما" && i+1 < len(toks) {
			norm = toks[i+1].Norm
			k = i + 1
		}
		if !IsSpeechVerb(norm) || k-startTok < 4 {
			continue
		}
		// A finite verb opens a new statement only with a conjunction
		// ("، وقال", "، كما أكد"); bare, it is usually the main verb after
		// a fronted phrase ("في المؤتمر الصحفي، أعلن الجانبان").
		// A long fronted phrase, though, carries a fact of its own ("ومن
		// موسكو وفي أول زيارة رسمية لمسؤول … منذ الإطاحة بنظام الأسد، أكد
		// الشيباني…"): from frontedMin words on, it is a claim.
		if k == i && !isParticiple(norm) && !strings.HasPrefix(norm, "و") && !strings.HasPrefix(norm, "ف") &&
			!(startTok == 0 && i >= frontedMin && !(k+1 < len(toks) && resumptive[toks[k+1].Norm])) {
			continue
		}
		// The gap before the clause must hold a comma; the first part
		// ends there, keeping any closing quote before it.
		gapStart := toks[i-1].End
		gap := text[gapStart:t.Start]
		comma := strings.IndexAny(gap, "،,")
		if comma < 0 {
			continue
		}
		out = append(out, corpus.Span{Start: start, End: gapStart + comma})
		start, startTok = t.Start, i
	}
	return append(out, corpus.Span{Start: start, End: e})
}

// afterQuote reports whether the gap between two words is a closing quote
// mark followed by a comma.
func afterQuote(gap string) bool {
	q := strings.IndexAny(gap, "”»\"")
	if q < 0 {
		return false
	}
	return strings.ContainsAny(gap[q:], "،,")
}

// quotedWords counts the tokens that lie inside quote marks.
func quotedWords(toks []lang.Token, inside func(int) bool, base int) int {
	n := 0
	for _, t := range toks {
		if inside(t.Start - base) {
			n++
		}
	}
	return n
}

// hasSpeechVerb reports whether toks hold a speech verb.
func hasSpeechVerb(toks []lang.Token) bool {
	for _, t := range toks {
		if IsSpeechVerb(t.Norm) {
			return true
		}
	}
	return false
}

// quoteDepth returns a function telling whether a byte offset of s lies
// inside quote marks. “ and « open, » closes, and ” and " toggle, which
// copes with the mismatched pairs real articles use.
func quoteDepth(s string) func(int) bool {
	var inside []corpus.Span
	open := -1
	// The marks are read byte by byte (see quoteMark).
	for i := 0; i < len(s); i++ {
		switch quoteMark(s, i) {
		case '“', '«':
			if open < 0 {
				open = i
			}
		case '»':
			if open >= 0 {
				inside = append(inside, corpus.Span{Start: open, End: i})
				open = -1
			}
		case '”', '"':
			if open >= 0 {
				inside = append(inside, corpus.Span{Start: open, End: i})
				open = -1
			} else {
				open = i
			}
		}
	}
	if open >= 0 {
		inside = append(inside, corpus.Span{Start: open, End: len(s)})
	}
	return func(off int) bool {
		for _, sp := range inside {
			if off > sp.Start && off < sp.End {
				return true
			}
		}
		return false
	}
}
