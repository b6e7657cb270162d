package analysis

// Source letters: one name per document, the same in every view and
// report. A document's letter is its place in Analysis.Documents (A–Z,
// then a–z, then digits, then "+"), so the alignment view's columns, the
// coverage grids and the discrepancy lines all say "A" for one outlet.
//
// Discrepancy details (package diff) call the two claims they compare "A"
// and "B" (their Claims[0] and Claims[1]); RelabelDetail puts the claims'
// source letters in their place.

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim/dates"
	"github.com/claimdiff/claimdiff/corpus"
)

const sourceLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// SourceLetter is the letter of the i-th document (0-based).
func SourceLetter(i int) string {
	if i < 0 || i >= len(sourceLetters) {
		return "+"
	}
	return sourceLetters[i : i+1]
}

// SourceLetters maps every document ID of a to its letter.
func SourceLetters(a *Analysis) map[string]string {
	out := make(map[string]string, len(a.Documents))
	for i, d := range a.Documents {
		out[d.ID] = SourceLetter(i)
	}
	return out
}

// RelabelDetail rewrites a discrepancy's detail so that the sides it calls
// A and B carry the letters a and b: whole words "A" and "B" outside
// quotation marks are replaced ("said by … in A, by … in B" → "… in C, …
// in D"); quoted text is left as it is.
func RelabelDetail(detail, a, b string) string {
	if (a == "A" && b == "B") || !strings.ContainsAny(detail, "AB") {
		return detail
	}
	var out strings.Builder
	out.Grow(len(detail) + 8)
	inQuote := false
	var prev rune
	for i := 0; i < len(detail); {
		r, size := utf8.DecodeRuneInString(detail[i:])
		switch r {
		case '"':
			if !(prev == '\\') {
				inQuote = !inQuote
			}
		case '«', '“':
			inQuote = true
		case '»', '”':
			inQuote = false
		}
		if !inQuote && (r == 'A' || r == 'B') && !isWordRune(prev) {
			next, _ := utf8.DecodeRuneInString(detail[i+size:])
			if i+size >= len(detail) || !isWordRune(next) {
				if r == 'A' {
					out.WriteString(a)
				} else {
					out.WriteString(b)
				}
				prev, i = r, i+size
				continue
			}
		}
		out.WriteRune(r)
		prev, i = r, i+size
	}
	return out.String()
}

func isWordRune(r rune) bool {
	return r == '_' || r == '\'' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// EventOutlets counts the outlets that tell ev: documents of one outlet
// (the same display name, corpus.DisplayName) count once, so that an
// article and its copy, or two pieces of one paper, are not "two sources".
// A document not in docs counts on its own.
func EventOutlets(ev *align.Event, docs map[string]*corpus.Document) int {
	seen := make(map[string]bool, len(ev.Sources))
	for _, id := range ev.Sources {
		key := "doc:" + id
		if d := docs[id]; d != nil {
			if name := corpus.DisplayName(d); name != "" {
				key = name
			}
		}
		seen[key] = true
	}
	return len(seen)
}

// RecallDays is how long before its articles an event must have ended for
// them to only recall it: an article of 2025-12-24 that tells of a call on
// 2025-02-12 gives background, one of 2025-10 that tells of a visit on
// 2025-10-15 reports it. A month leaves last week's news, which articles
// still report, on the side of the news.
const RecallDays = 30

// Recalled reports whether ev's articles only recall it as background: it
// has a date, at least one of its documents is dated (its publication
// date, else its retrieval date), and it ended RecallDays or more before
// the first day of every dated document.
func Recalled(ev *align.Event, docs map[string]*corpus.Document) bool {
	if ev.Date == "" || ev.DateUnknown {
		return false
	}
	_, last, ok := dates.Bounds(ev.Date)
	if !ok {
		return false
	}
	end, err := time.Parse(time.DateOnly, last)
	if err != nil {
		return false
	}
	dated := false
	for _, id := range ev.Sources {
		d := docs[id]
		if d == nil {
			continue
		}
		ref := d.Published
		if ref == "" {
			ref = d.Retrieved
		}
		first, _, ok := dates.Bounds(ref)
		if !ok {
			continue
		}
		day, err := time.Parse(time.DateOnly, first)
		if err != nil {
			continue
		}
		dated = true
		if day.Sub(end) < RecallDays*24*time.Hour {
			return false
		}
	}
	return dated
}
