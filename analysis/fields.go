package analysis

import (
	"slices"
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
	var buf [1]string
	if w := firstFields(buf[:0], s, 1); len(w) > 0 {
		return w[0]
	}
	return ""
}

// lastField returns the last word of s as strings.Fields splits it, ""
// when s has none.
func lastField(s string) string {
	var buf [1]string
	if w := lastFields(buf[:0], s, 1); len(w) > 0 {
		return w[0]
	}
	return ""
}

// firstFields appends to dst the first n fields of s, as strings.Fields
// splits it (around runs of unicode.IsSpace), or all of them when there
// are fewer: the opening words without a slice of every word.
func firstFields(dst []string, s string, n int) []string {
	start := -1 // of the field being read
	for i := 0; i < len(s) && n > 0; {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			if start >= 0 {
				dst, n, start = append(dst, s[start:i]), n-1, -1
			}
		case start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 && n > 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// lastFields appends to dst the last n fields of s (all of them when
// there are fewer), in order, as strings.Fields splits it.
func lastFields(dst []string, s string, n int) []string {
	base := len(dst)
	end := -1 // just past the field being read, backwards
	for i := len(s); i > 0 && n > 0; {
		// UTF-8 decodes alike both ways: a space is a valid rune, and
		// invalid bytes are U+FFFD, no space, either way.
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case unicode.IsSpace(r):
			if end >= 0 {
				dst, n, end = append(dst, s[i:end]), n-1, -1
			}
		case end < 0:
			end = i
		}
		i -= size
	}
	if end >= 0 && n > 0 {
		dst = append(dst, s[:end])
	}
	slices.Reverse(dst[base:])
	return dst
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
