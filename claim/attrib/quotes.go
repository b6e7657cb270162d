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
	marks, first := quoteMarks(text, start, end)
	switch {
	case open && marks%2 == 0 && marks > 0 && opensHere(text, first, markSize(text, first), end):
		// A quote left open by the claim before, but this claim's marks
		// pair up and the first opens one (طائرة "بوينج 777" في …): the
		// open quote was a slip of the claim before.
		open = false
	case !open && marks == 1 && closesAtEnd(text, first, end):
		// A lone closing mark at the end: the claim ends a quote opened
		// before it ("… خلال فترة الانقطاع".).
		open = true
	}
	if open {
		depth = 1
	}
	for i := start; i < end; {
		i = nextQuote(text, i, end)
		if i >= end {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case depth == 0 && strayCloser(text, i, size, start, end):
			// A closing mark after a word with no quote open and only a
			// space or punctuation after it ("أمس» متراجعاً"): a slip,
			// not the start of a quote.
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

// quoteMarks counts the quote marks in text[start:end) and gives the
// offset of the first.
func quoteMarks(text string, start, end int) (n, first int) {
	first = -1
	for i := nextQuote(text, start, end); i < end; i = nextQuote(text, i+markSize(text, i), end) {
		if first < 0 {
			first = i
		}
		n++
	}
	return n, first
}

// nextQuote returns the offset of the first quote mark (isQuote) that
// starts in text[i:end), or end when there is none. It reads bytes, not
// runes: every mark is '"' or starts with the lead byte 0xC2 (« ») or
// 0xE2 (“ ” „), which never occur inside another rune's bytes, so it finds
// the marks a rune-by-rune scan finds (a mark that starts before end may
// run past it, as there), several times faster on Arabic text.
func nextQuote(text string, i, end int) int {
	for ; i < end; i++ {
		switch text[i] {
		case '"':
			return i
		case 0xC2:
			if i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xBB) {
				return i
			}
		case 0xE2:
			if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] >= 0x9C && text[i+2] <= 0x9E {
				return i
			}
		}
	}
	return end
}

func markSize(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	return size
}

// closesAtEnd reports whether the mark at i is a closing one (not « or “)
// that follows a letter and has only punctuation and spaces after it.
func closesAtEnd(text string, i, end int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == '«' || r == '“' || r == '„' || i == 0 {
		return false
	}
	if prev, _ := utf8.DecodeLastRuneInString(text[:i]); prev == ' ' || prev == '\n' {
		return false
	}
	for _, c := range text[i+size : end] {
		if !strings.ContainsRune(".!?؟،,:؛ \n)", c) {
			return false
		}
	}
	return true
}

// strayCloser reports whether the mark at i can only close a quote: » or ”
// (or a straight mark) right after a letter, with a space, punctuation or
// the end after it. With no quote open it opens nothing.
func strayCloser(text string, i, size, start, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if r != '»' && r != '”' && r != '"' || i <= start {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	if prev == ' ' || prev == '\n' || strings.ContainsRune("،,.:؛!?؟(«“", prev) {
		return false
	}
	if i+size >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	return next == ' ' || next == '\n' || strings.ContainsRune("،,.:؛!?؟)", next)
}
