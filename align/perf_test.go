package align

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/internal/artest"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// trigramsRef is trigrams as first written (hash/fnv per trigram), the
// reference the inlined hash must reproduce exactly.
func trigramsRef(c *claim.Claim) []uint32 {
	var out []uint32
	var rs []rune
	for i, t := range c.Tokens {
		if t.Stop || !contentToken(c, i) {
			continue
		}
		rs = rs[:0]
		rs = append(rs, ' ')
		rs = append(rs, []rune(t.Norm)...)
		rs = append(rs, ' ')
		for i := 0; i+3 <= len(rs); i++ {
			h := fnv.New32a()
			var b [12]byte
			n := 0
			for _, r := range rs[i : i+3] {
				b[n], b[n+1], b[n+2], b[n+3] = byte(r), byte(r>>8), byte(r>>16), byte(r>>24)
				n += 4
			}
			h.Write(b[:n])
			out = append(out, h.Sum32())
		}
	}
	slices.Sort(out)
	return slices.Clone(slices.Compact(out))
}

// corpusClaims reads the bundled corpus's claims with their tokens.
func corpusClaims(tb testing.TB) []claim.Claim {
	tb.Helper()
	docs, errs := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	if len(docs) == 0 {
		tb.Skipf("corpus: %v", errs)
	}
	var out []claim.Claim
	for _, d := range docs {
		out = append(out, claim.Split(d)...)
	}
	return out
}

func TestTrigramsMatchFNV(t *testing.T) {
	claims := corpusClaims(t)
	extra := []claim.Claim{mk("x", "", "قال إن الرئيس أب و ب ج دهـ زيارة موسكو 😀😀 abc \xff\xfe bad"), mk("y", "", "")}
	for _, c := range append(claims, extra...) {
		if got, want := trigrams(&c), trigramsRef(&c); !slices.Equal(got, want) {
			t.Fatalf("%q: trigrams %v, want %v", c.Text, got, want)
		}
	}
	triples := [][3]rune{{' ', 'a', ' '}, {0x10FFFF, 0xFFFD, 0x627}, {-1, 0, 1 << 30}, {0xFFFF, 0x10000, 0xFEFB}, {0x627, 0x644, 0x1F600}}
	for r := rune(0); r < 0x11000; r += 37 {
		triples = append(triples, [3]rune{r, 0x10FFFF - r, r * 7 % 0x10000})
	}
	for _, rs := range triples {
		h := fnv.New32a()
		var b [12]byte
		for k, r := range rs {
			b[4*k], b[4*k+1], b[4*k+2], b[4*k+3] = byte(r), byte(r>>8), byte(r>>16), byte(r>>24)
		}
		h.Write(b[:])
		if got := fnvTrigram(rs[0], rs[1], rs[2]); got != h.Sum32() {
			t.Errorf("fnvTrigram%v = %d, want %d", rs, got, h.Sum32())
		}
	}
}

func BenchmarkTrigrams(b *testing.B) {
	claims := corpusClaims(b)
	n := 0
	for _, c := range claims {
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for k := range claims {
			trigrams(&claims[k])
		}
	}
}

func BenchmarkFeaturesOf(b *testing.B) {
	claims := corpusClaims(b)
	n := 0
	for _, c := range claims {
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for k := range claims {
			FeaturesOf(&claims[k])
		}
	}
}

// corpusScorer is a Scorer over the bundled corpus's claims.
func corpusScorer(tb testing.TB) *Scorer {
	claims := corpusClaims(tb)
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	return NewScorer(ptrs)
}

func TestCosineDenseExact(t *testing.T) {
	sc := corpusScorer(t)
	dense := make([]float32, len(sc.vocab.df))
	for i, a := range sc.vecs {
		for _, x := range a {
			dense[x.id] = x.w
		}
		for _, b := range sc.vecs {
			if got, want := cosineDense(dense, b), cosine(a, b); got != want {
				t.Fatalf("claim %d: cosineDense %v, cosine %v", i, got, want)
			}
		}
		for _, x := range a {
			dense[x.id] = 0
		}
	}
}

