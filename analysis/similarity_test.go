package analysis

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/diff"
)

// benchDir is the shared benchmarks folder beside the repository.
const benchDir = "../../shared/benchmarks"

// TestTrainSimilarityReproduces reruns scripts/train-similarity's training
// and compares the result with the embedded align/similarity.json: the
// committed model is what the command makes from the data it names.
func TestTrainSimilarityReproduces(t *testing.T) {
	if _, err := os.Stat(filepath.Join(benchDir, "arnli", SimilarityTrainFile)); err != nil {
		t.Skipf("no benchmarks at %s: %v", benchDir, err)
	}
	if testing.Short() {
		t.Skip("training takes seconds; skipped with -short")
	}
	m, err := TrainSimilarity(context.Background(), benchDir, align.DefaultTrainOptions)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../align/similarity.json")
	if err != nil {
		t.Fatal(err)
	}
	var old align.Model
	if err := json.Unmarshal(committed, &old); err != nil {
		t.Fatal(err)
	}
	m.About.Data, m.About.Licence, m.About.Command, m.About.Date = old.About.Data, old.About.Licence, old.About.Command, old.About.Date
	got, err := MarshalModel(m)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Errorf("training gives another model than align/similarity.json (figures now %v, committed %v); rerun go run ./scripts/train-similarity",
			m.About.Figures, old.About.Figures)
	}
}

func TestReadArNLIErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("t,h,label\nأ,ب,1\n"), 0o644)
	if _, err := ReadArNLI(bad); err == nil {
		t.Error("ReadArNLI accepted a file without relatedness_score")
	}
	if _, err := ReadArNLI(filepath.Join(dir, "missing.csv")); err == nil {
		t.Error("ReadArNLI accepted a missing file")
	}
	good := filepath.Join(dir, "good.csv")
	os.WriteFile(good, []byte("t,h,label,relatedness_score\nرجل يعزف,شخص يعزف,1,4.6\n"), 0o644)
	ps, err := ReadArNLI(good)
	if err != nil || len(ps) != 1 || math.Abs(ps[0].Score-0.9) > 1e-9 || ps[0].Label != "entailment" {
		t.Errorf("ReadArNLI = %+v, %v; want one entailment pair scored 0.9", ps, err)
	}
}

func TestSpearman(t *testing.T) {
	tests := []struct {
		x, y []float64
		want float64
	}{
		{[]float64{1, 2, 3, 4}, []float64{10, 20, 30, 40}, 1},
		{[]float64{1, 2, 3, 4}, []float64{4, 3, 2, 1}, -1},
		{[]float64{1, 1, 2, 2}, []float64{1, 1, 2, 2}, 1},
		{[]float64{1, 2}, []float64{5, 5}, 0},
	}
	for _, tt := range tests {
		if got := spearman(tt.x, tt.y); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("spearman(%v, %v) = %.3f, want %.3f", tt.x, tt.y, got, tt.want)
		}
	}
}

// TestPairsSame: paraphrases and contradictions of one news fact are the
// same fact; two facts on other subjects are not.
func TestPairsSame(t *testing.T) {
	in := []PairInput{
		{ID: "paraphrase", A: "التقى وزير الخارجية السعودي نظيره الأردني في الرياض", B: "استقبل وزير الخارجية السعودي في الرياض نظيره الأردني"},
		{ID: "number", A: "قتل 12 شخصاً في انفجار سيارة مفخخة في بغداد", B: "قتل 15 شخصاً في انفجار سيارة مفخخة في بغداد"},
		{ID: "negation", A: "وافق البرلمان على قانون الانتخابات الجديد", B: "لم يوافق البرلمان على قانون الانتخابات الجديد"},
		{ID: "other story", A: "فاز المنتخب السعودي على نظيره الإماراتي بهدفين", B: "ارتفعت أسعار الذهب في الأسواق العالمية"},
	}
	out, err := Pairs(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"paraphrase": true, "number": true, "negation": true, "other story": false}
	for _, r := range out {
		if r.Same != want[r.ID] {
			t.Errorf("%s: same %v (similarity %.3f), want %v", r.ID, r.Same, r.Similarity, want[r.ID])
		}
	}
	if out[0].Similarity <= out[3].Similarity {
		t.Errorf("paraphrase %.3f not above other story %.3f", out[0].Similarity, out[3].Similarity)
	}
}

// TestTrainSwapReproduces reruns scripts/train-swap's training and compares
// the result with the embedded diff/swap.json.
func TestTrainSwapReproduces(t *testing.T) {
	if _, err := os.Stat(filepath.Join(benchDir, "ans-stance", "train.csv")); err != nil {
		t.Skipf("no benchmarks at %s: %v", benchDir, err)
	}
	if testing.Short() {
		t.Skip("training takes seconds; skipped with -short")
	}
	m, err := TrainSwap(context.Background(), benchDir, SwapTrainOptions)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../diff/swap.json")
	if err != nil {
		t.Fatal(err)
	}
	var old diff.SwapModel
	if err := json.Unmarshal(committed, &old); err != nil {
		t.Fatal(err)
	}
	m.About.Data, m.About.Licence, m.About.Command, m.About.Date = old.About.Data, old.About.Licence, old.About.Command, old.About.Date
	got, err := MarshalSwapModel(m)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Errorf("training gives another gate than diff/swap.json (figures now %v, committed %v); rerun go run ./scripts/train-swap",
			m.About.Figures, old.About.Figures)
	}
}

func TestMacroF1(t *testing.T) {
	gold := []bool{true, true, false, false}
	if got := macroF1(gold, gold); got != 1 {
		t.Errorf("macroF1 of a perfect prediction = %.3f, want 1", got)
	}
	if got := macroF1(gold, []bool{true, true, true, true}); got < 0.33 || got > 0.34 {
		t.Errorf("macroF1 of all positive = %.3f, want 0.333", got)
	}
}
