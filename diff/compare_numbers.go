package diff

// This file holds the number checks: figures paired by unit and label, their printed precision,
// bounds, durations against "since" dates. The overview of all checks is at the top of compare.go.

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/numbers"
	"github.com/claimdiff/claimdiff/lang"
)

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

// --- number -----------------------------------------------------------

func toNumber(n claim.Number) numbers.Number {
	return numbers.Number{Value: n.Value, Approx: n.Approx, Unit: n.Unit, Percent: n.Unit == "%"}
}

// roundedAlike reports whether one of two figures is the other rounded to
// the last digit it prints: "8.3 في المائة" against "8.33 في المائة",
// "75 مليون" against "75.4 مليون", "1.842 مليار" against "1842.2 مليون".
func roundedAlike(x, y claim.Number) bool {
	ux, okx := lastDigitUnit(x)
	uy, oky := lastDigitUnit(y)
	if !okx || !oky || math.Abs(ux-uy) <= 1e-9*math.Max(ux, uy) {
		return false
	}
	if ux < uy {
		x, y, ux = y, x, uy
	}
	// x is printed to the coarser digit (in value, not in decimals:
	// "1.842 مليار" is coarser than "1842.2 مليون"): round y to it.
	// Rounding that moves a figure by more than a fortieth ("1.5 مليون"
	// to "2 مليون") is another figure.
	if math.Abs(x.Value-y.Value) > math.Abs(y.Value)/40 {
		return false
	}
	if math.Abs(math.Round(y.Value/ux)-x.Value/ux) < 1e-6 {
		return true
	}
	// Cut rather than rounded: "70 مليون دولار" for "70.7 مليون دولار".
	return math.Abs(math.Trunc(y.Value/ux)-x.Value/ux) < 1e-6
}

// lastDigitUnit is the value one unit of figure n's last printed digit
// stands for: 0.1 for "8.3", a million for "1.842 مليار", 100,000 for
// "1842.2 مليون".
func lastDigitUnit(n claim.Number) (float64, bool) {
	if n.Value == 0 {
		return 0, false
	}
	scale := n.Value / printedValue(n.Text)
	if math.IsNaN(scale) || math.IsInf(scale, 0) || scale <= 0 {
		return 0, false
	}
	return scale * math.Pow(10, -float64(decimals(n.Text))), true
}

// separatorAlike reports whether two figures print the same digits and
// differ by a power of a thousand: a thousands separator read as a
// decimal point ("1277 فردا" against "١.٢٧٧ فردا").
func separatorAlike(x, y claim.Number) bool {
	dx, dy := digitsOf(x.Text), digitsOf(y.Text)
	if dx == dy && x.Value != y.Value && (zeroFraction(x.Text) || zeroFraction(y.Text)) {
		// "3.00 متر" against "300 متر": the same digits, one with a
		// stray separator before zeros only.
		return true
	}
	if len(dx) < 4 || dx != dy || x.Value == 0 || y.Value == 0 {
		return false
	}
	// The smaller reading has the separator; a scale word ("50 مليار"
	// against "50 مليون") prints no separator and is another figure.
	small := x
	if math.Abs(y.Value) < math.Abs(x.Value) {
		small = y
	}
	if !strings.ContainsAny(small.Text, ".,٫") {
		return false
	}
	r := math.Abs(math.Log10(math.Abs(x.Value / y.Value)))
	return r > 0.5 && math.Abs(r/3-math.Round(r/3)) < 1e-6
}

// zeroFraction reports whether printed figure t has a separator followed
// by zeros only ("3.00"، "12,000" does not count: three digits group
// thousands).
func zeroFraction(t string) bool {
	for _, f := range strings.Fields(t) {
		if !strings.ContainsFunc(f, unicode.IsDigit) {
			continue
		}
		k := strings.LastIndexAny(f, ".,٫")
		if k < 0 {
			return false
		}
		frac := strings.TrimRightFunc(f[k+1:], func(r rune) bool { return !unicode.IsDigit(r) })
		n := utf8.RuneCountInString(frac)
		return n > 0 && n != 3 && strings.Trim(frac, "0٠") == ""
	}
	return false
}

