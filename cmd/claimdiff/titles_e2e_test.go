package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
)

// TestEventTitleInTmux runs the real binary in tmux at 120×40 with the
// terminal doing the bidi (so the screen holds logical Arabic): the events
// list leads with the events several sources report; the first of them
// opens on its headline-like title, the outlets' names (not file names)
// and its coverage grid; the first such event with discrepancies opens on
// an alignment whose discrepancies are explained under its claims, in the
// columns' source letters.
func TestEventTitleInTmux(t *testing.T) {
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
	// The title the first multi-source event must show (events sort by
	// date, then ID).
	docs, _ := corpus.Load(context.Background(), []string{corpusDir}, corpus.Options{})
	a, err := analysis.Analyze(context.Background(), analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	titles := analysis.EventTitles(a)
	var multi []int
	for i := range a.Events {
		// The list leads with the stories: two outlets or more, not only
		// recalled as background.
		if titles[i].Story() {
			multi = append(multi, i)
		}
	}
	if len(multi) == 0 {
		t.Fatal("no event of the bundled corpus is a story of two outlets")
	}
	slices.SortStableFunc(multi, func(x, y int) int {
		if c := strings.Compare(a.Events[x].Date, a.Events[y].Date); c != 0 {
			return c
		}
		return strings.Compare(a.Events[x].ID, a.Events[y].ID)
	})
	first := a.Events[multi[0]]
	words := strings.Fields(titles[multi[0]].Title)
	wantTitle := strings.Join(words[:min(4, len(words))], " ")
	if wantTitle == "" {
		t.Fatalf("event %s has no title", first.ID)
	}

	s := &tmuxSession{t: t, socket: fmt.Sprintf("claimdiff-e2e-titles-%d", os.Getpid()), name: "titles"}
	t.Cleanup(func() { s.tmux("kill-server") })
	cmd := fmt.Sprintf("%s review --bidi=terminal --store %s %s", bin, filepath.Join(tmp, "store"), corpusDir)
	if out, err := s.tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", s.name, "-c", tmp, cmd); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}
	s.waitFor("the events list, several sources first", "Reported by several sources", "One outlet only")
	s.keys("Enter")
	scr := s.waitFor("the first multi-source event", "Event "+first.Date, "Coverage:")
	if !strings.Contains(scr, wantTitle) {
		t.Errorf("the event view does not show the title's start %q:\n%s", wantTitle, scr)
	}
	for _, d := range a.Documents {
		if !slices.Contains(first.Sources, d.ID) {
			continue
		}
		name := corpus.DisplayName(d)
		if strings.Contains(name, "_") || !strings.Contains(scr, name) {
			t.Errorf("the event view does not show the outlet %q of %s:\n%s", name, d.Path, scr)
		}
	}
	// The first multi-source event with discrepancies, its worst alignment.
	badge := regexp.MustCompile(`#1 +!\d`)
	for i := 0; !badge.MatchString(s.screen()); i++ {
		if i >= len(multi) {
			t.Fatalf("no multi-source event has discrepancies:\n%s", s.screen())
		}
		s.keys("Escape")
		s.waitFor("the events list again", "Reported by several sources")
		s.keys("j", "Enter")
		s.waitFor("an event view", "Alignments (")
	}
	s.keys("Enter")
	s.waitFor("the alignment view", "Alignment al-")
	s.keys("G")
	scr = s.waitFor("the discrepancies under the claims", "Discrepancies (")
	explained := regexp.MustCompile(`(said by|quoted in|worded differently|in [A-E]\b|only [A-E]\b|cites)`)
	if !explained.MatchString(scr) {
		t.Errorf("no discrepancy explanation on the alignment view:\n%s", scr)
	}
	s.keys("q")
}
