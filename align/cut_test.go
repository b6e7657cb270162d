package align

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomVector returns a vector of n terms with increasing IDs whose
// weights are drawn from levels values (few levels: many ties).
func randomVector(r *rand.Rand, n, levels int) vector {
	v := make(vector, n)
	id := uint32(0)
	for i := range v {
		id += 1 + uint32(r.IntN(5))
		v[i] = term{id, float32(r.IntN(levels)) / float32(levels)}
	}
	return v
}

// TestSelectHeaviest checks that selectHeaviest puts the k heaviest values
// first and the k-th heaviest at k-1, as sorting does.
func TestSelectHeaviest(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		n := 2 + r.IntN(700)
		k := 1 + r.IntN(n-1)
		ws := make([]float32, n)
		for i := range ws {
			ws[i] = float32(r.IntN(1 + r.IntN(2000)))
		}
		want := slices.Clone(ws)
		slices.SortFunc(want, func(a, b float32) int { return cmp.Compare(b, a) })
		selectHeaviest(ws, k)
		if ws[k-1] != want[k-1] {
			t.Fatalf("n %d k %d: ws[k-1] = %v, want %v", n, k, ws[k-1], want[k-1])
		}
		head := slices.Clone(ws[:k])
		slices.SortFunc(head, func(a, b float32) int { return cmp.Compare(b, a) })
		if !slices.Equal(head, want[:k]) {
			t.Fatalf("n %d k %d: the first k are not the k heaviest", n, k)
		}
	}
}

// TestCapTermsAndTopOfSorted checks capTerms and topOf, whose fast paths
// (capTermsCut, topOfDistinct) select without sorting, against the sort
// they stand for, on vectors with and without ties.
func TestCapTermsAndTopOfSorted(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	fast := 0
	for range 5000 {
		v := randomVector(r, r.IntN(800), []int{3, 50, 1 << 20}[r.IntN(3)])
		n := 1 + r.IntN(400)
		s := slices.Clone(v)
		slices.SortFunc(s, func(a, b term) int { return cmp.Compare(b.w, a.w) })
		if len(v) > n {
			if _, ok := capTermsCut(v, n); ok {
				fast++
			}
			want := slices.Clone(s[:n])
			slices.SortFunc(want, func(a, b term) int { return cmp.Compare(a.id, b.id) })
			// With ties at the cut the sort's pick is its own; capTerms
			// then sorts, so it is compared only where the pick is
			// unique.
			if got := capTerms(v, n); (s[n-1].w != s[n].w) && !slices.Equal(got, want) {
				t.Fatalf("capTerms(%d terms, %d) = %v, want %v", len(v), n, got, want)
			}
		}
		for _, k := range []int{6, 20} {
			ids, ok := topOfDistinct(v, k)
			if !ok {
				continue
			}
			want := make([]uint32, 0, k)
			for _, x := range s[:min(k, len(s))] {
				want = append(want, x.id)
			}
			if !slices.Equal(ids, want) {
				t.Fatalf("topOfDistinct(%d terms, %d) = %v, want %v", len(v), k, ids, want)
			}
		}
	}
	if fast == 0 {
		t.Fatal("capTermsCut never took the fast path")
	}
}

// TestMergeKeyOrder checks that mergeKeys sort as clusterEvents orders its
// candidate links (best first, then by groups) and give back their links.
func TestMergeKeyOrder(t *testing.T) {
	type link struct {
		sim           float64
		a, b          int
		pair, undated bool
	}
	r := rand.New(rand.NewPCG(9, 10))
	sims := []float64{0, math.Copysign(0, -1), 1, -1, 0.25, 0.4, 1e-300, -1e-300, math.Inf(1), math.Inf(-1)}
	var links []link
	seen := make(map[[2]int]bool)
	for len(links) < 20000 {
		l := link{sims[r.IntN(len(sims))], r.IntN(300), r.IntN(1 << 31), r.IntN(2) == 0, r.IntN(2) == 0}
		if r.IntN(2) == 0 {
			l.sim = r.NormFloat64()
		}
		if l.a < 3 {
			l.b = r.IntN(3) // many links of few groups
		}
		if seen[[2]int{l.a, l.b}] {
			continue
		}
		seen[[2]int{l.a, l.b}] = true
		links = append(links, l)
	}
	keys := make([]mergeKey, len(links))
	for i, l := range links {
		keys[i] = mergeKeyOf(l.sim, l.a, l.b, l.pair, l.undated)
		if got, want := keys[i].cand(), (mergeLink{l.a, l.b, l.pair, l.undated}); got != want {
			t.Fatalf("mergeKeyOf(%v).cand() = %+v, want %+v", l, got, want)
		}
	}
	slices.SortFunc(links, func(x, y link) int {
		if x.sim != y.sim {
			return cmp.Compare(y.sim, x.sim)
		}
		if x.a != y.a {
			return cmp.Compare(x.a, y.a)
		}
		return cmp.Compare(x.b, y.b)
	})
	slices.SortFunc(keys, func(x, y mergeKey) int {
		if x.hi != y.hi {
			return cmp.Compare(x.hi, y.hi)
		}
		return cmp.Compare(x.lo, y.lo)
	})
	for i, l := range links {
		if got, want := keys[i].cand(), (mergeLink{l.a, l.b, l.pair, l.undated}); got != want {
			t.Fatalf("link %d: %+v, want %+v (sim %v)", i, got, want, l.sim)
		}
	}
}

// BenchmarkTopOfSNN picks the twenty heaviest terms of SaudiNewsNet
// articles' centroids (CLAIMDIFF_BENCH_SNN), as clusterEvents picks each
// group's, and caps the sums of consecutive pairs of them at 300 terms, as
// its merges cap a cluster's centroid. Bytes are the terms read.
func BenchmarkTopOfSNN(b *testing.B) {
	vecs, _ := snnDocVecs(b)
	var sums []vector
	for k := 0; k+1 < len(vecs); k += 2 {
		if s := add(vecs[k], vecs[k+1], 1); len(s) > 300 {
			sums = append(sums, s)
		}
	}
	for _, c := range []struct {
		name string
		f    func()
		n    int
	}{
		{"topOf", func() {
			for _, v := range vecs {
				topOf(v, 20)
			}
		}, 0},
		{"capTerms", func() {
			for _, v := range sums {
				capTerms(v, 300)
			}
		}, 1},
	} {
		b.Run(c.name, func(b *testing.B) {
			var bytes int64
			for _, v := range [][]vector{vecs, sums}[c.n] {
				bytes += int64(8 * len(v))
			}
			b.SetBytes(bytes)
			b.ReportAllocs()
			for b.Loop() {
				c.f()
			}
		})
	}
}
