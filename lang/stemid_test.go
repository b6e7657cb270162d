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

// TestStemIDRegistry numbers more stems than the registry's first table
// holds (the empty stem, one-letter ones, long ones), twice, and checks
// that the second pass gives the same numbers, that they are 1 to n in
// order of first sight and that each gives its stem back.
func TestStemIDRegistry(t *testing.T) {
	var r stemIDs
	stems := []string{"", "ا", "x", Normalize("والاستراتيجياتالاقتصاديةوالاجتماعيةالمستدامة")}
	for i := range 20000 {
		stems = append(stems, fmt.Sprintf("%s%d", Normalize("وزير"), i))
	}
	for pass := range 2 {
		for i, s := range stems {
			if got := r.of(s); got != uint32(i+1) {
				t.Fatalf("pass %d: of(%q) = %d, want %d", pass, s, got, i+1)
			}
		}
	}
	for i, s := range stems {
		if got := string(r.stem(uint32(i + 1))); got != s {
			t.Fatalf("stem(%d) = %q, want %q", i+1, got, s)
		}
	}
	if len(r.table) < 4*len(stems)/3 {
		t.Errorf("table of %d slots for %d stems; want it at most 3/4 full", len(r.table), len(stems))
	}
}

// BenchmarkStemIDRegistry numbers stems already numbered, as storeShared
// asks the registry for each word the stem caches have not met (bytes:
// the stems').
func BenchmarkStemIDRegistry(b *testing.B) {
	var r stemIDs
	var stems []string
	n := 0
	for i := range 1 << 18 {
		s := fmt.Sprintf("%s%d", Normalize("وزير"), i)
		stems = append(stems, s)
		n += len(s)
		r.of(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range stems {
			r.of(s)
		}
	}
}
