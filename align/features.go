package align

import (
	"github.com/claimdiff/claimdiff/claim"
)

// Features are what a Scorer reads of a claim's tokens: the stems of its
// content words (with a written form of each, for event labels) and its
// character trigrams. Computing them per document, as soon as its facts
// are read, lets a caller drop the tokens long before scoring: on a large
// corpus the tokens of every claim are most of the memory.
type Features struct {
	Stems    []string // content words' stems, in order
	Surfaces []string // the written form of each stem's word
	Trigrams []uint32 // sorted, de-duplicated hashed trigrams of the content words
}

// FeaturesOf reads c's features from its tokens.
func FeaturesOf(c *claim.Claim) Features {
	var f Features
	for i, t := range c.Tokens {
		if !contentToken(c, i) {
			continue
		}
		f.Stems = append(f.Stems, t.Stem)
		f.Surfaces = append(f.Surfaces, c.Text[t.Start-c.Start:t.End-c.Start])
	}
	f.Trigrams = trigrams(c)
	return f
}

// NewScorerWith is NewScorer from features already read (feats[i] of
// claims[i]); it reads no tokens.
func NewScorerWith(claims []*claim.Claim, feats []Features) *Scorer {
	s := &Scorer{claims: claims, vocab: newVocab(), model: DefaultModel}
	s.vecs = s.vocab.build(claims, feats)
	s.tri = make([][]uint32, len(claims))
	s.ivs = make([]interval, len(claims))
	s.ivOK = make([]bool, len(claims))
	for i, c := range claims {
		s.ivs[i], s.ivOK[i] = parseISO(c.EventDate)
		s.tri[i] = feats[i].Trigrams
	}
	return s
}
