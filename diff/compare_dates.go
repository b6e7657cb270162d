package diff

// This file holds the date and calendar-name checks: dates of the happening read as intervals, and
// month names of two systems. The overview of all checks is at the top of compare.go.

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// eventDates returns the dates of c that date its happening. A date the
// happening is measured against ("بارتفاع 9.1 في المائة مقارنة بعام
// 2013"، "وبالمقارنة مع مبيعات العقار في عام 2007") dates the base of a
// comparison, not the happening (comparedDate).
func eventDates(c *claim.Claim) []claim.Date {
	var out []claim.Date
	for _, d := range c.Dates {
		if d.Value == "" || comparedDate(c, d) {
			continue
		}
		if d.Role == "on" || d.Role == "" || (c.EventDate != "" && d.Value == c.EventDate) {
			out = append(out, d)
		}
	}
	return out
}

// comparedDate reports whether date d of c follows a word of comparison
// (مقارنة، بالمقارنة، قياسا، مقابل) within comparisonReach words, in the
// same clause (no comma or full stop between).
func comparedDate(c *claim.Claim, d claim.Date) bool {
	k := d.Start - c.Start
	if k <= 0 || k > len(c.Text) {
		return false
	}
	before := c.Text[:k]
	if i := strings.LastIndexAny(before, "،,.;؛:"); i >= 0 {
		before = before[i+1:]
	}
	ws := lang.Tokenize(before)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-comparisonReach; i-- {
		if w := ws[i].Norm; comparisonWords[w] || comparisonWords[stripClitic(w)] {
			return true
		}
	}
	return false
}

// comparisonReach is how many words before a date comparedDate reads:
// "بالمقارنة مع مبيعات العقار في عام 2007".
const comparisonReach = 6

// comparisonWords open the base of a comparison, folded.
var comparisonWords = normSet(`مقارنة بالمقارنة مقارنة مقارنتها مقارنته قياسا مقابل بمقابل compared`)

// dateInterval returns the first and last day an ISO value (YYYY,
// YYYY-MM, YYYY-MM-DD or a range a/b of those) allows, as comparable
// strings, and false for a value it cannot read.
func dateInterval(v string) (lo, hi string, ok bool) {
	a, b, isRange := strings.Cut(v, "/")
	if !isRange {
		b = a
	}
	lo, ok1 := datePoint(a, false)
	hi, ok2 := datePoint(b, true)
	return lo, hi, ok1 && ok2 && lo <= hi
}

func datePoint(v string, end bool) (string, bool) {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	switch {
	case len(v) == 4 && digits(v):
		if end {
			return v + "-12-31", true
		}
		return v + "-01-01", true
	case len(v) == 7 && v[4] == '-' && digits(v[:4]) && digits(v[5:]):
		if end {
			return v + "-31", true
		}
		return v + "-01", true
	case len(v) == 10 && v[4] == '-' && v[7] == '-' && digits(v[:4]) && digits(v[5:7]) && digits(v[8:]):
		return v, true
	}
	return "", false
}

// givesDate reports whether c's text has date d's words: its digits when
// it has four or more (a year), else its folded text.
func givesDate(c *claim.Claim, d claim.Date) bool {
	if ds := digitsOf(d.Text); len(ds) >= 4 {
		return strings.Contains(digitsSpaced(c.Text), " "+ds+" ")
	}
	t := lang.Normalize(d.Text)
	return t != "" && strings.Contains(lang.Normalize(c.Text), t)
}

// digitsSpaced returns the runs of digits of s (any script, as ASCII)
// with a space on either side of each.
func digitsSpaced(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	in := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			b.WriteRune('0' + rune(digitValue(r)))
			in = true
			continue
		}
		if in {
			b.WriteByte(' ')
			in = false
		}
	}
	b.WriteByte(' ')
	return b.String()
}

// digitValue returns the value of decimal digit r of any script.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return 0
}

// DatesCompatible reports whether two ISO date values can name the same
// day: their intervals meet. Values it cannot read are compatible with
// anything.
func DatesCompatible(x, y string) bool {
	xl, xh, ok1 := dateInterval(x)
	yl, yh, ok2 := dateInterval(y)
	if !ok1 || !ok2 {
		return true
	}
	return xl <= yh && yl <= xh
}

