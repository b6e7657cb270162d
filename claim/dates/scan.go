package dates

/*
How date expressions are found.

The text is tokenised once (norm.go) and scanned left to right; at each token
the patterns below are tried in order and the first that matches consumes its
tokens, so the longest, most specific reading wins ("بين 6 و10 من آذار الماضي"
is one range, not two numbers and a month).

 1. Numeric dates: 2025-12-24, 2025/12/24, 24/12/2025, 24-12-2025, 24.12.2025;
    day/month order is assumed (the Arab and European convention) unless the
    first number cannot be a month and the second can (12/24/2025 is read
    month-first only then). 12/2025 is a month. Written with spaces, as
    archives and transcripts do (spacedNumeric): 26 / 4 / 1947, "( 18 / 7 /
    1936 )", 20 / شعبان / 1428 هجرية, 9 / 10 / 1436 هـ (a Hijri year mark makes
    the month Hijri), year spans 1936 - 1939, and after
    بتاريخ/تاريخ/الموافق a day and month (بتاريخ 14 / 8). A chain of more
    numbers, or a number after رقم/القرار, is no date.
 2. Ranges: بين D1 و D2 [من] MONTH، من D1 إلى/حتى D2 MONTH، D1–D2 MONTH، يومي D1 و D2،
    بين MONTH وMONTH (و written on the second month),
    between/from … and/to …, "March 6-10, 2025", year ranges (بين عامي 2011 و2015،
    2011-2015). Missing parts of one end are taken from the other.
 3. A relative day word in apposition with a date (اليوم، الأربعاء 24 من كانون الأول;
    اليوم 31 من تموز) is one mention "anchored" to the article's own date.
 4. Dates: [يوم|مساء…] [WEEKDAY [،]] [DAY [من|of]] MONTH[/MONTH|(MONTH)] [MODIFIER]
    [[من] [عام] YEAR [م|هـ]], English "December 23, 2025". MONTH is Levantine,
    Gregorian, Maghrebi, Hijri or English. A month with neither day nor year nor
    modifier counts only after a cue (في، منذ، حتى، خلال، مطلع، شهر، in, since …), and
    month names that are also common words (مارس "he practised", آب/أب, ماي,
    صفر "zero", رجب a first name) need a day, a year, a modifier or شهر.
 5. Decades and centuries: سبعينيات القرن الماضي، التسعينيات، القرن العشرين، the 1970s,
    the 20th century.
 6. Years: after عام/العام/سنة/لسنة (included in the span, also with the year
    in brackets: عام ( 1948 )، لسنة ( 1958 / 1963 )) or a strong cue (منذ 2011،
    حتى 2030، بتاريخ ( 1996 )، since 2011), after a weak cue (في، خلال، قبل، in)
    only when no noun follows (في 2000 منزل is a count), in brackets from 1900,
    or marked هـ/هجري/م/ميلادي (1440هـ، عام 1319 هجري، ( 1325 ) هجري، عام 1907
    ميلادي; a mark makes a year before 1500 Hijri-readable). Two digits from 40
    after a year word or a war noun are a year of the 1900s (عام 48، حرب 67).
    With no cue at all
    (yearBare) a year 1800–2050 counts right after an event noun (حرب 1948،
    الانتفاضة الأولى 1987، انتخابات 2021) or before the end of a clause, unless
    a word just before makes it a quantity or a label (عدد، نحو، إلى، بلغ، رقم).
 7. Relative expressions: اليوم، أمس، أول أمس، غداً، بعد غد، قبل يومين، منذ ثلاثة أيام، بعد
    أسبوعين، الأسبوع/الشهر/العام الماضي/المقبل/الجاري، هذا العام، حتى يومنا هذا, weekdays
    (يوم الأربعاء، الأحد المقبل), and English today/yesterday/last month/two days
    ago/on Tuesday. اليوم followed by an adjective (اليوم الوطني) or after ذلك/ذات/نفس
    is not today (اليوم الموافق … is); الاثنين alone ("the two") is a weekday only
    after يوم/مساء… or before a date. "N units ago" takes an approximator (قبل
    نحو/أكثر من ثلاث سنوات; more/less than gives no value) and keeps its count
    and unit (Mention.Amount, Unit); قبل/بعد/منذ with a plural and no count
    (قبل أيام، منذ سنوات) is vague or a duration (periods.go).
 8. Durations, vague spans, seasons, eras and frequencies: periods.go.

Every mention has a Kind: point (1, 3–7), range (2), or duration or vague
(8). Durations and vague spans never get a value.

Roles come from the words before a mention in its clause (up to eight tokens,
stopping at punctuation and line breaks):

  - منذ/since right before the date (only في، يوم، عام، نهاية… between) → since;
    حتى، لغاية، إلى غاية، until, till → until; قبل/before → background.
  - منذ/بعد/قبل/عقب/إثر + an event noun (سقوط، الإطاحة، اندلاع، تولي، fall, outbreak …)
    earlier in the clause → background: the date dates that earlier event
    ("منذ سقوط نظام الأسد في 8 كانون الأول 2024").
  - كان قد / كانت قد (pluperfect) earlier in the clause → background.
  - المزمع، المقرر، المرتقب، سوف، scheduled, will … earlier in the clause, or the
    modifier المقبل/القادم/next on the mention → planned. Resolve also marks as
    planned a mention whose resolved value lies wholly after the reference date
    (news tells of the past; a date after publication is announced).
  - otherwise on.
*/

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/internal/wordset"
)

type scanner struct {
	text string
	toks []tok
	out  []Mention
}

// scan finds all mentions in text, unresolved.
func scan(text string) []Mention {
	b := scanPool.Get().(*scanBufs)
	defer scanPool.Put(b)
	s := &scanner{text: text, toks: tokenize(text, b), out: b.out[:0]}
	n := len(s.toks)
	for i := 0; i < n; {
		t := &s.toks[i]
		if t.kind == tPunct || (t.kind == tWord && !s.trigger(i)) {
			i++
			continue
		}
		if x, end, ok := s.try(i); ok && end > i {
			s.emit(i, end, x)
			i = end
			continue
		}
		i++
	}
	// The mentions are gathered in the pooled slice and copied once at
	// their size: growing a slice of large Mentions anew for every text
	// was a third of what the scanner allocated.
	var out []Mention
	if len(s.out) > 0 {
		out = slices.Clone(s.out)
	}
	clear(s.out) // the pooled slice keeps no text alive
	b.out = s.out[:0]
	return out
}

// trigger is the cheap pre-filter: only words that can start a pattern are tried.
func (s *scanner) trigger(i int) bool {
	w := s.toks[i].norm
	if startersFilter.MayHave(w) && starters[w] {
		return true
	}
	if w == "علي" { // على مدى/مدار: too common a word to try everything at
		nx := s.word(i + 1)
		return nx == "مدي" || nx == "مدار"
	}
	if len(w) > 4 && (w[0] == 0xd9 || w[0] == 0xd8) && startersFilter.MayHave(w[2:]) && starters[w[2:]] {
		return true // after a one-letter clitic; the patterns check which
	}
	// decade words with ال and a clitic (الثمانينيات، بالتسعينيات)
	if len(w) > 12 {
		for _, p := range []string{"ال", "وال", "بال", "فال", "لل"} {
			if !strings.HasPrefix(w, p) {
				continue
			}
			if e, ok := lexicon[w[len(p):]]; ok && e.kind == lDecade {
				return true
			}
		}
	}
	return false
}

