package tui

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/claimdiff/claimdiff/review"
	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// TestGoldenViews walks through every view of the bundled corpus and
// compares the screens with testdata/views-WxH-PROFILE-MODE.golden: both
// sizes, an ASCII and an ANSI colour profile (so highlights are tested),
// and both bidi modes. The walk finds its event (the first listed with
// discrepancies, else with alignments) rather than assuming one; the
// screens themselves show the analysis, so a change to it needs -update
// after a look at the new screens.
func TestGoldenViews(t *testing.T) {
	sizes := []struct{ w, h int }{{80, 24}, {160, 48}, {200, 60}}
	profiles := []struct {
		name string
		p    termenv.Profile
	}{{"ascii", termenv.Ascii}, {"ansi", termenv.ANSI}}
	for _, sz := range sizes {
		for _, pr := range profiles {
			for _, mode := range []rtl.Mode{rtl.App, rtl.Terminal} {
				name := fmt.Sprintf("views-%dx%d-%s-%s.golden", sz.w, sz.h, pr.name, mode)
				t.Run(name, func(t *testing.T) {
					h := newHarness(t, config{mode: mode, profile: pr.p, width: sz.w, height: sz.h,
						docs: loadCorpus(t), store: openStore(t, "")})
					var b strings.Builder
					section := func(title string) {
						fmt.Fprintf(&b, "-- %s --\n%s\n", title, h.view())
					}
					section("events")
					h.keys("?")
					section("help")
					h.keys("esc")
					if !h.openEvent(hasDiscrepancies) && !h.openEvent(hasAlignments) {
						t.Fatalf("no event of the bundled corpus has an alignment")
					}
					section("event (the first listed with discrepancies)")
					h.keys("v")
					section("verdict picker (its first alignment)")
					h.keys("esc", "enter")
					section("alignment")
					h.keys("n")
					section("alignment, first discrepancy selected")
					h.keys("G")
					section("alignment, scrolled to its end: the discrepancies, explained, with their evidence")
					h.keys("g")
					h.keys("enter")
					section("article of the focused claim")
					h.keys("esc", "esc", "esc")
					if h.openEvent(func(ev *common.EventInfo) bool { return ev.Background }) {
						section("background pseudo-event")
						h.keys("esc")
					}
					h.keys("/", "موسكو", "enter")
					section("search")
					golden(t, name, b.String())
				})
			}
		}
	}
}

