// Package wordset has Filter, a prefilter for the string-keyed maps that
// hot loops ask about every word of a text (stop words, cues, lexicons,
// triggers). Most words of a text are in none of those maps, and a Go
// map's lookup hashes the whole word and probes its table before it can
// say so; a Filter says it for most of them from a few of the word's bytes
// and one bit. It never says no to a word it was given, so
//
//	if f.MayHave(w) && m[w] { … }
//
// answers exactly as m[w] alone, as long as every key of m went into f.
package wordset

// filterBits is the size of a Filter in bits (4 KiB).
const filterBits = 1 << 15

// Filter is a set of words that may answer yes for a word it was not
// given (about one word in twenty for a set of a few hundred words), and
// never answers no for one it was given. The zero Filter holds no word.
type Filter struct {
	bits [filterBits / 64]uint64
}

// New returns a Filter holding words.
func New(words ...string) *Filter {
	f := new(Filter)
	for _, w := range words {
		f.Add(w)
	}
	return f
}

// Of returns a Filter holding the keys of m.
func Of[V any](m map[string]V) *Filter {
	f := new(Filter)
	for w := range m {
		f.Add(w)
	}
	return f
}

// Add puts w in f.
func (f *Filter) Add(w string) {
	i := index(w)
	f.bits[i>>6] |= 1 << (i & 63)
}

// MayHave reports whether w may be in f: false means it certainly is not.
func (f *Filter) MayHave(w string) bool {
	i := index(w)
	return f.bits[i>>6]&(1<<(i&63)) != 0
}

// index places w in the filter by its length and its first, middle and
// last two bytes (the first, middle and last letters of an Arabic word),
// mixed by a multiplication.
func index(w string) uint32 {
	n := len(w)
	var k uint64
	if n >= 2 {
		m := n / 2
		k = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[m-1])<<16 | uint64(w[m])<<24 |
			uint64(w[n-2])<<32 | uint64(w[n-1])<<40
	} else if n == 1 {
		k = uint64(w[0])
	}
	k |= uint64(n&0xff) << 48
	k *= 0x9E3779B97F4A7C15
	return uint32(k >> (64 - 15))
}
