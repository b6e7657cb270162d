package align

import (
	"encoding/json"
	"math"
	"slices"
	"testing"
)

// vecPairs are rated sentence pairs (stems) in which "قطه" and "هره"
// (two words for a cat) replace each other in paraphrases, and
// "جيتار" and "بطاطس" only meet in unrelated sentences.
func vecPairs() ([][2][]string, []float64) {
	var ps [][2][]string
	var y []float64
	for _, verb := range []string{"تلعب", "تنام", "تجري", "تاكل", "تقفز", "تجلس"} {
		ps = append(ps, [2][]string{{"قطه", verb}, {"هره", verb}})
		y = append(y, 1)
		ps = append(ps, [2][]string{{"رجل", "يعزف", "جيتار", verb}, {"امراه", "تقشر", "بطاطس"}})
		y = append(y, 0)
	}
	return ps, y
}

func TestTrainWordVectors(t *testing.T) {
	ps, y := vecPairs()
	o := VecOptions{Dim: 8, Epochs: 60, Rate: 0.02, Seed: 3}
	v := TrainWordVectors(ps, y, nil, o)
	v2 := TrainWordVectors(ps, y, nil, o)
	for i := range v.Vecs {
		if v.Vecs[i] != v2.Vecs[i] {
			t.Fatal("training is not deterministic")
		}
	}
	cat := v.Cosine([]string{"قطه", "تنام"}, []string{"هره", "تنام"})
	far := v.Cosine([]string{"رجل", "يعزف", "جيتار"}, []string{"امراه", "تقشر", "بطاطس"})
	if cat < 0.8 || far > 0.3 {
		t.Errorf("paraphrase cosine %.2f (want ≥ 0.8), unrelated %.2f (want ≤ 0.3)", cat, far)
	}
	if c := v.Cosine([]string{"قطه"}, []string{"مجهول"}); c != 0 {
		t.Errorf("a sentence with no known word scores %v, want 0", c)
	}
	// Each stem counts once, and the learned neighbour covers its partner.
	if a, b := v.Cosine([]string{"قطه", "قطه", "تنام"}, []string{"هره", "تنام"}), cat; math.Abs(a-b) > 1e-12 {
		t.Errorf("repeated stem changed the cosine: %v against %v", a, b)
	}
	if c := v.Cover([]string{"قطه"}, []string{"هره"}); c < 0.8 {
		t.Errorf("cover of a learned synonym %.2f, want ≥ 0.8", c)
	}
	// Held-out pairs teach nothing: the unrelated pairs' words are unknown.
	v3 := TrainWordVectors(ps, y, func(k int) bool { return y[k] == 1 }, o)
	if _, ok := v3.index["جيتار"]; ok {
		t.Error("a word of a held-out pair got a vector")
	}
}

func TestWordVectorsJSON(t *testing.T) {
	ps, y := vecPairs()
	v := TrainWordVectors(ps, y, nil, VecOptions{Dim: 8, Epochs: 20, Rate: 0.02, Seed: 3})
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var back WordVectors
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Words) != len(v.Words) || back.Dim != v.Dim {
		t.Fatalf("round trip: %d words of %d, want %d of %d", len(back.Words), back.Dim, len(v.Words), v.Dim)
	}
	a := []string{"قطه", "تنام"}
	c := []string{"هره", "تنام"}
	if d := math.Abs(v.Cosine(a, c) - back.Cosine(a, c)); d > 0.02 {
		t.Errorf("6-bit vectors moved a cosine by %.3f", d)
	}
	for _, bad := range []string{
		`{"dim":8,"scale":1,"words":["x"],"idf":[1],"data":"AAA="}`, // 2 bytes for 8
		`{"dim":8,"scale":1,"words":["x"],"idf":[1],"data":"!!"}`,
		`{"dim":0,"scale":1,"words":[],"idf":[],"data":""}`,
		`{"dim":1,"bits":6,"scale":1,"words":["x"],"idf":[1],"data":"!"}`, // no base64 digit
		`{"dim":1,"bits":7,"scale":1,"words":["x"],"idf":[1],"data":"A"}`,
		`{"dim":2,"bits":6,"scale":1,"words":["x"],"idf":[1],"data":"A"}`, // one value for two
	} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("bad vectors %s accepted", bad)
		}
	}
}

