package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigFlag checks that --config reaches every command that reads it:
// the reviewer of verdicts, the ClaimReview organisation of reports, and a
// bad file named in the error.
func TestConfigFlag(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(cfg, []byte("[review]\nreviewer = \"amal\"\norganisation = \"مسبار\"\norganisation_url = \"https://misbar.example\"\n\n[lexicon]\noutlets = [\"وكالة الأنباء التجريبية\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	store := filepath.Join(dir, "store")
	r := runIn(t, "", "", "verdict", "set", "--store", store, "--config", cfg, "--id", "d-28c60fc4/c-b2b5d9", "--verdict", "confirmed")
	if r.code != 0 || !strings.Contains(r.stdout, " by amal ") {
		t.Errorf("verdict set with a config reviewer: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runIn(t, repoRoot, "", "report", "--format", "claimreview", "--config", cfg, "--store", store, "testdata/corpus/syria-russia")
	if r.code != 0 || !strings.Contains(r.stdout, "https://misbar.example#d-28c60fc4/c-b2b5d9") || !strings.Contains(r.stdout, "مسبار") {
		t.Errorf("claimreview with the config organisation: exit %d\n%.400s%s", r.code, r.stdout, r.stderr)
	}
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("[review\nreviewer = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"claims", "analyze", "report"} {
		r = runIn(t, "", "", cmd, "--config", bad, "testdata/corpus/syria-russia")
		if r.code != 1 || !strings.Contains(r.stderr, "bad.toml") {
			t.Errorf("%s with a broken config: exit %d, stderr %q", cmd, r.code, r.stderr)
		}
	}
}

// TestFastFlags: claims --facts=false splits without facts; analyze
// --diff=false stops at alignments.
func TestFastFlags(t *testing.T) {
	r := runIn(t, repoRoot, "", "claims", "--facts=false", "--format", "json", "testdata/corpus/syria-russia")
	if r.code != 0 || !strings.Contains(r.stdout, `"claims"`) || strings.Contains(r.stdout, `"speaker":"e-`) {
		t.Errorf("claims --facts=false: exit %d, speakers present or no claims\n%.300s%s", r.code, r.stdout, r.stderr)
	}
	r = runIn(t, "", "", "analyze", "--diff=false", "--format", "json", "testdata/corpus/syria-russia")
	if r.code != 0 || !strings.Contains(r.stdout, `"alignments"`) || strings.Contains(r.stdout, `"type":"wording"`) {
		t.Errorf("analyze --diff=false: exit %d or discrepancies present\n%.300s%s", r.code, r.stdout, r.stderr)
	}
}
