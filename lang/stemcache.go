package lang

// The stem cache.
//
// Every word token asks for its stem, and stemming a word (package ar's
// Snowball stemmer) costs far more than finding it again; a corpus has a
// few hundred thousand distinct folded words. A Go map of strings answered
// it before, but on SaudiNewsNet its lookups were 5% of all the CPU time:
// each one hashes the word, matches control bytes and then follows the
// stored key's pointer to compare the bytes, a cache miss in a table of
// tens of megabytes. This cache keeps each word's bytes inside its slot,
// beside 16 bits of its hash and its stem, so that a hit reads one cache line
// and compares bytes already there. It is two-way set associative: a word
// goes into one set of two slots by its hash; a new word takes the first
// slot and moves the one there to the second, so the word seen least
// recently goes when the table is full, instead of emptying the whole
// cache as the map did past 2^18 words. The table starts small and doubles
// up to stemCacheMax slots. Words longer than stemKeyMax bytes, rare, are
// stemmed every time.
//
// A slot is 32 bytes, so that a set of two is one cache line: a lookup,
// hit or miss, reads one line of the table rather than two, and the
// largest table is 8 MiB rather than 16 (two analyzers' tables and the
// shared one were more than the processor's last-level cache). A word of
// up to stemInline bytes (ten Arabic letters, nearly all words) is kept in its
// slot; a longer one is kept in the arena, the slot holding its offset,
// and comparing it reads the arena too.
//
// The slots hold no pointers: a stem's bytes are in the cache's arena, an
// append-only byte slice, and the slot holds their offset and length. The
// tables are the largest objects of a run (three of 16 MiB on a large
// corpus, a third of the live heap, when slots were 64 bytes), and with a string in every slot the
// garbage collector read all of them at every cycle; now it only marks
// them. The stems handed out point into the arena and keep the part of
// it they were cut from; a cache whose arena passes stemArenaMax starts
// afresh.
//
// Each stem's number (Token.StemID) sits in the slot: a hit hands out the
// stem and its number without reading the arena, another line far away
// in memory (a number kept there, before the stem's bytes, cost a wait
// for memory a word). There is room for it because a slot keeps only 16
// bits of the word's hash (tag): the low bits of the hash choose the set
// already, and the slot's word is compared anyway; a table that grows
// hashes its words again. The numbers come from one registry of the
// process (stemIDs), asked only when the shared cache misses: equal stems
// get equal numbers whichever analyzer stemmed them.

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// stemKeyMax is the longest folded word the cache holds, in bytes (26
// Arabic letters).
const stemKeyMax = 52

// stemInline is the longest folded word kept in its slot, in bytes (ten
// Arabic letters); the slot is then 32 bytes.
const stemInline = 20

// stemArenaMax is the size of a cache's arena past which the cache is
// emptied and starts a new one (evicted words leave their stems there).
const stemArenaMax = 1 << 26

// Sizes of the table, in slots.
const (
	stemCacheMin = 1 << 12
	stemCacheMax = 1 << 18 // 8 MiB
)

// stemSlot is one cached word: its folded bytes (or, past stemInline
// bytes, their offset in the arena, little-endian in key's first four
// bytes), 16 bits of their hash, where its stem is in the cache's arena,
// the stem's number and whether it is a stop word. tag is 0 in an empty
// slot.
type stemSlot struct {
	tag  uint16 // tagOf the word's hash
	klen uint8  // the word's length in bytes, and stopBit for a stop word
	slen uint8  // the stem's length
	soff uint32 // the stem's offset in the arena
	id   uint32 // the stem's number (Token.StemID)
	key  [stemInline]byte
}

// stopBit marks a stop word in stemSlot.klen (words are at most
// stemKeyMax bytes).
const stopBit = 0x80

// tagOf returns the 16 bits of hash h a slot keeps, never 0.
func tagOf(h uint32) uint16 { return uint16(h>>16) | 1 }

// keyIs reports whether s holds the word w (tag already compared).
func (c *stemCache) keyIs(s *stemSlot, w string) bool {
	if int(s.klen&^stopBit) != len(w) {
		return false
	}
	if len(w) <= stemInline {
		return string(s.key[:len(w)]) == w
	}
	return string(c.arena[s.keyOff():s.keyOff()+len(w)]) == w
}

// keyOff returns the offset in the arena of the word of s, longer than
// stemInline bytes.
func (s *stemSlot) keyOff() int {
	return int(s.key[0]) | int(s.key[1])<<8 | int(s.key[2])<<16 | int(s.key[3])<<24
}

// word returns the bytes of the word s holds (in s, or in the arena).
func (c *stemCache) word(s *stemSlot) []byte {
	n := int(s.klen &^ stopBit)
	if n <= stemInline {
		return s.key[:n]
	}
	return c.arena[s.keyOff() : s.keyOff()+n]
}

// stemCache maps folded words to stems; see the top of this file.
type stemCache struct {
	slots []stemSlot
	used  int    // slots filled
	arena []byte // the stems' bytes, appended and never changed
}

func newStemCache() stemCache {
	return stemCache{slots: make([]stemSlot, stemCacheMin)}
}

// clone returns a copy of c that shares nothing mutable with it: the
// arena's bytes so far are shared, never written again, and its capacity
// is cut so that the copy's stems go to a new array.
func (c *stemCache) clone() stemCache {
	return stemCache{slots: slices.Clone(c.slots), used: c.used, arena: c.arena[:len(c.arena):len(c.arena)]}
}

// stemOf returns the stem slot s holds.
func (c *stemCache) stemOf(s *stemSlot) string {
	if s.slen == 0 {
		return ""
	}
	return unsafe.String(&c.arena[s.soff], int(s.slen))
}

