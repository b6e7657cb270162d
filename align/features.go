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

// FeaturesOf reads c's features from its tokens. Its content words are
// found once (for stems and trigrams alike) and its slices are made at
// their exact size.
func FeaturesOf(c *claim.Claim) Features {
	var buf [256]bool
	content := buf[:0]
	if len(c.Tokens) > len(buf) {
		content = make([]bool, 0, len(c.Tokens))
	}
	n := 0
	for i := range c.Tokens {
		ok := contentToken(c, i)
		content = append(content, ok)
		if ok {
			n++
		}
	}
	var f Features
	if n > 0 {
		f.Stems, f.Surfaces = make([]string, 0, n), make([]string, 0, n)
	}
	for i, t := range c.Tokens {
		if !content[i] {
			continue
		}
		f.Stems = append(f.Stems, t.Stem)
		f.Surfaces = append(f.Surfaces, c.Text[t.Start-c.Start:t.End-c.Start])
	}
	f.Trigrams = trigramsOf(c, content)
	return f
}

// NewScorerWith is NewScorer from features already read (feats[i] of
// claims[i]); it reads no tokens.
func NewScorerWith(claims []*claim.Claim, feats []Features) *Scorer {
	s := &Scorer{claims: claims, vocab: newVocab()}
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
