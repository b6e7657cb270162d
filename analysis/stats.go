package analysis

import (
	"math"
	"sort"
)

// spearman is the Spearman rank correlation of x and y (ties share their
// mean rank).
func spearman(x, y []float64) float64 {
	return pearson(ranks(x), ranks(y))
}

func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	r := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
			j++
		}
		for k := i; k <= j; k++ {
			r[idx[k]] = float64(i+j) / 2
		}
		i = j + 1
	}
	return r
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	if n == 0 {
		return 0
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sx, sy float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sx += (x[i] - mx) * (x[i] - mx)
		sy += (y[i] - my) * (y[i] - my)
	}
	if sx == 0 || sy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sx*sy)
}

// bestThreshold returns the threshold on score (a multiple of 0.01) that
// gives the best F1 for the positives, and that F1; of equal F1s the
// lowest, for determinism.
func bestThreshold(score []float64, pos []bool) (float64, float64) {
	best, bestF := 0.0, -1.0
	for k := 1; k < 100; k++ {
		t := float64(k) / 100
		if f := f1At(score, pos, t); f > bestF+1e-12 {
			best, bestF = t, f
		}
	}
	return best, bestF
}

// f1At is the F1 of calling score >= t positive.
func f1At(score []float64, pos []bool, t float64) float64 {
	var tp, fp, fn float64
	for i, v := range score {
		switch {
		case v >= t && pos[i]:
			tp++
		case v >= t:
			fp++
		case pos[i]:
			fn++
		}
	}
	if tp == 0 {
		return 0
	}
	return 2 * tp / (2*tp + fp + fn)
}
