package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Phrases of three sources of the bundled corpus, as an App-mode screen
// shows them: Arabic presentation forms (shaped by hand, lam-alef as one
// ligature cell) in visual order, written down here, not computed, and
// checked against GNU FriBidi (`fribidi --nopad --rtl`, which adds a U+FEFF
// filler after lam-alef ligatures; that filler is not here). The test finds
// them with the search view, which lists every claim that has them whatever
// the alignments are.
var e2ePhrases = []struct{ source, logical, visual string }{
	{"000", "جدد بوتين", "\uFEE6\uFEF4\uFE97\uFEEE\uFE91 \uFEA9\uFEAA\uFE9F"},
	{"002", "إدانة موسكو", "\uFEEE\uFEDC\uFEB3\uFEEE\uFEE3 \uFE94\uFEE7\uFE8D\uFEA9\uFE87"},
	{"003", "للاستقرار والأمن", "\uFEE6\uFEE3\uFEF7\uFE8D\uFEED \uFEAD\uFE8D\uFEAE\uFED8\uFE98\uFEB3\uFEFC\uFEDF"},
}

// tmuxSession is one claimdiff process in a detached tmux session of its
// own server (socket), so that nothing of the user's tmux is touched.
type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
}

func (s *tmuxSession) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	return string(out), err
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	if out, err := s.tmux(append([]string{"send-keys", "-t", s.name}, keys...)...); err != nil {
		s.t.Fatalf("tmux send-keys %q: %v: %s", keys, err, out)
	}
}

func (s *tmuxSession) literal(text string) {
	s.t.Helper()
	if out, err := s.tmux("send-keys", "-t", s.name, "-l", text); err != nil {
		s.t.Fatalf("tmux send-keys -l %q: %v: %s", text, err, out)
	}
}

func (s *tmuxSession) screen() string {
	out, _ := s.tmux("capture-pane", "-p", "-t", s.name)
	return out
}

