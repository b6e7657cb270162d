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
