package diff

import (
	"sync"

	"github.com/claimdiff/claimdiff/claim"
)

// Storage of the claim caches, reused from group to group.
//
// CompareGroupDiffs makes a claimCache for every claim of a group, and
// the caches fill lookup tables of their claims' words (wordInfo per
// token, folded forms and stems with their hashes, formIndex) that die
// with the group. Made anew for each group they were a fifth of what the
// differences of SaudiNewsNet allocate, and the output stage that
// computes them runs beside a live heap of some 500 MB: every 300 MB
// allocated there is one more collection marking all of it. A
// cacheArena hands the caches their tables out of slices it keeps, so a
// worker comparing group after group allocates them once.
//
// Nothing handed out may outlive the group: the caches' tables are
// lookups of CompareGroupDiffs's checks, never part of a Discrepancy or
// an Op (what those hold is copied or comes from the claims).

// cacheArena is the reused storage of one group's claim caches. It is not
// safe for concurrent use; arenas holds the idle ones.
type cacheArena struct {
	caches []claimCache
	infos  []wordInfo
	strs   []string
	hashes []uint32
	forms  []formHash
	plain  []int8
	words  []*wordInfo
	maps   []map[string]bool
	nmaps  int               // maps handed out in the current group
	seen   map[dedupKey]bool // CompareGroupDiffs's deduplication
	// pair is the pair being compared (newPair), and used and form its
	// tables (pairTables), reused from pair to pair.
	pair pair
	used []bool
	form []int8
}

// arenas are the idle cache arenas (one per goroutine comparing a group).
var arenas = sync.Pool{New: func() any { return new(cacheArena) }}

// newCaches returns a claimCache for each non-nil claim of claims (nil for
// a nil claim), their tables to come from a.
func (a *cacheArena) newCaches(claims []*claim.Claim) []*claimCache {
	if cap(a.caches) < len(claims) {
		a.caches = make([]claimCache, len(claims))
	}
	a.caches = a.caches[:len(claims)]
	a.infos, a.strs, a.hashes, a.forms, a.plain, a.words = a.infos[:0], a.strs[:0], a.hashes[:0], a.forms[:0], a.plain[:0], a.words[:0]
	a.nmaps = 0
	out := make([]*claimCache, len(claims))
	for i, c := range claims {
		a.caches[i] = claimCache{c: c, arena: a}
		if c != nil {
			out[i] = &a.caches[i]
		}
	}
	return out
}

// release drops what the caches point to (claims, strings of their
// tokens), so that an idle arena keeps no text alive, and gives a back.
// Only the part of each buffer handed out is cleared: the rest is zero
// already (new, or cleared by an earlier release), and a buffer sized for
// a group of twenty claims would be cleared whole after every pair of
// two.
func (a *cacheArena) release() {
	clear(a.caches)
	clear(a.infos)
	clear(a.strs)
	clear(a.words)
	for _, m := range a.maps[:a.nmaps] {
		clear(m)
	}
	clear(a.seen)
	a.pair = pair{}
	arenas.Put(a)
}

// carve returns n zeroed elements at the end of *buf, growing it (to a
// new array; earlier carvings keep the old one) when it has no room.
func carve[T any](buf *[]T, n int) []T {
	b := *buf
	if cap(b)-len(b) < n {
		b = make([]T, 0, max(2*cap(b), n, 256))
	}
	s := b[len(b) : len(b)+n : len(b)+n]
	clear(s)
	*buf = b[:len(b)+n]
	return s
}

// pairTables returns the per-token tables of a pair of claims of na and
// nb tokens (pair.used and pair.form), zeroed: each side's explained
// tokens, and formOn's answers about the other side's tokens. They are
// the arena's until the next call: a group's pairs are compared one at a
// time, and nothing of a pair outlives its comparison but its
// discrepancies.
func (a *cacheArena) pairTables(na, nb int) (used [2][]bool, form [2][]int8) {
	n := na + nb
	if cap(a.used) < n {
		a.used, a.form = make([]bool, n, 2*n), make([]int8, n, 2*n)
	}
	u, f := a.used[:n], a.form[:n]
	clear(u)
	clear(f)
	return [2][]bool{u[:na:na], u[na:]}, [2][]int8{f[:nb:nb], f[nb:]}
}

// wordInfos returns n zeroed wordInfos.
func (a *cacheArena) wordInfos(n int) []wordInfo { return carve(&a.infos, n) }

// strings returns room for n strings (length 0, capacity n).
func (a *cacheArena) strings(n int) []string { return carve(&a.strs, n)[:0] }

// uint32s returns room for n hashes (length 0, capacity n).
func (a *cacheArena) uint32s(n int) []uint32 { return carve(&a.hashes, n)[:0] }

// formHashes returns n zeroed formHashes.
func (a *cacheArena) formHashes(n int) []formHash { return carve(&a.forms, n) }

// int8s returns n zeroed int8s.
func (a *cacheArena) int8s(n int) []int8 { return carve(&a.plain, n) }

// wordInfoPtrs returns room for n wordInfo pointers (length 0, capacity n).
func (a *cacheArena) wordInfoPtrs(n int) []*wordInfo { return carve(&a.words, n)[:0] }

// stringSet returns an empty set of strings, one of those earlier groups
// used (emptied by release) when there is one.
func (a *cacheArena) stringSet() map[string]bool {
	if a.nmaps < len(a.maps) {
		m := a.maps[a.nmaps]
		a.nmaps++
		return m
	}
	m := make(map[string]bool)
	a.maps = append(a.maps, m)
	a.nmaps++
	return m
}

// dedupSet returns an empty set of deduplication keys, the one earlier
// groups used (emptied by release) when there is one.
func (a *cacheArena) dedupSet() map[dedupKey]bool {
	if a.seen == nil {
		a.seen = make(map[dedupKey]bool)
	}
	return a.seen
}
