package dates

/*
Normalisation and tokens.

Matching runs on a folded copy of the text, never on the text itself: the
folding drops tashkeel (U+064B–U+0652, U+0670) and tatweel (U+0640), folds
أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian ی ک → ي ك, Arabic-Indic
٠–٩ and Persian ۰–۹ digits → 0–9, and lower-cases Latin letters. Each token
keeps the byte offsets of its first and last rune in the ORIGINAL text, so a
mention built from tokens i..j spans text[toks[i].s:toks[j].e] whatever the
folding did.

Tokens are maximal runs of letters (a word), of digits (a number) or a single
other rune (punctuation). A change from letters to digits splits a token, so
"1446هـ" is the number 1446 and the word ه, and "و10" is و and 10. Spaces are
not tokens; a token records whether a space or a line break came before it.
*/

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// tok is one token: s/e are byte offsets into the original text.
type tok struct {
	s, e  int
	norm  string // folded form (a number's ASCII digits; punctuation folded to ASCII)
	kind  tokKind
	num   int  // value of a number token (-1 when longer than 9 digits)
	nd    int  // digit count of a number token
	sp    bool // white space before the token
	nl    bool // a line break before the token
	upper bool // a Latin word that starts with an upper-case letter
}

// foldRune maps r to its folded form: 0 to drop it, -1 for a separator.
func foldRune(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return 0
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا'
	case r == 'ى' || r == 'ی' || r == 'ئ':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == 'ؤ':
		return 'و'
	case r == 'ک':
		return 'ك'
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	}
	return r
}

func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	if r >= 0x0600 && r <= 0x06FF {
		return false
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x200E ||
		r == 0x200F || r == 0xFEFF || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// foldPunct gives the ASCII stand-in of a punctuation rune.
func foldPunct(r rune) string {
	switch r {
	case '،', ',':
		return ","
	case '؛', ';':
		return ";"
	case '؟', '?':
		return "?"
	case '-', '–', '—', '‐', '‑', '−':
		return "-"
	case '"', '“', '”', '„', '«', '»', '\'', '‘', '’':
		return "\""
	case '/', '.', ':', '(', ')', '!', '[', ']':
		return string(r)
	}
	return "*"
}

// fold returns the folded form of s (used for lexicon keys).
func fold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		f := foldRune(r)
		if f > 0 {
			b = utf8.AppendRune(b, f)
		}
	}
	return string(b)
}

// classify gives the kind of token a folded rune belongs to.
func classify(f rune) tokKind {
	switch {
	case f >= '0' && f <= '9':
		return tNum
	case f < 0x80:
		if f >= 'a' && f <= 'z' {
			return tWord
		}
		return tPunct
	case f >= 0x0621 && f <= 0x064A, f >= 0x0671 && f <= 0x06D3:
		return tWord
	case unicode.IsLetter(f) || unicode.Is(unicode.Mn, f):
		return tWord
	}
	return tPunct
}

// runeTableSize bounds the runes runeTable holds: every rune of one or
// two UTF-8 bytes (Latin, Greek, Cyrillic, Hebrew, Arabic).
const runeTableSize = 0x800

// runeInfo is what tokenize asks about a rune: whether it is a space, its
// folded form (0 for a mark or tatweel) and the kind of that form.
type runeInfo struct {
	f     rune
	k     tokKind
	space bool
}

// runeTable holds runeInfo for the runes below runeTableSize, so that the
// tokenizer's loop over every character of an article needs no branches
// on script: it was over a third of finding an article's dates.
var runeTable = func() (t [runeTableSize]runeInfo) {
	for r := range rune(runeTableSize) {
		e := &t[r]
		if e.space = isSpaceRune(r); e.space {
			continue
		}
		if e.f = foldRune(r); e.f != 0 {
			e.k = classify(e.f)
		}
	}
	return t
}()

// span is where a token's folded form sits in tokenize's buffer.
type span struct{ ns, ne int }

// scanBufs are tokenize's working slices, reused across calls: the scanner
// reads every article twice (the publication date, then the mentions) and
// allocating them anew was most of its garbage.
type scanBufs struct {
	toks  []tok
	spans []span
	buf   []byte
	out   []Mention // scan's mentions before they are copied out
}

