package review

import (
	"strings"
	"testing"
)

// analysis is a small analysis as plain data.
type analysis struct {
	claims, alignments []Target
}

// build makes an analysis of doc a (arrival, meeting, invitation and a
// sentence repeated twice) and doc b (arrival, invitation), with salt
// standing for the splitter's version. extra adds claims; aligned says which
// claims form alignments.
func build(salt string, docA string, meetingParts []string, extra []Target, aligned func(map[string]Target) [][]Target) analysis {
	b := docID("b")
	var cs []Target
	add := func(doc, text string, occ int) {
		cs = append(cs, Target{ID: claimID(doc, text, salt, occ), Doc: doc, Text: text})
	}
	add(docA, arrivalA, 1)
	for _, p := range meetingParts {
		add(docA, p, 1)
	}
	add(docA, inviteA, 1)
	add(docA, repeatA, 1)
	add(docA, repeatA, 2)
	add(b, arrivalB, 1)
	add(b, inviteB, 1)
	cs = append(cs, extra...)
	byText := map[string]Target{}
	for _, c := range cs {
		if _, ok := byText[c.Text]; !ok {
			byText[c.Text] = c
		}
	}
	var als []Target
	for _, g := range aligned(byText) {
		als = append(als, alignT(g...))
	}
	return analysis{cs, als}
}

func standardAlignments(m map[string]Target) [][]Target {
	return [][]Target{{m[arrivalA], m[arrivalB]}, {m[inviteA], m[inviteB]}}
}

