package align

import (
	"encoding/json"
	"math"
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
		t.Errorf("8-bit vectors moved a cosine by %.3f", d)
	}
	for _, bad := range []string{
		`{"dim":8,"scale":1,"words":["x"],"idf":[1],"data":"AAA="}`, // 2 bytes for 8
		`{"dim":8,"scale":1,"words":["x"],"idf":[1],"data":"!!"}`,
		`{"dim":0,"scale":1,"words":[],"idf":[],"data":""}`,
	} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("bad vectors %s accepted", bad)
		}
	}
}

func BenchmarkWordVectorsCosine(b *testing.B) {
	ps, y := vecPairs()
	v := TrainWordVectors(ps, y, nil, VecOptions{Dim: 64, Epochs: 5, Rate: 0.02, Seed: 3})
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
		v.Cover(a, c)
	}
}
