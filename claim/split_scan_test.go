package claim

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// scanPieces are the parts the scanner tests build texts from: Arabic
// words, sentence marks, quote marks, runes that share their lead bytes
// (0xD8, 0xC2, 0xE2) without being one of them, and bytes that are not
// UTF-8.
var scanPieces = []string{
	"قال", " ", "الوزير", "إن", "«", "»", "“", "”", "„", "\"", "…", "–", ".", "!", "?", "؟",
	"؛", "ؠ", "©", "\u2019", "\xe2", "\xe2\x80", "\xc2", "\xd8", "\x80", "\x9f", "\xa6",
	"،", "2015", "\n", "😀",
}

// scanTexts returns real Arabic sentences and random texts built from
// scanPieces.
func scanTexts() []string {
	texts := []string{
		"قال الوزير: «سنواصل العمل…» وأضاف. هل تعود؟ نعم!",
		"بحثا “سبل تطوير الشراكة… ونقل الخبرات” مع الجانب الآخر… ثم غادر.",
		"بلغ النمو 2.5% في 2015 م. وقال د. أحمد إن \"الأمر…\" مقلق؟!",
		"نص \xe2\x80 مقطوع \xd8 و\xe2\x80\xa6 ثم \xd8\x9f",
		"",
	}
	rng := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(30) {
			b.WriteString(scanPieces[rng.Intn(len(scanPieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// stopByRune is the rune-by-rune scan nextStop replaces.
func stopByRune(text string, i, e int) int {
	for i < e {
		r, n := utf8.DecodeRuneInString(text[i:e])
		switch r {
		case '.', '!', '?', '؟', '…':
			return i
		}
		i += n
	}
	return e
}

func TestNextStopEqualsRuneScan(t *testing.T) {
	for _, text := range scanTexts() {
		for i := 0; i <= len(text); i++ {
			for _, e := range []int{len(text), (i + len(text)) / 2, i} {
				if got, want := nextStop(text, i, e), stopByRune(text, i, e); got != want {
					t.Fatalf("nextStop(%q, %d, %d) = %d, want %d", text, i, e, got, want)
				}
			}
		}
	}
}

func TestQuoteMarkEqualsRuneRange(t *testing.T) {
	for _, text := range scanTexts() {
		want := map[int]rune{}
		for i, r := range text {
			switch r {
			case '“', '”', '«', '»', '"':
				want[i] = r
			}
		}
		for i := range len(text) {
			if got := quoteMark(text, i); got != want[i] {
				t.Fatalf("quoteMark(%q, %d) = %q, want %q", text, i, got, want[i])
			}
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat("قال وزير الخارجية في مؤتمر صحفي عقده اليوم إن المحادثات كانت مثمرة، وأضاف «سنواصل العمل» مع الشركاء. ", 40)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sentences(text, 0, len(text))
	}
}
