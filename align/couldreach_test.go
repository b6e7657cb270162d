package align

import (
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// TestCouldReach: for claims that share no stem and no entity,
// CouldReach with a cosine of 0 decides Score(a, b) >= t as the Scorer
// does, at every threshold, whatever facts the two agree on; for any two
// claims it does with their cosine, and with more than their cosine it
// never answers false for a pair that reaches t.
func TestCouldReach(t *testing.T) {
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
			t.Fatalf("%s: the claims share a term (cosine %.3f): not a case for a cosine of 0", c.name, cos)
		}
		got := sc.Score(x, y)
		for th := 0.0; th <= 0.5; th += 0.01 {
			if d := CouldReach(ptrs[x], ptrs[y], sc.tri[x], sc.tri[y], 0, th); d != (got >= th) {
				t.Errorf("%s: CouldReach(0, %.2f) = %v, Score %.4f", c.name, th, d, got)
			}
		}
		// The facts are what lifts a disjoint pair: without them the score
		// is half the Dice coefficient.
		if want := 0.5 * dice(sc.tri[x], sc.tri[y]); !c.speaker && !c.number && !c.date && got != want {
			t.Errorf("%s: score %.4f, want %.4f", c.name, got, want)
		}
	}
}

// TestCouldReachBound scores every two claims of the cases above, most of
// which share terms.
func TestCouldReachBound(t *testing.T) {
	var claims []claim.Claim
	for i, c := range scoreCases {
		claims = append(claims, mk(fmt.Sprintf("a%d", i), "", c.a), mk(fmt.Sprintf("b%d", i), "", c.b))
	}
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	sc := NewScorer(ptrs)
	shared := 0
	for x := range ptrs {
		sum := 0.0
		sc.TermWeights(x, func(_ string, w float64) { sum += w * w })
		if len(sc.vecs[x]) > 0 && (sum < 0.9999 || sum > 1.0001) {
			t.Errorf("claim %d: squared weights sum to %.6f", x, sum)
		}
		for y := range ptrs {
			cos, got := cosine(sc.vecs[x], sc.vecs[y]), sc.Score(x, y)
			if cos > 0 {
				shared++
			}
			for th := 0.05; th <= 0.6; th += 0.05 {
				if d := CouldReach(ptrs[x], ptrs[y], sc.tri[x], sc.tri[y], cos, th); d != (got >= th) {
					t.Errorf("claims %d, %d: CouldReach(%.3f, %.2f) = %v, Score %.4f", x, y, cos, th, d, got)
				}
				if got >= th && !CouldReach(ptrs[x], ptrs[y], sc.tri[x], sc.tri[y], min(1, cos+0.05), th) {
					t.Errorf("claims %d, %d: a bound above the cosine set aside a pair that reaches %.2f", x, y, th)
				}
			}
		}
	}
	if shared < len(ptrs) {
		t.Fatalf("only %d pairs share a term", shared)
	}
}
