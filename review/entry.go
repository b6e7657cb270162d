package review

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Verdict is a fact-checker's judgement of a claim or an alignment.
type Verdict string

// The verdicts (CONTRACT.md, "Verdicts").
const (
	Confirmed     Verdict = "confirmed"
	Disputed      Verdict = "disputed"
	False         Verdict = "false"
	Misleading    Verdict = "misleading"
	Unverifiable  Verdict = "unverifiable"
	NeedsChecking Verdict = "needs-checking"
)

// Verdicts lists every valid verdict, in the order help texts show them.
func Verdicts() []Verdict {
	return []Verdict{Confirmed, Disputed, False, Misleading, Unverifiable, NeedsChecking}
}

// ErrBadVerdict is returned by ParseVerdict for a word that is not a verdict.
var ErrBadVerdict = errors.New("unknown verdict")

// ParseVerdict checks s (case and surrounding spaces ignored) against the
// valid verdicts.
func ParseVerdict(s string) (Verdict, error) {
	v := Verdict(strings.ToLower(strings.TrimSpace(s)))
	for _, ok := range Verdicts() {
		if v == ok {
			return v, nil
		}
	}
	return "", fmt.Errorf("parse verdict %q: %w (valid: %s)", s, ErrBadVerdict, verdictList())
}

func verdictList() string {
	var s []string
	for _, v := range Verdicts() {
		s = append(s, string(v))
	}
	return strings.Join(s, ", ")
}

// Op says what an entry records.
type Op string

// The operations an entry can record.
const (
	OpVerdict Op = "verdict"  // a verdict (and optional note) on a claim or alignment
	OpNote    Op = "note"     // a note without verdict on a claim or alignment
	OpSplit   Op = "split"    // an alignment split into groups
	OpMerge   Op = "merge"    // two alignments merged
	OpMove    Op = "move"     // a claim moved to another event, or out of all events
	OpNotSame Op = "not-same" // two claims that are not the same fact
	OpRevoke  Op = "revoke"   // an earlier entry that no longer counts
)

// IsCorrection reports whether op changes the analysis (split, merge, move,
// not-same) rather than annotating it.
func (op Op) IsCorrection() bool {
	switch op {
	case OpSplit, OpMerge, OpMove, OpNotSame:
		return true
	}
	return false
}

// Kind is what an ID names.
type Kind int

// The kinds of IDs.
const (
	KindUnknown   Kind = iota
	KindDocument       // d-xxxxxxxx
	KindClaim          // d-xxxxxxxx/c-xxxxxx or d-xxxxxxxx/c-xxxxxx-N
	KindEvent          // ev-…
	KindAlignment      // al-…
)

// String names the kind as help texts and errors do.
func (k Kind) String() string {
	switch k {
	case KindDocument:
		return "document"
	case KindClaim:
		return "claim"
	case KindEvent:
		return "event"
	case KindAlignment:
		return "alignment"
	}
	return "unknown"
}

// KindOf tells what an ID names from its shape (CONTRACT.md, "IDs are
// stable"): "d-" and 8 hex digits a document, that plus "/c-", 6 hex digits
// and an optional "-N" (N ≥ 2) a claim, "ev-…" an event, "al-…" an alignment.
func KindOf(id string) Kind {
	switch {
	case strings.HasPrefix(id, "ev-"):
		if lowerAlnum(id[3:]) {
			return KindEvent
		}
	case strings.HasPrefix(id, "al-"):
		if lowerAlnum(id[3:]) {
			return KindAlignment
		}
	case strings.HasPrefix(id, "d-"):
		doc, rest, isClaim := strings.Cut(id, "/")
		if len(doc) != 10 || !hexDigits(doc[2:]) {
			return KindUnknown
		}
		if !isClaim {
			return KindDocument
		}
		if len(rest) < 8 || !strings.HasPrefix(rest, "c-") || !hexDigits(rest[2:8]) {
			return KindUnknown
		}
		if occ := rest[8:]; occ != "" {
			if len(occ) < 2 || occ[0] != '-' || occ[1] == '0' || !decimal(occ[1:]) {
				return KindUnknown
			}
			if n, err := strconv.Atoi(occ[1:]); err != nil || n < 2 {
				return KindUnknown
			}
		}
		return KindClaim
	}
	return KindUnknown
}

