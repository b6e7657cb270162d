// Package numbers finds numeric expressions in Arabic and English news text
// — digits in any digit system, number words, percentages, approximators and
// the counted unit — with byte offsets into the original text, and compares
// two of them the way a fact-checker would.
//
// # How a number is found
//
// The text is tokenised once (lang.Tokenize gives folded forms and byte
// offsets). At each token a number phrase is tried:
//
//  1. An optional approximator before it: نحو، حوالي، قرابة، زهاء، ما يقارب،
//     ما يقرب من، ما يناهز (about); أكثر من، ما يزيد على/عن، ما يربو على
//     (more-than); أقل من، ما دون (less-than); ما لا يقل عن (at-least);
//     ما يصل إلى، بحد أقصى (at-most); English about, around, nearly, almost,
//     roughly, some, an estimated, more than, over, less/fewer than, under,
//     at least, up to, as many as. The first word may carry a clitic
//     (بنحو، لأكثر، وحوالي).
//  2. The quantity: a digit token ("2.7", "٢٫٧", "1,500", "40.000.000") or a
//     run of number words read with Arabic grammar — hundreds, then units,
//     then tens joined by و (مئة وخمسة وعشرون), teens (أحد عشر، ثلاث عشرة),
//     a scale word multiplying what came before (ثلاثة آلاف، أربعة ملايين،
//     "2.5 مليار"، خمسة وعشرين ألفاً), duals (ألفين، مليونين), "ونصف" after a
//     scale. The و link is only accepted where the grammar allows one (a
//     unit before tens, anything after hundreds or a scale), so "ثلاثة
//     وأربعة" or "بين 6 و10" are two numbers, not a sum. English: one …
//     ninety, hyphenated tens, hundred, thousand, million, billion, and
//     "2.5bn", "$4m", "10k". Plural quantity words standing alone (عشرات،
//     مئات، آلاف، ملايين، dozens, hundreds, thousands, "عشرات الآلاف",
//     "hundreds of thousands") are vague quantities: approx "several", value
//     the lower bound.
//  3. A percentage sign (%, ٪, before or after) or phrase (في المئة،
//     بالمئة، percent, per cent).
//  4. The unit: the next word when only spaces separate it (one "من"/"of" may
//     sit between), folded, without the article or accusative alef, plurals
//     of common units made singular (عاماً/سنوات → عام, قتلى → قتيل). For the
//     numbers that follow their noun (دولار واحد، عام واحد) the noun before.
//  5. Post-approximators: تقريباً (about), على الأقل/فأكثر/أو أكثر/or more
//     (at-least), بحد أقصى (at-most).
//
// # What is not a number
//
// Date parts are skipped, detected simply: a day 1–31 next to a month name
// (Levantine, Gregorian, Hijri or English; "15 أكتوبر"، "31 من تموز"،
// "October 15"), and a four-digit year 1900–2100 after a month name (with
// الماضي/المقبل/الجاري or من between), after عام/العام/سنة/منذ/مطلع/منتصف/
// أواخر/أوائل/نهاية/بداية/since/year, or after في/in/حتى/until when no unit
// follows; a number followed by هـ or م (Hijri/Gregorian year marks);
// decades ("1970s", سبعينيات — never a number word). Ordinals (الأول،
// الثاني، أول) are not number words, and the article is only accepted on
// scale words after عشرات/مئات, so الاثنين (Monday) and العشرين (the
// twentieth) stay out. Clock times (الساعة 10، "10:30"), resolution numbers
// (القرار 2254) and "1st"/"2nd" are skipped too.
package numbers

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/wordset"
	"github.com/claimdiff/claimdiff/lang"
)

// Approximators a Number's Approx may hold. The empty string means the
// number was given as exact.
const (
	About    = "about"
	MoreThan = "more-than"
	LessThan = "less-than"
	AtLeast  = "at-least"
	AtMost   = "at-most"
	Several  = "several" // a vague plural: عشرات، مئات، آلاف، dozens, thousands
)

// Number is one numeric expression of a text.
type Number struct {
	Start   int     // byte offset of the first byte (of the approximator when there is one)
	End     int     // byte offset just past the expression (its unit or % included)
	Text    string  // text[Start:End]
	Value   float64 // the quantity; for Several the lower bound (عشرات → 10)
	Approx  string  // "", About, MoreThan, LessThan, AtLeast, AtMost or Several
	Unit    string  // folded counted noun or unit (عام، دولار، منزل, "%"), or ""
	Percent bool    // a percentage (Unit is then "%")
}

