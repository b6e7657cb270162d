package align

// Learned word vectors.
//
// Word overlap cannot see that "قطة" and "كلب" are both animals, that
// "يعزف" and "غيتار" belong together, or that "يستيقظ" and "يصحو" say one
// thing. The similarity model therefore also reads a learned sentence
// vector: each word stem has a small dense vector, a sentence is the sum
// of its distinct stems' vectors weighted by their rarity (IDF over the
// training sentences), and the pair feature vec_cos is the cosine of the
// two sums. The vectors are fitted to the rated training pairs directly —
// a "siamese" bag of words: stochastic gradient descent (Adam) on the
// squared difference between the cosine and the pair's rating — so words
// that rated paraphrases exchange move together and words of unrelated
// sentences apart.
//
// A negated claim also carries a stem of its own for the negation, so
// that the vectors learn what "لا" does to relatedness. Besides vec_cos,
// the features vec_cover_min and vec_cover_max match each known stem to
// its nearest stem of the other claim by vector cosine (Cover).
//
// Training is deterministic (a fixed seed and visiting order). Like the
// word associations, the training pairs' own features are cross-fitted:
// each fifth gets vectors learned from the other four
// (analysis.TrainSimilarity). The stored vectors are rounded to 8 bits a
// value.
//
// The vectors are fitted to ArNLI's rated pairs and, as the associations
// are, to ANS's news headline pairs (rated 1 and 0.75), so that news words
// get vectors too. On ArNLI the three features raised the model's
// development Spearman from 0.699 to 0.738. The settings were chosen on
// the training split's five-fold cross-validated Spearman
// (train_spearman_cv in the model's figures): 64 dimensions and 20 epochs
// 0.741; 32 dimensions 0.736; a stem needing two sentences 0.738; fitted
// to ArNLI alone 0.739 (0.746 on the development split, but a news
// paraphrase, model_test's "met/received", then ranked below another
// story of the same minister). The negation stem added 0.007 to the
// cross-fitted figure. Words never seen in training have no vector; a
// claim with none scores 0 and the trees fall back on the other measures.

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// VecOptions are the settings of word-vector training.
type VecOptions struct {
	Dim    int     // vector length
	Epochs int     // passes over the training pairs
	Rate   float64 // Adam step size
	Seed   uint64  // initialisation and visiting order
	// MinCount is the fewest training sentences a stem must occur in to
	// get a vector.
	MinCount int
}

// DefaultVecOptions are the settings similarity.json was made with; chosen
// by the cross-validated Spearman on ArNLI's training split (see above).
var DefaultVecOptions = VecOptions{Dim: 64, Epochs: 20, Rate: 0.01, Seed: 7, MinCount: 1}

// WordVectors maps stems to learned vectors and rarity weights.
type WordVectors struct {
	Dim   int
	Words []string  // sorted
	IDF   []float64 // per word
	Vecs  []float32 // Dim values per word, in Words order

	index map[string]int
}

// wordVectorsJSON is the stored form: vectors rounded to signed bytes
// times Scale, base64-encoded.
type wordVectorsJSON struct {
	Dim   int       `json:"dim"`
	Scale float64   `json:"scale"`
	Words []string  `json:"words"`
	IDF   []float64 `json:"idf"`
	Data  string    `json:"data"`
}

// MarshalJSON stores the vectors at 8 bits a value.
func (v *WordVectors) MarshalJSON() ([]byte, error) {
	if v == nil {
		return []byte("null"), nil
	}
	var top float64
	for _, x := range v.Vecs {
		top = max(top, math.Abs(float64(x)))
	}
	scale := 1.0
	if top > 0 {
		scale = top / 127
	}
	scale = math.Round(scale*1e6) / 1e6
	buf := make([]byte, len(v.Vecs))
	for i, x := range v.Vecs {
		q := math.Round(float64(x) / scale)
		buf[i] = byte(int8(max(-127, min(127, q))))
	}
	idf := make([]float64, len(v.IDF))
	for i, x := range v.IDF {
		idf[i] = math.Round(x*100) / 100
	}
	return json.Marshal(wordVectorsJSON{Dim: v.Dim, Scale: scale, Words: v.Words, IDF: idf, Data: base64.StdEncoding.EncodeToString(buf)})
}

// UnmarshalJSON reads vectors stored by MarshalJSON.
func (v *WordVectors) UnmarshalJSON(b []byte) error {
	var j wordVectorsJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	raw, err := base64.StdEncoding.DecodeString(j.Data)
	if err != nil {
		return fmt.Errorf("word vectors: %w", err)
	}
	if j.Dim <= 0 || len(raw) != j.Dim*len(j.Words) || len(j.IDF) != len(j.Words) {
		return fmt.Errorf("word vectors: %d values for %d words of %d dimensions, %d weights", len(raw), len(j.Words), j.Dim, len(j.IDF))
	}
	*v = WordVectors{Dim: j.Dim, Words: j.Words, IDF: j.IDF, Vecs: make([]float32, len(raw))}
	for i, c := range raw {
		v.Vecs[i] = float32(float64(int8(c)) * j.Scale)
	}
	v.buildIndex()
	return nil
}

func (v *WordVectors) buildIndex() {
	v.index = make(map[string]int, len(v.Words))
	for i, w := range v.Words {
		v.index[w] = i
	}
}

// Cosine returns the cosine of the IDF-weighted sums of the vectors of
// stems a and b (each stem counted once); 0 when either has no known stem.
func (v *WordVectors) Cosine(a, b []string) float64 {
	if v == nil || v.Dim == 0 {
		return 0
	}
	var ua, ub [64]float64
	sa, sb := ua[:0], ub[:0]
	if v.Dim > len(ua) {
		sa, sb = make([]float64, 0, v.Dim), make([]float64, 0, v.Dim)
	}
	sa, sb = sa[:v.Dim], sb[:v.Dim]
	if !v.sum(sa, a) || !v.sum(sb, b) {
		return 0
	}
	return cosine64(sa, sb)
}

