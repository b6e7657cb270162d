package common

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/review"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// BackgroundLabel is the label of the pseudo-event that holds background
// claims (tied to no dated happening) and their alignments.
const BackgroundLabel = "(background: no dated event)"

// Discrepancy is a typed difference between the claims of an alignment, as
// the views show it (CONTRACT.md "discrepancies").
type Discrepancy struct {
	Type     string     // date, number, participants, attribution, quote, polarity, modality, entity, wording
	Severity int        // 1 (minor) to 3 (a fact-checker must look)
	Claims   []string   // the claims that disagree
	Detail   string     // what differs, in words
	Evidence []Evidence // where, in the claims' documents
}

// Evidence is a byte range of one claim's document text that shows a
// discrepancy.
type Evidence struct {
	Claim      string
	Start, End int // byte offsets into the claim's document text
}

// EventInfo is an event with everything the events and event views show
// about it, computed once per analysis.
type EventInfo struct {
	ID         string // "" for the background pseudo-event
	Label      string // the event's label (BackgroundLabel for background)
	Title      string // a headline-like title of what happened (analysis.EventTitles); Label when none
	Place      string // where it happened, when the title does not say ("" otherwise)
	Date       string // ISO 8601 date or range
	Background bool   // the pseudo-event of claims tied to no dated happening
	// Story marks an event two outlets or more report and do not only
	// recall (analysis.EventTitle.Story); the list leads with stories and
	// folds the others (one outlet's, or recalled as background) after them.
	Story      bool
	Recalled   bool     // an earlier event its articles only recall (analysis.Recalled)
	Outlets    int      // how many outlets tell it (documents of one outlet count once)
	Claims     []string // member claim IDs
	Sources    []string // document IDs, in input order
	Alignments []int    // indexes into Analysis.Alignments, worst discrepancies first
	Unique     []string // claims only one source carries
	Severity   [4]int   // how many discrepancies of severity 1..3 its alignments hold
	Types      []string // discrepancy types present, sorted
	// Review progress: how many of its alignments and claims have a verdict.
	AlignmentsReviewed, ClaimsReviewed int
}

// Data is an analysis indexed for the views: lookups by ID, events with
// their statistics, discrepancies and word differences per alignment, and
// the review store's verdicts and notes. It is rebuilt when a new analysis
// arrives and updated in place when a verdict or note is recorded.
type Data struct {
	Analysis *analysis.Analysis
	Events   []EventInfo
	// Sources are the document IDs in input order; SourceIndex maps back.
	Sources     []string
	SourceIndex map[string]int
	Verdicts    map[string]review.Resolved   // current claim/alignment ID → verdict that counts
	Notes       map[string][]review.Resolved // current claim/alignment ID → notes, oldest first
	Warnings    []string                     // what the user should know (unreadable store lines, …)
	// Fresh is what arrived while the review was open (nil: nothing is
	// marked new).
	Fresh *Fresh

	docs          map[string]*corpus.Document
	claims        map[string]int // claim ID → index in Analysis.Claims
	eventOf       map[string]int // claim ID → index in Events
	alignOf       map[string]int // claim ID → index in Analysis.Alignments
	alignEvent    []int          // alignment index → index in Events
	alignIndex    map[string]int // alignment ID → index
	discrepancies [][]Discrepancy
	wordSpans     []map[string][]rtl.Span
}

// NewData indexes a. It never fails; an empty analysis gives empty Data.
// Events are named by their labels; NewDataTitled names them by titles.
func NewData(a *analysis.Analysis) *Data { return NewDataTitled(a, nil) }

