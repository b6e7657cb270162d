package lang

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/artest"
)

// snnTexts reads the article texts of the SaudiNewsNet file named by
// CLAIMDIFF_BENCH_SNN (artest.SNN).
func snnTexts(b *testing.B) ([]string, int) {
	recs, n := artest.SNN(b)
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Content
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
	clock := artest.StartCPU()
	for b.Loop() {
		for _, t := range texts {
			dst = a.Tokenize(t, dst[:0])
		}
	}
	clock.Report(b)
}

// BenchmarkNormalizeSNN folds SaudiNewsNet articles (CLAIMDIFF_BENCH_SNN)
// as the claims stage folds each claim for its ID.
func BenchmarkNormalizeSNN(b *testing.B) {
	texts, n := snnTexts(b)
	var buf []byte
	b.SetBytes(int64(n))
	b.ReportAllocs()
	clock := artest.StartCPU()
	for b.Loop() {
		for _, t := range texts {
			buf = AppendNormalized(buf[:0], t)
		}
	}
	clock.Report(b)
}
