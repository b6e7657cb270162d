package lang

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/artest"
	"github.com/claimdiff/claimdiff/lang/ar"
)

// tokenizeRef is Analyzer.Tokenize as it was before its loop read the
// letters of an Arabic word in a loop of their own: every rune through
// decodeRune, classify and the general checks.
func (a *Analyzer) tokenizeRef(text string, dst []Token) []Token {
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
		r, size := decodeRune(text, i)
		c := classify(r)
		// A dot or comma between digits stays inside a number; an
		// apostrophe between Latin letters stays inside a word.
		if c == scNone && start >= 0 && i+size < len(text) {
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

// FuzzTokenizeRef checks that Tokenize makes exactly the tokens
// tokenizeRef makes: offsets, folded forms, stems, numbers, kinds and
// stop flags.
func FuzzTokenizeRef(f *testing.F) {
	for _, s := range artest.Texts() {
		f.Add(s)
	}
	for _, s := range tokenizeRefCases {
		f.Add(s)
	}
	a, ref := NewAnalyzer(), NewAnalyzer()
	f.Fuzz(func(t *testing.T, text string) {
		got, want := a.Tokenize(text, nil), ref.tokenizeRef(text, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Tokenize(%q) = %+v, want %+v", text, got, want)
		}
	})
}

// tokenizeRefCases are texts whose Arabic words end every way the loop of
// Arabic letters may stop: at a mark of another script, an Arabic digit,
// Arabic punctuation, a presentation form, a broken sequence, a Latin
// letter, the end of the text.
var tokenizeRefCases = []string{
	"قال الوزيرُ إنّ الاتفاقَ سيُوقَّع غداً",
	"بلغت الخسائر٣٫٥ مليار، أي نحو ٣٬٥٠٠ مليون؛ أليس كذلك؟",
	"كتاب\u0301 جديد",
	"سوريا\u0640\u0640 وروسيا",
	"لاعب ﻹدارة الفريق",
	"كلمة\xd8 مكسورة\xd9",
	"iconالشيباني وLavrov",
	"الرياض2015 و١٢ شباط",
	"نهاية",
	"ن",
	"\u064b\u064bبداية بحركة",
	"ۀ ۓ ٹ پ چ ژ گ",
}

// TestTokenizeRefCases runs FuzzTokenizeRef's own cases.
func TestTokenizeRefCases(t *testing.T) {
	a, ref := NewAnalyzer(), NewAnalyzer()
	for _, text := range tokenizeRefCases {
		got, want := a.Tokenize(text, nil), ref.tokenizeRef(text, nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Tokenize(%q) = %+v, want %+v", text, got, want)
		}
	}
}
