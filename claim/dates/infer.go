package dates

/*
How an article's own date is inferred.

 1. A dateline: a date a few words after a publication cue (نُشر في، تاريخ
    النشر، published, posted), or after بتاريخ/dated on one of the first
    lines or a short line, or a line near the top that holds little but a
    full date. A date after a retrieval cue (تم جلبه من مصدره الأصلي بتاريخ …،
    retrieved, accessed, fetched) is when an aggregator copied the article:
    FindRetrieved returns it and it is never taken as the publication date.

 2. Otherwise every date mention is a constraint on the unknown publication
    day P, and candidate days are scored by the constraints they break:
      hard (10): a relative day word in apposition with a date (اليوم 31 من
        تموز; اليوم، الأربعاء 24 من كانون الأول) must name P shifted by the word;
        a month with الجاري is P's month; a month with a modifier and an
        explicit year (كانون الأول الماضي 2024) must resolve to that year; P is
        not after the retrieval date, nor after "now";
      medium (5): a weekday written with a day and month must match the year
        that date resolves to from P;
      soft (1): a date told as past (role on, since or background) is not after
        P; an aggregator copies an article within the week it appeared, so P
        is at most six days before the retrieval date.
    Candidate years come from the evidence: the retrieval year (and the one
    before); else the latest explicit year of a past-tense date (or of a
    relative day written with its date: أمس الجمعة 31 يوليو 2015) and the year
    after, preferring the earlier; else, only when a weekday with a day and
    month is anchored to the article (a weekday pins the year), the latest year
    up to "now" that fits. With no such evidence nothing is inferred.
    Among the best days, a bare weekday (يوم الأربعاء) is taken as recent: days
    that put it nearest before P win (within a week, one weekday pins the day).
    The answer is what all remaining days share: a day, else a month (a year
    alone only when a retrieval date bounds it: the latest year mentioned is a
    lower bound, not an answer). It is not the latest date mentioned (planned dates and background are
    not publication dates).
*/

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

var (
	retrievalCues = foldAll("جلب", "استرجاع", "استرداد", "استخراج", "retrieved", "accessed", "fetched", "crawled", "scraped", "extracted")
	// publicationCues say that the date after them is the article's
	// own ("نُشر في", "تاريخ النشر:", "published on").
	publicationCues = foldAll("نشر", "published", "posted")
	// datedCues ("بتاريخ", "dated") introduce any date ("تحطمت طائرته …
	// بتاريخ 29 مايو 1988"): they make a dateline only on a short line.
	datedCues = foldAll("بتاريخ", "dated")
)

// foldAll returns the cues folded (fold), as cueBefore compares them.
func foldAll(cues ...string) []string {
	for i, c := range cues {
		cues[i] = fold(c)
	}
	return cues
}

// Where a publication cue may stand: within cueWords words before the
// date; a dated cue only on a line of at most datedLetters letters, the
// date's month name and the cue's own counted ("القاهرة - بتاريخ 3 آذار
// 2024").
const (
	cueWords     = 3
	datedLetters = 50
)

// cueBefore reports which cue list has a member in the clause before byte
// offset pos on its line: 1 retrieval, 2 publication, 0 none. A retrieval
// cue may stand anywhere in the clause; a publication cue must start a
// word (after و، ف or ال at most) within cueWords words of the date, and
// a dated cue ("بتاريخ") must also be on a short line (datedLetters), so
// that a date told in the body ("بتاريخ 29 مايو 1988م" of an earlier
// crash) is not taken for the article's.
func cueBefore(text string, pos int) int {
	ls := strings.LastIndexByte(text[:pos], '\n') + 1
	pre := text[ls:pos]
	if k := strings.LastIndex(pre, ". "); k >= 0 {
		pre = pre[k+2:]
	}
	f := strings.ToLower(fold(pre))
	for _, c := range retrievalCues {
		if strings.Contains(f, c) {
			return 1
		}
	}
	if cueNear(f, publicationCues) {
		return 2
	}
	if cueNear(f, datedCues) && onDateline(text, ls, pos) {
		return 2
	}
	return 0
}

// cueNear reports whether one of the folded cues starts a word of the
// folded clause f, with at most cueWords words after it.
func cueNear(f string, cues []string) bool {
	for _, c := range cues {
		for from := 0; ; {
			k := strings.Index(f[from:], c)
			if k < 0 {
				break
			}
			k += from
			from = k + len(c)
			if wordStart(f[:k]) && wordEnd(f[from:]) && len(strings.Fields(f[from:])) <= cueWords {
				return true
			}
		}
	}
	return false
}

