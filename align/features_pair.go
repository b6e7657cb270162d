package align

// Pair features.
//
// The similarity model (model.go) reads a claim pair through a few
// measures, each in [0, 1] unless said otherwise:
//
//   - cosine: IDF-weighted cosine of content stems and entity IDs
//     (vector.go). Exact stems only: blind to clitics and inflection.
//   - dice: Dice of the content words' character trigrams (ngram.go).
//     Catches clitics and spelling, over-rewards shared short words.
//   - cover_min, cover_max: soft word alignment. Each content term of one
//     claim is matched to its most similar term of the other — 1 for the
//     same stem or entity, the character-bigram Dice of the two stems for
//     related forms ("يعزف"/"عزف", "الأطفال"/"طفل" fail exact stems but
//     share most bigrams), 0.6 for two stems with one guessed root
//     (lang/ar Root: "يزور"/"زيارة"), 0.8 for two words of one synonym
//     family (lang/ar synonyms.txt: "التقى"/"استقبل") — and the matches are
//     averaged with the
//     terms' IDF weights. Coverage is taken in each direction, and the
//     features are the smaller and the larger of the two (so that the
//     measure is symmetric), which tells a short claim inside a long one
//     from two claims that share half.
//   - assoc_min, assoc_max: the same coverages with the model's learned
//     word associations counted as matches (assoc.go): "رجل"/"شخص",
//     "يلتقي"/"يجتمع".
//   - len_ratio: the shorter claim's term count over the longer's;
//     terms_min, terms_max: the two counts (a two-word caption and a
//     thirty-word sentence are compared differently).
//   - unmatched: the share of the two claims' terms (by weight) that find
//     no counterpart by form at all (best match under 0.5).
//   - gap_min, gap_mean: what the words left unmatched usually cost. The
//     model learns, for each stem, the mean rating of the training pairs
//     in which it was left unmatched (ratings.go): a changed "رجل" or
//     "يستيقظ" costs little (paraphrases swap them), a changed "جيتار" a
//     lot. The features are the lowest and the mean of those ratings over
//     both claims' unmatched words (1 and the prior when none is left).
//   - vec_cos: the cosine of the two claims' learned sentence vectors
//     (wordvec.go), 0 when either has no word the vectors know.
//   - vec_cover_min, vec_cover_max: each known stem matched to its
//     nearest stem of the other claim by vector cosine, IDF-averaged, in
//     each direction (wordvec.go).
//   - vec_known: the smaller of the two claims' shares of stems that have
//     vectors — how much of the pair the vector features read. Vectors
//     exist only for words of the training pairs; with few known, vec_cos
//     says little, and the trees can learn to trust it less. On ArNLI it
//     added 0.001 to the training split's cross-validated Spearman and
//     0.002 to the development split's (mean over four seeds of the
//     chosen boosting settings).
//   - negation: 1 when exactly one of the claims is negated.
//   - numbers_agree, numbers_differ: both claims carry numbers and share
//     one; both carry numbers and share none.
//   - same_speaker, same_date: the claims name the same speaker; they
//     report the same month or day.
//
// Measures are computed from the vectors a Scorer already holds, so a
// claim's tokens need not be kept; only the stems of each vocabulary term
// are read (vocab.terms).

import (
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/lang/ar"
)

// Feature indices, in the order of FeatureNames.
const (
	fCosine = iota
	fDice
	fCoverMin
	fCoverMax
	fAssocMin
	fAssocMax
	fLenRatio
	fTermsMin
	fTermsMax
	fUnmatched
	fGapMin
	fGapMean
	fVecCos
	fVecCoverMin
	fVecCoverMax
	fVecKnown
	fNegation
	fNumbersAgree
	fNumbersDiffer
	fSameSpeaker
	fSameDate
	NumFeatures
)

// FeatureNames names the pair features, in index order. The model file
// lists them so that a model trained on other features is refused.
var FeatureNames = [NumFeatures]string{
	"cosine", "dice", "cover_min", "cover_max", "assoc_min", "assoc_max", "len_ratio", "terms_min", "terms_max",
	"unmatched", "gap_min", "gap_mean", "vec_cos", "vec_cover_min", "vec_cover_max", "vec_known", "negation", "numbers_agree", "numbers_differ", "same_speaker", "same_date",
}