// starters holds every word a pattern can start with: the lexicon and
// triggers. It is filled by the lexicon's init, once the lexicon is built,
// and startersFilter and lexiconFilter then (see package wordset): most
// words of a text are neither, and the filters say so without a map
// lookup.
var (
	starters       map[string]bool
	startersFilter *wordset.Filter
	lexiconFilter  *wordset.Filter
)

func buildStarters() map[string]bool {
	m := make(map[string]bool, len(lexicon)+len(triggers))
	for w := range lexicon {
		m[w] = true
	}
	for w := range triggers {
		m[w] = true
	}
	for _, w := range periodStarters() {
		m[w] = true
	}
	return m
}

var triggers = setOf("بين", "من", "يومي", "اول", "بعد", "قبل", "منذ", "ومنذ", "عام", "العام", "سنة", "السنة", "لعام", "بعام",
	"وعام", "عامي", "القرن", "هذا", "هذه", "حتى", "يومنا", "between", "from", "the", "in", "since", "until", "by",
	"last", "next", "this", "on", "day", "a", "an", "mid", "عقد", "وبين", "ومن", "خلال", "طيلة", "one", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "early", "late", "الأسبوع", "الشهر", "مساء", "صباح", "ليلة", "ظهر", "فجر", "عصر", "نهار", "ظهيرة",
	"للعام", "للسنة", "للشهر", "للأسبوع")

func (s *scanner) try(i int) (sem, int, bool) {
	if x, e, ok := s.numericExpr(i); ok {
		return x, e, true
	}
	if x, e, ok := s.spacedNumeric(i); ok {
		return x, e, true
	}
	if x, e, ok := s.rangeExpr(i); ok {
		return x, e, true
	}
	if x, e, ok := s.anchoredExpr(i); ok {
		return x, e, true
	}
	if p, e, ok := s.dateExpr(i); ok && s.acceptDate(i, p) {
		return sem{kind: kDate, a: p}, e, true
	}
	if x, e, ok := s.eraExpr(i); ok {
		return x, e, true
	}
	if x, e, ok := s.yearExpr(i); ok {
		return x, e, true
	}
	if x, e, ok := s.relExpr(i); ok {
		return x, e, true
	}
	if x, e, ok := s.periodExpr(i); ok {
		return x, e, true
	}
	return sem{}, 0, false
}

// ---- token helpers -------------------------------------------------------

func (s *scanner) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return ""
	}
	return s.toks[i].norm
}

// bare is the word without a leading و or ف.
func (s *scanner) bare(i int) string {
	w := s.word(i)
	if len(w) > 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		return w[2:]
	}
	return w
}

func (s *scanner) is(i int, set map[string]bool) bool {
	w := s.word(i)
	return w != "" && (set[w] || set[s.bare(i)])
}

func (s *scanner) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tPunct && s.toks[i].norm == p
}

// num returns the value of number token i, or -1.
func (s *scanner) num(i int) int {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum {
		return -1
	}
	return s.toks[i].num
}

// dayNum returns a day number 1–31 written with one or two digits, or 0.
func (s *scanner) dayNum(i int) int {
	if n := s.num(i); n >= 1 && n <= 31 && s.toks[i].nd <= 2 {
		return n
	}
	return 0
}

// attached reports whether token i follows token i-1 with no space.
func (s *scanner) attached(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].sp
}

// lex looks token i up in the lexicon, also after one clitic (و ف ب ل ك).
func (s *scanner) lex(i int) (lexEntry, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return lexEntry{}, false
	}
	t := &s.toks[i]
	if !lexiconFilter.MayHave(t.norm) {
		// not in the lexicon (the map lookup below would say so)
	} else if e, ok := lexicon[t.norm]; ok {
		if e.en && (e.kind == lMonth || e.kind == lWeekday) && !t.upper {
			return lexEntry{}, false
		}
		return e, true
	}
	w := t.norm
	if len(w) > 4 && w[0] == 0xd9 || len(w) > 4 && w[0] == 0xd8 {
		switch w[:2] {
		case "و", "ف", "ب", "ل", "ك":
			if !lexiconFilter.MayHave(w[2:]) {
				break
			}
			if e, ok := lexicon[w[2:]]; ok && !e.en && e.kind != lNumWord {
				return e, true
			}
		}
	}
	return lexEntry{}, false
}

func (s *scanner) lexKind(i int, k lexKind) (lexEntry, bool) {
	e, ok := s.lex(i)
	return e, ok && e.kind == k
}

// monthAt reads a month name at i: its entry and the index after it.
func (s *scanner) monthAt(i int) (lexEntry, int, bool) {
	e, ok := s.lex(i)
	if !ok {
		return lexEntry{}, 0, false
	}
	if e.kind == lMonthHead {
		head := s.word(i)
		if len(head) > 4 {
			if _, ok := lexicon[head]; !ok {
				head = head[2:] // a clitic before كانون/تشرين
			}
		}
		if e2, ok := twoWordMonths[[2]string{head, s.word(i + 1)}]; ok {
			return e2, i + 2, true
		}
		return lexEntry{}, 0, false
	}
	if e.kind == lMonth {
		end := i + 1
		if e.en && s.punct(end, ".") && s.attached(end) && len(s.toks[i].norm) <= 4 {
			end++ // "Dec."
		}
		return e, end, true
	}
	return lexEntry{}, 0, false
}

// yearAt reads a year at i (optionally marked م or هـ): value, Hijri, end.
func (s *scanner) yearAt(i int, cal calendar) (int, bool, int, bool) {
	n := s.num(i)
	if n < 1000 || n > 2199 || s.toks[i].nd != 4 {
		return 0, false, 0, false
	}
	end := i + 1
	hijri := cal == calHijri && n < 1700
	switch s.word(end) {
	case "ه", "هـ":
		if n >= 1300 && n < 1700 {
			hijri = true
			end++
		}
	case "هجري", "هجريه", "للهجره", "هجريا":
		if n < 1700 {
			hijri = true
			end++
		}
	case "ميلادي", "ميلاديه", "للميلاد":
		if n >= 1500 {
			hijri = false
			end++
		}
	case "م":
		hijri = false
		end++
	case "ah":
		hijri = true
		end++
	case "ad", "ce":
		end++
	}
	if !hijri && n < 1700 && cal != calHijri {
		// a Gregorian year before 1700 is rare in news; a number like 1446 with a
		// Gregorian month is more likely something else
		if n < 1500 {
			return 0, false, 0, false
		}
	}
	return n, hijri, end, true
}

// ---- patterns ------------------------------------------------------------