// stemSeed seeds the hash of every cache, so that a word's hash serves
// in an analyzer's cache and in the shared one alike.
var stemSeed = maphash.MakeSeed()

// hashOf returns w's hash, never 0 (0 marks an empty slot).
func (c *stemCache) hashOf(w string) uint32 {
	return uint32(maphash.String(stemSeed, w)) | 1
}

// sharedStems is the cache behind every analyzer's own: a word one
// analyzer stemmed is found there by the others (the claims of a corpus
// are split on all cores, each with its analyzer) instead of being
// stemmed again. It is asked only when an analyzer's own cache misses, a
// few times in a hundred words, so its lock costs little.
//
// Its lock also guards the registry of stem numbers (stemIDs), which is
// asked at the same moments.
var sharedStems struct {
	sync.Mutex
	c   stemCache
	ids stemIDs
}

// lookupShared returns the stem of w (hash h) and its number from the
// shared cache.
func lookupShared(w string, h uint32) (stem string, stop bool, id uint32, ok bool) {
	sharedStems.Lock()
	defer sharedStems.Unlock()
	if sharedStems.c.slots == nil {
		return "", false, 0, false
	}
	return sharedStems.c.get(w, h)
}

// storeShared puts the stem of w (hash h) in the shared cache (its bytes
// copied to the shared cache's arena) and returns the stem's number.
func storeShared(w string, h uint32, stem string, stop bool) uint32 {
	sharedStems.Lock()
	defer sharedStems.Unlock()
	if sharedStems.c.slots == nil {
		sharedStems.c = newStemCache()
	}
	if _, _, id, ok := sharedStems.c.get(w, h); ok {
		return id
	}
	id := sharedStems.ids.of(stem)
	sharedStems.c.put(w, h, stem, stop, id)
	return id
}

// peek reads the tag of the first slot of the set where a word of hash h
// would be, for a caller that reads the sets of several words before it
// looks them up (Tokenize).
func (c *stemCache) peek(h uint32) uint16 {
	return c.slots[int(h)&(len(c.slots)-1)&^1].tag
}

// get returns the cached stem, stop flag and stem number of w, whose hash
// is h.
func (c *stemCache) get(w string, h uint32) (stem string, stop bool, id uint32, ok bool) {
	i := int(h) & (len(c.slots) - 1) &^ 1
	tag := tagOf(h)
	s := &c.slots[i]
	if s.tag == tag && c.keyIs(s, w) {
		return c.stemOf(s), s.klen&stopBit != 0, s.id, true
	}
	s2 := &c.slots[i+1]
	if s2.tag == tag && c.keyIs(s2, w) {
		// The word seen most recently goes first.
		*s, *s2 = *s2, *s
		return c.stemOf(s), s.klen&stopBit != 0, s.id, true
	}
	return "", false, 0, false
}

// own returns stem as the caches hand it out: a copy when it is w itself
// or a part of w, so that neither the caches nor their callers pin the
// text w was cut from.
func own(w, stem string) string {
	if stem == w || overlaps(stem, w) {
		return strings.Clone(stem)
	}
	return stem
}

// put caches the stem, stop flag and stem number of w, whose hash is h
// and which is not cached, and returns the stem as the cache hands it
// out: in its arena, or a copy (own) when w is too long to cache.
func (c *stemCache) put(w string, h uint32, stem string, stop bool, id uint32) string {
	if len(w) > stemKeyMax || len(stem) > 0xff {
		return own(w, stem)
	}
	if len(c.arena)+len(stem)+len(w) > stemArenaMax {
		*c = stemCache{slots: make([]stemSlot, len(c.slots))}
	}
	if c.used >= len(c.slots)/2 && len(c.slots) < stemCacheMax {
		c.grow()
	}
	off := len(c.arena)
	c.arena = append(c.arena, stem...)
	s := stemSlot{tag: tagOf(h), klen: uint8(len(w)), slen: uint8(len(stem)), soff: uint32(off), id: id}
	if stop {
		s.klen |= stopBit
	}
	if len(w) <= stemInline {
		copy(s.key[:], w)
	} else {
		koff := len(c.arena)
		c.arena = append(c.arena, w...)
		s.key[0], s.key[1], s.key[2], s.key[3] = byte(koff), byte(koff>>8), byte(koff>>16), byte(koff>>24)
	}
	c.insert(s, h)
	return c.stemOf(&s)
}

// overlaps reports whether s lies in w's bytes (a substring of it, not a
// copy).
func overlaps(s, w string) bool {
	if len(s) == 0 || len(w) == 0 {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(w)))
	return p >= lo && p < lo+uintptr(len(w))
}

// insert puts s (its key set; h the word's hash) first in its set,
// moving the first to the second place and dropping the second.
func (c *stemCache) insert(s stemSlot, h uint32) {
	i := int(h) & (len(c.slots) - 1) &^ 1
	if c.slots[i+1].tag == 0 {
		c.used++
	}
	c.slots[i+1] = c.slots[i]
	c.slots[i] = s
}

// grow doubles the table, keeping every word (hashed again: a slot keeps
// only part of the hash).
func (c *stemCache) grow() {
	old := c.slots
	c.slots = make([]stemSlot, 2*len(old))
	c.used = 0
	// Second slots first, so that each set keeps its order.
	for k := 1; k >= 0; k-- {
		for i := k; i < len(old); i += 2 {
			if s := &old[i]; s.tag != 0 {
				// maphash.Bytes hashes as maphash.String (hashOf).
				c.insert(*s, uint32(maphash.Bytes(stemSeed, c.word(s)))|1)
			}
		}
	}
}
