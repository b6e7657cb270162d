package rtl

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// line200 is a 200-character news line: Arabic with tashkeel, tatweel,
// lam-alef, digits, Latin and brackets.
var line200 = func() string {
	s := "قال وزير الخارجية الروسي، سيرغي لافروف، إن الـرئيس التقى مُحَمَّد الشيباني (SANA) في 23 كانون الأول، وبحثا «سبل تطوير الشراكة» على مسافة 2.7 كيلومتر من الحدود [وفق AFP] وأكدا الالتزام بالاتفاق لعام 2025 كاملاً."
	r := []rune(s)
	for len(r) < 200 {
		r = append(r, r...)
	}
	return string(r[:200])
}()

func TestLine200(t *testing.T) {
	if n := utf8.RuneCountInString(line200); n != 200 {
		t.Fatalf("line200 has %d characters, want 200", n)
	}
}

// BenchmarkVisual200 shapes and reorders a 200-character Arabic line.
func BenchmarkVisual200(b *testing.B) {
	b.SetBytes(int64(len(line200)))
	b.ReportAllocs()
	dst := make([]byte, 0, 4*len(line200))
	for b.Loop() {
		dst = AppendVisual(dst[:0], line200)
	}
}

// BenchmarkRender wraps a paragraph of ten such lines at 80 cells with spans.
func BenchmarkRender(b *testing.B) {
	text := strings.Repeat(line200+" ", 10)
	var spans []Span
	for i := 0; i+20 < len(text); i += 150 {
		spans = append(spans, Span{Start: i, End: i + 20, Class: 1})
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Render(text, 80, spans, App)
	}
}

func BenchmarkWrap(b *testing.B) {
	text := strings.Repeat(line200+" ", 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		WrapRanges(text, 80)
	}
}
