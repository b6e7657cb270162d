package analysis

// Hooks for an incremental analysis (package store): the per-document
// stages on their own, and the differences of a chosen set of alignments.
// A store keeps each document's claims and scoring features, re-clusters
// only the part of the corpus new articles touch, and compares only the
// alignments that are new or changed.

import (
	"context"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
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

// FillDifferences gives each alignment its word diffs and typed
// discrepancies. Claims without tokens get them again from their text;
// published returns a document's publication date (relative dates resolve
// against it).
func FillDifferences(als []Alignment, claims []claim.Claim, published func(doc string) string, workers int) {
	retokenize(claims, als)
	differencesWith(als, claims, published, workers)
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
