package diff

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// moved returns a copy of c as another document holds it, at offset
// start: tokens and facts shifted with it.
func moved(c *claim.Claim, doc string, start int) *claim.Claim {
	m := *c
	d := start - c.Start
	m.ID, m.Doc, m.Start, m.End = doc+"/c-1", doc, start, start+len(c.Text)
	m.Tokens = lang.TokenizeAt(c.Text, start)
	m.Dates, m.Numbers = slices.Clone(c.Dates), slices.Clone(c.Numbers)
	m.Entities, m.Quotes = slices.Clone(c.Entities), slices.Clone(c.Quotes)
	for i := range m.Dates {
		m.Dates[i].Start += d
		m.Dates[i].End += d
	}
	for i := range m.Numbers {
		m.Numbers[i].Start += d
		m.Numbers[i].End += d
	}
	for i := range m.Entities {
		m.Entities[i].Start += d
		m.Entities[i].End += d
	}
	for i := range m.Quotes {
		m.Quotes[i].Start += d
		m.Quotes[i].End += d
	}
	return &m
}

func TestSameClaim(t *testing.T) {
	base := func() *claim.Claim {
		c := mk("a", "أعلنت وزارة الصحة أمس تسجيل 120 إصابة جديدة في الرياض")
		date(t, c, "أمس", "2015-07-20", "on")
		entity(t, c, "وزارة الصحة", "e-moh", "org")
		s, e := at(t, c, "120")
		c.Numbers = []claim.Number{{Start: s, End: e, Text: "120", Value: 120}}
		return c
	}
	published := map[string]string{"d-a": "2015-07-21", "d-b": "2015-07-21", "d-c": "2015-07-22"}
	opts := Options{Published: func(doc string) string { return published[doc] }, Aligned: true}
	tests := []struct {
		name   string
		change func(c *claim.Claim) *claim.Claim
		want   bool
	}{
		{"the same claim further into another article", func(c *claim.Claim) *claim.Claim { return moved(c, "d-b", 700) }, true},
		{"published a day later", func(c *claim.Claim) *claim.Claim { return moved(c, "d-c", 700) }, false},
		{"yesterday read as another day", func(c *claim.Claim) *claim.Claim {
			m := moved(c, "d-b", 700)
			m.Dates[0].Value = "2015-07-21"
			return m
		}, false},
		{"another figure", func(c *claim.Claim) *claim.Claim {
			m := moved(c, "d-b", 700)
			m.Numbers[0].Value = 12
			return m
		}, false},
		{"another entity", func(c *claim.Claim) *claim.Claim {
			m := moved(c, "d-b", 700)
			m.Entities[0].ID = "e-other"
			return m
		}, false},
		{"a fact at another place", func(c *claim.Claim) *claim.Claim {
			m := moved(c, "d-b", 700)
			m.Entities[0].End--
			return m
		}, false},
		{"a headline", func(c *claim.Claim) *claim.Claim {
			m := moved(c, "d-b", 700)
			m.Kind = claim.KindTitle
			return m
		}, false},
		{"told by a speaker", func(c *claim.Claim) *claim.Claim {
			m := moved(c, "d-b", 700)
			m.Speaker = "e-minister"
			return m
		}, false},
		{"one letter more", func(c *claim.Claim) *claim.Claim {
			m := mk("b", c.Text+"ة")
			m.Dates, m.Numbers, m.Entities = c.Dates, c.Numbers, c.Entities
			return m
		}, false},
	}
	for _, tt := range tests {
		a := base()
		b := tt.change(base())
		if got := sameClaim(a, b, opts); got != tt.want {
			t.Errorf("%s: sameClaim = %v, want %v", tt.name, got, tt.want)
		}
	}
	// A group of the claim, its copy and the claim with another figure:
	// the copy adds nothing, the figure is told.
	c := mk("c", "أعلنت وزارة الصحة أمس تسجيل 150 إصابة جديدة في الرياض")
	s, e := at(t, c, "150")
	c.Numbers = []claim.Number{{Start: s, End: e, Text: "150", Value: 150}}
	ds, pds := CompareGroupDiffs([]*claim.Claim{base(), moved(base(), "d-b", 700), c}, Options{})
	if !hasType(ds, TypeNumber) || len(pds) != 3 {
		t.Errorf("claim, copy and another figure: %v and %d word diffs, want a number discrepancy and 3", types(ds), len(pds))
	}
}

// TestSameClaimTwoFigures checks that a claim of two figures, one given
// as a floor and as a ceiling, is taken as the same claim as its copy and
// that the checks find nothing between them: boundsReversed pairs the
// figures before it reads their bounds, instead of reading them crosswise.
func TestSameClaimTwoFigures(t *testing.T) {
	a := mk("a", "ارتفع المؤشر لأكثر من 50 نقطة صباحاً ثم تراجع لأقل من 50 نقطة قبل الإغلاق")
	for _, sub := range []string{"50 نقطة صباحاً", "50 نقطة قبل"} {
		s, _ := at(t, a, sub)
		a.Numbers = append(a.Numbers, claim.Number{Start: s, End: s + 2, Text: "50", Value: 50})
	}
	b := moved(a, "d-b", 300)
	if !sameClaim(a, b, Options{}) {
		t.Error("a claim of two figures not taken as the same claim as its copy")
	}
	if ds := compareOps(newClaimCache(a), newClaimCache(b), Words(a, b), Options{}); len(ds) > 0 {
		t.Errorf("one sentence against its copy: %v, want no discrepancy", describeAll(ds))
	}
}