// digitsOf returns the digits printed in s, in ASCII, nothing else.
func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + (r - '٠'))
		}
	}
	return b.String()
}

// decimals counts the digits after the decimal point of the first figure
// printed in s (".", "٫" or "," between digits); -1 when s has no digits.
func decimals(s string) int {
	digits, after, seen := false, -1, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9' || r >= '٠' && r <= '٩':
			digits = true
			if seen {
				after++
			}
		case (r == '.' || r == '٫' || r == ',') && digits && !seen:
			seen, after = true, 0
		case digits:
			if seen && after == 0 {
				return 0
			}
			if seen {
				return after
			}
			return 0
		}
	}
	if !digits {
		return -1
	}
	if seen {
		return after
	}
	return 0
}

// printedValue reads the first figure printed in s as a number, or NaN.
func printedValue(s string) float64 {
	var b strings.Builder
	started := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
			started = true
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + (r - '٠'))
			started = true
		case (r == '.' || r == '٫' || r == ',') && started:
			b.WriteRune('.')
		case started:
			goto done
		}
	}
done:
	v, err := strconv.ParseFloat(strings.TrimSuffix(b.String(), "."), 64)
	if err != nil {
		return math.NaN()
	}
	return v
}

// comparable reports whether two numbers count the same thing: the same
// unit (as claim/numbers maps them) or no unit on either side.
func comparable(x, y claim.Number) bool {
	if (x.Unit == "") != (y.Unit == "") {
		return false
	}
	_, why := numbers.Compare(toNumber(x), toNumber(y))
	return !strings.HasPrefix(why, "not comparable")
}

func (p *pair) checkNumbers() {
	na, nb := p.cc[0].numbers(), p.cc[1].numbers()
	for s, ns := range [2][]claim.Number{na, nb} {
		for _, n := range ns {
			p.markSpan(s, Span{n.Start, n.End})
		}
	}
	na, nb = readable(p.c[0], na, nb), readable(p.c[1], nb, na)
	// hasMatch[s][i]: number i of side s has a compatible partner.
	match := func(x claim.Number, others []claim.Number) (partner int, ok bool) {
		partner = -1
		for j, y := range others {
			if !comparable(x, y) {
				continue
			}
			if conflict, _ := numbers.Compare(toNumber(x), toNumber(y)); !conflict || roundedAlike(x, y) || separatorAlike(x, y) {
				return j, true
			}
			if partner < 0 {
				partner = j
			}
		}
		return partner, false
	}
	differentData := p.differentData(na, nb, match) || p.opts.Aligned && (p.long(0) || p.long(1)) && len(na)+len(nb) > 2 && !sharesFigure(na, nb) ||
		p.opts.Aligned && p.otherSession() || p.opts.Aligned && unmatched(na, nb) >= 2 && unmatched(nb, na) >= 2
	if !differentData && p.boundsReversed(na, nb) {
		return
	}
	for _, x := range na {
		j, ok := match(x, nb)
		if ok || j < 0 || differentData {
			continue
		}
		y := nb[j]
		if _, ok := match(y, na); ok || p.otherLabel(x, y, na, nb) {
			continue
		}
		_, why := numbers.Compare(toNumber(x), toNumber(y))
		p.add(TypeNumber, 3, fmt.Sprintf("%q against %q: %s", x.Text, y.Text, why),
			p.ev(0, Span{x.Start, x.End}), p.ev(1, Span{y.Start, y.End}))
	}
	p.checkDurations(na, nb)
}

