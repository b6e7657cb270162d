package align

// Learned costs of unmatched words.
//
// Two sentences that differ in one word are as related as that word lets
// them be: "a man plays a guitar" and "a person plays a guitar" say one
// thing, "a man plays a guitar" and "a man plays a flute" do not. How much
// a word's absence costs is learned from rated sentence pairs: every stem
// left unmatched in a pair (Scorer.Unmatched, on either side) gathers the
// pair's rating, and its rating is the mean shrunk towards the mean of all
// pairs (ratingPrior pseudo-pairs). Stems never seen unmatched get that
// overall mean (Model.RatingPrior). The pair features gap_min and gap_mean
// read these ratings (features_pair.go).
//
// On ArNLI the two features raised the development Spearman from 0.679 to
// 0.701 (cross-fitted training features, as for the associations; a
// prior of two pseudo-pairs, not tuned).

import (
	"cmp"
	"encoding/json"
	"math"
	"slices"
)

// ratingPrior is how many pseudo-pairs at the overall mean each stem's
// rating starts with.
const ratingPrior = 2

// WordRating is the learned mean rating of the pairs in which a stem was
// left unmatched.
type WordRating struct {
	Stem string
	R    float64
}

// MarshalJSON writes a rating as a two-element array.
func (w WordRating) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]any{w.Stem, w.R})
}

// UnmarshalJSON reads a rating from a two-element array.
func (w *WordRating) UnmarshalJSON(b []byte) error {
	if tupleScan(b, []*string{&w.Stem}, &w.R) {
		return nil
	}
	var raw [2]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if err := json.Unmarshal(raw[0], &w.Stem); err != nil {
		return err
	}
	return json.Unmarshal(raw[1], &w.R)
}

// LearnRatings learns the unmatched-word ratings from rated pairs (unA[k]
// and unB[k], the unmatched stems of a pair rated y[k]), using only the
// pairs use accepts (all when use is nil). It returns the ratings, sorted
// by stem, and the overall mean rating.
func LearnRatings(unA, unB [][]string, y []float64, use func(k int) bool) ([]WordRating, float64) {
	type acc struct {
		n   int
		sum float64
	}
	m := make(map[string]*acc)
	var mean float64
	var count int
	seen := make(map[string]bool)
	for k := range y {
		if use != nil && !use(k) {
			continue
		}
		mean += y[k]
		count++
		clear(seen)
		for _, side := range [2][]string{unA[k], unB[k]} {
			for _, w := range side {
				if seen[w] {
					continue
				}
				seen[w] = true
				e := m[w]
				if e == nil {
					e = &acc{}
					m[w] = e
				}
				e.n++
				e.sum += y[k]
			}
		}
	}
	if count == 0 {
		return nil, 0
	}
	mean /= float64(count)
	out := make([]WordRating, 0, len(m))
	for w, e := range m {
		r := (e.sum + ratingPrior*mean) / (float64(e.n) + ratingPrior)
		out = append(out, WordRating{Stem: w, R: math.Round(r*1000) / 1000})
	}
	slices.SortFunc(out, func(x, y WordRating) int { return cmp.Compare(x.Stem, y.Stem) })
	return out, math.Round(mean*1000) / 1000
}

// indexRatings builds the lookup of m's word ratings.
func (m *Model) indexRatings() {
	m.ratingIndex = make(map[string]float64, len(m.Ratings))
	for _, r := range m.Ratings {
		m.ratingIndex[r.Stem] = r.R
	}
}

// rating is the learned rating of stem x left unmatched: its own when the
// model learned one, the prior otherwise.
func (m *Model) rating(x string) float64 {
	if r, ok := m.ratingIndex[x]; ok {
		return r
	}
	return m.RatingPrior
}

// WithRatings returns a copy of m that uses the ratings rs and prior
// instead of its own.
func (m *Model) WithRatings(rs []WordRating, prior float64) *Model {
	c := *m
	c.Ratings, c.RatingPrior = rs, prior
	c.indexRatings()
	return &c
}
