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
// The numbers come from one registry of the process (stemIDs), which
// holds each distinct stem met and its number, asked only when an
// analyzer's cache and the shared one both miss (a word seen for the
// first time) and by callers that hold a stem without its token
// (StemID). Numbers start at 1 and are
// dense, in order of first sight; which stem gets which number depends on
// which goroutine met it first, so nothing may depend on their order, only
// on their equality.

import (
	"hash/maphash"
)

// stemIDs is the registry of stem numbers: an open-addressing table of
// 8-byte slots (a stem's hash and number) over the stems' bytes, laid one
// after another in one array: about 20 bytes a stem. A Go map of strings
// held each stem in a string of its own, 16 bytes of header and an
// allocation beside a slot of 24 bytes. It is guarded by sharedStems'
// lock.
type stemIDs struct {
	table []idSlot // linear probing; a power of two long, at most 3/4 full
	ends  []uint32 // by number-1: where the stem ends in arena (it starts where the one before ends)
	arena []byte   // the stems' bytes, in order of their numbers
}

// idSlot is one numbered stem: its hash (idTag, never 0; 0 marks an empty
// slot) and its number.
type idSlot struct{ tag, id uint32 }

// idTag returns the hash the registry keeps of stem: odd, so never 0.
// Its bits above the lowest choose the slot.
func idTag(stem string) uint32 { return uint32(maphash.String(stemSeed, stem)) | 1 }

// stem returns the bytes of the stem numbered id.
func (r *stemIDs) stem(id uint32) []byte {
	start := uint32(0)
	if id > 1 {
		start = r.ends[id-2]
	}
	return r.arena[start:r.ends[id-1]]
}

// of returns stem's number, giving it the next one when it has none. The
// caller holds sharedStems' lock.
func (r *stemIDs) of(stem string) uint32 {
	if r.table == nil {
		r.table = make([]idSlot, 1<<12)
	}
	tag := idTag(stem)
	mask := len(r.table) - 1
	for i := int(tag>>1) & mask; ; i = (i + 1) & mask {
		s := r.table[i]
		if s.tag == 0 {
			break
		}
		if s.tag == tag && string(r.stem(s.id)) == stem {
			return s.id
		}
	}
	r.arena = append(r.arena, stem...)
	r.ends = append(r.ends, uint32(len(r.arena)))
	id := uint32(len(r.ends))
	if 4*len(r.ends) > 3*len(r.table) {
		r.grow()
	}
	r.insert(idSlot{tag, id})
	return id
}

// insert puts s in the first empty slot of its probe sequence.
func (r *stemIDs) insert(s idSlot) {
	mask := len(r.table) - 1
	i := int(s.tag>>1) & mask
	for r.table[i].tag != 0 {
		i = (i + 1) & mask
	}
	r.table[i] = s
}

// grow doubles the table.
func (r *stemIDs) grow() {
	old := r.table
	r.table = make([]idSlot, 2*len(old))
	for _, s := range old {
		if s.tag != 0 {
			r.insert(s)
		}
	}
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
	return len(sharedStems.ids.ends)
}
