package align

// Undated articles.
//
// Two articles with no date at all (pasted text: no published date, no
// retrieval date, no date in the text) can only be told to report one
// happening by what they say. Document frequencies counted over the few
// claims of such an input say little about which words are rare, so the
// centroid cosine events use elsewhere is weak here: two reports of one
// press release and two reports from one ministry both share its words.
// Three signals, any one of which suffices:
//
//   - the centroid cosine of the two groups (stems and entity IDs), at
//     undatedCosine, a little stricter than between dated groups;
//   - the best claim pair (Scorer.Score) at undatedPair: one outlet's
//     sentence restated by the other, which also catches an article that
//     tells the happening in a few lines among other news;
//   - phrase containment: the share of the shorter article's content-word
//     bigrams (consecutive stems, stop words left out, numbers kept) that
//     the other article also has, at undatedPhrase. Wire copy rewritten by
//     two desks keeps its names, figures and set phrases in order ("مجلس
//     الأعمال السعودي الأمريكي", "197 مليون") even when the sentences change.
//
// The three thresholds were chosen on half a of the same-story development
// set (testdata/samestory, `go run ./scripts/samestory`) and are reported
// with half b, which did not choose them.

import (
	"hash/fnv"
	"slices"

	"github.com/claimdiff/claimdiff/lang"
)

const (
	undatedCosine = 0.30
	undatedPair   = 0.50
	undatedPhrase = 0.30
	// undatedAllPairs is the most undated groups compared all against all;
	// beyond it (a large crawl without dates) only the groups the term
	// index proposes are compared.
	undatedAllPairs = 1500
)

// phrasesOf returns the sorted, distinct hashes of the content-word bigrams
// of the claims (indices into s).
func (s *Scorer) phrasesOf(members []int) []uint64 {
	var out []uint64
	for _, i := range members {
		var prev string
		for _, t := range lang.Tokenize(s.claims[i].Text) {
			if t.Stop || (t.Kind == lang.Word && len(t.Norm) < 4) {
				continue
			}
			if prev != "" {
				h := fnv.New64a()
				h.Write([]byte(prev))
				h.Write([]byte{0})
				h.Write([]byte(t.Stem))
				out = append(out, h.Sum64())
			}
			prev = t.Stem
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// containment is the share of the shorter of two sorted sets found in the
// other.
func containment(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// sameUndated reports whether two undated groups of different documents
// report one happening, and a score to order merges by (the strongest of
// the three signals, each relative to its threshold, times the cosine
// threshold so that it sorts among the other candidates).
func (s *Scorer) sameUndated(a, b *localGroup) (float64, bool) {
	cos := cosine(a.vec, b.vec)
	phrase := containment(a.phrases, b.phrases)
	r := max(cos/undatedCosine, phrase/undatedPhrase)
	if r < 1 {
		r = max(r, s.bestPair(a.members, b.members)/undatedPair)
	}
	return r * undatedCosine, r >= 1
}