// wordStart reports whether a cue found after the folded text before
// starts a word: before is empty or ends in a space, a punctuation mark,
// or a word start followed by و، ف، ال or وال.
func wordStart(before string) bool {
	for _, p := range []string{"وال", "فال", "ال", "و", "ف"} {
		if strings.HasSuffix(before, p) {
			before = strings.TrimSuffix(before, p)
			break
		}
	}
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return !unicode.IsLetter(r)
}

// wordEnd reports whether a cue followed by the folded text after ends a
// word, a feminine ت allowed ("نُشرت في"): "نشرته صحيفة سبق يوم …" tells
// of an earlier report, not of this one.
func wordEnd(after string) bool {
	after = strings.TrimPrefix(after, "ت")
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || !unicode.IsLetter(r)
}

// onDateline reports whether the line starting at byte ls, holding a date
// at pos, is a dateline: a line of at most datedLetters letters. (Being
// among the first lines is no sign: a whole article may be one line.)
func onDateline(text string, ls, pos int) bool {
	le := strings.IndexByte(text[pos:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += pos
	}
	letters := 0
	for _, r := range text[ls:le] {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= datedLetters
}

// FindRetrieved returns the first date that a retrieval cue introduces
// ("تم جلبه من مصدره الأصلي بتاريخ ٢٤ كانون الأول ٢٠٢٥", "retrieved on …"): when a
// copy was fetched, not when it was published.
func FindRetrieved(text string) (Mention, bool) {
	for _, m := range Find(text) {
		if m.Value != "" && !m.Relative && cueBefore(text, m.Start) == 1 {
			return m, true
		}
	}
	return Mention{}, false
}

// InferPublished returns the article's publication date, from a dateline or
// inferred from the dates it mentions, with from = "dateline" or "inferred".
// "Now" bounds the inference: an article is not from the future.
func InferPublished(text string) (value, from string, ok bool) {
	return InferPublishedAt(text, time.Now())
}

// InferPublishedAt is InferPublished with an explicit "now" (zero: no bound,
// and no year is guessed from weekdays alone).
func InferPublishedAt(text string, now time.Time) (value, from string, ok bool) {
	return InferPublishedIn(text, Find(text), now)
}

// InferPublishedIn is InferPublishedAt from the mentions Find returned for
// text, which it leaves as they are: a caller that goes on to Resolve them
// scans the text once.
func InferPublishedIn(text string, ms []Mention, now time.Time) (value, from string, ok bool) {
	return InferPublishedRetrieved(text, ms, time.Time{}, now)
}

// InferPublishedRetrieved is InferPublishedIn for an article whose
// retrieval day is known from outside its text (a crawl's metadata; zero:
// unknown): it bounds the publication date as a retrieval date written in
// the text does (not after it; the years are its year and the one
// before; within the week before it at best), so that a decree's date
// in the body ("بالمرسوم الملكي رقم م/36 وتاريخ 26/9/1423ه") is not where
// the years are sought.
func InferPublishedRetrieved(text string, ms []Mention, retrieved, now time.Time) (value, from string, ok bool) {
	if v, ok := dateline(text, ms); ok {
		return v, "dateline", true
	}
	if v, ok := solve(text, ms, retrieved, now); ok {
		return latestDay(ms, v), "inferred", true
	}
	return "", "", false
}

// latestDay narrows a month-precise publication date to the day of the
// latest happening the article dates to a day inside that month and the
// day after ("وأرسلت سوريا وفداً … في 23 كانون الأول" in an article of
// December → 2025-12-23/2025-12-24): news is published on the day of what
// it reports or the next. Without such a day the month stays.
func latestDay(ms []Mention, month string) string {
	ref, err := ParseRef(month)
	if err != nil || ref.Month == 0 || ref.Day != 0 {
		return month
	}
	rs := slices.Clone(ms)
	Resolve(rs, ref)
	best := ""
	for _, m := range rs {
		if m.Role == RoleOn && len(m.Value) == 10 && strings.HasPrefix(m.Value, month) && m.Value > best {
			best = m.Value
		}
	}
	t, err := time.Parse("2006-01-02", best)
	if err != nil {
		return month
	}
	return best + "/" + t.AddDate(0, 0, 1).Format("2006-01-02")
}

// dateline finds a published date given by a cue or on a line of its own near the top.
func dateline(text string, ms []Mention) (string, bool) {
	for _, m := range ms {
		if m.Value == "" || m.Relative || m.Precision != PrecDay || m.x.kind != kDate {
			continue
		}
		switch cueBefore(text, m.Start) {
		case 1:
			continue
		case 2:
			return m.Value, true
		}
		// a line of its own among the first lines
		ls := strings.LastIndexByte(text[:m.Start], '\n') + 1
		le := strings.IndexByte(text[m.End:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += m.End
		}
		if strings.Count(text[:ls], "\n") > 6 {
			continue
		}
		rest := fold(text[ls:m.Start] + text[m.End:le])
		letters := 0
		for _, r := range rest {
			if r > 0x600 && r < 0x700 || r >= 'a' && r <= 'z' {
				letters++
			}
		}
		if letters <= 12 {
			return m.Value, true
		}
	}
	return "", false
}

type constraintSet struct {
	// ms are the mentions that constrain the day, in the caller's array
	// (copies of them were most of what solve allocated).
	ms []*Mention
	// fixed holds, for each of ms whose value does not depend on the
	// reference date (!isRelative), its value resolved once; penalty is
	// called for every day of a year or two, and resolving the same
	// absolute date again each time was most of its cost.
	fixed []fixedIval
	// daily holds the indices in ms of the mentions penalty reads anew
	// for every day: those with a check of their own and those whose
	// value depends on the day. Each of the rest adds 1 to a day's
	// penalty when its fixed value starts after the day, or nothing;
	// their starts are in lateStarts, in order, so that a day's count is
	// one binary search instead of a pass over them (penalty is called
	// for every day of a year or two).
	daily      []int
	lateStarts []civil
	// everyDay counts the relative mentions (غداً، الأسبوع المقبل…)
	// that add 1 to every day's penalty: those whose value starts after
	// whatever day they are read against.
	everyDay  int
	retrieved civil
	weekEarly civil // six days before retrieved
	hasR      bool
	now       civil
	hasNow    bool
}

// yearPens is the penalty of each day of year y (pen[0] for 1 January),
// at most hardPen: solve needs the exact value only below it.
type yearPens struct {
	y   int
	pen [366]uint8
}

// fixedIval is a mention's value resolved without a reference date, when
// ok; see constraintSet.fixed.
type fixedIval struct {
	iv ival
	ok bool
}

// hardPen is the penalty of a broken hard constraint: a day that has it
// is never the answer (solve gives up when the best day has it).
const hardPen = 10

// penalty returns the penalty of publication day p: its exact value
// below hardPen, and some value of at least hardPen for a day that breaks
// a hard constraint, which solve neither takes nor tells apart from
// another such day. It stops at the first hard constraint broken: most
// days of the years tried break one (a relative day written with its
// date fits one day), and penalty is called for every day of each.
func (cs *constraintSet) penalty(p civil) int {
	ref := Ref{p.y, p.m, p.d}
	pen := cs.dayPenalty(p)
	if pen >= hardPen {
		return pen
	}
	// The fixed starts after p: the last ones of lateStarts.
	pen += cs.everyDay + len(cs.lateStarts) - sort.Search(len(cs.lateStarts), func(k int) bool { return cs.lateStarts[k].after(p) })
	for _, i := range cs.daily {
		if pen >= hardPen {
			return pen
		}
		pen += cs.mentionPenalty(i, p, ref)
	}
	return pen
}

// dayPenalty is the part of publication day p's penalty that no mention
// adds: hardPen for a day after the retrieval date or now, 1 for a day
// more than six days before retrieval.
func (cs *constraintSet) dayPenalty(p civil) int {
	if cs.hasR && p.after(cs.retrieved) || cs.hasNow && p.after(cs.now) {
		return hardPen
	}
	if cs.hasR && cs.weekEarly.after(p) {
		return 1
	}
	return 0
}

// mentionPenalty is the part of publication day p's penalty that mention i
// of cs.ms adds: a relative day or a date whose written parts the day
// contradicts, and a dated mention that starts after the day.
func (cs *constraintSet) mentionPenalty(i int, p civil, ref Ref) int {
	pen := 0
	m := cs.ms[i]
	x := &m.x
	a := &x.a
	switch {
	case x.kind == kRelDay && x.anchored:
		t := p.addDays(x.n)
		if a.m > 0 && a.cal == calGreg && (t.m != a.m || t.d != a.d) {
			pen += 10
		}
		if a.y > 0 && a.cal == calGreg && t.y != a.y {
			pen += 10
		}
		if a.wd >= 0 && t.weekday() != a.wd {
			pen += 10
		}
		return pen
	case x.kind == kDate && a.cal == calGreg && a.m > 0 && a.hasMod:
		if a.y > 0 {
			q := *a
			q.y = 0
			if y, ok := inferYear(q, ref, m.Role); ok && y != a.y {
				pen += 10
			}
		} else if a.mod == 0 && a.m != p.m {
			pen += 10
		}
	case x.kind == kDate && a.cal == calGreg && a.wd >= 0 && a.d > 0 && a.m > 0 && a.y == 0:
		q := *a
		q.wd = -1
		if y, ok := inferYear(q, ref, m.Role); ok && a.d <= daysIn(y, a.m) && (civil{y, a.m, a.d}).weekday() != a.wd {
			pen += 5
		}
	}
	if m.Role == RoleOn || m.Role == RoleSince || m.Role == RoleBackground {
		var iv ival
		if f := cs.fixed[i]; f.ok {
			iv = f.iv
		} else {
			iv = resolveSem(*x, ref, m.Role)
		}
		if iv.ok && iv.prec != PrecDecade && iv.prec != PrecCentury && iv.lo.after(p) {
			pen++
		}
	}
	return pen
}

// anyDay is a day relative mentions are resolved against when their
// penalty is the same for every day (constraintSet.split).
var anyDay = civil{2001, 1, 15}

// split fills cs.daily, cs.lateStarts and cs.everyDay from cs.ms and
// cs.fixed (see constraintSet).
func (cs *constraintSet) split() {
	cs.daily, cs.lateStarts, cs.everyDay = cs.daily[:0], cs.lateStarts[:0], 0
	for i, m := range cs.ms {
		x := &m.x
		a := &x.a
		switch {
		case x.kind == kRelDay && x.anchored,
			x.kind == kDate && a.cal == calGreg && a.m > 0 && a.hasMod,
			x.kind == kDate && a.cal == calGreg && a.wd >= 0 && a.d > 0 && a.m > 0 && a.y == 0:
			cs.daily = append(cs.daily, i) // a check of its own
			continue
		}
		if m.Role != RoleOn && m.Role != RoleSince && m.Role != RoleBackground {
			continue // adds nothing
		}
		f := cs.fixed[i]
		if !f.ok {
			switch x.kind {
			case kRelDay, kAgo, kWeekday, kRelUnit:
				// Its value lies as far from every full day
				// (shiftDays, shiftMonths, resolveWeekday…): it
				// starts after each day or after none.
				if iv := resolveSem(*x, Ref{anyDay.y, anyDay.m, anyDay.d}, m.Role); iv.ok && iv.prec != PrecDecade && iv.prec != PrecCentury && iv.lo.after(anyDay) {
					cs.everyDay++
				}
			case kDecade, kCentury:
				// A decade or a century, or nothing: never counted.
			default:
				cs.daily = append(cs.daily, i) // its value depends on the day
			}
			continue
		}
		if iv := f.iv; iv.ok && iv.prec != PrecDecade && iv.prec != PrecCentury {
			cs.lateStarts = append(cs.lateStarts, iv.lo)
		}
	}
	slices.SortFunc(cs.lateStarts, func(a, b civil) int {
		switch {
		case a.after(b):
			return 1
		case b.after(a):
			return -1
		}
		return 0
	})
}

// weekdayDistance sums, over bare past weekdays, how many days before p they fall.
// bareWeekdays returns the weekdays of the bare weekday mentions told as
// on a day (يوم الأربعاء), for weekdayDistance.
func (cs *constraintSet) bareWeekdays() []int {
	var wds []int
	for i := range cs.ms {
		x := cs.ms[i].x
		if x.kind == kWeekday && x.dir == 0 && cs.ms[i].Role == RoleOn {
			wds = append(wds, x.a.wd)
		}
	}
	return wds
}

// weekdayDistance returns how many days in all the weekdays wds
// (bareWeekdays) lie before p: 0 when each is p's own weekday.
func weekdayDistance(wds []int, p civil) int {
	sum := 0
	for _, wd := range wds {
		sum += (p.weekday() - wd + 7) % 7
	}
	return sum
}

func solve(text string, ms []Mention, retrieved, now time.Time) (string, bool) {
	cs := &constraintSet{ms: make([]*Mention, 0, len(ms))}
	if !retrieved.IsZero() {
		cs.retrieved, cs.hasR = fromTime(retrieved.UTC()), true
	}
	if !now.IsZero() {
		cs.now, cs.hasNow = fromTime(now.UTC()), true
	}
	ye := 0
	anchoredWeekday := false
	for k := range ms {
		m := &ms[k]
		if m.Value != "" && !m.Relative && cueBefore(text, m.Start) == 1 {
			if iv := resolveSem(m.x, Ref{}, m.Role); iv.ok && !cs.hasR {
				cs.retrieved, cs.hasR = iv.hi, true
			}
			continue
		}
		cs.ms = append(cs.ms, m)
		if m.x.kind == kRelDay && m.x.anchored && m.x.a.wd >= 0 && m.x.a.d > 0 {
			anchoredWeekday = true
		}
		if x := m.x; x.kind == kRelDay && x.anchored && x.a.cal == calGreg && x.a.y > ye && (!cs.hasNow || x.a.y <= cs.now.y) {
			// "أمس الجمعة 31 يوليو 2015" writes its year out: evidence
			// like any explicit year.
			ye = x.a.y
		}
		if m.Relative || m.Value == "" || m.Role == RolePlanned || m.Role == RoleUntil {
			continue
		}
		iv := resolveSem(m.x, Ref{}, m.Role)
		if !iv.ok || iv.prec == PrecDecade || iv.prec == PrecCentury {
			continue
		}
		if y := iv.hi.y; y > ye && (!cs.hasNow || y <= cs.now.y) {
			ye = y
		}
	}
	cs.weekEarly = cs.retrieved.addDays(-6)
	cs.fixed = make([]fixedIval, len(cs.ms))
	for i := range cs.ms {
		if m := cs.ms[i]; !isRelative(m.x) {
			cs.fixed[i] = fixedIval{resolveSem(m.x, Ref{}, m.Role), true}
		}
	}
	cs.split()
	var years []int
	switch {
	case cs.hasR:
		years = []int{cs.retrieved.y, cs.retrieved.y - 1}
	case ye > 0:
		years = []int{ye, ye + 1}
	case cs.hasNow && anchoredWeekday:
		for y := cs.now.y; y >= cs.now.y-30; y-- {
			years = append(years, y)
		}
	default:
		return "", false
	}
	best := 1 << 30
	// Each year's penalties by day, in two buffers: one per year when a
	// retrieval date makes both years' days compete (there are two), else
	// the best year so far and the year being scored, swapped when it
	// does better.
	var buf [2]yearPens
	kept := buf[:0]
	cur := 0
	for _, y := range years {
		yp := &buf[cur]
		if cs.hasR {
			yp = &buf[len(kept)]
		}
		yp.y = y
		yBest := 1 << 30
		d := 0
		for c := (civil{y, 1, 1}); c.y == y; c = c.next() {
			pen := cs.penalty(c)
			if pen < yBest {
				yBest = pen
			}
			yp.pen[d] = uint8(min(pen, hardPen))
			d++
		}
		switch {
		case cs.hasR:
			if yBest < best {
				best = yBest
			}
			kept = buf[:len(kept)+1]
		case yBest < best:
			best, kept, cur = yBest, buf[cur:cur+1], 1-cur
		}
		if !cs.hasR && best == 0 {
			break // the preferred year fits
		}
	}
	if best >= hardPen {
		return "", false
	}
	// Of the best days, those that put bare weekdays nearest before
	// them, and the first and last of those.
	wds := cs.bareWeekdays()
	minD := 1 << 30
	var lo, hi civil
	for k := range kept {
		yp := &kept[k]
		i := 0
		for d := (civil{yp.y, 1, 1}); d.y == yp.y; d, i = d.next(), i+1 {
			if int(yp.pen[i]) != best {
				continue
			}
			w := weekdayDistance(wds, d)
			switch {
			case w < minD:
				minD, lo, hi = w, d, d
			case w == minD && lo.after(d):
				lo = d
			case w == minD && d.after(hi):
				hi = d
			}
		}
	}
	if minD == 1<<30 {
		return "", false
	}
	switch {
	case lo == hi:
		return dayIval(lo).format(), true
	case lo.y == hi.y && lo.m == hi.m:
		return monthIval(lo.y, lo.m).format(), true
	case lo.y == hi.y && cs.hasR:
		return yearIval(lo.y).format(), true
	}
	// a year alone from the latest year mentioned is only a lower bound
	return "", false
}
