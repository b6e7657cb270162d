package align

import (
	"runtime"
	"slices"
	"sync"

	"github.com/claimdiff/claimdiff/claim"
)

// NewScorerGlobal is NewScorerWith for a part of a larger collection:
// rarity is counted over the whole collection, not over the claims given.
// df(term) is how many claims of the collection hold term (a content stem,
// or "\x00" and an entity ID) and n how many claims it has; df is called
// from several goroutines. An incremental analysis (package store)
// re-clusters the part of a stored corpus that new articles touch with
// the weights a full run would give.
func NewScorerGlobal(claims []*claim.Claim, feats []Features, df func(term string) int, n int) *Scorer {
	s := &Scorer{claims: claims, vocab: newVocab()}
	v := s.vocab
	chunks := 1
	if len(claims) >= minChunked {
		chunks = runtime.GOMAXPROCS(0)
	}
	s.vecs = numberTerms(v, claims, feats, chunks)
	parallel(len(v.terms), func(id int) {
		v.df[id] = int32(max(df(v.terms[id]), 1))
	})
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

// minChunked is the fewest claims whose terms numberTerms numbers on all
// cores (below, the goroutines cost more than they save).
const minChunked = 4096

// numberTerms returns each claim's raw terms (rawTerms: unsorted, not
// folded), numbering the terms in v as rawTerms numbers them claim after
// claim, so that IDs and first surfaces do not depend on chunks. The
// claims are cut into chunks runs, each numbered on a goroutine of its
// own in a vocabulary of its own, the first in v (the map look-ups of
// every stem of every claim, on one goroutine, were a serial 0.2 s of an
// update of 100 articles to a store of SaudiNewsNet); the other chunks'
// distinct terms then join v in chunk order, and their vectors' IDs are
// rewritten into v's.
func numberTerms(v *vocab, claims []*claim.Claim, feats []Features, chunks int) []vector {
	vecs := make([]vector, len(claims))
	chunks = max(1, min(chunks, len(claims)))
	if chunks == 1 {
		for i, c := range claims {
			vecs[i] = v.rawTerms(c, &feats[i], make(vector, 0, len(feats[i].Stems)+len(c.Entities)))
		}
		return vecs
	}
	size := (len(claims) + chunks - 1) / chunks
	locals := make([]*vocab, chunks)
	var wg sync.WaitGroup
	for k := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lv := v // the first chunk numbers its terms in v itself
			if k > 0 {
				lv = newVocab()
			}
			for i := k * size; i < min((k+1)*size, len(claims)); i++ {
				vecs[i] = lv.rawTerms(claims[i], &feats[i], make(vector, 0, len(feats[i].Stems)+len(claims[i].Entities)))
			}
			locals[k] = lv
		}()
	}
	wg.Wait()
	// A chunk's terms in the order it numbered them (the order of their
	// first use), each to its ID in v.
	global := make([][]uint32, chunks)
	for k, lv := range locals[1:] {
		k++
		global[k] = make([]uint32, len(lv.terms))
		for l, t := range lv.terms {
			id := v.id(t)
			if v.surface[id] == "" {
				v.surface[id] = lv.surface[l]
			}
			global[k][l] = id
		}
	}
	parallel(len(claims)-size, func(i int) {
		i += size
		ids := global[i/size]
		for x := range vecs[i] {
			vecs[i][x].id = ids[vecs[i][x].id]
		}
	})
	return vecs
}
