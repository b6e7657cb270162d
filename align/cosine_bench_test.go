package align

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/internal/artest"
)

// snnDocVecs returns the centroid of each SaudiNewsNet article's claims
// (CLAIMDIFF_BENCH_SNN), common terms left out as clusterEvents leaves
// them out, and a dense array as wide as their term IDs.
func snnDocVecs(tb testing.TB) ([]vector, []float32) {
	sc, _, _ := snnScorer(tb, true)
	byDoc := make(map[string][]int)
	var order []string
	for i, c := range sc.claims {
		if _, ok := byDoc[c.Doc]; !ok {
			order = append(order, c.Doc)
		}
		byDoc[c.Doc] = append(byDoc[c.Doc], i)
	}
	maxDF := int32(CommonDF(sc.vocab.n))
	vecs := make([]vector, len(order))
	for k, d := range order {
		vecs[k] = centroid(sc, byDoc[d], maxDF)
	}
	return vecs, make([]float32, len(sc.vocab.df))
}

// BenchmarkCosineDenseSNN scores each of 300 articles' centroids, spread
// into a dense array, against 300 other articles' (as clusterEvents scores
// a group's candidates): exactly (cosineDense) and in four running sums
// (cosineDenseApprox). Bytes are the candidates' terms read.
func BenchmarkCosineDenseSNN(b *testing.B) {
	vecs, dense := snnDocVecs(b)
	r := rand.New(rand.NewPCG(1, 2))
	const n = 300
	as, bs := make([]int, n), make([]int, n)
	var bytes int64
	for k := range as {
		as[k], bs[k] = r.IntN(len(vecs)), r.IntN(len(vecs))
		bytes += int64(8 * len(vecs[bs[k]]))
	}
	for _, c := range []struct {
		name string
		f    func([]float32, vector) float64
	}{{"exact", cosineDense}, {"approx", cosineDenseApprox}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(bytes * n)
			b.ReportAllocs()
			var sink float64
			cpu := artest.StartCPU()
			for b.Loop() {
				for _, a := range as {
					for _, t := range vecs[a] {
						dense[t.id] = t.w
					}
					for _, x := range bs {
						sink += c.f(dense, vecs[x])
					}
					for _, t := range vecs[a] {
						dense[t.id] = 0
					}
				}
			}
			cpu.Report(b)
			_ = sink
		})
	}
}

// TestCosineDenseApproxWithinSlack checks that cosineDenseApprox is within
// cosineDenseSlack of cosineDense, on the bundled corpus's claim vectors
// and on random normalised vectors of up to 3,000 terms whose weights are
// spread out or all equal (where rounding errors add up most).
func TestCosineDenseApproxWithinSlack(t *testing.T) {
	sc := corpusScorer(t)
	vecs := slices.Clone(sc.vecs)
	r := rand.New(rand.NewPCG(3, 4))
	const nterms = 5000
	for _, n := range []int{1, 7, 8, 9, 100, 500, 3000} {
		for _, equal := range []bool{false, true} {
			ids := r.Perm(nterms)[:n]
			slices.Sort(ids)
			v := make(vector, n)
			for k, id := range ids {
				v[k] = term{uint32(id), 1}
				if !equal {
					v[k].w = r.Float32()
				}
			}
			vecs = append(vecs, normalize(v))
		}
	}
	dense := make([]float32, max(nterms, len(sc.vocab.df)))
	worst := 0.0
	for i, a := range vecs {
		for _, x := range a {
			dense[x.id] = x.w
		}
		for _, b := range vecs {
			exact, approx := cosineDense(dense, b), cosineDenseApprox(dense, b)
			if d := math.Abs(exact - approx); d > cosineDenseSlack(len(b)) {
				t.Fatalf("vector %d against one of %d terms: exact %v, approx %v, slack %v", i, len(b), exact, approx, cosineDenseSlack(len(b)))
			} else {
				worst = max(worst, d/cosineDenseSlack(len(b)))
			}
		}
		for _, x := range a {
			dense[x.id] = 0
		}
	}
	t.Logf("largest difference: %.3f of the slack", worst)
}
