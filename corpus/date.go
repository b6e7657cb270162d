package corpus

import "strings"

// NormalizeDate turns a metadata date ("2025-12-24T10:00:00Z",
// "2015-07-21 10:11:12", "2025/12/24", "2025-12") into ISO 8601 at the
// precision given: "2025-12-24", "2025-12" or "2025". It returns "" for
// anything it does not recognise rather than guessing.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 4 {
		return ""
	}
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	if !digits(s[:4]) {
		return ""
	}
	y := s[:4]
	if len(s) == 4 {
		return y
	}
	sep := s[4]
	if sep != '-' && sep != '/' && sep != '.' {
		return ""
	}
	if len(s) < 7 || !digits(s[5:7]) || s[5:7] < "01" || s[5:7] > "12" {
		return ""
	}
	m := s[5:7]
	if len(s) == 7 {
		return y + "-" + m
	}
	if s[7] != sep || len(s) < 10 || !digits(s[8:10]) || s[8:10] < "01" || s[8:10] > "31" {
		return y + "-" + m
	}
	return y + "-" + m + "-" + s[8:10]
}
