package align_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
)

// TestProbeSameStory writes the signals sameUndated reads of every pair of
// an assembled same-story set (SAMESTORY_DIR, from `go run
// ./scripts/samestory -out DIR -no-eval`), one line per pair with its
// prediction, as a table to SAMESTORY_PROBE, for measuring new signals
// against the labels of testdata/samestory/pairs.tsv:
//
//	go run ./scripts/samestory -out /tmp/ss -no-eval
//	SAMESTORY_DIR=/tmp/ss SAMESTORY_PROBE=/tmp/ss.tsv go test ./align -run TestProbeSameStory
//
// It is skipped unless both are set.
func TestProbeSameStory(t *testing.T) {
	dir, out := os.Getenv("SAMESTORY_DIR"), os.Getenv("SAMESTORY_PROBE")
	if dir == "" || out == "" {
		t.Skip("SAMESTORY_DIR and SAMESTORY_PROBE not set")
	}
	subs, _ := filepath.Glob(filepath.Join(dir, "[0-9][0-9][0-9]"))
	slices.Sort(subs)
	var lines []string
	var keys []string
	for _, sub := range subs {
		var row map[string]float64 // the largest pair of groups judged
		restore := align.SetUndatedProbe(func(r map[string]float64) {
			if row == nil || r["claims"] > row["claims"] {
				row = r
			}
		})
		ctx := context.Background()
		docs, probs := corpus.Load(ctx, []string{sub}, corpus.Options{Workers: 1})
		if len(probs) > 0 {
			t.Fatal(probs)
		}
		corpus.Clean(docs)
		a, err := analysis.Analyze(ctx, analysis.Options{NoDifferences: true, Workers: 1}, docs)
		restore()
		if err != nil {
			t.Fatal(err)
		}
		pred := 0
		for _, ev := range a.Events {
			if len(ev.Sources) >= 2 {
				pred = 1
			}
		}
		if row == nil {
			row = map[string]float64{}
		}
		row["pred"] = float64(pred)
		if keys == nil {
			for k := range row {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			lines = append(lines, "number\t"+strings.Join(keys, "\t"))
		}
		f := []string{filepath.Base(sub)}
		for _, k := range keys {
			f = append(f, fmt.Sprintf("%.4f", row[k]))
		}
		lines = append(lines, strings.Join(f, "\t"))
	}
	if err := os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
