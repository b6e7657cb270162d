package diff

// Facts read from a claim's text
//
// The typed checks read the facts the claim package puts on a Claim
// (dates, numbers, entities, speaker, quotes). Three things are read from
// the claim's own text as well, because the checks need their positions or
// the claim may not carry them:
//
//   - Quote spans, when Claim.Quotes is empty. Curly and angle quote
//     marks (“ ” „ « » ‹ ›) and ASCII " are read as a toggle — a mark opens
//     a quote when none is open and closes it otherwise, since outlets use
//     ” and “ either way round — except that « always opens and » always
//     closes. A quote left open (a common slip: “هناك فرص …، بحسب الشيباني.)
//     runs to the end of the claim, or to the comma before a trailing
//     attribution (بحسب، حسب، وفق، وفقاً، نقلاً عن, according to).
//   - Numbers, when Claim.Numbers is empty: claim/numbers.Find on the text.
//   - Modality cues (negation, hedge, future, assertion) with their
//     positions: claim/modality.Find on the part of the text that holds
//     the changed words (compare.go, changedCues).
//
// Word lists used by the checks live here too: calendar words (month names
// of both systems, weekdays, today/yesterday, last/next), which are dates'
// business and never "wording"; reporting verbs and participles (قال،
// أكد، معتبراً، واصفاً), whose choice is paraphrase; role nouns with their
// dual and plural forms (وزير/وزيري/وزراء) for participant counts; and
// evaluative words (إدانة، رفض، تهديد، مباشر، إرهابي، شهيد …) that raise a
// wording difference to severity 2.

import (
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/numbers"
	"github.com/claimdiff/claimdiff/internal/wordset"
	"github.com/claimdiff/claimdiff/lang"
)

// quoteSpans returns the spans inside quote marks of c (document offsets,
// marks excluded): c.Quotes when set, otherwise read from c.Text.
func quoteSpans(c *claim.Claim) []Span {
	if len(c.Quotes) > 0 {
		out := make([]Span, 0, len(c.Quotes))
		for _, q := range c.Quotes {
			out = append(out, Span{q.Start, q.End})
		}
		return out
	}
	return scanQuotes(c.Text, c.Start)
}

// scanQuotes finds quoted spans in text; offsets are shifted by base.
func scanQuotes(text string, base int) []Span {
	var out []Span
	open := -1
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '«':
			if open < 0 {
				open = i + n
			}
		case '»':
			if open >= 0 {
				out = appendSpan(out, text, open, i, base)
				open = -1
			}
		case '"', '“', '”', '„', '‹', '›':
			if open < 0 {
				// A mark right after a word with a space, punctuation
				// or the end after it, with no quote open, closes a
				// quote opened before the claim ("… وستين شاهدا"، كما
				// ذكر …"): it opens nothing.
				if r != '“' && r != '„' && strayMark(text, i, n) {
					break
				}
				open = i + n
			} else {
				out = appendSpan(out, text, open, i, base)
				open = -1
			}
		}
		i += n
	}
	if open >= 0 {
		end := len(text)
		if k := trailingAttribution(text[open:]); k >= 0 {
			end = open + k
		}
		out = appendSpan(out, text, open, end, base)
	}
	return out
}

// strayMark reports whether the quote mark at i (n bytes) follows a
// letter and is followed by a space, punctuation or the end of text.
func strayMark(text string, i, n int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if prev == ' ' || prev == '\n' || strings.ContainsRune("،,.:؛!?؟(«“\"", prev) {
		return false
	}
	if i+n >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return next == ' ' || next == '\n' || strings.ContainsRune("،,.:؛!?؟)", next)
}

// trailingAttribution returns the offset in s of the comma (or space) before
// a trailing attribution phrase, or -1.
func trailingAttribution(s string) int {
	best := -1
	for _, w := range []string{"بحسب", "حسب", "وفق", "وفقا", "وفقاً", "نقلا عن", "نقلاً عن", "according to"} {
		k := strings.LastIndex(s, w)
		if k <= 0 {
			continue
		}
		// The phrase must start a word and sit near the end (a few words).
		prev, _ := utf8.DecodeLastRuneInString(s[:k])
		if prev != ' ' && prev != '،' && prev != ',' {
			continue
		}
		if len(strings.Fields(s[k:])) > 5 {
			continue
		}
		// Start at the comma before the phrase, if only spaces sit between.
		for j := k; j > 0; {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if r == ' ' {
				j -= n
				continue
			}
			if r == '،' || r == ',' {
				k = j - n
			}
			break
		}
		if best < 0 || k < best {
			best = k
		}
	}
	return best
}

