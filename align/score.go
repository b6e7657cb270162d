package align

// Pair scores.
//
// Score(a, b) = 0.5·cosine + 0.5·dice + facts, clamped to [0, 1], where
// cosine compares IDF-weighted stem and entity vectors (vector.go), dice
// compares character trigrams (ngram.go), and facts adds a little when the
// two claims agree on who is speaking (+0.08), on a number (+0.05) and on
// the month or day of what they report (+0.08). The
// two lexical measures fail differently — stems miss clitic and spelling
// variation, trigrams over-reward shared function-like words — and their
// mean is steadier than either. Facts only nudge: two outlets that disagree
// on a date or a number are still reporting the same fact, and the
// discrepancy stage must see them aligned to report it.

import (
	"runtime"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claim"
)

// parallel runs f(0..n-1) on all cores.
func parallel(n int, f func(i int)) {
	parallelW(n, func(_, i int) { f(i) })
}

// parallelW is parallel that also passes f its worker w (below
// GOMAXPROCS), for state reused across the calls of one worker.
func parallelW(n int, f func(w, i int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 256 {
		workers = 1
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(w, i)
			}
		}()
	}
	wg.Wait()
}

// Scorer scores claim pairs against the term statistics of one collection
// of claims.
type Scorer struct {
	claims []*claim.Claim
	vocab  *vocab
	vecs   []vector
	tri    [][]uint32
	ivs    []interval
	ivOK   []bool
	model  *Model // nil: DefaultModel (similarityModel)
}

// NewScorer prepares the vectors of claims. Document frequencies are
// counted over these claims, so rarity is relative to what is compared.
func NewScorer(claims []*claim.Claim) *Scorer {
	feats := make([]Features, len(claims))
	parallel(len(claims), func(i int) { feats[i] = FeaturesOf(claims[i]) })
	return NewScorerWith(claims, feats)
}

func (s *Scorer) trigrams(i int) []uint32 { return s.tri[i] }

// Similarity returns the similarity model's reading of claims i and j, in
// [0, 1] (model.go): how related the two statements are, learned from
// rated sentence pairs.
func (s *Scorer) Similarity(i, j int) float64 {
	f := s.Features(i, j)
	return s.similarityModel().Predict(&f)
}

// Score returns the alignment score of claims i and j, in [0, 1]:
// 0.5·cosine + 0.5·dice plus agreements of facts (see the top of this
// file).
func (s *Scorer) Score(i, j int) float64 {
	return s.scoreWith(i, j).of(cosine(s.vecs[i], s.vecs[j]), dice(s.tri[i], s.tri[j]))
}

// scoreFacts are the agreements of facts between two claims that Score
// adds to their word similarity.
type scoreFacts struct{ speaker, number, date bool }

func (s *Scorer) scoreWith(i, j int) scoreFacts { return factsOf(s.claims[i], s.claims[j]) }

// factsOf returns the agreements of facts between claims a and b.
func factsOf(a, b *claim.Claim) scoreFacts {
	return scoreFacts{a.Speaker != "" && a.Speaker == b.Speaker, sharedNumber(a, b), sameHappeningDate(a, b)}
}

// CouldReach reports whether Score of claims a and b, with trigrams ta
// and tb, reaches t were their cosine cosMax. The score grows with the
// cosine, so when cosMax bounds their cosine from above a false answer
// means the score does not reach t; for claims that share no term (no
// stem and no entity ID: a cosine of 0 whatever the weights) CouldReach
// with cosMax 0 is exactly Score >= t. Either way it needs no vectors,
// so a caller can set most pairs aside without a Scorer.
func CouldReach(a, b *claim.Claim, ta, tb []uint32, cosMax, t float64) bool {
	f := factsOf(a, b)
	return diceAtLeast(ta, tb, func(d float64) bool { return f.of(cosMax, d) >= t })
}

// TermWeights calls each with every term of claim i's vector (a content
// stem, or "\x00" and an entity ID) and its weight; the weights' squares
// sum to 1.
func (s *Scorer) TermWeights(i int, each func(term string, w float64)) {
	for _, t := range s.vecs[i] {
		each(s.vocab.terms[t.id], float64(t.w))
	}
}

// of is the score of two claims with these facts, their vectors' cosine
// and their trigrams' Dice coefficient. It does not decrease as either
// grows (each step rounds monotonically).
func (f scoreFacts) of(cos, dice float64) float64 {
	sim := 0.5*cos + 0.5*dice
	if f.speaker {
		sim += 0.08
	}
	if f.number {
		sim += 0.05
	}
	if f.date {
		sim += 0.08
	}
	return min(max(sim, 0), 1)
}

// Verbatim reports whether claims i and j are near-verbatim copies.
func (s *Scorer) Verbatim(i, j int) bool {
	return dice(s.trigrams(i), s.trigrams(j)) >= 0.85
}

// sameHappeningDate reports whether both claims name, as the date of what
// they report, the same month or day (at the coarser precision of the two).
func sameHappeningDate(a, b *claim.Claim) bool {
	for _, x := range a.Dates {
		if x.Role != "on" || len(x.Value) < 7 || strings.Contains(x.Value, "/") {
			continue
		}
		for _, y := range b.Dates {
			if y.Role != "on" || len(y.Value) < 7 || strings.Contains(y.Value, "/") {
				continue
			}
			if strings.HasPrefix(x.Value, y.Value) || strings.HasPrefix(y.Value, x.Value) {
				return true
			}
		}
	}
	return false
}

func sharedNumber(a, b *claim.Claim) bool {
	for _, x := range a.Numbers {
		for _, y := range b.Numbers {
			if x.Value == y.Value && x.Value != 0 {
				return true
			}
		}
	}
	return false
}

// Score returns the similarity of two claims compared on their own (term
// rarity counted over the two). Use a Scorer to compare many.
func Score(a, b *claim.Claim) float64 {
	return NewScorer([]*claim.Claim{a, b}).Score(0, 1)
}
