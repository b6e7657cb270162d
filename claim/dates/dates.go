// Package dates finds date expressions in Arabic and English news text, with
// byte offsets into the original UTF-8 text, resolves them to ISO 8601 values
// against an article's date, gives each a role (on, since, until, planned,
// background), and infers an article's own date when its metadata lacks one.
// Each mention has a Kind: a point, a range, a duration (ثلاثة أشهر, with its
// Amount and Unit) or a vague span (خلال السنوات الماضية); durations and vague
// spans are time but not dates, and never get a value (periods.go).
//
// It works on raw text and imports no other claimdiff package: the light
// normalisation it needs (tashkeel, tatweel, alef forms, ى/ي, ة/ه, Arabic-Indic
// and Persian digits) is done on a folded copy whose tokens keep offsets into
// the original (norm.go).
//
// Values are ISO 8601 at the precision known: "2025-12-23", "2025-12", "2025",
// or a range "2025-03-06/2025-03-10". Decades and centuries are ISO ranges of
// years: "سبعينيات القرن الماضي" is "1970/1979" and a century is counted in
// hundreds as TIMEX3 does, so "القرن العشرين" is "1900/1999" (a reader that
// compares prefixes, as TIMEX3 "197" and "19", still matches). A week is the
// ISO week (Monday to Sunday) as a range of days. Hijri dates are converted to
// Gregorian with the Umm al-Qura calendar for 1420–1500 AH (a table of month
// lengths, hijri.go) and the tabular (Kuwaiti) algorithm outside it; the
// mention's Calendar says which.
package dates

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Role says what a date does in its sentence.
type Role string

// The roles of a date mention (CONTRACT.md).
const (
	RoleOn         Role = "on"         // when the reported thing happened
	RoleSince      Role = "since"      // منذ، since
	RoleUntil      Role = "until"      // حتى، لغاية، until
	RolePlanned    Role = "planned"    // announced for the future
	RoleBackground Role = "background" // dates an earlier event the sentence refers to
)

// Precision is the granularity of a resolved value.
type Precision string

// Precisions of resolved values.
const (
	PrecDay     Precision = "day"
	PrecWeek    Precision = "week"
	PrecMonth   Precision = "month"
	PrecYear    Precision = "year"
	PrecDecade  Precision = "decade"
	PrecCentury Precision = "century"
)

// Kind says what sort of time expression a mention is.
type Kind string

// The kinds of mention (see periods.go for durations and vague spans).
const (
	// KindPoint is one calendar unit at its precision: a day, an ISO week, a
	// month, a year, a decade or a century, absolute or counted from the
	// reference (أمس، قبل ثلاث سنوات). Its value may be written as an ISO
	// interval ("1970/1979" for a decade) and still be one point.
	KindPoint Kind = "point"
	// KindRange is an interval written with two ends: بين 6 و10 آذار، من
	// 2011 إلى 2015، 1936 - 1939.
	KindRange Kind = "range"
	// KindDuration is a length of time (ثلاثة أشهر، لمدة عشرة أيام،
	// أسبوعين). It is not a date: its Value is always "", and Amount and
	// Unit carry what it measures.
	KindDuration Kind = "duration"
	// KindVague is a stretch of time with no definite bounds (خلال السنوات
	// الماضية، في الآونة الأخيرة، الفترة العثمانية، يومياً). Its Value is "".
	KindVague Kind = "vague"
)

// Units of a duration's (or a counted point's) Amount.
const (
	UnitMinute  = "minute"
	UnitHour    = "hour"
	UnitDay     = "day"
	UnitWeek    = "week"
	UnitMonth   = "month"
	UnitYear    = "year"
	UnitDecade  = "decade"
	UnitCentury = "century"
)

// Calendars a mention can be written in.
const (
	CalGregorian      = "gregorian"
	CalHijriUmmAlQura = "hijri-umalqura"
	CalHijriTabular   = "hijri-tabular"
)