// monthTail reads MONTH[/MONTH|(MONTH)] [MODIFIER] [[من] [عام] YEAR] into p.
func (s *scanner) monthTail(i int, p *dparts) (int, bool) {
	e, j, ok := s.monthAt(i)
	if !ok {
		return 0, false
	}
	p.m, p.cal, p.weak, p.en = e.val, e.cal, e.weak, e.en
	for k := 0; k < 2; k++ { // كانون الأول/ديسمبر، تشرين الأول (أكتوبر)
		if s.punct(j, "/") || s.punct(j, "-") {
			if e2, j2, ok := s.monthAt(j + 1); ok {
				if !e2.weak {
					p.weak = false
				}
				j = j2
				continue
			}
		}
		if s.punct(j, "(") {
			if e2, j2, ok := s.monthAt(j + 1); ok && s.punct(j2, ")") {
				if !e2.weak {
					p.weak = false
				}
				j = j2 + 1
				continue
			}
		}
		break
	}
	if me, ok := s.lexKind(j, lMod); ok && !me.en {
		p.mod, p.hasMod = me.val, true
		j++
	}
	// year: [،] [من] [عام|العام|سنة] YEAR
	k := j
	if p.en && s.punct(k, ",") {
		k++
	}
	if w := s.word(k); w == "من" || w == "of" {
		k++
	}
	if w := s.word(k); w == "عام" || w == "العام" || w == "سنه" || w == "السنه" {
		k++
	}
	if y, hj, end, ok := s.yearAt(k, p.cal); ok {
		p.y, p.hijriYear = y, hj
		if hj && p.cal != calHijri {
			p.y, p.hijriYear = 0, false // a Gregorian month with a Hijri year: keep the month only
			return j, true
		}
		return end, true
	}
	// من العام الماضي / من هذا العام
	if s.word(j) == "من" {
		k := j + 1
		if w := s.word(k); w == "هذا" || w == "هذه" {
			if w2 := s.word(k + 1); w2 == "العام" || w2 == "السنه" {
				p.yRel, p.hasYRel = 0, true
				return k + 2, true
			}
		}
		if w := s.word(k); w == "العام" || w == "السنه" {
			if me, ok := s.lexKind(k+1, lMod); ok && !me.en {
				p.yRel, p.hasYRel = me.val, true
				return k + 2, true
			}
		}
	}
	return j, true
}

// dateExpr reads [يوم] [WEEKDAY [،]] [DAY [من]] monthTail, or English
// [WEEKDAY,] MONTH DAY[,] [YEAR]. A weekday alone is not a dateExpr.
func (s *scanner) dateExpr(i int) (dparts, int, bool) {
	p := dparts{wd: -1}
	j := i
	if s.is(j, dayWord) {
		if _, ok := s.lexKind(j+1, lWeekday); ok {
			j++
		}
	}
	if e, ok := s.lexKind(j, lWeekday); ok {
		p.wd = e.val
		j++
		if s.punct(j, ",") {
			j++
		}
	} else if j != i {
		return p, 0, false
	}
	k := j
	if s.word(k) == "ال" && s.attached(k+1) && s.num(k+1) > 0 {
		k++ // الـ15 من
	}
	if d := s.dayNum(k); d > 0 {
		k2 := k + 1
		if w := s.word(k2); (w == "st" || w == "nd" || w == "rd" || w == "th") && s.attached(k2) {
			k2++
		}
		if w := s.word(k2); w == "من" || w == "of" {
			k2++
		}
		if s.word(k2) == "شهر" {
			k2++
		}
		if end, ok := s.monthTail(k2, &p); ok {
			p.d = d
			return p, end, true
		}
	}
	if e, ok := s.lexKind(k, lOrdinal); ok && e.val <= dayOrdinalMax && s.word(k+1) == "من" {
		k2 := k + 2
		if s.word(k2) == "شهر" {
			k2++
		}
		if end, ok := s.monthTail(k2, &p); ok {
			p.d = e.val
			return p, end, true
		}
	}
	if s.word(k) == "شهر" {
		if _, _, ok := s.monthAt(k + 1); ok {
			end, _ := s.monthTail(k+1, &p)
			p.weak = false
			p.shahr = true
			return p, end, true
		}
	}
	end, ok := s.monthTail(k, &p)
	if !ok {
		return p, 0, false
	}
	if p.en && p.y == 0 {
		// December 23[,] [2025]
		if d := s.dayNum(end); d > 0 && !s.punct(end+1, ":") {
			p.d = d
			end++
			if w := s.word(end); (w == "st" || w == "nd" || w == "rd" || w == "th") && s.attached(end) {
				end++
			}
			k := end
			if s.punct(k, ",") {
				k++
			}
			if y, _, e2, ok := s.yearAt(k, calGreg); ok {
				p.y = y
				end = e2
			}
		}
	}
	return p, end, true
}

// acceptDate applies the context rules for bare and ambiguous month names.
func (s *scanner) acceptDate(i int, p dparts) bool {
	if p.m == 0 {
		return false
	}
	if p.d > 0 || p.y > 0 || p.shahr {
		if p.weak && p.y == 0 && (p.cal == calHijri || p.d == 0) {
			return p.shahr
		}
		return true
	}
	if p.hasMod || p.hasYRel {
		return !(p.weak && p.cal == calHijri)
	}
	if p.weak {
		return false
	}
	// a bare month: needs a cue before it
	prev := i - 1
	if prev >= 0 && s.toks[prev].kind == tPunct && s.toks[prev].norm == "-" && s.word(prev-1) == "mid" {
		return true
	}
	return s.is(prev, monthCue)
}

// numericExpr reads 2025-12-24, 24/12/2025, 12/24/2025, 24.12.2025, 12/2025.
func (s *scanner) numericExpr(i int) (sem, int, bool) {
	a := s.num(i)
	if a < 0 {
		return sem{}, 0, false
	}
	sep := ""
	if i+1 < len(s.toks) && s.toks[i+1].kind == tPunct && s.attached(i+1) {
		sep = s.toks[i+1].norm
	}
	if sep != "/" && sep != "-" && sep != "." {
		return sem{}, 0, false
	}
	b := s.num(i + 2)
	if b < 0 || !s.attached(i+2) {
		return sem{}, 0, false
	}
	na, nb := s.toks[i].nd, s.toks[i+2].nd
	third := s.punct(i+3, sep) && s.attached(i+3) && s.num(i+4) >= 0 && s.attached(i+4)
	if third {
		c, nc := s.num(i+4), s.toks[i+4].nd
		if s.num(i+5) >= 0 || (s.punct(i+5, sep) && s.attached(i+5)) {
			return sem{}, 0, false // a longer chain of numbers: not a date
		}
		p := dparts{wd: -1}
		switch {
		case na == 4 && nb <= 2 && nc <= 2 && sep != ".":
			p.y, p.m, p.d = a, b, c
		case nc == 4 && na <= 2 && nb <= 2:
			p.y, p.d, p.m = c, a, b
			if b > 12 && a <= 12 {
				p.d, p.m = b, a
			}
		default:
			return sem{}, 0, false
		}
		if p.m < 1 || p.m > 12 || p.d < 1 || p.y < 1800 || p.y > 2199 {
			return sem{}, 0, false
		}
		return sem{kind: kDate, a: p}, i + 5, true
	}
	if s.num(i+3) >= 0 || (i+3 < len(s.toks) && s.toks[i+3].kind == tPunct && s.attached(i+3) &&
		(s.toks[i+3].norm == "/" || s.toks[i+3].norm == "-" || s.toks[i+3].norm == ".")) {
		return sem{}, 0, false
	}
	// year ranges 2011-2015, 2011/2012
	if na == 4 && nb == 4 && sep != "." && a >= 1800 && b > a && b-a <= 100 && b <= 2199 {
		return sem{kind: kRange, a: dparts{y: a, wd: -1}, b: dparts{y: b, wd: -1}}, i + 3, true
	}
	// 12/2025 (a month), not after رقم/القرار
	if sep == "/" && na <= 2 && a >= 1 && a <= 12 && nb == 4 && b >= 1900 && b <= 2199 {
		if w := s.word(i - 1); w == "رقم" || w == "القرار" || w == "قرار" || w == "no" {
			return sem{}, 0, false
		}
		return sem{kind: kDate, a: dparts{y: b, m: a, wd: -1}}, i + 3, true
	}
	return sem{}, 0, false
}

