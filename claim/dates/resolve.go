package dates

/*
How values are resolved against the reference date (the article's date).

  - A date with its year is absolute. A day that cannot exist (31 شباط، 30
    فبراير) gives no value.
  - A day and month without a year take the year that puts them nearest the
    reference (within six months; a tie goes to the past, as news reports the
    past), or the next occurrence for a planned date. When a weekday is given
    and the nearest year does not match it, the year before or after that does
    is taken.
  - A month with الماضي is the last such month strictly before the
    reference's month (in a December article "كانون الأول الماضي" is the
    previous December); with المقبل the first strictly after; with الجاري/الحالي
    the reference's year. "من العام الماضي" after a month sets the year.
  - اليوم/أمس/غداً and "N days ago" shift the reference by days; a weekday alone
    is the nearest such day on or before the reference (past-tense news), or on
    or after it for a planned date; الماضي/last makes it strictly before,
    المقبل/next strictly after. The week, month and year units shift the
    reference's ISO week, month or year.
  - With a reference known only to the month (or year), day-level relative
    expressions that move less than a week resolve to that month (or year):
    the best that can be said. Anything needing an unknown part gets no value.
  - Decades: a bare decade from 30 to 90 is the 1900s; العشرينيات is the latest
    20s not after the reference. "القرن الماضي" is the century before the
    reference's.
*/

import (
	"fmt"
	"time"
)

type semKind uint8

const (
	kDate     semKind = iota + 1 // a (possibly partial) calendar date
	kRange                       // a..b
	kRelDay                      // n days from the reference; anchored: a is the date in apposition
	kWeekday                     // a.wd, dir −1 last / 0 nearest / +1 next
	kRelUnit                     // unit u shifted by n
	kAgo                         // n units from the reference (negative: ago)
	kDecade                      // decade digit in century cent (relative when centRel), or decadeAbs
	kCentury                     // century cent (1-based ordinal), or relative offset when centRel
	kDuration                    // a length of time: amt units u (periods.go); never a value
	kVague                       // a stretch of time without bounds (periods.go); never a value
)

// sem is what the scanner read.
type sem struct {
	kind      semKind
	a, b      dparts
	u         unit
	n         int
	dir       int
	anchored  bool
	decade    int
	decadeAbs int
	cent      int
	centRel   bool
	bare      bool    // a decade with no century written
	amt       float64 // kAgo, kDuration: the count as written (0: none given)
	inexact   bool    // kAgo: "more/less than N units ago", no definite value
}

// kindOf is the Kind of mention x is.
func kindOf(x sem) Kind {
	switch x.kind {
	case kRange:
		return KindRange
	case kDuration:
		return KindDuration
	case kVague:
		return KindVague
	}
	return KindPoint
}

// dparts are the parts of a written date; zero is "not written".
type dparts struct {
	y, m, d   int
	wd        int // time.Weekday, -1 for none
	cal       calendar
	hijriYear bool
	mod       int // -1 الماضي, 0 الجاري, +1 المقبل (when hasMod)
	hasMod    bool
	yRel      int // من العام الماضي: year offset (when hasYRel)
	hasYRel   bool
	weak      bool
	en        bool
	shahr     bool // "شهر" before the month
}

// civil is a proleptic Gregorian day (or month/year when d/m are 0).
type civil struct{ y, m, d int }

// time returns the day at noon UTC.
func (c civil) time() time.Time { return time.Date(c.y, time.Month(c.m), c.d, 12, 0, 0, 0, time.UTC) }

func fromTime(t time.Time) civil { return civil{t.Year(), int(t.Month()), t.Day()} }

// Day arithmetic is done on day numbers (days since 1970-01-01) with the
// proleptic Gregorian formulas of Howard Hinnant's "chrono-compatible
// low-level date algorithms", not through package time: publication-date
// inference scores every day of a year or two against every mention of an
// article, and time.Date and AddDate were most of its cost. Out-of-range
// months and days are normalised as time.Date normalises them (month 13 is
// January of the next year, day 0 the last day of the month before), so
// the results are time's (TestCivilMatchesTime).

