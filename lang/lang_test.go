package lang

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/artest"
	"github.com/claimdiff/claimdiff/lang/ar"
)

func TestNormalizeShared(t *testing.T) {
	for _, tc := range artest.Cases {
		if tc.Norm == "" {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			if got := Normalize(tc.Text); got != tc.Norm {
				t.Errorf("Normalize(%q):\n got  %q\n want %q", tc.Text, got, tc.Norm)
			}
		})
	}
}

func TestTokenizeShared(t *testing.T) {
	for _, tc := range artest.Cases {
		if tc.Tokens == nil {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			got := Tokenize(tc.Text)
			if len(got) != len(tc.Tokens) {
				var s []string
				for _, g := range got {
					s = append(s, tc.Text[g.Start:g.End])
				}
				t.Fatalf("Tokenize(%q): got %d tokens %q, want %d", tc.Text, len(got), s, len(tc.Tokens))
			}
			for i, w := range tc.Tokens {
				g := got[i]
				if surf := tc.Text[g.Start:g.End]; surf != w.Surface {
					t.Errorf("token %d: got surface %q [%d:%d], want %q", i, surf, g.Start, g.End, w.Surface)
				}
				if g.Norm != w.Norm {
					t.Errorf("token %d %q: got norm %q, want %q", i, w.Surface, g.Norm, w.Norm)
				}
				if (g.Kind == Number) != w.Number {
					t.Errorf("token %d %q: got kind %d, want number=%v", i, w.Surface, g.Kind, w.Number)
				}
			}
		})
	}
}

func TestTokenOffsets(t *testing.T) {
	text := "قال الوزير إن ٤٠ ألف شخص نزحوا"
	tests := []struct {
		name       string
		i          int
		start, end int
		norm, stem string
		stop       bool
	}{
		{"first word", 0, 0, 6, "قال", "قال", false},
		{"article and noun", 1, 7, 19, "الوزير", "زير", false},
		{"stop word", 2, 20, 24, "ان", "ان", true},
		{"Arabic-Indic number", 3, 25, 29, "40", "40", false},
		{"last word", 6, 44, 54, "نزحوا", "نزح", false},
	}
	toks := Tokenize(text)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := toks[tc.i]
			if g.Start != tc.start || g.End != tc.end {
				t.Errorf("offsets: got [%d:%d] %q, want [%d:%d]", g.Start, g.End, text[g.Start:g.End], tc.start, tc.end)
			}
			if g.Norm != tc.norm || g.Stem != tc.stem || g.Stop != tc.stop {
				t.Errorf("got norm %q stem %q stop %v, want %q %q %v", g.Norm, g.Stem, g.Stop, tc.norm, tc.stem, tc.stop)
			}
		})
	}
}

