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
	s.vecs = make([]vector, len(claims))
	var buf vector
	for i, c := range claims {
		buf = v.claimTerms(c, &feats[i], buf[:0])
		s.vecs[i] = slices.Clone(buf)
	}
	for t, id := range v.ids {
		v.df[id] = int32(max(df(t), 1))
	}
	v.n = max(n, len(claims))
	for _, vec := range s.vecs {
		v.weigh(vec)
	}
	s.tri = make([][]uint32, len(claims))
	s.ivs = make([]interval, len(claims))
	s.ivOK = make([]bool, len(claims))
	for i, c := range claims {
		s.ivs[i], s.ivOK[i] = parseISO(c.EventDate)
		s.tri[i] = feats[i].Trigrams
	}
	return s
}
