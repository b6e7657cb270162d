package align

// Character n-grams.
//
// Stems miss what clitics and spelling hide ("وسيادتها" and "بسيادة",
// "أراضيها" and "الأراضي"); character trigrams over the folded words catch
// it. A claim's trigrams are hashed to a sorted set of uint32, and two sets
// are compared with the Dice coefficient. Word boundaries are kept (a space
// on each side of every word) so that trigrams do not run across words.

import (
	"slices"

	"github.com/claimdiff/claimdiff/claim"
)

// trigrams returns the sorted, de-duplicated hashed character trigrams of a
// claim's content words. Each trigram is hashed with 32-bit FNV-1a over the
// little-endian bytes of its three runes (hash/fnv's New32a over 12 bytes,
// inlined so that no hasher or rune slice is made per word).
func trigrams(c *claim.Claim) []uint32 {
	content := make([]bool, len(c.Tokens))
	for i := range c.Tokens {
		content[i] = contentToken(c, i)
	}
	return trigramsOf(c, content)
}

// trigramsOf is trigrams given which of c's tokens are content words
// (content[i] is contentToken(c, i)).
func trigramsOf(c *claim.Claim, content []bool) []uint32 {
	var buf, tmp [512]uint32 // most claims' trigrams, on the stack
	out := sortedTrigrams(c, content, buf[:0], tmp[:0])
	if len(out) == 0 {
		return nil
	}
	res := make([]uint32, len(out)) // exact size: held for every claim
	copy(res, out)
	return res
}

// sortedTrigrams is trigramsOf in the memory of buf or tmp (grown when
// they have no room): its result is only good until they are used again.
func sortedTrigrams(c *claim.Claim, content []bool, buf, tmp []uint32) []uint32 {
	out := buf[:0]
	for i, t := range c.Tokens {
		if !content[i] {
			continue
		}
		// A sliding window of the last three runes of " " + Norm + " ".
		r0, r1, n := rune(' '), rune(0), 1
		for _, r := range t.Norm {
			if n >= 2 {
				out = append(out, fnvTrigram(r0, r1, r))
			}
			if n == 1 {
				r1 = r
			} else {
				r0, r1 = r1, r
			}
			n++
		}
		if n >= 2 {
			out = append(out, fnvTrigram(r0, r1, ' '))
		}
	}
	if len(out) == 0 {
		return nil
	}
	out = sortHashes(out, tmp[:0])
	return slices.Compact(out)
}

// sortHashes returns the hashes a sorted, in tmp's memory when it has
// room (else in a's): they are spread evenly over the 32 bits, so each
// goes to one of about len(a) buckets by its top bits, and an insertion
// sort then moves each within its bucket only. On a claim's trigrams it
// takes about half the time of slices.Sort, whose comparisons of random
// values the processor cannot predict.
func sortHashes(a, tmp []uint32) []uint32 {
	const maxBits = 10 // at most 1024 buckets
	n := len(a)
	if n < 16 || n > 1<<maxBits {
		slices.Sort(a)
		return a
	}
	bits := 4
	for 1<<bits < n {
		bits++
	}
	shift := 32 - bits
	var start [1<<maxBits + 1]int32
	for _, v := range a {
		start[v>>shift+1]++
	}
	for b := 1; b <= 1<<bits; b++ {
		start[b] += start[b-1]
	}
	out := slices.Grow(tmp[:0], n)[:n]
	for _, v := range a {
		b := v >> shift
		out[start[b]] = v
		start[b]++
	}
	for i := 1; i < n; i++ {
		v := out[i]
		j := i
		for ; j > 0 && out[j-1] > v; j-- {
			out[j] = out[j-1]
		}
		out[j] = v
	}
	return out
}

// FNV-1a 32-bit parameters (as hash/fnv).
const (
	fnvOffset32 = 2166136261
	fnvPrime32  = 16777619
)

// fnvPrime32Sq is fnvPrime32 squared, modulo 2^32.
const fnvPrime32Sq = fnvPrime32 * fnvPrime32 % (1 << 32)

// fnvTrigram is FNV-1a over the 12 little-endian bytes of three runes.
func fnvTrigram(a, b, c rune) uint32 {
	return fnvRune(fnvRune(fnvRune(fnvOffset32, a), b), c)
}

// fnvRune goes on with FNV-1a state h over the four little-endian bytes of
// r. A rune below U+10000 (every Arabic letter) has two zero bytes on top,
// and XOR with zero leaves the state as it is, so their two steps are one
// multiplication by the prime squared: three multiplications in a row
// instead of four, the same hash.
func fnvRune(h uint32, r rune) uint32 {
	u := uint32(r)
	h = (h ^ (u & 0xff)) * fnvPrime32
	h = (h ^ (u >> 8 & 0xff)) * fnvPrime32
	if u < 0x10000 {
		return h * fnvPrime32Sq
	}
	h = (h ^ (u >> 16 & 0xff)) * fnvPrime32
	return (h ^ (u >> 24)) * fnvPrime32
}

// dice is the Dice coefficient of two sorted sets.
func dice(a, b []uint32) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	return diceOf(overlap(a, b), len(a)+len(b))
}

// diceOf is the Dice coefficient of sets of n elements in all that share
// shared (n > 0); it does not decrease as shared grows.
func diceOf(shared, n int) float64 { return 2 * float64(shared) / float64(n) }

// diceAtLeast reports whether reach(dice(a, b)) holds, for a reach that
// holds from some Dice coefficient on (monotone): it finds the fewest
// shared trigrams that reach it, and stops merging as soon as they are
// found or can no longer be.
func diceAtLeast(a, b []uint32, reach func(float64) bool) bool {
	n := len(a) + len(b)
	if n == 0 {
		return reach(0)
	}
	m := min(len(a), len(b))
	if !reach(diceOf(m, n)) {
		return false
	}
	// need: the fewest shared trigrams that reach it, in [0, m].
	lo, hi := 0, m
	for lo < hi {
		mid := (lo + hi) / 2
		if reach(diceOf(mid, n)) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return sharedAtLeast(a, b, lo)
}

// sharedAtLeast reports whether sorted sets a and b share at least need
// elements. It merges them without branching on the comparisons (which
// side moves on is data the processor cannot predict), stopping as soon as
// need is reached or can no longer be: on the bundled corpus's trigrams it
// takes half the time of a merge that branches.
func sharedAtLeast(a, b []uint32, need int) bool {
	shared, i, j := 0, 0, 0
	if need <= 0 {
		return true
	}
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		shared += b2i(x == y)
		i += b2i(x <= y)
		j += b2i(y <= x)
		if shared >= need {
			return true
		}
		if shared+min(len(a)-i, len(b)-j) < need {
			return false
		}
	}
	return false
}

// b2i is 1 for true and 0 for false (compiled without a branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