// TestResolve: verdicts and notes survive re-running the analysis, a new
// article, a changed splitter and an edited article, or are reported.
func TestResolve(t *testing.T) {
	a, b := docID("a"), docID("b")
	orig := build("", a, []string{meetingA}, nil, standardAlignments)
	s := openTemp(t)
	find := func(an analysis, text string, occ int) string {
		n := 0
		for _, c := range an.claims {
			if c.Text == text {
				if n++; n == occ {
					return c.ID
				}
			}
		}
		return ""
	}
	vArr := mustAppend(t, s, Entry{Op: OpVerdict, Target: find(orig, arrivalA, 1), Text: arrivalA, Verdict: False, Reviewer: "amal", At: at(1)})
	inv := orig.alignments[1]
	vInv := mustAppend(t, s, Entry{Op: OpVerdict, Target: inv.ID, Members: []Ref{{inv.Members[0], inviteA}, {inv.Members[1], inviteB}}, Verdict: Confirmed, Reviewer: "amal", At: at(2)})
	nMeet := mustAppend(t, s, Entry{Op: OpNote, Target: find(orig, meetingA, 1), Text: meetingA, Note: "لم يذكر التعاون الاقتصادي في بيان الخارجية", Reviewer: "karim", At: at(3)})
	vRep := mustAppend(t, s, Entry{Op: OpVerdict, Target: find(orig, repeatA, 2), Text: repeatA, Verdict: Unverifiable, Reviewer: "karim", At: at(4)})
	snap := mustLoad(t, s)

	type want struct {
		match Match
		to    string // "" when orphaned
	}
	newDoc := docID("a, edited")
	oil := Target{ID: claimID(docID("c"), oilC, "", 1), Doc: docID("c"), Text: oilC}
	inviteC := "قالت وزارة الخارجية الروسية إن الشرع مدعو لزيارة موسكو في تشرين الأول."
	cInv := Target{ID: claimID(docID("c"), inviteC, "", 1), Doc: docID("c"), Text: inviteC}
	meetingParts := []string{"والتقى الشيباني نظيره الروسي سيرغي لافروف،", "وبحثا العلاقات الثنائية والتعاون الاقتصادي."}
	split := build("v2", a, meetingParts, nil, standardAlignments)
	edited := build("", newDoc, []string{meetingA}, nil, standardAlignments)
	wire := build("", newDoc, []string{meetingA}, []Target{{ID: claimID(docID("wire"), arrivalA, "", 1), Doc: docID("wire"), Text: arrivalA}}, standardAlignments)
	grown := build("", a, []string{meetingA}, []Target{cInv}, func(m map[string]Target) [][]Target {
		return [][]Target{{m[arrivalA], m[arrivalB]}, {m[inviteA], m[inviteB], m[inviteC]}}
	})
	tests := []struct {
		name      string
		an        analysis
		want      map[string]want // entry ID → how it attaches
		unchanged int
	}{
		{"same analysis again", orig, map[string]want{
			vArr.ID: {MatchID, vArr.Target}, vInv.ID: {MatchID, inv.ID}, nMeet.ID: {MatchID, nMeet.Target}, vRep.ID: {MatchID, vRep.Target},
		}, 4},
		{"an unrelated article added", build("", a, []string{meetingA}, []Target{oil}, standardAlignments), map[string]want{
			vArr.ID: {MatchID, vArr.Target}, vInv.ID: {MatchID, inv.ID}, nMeet.ID: {MatchID, nMeet.Target}, vRep.ID: {MatchID, vRep.Target},
		}, 4},
		{"new splitter: IDs change, a sentence is cut in two", split, map[string]want{
			vArr.ID:  {MatchTextInDoc, find(split, arrivalA, 1)},
			vInv.ID:  {MatchMembers, split.alignments[1].ID},
			nMeet.ID: {MatchOrphaned, ""},
			vRep.ID:  {MatchTextInDoc, find(split, repeatA, 2)},
		}, 0},
		{"article edited: new document ID", edited, map[string]want{
			vArr.ID:  {MatchText, find(edited, arrivalA, 1)},
			vInv.ID:  {MatchMembers, edited.alignments[1].ID},
			nMeet.ID: {MatchText, find(edited, meetingA, 1)},
			vRep.ID:  {MatchOrphaned, ""}, // the repeated sentence is twice in the edited article: ambiguous
		}, 0},
		{"article edited and a wire copy carries the same sentence", wire, map[string]want{
			vArr.ID: {MatchOrphaned, ""},
		}, 0},
		{"alignment gains a third outlet", grown, map[string]want{
			vArr.ID: {MatchID, vArr.Target}, vInv.ID: {MatchOverlap, grown.alignments[1].ID},
		}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := snap.Resolve(tt.an.claims, tt.an.alignments)
			if st.Report.Unchanged != tt.unchanged {
				t.Errorf("Unchanged = %d, want %d", st.Report.Unchanged, tt.unchanged)
			}
			got := map[string]Attachment{}
			for _, a := range append(st.Report.Reattached, st.Report.Orphaned...) {
				got[a.Entry] = a
			}
			for id, w := range tt.want {
				a, moved := got[id]
				if !moved {
					if w.match != MatchID {
						t.Errorf("entry %s: not in the report, want %s", id, w.match)
					}
					continue
				}
				if a.Match != w.match || a.Current != w.to {
					t.Errorf("entry %s: got %s → %q (%s), want %s → %q", id, a.Match, a.Current, a.Reason, w.match, w.to)
				}
				if w.match == MatchOrphaned && a.Reason == "" {
					t.Errorf("entry %s: orphaned without a reason", id)
				}
			}
			// Every attached verdict is keyed by its current ID.
			for id, w := range tt.want {
				if w.match == MatchOrphaned {
					continue
				}
				if r, ok := st.Verdicts[w.to]; ok && r.Entry.ID != id {
					t.Errorf("Verdicts[%s] = entry %s, want %s", w.to, r.Entry.ID, id)
				}
			}
		})
	}

	// The cut sentence: the orphan names both halves as candidates.
	st := snap.Resolve(split.claims, split.alignments)
	for _, o := range st.Report.Orphaned {
		if o.Entry == nMeet.ID {
			if len(o.Candidates) != 2 || !strings.Contains(o.Reason, "no claim has this text") {
				t.Errorf("orphaned note: candidates %v, reason %q; want the two halves", o.Candidates, o.Reason)
			}
		}
	}
	if _, ok := st.Notes[find(split, meetingParts[0], 1)]; ok {
		t.Errorf("orphaned note attached to a half sentence, want it left for a person")
	}
	_ = b
}

func TestNormalizeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"runs of spaces and newlines", "  وصل   الشيباني\n\tإلى موسكو ", "وصل الشيباني إلى موسكو"},
		{"zero-width non-joiner and RLM", "وصل\u200c الشيباني\u200f إلى موسكو", "وصل الشيباني إلى موسكو"},
		{"Arabic letter mark and BOM", "\ufeffقال\u061c لافروف", "قال لافروف"},
		{"no-break space is a space", "منتصف\u00a0تشرين الأول", "منتصف تشرين الأول"},
		{"tatweel is kept", "الشيبـــاني", "الشيبـــاني"},
		{"diacritics are kept", "وَصَلَ", "وَصَلَ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeText(tt.in); got != tt.want {
				t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
