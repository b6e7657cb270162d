package tui

import (
	"context"
	"fmt"
	"os"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// synthetic builds an analysis of about claims claims by replicating the
// bundled corpus' analysis with new document, claim, event and alignment
// IDs; every replica's claims are cut into events of ten claims (about 2k
// events for 20k claims), its alignments kept.
func synthetic(tb testing.TB, claims int) *analysis.Analysis {
	tb.Helper()
	base, err := analysis.Analyze(context.Background(), analysis.Options{}, loadCorpus(tb))
	if err != nil {
		tb.Fatal(err)
	}
	out := &analysis.Analysis{Version: base.Version}
	copies := (claims + len(base.Claims) - 1) / len(base.Claims)
	n := 0
	for r := 0; r < copies; r++ {
		docID := map[string]string{}
		for i, d := range base.Documents {
			nd := *d
			nd.ID = fmt.Sprintf("d-%08x", r*len(base.Documents)+i)
			nd.Source = fmt.Sprintf("%s %d", d.Source, r)
			docID[d.ID] = nd.ID
			out.Documents = append(out.Documents, &nd)
		}
		claimID := map[string]string{}
		first := len(out.Claims)
		for _, c := range base.Claims {
			nc := c
			nc.Doc = docID[c.Doc]
			nc.ID = nc.Doc + c.ID[len(c.Doc):]
			claimID[c.ID] = nc.ID
			out.Claims = append(out.Claims, nc)
		}
		aligned := map[string]bool{}
		var als []analysis.Alignment
		for _, al := range base.Alignments {
			na := al
			na.Claims = nil
			for _, id := range al.Claims {
				na.Claims = append(na.Claims, claimID[id])
				aligned[claimID[id]] = true
			}
			na.ID = fmt.Sprintf("al-%s%d", al.ID[3:], r)
			als = append(als, na)
		}
		eventOf := map[string]string{}
		var batch []claim.Claim
		flush := func() {
			if len(batch) == 0 {
				return
			}
			ev := align.Event{ID: fmt.Sprintf("ev-%d", n), Label: rtl.Truncate(batch[0].Text, 60, ""),
				Date: fmt.Sprintf("2025-%02d-%02d", 1+n%12, 1+n%28)}
			n++
			seen := map[string]bool{}
			for _, c := range batch {
				ev.Claims = append(ev.Claims, c.ID)
				eventOf[c.ID] = ev.ID
				if !seen[c.Doc] {
					seen[c.Doc] = true
					ev.Sources = append(ev.Sources, c.Doc)
				}
				if !aligned[c.ID] {
					ev.Unique = append(ev.Unique, c.ID)
				}
			}
			out.Events = append(out.Events, ev)
			batch = batch[:0]
		}
		for _, c := range out.Claims[first:] {
			if c.Kind == claim.KindTitle {
				continue
			}
			batch = append(batch, c)
			if len(batch) == 10 {
				flush()
			}
		}
		flush()
		for _, al := range als {
			al.Event = eventOf[al.Claims[0]]
			out.Alignments = append(out.Alignments, al)
		}
	}
	return out
}

// benchModel is a model showing a's analysis at 160×48.
func benchModel(tb testing.TB, a *analysis.Analysis) Model {
	h := newHarness(tb, config{mode: rtl.App, profile: termenv.ANSI, width: 160, height: 48, store: openStore(tb, "")})
	h.send(analysedMsg{a: a})
	return h.m
}

// BenchmarkKeyPress measures one key press — Update and the View that
// follows — with 20k claims in about 2k events loaded, in every view.
func BenchmarkKeyPress(b *testing.B) {
	a := synthetic(b, 20000)
	b.Logf("synthetic analysis: %d documents, %d claims, %d events, %d alignments",
		len(a.Documents), len(a.Claims), len(a.Events), len(a.Alignments))
	benchKeys(b, a)
}

// BenchmarkKeyPressCorpus measures the same key presses on the analysis of
// a real corpus named by CLAIMDIFF_BENCH_CORPUS (a file or folder analyze
// reads; skipped when unset), e.g. all of SaudiNewsNet:
//
//	CLAIMDIFF_BENCH_CORPUS=/tmp/saudinewsnet/dataset go test ./tui -run '^$' -bench KeyPressCorpus -benchtime 200x
//
// The analysis itself (about half a minute for 31k articles) is made once,
// before the timer starts.
func BenchmarkKeyPressCorpus(b *testing.B) {
	path := os.Getenv("CLAIMDIFF_BENCH_CORPUS")
	if path == "" {
		b.Skip("set CLAIMDIFF_BENCH_CORPUS to a corpus to analyse (e.g. the unpacked SaudiNewsNet)")
	}
	docs, _ := corpus.Load(context.Background(), []string{path}, corpus.Options{})
	if len(docs) == 0 {
		b.Fatalf("no documents read from %s", path)
	}
	a, err := analysis.Analyze(context.Background(), analysis.Options{}, docs)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: %d documents, %d claims, %d events, %d alignments",
		path, len(a.Documents), len(a.Claims), len(a.Events), len(a.Alignments))
	benchKeys(b, a)
}

// benchKeys runs one sub-benchmark a view: the events list, an event, an
// alignment and an article, each reached from the first row by enter.
func benchKeys(b *testing.B, a *analysis.Analysis) {
	down := tea.KeyMsg{Type: tea.KeyDown}
	tab := tea.KeyMsg{Type: tea.KeyTab}
	enter := tea.KeyMsg{Type: tea.KeyEnter}
	for _, tc := range []struct {
		name  string
		setup []tea.KeyMsg
		key   tea.KeyMsg
	}{
		{"events", nil, down},
		{"event", []tea.KeyMsg{enter}, down},
		{"alignment", []tea.KeyMsg{enter, enter}, tab},
		{"article", []tea.KeyMsg{enter, enter, enter}, down},
	} {
		b.Run(tc.name, func(b *testing.B) {
			m := benchModel(b, a)
			var tm tea.Model = m
			for _, k := range tc.setup {
				tm, _ = tm.Update(k)
				tm = runNav(tm)
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(tm.View())))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				tm, _ = tm.Update(tc.key)
				_ = tm.View()
			}
		})
	}
}

// runNav applies the navigation message an Open key produced (the
// benchmark has no program to run commands).
func runNav(tm tea.Model) tea.Model {
	m := tm.(Model)
	f := m.focus()
	switch m.state {
	case stateEvents:
		tm, _ = m.Update(openEvent(f.Event))
	case stateEvent:
		if f.Alignment >= 0 {
			tm, _ = m.Update(openAlignment(f.Alignment))
		}
	case stateAlignment:
		tm, _ = m.Update(openArticle(f.Claim))
	}
	return tm
}

// TestSyntheticScale checks the benchmark's premise: about 20k claims in
// about 2k events, and a key press handled well under 50 ms.
func TestSyntheticScale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 20k-claim analysis")
	}
	a := synthetic(t, 20000)
	if len(a.Claims) < 20000 || len(a.Events) < 1500 {
		t.Fatalf("synthetic analysis: %d claims, %d events; want ≥ 20000 and about 2000", len(a.Claims), len(a.Events))
	}
	res := testing.Benchmark(func(b *testing.B) {
		m := benchModel(b, a)
		var tm tea.Model = m
		for i := 0; i < b.N; i++ {
			tm, _ = tm.Update(tea.KeyMsg{Type: tea.KeyDown})
			_ = tm.View()
		}
	})
	if per := res.NsPerOp(); per > 50e6 {
		t.Fatalf("a key press in the events view takes %v, want < 50ms", per)
	}
}

var _ = corpus.Document{}
