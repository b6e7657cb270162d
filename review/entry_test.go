package review

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestKindOf(t *testing.T) {
	tests := []struct {
		name string
		id   string
		want Kind
	}{
		{"document", "d-5f2c9a1e", KindDocument},
		{"claim", "d-5f2c9a1e/c-81b0e2", KindClaim},
		{"claim second occurrence", "d-5f2c9a1e/c-81b0e2-2", KindClaim},
		{"claim twelfth occurrence", "d-5f2c9a1e/c-81b0e2-12", KindClaim},
		{"event", "ev-0a1b2c3d4e", KindEvent},
		{"alignment", "al-0a1b2c3d4e", KindAlignment},
		{"occurrence one is never written", "d-5f2c9a1e/c-81b0e2-1", KindUnknown},
		{"occurrence with leading zero", "d-5f2c9a1e/c-81b0e2-02", KindUnknown},
		{"dangling dash", "d-5f2c9a1e/c-81b0e2-", KindUnknown},
		{"upper-case hex", "d-5F2C9A1E/c-81b0e2", KindUnknown},
		{"short document hash", "d-5f2c9a/c-81b0e2", KindUnknown},
		{"short claim hash", "d-5f2c9a1e/c-81b0", KindUnknown},
		{"Arabic text is no ID", "وصل الشيباني", KindUnknown},
		{"empty alignment hash", "al-", KindUnknown},
		{"empty", "", KindUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := KindOf(tt.id); got != tt.want {
				t.Errorf("KindOf(%q) = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}

func TestParseVerdict(t *testing.T) {
	tests := []struct {
		name, in string
		want     Verdict
		wantErr  bool
	}{
		{"confirmed", "confirmed", Confirmed, false},
		{"upper case and spaces", "  FALSE ", False, false},
		{"needs-checking", "needs-checking", NeedsChecking, false},
		{"Arabic word is not a verdict", "كاذب", "", true},
		{"true is spelt confirmed", "true", "", true},
		{"empty", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseVerdict(tt.in)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("ParseVerdict(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
			if err != nil && !errors.Is(err, ErrBadVerdict) {
				t.Errorf("ParseVerdict(%q) error %v does not wrap ErrBadVerdict", tt.in, err)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	doc := docID("a")
	c1, c2 := claimID(doc, arrivalA, "", 1), claimID(docID("b"), arrivalB, "", 1)
	base := Entry{ID: "r-0000000000000001", Reviewer: "amal", At: at(0)}
	with := func(f func(*Entry)) Entry { e := base; f(&e); return e }
	tests := []struct {
		name    string
		e       Entry
		wantErr string // substring; "" for valid
	}{
		{"verdict on claim", with(func(e *Entry) { e.Op, e.Target, e.Verdict, e.Text = OpVerdict, c1, False, arrivalA }), ""},
		{"verdict on alignment", with(func(e *Entry) {
			e.Op, e.Target, e.Verdict = OpVerdict, "al-0a1b2c3d4e", Disputed
			e.Members = []Ref{{c1, arrivalA}, {c2, arrivalB}}
		}), ""},
		{"unknown verdict", with(func(e *Entry) { e.Op, e.Target, e.Verdict = OpVerdict, c1, "true" }), "unknown verdict"},
		{"verdict on a document", with(func(e *Entry) { e.Op, e.Target, e.Verdict = OpVerdict, doc, False }), "not a claim"},
		{"doc does not match claim", with(func(e *Entry) { e.Op, e.Target, e.Verdict, e.Doc = OpVerdict, c1, False, docID("b") }), "does not match"},
		{"no reviewer", with(func(e *Entry) { e.Op, e.Target, e.Verdict, e.Reviewer = OpVerdict, c1, False, " " }), "no reviewer"},
		{"no time", with(func(e *Entry) { e.Op, e.Target, e.Verdict, e.At = OpVerdict, c1, False, time.Time{} }), "no time"},
		{"empty note", with(func(e *Entry) { e.Op, e.Target, e.Note = OpNote, c1, "  " }), "empty note"},
		{"note", with(func(e *Entry) { e.Op, e.Target, e.Note = OpNote, c1, "المصدر وكالة سانا" }), ""},
		{"split needs two groups", with(func(e *Entry) {
			e.Op, e.Target, e.Groups = OpSplit, "al-0a1b2c3d4e", [][]Ref{{{c1, arrivalA}, {c2, arrivalB}}}
		}), "at least two"},
		{"split", with(func(e *Entry) {
			e.Op, e.Target, e.Groups = OpSplit, "al-0a1b2c3d4e", [][]Ref{{{c1, arrivalA}}, {{c2, arrivalB}}}
		}), ""},
		{"not-same with a bad ID", with(func(e *Entry) { e.Op, e.Groups = OpNotSame, [][]Ref{{{c1, ""}}, {{"c-81b0e2", ""}}} }), "not a claim ID"},
		{"move to no event", with(func(e *Entry) { e.Op, e.Target = OpMove, c1 }), ""},
		{"move to an alignment", with(func(e *Entry) { e.Op, e.Target, e.Event = OpMove, c1, "al-0a1b2c3d4e" }), "not an event"},
		{"revoke nothing", with(func(e *Entry) { e.Op = OpRevoke }), "revokes no entry"},
		{"unknown op", with(func(e *Entry) { e.Op = "delete" }), "unknown op"},
		{"id with a space", with(func(e *Entry) { e.Op, e.Target, e.Verdict, e.ID = OpVerdict, c1, False, "r 1" }), "malformed id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.e.Validate()
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("Validate() = %v, want an error containing %q", err, tt.wantErr)
			case err != nil && !errors.Is(err, ErrInvalidEntry):
				t.Errorf("Validate() = %v, does not wrap ErrInvalidEntry", err)
			}
		})
	}
}

func TestEntryJSONRoundTrip(t *testing.T) {
	c1 := claimID(docID("a"), arrivalA, "", 1)
	e := Entry{
		ID: "r-0123456789abcdef", Op: OpVerdict, Target: c1, Doc: docID("a"), Text: arrivalA,
		Verdict: Misleading, Note: "التاريخ <الصحيح> 31 تموز & ليس الخميس", Reviewer: "أمل", At: at(5),
	}
	b, err := e.line()
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n != 1 || !strings.HasSuffix(string(b), "\n") {
		t.Errorf("line %q: want exactly one newline, at the end", b)
	}
	b = b[:len(b)-1]
	for _, want := range []string{arrivalA, "<الصحيح>", "&", `"op":"verdict","target":`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("json %s: want %q written as is", b, want)
		}
	}
	if !strings.HasSuffix(string(b), `"at":"2025-12-24T10:05:00Z","id":"r-0123456789abcdef"}`) {
		t.Errorf("json %s: want it to end with at and id", b)
	}
	if jb, err := json.Marshal(e); err != nil || !strings.Contains(string(jb), `\u003cالصحيح\u003e`) {
		t.Errorf("json.Marshal = %s, %v; want a valid (escaped) JSON object", jb, err)
	}
	var got Entry
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, e) {
		t.Errorf("round trip: got %+v, want %+v", got, e)
	}
}

func TestRatingOf(t *testing.T) {
	tests := []struct {
		name   string
		v      Verdict
		value  int
		alt    string
		export bool
	}{
		{"confirmed", Confirmed, 5, "True", true},
		{"misleading", Misleading, 3, "Misleading", true},
		{"disputed", Disputed, 2, "Disputed", true},
		{"false", False, 1, "False", true},
		{"unverifiable has no value", Unverifiable, 0, "Unverifiable", true},
		{"needs-checking is not exported", NeedsChecking, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := RatingOf(tt.v)
			if r.Value != tt.value || r.AlternateName != tt.alt || ok != tt.export {
				t.Errorf("RatingOf(%s) = %d %q %v, want %d %q %v", tt.v, r.Value, r.AlternateName, ok, tt.value, tt.alt, tt.export)
			}
		})
	}
	b, _ := json.Marshal(func() Rating { r, _ := RatingOf(Unverifiable); return r }())
	if strings.Contains(string(b), "ratingValue") {
		t.Errorf("unverifiable rating %s: want no ratingValue", b)
	}
}

func TestClaimReviewOf(t *testing.T) {
	c1 := claimID(docID("a"), arrivalA, "", 1)
	e := Entry{ID: "r-1", Op: OpVerdict, Target: c1, Doc: docID("a"), Text: arrivalA, Verdict: False, Note: "لم تكن الزيارة الخميس", Reviewer: "amal", At: at(1)}
	cr, ok := ClaimReviewOf(e)
	if !ok || cr.ClaimReviewed != arrivalA || cr.ReviewRating.Value != 1 || cr.Author.Name != "amal" || cr.DatePublished != "2025-12-24T10:01:00Z" {
		t.Errorf("ClaimReviewOf = %+v, %v; want rating 1 by amal on the claim's text", cr, ok)
	}
	e.Verdict = NeedsChecking
	if _, ok := ClaimReviewOf(e); ok {
		t.Errorf("ClaimReviewOf(needs-checking) exported, want not")
	}
	al := Entry{ID: "r-2", Op: OpVerdict, Target: "al-0a1b2c3d4e", Verdict: Disputed, Members: []Ref{{c1, arrivalA}, {"d-00000000/c-000000", arrivalB}}, Reviewer: "amal", At: at(1)}
	if cr, _ := ClaimReviewOf(al); cr.ClaimReviewed != arrivalA+"\n"+arrivalB {
		t.Errorf("alignment claimReviewed = %q, want both member texts", cr.ClaimReviewed)
	}
}

func TestDefaultReviewer(t *testing.T) {
	tests := []struct {
		name, flag, config, want string
	}{
		{"flag wins", "amal", "karim", "amal"},
		{"config when no flag", " ", "كريم", "كريم"},
		{"flag trimmed", "  nour ", "", "nour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DefaultReviewer(tt.flag, tt.config); got != tt.want {
				t.Errorf("DefaultReviewer(%q, %q) = %q, want %q", tt.flag, tt.config, got, tt.want)
			}
		})
	}
	if got := DefaultReviewer("", ""); strings.TrimSpace(got) == "" {
		t.Errorf("DefaultReviewer(\"\", \"\") = %q, want the OS user or \"unknown\"", got)
	}
}
