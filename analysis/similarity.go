package analysis

// Training the similarity model.
//
// The model in align/similarity.json is fitted to ArNLI (the SICK sentence
// pairs in Arabic; MIT licence): each pair's relatedness, 1 to 5, rescaled
// to [0, 1], against the pair features claimdiff computes for the two
// sentences scored as a pairs file (term rarity over all the file's
// sentences, as `claimdiff pairs` does). scripts/train-similarity runs
// TrainSimilarity and writes the model; a test reruns it and compares.

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/internal/gbt"
)

// RatedPair is a sentence pair with a human relatedness score in [0, 1]
// and, where the data has one, an inference label (entailment,
// contradiction, neutral).
type RatedPair struct {
	A, B  string
	Score float64
	Label string
}

// ReadArNLI reads an ArNLI CSV file (t, h, label, relatedness_score, …):
// relatedness 1–5 becomes (r-1)/4, label 0/1/2 becomes neutral,
// entailment, contradiction.
func ReadArNLI(path string) ([]RatedPair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, need := range []string{"t", "h", "label", "relatedness_score"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("read %s: no %q column", path, need)
		}
	}
	labels := map[string]string{"0": "neutral", "1": "entailment", "2": "contradiction"}
	var out []RatedPair
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		v, err := strconv.ParseFloat(rec[col["relatedness_score"]], 64)
		if err != nil {
			return nil, fmt.Errorf("read %s line %d: relatedness: %w", path, line, err)
		}
		out = append(out, RatedPair{A: rec[col["t"]], B: rec[col["h"]], Score: (v - 1) / 4, Label: labels[rec[col["label"]]]})
	}
	return out, nil
}

// PairFeatures computes the similarity model's features of each pair,
// scored together as one pairs file.
func PairFeatures(ctx context.Context, in []PairInput) ([][align.NumFeatures]float64, error) {
	sc, _, err := pairScorer(ctx, in)
	if err != nil {
		return nil, err
	}
	out := make([][align.NumFeatures]float64, len(in))
	for i := range in {
		out[i] = sc.Features(2*i, 2*i+1)
	}
	return out, nil
}

// SimilarityData names the files TrainSimilarity reads, under the ArNLI
// folder of the benchmarks.
const (
	SimilarityTrainFile = "train_nli.csv"
	SimilarityDevFile   = "valid_nli.csv"
)

// assocFolds is how many parts the training pairs are cut into to
// cross-fit the word-association features (align/assoc.go).
const assocFolds = 5

// ReadANS reads an ANS stance CSV file (s1, s2, stance) and returns its
// agree and disagree pairs: two headlines on one story, the second a
// rewrite that keeps or changes a fact. Their Score is 1 (agree) or 0.75
// (disagree): both are about the same happening.
func ReadANS(path string) ([]RatedPair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []RatedPair
	for i, r := range recs {
		if i == 0 || len(r) < 3 {
			continue
		}
		switch r[2] {
		case "agree":
			out = append(out, RatedPair{A: r[0], B: r[1], Score: 1, Label: r[2]})
		case "disagree":
			out = append(out, RatedPair{A: r[0], B: r[1], Score: 0.75, Label: r[2]})
		}
	}
	return out, nil
}

// ratedSet is a file of rated pairs scored together, as `claimdiff pairs`
// would score it.
type ratedSet struct {
	pairs []RatedPair
	sc    *align.Scorer
	unA   [][]string // stems of A unmatched in B, per pair
	unB   [][]string
}

func newRatedSet(ctx context.Context, ps []RatedPair) (*ratedSet, error) {
	sc, _, err := pairScorer(ctx, ratedInputs(ps))
	if err != nil {
		return nil, err
	}
	r := &ratedSet{pairs: ps, sc: sc, unA: make([][]string, len(ps)), unB: make([][]string, len(ps))}
	for i := range ps {
		r.unA[i], r.unB[i] = sc.Unmatched(2*i, 2*i+1)
	}
	return r, nil
}

