package attrib

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/lang"
)

// TestVerbFilter checks that a lexicon's verb filter lets every speech
// verb of it through, the extra ones too, and stops most other words of
// real text (or it would only cost).
func TestVerbFilter(t *testing.T) {
	l, err := With(Extra{SpeechVerbs: []string{"غرّد"}})
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range l.verbs {
		if got, ok := l.verb(w); !ok || got != want {
			t.Errorf("verb(%q) = %v, %v; want %v, true", w, got, ok, want)
		}
	}
	if _, ok := l.verb(lang.Normalize("وغرّد")); !ok {
		t.Errorf("the extra verb with و is not found")
	}
	words := strings.Fields(lang.Normalize("وأكدت الوزارة في بيان لها أن المباحثات تناولت سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين ودعم مشاريع إعادة الإعمار وتطوير البنية التحتية مشيراً إلى أهمية الحفاظ على وحدة الأراضي"))
	passed := 0
	for _, w := range words {
		if l.verbFilter.MayHave(w) {
			passed++
		}
	}
	if passed > len(words)/4 {
		t.Errorf("the filter let %d of %d words through", passed, len(words))
	}
}