// DocOf returns the document part of a claim ID ("d-5f2c9a1e" of
// "d-5f2c9a1e/c-81b0e2"), the ID itself for a document ID, "" otherwise.
func DocOf(id string) string {
	switch KindOf(id) {
	case KindClaim:
		doc, _, _ := strings.Cut(id, "/")
		return doc
	case KindDocument:
		return id
	}
	return ""
}

// occurrenceOf returns N of a claim ID ending "-N", 1 otherwise.
func occurrenceOf(id string) int {
	_, rest, _ := strings.Cut(id, "/")
	if len(rest) > 9 && rest[8] == '-' {
		if n, err := strconv.Atoi(rest[9:]); err == nil {
			return n
		}
	}
	return 1
}

func hexDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return s != ""
}

func decimal(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func lowerAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return s != ""
}

// Ref is a claim as an entry remembers it: its ID and the text it had then.
type Ref struct {
	ID   string `json:"id"`
	Text string `json:"text,omitempty"`
}

// Entry is one line of the store: one change a reviewer made. Which fields
// matter depends on Op; the package comment describes each.
type Entry struct {
	ID           string    // unique entry ID, "r-" and 16 hex digits; Append fills it when empty
	Op           Op        // what the entry records
	Target       string    // the claim or alignment the entry is about
	With         string    // merge: the second alignment
	Doc          string    // the target claim's document (derived from Target when empty)
	Text         string    // the target claim's text when the entry was made
	Members      []Ref     // an alignment target's member claims
	Verdict      Verdict   // OpVerdict
	Note         string    // optional for OpVerdict, required for OpNote
	Groups       [][]Ref   // OpSplit, OpMerge, OpNotSame
	Event        string    // OpMove: destination event, "" for out of all events
	EventMembers []Ref     // OpMove: the destination event's claims
	Revokes      string    // OpRevoke: the entry that no longer counts
	Reviewer     string    // who
	At           time.Time // when (stored UTC, to the second)
}

// wire is an Entry as one JSON line; the field order is the key order.
type wire struct {
	Op           Op      `json:"op"`
	Target       string  `json:"target,omitempty"`
	With         string  `json:"with,omitempty"`
	Doc          string  `json:"doc,omitempty"`
	Text         string  `json:"text,omitempty"`
	Members      []Ref   `json:"members,omitempty"`
	Verdict      Verdict `json:"verdict,omitempty"`
	Note         string  `json:"note,omitempty"`
	Groups       [][]Ref `json:"groups,omitempty"`
	Event        string  `json:"event,omitempty"`
	EventMembers []Ref   `json:"event_members,omitempty"`
	Revokes      string  `json:"revokes,omitempty"`
	Reviewer     string  `json:"reviewer"`
	At           string  `json:"at"`
	ID           string  `json:"id"`
}

// MarshalJSON writes the entry in the store's line format (without the
// trailing newline), keys in a fixed order.
func (e Entry) MarshalJSON() ([]byte, error) {
	b, err := e.line()
	if err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b, []byte("\n")), nil
}

// line encodes e as one line of the store, newline included, with Arabic
// (and <, >, &) left unescaped.
func (e Entry) line() ([]byte, error) {
	w := wire{
		Op: e.Op, Target: e.Target, With: e.With, Doc: e.Doc, Text: e.Text, Members: e.Members,
		Verdict: e.Verdict, Note: e.Note, Groups: e.Groups, Event: e.Event,
		EventMembers: e.EventMembers, Revokes: e.Revokes, Reviewer: e.Reviewer, ID: e.ID,
	}
	if !e.At.IsZero() {
		w.At = e.At.UTC().Format(time.RFC3339)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		return nil, fmt.Errorf("encode entry %s: %w", e.ID, err)
	}
	return buf.Bytes(), nil
}

// UnmarshalJSON reads one entry in the store's line format.
func (e *Entry) UnmarshalJSON(b []byte) error {
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	return e.fromWire(&w)
}