// spacedNumeric reads numeric dates whose parts stand apart: 26 / 4 / 1947،
// 20 / شعبان / 1428 هجرية، 4 / 17 / 1948 (month first only when the first
// number cannot be the day's month... as numericExpr), year spans 1936 - 1939
// and, after بتاريخ/تاريخ/الموافق, a day and month (بتاريخ 14 / 8).
func (s *scanner) spacedNumeric(i int) (sem, int, bool) {
	a := s.num(i)
	if a < 1 {
		return sem{}, 0, false
	}
	if i > 0 && s.toks[i-1].kind == tPunct && (s.toks[i-1].norm == "/" || s.toks[i-1].norm == "-") && s.num(i-2) >= 0 {
		return sem{}, 0, false // the tail of a longer chain
	}
	if w := s.word(i - 1); w == "رقم" || w == "القرار" || w == "قرار" || w == "no" {
		return sem{}, 0, false
	}
	sep := ""
	if s.punct(i+1, "/") || s.punct(i+1, "-") {
		sep = s.toks[i+1].norm
	} else {
		return sem{}, 0, false
	}
	na := s.toks[i].nd
	chained := func(k int) bool { // k is the index after the last part
		return s.punct(k, sep) && (s.num(k+1) >= 0 || s.punct(k+1, "("))
	}
	// 1936 - 1939, 1931 / 1932
	if b := s.num(i + 2); na == 4 && b > a && s.toks[i+2].nd == 4 && a >= 1800 && b <= 2199 && b-a <= 100 && !chained(i+3) {
		return sem{kind: kRange, a: dparts{y: a, wd: -1}, b: dparts{y: b, wd: -1}}, i + 3, true
	}
	if na > 2 {
		return sem{}, 0, false
	}
	p := dparts{wd: -1, d: a}
	j := i + 2
	numericMonth := false
	if b := s.num(j); b >= 1 && s.toks[j].nd <= 2 {
		p.m = b
		j++
		numericMonth = true
	} else if e, k, ok := s.monthAt(j); ok && !e.en {
		p.m, p.cal = e.val, e.cal
		j = k
	} else {
		return sem{}, 0, false
	}
	if s.punct(j, sep) {
		if y, hj, end, ok := s.yearAt(j+1, p.cal); ok && !chained(j+2) {
			if p.cal == calGreg && hj {
				if !numericMonth || p.m > 12 {
					return sem{}, 0, false
				}
				p.cal = calHijri // 9 / 10 / 1436 هـ
			}
			p.y, p.hijriYear = y, hj
			if p.m > 12 && p.d <= 12 && p.cal == calGreg {
				p.d, p.m = p.m, p.d // 4 / 17 / 1948
			}
			if p.m < 1 || p.m > 12 || p.d > 31 || (p.cal == calGreg && y < 1800) {
				return sem{}, 0, false
			}
			return sem{kind: kDate, a: p}, end, true
		}
		return sem{}, 0, false
	}
	// بتاريخ 14 / 8
	if s.is(i-1, dateWordCue) && p.m >= 1 && p.m <= 12 && p.cal == calGreg && s.num(j) < 0 {
		return sem{kind: kDate, a: p}, j, true
	}
	return sem{}, 0, false
}

// dateWordCue are words that announce a date (بتاريخ 14 / 8).
var dateWordCue = setOf("بتاريخ", "تاريخ", "الموافق", "وبتاريخ", "بتأريخ")

// rangeExpr reads ranges of days, dates and years.
func (s *scanner) rangeExpr(i int) (sem, int, bool) {
	w := s.bare(i)
	var and map[string]bool
	switch w {
	case "بين", "between":
		and = setAnd
	case "من", "from":
		and = setTo
	case "يومي":
		and = setAnd
	default:
		// 23–24 كانون الأول، 6-10 March
		if d1 := s.dayNum(i); d1 > 0 && s.punct(i+1, "-") {
			if d2 := s.dayNum(i + 2); d2 > d1 {
				var p dparts
				p.wd = -1
				k := i + 3
				if w := s.word(k); w == "من" || w == "of" {
					k++
				}
				if end, ok := s.monthTail(k, &p); ok {
					a, b := p, p
					a.d, b.d = d1, d2
					return sem{kind: kRange, a: a, b: b}, end, true
				}
			}
		}
		// March 6-10, 2025
		if e, j, ok := s.monthAt(i); ok && e.en {
			d1, d2 := s.dayNum(j), s.dayNum(j+2)
			if d1 > 0 && s.punct(j+1, "-") && d2 > d1 {
				p := dparts{m: e.val, wd: -1, en: true}
				end := j + 3
				k := end
				if s.punct(k, ",") {
					k++
				}
				if y, _, e2, ok := s.yearAt(k, calGreg); ok {
					p.y, end = y, e2
				}
				a, b := p, p
				a.d, b.d = d1, d2
				return sem{kind: kRange, a: a, b: b}, end, true
			}
		}
		return sem{}, 0, false
	}
	j := i + 1
	// بين عامي 2011 و2015 / between 2011 and 2015 / من 2011 إلى 2015
	yj := j
	if ww := s.word(yj); ww == "عامي" || ww == "العامين" || ww == "عام" || ww == "العام" || ww == "سنتي" {
		yj++
	}
	if y1, h1, e1, ok := s.yearAt(yj, calGreg); ok && and[s.word(e1)] {
		k := e1 + 1
		if ww := s.word(k); ww == "عام" || ww == "العام" {
			k++
		}
		if y2, h2, e2, ok := s.yearAt(k, calGreg); ok && y2 > y1 && h1 == h2 {
			a := dparts{y: y1, wd: -1, hijriYear: h1}
			b := dparts{y: y2, wd: -1, hijriYear: h2}
			if h1 {
				a.cal, b.cal = calHijri, calHijri
			}
			return sem{kind: kRange, a: a, b: b}, e2, true
		}
	}
	// بين 6 و10 من آذار
	if s.word(j) == "ال" && s.attached(j+1) {
		j++
	}
	if d1 := s.dayNum(j); d1 > 0 && and[s.word(j+1)] {
		k := j + 2
		if s.word(k) == "ال" && s.attached(k+1) {
			k++
		}
		if d2 := s.dayNum(k); d2 > d1 {
			var p dparts
			p.wd = -1
			k2 := k + 1
			if ww := s.word(k2); ww == "من" || ww == "of" {
				k2++
			}
			if end, ok := s.monthTail(k2, &p); ok {
				a, b := p, p
				a.d, b.d = d1, d2
				return sem{kind: kRange, a: a, b: b}, end, true
			}
		}
	}
	// بين 6 آذار و10 نيسان 2025; between March 6 and 10
	pa, e1, ok := s.dateExpr(j)
	if !ok || pa.m == 0 {
		return sem{}, 0, false
	}
	next := e1 + 1 // the second date, after و/and/إلى
	if !and[s.word(e1)] {
		// بين يناير ومارس: و written on the second month
		if w := s.word(e1); !and["و"] || len(w) <= 4 || !strings.HasPrefix(w, "و") {
			return sem{}, 0, false
		}
		if _, _, isMonth := s.monthAt(e1); !isMonth || pa.d != 0 {
			return sem{}, 0, false
		}
		next = e1
	}
	if pa.en && pa.d > 0 && pa.y == 0 {
		if d2 := s.dayNum(e1 + 1); d2 > pa.d {
			if _, _, isMonth := s.monthAt(e1 + 2); !isMonth {
				pb := pa
				pb.d = d2
				end := e1 + 2
				k := end
				if s.punct(k, ",") {
					k++
				}
				if y, _, e2, ok := s.yearAt(k, calGreg); ok {
					pa.y, pb.y, end = y, y, e2
				}
				return sem{kind: kRange, a: pa, b: pb}, end, true
			}
		}
	}
	pb, e2, ok := s.dateExpr(next)
	if !ok || pb.m == 0 || pa.cal != pb.cal {
		return sem{}, 0, false
	}
	if pa.y == 0 && pb.y != 0 {
		pa.y, pa.hijriYear = pb.y, pb.hijriYear
		if pa.m > pb.m {
			pa.y--
		}
	}
	if pa.y == 0 && pb.y == 0 && !pa.hasMod && pb.hasMod {
		pa.mod, pa.hasMod = pb.mod, true
	}
	if (pa.d == 0) != (pb.d == 0) {
		return sem{}, 0, false
	}
	return sem{kind: kRange, a: pa, b: pb}, e2, true
}

