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
	"unicode"
	"unicode/utf8"
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