// unmatched counts the figures of xs whose value ys does not give (the
// same value, or one rounded or separated alike). Between aligned claims,
// two or more such figures on each side are two readings of one template
// (a metal's price and move at two moments: "605.25 دولارات متراجعا 1.4
// في المائة" against "1.7 في المائة إلى 614.75 دولار"), not one figure
// misreported, which differs in one.
func unmatched(xs, ys []claim.Number) int {
	n := 0
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if comparable(x, y) && (x.Value == y.Value || roundedAlike(x, y) || separatorAlike(x, y)) {
				found = true
				break
			}
		}
		if !found {
			n++
		}
	}
	return n
}

// sessionWords are folded words that place a market figure in a session
// of trading: at the close, at settlement, early in the day, by a clock
// time.
var sessionWords = normSet(`الإغلاق الاغلاق التسوية المبكرة الافتتاح بحلول الساعة مقتربا`)

// otherSession reports whether one claim places its figures in a session
// of trading the other does not name ("قفز سعر برنت عند التسوية 39 سنتا"
// against "قفز سعر برنت 75 سنتا"): prices and moves of two moments of one
// day differ by nature, so they are two readings, not one misreported.
func (p *pair) otherSession() bool {
	return p.cc[0].sessions() != p.cc[1].sessions()
}

// sessionBit numbers the session words for sessionsOf.
var sessionBit = func() map[string]uint64 {
	words := make([]string, 0, len(sessionWords))
	for w := range sessionWords {
		words = append(words, w)
	}
	slices.Sort(words)
	m := make(map[string]uint64, len(words))
	for i, w := range words {
		m[w] = 1 << i
	}
	return m
}()

// sessionsOf returns the set of session words toks hold, as a word or
// after a clitic (stripClitic), one bit a word (sessionBit).
func sessionsOf(toks []lang.Token) uint64 {
	var set uint64
	for _, t := range toks {
		if b := stripClitic(t.Norm); sessionFilter.MayHave(t.Norm) || sessionFilter.MayHave(b) {
			set |= sessionBit[t.Norm] | sessionBit[b]
		}
	}
	return set
}

// otherLabel reports whether figure x of A and its partner y of B belong
// to other labels: y's label (the two content words before it) is that of
// another figure of A, or x's that of another figure of B. In a list of
// indices or shares ("داكس الألماني 1.12 … البريطاني 1.5"، "داماك العقارية
// 2.2 وسهم الاتحاد العقارية 5" against "الاتحاد العقارية 0.8") each figure
// is held against the one of its own label, not the nearest value. Only
// figures of one unit count: "17.3 مليار ريال (4.6 مليار دولار)" labels
// one sum twice.
func (p *pair) otherLabel(x, y claim.Number, na, nb []claim.Number) bool {
	lx, ly := p.label(0, x), p.label(1, y)
	for _, z := range na {
		if z.Start != x.Start && ly != "" && comparable(y, z) && p.label(0, z) == ly {
			return true
		}
	}
	for _, z := range nb {
		if z.Start != y.Start && lx != "" && comparable(x, z) && p.label(1, z) == lx {
			return true
		}
	}
	return false
}

// label returns the two content words before figure n of side s (within
// six tokens; numbers, stop words and words that lead a figure such as
// بنسبة and إلى left out), folded and clitics stripped, or "" — also when
// a unit of another figure comes first.
func (p *pair) label(s int, n claim.Number) string {
	toks := p.toks(s)
	i := p.tokenAt(s, n.Start)
	var ws []string
	for k := i - 1; k >= 0 && k >= i-6 && len(ws) < 2; k-- {
		t := toks[k]
		w := stripClitic(t.Norm)
		if t.Kind != lang.Word || t.Stop || figureLeads[w] || figureLeads[t.Norm] {
			continue
		}
		if figureUnits[w] || figureUnits[t.Norm] {
			// Another figure's unit ("17.3 مليار ريال (4.6 مليار
			// دولار)") labels nothing.
			return ""
		}
		ws = append(ws, w)
	}
	if len(ws) < 2 {
		return ""
	}
	return ws[1] + " " + ws[0]
}