// addDays returns the day n days after c (c normalised first).
func (c civil) addDays(n int) civil { return civilFromDays(c.days() + n) }

// next returns the day after c, a valid day.
func (c civil) next() civil {
	if c.d < daysIn(c.y, c.m) {
		return civil{c.y, c.m, c.d + 1}
	}
	if c.m < 12 {
		return civil{c.y, c.m + 1, 1}
	}
	return civil{c.y + 1, 1, 1}
}

func (c civil) after(o civil) bool {
	if c.y != o.y {
		return c.y > o.y
	}
	if c.m != o.m {
		return c.m > o.m
	}
	return c.d > o.d
}

// days is the number of days since 1970-01-01 (negative before it).
func (c civil) days() int {
	y, m := c.y, c.m
	if m < 1 || m > 12 {
		y += floorDiv(m-1, 12)
		m -= 12 * floorDiv(m-1, 12)
	}
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // [0, 399]
	doy := (153*((m+9)%12)+2)/5 + c.d - 1  // day of the year from 1 March
	doe := yoe*365 + yoe/4 - yoe/100 + doy // day of the 400-year era
	return era*146097 + doe - 719468
}

// civilFromDays returns the day z days after 1970-01-01.
func civilFromDays(z int) civil {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365]
	mp := (5*doy + 2) / 153                                // [0, 11], March = 0
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return civil{y, m, d}
}

