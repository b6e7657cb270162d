package align

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/internal/artest"
)

// TestPostingIndexVisits checks that the date-ordered term index offers,
// for every group and each of its top terms, exactly the groups after it
// that a whole list offers and whose dates may fit (undated groups fit
// all): on the bundled corpus's claims as one-claim groups, their top terms
// as they come, dated over 60 days with ranges of one to five days and of 31, some
// undated, and at list bounds that skip many terms or none.
func TestPostingIndexVisits(t *testing.T) {
	sc := corpusScorer(t)
	n := len(sc.claims)
	tops := make([][]uint32, n)
	meta := make([]groupMeta, n)
	for i := range n {
		tops[i] = topOf(sc.vecs[i], 20)
		lo := 20000 + (i*7)%60
		meta[i] = groupMeta{iv: interval{lo, lo + []int{0, 1, 3, 4, 30}[i%5]}, doc: int32(i / 5), undated: i%13 == 0}
	}
	fits := func(a, b int) bool {
		return meta[a].undated || meta[b].undated || datesFit(meta[a].iv, meta[b].iv)
	}
	for _, maxPosting := range []int{3, 12, 400} {
		ix := newPostingIndex(tops, meta, maxPosting)
		visited, offered := 0, 0
		for a := range n {
			for _, term := range tops[a] {
				var list []int
				for b := range n {
					if slices.Contains(tops[b], term) {
						list = append(list, b)
					}
				}
				var want []int
				if len(list) <= maxPosting {
					for _, b := range list {
						if b > a && fits(a, b) {
							want = append(want, b)
						}
					}
				}
				var got []int
				ix.each(term, a, meta[a], maxPosting, func(b int) {
					visited++
					if fits(a, b) {
						got = append(got, b)
					}
				})
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("maxPosting %d, group %d, term %d: index offers %v, whole list %v", maxPosting, a, term, got, want)
				}
				offered += len(want)
			}
		}
		t.Logf("maxPosting %d: %d groups visited for %d that fit", maxPosting, visited, offered)
	}
}

// TestClusterEventsIndexSameClusters checks that clusterEvents gives the
// same events reading the date-ordered term index as reading whole lists:
// on the bundled corpus's claims, each document's claims spread over days
// a week apart, and, when CLAIMDIFF_BENCH_SNN names SaudiNewsNet articles,
// on those, dated and with outlets as analyze has them.
func TestClusterEventsIndexSameClusters(t *testing.T) {
	claims := corpusClaims(t)
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		claims[i].EventDate = fmt.Sprintf("2025-12-%02d", 1+(i%4)*7+i%2)
		ptrs[i] = &claims[i]
	}
	compareIndexClusters(t, NewScorer(ptrs), Options{Source: func(doc string) string { return doc[:1] }})
	if testing.Short() {
		return
	}
	t.Run("saudinewsnet", func(t *testing.T) {
		sc, opts, _ := snnScorer(t, true)
		compareIndexClusters(t, sc, opts)
	})
}

// compareIndexClusters fails t unless clusterEvents gives the same events
// with the term index as with whole lists.
func compareIndexClusters(t *testing.T, sc *Scorer, opts Options) {
	t.Helper()
	got := clusterEvents(sc, opts)
	wholePostings = true
	want := clusterEvents(sc, opts)
	wholePostings = false
	multi := 0
	for _, ev := range want {
		if len(ev) > 1 {
			multi++
		}
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("%d events with the index, %d reading whole lists, not the same", len(got), len(want))
	}
	t.Logf("%d claims: %d events, %d of several claims, the same", len(sc.claims), len(got), multi)
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
// articles dated and their outlets named as analyze does (snnScorer), so
// that passing mentions, claim-pair links and the outlet bound all play
// their part, reading the date-ordered term index and, to compare, whole
// lists.
func BenchmarkClusterEventsSNNAnalysed(b *testing.B) {
	sc, opts, n := snnScorer(b, true)
	for _, whole := range []bool{false, true} {
		b.Run(map[bool]string{false: "index", true: "whole-lists"}[whole], func(b *testing.B) {
			wholePostings = whole
			defer func() { wholePostings = false }()
			b.SetBytes(int64(n))
			b.ReportAllocs()
			cpu := artest.StartCPU()
			for b.Loop() {
				clusterEvents(sc, opts)
			}
			cpu.Report(b)
		})
	}
}
