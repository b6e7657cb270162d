package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// idsOf reads analyze's JSON: document IDs, event IDs, and each
// alignment's ID followed by its discrepancies' types and details.
func idsOf(t *testing.T, out string) (docs, events, als []string) {
	t.Helper()
	var v struct {
		Documents  []struct{ ID string }
		Events     []struct{ ID string }
		Alignments []struct {
			ID            string
			Discrepancies []struct{ Type, Detail string }
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("analyze --format json: %v", err)
	}
	for _, d := range v.Documents {
		docs = append(docs, d.ID)
	}
	for _, e := range v.Events {
		events = append(events, e.ID)
	}
	for _, a := range v.Alignments {
		als = append(als, a.ID)
		for _, d := range a.Discrepancies {
			als = append(als, "  "+d.Type+" "+d.Detail)
		}
	}
	return docs, events, als
}

// TestAnalyzeAndReportReadTheStore: after `store add`, `analyze` and
// `report` given the store (its directory, its database file, or no input
// with the store in --store) give the analysis of the articles themselves.
func TestAnalyzeAndReportReadTheStore(t *testing.T) {
	corpusAbs, _ := filepath.Abs(filepath.Join(repoRoot, "testdata", "corpus", "syria-russia"))
	dir := t.TempDir()
	if r := runIn(t, dir, "", "store", "add", "--quiet", corpusAbs); r.code != 0 {
		t.Fatalf("store add: exit %d\n%s", r.code, r.stderr)
	}
	files := runIn(t, dir, "", "analyze", "--format", "json", corpusAbs)
	if files.code != 0 {
		t.Fatalf("analyze files: exit %d\n%s", files.code, files.stderr)
	}
	wd, we, wa := idsOf(t, files.stdout)
	for _, args := range [][]string{
		{"analyze", "--format", "json", ".claimdiff"},
		{"analyze", "--format", "json", filepath.Join(dir, ".claimdiff", "articles.db")},
		{"analyze", "--format", "json"},
		{"analyze", "--format", "json", "--store", filepath.Join(dir, ".claimdiff")},
	} {
		r := runIn(t, dir, "", args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
		gd, ge, ga := idsOf(t, r.stdout)
		if !slices.Equal(gd, wd) || !slices.Equal(ge, we) || !slices.Equal(ga, wa) {
			t.Errorf("%v: documents %d/%d, events %d/%d, alignments and discrepancies %d/%d lines; want the files' analysis",
				args, len(gd), len(wd), len(ge), len(we), len(ga), len(wa))
		}
	}
	r := runIn(t, dir, "", "report", "--format", "md", ".claimdiff")
	if r.code != 0 || !strings.Contains(r.stdout, "#") {
		t.Fatalf("report from the store: exit %d\n%s", r.code, r.stderr)
	}
	// A verdict recorded beside the store is attached to what is read
	// from it.
	if len(wa) == 0 {
		t.Fatalf("no alignment in the bundled corpus")
	}
	if r := runIn(t, dir, "", "report", "--format", "json", ".claimdiff"); strings.Contains(r.stdout, `"disputed"`) {
		t.Fatalf("report shows a verdict before any was recorded")
	}
	if r := runIn(t, dir, "", "verdict", "set", "--reviewer", "amal", "--id", wa[0], "--verdict", "disputed"); r.code != 0 {
		t.Fatalf("verdict set: exit %d\n%s", r.code, r.stderr)
	}
	r = runIn(t, dir, "", "report", "--format", "json", ".claimdiff")
	if r.code != 0 || !strings.Contains(r.stdout, `"disputed"`) {
		t.Errorf("report from the store does not show the verdict recorded beside it (exit %d)\n%s", r.code, r.stderr)
	}
	if r := runIn(t, t.TempDir(), "", "analyze"); r.code != 2 {
		t.Errorf("analyze with no input and no store: exit %d, want 2", r.code)
	}
	for _, cmd := range []string{"analyze", "report", "review"} {
		r := runIn(t, dir, "", cmd, "--help")
		if !strings.Contains(r.stdout, "claimdiff "+cmd) || !strings.Contains(r.stdout, ".claimdiff") {
			t.Errorf("%s --help has no article store example:\n%s", cmd, r.stdout)
		}
	}
}
