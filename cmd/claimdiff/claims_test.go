package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// repoRoot is the module root, two levels above this package.
const repoRoot = "../.."

// result is what one in-process run of claimdiff produced.
type result struct {
	code           int
	stdout, stderr string
}

// runIn runs claimdiff in-process with args, from the working directory dir
// (the process's own when empty), and returns its exit code and output.
func runIn(t *testing.T, dir string, stdin string, args ...string) result {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var stdout, stderr bytes.Buffer
	cwd, _ := os.Getwd()
	env := &Env{
		Stdin: strings.NewReader(stdin), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(string) string { return "" }, Cwd: cwd,
	}
	err := run(context.Background(), env, args)
	code := exitCode(&stderr, err)
	return result{code, stdout.String(), stderr.String()}
}

// TestClaimsGolden runs `claimdiff claims` on the bundled corpus in every
// format and compares the output with testdata/golden/claims.{txt,json,jsonl}.
// It runs from the repository root with a relative path, so the output
// names testdata/corpus/... whatever directory the clone sits in.
func TestClaimsGolden(t *testing.T) {
	for _, tc := range []struct{ format, golden string }{
		{"text", "claims.txt"},
		{"json", "claims.json"},
		{"jsonl", "claims.jsonl"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			abs, err := filepath.Abs(filepath.Join(repoRoot, "testdata", "golden", tc.golden))
			if err != nil {
				t.Fatal(err)
			}
			r := runIn(t, repoRoot, "", "claims", "--format", tc.format, "testdata/corpus/syria-russia")
			if r.code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
			if r.stderr != "" {
				t.Errorf("unexpected stderr:\n%s", r.stderr)
			}
			if *update {
				if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(abs, []byte(r.stdout), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(abs)
			if err != nil {
				t.Fatalf("read golden (refresh with go test ./cmd/claimdiff -update): %v", err)
			}
			if r.stdout != string(want) {
				t.Errorf("claims --format %s differs from %s (refresh with -update if intended):\n%s",
					tc.format, tc.golden, firstDiff(r.stdout, string(want)))
			}
			if wd, _ := os.Getwd(); strings.Contains(r.stdout, wd) {
				t.Errorf("output contains the absolute working directory %s", wd)
			}
		})
	}
}

// firstDiff describes the first line where got and want differ.
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
			return "line " + itoa(i+1) + ":\n got  " + gl + "\n want " + wl
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

const article = "الشيباني يزور موسكو\n\nأعلن وزير الخارجية السوري أسعد الشيباني، يوم الأربعاء، أن العلاقات بين دمشق وموسكو مقبلة على مرحلة جديدة.\n"

// write creates a file under dir with the given content and returns its path.
func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestClaimsBadInput feeds claims one unusable input beside a good one and
// checks the one-line message naming the input, that the good input was
// still processed, and the exit code.
func TestClaimsBadInput(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string // created in a temp dir
		args     []string          // after "claims"; "$D" is the temp dir
		wantCode int
		wantErr  []string // substrings of stderr, each on one line
		wantDocs int      // documents in the JSON output
	}{
		{
			name:     "missing path",
			files:    map[string]string{"good.txt": article},
			args:     []string{"$D/good.txt", "$D/nope.txt"},
			wantCode: 0, wantErr: []string{"nope.txt: no such file or directory"}, wantDocs: 1,
		},
		{
			name:     "empty file",
			files:    map[string]string{"good.txt": article, "empty.txt": "  \n\n"},
			args:     []string{"$D"},
			wantCode: 0, wantErr: []string{"empty.txt: empty article"}, wantDocs: 1,
		},
		{
			name:     "binary file",
			files:    map[string]string{"good.txt": article, "blob.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			args:     []string{"$D"},
			wantCode: 0, wantErr: []string{"blob.txt: not text (binary data)"}, wantDocs: 1,
		},
		{
			name: "broken JSON line in jsonl",
			files: map[string]string{"feed.jsonl": `{"title": "أ", "content": "` + jsonEsc(article) + `", "source": "سانا"}` + "\n" +
				`{"title": "ب", "content": "نص مقطوع` + "\n" +
				`{"title": "ج", "content": "` + jsonEsc(strings.Replace(article, "الأربعاء", "الثلاثاء", 1)) + `", "source": "سانا"}` + "\n"},
			args:     []string{"$D/feed.jsonl"},
			wantCode: 0, wantErr: []string{"feed.jsonl:2: broken JSON"}, wantDocs: 2,
		},
		{
			name:     "broken json file",
			files:    map[string]string{"good.md": article, "bad.json": `[{"title": "x", "content": "نص"},` + "\n" + `{"title": }]`},
			args:     []string{"$D"},
			wantCode: 0, wantErr: []string{"bad.json:2: broken JSON"}, wantDocs: 1,
		},
		{
			name:     "unknown extension in a directory walk is a note",
			files:    map[string]string{"good.txt": article, "scan.pdf": "%PDF-1.4"},
			args:     []string{"$D"},
			wantCode: 0, wantErr: []string{"scan.pdf: skipped: unknown file type \".pdf\""}, wantDocs: 1,
		},
		{
			name:     "unknown extension named explicitly is an error",
			files:    map[string]string{"good.txt": article, "scan.pdf": "%PDF-1.4"},
			args:     []string{"--strict", "$D/good.txt", "$D/scan.pdf"},
			wantCode: 1, wantErr: []string{"scan.pdf: unknown file type \".pdf\"", "--strict: 1 input(s) could not be read"},
		},
		{
			name:     "unknown extension in a walk does not fail --strict",
			files:    map[string]string{"good.txt": article, "notes.pdf": "%PDF-1.4"},
			args:     []string{"--strict", "$D"},
			wantCode: 0, wantErr: []string{"notes.pdf: skipped"}, wantDocs: 1,
		},
		{
			name:     "strict with a missing path",
			files:    map[string]string{"good.txt": article},
			args:     []string{"--strict", "$D/good.txt", "$D/nope.txt"},
			wantCode: 1, wantErr: []string{"nope.txt: no such file or directory", "--strict"},
		},
		{
			name:     "nothing usable",
			files:    map[string]string{"empty.txt": ""},
			args:     []string{"$D/empty.txt", "$D/nope.json"},
			wantCode: 1, wantErr: []string{"empty.txt: empty article", "nope.json: no such file", "no article could be read"},
		},
		{
			name:     "jsonl record without text",
			files:    map[string]string{"feed.jsonl": `{"title": "عنوان فقط"}` + "\n" + `{"content": "` + jsonEsc(article) + `"}` + "\n"},
			args:     []string{"$D/feed.jsonl"},
			wantCode: 0, wantErr: []string{"feed.jsonl:1: no article text"}, wantDocs: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tc.files {
				write(t, dir, name, content)
			}
			args := []string{"claims", "--format", "json"}
			for _, a := range tc.args {
				args = append(args, strings.ReplaceAll(a, "$D", dir))
			}
			r := runIn(t, "", "", args...)
			if r.code != tc.wantCode {
				t.Errorf("exit code: got %d, want %d (stderr: %s)", r.code, tc.wantCode, r.stderr)
			}
			lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
			for _, want := range tc.wantErr {
				found := false
				for _, l := range lines {
					if strings.Contains(l, want) {
						found = true
						if !strings.HasPrefix(l, "claimdiff: ") {
							t.Errorf("stderr line %q: want prefix \"claimdiff: \"", l)
						}
					}
				}
				if !found {
					t.Errorf("stderr: got %q, want a line containing %q", r.stderr, want)
				}
			}
			if tc.wantCode == 0 {
				if got := strings.Count(r.stdout, `"source_from"`); got != tc.wantDocs {
					t.Errorf("documents in output: got %d, want %d", got, tc.wantDocs)
				}
			} else if r.stdout != "" {
				t.Errorf("stdout on failure: got %q, want nothing", r.stdout)
			}
		})
	}
}

