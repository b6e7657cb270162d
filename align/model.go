package align

// The similarity model.
//
// A claim pair's similarity is a small learned function of its pair
// features (features_pair.go): gradient-boosted regression trees
// (internal/gbt), fitted by
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
	"slices"
	"sync"

	"github.com/claimdiff/claimdiff/internal/gbt"
)

// Model is a fitted similarity model.
type Model struct {
	About    ModelAbout `json:"about"`
	Features []string   `json:"features"`
	// Threshold is the output at or above which two claims state the
	// same fact, chosen with the model (best F1 on its training pairs).
	Threshold float64 `json:"threshold"`
	gbt.Ensemble
	// Assoc lists learned word associations: two stems that paraphrases
	// exchange, with a weight in [0, 1] (see assoc.go).
	Assoc []Assoc `json:"assoc"`
	// RatingPrior and Ratings are the learned costs of unmatched words:
	// the mean rating of all training pairs, and each stem's mean rating
	// over the pairs that left it unmatched (see ratings.go).
	RatingPrior float64      `json:"rating_prior"`
	Ratings     []WordRating `json:"ratings"`
	// Vectors are the learned word vectors of the vec_cos and vec_cover
	// features (wordvec.go); nil in a model that has none.
	Vectors *WordVectors `json:"vectors"`

	assocIndex  map[[2]string]float64
	ratingIndex map[string]float64
}

// ModelAbout says where a model came from.
type ModelAbout struct {
	Data    string `json:"data"`
	Licence string `json:"licence"`
	Command string `json:"command"`
	Date    string `json:"date"`
	Target  string `json:"target"`
	// Figures are the scores the model had when it was made, e.g.
	// "dev_spearman": 0.67.
	Figures map[string]float64 `json:"figures,omitempty"`
}

// Predict returns the model's output for features f, clamped to [0, 1].
func (m *Model) Predict(f *[NumFeatures]float64) float64 {
	return min(max(m.Ensemble.Predict(f[:]), 0), 1)
}

// Check reports whether m can be used with this build's features, and
// indexes its word associations.
func (m *Model) Check() error {
	m.indexAssoc()
	m.indexRatings()
	if !slices.Equal(m.Features, FeatureNames[:]) {
		return fmt.Errorf("similarity model: features %v, this build computes %v", m.Features, FeatureNames)
	}
	if err := m.Ensemble.Check(NumFeatures); err != nil {
		return fmt.Errorf("similarity model: %w", err)
	}
	return nil
}

//go:embed similarity.json
var modelJSON []byte

// DefaultModel returns the embedded model (similarity.json), decoded on
// first use: decoding it at package init was 0.16 s of every command's
// start, though only the similarity features read it (a store update
// never does). When it could not be used (DefaultModelErr says why) it is
// an empty model that scores every pair 0, which only a build whose
// features changed since the model was trained can see (a test fails on
// it, and scripts/train-similarity makes a fitting one).
func DefaultModel() *Model {
	m, _ := defaultModel()
	return m
}

// DefaultModelErr says why the embedded model could not be used, when it
// could not.
func DefaultModelErr() error {
	_, err := defaultModel()
	return err
}

var defaultModel = sync.OnceValues(func() (*Model, error) {
	var m Model
	err := json.Unmarshal(modelJSON, &m)
	if err == nil {
		err = m.Check()
	}
	if err != nil {
		empty := &Model{Features: FeatureNames[:]}
		empty.indexAssoc()
		empty.indexRatings()
		return empty, fmt.Errorf("embedded similarity.json: %w", err)
	}
	return &m, nil
})

// DefaultTrainOptions are the settings similarity.json was made with:
// stochastic boosting, each tree grown on half the pairs. They were chosen
// on the five-fold cross-validated Spearman of ArNLI's training split
// (train_spearman_cv), as the mean over four subsample seeds: 0.748 for
// these, against 0.745 for all pairs per tree (200 trees at 0.06, the
// former settings; 400 at 0.03 and 800 at 0.015 did no better), 0.748
// for 800 trees at 0.015 (twice the model for 0.0004), 0.747 for 70% per
// tree with leaves of 10, 0.745 for depth 2. Depth 2 to 4, leaves of 10 to
// 40 and 200 to 800 trees were flat (0.738 to 0.742) without subsampling.
// Candidate cuts per feature (internal/gbt: about 64) were kept: 32 gave
// 0.747, 120 0.747.
var DefaultTrainOptions = gbt.Options{Trees: 400, Depth: 3, Rate: 0.03, MinLeaf: 20, Subsample: 0.5, Seed: 1}

// Train fits a model to features x and targets y (in [0, 1]) by gradient
// boosting with least squares (internal/gbt). It is deterministic: the
// same data gives the same model, bit for bit.
func Train(x [][NumFeatures]float64, y []float64, o gbt.Options) *Model {
	rows := make([][]float64, len(x))
	for i := range x {
		rows[i] = x[i][:]
	}
	m := &Model{Features: FeatureNames[:], Assoc: []Assoc{}, Ratings: []WordRating{}, Ensemble: *gbt.Train(rows, y, o)}
	m.indexAssoc()
	m.indexRatings()
	return m
}

// WithVectors returns a copy of m that uses the word vectors v.
func (m *Model) WithVectors(v *WordVectors) *Model {
	c := *m
	c.Vectors = v
	return &c
}
