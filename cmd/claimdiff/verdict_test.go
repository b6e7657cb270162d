package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// verdictRun runs `claimdiff verdict ARGS` through verdictCommand.Run with
// buffers, from working directory cwd, and maps the error to an exit code as
// main does.
func verdictRun(t *testing.T, cwd string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Cwd: cwd,
		Getenv: func(k string) string {
			if k == "CLAIMDIFF_REVIEWER" {
				return "من-الإعدادات"
			}
			return ""
		},
	}
	err := (&verdictCommand{}).Run(context.Background(), env, args)
	return result{exitCode(&stderr, err), stdout.String(), stderr.String()}
}

const (
	vClaim = "d-5f2c9a1e/c-81b0e2"
	vText  = "وصل وزير الخارجية السوري أسعد الشيباني إلى موسكو الخميس."
	vOther = "d-0a1b2c3d/c-44aa90"
)

func TestVerdictSetListExport(t *testing.T) {
	cwd := t.TempDir()
	steps := []struct {
		name   string
		args   []string
		code   int
		stdout []string // substrings
	}{
		{"set false", []string{"set", "--reviewer", "amal", "--id", vClaim, "--verdict", "false", "--text", vText, "--note", "الزيارة في 31 تموز"},
			0, []string{"false on " + vClaim + " by amal", ".claimdiff"}},
		{"reviewer from the environment", []string{"set", "--id", vOther, "--verdict", "needs-checking"},
			0, []string{"needs-checking on " + vOther + " by من-الإعدادات"}},
		{"later verdict on the same claim", []string{"set", "--reviewer", "karim", "--id", vClaim, "--verdict", "misleading", "--text", vText},
			0, []string{"misleading on " + vClaim}},
		{"note", []string{"note", "--reviewer", "amal", "--id", vClaim, "--note", "سانا نقلت التصريح نفسه"},
			0, []string{"note on " + vClaim}},
		{"verdict on an alignment with members", []string{"set", "--reviewer", "amal", "--id", "al-0a1b2c3d4e", "--verdict", "disputed",
			"--member", vClaim + "=" + vText, "--member", vOther + "=أعلنت سانا وصول الشيباني إلى موسكو."},
			0, []string{"disputed on al-0a1b2c3d4e"}},
		{"list all", []string{"list"}, 0, []string{"karim\tmisleading\t" + vClaim, "amal\t(note)\t" + vClaim + "\tسانا نقلت التصريح نفسه", "needs-checking\t" + vOther}},
		{"list by verdict", []string{"list", "--verdict", "disputed"}, 0, []string{"disputed\tal-0a1b2c3d4e"}},
	}
	for _, st := range steps {
		r := verdictRun(t, cwd, st.args...)
		if r.code != st.code {
			t.Fatalf("%s: exit %d, want %d; stderr %s", st.name, r.code, st.code, r.stderr)
		}
		for _, want := range st.stdout {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%s: stdout %q, want it to contain %q", st.name, r.stdout, want)
			}
		}
	}
	// The first verdict was superseded; a verdict filter leaves out notes.
	if r := verdictRun(t, cwd, "list"); strings.Contains(r.stdout, "\tfalse\t") {
		t.Errorf("list shows the superseded verdict:\n%s", r.stdout)
	}
	if r := verdictRun(t, cwd, "list", "--verdict", "misleading"); strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("list --verdict misleading = %q, want one line", r.stdout)
	}
	// The alignment names d-0a1b… too, but was given by amal.
	r := verdictRun(t, cwd, "list", "--id-prefix", "d-0a1b", "--reviewer", "من-الإعدادات", "--format", "json")
	var listed []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &listed); err != nil || len(listed) != 1 || listed[0]["target"] != vOther {
		t.Errorf("list --format json = %s (%v), want the one needs-checking entry", r.stdout, err)
	}
	// Export: ClaimReview, without needs-checking.
	r = verdictRun(t, cwd, "export")
	var crs []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &crs); err != nil {
		t.Fatalf("export is not a JSON array: %v\n%s", err, r.stdout)
	}
	if len(crs) != 2 {
		t.Fatalf("export has %d reviews, want 2 (misleading claim, disputed alignment):\n%s", len(crs), r.stdout)
	}
	rating := crs[0]["reviewRating"].(map[string]any)
	if crs[0]["claimReviewed"] != vText || rating["ratingValue"] != 3.0 || rating["alternateName"] != "Misleading" {
		t.Errorf("export[0] = %v, want the claim's text rated 3 Misleading", crs[0])
	}
	if !strings.Contains(r.stdout, vText) {
		t.Errorf("export escapes Arabic text, want it as UTF-8:\n%s", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(cwd, ".claimdiff", ".gitattributes")); err != nil {
		t.Errorf("no .claimdiff/.gitattributes in the working directory: %v", err)
	}
}

