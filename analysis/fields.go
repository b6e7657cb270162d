package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words of a text as strings.Fields splits them, read without the slice
// of every word: the cuts of a title (tidy, dropRunOn, dropLeadIn, …) ask
// about a text's first or last words, or whether it is already spaced as
// a join of its words, for every candidate of every event, and splitting
// each whole text was most of what the event titles allocated.

// firstField returns the first word of s as strings.Fields splits it, ""
// when s has none.
func firstField(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return ""
}

// lastField returns the last word of s as strings.Fields splits it, ""
// when s has none.
func lastField(s string) string {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return s[start:end]
}

// singleSpaced reports whether s is strings.Join(strings.Fields(s), " "):
// words parted by single spaces, none before the first or after the last.
func singleSpaced(s string) bool {
	prevSpace := true // at the start, a space would lead
	for _, r := range s {
		if unicode.IsSpace(r) {
			if r != ' ' || prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
	}
	return !prevSpace || s == ""
}
