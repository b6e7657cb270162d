package diff

import (
	"testing"

	"github.com/claimdiff/claimdiff/lang"
)

// BenchmarkWordForms asks isCalendar, isReporting, roleSingular and
// roleCount about every word of the bundled corpus's grouped claims, as
// the checks ask about the words of compared claims; bytes are the words.
func BenchmarkWordForms(b *testing.B) {
	var ws []string
	n := 0
	for _, g := range corpusGroups(b) {
		for _, c := range g {
			for _, t := range c.Tokens {
				if t.Kind == lang.Word {
					ws = append(ws, t.Norm)
					n += len(t.Norm)
				}
			}
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range ws {
			isCalendar(w)
			isReporting(w)
			roleSingular(w)
			roleCount(w)
		}
	}
}
