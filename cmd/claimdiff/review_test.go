package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/tui/rtl"
)

// TestReviewFailsEarly: usage mistakes exit 2, and an unwritable store
// fails (exit 1, with a hint) before any article is read.
func TestReviewFailsEarly(t *testing.T) {
	tmp := t.TempDir()
	blocker := filepath.Join(tmp, "file")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		terminal bool
		code     int
		want     string
	}{
		{"bad bidi mode", []string{"review", "--bidi=sideways", "x"}, true, exitUsage, "unknown bidi mode"},
		{"no input", []string{"review", "--store", tmp}, true, exitUsage, "no input"},
		{"not a terminal", []string{"review", "--store", tmp, "../../testdata/corpus/syria-russia"}, false, exitUsage, "not a terminal"},
		// The corpus path does not exist: had it been read first, the
		// error would be about it.
		{"unwritable store", []string{"review", "--store", filepath.Join(blocker, "store"), "/nonexistent/corpus"}, true, exitFailed, "review store"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Cwd: tmp,
				Getenv: func(string) string { return "" }, StdoutIsTerminal: tc.terminal}
			err := run(context.Background(), env, tc.args)
			if got := exitCode(&stderr, err); got != tc.code {
				t.Fatalf("exit code: got %d, want %d (stderr %q)", got, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.want) {
				t.Fatalf("stderr: got %q, want it to mention %q", stderr.String(), tc.want)
			}
			if tc.name == "unwritable store" && !strings.Contains(stderr.String(), "hint") {
				t.Errorf("an unwritable store must come with a hint: %q", stderr.String())
			}
		})
	}
}

// TestReviewRunsHeadless runs the program with keys from a reader: it
// quits on q, and in App mode turns the terminal's bidi off at the start
// (CSI 8 l) and back on at the end (CSI 8 h).
func TestReviewRunsHeadless(t *testing.T) {
	tmp := t.TempDir()
	for _, tc := range []struct {
		mode        string
		start, stop string
	}{
		{"app", rtl.DisableTerminalBidi, rtl.RestoreTerminalBidi},
		{"terminal", "", ""},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			var out, stderr bytes.Buffer
			env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &stderr, Cwd: tmp,
				Getenv: func(string) string { return "" }, StdoutIsTerminal: true}
			c := &reviewCommand{input: strings.NewReader("q"), output: &out}
			err := c.Run(context.Background(), env, []string{"--bidi=" + tc.mode, "--store", filepath.Join(tmp, "s"),
				"--log", filepath.Join(tmp, "log"), "../../testdata/corpus/syria-russia"})
			if err != nil && !errors.Is(err, context.Canceled) {
				t.Fatalf("review: %v (stderr %q)", err, stderr.String())
			}
			s := out.String()
			if tc.start != "" && (!strings.HasPrefix(s, tc.start) || !strings.HasSuffix(s, tc.stop)) {
				t.Errorf("output must start with %q and end with %q: %q … %q", tc.start, tc.stop, head(s), tail(s))
			}
			if tc.start == "" && strings.Contains(s, rtl.DisableTerminalBidi) {
				t.Errorf("terminal mode must not switch the terminal's bidi off")
			}
			if _, err := os.Stat(filepath.Join(tmp, "s", "reviews.jsonl")); err != nil {
				t.Errorf("the store was not created: %v", err)
			}
		})
	}
}

func head(s string) string { return s[:min(len(s), 20)] }
func tail(s string) string { return s[max(0, len(s)-20):] }