func BenchmarkClusterEvents(b *testing.B) {
	claims := corpusClaims(b)
	// Claims of three neighbouring days, by document, so that groups form.
	ptrs := make([]*claim.Claim, len(claims))
	day := map[string]string{}
	for i := range claims {
		c := &claims[i]
		if day[c.Doc] == "" {
			day[c.Doc] = []string{"2025-12-10", "2025-12-11", "2025-12-12"}[len(day)%3]
		}
		c.EventDate = day[c.Doc]
		ptrs[i] = c
	}
	sc := NewScorer(ptrs)
	n := 0
	for _, c := range claims {
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		clusterEvents(sc, Options{})
	}
}

// BenchmarkMakeEvent measures describing one event of all the bundled
// corpus's claims (its label ranks every word).
func BenchmarkMakeEvent(b *testing.B) {
	sc := corpusScorer(b)
	members := make([]int, len(sc.claims))
	n := 0
	for i, c := range sc.claims {
		members[i] = i
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		sc.makeEvent(members)
	}
}

func TestCosineOfUnnormalizedExact(t *testing.T) {
	sc := corpusScorer(t)
	// Unnormalised sums of claim vectors, as clusters' centroids are.
	var cents []vector
	var acc vector
	for i, v := range sc.vecs {
		acc = add(acc, v, 1)
		if i%7 == 6 {
			cents = append(cents, acc)
			acc = nil
		}
	}
	cents = append(cents, nil, vector{{id: 3, w: 0}})
	for _, a := range cents {
		for _, b := range cents {
			want := cosine(normalize(slices.Clone(a)), normalize(slices.Clone(b)))
			if got := cosineOfUnnormalized(a, b); got != want {
				t.Fatalf("cosineOfUnnormalized %v, want %v", got, want)
			}
		}
	}
}

// diceRef is dice as first written, the reference for the faster merge.
func diceRef(a, b []uint32) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	shared, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}

func TestDiceMatches(t *testing.T) {
	sc := corpusScorer(t)
	tri := append(slices.Clone(sc.tri), nil, []uint32{}, []uint32{1, 2, 3}, []uint32{0, 1 << 31, 1<<32 - 1})
	for _, a := range tri {
		for _, b := range tri {
			if got, want := dice(a, b), diceRef(a, b); got != want {
				t.Fatalf("dice %v, want %v", got, want)
			}
		}
	}
}

// TestSharedAtLeast checks the branch-free merge against counting the
// shared elements (diceRef's merge) for every two claims' trigrams of the
// bundled corpus and a few edge cases, at needs around the counts met.
func TestSharedAtLeast(t *testing.T) {
	sc := corpusScorer(t)
	tri := append(slices.Clone(sc.tri), nil, []uint32{}, []uint32{1, 2, 3}, []uint32{0, 1 << 31, 1<<32 - 1})
	for _, a := range tri {
		for _, b := range tri {
			n := int(math.Round(diceRef(a, b) * float64(len(a)+len(b)) / 2))
			for _, need := range []int{-1, 0, 1, n - 1, n, n + 1, min(len(a), len(b)), len(a) + len(b)} {
				if got, want := sharedAtLeast(a, b, need), n >= need; got != want {
					t.Fatalf("%d and %d trigrams sharing %d, need %d: sharedAtLeast %v", len(a), len(b), n, need, got)
				}
			}
		}
	}
}