// figureUnits are folded units and scales of figures.
var figureUnits = normSet(`ريال دولار دولارا دولارات يورو جنيه مليار مليارات مليون ملايين ألف آلاف الف الاف كم كيلومتر متر المائة المئة بالمائة بالمئة نقطة نقاط سنتا سنت عاما سنة سنوات`)

// figureLeads are folded words that stand before a figure without naming
// what it counts.
var figureLeads = normSet(`بنسبة نسبة نحو حوالي بحوالي بقيمة قيمة عند الى إلى من مسجلا مسجلة بلغ بلغت ليصل لتصل ليبلغ لتبلغ`)

// sharesFigure reports whether na and nb have a value in common that is
// not a year (a whole number from 1900 to 2100). Two news sentences an
// alignment joined that give no figure in common — a price at 06:08 and
// the price yesterday, a weekend's takings and another's, two reports'
// ratios of 2014 — are two readings, not one figure misreported; one toll
// misreported keeps the others ("مقتل 30 شخصاً وإصابة نحو 100" against
// "مقتل 27 شخصا وإصابة نحو 100").
func sharesFigure(na, nb []claim.Number) bool {
	for _, x := range na {
		if x.Value == float64(int(x.Value)) && x.Value >= 1900 && x.Value <= 2100 {
			continue
		}
		for _, y := range nb {
			if x.Value == y.Value {
				return true
			}
		}
	}
	return false
}

// aboveWords and belowWords, folded, said just before a figure, bound it
// from below ("يتخطى حاجز الـ80"، "فوق 80") or from above ("يقل عن 80"،
// "دون 80"), where claim/numbers reads only some of them.
var (
	aboveWords = normSet(`أكثر يتخطى تتخطى تخطى يتجاوز تتجاوز تجاوز يفوق تفوق فاق فوق أعلى يزيد تزيد زاد`)
	belowWords = normSet(`أقل يقل تقل قل دون تحت أدنى ينخفض تنخفض`)
)

// bound returns +1 when number n of side s is bounded from below (more
// than it), -1 from above (less than it), 0 when neither is said.
func (p *pair) bound(s int, n claim.Number) int {
	switch n.Approx {
	case "more-than", "at-least":
		return 1
	case "less-than", "at-most":
		return -1
	}
	toks := p.toks(s)
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= n.Start })
	// The word just before, over "من"، "عن"، "حاجز" ("يتخطى حاجز الـ80").
	k := i - 1
	for k >= 0 && boundLinks[toks[k].Norm] {
		k--
	}
	if k < 0 {
		return 0
	}
	d := 0
	switch w := stripClitic(toks[k].Norm); {
	case aboveWords[w] || aboveWords[toks[k].Norm]:
		d = 1
	case belowWords[w] || belowWords[toks[k].Norm]:
		d = -1
	}
	// "لا يقل عن 30" is at least 30: a negated bound is left alone.
	if d != 0 && k > 0 {
		switch toks[k-1].Norm {
		case "لا", "لم", "لن", "ليس", "غير", "ما", "مالا":
			return 0
		}
	}
	return d
}

// boundLinks may stand between a bound word and its figure.
var boundLinks = normSet(`من عن حاجز مستوى الـ ال`)

// boundsReversed reports one quantity said on both sides, bounded from
// below on one and from above on the other: "أكثر من 80 دولاراً" against
// "يقل عن 80 دولاراً" meet only at 80, which neither says. Each figure is
// held against its partner only (pairFigures), not against every figure of
// the other side: a sentence that gives one figure as a floor and as a
// ceiling ("لأكثر من 50 نقطة … لأقل من 50 نقطة") is not reversed against
// its own copy.
func (p *pair) boundsReversed(na, nb []claim.Number) bool {
	ba, bb := p.bounds(0, na), p.bounds(1, nb)
	if ba == nil || bb == nil {
		return false
	}
	for i, j := range p.pairFigures(na, nb, ba, bb) {
		if j < 0 || ba[i] == 0 || bb[j] != -ba[i] {
			continue
		}
		x, y := na[i], nb[j]
		what := map[int]string{1: "more than", -1: "less than"}
		p.add(TypeNumber, 3, fmt.Sprintf("%q against %q: %s %s against %s it", x.Text, y.Text, what[ba[i]], strconv.FormatFloat(x.Value, 'f', -1, 64), what[bb[j]]),
			p.ev(0, Span{x.Start, x.End}), p.ev(1, Span{y.Start, y.End}))
		return true
	}
	return false
}

