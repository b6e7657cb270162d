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
// Stochastic descent lands each run somewhere else, and a feature read
// from one run carries its noise: the vectors are therefore fitted three
// times from three seeds ("heads", one vocabulary and one rarity weight
// per word), and each vector feature is the mean of the three heads'. On
// ArNLI three heads raised the training split's cross-validated Spearman
// from 0.741 to 0.745 and the development split's from 0.738 to 0.746;
// five heads did no better (0.744, 0.746), two did half as well (0.743,
// 0.745), three heads of 32 dimensions not at all (0.741, 0.741), and
// averaging one run's vectors over its last ten epochs lost (0.740). (All
// with the former boosting settings, 200 trees on all pairs.) Thirty
// epochs instead of twenty left the cross-validated figure where it was
// (0.745), and a cosine fitted to 2r-1 instead of r lost (0.739). Each
// head's word cosines are computed once for both directions of a pair,
// from unit vectors made when the vectors are read.
//
// Training is deterministic (a fixed seed and visiting order). Like the
// word associations, the training pairs' own features are cross-fitted:
// each fifth gets vectors learned from the other four
// (analysis.TrainSimilarity). The stored vectors are rounded to 6 bits a
// value (vecLevels).
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
	"sync"
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
	// Heads is how many sets of vectors are fitted, head h from seed
	// Seed+h; the features average them (0 means 1).
	Heads int
}

// DefaultVecOptions are the settings similarity.json was made with; chosen
// by the cross-validated Spearman on ArNLI's training split (see above).
var DefaultVecOptions = VecOptions{Dim: 64, Epochs: 20, Rate: 0.01, Seed: 7, MinCount: 1, Heads: 3}

// WordVectors maps stems to learned vectors and rarity weights.
type WordVectors struct {
	Dim   int
	Heads int       // independently fitted sets of vectors (at least 1)
	Words []string  // sorted
	IDF   []float64 // per word
	// Vecs holds Dim values per word and head: head h's vector of word i
	// starts at (h·len(Words)+i)·Dim.
	Vecs []float32

	index map[string]int
	unit  []float32 // Vecs scaled to unit length (prepare)
}

// wordVectorsJSON is the stored form: vectors rounded to multiples of
// Scale and written one value a character.
type wordVectorsJSON struct {
	Dim   int `json:"dim"`
	Heads int `json:"heads,omitempty"`
	// Bits is the precision of Data: 6, one base64 character a value,
	// or 8 (when 0), signed bytes base64-encoded.
	Bits  int       `json:"bits,omitempty"`
	Scale float64   `json:"scale"`
	Words []string  `json:"words"`
	IDF   []float64 `json:"idf"`
	Data  string    `json:"data"`
}

// base64Digits are the 64 characters of standard base64, a 6-bit value
// each; a stored value is its digit's position minus 32.
const base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// base64Index returns the place of each byte in base64Digits (-1: none),
// for decoding 6-bit vectors a byte at a time without a search. It is
// made on each call, not held in a package variable: DefaultModel may be
// decoded while the package's variables are initialised, through
// encoding/json, which the initialisation order cannot see, so such a
// variable could still be all zeros then.
func base64Index() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := range len(base64Digits) {
		t[base64Digits[i]] = int8(i)
	}
	return t
}

// vecLevels is the largest stored magnitude at 6 bits a value. Three heads
// at 8 bits would not fit the model file's budget (2 MB); at 6 bits they
// do, and on ArNLI the rounding moved the development Spearman by less
// than 0.001.
const vecLevels = 31

// MarshalJSON stores the vectors at 6 bits a value.
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
		scale = top / vecLevels
	}
	scale = math.Round(scale*1e6) / 1e6
	buf := make([]byte, len(v.Vecs))
	for i, x := range v.Vecs {
		q := max(-vecLevels, min(vecLevels, math.Round(float64(x)/scale)))
		buf[i] = base64Digits[int(q)+32]
	}
	idf := make([]float64, len(v.IDF))
	for i, x := range v.IDF {
		idf[i] = math.Round(x*100) / 100
	}
	heads := v.Heads
	if heads == 1 {
		heads = 0
	}
	return json.Marshal(wordVectorsJSON{Dim: v.Dim, Heads: heads, Bits: 6, Scale: scale, Words: v.Words, IDF: idf, Data: string(buf)})
}

