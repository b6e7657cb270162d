package align

// Character n-grams.
//
// Stems miss what clitics and spelling hide ("وسيادتها" and "بسيادة",
// "أراضيها" and "الأراضي"); character trigrams over the folded words catch
// it. A claim's trigrams are hashed to a sorted set of uint32, and two sets
// are compared with the Dice coefficient. Word boundaries are kept (a space
// on each side of every word) so that trigrams do not run across words.

import (
	"hash/fnv"
	"slices"

	"github.com/claimdiff/claimdiff/claim"
)

// trigrams returns the sorted, de-duplicated hashed character trigrams of a
// claim's content words.
func trigrams(c *claim.Claim) []uint32 {
	var out []uint32
	var rs []rune
	for i, t := range c.Tokens {
		if t.Stop || !contentToken(c, i) {
			continue
		}
		rs = rs[:0]
		rs = append(rs, ' ')
		rs = append(rs, []rune(t.Norm)...)
		rs = append(rs, ' ')
		for i := 0; i+3 <= len(rs); i++ {
			h := fnv.New32a()
			var b [12]byte
			n := 0
			for _, r := range rs[i : i+3] {
				b[n], b[n+1], b[n+2], b[n+3] = byte(r), byte(r>>8), byte(r>>16), byte(r>>24)
				n += 4
			}
			h.Write(b[:n])
			out = append(out, h.Sum32())
		}
	}
	slices.Sort(out)
	return slices.Clone(slices.Compact(out)) // exact size: held for every claim
}

// dice is the Dice coefficient of two sorted sets.
func dice(a, b []uint32) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	shared, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}
