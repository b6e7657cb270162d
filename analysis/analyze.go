package analysis

import (
	"context"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
)

// Analyze runs the whole pipeline over docs: claims and facts, events,
// alignments and their differences.
func Analyze(ctx context.Context, opts Options, docs []*corpus.Document) (*Analysis, error) {
	a, err := Claims(ctx, opts, docs)
	if err != nil {
		return nil, err
	}
	a.Entities = claim.ResolveEntities(a.Claims)
	res, err := align.Run(ctx, a.Claims, align.Options{CannotLink: opts.CannotLink})
	if err != nil {
		return nil, err
	}
	if opts.Reviews != nil {
		res, a.Reviews = applyReviews(a.Claims, res, opts.Reviews)
	}
	a.Events = res.Events
	a.Alignments = make([]Alignment, len(res.Alignments))
	for i, al := range res.Alignments {
		a.Alignments[i] = Alignment{Alignment: al}
	}
	differences(a.Alignments, a.Claims, a.Documents, opts.Workers)
	if a.Events == nil {
		a.Events = []align.Event{}
	}
	return a, nil
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
}