func jsonEsc(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

// TestUsage checks exit code 2 and the list of valid choices for unknown
// commands, flags and formats, and that --help prints an example.
func TestUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate" (commands: `},
		{"unknown flag", []string{"claims", "--colour", "x"}, 2, "", "flag provided but not defined: -colour"},
		{"unknown format", []string{"claims", "--format", "xml", "x.txt"}, 2, "", `unknown format "xml" (valid: text, json, jsonl)`},
		{"no input", []string{"claims"}, 2, "", "no input"},
		{"no command", nil, 2, "", "Usage:"},
		{"claims help", []string{"claims", "--help"}, 0, "Example:\n  claimdiff claims --format json testdata/corpus/syria-russia", ""},
		{"claims -h lists flags", []string{"claims", "-h"}, 0, "-format", ""},
		{"top help", []string{"--help"}, 0, "claimdiff analyze --format json testdata/corpus/syria-russia", ""},
		{"version", []string{"version"}, 0, "claimdiff ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(t, "", "", tc.args...)
			if r.code != tc.wantCode {
				t.Errorf("exit code: got %d, want %d", r.code, tc.wantCode)
			}
			if !strings.Contains(r.stdout, tc.wantStdout) {
				t.Errorf("stdout: got %q, want it to contain %q", r.stdout, tc.wantStdout)
			}
			if !strings.Contains(r.stderr, tc.wantStderr) {
				t.Errorf("stderr: got %q, want it to contain %q", r.stderr, tc.wantStderr)
			}
			if n := strings.Count(r.stdout, "Usage:"); n > 1 {
				t.Errorf("the usage is printed %d times", n)
			}
		})
	}
}