var (
	setAnd = setOf("و", "and")
	setTo  = setOf("الى", "إلى", "حتى", "لغاية", "to", "until", "till", "through")
)

// anchoredExpr reads اليوم/أمس/غداً [،] followed by a date or weekday.
func (s *scanner) anchoredExpr(i int) (sem, int, bool) {
	j := i
	if s.word(j) == "يوم" && s.bare(j+1) != "اليوم" {
		j++
	}
	e, ok := s.lexKind(j, lRelDay)
	if !ok || !s.relDayOK(j) {
		return sem{}, 0, false
	}
	j++
	if s.punct(j, ",") {
		j++
	}
	if p, end, ok := s.dateExpr(j); ok && p.d > 0 && p.m > 0 {
		return sem{kind: kRelDay, n: e.val, anchored: true, a: p}, end, true
	}
	if we, ok := s.lexKind(j, lWeekday); ok && !e.en {
		p := dparts{wd: we.val}
		return sem{kind: kRelDay, n: e.val, anchored: true, a: p}, j + 1, true
	}
	return sem{}, 0, false
}

// relDayOK rules out اليوم that is not "today" (اليوم الوطني، ذلك اليوم).
func (s *scanner) relDayOK(i int) bool {
	w := s.word(i)
	if strings.HasSuffix(w, "اليوم") {
		if s.word(i+1) == "الموافق" {
			return true // اليوم الموافق …
		}
		if nx := s.word(i + 1); strings.HasPrefix(nx, "ال") && nx != "الي" && nx != "الا" && nx != "الان" {
			if _, ok := s.lexKind(i+1, lWeekday); !ok {
				if me, ok := s.lexKind(i+1, lMod); !ok || me.val != 0 {
					return false
				}
			}
		}
		switch s.word(i - 1) {
		case "ذلك", "ذات", "نفس", "هذا", "عين", "عالم":
			return false // ذلك اليوم; the newspapers «اليوم» and «عين اليوم»; عالم اليوم
		}
		// a quoted name: «اليوم», "اليوم"
		if (s.punct(i+1, "\"") && s.attached(i+1)) || (s.punct(i-1, "\"") && s.attached(i)) {
			return false
		}
	}
	return true
}

// eraExpr reads decades and centuries.
func (s *scanner) eraExpr(i int) (sem, int, bool) {
	// Arabic decade word, with or without ال and a clitic
	w := s.word(i)
	dw := w
	for _, pre := range []string{"و", "ف", "ب", "ل"} {
		if strings.HasPrefix(dw, pre) && len(dw) > 8 {
			if _, ok := lexicon[strings.TrimPrefix(dw, pre)]; ok {
				dw = strings.TrimPrefix(dw, pre)
				break
			}
			if _, ok := lexicon[strings.TrimPrefix(strings.TrimPrefix(dw, pre), "ال")]; ok {
				dw = strings.TrimPrefix(dw, pre)
				break
			}
		}
	}
	dw = strings.TrimPrefix(dw, "ال")
	if e, ok := lexicon[dw]; ok && e.kind == lDecade && !e.en {
		j := i + 1
		if s.word(j) == "من" {
			j++
		}
		if s.word(j) == "القرن" {
			if c, rel, end, ok := s.century(j + 1); ok {
				return sem{kind: kDecade, decade: e.val, cent: c, centRel: rel}, end, true
			}
		}
		return sem{kind: kDecade, decade: e.val, cent: 20, bare: true}, i + 1, true
	}
	if s.bare(i) == "القرن" || w == "century" {
		if w == "century" {
			return sem{}, 0, false
		}
		if c, rel, end, ok := s.century(i + 1); ok {
			return sem{kind: kCentury, cent: c, centRel: rel}, end, true
		}
	}
	// English: the 1970s, the '90s, the seventies, the 20th century, last century
	if w == "the" || w == "last" || w == "this" || w == "next" {
		j := i + 1
		if w == "last" || w == "this" || w == "next" {
			if s.word(j) == "century" {
				n := map[string]int{"last": -1, "this": 0, "next": 1}[w]
				return sem{kind: kCentury, cent: n, centRel: true}, j + 1, true
			}
			return sem{}, 0, false
		}
		if s.punct(j, "\"") {
			if n := s.num(j + 1); n >= 0 && s.toks[j+1].nd == 2 && n%10 == 0 && s.word(j+2) == "s" && s.attached(j+2) {
				return sem{kind: kDecade, decade: n / 10, cent: 20, bare: true}, j + 3, true
			}
		}
		if n := s.num(j); n >= 1000 && n <= 2190 && n%10 == 0 && s.word(j+1) == "s" && s.attached(j+1) {
			return sem{kind: kDecade, decadeAbs: n}, j + 2, true
		}
		if e, ok := lexicon[s.word(j)]; ok && e.kind == lDecade && e.en {
			return sem{kind: kDecade, decade: e.val, cent: 20, bare: true}, j + 1, true
		}
		if n := s.num(j); n >= 1 && n <= 21 && s.attached(j+1) && s.word(j+2) == "century" {
			return sem{kind: kCentury, cent: n}, j + 3, true
		}
		if e, ok := lexicon[s.word(j)]; ok && e.kind == lOrdinal && e.val >= 10 && s.word(j+1) == "century" {
			return sem{kind: kCentury, cent: e.val}, j + 2, true
		}
	}
	if n := s.num(i); n >= 1000 && n <= 2190 && n%10 == 0 && s.toks[i].nd == 4 && s.word(i+1) == "s" && s.attached(i+1) {
		return sem{kind: kDecade, decadeAbs: n}, i + 2, true
	}
	return sem{}, 0, false
}

// century reads what follows القرن: الماضي/الحالي (relative), an ordinal or a number.
func (s *scanner) century(j int) (int, bool, int, bool) {
	if me, ok := s.lexKind(j, lMod); ok && !me.en {
		return me.val, true, j + 1, true
	}
	if s.word(j) == "ال" && s.attached(j+1) {
		j++
	}
	if n := s.num(j); n >= 1 && n <= 21 {
		return n, false, j + 1, true
	}
	w := s.word(j)
	switch w {
	case "العشرين":
		return 20, false, j + 1, true
	case "الحادي", "الواحد":
		if s.word(j+1) == "والعشرين" {
			return 21, false, j + 2, true
		}
	}
	if e, ok := lexicon[w]; ok && e.kind == lOrdinal && e.val <= 10 && s.word(j+1) == "عشر" {
		return 10 + e.val, false, j + 2, true
	}
	return 0, false, 0, false
}

