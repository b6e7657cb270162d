package dates

/*
Durations and vague spans: time that is not a date.

Besides the points and ranges of scan.go, news text measures time and
points at stretches of it without bounds. These mentions get a Kind of their
own and never a Value, so nothing downstream takes them for the date of what
a claim reports (claim.Date.Kind; claim.annotateDates and the diff's date
check only read values).

Durations (KindDuration, Amount and Unit set; Amount 0 when no number is
written):

 1. A count and a unit: ثلاثة أشهر، 8 سنوات، 45 يوماً، عشرين عاماً، خمسة وعشرين
    عاماً، أحد عشر شهراً، نصف ساعة، ربع قرن، عام ونصف. The count is digits (1–999)
    or number words (units, teens, tens joined by و, مئة); numbers from eleven
    take the singular (48 ساعة). A dual stands alone: يومين، أسبوعين، شهرين،
    عامين، ساعتين.
 2. After a cue of length — لمدة، مدة، طوال، طيلة، خلال، على مدى، على مدار،
    مرور — also a singular unit (لمدة عام) or a bare plural (على مدى سنوات),
    with an approximator between (لمدة تقارب… is not read; نحو، حوالي، قرابة،
    أكثر من، أقل من، ما يقارب are). The cue is part of the span. ل written on
    the count or the unit is a cue too: لثلاثة أيام، لعدة أيام، لسنوات.
 3. منذ with a plural and no count (منذ سنوات، منذ عدة أشهر): how long something
    has lasted.
 4. "The last N units": السنوات الثلاث الماضية، الأشهر الستة الأخيرة.

"N units ago" (قبل ثلاث سنوات، منذ 5 سنوات، بعد يومين) stays a point counted
from the reference (scan.go), with Amount and Unit as well; with أكثر من or أقل
من, or a half (قبل عام ونصف), it has no value. Units are minute, hour, day,
week, month, year, decade and century; عقد ("contract", "held") and قرن
("horn") count only after a cue or when nothing hangs on them (عقد من الزمن،
عقدين كاملين، قرن.).

Vague spans (KindVague, no value):

 5. A definite plural unit with الماضية/الأخيرة/المقبلة/القادمة/المنصرمة: خلال
    السنوات الماضية، الأشهر الأخيرة، الأيام القليلة المقبلة، العقود الماضية; also
    الآونة الأخيرة، الفترة الماضية/الأخيرة/المقبلة/الحالية، العقد الماضي/المقبل،
    الموسم الماضي/المقبل.
 6. قبل/بعد with a plural and no count: قبل أيام، بعد بضعة أسابيع.
 7. A part of the current period: نهاية العام، مطلع الشهر، بقية السنة، طوال
    العام (not before الماضي/المقبل, a year or "من", which scan.go reads).
 8. Seasons: فصل الشتاء، الصيف الماضي، هذا الخريف. A season with a year (صيف
    2019، خريف عام 2020) is a point: that year.
 9. Historical periods: الفترة العثمانية، العهد البيزنطي، العصر المملوكي،
    العصور الوسطى — a period word and one of a short list of era adjectives
    (eraAdj), so "العهد الجديد", "عصر السرعة" or a regime (فترة الانتداب) are
    not read.
10. Frequencies: يومياً، أسبوعياً، شهرياً، سنوياً (not كل يوم، كل عام, which
    read as often as "each day" of a story as a frequency).
*/

import "strings"