// bounds returns bound of each figure of ns on side s, or nil when none is
// bounded.
func (p *pair) bounds(s int, ns []claim.Number) []int {
	var bs []int
	for i, n := range ns {
		if b := p.bound(s, n); b != 0 {
			if bs == nil {
				bs = make([]int, len(ns))
			}
			bs[i] = b
		}
	}
	return bs
}

// pairFigures pairs the figures of na with those of nb that may be the
// same quantity: the same value and a comparable unit (the counted noun,
// comparable). It returns, for each figure of na, the index of its partner
// in nb or -1. Among several candidates, figures are paired one to one,
// best first by the content words around them (figureContext; the words
// after a figure count twice those before), then by a
// bound said alike (ba, bb: when the words do not tell the pairs apart,
// the reading without a discrepancy is kept), then by their rank among
// the figures of that value on their side, then in order.
func (p *pair) pairFigures(na, nb []claim.Number, ba, bb []int) []int {
	type cand struct{ i, j, shared, rank int }
	var cs []cand
	for i, x := range na {
		for j, y := range nb {
			if x.Value == y.Value && comparable(x, y) {
				cs = append(cs, cand{i: i, j: j, rank: abs(valueRank(na, i) - valueRank(nb, j))})
			}
		}
	}
	partner := make([]int, len(na))
	for i := range partner {
		partner[i] = -1
	}
	if len(cs) == 0 {
		return partner
	}
	if len(cs) > 1 {
		type around struct {
			before, after []string
			done          bool
		}
		ctxA, ctxB := make([]around, len(na)), make([]around, len(nb))
		for k := range cs {
			c := &cs[k]
			x, y := &ctxA[c.i], &ctxB[c.j]
			if !x.done {
				x.before, x.after = p.figureContext(0, na[c.i], na)
				x.done = true
			}
			if !y.done {
				y.before, y.after = p.figureContext(1, nb[c.j], nb)
				y.done = true
			}
			// What follows a figure says what it is (the predicate
			// of "قراءة المؤشر لأكثر من 50 نقطة تشير إلى نمو");
			// what comes before is often the sentence's subject,
			// shared by all its figures.
			c.shared = 2*sharedWords(x.after, y.after) + sharedWords(x.before, y.before)
		}
		slices.SortStableFunc(cs, func(u, v cand) int {
			if u.shared != v.shared {
				return v.shared - u.shared
			}
			if du, dv := ba[u.i] != bb[u.j], ba[v.i] != bb[v.j]; du != dv {
				if du {
					return 1
				}
				return -1
			}
			return u.rank - v.rank
		})
	}
	taken := make([]bool, len(nb))
	for _, c := range cs {
		if partner[c.i] < 0 && !taken[c.j] {
			partner[c.i], taken[c.j] = c.j, true
		}
	}
	return partner
}

// valueRank returns how many figures of ns before figure i have its value.
func valueRank(ns []claim.Number, i int) int {
	r := 0
	for _, n := range ns[:i] {
		if n.Value == ns[i].Value {
			r++
		}
	}
	return r
}