// UnmarshalJSON reads vectors stored by MarshalJSON, at 6 or 8 bits a
// value.
func (v *WordVectors) UnmarshalJSON(b []byte) error {
	var j wordVectorsJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	vals, err := decodeVecData(j.Data, j.Bits)
	if err != nil {
		return fmt.Errorf("word vectors: %w", err)
	}
	heads := max(j.Heads, 1)
	if j.Dim <= 0 || len(vals) != heads*j.Dim*len(j.Words) || len(j.IDF) != len(j.Words) {
		return fmt.Errorf("word vectors: %d values for %d words of %d dimensions in %d heads, %d weights", len(vals), len(j.Words), j.Dim, heads, len(j.IDF))
	}
	*v = WordVectors{Dim: j.Dim, Heads: heads, Words: j.Words, IDF: j.IDF, Vecs: make([]float32, len(vals))}
	for i, q := range vals {
		v.Vecs[i] = float32(float64(q) * j.Scale)
	}
	v.buildIndex()
	v.prepare()
	return nil
}

// decodeVecData returns the stored values of data at bits 6 or 8 (0).
func decodeVecData(data string, bits int) ([]int8, error) {
	switch bits {
	case 0, 8:
		raw, err := base64.StdEncoding.DecodeString(data)
		if err != nil {
			return nil, err
		}
		out := make([]int8, len(raw))
		for i, c := range raw {
			out[i] = int8(c)
		}
		return out, nil
	case 6:
		out := make([]int8, len(data))
		index := base64Index()
		for i := range len(data) {
			k := index[data[i]]
			if k < 0 {
				return nil, fmt.Errorf("%q at %d is no base64 digit", data[i], i)
			}
			out[i] = k - 32
		}
		return out, nil
	}
	return nil, fmt.Errorf("values of %d bits", bits)
}

func (v *WordVectors) buildIndex() {
	v.index = make(map[string]int, len(v.Words))
	for i, w := range v.Words {
		v.index[w] = i
	}
}

// Cosine returns the cosine of the IDF-weighted sums of the vectors of
// stems a and b (each stem counted once), averaged over the heads; 0 when
// either has no known stem.
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
	var ia0, ib0 [64]int32
	ia, ib := v.distinctIndices(a, ia0[:0]), v.distinctIndices(b, ib0[:0])
	if len(ia) == 0 || len(ib) == 0 {
		return 0
	}
	var c float64
	for h := range v.heads() {
		v.sum(sa, ia, h)
		v.sum(sb, ib, h)
		c += cosine64(sa, sb)
	}
	return c / float64(v.heads())
}

// distinctIndices appends the vector indices of the known stems of ws,
// each once, to dst.
func (v *WordVectors) distinctIndices(ws []string, dst []int32) []int32 {
	for k, w := range ws {
		if slices.Contains(ws[:k], w) {
			continue
		}
		if i, ok := v.index[w]; ok {
			dst = append(dst, int32(i))
		}
	}
	return dst
}

// heads is the number of heads (1 for vectors made before there were
// several).
func (v *WordVectors) heads() int { return max(v.Heads, 1) }

// row returns head h's vector of word i.
func (v *WordVectors) row(h, i int) []float32 {
	k := (h*len(v.Words) + i) * v.Dim
	return v.Vecs[k : k+v.Dim]
}

// sum sets dst to the sum of head h's vectors of the words idx, each
// weighted by its IDF.
func (v *WordVectors) sum(dst []float64, idx []int32, h int) {
	clear(dst)
	for _, i := range idx {
		w := v.IDF[i]
		row := v.row(h, int(i))
		row = row[:len(dst)]
		for t, x := range row {
			dst[t] += w * float64(x)
		}
	}
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
	v.Heads = max(o.Heads, 1)
	v.Vecs = make([]float32, v.Heads*len(v.Words)*o.Dim)
	// Heads are independent: each is fitted on its own core.
	var wg sync.WaitGroup
	for h := range v.Heads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ho := o
			ho.Seed += uint64(h)
			dst := v.Vecs[h*len(v.Words)*o.Dim:]
			for i, x := range v.trainHead(pairs, y, order, ho) {
				dst[i] = float32(x)
			}
		}()
	}
	wg.Wait()
	v.prepare()
	return v
}

// trainHead fits one head of v's words (its vocabulary and weights made)
// to the pairs of order, from seed o.Seed, and returns its vectors.
func (v *WordVectors) trainHead(pairs [][2][]string, y []float64, order []int, o VecOptions) []float64 {
	order = slices.Clone(order)
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
	return e
}

// Cover is the IDF-weighted mean, over the known stems of a, of each one's
// best vector cosine with a stem of b (1 for the same stem), averaged over
// the heads; 0 when a or b has no known stem.
func (v *WordVectors) Cover(a, b []string) float64 {
	if v == nil || v.Dim == 0 {
		return 0
	}
	var c float64
	v.covers(a, b, func(ab, _ float64) { c += ab })
	return c / float64(v.heads())
}

