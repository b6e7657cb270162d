package common

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/diff"
)

// Three reports of one visit; claim IDs and byte offsets into these texts
// are what an analysis gives the views.
const (
	diffDocA = "موسكو (سانا) - وصل الشيباني إلى موسكو يوم الأربعاء في زيارة رسمية."
	diffDocB = "وصل وزير الخارجية أسعد الشيباني إلى العاصمة الروسية الثلاثاء."
	diffDocC = "الشيباني يصل إلى موسكو الثلاثاء في زيارة رسمية."
	claimA   = "d-0000000a/c-000001"
	claimB   = "d-0000000b/c-000001"
	claimC   = "d-0000000c/c-000001"
)

var diffDocs = map[string]string{claimA: diffDocA, claimB: diffDocB, claimC: diffDocC}

// at returns the byte range of the first occurrence of words in claim id's
// document text.
func at(t *testing.T, id, words string) diff.Span {
	t.Helper()
	i := strings.Index(diffDocs[id], words)
	if i < 0 {
		t.Fatalf("%q is not in the text of %s", words, id)
	}
	return diff.Span{Start: i, End: i + len(words)}
}

// point returns the empty range just before words in claim id's text.
func point(t *testing.T, id, words string) diff.Span {
	s := at(t, id, words)
	return diff.Span{Start: s.Start, End: s.Start}
}

