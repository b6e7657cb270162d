package report

/*
The report model: one per-event view of an analysis that every batch format
(Markdown, HTML, JSON, CSV, ClaimReview, SQLite) writes, so that they all
say the same thing.

Build turns an analysis and the review store's verdicts into a Report:

  - Events in the analysis' order, the stories first (told by two outlets
    or more, not only recalled as background) and after them those one
    outlet reports (SingleSource) or the articles only recall (Recalled:
    it ended a month or more before every dated article), each with a
    headline-like title (analysis.EventTitles), the sources that cover it,
    its alignments, and the claims only one source carries. Alignments of
    background claims (tied to no dated event) form one last pseudo-event
    with an empty ID. With Options.Since, only events whose date reaches the
    given day are kept (background, being undated, is left out).
  - Alignments are ordered so that a fact-checker reads the worst first: by
    their highest discrepancy severity, then by how many discrepancies they
    have, then by lower similarity (the more two reports differ, the
    earlier), then by ID so that the order is stable.
  - Every claim is shown with the words that differ marked. The marks come
    from the alignment's word diffs against its first claim (the anchor):
    the anchor's words that the other claim lacks or replaces are "del",
    the other claim's are "ins"; runs that only moved are "moved"; runs that
    differ only in clitics or inflection (Soft) are not marked, since they
    do not change what a reader takes away.
  - Verdicts and notes are attached to claims and alignments by their
    current IDs, as the review store resolved them. A discrepancy counts as
    reviewed when its alignment, or any claim it involves, has a verdict
    other than needs-checking.
*/

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
	"github.com/claimdiff/claimdiff/review"
)

// Mark kinds: how a run of a claim's words differs from the other side.
const (
	MarkDel   = "del"   // the anchor's words the other claim lacks or replaces
	MarkIns   = "ins"   // the other claim's words the anchor lacks or replaces
	MarkMoved = "moved" // words that appear on both sides in another place
)

// Options control Build.
type Options struct {
	// Generated is the report's timestamp (tests fix it).
	Generated time.Time
	// Since, when not empty, keeps only events on or after this date
	// (YYYY, YYYY-MM or YYYY-MM-DD).
	Since string
	// Title names the report; empty leaves the writers' default.
	Title string
}

// Report is the per-event view of an analysis with its reviews.
type Report struct {
	Version   int       `json:"version"`
	Title     string    `json:"title"`
	Generated time.Time `json:"generated"`
	Since     string    `json:"since,omitempty"`
	// Lang is the most common language of the documents (BCP 47), "und"
	// when none is known; Dir is "rtl" or "ltr" for it.
	Lang    string   `json:"lang"`
	Dir     string   `json:"dir"`
	Sources []Source `json:"sources"`
	Events  []Event  `json:"events"`
	// Counts summarise the report for tables of contents and monitoring.
	Counts Counts `json:"counts"`
	// Reviewed are claims with a verdict or notes that sit in no event or
	// alignment of the report (claims tied to no event, or in no
	// alignment among background claims). Empty when Since is set.
	Reviewed []Claim `json:"reviewed_elsewhere,omitempty"`
	// Orphaned lists verdicts and notes the review store holds whose
	// targets are no longer found.
	Orphaned []review.Attachment `json:"orphaned,omitempty"`

	// Analysis is what the report was built from; the SQLite export
	// writes its documents and claims in full.
	Analysis *analysis.Analysis `json:"-"`
	docs     map[string]*corpus.Document
	srcIndex map[string]int // document ID → index in Sources
}

// Counts are the report's totals.
type Counts struct {
	Documents     int `json:"documents"`
	Claims        int `json:"claims"`
	Events        int `json:"events"` // dated events shown (the background pseudo-event is not counted)
	Alignments    int `json:"alignments"`
	Discrepancies int `json:"discrepancies"`
	Unreviewed    int `json:"unreviewed"` // discrepancies without a verdict
	Verdicts      int `json:"verdicts"`
}