// BenchmarkSharedAtLeast merges each claim's trigrams with the next seven
// claims', needing a third of the smaller set.
func BenchmarkSharedAtLeast(b *testing.B) {
	sc := corpusScorer(b)
	n := 0
	for i := range sc.tri {
		for k := 1; k < 8 && i+k < len(sc.tri); k++ {
			n += 4 * (len(sc.tri[i]) + len(sc.tri[i+k]))
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i := range sc.tri {
			for k := 1; k < 8 && i+k < len(sc.tri); k++ {
				x, y := sc.tri[i], sc.tri[i+k]
				sharedAtLeast(x, y, min(len(x), len(y))/3)
			}
		}
	}
}

func BenchmarkDice(b *testing.B) {
	sc := corpusScorer(b)
	n := 0
	for _, t := range sc.tri {
		n += 4 * len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i := 1; i < len(sc.tri); i++ {
			dice(sc.tri[i-1], sc.tri[i])
		}
	}
}

// TestPairAtLeastMatches: the early-stopping claim-pair test decides as
// the best pair's score does, at thresholds around the scores met.
func TestPairAtLeastMatches(t *testing.T) {
	sc := corpusScorer(t)
	n := len(sc.claims)
	for _, th := range []float64{0, 0.05, 0.1, 0.2, eventPairThreshold, 0.3, 0.4, 0.6, 0.9, 1} {
		for x := 0; x < n; x++ {
			for y := 0; y < n; y += 3 {
				want := sc.Score(x, y) >= th
				f, cos := sc.scoreWith(x, y), cosine(sc.vecs[x], sc.vecs[y])
				if got := diceAtLeast(sc.tri[x], sc.tri[y], func(d float64) bool { return f.of(cos, d) >= th }); got != want {
					t.Fatalf("claims %d, %d at %v: diceAtLeast %v, Score %v", x, y, th, got, sc.Score(x, y))
				}
			}
		}
		for a := 0; a+6 <= n; a += 5 {
			ga, gb := []int{a, a + 1}, []int{a + 2, a + 3, a + 4, a + 5}
			if got, want := sc.pairAtLeast(ga, gb, th), sc.bestPair(ga, gb) >= th; got != want {
				t.Fatalf("groups %v, %v at %v: pairAtLeast %v, bestPair %v", ga, gb, th, got, sc.bestPair(ga, gb))
			}
		}
	}
	// Exactly at a pair's own score.
	for x := 0; x+1 < n; x++ {
		th := sc.Score(x, x+1)
		if !sc.pairAtLeast([]int{x}, []int{x + 1}, th) || sc.pairAtLeast([]int{x}, []int{x + 1}, math.Nextafter(th, 2)) {
			t.Fatalf("claims %d, %d at their own score %v", x, x+1, th)
		}
	}
}

// TestPairAtLeastOwnScore: every two claims of the bundled corpus (with
// their facts read) whose facts agree (a speaker, a number or a date, which pairAtLeast counts in
// its bound before reading them) reach their own score and not above it.
func TestPairAtLeastOwnScore(t *testing.T) {
	docs, errs := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	if len(docs) == 0 {
		t.Skipf("corpus: %v", errs)
	}
	var ptrs []*claim.Claim
	for _, d := range docs {
		cs := claim.Split(d)
		claim.Annotate(d, cs, nil)
		for k := range cs {
			ptrs = append(ptrs, &cs[k])
		}
	}
	sc := NewScorer(ptrs)
	n, checked := len(sc.claims), 0
	for x := range n {
		for y := x + 1; y < n; y++ {
			if f := sc.scoreWith(x, y); !f.speaker && !f.number && !f.date {
				continue
			}
			checked++
			th := sc.Score(x, y)
			if !sc.pairAtLeast([]int{x}, []int{y}, th) || sc.pairAtLeast([]int{x}, []int{y}, math.Nextafter(th, 2)) {
				t.Fatalf("claims %d, %d at their own score %v", x, y, th)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no pair with a fact in common")
	}
}

// TestSortHashes checks sortHashes against slices.Sort on random,
// repeated, small and large sets of hashes.
func TestSortHashes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 15, 16, 17, 100, 511, 512, 513, 1024, 1025, 3000} {
		for _, spread := range []uint32{0, 7, 1 << 20, ^uint32(0)} {
			a := make([]uint32, n)
			for i := range a {
				a[i] = rng.Uint32()
				if spread != ^uint32(0) {
					a[i] %= spread + 1
				}
			}
			want := slices.Sorted(slices.Values(a))
			var tmp [512]uint32
			if got := sortHashes(slices.Clone(a), tmp[:0]); !slices.Equal(got, want) {
				t.Errorf("n=%d spread=%d: sortHashes differs from slices.Sort", n, spread)
			}
		}
	}
}

// BenchmarkSortHashes sorts the trigrams of the bundled corpus's claims
// as trigramsOf gathers them.
func BenchmarkSortHashes(b *testing.B) {
	claims := corpusClaims(b)
	var sets [][]uint32
	n := 0
	for k := range claims {
		c := &claims[k]
		var all []uint32
		for _, t := range c.Tokens {
			r0, r1, m := rune(' '), rune(0), 1
			for _, r := range t.Norm {
				if m >= 2 {
					all = append(all, fnvTrigram(r0, r1, r))
				}
				if m == 1 {
					r1 = r
				} else {
					r0, r1 = r1, r
				}
				m++
			}
		}
		sets = append(sets, all)
		n += 4 * len(all)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	buf := make([]uint32, 0, 4096)
	var tmp [512]uint32
	for _, sorter := range []string{"buckets", "slices"} {
		b.Run(sorter, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range sets {
					buf = append(buf[:0], s...)
					if sorter == "slices" {
						slices.Sort(buf)
					} else {
						sortHashes(buf, tmp[:0])
					}
				}
			}
		})
	}
}