func TestVerdictErrors(t *testing.T) {
	cwd := t.TempDir()
	file := filepath.Join(cwd, "corpus.txt")
	os.WriteFile(file, []byte(vText), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no subcommand", nil, 2, "Subcommands:"},
		{"unknown subcommand", []string{"delete"}, 2, "valid: set, note, list, export"},
		{"unknown verdict", []string{"set", "--id", vClaim, "--verdict", "true"}, 2, "confirmed, disputed, false, misleading, unverifiable, needs-checking"},
		{"missing id", []string{"set", "--verdict", "false"}, 2, "--id must be a claim ID"},
		{"a document is no target", []string{"set", "--id", "d-5f2c9a1e", "--verdict", "false"}, 2, "--id must be"},
		{"bad member", []string{"set", "--id", "al-0a1b2c3d4e", "--verdict", "false", "--member", "c-1"}, 2, "not a claim ID"},
		{"note without text", []string{"note", "--id", vClaim}, 2, "--note TEXT is required"},
		{"unknown flag", []string{"list", "--colour"}, 2, "flag provided but not defined"},
		{"unknown format", []string{"list", "--format", "csv"}, 2, "valid: text, json"},
		{"unwritable store", []string{"set", "--store", filepath.Join(file, "reviews"), "--id", vClaim, "--verdict", "false"}, 1, "hint: a file is in the way"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := verdictRun(t, cwd, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tt.code, tt.stderr)
			}
		})
	}
}

func TestVerdictHelp(t *testing.T) {
	for _, sub := range []string{"set", "note", "list", "export"} {
		t.Run(sub, func(t *testing.T) {
			r := verdictRun(t, t.TempDir(), sub, "--help")
			if r.code != 0 || !strings.Contains(r.stdout, "Example:\n  claimdiff verdict "+sub) || !strings.Contains(r.stdout, "-store") {
				t.Errorf("%s --help: exit %d, stdout %q; want exit 0, the flags and an example", sub, r.code, r.stdout)
			}
		})
	}
}

// TestVerdictListCorruptStore: a damaged line is reported with its line
// number on stderr, and every readable entry is still listed (exit 0).
func TestVerdictListCorruptStore(t *testing.T) {
	cwd := t.TempDir()
	for _, v := range []string{"false", "confirmed"} {
		if r := verdictRun(t, cwd, "set", "--reviewer", "amal", "--id", vClaim, "--verdict", v); r.code != 0 {
			t.Fatalf("set: %s", r.stderr)
		}
	}
	path := filepath.Join(cwd, ".claimdiff", "reviews.jsonl")
	data, _ := os.ReadFile(path)
	lines := strings.SplitAfter(string(data), "\n")
	damaged := lines[0] + "{\"op\":\"verdict\",\"tar\n" + lines[1] + `{"op":"note","target":"` + vOther
	os.WriteFile(path, []byte(damaged), 0o644)
	r := verdictRun(t, cwd, "list")
	if r.code != 0 || !strings.Contains(r.stderr, "reviews.jsonl:2: unreadable line") || !strings.Contains(r.stderr, "reviews.jsonl:4: incomplete last line") {
		t.Errorf("exit %d, stderr %q; want 0 and lines 2 and 4 reported", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "confirmed\t"+vClaim) {
		t.Errorf("stdout %q, want the readable latest verdict listed", r.stdout)
	}
	// The next set starts a fresh line after the torn one.
	if r := verdictRun(t, cwd, "set", "--reviewer", "amal", "--id", vOther, "--verdict", "disputed"); r.code != 0 {
		t.Fatalf("set after damage: %s", r.stderr)
	}
	if r := verdictRun(t, cwd, "list", "--verdict", "disputed"); !strings.Contains(r.stdout, vOther) {
		t.Errorf("list after damage = %q, want the new verdict", r.stdout)
	}
}