var (
	// cues of length before a count (and, for a singular or a bare
	// plural, needed)
	lengthCue = setOf("لمدة", "مدة", "طوال", "طيلة", "خلال", "مرور", "لفترة")
	// approximators a count may carry: about, and more/less than
	aboutWords = setOf("نحو", "حوالي", "قرابة", "زهاء", "بنحو", "لنحو", "لحوالي")
	fewWords   = setOf("عدة", "بضعة", "بضع", "لعدة", "لبضعة", "لبضع")
	// the modifiers of a definite plural: the last/next such units
	pastNextMod = setOf("الماضية", "الأخيرة", "المقبلة", "القادمة", "المنصرمة", "الفائتة", "الماضي", "الأخير",
		"المقبل", "القادم", "المنصرم", "الحالي", "الحالية", "الراهنة", "الجارية")
	// parts of the current year, month or week (نهاية العام)
	partWords = setOf("نهاية", "بداية", "مطلع", "منتصف", "أواخر", "أوائل", "بقية", "لبقية", "طوال", "طيلة", "مدار")
	seasons   = setOf("صيف", "شتاء", "ربيع", "خريف")
	freqWords = map[string]unit{fold("يومياً"): uDay, fold("أسبوعياً"): uWeek, fold("شهرياً"): uMonth, fold("سنوياً"): uYear}
	eraHead   = setOf("الفترة", "الحقبة", "العهد", "العصر", "فترة", "حقبة", "عهد", "عصر", "زمن", "العصور")
	// adjectives that make an era of a period word
	eraAdj = setOf("العثماني", "العثمانية", "الروماني", "الرومانية", "البيزنطي", "البيزنطية", "المملوكي", "المملوكية",
		"الأموي", "الأموية", "العباسي", "العباسية", "الفاطمي", "الفاطمية", "الأيوبي", "الأيوبية", "الصليبي", "الصليبية",
		"الفرعوني", "الفرعونية", "الجاهلي", "الجاهلية", "الهلنستي", "الهلنستية", "الكنعاني", "الكنعانية", "الحجري",
		"البرونزي", "الحديدي", "الاستعماري", "الاستعمارية", "الفيكتوري", "الفيكتورية", "الوسطى",
		"العثمانيين", "المماليك", "الصليبيين", "الرومان", "الأتراك")
	wholeWords = setOf("كاملا", "كاملة", "بأكمله", "بأكملها")
	// words after a unit that show it measures time (عقد من الزمن، عقدين كاملين)
	unitConfirm = setOf("كامل", "كاملا", "كاملة", "كاملين", "كاملتين", "ونصف", "مضت", "مضى", "مضيا", "على", "متتالية",
		"متواصلة", "متتاليين", "متواصلين")
)

// periodStarters are the words periodExpr can start at, for the scanner's
// pre-filter (lexicon words, numbers and one-letter clitics are let through
// anyway).
func periodStarters() []string {
	var ws []string
	for _, set := range []map[string]bool{lengthCue, fewWords, partWords, seasons, eraHead, aboutWords} {
		for w := range set {
			ws = append(ws, w)
		}
	}
	for w := range freqWords {
		ws = append(ws, w)
	}
	for w := range seasons {
		ws = append(ws, "ال"+w)
	}
	for w, e := range lexicon {
		if e.kind == lUnit && !isLatin(w) {
			ws = append(ws, "ال"+w)
		}
	}
	return append(ws, "هاي", "هيدي", "نصف", "ربع", "فصل", "الاونه", "الفتره", "العقد", "الموسم", "احد", "احدي", "اثنا", "اثني",
		"اثنتا", "اثنتي", "ما", "اكثر", "اقل", "لاكثر", "لاقل")
}

// periodFirst holds the words periodExpr can start at (without و/ف, and
// definite words without their clitic), so most tokens are turned away with
// one look-up. It is filled by the lexicon's init.
var periodFirst map[string]bool

func buildPeriodFirst() map[string]bool {
	m := make(map[string]bool)
	for _, w := range periodStarters() {
		m[w] = true
	}
	for w, e := range lexicon {
		if (e.kind == lUnit || e.kind == lNumWord) && !isLatin(w) {
			m[w] = true
			m["ل"+w] = true
		}
	}
	for w := range fewWords {
		m[w] = true
	}
	for _, w := range []string{"هذا", "هذه", "لهذا", "بهذا", "علي"} {
		m[w] = true
	}
	return m
}

