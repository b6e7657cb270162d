package diff

import (
	"strings"
	"testing"
)

// lastFieldTexts are prefixes of Arabic news claims as the checks cut them
// before a mention or a number: spaces of several kinds (no-break, line
// breaks, tabs), marks and none at all.
var lastFieldTexts = []string{
	"", " ", "\u00a0\t\n", "قال", "قال ", " قال", "وقال وزير الخارجية ",
	"تبدأ بالرمز\u00a0", "جامعة الملك عبد", "بحسب «رويترز»، قال\u2003الوزير",
	"السفير\u0085الروسي", "ارتفع بنسبة 9.1\n", "\xffخطأ \xfe", "الأمين العام للأمم المتحدة\u200f ",
}

// TestLastField holds lastField to the last of strings.Fields.
func TestLastField(t *testing.T) {
	for _, s := range lastFieldTexts {
		want := ""
		if fs := strings.Fields(s); len(fs) > 0 {
			want = fs[len(fs)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkLastField takes the last word of every prefix of a long Arabic
// claim, as the checks do before each mention; bytes are the prefixes.
func BenchmarkLastField(b *testing.B) {
	text := "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي مشترك مع نظيره السوري أسعد الشيباني في موسكو إن البلدين يعملان على تطوير التعاون"
	var prefixes []string
	n := 0
	for i, r := range text {
		if r == ' ' {
			prefixes = append(prefixes, text[:i+1])
			n += i + 1
		}
	}
	b.Run("lastField", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range prefixes {
				lastField(p)
			}
		}
	})
	b.Run("Fields", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range prefixes {
				fs := strings.Fields(p)
				_ = fs[len(fs)-1]
			}
		}
	})
}
