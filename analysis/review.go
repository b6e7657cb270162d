package analysis

import (
	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/review"
)

// Reviews is what the review store says about this analysis: the verdicts
// and notes attached to its current claims and alignments, the outcome of
// every correction, and what moved or could not be attached.
type Reviews struct {
	State       *review.State
	Outcomes    []review.Outcome
	Corrections review.Report
	Problems    []*review.LineError // unreadable store lines, reported and skipped
}

// applyReviews re-applies the reviewers' corrections (split, merge, move,
// not the same) to the machine's events and alignments, then attaches
// verdicts and notes to the corrected result.
func applyReviews(claims []claim.Claim, res *align.Result, snap *review.Snapshot) (*align.Result, *Reviews) {
	targets := make([]review.Target, len(claims))
	for i, c := range claims {
		targets[i] = review.Target{ID: c.ID, Doc: c.Doc, Text: c.Text}
	}
	rv := &Reviews{Problems: snap.Problems}
	cs, rep := snap.Corrections(targets)
	rv.Corrections = rep
	if len(cs) > 0 {
		groups := make([][]string, len(res.Alignments))
		for i, al := range res.Alignments {
			groups[i] = al.Claims
		}
		eventOf := make(map[string]string)
		for _, ev := range res.Events {
			for _, id := range ev.Claims {
				eventOf[id] = ev.ID
			}
		}
		applied := review.ApplyCorrections(groups, eventOf, cs)
		rv.Outcomes = applied.Outcomes
		res = align.Rebuild(claims, applied.Groups, applied.EventOf)
	}
	als := make([]review.Target, len(res.Alignments))
	for i, al := range res.Alignments {
		als[i] = review.Target{ID: al.ID, Members: al.Claims}
	}
	rv.State = snap.Resolve(targets, als)
	return res, rv
}