// periodExpr reads the durations and vague spans described at the top of
// this file.
func (s *scanner) periodExpr(i int) (sem, int, bool) {
	w := s.word(i)
	if w == "" || isLatin(w) {
		if s.num(i) > 0 {
			return s.durationExpr(i)
		}
		return sem{}, 0, false
	}
	b := s.bare(i)
	if !periodFirst[w] && !periodFirst[b] && !periodFirst[defForm(w)] {
		return sem{}, 0, false
	}
	if u, ok := freqWords[w]; ok {
		return sem{kind: kVague, u: u}, i + 1, true
	}
	if u, ok := freqWords[b]; ok {
		return sem{kind: kVague, u: u}, i + 1, true
	}
	// eras: الفترة العثمانية، العهد البيزنطي
	if s.is(i, eraHead) || eraHead[defForm(w)] {
		j := i + 1
		if s.word(j) == "الحكم" {
			j++ // فترة الحكم العثماني
		}
		if s.is(j, eraAdj) {
			return sem{kind: kVague}, j + 1, true
		}
	}
	// seasons
	if s.is(i, seasons) {
		j := i + 1
		if ww := s.word(j); ww == "عام" || ww == "العام" || ww == "سنه" || ww == "السنه" {
			j++
		}
		if y, hj, end, ok := s.yearAt(j, calGreg); ok && !hj {
			return sem{kind: kDate, a: dparts{y: y, wd: -1}}, end, true
		}
	}
	if w == "فصل" && seasons[strings.TrimPrefix(s.word(i+1), "ال")] && strings.HasPrefix(s.word(i+1), "ال") {
		end := i + 2
		if s.is(end, pastNextMod) {
			end++
		}
		return sem{kind: kVague, dir: s.modDir(i + 2)}, end, true
	}
	if d := defForm(w); strings.HasPrefix(d, "ال") && seasons[d[4:]] && s.is(i+1, pastNextMod) {
		return sem{kind: kVague, dir: s.modDir(i + 1)}, i + 2, true
	}
	if (b == "هذا" || b == "هذه" || w == "لهذا" || w == "بهذا") && strings.HasPrefix(s.word(i+1), "ال") && seasons[s.word(i + 1)[4:]] {
		return sem{kind: kVague}, i + 2, true
	}
	// parts of the current period: نهاية العام، بقية السنة
	if s.is(i, partWords) {
		if u := relUnit(s.word(i + 1)); u != 0 {
			nx := s.word(i + 2)
			if _, mod := s.lexKind(i+2, lMod); !mod && s.num(i+2) < 0 && !s.punct(i+2, "(") && nx != "من" && !strings.HasPrefix(nx, "ال") {
				return sem{kind: kVague, u: u}, i + 2, true
			}
		}
	}
	// الآونة الأخيرة، الفترة الماضية، العقد المقبل، الموسم الماضي
	if d := defForm(w); d == "الاونه" || d == "الفتره" || d == "العقد" || d == "الموسم" {
		if s.is(i+1, pastNextMod) {
			x := sem{kind: kVague, dir: s.modDir(i + 1)}
			if d == "العقد" {
				x.u = uDecade
			}
			return x, i + 2, true
		}
		return sem{}, 0, false
	}
	// السنوات الماضية، الأشهر الثلاثة الأخيرة، الـ24 ساعة الماضية
	if x, end, ok := s.lastUnits(i); ok {
		return x, end, true
	}
	return s.durationExpr(i)
}

// modDir is +1 when token k is a modifier of the future (المقبلة، القادمة),
// so the mention is planned.
func (s *scanner) modDir(k int) int {
	if e, ok := s.lexKind(k, lMod); ok && e.val > 0 {
		return 1
	}
	return 0
}

// lastUnits reads a definite plural unit with an optional count and a
// modifier: السنوات الماضية (vague), السنوات الخمس الماضية (a duration).
func (s *scanner) lastUnits(i int) (sem, int, bool) {
	j := i
	amt := 0.0
	d := defForm(s.word(j))
	if !strings.HasPrefix(d, "ال") {
		return sem{}, 0, false
	}
	e, ok := lexicon[d[4:]]
	if !ok || e.kind != lUnit || e.n != 0 || strings.HasSuffix(d, "ا") {
		return sem{}, 0, false
	}
	j++
	if nw := s.word(j); strings.HasPrefix(nw, "ال") {
		if ne, ok := lexicon[nw[4:]]; ok && ne.kind == lNumWord && ne.val >= 2 && ne.val <= 100 {
			amt = float64(ne.val)
			j++
		}
	}
	if s.word(j) == "القليله" {
		j++
	}
	if s.is(j, pastNextMod) {
		if amt > 0 {
			return sem{kind: kDuration, u: unit(e.val), amt: amt, dir: s.modDir(j)}, j + 1, true
		}
		return sem{kind: kVague, u: unit(e.val), dir: s.modDir(j)}, j + 1, true
	}
	if amt > 0 && (s.is(i-1, lengthCue) || s.bare(i-1) == "في") {
		return sem{kind: kDuration, u: unit(e.val), amt: amt}, j, true // خلال السنوات الخمس
	}
	return sem{}, 0, false
}