// waitFor polls the screen until it contains every one of want.
func (s *tmuxSession) waitFor(what string, want ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		scr := s.screen()
		ok := true
		for _, w := range want {
			if !strings.Contains(scr, w) {
				ok = false
			}
		}
		if ok {
			s.t.Logf("%s: on screen after %v", what, time.Since(deadline.Add(-20*time.Second)).Round(time.Millisecond))
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s: %q not on screen:\n%s", what, want, scr)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitForAny polls the screen until it contains one of want and returns
// the screen.
func (s *tmuxSession) waitForAny(what string, want ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		scr := s.screen()
		for _, w := range want {
			if strings.Contains(scr, w) {
				return scr
			}
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s: none of %q on screen:\n%s", what, want, scr)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// openEventWithAlignments opens, from the events view, the first listed
// event that has alignments: the bundled corpus's events change as the
// analysis is tuned, and the first ones may have none. It returns the
// event view's screen.
func (s *tmuxSession) openEventWithAlignments() string {
	s.t.Helper()
	m := regexp.MustCompile(`Events (\d+) of`).FindStringSubmatch(s.screen())
	if m == nil {
		s.t.Fatalf("the events view has no \"Events N of\" title:\n%s", s.screen())
	}
	n, _ := strconv.Atoi(m[1])
	for i := 0; i < n; i++ {
		if i > 0 {
			s.keys("Escape")
			s.waitFor("the events view again", "sort: date")
			s.keys("j")
		}
		s.keys("Enter")
		scr := s.waitForAny("an event view", "Alignments (", "Alignments: none")
		if strings.Contains(scr, "Alignments (") {
			return scr
		}
	}
	s.t.Fatalf("none of the %d events of the bundled corpus has an alignment:\n%s", n, s.screen())
	return ""
}

// logicalArabic returns the first screen line that holds an Arabic letter
// in logical form (U+0622–U+064A, tatweel aside): App mode must show every
// one as a presentation form. A lone hamza (U+0621) joins nothing and may
// stay as it is.
func logicalArabic(scr string) string {
	for _, line := range strings.Split(scr, "\n") {
		for _, r := range line {
			if r > 0x0621 && r <= 0x064A && r != 0x0640 {
				return line
			}
		}
	}
	return ""
}

// waitExit waits for the session to end (the program quit).
func (s *tmuxSession) waitExit() {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := s.tmux("has-session", "-t", s.name); err != nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.t.Fatalf("claimdiff did not quit:\n%s", s.screen())
}

// TestReviewInTmux runs the real binary in tmux at 160×48: opens an event
// with alignments and its first alignment, records a verdict with a note,
// finds each source's phrase in its App-mode form with the search view,
// quits, starts again and finds the verdict.
func TestReviewInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (run .ci/install-tmux): the end-to-end review test needs it")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "claimdiff")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpusDir, err := filepath.Abs("../../testdata/corpus/syria-russia")
	if err != nil {
		t.Fatal(err)
	}
	store := filepath.Join(tmp, "store")
	s := &tmuxSession{t: t, socket: fmt.Sprintf("claimdiff-e2e-%d", os.Getpid()), name: "review"}
	t.Cleanup(func() { s.tmux("kill-server") })
	start := func() {
		cmd := fmt.Sprintf("%s review --bidi=app --store %s --reviewer e2e --log %s %s",
			bin, store, filepath.Join(tmp, "review.log"), corpusDir)
		if out, err := s.tmux("new-session", "-d", "-x", "160", "-y", "48", "-s", s.name, "-c", tmp, cmd); err != nil {
			t.Fatalf("tmux new-session: %v: %s", err, out)
		}
		s.waitFor("the events view", "Events ", "sort: date")
	}
	alignmentID := regexp.MustCompile(`Alignment (al-[0-9a-f]+)`)
	start()
	if line := logicalArabic(s.screen()); line != "" {
		t.Errorf("the events view shows logical Arabic in App mode: %q", line)
	}
	// An event and its first alignment (the worst).
	s.openEventWithAlignments()
	s.keys("Enter")
	scr := s.waitFor("the alignment view", "Alignment al-", "discrepancies")
	m := alignmentID.FindStringSubmatch(scr)
	if m == nil {
		t.Fatalf("no alignment ID on the alignment view:\n%s", scr)
	}
	id := m[1]
	if line := logicalArabic(scr); line != "" {
		t.Errorf("the alignment view shows logical Arabic in App mode: %q", line)
	}
	// A verdict on the alignment, with a note.
	s.literal("V")
	s.waitFor("the verdict picker", "Verdict on "+id)
	s.literal("3")
	s.waitFor("the note input", "note for false")
	s.literal("checked against SANA")
	s.keys("Enter")
	s.waitFor("the saved verdict", "saved verdict false", "verdict: false")
	// Every source's phrase, found by the search, shaped and in visual
	// order: in the title and on at least one result line.
	for _, p := range e2ePhrases {
		s.literal("/")
		s.waitFor("the search input", "search claims")
		s.literal(p.logical)
		s.keys("Enter")
		scr := s.waitFor("the search results for "+p.source+"'s phrase", `Search "`+p.visual+`"`)
		if n := strings.Count(scr, p.visual); n < 2 {
			t.Errorf("source %s: %q is in no result line (%d time(s) on screen):\n%s", p.source, p.logical, n, scr)
		}
		if strings.Contains(scr, p.logical) {
			t.Errorf("source %s: the logical (unshaped) text %q is on screen; App mode must show presentation forms", p.source, p.logical)
		}
		if line := logicalArabic(scr); line != "" {
			t.Errorf("source %s: the search view shows logical Arabic in App mode: %q", p.source, line)
		}
	}
	s.literal("q")
	s.waitExit()
	log, err := os.ReadFile(filepath.Join(store, "reviews.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(log), `"target":"`+id+`"`) ||
		!strings.Contains(string(log), `"verdict":"false","note":"checked against SANA","reviewer":"e2e"`) {
		t.Fatalf("the store does not hold the verdict on %s:\n%s", id, log)
	}
	// Again: the same way leads to the same alignment, with its verdict.
	start()
	s.openEventWithAlignments()
	s.keys("Enter")
	s.waitFor("the alignment with its verdict after a restart", "Alignment "+id, "verdict: false")
	s.literal("q")
	s.waitExit()

	// Articles on standard input: keys come from the terminal (/dev/tty).
	article := filepath.Join(corpusDir, "000_61ffee1a40fd20b0.txt")
	cmd := fmt.Sprintf("cat %s | %s review --bidi=app --store %s --log %s -", article, bin, store, filepath.Join(tmp, "review.log"))
	if out, err := s.tmux("new-session", "-d", "-x", "160", "-y", "48", "-s", s.name, "-c", tmp, cmd); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}
	s.waitFor("the events view of one article from stdin", "1 articles", "sort: date")
	s.keys("Enter")
	s.waitFor("the event view (keys read from /dev/tty)", "Only one source")
	s.literal("q")
	s.waitExit()
}