// appendSpan appends text[s:e] trimmed of spaces and punctuation, when any
// letter or digit is left.
func appendSpan(out []Span, text string, s, e, base int) []Span {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !isTrim(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isTrim(r) {
			break
		}
		e -= n
	}
	if s < e {
		out = append(out, Span{base + s, base + e})
	}
	return out
}

func isTrim(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\u00a0', '.', '،', ',', '؛', ';', ':', '…', '!', '?', '؟', '-', '–', '—':
		return true
	}
	return false
}

// claimNumbers returns c's numbers: c.Numbers when set, otherwise those
// claim/numbers finds in c.Text (offsets shifted to the document). A list
// item's number is left out (listMarker).
func claimNumbers(c *claim.Claim) []claim.Number {
	if len(c.Numbers) > 0 || !mayHaveNumber(c.Tokens) {
		return dropListMarker(c, c.Numbers)
	}
	found := numbers.Find(c.Text)
	out := make([]claim.Number, 0, len(found))
	for _, n := range found {
		out = append(out, claim.Number{Start: n.Start + c.Start, End: n.End + c.Start, Text: n.Text,
			Value: n.Value, Approx: n.Approx, Unit: n.Unit})
	}
	return dropListMarker(c, out)
}

// dropListMarker returns ns without a number that opens claim c as a list
// item's position ("2 - تطبيق …"، "1. تطبيق …"، "5) كولن باول …"): its
// place in one outlet's list, not a figure of the fact.
func dropListMarker(c *claim.Claim, ns []claim.Number) []claim.Number {
	if len(ns) == 0 || !listMarker(c, ns[0]) {
		return ns
	}
	return ns[1:]
}

// listMarker reports whether number n opens c's text, with nothing but
// spaces or a dash before it, and is a whole number followed by ".", ")"
// or "-" and then a word.
func listMarker(c *claim.Claim, n claim.Number) bool {
	k, e := n.Start-c.Start, n.End-c.Start
	if k < 0 || e > len(c.Text) || strings.Trim(c.Text[:k], " -–\t") != "" || n.Value != float64(int(n.Value)) || n.Value > 99 {
		return false
	}
	rest := strings.TrimLeft(c.Text[e:], " ")
	for _, m := range []string{".", ")", "-", "–"} {
		if r, ok := strings.CutPrefix(rest, m); ok {
			// "1.5" is a decimal, not "1." and a word.
			r = strings.TrimLeft(r, " ")
			return r != "" && !startsWithDigit(r)
		}
	}
	return false
}

// mayHaveNumber is a cheap precheck for claimNumbers: a digit token or a
// word that starts like an Arabic or English number word.
func mayHaveNumber(toks []lang.Token) bool {
	for i := range toks {
		if toks[i].Kind == lang.Number || numberStems[toks[i].Stem] {
			return true
		}
	}
	return false
}

// numberStems are the stems of common number words; a claim without a
// digit and without one of these is not read for numbers.
var numberStems = stemSet(`واحد اثنان اثنين اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثمانية
	تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين
	ثمانون ثمانين تسعون تسعين مئة مائة مئات ألف آلاف ألفين مليون ملايين مليونين مليار مليارات
	عشرات نصف ربع ثلث بضع بضعة
	one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
	sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozens`)

// stemSet tokenises the words of list and returns their folded forms and
// stems as a set.
func stemSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, t := range lang.Tokenize(list) {
		m[t.Norm] = true
		m[t.Stem] = true
	}
	return m
}

// normSet returns the folded forms of the words of list as a set.
func normSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, t := range lang.Tokenize(list) {
		m[t.Norm] = true
	}
	return m
}

// stripClitic removes one leading conjunction or preposition (و ف ب ل ك)
// and the article ال (also لل) from a folded word, if what is left is at
// least two letters.
func stripClitic(w string) string {
	// Arabic letters take two bytes; anything else is returned as is.
	if len(w) < 6 || (w[0] != 0xD8 && w[0] != 0xD9) {
		return w
	}
	for _, p := range cliticsOf(w[:2]) {
		if strings.HasPrefix(w, p) && len(w)-len(p) >= 4 {
			return w[len(p):]
		}
	}
	return w
}

// clitics are the prefixes stripClitic removes, longest first.
var clitics = []string{"وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"}

