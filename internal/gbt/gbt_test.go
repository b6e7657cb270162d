package gbt

import (
	"math"
	"reflect"
	"testing"
)

func TestTrainFitsAStep(t *testing.T) {
	// y is 0.9 when feature 0 is at least 0.5, else 0.1; feature 1 is noise.
	var x [][]float64
	var y []float64
	for i := range 400 {
		f := []float64{float64(i%100) / 100, float64((i*37)%100) / 100}
		x = append(x, f)
		if f[0] >= 0.5 {
			y = append(y, 0.9)
		} else {
			y = append(y, 0.1)
		}
	}
	o := Options{Trees: 60, Depth: 2, Rate: 0.2, MinLeaf: 5}
	e := Train(x, y, o)
	for i := range x {
		if got := e.Predict(x[i]); math.Abs(got-y[i]) > 0.05 {
			t.Fatalf("Predict(%v) = %.3f, want %.2f", x[i], got, y[i])
		}
	}
	if again := Train(x, y, o); !reflect.DeepEqual(e, again) {
		t.Error("Train is not deterministic")
	}
	if err := e.Check(2); err != nil {
		t.Errorf("Check on a trained ensemble: %v", err)
	}
	if err := e.Check(1); err == nil && usesFeature(e, 1) {
		t.Error("Check accepted a feature index beyond the count")
	}
}

func usesFeature(e *Ensemble, f int) bool {
	for _, t := range e.Trees {
		for _, k := range t.Feature {
			if k == f {
				return true
			}
		}
	}
	return false
}

func TestCheckRejects(t *testing.T) {
	tests := []struct {
		name string
		tree Tree
	}{
		{"node points to itself", Tree{Feature: []int{0}, Threshold: []float64{0.5}, Left: []int{0}, Right: []int{0}, Value: []float64{0}}},
		{"arrays of different lengths", Tree{Feature: []int{-1}, Threshold: []float64{}, Left: []int{0}, Right: []int{0}, Value: []float64{0}}},
		{"child outside the tree", Tree{Feature: []int{0, -1}, Threshold: []float64{0.5, 0}, Left: []int{1, 0}, Right: []int{5, 0}, Value: []float64{0, 0}}},
		{"empty tree", Tree{}},
	}
	for _, tt := range tests {
		e := &Ensemble{Trees: []Tree{tt.tree}}
		if err := e.Check(3); err == nil {
			t.Errorf("%s: Check accepted it", tt.name)
		}
	}
}

func TestTrainEmpty(t *testing.T) {
	e := Train(nil, nil, Options{Trees: 3, Depth: 2, Rate: 0.1, MinLeaf: 1})
	if len(e.Trees) != 0 || e.Predict(nil) != 0 {
		t.Errorf("Train on no data = %+v, want an empty ensemble", e)
	}
}

func TestTrainSubsample(t *testing.T) {
	// y is a noisy step of feature 0: each tree grown on half the samples
	// must still find it, the same seed must give the same trees and
	// another seed other trees.
	var x [][]float64
	var y []float64
	for i := range 400 {
		f := []float64{float64(i%100) / 100, float64((i*37)%100) / 100}
		x = append(x, f)
		v := 0.1
		if f[0] >= 0.5 {
			v = 0.9
		}
		y = append(y, v+0.05*float64((i*13)%5-2))
	}
	o := Options{Trees: 80, Depth: 2, Rate: 0.2, MinLeaf: 5, Subsample: 0.5, Seed: 1}
	e := Train(x, y, o)
	if lo, hi := e.Predict([]float64{0.2, 0.5}), e.Predict([]float64{0.8, 0.5}); lo > 0.2 || hi < 0.8 {
		t.Errorf("subsampled boosting predicts %.3f below the step and %.3f above, want about 0.1 and 0.9", lo, hi)
	}
	if again := Train(x, y, o); !reflect.DeepEqual(e, again) {
		t.Error("subsampled Train is not deterministic")
	}
	o.Seed = 2
	if other := Train(x, y, o); reflect.DeepEqual(e, other) {
		t.Error("another seed grew the same trees: the subsample does not depend on the seed")
	}
	o.Subsample = 0
	full := Train(x, y, o)
	o.Seed = 9
	if again := Train(x, y, o); !reflect.DeepEqual(full, again) {
		t.Error("without subsampling the seed changed the trees")
	}
}
