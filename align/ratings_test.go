package align

import (
	"math"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

func TestLearnRatings(t *testing.T) {
	// Three rated pairs: swapping "رجل" for "شخص" keeps the meaning (1.0),
	// swapping the instrument does not (0.2, 0.3).
	unA := [][]string{{"رجل"}, {"جيتار"}, {"جيتار", "جيتار"}}
	unB := [][]string{{"شخص"}, {"ناي"}, {"بيانو"}}
	y := []float64{1, 0.2, 0.3}
	rs, prior := LearnRatings(unA, unB, y, nil)
	if want := 0.5; math.Abs(prior-want) > 1e-9 {
		t.Errorf("prior %v, want %v", prior, want)
	}
	got := map[string]float64{}
	for _, r := range rs {
		got[r.Stem] = r.R
	}
	for _, c := range []struct {
		stem string
		want float64
	}{
		{"رجل", (1 + 2*0.5) / 3},           // one pair, shrunk towards 0.5
		{"جيتار", (0.2 + 0.3 + 2*0.5) / 4}, // counted once per pair
		{"بيانو", (0.3 + 2*0.5) / 3},
	} {
		if math.Abs(got[c.stem]-c.want) > 0.001 {
			t.Errorf("rating of %s = %v, want %.3f", c.stem, got[c.stem], c.want)
		}
	}
	if got["رجل"] <= got["جيتار"] {
		t.Errorf("a word paraphrases swap should cost less than one they do not: رجل %v, جيتار %v", got["رجل"], got["جيتار"])
	}
	// Held-out pairs teach nothing.
	rs, _ = LearnRatings(unA, unB, y, func(k int) bool { return k != 0 })
	for _, r := range rs {
		if r.Stem == "رجل" || r.Stem == "شخص" {
			t.Errorf("rating learned from a held-out pair: %v", r)
		}
	}
}

func TestGapFeatures(t *testing.T) {
	mk := func(text string) *claim.Claim {
		return &claim.Claim{Text: text, End: len(text), Tokens: lang.Tokenize(text)}
	}
	cs := []*claim.Claim{
		mk("رجل يعزف على الجيتار"), mk("رجل يعزف على الناي"),
		mk("رجل يعزف على الجيتار"), mk("رجل يعزف على الجيتار"),
	}
	s := NewScorer(cs)
	stem := func(w string) string { return lang.Tokenize(w)[0].Stem }
	m := DefaultModel().WithRatings([]WordRating{{stem("الجيتار"), 0.2}, {stem("الناي"), 0.4}}, 0.6)
	s.SetModel(m)
	f := s.Features(0, 1)
	if f[fGapMin] != 0.2 || math.Abs(f[fGapMean]-0.3) > 1e-9 {
		t.Errorf("changed instrument: gap_min %v gap_mean %v, want 0.2 and 0.3", f[fGapMin], f[fGapMean])
	}
	f = s.Features(2, 3)
	if f[fGapMin] != 1 || f[fGapMean] != 0.6 {
		t.Errorf("same sentence: gap_min %v gap_mean %v, want 1 and the prior 0.6", f[fGapMin], f[fGapMean])
	}
}
