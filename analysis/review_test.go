package analysis_test

import (
	"context"
	"testing"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/review"
)

// TestReviewsReapply: a reviewer's "not the same" and a verdict on an
// alignment stick when the analysis runs again.
func TestReviewsReapply(t *testing.T) {
	ctx := context.Background()
	docs, _ := corpus.Load(ctx, []string{corpusDir}, corpus.Options{})
	first, err := analysis.Analyze(ctx, analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	var big *analysis.Alignment
	for i := range first.Alignments {
		if len(first.Alignments[i].Claims) >= 2 {
			big = &first.Alignments[i]
			break
		}
	}
	if big == nil {
		t.Skip("no alignment on the corpus yet")
	}
	text := map[string]string{}
	for _, c := range first.Claims {
		text[c.ID] = c.Text
	}
	ref := func(id string) review.Ref { return review.Ref{ID: id, Text: text[id]} }
	a, b := big.Claims[0], big.Claims[1]

	dir := t.TempDir()
	st, err := review.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Append(review.Entry{Op: review.OpVerdict, Target: a, Text: text[a], Verdict: review.Confirmed, Note: "checked with the agency", Reviewer: "test"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Append(review.Entry{Op: review.OpNotSame, Groups: [][]review.Ref{{ref(a)}, {ref(b)}}, Reviewer: "test"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for run := 0; run < 2; run++ {
		snap, err := review.LoadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		again, err := analysis.Analyze(ctx, analysis.Options{Reviews: snap}, docs)
		if err != nil {
			t.Fatal(err)
		}
		for _, al := range again.Alignments {
			has := map[string]bool{}
			for _, id := range al.Claims {
				has[id] = true
			}
			if has[a] && has[b] {
				t.Errorf("run %d: claims marked not the same are still aligned in %s", run, al.ID)
			}
		}
		if again.Reviews == nil || again.Reviews.State == nil {
			t.Fatalf("run %d: no review state", run)
		}
		v, ok := again.Reviews.State.Verdicts[a]
		if !ok || v.Entry.Verdict != review.Confirmed {
			t.Errorf("run %d: verdict on %s not attached: %+v", run, a, again.Reviews.State.Verdicts)
		}
	}
}