// yearExpr reads a year after a cue, or marked هـ/م/هجري/ميلادي, or in
// brackets after a year word (عام ( 1948 )، لسنة ( 1958 / 1963 )), or a bare
// year (yearBare).
func (s *scanner) yearExpr(i int) (sem, int, bool) {
	w := s.bare(i)
	// عام 48، حرب 67: a two-digit year of the last century (at the number
	// after an event noun, which is no trigger)
	if yearWords[w] && s.twoDigitYear(i+1) {
		return sem{kind: kDate, a: yearParts(1900+s.num(i+1), false)}, i + 2, true
	}
	if s.twoDigitYear(i) && s.is(i-1, warNoun) {
		return sem{kind: kDate, a: yearParts(1900+s.num(i), false)}, i + 1, true
	}
	if yearWords[w] {
		if y, hj, end, ok := s.yearAt(i+1, calGreg); ok {
			return sem{kind: kDate, a: yearParts(y, hj)}, end, true
		}
		if s.punct(i+1, "(") {
			if x, end, ok := s.bracketYear(i + 1); ok {
				return x, end, true
			}
		}
		return sem{}, 0, false
	}
	if s.punct(i-1, "(") && s.punct(i+1, ")") && s.yearMark(i+2) != 0 {
		// ( 1325 ) هجري: the year alone, so the span stays inside the brackets
		if x, _, ok := s.bracketYear(i - 1); ok {
			return x, i + 1, true
		}
		return sem{}, 0, false
	}
	y, hj, end, ok := s.yearAt(i, calGreg)
	if !ok {
		return sem{}, 0, false
	}
	p := yearParts(y, hj)
	marked := end > i+1
	bracketed := s.punct(i-1, "(") && s.punct(i+1, ")")
	switch {
	case marked:
	case s.is(i-1, yearStrongCue) && y >= 1800:
	case s.is(i-1, yearWeakCue) && y >= 1800:
		nx := i + 1
		if nx < len(s.toks) && s.toks[nx].kind == tWord && !s.toks[nx].nl && !s.is(nx, afterYear) && !strings.HasPrefix(s.word(nx), "و") {
			return sem{}, 0, false
		}
	case bracketed && (s.is(i-2, yearStrongCue) || s.is(i-2, yearWeakCue)) && y >= 1800:
	case bracketed && y >= 1900:
	case s.yearBare(i, y):
	default:
		return sem{}, 0, false
	}
	return sem{kind: kDate, a: p}, end, true
}

// twoDigitYear reports whether token i is a number 40–99 written with two
// digits that what follows leaves a year: the end of a clause, a preposition,
// a bracket or a definite word, not a counted noun (عام 48 ساعة is no year).
func (s *scanner) twoDigitYear(i int) bool {
	if n := s.num(i); n < 40 || s.toks[i].nd != 2 {
		return false
	}
	k := i + 1
	if k >= len(s.toks) || s.toks[k].nl {
		return true
	}
	if s.toks[k].kind == tPunct {
		p := s.toks[k].norm
		return p != "%" && p != "*" && (s.num(k+1) < 0 || p == "(" || p == ")")
	}
	w := s.word(k)
	if w == "" || !s.toks[k].sp {
		return false
	}
	return s.is(k, afterYear) || strings.HasPrefix(defForm(w), "ال")
}

// yearWords are the words a year may follow inside its mention (عام 2011).
var yearWords = setOf("عام", "العام", "سنة", "السنة", "لعام", "بعام", "لسنة", "بسنة", "year")

func yearParts(y int, hijri bool) dparts {
	p := dparts{y: y, wd: -1, hijriYear: hijri}
	if hijri {
		p.cal = calHijri
	}
	return p
}

// yearMark reads a calendar mark at k: 1 Hijri (هجري، هـ), 2 Gregorian
// (ميلادي، م), 0 none.
func (s *scanner) yearMark(k int) int {
	switch s.word(k) {
	case "ه", "هجري", "هجريه", "للهجره", "هجريا":
		return 1
	case "م", "ميلادي", "ميلاديه", "للميلاد":
		return 2
	}
	return 0
}

// bracketYear reads "( YEAR [/ YEAR] ) [MARK]" at the bracket k: a year or
// a span of two years, Hijri when marked so (or, without a mark, when the
// year is before 1500, which no Gregorian year in news is).
func (s *scanner) bracketYear(k int) (sem, int, bool) {
	n := s.num(k + 1)
	if n < 1000 || n > 2199 || s.toks[k+1].nd != 4 {
		return sem{}, 0, false
	}
	j := k + 2
	n2 := 0
	if (s.punct(j, "/") || s.punct(j, "-")) && s.num(j+1) > n && s.toks[j+1].nd == 4 && s.num(j+1)-n <= 100 {
		n2 = s.num(j + 1)
		j += 2
	}
	if !s.punct(j, ")") {
		return sem{}, 0, false
	}
	end := j + 1
	mark := s.yearMark(end)
	if mark != 0 {
		end++
	}
	hijri := mark == 1
	if hijri && n >= 1700 || !hijri && n < 1500 {
		return sem{}, 0, false
	}
	if n2 != 0 {
		return sem{kind: kRange, a: yearParts(n, hijri), b: yearParts(n2, hijri)}, end, true
	}
	return sem{kind: kDate, a: yearParts(n, hijri)}, end, true
}

// yearBare accepts a four-digit year 1800–2050 with no cue: right after an
// event noun (حرب 1948، الانتفاضة الأولى 1987، انتخابات 2021), or after a
// word and before the end of a clause (تهويد مدينة القدس 1996.), unless the
// words before make it a quantity (عدد، نحو، إلى، بلغ) or a label (رقم).
func (s *scanner) yearBare(i, y int) bool {
	if y < 1800 || y > 2050 || s.toks[i].nl || s.toks[i].nd != 4 {
		return false
	}
	prev := i - 1
	if prev < 0 || s.toks[prev].kind != tWord {
		return false
	}
	// a part of a longer number or a chain of numbers (1,948، 2/1948)
	if nx := i + 1; nx < len(s.toks) && s.toks[nx].kind == tPunct && s.num(nx+1) >= 0 && s.toks[nx].norm != "(" && s.toks[nx].norm != ")" {
		return false
	}
	if s.yearEventNoun(prev) || (s.is(prev, eventOrdinal) && s.yearEventNoun(prev-1)) {
		return true
	}
	for k := prev; k >= 0 && k >= prev-2; k-- {
		if s.toks[k].kind != tWord {
			break
		}
		if s.is(k, notYearBefore) {
			return false
		}
		if s.toks[k].nl {
			break
		}
	}
	nx := i + 1
	if nx >= len(s.toks) || s.toks[nx].nl {
		return true
	}
	t := &s.toks[nx]
	return t.kind == tPunct && t.norm != "%" && t.norm != "/" && t.norm != "*"
}

// yearEventNoun reports whether token k names a happening a year may follow
// directly (حرب 1948، زلزال 1927، مونديال 2022).
func (s *scanner) yearEventNoun(k int) bool {
	w := s.word(k)
	if w == "" {
		return false
	}
	if yearNoun[w] || yearNoun[s.bare(k)] {
		return true
	}
	for _, p := range []string{"ال", "وال", "بال", "لل", "فال"} {
		if strings.HasPrefix(w, p) && yearNoun[w[len(p):]] {
			return true
		}
	}
	return false
}

