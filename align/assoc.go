package align

// Learned word associations.
//
// Paraphrases exchange words that no rule of form relates: "رجل" for
// "شخص", "يعزف" for "يلعب", "التقى" for "اجتمع". The model learns such
// pairs from rated sentence pairs: every stem of one sentence that finds
// no match by form in the other (Scorer.Unmatched) is paired with every
// such stem of the other, and each stem pair gathers the ratings of the
// sentence pairs it occurred in. Its weight is that mean rating shrunk
// towards the mean of all pairs (assocPrior pseudo-pairs), kept when its
// weight is above the overall mean: a pair rated low is two unrelated
// words, and one seen once counts for little (assocMinCount 1 and prior 1
// gave the best cross-fitted Spearman on ArNLI's training split, 0.727,
// against 0.709 for a minimum of two and 0.704 for three).
//
// Weights learned from the very pairs a model is fitted on would flatter
// the feature, so training cross-fits: each fifth of the training pairs
// gets its features from associations learned on the other four fifths
// (analysis.TrainSimilarity), and the model keeps the table learned on
// all of them.

import (
	"cmp"
	"encoding/json"
	"math"
	"slices"
)

// Assoc is one learned word association: stems A and B (A < B) and their
// weight.
type Assoc struct {
	A, B string
	W    float64
}

// MarshalJSON writes an association as a three-element array.
func (a Assoc) MarshalJSON() ([]byte, error) {
	return json.Marshal([3]any{a.A, a.B, a.W})
}

// UnmarshalJSON reads an association from a three-element array.
func (a *Assoc) UnmarshalJSON(b []byte) error {
	if tupleScan(b, []*string{&a.A, &a.B}, &a.W) {
		return nil
	}
	var raw [3]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if err := json.Unmarshal(raw[0], &a.A); err != nil {
		return err
	}
	if err := json.Unmarshal(raw[1], &a.B); err != nil {
		return err
	}
	return json.Unmarshal(raw[2], &a.W)
}

const (
	assocPrior    = 1
	assocMinCount = 1
)

// LearnAssoc learns word associations from the unmatched stems of rated
// pairs (unA[k] and unB[k] of a pair rated y[k] in [0, 1]), using only the
// pairs use accepts (all when use is nil).
func LearnAssoc(unA, unB [][]string, y []float64, use func(k int) bool) []Assoc {
	type acc struct {
		n   int
		sum float64
	}
	m := make(map[[2]string]*acc)
	var mean float64
	var count int
	for k := range y {
		if use != nil && !use(k) {
			continue
		}
		mean += y[k]
		count++
		seen := make(map[[2]string]bool)
		for _, a := range unA[k] {
			for _, b := range unB[k] {
				if a == b {
					continue
				}
				key := [2]string{min(a, b), max(a, b)}
				if seen[key] {
					continue
				}
				seen[key] = true
				e := m[key]
				if e == nil {
					e = &acc{}
					m[key] = e
				}
				e.n++
				e.sum += y[k]
			}
		}
	}
	if count == 0 {
		return nil
	}
	mean /= float64(count)
	var out []Assoc
	for k, e := range m {
		if e.n < assocMinCount {
			continue
		}
		w := (e.sum + assocPrior*mean) / (float64(e.n) + assocPrior)
		if w <= mean {
			continue
		}
		out = append(out, Assoc{A: k[0], B: k[1], W: math.Round(w*1000) / 1000})
	}
	slices.SortFunc(out, func(x, y Assoc) int {
		if c := cmp.Compare(x.A, y.A); c != 0 {
			return c
		}
		return cmp.Compare(x.B, y.B)
	})
	return out
}

// indexAssoc builds the lookup of m's associations.
func (m *Model) indexAssoc() {
	m.assocIndex = make(map[[2]string]float64, len(m.Assoc))
	for _, a := range m.Assoc {
		m.assocIndex[[2]string{a.A, a.B}] = a.W
	}
}

// assoc is the learned association of stems x and y, 0 when none.
func (m *Model) assoc(x, y string) float64 {
	if len(m.assocIndex) == 0 {
		return 0
	}
	if y < x {
		x, y = y, x
	}
	return m.assocIndex[[2]string{x, y}]
}

// WithAssoc returns a copy of m that uses the associations as instead of
// its own.
func (m *Model) WithAssoc(as []Assoc) *Model {
	c := *m
	c.Assoc = as
	c.indexAssoc()
	return &c
}

// Text returns the text of claim i.
func (s *Scorer) Text(i int) string { return s.claims[i].Text }

// SetModel makes s score with m.
func (s *Scorer) SetModel(m *Model) { s.model = m }

// similarityModel is the model s scores with: the one SetModel gave, else
// DefaultModel, decoded only when a similarity is first asked for (the
// alignment scores never read it, and a run of analyze or a store update
// asks for none).
func (s *Scorer) similarityModel() *Model {
	if s.model != nil {
		return s.model
	}
	return DefaultModel()
}