// CoverMinMax returns, averaged over the heads, the smaller and the larger
// of each head's Cover(a, b) and Cover(b, a).
func (v *WordVectors) CoverMinMax(a, b []string) (lo, hi float64) {
	if v == nil || v.Dim == 0 {
		return 0, 0
	}
	v.covers(a, b, func(ab, ba float64) {
		lo += min(ab, ba)
		hi += max(ab, ba)
	})
	n := float64(v.heads())
	return lo / n, hi / n
}

// covers calls f with each head's Cover(a, b) and Cover(b, a). The stems
// are looked up once, and each head's word cosines are computed once for
// both directions. It allocates nothing for sentences of up to 64 stems.
func (v *WordVectors) covers(a, b []string, f func(ab, ba float64)) {
	var ia0, ib0 [64]int32
	var ba0, bb0 [64]float64
	ia, ib := v.indices(a, ia0[:0]), v.indices(b, ib0[:0])
	bestA, bestB := ba0[:0], bb0[:0]
	if len(a) > len(ba0) || len(b) > len(bb0) {
		bestA, bestB = make([]float64, 0, len(a)), make([]float64, 0, len(b))
	}
	bestA, bestB = bestA[:len(a)], bestB[:len(b)]
	for h := range v.heads() {
		clear(bestA)
		clear(bestB)
		for k, i := range ia {
			if i < 0 {
				continue
			}
			for l, j := range ib {
				if j < 0 {
					continue
				}
				c := 1.0
				if i != j {
					c = v.wordCos(h, int(i), int(j))
				}
				bestA[k] = max(bestA[k], c)
				bestB[l] = max(bestB[l], c)
			}
		}
		f(v.meanBest(ia, bestA), v.meanBest(ib, bestB))
	}
}

// indices appends the vector index of each stem of ws (-1 when it has
// none) to dst.
func (v *WordVectors) indices(ws []string, dst []int32) []int32 {
	for _, w := range ws {
		i, ok := v.index[w]
		if !ok {
			i = -1
		}
		dst = append(dst, int32(i))
	}
	return dst
}

// meanBest is the IDF-weighted mean of best over the known stems (index
// is not -1); 0 when none is known.
func (v *WordVectors) meanBest(idx []int32, best []float64) float64 {
	var sum, tot float64
	for k, i := range idx {
		if i < 0 {
			continue
		}
		sum += v.IDF[i] * best[k]
		tot += v.IDF[i]
	}
	if tot == 0 {
		return 0
	}
	return sum / tot
}

// wordCos is the cosine of head h's vectors of words i and j: the dot
// product of their unit vectors (prepare), in float32 with four running
// sums.
func (v *WordVectors) wordCos(h, i, j int) float64 {
	if len(v.unit) != len(v.Vecs) { // made without prepare: compute
		return cosine32(v.row(h, i), v.row(h, j))
	}
	ka, kb := (h*len(v.Words)+i)*v.Dim, (h*len(v.Words)+j)*v.Dim
	a, b := v.unit[ka:ka+v.Dim], v.unit[kb:kb+v.Dim]
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	t := 0
	for ; t+4 <= len(a); t += 4 {
		s0 += a[t] * b[t]
		s1 += a[t+1] * b[t+1]
		s2 += a[t+2] * b[t+2]
		s3 += a[t+3] * b[t+3]
	}
	for ; t < len(a); t++ {
		s0 += a[t] * b[t]
	}
	return float64((s0 + s1) + (s2 + s3))
}

// prepare computes every vector's unit vector (zero for a zero vector),
// once its values are set.
func (v *WordVectors) prepare() {
	v.unit = make([]float32, len(v.Vecs))
	for k := 0; k+v.Dim <= len(v.Vecs); k += v.Dim {
		n := math.Sqrt(sqNorm(v.Vecs[k : k+v.Dim]))
		if n == 0 {
			continue
		}
		for t, x := range v.Vecs[k : k+v.Dim] {
			v.unit[k+t] = float32(float64(x) / n)
		}
	}
}

// cosine32 is the cosine of two vectors (0 when either is zero).
func cosine32(a, b []float32) float64 {
	var d float64
	for t := range a {
		d += float64(a[t]) * float64(b[t])
	}
	na, nb := sqNorm(a), sqNorm(b)
	if na == 0 || nb == 0 {
		return 0
	}
	return d / math.Sqrt(na*nb)
}

func sqNorm(r []float32) float64 {
	var n float64
	for _, x := range r {
		n += float64(x) * float64(x)
	}
	return n
}

// Known is the share of the distinct stems of ws that have vectors (0
// when ws is empty): how much of a sentence its vector features read.
func (v *WordVectors) Known(ws []string) float64 {
	n, k := 0, 0
	for i, w := range ws {
		if slices.Contains(ws[:i], w) {
			continue
		}
		n++
		if _, ok := v.index[w]; ok {
			k++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(k) / float64(n)
}