var (
	// happenings a bare year may name (حرب 1948)
	yearNoun = setOf("حرب", "ثورة", "انتفاضة", "نكبة", "نكسة", "زلزال", "انتخابات", "أحداث", "اتفاقية", "اتفاق", "دستور",
		"موسم", "دورة", "بطولة", "كأس", "مونديال", "أولمبياد", "موازنة", "ميزانية", "رؤية", "جائزة", "عدوان", "قمة",
		"مؤتمر", "إحصاء", "تعداد", "أزمة", "مجزرة", "هبة", "إضراب", "معاهدة", "احتجاجات", "مظاهرات", "اجتياح", "فيضان",
		"فيضانات", "إعصار", "حملة", "خطة", "استفتاء", "مونديال", "war", "election", "elections", "revolution", "budget")
	// the happenings a two-digit year may follow (حرب 67; not الدورة 73, a
	// session's number)
	warNoun = setOf("حرب", "نكبة", "نكسة", "انتفاضة", "ثورة", "أحداث", "مجزرة", "عدوان", "اجتياح", "هبة", "لحرب", "بحرب",
		"الحرب", "النكبة", "النكسة", "الانتفاضة", "الثورة")
	// ordinals between an event noun and its year (الانتفاضة الأولى 1987)
	eventOrdinal = setOf("الأولى", "الثانية", "الثالثة", "الأول", "الثاني", "الثالث", "الكبرى", "الكبير")
	// words that make a following number a quantity or a label, not a year
	notYearBefore = setOf("رقم", "عدد", "أي", "نحو", "حوالي", "قرابة", "زهاء", "أكثر", "أقل", "من", "إلى", "الى", "على", "عن",
		"و", "بلغ", "بلغت", "يبلغ", "تبلغ", "وبلغ", "وبلغت", "إجمالي", "مجموع", "وصل", "وصلت", "ارتفع", "ارتفعت", "انخفض",
		"انخفضت", "قيمة", "مبلغ", "سعر", "بسعر", "بقيمة", "بمبلغ", "قدره", "قدرها", "بواقع", "مجموعه", "حصيلة", "ضمن",
		"القرار", "قرار", "المادة", "مادة", "البند", "الفقرة", "الطريق", "شارع", "الكيلومتر", "ارتفاع", "بارتفاع", "عمق",
		"العدد", "عدده", "عددها", "number", "no", "about", "over", "to", "from", "of", "and")
)

// relExpr reads relative days, "ago" expressions, relative units and weekdays.
func (s *scanner) relExpr(i int) (sem, int, bool) {
	w := s.bare(i)
	switch w {
	case "اول": // أول أمس، أول من أمس
		j := i + 1
		if s.word(j) == "من" {
			j++
		}
		if ww := s.word(j); ww == "امس" || ww == "الامس" {
			return sem{kind: kRelDay, n: -2}, j + 1, true
		}
	case "بعد":
		if ww := s.word(i + 1); ww == "غد" || ww == "الغد" || ww == "غدا" {
			return sem{kind: kRelDay, n: 2}, i + 2, true
		}
	case "the":
		if s.word(i+1) == "day" {
			if s.word(i+2) == "before" && s.word(i+3) == "yesterday" {
				return sem{kind: kRelDay, n: -2}, i + 4, true
			}
			if s.word(i+2) == "after" && s.word(i+3) == "tomorrow" {
				return sem{kind: kRelDay, n: 2}, i + 4, true
			}
		}
	case "يومنا":
		if s.word(i+1) == "هذا" {
			return sem{kind: kRelDay, n: 0}, i + 2, true
		}
	}
	if e, ok := s.lexKind(i, lRelDay); ok && s.relDayOK(i) {
		return sem{kind: kRelDay, n: e.val}, i + 1, true
	}
	if w == "يوم" && s.bare(i+1) != "اليوم" {
		if e, ok := s.lexKind(i+1, lRelDay); ok {
			return sem{kind: kRelDay, n: e.val}, i + 2, true
		}
	}
	// ago: قبل/منذ/بعد [نحو|أكثر من…] N UNIT; English N UNIT ago, in N UNIT
	if w == "قبل" || w == "منذ" || w == "بعد" || w == "in" {
		j := i + 1
		inexact := false
		if w != "in" {
			var ok bool
			if j, inexact, ok = s.approx(j); !ok {
				j = i + 1
			}
		}
		if w != "in" && (s.is(j, fewWords) || s.lexUnitPlural(j)) {
			// قبل أيام، منذ سنوات، بعد بضعة أسابيع: no count
			k := j
			if s.is(k, fewWords) {
				k++
			}
			if e, ok := s.lexKind(k, lUnit); ok && e.n == 0 && !s.followsGenitive(k+1) {
				x := sem{kind: kVague, u: unit(e.val)}
				if w == "منذ" {
					x.kind = kDuration
				}
				return x, k + 1, true
			}
		}
		if n, u, end, ok := s.count(j); ok && u != uCentury {
			if s.num(end) >= 1000 { // قبل عام 2011
				return sem{}, 0, false
			}
			if w == "in" && s.word(end) == "time" {
				return sem{}, 0, false
			}
			if w != "بعد" && w != "in" {
				n = -n
			}
			if w == "in" && u != uDay && u != uWeek {
				return sem{}, 0, false
			}
			x := sem{kind: kAgo, n: n, u: u, amt: float64(max(n, -n)), inexact: inexact}
			if s.word(end) == "ونصف" {
				x.amt += 0.5
				x.inexact = true
				end++
			}
			return x, end, true
		}
	}
	if n, u, end, ok := s.count(i); ok && s.word(end) == "ago" {
		return sem{kind: kAgo, n: -n, u: u, amt: float64(n)}, end + 1, true
	}
	// الأسبوع/الشهر/العام الماضي، هذا العام؛ last/next/this week|month|year
	j := i
	this := false
	if w == "هذا" || w == "هذه" || w == "لهذا" || w == "لهذه" || w == "بهذا" || w == "بهذه" || w == "هاي" || w == "هيدي" {
		j++
		this = true
	}
	if u := relUnit(defForm(s.word(j))); u != 0 {
		if me, ok := s.lexKind(j+1, lMod); ok && !me.en && !this {
			if s.num(j+2) >= 1000 {
				return sem{}, 0, false // العام الماضي 2024: the year pattern reads it
			}
			return sem{kind: kRelUnit, u: u, n: me.val}, j + 2, true
		}
		if this && (s.word(j+1) == "" || !strings.HasPrefix(s.word(j+1), "ال")) {
			return sem{kind: kRelUnit, u: u, n: 0}, j + 1, true
		}
	}
	if me, ok := s.lexKind(i, lMod); ok && me.en {
		if u := enUnit(s.word(i + 1)); u != 0 {
			return sem{kind: kRelUnit, u: u, n: me.val}, i + 2, true
		}
		if we, ok := s.lexKind(i+1, lWeekday); ok {
			return sem{kind: kWeekday, a: dparts{wd: we.val}, dir: me.val}, i + 2, true
		}
		if e, j2, ok := s.monthAt(i + 1); ok && e.en {
			p := dparts{m: e.val, wd: -1, mod: me.val, hasMod: true, en: true}
			return sem{kind: kDate, a: p}, j2, true
		}
	}
	// weekdays: [يوم|مساء…] WEEKDAY [MODIFIER]; [on] Weekday
	j = i
	lead := false
	if s.is(j, dayWord) {
		j++
		lead = true
	}
	if we, ok := s.lexKind(j, lWeekday); ok {
		if s.word(j) == "الاحد" && s.word(j+1) == "عشر" {
			return sem{}, 0, false
		}
		if !lead && (s.word(j) == "الاثنين" || strings.HasSuffix(s.word(j), "الاثنين")) {
			if _, mod := s.lexKind(j+1, lMod); !mod && !s.is(j-1, relDayWords) {
				return sem{}, 0, false
			}
		}
		x := sem{kind: kWeekday, a: dparts{wd: we.val}}
		end := j + 1
		if me, ok := s.lexKind(end, lMod); ok && !me.en {
			x.dir = me.val
			end++
		}
		return x, end, true
	}
	return sem{}, 0, false
}