// Find returns the numeric expressions of text in order, date parts
// excluded. It is safe for concurrent use.
func Find(text string) []Number {
	return FindTokens(text, lang.Tokenize(text))
}

// FindTokens is Find over tokens already made (offsets into text, which may
// be a whole article's text for the tokens of one of its sentences).
func FindTokens(text string, toks []lang.Token) []Number {
	var out []Number
	for i := 0; i < len(toks); {
		n, next, ok := parseAt(text, toks, i)
		if ok {
			// A sign between two numbers ("12%40") belongs to the first.
			if len(out) > 0 && n.Start < out[len(out)-1].End {
				n.Start = out[len(out)-1].End
				n.Text = text[n.Start:n.End]
			}
			out = append(out, n)
			i = next
			continue
		}
		if next > i {
			i = next
		} else {
			i++
		}
	}
	return out
}

// adjacent reports whether only spaces separate the tokens a and b.
func adjacent(text string, toks []lang.Token, a, b int) bool {
	if b >= len(toks) || a < 0 {
		return false
	}
	return onlySpace(text[toks[a].End:toks[b].Start])
}

func onlySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ' ' || s[i] == '\t':
		case strings.HasPrefix(s[i:], "\u00a0"): // no-break space
			i++
		case strings.HasPrefix(s[i:], "\u200f"), strings.HasPrefix(s[i:], "\u200e"), strings.HasPrefix(s[i:], "\u200c"):
			i += 2 // direction marks, zero-width non-joiner
		default:
			return false
		}
	}
	return true
}

// parseAt tries a number phrase at token i. On failure next says where to
// resume (past a skipped date part), or is i.
func parseAt(text string, toks []lang.Token, i int) (Number, int, bool) {
	if toks[i].Kind == lang.Word && !(startersFilter.MayHave(toks[i].Norm) && in(starters, toks[i].Norm)) {
		return Number{}, i, false // most words: the filter's bit and out
	}
	approx, j := matchPre(text, toks, i)
	if j == i {
		approx = ""
	}
	q, ok := parseQuantity(text, toks, j)
	if !ok {
		return Number{}, i, false
	}
	// التاسع عشر: the ten of an ordinal (the nineteenth century).
	if q.next == j+1 && j > 0 && (toks[j].Norm == "عشر" || toks[j].Norm == "عشره") && strings.HasPrefix(toks[j-1].Norm, "ال") {
		return Number{}, q.next, false
	}
	if q.dateSkip || (q.digit && isDatePart(text, toks, j, q)) {
		return Number{}, q.next, false
	}
	n := Number{Start: toks[i].Start, End: toks[q.next-1].End, Value: q.val, Approx: approx}
	if q.vague {
		n.Approx = Several
	}
	if q.currency != "" {
		n.Start = min(n.Start, q.curStart)
		n.Unit = q.currency
	}
	next := q.next
	// Percentages.
	if q.pctBefore >= 0 {
		n.Percent, n.Start = true, min(n.Start, q.pctBefore)
	} else if end, k, ok := percentAfter(text, toks, next, n.End); ok {
		n.Percent, n.End, next = true, end, k
	}
	if n.Percent {
		n.Unit = "%"
	}
	// The counted noun.
	if n.Unit == "" {
		if q.follows && i == j && j > 0 && adjacent(text, toks, j-1, j) && !toks[j-1].Stop && !notUnit(toks[j-1].Norm) {
			n.Unit, n.Start = cleanUnit(toks[j-1]), toks[j-1].Start
		}
		if n.Unit == "" {
			u, k, ok := unitAfter(text, toks, next, n.End, q.vague)
			// A bare four-digit number that counts nothing is a year
			// (2015, 1436 AH), whatever precedes it.
			if q.digit && n.Approx == "" && !n.Percent && yearLike(text[toks[j].Start:toks[j].End], q.val) &&
				(!ok || strings.HasPrefix(toks[k-1].Norm, "و")) {
				return Number{}, q.next, false
			}
			if ok {
				n.Unit, n.End, next = u, toks[k-1].End, k
			}
		}
	}
	if n.Approx == "" {
		if a, k, ok := matchPost(text, toks, next, n.End); ok {
			n.Approx, n.End, next = a, toks[k-1].End, k
		}
	}
	n.Text = text[n.Start:n.End]
	return n, next, true
}