// TestVerdictRecordedAndShownAgain gives an alignment and a claim verdicts
// with notes, and checks the store, the screen, and a new session on the
// same store.
func TestVerdictRecordedAndShownAgain(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".claimdiff")
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 160, height: 48, docs: loadCorpus(t), store: openStore(t, dir)})
	if !h.openEvent(hasAlignments) {
		t.Fatalf("no event of the bundled corpus has an alignment")
	}
	eventID := h.m.ctx.Data.Events[h.m.focus().Event].ID
	f := h.m.focus()
	al := h.m.ctx.Data.Alignment(f.Alignment)
	if al == nil {
		t.Fatalf("the first row of an event with alignments is not an alignment (focus %+v)", f)
	}
	h.keys("v", "3", "الزيارة في 31 تموز", "enter")
	if got := h.m.ctx.Data.VerdictText(al.ID); got != "false" {
		t.Fatalf("verdict on %s after v 3: got %q, want %q", al.ID, got, "false")
	}
	if !strings.Contains(h.view(), "false") {
		t.Errorf("the event view does not show the verdict:\n%s", h.view())
	}
	// A claim of the alignment, with a separate note.
	h.keys("enter", "tab")
	claimID := h.m.focus().Claim
	h.keys("v", "down", "enter", "enter", "a", "نقلت عن سانا", "enter")
	if got := h.m.ctx.Data.VerdictText(claimID); got != "disputed" {
		t.Fatalf("verdict on claim %s: got %q, want %q", claimID, got, "disputed")
	}
	if n := len(h.m.ctx.Data.Notes[claimID]); n != 1 {
		t.Fatalf("notes on %s: got %d, want 1", claimID, n)
	}
	snap, err := review.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, e := range snap.Entries {
		ops = append(ops, fmt.Sprintf("%s %s %s %q", e.Op, e.Target, e.Verdict, e.Note))
		if e.Reviewer != "amal" {
			t.Errorf("entry %s reviewer: got %q, want amal", e.ID, e.Reviewer)
		}
	}
	want := []string{
		fmt.Sprintf("verdict %s false %q", al.ID, "الزيارة في 31 تموز"),
		fmt.Sprintf("verdict %s disputed %q", claimID, ""),
		fmt.Sprintf("note %s  %q", claimID, "نقلت عن سانا"),
	}
	if strings.Join(ops, "\n") != strings.Join(want, "\n") {
		t.Fatalf("store entries:\ngot  %q\nwant %q", ops, want)
	}
	if len(snap.Entries[0].Members) != len(al.Claims) || snap.Entries[1].Text == "" {
		t.Errorf("entries must carry texts to re-attach: members %d (want %d), claim text %q", len(snap.Entries[0].Members), len(al.Claims), snap.Entries[1].Text)
	}
	// A new session reads them back.
	h2 := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 160, height: 48, docs: loadCorpus(t), store: openStore(t, dir)})
	if got := h2.m.ctx.Data.VerdictText(al.ID); got != "false" {
		t.Fatalf("second session: verdict on %s: got %q, want false", al.ID, got)
	}
	if !h2.openEvent(func(ev *common.EventInfo) bool { return ev.ID == eventID }) {
		t.Fatalf("second session: event %s is not listed", eventID)
	}
	if !strings.Contains(h2.view(), "false") {
		t.Errorf("second session: the event view does not show the verdict:\n%s", h2.view())
	}
}