// TrainSimilarity fits the similarity model on the training splits under
// dir (the benchmarks folder: arnli/ and ans-stance/) and reports its
// figures: Spearman on ArNLI's development split, and the "same fact"
// threshold with its F1.
//
// The trees are fitted to ArNLI's relatedness (SICK sentence pairs). Word
// associations and word vectors (align/wordvec.go) are learned from
// ArNLI's rated pairs and from ANS's news
// headline pairs (two headlines of one story, the second a rewrite that
// keeps the fact, rated 1, or changes it, rated 0.75: still one
// happening), so that news paraphrase ("يلتقي"/"يجتمع") is learned as
// well as SICK's; unmatched-word ratings from ArNLI's pairs alone. The
// ArNLI pairs' features are cross-fitted in five folds, and the trees'
// own five-fold cross-validated Spearman (train_spearman_cv) is the figure
// settings are chosen on. The About fields other than figures are the
// caller's to fill.
func TrainSimilarity(ctx context.Context, dir string, o gbt.Options) (*align.Model, error) {
	t, err := loadSimTraining(ctx, dir)
	if err != nil {
		return nil, err
	}
	x := t.crossFit()
	n, y, same := t.n, t.y, t.same
	unA, unB, stems, rated := t.unA, t.unB, t.stems, t.rated
	vo := align.DefaultVecOptions
	m := align.Train(x, y[:n], o)
	m = m.WithAssoc(align.LearnAssoc(unA, unB, y, nil))
	m = m.WithRatings(align.LearnRatings(rated.unA, rated.unB, y[:n], nil))
	m = m.WithVectors(roundTrip(align.TrainWordVectors(stems, y, nil, vo)))
	m.About.Target = "ArNLI relatedness, (r-1)/4"
	pred := predictAll(m, x)
	m.About.Figures = map[string]float64{
		"train_pairs": float64(n), "train_headline_pairs": float64(len(t.y) - n),
		"train_spearman_crossfit": round3(spearman(y[:n], pred)),
	}
	// The "same fact" threshold: entailment and contradiction pairs state
	// one fact (agreeing or not), neutral pairs do not.
	// Five-fold cross-validated predictions of the trees themselves: the
	// figure that chose the settings (the in-sample one flatters deeper
	// trees).
	cv := make([]float64, n)
	for fold := range assocFolds {
		var fx [][align.NumFeatures]float64
		var fy []float64
		for i := range n {
			if i%assocFolds != fold {
				fx, fy = append(fx, x[i]), append(fy, y[i])
			}
		}
		fm := align.Train(fx, fy, o)
		for i := fold; i < n; i += assocFolds {
			cv[i] = fm.Predict(&x[i])
		}
	}
	m.About.Figures["train_spearman_cv"] = round3(spearman(y[:n], cv))
	th, f1 := bestThreshold(pred, same)
	m.Threshold = th
	m.About.Figures["train_same_f1_crossfit"] = round3(f1)
	if dev, err := ReadArNLI(filepath.Join(dir, "arnli", SimilarityDevFile)); err == nil {
		dsc, _, err := pairScorer(ctx, ratedInputs(dev))
		if err != nil {
			return nil, err
		}
		dsc.SetModel(m)
		dy := make([]float64, len(dev))
		dp := make([]float64, len(dev))
		dsame := make([]bool, len(dev))
		for i, p := range dev {
			dy[i] = p.Score
			dp[i] = dsc.Similarity(2*i, 2*i+1)
			dsame[i] = p.Label == "entailment" || p.Label == "contradiction"
		}
		m.About.Figures["dev_pairs"] = float64(len(dev))
		m.About.Figures["dev_spearman"] = round3(spearman(dy, dp))
		m.About.Figures["dev_same_f1"] = round3(f1At(dp, dsame, th))
	}
	return m, nil
}

// simTraining is the data the similarity model is fitted to: ArNLI's
// training pairs (the first n) and ANS's headline pairs, scored.
type simTraining struct {
	n        int
	rated    *ratedSet // ArNLI's pairs
	unA, unB [][]string
	stems    [][2][]string
	y        []float64
	same     []bool // ArNLI pairs labelled entailment or contradiction
}

// loadSimTraining reads and scores the training splits under dir.
func loadSimTraining(ctx context.Context, dir string) (*simTraining, error) {
	arnli, err := ReadArNLI(filepath.Join(dir, "arnli", SimilarityTrainFile))
	if err != nil {
		return nil, err
	}
	news, err := ReadANS(filepath.Join(dir, "ans-stance", "train.csv"))
	if err != nil {
		return nil, err
	}
	rated, err := newRatedSet(ctx, arnli)
	if err != nil {
		return nil, err
	}
	headlines, err := newRatedSet(ctx, news)
	if err != nil {
		return nil, err
	}
	n := len(arnli)
	t := &simTraining{n: n, rated: rated}
	t.unA = append(append([][]string{}, rated.unA...), headlines.unA...)
	t.unB = append(append([][]string{}, rated.unB...), headlines.unB...)
	t.y = make([]float64, 0, n+len(news))
	t.same = make([]bool, n)
	for i, p := range arnli {
		t.y = append(t.y, p.Score)
		t.same[i] = p.Label == "entailment" || p.Label == "contradiction"
	}
	for _, p := range news {
		t.y = append(t.y, p.Score)
	}
	t.stems = make([][2][]string, n, n+len(news))
	for i := range n {
		t.stems[i] = [2][]string{rated.sc.Stems(2 * i), rated.sc.Stems(2*i + 1)}
	}
	for i := range news {
		t.stems = append(t.stems, [2][]string{headlines.sc.Stems(2 * i), headlines.sc.Stems(2*i + 1)})
	}
	return t, nil
}