// cliticsOf returns the clitics that open with the letter l, longest
// first: most words open with none, and a word has only its first letter's
// to try (TestCliticsOf holds them to clitics).
func cliticsOf(l string) []string {
	switch l {
	case "ا":
		return cliticsAlif
	case "ل":
		return cliticsLam
	case "و":
		return cliticsWaw
	case "ف":
		return cliticsFa
	case "ب":
		return cliticsBa
	case "ك":
		return cliticsKaf
	}
	return nil
}

var (
	cliticsAlif = []string{"ال"}
	cliticsLam  = []string{"لل", "ل"}
	cliticsWaw  = []string{"وال", "و"}
	cliticsFa   = []string{"فال", "ف"}
	cliticsBa   = []string{"بال", "ب"}
	cliticsKaf  = []string{"كال"}
)

// calendarWords are month names of both systems, Hijri months, weekdays and
// relative day words, folded, without clitics.
var calendarWords = normSet(`كانون تشرين الأول الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول
	يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
	محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة
	السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة سبت أحد اثنين ثلاثاء أربعاء خميس جمعة
	يوم اليوم أمس الأمس غدا غداً البارحة الماضي الماضية الجاري الجارية المقبل المقبلة الحالي الحالية
	القادم القادمة المنصرم صباح مساء ظهر ليلة فجر شهر الشهر عام العام سنة السنة أسبوع الأسبوع
	مطلع منتصف أواخر أوائل نهاية بداية هـ م
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow last next`)

// calendarBare holds calendarWords without the article, so a word with any
// clitic (بالأمس، والثلاثاء) is found by its stripped form.
var calendarBare = func() map[string]bool {
	m := map[string]bool{}
	for w := range calendarWords {
		m[w] = true
		m[stripClitic(w)] = true
	}
	return m
}()

// isCalendar reports whether a folded token is a calendar word, with or
// without a leading clitic.
func isCalendar(norm string) bool { return isCalendarBare(norm, stripClitic(norm)) }

// isCalendarBare is isCalendar of norm given its stripClitic b, for
// callers that ask other sets about b too.
func isCalendarBare(norm, b string) bool {
	return calendarFilter.MayHave(norm) && calendarWords[norm] || calendarBareFilter.MayHave(b) && calendarBare[b]
}

// Filters of the word sets asked about every word of a claim (see
// package wordset): most words are in none of them.
var (
	calendarFilter      = wordset.Of(calendarWords)
	calendarBareFilter  = wordset.Of(calendarBare)
	reportingFilter     = wordset.Of(reportingWords)
	roleNounsFilter     = wordset.Of(roleNouns)
	rolePluralsFilter   = wordset.Of(rolePlurals)
	honorificsFilter    = wordset.Of(honorifics)
	titleWordsFilter    = wordset.Of(titleWords)
	nameParticlesFilter = wordset.Of(nameParticles)
	timeOfDayFilter     = wordset.Of(timeOfDay)
	sessionFilter       = wordset.Of(sessionBit)
)

// inSet reports set[w], asking filter f (wordset.Of(set)) first: most
// words are in no set, and the filter says so without hashing them.
func inSet(set map[string]bool, f *wordset.Filter, w string) bool {
	return f.MayHave(w) && set[w]
}

// reportingWords are speech and attribution verbs and participles beyond
// claim.IsSpeechVerb's list: choosing one over another is paraphrase.
var reportingWords = normSet(`قال قالت يقول تقول أكد أكدت يؤكد مؤكدا مؤكدة أشار أشارت مشيرا مشيرة أضاف أضافت
	مضيفا مضيفة لفت لافتا لافتة أوضح موضحا كشف كاشفا ذكر ذكرت وصف وصفت واصفا واصفة اعتبر اعتبرت
	معتبرا معتبرة معتبر شدد مشددا أعرب معربا أعلن معلنا تابع جدد مجددا بيّن مبينا صرح مصرحا نقل نقلت
	إياها إياه إياهم تأكيد تأكيده تأكيدها إعلان إعلانه إعلانها تصريح تصريحه تصريحات`)

// discourseWords link a sentence to the one before ("من جانبه"، "من
// جهته"، "بدوره": for his part): they say nothing of the fact.
var discourseWords = normSet(`جانبه جانبها جانبهم جهته جهتها جهتهم بدوره بدورها بدورهم`)

// attributionMarkers open a trailing attribution ("، بحسب الشيباني").
var attributionMarkers = normSet(`بحسب حسب حسبما وفق وفقا وفقاً نقلا نقلاً according`)