// TestCorrections records a split, a merge, a not-same and a move and
// checks the store and that the analysis ran again with them. It works in
// the event with the most alignments, whichever that is.
func TestCorrections(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".claimdiff")
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 160, height: 48, docs: loadCorpus(t), store: openStore(t, dir)})
	d := h.m.ctx.Data
	best := -1
	for i := range d.Events {
		if best < 0 || len(d.Events[i].Alignments) > len(d.Events[best].Alignments) {
			best = i
		}
	}
	// The split may dissolve a two-claim alignment; the merge then still
	// needs two.
	if best < 0 || len(d.Events[best].Alignments) < 3 {
		t.Skipf("no event of the bundled corpus has 3 alignments; the correction test needs one")
	}
	target := &d.Events[best]
	if !h.openEvent(func(ev *common.EventInfo) bool { return ev == target }) {
		t.Fatalf("event %d (%s) is not listed", best, target.ID)
	}
	h.keys("enter") // its first alignment
	al := h.m.ctx.Data.Alignment(h.m.focus().Alignment)
	split := h.m.focus().Claim
	if al == nil || split == "" {
		t.Fatalf("enter on the first row of event %s: no alignment and claim in focus (state %s, focus %+v)",
			target.ID, stateNames[h.m.state], h.m.focus())
	}
	h.keys("S")
	if ai, ok := h.m.ctx.Data.AlignmentOf(split); ok && h.m.ctx.Data.Alignment(ai).ID == al.ID {
		t.Fatalf("after the split, %s is still in %s", split, al.ID)
	}
	for _, id := range al.Claims {
		if id == split {
			continue
		}
		if ai, ok := h.m.ctx.Data.AlignmentOf(id); ok && containsID(h.m.ctx.Data.Alignment(ai).Claims, split) {
			t.Fatalf("after the split, %s still shares an alignment with %s", split, id)
		}
	}
	// Back to the event (the alignment view is gone when the split
	// dissolved it): mark two alignments and merge them.
	for h.m.state != stateEvent && h.m.state != stateEvents {
		h.keys("esc")
	}
	if h.m.state == stateEvents && !h.openEvent(func(ev *common.EventInfo) bool { return containsID(ev.Claims, split) }) {
		t.Fatalf("after the split, no event holds %s", split)
	}
	if ev := h.m.ctx.Data.Events[h.m.focus().Event]; len(ev.Alignments) < 2 {
		t.Fatalf("after the split, event %s has %d alignment(s); the merge needs 2", ev.ID, len(ev.Alignments))
	}
	h.keys("g", "m", "j", "m")
	// Not the same, then move, on a claim of the first alignment.
	h.keys("g", "enter", "x")
	if h.m.focus().Claim == "" {
		h.keys("enter") // the view fell back to the event: open the row
	}
	h.keys("M", "G", "enter")
	snap, err := review.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, e := range snap.Entries {
		ops = append(ops, string(e.Op))
	}
	if got, want := strings.Join(ops, " "), "split merge not-same move"; got != want {
		t.Fatalf("store ops: got %q, want %q", got, want)
	}
	if h.m.Loading() {
		t.Fatalf("the analysis did not finish after the corrections")
	}
	if rv := h.m.ctx.Data.Analysis.Reviews; rv == nil || len(rv.Outcomes) == 0 {
		t.Fatalf("the new analysis applied no corrections")
	}
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestCorruptStore opens a store with one good verdict and one corrupt
// line: the verdict is shown and the corrupt line is a warning.
func TestCorruptStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".claimdiff")
	st := openStore(t, dir)
	docs := loadCorpus(t)
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 120, height: 30, docs: docs, store: st})
	c := h.m.ctx.Data.Analysis.Claims[1]
	if _, err := st.Append(review.Entry{Op: review.OpVerdict, Target: c.ID, Text: c.Text, Verdict: review.Misleading, Reviewer: "amal"}); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(dir, review.FileName), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{\"op\":\"verdict\",\"target\":\"garbage\n")
	f.Close()
	h2 := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 120, height: 30, docs: loadCorpus(t), store: st})
	if got := h2.m.ctx.Data.VerdictText(c.ID); got != "misleading" {
		t.Errorf("readable verdict on %s: got %q, want misleading", c.ID, got)
	}
	v := h2.view()
	if !strings.Contains(v, "unreadable line") && !strings.Contains(v, "incomplete last line") {
		t.Errorf("no warning about the corrupt line on screen:\n%s", v)
	}
}

// TestEmptyCorpus opens with no article: an empty events view with a hint.
func TestEmptyCorpus(t *testing.T) {
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 80, height: 24, store: openStore(t, "")})
	v := h.view()
	if !strings.Contains(v, "No articles were read") || !strings.Contains(v, "Hint:") {
		t.Fatalf("empty corpus: no hint on screen:\n%s", v)
	}
	// Every key must be harmless.
	h.keys("enter", "j", "k", "v", "a", "esc", "S", "m", "M", "x", "y", "n", "N", "s", "f", "esc", "/", "x", "enter", "esc", "?", "esc")
}

// TestCopyOSC52 copies the focused claim's original (logical) text.
func TestCopyOSC52(t *testing.T) {
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 80, height: 24, docs: loadCorpus(t), store: openStore(t, "")})
	h.keys("enter", "enter")
	id := h.m.focus().Claim
	if id == "" {
		id = h.m.focus().Claim
	}
	h.keys("y")
	c, ok := h.m.ctx.Data.Claim(h.m.focus().Claim)
	if !ok {
		t.Fatalf("no focused claim to copy (state %s)", stateNames[h.m.state])
	}
	want := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(c.Text)) + "\a"
	if got := h.clip.String(); got != want {
		t.Fatalf("clipboard sequence: got %q, want %q", got, want)
	}
}

