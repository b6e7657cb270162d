package analysis

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/review"
)

// Analyze runs the whole pipeline over docs: claims and facts, events,
// alignments and their differences.
func Analyze(ctx context.Context, opts Options, docs []*corpus.Document) (*Analysis, error) {
	// Scoring features are read per document and the tokens dropped (kept
	// when a review store's corrections may rebuild the scorer); the
	// aligned claims get theirs back for their word diffs.
	dropTokens := !hasCorrections(opts.Reviews)
	opts.features, opts.keepTokens, opts.table = true, !dropTokens, true
	stage := opts.stages()
	a, err := Claims(ctx, opts, docs)
	if err != nil {
		return nil, err
	}
	stage("claims and facts")
	a.Entities = claim.ResolveEntities(a.Claims)
	stage("entities")
	ptrs := make([]*claim.Claim, len(a.Claims))
	for i := range a.Claims {
		ptrs[i] = &a.Claims[i]
	}
	sc := align.NewScorerTable(ptrs, a.table)
	a.table = nil
	stage("scorer")
	undated := make(map[string]bool)
	for _, d := range a.Documents {
		if d.Published == "" && d.Retrieved == "" {
			undated[d.ID] = true
		}
	}
	sources := make(map[string]string, len(a.Documents))
	for _, d := range a.Documents {
		sources[d.ID] = d.Source
	}
	// Titles that are not claims (JSON records), read wherever events
	// compare whole articles: undated ones, and dated ones in a small
	// input (align's sameUndated).
	titles := make(map[string]string)
	for _, d := range a.Documents {
		if d.TitleSpan == (corpus.Span{}) && d.Title != "" {
			titles[d.ID] = d.Title
		}
	}
	res, err := align.RunScorer(ctx, sc, align.Options{CannotLink: opts.CannotLink, EventThreshold: opts.EventThreshold,
		Undated: func(doc string) bool { return undated[doc] },
		Title:   func(doc string) string { return titles[doc] },
		Source:  func(doc string) string { return sources[doc] }})
	sc = nil
	if err != nil {
		return nil, err
	}
	stage("events and alignments")
	if opts.Reviews != nil {
		res, a.Reviews = applyReviews(a.Claims, res, opts.Reviews)
		stage("reviews")
	}
	a.Events = res.Events
	a.Alignments = make([]Alignment, len(res.Alignments))
	for i, al := range res.Alignments {
		a.Alignments[i] = Alignment{Alignment: al}
	}
	switch {
	case opts.NoDifferences:
		releaseTokens(a.Claims, nil)
		for i := range a.Alignments {
			a.Alignments[i].Discrepancies, a.Alignments[i].Diffs = []diff.Discrepancy{}, []diff.PairDiff{}
		}
	case dropTokens && opts.DiffsWhileEncoding:
		// The workers that compare the claims tokenise them.
		a.differences(opts)
		stage("differences")
	case dropTokens:
		retokenize(a.Claims, a.Alignments)
		stage("tokens again")
		a.differences(opts)
		stage("differences")
	default:
		releaseTokens(a.Claims, a.Alignments)
		a.differences(opts)
		stage("differences")
	}
	if a.Events == nil {
		a.Events = []align.Event{}
	}
	return a, nil
}

// differences fills the alignments' differences, or starts computing them
// for the JSON encoding (Options.DiffsWhileEncoding).
func (a *Analysis) differences(opts Options) {
	if opts.DiffsWhileEncoding {
		startLazyDifferences(a.Alignments, a.Claims, publishedOf(a.Documents), opts.Workers)
		return
	}
	differences(a.Alignments, a.Claims, a.Documents, opts.Workers)
}

// stages returns a function that reports the wall time since its last
// call to opts.Trace under the stage name given (a no-op without Trace).
func (opts Options) stages() func(string) {
	if opts.Trace == nil {
		return func(string) {}
	}
	last := time.Now()
	return func(name string) {
		now := time.Now()
		opts.Trace(name, now.Sub(last))
		last = now
	}
}

// Alignment is an aligned group of claims with what differs between them.
type Alignment struct {
	align.Alignment
	// Discrepancies are the typed ways the claims disagree, most severe
	// first.
	Discrepancies []diff.Discrepancy `json:"discrepancies"`
	// Diffs are the word-level differences of every two claims from
	// different documents.
	Diffs []diff.PairDiff `json:"diffs"`

	// lazy, when set, computes Discrepancies and Diffs as the alignment
	// is encoded (Options.DiffsWhileEncoding); lazyIndex is its place.
	lazy      *lazyDiffs
	lazyIndex int
}

// releaseTokens drops the tokens of claims in no alignment: only the word
// diffs of aligned claims read them from here on, and on a large corpus
// the tokens of every claim are most of the memory held.
func releaseTokens(claims []claim.Claim, als []Alignment) {
	keep := make(map[string]bool)
	for _, al := range als {
		for _, id := range al.Claims {
			keep[id] = true
		}
	}
	for i := range claims {
		if !keep[claims[i].ID] {
			claims[i].Tokens = nil
		}
	}
}

// retokenize gives the claims of alignments their tokens again (offsets into
// their documents' text, as claim.Split makes them).
func retokenize(claims []claim.Claim, als []Alignment) {
	idx := make(map[string]int, len(claims))
	for i := range claims {
		idx[claims[i].ID] = i
	}
	// Each claim once (a claim may sit in more than one alignment), then
	// tokenised on all cores.
	var todo []int
	seen := make([]bool, len(claims))
	for _, al := range als {
		for _, id := range al.Claims {
			k := idx[id]
			if !seen[k] && claims[k].Tokens == nil {
				seen[k] = true
				todo = append(todo, k)
			}
		}
	}
	parallelFor(len(todo), func(i int) {
		c := &claims[todo[i]]
		c.Tokens = lang.TokenizeAt(c.Text, c.Start)
	})
}

// parallelFor calls f(0) … f(n-1) on all cores, in chunks.
func parallelFor(n int, f func(i int)) {
	const chunk = 256
	workers := min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					return
				}
				for i := lo; i < min(lo+chunk, n); i++ {
					f(i)
				}
			}
		}()
	}
	wg.Wait()
}

// hasCorrections reports whether a review store holds entries that change
// events or alignments (splits, merges, moves), which rebuild the scorer.
func hasCorrections(s *review.Snapshot) bool {
	if s == nil {
		return false
	}
	for _, e := range s.Entries {
		if e.Op != review.OpVerdict && e.Op != review.OpNote && e.Op != review.OpRevoke {
			return true
		}
	}
	return false
}
