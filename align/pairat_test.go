package align

import (
	"math/rand/v2"
	"testing"

	"github.com/claimdiff/claimdiff/internal/artest"
)

// pairAtLeastMerge is pairAtLeast as it was before pairScratch: each
// cosine a merge of the two vectors, each pair's trigrams merged unless
// every fact agreeing and the shorter claim's trigrams all shared would
// not reach t. It is the reference pairAtLeast must agree with.
func (s *Scorer) pairAtLeastMerge(a, b []int, t float64) bool {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if n++; n > maxPairChecks {
				return false
			}
			cos := cosine(s.vecs[x], s.vecs[y])
			lx, ly := len(s.tri[x]), len(s.tri[y])
			if allFacts.of(cos, diceBound(min(lx, ly), lx+ly)) < t {
				continue
			}
			f := s.scoreWith(x, y)
			if diceAtLeast(s.tri[x], s.tri[y], func(d float64) bool { return f.of(cos, d) >= t }) {
				return true
			}
		}
	}
	return false
}

// TestMostSharedBounds: the trigrams of a claim that fall in another's
// bit set are at least those the two share, and the set is empty again
// once cleared; on every two claims of the bundled corpus.
func TestMostSharedBounds(t *testing.T) {
	sc := corpusScorer(t)
	ps := sc.newPairScratch()
	loose := 0
	for x := range sc.claims {
		ps.set(sc.vecs[x], sc.tri[x])
		for y := range sc.claims {
			got, shared := ps.mostShared(sc.tri[y]), overlap(sc.tri[x], sc.tri[y])
			if got < shared {
				t.Fatalf("claims %d, %d: mostShared %d, shared %d", x, y, got, shared)
			}
			if got > shared {
				loose++
			}
		}
		ps.clear(sc.vecs[x], sc.tri[x])
		if ps.tri != ([triBits / 64]uint64{}) || slicesAnyNonZero(ps.dense) {
			t.Fatalf("claim %d: scratch not empty after clear", x)
		}
	}
	t.Logf("%d of %d pairs bounded above their shared trigrams", loose, len(sc.claims)*len(sc.claims))
}

func slicesAnyNonZero(s []float32) bool {
	for _, x := range s {
		if x != 0 {
			return true
		}
	}
	return false
}

// TestPairAtLeastAsMerge: pairAtLeast decides as pairAtLeastMerge on
// groups of the bundled corpus's claims of every size up to past
// maxPairChecks pairs, the shorter first and second, at thresholds around
// the scores met.
func TestPairAtLeastAsMerge(t *testing.T) {
	sc := corpusScorer(t)
	n := len(sc.claims)
	r := rand.New(rand.NewPCG(5, 6))
	ps := sc.newPairScratch()
	for _, th := range []float64{0, 0.1, 0.2, eventPairThreshold, 0.3, 0.5, 0.8} {
		for range 300 {
			a, b := r.Perm(n)[:1+r.IntN(3)], r.Perm(n)[:1+r.IntN(min(n, 250))]
			if got, want := sc.pairAtLeastWith(a, b, th, ps), sc.pairAtLeastMerge(a, b, th); got != want {
				t.Fatalf("groups %v, %v at %v: pairAtLeast %v, merge %v", a, b, th, got, want)
			}
			// An article met by a passing mention (pairAtLeastByB).
			if got, want := sc.pairAtLeastWith(b, a, th, ps), sc.pairAtLeastMerge(b, a, th); got != want {
				t.Fatalf("groups %v, %v at %v: pairAtLeast %v, merge %v", b, a, th, got, want)
			}
		}
	}
}

// BenchmarkPairAtLeastSNN tests 500 passing mentions (the first one or
// two claims of a SaudiNewsNet article, CLAIMDIFF_BENCH_SNN) against
// another article's claims at eventPairThreshold, as clusterEvents does,
// with pairScratch (scratch) and with merges (merge), and the article's
// claims first (-article-first). Bytes are the trigrams of the claims of
// b.
func BenchmarkPairAtLeastSNN(b *testing.B) {
	sc, _, _ := snnScorer(b, true)
	byDoc := make(map[string][]int)
	var docs []string
	for i, c := range sc.claims {
		if _, ok := byDoc[c.Doc]; !ok {
			docs = append(docs, c.Doc)
		}
		byDoc[c.Doc] = append(byDoc[c.Doc], i)
	}
	r := rand.New(rand.NewPCG(7, 8))
	type job struct{ a, b []int }
	jobs := make([]job, 500)
	var bytes int64
	for k := range jobs {
		a, bb := byDoc[docs[r.IntN(len(docs))]], byDoc[docs[r.IntN(len(docs))]]
		jobs[k] = job{a[:min(len(a), 1+k%2)], bb}
		for _, y := range bb {
			bytes += int64(4 * len(sc.tri[y]))
		}
	}
	ps := sc.newPairScratch()
	for _, c := range []struct {
		name string
		f    func(a, b []int) bool
	}{
		{"scratch", func(a, b []int) bool { return sc.pairAtLeastWith(a, b, eventPairThreshold, ps) }},
		{"merge", func(a, b []int) bool { return sc.pairAtLeastMerge(a, b, eventPairThreshold) }},
		// The article first, the mention second, as when the candidate
		// is the passing mention.
		{"scratch-article-first", func(a, b []int) bool { return sc.pairAtLeastWith(b, a, eventPairThreshold, ps) }},
		{"merge-article-first", func(a, b []int) bool { return sc.pairAtLeastMerge(b, a, eventPairThreshold) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(bytes)
			b.ReportAllocs()
			found := 0
			cpu := artest.StartCPU()
			for b.Loop() {
				for _, j := range jobs {
					if c.f(j.a, j.b) {
						found++
					}
				}
			}
			cpu.Report(b)
			b.ReportMetric(float64(found)/float64(b.N), "found/op")
		})
	}
}

// TestPairAtLeastLastPair: of a long group met by one or two claims, the
// pair that reaches t counts when it is the maxPairChecks-th pair in the
// order a by b, and not when it comes after; either way round, as
// pairAtLeastMerge has it.
func TestPairAtLeastLastPair(t *testing.T) {
	sc := corpusScorer(t)
	ps := sc.newPairScratch()
	y := 0
	th := sc.Score(y, y)
	var fillers []int
	for c := range sc.claims {
		if c != y && sc.Score(c, y) < th && sc.Score(y, c) < th {
			fillers = append(fillers, c)
		}
	}
	if len(fillers) < 20 || th <= 0 {
		t.Fatalf("%d claims below %v", len(fillers), th)
	}
	long := func(n int) []int { // n fillers, then y
		a := make([]int, 0, n+1)
		for len(a) < n {
			a = append(a, fillers[len(a)%len(fillers)])
		}
		return append(a, y)
	}
	for _, tc := range []struct {
		a, b []int
		want bool
	}{
		{long(maxPairChecks - 1), []int{y}, true},
		{long(maxPairChecks), []int{y}, false},
		{long(maxPairChecks/2 - 1), []int{y, y}, true},
		{long(maxPairChecks / 2), []int{y, y}, false},
	} {
		if got, merge := sc.pairAtLeastWith(tc.a, tc.b, th, ps), sc.pairAtLeastMerge(tc.a, tc.b, th); got != tc.want || merge != tc.want {
			t.Errorf("%d claims by %d: pairAtLeast %v, merge %v, want %v", len(tc.a), len(tc.b), got, merge, tc.want)
		}
	}
}
