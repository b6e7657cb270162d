// Package gbt fits and evaluates small gradient-boosted regression trees:
// least-squares boosting over dense feature vectors, deterministic (the
// same data gives the same trees, bit for bit), stored as plain JSON
// arrays. claimdiff's learned scorers (align's similarity model, diff's
// substitution gate) are ensembles of this kind: a few hundred shallow
// trees over a dozen features, small enough to commit and to read.
package gbt

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// Ensemble is a fitted model: Base plus Rate times the sum of the trees.
type Ensemble struct {
	Base  float64 `json:"base"` // the prediction before any tree
	Rate  float64 `json:"rate"` // shrinkage applied to every tree
	Trees []Tree  `json:"trees"`
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

// Options are the boosting settings.
type Options struct {
	Trees   int     // number of trees
	Depth   int     // depth of each tree
	Rate    float64 // shrinkage
	MinLeaf int     // fewest samples in a leaf
	// Subsample, when in (0, 1), is the share of the samples each tree is
	// grown on (stochastic gradient boosting, Friedman 2002): a fresh
	// draw per tree from a generator seeded by Seed, so training stays
	// deterministic. 0 grows every tree on all samples.
	Subsample float64
	Seed      uint64
}

// Predict returns the ensemble's output for features x (not clamped).
func (e *Ensemble) Predict(x []float64) float64 {
	y := e.Base
	for t := range e.Trees {
		y += e.Rate * e.Trees[t].Eval(x)
	}
	return y
}

// Eval returns the tree's leaf value for x.
func (t *Tree) Eval(x []float64) float64 {
	k := 0
	for t.Feature[k] >= 0 {
		if x[t.Feature[k]] < t.Threshold[k] {
			k = t.Left[k]
		} else {
			k = t.Right[k]
		}
	}
	return t.Value[k]
}

// Check reports whether every tree is well formed for n features: arrays
// of one length, children after their parent and inside the tree.
func (e *Ensemble) Check(n int) error {
	for i, t := range e.Trees {
		m := len(t.Feature)
		if m == 0 || len(t.Threshold) != m || len(t.Left) != m || len(t.Right) != m || len(t.Value) != m {
			return fmt.Errorf("tree %d is malformed", i)
		}
		for k := range m {
			if t.Feature[k] >= n || t.Feature[k] >= 0 && (t.Left[k] <= k || t.Right[k] <= k || t.Left[k] >= m || t.Right[k] >= m) {
				return fmt.Errorf("tree %d node %d is malformed", i, k)
			}
		}
	}
	return nil
}

// Train fits an ensemble to features x (each of the same length) and
// targets y by gradient boosting with least squares.
func Train(x [][]float64, y []float64, o Options) *Ensemble {
	e := &Ensemble{Rate: o.Rate}
	if len(y) == 0 {
		return e
	}
	nf := len(x[0])
	var mean float64
	for _, v := range y {
		mean += v
	}
	e.Base = round6(mean / float64(len(y)))
	pred := make([]float64, len(y))
	for i := range pred {
		pred[i] = e.Base
	}
	// Candidate thresholds per feature: midpoints between distinct values
	// (about 64 by quantile; at most 126, below 127 distinct values).
	cuts := make([][]float64, nf)
	for f := range nf {
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
	// Each sample's bin per feature: how many of the feature's cuts are at
	// or below its value, so that x < cuts[k] exactly when bin <= k.
	bins := make([][]uint8, len(x))
	for i := range x {
		bins[i] = make([]uint8, nf)
		for f := range nf {
			bins[i][f] = uint8(sort.Search(len(cuts[f]), func(k int) bool { return cuts[f][k] > x[i][f] }))
		}
	}
	resid := make([]float64, len(y))
	all := make([]int, len(y))
	for i := range all {
		all[i] = i
	}
	g := &grower{x: x, r: resid, bins: bins, cuts: cuts, minLeaf: o.MinLeaf}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x5851f42d4c957f2d))
	var some []int
	for range o.Trees {
		for i := range y {
			resid[i] = y[i] - pred[i]
		}
		rows := all
		if o.Subsample > 0 && o.Subsample < 1 {
			some = some[:0]
			for i := range all {
				if rng.Float64() < o.Subsample {
					some = append(some, i)
				}
			}
			rows = some
		}
		t := &Tree{}
		g.grow(t, rows, o.Depth)
		e.Trees = append(e.Trees, *t)
		for i := range y {
			pred[i] += e.Rate * t.Eval(x[i])
		}
	}
	return e
}

// grower holds what growing a tree reads: the samples, their residuals r,
// their bins and the candidate cuts per feature.
type grower struct {
	x       [][]float64
	r       []float64
	bins    [][]uint8
	cuts    [][]float64
	minLeaf int
	sum     [256]float64 // per-bin residual sums of one feature
	cnt     [256]int     // per-bin sample counts
}

// grow adds to t a node for the samples idx, split greedily by least
// squares to depth more levels, and returns its index. For each feature
// the residuals are summed per bin in one pass, and every cut is scored
// from the running sums.
func (g *grower) grow(t *Tree, idx []int, depth int) int {
	k := len(t.Feature)
	var sum float64
	for _, i := range idx {
		sum += g.r[i]
	}
	t.Feature = append(t.Feature, -1)
	t.Threshold = append(t.Threshold, 0)
	t.Left = append(t.Left, 0)
	t.Right = append(t.Right, 0)
	t.Value = append(t.Value, round6(sum/float64(max(len(idx), 1))))
	if depth == 0 || len(idx) < 2*g.minLeaf {
		return k
	}
	n := float64(len(idx))
	bestGain, bestF, bestT := 1e-9, -1, 0.0
	for f := range g.cuts {
		nc := len(g.cuts[f])
		if nc == 0 {
			continue
		}
		clear(g.sum[:nc+1])
		clear(g.cnt[:nc+1])
		for _, i := range idx {
			b := g.bins[i][f]
			g.sum[b] += g.r[i]
			g.cnt[b]++
		}
		var ls float64
		ln := 0
		for c := range nc {
			ls += g.sum[c]
			ln += g.cnt[c]
			rn := len(idx) - ln
			if ln < g.minLeaf || rn < g.minLeaf {
				continue
			}
			rs := sum - ls
			gain := ls*ls/float64(ln) + rs*rs/float64(rn) - sum*sum/n
			if gain > bestGain {
				bestGain, bestF, bestT = gain, f, g.cuts[f][c]
			}
		}
	}
	if bestF < 0 {
		return k
	}
	var left, right []int
	for _, i := range idx {
		if g.x[i][bestF] < bestT {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	t.Feature[k], t.Threshold[k] = bestF, bestT
	l := g.grow(t, left, depth-1)
	rr := g.grow(t, right, depth-1)
	t.Left[k], t.Right[k] = l, rr
	return k
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }
