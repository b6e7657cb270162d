package store

import (
	"context"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/analysis"
)

// TestAnalysisReadsAFullRun: the analysis read back from a store a first
// load filled is the one analysis.Analyze gives on the stored documents —
// the same claims (entities linked alike), events, alignments and
// discrepancies, in the same order — and Generation moves with updates.
func TestAnalysisReadsAFullRun(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if g, err := s.Generation(ctx); err != nil || g != 0 {
		t.Fatalf("empty store: generation %d, %v; want 0", g, err)
	}
	docs := loadCorpus(t, corpusDir())
	if _, err := s.Update(ctx, inputsOf(docs[:len(docs)-1]), Options{}); err != nil {
		t.Fatal(err)
	}
	g1, _ := s.Generation(ctx)
	if _, err := s.Update(ctx, inputsOf(docs[len(docs)-1:]), Options{Full: true}); err != nil {
		t.Fatal(err)
	}
	g2, _ := s.Generation(ctx)
	if g1 == 0 || g2 <= g1 {
		t.Errorf("generations %d then %d: want them to grow", g1, g2)
	}
	got, gen, err := s.Analysis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if gen != g2 {
		t.Errorf("Analysis read at generation %d, want %d", gen, g2)
	}
	stored, _ := s.Documents(ctx)
	want, err := analysis.Analyze(ctx, analysis.Options{}, stored)
	if err != nil {
		t.Fatal(err)
	}
	ids := func(n int, id func(int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = id(i)
		}
		return out
	}
	if g, w := len(got.Documents), len(want.Documents); g != w {
		t.Errorf("%d documents, want %d", g, w)
	}
	if g, w := ids(len(got.Claims), func(i int) string { return got.Claims[i].ID + " " + got.Claims[i].Speaker }),
		ids(len(want.Claims), func(i int) string { return want.Claims[i].ID + " " + want.Claims[i].Speaker }); !slices.Equal(g, w) {
		t.Errorf("claims differ: %d vs %d", len(g), len(w))
	}
	if g, w := ids(len(got.Events), func(i int) string { return got.Events[i].ID }), ids(len(want.Events), func(i int) string { return want.Events[i].ID }); !slices.Equal(g, w) {
		t.Errorf("events:\n got %v\nwant %v", g, w)
	}
	disc := func(a *analysis.Analysis) []string {
		var out []string
		for _, al := range a.Alignments {
			out = append(out, al.ID)
			for _, d := range al.Discrepancies {
				out = append(out, "  "+discrepancyKey("", d))
			}
		}
		return out
	}
	if g, w := disc(got), disc(want); !slices.Equal(g, w) {
		t.Errorf("alignments and discrepancies:\n got %v\nwant %v", g, w)
	}
	if len(got.Entities) != len(want.Entities) {
		t.Errorf("%d entities, want %d", len(got.Entities), len(want.Entities))
	}
}