// TestClaimsStdin reads an article from standard input.
func TestClaimsStdin(t *testing.T) {
	r := runIn(t, "", article, "claims", "--format", "jsonl", "-")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, `"path":"-"`) || !strings.Contains(r.stdout, `"type":"claim"`) {
		t.Errorf("stdout: got %q, want a document from \"-\" and its claims", r.stdout)
	}
}

// TestStableClaimIDs checks that an article's document and claim IDs do not
// depend on what is read with it or where it sits.
func TestStableClaimIDs(t *testing.T) {
	ids := func(r result) []string {
		var out []string
		for _, l := range strings.Split(r.stdout, "\n") {
			if strings.Contains(l, `"type":"claim"`) {
				out = append(out, l[strings.Index(l, `"id":`):strings.Index(l, `"start":`)])
			}
		}
		return out
	}
	name := "003_2ecffe47322c837b.txt"
	src, err := filepath.Abs(filepath.Join(repoRoot, "testdata/corpus/syria-russia", name))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	alone := write(t, dir, "x/"+name, string(data))
	write(t, dir, "y/"+name+".md", "عنوان آخر\nوفي خبر آخر، أعلنت الحكومة خطة جديدة للإعمار.")
	want := ids(runIn(t, "", "", "claims", "--format", "jsonl", src))
	if len(want) == 0 {
		t.Fatal("no claims")
	}
	for _, args := range [][]string{
		{alone},
		{filepath.Join(dir, "y"), alone},
		{dir},
	} {
		got := ids(runIn(t, "", "", append([]string{"claims", "--format", "jsonl"}, args...)...))
		var mine []string
		for _, id := range got {
			if strings.HasPrefix(id, want[0][:len(`"id":"d-12345678`)]) {
				mine = append(mine, id)
			}
		}
		if strings.Join(mine, "\n") != strings.Join(want, "\n") {
			t.Errorf("claims %v: got IDs\n%s\nwant\n%s", args, strings.Join(mine, "\n"), strings.Join(want, "\n"))
		}
	}
}

// BenchmarkClaims runs the claims command in-process on the bundled corpus,
// or on the directory in $CLAIMDIFF_BENCH_CORPUS (e.g. SaudiNewsNet).
func BenchmarkClaims(b *testing.B) {
	dir := os.Getenv("CLAIMDIFF_BENCH_CORPUS")
	if dir == "" {
		dir = filepath.Join(repoRoot, "testdata/corpus/syria-russia")
	}
	var size int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
		}
		return nil
	})
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		var stdout, stderr bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: os.Getenv}
		if err := run(context.Background(), env, []string{"claims", "--format", "json", dir}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCommandNameAndPath runs from a directory holding report/ and review/
// (as this repository does): a bare name that is a path is the path (the
// issue's rule: a folder of articles may be called "review"), and with
// flags after it the command runs.
func TestCommandNameAndPath(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"report", "review"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "report", "a.txt"), []byte("عنوان\n\nوصل الوزير إلى موسكو اليوم في زيارة رسمية.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, "", "report", "--help")
	if r.code != 0 || !strings.Contains(r.stdout, "Usage: claimdiff report") {
		t.Errorf("`report --help` beside a report/ directory: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, arg := range []string{"report", "./report"} {
		r = runIn(t, "", "", arg)
		if r.code != 0 || !strings.Contains(r.stdout, "1 documents") {
			t.Errorf("`%s` should analyse the directory: exit %d\n%s%s", arg, r.code, r.stdout, r.stderr)
		}
	}
}
