package tui

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/muesli/termenv"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// liveCorpus is a small made-up analysis as an article store would hold it
// at generation gen: at 1, two outlets and three events; at 2, a third
// outlet has come with a fourth event, its alignment and a discrepancy.
// It is built by hand so that the test does not move when the pipeline is
// tuned.
func liveCorpus(gen int64) *analysis.Analysis {
	a := &analysis.Analysis{Version: analysis.Version}
	texts := map[string][]string{
		"d-a": {"قال الوزير إن عشرة أشخاص قتلوا في الانفجار.", "أعلنت الحكومة خطة جديدة للمياه.", "افتتح الرئيس المعرض الدولي للكتاب.", "وصل الوفد إلى جدة مساء الاثنين."},
		"d-b": {"قال الوزير إن اثني عشر شخصا قتلوا في الانفجار.", "أعلنت الحكومة خطة جديدة للمياه والكهرباء.", "افتتح الرئيس معرض الكتاب الدولي.", "وصل الوفد إلى الرياض مساء الاثنين."},
		"d-c": {"وصل الوفد إلى جدة مساء الثلاثاء."},
	}
	sources := map[string]string{"d-a": "صحيفة أ", "d-b": "صحيفة ب", "d-c": "صحيفة ج"}
	ids := []string{"d-a", "d-b"}
	if gen >= 2 {
		ids = append(ids, "d-c")
	}
	for _, id := range ids {
		text := strings.Join(texts[id], "\n")
		a.Documents = append(a.Documents, &corpus.Document{ID: id, SourceName: sources[id], Published: "2025-07-01", Text: text})
		off := 0
		for k, s := range texts[id] {
			a.Claims = append(a.Claims, claim.Claim{ID: fmt.Sprintf("%s/c-%d", id, k+1), Doc: id, Start: off, End: off + len(s), Text: s, Kind: "statement", Para: k})
			off += len(s) + 1
		}
	}
	event := func(id, date, label string, claims ...string) {
		ev := align.Event{ID: id, Date: date, Label: label, Claims: claims}
		for _, c := range claims {
			ev.Sources = append(ev.Sources, c[:3])
		}
		a.Events = append(a.Events, ev)
	}
	alignment := func(id, ev string, disc *diff.Discrepancy, claims ...string) {
		al := analysis.Alignment{Alignment: align.Alignment{ID: id, Event: ev, Claims: claims, Similarity: 0.8},
			Discrepancies: []diff.Discrepancy{}, Diffs: []diff.PairDiff{}}
		if disc != nil {
			al.Discrepancies = append(al.Discrepancies, *disc)
		}
		a.Alignments = append(a.Alignments, al)
	}
	event("e-1", "2025-07-01", "الانفجار", "d-a/c-1", "d-b/c-1")
	event("e-2", "2025-07-01", "خطة المياه", "d-a/c-2", "d-b/c-2")
	event("e-3", "2025-07-01", "معرض الكتاب", "d-a/c-3", "d-b/c-3")
	alignment("al-1", "e-1", &diff.Discrepancy{Type: "number", Severity: 3, Claims: []string{"d-a/c-1", "d-b/c-1"}, Detail: "10 vs 12 killed"}, "d-a/c-1", "d-b/c-1")
	alignment("al-2", "e-2", nil, "d-a/c-2", "d-b/c-2")
	alignment("al-3", "e-3", nil, "d-a/c-3", "d-b/c-3")
	if gen >= 2 {
		event("e-4", "2025-07-02", "وصول الوفد", "d-a/c-4", "d-b/c-4", "d-c/c-1")
		alignment("al-4", "e-4", &diff.Discrepancy{Type: "entity", Severity: 2, Claims: []string{"d-b/c-4", "d-c/c-1"}, Detail: "Jeddah vs Riyadh"}, "d-a/c-4", "d-b/c-4", "d-c/c-1")
	}
	return a
}

// liveHarness opens the review on liveCorpus, whose generation the test
// moves with gen.
func liveHarness(t *testing.T, width, height int) (*harness, *atomic.Int64, *atomic.Int64) {
	var gen, reads atomic.Int64
	gen.Store(1)
	h := newHarness(t, config{mode: rtl.Terminal, profile: termenv.Ascii, width: width, height: height,
		store: openStore(t, ""),
		analyze: func(context.Context, analysis.Options, []*corpus.Document) (*analysis.Analysis, error) {
			reads.Add(1)
			return liveCorpus(gen.Load()), nil
		},
		generation: func(context.Context) (int64, error) { return gen.Load(), nil },
	})
	return h, &gen, &reads
}

