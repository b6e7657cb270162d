package analysis

import (
	"context"
	"os"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
)

// The claims stage of `analyze` on a real corpus: claims, facts and
// scoring features into a feature table, tokens dropped, as Analyze runs
// it. The corpus is CLAIMDIFF_BENCH_CORPUS (skipped when unset), e.g.
//
//	CLAIMDIFF_BENCH_CORPUS=/tmp/snn5k.json go test ./analysis -run '^$' -bench ClaimsCorpus -benchtime 3x -benchmem

// claimsCorpusDocs loads CLAIMDIFF_BENCH_CORPUS and returns its documents
// and the bytes of their text.
func claimsCorpusDocs(b *testing.B) ([]*corpus.Document, int) {
	path := os.Getenv("CLAIMDIFF_BENCH_CORPUS")
	if path == "" {
		b.Skip("set CLAIMDIFF_BENCH_CORPUS to a corpus to analyse (e.g. /tmp/snn5k.json)")
	}
	docs, _ := corpus.Load(context.Background(), []string{path}, corpus.Options{})
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	return docs, n
}

// benchClaimsCorpus runs Claims as Analyze does with the given workers
// over fresh copies of the corpus's documents (Claims fills in their
// language and publication date).
func benchClaimsCorpus(b *testing.B, workers int) {
	docs, n := claimsCorpusDocs(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		fresh := make([]*corpus.Document, len(docs))
		for i, d := range docs {
			c := *d
			fresh[i] = &c
		}
		opts := Options{Workers: workers, features: true, table: true}
		if _, err := Claims(context.Background(), opts, fresh); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClaimsCorpus measures the claims stage on one worker: its CPU
// time per op is the stage's work.
func BenchmarkClaimsCorpus(b *testing.B) { benchClaimsCorpus(b, 1) }

// BenchmarkClaimsCorpusParallel is BenchmarkClaimsCorpus on every core:
// its wall time against the one-worker CPU time shows how busy the cores
// are.
func BenchmarkClaimsCorpusParallel(b *testing.B) { benchClaimsCorpus(b, 0) }