// weekday returns c's day of the week, Sunday = 0 (as time.Weekday).
func (c civil) weekday() int {
	return floorMod(c.days()+4, 7) // 1970-01-01 was a Thursday
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

// daysIn returns the length of month m of year y (of a leap year when y
// is 0), 0 for no month.
func daysIn(y, m int) int {
	if m < 1 || m > 12 {
		return 0
	}
	if y == 0 {
		y = 2024 // unknown year: allow 29 February
	}
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ival is a resolved value: the days lo..hi at a precision.
type ival struct {
	lo, hi civil
	prec   Precision
	days   bool // format the bounds as days (a Hijri month, a week)
	ok     bool
}

func dayIval(c civil) ival { return ival{lo: c, hi: c, prec: PrecDay, ok: true} }
func monthIval(y, m int) ival {
	return ival{lo: civil{y, m, 1}, hi: civil{y, m, daysIn(y, m)}, prec: PrecMonth, ok: true}
}
func yearIval(y int) ival {
	return ival{lo: civil{y, 1, 1}, hi: civil{y, 12, 31}, prec: PrecYear, ok: true}
}

func (iv ival) format() string {
	if !iv.ok {
		return ""
	}
	d := func(c civil) string { return fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d) }
	if iv.days || iv.prec == PrecDay || iv.prec == PrecWeek {
		if iv.lo == iv.hi {
			return d(iv.lo)
		}
		return d(iv.lo) + "/" + d(iv.hi)
	}
	if iv.prec == PrecMonth {
		a, b := fmt.Sprintf("%04d-%02d", iv.lo.y, iv.lo.m), fmt.Sprintf("%04d-%02d", iv.hi.y, iv.hi.m)
		if a == b {
			return a
		}
		return a + "/" + b
	}
	if iv.lo.y == iv.hi.y {
		return fmt.Sprintf("%04d", iv.lo.y)
	}
	return fmt.Sprintf("%04d/%04d", iv.lo.y, iv.hi.y)
}

// isRelative reports whether x needs the reference date.
func isRelative(x sem) bool {
	switch x.kind {
	case kRelDay, kWeekday, kRelUnit, kAgo:
		return true
	case kDate:
		return x.a.y == 0
	case kRange:
		return x.a.y == 0 || x.b.y == 0
	case kDecade:
		return x.centRel || (x.bare && x.decade < 3)
	case kCentury:
		return x.centRel
	}
	return false
}

func resolveSem(x sem, ref Ref, role Role) ival {
	switch x.kind {
	case kDate:
		return resolveParts(x.a, ref, role)
	case kRange:
		a, b := resolveParts(x.a, ref, role), resolveParts(x.b, ref, role)
		if !a.ok || !b.ok {
			return ival{}
		}
		if a.hi.after(b.hi) {
			if x.a.y == 0 && x.b.y == 0 && x.a.m > x.b.m {
				// من كانون الأول إلى شباط: the end is in the next year
				if b = resolveParts(withYear(x.b, a.lo.y+1), ref, role); b.ok {
					return ival{lo: a.lo, hi: b.hi, prec: a.prec, days: a.days || b.days || a.prec == PrecDay, ok: true}
				}
			}
			return ival{}
		}
		prec := a.prec
		if x.a.cal == calHijri {
			return ival{lo: a.lo, hi: b.hi, prec: prec, days: true, ok: true}
		}
		if prec == PrecYear && a.lo.y != b.lo.y {
			return ival{lo: a.lo, hi: b.hi, prec: PrecYear, ok: true}
		}
		return ival{lo: a.lo, hi: b.hi, prec: prec, days: a.days || prec == PrecDay, ok: true}
	case kRelDay:
		if x.anchored {
			if x.a.m > 0 {
				return resolveParts(x.a, ref, role)
			}
			return shiftDays(ref, x.n)
		}
		return shiftDays(ref, x.n)
	case kAgo:
		if x.inexact {
			return ival{}
		}
		switch x.u {
		case uHour:
			return shiftDays(ref, x.n/24)
		case uMinute:
			return shiftDays(ref, 0)
		case uDecade:
			if ref.Year == 0 {
				return ival{}
			}
			return yearIval(ref.Year + 10*x.n)
		case uDay:
			return shiftDays(ref, x.n)
		case uWeek:
			return shiftDays(ref, 7*x.n)
		case uMonth:
			return shiftMonths(ref, x.n)
		case uYear:
			if ref.Year == 0 {
				return ival{}
			}
			return yearIval(ref.Year + x.n)
		}
	case kWeekday:
		return resolveWeekday(x.a.wd, x.dir, ref, role)
	case kRelUnit:
		switch x.u {
		case uWeek:
			if ref.Day == 0 {
				return ival{}
			}
			c := civil{ref.Year, ref.Month, ref.Day}
			wd := (c.weekday() + 6) % 7 // Monday = 0
			mon := c.addDays(-wd + 7*x.n)
			return ival{lo: mon, hi: mon.addDays(6), prec: PrecWeek, days: true, ok: true}
		case uMonth:
			return shiftMonths(ref, x.n)
		case uYear:
			if ref.Year == 0 {
				return ival{}
			}
			return yearIval(ref.Year + x.n)
		}
	case kDecade:
		start := x.decadeAbs
		if start == 0 {
			c := x.cent // century ordinal: 20 = the 1900s
			switch {
			case x.centRel:
				if ref.Year == 0 {
					return ival{}
				}
				c = ref.Year/100 + 1 + x.cent
			case x.bare && x.decade < 3:
				if ref.Year == 0 {
					return ival{}
				}
				c = ref.Year/100 + 1
				if (c-1)*100+x.decade*10 > ref.Year {
					c--
				}
			}
			start = (c-1)*100 + x.decade*10
		}
		return ival{lo: civil{start, 1, 1}, hi: civil{start + 9, 12, 31}, prec: PrecDecade, ok: true}
	case kCentury:
		c := x.cent
		if x.centRel {
			if ref.Year == 0 {
				return ival{}
			}
			c = ref.Year/100 + 1 + x.cent
		}
		if c < 1 {
			return ival{}
		}
		start := (c - 1) * 100
		return ival{lo: civil{start, 1, 1}, hi: civil{start + 99, 12, 31}, prec: PrecCentury, ok: true}
	}
	return ival{}
}

func withYear(p dparts, y int) dparts { p.y = y; p.hasMod = false; return p }

// shiftDays moves ref by n days at the precision the reference allows.
func shiftDays(ref Ref, n int) ival {
	switch {
	case ref.Day != 0:
		return dayIval(civil{ref.Year, ref.Month, ref.Day}.addDays(n))
	case ref.Month != 0 && n >= -7 && n <= 7:
		return monthIval(ref.Year, ref.Month)
	case ref.Year != 0 && n >= -7 && n <= 7:
		return yearIval(ref.Year)
	}
	return ival{}
}

func shiftMonths(ref Ref, n int) ival {
	if ref.Month == 0 {
		return ival{}
	}
	t := time.Date(ref.Year, time.Month(ref.Month)+time.Month(n), 1, 12, 0, 0, 0, time.UTC)
	return monthIval(t.Year(), int(t.Month()))
}

func resolveWeekday(wd, dir int, ref Ref, role Role) ival {
	if ref.Day == 0 {
		if ref.Month != 0 {
			return monthIval(ref.Year, ref.Month)
		}
		if ref.Year != 0 {
			return yearIval(ref.Year)
		}
		return ival{}
	}
	c := civil{ref.Year, ref.Month, ref.Day}
	rwd := c.weekday()
	back := (rwd - wd + 7) % 7
	fwd := (wd - rwd + 7) % 7
	switch {
	case dir < 0:
		if back == 0 {
			back = 7
		}
		return dayIval(c.addDays(-back))
	case dir > 0:
		if fwd == 0 {
			fwd = 7
		}
		return dayIval(c.addDays(fwd))
	case role == RolePlanned:
		return dayIval(c.addDays(fwd))
	}
	return dayIval(c.addDays(-back))
}

// resolveParts resolves a written date against ref.
func resolveParts(p dparts, ref Ref, role Role) ival {
	if p.cal == calHijri {
		return resolveHijri(p, ref, role)
	}
	y := p.y
	if y == 0 && p.m == 0 {
		return ival{}
	}
	if p.d > 0 && p.m > 0 && p.d > daysIn(y, p.m) {
		return ival{} // 31 شباط
	}
	if y == 0 {
		var ok bool
		y, ok = inferYear(p, ref, role)
		if !ok {
			return ival{}
		}
	}
	switch {
	case p.m == 0:
		return yearIval(y)
	case p.d == 0:
		return monthIval(y, p.m)
	}
	if p.d > daysIn(y, p.m) {
		return ival{}
	}
	return dayIval(civil{y, p.m, p.d})
}

// inferYear chooses the year of a month (and day) written without one.
func inferYear(p dparts, ref Ref, role Role) (int, bool) {
	if ref.Year == 0 {
		return 0, false
	}
	if p.hasYRel {
		return ref.Year + p.yRel, true
	}
	if p.hasMod {
		switch p.mod {
		case 0:
			return ref.Year, true
		case -1:
			if ref.Month == 0 {
				return 0, false
			}
			if p.m < ref.Month {
				return ref.Year, true
			}
			return ref.Year - 1, true
		default:
			if ref.Month == 0 {
				return 0, false
			}
			if p.m > ref.Month {
				return ref.Year, true
			}
			return ref.Year + 1, true
		}
	}
	if ref.Month == 0 {
		return ref.Year, true
	}
	y := ref.Year
	if role == RolePlanned {
		if p.m < ref.Month || (p.m == ref.Month && p.d != 0 && ref.Day != 0 && p.d < ref.Day) {
			y++
		}
	} else {
		diff := p.m - ref.Month
		if diff > 6 || (diff == 6 && (p.d == 0 || ref.Day == 0 || p.d >= ref.Day)) {
			y--
		} else if diff < -6 || (diff == -6 && p.d != 0 && ref.Day != 0 && p.d < ref.Day) {
			y++
		}
	}
	if p.wd >= 0 && p.d > 0 {
		for _, cand := range []int{y, y - 1, y + 1} {
			if p.d <= daysIn(cand, p.m) && (civil{cand, p.m, p.d}).weekday() == p.wd {
				return cand, true
			}
		}
	}
	return y, true
}
