package numbers

import (
	"fmt"
	"math"
	"strconv"
)

// How two numbers are compared
//
// Each number becomes the interval of values its wording allows: an exact
// number is the point [v, v]; "about" widens it by Tolerance either way
// (نحو 4 ملايين = [3.6M, 4.4M]); more-than and at-least are [v, ∞) — the
// bound itself is allowed, since "more than 70" and "70" are how two
// outlets round one figure; less-than and at-most are [0, v]; a vague
// plural (عشرات، مئات، آلاف) is [v, 10v). Two numbers conflict when their
// intervals do not meet. Numbers with different units (after mapping
// Arabic and English names of one unit together), or a percentage and a
// count, are not comparable and never conflict; a number without a unit is
// comparable with any.

// Tolerance is the relative width of an "about" number on either side.
const Tolerance = 0.10

// unitKeys joins Arabic and English names of one unit.
var unitKeys = map[string]string{
	"دولار": "usd", "$": "usd", "dollar": "usd", "usd": "usd",
	"يورو": "eur", "€": "eur", "euro": "eur", "euros": "eur",
	"عام": "year", "year": "year",
	"كيلومتر": "km", "km": "km", "kilometre": "km", "kilometer": "km",
	"شخص": "person", "person": "person",
	"قتيل": "killed", "killed": "killed", "dead": "killed",
	"منزل": "house", "بيت": "house", "home": "house", "house": "house",
	"شهر": "month", "month": "month", "يوم": "day", "day": "day",
	"%": "%",
}

func unitKey(u string) string {
	if k, ok := unitKeys[u]; ok {
		return k
	}
	return u
}

// interval returns the values n allows.
func interval(n Number) (lo, hi float64) {
	v := n.Value
	switch n.Approx {
	case About:
		d := math.Abs(v) * Tolerance
		return v - d, v + d
	case MoreThan, AtLeast:
		return v, math.Inf(1)
	case LessThan, AtMost:
		return math.Min(0, v), v
	case Several:
		return v, 10*v - 1e-9
	}
	return v, v
}

// Compare says whether a and b, reported for the same fact, contradict each
// other, and why. Numbers that cannot be compared (different units, a
// percentage and a count) do not conflict; why then says so.
func Compare(a, b Number) (conflict bool, why string) {
	if a.Percent != b.Percent {
		return false, "not comparable: a percentage and a count"
	}
	if a.Unit != "" && b.Unit != "" && unitKey(a.Unit) != unitKey(b.Unit) {
		return false, fmt.Sprintf("not comparable: units %q and %q", a.Unit, b.Unit)
	}
	alo, ahi := interval(a)
	blo, bhi := interval(b)
	eps := 1e-9 * math.Max(1, math.Max(math.Abs(a.Value), math.Abs(b.Value)))
	if alo <= bhi+eps && blo <= ahi+eps {
		if a.Approx == "" && b.Approx == "" {
			return false, "same value " + format(a.Value)
		}
		return false, fmt.Sprintf("%s is compatible with %s", describe(a), describe(b))
	}
	return true, fmt.Sprintf("%s excludes %s", describe(a), describe(b))
}

// describe renders a number for an explanation: "about 4000000".
func describe(n Number) string {
	s := format(n.Value)
	if n.Percent {
		s += "%"
	}
	if n.Approx != "" {
		s = n.Approx + " " + s
	}
	return s
}

func format(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
