package attrib

import (
	"strings"
	"unicode/utf8"
)

// Quotes returns the spans inside quote marks in text[start:end), marks
// excluded. Real articles pair marks loosely: “…” and «…» are the rule, but
// ”…” , “…“ and straight "…" occur, and a quote is often left open to the
// end of the sentence. So a mark opens a quote when none is open, and any
// mark closes the open one — except an opening mark (“ «) that follows a
// letter-less gap right after another word inside the quote, which opens a
// nested quote (“وصف الشرع العلاقات بأنها “استراتيجية”، …”). open says a
// quote is already open at start (left open by the previous claim); the
// second result says one is still open at end.
func Quotes(text string, start, end int, open bool) ([]Span, bool) {
	if start < 0 || end > len(text) || start >= end {
		return nil, open
	}
	var out []Span
	qs, depth := start, 0
	if open {
		depth = 1
	}
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isQuote(r) {
			i += size
			continue
		}
		switch {
		case depth == 0:
			depth, qs = 1, i+size
		case depth == 1 && (r == '“' || r == '«') && opensHere(text, i, size, end):
			depth = 2 // nested
		case depth == 2:
			depth = 1
		default:
			if s, e := trimSpan(text, qs, i); s < e {
				out = append(out, Span{s, e})
			}
			depth = 0
		}
		i += size
	}
	if depth > 0 {
		// Open to the end of the claim, final punctuation left out.
		e := end
		for e > qs {
			r, size := utf8.DecodeLastRuneInString(text[:e])
			if !strings.ContainsRune(".!?؟،, \n", r) {
				break
			}
			e -= size
		}
		if s, e := trimSpan(text, qs, e); s < e {
			out = append(out, Span{s, e})
		}
		return out, true
	}
	return out, false
}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}

// opensHere reports whether the mark at i is followed by a letter (so it
// opens a nested quote rather than closing one).
func opensHere(text string, i, size, end int) bool {
	if i+size >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+size:])
	return r != ' ' && !strings.ContainsRune("،,.:؛!?؟", r) && (i == 0 || text[i-1] == ' ')
}

// trimSpan trims spaces from [s, e).
func trimSpan(text string, s, e int) (int, int) {
	for s < e && (text[s] == ' ' || text[s] == '\n') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\n') {
		e--
	}
	return s, e
}
