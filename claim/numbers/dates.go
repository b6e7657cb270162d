package numbers

import (
	"strings"

	"github.com/claimdiff/claimdiff/lang"
)

// Date parts are not quantities. The rules (see the package comment) are
// deliberately simple: a day next to a month name, a year after a month or a
// year word, a number marked هـ/م. Package claim/dates reads the dates
// themselves; this file only keeps their parts out of the numbers.

// months holds month names in folded form: Gregorian and Levantine Arabic,
// Hijri, English (full and abbreviated). كانون/تشرين stand for their
// two-word months; الأول/الثاني after them are handled in isMonthAt.
var months = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range []string{
		"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس",
		"سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
		"كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
		"محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "القعده", "الحجه",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
		"sep", "sept", "oct", "nov", "dec",
	} {
		m[lang.Normalize(w)] = struct{}{}
	}
	return m
}()

// isMonthAt reports whether token k is (the end of) a month name.
func isMonthAt(toks []lang.Token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	w := toks[k].Norm
	if _, ok := months[w]; ok {
		return true
	}
	if (w == "الاول" || w == "الثاني") && k > 0 {
		p := toks[k-1].Norm
		return p == "كانون" || p == "تشرين"
	}
	return false
}

// yearBefore are words after which a year stands (عام 2024، منذ 2011).
var yearBefore = setOf("عام", "العام", "لعام", "بعام", "وعام", "سنه", "السنه", "لسنه", "منذ", "ومنذ",
	"مطلع", "منتصف", "اواخر", "اوايل", "نهايه", "بدايه", "خريف", "صيف", "شتاء", "موسم",
	"since", "year", "early", "late", "mid", "fiscal", "spring", "summer", "autumn", "winter")

// yearWeak are words after which a four-digit number is a year only when no
// counted noun follows (في 2025، in 2025, but في 2000 منزل).
var yearWeak = setOf("في", "وفي", "حتي", "بحلول", "قبل", "بعد", "خلال", "in", "until", "by", "before",
	"after", "during", "of", "and", "و")

// notQuantity are words after which a number is a label, not a quantity.
var notQuantity = setOf("الساعه", "الساعة", "القرار", "قرار", "رقم", "بالقرار", "المرسوم", "مرسوم", "resolution", "no")

// monthSkip are words that may sit between a month and its year or a day
// and its month (كانون الأول الماضي 2024، 31 من تموز، 15 من شهر آب).
var monthSkip = setOf("الماضي", "المقبل", "الجاري", "الحالي", "من", "شهر", "of")

func setOf(ws ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(ws))
	for _, w := range ws {
		m[lang.Normalize(w)] = struct{}{}
	}
	return m
}

func in(m map[string]struct{}, w string) bool {
	_, ok := m[w]
	return ok
}

// isDatePart reports whether the lone digit token j is part of a date (a
// day or a year) or a label such as a clock time.
func isDatePart(text string, toks []lang.Token, j int, q quantity) bool {
	v := q.val
	t := toks[j]
	if j > 0 && in(notQuantity, toks[j-1].Norm) {
		return true
	}
	// A year mark after the number: 1446 هـ، 2025م.
	if j+1 < len(toks) && toks[j+1].Start-t.End <= 1 && (toks[j+1].Norm == "ه" || toks[j+1].Norm == "م") {
		return true
	}
	// A part of a date in figures: 1436/9/25، 26 / 4 / 1947.
	if slashNeighbour(text, toks, j) {
		return true
	}
	integer := v == float64(int64(v))
	if integer && v >= 1 && v <= 31 && t.End-t.Start <= 4 {
		k := j + 1
		// A range of days: بين 6 و10 من آذار، 6-10 March.
		if k+1 < len(toks) && toks[k+1].Kind == lang.Number && (toks[k].Norm == "و" || toks[k].Norm == "الي" || toks[k].Norm == "حتي" || toks[k].Norm == "and" || toks[k].Norm == "to") {
			k += 2
		} else if k < len(toks) && toks[k].Kind == lang.Number && t.End < toks[k].Start && (text[t.End:toks[k].Start] == "-" || text[t.End:toks[k].Start] == "–") {
			k++
		}
		for n := 0; n < 2 && k < len(toks) && in(monthSkip, toks[k].Norm) && toks[k].Norm != "الماضي"; n++ {
			k++
		}
		if k < len(toks) && isMonthAt(toks, k) && toks[k].Norm != "الاول" && toks[k].Norm != "الثاني" {
			return true
		}
		if isMonthAt(toks, j-1) && j >= 1 && toks[j-1].Kind == lang.Word {
			// October 15; but not "كانون الأول" + a count.
			if _, ok := months[toks[j-1].Norm]; ok && toks[j-1].Norm < "\u0600" {
				return true
			}
		}
	}
	digits := 0
	for _, r := range text[t.Start:t.End] {
		if lang.FoldRune(r) >= '0' && lang.FoldRune(r) <= '9' {
			digits++
		} else {
			return false
		}
	}
	if !integer || digits != 4 || v < 1900 || v > 2100 {
		return false
	}
	k := j - 1
	for n := 0; n < 3 && k >= 0 && in(monthSkip, toks[k].Norm); n++ {
		k--
	}
	if k >= 0 && (isMonthAt(toks, k) || in(yearBefore, toks[k].Norm)) {
		return true
	}
	// October 15, 2025.
	if j >= 2 && toks[j-1].Kind == lang.Number && isMonthAt(toks, j-2) {
		return true
	}
	// A range of years: 2011-2024.
	if j > 0 && toks[j-1].Kind == lang.Number && toks[j-1].End < t.Start {
		gap := text[toks[j-1].End:t.Start]
		if gap == "-" || gap == "–" || gap == "/" || gap == " - " {
			return true
		}
	}
	if j > 0 && in(yearWeak, toks[j-1].Norm) {
		if j+1 >= len(toks) || !adjacent(text, toks, j, j+1) || toks[j+1].Stop || toks[j+1].Kind == lang.Number {
			return true
		}
	}
	return false
}

// slashNeighbour reports whether token j is joined by a slash (spaces
// around it allowed) to a number token before or after it.
func slashNeighbour(text string, toks []lang.Token, j int) bool {
	joined := func(a, b int) bool {
		if a < 0 || b >= len(toks) || toks[a].Kind != lang.Number || toks[b].Kind != lang.Number {
			return false
		}
		return strings.TrimSpace(text[toks[a].End:toks[b].Start]) == "/"
	}
	return joined(j-1, j) || joined(j, j+1)
}
