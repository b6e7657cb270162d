package align

// Claim vectors.
//
// Each claim becomes a sparse vector over the stems of its content words
// (stop words and one-letter tokens left out) plus its entity IDs, weighted
// by inverse document frequency over the claims being compared, so that
// rare words ("الصناعات", "حميميم") count for more than common ones
// ("روسيا", "سوريا" in a corpus about Russia and Syria). Entity IDs count
// double: two outlets naming the same person in one fact is strong
// evidence, and spelling variants of a name share one ID. Vectors are
// sorted term-ID slices, L2-normalised, so a cosine is a merge of two
// sorted lists with no maps on the hot path.

import (
	"math"
	"slices"
	"sync"

	"github.com/claimdiff/claimdiff/claim"
)

// term is one weighted dimension of a vector.
type term struct {
	id uint32
	w  float32
}

// vector is a sparse, L2-normalised vector sorted by term ID.
type vector []term

// vocab interns terms and counts in how many claims each occurs.
type vocab struct {
	ids map[string]uint32
	df  []int32
	n   int // number of claims counted
	// surface is a written form of each word term (the first seen), for
	// event labels; "" for entity terms.
	surface []string
	// terms is each term's key (a stem, or "\x00" and an entity ID), for
	// the soft word matches of the pair features.
	terms []string
	// roots is each word term's guessed root (lang/ar Root), "" for
	// entities and words of other scripts; made on first use (rootsOf),
	// since only the similarity model's features read it.
	roots     []string
	rootsOnce sync.Once
}

// rootsOf returns the guessed root of every term, computing them once.
// Terms must not be added after the first call.
func (v *vocab) rootsOf() []string {
	v.rootsOnce.Do(func() {
		v.roots = make([]string, len(v.terms))
		for i, t := range v.terms {
			v.roots[i] = rootOf(t)
		}
	})
	return v.roots
}

func newVocab() *vocab { return &vocab{ids: make(map[string]uint32, 1<<14)} }

func (v *vocab) id(t string) uint32 {
	if id, ok := v.ids[t]; ok {
		return id
	}
	id := uint32(len(v.df))
	v.ids[t] = id
	v.df = append(v.df, 0)
	v.surface = append(v.surface, "")
	v.terms = append(v.terms, t)
	return id
}

// claimTerms appends the interned term IDs of a claim (its content stems
// from f, and its entity IDs) with their raw counts to dst, sorted by ID;
// entity terms are prefixed so they never collide with words.
func (v *vocab) claimTerms(c *claim.Claim, f *Features, dst vector) vector {
	return foldTerms(v.rawTerms(c, f, dst))
}

// rawTerms is claimTerms without the sorting and folding: the claim's
// stems, then its entities, in their order, numbering new terms.
func (v *vocab) rawTerms(c *claim.Claim, f *Features, dst vector) vector {
	for k, stem := range f.Stems {
		id := v.id(stem)
		if v.surface[id] == "" && k < len(f.Surfaces) {
			v.surface[id] = f.Surfaces[k]
		}
		dst = append(dst, term{id, 1})
	}
	return v.appendEntities(c, dst)
}

// build computes document frequencies over claims and returns their
// vectors, in the order given. Each vector is built in place from its raw
// counts, so no per-claim map is kept.
func (v *vocab) build(claims []*claim.Claim, feats []Features) []vector {
	out := make([]vector, len(claims))
	var buf vector
	for i, c := range claims {
		buf = v.claimTerms(c, &feats[i], buf[:0])
		out[i] = slices.Clone(buf)
		for _, t := range out[i] {
			v.df[t.id]++
		}
	}
	v.n += len(claims)
	for _, vec := range out {
		v.weigh(vec)
	}
	return out
}

// idf is the term's Rarity in the claims counted.
func (v *vocab) idf(id uint32) float64 {
	df := 0
	if int(id) < len(v.df) {
		df = int(v.df[id])
	}
	return Rarity(df, v.n)
}

// weigh turns raw counts into L2-normalised weights with sub-linear term
// frequency, in place.
func (v *vocab) weigh(vec vector) {
	var norm float64
	for i, t := range vec {
		w := (1 + math.Log(float64(t.w))) * v.idf(t.id)
		vec[i].w = float32(w)
		norm += w * w
	}
	if norm > 0 {
		n := float32(math.Sqrt(norm))
		for i := range vec {
			vec[i].w /= n
		}
	}
}

// cosine of two normalised vectors.
func cosine(a, b vector) float64 {
	var s float32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return float64(s)
}

