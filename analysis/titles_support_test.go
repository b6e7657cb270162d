package analysis

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// mixedEvent is an event of four articles (after SaudiNewsNet's of 2
// August 2015): three tell of the capture of Al-Anad air base and share
// that fact, one tells of an outlet's statement on Taiz that no other
// article aligns with.
func mixedEvent() *Analysis {
	heads := map[string]string{
		"d-a": "اليمن: المقاومة تطرد المتمردين من قاعدة العند",
		"d-b": "«السهم الذهبي» تحرر «العند».. والحوثيون يعدمون أسرى جنوبيين",
		"d-c": "تحت غطاء كثيف من طيران التحالف .. تحرير أكبر قاعدة جوية في اليمن",
		"d-d": "المقاومة الشعبية اليمنية : عملية تحرير تعز من الحوثيين باتت قريبة",
	}
	texts := [][3]string{
		{"c-a1", "d-a", "سيطرت المقاومة الشعبية اليمنية على قاعدة العند الجوية في محافظة لحج بعد معارك مع الحوثيين."},
		{"c-a2", "d-a", "وفر المتمردون الحوثيون من القاعدة تحت غطاء طيران التحالف."},
		{"c-b1", "d-b", "حررت عملية السهم الذهبي قاعدة العند الجوية في لحج من الحوثيين وقوات المخلوع صالح."},
		{"c-b2", "d-b", "وفر قائد القاعدة وعشرات الجنود من الحوثيين."},
		{"c-c1", "d-c", "حررت المقاومة الشعبية قاعدة العند الجوية أكبر قاعدة جوية في اليمن."},
		{"c-c2", "d-c", "وشن طيران التحالف غارات كثيفة على مواقع الحوثيين في العند."},
		{"c-d1", "d-d", "قالت المقاومة الشعبية اليمنية إن عملية تحرير تعز من الحوثيين باتت قريبة."},
		{"c-d2", "d-d", "وأكدت المقاومة الشعبية في تعز أن الحوثيين يتكبدون خسائر كبيرة في المدينة."},
		{"c-d3", "d-d", "وأضافت المقاومة الشعبية أن عملية تحرير تعز تتقدم في أحياء المدينة."},
	}
	a := &Analysis{}
	for _, id := range []string{"d-a", "d-b", "d-c", "d-d"} {
		a.Documents = append(a.Documents, &corpus.Document{ID: id, Title: heads[id], Source: id, Lang: "ar"})
	}
	ev := align.Event{ID: "ev-1", Sources: []string{"d-a", "d-b", "d-c", "d-d"}}
	for k, x := range texts {
		a.Claims = append(a.Claims, claim.Claim{ID: x[0], Doc: x[1], Text: x[2], Kind: "statement", Para: k % 3})
		ev.Claims = append(ev.Claims, x[0])
	}
	a.Events = []align.Event{ev}
	a.Alignments = []Alignment{
		{Alignment: align.Alignment{ID: "al-1", Event: "ev-1", Claims: []string{"c-a1", "c-b1", "c-c1"}}},
		{Alignment: align.Alignment{ID: "al-2", Event: "ev-1", Claims: []string{"c-a2", "c-b2"}}},
	}
	return a
}

// TestAlignSupport counts, per article, the other articles of the event
// it shares an aligned fact with.
func TestAlignSupport(t *testing.T) {
	a := mixedEvent()
	claims := make(map[string]*claim.Claim)
	for i := range a.Claims {
		claims[a.Claims[i].ID] = &a.Claims[i]
	}
	got := alignSupport(a, claims)[0]
	want := map[string]int{"d-a": 2, "d-b": 2, "d-c": 2, "d-d": 0, "": 2}
	for doc, n := range want {
		if got[doc] != n {
			t.Errorf("support of %q = %d, want %d", doc, got[doc], n)
		}
	}
	for _, tc := range []struct {
		doc  string
		want float64
	}{{"d-a", 1}, {"d-d", supportFloor}} {
		if w := supportWeight(got, tc.doc); w != tc.want {
			t.Errorf("supportWeight(%s) = %.2f, want %.2f", tc.doc, w, tc.want)
		}
	}
	// Two articles only: no core, no weight.
	pair := map[string]int{"d-a": 1, "d-b": 1, "": 1}
	if w := supportWeight(pair, "d-c"); w != 1 {
		t.Errorf("supportWeight without a core = %.2f, want 1", w)
	}
}

// TestTitleOfCore: the event is titled by what the three aligned
// articles tell (Al-Anad), not by the headline of the article no other
// one aligns with (Taiz), though its words recur the most in the event.
func TestTitleOfCore(t *testing.T) {
	tt := EventTitles(mixedEvent())[0]
	if strings.Contains(tt.Title, "تعز") || !strings.Contains(tt.Title, "العند") && !strings.Contains(tt.Title, "قاعدة") {
		t.Errorf("title %q (doc %s), want the capture of Al-Anad base", tt.Title, tt.Doc)
	}
}

// TestEchoedHeadline: a claim's title that no article's headline shares
// two content words with (a schedule sentence) gives way to the headline
// that two other headlines or more echo; not when a headline echoes the
// title, nor when fewer headlines echo the other, nor for a quote.
func TestEchoedHeadline(t *testing.T) {
	schedule := "سيقام المخيم في مدارس المدينة خلال الفترة من الشهر المقبل ويستمر لمدة أسبوعين"
	mk := func(titles ...string) []weighedHeadline {
		var out []weighedHeadline
		for k, ti := range titles {
			id := string(rune('a' + k))
			out = append(out, weighedHeadline{headline: headline{doc: &corpus.Document{ID: "d-" + id}, title: ti, claims: 3}, score: float64(10 - k)})
		}
		return out
	}
	launch := "وزارة التعليم تطلق المخيم الصيفي للموهوبين"
	for _, tc := range []struct {
		name  string
		heads []weighedHeadline
		want  string
	}{
		{"three outlets head with the launch", mk(launch, "إطلاق المخيم الصيفي للموهوبين في الرياض", "التعليم تطلق مخيم الموهوبين الصيفي"), launch},
		{"a headline echoes the title", mk(launch, "إطلاق المخيم الصيفي للموهوبين", "التعليم تطلق مخيم الموهوبين الصيفي", "المخيم يستمر لمدة أسبوعين في مدارس المدينة"), ""},
		{"one echo only", mk(launch, "التعليم تطلق مخيم الموهوبين الصيفي", "ارتفاع درجات الحرارة في المنطقة الشرقية"), ""},
		{"a quote", mk("الوزير: المخيم الصيفي للموهوبين انطلق", "إطلاق المخيم الصيفي للموهوبين", "انطلاق المخيم الصيفي للموهوبين اليوم"), "إطلاق المخيم الصيفي للموهوبين"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := echoedHeadline(tc.heads, schedule, nil)
			if got.Title != tc.want {
				t.Errorf("echoedHeadline = %q, want %q", got.Title, tc.want)
			}
		})
	}
}
