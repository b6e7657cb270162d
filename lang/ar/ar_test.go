package ar

import "testing"

func TestFold(t *testing.T) {
	tests := []struct {
		name string
		in   rune
		want rune
	}{
		{"alef with hamza above", 'أ', 'ا'},
		{"alef with hamza below", 'إ', 'ا'},
		{"alef madda", 'آ', 'ا'},
		{"alef wasla", 'ٱ', 'ا'},
		{"alef maqsura", 'ى', 'ي'},
		{"taa marbuta", 'ة', 'ه'},
		{"waw hamza", 'ؤ', 'و'},
		{"yaa hamza", 'ئ', 'ي'},
		{"Persian kaf", 'ک', 'ك'},
		{"Farsi yeh", 'ی', 'ي'},
		{"Arabic-Indic seven", '٧', '7'},
		{"Persian four", '۴', '4'},
		{"fatha dropped", '\u064E', -1},
		{"shadda dropped", '\u0651', -1},
		{"superscript alef dropped", '\u0670', -1},
		{"tatweel dropped", '\u0640', -1},
		{"plain letter kept", 'ب', 'ب'},
		{"Arabic comma kept", '،', '،'},
		{"Latin untouched", 'A', 'A'},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"article", "الشيباني", "شيبان"},
		{"conjunction and article", "والحكومه", "حكوم"},
		{"conjunction before alef verb", "واوضح", "اوضح"},
		{"short word unchanged", "قال", "قال"},
		{"dual", "الجانبين", "جانب"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Stem(tc.in); got != tc.want {
				t.Errorf("Stem(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestIsStop(t *testing.T) {
	for _, w := range []string{"في", "الي", "ان", "الذي", "وقد"} {
		if !IsStop(w) {
			t.Errorf("IsStop(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"موسكو", "الشيباني", "اعلن"} {
		if IsStop(w) {
			t.Errorf("IsStop(%q) = true, want false", w)
		}
	}
}

func BenchmarkStem(b *testing.B) {
	words := []string{"الشيباني", "والحكومه", "بالمفاوضات", "للسلام", "الجانبين", "واوضح", "الاستراتيجيه"}
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Stem(w)
		}
	}
}