// abs returns the absolute value of n.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// figureContext returns the content words before and after figure n of
// side s, up to four tokens each way and not past another figure of ns,
// folded and clitics stripped: what the figure counts and what is said of
// it ("قراءة المؤشر" … "تشير إلى نمو النشاط"). Bound words and their links
// are left out, so that a floor and a ceiling of one quantity share their
// context.
func (p *pair) figureContext(s int, n claim.Number, ns []claim.Number) (before, after []string) {
	toks := p.toks(s)
	from, to := p.tokenAt(s, n.Start), p.tokenAt(s, n.End)
	lo, hi := max(0, from-4), min(len(toks), to+4)
	for _, m := range ns {
		if m.End <= n.Start {
			lo = max(lo, p.tokenAt(s, m.End))
		}
		if m.Start >= n.End {
			hi = min(hi, p.tokenAt(s, m.Start))
		}
	}
	word := func(t lang.Token) (string, bool) {
		w := stripClitic(t.Norm)
		if t.Kind != lang.Word || t.Stop || boundLinks[t.Norm] || aboveWords[w] || belowWords[w] || aboveWords[t.Norm] || belowWords[t.Norm] {
			return "", false
		}
		return w, true
	}
	for k := lo; k < from; k++ {
		if w, ok := word(toks[k]); ok {
			before = append(before, w)
		}
	}
	for k := to; k < hi; k++ {
		if w, ok := word(toks[k]); ok {
			after = append(after, w)
		}
	}
	return before, after
}

// sharedWords counts the words of xs that ys holds.
func sharedWords(xs, ys []string) int {
	n := 0
	for _, x := range xs {
		if slices.Contains(ys, x) {
			n++
		}
	}
	return n
}

// numbersOfDifferentData is differentData on the claims' readable numbers.
func (p *pair) numbersOfDifferentData() bool {
	na, nb := p.cc[0].numbers(), p.cc[1].numbers()
	na, nb = readable(p.c[0], na, nb), readable(p.c[1], nb, na)
	if len(na) < 2 || len(nb) < 2 {
		return false
	}
	return sharedValues(na, nb) < max(1, (min(len(na), len(nb))+2)/3)
}

// sharedValues counts the numbers of na whose value nb has.
func sharedValues(na, nb []claim.Number) int {
	n := 0
	for _, x := range na {
		for _, y := range nb {
			if x.Value == y.Value {
				n++
				break
			}
		}
	}
	return n
}

// differentData reports whether the claims' numbers are readings of
// different data rather than one figure told two ways: each claim gives
// two or more numbers and not one of them agrees with the other claim's
// (two days' market reports: "ارتفعت أسهم 70 شركة وتراجعت 78" against
// "ارتفعت أسهم 125 شركة وتراجعت 25"); the claims quote prices at different
// clock times ("بحلول الساعة 1056" against "الساعة 1405"); or the claims
// are about differently named things, a short quoted name on each side
// that the other claim does not have ("سان اندرياس" against "جوراسيك
// وورلد").
func (p *pair) differentData(na, nb []claim.Number, match func(claim.Number, []claim.Number) (int, bool)) bool {
	if len(na) >= 2 && len(nb) >= 2 {
		// Agreement is one value on both sides: "أكثر من 90 ألف"
		// against "أكثر من 77 ألف" meet as intervals, not as data; and
		// with many figures a third of them must agree (one "17 شركة"
		// on both days is chance).
		if sharedValues(na, nb) < max(1, (min(len(na), len(nb))+2)/3) {
			return true
		}
	}
	ta, tb := p.cc[0].clockTimes(), p.cc[1].clockTimes()
	if len(ta) > 0 && len(tb) > 0 {
		same := false
		for _, x := range ta {
			for _, y := range tb {
				if x == y {
					same = true
				}
			}
		}
		if !same {
			return true
		}
	}
	return p.quotedNameOnly(0) && p.quotedNameOnly(1)
}

