package diff

import (
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// eachPairDiffs is CompareGroupDiffs comparing every pair afresh, as it
// did before copies took their originals' results: the reference
// TestCompareGroupCopies holds it to.
func eachPairDiffs(claims []*claim.Claim, opts Options) ([]Discrepancy, []PairDiff) {
	out := []Discrepancy{}
	diffs := []PairDiff{}
	seen := map[dedupKey]bool{}
	caches := make([]*claimCache, len(claims))
	for i, c := range claims {
		if c != nil {
			caches[i] = newClaimCache(c)
		}
	}
	for i := 0; i < len(claims); i++ {
		for j := i + 1; j < len(claims); j++ {
			if claims[i] == nil || claims[j] == nil || (claims[i].Doc == claims[j].Doc && claims[i].Doc != "") {
				continue
			}
			ops := Words(claims[i], claims[j])
			diffs = append(diffs, PairDiff{A: claims[i].ID, B: claims[j].ID, Ops: ops})
			if sameClaim(claims[i], claims[j], opts) {
				continue
			}
			for _, d := range compareOps(caches[i], caches[j], ops, opts) {
				if k := keyOf(d); !seen[k] {
					seen[k] = true
					out = append(out, d)
				}
			}
		}
	}
	sortDiscrepancies(out)
	return out, diffs
}

// TestCompareGroupCopies holds CompareGroupDiffs, which gives a pair of
// copies (sameClaim) the moved results of their originals' pair, to
// comparing every pair afresh: the same discrepancies in the same order
// and the same word diffs, on groups where outlets carry one sentence
// word for word at other offsets.
func TestCompareGroupCopies(t *testing.T) {
	published := map[string]string{"d-a": "2026-03-02", "d-b": "2026-03-02", "d-c": "2026-03-02", "d-x": "2026-03-02", "d-y": "2026-03-02", "d-late": "2026-03-03"}
	opts := Options{Published: func(doc string) string { return published[doc] }, Aligned: true}
	wire := func() *claim.Claim {
		c := mk("a", "أعلنت وزارة الصحة أمس تسجيل 120 إصابة جديدة بالحمى في جازان وإغلاق ثلاث مدارس")
		date(t, c, "أمس", "2026-03-01", "on")
		entity(t, c, "وزارة الصحة", "e-moh", "org")
		entity(t, c, "جازان", "e-jazan", "place")
		s, e := at(t, c, "120")
		c.Numbers = []claim.Number{{Start: s, End: e, Text: "120", Value: 120}}
		return c
	}
	rewrite := func() *claim.Claim {
		c := mk("b", "قالت وزارة الصحة يوم الأحد إنها سجلت 210 إصابات جديدة بالحمى في منطقة جازان")
		date(t, c, "يوم الأحد", "2026-03-01", "on")
		entity(t, c, "وزارة الصحة", "e-moh", "org")
		entity(t, c, "جازان", "e-jazan", "place")
		s, e := at(t, c, "210")
		c.Numbers = []claim.Number{{Start: s, End: e, Text: "210", Value: 210}}
		return c
	}
	other := func() *claim.Claim {
		c := mk("c", "وأغلقت السلطات الصحية في جازان ثلاث مدارس بعد تسجيل إصابات بالحمى بين الطلاب")
		entity(t, c, "جازان", "e-jazan", "place")
		return c
	}
	groups := []struct {
		name   string
		claims []*claim.Claim
		reused bool // some pair takes an earlier pair's results
	}{
		{"no copies", []*claim.Claim{wire(), rewrite(), other()}, false},
		{"the wire sentence twice", []*claim.Claim{wire(), rewrite(), moved(wire(), "d-x", 900)}, false},
		{"both sentences twice", []*claim.Claim{wire(), rewrite(), moved(wire(), "d-x", 900), moved(rewrite(), "d-y", 40)}, true},
		{"copies first", []*claim.Claim{moved(wire(), "d-x", 300), wire(), rewrite(), other(), moved(other(), "d-y", 5000)}, true},
		{"a copy published a day later is no copy", []*claim.Claim{wire(), rewrite(), moved(wire(), "d-late", 900), moved(rewrite(), "d-y", 40)}, true},
		{"a nil claim and a copy in the same document", []*claim.Claim{wire(), nil, rewrite(), moved(rewrite(), "d-a", 400), moved(rewrite(), "d-x", 70)}, true},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			if ds := check(t, g.claims, opts); len(ds) == 0 {
				t.Error("no discrepancies: nothing to move to the copies")
			}
			orig := copiesOf(g.claims, opts)
			reused := false
			seen := map[[2]int]bool{}
			for i := range g.claims {
				for j := i + 1; j < len(g.claims); j++ {
					if g.claims[i] == nil || g.claims[j] == nil || g.claims[i].Doc == g.claims[j].Doc {
						continue
					}
					k := [2]int{orig[i], orig[j]}
					reused = reused || seen[k]
					seen[k] = true
				}
			}
			if reused != g.reused {
				t.Errorf("a pair reused: %v, want %v (originals %v)", reused, g.reused, orig)
			}
		})
	}
	// The bundled corpus's groups, each with copies of its first two
	// claims in two more documents.
	for _, g := range corpusGroups(t) {
		if len(g) < 2 {
			continue
		}
		g = append(g[:len(g):len(g)], moved(g[0], "d-x", g[0].Start+1234), moved(g[1], "d-y", 17))
		check(t, g, Options{})
	}
}

// check fails t unless CompareGroupDiffs and eachPairDiffs agree on
// claims, and returns the discrepancies.
func check(t *testing.T, claims []*claim.Claim, opts Options) []Discrepancy {
	t.Helper()
	ds, pds := CompareGroupDiffs(claims, opts)
	wantDs, wantPds := eachPairDiffs(claims, opts)
	if !reflect.DeepEqual(pds, wantPds) {
		t.Errorf("word diffs differ:\n got %+v\nwant %+v", pds, wantPds)
	}
	if !reflect.DeepEqual(ds, wantDs) {
		t.Errorf("discrepancies differ:\n got %+v\nwant %+v", ds, wantDs)
	}
	return ds
}
