package align

// A fast path for the short arrays similarity.json is mostly made of
// (["stem","stem",0.71] for an association, ["stem",0.4] for a rating):
// every command decodes the model at start-up, and a json.Unmarshal per
// element and per field was a third of it.

import (
	"strconv"
	"unicode/utf8"
)

// tupleScan reads a JSON array of strings followed by one number, such as
// ["a","b",0.5], filling strs in order and then num. It is given a valid
// JSON value (encoding/json checks the whole document before it calls an
// UnmarshalJSON) and reports false, leaving the decoding to
// encoding/json, for anything else: a string with an escape or invalid
// UTF-8, another shape, another count.
func tupleScan(b []byte, strs []*string, num *float64) bool {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		return false
	}
	i++
	for _, s := range strs {
		i = skipSpace(b, i)
		if i >= len(b) || b[i] != '"' {
			return false
		}
		start := i + 1
		end := start
		for end < len(b) && b[end] != '"' {
			if b[end] == '\\' {
				return false
			}
			end++
		}
		if end >= len(b) || !utf8.Valid(b[start:end]) {
			return false
		}
		*s = string(b[start:end])
		i = skipSpace(b, end+1)
		if i >= len(b) || b[i] != ',' {
			return false
		}
		i++
	}
	i = skipSpace(b, i)
	start := i
	for i < len(b) && b[i] != ']' && b[i] != ',' && !isSpace(b[i]) {
		i++
	}
	if b[start] == '"' || b[start] == '[' || b[start] == '{' || b[start] == 'n' || b[start] == 't' || b[start] == 'f' {
		return false
	}
	f, err := strconv.ParseFloat(string(b[start:i]), 64)
	if err != nil {
		return false
	}
	i = skipSpace(b, i)
	if i >= len(b) || b[i] != ']' || skipSpace(b, i+1) != len(b) {
		return false
	}
	*num = f
	return true
}

// skipSpace returns the first index from i that is not JSON whitespace.
func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// isSpace reports whether c is JSON whitespace.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