// TestWordSpansOf turns word diffs into highlight spans per claim: changed
// words are ClassDiff, inflected or moved ones ClassSoft, a word changed
// against any member stays ClassDiff, overlapping spans merge, equal
// operations mark nothing.
func TestWordSpansOf(t *testing.T) {
	type hl struct {
		text  string // the highlighted bytes of the claim's document
		class int
	}
	tests := []struct {
		name  string
		diffs func(t *testing.T) []diff.PairDiff
		want  map[string][]hl
	}{
		{
			name:  "no diffs",
			diffs: func(t *testing.T) []diff.PairDiff { return nil },
		},
		{
			name: "equal operations give no spans",
			diffs: func(t *testing.T) []diff.PairDiff {
				return []diff.PairDiff{{A: claimA, B: claimC, Ops: []diff.Op{
					{Kind: diff.Equal, A: at(t, claimA, "إلى موسكو"), B: at(t, claimC, "إلى موسكو")},
					{Kind: diff.Equal, A: at(t, claimA, "في زيارة رسمية"), B: at(t, claimC, "في زيارة رسمية")},
				}}}
			},
		},
		{
			name: "a replaced word is marked on both sides",
			diffs: func(t *testing.T) []diff.PairDiff {
				return []diff.PairDiff{{A: claimA, B: claimB, Ops: []diff.Op{
					{Kind: diff.Equal, A: at(t, claimA, "الشيباني إلى"), B: at(t, claimB, "الشيباني إلى")},
					{Kind: diff.Replace, A: at(t, claimA, "الأربعاء"), B: at(t, claimB, "الثلاثاء")},
				}}}
			},
			want: map[string][]hl{
				claimA: {{"الأربعاء", ClassDiff}},
				claimB: {{"الثلاثاء", ClassDiff}},
			},
		},
		{
			name: "a deletion marks A, an insertion marks B",
			diffs: func(t *testing.T) []diff.PairDiff {
				return []diff.PairDiff{{A: claimA, B: claimB, Ops: []diff.Op{
					{Kind: diff.Insert, A: point(t, claimA, "الشيباني"), B: at(t, claimB, "وزير الخارجية أسعد")},
					{Kind: diff.Delete, A: at(t, claimA, "في زيارة رسمية"), B: point(t, claimB, ".")},
				}}}
			},
			want: map[string][]hl{
				claimA: {{"في زيارة رسمية", ClassDiff}},
				claimB: {{"وزير الخارجية أسعد", ClassDiff}},
			},
		},
		{
			name: "inflection and moved words are soft",
			diffs: func(t *testing.T) []diff.PairDiff {
				return []diff.PairDiff{{A: claimA, B: claimC, Ops: []diff.Op{
					{Kind: diff.Delete, Moved: true, A: at(t, claimA, "وصل"), B: point(t, claimC, "الشيباني")},
					{Kind: diff.Replace, Soft: true, A: at(t, claimA, "الشيباني"), B: at(t, claimC, "الشيباني يصل")},
				}}}
			},
			want: map[string][]hl{
				// وصل and الشيباني are one space apart: two spans.
				claimA: {{"وصل", ClassSoft}, {"الشيباني", ClassSoft}},
				claimC: {{"الشيباني يصل", ClassSoft}},
			},
		},
		{
			name: "a word changed against one member and inflected against another is a change",
			diffs: func(t *testing.T) []diff.PairDiff {
				return []diff.PairDiff{
					{A: claimA, B: claimC, Ops: []diff.Op{
						{Kind: diff.Replace, Soft: true, A: at(t, claimA, "وصل"), B: at(t, claimC, "يصل")},
						{Kind: diff.Replace, Soft: true, A: at(t, claimA, "الأربعاء"), B: at(t, claimC, "الثلاثاء")},
					}},
					{A: claimA, B: claimB, Ops: []diff.Op{
						{Kind: diff.Replace, A: at(t, claimA, "الأربعاء"), B: at(t, claimB, "الثلاثاء")},
					}},
				}
			},
			want: map[string][]hl{
				claimA: {{"وصل", ClassSoft}, {"الأربعاء", ClassDiff}},
				claimB: {{"الثلاثاء", ClassDiff}},
				claimC: {{"يصل", ClassSoft}, {"الثلاثاء", ClassSoft}},
			},
		},
		{
			name: "overlapping spans from two pairs merge into one",
			diffs: func(t *testing.T) []diff.PairDiff {
				return []diff.PairDiff{
					{A: claimA, B: claimB, Ops: []diff.Op{
						{Kind: diff.Replace, A: at(t, claimA, "الشيباني إلى"), B: at(t, claimB, "أسعد الشيباني إلى")},
					}},
					{A: claimC, B: claimA, Ops: []diff.Op{
						{Kind: diff.Replace, A: at(t, claimC, "إلى موسكو"), B: at(t, claimA, "إلى موسكو يوم")},
					}},
				}
			},
			want: map[string][]hl{
				claimA: {{"الشيباني إلى موسكو يوم", ClassDiff}},
				claimB: {{"أسعد الشيباني إلى", ClassDiff}},
				claimC: {{"إلى موسكو", ClassDiff}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			al := &analysis.Alignment{Alignment: align.Alignment{ID: "al-test", Claims: []string{claimA, claimB, claimC}},
				Diffs: tc.diffs(t)}
			got := wordSpansOf(al)
			for _, id := range []string{claimA, claimB, claimC} {
				var g []string
				for _, s := range got[id] {
					g = append(g, fmt.Sprintf("%q/%d", diffDocs[id][s.Start:s.End], s.Class))
				}
				var w []string
				for _, h := range tc.want[id] {
					w = append(w, fmt.Sprintf("%q/%d", h.text, h.class))
				}
				if strings.Join(g, " ") != strings.Join(w, " ") {
					t.Errorf("spans of %s: got %v, want %v", id, g, w)
				}
			}
		})
	}
}

// TestDiscrepanciesOf reads discrepancies worst first (equal severities in
// the analysis's order) and copies them, evidence offsets included.
func TestDiscrepanciesOf(t *testing.T) {
	ev := func(id, words string) diff.Evidence {
		s := at(t, id, words)
		return diff.Evidence{Claim: id, Start: s.Start, End: s.End}
	}
	al := &analysis.Alignment{
		Alignment: align.Alignment{ID: "al-test", Claims: []string{claimA, claimB, claimC}},
		Discrepancies: []diff.Discrepancy{
			{Type: "wording", Severity: 1, Claims: []string{claimA, claimC}, Detail: "في زيارة رسمية only in A and C",
				Evidence: []diff.Evidence{ev(claimA, "في زيارة رسمية")}},
			{Type: "date", Severity: 3, Claims: []string{claimA, claimB}, Detail: `"الأربعاء" against "الثلاثاء"`,
				Evidence: []diff.Evidence{ev(claimA, "الأربعاء"), ev(claimB, "الثلاثاء")}},
			{Type: "participants", Severity: 2, Claims: []string{claimA, claimB}, Detail: `only B names "وزير الخارجية"`,
				Evidence: []diff.Evidence{ev(claimB, "وزير الخارجية")}},
			{Type: "date", Severity: 3, Claims: []string{claimA, claimC}, Detail: `"الأربعاء" against "الثلاثاء"`,
				Evidence: []diff.Evidence{ev(claimA, "الأربعاء"), ev(claimC, "الثلاثاء")}},
		},
	}
	got := discrepanciesOf(al)
	type row struct {
		typ      string
		severity int
		claims   string
		evidence string // the evidence texts, claim by claim
	}
	want := []row{
		{"date", 3, claimA + " " + claimB, "الأربعاء|الثلاثاء"},
		{"date", 3, claimA + " " + claimC, "الأربعاء|الثلاثاء"},
		{"participants", 2, claimA + " " + claimB, "وزير الخارجية"},
		{"wording", 1, claimA + " " + claimC, "في زيارة رسمية"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d discrepancies, want %d", len(got), len(want))
	}
	for i, w := range want {
		x := got[i]
		var texts []string
		for _, e := range x.Evidence {
			texts = append(texts, diffDocs[e.Claim][e.Start:e.End])
		}
		g := row{x.Type, x.Severity, strings.Join(x.Claims, " "), strings.Join(texts, "|")}
		if g != w {
			t.Errorf("discrepancy %d: got %+v, want %+v", i, g, w)
		}
	}
	// The views' copy does not change with the analysis.
	for i := range al.Discrepancies {
		al.Discrepancies[i].Claims[0] = "changed"
		al.Discrepancies[i].Evidence[0].Start = -1
	}
	for i, x := range got {
		if x.Claims[0] == "changed" || x.Evidence[0].Start < 0 {
			t.Errorf("discrepancy %d shares memory with the analysis: %+v", i, x)
		}
	}
	if got := discrepanciesOf(&analysis.Alignment{}); len(got) != 0 {
		t.Errorf("no discrepancies: got %d", len(got))
	}
}
