package artest

import (
	"encoding/json"
	"os"
	"testing"
)

// SNNRecord is one SaudiNewsNet article as its JSON files give it: the
// text and the day it was crawled.
type SNNRecord struct {
	Content   string `json:"content"`
	Extracted string `json:"date_extracted"`
}

// SNN reads the SaudiNewsNet JSON file named by CLAIMDIFF_BENCH_SNN (such as
// its first 5,000 articles) for benchmarks that need real news with a real
// vocabulary and real dates, which the bundled corpus is too small to have;
// the benchmark is skipped when the variable is not set. It also returns
// the texts' total length in bytes, for b.SetBytes. The articles are read
// from outside the repository: their licence keeps them out of it.
func SNN(tb testing.TB) ([]SNNRecord, int) {
	tb.Helper()
	p := os.Getenv("CLAIMDIFF_BENCH_SNN")
	if p == "" {
		tb.Skip("CLAIMDIFF_BENCH_SNN not set")
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	var recs []SNNRecord
	if err := json.Unmarshal(raw, &recs); err != nil {
		tb.Fatalf("%s: %v", p, err)
	}
	n := 0
	for _, r := range recs {
		n += len(r.Content)
	}
	return recs, n
}
