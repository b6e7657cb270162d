package diff

import (
	"reflect"
	"slices"

	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// TestArenaReuse compares the bundled corpus's groups in order and again
// in reverse order, each after its own claims in reverse order, on one
// goroutine so that each group's caches reuse the tables the group before
// it filled (a claim's slot then held another claim asked about the same
// words): what a group finds must not depend on the groups compared
// before it.
func TestArenaReuse(t *testing.T) {
	gs := corpusGroups(t)
	if len(gs) < 2 {
		t.Skip("bundled corpus gives fewer than two groups")
	}
	type result struct {
		ds  []Discrepancy
		pds []PairDiff
	}
	first := make([]result, len(gs))
	for i, g := range gs {
		first[i].ds, first[i].pds = CompareGroupDiffs(g, Options{Aligned: true})
	}
	for i := len(gs) - 1; i >= 0; i-- {
		rev := slices.Clone(gs[i])
		slices.Reverse(rev)
		CompareGroupDiffs(rev, Options{Aligned: true})
		ds, pds := CompareGroupDiffs(gs[i], Options{Aligned: true})
		if !reflect.DeepEqual(ds, first[i].ds) || !reflect.DeepEqual(pds, first[i].pds) {
			t.Errorf("group %d (%s): compared after other groups, got %d discrepancies and %d diffs, want %d and %d as before",
				i, gs[i][0].ID, len(ds), len(pds), len(first[i].ds), len(first[i].pds))
		}
	}
}

// TestCarve checks that carved slices are zeroed, sized and do not
// overlap, also across a growth of the buffer.
func TestCarve(t *testing.T) {
	var buf []int8
	var got [][]int8
	for n := range 300 {
		s := carve(&buf, n%7)
		for k := range s {
			if s[k] != 0 {
				t.Fatalf("carve %d: element %d is %d, want 0", n, k, s[k])
			}
			s[k] = int8(n % 100)
		}
		if len(s) != n%7 || cap(s) != n%7 {
			t.Fatalf("carve %d: len %d cap %d, want %d", n, len(s), cap(s), n%7)
		}
		got = append(got, s)
	}
	for n, s := range got {
		for k := range s {
			if s[k] != int8(n%100) {
				t.Fatalf("carving %d was overwritten: element %d is %d, want %d", n, k, s[k], n%100)
			}
		}
	}
}

// TestArenaCachesStartEmpty asks a claim's cache, in an arena's slot that
// held another claim asked about the same words, whether it has a form
// of each word of a third claim: the answers must be the claim's own, as
// a cache of its own gives them.
func TestArenaCachesStartEmpty(t *testing.T) {
	x := mk("x", "افتتح وزير الصحة مستشفى جديدا للأطفال في مدينة جدة")
	q := mk("q", "المستشفيات الجديدة التي افتتحها الوزير لأطفال جدة")
	y := mk("y", "ارتفعت أسعار النفط في الأسواق العالمية اليوم")
	a := new(cacheArena)
	own := 0
	cs := a.newCaches([]*claim.Claim{x, q})
	for j := range q.Tokens {
		if cs[0].hasForm(cs[1], j) {
			own++
		}
		cs[1].plainContent(j)
		cs[1].info(j)
	}
	if own == 0 {
		t.Fatalf("x has no form of any word of q: the test asks nothing")
	}
	a.release()
	cs = a.newCaches([]*claim.Claim{y, q})
	fy, fq := newClaimCache(y), newClaimCache(q)
	for j, tok := range q.Tokens {
		if got, want := cs[0].hasForm(cs[1], j), fy.hasForm(fq, j); got != want {
			t.Errorf("word %q: reused cache says %v, a cache of its own %v", tok.Norm, got, want)
		}
		if got, want := cs[1].plainContent(j), fq.plainContent(j); got != want {
			t.Errorf("word %q: reused plainContent %v, want %v", tok.Norm, got, want)
		}
	}
	a.release()
}
