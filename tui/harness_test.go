package tui

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/review"
	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// corpusDir is the bundled corpus the tests review.
const corpusDir = "../testdata/corpus/syria-russia"

// loadCorpus reads the bundled corpus afresh (the analysis sets fields on
// documents, so every test gets its own).
func loadCorpus(t testing.TB) []*corpus.Document {
	t.Helper()
	docs, problems := corpus.Load(context.Background(), []string{corpusDir}, corpus.Options{})
	for _, p := range problems {
		if !p.Skipped {
			t.Fatalf("load corpus: %v", p)
		}
	}
	if len(docs) == 0 {
		t.Fatalf("load corpus: no documents in %s", corpusDir)
	}
	return docs
}

// fixedStore is a review store whose Path does not depend on the temporary
// directory, so that views that show it can be golden-tested.
type fixedStore struct{ *review.Store }

func (fixedStore) Path() string { return ".claimdiff/reviews.jsonl" }

// openStore opens a review store in a fresh temporary directory.
func openStore(t testing.TB, dir string) Store {
	t.Helper()
	if dir == "" {
		dir = filepath.Join(t.TempDir(), ".claimdiff")
	}
	s, err := review.Open(dir)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return fixedStore{s}
}

// harness drives a Model the way bubbletea would: it runs the commands
// Update returns and feeds their messages back, except spinner ticks (so no
// timer runs), and checks after every step that View fills exactly the
// terminal.
type harness struct {
	t    testing.TB
	m    Model
	quit bool
	clip *bytes.Buffer
	// polls counts the store polls that came back; they are not sent on
	// (each would schedule the next): tests send pollMsg themselves.
	polls int
}

type config struct {
	mode          rtl.Mode
	profile       termenv.Profile
	width, height int
	docs          []*corpus.Document
	store         Store
	warnings      []string
	// analyze and generation replace the pipeline and poll an article
	// store (Options.Analyze, Options.Generation).
	analyze    func(context.Context, analysis.Options, []*corpus.Document) (*analysis.Analysis, error)
	generation func(context.Context) (int64, error)
}

func newHarness(t testing.TB, c config) *harness {
	t.Helper()
	r := lipgloss.NewRenderer(&bytes.Buffer{})
	r.SetColorProfile(c.profile)
	r.SetHasDarkBackground(true)
	h := &harness{t: t, clip: &bytes.Buffer{}}
	h.m = New(Options{
		Docs: c.docs, Store: c.store, Reviewer: "amal", Mode: c.mode, Renderer: r,
		Clipboard: h.clip, Warnings: c.warnings,
		Analyze: c.analyze, Generation: c.generation, PollEvery: time.Millisecond,
	})
	h.run(h.m.Init())
	h.send(tea.WindowSizeMsg{Width: c.width, Height: c.height})
	if h.m.Loading() {
		t.Fatalf("still loading after Init's commands ran")
	}
	return h
}

// send delivers msg and everything the resulting commands produce.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	next, cmd := h.m.Update(msg)
	h.m = next.(Model)
	h.run(cmd)
	h.checkSize()
}

// run executes cmd (with a time limit) and sends its messages.
func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(20 * time.Second):
		h.t.Fatalf("a command did not return within 20s")
	}
	switch msg := msg.(type) {
	case nil, spinner.TickMsg:
	case pollMsg:
		h.polls++
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	case tea.QuitMsg:
		h.quit = true
	default:
		h.send(msg)
	}
}

// keys sends key presses: names such as "enter", "esc", "tab", "down", or
// text, typed rune by rune.
func (h *harness) keys(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		switch k {
		case "enter":
			h.send(tea.KeyMsg{Type: tea.KeyEnter})
		case "esc":
			h.send(tea.KeyMsg{Type: tea.KeyEsc})
		case "tab":
			h.send(tea.KeyMsg{Type: tea.KeyTab})
		case "down":
			h.send(tea.KeyMsg{Type: tea.KeyDown})
		case "up":
			h.send(tea.KeyMsg{Type: tea.KeyUp})
		case "space":
			h.send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
		default:
			for _, r := range k {
				h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			}
		}
	}
}

// openEvent moves the events view's cursor, key by key from the top, to
// the first listed event that ok accepts and opens it. It reports false
// (and stays in the events view) when no event is accepted. Tests use it to
// find what they need in the bundled corpus, whose events and alignments
// change as the analysis is tuned, instead of assuming an order.
func (h *harness) openEvent(ok func(*common.EventInfo) bool) bool {
	h.t.Helper()
	if h.m.state != stateEvents {
		h.t.Fatalf("openEvent: state %s, want events", stateNames[h.m.state])
	}
	h.keys("g")
	for range h.m.events.Order() {
		if ei := h.m.focus().Event; ei >= 0 && ok(&h.m.ctx.Data.Events[ei]) {
			h.keys("enter")
			if h.m.state != stateEvent {
				h.t.Fatalf("openEvent: enter gave state %s, want event", stateNames[h.m.state])
			}
			return true
		}
		h.keys("j")
	}
	return false
}

// hasAlignments accepts an event with at least one alignment.
func hasAlignments(ev *common.EventInfo) bool { return len(ev.Alignments) > 0 }

// hasDiscrepancies accepts an event with a discrepancy in an alignment.
func hasDiscrepancies(ev *common.EventInfo) bool {
	return ev.Severity[1]+ev.Severity[2]+ev.Severity[3] > 0
}

// view returns the screen.
func (h *harness) view() string { return h.m.View() }

// checkSize fails unless View is exactly Width × Height cells.
func (h *harness) checkSize() {
	h.t.Helper()
	v := h.m.View()
	lines := strings.Split(v, "\n")
	if len(lines) != h.m.ctx.Height {
		h.t.Fatalf("view has %d lines, want %d (state %s)", len(lines), h.m.ctx.Height, stateNames[h.m.state])
	}
	for i, l := range lines {
		if w := lipgloss.Width(l); w != h.m.ctx.Width {
			h.t.Fatalf("view line %d is %d cells wide, want %d (state %s): %q", i, w, h.m.ctx.Width, stateNames[h.m.state], l)
		}
	}
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run go test ./tui -update to create it): %v", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d (run with -update if the change is right):\ngot  %q\nwant %q", path, i+1, g, w)
			}
		}
	}
}
