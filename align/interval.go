package align

import (
	"strconv"
	"strings"
	"time"
)

// interval is a closed range of days (days since 1970-01-01).
type interval struct{ lo, hi int }

// span is the number of days an interval covers.
func (iv interval) span() int { return iv.hi - iv.lo + 1 }

// gap is the number of days between two intervals (0 when they overlap or
// touch).
func (iv interval) gap(o interval) int {
	switch {
	case iv.hi < o.lo:
		return o.lo - iv.hi - 1
	case o.hi < iv.lo:
		return iv.lo - o.hi - 1
	}
	return 0
}

func (iv interval) union(o interval) interval {
	return interval{min(iv.lo, o.lo), max(iv.hi, o.hi)}
}

func dayNumber(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func dayString(n int) string {
	return time.Unix(int64(n)*86400, 0).UTC().Format("2006-01-02")
}

// parseISO reads an ISO 8601 date at any precision ("2025", "2025-12",
// "2025-12-23") or a range of two ("2025-03-06/2025-03-10") into the
// interval of days it covers.
func parseISO(s string) (interval, bool) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		x, ok1 := parseISO(a)
		y, ok2 := parseISO(b)
		if !ok1 || !ok2 || y.hi < x.lo {
			return interval{}, false
		}
		return interval{x.lo, y.hi}, true
	}
	parts := strings.Split(s, "-")
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return interval{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return interval{}, false
		}
		n[i] = v
	}
	switch len(parts) {
	case 1:
		return interval{dayNumber(n[0], 1, 1), dayNumber(n[0], 12, 31)}, true
	case 2:
		if n[1] < 1 || n[1] > 12 {
			return interval{}, false
		}
		return interval{dayNumber(n[0], n[1], 1), dayNumber(n[0], n[1]+1, 1) - 1}, true
	}
	if n[1] < 1 || n[1] > 12 || n[2] < 1 || n[2] > 31 {
		return interval{}, false
	}
	d := dayNumber(n[0], n[1], n[2])
	return interval{d, d}, true
}

// isoOf writes an interval back as ISO 8601: a day, a whole month, or a
// range of days.
func isoOf(iv interval) string {
	lo, hi := dayString(iv.lo), dayString(iv.hi)
	if lo == hi {
		return lo
	}
	if lo[:7] == hi[:7] && lo[8:] == "01" && dayString(iv.hi + 1)[8:] == "01" {
		return lo[:7]
	}
	return lo + "/" + hi
}