func (p *pair) checkDates() {
	for s := 0; s < 2; s++ {
		for _, d := range p.c[s].Dates {
			if d.IsDate() { // a duration or vague span is left to the number and wording checks
				p.markSpan(s, Span{d.Start, d.End})
			}
		}
	}
	da, db := eventDates(p.c[0]), eventDates(p.c[1])
	if len(da) == 0 || len(db) == 0 {
		return
	}
	for _, x := range da {
		for _, y := range db {
			if DatesCompatible(x.Value, y.Value) {
				return
			}
		}
	}
	x, y := da[0], db[0]
	if givesDate(p.c[1], x) || givesDate(p.c[0], y) {
		// The other claim gives the same date in the same words (both
		// say "هذه السنة"، both "1396"): read against other publication
		// dates or beside another date, it is still one.
		return
	}
	p.add(TypeDate, 3, fmt.Sprintf("dated %s (%q) against %s (%q)", x.Value, x.Text, y.Value, y.Text),
		p.ev(0, Span{x.Start, x.End}), p.ev(1, Span{y.Start, y.End}))
}

// calendarNames gives single-word names of weekdays and months their class
// and number: "w" weekdays (السبت 1 … الجمعة 7), "g" Gregorian months in
// either naming (يناير and كانون الثاني are not single words, so the
// Syriac names that are: شباط 2 … أيلول 9), "h" Hijri months.
var calendarNames = func() map[string][2]string {
	m := map[string][2]string{}
	add := func(class string, n int, ws string) {
		for _, w := range strings.Fields(ws) {
			m[stripClitic(lang.Normalize(w))] = [2]string{class, strconv.Itoa(n)}
		}
	}
	for i, ws := range []string{"السبت سبت", "الأحد أحد", "الاثنين الإثنين اثنين", "الثلاثاء ثلاثاء", "الأربعاء أربعاء", "الخميس خميس", "الجمعة جمعة"} {
		add("w", i+1, ws)
	}
	for i, ws := range []string{"يناير", "فبراير شباط", "مارس آذار", "أبريل إبريل ابريل نيسان", "مايو أيار", "يونيو يونيه حزيران",
		"يوليو يوليه تموز", "أغسطس اغسطس", "سبتمبر أيلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"} {
		add("g", i+1, ws)
	}
	for _, e := range []struct {
		n  int
		ws string
	}{{1, "محرم"}, {8, "شعبان"}, {9, "رمضان"}, {10, "شوال"}} {
		add("h", e.n, e.ws)
	}
	return m
}()

// checkCalendarNames reports a weekday or month named in a changed run of
// each side of two short claims where the two differ and neither side
// names the other's, when the date check found nothing to compare (no
// date resolved on both sides: "في رمضان" against "في شوال" in texts
// without a year).
func (p *pair) checkCalendarNames() {
	// The date check compared resolved dates; in long sentences a day
	// named differs for many reasons (the day of the happening, of the
	// announcement, of the report).
	if len(eventDates(p.c[0])) > 0 && len(eventDates(p.c[1])) > 0 || p.long(0) || p.long(1) {
		return
	}
	any := func(s int) bool {
		for _, t := range p.toks(s) {
			if _, ok := calendarNames[stripClitic(t.Norm)]; ok && t.Kind == lang.Word {
				return true
			}
		}
		return false
	}
	if !any(0) || !any(1) {
		return
	}
	names := func(s int) map[string]int {
		out := map[string]int{}
		for i, t := range p.toks(s) {
			if t.Kind != lang.Word {
				continue
			}
			if c, ok := calendarNames[stripClitic(t.Norm)]; ok {
				out[c[0]+c[1]] = i
			}
		}
		return out
	}
	na, nb := names(0), names(1)
	if len(na) == 0 || len(nb) == 0 {
		return
	}
	for _, o := range p.ops {
		if o.Kind != Replace || !o.Changed() {
			continue
		}
		for i := o.AT.From; i < o.AT.To; i++ {
			x, ok := calendarNames[stripClitic(p.toks(0)[i].Norm)]
			if !ok || hasKey(nb, x[0]+x[1]) {
				continue
			}
			for j := o.BT.From; j < o.BT.To; j++ {
				y, ok := calendarNames[stripClitic(p.toks(1)[j].Norm)]
				if !ok || y[0] != x[0] || y == x || hasKey(na, y[0]+y[1]) {
					continue
				}
				ta, tb := p.toks(0)[i], p.toks(1)[j]
				p.add(TypeDate, 3, fmt.Sprintf("%q in A, %q in B", text(p.c[0], Span{ta.Start, ta.End}), text(p.c[1], Span{tb.Start, tb.End})),
					p.ev(0, Span{ta.Start, ta.End}), p.ev(1, Span{tb.Start, tb.End}))
				p.markSpan(0, Span{ta.Start, ta.End})
				p.markSpan(1, Span{tb.Start, tb.End})
				return
			}
		}
	}
}