// Source is one document as the report names it.
type Source struct {
	ID   string `json:"id"`
	Name string `json:"name"` // the outlet, as provenance found it (a file name when nothing named it)
	// DisplayName is the outlet's name as a person should see it
	// (corpus.DisplayName: the outlet the text names, an aggregator's
	// original, the URL's host, else a shortened file name).
	DisplayName string `json:"display_name"`
	// Letter is the source's one-character name, the same in every view
	// and report (analysis.SourceLetter).
	Letter    string `json:"letter"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Path      string `json:"path"`
	Lang      string `json:"lang"`
	Dir       string `json:"dir"`
}

// Event is one happening with everything the report says about it.
type Event struct {
	ID    string `json:"id"` // "" for the background pseudo-event
	Label string `json:"label"`
	// Title says what happened, like a headline, cut from the event's most
	// central claim or its articles' headline (analysis.EventTitles);
	// Place is where, when the title does not say.
	Title string `json:"title"`
	Place string `json:"place,omitempty"`
	// SingleSource marks an event only one outlet reports (a passing
	// mention, or a story no other outlet carries; an article and its
	// copy are one outlet): the report lists such events after the
	// stories, with those the articles only recall (Recalled: an earlier
	// event told as background, analysis.Recalled).
	SingleSource bool   `json:"single_source,omitempty"`
	Recalled     bool   `json:"recalled,omitempty"`
	Date         string `json:"date"`
	// DateUnknown marks an event told only by articles with no date
	// (align.Event.DateUnknown); its Date is "".
	DateUnknown bool `json:"date_unknown,omitempty"`
	Background  bool `json:"background,omitempty"`
	// Sources are the IDs of the documents that cover the event.
	Sources []string `json:"sources"`
	// Coverage is how many of the event's claims each report source
	// carries, in the order of Report.Sources.
	Coverage   []int       `json:"coverage"`
	Severity   int         `json:"severity"` // the highest severity of its discrepancies, 0 for none
	Alignments []Alignment `json:"alignments"`
	Unique     []Claim     `json:"unique"` // claims only one source carries
}

// Anchor is the event's HTML anchor.
func (e *Event) Anchor() string {
	if e.ID == "" {
		return "background"
	}
	return e.ID
}

// Alignment is an aligned group of claims with what differs between them.
type Alignment struct {
	ID           string        `json:"id"`
	Similarity   float64       `json:"similarity"`
	SharedOrigin bool          `json:"shared_origin"`
	SharedReason string        `json:"shared_origin_reason,omitempty"`
	Severity     int           `json:"severity"` // the highest severity of its discrepancies
	Claims       []Claim       `json:"claims"`   // the anchor first
	Discrepancy  []Discrepancy `json:"discrepancies"`
	Verdict      *Verdict      `json:"verdict,omitempty"`
	Notes        []Note        `json:"notes,omitempty"`
}

// Claim is one claim as shown: its text cut into marked and unmarked parts.
type Claim struct {
	ID     string `json:"id"`
	Doc    string `json:"doc"`
	Source string `json:"source"` // the outlet's name
	// SourceName and Letter are the outlet as shown (Source.DisplayName,
	// Source.Letter).
	SourceName string `json:"source_name"`
	Letter     string `json:"letter"`
	Start      int    `json:"start"` // byte offset in the document text
	End        int    `json:"end"`   // byte offset just past the claim
	Text       string `json:"text"`
	Lang       string `json:"lang"`
	Dir        string `json:"dir"`
	// Marks are the differing runs, byte offsets into the document text.
	Marks   []Mark   `json:"marks,omitempty"`
	Verdict *Verdict `json:"verdict,omitempty"`
	Notes   []Note   `json:"notes,omitempty"`
	// Parts is Text cut at the marks, for the writers.
	Parts []Part `json:"-"`
}

// Mark is a run of a claim's words that differs from the other side.
type Mark struct {
	Start int    `json:"start"` // byte offset in the document text
	End   int    `json:"end"`   // byte offset just past the run
	Kind  string `json:"kind"`  // MarkDel, MarkIns or MarkMoved
	Text  string `json:"text"`
}

// Part is a piece of a claim's text; Mark is "" for unchanged text.
type Part struct {
	Text string
	Mark string
}

// Discrepancy is a typed difference between claims of an alignment.
type Discrepancy struct {
	Type     string `json:"type"`
	Severity int    `json:"severity"` // 1 minor … 3 a fact-checker must look
	Detail   string `json:"detail"`
	// Explanation is Detail with the claims' source letters in place of
	// the "A" and "B" it calls them (analysis.RelabelDetail).
	Explanation string     `json:"explanation"`
	Claims      []string   `json:"claims"`
	Evidence    []Evidence `json:"evidence"`
	// Reviewed says whether the alignment or one of the claims has a
	// verdict (other than needs-checking).
	Reviewed bool `json:"reviewed"`
}

// Evidence is the span of a claim a discrepancy rests on.
type Evidence struct {
	Claim      string `json:"claim"`
	Source     string `json:"source"`
	SourceName string `json:"source_name"`
	Letter     string `json:"letter"`
	Start      int    `json:"start"` // byte offset in the document text
	End        int    `json:"end"`
	Text       string `json:"text"`
}

// Verdict is the verdict that counts on a claim or alignment.
type Verdict struct {
	Verdict  string    `json:"verdict"`
	Note     string    `json:"note,omitempty"`
	Reviewer string    `json:"reviewer"`
	At       time.Time `json:"at"`
	Entry    string    `json:"entry"`
	Match    string    `json:"match"` // how the store entry re-attached (id, text-in-doc, …)
}

// Settled reports whether the verdict decides the question (anything but
// needs-checking).
func (v *Verdict) Settled() bool {
	return v != nil && v.Verdict != string(review.NeedsChecking)
}

// Note is a reviewer's note.
type Note struct {
	Text     string    `json:"text"`
	Reviewer string    `json:"reviewer"`
	At       time.Time `json:"at"`
}

// Build makes the report of a.
func Build(a *analysis.Analysis, opts Options) (*Report, error) {
	since, err := ParseSince(opts.Since)
	if err != nil {
		return nil, err
	}
	r := &Report{
		Version: analysis.Version, Title: opts.Title, Generated: opts.Generated.UTC(), Since: opts.Since,
		Analysis: a, docs: make(map[string]*corpus.Document, len(a.Documents)),
	}
	r.Lang = majorityLang(a.Documents)
	r.Dir = dirOf(r.Lang)
	srcIndex := make(map[string]int, len(a.Documents))
	for i, d := range a.Documents {
		r.docs[d.ID] = d
		srcIndex[d.ID] = i
		r.Sources = append(r.Sources, Source{
			ID: d.ID, Name: sourceName(d), DisplayName: corpus.DisplayName(d), Letter: analysis.SourceLetter(i),
			Title: d.Title, URL: d.URL, Published: d.Published,
			Path: d.Path, Lang: langOf(d), Dir: dirOf(langOf(d)),
		})
	}
	r.srcIndex = srcIndex
	claims := make(map[string]*claim.Claim, len(a.Claims))
	for i := range a.Claims {
		claims[a.Claims[i].ID] = &a.Claims[i]
	}
	var st *review.State
	if a.Reviews != nil && a.Reviews.State != nil {
		st = a.Reviews.State
		r.Orphaned = st.Report.Orphaned
	}
	b := builder{r: r, claims: claims, st: st}

	byEvent := make(map[string][]*analysis.Alignment)
	for i := range a.Alignments {
		al := &a.Alignments[i]
		byEvent[al.Event] = append(byEvent[al.Event], al)
	}
	titles := analysis.EventTitles(a)
	var single []Event
	for k, ev := range a.Events {
		if !since.IsZero() && !reaches(ev.Date, since) {
			continue
		}
		e := Event{ID: ev.ID, Label: ev.Label, Title: ev.Label, Date: ev.Date, DateUnknown: ev.DateUnknown, Sources: ev.Sources,
			SingleSource: len(ev.Sources) < 2, Coverage: make([]int, len(r.Sources))}
		if k < len(titles) {
			if titles[k].Title != "" {
				e.Title, e.Place = titles[k].Title, titles[k].Place
			}
			e.SingleSource, e.Recalled = titles[k].Outlets < 2, titles[k].Recalled
		}
		for _, id := range ev.Claims {
			if c := claims[id]; c != nil {
				if i, ok := srcIndex[c.Doc]; ok {
					e.Coverage[i]++
				}
			}
		}
		for _, al := range byEvent[ev.ID] {
			e.Alignments = append(e.Alignments, b.alignment(al))
		}
		for _, id := range ev.Unique {
			if c := claims[id]; c != nil {
				e.Unique = append(e.Unique, b.claim(c, nil))
			}
		}
		if e.SingleSource || e.Recalled {
			single = append(single, b.finish(e))
		} else {
			r.Events = append(r.Events, b.finish(e))
		}
		r.Counts.Events++
	}
	// The stories lead; one outlet's events and recalled ones follow.
	r.Events = append(r.Events, single...)
	if bg := byEvent[""]; len(bg) > 0 && since.IsZero() {
		e := Event{Background: true, Coverage: make([]int, len(r.Sources))}
		seen := make(map[string]bool)
		for _, al := range bg {
			e.Alignments = append(e.Alignments, b.alignment(al))
			for _, id := range al.Claims {
				if c := claims[id]; c != nil {
					if i, ok := srcIndex[c.Doc]; ok {
						e.Coverage[i]++
						if !seen[c.Doc] {
							seen[c.Doc] = true
							e.Sources = append(e.Sources, c.Doc)
						}
					}
				}
			}
		}
		slices.SortFunc(e.Sources, func(x, y string) int { return cmp.Compare(srcIndex[x], srcIndex[y]) })
		r.Events = append(r.Events, b.finish(e))
	}
	if st != nil && since.IsZero() {
		shown := make(map[string]bool)
		for _, e := range r.Events {
			for _, al := range e.Alignments {
				for _, c := range al.Claims {
					shown[c.ID] = true
				}
			}
			for _, c := range e.Unique {
				shown[c.ID] = true
			}
		}
		for i := range a.Claims {
			c := &a.Claims[i]
			_, hasVerdict := st.Verdicts[c.ID]
			if shown[c.ID] || (!hasVerdict && len(st.Notes[c.ID]) == 0) {
				continue
			}
			r.Reviewed = append(r.Reviewed, b.claim(c, nil))
		}
	}
	r.Counts.Documents = len(a.Documents)
	r.Counts.Claims = len(a.Claims)
	for _, e := range r.Events {
		r.Counts.Alignments += len(e.Alignments)
		for _, al := range e.Alignments {
			r.Counts.Discrepancies += len(al.Discrepancy)
			for _, d := range al.Discrepancy {
				if !d.Reviewed {
					r.Counts.Unreviewed++
				}
			}
		}
	}
	if st != nil {
		r.Counts.Verdicts = len(st.Verdicts)
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	return r, nil
}

// Source returns the source (document) with the given ID.
func (r *Report) Source(id string) (Source, bool) {
	if i, ok := r.srcIndex[id]; ok && i < len(r.Sources) && r.Sources[i].ID == id {
		return r.Sources[i], true
	}
	for _, s := range r.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Unreviewed returns the discrepancies of the listed types (all types when
// types is empty) that have no verdict yet, for --fail-on.
func (r *Report) Unreviewed(types []string) []Discrepancy {
	var out []Discrepancy
	for _, e := range r.Events {
		for _, al := range e.Alignments {
			for _, d := range al.Discrepancy {
				if !d.Reviewed && (len(types) == 0 || slices.Contains(types, d.Type)) {
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// builder holds what Build needs while it makes events.
type builder struct {
	r      *Report
	claims map[string]*claim.Claim
	st     *review.State
}

// finish orders an event's alignments, worst first, and sets its severity.
func (b *builder) finish(e Event) Event {
	slices.SortStableFunc(e.Alignments, func(x, y Alignment) int {
		if c := cmp.Compare(y.Severity, x.Severity); c != 0 {
			return c
		}
		if c := cmp.Compare(len(y.Discrepancy), len(x.Discrepancy)); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Similarity, y.Similarity); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	for _, al := range e.Alignments {
		e.Severity = max(e.Severity, al.Severity)
	}
	if e.Alignments == nil {
		e.Alignments = []Alignment{}
	}
	if e.Unique == nil {
		e.Unique = []Claim{}
	}
	if e.Sources == nil {
		e.Sources = []string{}
	}
	return e
}

// alignment makes the view of one alignment.
func (b *builder) alignment(al *analysis.Alignment) Alignment {
	diffs, discs := details(al)
	return b.alignmentWith(al, diffs, discs)
}

// alignmentWith makes the view of an alignment with its word diffs and
// discrepancies.
func (b *builder) alignmentWith(al *analysis.Alignment, diffs []pairDiff, discs []discrepancy) Alignment {
	v := Alignment{ID: al.ID, Similarity: al.Similarity, SharedOrigin: al.SharedOrigin, SharedReason: al.SharedReason}
	v.Verdict, v.Notes = b.review(al.ID)
	if len(diffs) == 0 {
		diffs = b.wordDiffs(al.Claims)
	}
	marks := marksOf(al.Claims, diffs)
	for _, id := range al.Claims {
		if c := b.claims[id]; c != nil {
			v.Claims = append(v.Claims, b.claim(c, marks[id]))
		}
	}
	settled := v.Verdict.Settled()
	verdictOf := make(map[string]bool, len(v.Claims))
	for _, c := range v.Claims {
		verdictOf[c.ID] = c.Verdict.Settled()
	}
	for _, d := range discs {
		dv := Discrepancy{Type: d.Type, Severity: d.Severity, Detail: d.Detail, Explanation: d.Detail, Claims: d.Claims, Reviewed: settled}
		if len(d.Claims) >= 2 {
			if ca, cb := b.claims[d.Claims[0]], b.claims[d.Claims[1]]; ca != nil && cb != nil {
				dv.Explanation = analysis.RelabelDetail(d.Detail, b.letterOf(ca.Doc), b.letterOf(cb.Doc))
			}
		}
		for _, id := range d.Claims {
			if verdictOf[id] {
				dv.Reviewed = true
			}
		}
		for _, ev := range d.Evidence {
			c := b.claims[ev.Claim]
			if c == nil {
				continue
			}
			e := Evidence{Claim: ev.Claim, Source: b.sourceOf(c.Doc), SourceName: b.displayOf(c.Doc), Letter: b.letterOf(c.Doc),
				Start: ev.Start, End: ev.End}
			if d := b.r.docs[c.Doc]; d != nil && validSpan(d.Text, ev.Start, ev.End) {
				e.Text = d.Text[ev.Start:ev.End]
			}
			dv.Evidence = append(dv.Evidence, e)
		}
		if dv.Claims == nil {
			dv.Claims = []string{}
		}
		if dv.Evidence == nil {
			dv.Evidence = []Evidence{}
		}
		v.Discrepancy = append(v.Discrepancy, dv)
		v.Severity = max(v.Severity, dv.Severity)
	}
	slices.SortStableFunc(v.Discrepancy, func(x, y Discrepancy) int { return cmp.Compare(y.Severity, x.Severity) })
	if v.Discrepancy == nil {
		v.Discrepancy = []Discrepancy{}
	}
	return v
}

// wordDiffs diffs the anchor against each other member, for alignments
// that carry no word diffs (an analysis made without the diff stage).
// Claims without tokens (read back from JSON) give none.
func (b *builder) wordDiffs(members []string) []pairDiff {
	if len(members) < 2 {
		return nil
	}
	anchor := b.claims[members[0]]
	if anchor == nil || len(anchor.Tokens) == 0 {
		return nil
	}
	var out []pairDiff
	for _, id := range members[1:] {
		c := b.claims[id]
		if c == nil || len(c.Tokens) == 0 {
			continue
		}
		pd := pairDiff{A: anchor.ID, B: c.ID}
		for _, op := range diff.Words(anchor, c) {
			pd.Ops = append(pd.Ops, pairOp{Kind: op.Kind.String(), A: span{op.A.Start, op.A.End},
				B: span{op.B.Start, op.B.End}, Moved: op.Moved, Soft: op.Soft})
		}
		out = append(out, pd)
	}
	return out
}

// marksOf turns an alignment's word diffs into marks per claim. Only the
// diffs against the anchor (the first member) are used when there are any,
// so that each claim is marked against the same text.
func marksOf(members []string, diffs []pairDiff) map[string][]Mark {
	out := make(map[string][]Mark)
	if len(members) == 0 {
		return out
	}
	anchor := members[0]
	use := diffs[:0:0]
	for _, d := range diffs {
		if d.A == anchor || d.B == anchor {
			use = append(use, d)
		}
	}
	if len(use) == 0 {
		use = diffs
	}
	for _, d := range use {
		// The anchor's side is marked "del", the other "ins", whichever
		// side of the pair diff the anchor is on.
		aKind, bKind := MarkDel, MarkIns
		if d.B == anchor {
			aKind, bKind = MarkIns, MarkDel
		}
		for _, op := range d.Ops {
			if op.Kind == "equal" || op.Soft {
				continue
			}
			ak, bk := aKind, bKind
			if op.Moved {
				ak, bk = MarkMoved, MarkMoved
			}
			if op.A.End > op.A.Start {
				out[d.A] = append(out[d.A], Mark{Start: op.A.Start, End: op.A.End, Kind: ak})
			}
			if op.B.End > op.B.Start {
				out[d.B] = append(out[d.B], Mark{Start: op.B.Start, End: op.B.End, Kind: bk})
			}
		}
	}
	return out
}

// claim makes the view of one claim with its marks (document offsets).
func (b *builder) claim(c *claim.Claim, marks []Mark) Claim {
	d := b.r.docs[c.Doc]
	v := Claim{ID: c.ID, Doc: c.Doc, Source: b.sourceOf(c.Doc), SourceName: b.displayOf(c.Doc), Letter: b.letterOf(c.Doc),
		Start: c.Start, End: c.End, Text: c.Text}
	if d != nil {
		v.Lang = langOf(d)
	} else {
		v.Lang = b.r.Lang
	}
	v.Dir = textDir(c.Text, dirOf(v.Lang))
	v.Verdict, v.Notes = b.review(c.ID)
	v.Marks, v.Parts = cut(c, marks)
	return v
}

// review returns the verdict and notes attached to a current ID.
func (b *builder) review(id string) (*Verdict, []Note) {
	if b.st == nil {
		return nil, nil
	}
	var v *Verdict
	if res, ok := b.st.Verdicts[id]; ok {
		e := res.Entry
		v = &Verdict{Verdict: string(e.Verdict), Note: e.Note, Reviewer: e.Reviewer, At: e.At.UTC(),
			Entry: e.ID, Match: string(res.Match)}
	}
	var notes []Note
	for _, n := range b.st.Notes[id] {
		notes = append(notes, Note{Text: n.Entry.Note, Reviewer: n.Entry.Reviewer, At: n.Entry.At.UTC()})
	}
	return v, notes
}

// displayOf is the display name of document doc (Source.DisplayName).
func (b *builder) displayOf(doc string) string {
	if d := b.r.docs[doc]; d != nil {
		return corpus.DisplayName(d)
	}
	return doc
}

// letterOf is the letter of document doc (Source.Letter).
func (b *builder) letterOf(doc string) string {
	if s, ok := b.r.Source(doc); ok {
		return s.Letter
	}
	return "+"
}

func (b *builder) sourceOf(doc string) string {
	if d := b.r.docs[doc]; d != nil {
		return sourceName(d)
	}
	return doc
}

// cut keeps the marks that lie inside the claim, merges overlapping ones
// (a run marked by two pair diffs is marked once, del and ins before
// moved) and cuts the text into parts.
func cut(c *claim.Claim, marks []Mark) ([]Mark, []Part) {
	var in []Mark
	for _, m := range marks {
		m.Start, m.End = max(m.Start, c.Start), min(m.End, c.End)
		if m.Start < m.End && validSpan(c.Text, m.Start-c.Start, m.End-c.Start) {
			in = append(in, m)
		}
	}
	slices.SortFunc(in, func(x, y Mark) int {
		if c := cmp.Compare(x.Start, y.Start); c != 0 {
			return c
		}
		return cmp.Compare(y.End, x.End)
	})
	var out []Mark
	for _, m := range in {
		if n := len(out); n > 0 && m.Start <= out[n-1].End {
			last := &out[n-1]
			last.End = max(last.End, m.End)
			if last.Kind == MarkMoved {
				last.Kind = m.Kind
			}
			continue
		}
		out = append(out, m)
	}
	var parts []Part
	pos := 0
	for i := range out {
		m := &out[i]
		s, e := m.Start-c.Start, m.End-c.Start
		m.Text = c.Text[s:e]
		if s > pos {
			parts = append(parts, Part{Text: c.Text[pos:s]})
		}
		parts = append(parts, Part{Text: m.Text, Mark: m.Kind})
		pos = e
	}
	if pos < len(c.Text) {
		parts = append(parts, Part{Text: c.Text[pos:]})
	}
	return out, parts
}

// validSpan reports whether [s, e) is a non-empty range of text on UTF-8
// boundaries.
func validSpan(text string, s, e int) bool {
	if s < 0 || e > len(text) || s >= e {
		return false
	}
	return boundary(text, s) && boundary(text, e)
}

func boundary(text string, i int) bool {
	return i == len(text) || text[i]&0xC0 != 0x80
}

// ParseSince reads a --since date: YYYY, YYYY-MM or YYYY-MM-DD, as the
// first day it names. The empty string gives the zero time (no limit).
func ParseSince(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("parse since %q: %w", s, ErrBadDate)
}

// ErrBadDate is returned for a --since value that is not YYYY, YYYY-MM or
// YYYY-MM-DD.
var ErrBadDate = fmt.Errorf("not a date (want YYYY-MM-DD, YYYY-MM or YYYY)")

// reaches reports whether an event date (ISO 8601 at its precision, or a
// range a/b) reaches since: its last possible day is on or after it. An
// event without a readable date does not.
func reaches(date string, since time.Time) bool {
	if date == "" {
		return false
	}
	last := date
	if _, b, ok := strings.Cut(date, "/"); ok {
		last = b
	}
	end, ok := lastDay(last)
	return ok && !end.Before(since)
}

// lastDay returns the last day a date at its precision covers.
func lastDay(s string) (time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t.AddDate(0, 1, -1), true
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t.AddDate(1, 0, -1), true
	}
	return time.Time{}, false
}

func sourceName(d *corpus.Document) string {
	if d.Source != "" {
		return d.Source
	}
	return corpus.SourceFromPath(d.Path)
}

func langOf(d *corpus.Document) string {
	if d.Lang == "" {
		return "und"
	}
	return d.Lang
}

// majorityLang is the most common document language (ties to the first
// seen), "und" when there are none.
func majorityLang(docs []*corpus.Document) string {
	n := map[string]int{}
	best, bestN := "und", 0
	for _, d := range docs {
		l := langOf(d)
		n[l]++
		if n[l] > bestN {
			best, bestN = l, n[l]
		}
	}
	return best
}

// textDir is the writing direction of a text: rtl when most of its
// letters are of a right-to-left script (Arabic, Hebrew, Syriac, Thaana,
// N'Ko), ltr when most are of another script, fallback for a tie (no
// letters, or as many of each). It decides per claim, so an Arabic claim
// in a document whose language was misdetected still reads right to left.
func textDir(s, fallback string) string {
	rtl, ltr := 0, 0
	for _, r := range s {
		switch {
		case r >= 0x0590 && r <= 0x08FF, r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
			if unicode.IsLetter(r) {
				rtl++
			}
		case unicode.IsLetter(r):
			ltr++
		}
	}
	switch {
	case rtl > ltr:
		return "rtl"
	case ltr > rtl:
		return "ltr"
	}
	return fallback
}

// dirOf is the writing direction of a language: rtl for the scripts
// written right to left (Arabic, Persian, Urdu, Pashto, Sindhi, Kurdish
// Sorani, Uyghur, Dhivehi, Hebrew, Yiddish), ltr otherwise.
func dirOf(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	switch base {
	case "ar", "fa", "ur", "ps", "sd", "ckb", "ug", "dv", "he", "yi", "arz", "apc", "ary":
		return "rtl"
	}
	return "ltr"
}

// pairDiff and discrepancy are an alignment's word diffs and typed
// discrepancies as CONTRACT.md names their fields.
type (
	pairDiff struct {
		A   string   `json:"a"`
		B   string   `json:"b"`
		Ops []pairOp `json:"ops"`
	}
	pairOp struct {
		Kind  string `json:"op"`
		A     span   `json:"a"`
		B     span   `json:"b"`
		Moved bool   `json:"moved"`
		Soft  bool   `json:"soft"`
	}
	span        struct{ Start, End int }
	discrepancy struct {
		Type     string   `json:"type"`
		Severity int      `json:"severity"`
		Detail   string   `json:"detail"`
		Claims   []string `json:"claims"`
		Evidence []struct {
			Claim string `json:"claim"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		} `json:"evidence"`
	}
)

// WriteReportJSON writes the report as one indented JSON object: events,
// each with its alignments (worst first, with their discrepancies, marks
// and verdicts) and the claims only one source carries.
func WriteReportJSON(w io.Writer, r *Report) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write report json: %w", err)
	}
	return bw.Flush()
}

// GridRow is one source's row of an event's coverage grid (source ×
// alignment).
type GridRow struct {
	Doc  string // the source (document ID)
	Has  []bool // per alignment of the event, in its order: whether the source reports it
	Only int    // how many of the event's claims only this source carries
}

// gridOf is the coverage grid of e: one row per source of the event.
func gridOf(e Event) []GridRow {
	out := make([]GridRow, 0, len(e.Sources))
	for _, doc := range e.Sources {
		row := GridRow{Doc: doc, Has: make([]bool, len(e.Alignments))}
		for i, al := range e.Alignments {
			for _, c := range al.Claims {
				if c.Doc == doc {
					row.Has[i] = true
					break
				}
			}
		}
		for _, c := range e.Unique {
			if c.Doc == doc {
				row.Only++
			}
		}
		out = append(out, row)
	}
	return out
}