// TestCentroidExact checks centroid against its definition, the claims'
// vectors summed one by one with add, bit for bit.
func TestCentroidExact(t *testing.T) {
	sc := corpusScorer(t)
	for _, n := range []int{0, 1, 2, 7, len(sc.claims)} {
		members := make([]int, n)
		for i := range members {
			members[i] = (i * 7) % len(sc.claims)
		}
		for _, maxDF := range []int32{1, 3, 1 << 30} {
			var want vector
			for _, i := range members {
				want = add(want, sc.vecs[i], 1)
			}
			want = normalize(slices.DeleteFunc(want, func(t term) bool { return int(t.id) < len(sc.vocab.df) && sc.vocab.df[t.id] > maxDF }))
			if got := centroid(sc, members, maxDF); !slices.Equal(got, want) {
				t.Errorf("%d members, maxDF %d: centroid differs from summing with add", n, maxDF)
			}
		}
	}
}

// BenchmarkCentroid is the centroid of all the bundled corpus's claims.
func BenchmarkCentroid(b *testing.B) {
	sc := corpusScorer(b)
	members := make([]int, len(sc.claims))
	n := 0
	for i, c := range sc.claims {
		members[i] = i
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		centroid(sc, members, 1<<30)
	}
}

// BenchmarkClusterEventsSNN measures event clustering on SaudiNewsNet
// articles (CLAIMDIFF_BENCH_SNN, such as the first 5,000): every claim of
// an article dated by its article, the articles spread over six days, so
// that the candidate lists are as long as a real corpus makes them.
func BenchmarkClusterEventsSNN(b *testing.B) {
	recs, n := artest.SNN(b)
	var ptrs []*claim.Claim
	for i, r := range recs {
		d := &corpus.Document{ID: fmt.Sprintf("d%d", i), Text: r.Content, Lang: "ar"}
		cs := claim.Split(d)
		claim.Annotate(d, cs, nil)
		day := fmt.Sprintf("2015-07-%02d", 20+i%6)
		for k := range cs {
			cs[k].EventDate = day
			ptrs = append(ptrs, &cs[k])
		}
	}
	sc := NewScorer(ptrs)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu := artest.StartCPU()
	for b.Loop() {
		clusterEvents(sc, Options{})
	}
	cpu.Report(b)
}

// snnScorer is a Scorer over the SaudiNewsNet articles CLAIMDIFF_BENCH_SNN
// names (skipped without it). When analysed, each article is retrieved on
// the day it was crawled and its claims dated as analysis dates them (its
// undated claims take the days before retrieval, claims that name a date
// take theirs), and the options name each article's outlet, as a run of
// analyze does; else every claim is dated by its article, the articles
// spread over six days. It also returns the articles' length in bytes.
func snnScorer(tb testing.TB, analysed bool) (*Scorer, Options, int) {
	recs, n := artest.SNN(tb)
	var ptrs []*claim.Claim
	outlet := make(map[string]string)
	for i, r := range recs {
		d := &corpus.Document{ID: fmt.Sprintf("d%d", i), Text: r.Content, Lang: "ar"}
		if analysed && len(r.Extracted) >= 10 {
			d.Retrieved = r.Extracted[:10]
		}
		outlet[d.ID] = r.Source
		cs := claim.Split(d)
		claim.Annotate(d, cs, nil)
		for k := range cs {
			if !analysed {
				cs[k].EventDate = fmt.Sprintf("2015-07-%02d", 20+i%6)
			}
			ptrs = append(ptrs, &cs[k])
		}
	}
	var opts Options
	if analysed {
		opts.Source = func(doc string) string { return outlet[doc] }
	}
	return NewScorer(ptrs), opts, n
}

// BenchmarkClusterEventsSNNAnalysed is BenchmarkClusterEventsSNN with the
// articles dated and their outlets named as analyze has them (snnScorer),
// so that passing mentions, claim-pair links and the outlet bound all play
// their part as in a run of analyze.
func BenchmarkClusterEventsSNNAnalysed(b *testing.B) {
	sc, opts, n := snnScorer(b, true)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu := artest.StartCPU()
	for b.Loop() {
		clusterEvents(sc, opts)
	}
	cpu.Report(b)
}
