package analysis

import (
	"context"
	"os"
	"sync"
	"syscall"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
)

// The output stage of `analyze --format json` on a real corpus, part by
// part, on one core: the differences of every alignment and the titles of
// every event. The corpus is CLAIMDIFF_BENCH_CORPUS (a file or folder
// analyze reads; skipped when unset), analysed once for all of them as
// analyze has it (tokens dropped after the scoring features), e.g.
//
//	CLAIMDIFF_BENCH_CORPUS=/tmp/snn5k.json go test ./analysis -run '^$' -bench Corpus -benchtime 3x -benchmem

var benchCorpus struct {
	once sync.Once
	a    *Analysis
	err  error
}

// corpusAnalysis returns the analysis of CLAIMDIFF_BENCH_CORPUS, made once,
// with its alignments' differences left for the caller to compute.
func corpusAnalysis(b *testing.B) *Analysis {
	path := os.Getenv("CLAIMDIFF_BENCH_CORPUS")
	if path == "" {
		b.Skip("set CLAIMDIFF_BENCH_CORPUS to a corpus to analyse (e.g. /tmp/snn5k.json)")
	}
	benchCorpus.once.Do(func() {
		docs, _ := corpus.Load(context.Background(), []string{path}, corpus.Options{})
		// The benchmarks compute the differences themselves.
		benchCorpus.a, benchCorpus.err = Analyze(context.Background(), Options{NoDifferences: true}, docs)
	})
	if benchCorpus.err != nil {
		b.Fatal(benchCorpus.err)
	}
	return benchCorpus.a
}

// BenchmarkDifferencesCorpus measures the word diffs and typed
// discrepancies of every alignment, tokens included, as the output
// stage's workers compute them (lazyDiffs.compute); bytes are the aligned
// claims' text.
func BenchmarkDifferencesCorpus(b *testing.B) {
	a := corpusAnalysis(b)
	byID := make(map[string]*claim.Claim, len(a.Claims))
	for i := range a.Claims {
		byID[a.Claims[i].ID] = &a.Claims[i]
	}
	l := &lazyDiffs{als: a.Alignments, byID: byID, opts: diff.Options{Published: publishedOf(a.Documents), Aligned: true}}
	n, pairs := 0, 0
	for _, al := range a.Alignments {
		for _, id := range al.Claims {
			n += len(byID[id].Text)
		}
		pairs += len(al.Claims) * (len(al.Claims) - 1) / 2
	}
	b.Logf("%d alignments, %d pairs at most, %d bytes", len(a.Alignments), pairs, n)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	tk := newTokenizer()
	defer reportCPU(b)()
	for b.Loop() {
		for k := range a.Alignments {
			l.compute(k, tk)
		}
	}
}

// BenchmarkEventTitlesCorpus measures the titles of every event; bytes are
// the claims' text.
func BenchmarkEventTitlesCorpus(b *testing.B) {
	a := corpusAnalysis(b)
	n := 0
	for i := range a.Claims {
		n += len(a.Claims[i].Text)
	}
	b.Logf("%d events, %d claims", len(a.Events), len(a.Claims))
	b.SetBytes(int64(n))
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		EventTitles(a)
	}
}

// reportCPU starts counting the process's CPU time (user and system) and
// returns the function that reports it per op as cpu-ns/op: on a machine
// other processes share, the figure that varies least from run to run.
func reportCPU(b *testing.B) func() {
	start := cpuNow()
	return func() { b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op") }
}

// cpuNow is the process's user and system time so far, in nanoseconds.
func cpuNow() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
