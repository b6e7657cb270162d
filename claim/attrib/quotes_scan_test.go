package attrib

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// scanPieces are the parts the scanner tests build texts from: Arabic
// words, every quote mark, runes that share a mark's lead byte (0xC2,
// 0xE2) without being one, and bytes that are not UTF-8.
var scanPieces = []string{
	"قال", " ", "الوزير", "إن", "«", "»", "“", "”", "„", "\"", "'", "…", "–", "—",
	"©", "\u00a0", "\u2019", "\u201a", "\xe2", "\xe2\x80", "\xc2", "\xd8", "\x80", "\x9c",
	".", "،", "؟", "2015", "ﻻ", "😀",
}

// quotesByRune is the rune-by-rune scan nextQuote replaces: the first
// offset in [i, end) where a quote mark starts, or end.
func quotesByRune(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isQuote(r) {
			return i
		}
		i += size
	}
	return end
}

func TestNextQuoteEqualsRuneScan(t *testing.T) {
	cases := []string{
		"قال الوزير «إن الحكومة ستعمل» على ذلك",
		"وصف الشرع العلاقات بأنها “استراتيجية”، مؤكداً",
		"طائرة \"بوينج 777\" في الجو",
		"„اقتباس“ \xe2\x80 مقطوع \xc2 و\xe2\x80\x9cمفتوح",
		"بلا علامات اقتباس",
		"",
	}
	rng := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(30) {
			b.WriteString(scanPieces[rng.Intn(len(scanPieces))])
		}
		cases = append(cases, b.String())
	}
	for _, text := range cases {
		for start := 0; start <= len(text); start++ {
			for _, end := range []int{len(text), (start + len(text)) / 2, start} {
				if got, want := nextQuote(text, start, end), quotesByRune(text, start, end); got != want {
					t.Fatalf("nextQuote(%q, %d, %d) = %d, want %d", text, start, end, got, want)
				}
			}
		}
	}
}

func BenchmarkQuoteMarks(b *testing.B) {
	text := strings.Repeat("قال وزير الخارجية في مؤتمر صحفي عقده اليوم إن المحادثات كانت مثمرة، وأضاف «سنواصل العمل» مع الشركاء. ", 40)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		quoteMarks(text, 0, len(text))
	}
}