var relDayWords = setOf("اليوم", "امس", "أمس", "غدا", "الأمس", "البارحة", "حتى", "منذ")

func relUnit(w string) unit {
	switch w {
	case "الاسبوع":
		return uWeek
	case "الشهر":
		return uMonth
	case "العام", "السنه":
		return uYear
	case "الاسبوع،":
	}
	return 0
}

func enUnit(w string) unit {
	switch w {
	case "week":
		return uWeek
	case "month":
		return uMonth
	case "year":
		return uYear
	}
	return 0
}

// count reads N UNIT (ثلاثة أيام، 3 أيام، يومين، أسبوع، عشرين عاماً، two
// weeks, a year) after an "ago" cue. A weak singular unit (عقد، قرن) counts
// only when nothing hangs on it (قبل عقد من الزمن، but not بعد عقد اتفاقية).
func (s *scanner) count(j int) (int, unit, int, bool) {
	if e, ok := s.lexKind(j, lUnit); ok && e.n > 0 {
		if isLatin(s.word(j)) || (e.weak && e.n == 1 && !s.unitConfirmed(j+1)) {
			return 0, 0, 0, false
		}
		return e.n, unit(e.val), j + 1, true
	}
	a, k, ok := s.amount(j)
	n := int(a)
	if !ok || n == 0 || float64(n) != a {
		return 0, 0, 0, false
	}
	if e, ok := s.lexKind(k, lUnit); ok {
		latin := isLatin(s.word(k))
		if e.n == 0 || (n == 1 && latin) || (n >= 11 && e.n == 1 && !latin) {
			if e.weak && e.n == 1 && !s.unitConfirmed(k+1) {
				return 0, 0, 0, false
			}
			return n, unit(e.val), k + 1, true
		}
	}
	return 0, 0, 0, false
}

func isLatin(w string) bool { return w != "" && w[0] < 0x80 }

// ---- output --------------------------------------------------------------

func (s *scanner) emit(si, ei int, x sem) {
	start, end := s.toks[si].s, s.toks[ei-1].e
	m := Mention{Start: start, End: end, Text: s.text[start:end], x: x}
	m.Kind = kindOf(x)
	if x.kind == kAgo || x.kind == kDuration {
		m.Amount, m.Unit = x.amt, x.u.name()
	}
	m.Role = s.role(si, x)
	if m.Role == RoleOn && (x.kind == kDuration || x.kind == kVague) {
		m.Role = "" // not a date: it dates nothing unless a cue says how (منذ سنوات is since)
	}
	m.Calendar = CalGregorian
	if x.a.cal == calHijri {
		m.Calendar = hijriCalendarName(x.a.y)
	}
	s.out = append(s.out, m)
}

// role applies the cue rules described at the top of this file.
func (s *scanner) role(si int, x sem) Role {
	if x.a.hasMod && x.a.mod == 1 && x.a.y == 0 || x.kind == kRelUnit && x.n > 0 ||
		x.kind == kWeekday && x.dir > 0 || (x.kind == kAgo && x.n > 0) || ((x.kind == kVague || x.kind == kDuration) && x.dir > 0) || (x.kind == kRelDay && x.n > 0 && !x.anchored) {
		return RolePlanned
	}
	switch s.bare(si) {
	case "منذ", "since":
		return RoleSince
	case "حتي", "لغايه", "until", "till":
		return RoleUntil
	}
	var words []int
	commas := 0
	for k := si - 1; k >= 0 && len(words) < 8; k-- {
		t := &s.toks[k]
		if t.kind == tPunct && t.norm == "," && commas == 0 && len(words) <= 1 {
			commas++ // "كان قد أجرى، في 15 تشرين الأول": one comma right before the date
			continue
		}
		if t.kind == tPunct && t.norm != "-" && t.norm != "\"" && t.norm != "/" {
			break
		}
		if t.kind == tWord {
			words = append(words, k)
		}
		if s.toks[k].nl {
			break
		}
	}
	// "تمتد إلى سبعينيات القرن الماضي", "تعود العلاقات إلى عام 1946": a
	// span reaching back to the date starts there.
	for n, k := range words {
		if n+1 < len(words) && commas == 0 && s.bare(k) == "الي" && extendsBack[s.bare(words[n+1])] {
			return RoleSince
		}
		if w := s.bare(k); w != "ال" && w != "مطلع" && w != "بدايه" && w != "اواخر" && w != "اوايل" && w != "منتصف" && w != "عام" && w != "العام" && w != "سنه" {
			break
		}
	}
	// "أرجأت المحكمة النطق بالحكم إلى 29 أغسطس": the date a postponement
	// or an extension moves something to is still to come.
	if len(words) > 0 && commas == 0 && (s.bare(words[0]) == "الي" || s.word(words[0]) == "to" || s.word(words[0]) == "until") {
		for _, k := range words[1:] {
			if s.is(k, postponeCue) {
				return RolePlanned
			}
		}
	}
	// the nearest cue right before the date (skipping في، يوم، عام…)
	for _, k := range words {
		if commas > 0 {
			break
		}
		w := s.bare(k)
		switch w {
		case "منذ", "since":
			return RoleSince
		case "حتي", "لغايه", "غايه", "until", "till":
			return RoleUntil
		case "قبل", "before":
			if x.kind == kDate || x.kind == kRange {
				return RoleBackground
			}
			return RoleOn
		case "في", "يوم", "عام", "العام", "سنه", "نهايه", "بدايه", "مطلع", "منتصف", "اواخر", "اوايل",
			"خلال", "ال", "من", "in", "on", "of", "the", "early", "late", "mid", "end", "شهر":
			continue
		}
		break
	}
	for n, k := range words {
		w := s.bare(k)
		switch {
		case w == "منذ" || w == "بعد" || w == "قبل" || w == "عقب" || w == "اثر" || w == "اعقاب" ||
			w == "since" || w == "after" || w == "before":
			if s.isEventNoun(k+1) || s.word(k+1) == "the" && s.isEventNoun(k+2) {
				return RoleBackground
			}
		case pluperfect[w] && n+1 < len(words) && kana[s.word(words[n+1])]:
			return RoleBackground
		case s.is(k, plannedCue) || (strings.HasPrefix(w, "سوف")):
			return RolePlanned
		}
	}
	return RoleOn
}

// isEventNoun reports whether token k is an event noun, also after ال or ب/ب+ال.
func (s *scanner) isEventNoun(k int) bool {
	w := s.word(k)
	if w == "" {
		return false
	}
	if eventNoun[w] {
		return true
	}
	for _, p := range []string{"ال", "بال", "ب", "ل", "لل"} {
		if strings.HasPrefix(w, p) && eventNoun[strings.TrimPrefix(w, p)] {
			return true
		}
	}
	return false
}
