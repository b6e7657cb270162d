package analysis

import (
	"context"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
)

// BenchmarkEventTitles measures the titles of the bundled corpus's events
// (stems of every claim, centrality, cuts), bytes being the claims' text.
func BenchmarkEventTitles(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	a, err := Analyze(context.Background(), Options{}, docs)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for i := range a.Claims {
		n += len(a.Claims[i].Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		EventTitles(a)
	}
}

// BenchmarkFragment measures the check every claim of an event gets for a
// sentence that leans on the one before.
func BenchmarkFragment(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	a, err := Claims(context.Background(), Options{}, docs)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for i := range a.Claims {
		n += len(a.Claims[i].Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i := range a.Claims {
			fragment(a.Claims[i].Text)
		}
	}
}