func TestStems(t *testing.T) {
	// Words that must share a stem with their bare form for matching to
	// work across outlets.
	tests := []struct {
		name string
		a, b string
	}{
		{"conjunction and article", "والمفاوضات", "المفاوضات"},
		{"preposition and article", "بالمفاوضات", "المفاوضات"},
		{"li plus article", "للسلام", "السلام"},
		{"conjunction before alef verb", "وأوضح", "أوضح"},
		{"fa before article", "فالحكومة", "الحكومة"},
		{"dual and plain", "الجانبين", "الجانب"},
		{"English plural", "ministers", "minister"},
		{"radical waw with and without article", "وزير", "الوزير"},
		{"radical waw, conjunction and article", "والوزير", "وزير"},
		{"radical fa with and without article", "فلسطين", "الفلسطين"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := Tokenize(tc.a), Tokenize(tc.b)
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("got %d and %d tokens, want one each", len(a), len(b))
			}
			if a[0].Stem != b[0].Stem {
				t.Errorf("stem(%q) = %q, stem(%q) = %q: want equal", tc.a, a[0].Stem, tc.b, b[0].Stem)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Arabic", "أعلن وزير الخارجية السوري أسعد الشيباني", "ar"},
		{"Arabic with Latin brand", "أعلنت شركة Apple عن هاتف جديد في دبي اليوم", "ar"},
		{"English", "Syria's foreign minister met Lavrov in Moscow", "en"},
		{"digits only", "2025 - 12 - 24", "und"},
		{"empty", "", "und"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.text); got != tc.want {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// corpusText returns the bundled corpus, the benchmark and fuzz input.
func corpusText(tb testing.TB) string {
	files, _ := filepath.Glob("../testdata/corpus/syria-russia/*.txt")
	if len(files) == 0 {
		tb.Skip("bundled corpus not found")
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d: span [%d:%d] out of order or outside text of %d bytes", i, tk.Start, tk.End, len(text))
		}
		// Rune boundaries are defined for valid UTF-8, which is what
		// corpus hands over; other bytes need only stay in range.
		if utf8.ValidString(text) && (!utf8.RuneStart(text[tk.Start]) || (tk.End < len(text) && !utf8.RuneStart(text[tk.End]))) {
			t.Fatalf("token %d: span [%d:%d] not on rune boundaries", i, tk.Start, tk.End)
		}
		if tk.Norm == "" {
			t.Fatalf("token %d %q: empty norm", i, text[tk.Start:tk.End])
		}
		prev = tk.End
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range artest.Texts() {
		f.Add(s)
	}
	f.Add("\xff\xfe\x00ا\u064b\u0640")
	f.Fuzz(func(t *testing.T, text string) {
		checkTokens(t, text, Tokenize(text))
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range artest.Texts() {
		f.Add(s)
	}
	f.Add("ﻹ\u0670\u06d6\xc0")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if nn := Normalize(n); nn != n {
			t.Errorf("not idempotent: Normalize(%q) = %q, Normalize of that = %q", s, n, nn)
		}
		for _, tk := range Tokenize(n) {
			if tk.Kind == Word && Normalize(n[tk.Start:tk.End]) != tk.Norm {
				t.Errorf("token %q of normalised text: norm %q differs from Normalize", n[tk.Start:tk.End], tk.Norm)
			}
		}
	})
}

func TestCorpusTokens(t *testing.T) {
	text := corpusText(t)
	checkTokens(t, text, Tokenize(text))
}

// BenchmarkTokenize measures the language layer — normalisation, tokens,
// stems and stop words — on real Arabic news text, one core.
func BenchmarkTokenize(b *testing.B) {
	text := corpusText(b)
	a := NewAnalyzer()
	var dst []Token
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = a.Tokenize(text, dst[:0])
	}
}

// BenchmarkTokenizeCold is Tokenize through the pool with a fresh result
// slice each time, as callers use it.
func BenchmarkTokenizeCold(b *testing.B) {
	text := corpusText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := corpusText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(text)
	}
}

// TestAppendTokensAt: tokens appended text after text to one buffer are
// TokenizeAt's, and those already in the buffer stay as they were.
func TestAppendTokensAt(t *testing.T) {
	texts := []struct {
		text string
		base int
	}{
		{"أعلنت وزارة الصحة تسجيل 12 إصابة جديدة.", 0},
		{"وقال الوزير إن الوضع \"مستقر\" حتى الآن", 71},
		{"", 130},
		{"قتل 3,5 ألف شخص في 2015", 131},
	}
	var buf, want []Token
	for _, x := range texts {
		buf = AppendTokensAt(buf, x.text, x.base)
		want = append(want, TokenizeAt(x.text, x.base)...)
		if !slices.Equal(buf, want) {
			t.Fatalf("after %q: tokens %v, want %v", x.text, buf, want)
		}
	}
}

// TestCountScriptsEqualsRange checks countScripts against ranging over the
// runes, on Arabic, Latin and mixed text and on cut or broken UTF-8.
func TestCountScriptsEqualsRange(t *testing.T) {
	pieces := []string{"قال", " ", "الوزير", "Reuters", "ݐ", "ࢠ", "ﻻ", "é", "Ж", "😀", "…", "\xd8", "\xe2\x80", "\x80", "\xc1\x81", "\xdf", "2015", "ـ", "ً"}
	rng := rand.New(rand.NewSource(1))
	texts := []string{"", "استقبل وزير الخارجية نظيره في الرياض", "Reuters reported 12 deaths"}
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(20) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		var arN, latN int
		for _, r := range text {
			switch {
			case ar.IsLetter(r):
				arN++
			case r < 0x80 && ((r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')):
				latN++
			}
		}
		if a, l := countScripts(text); a != arN || l != latN {
			t.Fatalf("countScripts(%q) = %d, %d; want %d, %d", text, a, l, arN, latN)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("استقبل وزير الخارجية السعودي نظيره الأردني في الرياض اليوم. ", 80)
	b.SetBytes(int64(min(len(text), 4096)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

// normalizeByRune is AppendNormalized as it was before foldBytes: each
// rune decoded and folded on its own.
func normalizeByRune(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		i += size
		dst = appendFold(dst, r)
	}
	return dst
}

// TestAppendNormalizedByRune checks AppendNormalized's encoded table
// against folding rune by rune, on news Arabic with marks, tatweel,
// presentation forms, Latin, quotes and broken UTF-8.
func TestAppendNormalizedByRune(t *testing.T) {
	for _, s := range []string{
		"",
		"أعلنت وزارةُ الصحة تسجيلَ ١٢ إصابة جديدة في «جدة» يوم الإثنين.",
		"قال المتحدث باسم الوزارة: \"إن الوضـــع مستقر\" — Reuters ﻹعلان ﷲ",
		"\xd8\xa7\xd8", "\xc2", "\x80\x80", "\xe2\x80\x9cنص\xe2\x80\x9d", "\xc1\x81", "İstanbul ÉCOLE",
	} {
		if got, want := string(AppendNormalized(nil, s)), string(normalizeByRune(nil, s)); got != want {
			t.Errorf("AppendNormalized(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < 0x800; r++ {
		s := string(r)
		if got, want := string(AppendNormalized(nil, s)), string(normalizeByRune(nil, s)); got != want {
			t.Fatalf("AppendNormalized(%U) = %q, want %q", r, got, want)
		}
	}
}

func FuzzAppendNormalized(f *testing.F) {
	f.Add("وقال الوزير إن \"الوضع\" مستقر ﻻ \xd8 Lavrov")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendNormalized(nil, s)), string(normalizeByRune(nil, s)); got != want {
			t.Fatalf("AppendNormalized(%q) = %q, want %q", s, got, want)
		}
	})
}