// Mention is one date expression in a text.
type Mention struct {
	Start, End int       // byte offsets into the original text: Text == text[Start:End]
	Text       string    // the expression as written
	Value      string    // ISO 8601 at its precision, or a range a/b; "" when it cannot be resolved
	Role       Role      // on, since, until, planned, background; never on for durations and vague spans ("" unless a cue gives one)
	Relative   bool      // the value depends on the reference date (أمس، تموز الماضي، 23 كانون الأول)
	Calendar   string    // gregorian, hijri-umalqura or hijri-tabular
	Precision  Precision // of Value; "" when Value is empty
	Kind       Kind      // point, range, duration or vague
	// Amount and Unit are the count a duration measures ("ثلاثة أشهر" is 3
	// month), or the count a point is taken from the reference (قبل ثلاث
	// سنوات: 3 year); Amount is 0 when the text gives no number (منذ سنوات،
	// لعدة أيام) and Unit "" for other mentions.
	Amount float64
	Unit   string
	x      sem // what was read, for Resolve
}

// Ref is a reference date (the article's publication date); zero fields are
// unknown, so Ref{2025, 10, 0} is "2025-10" and Ref{} is unknown.
type Ref struct{ Year, Month, Day int }

// ErrBadRef is returned by ParseRef for text that is not an ISO date.
var ErrBadRef = errors.New("not an ISO 8601 date")

// ParseRef reads "2025-12-24", "2025-12", "2025" or "" (unknown). A range
// "2025-12-23/2025-12-24" gives the precision its two ends share ("2025-12").
func ParseRef(s string) (Ref, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Ref{}, nil
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		ra, err := ParseRef(a)
		if err != nil {
			return Ref{}, err
		}
		rb, err := ParseRef(b)
		if err != nil {
			return Ref{}, err
		}
		if ra.Year != rb.Year {
			return Ref{}, nil
		}
		if ra.Month != rb.Month {
			return Ref{Year: ra.Year}, nil
		}
		if ra.Day != rb.Day {
			return Ref{Year: ra.Year, Month: ra.Month}, nil
		}
		return ra, nil
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10] // a timestamp
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Ref{}, fmt.Errorf("parse ref %q: %w", s, ErrBadRef)
	}
	var r Ref
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return Ref{}, fmt.Errorf("parse ref %q: %w", s, ErrBadRef)
		}
		switch i {
		case 0:
			r.Year = n
		case 1:
			r.Month = n
		case 2:
			r.Day = n
		}
	}
	if r.Month > 12 || (len(parts) > 1 && r.Month < 1) || (r.Day != 0 && r.Day > daysIn(r.Year, r.Month)) || (len(parts) > 2 && r.Day < 1) {
		return Ref{}, fmt.Errorf("parse ref %q: %w", s, ErrBadRef)
	}
	return r, nil
}

// String gives the reference as ISO 8601 at its precision ("" when unknown).
func (r Ref) String() string {
	switch {
	case r.Year == 0:
		return ""
	case r.Month == 0:
		return fmt.Sprintf("%04d", r.Year)
	case r.Day == 0:
		return fmt.Sprintf("%04d-%02d", r.Year, r.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", r.Year, r.Month, r.Day)
}

// Find returns the date expressions in text in order, with roles. Values are
// filled only for expressions that need no reference date; call Resolve for
// the others.
func Find(text string) []Mention {
	ms := scan(text)
	for i := range ms {
		iv := resolveSem(ms[i].x, Ref{}, ms[i].Role)
		ms[i].Value, ms[i].Precision = iv.format(), iv.prec
		ms[i].Relative = isRelative(ms[i].x)
	}
	return ms
}

// Resolve fills Value and Precision of ms against ref. With an unknown ref
// relative expressions get no value (never today's date); with a partial ref
// they get the precision it allows. A mention whose value lies wholly after a
// day-precise ref, and whose role was on, becomes planned.
func Resolve(ms []Mention, ref Ref) {
	for i := range ms {
		m := &ms[i]
		iv := resolveSem(m.x, ref, m.Role)
		m.Value, m.Precision = iv.format(), iv.prec
		if iv.ok && m.Role == RoleOn && ref.Day != 0 && iv.lo.after(civil{ref.Year, ref.Month, ref.Day}) {
			m.Role = RolePlanned
		}
	}
}

// FindResolved is Find followed by Resolve against ref.
func FindResolved(text string, ref Ref) []Mention {
	ms := Find(text)
	Resolve(ms, ref)
	return ms
}
