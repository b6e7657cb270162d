package review

import (
	"reflect"
	"testing"
)

func TestApplyCorrections(t *testing.T) {
	a, b, c, d := docID("a"), docID("b"), docID("c"), docID("d")
	aArr, bArr := claimID(a, arrivalA, "", 1), claimID(b, arrivalB, "", 1)
	cArr := claimID(c, "وصل الشيباني إلى موسكو في زيارة رسمية.", "", 1)
	dArr := claimID(d, "الشيباني في موسكو في أول زيارة لمسؤول سوري منذ سقوط الأسد.", "", 1)
	aInv, bInv := claimID(a, inviteA, "", 1), claimID(b, inviteB, "", 1)
	aMeet := claimID(a, meetingA, "", 1)
	evArr, evInv := "ev-000000aaaa", "ev-000000bbbb"
	events := map[string]string{aArr: evArr, bArr: evArr, cArr: evArr, dArr: evArr, aInv: evInv, bInv: evInv, aMeet: evArr}
	split := func(gs ...[]string) Correction { return Correction{Entry: "r-s", Op: OpSplit, Groups: gs} }
	merge := func(gs ...[]string) Correction { return Correction{Entry: "r-m", Op: OpMerge, Groups: gs} }
	notSame := func(x, y string) Correction {
		return Correction{Entry: "r-n", Op: OpNotSame, Groups: [][]string{{x}, {y}}}
	}
	move := func(claim, ev string, anchors ...string) Correction {
		return Correction{Entry: "r-v", Op: OpMove, Claim: claim, Event: ev, EventAnchors: anchors}
	}
	tests := []struct {
		name        string
		groups      [][]string
		cs          []Correction
		want        [][]string
		wantEvents  map[string]string // checked entries; "" = no event
		wantApplied []bool
	}{
		{"no corrections", [][]string{{aArr, bArr}, {aInv, bInv}}, nil,
			[][]string{{aArr, bArr}, {aInv, bInv}}, nil, nil},
		{"split a wrong alignment in two", [][]string{{aArr, bArr, aInv, bInv}},
			[]Correction{split([]string{aArr, bArr}, []string{aInv, bInv})},
			[][]string{{aArr, bArr}, {aInv, bInv}}, nil, []bool{true}},
		{"remove one claim from an alignment", [][]string{{aArr, bArr, cArr}},
			[]Correction{split([]string{aArr, bArr}, []string{cArr})},
			[][]string{{aArr, bArr}}, nil, []bool{true}},
		{"merge two alignments", [][]string{{aArr, bArr}, {cArr, dArr}},
			[]Correction{merge([]string{aArr, bArr}, []string{cArr, dArr})},
			[][]string{{aArr, bArr, cArr, dArr}}, nil, []bool{true}},
		{"merge pulls in an unaligned claim", [][]string{{aArr, bArr}},
			[]Correction{merge([]string{aArr, bArr}, []string{cArr})},
			[][]string{{aArr, bArr, cArr}}, nil, []bool{true}},
		{"not the same fact", [][]string{{aArr, bArr, cArr}},
			[]Correction{notSame(bArr, cArr)},
			[][]string{{aArr, bArr}}, nil, []bool{true}},
		{"not the same keeps a new aligner group apart", [][]string{{cArr, bArr}},
			[]Correction{notSame(bArr, cArr)},
			nil, nil, []bool{true}},
		{"later not-same undoes part of a merge", [][]string{{aArr, bArr}, {cArr, dArr}},
			[]Correction{merge([]string{aArr, bArr}, []string{cArr, dArr}), notSame(aArr, cArr)},
			[][]string{{aArr, bArr, dArr}}, nil, []bool{false, true}},
		{"later merge overrides not-same", [][]string{{aArr}, {bArr}},
			[]Correction{notSame(aArr, bArr), merge([]string{aArr}, []string{bArr})},
			[][]string{{aArr, bArr}}, nil, []bool{false, true}},
		{"a one-document remainder is no alignment", [][]string{{aArr, aMeet, bArr}},
			[]Correction{split([]string{aArr, aMeet}, []string{bArr})},
			nil, nil, []bool{true}},
		{"move a claim to another event", [][]string{{aArr, bArr, cArr}, {aInv, bInv}},
			[]Correction{move(cArr, evInv, aInv)},
			[][]string{{aArr, bArr}, {aInv, bInv}}, map[string]string{cArr: evInv, aArr: evArr}, []bool{true}},
		{"move finds an event whose ID changed by its claims", [][]string{{aInv, bInv}},
			[]Correction{move(aMeet, "ev-0000gone00", aInv, bInv)},
			[][]string{{aInv, bInv}}, map[string]string{aMeet: evInv}, []bool{true}},
		{"move out of all events", [][]string{{aArr, bArr}},
			[]Correction{move(aMeet, "")},
			[][]string{{aArr, bArr}}, map[string]string{aMeet: ""}, []bool{true}},
		{"move to an event that is gone with all its claims", [][]string{{aArr, bArr}},
			[]Correction{move(aMeet, "ev-0000gone00")},
			[][]string{{aArr, bArr}}, map[string]string{aMeet: evArr}, []bool{false}},
		{"moving the whole alignment keeps it", [][]string{{aInv, bInv}},
			[]Correction{move(aInv, evArr), move(bInv, evArr)},
			nil, map[string]string{aInv: evArr, bInv: evArr}, []bool{true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groupsBefore := deepCopy(tt.groups)
			got := ApplyCorrections(tt.groups, events, tt.cs)
			if !reflect.DeepEqual(got.Groups, tt.want) {
				t.Errorf("groups: got %v, want %v", got.Groups, tt.want)
			}
			for claim, want := range tt.wantEvents {
				if ev := got.EventOf[claim]; ev != want {
					t.Errorf("event of %s: got %q, want %q", claim, ev, want)
				}
			}
			if len(got.Outcomes) != len(tt.cs) {
				t.Fatalf("got %d outcomes, want %d", len(got.Outcomes), len(tt.cs))
			}
			for i, w := range tt.wantApplied {
				if got.Outcomes[i].Applied != w {
					t.Errorf("outcome %d (%s): applied %v (%s), want %v", i, got.Outcomes[i].Op, got.Outcomes[i].Applied, got.Outcomes[i].Detail, w)
				}
			}
			if !reflect.DeepEqual(tt.groups, groupsBefore) || events[aArr] != evArr || events[cArr] != evArr || events[aMeet] != evArr {
				t.Errorf("ApplyCorrections modified its input")
			}
		})
	}
}

