package analysis

import (
	"strings"
	"testing"
)

// fieldTexts are texts with the spaces the helpers of fields.go must read
// as strings.Fields does: none, leading, trailing, doubled, tabs, line
// breaks, no-break and ideographic spaces, invalid UTF-8.
var fieldTexts = []string{
	"", " ", "  \t\n", "كلمة", " كلمة", "كلمة ", "أعلنت الوزارة اليوم عن خطة جديدة",
	"أعلنت  الوزارة", "أعلنت\tالوزارة", "أعلنت\nالوزارة ", "\u00a0أعلنت الوزارة\u00a0", "أعلنت\u3000الوزارة",
	"قال الوزير، حينها، إن الخطة تبدأ", "a b  c", "\xff \xfe", "وقال المتحدث إن الاجتماع انتهى",
}

func TestFieldHelpers(t *testing.T) {
	for _, s := range fieldTexts {
		words := strings.Fields(s)
		first, last := "", ""
		if len(words) > 0 {
			first, last = words[0], words[len(words)-1]
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q, want %q", s, got, first)
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q, want %q", s, got, last)
		}
		if got, want := singleSpaced(s), strings.Join(words, " ") == s; got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzFieldHelpers checks the helpers against strings.Fields on any text.
func FuzzFieldHelpers(f *testing.F) {
	for _, s := range fieldTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		first, last := "", ""
		if len(words) > 0 {
			first, last = words[0], words[len(words)-1]
		}
		if firstField(s) != first || lastField(s) != last || singleSpaced(s) != (strings.Join(words, " ") == s) {
			t.Errorf("%q: firstField %q lastField %q singleSpaced %v; Fields gives %q", s, firstField(s), lastField(s), singleSpaced(s), words)
		}
	})
}