var scanPool = sync.Pool{New: func() any { return new(scanBufs) }}

// wordRest reads the rest of a word at text[i:], letters and marks of
// two bytes (Arabic, Latin with accents), appending their folded forms
// (none for a mark) to buf; it returns where it stopped and buf. Each of
// them would only continue the word in tokenize's loop, after all its
// checks; the loop takes over at the first that might not.
func wordRest(text string, i int, buf []byte) (int, []byte) {
	for i+1 < len(text) {
		c0, c1 := text[i], text[i+1]
		if c0 < 0xC2 || c0 >= 0xE0 || c1&0xC0 != 0x80 {
			break
		}
		e := &runeTable[rune(c0&0x1F)<<6|rune(c1&0x3F)]
		if e.space || e.f != 0 && e.k != tWord {
			break
		}
		if e.f != 0 {
			buf = utf8.AppendRune(buf, e.f)
		}
		i += 2
	}
	return i, buf
}

// tokenize splits text into tokens. Invalid UTF-8 bytes become punctuation.
// The tokens live in b until b is used again.
func tokenize(text string, b *scanBufs) []tok {
	toks := b.toks[:0]
	buf := b.buf[:0]
	spans := b.spans[:0]
	defer func() { b.toks, b.spans, b.buf = toks[:0], spans[:0], buf[:0] }()
	sp, nl := true, true
	cur := -1 // index of the open word/number token, or -1
	var curKind tokKind
	for i := 0; i < len(text); {
		var r rune
		var size int
		switch c := text[i]; {
		case c < utf8.RuneSelf:
			r, size = rune(c), 1
		case c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			r, size = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2 // Arabic letters
		default:
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if r == utf8.RuneError && size <= 1 {
			cur = -1
			toks = append(toks, tok{s: i, e: i + 1, norm: "*", kind: tPunct, sp: sp, nl: nl})
			spans = append(spans, span{-1, -1})
			sp, nl = false, false
			i++
			continue
		}
		var f rune
		var k tokKind
		space := false
		if r < runeTableSize {
			e := &runeTable[r]
			f, k, space = e.f, e.k, e.space
		} else if space = isSpaceRune(r); !space {
			if f = foldRune(r); f != 0 {
				k = classify(f)
			}
		}
		if space {
			cur = -1
			sp = true
			if r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 {
				nl = true
			}
			i += size
			continue
		}
		if f == 0 { // a mark or tatweel: part of the open token, if any
			if cur >= 0 {
				toks[cur].e = i + size
			}
			i += size
			continue
		}
		if k == tPunct {
			cur = -1
			toks = append(toks, tok{s: i, e: i + size, norm: foldPunct(r), kind: tPunct, sp: sp, nl: nl})
			spans = append(spans, span{-1, -1})
			sp, nl = false, false
			i += size
			continue
		}
		if cur >= 0 && curKind == k {
			buf = utf8.AppendRune(buf, f)
			i += size
			if k == tWord {
				i, buf = wordRest(text, i, buf)
			}
			toks[cur].e = i
			spans[cur].ne = len(buf)
			continue
		}
		ns := len(buf)
		buf = utf8.AppendRune(buf, f)
		t := tok{s: i, e: i + size, kind: k, sp: sp, nl: nl}
		if k == tWord && r >= 'A' && r <= 'Z' {
			t.upper = true
		}
		i += size
		if k == tWord {
			i, buf = wordRest(text, i, buf)
			t.e = i
		}
		toks = append(toks, t)
		spans = append(spans, span{ns, len(buf)})
		cur, curKind = len(toks)-1, k
		sp, nl = false, false
	}
	all := string(buf)
	for i := range toks {
		if spans[i].ns < 0 {
			continue
		}
		toks[i].norm = all[spans[i].ns:spans[i].ne]
		if toks[i].kind == tNum {
			toks[i].nd = len(toks[i].norm)
			if toks[i].nd > 9 {
				toks[i].num = -1
				continue
			}
			n := 0
			for j := 0; j < len(toks[i].norm); j++ {
				n = n*10 + int(toks[i].norm[j]-'0')
			}
			toks[i].num = n
		}
	}
	return toks
}