func deepCopy(gs [][]string) [][]string {
	if gs == nil {
		return nil
	}
	out := make([][]string, len(gs))
	for i, g := range gs {
		out[i] = append([]string(nil), g...)
	}
	return out
}

// TestCorrectionsSurviveReanalysis: corrections stored against one run are
// re-attached and re-applied on a later run whose claim splitter changed
// every ID, and a not-same keeps two claims apart even when the new aligner
// puts them together.
func TestCorrectionsSurviveReanalysis(t *testing.T) {
	a, b, c := docID("a"), docID("b"), docID("c")
	cArrText := "وصل الشيباني إلى موسكو في زيارة رسمية."
	run := func(salt string) (claims []Target, byText map[string]string) {
		byText = map[string]string{}
		for _, x := range []struct{ doc, text string }{
			{a, arrivalA}, {a, inviteA}, {a, meetingA}, {b, arrivalB}, {b, inviteB}, {c, cArrText},
		} {
			t := claimT(x.doc, x.text, salt)
			claims = append(claims, t)
			byText[x.text] = t.ID
		}
		return claims, byText
	}
	claims1, id1 := run("")
	ref := func(text string) Ref { return Ref{ID: id1[text], Text: text} }
	s := openTemp(t)
	for i, e := range []Entry{
		{Op: OpSplit, Target: "al-1111111111", Groups: [][]Ref{{ref(arrivalA), ref(arrivalB)}, {ref(inviteA), ref(inviteB)}}},
		{Op: OpNotSame, Groups: [][]Ref{{ref(arrivalB)}, {ref(cArrText)}}},
		{Op: OpMove, Target: id1[meetingA], Text: meetingA, Event: "ev-aaaaaaaaaa", EventMembers: []Ref{ref(arrivalA), ref(arrivalB)}},
	} {
		e.Reviewer, e.At = "amal", at(i)
		mustAppend(t, s, e)
	}
	_ = claims1
	claims2, id2 := run("splitter v2")
	snap := mustLoad(t, s)
	cs, rep := snap.Corrections(claims2)
	if len(cs) != 3 || len(rep.Orphaned) != 0 || len(rep.Reattached) != 3 {
		t.Fatalf("Corrections: %d corrections, report %+v; want 3 re-attached by text", len(cs), rep)
	}
	// The new aligner lumps everything about the visit into one alignment,
	// and has new event IDs.
	groups := [][]string{{id2[arrivalA], id2[arrivalB], id2[cArrText], id2[inviteA], id2[inviteB]}}
	evOf := map[string]string{
		id2[arrivalA]: "ev-bbbbbbbbbb", id2[arrivalB]: "ev-bbbbbbbbbb", id2[cArrText]: "ev-bbbbbbbbbb",
		id2[inviteA]: "ev-cccccccccc", id2[inviteB]: "ev-cccccccccc", id2[meetingA]: "ev-cccccccccc",
	}
	got := ApplyCorrections(groups, evOf, cs)
	want := [][]string{{id2[arrivalA], id2[arrivalB]}, {id2[inviteA], id2[inviteB]}}
	if !reflect.DeepEqual(got.Groups, want) {
		t.Errorf("groups: got %v, want %v", got.Groups, want)
	}
	if ev := got.EventOf[id2[meetingA]]; ev != "ev-bbbbbbbbbb" {
		t.Errorf("moved claim's event: got %q, want the arrival event ev-bbbbbbbbbb found by its claims", ev)
	}
	for _, o := range got.Outcomes {
		if !o.Applied {
			t.Errorf("outcome %s %s: not applied (%s)", o.Op, o.Entry, o.Detail)
		}
	}
}

// TestCorrectionOrphaned: a correction whose claims are gone is reported,
// not dropped.
func TestCorrectionOrphaned(t *testing.T) {
	s := openTemp(t)
	gone := Ref{ID: claimID(docID("gone"), "خبر حذف من الموقع.", "", 1), Text: "خبر حذف من الموقع."}
	kept := claimT(docID("a"), arrivalA, "")
	e := mustAppend(t, s, Entry{Op: OpNotSame, Groups: [][]Ref{{gone}, {{ID: kept.ID, Text: kept.Text}}}, Reviewer: "amal"})
	cs, rep := mustLoad(t, s).Corrections([]Target{kept})
	if len(cs) != 0 || len(rep.Orphaned) != 1 || rep.Orphaned[0].Entry != e.ID || rep.Orphaned[0].Reason == "" {
		t.Errorf("got %v and report %+v, want the not-same orphaned with a reason", cs, rep)
	}
}
