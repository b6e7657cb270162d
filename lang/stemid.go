package lang

// Stem numbers.
//
// Later stages count and compare the stems of a corpus's words (align's
// feature tables number each document's stems, then the corpus's). Looked
// up by their strings, that was a map access a word, hashing and comparing
// the stem's bytes again and again: a tenth of the claims stage on
// SaudiNewsNet. Each token now carries its stem's number (Token.StemID),
// which the stem caches hand out with the stem, so a stage can keep what
// it knows of a stem in an array indexed by the number.
//
// The numbers come from one registry of the process, a map from each
// distinct stem met to its number, asked only when an analyzer's cache and
// the shared one both miss (a word seen for the first time) and by callers
// that hold a stem without its token (StemID). Numbers start at 1 and are
// dense, in order of first sight; which stem gets which number depends on
// which goroutine met it first, so nothing may depend on their order, only
// on their equality.

import (
	"strings"
)

// stemIDs is the registry of stem numbers. It is guarded by sharedStems'
// lock.
type stemIDs struct {
	ids map[string]uint32 // stem → number; the keys are copies of their own
}

// of returns stem's number, giving it the next one when it has none. The
// caller holds sharedStems' lock.
func (r *stemIDs) of(stem string) uint32 {
	if id, ok := r.ids[stem]; ok {
		return id
	}
	if r.ids == nil {
		r.ids = make(map[string]uint32, 1<<12)
	}
	id := uint32(len(r.ids) + 1)
	r.ids[strings.Clone(stem)] = id
	return id
}

// StemID returns the number of stem, as Tokenize gives it in
// Token.StemID: equal stems have equal numbers, different stems different
// ones, never 0, for the life of the process. It is for callers that hold
// a stem without its token; it takes a lock, and a token's StemID costs
// nothing. It is safe for concurrent use.
func StemID(stem string) uint32 {
	sharedStems.Lock()
	defer sharedStems.Unlock()
	return sharedStems.ids.of(stem)
}

// StemIDs returns how many stem numbers have been given so far: every
// number given is at most StemIDs(). It is safe for concurrent use.
func StemIDs() int {
	sharedStems.Lock()
	defer sharedStems.Unlock()
	return len(sharedStems.ids.ids)
}