// durationExpr reads [cue] [approximator] COUNT UNIT, a dual, or a cue with
// a singular or bare plural unit.
func (s *scanner) durationExpr(i int) (sem, int, bool) {
	j := i
	cue := false
	if s.is(j, lengthCue) {
		cue = true
		j++
	} else if s.bare(j) == "علي" && (s.word(j+1) == "مدي" || s.word(j+1) == "مدار") {
		cue = true
		j += 2
	}
	if cue {
		if k, _, ok := s.approx(j); ok {
			j = k
		}
	}
	// ل on the count or the unit: لثلاثة أيام، لسنوات
	lam := false
	if w := s.word(j); len(w) > 4 && strings.HasPrefix(w, "ل") && !cue {
		if e, ok := lexicon[w[2:]]; ok && (e.kind == lNumWord || e.kind == lUnit && e.n != 1) {
			lam = true
		} else if fewWords[w] {
			lam = true
		}
	}
	x := sem{kind: kDuration}
	k := j
	counted := false
	if s.is(k, fewWords) {
		k++
		counted = true // a count, unknown
	} else if a, e, ok := s.amountAt(k, lam); ok {
		x.amt, k, counted = a, e, true
	}
	e, ok := s.lexKind(k, lUnit)
	if lam && !counted {
		e, ok = lexicon[s.word(k)[2:]]
		ok = ok && e.kind == lUnit
	}
	if !ok || isLatin(s.word(k)) {
		return sem{}, 0, false
	}
	x.u = unit(e.val)
	end := k + 1
	switch {
	case counted && x.amt == 0: // عدة أيام
		if e.n != 0 {
			return sem{}, 0, false
		}
	case counted:
		if e.n == 2 || (e.n == 1 && x.amt >= 2 && x.amt < 11) || (e.n == 0 && x.amt < 1) {
			return sem{}, 0, false
		}
		if e.n == 0 && strings.HasSuffix(s.word(k), "ا") && x.amt < 11 && x.amt >= 3 {
			return sem{}, 0, false // ثلاثة عاما is not Arabic; a number run on from elsewhere
		}
	case e.n == 2:
		x.amt = 2
	case e.n == 1:
		if !cue || s.num(end) >= 0 || s.punct(end, "(") {
			return sem{}, 0, false // لمدة عام; not خلال عام 2019
		}
		if _, _, month := s.monthAt(end); month {
			return sem{}, 0, false // خلال شهر رمضان
		}
		if _, wd := s.lexKind(end, lWeekday); wd || strings.HasPrefix(s.word(end), "ال") {
			return sem{}, 0, false
		}
		x.amt = 1
	case !cue && !lam && strings.HasSuffix(s.word(k), "ا") && s.is(end, wholeWords):
		x.amt = 1 // عاماً كاملاً، عقداً كاملاً
	default: // a bare plural: على مدى سنوات، لسنوات
		if !cue && !lam {
			return sem{}, 0, false
		}
		if s.followsGenitive(end) {
			return sem{}, 0, false
		}
	}
	if e.weak && !cue && !s.unitConfirmed(end) && !(lam && counted) {
		return sem{}, 0, false
	}
	if s.word(end) == "ونصف" {
		x.amt += 0.5
		end++
	}
	return x, end, true
}

// amountAt reads a count: digits 1–999, number words (ثلاثة، خمسة وعشرين، أحد
// عشر، مئة), نصف or ربع. With lam the first word carries ل (لثلاثة).
func (s *scanner) amountAt(j int, lam bool) (float64, int, bool) {
	if lam {
		w := s.word(j)
		if e, ok := lexicon[w[2:]]; ok && e.kind == lNumWord {
			return s.numWordTail(j, float64(e.val))
		}
		return 0, 0, false
	}
	return s.amount(j)
}

// amount reads a count at j (see amountAt).
func (s *scanner) amount(j int) (float64, int, bool) {
	if n := s.num(j); n >= 0 {
		if n == 0 || s.toks[j].nd > 3 {
			return 0, 0, false
		}
		// not a part of 2.5, 1,500, 12/2 or 3-4
		if nx := j + 1; nx < len(s.toks) && s.toks[nx].kind == tPunct && s.num(nx+1) >= 0 {
			if p := s.toks[nx].norm; p == "." || p == "," || p == "/" || p == "-" || p == ":" {
				return 0, 0, false
			}
		}
		if j > 0 && s.toks[j-1].kind == tPunct && s.num(j-2) >= 0 {
			if p := s.toks[j-1].norm; p == "." || p == "," || p == "/" || p == "-" || p == ":" {
				return 0, 0, false
			}
		}
		return float64(n), j + 1, true
	}
	w := s.word(j)
	switch w {
	case "نصف":
		return 0.5, j + 1, true
	case "ربع":
		return 0.25, j + 1, true
	case "احد", "احدي":
		if ww := s.word(j + 1); ww == "عشر" || ww == "عشره" {
			return 11, j + 2, true
		}
		return 0, 0, false
	case "اثنا", "اثني", "اثنتا", "اثنتي":
		if ww := s.word(j + 1); ww == "عشر" || ww == "عشره" {
			return 12, j + 2, true
		}
		return 0, 0, false
	}
	e, ok := lexicon[w]
	if !ok || e.kind != lNumWord {
		return 0, 0, false
	}
	return s.numWordTail(j, float64(e.val))
}

