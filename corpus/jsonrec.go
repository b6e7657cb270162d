package corpus

// A reader of flat JSON records.
//
// An article export is an array of flat objects: strings (a text of a few
// kilobytes among them), now and then true, false or null. encoding/json
// reads each such object three times into a map of interface values: a
// pass that checks the whole record, a pass that decodes it, and for every
// string a pass that unquotes it (copying it once more when it holds an
// escape, as every text with a line break does). On SaudiNewsNet that was
// a third of the read stage's CPU time. decodeFlat reads such an object in
// one pass, each string unquoted straight into its own bytes. Anything
// else — a number, a nested object or array, a byte that breaks the JSON
// grammar, invalid UTF-8 — it turns away, and the caller decodes the
// record with encoding/json, which gives the same value or the error a
// broken record deserves. On what it accepts it gives exactly what
// encoding/json gives (FuzzDecodeFlat).

import (
	"encoding/json"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeRecord decodes one JSON value as json.Unmarshal into an any
// would: a flat object by decodeFlat, anything else by encoding/json.
func decodeRecord(raw []byte) (any, error) {
	if m, ok := decodeFlat(raw); ok {
		return m, nil
	}
	var rec any
	if err := json.Unmarshal(raw, &rec); err != nil {
		return nil, err
	}
	return rec, nil
}

// scratches holds buffers for unquoting strings with escapes: the texts
// of an export, each unquoted in a buffer and copied once at its size.
var scratches = sync.Pool{New: func() any { return new([]byte) }}

// isJSONSpace reports the four bytes JSON allows between tokens.
func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipJSONSpace returns the index of the first byte of b at or after i
// that is not JSON white space.
func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && isJSONSpace(b[i]) {
		i++
	}
	return i
}

// decodeFlat decodes raw when it is a JSON object (white space around it
// allowed) whose values are all strings, true, false or null, into the map
// json.Unmarshal gives for it. ok is false for anything else (see the top
// of this file).
func decodeFlat(raw []byte) (m map[string]any, ok bool) {
	i := skipJSONSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return nil, false
	}
	m = make(map[string]any, 8)
	sp := scratches.Get().(*[]byte)
	scratch := *sp
	defer func() { *sp = scratch[:0]; scratches.Put(sp) }()
	i = skipJSONSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		i++
	} else {
		for {
			if i >= len(raw) || raw[i] != '"' {
				return nil, false
			}
			key, next, ok := flatString(raw, i+1, &scratch)
			if !ok {
				return nil, false
			}
			i = skipJSONSpace(raw, next)
			if i >= len(raw) || raw[i] != ':' {
				return nil, false
			}
			i = skipJSONSpace(raw, i+1)
			if i >= len(raw) {
				return nil, false
			}
			var v any
			switch raw[i] {
			case '"':
				s, next, ok := flatString(raw, i+1, &scratch)
				if !ok {
					return nil, false
				}
				v, i = s, next
			case 't':
				if !hasWord(raw, i, "true") {
					return nil, false
				}
				v, i = true, i+4
			case 'f':
				if !hasWord(raw, i, "false") {
					return nil, false
				}
				v, i = false, i+5
			case 'n':
				if !hasWord(raw, i, "null") {
					return nil, false
				}
				v, i = nil, i+4
			default:
				return nil, false // a number, an object, an array or an error
			}
			m[key] = v
			i = skipJSONSpace(raw, i)
			if i >= len(raw) {
				return nil, false
			}
			if raw[i] == '}' {
				i++
				break
			}
			if raw[i] != ',' {
				return nil, false
			}
			i = skipJSONSpace(raw, i+1)
		}
	}
	if skipJSONSpace(raw, i) != len(raw) {
		return nil, false
	}
	return m, true
}

// hasWord reports whether b holds the literal w at i, not followed by a
// letter or digit (which would make it another, broken, token).
func hasWord(b []byte, i int, w string) bool {
	if len(b)-i < len(w) || string(b[i:i+len(w)]) != w {
		return false
	}
	if j := i + len(w); j < len(b) {
		c := b[j]
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')
	}
	return true
}

// flatString unquotes the JSON string whose first byte after the opening
// quote is at i, and returns it and the index past its closing quote. ok
// is false when the string is broken (a control character, a bad escape,
// no closing quote) or holds invalid UTF-8, which encoding/json replaces
// by U+FFFD and which is left to it. A string with escapes is unquoted in
// *scratch, which it leaves grown.
func flatString(b []byte, i int, scratch *[]byte) (s string, next int, ok bool) {
	j := plainRun(b, i)
	if j >= len(b) || b[j] < 0x20 || !utf8.Valid(b[i:j]) {
		return "", 0, false
	}
	if b[j] == '"' {
		// Most strings have no escape: one copy of their bytes.
		return string(b[i:j]), j + 1, true
	}
	buf := append((*scratch)[:0], b[i:j]...)
	defer func() { *scratch = buf }()
	for j < len(b) {
		switch c := b[j]; {
		case c == '"':
			return string(buf), j + 1, true
		case c < 0x20:
			return "", 0, false
		case c == '\\':
			if j+1 >= len(b) {
				return "", 0, false
			}
			switch e := b[j+1]; e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := hex4(b, j+2)
				if !ok {
					return "", 0, false
				}
				j += 6
				if utf16.IsSurrogate(r) {
					// A pair when a second \u escape follows and
					// they decode together; otherwise U+FFFD for the
					// first alone, as encoding/json does.
					if j+1 < len(b) && b[j] == '\\' && b[j+1] == 'u' {
						if r2, ok := hex4(b, j+2); ok {
							if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
								buf = utf8.AppendRune(buf, d)
								j += 6
								continue
							}
						}
					}
					r = utf8.RuneError
				}
				buf = utf8.AppendRune(buf, r)
				continue
			default:
				return "", 0, false
			}
			j += 2
		default:
			// A run of plain bytes up to the next quote, escape or
			// control character.
			k := plainRun(b, j)
			if !utf8.Valid(b[j:k]) {
				return "", 0, false
			}
			buf = append(buf, b[j:k]...)
			j = k
		}
	}
	return "", 0, false
}

// plainRun returns the index of the first quote, backslash or control
// character of b at or after i (len(b) when there is none).
func plainRun(b []byte, i int) int {
	for i < len(b) {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
		i++
	}
	return i
}

// hex4 reads the four hexadecimal digits at b[i:] of a \u escape.
func hex4(b []byte, i int) (rune, bool) {
	if len(b)-i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