// clockTimes returns the clock times a claim gives ("الساعة 1056"،
// "الساعة 9:31"), as written after the word.
func clockTimes(c *claim.Claim) []string {
	var out []string
	toks := c.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if n := stripClitic(toks[i].Norm); (n == "ساعه" || toks[i].Norm == "الساعه") && toks[i+1].Kind == lang.Number {
			v := toks[i+1].Norm
			if i+2 < len(toks) && toks[i+2].Kind == lang.Number && toks[i+2].Start-toks[i+1].End <= 1 {
				v += ":" + toks[i+2].Norm
			}
			out = append(out, v)
		}
	}
	return out
}

// quotedNameOnly reports whether side s has a short quoted name (at most
// maxTitleWords content words) none of whose words the other claim has.
func (p *pair) quotedNameOnly(s int) bool {
	o := 1 - s
	for _, q := range p.cc[s].quoteSpans() {
		r := p.quoteTokens(s, q)
		n, found := 0, false
		for i := r.From; i < r.To; i++ {
			t := p.toks(s)[i]
			if t.Stop || t.Kind != lang.Word {
				continue
			}
			n++
			if p.formOn(o, i) {
				found = true
			}
		}
		if n > 0 && n <= maxTitleWords && !found {
			return true
		}
	}
	return false
}

// readable drops the numbers of c that cannot be compared as read: the
// second half of a number split by a separator the reader does not know
// ("1ر11" — 11.1 as Saudi papers print it, "31.‏51" with a direction mark),
// an ordinal written with the article ("تقريرها الـ51"), and a number
// whose value the other claim has with another unit or none ("9.1 في
// المائة" against "9.1%").
func readable(c *claim.Claim, ns, others []claim.Number) []claim.Number {
	var out []claim.Number
	// A schedule, two times of day or more ("محاضرات من 7:00 إلى
	// 08:30مساءً وورش عمل من 5 إلى 9 مساء"): which of its times pairs
	// with the other claim's is a guess.
	schedule := 0
	for _, t := range c.Tokens {
		if t.Kind == lang.Word && inSet(timeOfDay, timeOfDayFilter, t.Norm) {
			schedule++
		}
	}
	for _, n := range ns {
		k := n.Start - c.Start
		if k < 0 || k > len(c.Text) {
			out = append(out, n)
			continue
		}
		if schedule >= 2 && timeOfDay[lang.Normalize(n.Unit)] {
			continue
		}
		before := strings.TrimRight(c.Text[:k], "\u200e\u200f\u061c")
		// A code to send or dial ("تبدأ بالرمز 217") names, not counts.
		if f := lastField(before); f != "" && codeWords[lang.Normalize(f)] {
			continue
		}
		if r, size := utf8.DecodeLastRuneInString(before); r == 'ر' || r == '.' || r == ',' || r == '٫' {
			if d, _ := utf8.DecodeLastRuneInString(before[:len(before)-size]); d >= '0' && d <= '9' || d >= '٠' && d <= '٩' {
				continue
			}
		}
		if strings.HasSuffix(before, "الـ") || strings.HasSuffix(before, "ال") {
			continue
		}
		// "(363.7) مليار ريال": the figure in brackets was read apart
		// from its scale word.
		if strings.HasSuffix(strings.TrimRight(before, " "), ")") && !startsWithDigit(n.Text) {
			continue
		}
		// A telephone or account number: eight digits or more with a
		// leading zero.
		if t := strings.TrimSpace(n.Text); len(t) >= 8 && t[0] == '0' && strings.Trim(t, "0123456789") == "" {
			continue
		}
		same := false
		for _, m := range others {
			if m.Value == n.Value && m.Unit != n.Unit {
				same = true
				break
			}
		}
		if same {
			continue
		}
		out = append(out, n)
	}
	return out
}

// timeOfDay are folded units of a time of day.
var timeOfDay = normSet(`مساء مساءً صباحا صباحاً صباح ظهرا ظهراً عصرا ليلا`)

// codeWords are folded words before a code ("بالرمز 217").
var codeWords = normSet(`الرمز بالرمز رمز برمز كود الكود بالكود`)

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩'
}