// TestScrollAndResize: the mouse wheel moves the events cursor or the
// article, and a resize reflows every view to the new size.
func TestScrollAndResize(t *testing.T) {
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 80, height: 24, docs: loadCorpus(t), store: openStore(t, "")})
	h.keys("enter")
	for h.m.focus().Claim == "" && h.m.focus().Alignment >= 0 {
		h.keys("j") // to a unique claim, whose article is long
		if h.m.event.Focus().Claim != "" {
			break
		}
	}
	h.keys("enter")
	if h.m.state != stateArticle {
		t.Fatalf("state %s, want article", stateNames[h.m.state])
	}
	top := h.view()
	h.send(tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if h.view() == top {
		t.Errorf("the wheel did not scroll the article")
	}
	for _, sz := range [][2]int{{60, 15}, {250, 70}, {80, 24}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for _, k := range []string{"esc", "esc"} {
			h.keys(k)
			h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		}
		h.keys("enter", "enter")
	}
}

// TestFilterAndSort drives the events view's filter and sort keys.
func TestFilterAndSort(t *testing.T) {
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 100, height: 30, docs: loadCorpus(t), store: openStore(t, "")})
	all := len(h.m.events.Order())
	h.keys("s")
	if got := h.m.events.Sort().String(); got != "sources" {
		t.Errorf("sort after s: got %q, want sources", got)
	}
	h.keys("f", "state:reviewed", "enter")
	if n := len(h.m.events.Order()); n != 0 {
		t.Errorf("state:reviewed with nothing reviewed: got %d events, want 0", n)
	}
	h.keys("f")
	for range "state:reviewed" {
		h.send(tea.KeyMsg{Type: tea.KeyBackspace})
	}
	h.keys("state:unreviewed", "enter")
	if n := len(h.m.events.Order()); n != all {
		t.Errorf("state:unreviewed with nothing reviewed: got %d events, want %d", n, all)
	}
	h.keys("f", "state:nonsense", "enter")
	if !h.m.statusWarn || !strings.Contains(h.m.status, "unknown state") {
		t.Errorf("a bad filter must be reported: status %q", h.m.status)
	}
}

// TestSearchFolding finds a claim whatever its hamza and tashkeel, and
// highlights the original bytes.
func TestSearchFolding(t *testing.T) {
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 100, height: 30, docs: loadCorpus(t), store: openStore(t, "")})
	d := h.m.ctx.Data
	tests := []struct {
		name, query string
		min         int
	}{
		{"plain", "موسكو", 1},
		{"hamza folded", "الاسد", 1},
		{"tashkeel ignored", "مُوسكو", 1},
		{"absent", "كوبنهاغن", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := d.Search(tc.query, 0)
			if (len(ms) >= tc.min) != true || (tc.min == 0 && len(ms) != 0) {
				t.Fatalf("Search(%q): got %d matches, want at least %d (exactly 0 when 0)", tc.query, len(ms), tc.min)
			}
			for _, m := range ms {
				c, _ := d.Claim(m.Claim)
				doc, _ := d.Doc(c.Doc)
				for _, s := range m.Spans {
					if s.Start < c.Start || s.End > c.End || s.Start >= s.End {
						t.Fatalf("span %v outside claim [%d,%d)", s, c.Start, c.End)
					}
					if got := doc.Text[s.Start:s.End]; strings.ContainsRune(got, '\uFFFD') {
						t.Fatalf("span %v cuts a rune: %q", s, got)
					}
				}
			}
		})
	}
	_ = common.ClassMatch
}

// TestKeysInOneMessage: a key and the text after it can arrive as one
// message of several runes; "/" must still open the search with the rest
// typed into it.
func TestKeysInOneMessage(t *testing.T) {
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 100, height: 30, docs: loadCorpus(t), store: openStore(t, "")})
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/موسكو")})
	if got := h.m.input.Value(); got != "موسكو" {
		t.Fatalf("search input after one message %q: got %q, want %q", "/موسكو", got, "موسكو")
	}
	h.keys("enter")
	if h.m.state != stateSearch || h.m.search.Len() == 0 {
		t.Fatalf("state %s with %d matches, want search results", stateNames[h.m.state], h.m.search.Len())
	}
}