// Features returns the measures of claims i and j that the similarity model
// reads.
func (s *Scorer) Features(i, j int) [NumFeatures]float64 {
	var f [NumFeatures]float64
	m := s.similarityModel()
	a, b := s.claims[i], s.claims[j]
	va, vb := s.vecs[i], s.vecs[j]
	f[fCosine] = cosine(va, vb)
	f[fDice] = dice(s.tri[i], s.tri[j])
	ab := s.cover(va, vb, nil)
	ba := s.cover(vb, va, nil)
	f[fCoverMin], f[fCoverMax] = min(ab.lexical, ba.lexical), max(ab.lexical, ba.lexical)
	f[fAssocMin], f[fAssocMax] = min(ab.assoc, ba.assoc), max(ab.assoc, ba.assoc)
	ua, ub := ab.unmatched, ba.unmatched
	if n, m := len(va), len(vb); n > 0 && m > 0 {
		f[fLenRatio] = float64(min(n, m)) / float64(max(n, m))
		f[fTermsMin], f[fTermsMax] = float64(min(n, m)), float64(max(n, m))
	}
	f[fUnmatched] = (ua + ub) / 2
	f[fGapMin], f[fGapMean] = 1, m.RatingPrior
	if n := ab.gaps + ba.gaps; n > 0 {
		f[fGapMin] = min(ab.gapMin, ba.gapMin)
		f[fGapMean] = (ab.gapSum + ba.gapSum) / float64(n)
	}
	if wv := m.Vectors; wv != nil {
		var ba, bb [32]string
		sa, sb := s.stemsOf(i, ba[:0]), s.stemsOf(j, bb[:0])
		f[fVecCos] = wv.Cosine(sa, sb)
		f[fVecCoverMin], f[fVecCoverMax] = wv.CoverMinMax(sa, sb)
		f[fVecKnown] = min(wv.Known(sa), wv.Known(sb))
	}
	if a.Negated != b.Negated {
		f[fNegation] = 1
	}
	if len(a.Numbers) > 0 && len(b.Numbers) > 0 {
		if sharedNumber(a, b) {
			f[fNumbersAgree] = 1
		} else {
			f[fNumbersDiffer] = 1
		}
	}
	if a.Speaker != "" && a.Speaker == b.Speaker {
		f[fSameSpeaker] = 1
	}
	if sameHappeningDate(a, b) {
		f[fSameDate] = 1
	}
	return f
}

// coverage is how well the terms of one claim are matched in another.
type coverage struct {
	lexical   float64 // by form: same stem or entity, or similar stems
	assoc     float64 // by form or learned association
	unmatched float64 // weighted share of terms with no match by form
	// The learned ratings of the unmatched words (model.rating): their
	// number, lowest and sum.
	gaps           int
	gapMin, gapSum float64
}

// cover is the IDF-weighted mean, over the terms of a, of each term's best
// match in b: by form, then counting the model's learned associations;
// and the weighted share of a's terms
// with no match by form of 0.5 or more. Each such unmatched term's key is
// appended to *miss when miss is not nil. Both vectors are sorted by term
// ID; entity terms match only themselves.
func (s *Scorer) cover(a, b vector, miss *[]string) coverage {
	c := coverage{gapMin: 1}
	m := s.similarityModel()
	var tot float64
	roots := s.vocab.rootsOf()
	for _, x := range a {
		w := float64(x.w)
		tot += w
		best, bestA := 0.0, 0.0
		if containsTerm(b, x.id) {
			best, bestA = 1, 1
		} else if xs := s.vocab.terms[x.id]; xs != "" && xs[0] != 0 {
			for _, y := range b {
				ys := s.vocab.terms[y.id]
				if ys == "" || ys[0] == 0 {
					continue
				}
				best = max(best, wordSim(xs, ys))
				if r := roots[x.id]; r != "" && r == roots[y.id] {
					best = max(best, rootSim)
				}
				if ar.Synonymous(xs, ys) {
					best = max(best, synonymSim)
				}
				bestA = max(bestA, m.assoc(xs, ys))
			}
			bestA = max(bestA, best)
		}
		c.lexical += w * best
		c.assoc += w * bestA
		if best < 0.5 {
			c.unmatched += w
			if xs := s.vocab.terms[x.id]; xs != "" && xs[0] != 0 {
				if miss != nil {
					*miss = append(*miss, xs)
				}
				r := m.rating(xs)
				c.gaps++
				c.gapMin = min(c.gapMin, r)
				c.gapSum += r
			}
		}
	}
	if tot == 0 {
		return coverage{gapMin: 1}
	}
	c.lexical /= tot
	c.assoc /= tot
	c.unmatched /= tot
	return c
}

