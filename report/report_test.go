package report

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/review"
)

var update = flag.Bool("update", false, "rewrite the golden files under report/testdata")

// fixedTime is the timestamp of every golden report.
var fixedTime = time.Date(2025, 12, 25, 9, 0, 0, 0, time.UTC)

// corpusDir is the bundled corpus, relative to this package.
const corpusDir = "../testdata/corpus/syria-russia"

var (
	corpusOnce   sync.Once
	corpusReport *Report
	corpusErr    error
)

// corpusAnalysis analyses the bundled corpus with the test review store
// (testdata/reviews.jsonl: verdicts on claims and alignments, a note, a
// needs-checking verdict) and builds its report with a fixed timestamp. It
// is computed once for all tests.
func bundled(t testing.TB) *Report {
	t.Helper()
	corpusOnce.Do(func() {
		docs, problems := corpus.Load(context.Background(), []string{corpusDir}, corpus.Options{})
		if len(problems) > 0 {
			corpusErr = problems[0]
			return
		}
		f, err := os.Open("testdata/reviews.jsonl")
		if err != nil {
			corpusErr = err
			return
		}
		defer f.Close()
		snap, err := review.Read(f, "testdata/reviews.jsonl")
		if err != nil {
			corpusErr = err
			return
		}
		a, err := analysis.Analyze(context.Background(), analysis.Options{Reviews: snap}, docs)
		if err != nil {
			corpusErr = err
			return
		}
		corpusReport, corpusErr = Build(a, Options{Generated: fixedTime})
	})
	if corpusErr != nil {
		t.Fatalf("analyse the bundled corpus: %v", corpusErr)
	}
	return corpusReport
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (refresh with go test ./report -update): %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden (refresh with -update if intended):\n%s", name, firstDiff(string(got), string(want)))
	}
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(no line differs)"
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