// numWordTail reads what may follow a number word v at j: عشر (teens) or و
// and tens (خمسة وعشرين).
func (s *scanner) numWordTail(j int, v float64) (float64, int, bool) {
	if v < 10 {
		if ww := s.word(j + 1); ww == "عشر" || ww == "عشره" {
			return 10 + v, j + 2, true
		}
		if ww := s.word(j + 1); strings.HasPrefix(ww, "و") {
			if e, ok := lexicon[ww[2:]]; ok && e.kind == lNumWord && e.val >= 20 && e.val <= 90 {
				return v + float64(e.val), j + 2, true
			}
		}
	}
	return v, j + 1, true
}

// approx skips an approximator at j: نحو، حوالي، قرابة، زهاء، ما يقارب (about),
// أكثر من، أقل من، ما يزيد على/عن، ما لا يقل عن (inexact).
func (s *scanner) approx(j int) (int, bool, bool) {
	if s.is(j, aboutWords) {
		return j + 1, false, true
	}
	switch s.bare(j) {
	case "اكثر", "اقل", "لاكثر", "لاقل", "باكثر":
		if s.word(j+1) == "من" {
			return j + 2, true, true
		}
	case "ما":
		switch s.word(j + 1) {
		case "يقارب", "يقرب":
			if s.word(j+2) == "من" {
				return j + 3, false, true
			}
			return j + 2, false, true
		case "يزيد":
			if ww := s.word(j + 2); ww == "علي" || ww == "عن" {
				return j + 3, true, true
			}
		case "لا":
			if s.word(j+2) == "يقل" && (s.word(j+3) == "عن" || s.word(j+3) == "علي") {
				return j + 4, true, true
			}
		}
	}
	return j, false, false
}

// lexUnitPlural reports whether token j is a plural time unit (أيام، سنوات).
func (s *scanner) lexUnitPlural(j int) bool {
	e, ok := s.lexKind(j, lUnit)
	return ok && e.n == 0 && !isLatin(s.word(j)) && !strings.HasSuffix(s.word(j), "ا")
}

// followsGenitive reports whether the word at k hangs on a unit before it as
// a definite genitive (سنوات الحرب), so the unit is not a bare length.
func (s *scanner) followsGenitive(k int) bool {
	w := s.word(k)
	if w == "شهر" {
		return true // خلال أيام شهر رمضان
	}
	if _, _, month := s.monthAt(k); month {
		return true
	}
	if !strings.HasPrefix(w, "ال") || s.toks[k].nl {
		return false
	}
	if s.is(k, pastNextMod) || w == "القليله" || w == "الطويله" {
		return false
	}
	return true
}

// unitConfirmed reports whether what follows a weak unit (ending before k)
// shows it measures time: nothing (a clause ends), من الزمن، كاملة، ونصف، مضت.
func (s *scanner) unitConfirmed(k int) bool {
	if k >= len(s.toks) || s.toks[k].nl {
		return true
	}
	t := &s.toks[k]
	if t.kind == tPunct {
		return t.norm != "/" && t.norm != "-"
	}
	if t.kind != tWord {
		return false
	}
	if s.word(k) == "من" && s.word(k+1) == "الزمن" {
		return true
	}
	return s.is(k, unitConfirm)
}

// defForm gives a definite word without a one-letter clitic before its
// article (والسنوات، بالسنوات → السنوات; للسنة → السنة).
func defForm(w string) string {
	if strings.HasPrefix(w, "لل") && len(w) > 6 {
		return "ال" + w[4:]
	}
	if len(w) > 6 && strings.HasPrefix(w[2:], "ال") {
		switch w[:2] {
		case "و", "ف", "ب", "ك":
			return w[2:]
		}
	}
	return w
}
