package diff

import (
	"fmt"
	"testing"
)

// TestRuneTable checks that a runeTable numbers forms as a map would, in
// order of first appearance, across resets and past its first size.
func TestRuneTable(t *testing.T) {
	var tb runeTable
	pairs := [][]string{
		{"اعلن", "وزير", "الخارجيه", "وزير", "اعلن"},
		{"الخارجيه", "قال", "الرياض"},
		{},
	}
	// A pair larger than the table's first size.
	var big []string
	for i := 0; i < 300; i++ {
		big = append(big, fmt.Sprintf("كلمه%d", i%170))
	}
	pairs = append(pairs, big, pairs[0])
	for _, words := range pairs {
		tb.reset(len(words))
		want := map[string]rune{}
		for _, w := range words {
			r, ok := want[w]
			if !ok {
				r = privateRune(len(want))
				want[w] = r
			}
			if got := tb.rune(w); got != r {
				t.Fatalf("%q: rune %U, want %U", w, got, r)
			}
		}
	}
}