// isReporting reports a reporting verb or participle.
func isReporting(norm string) bool { return isReportingBare(norm, stripClitic(norm)) }

// isReportingBare is isReporting of norm given its stripClitic b.
func isReportingBare(norm, b string) bool {
	return claim.IsSpeechVerb(norm) || reportingFilter.MayHave(norm) && reportingWords[norm] ||
		reportingFilter.MayHave(b) && reportingWords[b]
}

// roleNouns are singular role nouns, folded, and roleCounts their dual and
// plural forms: "وزير" against "وزيري"/"وزراء" means a different number of
// participants.
var roleNouns = normSet(`وزير رئيس نائب مستشار سفير قائد مبعوث ممثل زعيم مسؤول مدير أمين متحدث ناطق ملك أمير
	عضو نائبة وزيرة رئيسة سفيرة
	minister president deputy adviser advisor ambassador envoy leader official director spokesman`)

// roleCount returns the singular of a dual or plural role noun (folded,
// clitics stripped) and true, or "" and false.
func roleCount(norm string) (string, bool) {
	for _, w := range [2]string{norm, stripClitic(norm)} {
		if rolePluralsFilter.MayHave(w) {
			if s, ok := rolePlurals[w]; ok {
				return s, true
			}
		}
		for _, suf := range []string{"ين", "ان", "ي", "ا", "s"} {
			// A dual in construct ("وزيري الخارجية") never takes the
			// article: "الرئيسي" is the adjective "main".
			if suf == "ي" && strings.HasPrefix(norm, "ال") {
				continue
			}
			if s, ok := strings.CutSuffix(w, suf); ok && roleNounsFilter.MayHave(s) && roleNouns[s] {
				return s, true
			}
		}
	}
	return "", false
}

// roleSingular returns the folded singular role noun of norm (with or
// without a clitic), or "".
func roleSingular(norm string) string {
	for _, w := range [2]string{norm, stripClitic(norm)} {
		if roleNounsFilter.MayHave(w) && roleNouns[w] {
			return w
		}
	}
	return ""
}

var rolePlurals = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"وزراء", "وزير"}, {"رؤساء", "رئيس"}, {"نواب", "نائب"}, {"مستشارون", "مستشار"},
		{"سفراء", "سفير"}, {"قادة", "قائد"}, {"مبعوثون", "مبعوث"}, {"ممثلون", "ممثل"},
		{"زعماء", "زعيم"}, {"مسؤولون", "مسؤول"}, {"مدراء", "مدير"}, {"مديرون", "مدير"},
		{"أمناء", "أمين"}, {"متحدثون", "متحدث"}, {"ملوك", "ملك"}, {"أمراء", "أمير"}, {"أعضاء", "عضو"},
	} {
		m[lang.Normalize(p[0])] = lang.Normalize(p[1])
	}
	return m
}()

// evaluative are stems of words that judge rather than describe; a wording
// difference that touches one is severity 2.
var evaluative = stemSet(`إدانة أدان يدين تدين ندد تنديد استنكر استنكار شجب رفض الرافض رافض رافضا يرفض
	ترحيب رحب مرحبا تهديد تهديدا يهدد خطير خطيرة خطر مباشر المباشر انتهاك انتهاكات اعتداء اعتداءات
	عدوان عدواني هجوم احتلال محتل إرهاب إرهابي إرهابيين جريمة جرائم مجزرة مجازر إبادة وحشي وحشية
	فاشل فشل نجاح ناجح تاريخي حاسم مسبوق مزعوم مزعومة شرعي الشرعية متطرف متطرفين ميليشيا ميليشيات
	مرتزقة ثوار ثائر متمرد متمردين مسلحين شهيد شهداء قتيل قتلى نظام النظام مخلوع المخلوع انقلاب
	تحرير تطهير قمع استبداد فساد نزيه مثمر مثمرة إيجابي سلبي كارثي كارثة
	condemn condemned condemnation reject rejected threat direct terrorist terrorism massacre
	regime martyr militia rebels invasion occupation aggression historic unprecedented alleged`)

// isEvaluative reports an evaluative word (folded form or stem).
func isEvaluative(t lang.Token) bool {
	return evaluative[t.Norm] || evaluative[t.Stem] || evaluative[stripClitic(t.Norm)]
}

// durationUnits are number units that count years.
var durationUnits = normSet(`عام سنة سنوات أعوام year years`)