// TestWordVectorHeads: a model of three heads is three single-head models
// from consecutive seeds, and its features are their means.
func TestWordVectorHeads(t *testing.T) {
	ps, y := vecPairs()
	o := VecOptions{Dim: 8, Epochs: 30, Rate: 0.02, Seed: 3, Heads: 3}
	v := TrainWordVectors(ps, y, nil, o)
	if v.Heads != 3 || len(v.Vecs) != 3*8*len(v.Words) {
		t.Fatalf("%d heads, %d values for %d words, want 3 heads of 8 values", v.Heads, len(v.Vecs), len(v.Words))
	}
	a, b := []string{"قطه", "تنام", "رجل"}, []string{"هره", "تنام"}
	var cos, lo, hi float64
	for h := range 3 {
		one := TrainWordVectors(ps, y, nil, VecOptions{Dim: 8, Epochs: 30, Rate: 0.02, Seed: 3 + uint64(h)})
		for i := range v.Words {
			if !slices.Equal(one.row(0, i), v.row(h, i)) {
				t.Fatalf("head %d differs from a single-head model of seed %d", h, 3+h)
			}
		}
		cos += one.Cosine(a, b) / 3
		x, z := one.Cover(a, b), one.Cover(b, a)
		lo += min(x, z) / 3
		hi += max(x, z) / 3
	}
	if got := v.Cosine(a, b); math.Abs(got-cos) > 1e-9 {
		t.Errorf("Cosine %.6f, want the heads' mean %.6f", got, cos)
	}
	if gl, gh := v.CoverMinMax(a, b); math.Abs(gl-lo) > 1e-9 || math.Abs(gh-hi) > 1e-9 {
		t.Errorf("CoverMinMax %.6f, %.6f, want the heads' means %.6f, %.6f", gl, gh, lo, hi)
	}
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var back WordVectors
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if back.Heads != 3 || math.Abs(back.Cosine(a, b)-cos) > 0.03 {
		t.Errorf("round trip: %d heads, cosine %.3f, want 3 and about %.3f", back.Heads, back.Cosine(a, b), cos)
	}
	bad := `{"dim":2,"heads":2,"scale":1,"words":["x"],"idf":[1],"data":"AAA="}`
	if err := json.Unmarshal([]byte(bad), &back); err == nil {
		t.Error("two heads stored with the values of one were accepted")
	}
}

func TestWordVectorsKnown(t *testing.T) {
	ps, y := vecPairs()
	v := TrainWordVectors(ps, y, nil, VecOptions{Dim: 8, Epochs: 5, Rate: 0.02, Seed: 3})
	tests := []struct {
		stems []string
		want  float64
	}{
		{[]string{"قطه", "تنام"}, 1},
		{[]string{"قطه", "زرافه"}, 0.5},        // a giraffe never met in training
		{[]string{"قطه", "قطه", "زرافه"}, 0.5}, // each stem counts once
		{[]string{"زرافه"}, 0},
		{nil, 0},
	}
	for _, tt := range tests {
		if got := v.Known(tt.stems); got != tt.want {
			t.Errorf("Known(%q) = %v, want %v", tt.stems, got, tt.want)
		}
	}
}

func BenchmarkWordVectorsCosine(b *testing.B) {
	ps, y := vecPairs()
	v := TrainWordVectors(ps, y, nil, VecOptions{Dim: 64, Epochs: 5, Rate: 0.02, Seed: 3, Heads: DefaultVecOptions.Heads})
	a := []string{"رجل", "يعزف", "جيتار", "تنام", "قطه"}
	c := []string{"امراه", "تقشر", "بطاطس", "هره", "تجري"}
	b.ReportAllocs()
	n := 0
	for _, w := range append(a, c...) {
		n += len(w)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		v.Cosine(a, c)
		v.CoverMinMax(a, c)
		v.Known(a)
	}
}
