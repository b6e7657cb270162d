package align

// The similarity model.
//
// A claim pair's similarity is a small learned function of its pair
// features (features_pair.go): gradient-boosted regression trees, fitted by
// least squares to human relatedness judgements rescaled to [0, 1]. Trees
// take what no weighted sum can — a high coverage counts for little when
// the claims' lengths differ fivefold, negation lowers nothing when the
// rest matches — and stay small (a few hundred nodes, a few kilobytes of
// JSON). The fitted model is embedded (similarity.json); it names the data
// it was trained on, that data's licence, the command and the date, and
// the command reproduces it exactly (scripts/train-similarity, and the
// test that reruns it).

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
)

// Model is a fitted similarity model.
type Model struct {
	About    ModelAbout `json:"about"`
	Features []string   `json:"features"`
	Base     float64    `json:"base"` // the prediction before any tree
	Rate     float64    `json:"rate"` // shrinkage applied to every tree
	// Threshold is the output at or above which two claims state the
	// same fact, chosen with the model (best F1 on its training pairs).
	Threshold float64 `json:"threshold"`
	// Assoc lists learned word associations: two stems that paraphrases
	// exchange, with a weight in [0, 1] (see assoc.go).
	Assoc []Assoc `json:"assoc"`
	Trees []Tree  `json:"trees"`

	assocIndex map[[2]string]float64
}

// ModelAbout says where a model came from.
type ModelAbout struct {
	Data    string `json:"data"`
	Licence string `json:"licence"`
	Command string `json:"command"`
	Date    string `json:"date"`
	Target  string `json:"target"`
	// Figures are the scores the model had when it was made, e.g.
	// "dev_spearman": 0.78.
	Figures map[string]float64 `json:"figures,omitempty"`
}

// Tree is a regression tree in arrays: node k splits on Feature[k] at
// Threshold[k] (x < threshold goes to Left[k], else Right[k]), or is a leaf
// with Value[k] when Feature[k] is -1.
type Tree struct {
	Feature   []int     `json:"feature"`
	Threshold []float64 `json:"threshold"`
	Left      []int     `json:"left"`
	Right     []int     `json:"right"`
	Value     []float64 `json:"value"`
}

// Predict returns the model's output for features f, clamped to [0, 1].
func (m *Model) Predict(f *[NumFeatures]float64) float64 {
	y := m.Base
	for t := range m.Trees {
		y += m.Rate * m.Trees[t].eval(f)
	}
	return min(max(y, 0), 1)
}

func (t *Tree) eval(f *[NumFeatures]float64) float64 {
	k := 0
	for t.Feature[k] >= 0 {
		if f[t.Feature[k]] < t.Threshold[k] {
			k = t.Left[k]
		} else {
			k = t.Right[k]
		}
	}
	return t.Value[k]
}

// Check reports whether m can be used with this build's features, and
// indexes its word associations.
func (m *Model) Check() error {
	m.indexAssoc()
	if !slices.Equal(m.Features, FeatureNames[:]) {
		return fmt.Errorf("similarity model: features %v, this build computes %v", m.Features, FeatureNames)
	}
	for i, t := range m.Trees {
		n := len(t.Feature)
		if n == 0 || len(t.Threshold) != n || len(t.Left) != n || len(t.Right) != n || len(t.Value) != n {
			return fmt.Errorf("similarity model: tree %d is malformed", i)
		}
		for k := range n {
			if t.Feature[k] >= NumFeatures || t.Feature[k] >= 0 && (t.Left[k] <= k || t.Right[k] <= k || t.Left[k] >= n || t.Right[k] >= n) {
				return fmt.Errorf("similarity model: tree %d node %d is malformed", i, k)
			}
		}
	}
	return nil
}

//go:embed similarity.json
var modelJSON []byte

// DefaultModel is the embedded model (similarity.json). DefaultModelErr
// says why it could not be used, when it could not: then DefaultModel is
// an empty model that scores every pair 0, which only a build whose
// features changed since the model was trained can see (a test fails on
// it, and scripts/train-similarity makes a fitting one).
var DefaultModel, DefaultModelErr = func() (*Model, error) {
	var m Model
	err := json.Unmarshal(modelJSON, &m)
	if err == nil {
		err = m.Check()
	}
	if err != nil {
		empty := &Model{Features: FeatureNames[:]}
		empty.indexAssoc()
		return empty, fmt.Errorf("embedded similarity.json: %w", err)
	}
	return &m, nil
}()

