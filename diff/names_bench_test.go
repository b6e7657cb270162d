package diff

import "testing"

// nameWordPairs are folded name words from Arabic news, with whether
// sameNameWord takes them for one name: clitics, hamza seats, dots, a
// foreign g, م before ب, a glued word, and different names.
var nameWordPairs = []struct {
	x, y string
	same bool
}{
	{"بوتين", "بوتين", true},
	{"وبوتين", "بوتين", true},
	{"الشيون", "الشوون", true},
	{"عبدالعزير", "عبدالعزيز", true},
	{"اسطمبولي", "اسطنبولي", true},
	{"هونغ", "هونج", true},
	{"غال", "جال", true},
	{"زايداصدر", "زايد", true},
	{"الشيباني", "الشيبانى", false},
	{"الشيباني", "لافروف", false},
	{"محمد", "احمد", false},
	{"سوريا", "روسيا", false},
	{"موسكو", "دمشق", false},
	{"ترامب", "ترمب", true},
	{"الرياض", "رياض", true},
}

// TestSameNameWordPairs holds sameNameWord to its answers on nameWordPairs.
func TestSameNameWordPairs(t *testing.T) {
	for _, c := range nameWordPairs {
		if got := sameNameWord(c.x, c.y); got != c.same {
			t.Errorf("sameNameWord(%q, %q) = %v, want %v", c.x, c.y, got, c.same)
		}
		if got := sameNameWord(c.y, c.x); got != c.same {
			t.Errorf("sameNameWord(%q, %q) = %v, want %v", c.y, c.x, got, c.same)
		}
	}
}

// BenchmarkSameNameWord compares every two words of nameWordPairs, bytes
// being the words compared.
func BenchmarkSameNameWord(b *testing.B) {
	var ws []string
	for _, c := range nameWordPairs {
		ws = append(ws, c.x, c.y)
	}
	n := 0
	for _, x := range ws {
		n += len(x) * len(ws)
	}
	b.SetBytes(int64(2 * n))
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range ws {
			for _, y := range ws {
				sameNameWord(x, y)
			}
		}
	}
}