// TestBoundsReversedPairs checks that a bound is reversed only when one
// quantity is bounded from below on one side and from above on the other,
// each figure held against its partner, not against every figure of the
// other claim.
func TestBoundsReversedPairs(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"more than against less than one toll",
			"أسفر التفجير عن أكثر من 50 قتيلاً في وسط المدينة",
			"أسفر التفجير عن أقل من 50 قتيلاً في وسط المدينة", true},
		{"a floor and a ceiling of one figure against its copy",
			"وتدل قراءة المؤشر فوق 50 نقطة على نمو القطاع بينما تدل قراءته دون 50 نقطة على انكماشه",
			"وتدل قراءة المؤشر فوق 50 نقطة على نمو القطاع بينما تدل قراءته دون 50 نقطة على انكماشه", false},
		{"a floor and a ceiling told in the other order",
			"قراءة المؤشر لأكثر من 50 نقطة تعني النمو ولأقل من 50 نقطة تعني الانكماش",
			"قراءة المؤشر لأقل من 50 نقطة تعني الانكماش ولأكثر من 50 نقطة تعني النمو", false},
		{"one half of a floor and a ceiling",
			"تشير القراءة لأكثر من 50 نقطة إلى النمو ولأقل من 50 نقطة إلى الانكماش",
			"وتشير القراءة لأقل من 50 نقطة إلى الانكماش", false},
		{"a floor and a ceiling swapped",
			"تشير القراءة لأكثر من 50 نقطة إلى النمو ولأقل من 50 نقطة إلى الانكماش",
			"تشير القراءة لأقل من 50 نقطة إلى النمو ولأكثر من 50 نقطة إلى الانكماش", true},
		{"two durations of one figure against their copy",
			"وأنجزت المحكمة ثلثي الطلبات في أقل من أربعة أشهر وبقيتها في أكثر من أربعة أشهر",
			"وأنجزت المحكمة ثلثي الطلبات في أقل من أربعة أشهر وبقيتها في أكثر من أربعة أشهر", false},
		{"the dead reversed beside the wounded said alike",
			"أسفر التفجير عن أكثر من 50 قتيلاً وأقل من 200 جريح في وسط المدينة",
			"أسفر التفجير عن أقل من 50 قتيلاً وأقل من 200 جريح في وسط المدينة", true},
	}
	for _, tt := range tests {
		a, b := annotated("a", tt.a), annotated("b", tt.b)
		got := false
		for _, d := range Compare(a, b) {
			if d.Type == TypeNumber && strings.Contains(d.Detail, " than ") {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: reversed bound %v, want %v (numbers %v against %v)", tt.name, got, tt.want, a.Numbers, b.Numbers)
		}
	}
}

// TestSameClaimNoDiscrepancy checks what CompareGroupDiffs's shortcut
// rests on, for every claim of the bundled corpus with its facts: the
// checks find nothing between a claim and itself in another article.
func TestSameClaimNoDiscrepancy(t *testing.T) {
	docs, _ := corpus.Load(context.Background(), []string{corpusDir}, corpus.Options{})
	if len(docs) == 0 {
		t.Skip("no corpus")
	}
	opts := Options{Published: func(string) string { return "2024-12-23" }, Aligned: true}
	n := 0
	for _, d := range docs {
		cs := claim.Split(d)
		claim.Annotate(d, cs, nil)
		for i := range cs {
			a := &cs[i]
			b := moved(a, "d-copy", a.Start+5000)
			if !sameClaim(a, b, opts) {
				t.Fatalf("%s: not the same claim as its copy", a.ID)
			}
			if ds := compareOps(newClaimCache(a), newClaimCache(b), Words(a, b), opts); len(ds) > 0 {
				t.Errorf("%s against its copy: %v", a.ID, types(ds))
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("only %d claims compared", n)
	}
}

// BenchmarkCompareSameClaim measures a group of two copies of one claim
// (CompareGroupDiffs: word diff and sameClaim); bytes are the texts'.
func BenchmarkCompareSameClaim(b *testing.B) {
	a := mk("a", "أعلنت وزارة الصحة أمس تسجيل 120 إصابة جديدة بفيروس كورونا في الرياض وجدة والدمام، وقالت إن حالة المصابين مستقرة")
	date(b, a, "أمس", "2015-07-20", "on")
	c := moved(a, "d-b", 900)
	b.SetBytes(int64(2 * len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		CompareGroupDiffs([]*claim.Claim{a, c}, Options{Aligned: true})
	}
}
