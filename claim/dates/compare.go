package dates

import "strings"

// Bounds parses an ISO 8601 value as Resolve writes it ("2025-12-23",
// "2025-12", "2025", or a range "a/b" of those) into the first and last day it
// covers, as "YYYY-MM-DD" strings. ok is false for anything else.
func Bounds(v string) (first, last string, ok bool) {
	iv, ok := parseIval(v)
	if !ok {
		return "", "", false
	}
	d := ival{lo: iv.lo, hi: iv.hi, prec: PrecDay, ok: true}
	lo := ival{lo: d.lo, hi: d.lo, prec: PrecDay, ok: true}
	hi := ival{lo: d.hi, hi: d.hi, prec: PrecDay, ok: true}
	return lo.format(), hi.format(), true
}

func parseIval(v string) (ival, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return ival{}, false
	}
	if a, b, ok := strings.Cut(v, "/"); ok {
		ia, ok1 := parseIval(a)
		ib, ok2 := parseIval(b)
		if !ok1 || !ok2 || ia.lo.after(ib.hi) || strings.Contains(b, "/") {
			return ival{}, false
		}
		return ival{lo: ia.lo, hi: ib.hi, prec: ia.prec, ok: true}, true
	}
	r, err := ParseRef(v)
	if err != nil || r.Year == 0 {
		return ival{}, false
	}
	switch {
	case r.Month == 0:
		return yearIval(r.Year), true
	case r.Day == 0:
		return monthIval(r.Year, r.Month), true
	}
	return dayIval(civil{r.Year, r.Month, r.Day}), true
}

// Compatible reports whether two ISO values can denote the same time: their
// spans overlap ("2025-02" and "2025-02-12"; "2025-12-23/2025-12-24" and
// "2025-12-24"). Values that cannot be read are not compatible.
func Compatible(a, b string) bool {
	ia, ok1 := parseIval(a)
	ib, ok2 := parseIval(b)
	return ok1 && ok2 && !ia.lo.after(ib.hi) && !ib.lo.after(ia.hi)
}

// Conflict reports whether two ISO values cannot denote the same time: both
// can be read and their spans are disjoint ("2025-12-23" and "2025-12-24";
// "2025-02" and "2025-03-01"). An empty or unreadable value conflicts with
// nothing.
func Conflict(a, b string) bool {
	ia, ok1 := parseIval(a)
	ib, ok2 := parseIval(b)
	return ok1 && ok2 && (ia.lo.after(ib.hi) || ib.lo.after(ia.hi))
}