// NewDataTitled indexes a with the titles of its events
// (analysis.EventTitles, in the order of a.Events; computed where the
// analysis runs, off the UI's thread). Events without a title keep their
// label.
func NewDataTitled(a *analysis.Analysis, titles []analysis.EventTitle) *Data {
	if a == nil {
		a = &analysis.Analysis{}
	}
	d := &Data{
		Analysis:    a,
		SourceIndex: make(map[string]int, len(a.Documents)),
		Verdicts:    map[string]review.Resolved{},
		Notes:       map[string][]review.Resolved{},
		docs:        make(map[string]*corpus.Document, len(a.Documents)),
		claims:      make(map[string]int, len(a.Claims)),
		eventOf:     make(map[string]int, len(a.Claims)),
		alignOf:     make(map[string]int),
		alignIndex:  make(map[string]int, len(a.Alignments)),
	}
	for _, doc := range a.Documents {
		d.docs[doc.ID] = doc
		d.SourceIndex[doc.ID] = len(d.Sources)
		d.Sources = append(d.Sources, doc.ID)
	}
	for i := range a.Claims {
		d.claims[a.Claims[i].ID] = i
	}
	if rv := a.Reviews; rv != nil {
		if rv.State != nil {
			for k, v := range rv.State.Verdicts {
				d.Verdicts[k] = v
			}
			for k, v := range rv.State.Notes {
				d.Notes[k] = slices.Clone(v)
			}
		}
		for _, p := range rv.Problems {
			d.Warnings = append(d.Warnings, p.Error())
		}
		if n := len(rv.Corrections.Orphaned); n > 0 {
			d.Warnings = append(d.Warnings, itoa(n)+" stored correction(s) no longer match any claim (kept in the store)")
		}
		if rv.State != nil {
			if n := len(rv.State.Report.Orphaned); n > 0 {
				d.Warnings = append(d.Warnings, itoa(n)+" stored verdict(s)/note(s) no longer match any claim (kept in the store)")
			}
		}
	}
	d.discrepancies = make([][]Discrepancy, len(a.Alignments))
	d.wordSpans = make([]map[string][]rtl.Span, len(a.Alignments))
	for i := range a.Alignments {
		al := &a.Alignments[i]
		d.alignIndex[al.ID] = i
		for _, id := range al.Claims {
			d.alignOf[id] = i
		}
		d.discrepancies[i] = discrepanciesOf(al)
		d.wordSpans[i] = wordSpansOf(al)
	}
	// Events, then the background pseudo-event when it has anything.
	byEvent := make(map[string]int, len(a.Events))
	for i, ev := range a.Events {
		byEvent[ev.ID] = len(d.Events)
		info := EventInfo{
			ID: ev.ID, Label: ev.Label, Title: ev.Label, Date: ev.Date, Claims: ev.Claims, Sources: ev.Sources, Unique: ev.Unique,
		}
		if i < len(titles) && titles[i].Title != "" {
			info.Title, info.Place = titles[i].Title, titles[i].Place
		}
		info.Recalled = analysis.Recalled(&a.Events[i], d.docs)
		info.Outlets = analysis.EventOutlets(&a.Events[i], d.docs)
		info.Story = info.Outlets >= 2 && !info.Recalled
		d.Events = append(d.Events, info)
	}
	for ei := range d.Events {
		for _, id := range d.Events[ei].Claims {
			d.eventOf[id] = ei
		}
	}
	bg := EventInfo{Label: BackgroundLabel, Title: BackgroundLabel, Background: true}
	aligned := make(map[string]bool)
	d.alignEvent = make([]int, len(a.Alignments))
	for i := range a.Alignments {
		al := &a.Alignments[i]
		ei, ok := byEvent[al.Event]
		if al.Event == "" || !ok {
			ei = -1 // background, fixed below
			for _, id := range al.Claims {
				aligned[id] = true
			}
		} else {
			d.Events[ei].Alignments = append(d.Events[ei].Alignments, i)
		}
		d.alignEvent[i] = ei
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		if _, ok := d.eventOf[c.ID]; ok || c.Kind == claim.KindTitle {
			continue
		}
		bg.Claims = append(bg.Claims, c.ID)
		if !aligned[c.ID] {
			bg.Unique = append(bg.Unique, c.ID)
		}
	}
	for i, ei := range d.alignEvent {
		if ei < 0 {
			bg.Alignments = append(bg.Alignments, i)
		}
	}
	if len(bg.Claims) > 0 || len(bg.Alignments) > 0 {
		bi := len(d.Events)
		seen := map[string]bool{}
		for _, id := range bg.Claims {
			d.eventOf[id] = bi
			doc := d.claimDoc(id)
			if !seen[doc] {
				seen[doc] = true
				bg.Sources = append(bg.Sources, doc)
			}
		}
		slices.SortFunc(bg.Sources, func(x, y string) int { return cmp.Compare(d.SourceIndex[x], d.SourceIndex[y]) })
		for i, ei := range d.alignEvent {
			if ei < 0 {
				d.alignEvent[i] = bi
			}
		}
		d.Events = append(d.Events, bg)
	}
	for ei := range d.Events {
		ev := &d.Events[ei]
		slices.SortStableFunc(ev.Alignments, func(x, y int) int {
			return cmp.Or(
				cmp.Compare(d.MaxSeverity(y), d.MaxSeverity(x)),
				cmp.Compare(len(d.discrepancies[y]), len(d.discrepancies[x])))
		})
		types := map[string]bool{}
		for _, ai := range ev.Alignments {
			for _, x := range d.discrepancies[ai] {
				if x.Severity >= 1 && x.Severity <= 3 {
					ev.Severity[x.Severity]++
				}
				types[x.Type] = true
			}
		}
		for t := range types {
			ev.Types = append(ev.Types, t)
		}
		sort.Strings(ev.Types)
		d.recount(ei)
	}
	return d
}

func (d *Data) claimDoc(id string) string {
	if i, ok := d.claims[id]; ok {
		return d.Analysis.Claims[i].Doc
	}
	return review.DocOf(id)
}

// recount refreshes the review progress of event ei.
func (d *Data) recount(ei int) {
	if ei < 0 || ei >= len(d.Events) {
		return
	}
	ev := &d.Events[ei]
	ev.AlignmentsReviewed, ev.ClaimsReviewed = 0, 0
	for _, ai := range ev.Alignments {
		if _, ok := d.Verdicts[d.Analysis.Alignments[ai].ID]; ok {
			ev.AlignmentsReviewed++
		}
	}
	for _, id := range ev.Claims {
		if _, ok := d.Verdicts[id]; ok {
			ev.ClaimsReviewed++
		}
	}
}

// Claim returns the claim with ID id.
func (d *Data) Claim(id string) (*claim.Claim, bool) {
	i, ok := d.claims[id]
	if !ok {
		return nil, false
	}
	return &d.Analysis.Claims[i], true
}

// Doc returns the document with ID id.
func (d *Data) Doc(id string) (*corpus.Document, bool) {
	doc, ok := d.docs[id]
	return doc, ok
}

// Source names the outlet of document id as a person should see it
// (corpus.DisplayName: the outlet the text names, else a shortened file
// name), else its ID.
func (d *Data) Source(id string) string {
	if doc, ok := d.docs[id]; ok {
		if n := corpus.DisplayName(doc); n != "" {
			return n
		}
	}
	return id
}

// SourceLetter is the one-character name of document id, the same in
// every view and in the reports (analysis.SourceLetter): A–Z, then a–z,
// then digits, then '+'.
func (d *Data) SourceLetter(id string) string {
	i, ok := d.SourceIndex[id]
	if !ok {
		return "+"
	}
	return analysis.SourceLetter(i)
}

// Detail is a discrepancy's explanation with the claims' source letters
// in place of the "A" and "B" package diff calls them.
func (d *Data) Detail(x Discrepancy) string {
	if len(x.Claims) < 2 {
		return x.Detail
	}
	return analysis.RelabelDetail(x.Detail, d.SourceLetter(d.claimDoc(x.Claims[0])), d.SourceLetter(d.claimDoc(x.Claims[1])))
}

// EventName is an event's title with its place ("title · place").
func (ev *EventInfo) EventName() string {
	if ev.Place != "" {
		return ev.Title + " · " + ev.Place
	}
	return ev.Title
}

// Alignment returns alignment i of the analysis.
func (d *Data) Alignment(i int) *analysis.Alignment {
	if i < 0 || i >= len(d.Analysis.Alignments) {
		return nil
	}
	return &d.Analysis.Alignments[i]
}

// AlignmentIndex returns the index of the alignment with ID id.
func (d *Data) AlignmentIndex(id string) (int, bool) {
	i, ok := d.alignIndex[id]
	return i, ok
}

// AlignmentOf returns the index of the alignment claim id belongs to.
func (d *Data) AlignmentOf(id string) (int, bool) {
	i, ok := d.alignOf[id]
	return i, ok
}

// EventOf returns the index in Events of the event claim id belongs to.
func (d *Data) EventOf(id string) (int, bool) {
	i, ok := d.eventOf[id]
	return i, ok
}

// EventOfAlignment returns the index in Events of alignment i's event.
func (d *Data) EventOfAlignment(i int) int {
	if i < 0 || i >= len(d.alignEvent) {
		return -1
	}
	return d.alignEvent[i]
}

// EventIndex returns the index in Events of the event with ID id ("" is
// the background pseudo-event).
func (d *Data) EventIndex(id string) (int, bool) {
	for i := range d.Events {
		if d.Events[i].ID == id && (id != "" || d.Events[i].Background) {
			return i, true
		}
	}
	return 0, false
}

// Discrepancies returns alignment i's discrepancies, worst first.
func (d *Data) Discrepancies(i int) []Discrepancy {
	if i < 0 || i >= len(d.discrepancies) {
		return nil
	}
	return d.discrepancies[i]
}

// MaxSeverity is the highest severity among alignment i's discrepancies (0
// when it has none).
func (d *Data) MaxSeverity(i int) int {
	m := 0
	for _, x := range d.Discrepancies(i) {
		m = max(m, x.Severity)
	}
	return m
}

// WordSpans returns the word differences of claim id in alignment i, as
// highlight spans with byte offsets into the claim's document text.
func (d *Data) WordSpans(i int, id string) []rtl.Span {
	if i < 0 || i >= len(d.wordSpans) || d.wordSpans[i] == nil {
		return nil
	}
	return d.wordSpans[i][id]
}

// SetVerdict records that e (a verdict) now counts for the current target
// id, and refreshes the review progress of the event it belongs to.
func (d *Data) SetVerdict(id string, e review.Entry) {
	d.Verdicts[id] = review.Resolved{Entry: e, Match: review.MatchID, To: id}
	d.touch(id)
}

// AddNote appends note e to the current target id.
func (d *Data) AddNote(id string, e review.Entry) {
	d.Notes[id] = append(d.Notes[id], review.Resolved{Entry: e, Match: review.MatchID, To: id})
	d.touch(id)
}

func (d *Data) touch(id string) {
	if i, ok := d.alignIndex[id]; ok {
		d.recount(d.alignEvent[i])
		return
	}
	if ei, ok := d.eventOf[id]; ok {
		d.recount(ei)
	}
}

// Match is a claim found by Search with the spans (byte offsets into its
// document text) where the query occurs.
type Match struct {
	Claim string
	Spans []rtl.Span
}

