package align

import (
	"slices"

	"github.com/claimdiff/claimdiff/claim"
)

// NewScorerGlobal is NewScorerWith for a part of a larger collection:
// rarity is counted over the whole collection, not over the claims given.
// df(term) is how many claims of the collection hold term (a content stem,
// or "\x00" and an entity ID) and n how many claims it has. An incremental
// analysis (package analysis) re-clusters the part of a stored corpus that
// new articles touch with the weights a full run would give.
func NewScorerGlobal(claims []*claim.Claim, feats []Features, df func(term string) int, n int) *Scorer {
	s := &Scorer{claims: claims, vocab: newVocab()}
	v := s.vocab
	// Terms are numbered on one goroutine, in claim order (which decides
	// their IDs and first surfaces); each claim's terms are then sorted,
	// folded and weighed on all cores (that was half of the time on a
	// part of 100,000 claims).
	s.vecs = make([]vector, len(claims))
	for i, c := range claims {
		s.vecs[i] = v.rawTerms(c, &feats[i], make(vector, 0, len(feats[i].Stems)+len(c.Entities)))
	}
	for t, id := range v.ids {
		v.df[id] = int32(max(df(t), 1))
	}
	v.n = max(n, len(claims))
	s.tri = make([][]uint32, len(claims))
	s.ivs = make([]interval, len(claims))
	s.ivOK = make([]bool, len(claims))
	parallel(len(claims), func(i int) {
		vec := foldTerms(s.vecs[i])
		v.weigh(vec)
		s.vecs[i] = slices.Clip(vec)
		s.ivs[i], s.ivOK[i] = parseISO(claims[i].EventDate)
		s.tri[i] = feats[i].Trigrams
	})
	return s
}
