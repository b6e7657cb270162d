package align

import (
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// TestDisjointAtLeast: for claims that share no stem and no entity,
// DisjointAtLeast decides Score(a, b) >= t as the Scorer does, at every
// threshold, whatever facts the two agree on.
func TestDisjointAtLeast(t *testing.T) {
	cases := []struct {
		name    string
		a, b    string
		speaker bool // both claims name the same speaker
		number  bool // both claims hold the number 40
		date    bool // both report the same day
	}{
		{"unrelated", "افتتح الأمير معرض الكتاب في الرياض", "ارتفعت أسعار النفط في الأسواق العالمية", false, false, false},
		{"same speaker", "أكد الوزير أهمية التعاون بين البلدين", "دعا إلى مواصلة الجهود المشتركة", true, false, false},
		{"all facts", "قتل أربعون شخصا في انفجار", "سقط ضحايا جراء تفجير سيارة مفخخة", true, true, true},
		{"number and day", "وصل الرئيس إلى موسكو صباح الثلاثاء", "استقبله نظيره بحفاوة في الكرملين", false, true, true},
	}
	var claims []claim.Claim
	for i, c := range cases {
		a, b := mk(fmt.Sprintf("a%d", i), "2015-03-10", c.a), mk(fmt.Sprintf("b%d", i), "2015-03-10", c.b)
		if c.speaker {
			a.Speaker, b.Speaker = "e-1", "e-1"
		}
		if c.number {
			a.Numbers, b.Numbers = []claim.Number{{Value: 40}}, []claim.Number{{Value: 40}}
		}
		if c.date {
			a.Dates = []claim.Date{{Value: "2015-03-10", Role: "on"}}
			b.Dates = []claim.Date{{Value: "2015-03-10", Role: "on"}}
		}
		claims = append(claims, a, b)
	}
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	sc := NewScorer(ptrs)
	for i, c := range cases {
		x, y := 2*i, 2*i+1
		if cos := cosine(sc.vecs[x], sc.vecs[y]); cos != 0 {
			t.Fatalf("%s: the claims share a term (cosine %.3f): not a case for DisjointAtLeast", c.name, cos)
		}
		got := sc.Score(x, y)
		for th := 0.0; th <= 0.5; th += 0.01 {
			if d := DisjointAtLeast(ptrs[x], ptrs[y], sc.tri[x], sc.tri[y], th); d != (got >= th) {
				t.Errorf("%s: DisjointAtLeast(%.2f) = %v, Score %.4f", c.name, th, d, got)
			}
		}
		// The facts are what lifts a disjoint pair: without them the score
		// is half the Dice coefficient.
		if want := 0.5 * dice(sc.tri[x], sc.tri[y]); !c.speaker && !c.number && !c.date && got != want {
			t.Errorf("%s: score %.4f, want %.4f", c.name, got, want)
		}
	}
}
