package main

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// bundledCorpus is the bundled corpus as an absolute path. The report
// tests run in a temporary directory: in the repository root the word
// "report" names the folder report/, which run reads as a PATH.
var bundledCorpus = func() string {
	abs, err := filepath.Abs(filepath.Join(repoRoot, "testdata", "corpus", "syria-russia"))
	if err != nil {
		panic(err)
	}
	return abs
}()

// TestReportBadInput checks the usage errors (exit 2) and an unwritable
// --out (exit 1), which must fail before any input is read.
func TestReportBadInput(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-dir", "report.html")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string // substrings of stderr
	}{
		{"unknown format lists the valid ones", []string{"report", "--format", "pdf", bundledCorpus}, 2,
			[]string{`unknown format "pdf"`, "md, html, json, csv, claimreview, sqlite"}},
		{"unknown fail-on type", []string{"report", "--fail-on", "date,tone", bundledCorpus}, 2,
			[]string{`unknown discrepancy type "tone"`, "participants"}},
		{"bad since", []string{"report", "--since", "24/12/2025", bundledCorpus}, 2, []string{"--since", "YYYY-MM-DD"}},
		{"claimreview without organisation", []string{"report", "--format", "claimreview", bundledCorpus}, 2, []string{"--org"}},
		{"sqlite to stdout", []string{"report", "--format", "sqlite", bundledCorpus}, 2, []string{"--out"}},
		{"no input", []string{"report"}, 2, []string{"no input"}},
		// The input does not exist either: the --out problem must be the
		// one reported, since it is checked before anything is read.
		{"unwritable out", []string{"report", "--out", missing, "no-such-corpus"}, 1,
			[]string{"cannot write --out", "does not exist"}},
		{"out is a directory", []string{"report", "--out", t.TempDir(), "no-such-corpus"}, 1, []string{"is a directory"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(t, t.TempDir(), "", tc.args...)
			if r.code != tc.code {
				t.Fatalf("got exit %d, want %d; stderr:\n%s", r.code, tc.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
		})
	}
}

// TestReportFormats runs every format on the bundled corpus into --out
// and checks each file's shape, and that no temporary file is left.
func TestReportFormats(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(repoRootAbs(t), "report", "testdata")
	storeDir := filepath.Join(dir, "store")
	if err := os.MkdirAll(storeDir, 0o755); err != nil {
		t.Fatal(err)
	}
	log, err := os.ReadFile(filepath.Join(store, "reviews.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(storeDir, "reviews.jsonl"), log, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		format, file string
		check        func(t *testing.T, path string)
	}{
		{"html", "r.html", func(t *testing.T, path string) {
			b := readFile(t, path)
			for _, w := range []string{`<html lang="ar" dir="rtl">`, `class="pair"`, "الحكم"} {
				if !strings.Contains(b, w) {
					t.Errorf("HTML lacks %q", w)
				}
			}
		}},
		{"md", "r.md", func(t *testing.T, path string) {
			if b := readFile(t, path); !strings.Contains(b, `<div dir="rtl">`) {
				t.Error(`Markdown lacks <div dir="rtl">`)
			}
		}},
		{"json", "r.json", func(t *testing.T, path string) {
			var v struct {
				Events []json.RawMessage `json:"events"`
			}
			if err := json.Unmarshal([]byte(readFile(t, path)), &v); err != nil || v.Events == nil {
				t.Errorf("report JSON: %v, events %v", err, v.Events)
			}
		}},
		{"csv", "r.csv", func(t *testing.T, path string) {
			if b := readFile(t, path); !strings.HasPrefix(b, "\uFEFFevent_id,event_date") {
				t.Errorf("CSV starts %q, want a BOM and the header", b[:min(len(b), 30)])
			}
		}},
		{"claimreview", "r.jsonld", func(t *testing.T, path string) {
			var v []map[string]any
			if err := json.Unmarshal([]byte(readFile(t, path)), &v); err != nil || len(v) == 0 {
				t.Errorf("ClaimReview: %v, %d reviews (the test store has verdicts)", err, len(v))
			}
		}},
		{"sqlite", "r.db", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var n int
			if err := db.QueryRow("SELECT count(*) FROM documents").Scan(&n); err != nil || n != 5 {
				t.Errorf("documents: %d rows, err %v; want 5", n, err)
			}
		}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out := filepath.Join(dir, tc.file)
			r := runIn(t, t.TempDir(), "", "report", "--format", tc.format, "--out", out, "--store", storeDir, "--quiet",
				"--org", "منصة تحقق", "--org-url", "https://factcheck.example.org", bundledCorpus)
			if r.code != 0 {
				t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("wrote %d bytes to stdout with --out", len(r.stdout))
			}
			tc.check(t, out)
		})
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestReportFailOn checks --fail-on: exit 3 exactly when the report has an
// unreviewed discrepancy of a listed type, after the report is written.
func TestReportFailOn(t *testing.T) {
	store := t.TempDir()
	r := runIn(t, t.TempDir(), "", "report", "--format", "json", "--quiet", "--store", store, bundledCorpus)
	if r.code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	var rep struct {
		Events []struct {
			Alignments []struct {
				Discrepancies []struct {
					Type     string `json:"type"`
					Reviewed bool   `json:"reviewed"`
				} `json:"discrepancies"`
			} `json:"alignments"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	open := map[string]bool{}
	for _, e := range rep.Events {
		for _, al := range e.Alignments {
			for _, d := range al.Discrepancies {
				if !d.Reviewed {
					open[d.Type] = true
				}
			}
		}
	}
	all := strings.Join(discrepancyTypes, ",")
	for _, types := range []string{all, "date", "number", "quote,polarity"} {
		t.Run(types, func(t *testing.T) {
			want := 0
			for _, ty := range strings.Split(types, ",") {
				if open[ty] {
					want = 3
				}
			}
			out := filepath.Join(t.TempDir(), "r.md")
			r := runIn(t, t.TempDir(), "", "report", "--format", "md", "--out", out, "--quiet", "--store", store, "--fail-on", types, bundledCorpus)
			if r.code != want {
				t.Fatalf("got exit %d, want %d; stderr:\n%s", r.code, want, r.stderr)
			}
			if want == 3 && !strings.Contains(r.stderr, "without a verdict") {
				t.Errorf("stderr does not say why:\n%s", r.stderr)
			}
			if _, err := os.Stat(out); err != nil {
				t.Errorf("the report was not written before exiting: %v", err)
			}
		})
	}
}

// TestParseFailOn checks the --fail-on list.
func TestParseFailOn(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"", "", true},
		{"date", "date", true},
		{" Date , NUMBER ", "date,number", true},
		{"date,,quote", "date,quote", true},
		{",", "", false},
		{"tone", "", false},
	} {
		got, err := parseFailOn(tc.in)
		if (err == nil) != tc.ok || strings.Join(got, ",") != tc.want {
			t.Errorf("parseFailOn(%q) = %v, %v; want %q ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func repoRootAbs(t *testing.T) string {
	t.Helper()
	abs, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}