// refYear returns the year a duration of claim c counts back from.
func (p *pair) refYear() (int, bool) {
	for _, c := range p.c {
		if y, ok := yearOf(c.EventDate); ok {
			return y, true
		}
	}
	if p.opts.Published != nil {
		for _, c := range p.c {
			if y, ok := yearOf(p.opts.Published(c.Doc)); ok {
				return y, true
			}
		}
	}
	return 0, false
}

func yearOf(v string) (int, bool) {
	if len(v) < 4 {
		return 0, false
	}
	y, err := strconv.Atoi(v[:4])
	return y, err == nil
}

// checkDurations compares a number of years on one side with a "since"
// date on the other: both say how long something has lasted. Only a claim
// that tells the length one way is held against one that tells it the
// other way: when the claim with the "since" date gives the same count
// too, or the claim with the count gives the same "since" date ("ماركو
// روبيو (44 عاما): سناتور عن فلوريدا منذ 2011" in both), the count is
// something else (an age) told alike on both sides.
func (p *pair) checkDurations(na, nb []claim.Number) {
	ref, ok := p.refYear()
	if !ok {
		return
	}
	for s, ns := range [2][]claim.Number{na, nb} {
		o := 1 - s
		for _, n := range ns {
			if !durationUnits[n.Unit] || hasCount([2][]claim.Number{na, nb}[o], n) || hasSince(p.c[s], p.c[o]) {
				continue
			}
			for _, d := range p.c[o].Dates {
				if d.Role != "since" {
					continue
				}
				lo, hi, ok := dateInterval(d.Value)
				if !ok {
					continue
				}
				ylo, _ := yearOf(lo)
				yhi, _ := yearOf(hi)
				// Elapsed years, from the latest to the earliest start.
				emin, emax := float64(ref-yhi), float64(ref-ylo)
				nlo, nhi := numberInterval(n)
				if nlo <= emax+0.5 && emin-0.5 <= nhi {
					continue
				}
				det := fmt.Sprintf("%q (%s) against %q: %.0f–%.0f years before %d", n.Text,
					describeNumber(n), d.Text, emin, emax, ref)
				evs := []Evidence{p.ev(s, Span{n.Start, n.End}), p.ev(o, Span{d.Start, d.End})}
				if s == 1 {
					evs[0], evs[1] = evs[1], evs[0]
				}
				p.add(TypeNumber, 3, det, evs...)
				return
			}
		}
	}
}

// hasCount reports whether ns holds a count of n's value and unit.
func hasCount(ns []claim.Number, n claim.Number) bool {
	for _, x := range ns {
		if x.Value == n.Value && x.Unit == n.Unit {
			return true
		}
	}
	return false
}

// hasSince reports whether c gives a "since" date of the same value as one
// of other's.
func hasSince(c, other *claim.Claim) bool {
	for _, d := range c.Dates {
		if d.Role != "since" || d.Value == "" {
			continue
		}
		for _, e := range other.Dates {
			if e.Role == "since" && e.Value == d.Value {
				return true
			}
		}
	}
	return false
}

// numberInterval mirrors claim/numbers' reading of a number's wording.
func numberInterval(n claim.Number) (float64, float64) {
	v := n.Value
	switch n.Approx {
	case numbers.About:
		d := math.Abs(v) * numbers.Tolerance
		return v - d, v + d
	case numbers.MoreThan, numbers.AtLeast:
		return v, math.Inf(1)
	case numbers.LessThan, numbers.AtMost:
		return math.Min(0, v), v
	case numbers.Several:
		return v, 10 * v
	}
	return v, v
}

func describeNumber(n claim.Number) string {
	s := strconv.FormatFloat(n.Value, 'f', -1, 64)
	if n.Approx != "" {
		s = n.Approx + " " + s
	}
	if n.Unit != "" {
		s += " " + n.Unit
	}
	return s
}

// --- participants -----------------------------------------------------
