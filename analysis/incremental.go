package analysis

// Hooks for an incremental analysis (package store): the per-document
// stages on their own, and the differences of a chosen set of alignments.
// A store keeps each document's claims and scoring features, re-clusters
// only the part of the corpus new articles touch, and compares only the
// alignments that are new or changed.

import (
	"context"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/review"
)

// ClaimsAndFeatures runs the per-document stages over docs (as Analyze
// does: language, publication date, claims, facts) and returns the claims
// with their entity IDs as each document gives them (not yet linked across
// documents: see claim.ResolveEntities) and, for each claim, its scoring
// features. Tokens are dropped.
func ClaimsAndFeatures(ctx context.Context, opts Options, docs []*corpus.Document) ([]claim.Claim, []align.Features, error) {
	opts.features, opts.keepTokens = true, false
	opts.NoFacts = false
	a, err := Claims(ctx, opts, docs)
	if err != nil {
		return nil, nil, err
	}
	return a.Claims, a.features, nil
}

// Retokenize gives the claims of als their tokens again, as
// FillDifferences does first: a caller that goes on reading the claims
// while FillDifferences runs on other goroutines calls it beforehand, so
// that the claims are no longer written to meanwhile.
func Retokenize(claims []claim.Claim, als []Alignment) { retokenize(claims, als) }

// FillDifferences gives each alignment its word diffs and typed
// discrepancies. Claims without tokens get them again from their text;
// published returns a document's publication date (relative dates resolve
// against it).
func FillDifferences(als []Alignment, claims []claim.Claim, published func(doc string) string, workers int) {
	retokenize(claims, als)
	differencesWith(als, claims, published, workers)
}

// FillDifferencesStream is FillDifferences (over claims that have their
// tokens: see Retokenize) that says, as it goes, how many of als from the
// first have their differences: each value sent on ready is a larger such
// count, the last len(als); ready is closed at the end. A caller writes
// the first alignments while the later ones are computed.
func FillDifferencesStream(als []Alignment, claims []claim.Claim, published func(doc string) string, workers int, ready chan<- int) {
	defer close(ready)
	byID := make(map[string]*claim.Claim, len(claims))
	for i := range claims {
		byID[claims[i].ID] = &claims[i]
	}
	opts := diff.Options{Published: published}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int, workers)
	finished := make(chan int, workers)
	go func() {
		for i := range als {
			next <- i
		}
		close(next)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fillDifferences(&als[i], byID, opts)
				finished <- i
			}
		}()
	}
	go func() { wg.Wait(); close(finished) }()
	const step = 256
	done := make([]bool, len(als))
	prefix, told := 0, 0
	for i := range finished {
		done[i] = true
		for prefix < len(als) && done[prefix] {
			prefix++
		}
		if prefix-told >= step || prefix == len(als) && told < prefix {
			ready <- prefix
			told = prefix
		}
	}
}

// AttachReviews applies a review store's content to an analysis read from
// an article store (which holds no reviews): the reviewers' corrections
// are re-applied as Analyze re-applies them, and verdicts and notes are
// attached. Alignments a correction made get their differences; the
// others keep theirs. A nil snap attaches nothing.
func AttachReviews(a *Analysis, snap *review.Snapshot, workers int) {
	if snap == nil {
		return
	}
	res := &align.Result{Events: a.Events, Alignments: make([]align.Alignment, len(a.Alignments))}
	byID := make(map[string]Alignment, len(a.Alignments))
	for i, al := range a.Alignments {
		res.Alignments[i] = al.Alignment
		byID[al.ID] = al
	}
	if hasCorrections(snap) {
		// Corrections rebuild the scorer, which reads every claim's tokens.
		parallelFor(len(a.Claims), func(i int) {
			if c := &a.Claims[i]; c.Tokens == nil {
				c.Tokens = lang.TokenizeAt(c.Text, c.Start)
			}
		})
	}
	out, rv := applyReviews(a.Claims, res, snap)
	a.Reviews = rv
	if out == res {
		return
	}
	a.Events = out.Events
	a.Alignments = make([]Alignment, len(out.Alignments))
	var todo []Alignment
	var at []int
	for i, al := range out.Alignments {
		if old, ok := byID[al.ID]; ok {
			old.Alignment = al
			a.Alignments[i] = old
			continue
		}
		todo = append(todo, Alignment{Alignment: al})
		at = append(at, i)
	}
	FillDifferences(todo, a.Claims, publishedOf(a.Documents), workers)
	for k, i := range at {
		a.Alignments[i] = todo[k]
	}
}