// TrainOptions are the boosting settings.
type TrainOptions struct {
	Trees   int     // number of trees
	Depth   int     // depth of each tree
	Rate    float64 // shrinkage
	MinLeaf int     // fewest samples in a leaf
}

// DefaultTrainOptions are the settings similarity.json was made with.
var DefaultTrainOptions = TrainOptions{Trees: 200, Depth: 3, Rate: 0.06, MinLeaf: 20}

// Train fits a model to features x and targets y (in [0, 1]) by gradient
// boosting with least squares. It is deterministic: the same data gives the
// same model, bit for bit.
func Train(x [][NumFeatures]float64, y []float64, o TrainOptions) *Model {
	m := &Model{Features: FeatureNames[:], Rate: o.Rate, Assoc: []Assoc{}}
	if len(y) == 0 {
		return m
	}
	var mean float64
	for _, v := range y {
		mean += v
	}
	mean /= float64(len(y))
	m.Base = round6(mean)
	pred := make([]float64, len(y))
	for i := range pred {
		pred[i] = m.Base
	}
	// Candidate thresholds per feature: midpoints between distinct values
	// (at most 64, by quantile).
	cuts := make([][]float64, NumFeatures)
	for f := range NumFeatures {
		vals := make([]float64, len(x))
		for i := range x {
			vals[i] = x[i][f]
		}
		sort.Float64s(vals)
		vals = slices.Compact(vals)
		step := max(1, len(vals)/64)
		for k := step; k < len(vals); k += step {
			cuts[f] = append(cuts[f], round6((vals[k-1]+vals[k])/2))
		}
	}
	resid := make([]float64, len(y))
	all := make([]int, len(y))
	for i := range all {
		all[i] = i
	}
	for range o.Trees {
		for i := range y {
			resid[i] = y[i] - pred[i]
		}
		t := &Tree{}
		grow(t, x, resid, all, cuts, o.Depth, o.MinLeaf)
		m.Trees = append(m.Trees, *t)
		for i := range y {
			pred[i] += m.Rate * t.eval(&x[i])
		}
	}
	return m
}

// grow adds to t a node for the samples idx, split greedily by least
// squares to depth more levels, and returns its index.
func grow(t *Tree, x [][NumFeatures]float64, r []float64, idx []int, cuts [][]float64, depth, minLeaf int) int {
	k := len(t.Feature)
	var sum float64
	for _, i := range idx {
		sum += r[i]
	}
	t.Feature = append(t.Feature, -1)
	t.Threshold = append(t.Threshold, 0)
	t.Left = append(t.Left, 0)
	t.Right = append(t.Right, 0)
	t.Value = append(t.Value, round6(sum/float64(max(len(idx), 1))))
	if depth == 0 || len(idx) < 2*minLeaf {
		return k
	}
	n := float64(len(idx))
	bestGain, bestF, bestT := 1e-9, -1, 0.0
	for f := range NumFeatures {
		for _, c := range cuts[f] {
			var ls float64
			ln := 0
			for _, i := range idx {
				if x[i][f] < c {
					ls += r[i]
					ln++
				}
			}
			rn := len(idx) - ln
			if ln < minLeaf || rn < minLeaf {
				continue
			}
			rs := sum - ls
			gain := ls*ls/float64(ln) + rs*rs/float64(rn) - sum*sum/n
			if gain > bestGain {
				bestGain, bestF, bestT = gain, f, c
			}
		}
	}
	if bestF < 0 {
		return k
	}
	var left, right []int
	for _, i := range idx {
		if x[i][bestF] < bestT {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	t.Feature[k], t.Threshold[k] = bestF, bestT
	l := grow(t, x, r, left, cuts, depth-1, minLeaf)
	rr := grow(t, x, r, right, cuts, depth-1, minLeaf)
	t.Left[k], t.Right[k] = l, rr
	return k
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }
