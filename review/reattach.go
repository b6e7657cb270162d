package review

/*
Re-attachment: finding, in a new analysis, what an entry was made on.

Entries are keyed by IDs that derive from content, so they move when the
content or the pipeline moves: an edited article gets a new document ID, a
better claim splitter cuts sentences differently, an alignment gains a member
and so a new ID. Each entry therefore also keeps the text it was made on, and
re-attaches, in this order, stopping at the first rule that gives exactly one
answer:

 1. id:          the stored ID exists now.
 2. text-in-doc: a claim of the same document has the same text, compared
                 after collapsing runs of white space and removing invisible
                 marks (zero-width and bidi controls, tatweel is kept: it is
                 visible). Several equal texts in one document (a repeated
                 sentence) are told apart by the occurrence number "-N" of
                 the stored ID.
 3. text:        exactly one claim anywhere has that text (the article was
                 edited, so its document ID changed).
 4. orphaned:    otherwise — listed in the Report with the reason and, as
                 hints, claims whose text contains the stored text or is
                 contained in it. Never dropped silently.

An alignment re-attaches by ID, else through its members: each member claim
re-attaches as above, and the alignment goes to the current alignment with
the same members ("members"), else to the one sharing more than half of the
union of both member sets, when exactly one does ("members-overlap").
*/

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Target is a claim or an alignment of the current analysis, as plain data,
// so the store needs nothing from the pipeline's packages.
type Target struct {
	ID      string   // claim ID (d-xxxxxxxx/c-xxxxxx) or alignment ID (al-…)
	Doc     string   // claim: its document ID (derived from ID when empty)
	Text    string   // claim: its text
	Members []string // alignment: its member claim IDs
}

// Match says how an entry found its target in the current analysis.
type Match string

// The ways an entry re-attaches, best first.
const (
	MatchID        Match = "id"              // the stored ID exists
	MatchTextInDoc Match = "text-in-doc"     // same text, same document
	MatchText      Match = "text"            // same text, the only claim with it
	MatchMembers   Match = "members"         // alignment: the same member claims
	MatchOverlap   Match = "members-overlap" // alignment: most of the same member claims
	MatchOrphaned  Match = "orphaned"        // nothing found
)

// Attachment is what became of one entry.
type Attachment struct {
	Entry      string   `json:"entry"`                // the entry's ID
	Op         Op       `json:"op"`                   // the entry's operation
	Stored     string   `json:"stored"`               // the target ID the entry was made on
	Current    string   `json:"current,omitempty"`    // the ID it attaches to now ("" when orphaned)
	Match      Match    `json:"match"`                // how
	Text       string   `json:"text,omitempty"`       // the stored text (claims)
	Reason     string   `json:"reason,omitempty"`     // why orphaned, or what was lost
	Candidates []string `json:"candidates,omitempty"` // orphaned: claims a person might re-attach it to
}

// Report lists the entries whose targets moved and those that found none.
// Entries found by their own ID are only counted.
type Report struct {
	Unchanged  int          `json:"unchanged"`  // found by exact ID
	Reattached []Attachment `json:"reattached"` // found another way
	Orphaned   []Attachment `json:"orphaned"`   // not found; still in the store
}

func (r *Report) add(a Attachment) {
	switch {
	case a.Match == MatchOrphaned:
		r.Orphaned = append(r.Orphaned, a)
	case a.Match == MatchID && a.Reason == "":
		r.Unchanged++
	default:
		r.Reattached = append(r.Reattached, a)
	}
}

// NormalizeText is the form texts are compared in when re-attaching: runs of
// white space become one space, invisible format marks (zero-width
// characters, bidi controls, the byte-order mark) go, and the ends are
// trimmed.
func NormalizeText(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case invisible(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isNormal reports whether NormalizeText would return s unchanged, without
// allocating: no space at the ends, only single ASCII spaces between words,
// no invisible marks.
func isNormal(s string) bool {
	prevSpace := true
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case unicode.IsSpace(r), invisible(r):
			return false
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}

func invisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x061C, r == 0xFEFF, r == 0x00AD:
		return true
	}
	return false
}

// index finds current claims and alignments for stored references. Only
// claims by ID are indexed up front; claims by text and the alignments are
// indexed at their first lookup (a store whose entries all still match by
// ID, the usual case, never needs them, and on a large corpus normalising
// every claim's text is most of the cost).
type index struct {
	claims []Target
	byID   map[string]int

	textsDone bool
	byDocText map[docText][]int
	byText    map[string][]int
	norm      []string

	als       []Target
	alsDone   bool
	alByID    map[string]int
	alByKey   map[string]int
	alOfClaim map[string][]int
}

// docText keys claims by document and normalised text.
type docText struct{ doc, text string }

func newIndex(claims, alignments []Target) *index {
	ix := &index{claims: claims, byID: make(map[string]int, len(claims)), als: alignments}
	for i, c := range claims {
		ix.byID[c.ID] = i
	}
	return ix
}

// texts indexes the claims by normalised text, once.
func (ix *index) texts() {
	if ix.textsDone {
		return
	}
	ix.textsDone = true
	ix.byDocText, ix.byText = map[docText][]int{}, map[string][]int{}
	ix.norm = make([]string, len(ix.claims))
	for i, c := range ix.claims {
		t := NormalizeText(c.Text)
		ix.norm[i] = t
		if t == "" {
			continue
		}
		k := docText{docOfTarget(c), t}
		ix.byDocText[k] = append(ix.byDocText[k], i)
		ix.byText[t] = append(ix.byText[t], i)
	}
}

// alignments indexes the alignments by ID, members and claim, once.
func (ix *index) alignments() {
	if ix.alsDone {
		return
	}
	ix.alsDone = true
	ix.alByID = make(map[string]int, len(ix.als))
	ix.alByKey = make(map[string]int, len(ix.als))
	ix.alOfClaim = map[string][]int{}
	for i, a := range ix.als {
		ix.alByID[a.ID] = i
		ix.alByKey[memberKey(a.Members)] = i
		for _, m := range a.Members {
			ix.alOfClaim[m] = append(ix.alOfClaim[m], i)
		}
	}
}

func docOfTarget(t Target) string {
	if t.Doc != "" {
		return t.Doc
	}
	return DocOf(t.ID)
}

func memberKey(ids []string) string {
	s := append([]string(nil), ids...)
	sort.Strings(s)
	return strings.Join(s, "\n")
}

// claim re-attaches a stored claim reference.
func (ix *index) claim(id, doc, text string) Attachment {
	a := Attachment{Stored: id, Text: text}
	if _, ok := ix.byID[id]; ok {
		a.Current, a.Match = id, MatchID
		return a
	}
	if doc == "" {
		doc = DocOf(id)
	}
	t := NormalizeText(text)
	if t == "" {
		a.Match, a.Reason = MatchOrphaned, "the claim ID is gone and no text was stored to find it by"
		return a
	}
	ix.texts()
	if same := ix.byDocText[docText{doc, t}]; len(same) > 0 {
		k := 0
		if len(same) > 1 {
			k = occurrenceOf(id) - 1
		}
		if k < len(same) {
			a.Current, a.Match = ix.claims[same[k]].ID, MatchTextInDoc
			return a
		}
	}
	switch any := ix.byText[t]; len(any) {
	case 1:
		a.Current, a.Match = ix.claims[any[0]].ID, MatchText
		return a
	case 0:
		a.Match, a.Reason = MatchOrphaned, "no claim has this text any more"
	default:
		a.Match, a.Reason = MatchOrphaned, fmt.Sprintf("%d claims in other documents have this text", len(any))
		for _, i := range any {
			a.Candidates = append(a.Candidates, ix.claims[i].ID)
		}
		return a
	}
	a.Candidates = ix.candidates(doc, t)
	return a
}

// candidates lists up to five claims whose text contains t or is contained
// in it, those of doc first: hints for a person, never attached
// automatically.
func (ix *index) candidates(doc, t string) []string {
	var inDoc, elsewhere []string
	for i, c := range ix.claims {
		n := ix.norm[i]
		if n == "" || !(strings.Contains(n, t) || strings.Contains(t, n)) {
			continue
		}
		if docOfTarget(c) == doc {
			inDoc = append(inDoc, c.ID)
		} else {
			elsewhere = append(elsewhere, c.ID)
		}
	}
	out := append(inDoc, elsewhere...)
	if len(out) > 5 {
		out = out[:5]
	}
	return out
}

// alignment re-attaches a stored alignment by ID, else through its members.
func (ix *index) alignment(id string, members []Ref) Attachment {
	a := Attachment{Stored: id}
	ix.alignments()
	if _, ok := ix.alByID[id]; ok {
		a.Current, a.Match = id, MatchID
		return a
	}
	if len(members) == 0 {
		a.Match, a.Reason = MatchOrphaned, "the alignment ID is gone and no members were stored to find it by"
		return a
	}
	var resolved []string
	seen := map[string]bool{}
	for _, m := range members {
		c := ix.claim(m.ID, "", m.Text)
		if c.Match != MatchOrphaned && !seen[c.Current] {
			seen[c.Current] = true
			resolved = append(resolved, c.Current)
		}
	}
	if len(resolved) == 0 {
		a.Match, a.Reason = MatchOrphaned, fmt.Sprintf("none of its %d member claims is in the analysis any more", len(members))
		return a
	}
	if i, ok := ix.alByKey[memberKey(resolved)]; ok && len(resolved) == len(members) {
		a.Current, a.Match = ix.als[i].ID, MatchMembers
		return a
	}
	overlap := map[int]int{}
	for _, c := range resolved {
		for _, i := range ix.alOfClaim[c] {
			overlap[i]++
		}
	}
	best, bestScore, ties := -1, 0.0, 0
	for i, ov := range overlap {
		score := float64(ov) / float64(len(members)+len(ix.als[i].Members)-ov)
		switch {
		case score > bestScore:
			best, bestScore, ties = i, score, 1
		case score == bestScore:
			ties++
		}
	}
	if best >= 0 && bestScore > 0.5 && ties == 1 {
		a.Current, a.Match = ix.als[best].ID, MatchOverlap
		a.Reason = fmt.Sprintf("shares %.0f%% of its members", 100*bestScore)
		return a
	}
	a.Match = MatchOrphaned
	if best < 0 {
		a.Reason = "its claims are no longer aligned with each other"
	} else {
		a.Reason = fmt.Sprintf("its claims are spread over alignments (best shares %.0f%% of members)", 100*bestScore)
		for i := range overlap {
			a.Candidates = append(a.Candidates, ix.als[i].ID)
		}
		sort.Strings(a.Candidates)
	}
	return a
}

// target re-attaches an entry's target, a claim or an alignment.
func (ix *index) target(e Entry) Attachment {
	var a Attachment
	if KindOf(e.Target) == KindAlignment {
		a = ix.alignment(e.Target, e.Members)
	} else {
		a = ix.claim(e.Target, e.Doc, e.Text)
	}
	a.Entry, a.Op = e.ID, e.Op
	return a
}

// Resolved is an entry attached to a target of the current analysis.
type Resolved struct {
	Entry Entry  // the entry as stored
	Match Match  // how it was attached
	To    string // the current target ID
}

// State is the store seen through the current analysis: verdicts and notes
// keyed by the current IDs, and what moved or was orphaned.
type State struct {
	Verdicts map[string]Resolved   // current claim or alignment ID → the verdict that counts
	Notes    map[string][]Resolved // current claim or alignment ID → its notes, oldest first
	Report   Report                // verdicts and notes that moved or were orphaned
}

// Resolve attaches verdicts and notes to the current analysis: claims and
// alignments as plain data (alignments after ApplyCorrections, since their
// IDs follow their members). Of several verdicts on one stored target only
// the latest is attached; of several reaching one current target, the
// latest wins.
func (s *Snapshot) Resolve(claims, alignments []Target) *State {
	var ix *index // built at the first entry to attach: none in an empty store
	st := &State{Verdicts: map[string]Resolved{}, Notes: map[string][]Resolved{}}
	ordered := s.Ordered()
	latest := latestOf(ordered)
	for _, e := range ordered {
		switch {
		case e.Op == OpVerdict && latest[e.Target].ID == e.ID:
		case e.Op == OpNote:
		default:
			continue
		}
		if ix == nil {
			ix = newIndex(claims, alignments)
		}
		a := ix.target(e)
		st.Report.add(a)
		if a.Match == MatchOrphaned {
			continue
		}
		r := Resolved{Entry: e, Match: a.Match, To: a.Current}
		if e.Op == OpNote {
			st.Notes[a.Current] = append(st.Notes[a.Current], r)
		} else {
			st.Verdicts[a.Current] = r // Ordered is oldest first: a later one replaces
		}
	}
	return st
}

// Correction is a stored correction with its claims re-attached to the
// current analysis; ApplyCorrections takes a list of them.
type Correction struct {
	Entry        string     // the entry's ID
	Op           Op         // OpSplit, OpMerge, OpNotSame or OpMove
	Groups       [][]string // split, not-same: claims in different groups never share an alignment; merge: all share one
	Claim        string     // move: the claim moved
	Event        string     // move: the destination event ID as stored ("" = out of all events)
	EventAnchors []string   // move: the destination event's claims, current IDs, to find it when its ID moved
}

// Corrections re-attaches the stored corrections to the current claims, in
// the order they are to be applied (oldest first). Claims that no longer
// re-attach are left out of a correction; a correction left with too little
// to act on is orphaned. The Report says which.
func (s *Snapshot) Corrections(claims []Target) ([]Correction, Report) {
	var ix *index // built at the first correction: none in a store without
	var out []Correction
	var rep Report
	for _, e := range s.Ordered() {
		if !e.Op.IsCorrection() {
			continue
		}
		if ix == nil {
			ix = newIndex(claims, nil)
		}
		c := Correction{Entry: e.ID, Op: e.Op}
		a := Attachment{Entry: e.ID, Op: e.Op, Stored: e.Target, Current: e.Target, Match: MatchID}
		worse := func(m Match) {
			if m != MatchID && a.Match == MatchID {
				a.Match = m
			}
		}
		var lost []string
		if e.Op == OpMove {
			t := ix.claim(e.Target, e.Doc, e.Text)
			if t.Match == MatchOrphaned {
				t.Entry, t.Op = e.ID, e.Op
				rep.add(t)
				continue
			}
			c.Claim, c.Event, a.Current = t.Current, e.Event, t.Current
			worse(t.Match)
			for _, r := range e.EventMembers {
				if m := ix.claim(r.ID, "", r.Text); m.Match != MatchOrphaned {
					c.EventAnchors = append(c.EventAnchors, m.Current)
				}
			}
			rep.add(a)
			out = append(out, c)
			continue
		}
		total, nonEmpty := 0, 0
		for _, g := range e.Groups {
			var ids []string
			for _, r := range g {
				m := ix.claim(r.ID, "", r.Text)
				if m.Match == MatchOrphaned {
					lost = append(lost, r.ID)
					continue
				}
				worse(m.Match)
				ids = append(ids, m.Current)
			}
			total += len(ids)
			if len(ids) > 0 {
				nonEmpty++
			}
			c.Groups = append(c.Groups, ids)
		}
		if len(lost) > 0 {
			a.Reason = fmt.Sprintf("%d claim(s) no longer in the analysis: %s", len(lost), strings.Join(lost, " "))
		}
		if nonEmpty < 2 || total < 2 {
			a.Match, a.Current = MatchOrphaned, ""
			rep.add(a)
			continue
		}
		rep.add(a)
		out = append(out, c)
	}
	return out, rep
}