// sum adds the weighted vectors of the known stems of ws (distinct) to
// dst, reporting whether any was known.
func (v *WordVectors) sum(dst []float64, ws []string) bool {
	clear(dst)
	any := false
	for k, w := range ws {
		if slices.Contains(ws[:k], w) {
			continue
		}
		i, ok := v.index[w]
		if !ok {
			continue
		}
		any = true
		row := v.Vecs[i*v.Dim : (i+1)*v.Dim]
		for t, x := range row {
			dst[t] += v.IDF[i] * float64(x)
		}
	}
	return any
}

func cosine64(a, b []float64) float64 {
	var d, na, nb float64
	for i := range a {
		d += a[i] * b[i]
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return d / math.Sqrt(na*nb)
}

// TrainWordVectors fits word vectors to rated pairs: pairs[k] holds the
// stems of the two sentences of a pair rated y[k] in [0, 1]; only the pairs
// use accepts are read (all when use is nil).
func TrainWordVectors(pairs [][2][]string, y []float64, use func(k int) bool, o VecOptions) *WordVectors {
	var order []int
	for k := range pairs {
		if use == nil || use(k) {
			order = append(order, k)
		}
	}
	// Vocabulary and document frequencies over the sentences read.
	df := map[string]int{}
	sents := 0
	for _, k := range order {
		for _, side := range pairs[k] {
			sents++
			for i, w := range side {
				if !slices.Contains(side[:i], w) {
					df[w]++
				}
			}
		}
	}
	v := &WordVectors{Dim: o.Dim}
	for w, c := range df {
		if c >= o.MinCount {
			v.Words = append(v.Words, w)
		}
	}
	slices.Sort(v.Words)
	v.buildIndex()
	v.IDF = make([]float64, len(v.Words))
	for i, w := range v.Words {
		v.IDF[i] = math.Log(float64(sents+1) / float64(df[w]+1))
	}
	r := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	e := make([]float64, len(v.Words)*o.Dim)
	for i := range e {
		e[i] = r.NormFloat64() * 0.1
	}
	m := make([]float64, len(e))
	s2 := make([]float64, len(e))
	const b1, b2 = 0.9, 0.999
	ua, ub := make([]float64, o.Dim), make([]float64, o.Dim)
	ga, gb := make([]float64, o.Dim), make([]float64, o.Dim)
	var ia, ib []int
	ids := func(dst []int, ws []string) []int {
		dst = dst[:0]
		for _, w := range ws {
			if i, ok := v.index[w]; ok && !slices.Contains(dst, i) {
				dst = append(dst, i)
			}
		}
		return dst
	}
	sum := func(dst []float64, is []int) float64 {
		clear(dst)
		for _, i := range is {
			for t := range o.Dim {
				dst[t] += v.IDF[i] * e[i*o.Dim+t]
			}
		}
		var n float64
		for _, x := range dst {
			n += x * x
		}
		return math.Sqrt(n)
	}
	update := func(is []int, g []float64) {
		for _, i := range is {
			for t := range o.Dim {
				k := i*o.Dim + t
				gr := v.IDF[i] * g[t]
				m[k] = b1*m[k] + (1-b1)*gr
				s2[k] = b2*s2[k] + (1-b2)*gr*gr
				e[k] -= o.Rate * m[k] / (math.Sqrt(s2[k]) + 1e-8)
			}
		}
	}
	for range o.Epochs {
		r.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, k := range order {
			ia, ib = ids(ia, pairs[k][0]), ids(ib, pairs[k][1])
			na, nb := sum(ua, ia), sum(ub, ib)
			if na == 0 || nb == 0 {
				continue
			}
			var d float64
			for t := range o.Dim {
				d += ua[t] * ub[t]
			}
			c := d / (na * nb)
			g := 2 * (c - y[k]) // d loss / d cosine
			for t := range o.Dim {
				ga[t] = g * (ub[t]/(na*nb) - c*ua[t]/(na*na))
				gb[t] = g * (ua[t]/(na*nb) - c*ub[t]/(nb*nb))
			}
			update(ia, ga)
			update(ib, gb)
		}
	}
	v.Vecs = make([]float32, len(e))
	for i, x := range e {
		v.Vecs[i] = float32(x)
	}
	return v
}

// Cover is the IDF-weighted mean, over the known stems of a, of each one's
// best vector cosine with a stem of b (1 for the same stem); 0 when a or b
// has no known stem.
func (v *WordVectors) Cover(a, b []string) float64 {
	if v == nil || v.Dim == 0 {
		return 0
	}
	var sum, tot float64
	for _, x := range a {
		i, ok := v.index[x]
		if !ok {
			continue
		}
		best := 0.0
		for _, y := range b {
			if y == x {
				best = 1
				break
			}
			if j, ok := v.index[y]; ok {
				best = max(best, v.wordCos(i, j))
			}
		}
		sum += v.IDF[i] * best
		tot += v.IDF[i]
	}
	if tot == 0 {
		return 0
	}
	return sum / tot
}

// wordCos is the cosine of the vectors of words i and j.
func (v *WordVectors) wordCos(i, j int) float64 {
	a := v.Vecs[i*v.Dim : (i+1)*v.Dim]
	b := v.Vecs[j*v.Dim : (j+1)*v.Dim]
	var d, na, nb float64
	for t := range a {
		d += float64(a[t]) * float64(b[t])
		na += float64(a[t]) * float64(a[t])
		nb += float64(b[t]) * float64(b[t])
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return d / math.Sqrt(na*nb)
}
