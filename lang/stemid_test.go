package lang

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestStemIDs tokenises the same sentences on several goroutines at once,
// in different orders and with analyzers pooled and of their own, and
// checks the stem numbers: one number a stem, one stem a number, the
// number StemID gives, never 0 and never past StemIDs. Run with -race.
func TestStemIDs(t *testing.T) {
	texts := []string{
		"أعلنت وزارة الصحة أمس افتتاح مستشفى جديد في مدينة جدة بطاقة 300 سرير",
		"وقال المتحدث باسم الوزارة إن المستشفيات الجديدة ستخدم سكان المحافظات الشمالية",
		"افتتح أمير المنطقة المعرض الدولي للكتاب بحضور عدد من الوزراء والسفراء",
		"The ministry said the new hospitals would open in 2016 with 1,200 beds",
		"أكدت الهيئة أن الأمطار الغزيرة تسببت في إغلاق الطرق المؤدية إلى القرى",
	}
	// Made-up words, so that the caches miss and the registry is asked
	// from every goroutine.
	var made strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&made, "والمستشفيات%c%c ", 'ا'+rune(i%20), 'ب'+rune(i/20%20))
	}
	texts = append(texts, made.String())
	const workers = 6
	got := make([]map[string]uint32, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := make(map[string]uint32)
			var own *Analyzer
			if w%2 == 1 {
				own = NewAnalyzer()
			}
			for k := range 3 * len(texts) {
				text := texts[(k+w)%len(texts)]
				var toks []Token
				if own != nil {
					toks = own.Tokenize(text, nil)
				} else {
					toks = Tokenize(text)
				}
				for _, tk := range toks {
					if id, ok := m[tk.Stem]; ok && id != tk.StemID {
						t.Errorf("stem %q numbered %d and %d", tk.Stem, id, tk.StemID)
					}
					m[tk.Stem] = tk.StemID
				}
			}
			got[w] = m
		}()
	}
	wg.Wait()
	stemOfID := make(map[uint32]string)
	n := StemIDs()
	for _, m := range got {
		for stem, id := range m {
			if id == 0 || int(id) > n {
				t.Errorf("stem %q numbered %d; want 1 to %d", stem, id, n)
			}
			if want := StemID(stem); id != want {
				t.Errorf("stem %q numbered %d in a token, %d by StemID", stem, id, want)
			}
			if s, ok := stemOfID[id]; ok && s != stem {
				t.Errorf("stems %q and %q both numbered %d", s, stem, id)
			}
			stemOfID[id] = stem
		}
	}
	if len(stemOfID) < 300 {
		t.Errorf("%d stems numbered; want the made-up words' too", len(stemOfID))
	}
}