// cosineDense is cosine(a, b) with a spread into a dense array by term ID
// (a term a lacks is 0). It sums the same products in the same order (b's
// shared terms by increasing ID; the others add 0), so it returns exactly
// what cosine does.
func cosineDense(a []float32, b vector) float64 {
	var s float32
	for _, t := range b {
		s += a[t.id] * t.w
	}
	return float64(s)
}

// cosineDenseApprox is cosineDense(a, b) summed in eight running sums
// instead of one, so that the additions need not wait for each other (a
// third less time on SaudiNewsNet articles' centroids); it may differ from
// cosineDense in the last bits, by at most cosineDenseSlack(len(b)) for
// vectors of non-negative weights whose products sum to at most 1
// (normalised ones). A caller tells with it, and no exact sum, that a
// cosine falls short of a threshold.
func cosineDenseApprox(a []float32, b vector) float64 {
	var s0, s1, s2, s3, s4, s5, s6, s7 float32
	i := 0
	for ; i+8 <= len(b); i += 8 {
		c := b[i : i+8 : i+8]
		s0 += a[c[0].id] * c[0].w
		s1 += a[c[1].id] * c[1].w
		s2 += a[c[2].id] * c[2].w
		s3 += a[c[3].id] * c[3].w
		s4 += a[c[4].id] * c[4].w
		s5 += a[c[5].id] * c[5].w
		s6 += a[c[6].id] * c[6].w
		s7 += a[c[7].id] * c[7].w
	}
	for ; i < len(b); i++ {
		s0 += a[b[i].id] * b[i].w
	}
	return float64(((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)))
}

// cosineDenseSlack bounds how far cosineDenseApprox may be from
// cosineDense over n terms of two normalised vectors. Both add the same
// non-negative products (each rounded to float32, or fused into the sum,
// which rounds less) whose exact sum is at most 1 and a rounding; any
// order of n float32 additions of non-negative numbers is within
// (n-1)·u/(1-(n-1)·u) of their exact sum (u = 2⁻²⁴), so the two are within
// twice that, plus the products' rounding. The slack is twice as wide.
func cosineDenseSlack(n int) float64 {
	return float64(n+2) * 2.5e-7
}

// cosineOfUnnormalized is cosine(normalize(slices.Clone(a)),
// normalize(slices.Clone(b))) without the copies: each weight is scaled as
// normalize scales it (rounded to float32) as it is read, so the result is
// exactly the same.
func cosineOfUnnormalized(a, b vector) float64 {
	sa, sb := normScale(a), normScale(b)
	var s float32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float32(a[i].w*sa) * float32(b[j].w*sb)
			i++
			j++
		}
	}
	return float64(s)
}

// normScale is the factor normalize multiplies v's weights by (1 for a
// zero vector, which it leaves as it is).
func normScale(v vector) float32 {
	var n float64
	for _, t := range v {
		n += float64(t.w) * float64(t.w)
	}
	if n == 0 {
		return 1
	}
	return float32(1 / math.Sqrt(n))
}

// add returns a+b*scale (unnormalised), for building group centroids.
func add(a, b vector, scale float32) vector {
	return addInto(make(vector, 0, len(a)+len(b)), a, b, scale)
}

// addInto is add appending to out (which shares no memory with a or b).
func addInto(out, a, b vector, scale float32) vector {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i].id < b[j].id):
			out = append(out, a[i])
			i++
		case i >= len(a) || a[i].id > b[j].id:
			out = append(out, term{b[j].id, b[j].w * scale})
			j++
		default:
			out = append(out, term{a[i].id, a[i].w + b[j].w*scale})
			i++
			j++
		}
	}
	return out
}

// normalize scales v to unit length in place.
func normalize(v vector) vector {
	var n float64
	for _, t := range v {
		n += float64(t.w) * float64(t.w)
	}
	if n == 0 {
		return v
	}
	s := float32(1 / math.Sqrt(n))
	for i := range v {
		v[i].w *= s
	}
	return v
}

// contentToken reports whether token i of c says what happened rather than
// who said it: not a stop word, not a speech verb (قال، أكد، مشيراً: the
// frame of a report, which any two reports share), and not inside a
// mention of a person, role or outlet, which the claim's entity IDs stand
// for. Keeping who apart from what lets two claims about the same people
// doing different things score low.
func contentToken(c *claim.Claim, i int) bool {
	t := c.Tokens[i]
	if t.Stop || len(t.Norm) <= 2 || claim.IsSpeechVerb(t.Norm) {
		return false
	}
	for _, e := range c.Entities {
		if e.Kind != "place" && t.Start >= e.Start && t.End <= e.End {
			return false
		}
	}
	return true
}