// decodeLine parses one line of the log (one JSON scan, not two as going
// through UnmarshalJSON would).
func decodeLine(b []byte) (Entry, error) {
	var w wire
	var e Entry
	if err := json.Unmarshal(b, &w); err != nil {
		return e, err
	}
	err := e.fromWire(&w)
	return e, err
}

func (e *Entry) fromWire(w *wire) error {
	*e = Entry{
		ID: w.ID, Op: w.Op, Target: w.Target, With: w.With, Doc: w.Doc, Text: w.Text,
		Members: w.Members, Verdict: w.Verdict, Note: w.Note, Groups: w.Groups, Event: w.Event,
		EventMembers: w.EventMembers, Revokes: w.Revokes, Reviewer: w.Reviewer,
	}
	if w.At != "" {
		t, err := time.Parse(time.RFC3339, w.At)
		if err != nil {
			return fmt.Errorf("field at: %w", err)
		}
		e.At = t.UTC()
	}
	return nil
}

// ErrInvalidEntry is wrapped by every error Validate returns.
var ErrInvalidEntry = errors.New("invalid entry")

// Validate checks that e is complete for its Op: IDs of the right kind, a
// valid verdict, a reviewer and a time.
func (e *Entry) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s %s: %s", ErrInvalidEntry, e.Op, e.ID, fmt.Sprintf(format, args...))
	}
	if e.ID == "" || strings.ContainsAny(e.ID, " \t\r\n") {
		return bad("missing or malformed id %q", e.ID)
	}
	if strings.TrimSpace(e.Reviewer) == "" {
		return bad("no reviewer")
	}
	if e.At.IsZero() {
		return bad("no time")
	}
	claimOrAlignment := func() error {
		switch KindOf(e.Target) {
		case KindClaim:
			if e.Doc != "" && e.Doc != DocOf(e.Target) {
				return bad("doc %q does not match claim %s", e.Doc, e.Target)
			}
			return nil
		case KindAlignment:
			return checkRefs(bad, "members", e.Members)
		}
		return bad("target %q is not a claim (d-xxxxxxxx/c-xxxxxx) or alignment (al-…) ID", e.Target)
	}
	switch e.Op {
	case OpVerdict:
		if _, err := ParseVerdict(string(e.Verdict)); err != nil || string(e.Verdict) != strings.TrimSpace(strings.ToLower(string(e.Verdict))) {
			return bad("unknown verdict %q (valid: %s)", e.Verdict, verdictList())
		}
		return claimOrAlignment()
	case OpNote:
		if strings.TrimSpace(e.Note) == "" {
			return bad("empty note")
		}
		return claimOrAlignment()
	case OpSplit, OpMerge, OpNotSame:
		if e.Op == OpSplit && KindOf(e.Target) != KindAlignment {
			return bad("target %q is not an alignment ID", e.Target)
		}
		nonEmpty := 0
		for _, g := range e.Groups {
			if err := checkRefs(bad, "groups", g); err != nil {
				return err
			}
			if len(g) > 0 {
				nonEmpty++
			}
		}
		if nonEmpty < 2 {
			return bad("needs at least two non-empty groups of claims, has %d", nonEmpty)
		}
		return nil
	case OpMove:
		if KindOf(e.Target) != KindClaim {
			return bad("target %q is not a claim ID", e.Target)
		}
		if e.Event != "" && KindOf(e.Event) != KindEvent {
			return bad("event %q is not an event ID (ev-…)", e.Event)
		}
		return checkRefs(bad, "event_members", e.EventMembers)
	case OpRevoke:
		if e.Revokes == "" {
			return bad("revokes no entry")
		}
		return nil
	}
	return bad("unknown op (valid: verdict, note, split, merge, move, not-same, revoke)")
}

func checkRefs(bad func(string, ...any) error, field string, refs []Ref) error {
	for _, r := range refs {
		if KindOf(r.ID) != KindClaim {
			return bad("%s: %q is not a claim ID", field, r.ID)
		}
	}
	return nil
}

// newEntryID returns "r-" and 16 random hex digits.
func newEntryID() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("new entry id: %w", err)
	}
	return "r-" + hex.EncodeToString(b[:]), nil
}
