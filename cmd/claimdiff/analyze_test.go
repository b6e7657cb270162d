package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenDir is testdata/golden as an absolute path, fixed before any test
// changes directory.
var goldenDir = func() string {
	abs, err := filepath.Abs(filepath.Join(repoRoot, "testdata", "golden"))
	if err != nil {
		panic(err)
	}
	return abs
}()

// checkGolden compares got with testdata/golden/name, or rewrites it with
// -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	abs := filepath.Join(goldenDir, name)
	if *update {
		if err := os.WriteFile(abs, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(abs)
	if err != nil {
		t.Fatalf("read golden (refresh with go test ./cmd/claimdiff -update): %v", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (refresh with -update if intended):\n%s", name, firstDiff(got, string(want)))
	}
}

// TestAnalyzeGolden runs the whole pipeline on the bundled corpus and
// compares its text summary and JSON with the goldens.
func TestAnalyzeGolden(t *testing.T) {
	for _, tc := range []struct{ format, golden string }{
		{"text", "analyze.txt"},
		{"json", "analyze.json"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			r := runIn(t, repoRoot, "", "analyze", "--format", tc.format, "testdata/corpus/syria-russia")
			if r.code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
			if tc.format == "json" {
				var v map[string]any
				if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
					t.Fatalf("analyze --format json is not JSON: %v", err)
				}
				for _, k := range []string{"version", "documents", "claims", "entities", "events", "alignments"} {
					if _, ok := v[k]; !ok && k != "entities" {
						t.Errorf("analyze JSON has no %q", k)
					}
				}
			}
			checkGolden(t, tc.golden, r.stdout)
		})
	}
}

// TestAnalyzeJSONL: every line is a typed record.
func TestAnalyzeJSONL(t *testing.T) {
	r := runIn(t, repoRoot, "", "analyze", "--format", "jsonl", "testdata/corpus/syria-russia")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	types := map[string]int{}
	for i, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var rec struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		types[rec.Type]++
	}
	for _, k := range []string{"document", "claim", "event", "alignment"} {
		if types[k] == 0 {
			t.Errorf("no %q record in JSONL output (got %v)", k, types)
		}
	}
}

// TestBarePath: a path with no subcommand prints the analysis summary when
// stdout is not a terminal.
func TestBarePath(t *testing.T) {
	r := runIn(t, repoRoot, "", "testdata/corpus/syria-russia")
	if r.code != 0 || !strings.Contains(r.stdout, "documents,") {
		t.Fatalf("exit %d, stdout:\n%.300s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
}

// TestPairs: TSV and JSONL pairs are scored in input order; unreadable
// lines get an error record and the rest go on.
func TestPairs(t *testing.T) {
	in := strings.Join([]string{
		"أكد لافروف أن روسيا ملتزمة بسيادة سوريا ووحدة أراضيها\tمجدداً تأكيد موسكو على دعم وحدة الأراضي السورية وسيادتها",
		"only one field",
		"p3\tالتقى بوتين الشرع في الكرملين في 15 تشرين الأول\tارتفعت أسعار النفط في الأسواق العالمية",
		`{"id": "j4", "a": "وصل الشيباني إلى موسكو اليوم", "b": "وصل وزير الخارجية السوري أسعد الشيباني إلى موسكو يوم أمس", "date_a": "2025-12-23", "date_b": "2025-12-24"}`,
		`{"id": "j5", "a": broken`,
		`{"id": "j6", "a": "", "b": "نص"}`,
		"",
		"الرئيس التقى الوزير\tالرئيس التقى الوزير",
	}, "\n")
	r := runIn(t, "", in, "pairs", "-")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	wantIDs := []string{"1", "2", "p3", "j4", "5", "j6", "8"}
	if len(lines) != len(wantIDs) {
		t.Fatalf("got %d output lines, want %d:\n%s", len(lines), len(wantIDs), r.stdout)
	}
	for i, line := range lines {
		var rec struct {
			ID         string   `json:"id"`
			Similarity *float64 `json:"similarity"`
			Same       bool     `json:"same"`
			Error      string   `json:"error"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("line %d not JSON: %v", i+1, err)
		}
		if rec.ID != wantIDs[i] {
			t.Errorf("line %d id = %q, want %q", i+1, rec.ID, wantIDs[i])
		}
		isErr := rec.ID == "2" || rec.ID == "5" || rec.ID == "j6"
		if isErr != (rec.Error != "") {
			t.Errorf("line %d (%s): error = %q", i+1, rec.ID, rec.Error)
		}
		if !isErr && (rec.Similarity == nil || *rec.Similarity < 0 || *rec.Similarity > 1) {
			t.Errorf("line %d: similarity missing or outside [0,1]", i+1)
		}
		switch rec.ID {
		case "1", "8":
			if !rec.Same {
				t.Errorf("pair %s should be the same fact", rec.ID)
			}
		case "p3":
			if rec.Same {
				t.Errorf("pair p3 should not be the same fact")
			}
		}
	}
	if !strings.Contains(r.stderr, "-:2:") || !strings.Contains(r.stderr, "-:5:") {
		t.Errorf("stderr does not name the bad lines:\n%s", r.stderr)
	}
}