// TestLiveUpdateKeepsPlace: when the store's generation moves, the review
// reads the analysis again and marks what came (● on the event, the
// alignment and the discrepancy, a count in the title line), the reviewer
// staying in the view, on the row and at the scroll they were.
func TestLiveUpdateKeepsPlace(t *testing.T) {
	h, gen, reads := liveHarness(t, 100, 30)
	if h.polls == 0 {
		t.Fatalf("no poll was scheduled by Init")
	}
	if strings.Contains(h.view(), common.NewMark) {
		t.Fatalf("the first analysis marks something new:\n%s", h.view())
	}
	// The same generation: nothing is read again.
	h.send(pollMsg{gen: 1})
	if n := reads.Load(); n != 1 {
		t.Fatalf("a poll at the same generation read the analysis again (%d reads)", n)
	}
	// The reviewer is on the second event, its alignment selected.
	h.keys("j")
	evID, _ := h.m.events.Current()
	h.keys("enter")
	if h.m.state != stateEvent {
		t.Fatalf("enter gave state %s", stateNames[h.m.state])
	}
	focus := h.m.focus()
	if focus.Alignment < 0 {
		t.Fatalf("no alignment under the cursor in event %s", evID)
	}
	alID := h.m.ctx.Data.Alignment(focus.Alignment).ID

	gen.Store(2)
	h.send(pollMsg{gen: 2})
	if n := reads.Load(); n != 2 {
		t.Fatalf("a new generation: %d reads of the analysis, want 2", n)
	}
	if h.m.state != stateEvent || len(h.m.history) != 1 {
		t.Errorf("after the update the view is %s (history %d), want the event view still open", stateNames[h.m.state], len(h.m.history))
	}
	f := h.m.focus()
	if got := h.m.ctx.Data.Events[f.Event].ID; got != evID {
		t.Errorf("after the update the event view shows %s, want %s", got, evID)
	}
	if f.Alignment < 0 || h.m.ctx.Data.Alignment(f.Alignment).ID != alID {
		t.Errorf("after the update the selection moved off alignment %s", alID)
	}
	ev, al, ds := h.m.ctx.Data.NewCounts()
	if ev != 1 || al != 1 || ds != 1 {
		t.Errorf("new: %d events, %d alignments, %d discrepancies; want 1 each", ev, al, ds)
	}
	title := strings.Split(h.view(), "\n")[0]
	if !strings.Contains(title, common.NewMark+" new: 1 ev 1 al 1 disc") {
		t.Errorf("the title line lacks the count of what is new: %q", title)
	}
	if !strings.Contains(h.m.status, "1 event, 1 alignment, 1 discrepancy") {
		t.Errorf("status %q does not say what came", h.m.status)
	}
	// Back in the list: the cursor is where it was, the new event marked.
	h.keys("esc")
	if cur, _ := h.m.events.Current(); cur != evID {
		t.Errorf("the events list cursor moved from %s to %s", evID, cur)
	}
	marked := 0
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.Contains(l, common.NewMark) && strings.Contains(l, "2025-07-02") {
			marked++
		}
	}
	if marked != 1 {
		t.Errorf("the new event's row is not marked:\n%s", h.view())
	}
	// The new event's alignment and discrepancy are marked too.
	if !h.openEvent(func(ev *common.EventInfo) bool { return ev.ID == "e-4" }) {
		t.Fatalf("event e-4 not listed")
	}
	if !strings.Contains(h.view(), common.NewMark) {
		t.Errorf("the new alignment is not marked:\n%s", h.view())
	}
	h.keys("enter")
	if h.m.state != stateAlignment {
		t.Fatalf("enter gave state %s", stateNames[h.m.state])
	}
	if !strings.Contains(h.view(), common.NewMark) {
		t.Errorf("the new discrepancy is not marked:\n%s", h.view())
	}
}

// TestGoldenLiveHeader: the title line and events list at 80×24 after an
// update brought one event, one alignment and one discrepancy
// (live-80x24.golden).
func TestGoldenLiveHeader(t *testing.T) {
	h, gen, _ := liveHarness(t, 80, 24)
	gen.Store(2)
	h.send(pollMsg{gen: 2})
	golden(t, "live-80x24.golden", h.view()+"\n")
}
