package lang

import (
	"encoding/json"
	"os"
	"testing"
)

// snnTexts reads the article texts of a SaudiNewsNet JSON file named by
// CLAIMDIFF_BENCH_SNN (the benchmark is skipped without it): real news
// with a real vocabulary, which the bundled corpus is too small to have.
func snnTexts(b *testing.B) ([]string, int) {
	p := os.Getenv("CLAIMDIFF_BENCH_SNN")
	if p == "" {
		b.Skip("CLAIMDIFF_BENCH_SNN not set")
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	var recs []struct {
		Content string `json:"content"`
	}
	if err := json.Unmarshal(raw, &recs); err != nil {
		b.Fatal(err)
	}
	var out []string
	n := 0
	for _, r := range recs {
		out = append(out, r.Content)
		n += len(r.Content)
	}
	return out, n
}

// BenchmarkTokenizeSNN tokenises SaudiNewsNet articles (a file of them
// named by CLAIMDIFF_BENCH_SNN, such as the first 5,000) with one
// analyzer, its stem cache warm as in a long run.
func BenchmarkTokenizeSNN(b *testing.B) {
	texts, n := snnTexts(b)
	a := NewAnalyzer()
	var dst []Token
	for _, t := range texts {
		dst = a.Tokenize(t, dst[:0])
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			dst = a.Tokenize(t, dst[:0])
		}
	}
}