// quantity is the result of parseQuantity.
type quantity struct {
	val       float64
	next      int  // token index past the quantity
	digit     bool // a lone digit token, no scale word: may be a date part
	vague     bool
	follows   bool // واحد/اثنان alone: the counted noun comes before
	dateSkip  bool // a decade, clock time or ordinal: not a number, skip to next
	pctBefore int  // byte offset of a % written before the digits, or -1
	currency  string
	curStart  int
}

// Word classes of number words.
const (
	cNone = iota
	cUnit
	cTeenPre // أحد/اثنا…: only before عشر/عشرة
	cTens
	cHund
	cScale
	cVague
	cHalf
	cDigit
	cTeen
	cEnHund // English "hundred": multiplies
)

type wordInfo struct {
	class int
	val   float64
	dual  bool // ألفين، مليونين: two of the scale
	plur  bool // آلاف، ملايين: vague when nothing precedes
	en    bool
}

var words = func() map[string]wordInfo {
	m := map[string]wordInfo{}
	add := func(class int, val float64, ws ...string) {
		for _, w := range ws {
			m[lang.Normalize(w)] = wordInfo{class: class, val: val}
		}
	}
	add(cUnit, 1, "واحد", "واحده")
	add(cUnit, 2, "اثنان", "اثنين", "اثنتان", "اثنتين")
	add(cUnit, 3, "ثلاث", "ثلاثه")
	add(cUnit, 4, "اربع", "اربعه")
	add(cUnit, 5, "خمس", "خمسه")
	add(cUnit, 6, "ست", "سته")
	add(cUnit, 7, "سبع", "سبعه")
	add(cUnit, 8, "ثمان", "ثماني", "ثمانيه")
	add(cUnit, 9, "تسع", "تسعه")
	add(cUnit, 10, "عشر", "عشره")
	add(cTeenPre, 1, "احد", "احدي")
	add(cTeenPre, 2, "اثنا", "اثني", "اثنتا", "اثنتي")
	for v, ws := range map[float64][]string{
		20: {"عشرون", "عشرين"}, 30: {"ثلاثون", "ثلاثين"}, 40: {"اربعون", "اربعين"},
		50: {"خمسون", "خمسين"}, 60: {"ستون", "ستين"}, 70: {"سبعون", "سبعين"},
		80: {"ثمانون", "ثمانين"}, 90: {"تسعون", "تسعين"},
	} {
		add(cTens, v, ws...)
	}
	add(cHund, 100, "مئه", "مائه", "ميه")
	add(cHund, 200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "ميتين")
	for v, p := range map[float64][]string{3: {"ثلاث"}, 4: {"اربع"}, 5: {"خمس"}, 6: {"ست"}, 7: {"سبع"}, 8: {"ثمان", "ثماني"}, 9: {"تسع"}} {
		for _, s := range p {
			add(cHund, v*100, s+"مئه", s+"مائه")
		}
	}
	scale := func(val float64, sing, dual, plur []string) {
		add(cScale, val, sing...)
		for _, w := range dual {
			m[lang.Normalize(w)] = wordInfo{class: cScale, val: val, dual: true}
		}
		for _, w := range plur {
			m[lang.Normalize(w)] = wordInfo{class: cScale, val: val, plur: true}
		}
	}
	scale(1e3, []string{"الف", "الفا"}, []string{"الفان", "الفين", "الفي"}, []string{"الاف", "الوف"})
	scale(1e6, []string{"مليون", "مليونا"}, []string{"مليونان", "مليونين", "مليوني"}, []string{"ملايين"})
	scale(1e9, []string{"مليار", "مليارا", "بليون"}, []string{"ملياران", "مليارين", "ملياري"}, []string{"مليارات", "بلايين"})
	scale(1e12, []string{"تريليون"}, nil, []string{"تريليونات"})
	add(cVague, 10, "عشرات")
	add(cVague, 100, "مئات")
	add(cHalf, 0.5, "نصف")

	en := func(class int, val float64, ws ...string) {
		for _, w := range ws {
			m[w] = wordInfo{class: class, val: val, en: true}
		}
	}
	for v, w := range []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		if w != "" {
			en(cUnit, float64(v), w)
		}
	}
	for v, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		en(cTens, float64(20+10*v), w)
	}
	en(cEnHund, 100, "hundred")
	en(cScale, 1e3, "thousand")
	en(cScale, 1e6, "million")
	en(cScale, 1e9, "billion")
	en(cScale, 1e12, "trillion")
	for w, v := range map[string]float64{"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9} {
		m[w] = wordInfo{class: cVague, val: v, en: true, plur: true}
	}
	return m
}()