// crossFit returns the features of ArNLI's training pairs, cross-fitted:
// each fold's word associations (learned from the other folds and all the
// headlines), unmatched-word ratings and word vectors (learned from the
// other folds) are not its own.
func (t *simTraining) crossFit() [][align.NumFeatures]float64 {
	n, y := t.n, t.y
	x := make([][align.NumFeatures]float64, n)
	for fold := range assocFolds {
		as := align.LearnAssoc(t.unA, t.unB, y, func(k int) bool { return k >= n || k%assocFolds != fold })
		rs, prior := align.LearnRatings(t.rated.unA, t.rated.unB, y[:n], func(k int) bool { return k%assocFolds != fold })
		wv := align.TrainWordVectors(t.stems, y, func(k int) bool { return k >= n || k%assocFolds != fold }, align.DefaultVecOptions)
		t.rated.sc.SetModel(align.DefaultModel().WithAssoc(as).WithRatings(rs, prior).WithVectors(wv))
		for i := fold; i < n; i += assocFolds {
			x[i] = t.rated.sc.Features(2*i, 2*i+1)
		}
	}
	return x
}

func ratedInputs(ps []RatedPair) []PairInput {
	in := make([]PairInput, len(ps))
	for i, p := range ps {
		in[i] = PairInput{ID: strconv.Itoa(i), A: p.A, B: p.B}
	}
	return in
}

func predictAll(m *align.Model, x [][align.NumFeatures]float64) []float64 {
	out := make([]float64, len(x))
	for i := range x {
		out[i] = m.Predict(&x[i])
	}
	return out
}

// SimilarityDataName names the training data in the model file.
const SimilarityDataName = "ArNLI (ftakelait/ArabicNLI, dataset/ArNLI): arnli/" + SimilarityTrainFile + " fitted, arnli/" + SimilarityDevFile + " scored; ANS (latynt/ans, data/stance): ans-stance/train.csv agree and disagree pairs for word associations and word vectors"

// MarshalModel writes a model as the JSON of align/similarity.json: one
// association and one tree per line, so that a retrained model diffs
// readably.
func MarshalModel(m *align.Model) ([]byte, error) {
	head := *m
	head.Trees, head.Assoc, head.Ratings = nil, nil, nil
	b, err := json.MarshalIndent(head, "", "  ")
	if err != nil {
		return nil, err
	}
	return expandLists(b, []namedList{
		{"assoc", len(m.Assoc), func(i int) any { return m.Assoc[i] }},
		{"ratings", len(m.Ratings), func(i int) any { return m.Ratings[i] }},
		{"trees", len(m.Trees), func(i int) any { return m.Trees[i] }},
	})
}

// namedList is a JSON array field written one item per line.
type namedList struct {
	name string
	n    int
	item func(i int) any
}

// expandLists replaces each list's `"name": null` in b with its items, one
// per line.
func expandLists(b []byte, lists []namedList) ([]byte, error) {
	for _, l := range lists {
		var buf bytes.Buffer
		buf.WriteString("[\n")
		for i := range l.n {
			ib, err := json.Marshal(l.item(i))
			if err != nil {
				return nil, err
			}
			buf.WriteString("    ")
			buf.Write(ib)
			if i < l.n-1 {
				buf.WriteByte(',')
			}
			buf.WriteByte('\n')
		}
		buf.WriteString("  ]")
		key := []byte(`"` + l.name + `": null`)
		if !bytes.Contains(b, key) {
			return nil, fmt.Errorf("marshal model: no %s field", l.name)
		}
		b = bytes.Replace(b, key, append([]byte(`"`+l.name+`": `), buf.Bytes()...), 1)
	}
	return append(b, '\n'), nil
}

// roundTrip returns the vectors as the model file will hold them (8 bits a
// value), so that the figures stored with the model are its own.
func roundTrip(v *align.WordVectors) *align.WordVectors {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out align.WordVectors
	if err := json.Unmarshal(b, &out); err != nil {
		return v
	}
	return &out
}