// Unmatched returns the stems of claim i that find no match by form in
// claim j, and those of j that find none in i: the words a paraphrase
// changed, from which word associations are learned.
func (s *Scorer) Unmatched(i, j int) (a, b []string) {
	s.cover(s.vecs[i], s.vecs[j], &a)
	s.cover(s.vecs[j], s.vecs[i], &b)
	return a, b
}

// containsTerm reports whether the sorted vector v holds term id.
func containsTerm(v vector, id uint32) bool {
	lo, hi := 0, len(v)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case v[m].id < id:
			lo = m + 1
		case v[m].id > id:
			hi = m
		default:
			return true
		}
	}
	return false
}

// wordSim is how alike two different stems are by form: the Dice
// coefficient of their character bigrams (with a boundary mark at each
// end), counted only from 0.5, where two stems start to be forms of one
// word rather than chance neighbours.
func wordSim(xs, ys string) float64 {
	sim := bigramDice(xs, ys)
	if sim < 0.5 {
		return 0
	}
	return sim
}

// bigramDice is the Dice coefficient of the character bigrams of two words,
// each framed by a boundary mark, as multisets. It allocates nothing for
// words of up to 30 runes.
func bigramDice(x, y string) float64 {
	var xa, ya [32]rune
	xr := frame(xa[:0], x)
	yr := frame(ya[:0], y)
	nx, ny := len(xr)-1, len(yr)-1
	if nx <= 0 || ny <= 0 {
		return 0
	}
	var used [32]bool
	common := 0
	for i := 0; i < nx; i++ {
		for j := 0; j < ny; j++ {
			if !used[j] && xr[i] == yr[j] && xr[i+1] == yr[j+1] {
				used[j] = true
				common++
				break
			}
		}
	}
	return 2 * float64(common) / float64(nx+ny)
}

// frame appends '^', the runes of w (at most 30) and '$' to dst.
func frame(dst []rune, w string) []rune {
	dst = append(dst, '^')
	for _, r := range w {
		if len(dst) == cap(dst)-1 {
			break
		}
		dst = append(dst, r)
	}
	return append(dst, '$')
}

// synonymSim is the match of two stems of one synonym family (lang/ar
// synonyms.txt: التقى/استقبل، رجل/شخص).
const synonymSim = 0.8

// rootSim is the match of two stems with one guessed root: forms of one
// word more often than not (يزور، زيارة), not always (كتب، مكتب).
const rootSim = 0.6

// rootOf guesses the root of an Arabic term key, "" for entity keys and
// other scripts.
func rootOf(t string) string {
	if t == "" || t[0] == 0 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(t)
	if r < 0x0600 || r > 0x06FF {
		return ""
	}
	return ar.Root(t)
}

// stemsOf appends the word stems of claim i (each once, entities left
// out) to dst.
func (s *Scorer) stemsOf(i int, dst []string) []string {
	for _, t := range s.vecs[i] {
		if k := s.vocab.terms[t.id]; k != "" && k[0] != 0 {
			dst = append(dst, k)
		}
	}
	if s.claims[i].Negated {
		dst = append(dst, negatedStem)
	}
	return dst
}

// negatedStem stands for a negated claim among its stems, so that the
// word vectors learn what a negation does to relatedness.
const negatedStem = "\x01not"

// Stems returns the word stems of claim i, each once.
func (s *Scorer) Stems(i int) []string { return s.stemsOf(i, nil) }