// Search finds claims whose text contains query, compared in the folded
// matching form (lang.FoldRune: tashkeel and tatweel ignored, alef and yeh
// forms, ة/ه and digit systems folded, Latin case ignored), at most limit of
// them, in analysis order. Spans point at the original bytes.
func (d *Data) Search(query string, limit int) []Match {
	q := []rune(lang.Normalize(strings.TrimSpace(query)))
	if len(q) == 0 {
		return nil
	}
	var out []Match
	var folded []rune
	var offs []int
	for i := range d.Analysis.Claims {
		c := &d.Analysis.Claims[i]
		folded, offs = folded[:0], offs[:0]
		for j, r := range c.Text {
			f := lang.FoldRune(r)
			if f < 0 {
				continue
			}
			folded = append(folded, f)
			offs = append(offs, j)
		}
		var spans []rtl.Span
		for k := 0; k+len(q) <= len(folded); k++ {
			if folded[k] != q[0] || !slices.Equal(folded[k:k+len(q)], q) {
				continue
			}
			start := c.Start + offs[k]
			last := offs[k+len(q)-1]
			_, size := utf8.DecodeRuneInString(c.Text[last:])
			spans = append(spans, rtl.Span{Start: start, End: c.Start + last + size, Class: ClassMatch})
			k += len(q) - 1
		}
		if len(spans) > 0 {
			out = append(out, Match{Claim: c.ID, Spans: spans})
			if limit > 0 && len(out) >= limit {
				break
			}
		}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Fresh is what arrived while the review was open (an article store
// updated by `claimdiff watch` or `claimdiff fetch`): events and
// alignments by ID, discrepancies by DiscrepancyKey. The views mark them
// (NewMark).
type Fresh struct {
	Events, Alignments, Discrepancies map[string]bool
}

// NewFresh returns an empty Fresh.
func NewFresh() *Fresh {
	return &Fresh{Events: map[string]bool{}, Alignments: map[string]bool{}, Discrepancies: map[string]bool{}}
}

// NewMark is the marker of a new event, alignment or discrepancy.
const NewMark = "●"

// DiscrepancyKey identifies a discrepancy across analyses: its type, its
// claims and what differs.
func DiscrepancyKey(x Discrepancy) string {
	cs := slices.Clone(x.Claims)
	slices.Sort(cs)
	return x.Type + "\x00" + strings.Join(cs, ",") + "\x00" + x.Detail
}

// IsNewAlignment reports whether alignment i arrived while the review was
// open, or holds a discrepancy that did.
func (d *Data) IsNewAlignment(i int) bool {
	if d.Fresh == nil {
		return false
	}
	if al := d.Alignment(i); al != nil && d.Fresh.Alignments[al.ID] {
		return true
	}
	for _, x := range d.Discrepancies(i) {
		if d.Fresh.Discrepancies[DiscrepancyKey(x)] {
			return true
		}
	}
	return false
}

// IsNewEvent reports whether event i arrived while the review was open, or
// holds an alignment that did.
func (d *Data) IsNewEvent(i int) bool {
	if d.Fresh == nil || i < 0 || i >= len(d.Events) {
		return false
	}
	ev := &d.Events[i]
	if !ev.Background && d.Fresh.Events[ev.ID] {
		return true
	}
	for _, ai := range ev.Alignments {
		if d.IsNewAlignment(ai) {
			return true
		}
	}
	return false
}

// IsNewDiscrepancy reports whether x arrived while the review was open.
func (d *Data) IsNewDiscrepancy(x Discrepancy) bool {
	return d.Fresh != nil && d.Fresh.Discrepancies[DiscrepancyKey(x)]
}

// NewCounts counts what is marked new in d: events (that are new
// themselves), alignments and discrepancies.
func (d *Data) NewCounts() (events, alignments, discrepancies int) {
	if d.Fresh == nil {
		return 0, 0, 0
	}
	for i := range d.Events {
		if !d.Events[i].Background && d.Fresh.Events[d.Events[i].ID] {
			events++
		}
	}
	for i := range d.Analysis.Alignments {
		if d.Fresh.Alignments[d.Analysis.Alignments[i].ID] {
			alignments++
		}
		for _, x := range d.Discrepancies(i) {
			if d.Fresh.Discrepancies[DiscrepancyKey(x)] {
				discrepancies++
			}
		}
	}
	return
}