// starters holds every word a number phrase may begin with — number words
// and the first words of approximators, bare and with the clitics that
// lookup and matchPre strip — so that Find leaves other words after one
// lookup.
var starters = func() map[string]struct{} {
	m := map[string]struct{}{}
	clitics := []string{"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "بال"}
	for w, info := range words {
		if info.en {
			m[w] = struct{}{}
			continue
		}
		for _, c := range clitics {
			m[c+w] = struct{}{}
		}
	}
	for w := range preApprox {
		for _, c := range clitics {
			m[c+w] = struct{}{}
		}
	}
	return m
}()

// startersFilter answers for most words that they are not in starters
// without the map's lookup (which, for every word of every claim, was a
// twentieth of the claims stage's map time on SaudiNewsNet).
var startersFilter = wordset.Of(starters)

// shortScale are scale suffixes written straight after digits: "2.5bn",
// "10k", "$4m" ("m" only after a currency sign: "100m" may be metres).
var shortScale = map[string]float64{"bn": 1e9, "b": 1e9, "mn": 1e6, "k": 1e3, "tn": 1e12, "m": 1e6}

// lookup finds a number word, stripping a leading و (conj reports it) or, on
// the first word of a phrase, ب/ل/ف as well (بثلاثة، لخمسة).
func lookup(w string, first bool) (wordInfo, bool, bool) {
	if info, ok := words[w]; ok {
		return info, false, true
	}
	if len(w) > 2 && w[0] == 0xd9 && w[1] == 0x88 { // و
		if info, ok := words[w[2:]]; ok && !info.en {
			return info, true, true
		}
	}
	if first && len(w) > 2 {
		switch w[:2] {
		case "ب", "ل", "ف":
			if info, ok := words[w[2:]]; ok && !info.en && info.class != cTeenPre {
				return info, false, true
			}
		}
	}
	return wordInfo{}, false, false
}

// parseQuantity reads a quantity starting at token j.
func parseQuantity(text string, toks []lang.Token, j int) (quantity, bool) {
	q := quantity{pctBefore: -1}
	if j >= len(toks) {
		return q, false
	}
	var total, group, lastScale float64
	last := cNone
	k := j
	for k < len(toks) {
		t := toks[k]
		if k > j && !adjacent(text, toks, k-1, k) {
			// English hyphenated tens: twenty-five.
			if !(last == cTens && toks[k-1].End+1 == t.Start && text[toks[k-1].End] == '-') {
				break
			}
		}
		if t.Kind == lang.Number {
			if k != j {
				break
			}
			v, ok := parseDigits(text[t.Start:t.End])
			if !ok {
				return q, false
			}
			group, last, q.digit = v, cDigit, true
			if t.Start > 0 {
				switch c := text[t.Start-1]; {
				case c == '%':
					q.pctBefore = t.Start - 1
				case c == '$':
					q.currency, q.curStart = "$", t.Start-1
				case t.Start >= 2 && (text[t.Start-2:t.Start] == "£"):
					q.currency, q.curStart = "£", t.Start-2
				case t.Start >= 3 && (text[t.Start-3:t.Start] == "٪" || text[t.Start-3:t.Start] == "€"):
					if text[t.Start-3:t.Start] == "٪" {
						q.pctBefore = t.Start - 3
					} else {
						q.currency, q.curStart = "€", t.Start-3
					}
				}
			}
			// Suffixes written on the digits: 1970s, 1st, 2.5bn, 10k.
			if k+1 < len(toks) && toks[k+1].Start == t.End && toks[k+1].Kind == lang.Word {
				s := toks[k+1].Norm
				if sc, ok := shortScale[s]; ok && (s != "m" && s != "b" || q.currency != "") {
					group, q.digit = v*sc, false
					k += 2
					last = cScale
					continue
				}
				switch s {
				case "s", "st", "nd", "rd", "th":
					q.next, q.dateSkip = k+2, true
					return q, true
				}
			}
			// Clock times: 10:30.
			if t.End < len(text) && text[t.End] == ':' && k+1 < len(toks) && toks[k+1].Start == t.End+1 && toks[k+1].Kind == lang.Number {
				q.next, q.dateSkip = k+2, true
				return q, true
			}
			k++
			continue
		}
		w := t.Norm
		// "18 ألف و500": digits after a scale word and و add up, when
		// they are smaller than the scale.
		if w == "و" && last == cScale && k+1 < len(toks) && adjacent(text, toks, k, k+1) && toks[k+1].Kind == lang.Number {
			if v, ok := parseDigits(text[toks[k+1].Start:toks[k+1].End]); ok && v < lastScale && v == float64(int64(v)) {
				group, last = v, cDigit
				k += 2
				continue
			}
		}
		if (w == "و" || w == "and") && k+1 < len(toks) && adjacent(text, toks, k, k+1) && last != cNone && last != cDigit {
			if info, ok := words[toks[k+1].Norm]; ok && (info.en == (w == "and")) && linkOK(last, info.class, true) {
				k++
				continue
			}
			break
		}
		if w == "of" && last == cVague && k+1 < len(toks) && adjacent(text, toks, k, k+1) {
			if info, ok := words[toks[k+1].Norm]; ok && info.class == cVague {
				k++
				continue
			}
			break
		}
		info, conj, ok := lookup(w, k == j)
		if !ok && last == cVague && strings.HasPrefix(w, "ال") {
			// عشرات الآلاف، مئات الملايين.
			info, ok = words[w[4:]]
			ok = ok && info.class == cScale && info.plur
		}
		if !ok {
			break
		}
		if k > j && (toks[k-1].Norm == "و" || toks[k-1].Norm == "and") {
			conj = true
		}
		if k == j {
			conj = false
		}
		switch {
		case info.class == cTeenPre || (info.class == cUnit && info.val < 10 && !info.en):
			// أحد عشر، ثلاث عشرة.
			if k+1 < len(toks) && adjacent(text, toks, k, k+1) && (toks[k+1].Norm == "عشر" || toks[k+1].Norm == "عشره") {
				if !linkOK(last, cTeen, conj) {
					goto done
				}
				group += info.val + 10
				last = cTeen
				k += 2
				continue
			}
			if info.class == cTeenPre || !linkOK(last, cUnit, conj) {
				goto done
			}
			// ثلاث مئة: a unit multiplying a following مئة.
			if k+1 < len(toks) && adjacent(text, toks, k, k+1) {
				if h, ok := words[toks[k+1].Norm]; ok && h.class == cHund && h.val == 100 {
					group += info.val * 100
					last = cHund
					k += 2
					continue
				}
			}
			group += info.val
			last = cUnit
		case info.class == cUnit: // English units and "عشرة"
			if !linkOK(last, cUnit, conj) && !(info.en && last == cTens && info.val < 10) {
				goto done
			}
			group += info.val
			last = cUnit
		case info.class == cTens:
			if !linkOK(last, cTens, conj) {
				goto done
			}
			group += info.val
			last = cTens
		case info.class == cHund:
			if !linkOK(last, cHund, conj) {
				goto done
			}
			group += info.val
			last = cHund
		case info.class == cEnHund:
			if conj || (last != cUnit && last != cTeen && last != cTens) {
				goto done
			}
			group *= 100
			last = cHund
		case info.class == cScale:
			if conj || (lastScale != 0 && info.val >= lastScale) {
				goto done
			}
			switch {
			case last == cNone && info.dual:
				group = 2
			case last == cNone && info.plur:
				group, q.vague = 1, true
			case last == cNone:
				if info.en {
					goto done // a bare "million" is not a quantity
				}
				group = 1
			case last == cScale || last == cHalf:
				goto done
			}
			total += group * info.val
			group, lastScale, last = 0, info.val, cScale
		case info.class == cVague && last == cVague && info.val > group:
			group *= info.val // tens of thousands, hundreds of millions
		case info.class == cVague:
			if last != cNone {
				goto done
			}
			group, q.vague, last = info.val, true, cVague
		case info.class == cHalf:
			if !conj || last != cScale {
				goto done
			}
			total += lastScale / 2
			last = cHalf
		default:
			goto done
		}
		k++
	}
done:
	if last == cNone {
		return q, false
	}
	// A dangling و/and consumed before a word we then refused.
	for k > j && (toks[k-1].Norm == "و" || toks[k-1].Norm == "and") {
		k--
	}
	q.val = total + group
	q.next = k
	q.digit = q.digit && k == j+1
	if k == j+1 && last == cUnit && !words[toks[j].Norm].en && q.val <= 2 {
		q.follows = true
	}
	if last == cVague && toks[k-1].Kind == lang.Word {
		// "عشرات" alone.
		q.vague = true
	}
	return q, true
}

// linkOK says whether a number word of class next may follow one of class
// last, with or without و between (Arabic order: hundreds, units, tens).
func linkOK(last, next int, conj bool) bool {
	if last == cNone {
		return !conj
	}
	if !conj {
		return false
	}
	switch next {
	case cUnit, cTeen:
		return last == cHund || last == cScale
	case cTens:
		return last == cHund || last == cScale || last == cUnit
	case cHund:
		return last == cScale
	}
	return false
}

// parseDigits parses a digit token's surface: any digit system, "." or "٫"
// as the decimal mark, "," "٬" as thousands separators when three digits
// follow each (otherwise a decimal comma), and "." as a thousands separator
// when it appears more than once with three digits after each
// ("40.000.000").
func parseDigits(s string) (float64, bool) {
	var b [64]byte
	n := 0
	seps, dots := 0, 0
	lastSep := -1
	groupsOK := true
	for _, r := range s {
		if n >= len(b)-1 {
			return 0, false
		}
		switch {
		case r >= '0' && r <= '9':
			b[n] = byte(r)
		case r >= '٠' && r <= '٩':
			b[n] = byte('0' + r - '٠')
		case r >= '۰' && r <= '۹':
			b[n] = byte('0' + r - '۰')
		case r == '.' || r == '٫':
			b[n] = '.'
			dots++
		case r == ',' || r == '٬':
			b[n] = ','
			seps++
		default:
			if r > 0x7f && lang.FoldRune(r) >= '0' && lang.FoldRune(r) <= '9' {
				b[n] = byte(lang.FoldRune(r))
				break
			}
			return 0, false
		}
		if b[n] == '.' || b[n] == ',' {
			if lastSep >= 0 && n-lastSep != 4 {
				groupsOK = false
			}
			lastSep = n
		}
		n++
	}
	if lastSep >= 0 && n-lastSep != 4 {
		groupsOK = false
	}
	digits := b[:n]
	out := make([]byte, 0, n)
	switch {
	case dots > 1 && seps == 0 && groupsOK:
		for _, c := range digits {
			if c != '.' {
				out = append(out, c)
			}
		}
	case seps > 0 && dots <= 1:
		if seps == 1 && dots == 0 && !groupsOK {
			for _, c := range digits { // decimal comma: 2,5
				if c == ',' {
					c = '.'
				}
				out = append(out, c)
			}
			break
		}
		for _, c := range digits {
			if c != ',' {
				out = append(out, c)
			}
		}
	default:
		out = append(out, digits...)
	}
	v, err := strconv.ParseFloat(string(out), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// approx is a multi-word approximator in folded form.
type approx struct {
	words []string
	kind  string
}

func split(kind string, phrases ...string) []approx {
	out := make([]approx, 0, len(phrases))
	for _, p := range phrases {
		out = append(out, approx{strings.Fields(lang.Normalize(p)), kind})
	}
	return out
}

var preApprox = func() map[string][]approx {
	var all []approx
	all = append(all, split(About, "نحو", "حوالي", "قرابه", "زهاء", "ما يقارب", "ما يقارب من", "يقارب", "ما يقرب من",
		"ما يناهز", "يناهز", "تقريبا", "about", "around", "nearly", "almost", "approximately", "roughly", "some",
		"an estimated", "approx")...)
	all = append(all, split(MoreThan, "اكثر من", "ما يزيد علي", "ما يزيد عن", "يزيد علي", "يزيد عن", "ما يربو علي",
		"يربو علي", "ازيد من", "ما يفوق", "يفوق", "more than", "over", "upwards of", "in excess of")...)
	all = append(all, split(LessThan, "اقل من", "ما دون", "دون", "less than", "fewer than", "under", "below")...)
	all = append(all, split(AtLeast, "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "at least", "no fewer than", "no less than")...)
	// Bare يصل إلى is "reaching" (ليصل إلى 17550 نقطة), not "up to".
	all = append(all, split(AtMost, "ما يصل الي", "up to", "as many as", "at most")...)
	m := map[string][]approx{}
	for _, a := range all {
		m[a.words[0]] = append(m[a.words[0]], a)
	}
	// Longest first.
	for k, v := range m {
		for i := range v {
			for j := i + 1; j < len(v); j++ {
				if len(v[j].words) > len(v[i].words) {
					v[i], v[j] = v[j], v[i]
				}
			}
		}
		m[k] = v
	}
	return m
}()

var postApprox = func() map[string][]approx {
	m := map[string][]approx{}
	for _, a := range append(append(append(split(About, "تقريبا", "or so", "approximately"),
		split(AtLeast, "علي الاقل", "فاكثر", "او اكثر", "or more", "at least")...),
		split(AtMost, "بحد اقصي", "على الاكثر", "علي الاكثر", "at most", "or fewer", "or less")...),
		split(MoreThan, "ونيف", "ونيفا")...) {
		m[a.words[0]] = append(m[a.words[0]], a)
	}
	return m
}()

// matchPre matches an approximator at token i and returns its kind and the
// index of the token after it (i when none matched). The first word may
// carry one or two clitics (بنحو، لأكثر، وبحوالي).
func matchPre(text string, toks []lang.Token, i int) (string, int) {
	w := toks[i].Norm
	for s := 0; s < 3; s++ {
		for _, a := range preApprox[w] {
			if k, ok := matchSeq(text, toks, i, a.words); ok && k < len(toks) && adjacent(text, toks, k-1, k) {
				return a.kind, k
			}
		}
		if len(w) <= 4 {
			break
		}
		switch w[:2] {
		case "و", "ف", "ب", "ل":
			w = w[2:]
		default:
			return "", i
		}
	}
	return "", i
}

// matchSeq matches words from token i (the first word already checked) and
// returns the token after them.
func matchSeq(text string, toks []lang.Token, i int, words []string) (int, bool) {
	for n := 1; n < len(words); n++ {
		if i+n >= len(toks) || toks[i+n].Norm != words[n] || !adjacent(text, toks, i+n-1, i+n) {
			return 0, false
		}
	}
	return i + len(words), true
}

// matchPost matches a post-approximator at token k, right after byte end.
func matchPost(text string, toks []lang.Token, k, end int) (string, int, bool) {
	if k >= len(toks) || !onlySpace(text[end:toks[k].Start]) {
		return "", k, false
	}
	for _, a := range postApprox[toks[k].Norm] {
		if n, ok := matchSeq(text, toks, k, a.words); ok {
			return a.kind, n, true
		}
	}
	return "", k, false
}

// percentAfter finds a percentage mark after byte end (token k is the next
// token) and returns the new end and next token.
func percentAfter(text string, toks []lang.Token, k, end int) (int, int, bool) {
	p := end
	for p < len(text) && text[p] == ' ' {
		p++
	}
	if strings.HasPrefix(text[p:], "%") {
		return p + 1, skipTo(toks, k, p+1), true
	}
	for _, s := range []string{"٪", "﹪", "％"} {
		if strings.HasPrefix(text[p:], s) {
			return p + len(s), skipTo(toks, k, p+len(s)), true
		}
	}
	if k >= len(toks) || !onlySpace(text[end:toks[k].Start]) {
		return end, k, false
	}
	switch toks[k].Norm {
	case "بالمئه", "بالمائه", "بالميه", "percent", "pct":
		return toks[k].End, k + 1, true
	case "في":
		if k+1 < len(toks) && adjacent(text, toks, k, k+1) {
			switch toks[k+1].Norm {
			case "المئه", "المائه", "الميه":
				return toks[k+1].End, k + 2, true
			}
		}
	case "per":
		if k+1 < len(toks) && adjacent(text, toks, k, k+1) && toks[k+1].Norm == "cent" {
			return toks[k+1].End, k + 2, true
		}
	}
	return end, k, false
}

// skipTo returns the first token index at or after k that starts at or after
// byte p.
func skipTo(toks []lang.Token, k, p int) int {
	for k < len(toks) && toks[k].Start < p {
		k++
	}
	return k
}

// unitAfter finds the counted noun after byte end (token k is the next
// token): the next word when only spaces separate it, or the word after one
// "من"/"of".
//
// A counted noun is indefinite (ثلاثة منازل، 40 شخصاً); a definite word
// after a number starts something else (2015 العالمية) unless the number is
// a vague plural (عشرات القتلى, definite is set) or "من" came between. A
// word with a preposition and the article (بالتهاب، للنازحين) never counts.
func unitAfter(text string, toks []lang.Token, k, end int, definite bool) (string, int, bool) {
	if k >= len(toks) || !onlySpace(text[end:toks[k].Start]) || toks[k].Kind != lang.Word {
		return "", k, false
	}
	t := toks[k]
	// One "من" before a definite plural (مئات الآلاف من النازحين), not
	// before a place (عشرات الآلاف من لبنان).
	if (t.Norm == "من" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Norm, "ال") || t.Norm == "of") &&
		k+1 < len(toks) && adjacent(text, toks, k, k+1) && toks[k+1].Kind == lang.Word {
		k++
		t = toks[k]
		definite = true
	}
	if t.Stop || notUnit(t.Norm) || newClause(t.Norm) {
		return "", k, false
	}
	switch {
	case strings.HasPrefix(t.Norm, "بال"), strings.HasPrefix(t.Norm, "لل"), strings.HasPrefix(t.Norm, "وال"),
		strings.HasPrefix(t.Norm, "فال"), strings.HasPrefix(t.Norm, "كال"),
		!definite && strings.HasPrefix(t.Norm, "ال") && utf8.RuneCountInString(t.Norm) > 3,
		!definite && t.Norm == "the":
		return "", k, false
	}
	u := cleanUnit(t)
	if u == "" {
		return "", k, false
	}
	return u, k + 1, true
}

// yearLike reports a four-digit integer in the Gregorian (1900–2100) or
// Hijri (1350–1500) year range.
func yearLike(surface string, v float64) bool {
	if utf8.RuneCountInString(surface) != 4 || v != float64(int64(v)) {
		return false
	}
	for _, r := range surface {
		if f := lang.FoldRune(r); f < '0' || f > '9' {
			return false
		}
	}
	return v >= 1900 && v <= 2100 || v >= 1350 && v <= 1500
}

// notUnit reports words that end a number phrase but are not what it counts.
func notUnit(w string) bool {
	if _, ok := words[w]; ok {
		return true
	}
	if _, ok := preApprox[w]; ok {
		return true
	}
	if _, ok := postApprox[w]; ok {
		return true
	}
	_, month := months[w]
	return month
}

// newClause reports a word that starts a new clause rather than naming what
// a number counts: the conjunction و on a verb or a definite noun (وأصيب،
// ويقول، والنازحين). Nouns that begin with و (وزير، ولاية، وثيقة) pass.
func newClause(w string) bool {
	if !strings.HasPrefix(w, "و") || utf8.RuneCountInString(w) < 4 {
		return false
	}
	switch r, _ := utf8.DecodeRuneInString(w[2:]); r {
	case 'ا', 'ي', 'ت', 'ن':
		return true
	}
	return false
}

// unitCanon makes common plural units singular and joins year words.
var unitCanon = map[string]string{
	"عاما": "عام", "اعوام": "عام", "سنه": "عام", "سنوات": "عام", "سنين": "عام", "سنا": "عام",
	"دولارات": "دولار", "كيلومترات": "كيلومتر", "كم": "كيلومتر", "كلم": "كيلومتر", "امتار": "متر",
	"اشخاص": "شخص", "قتلي": "قتيل", "جرحي": "جريح", "منازل": "منزل", "بيوت": "بيت",
	"اشهر": "شهر", "شهور": "شهر", "ايام": "يوم", "ساعات": "ساعه", "دقايق": "دقيقه",
	"مرات": "مره", "دول": "دوله", "لاجيين": "لاجي", "مدنيين": "مدني", "اطفال": "طفل",
	"years": "year", "dollars": "dollar", "people": "person", "persons": "person",
	"kilometres": "kilometre", "kilometers": "kilometer", "homes": "home", "houses": "house",
	"months": "month", "days": "day", "times": "time", "countries": "country",
}

// cleanUnit folds a unit word: no article, no accusative alef, common
// plurals made singular.
func cleanUnit(t lang.Token) string {
	w := t.Norm
	if t.Kind != lang.Word {
		return ""
	}
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 3 {
		w = w[4:]
	}
	if c, ok := unitCanon[w]; ok {
		return c
	}
	if strings.HasSuffix(w, "ا") && utf8.RuneCountInString(w) >= 4 && w[0] >= 0xd8 {
		w = w[:len(w)-2]
	}
	if c, ok := unitCanon[w]; ok {
		return c
	}
	// A copy: the token's folded form is a slice of the whole article's,
	// which a claim's number would otherwise keep alive.
	return strings.Clone(w)
}
