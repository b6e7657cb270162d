package analysis

// This file holds cutting a claim or headline down to a title: first sentence, lead-ins, dates,
// brackets, rubrics, tails and a clause boundary. The overview of how titles are chosen is at the
// top of titles.go.

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/lang"
)

// leadConnectives are dropped from the start of a headline.
var leadConnectives = []string{"وقد ", "وقال ", "كما ", "فيما ", "بينما ", "في حين ", "إلى ذلك، ", "الى ذلك، ", "من جهته، ", "من جهتها، ", "من جانبه، ", "من جانبها، ", "وبحسب ", "بدوره، ", "بدورها، ",
	"على نفس الصعيد، ", "وعلى نفس الصعيد، ", "على صعيد آخر، ", "وعلى صعيد آخر، ", "في سياق متصل، ", "وفي سياق متصل، ", "في البداية ", "من ناحية أخرى، ", "من جهة أخرى، ", "ولكن ", "لكن ", "وحينها ", "حينها ", "وحينها، ", "حينها، ", "عندئذ ", "وعندئذ ",
	"إلى ذلك ", "الى ذلك ", "من جانب آخر، ", "من جانب آخر ", "من جهة ثانية، ", "هذا وقد ", "هذا، ",
	"في الوقت نفسه ", "وفي الوقت نفسه ", "في الوقت نفسه، ", "وفي الوقت نفسه، ", "في الوقت ذاته ", "وفي الوقت ذاته ", "في الوقت ذاته، ", "وفي الوقت ذاته، ", "بل ", "وبل ",
	"تجدر الإشارة إلى أن ", "وتجدر الإشارة إلى أن ", "الجدير بالذكر أن ", "والجدير بالذكر أن ", "الجدير ذكره أن ", "والجدير ذكره أن ", "يذكر أن ", "ويذكر أن ", "يذكر بأن ", "يشار إلى أن ", "ويشار إلى أن "}

// Headline cuts a claim down to a headline (step 3 at the top of the file).
func Headline(c *claim.Claim) string {
	s := c.Text
	// The claim's own dates go: the event's date is shown beside the title.
	var cuts [][2]int
	for _, d := range c.Dates {
		if !d.IsDate() || d.Start < c.Start || d.End > c.End {
			continue
		}
		s0, e0 := d.Start-c.Start, d.End-c.Start
		k, e, ok := dateCut(s, s0, e0)
		if !ok {
			// A date right after one that goes, in apposition to it
			// ("صباح الأحد القادم 10 شوال 1436 ه"), goes with it.
			if n := len(cuts); n == 0 || strings.TrimSpace(s[min(cuts[n-1][1], s0):s0]) != "" || cuts[n-1][1] > s0 {
				continue
			}
			k, e = cuts[len(cuts)-1][1], e0
		}
		cuts = append(cuts, [2]int{k, commaAfterDate(s, e)})
	}
	// Commas around a name in apposition go ("الرئيس الروسي، فلاديمير
	// بوتين، استقبل" reads as a headline without them).
	for _, e := range c.Entities {
		if e.Kind != entity.KindPerson || e.Start < c.Start || e.End > c.End {
			continue
		}
		s0, e0 := e.Start-c.Start, e.End-c.Start
		inner := false
		for k := strings.Index(s[s0:e0], "،"); k >= 0; {
			cuts = append(cuts, [2]int{s0 + k, s0 + k + len("،")})
			inner = true
			next := strings.Index(s[s0+k+len("،"):e0], "،")
			if next < 0 {
				break
			}
			k += len("،") + next
		}
		if inner && strings.HasPrefix(s[e0:], "،") {
			cuts = append(cuts, [2]int{e0, e0 + len("،")})
		}
		before, after := strings.TrimRight(s[:s0], " "), s[e0:]
		for _, comma := range []string{"،", ","} {
			if strings.HasSuffix(before, comma) && strings.HasPrefix(after, comma) {
				cuts = append(cuts, [2]int{len(before) - len(comma), len(before)}, [2]int{e0, e0 + len(comma)})
			}
		}
	}
	if len(cuts) > 0 {
		var b strings.Builder
		pos := 0
		for _, k := range sortCuts(cuts) {
			if k[0] < pos {
				k[0] = pos
			}
			if k[1] <= k[0] {
				continue
			}
			b.WriteString(s[pos:k[0]])
			pos = k[1]
		}
		b.WriteString(s[pos:])
		s = b.String()
	}
	s = dropBrackets(dropBidiMarks(s), true)
	s = dropTags(dropDashLead(dropDateline(tidy(strings.TrimLeft(s, "*•-– ")))))
	s = dropBackRefs(firstSentence(s))
	for changed := true; changed; {
		changed = false
		for _, p := range leadConnectives {
			if strings.HasPrefix(s, p) && len(s) > len(p)+10 {
				s, changed = strings.TrimSpace(s[len(p):]), true
				if p == "وقال " {
					s = "قال " + s
				}
			}
		}
	}
	// "تسجيل الأسماء وقال السديس إنه …": a sentence whose full stop was
	// lost starts at the speech verb; the words before it end another.
	s = dropRunOn(s)
	// "مشيراً إلى أنه، استأنفت روسيا …": what the speaker of the sentence
	// before said is the clause after أن.
	s = dropLeadIn(s)
	// "علمت «الوطن» من مصادر مطلعة أن وزير التعليم أصدر تعميماً": the
	// outlet's own word that it learned what follows.
	s = dropLearnedLead(s)
	// "هذا وواصل …": the filler هذا goes with the و after it.
	if rest, ok := strings.CutPrefix(s, "هذا "); ok && dropLeadingWaw(rest) != rest {
		s = rest
	}
	s = dropLeadingWaw(s)
	return cutWords(s)
}

// firstSentence cuts a claim's text at a full stop written as ".."
// between two sentences ("… على تسميتها..جعلها الله …"), once at least
// four words come before it; "..." (an ellipsis) is left alone.
func firstSentence(s string) string {
	for from := 0; ; {
		k := strings.Index(s[from:], "..")
		if k < 0 {
			return s
		}
		k += from
		end := k + len("..")
		for end < len(s) && s[end] == '.' {
			end++
		}
		if end-k == len("..") && wordCount(s[:k]) >= 4 && wordCount(s[end:]) >= 2 {
			return strings.TrimRight(s[:k], " ،,")
		}
		from = end
	}
}

// dropRunOn removes up to three words before a speech verb with و
// ("وقال", "وأضاف") that opens a sentence run on to the end of another.
func dropRunOn(s string) string {
	// Most texts have no speech verb with و among their second to fourth
	// words: they are read without splitting the whole text.
	i, maybe := 0, false
	for w := range strings.FieldsSeq(s) {
		if i >= 1 && strings.HasPrefix(w, "و") && slices.Contains(speechVerbs, w) {
			maybe = true
			break
		}
		if i++; i > 3 {
			break
		}
	}
	if !maybe {
		return s
	}
	words := strings.Fields(s)
	for i := 1; i < len(words) && i <= 3; i++ {
		if strings.HasPrefix(words[i], "و") && slices.Contains(speechVerbs, words[i]) && len(words)-i >= MinTitleWords {
			return strings.Join(append([]string{strings.TrimPrefix(words[i], "و")}, words[i+1:]...), " ")
		}
	}
	return s
}

// backRefs are words that point back to a time the sentence before named
// ("قتل آنذاك خمسة جنود"); a title needs no such pointer.
var backRefs = foldSet("آنذاك", "انذاك", "حينذاك", "حينئذ", "وقتذاك", "وقتئذ", "حينها", "وقتها")

// dropBackRefs removes the words of backRefs, and the comma that set one
// off ("كشف لعنب بلدي، حينها عن تنسيق" → "كشف لعنب بلدي عن تنسيق").
func dropBackRefs(s string) string {
	// A word that folds to one of backRefs leaves it in the folded text
	// (Normalize folds rune by rune): most texts, holding none, are
	// folded once instead of word by word.
	folded, found := lang.Normalize(s), false
	for w := range backRefs {
		if strings.Contains(folded, w) {
			found = true
			break
		}
	}
	if !found {
		return s
	}
	words := strings.Fields(s)
	out := words[:0]
	for _, w := range words {
		if !backRefs[lang.Normalize(strings.Trim(w, "،,"))] {
			out = append(out, w)
			continue
		}
		if n := len(out); n > 0 && !strings.HasSuffix(w, "،") {
			out[n-1] = strings.TrimRight(out[n-1], "،,")
		}
	}
	if len(out) == len(words) {
		return s
	}
	return tidy(strings.Join(out, " "))
}

// leadIns are participles that open a sentence continuing the words of a
// speaker named before it ("مشيراً إلى أن …", "مؤكداً أن …").
var leadIns = foldSet("مشيرا", "مشيراً", "مشيرة", "لافتا", "لافتاً", "لافتة", "مؤكدا", "مؤكداً", "مؤكدة", "مضيفا", "مضيفاً", "مضيفة",
	"موضحا", "موضحاً", "موضحة", "منوها", "منوهاً", "منوهة", "معتبرا", "معتبراً", "معتبرة", "مبينا", "مبيناً", "مبينة")

// leadInPreps come between a lead-in participle and its أن.
var leadInPreps = foldSet("إلى", "الى", "على")

// dropLeadIn removes a participle lead-in and its أن ("لافتاً إلى أنه،
// استأنفت روسيا شحنات النفط" → "استأنفت روسيا شحنات النفط"), when a
// clause of at least five words follows: what was said is the title.
func dropLeadIn(s string) string {
	if !leadIns[lang.Normalize(strings.Trim(firstField(s), "،,:"))] {
		return s
	}
	words := strings.Fields(s)
	if len(words) < 3 || !leadIns[lang.Normalize(strings.Trim(words[0], "،,:"))] {
		return s
	}
	k := 1
	if leadInPreps[lang.Normalize(words[k])] {
		k++
	}
	if !complements[lang.Normalize(strings.Trim(words[k], "،,:"))] {
		return s
	}
	rest := words[k+1:]
	if len(rest) < 5 {
		return s
	}
	return tidy(strings.Join(rest, " "))
}

// learnedVerbs open an outlet's word that it learned what it reports
// ("علمت «الوطن» من مصادر مطلعة أن …"); an outlet, a صحيفة, takes the
// feminine, and the masculine علم is also the noun "flag".
var learnedVerbs = foldSet("علمت", "وعلمت")

// learnedWords is the most words the outlet and its sources ("«الوطن» من
// مصادر مطلعة") may take between a verb of learnedVerbs and its أن.
const learnedWords = 8

// dropLearnedLead removes an outlet's lead-in that it learned what
// follows ("علمت «الوطن» من مصادر مطلعة أن وزير التعليم أصدر تعميما" →
// "وزير التعليم أصدر تعميما"), when a clause of at least five words
// follows its أن: the outlet tells what happened in its own voice, and
// the lead-in would take the title's words.
func dropLearnedLead(s string) string {
	if !learnedVerbs[lang.Normalize(firstField(s))] {
		return s
	}
	words := strings.Fields(s)
	if len(words) < 3 || !learnedVerbs[lang.Normalize(words[0])] {
		return s
	}
	for k := 2; k < len(words) && k <= learnedWords+1; k++ {
		if complements[lang.Normalize(strings.Trim(words[k], "،,:"))] {
			if rest := words[k+1:]; len(rest) >= 5 {
				return tidy(strings.Join(rest, " "))
			}
			return s
		}
	}
	return s
}

// dateLeads are words that introduce a date, and go with it ("في
// 15 أيار", "منذ عام 2011", "يوم الاثنين").
var dateLeads = foldSet("في", "وفي", "يوم", "بتاريخ", "مساء", "صباح", "ظهر", "حتى", "وحتى", "منذ", "ومنذ", "عام", "العام", "قبل", "بعد", "خلال",
	"on", "in", "since", "until")

// dateParts are words that make a date part of a phrase ("في مطلع
// الخمسينيات", "ما بين منتصف يونيو وبداية يوليو", "أن العام الماضي
// كان"): such a date stays, or the phrase would be left broken.
var dateParts = foldSet("مطلع", "منتصف", "نهاية", "بداية", "أواخر", "أوائل", "بين", "ما", "من", "أن", "إن", "لأن", "اعتبارا", "اعتباراً", "إلى", "الى")

// dateTails follow a date and go with it.
var dateTails = foldSet("الميلادية", "الميلادي", "م", "هـ", "الهجرية", "الهجري")

// reportVerbs report a finding, a call or a demand; cut before what was
// found or called for, the title is a lead-in.
var reportVerbs = foldSet("دعا", "دعت", "طالب", "طالبت", "كشف", "كشفت", "وكشف", "وكشفت", "أظهر", "أظهرت", "وأظهرت", "بين", "بينت", "نقل", "نقلت", "أفاد", "أفادت", "رأى", "رأت", "اعتبر", "اعتبرت", "توقع", "توقعت")

// frontedOpeners open a phrase of place or time put before its clause.
var frontedOpeners = foldSet("في", "وفي", "خلال", "وخلال", "عقب", "وعقب", "بعد", "وبعد", "قبل", "وقبل", "أثناء", "وأثناء", "على", "وعلى", "مع", "ومع", "لدى", "ولدى", "عند", "وعند",
	"بحلول", "وبحلول", "بحدود", "وبحدود", "منذ", "ومنذ", "حتى", "وحتى")

// weekdays are the days of the week, without their article.
var weekdays = foldSet("سبت", "أحد", "احد", "اثنين", "إثنين", "ثلاثاء", "أربعاء", "اربعاء", "خميس", "جمعة")

// relativeDays are dates that stand alone ("اليوم", "أمس").
var relativeDays = foldSet("اليوم", "أمس", "امس", "غدا", "غداً", "الليلة", "البارحة", "today", "yesterday", "tomorrow")

func foldSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[lang.Normalize(w)] = true
	}
	return m
}

// dateCut says whether the date at s[s0:e0] can be dropped from a title,
// and the bytes to cut (the commas around a date set off by them go too): with the words that introduce it, when it is
// introduced by one (dateLeads) or is a day on its own (relativeDays), and
// is no part of a longer phrase (dateParts before it or a date after it).
func dateCut(s string, s0, e0 int) (start, end int, ok bool) {
	lastWord := func(k int) (string, int) {
		pre := strings.TrimRight(s[:k], " ")
		i := strings.LastIndexByte(pre, ' ')
		return lang.Normalize(strings.TrimRight(pre[i+1:], "،,")), i + 1
	}
	// A date set off by commas ("الشيباني، اليوم 31 من تموز، بنظيره")
	// goes with them.
	if before := strings.TrimRight(s[:s0], " "); strings.HasSuffix(before, "،") && strings.HasPrefix(strings.TrimLeft(s[e0:], " "), "،") {
		after := len(s) - len(strings.TrimLeft(s[e0:], " ")) + len("،")
		return len(before) - len("،"), after, true
	}
	w, at := lastWord(s0)
	if dateParts[w] {
		return 0, 0, false
	}
	if !dateLeads[w] {
		// A day on its own, or a date that holds its lead ("يوم الاثنين").
		d := lang.Normalize(strings.TrimSpace(s[s0:e0]))
		lead, _, _ := strings.Cut(d, " ")
		if !relativeDays[d] && !weekdays[strings.TrimPrefix(d, "ال")] && !dateLeads[lead] {
			return 0, 0, false
		}
		return s0, e0, true
	}
	// Up to two more leads ("في عام", "منذ العام").
	for range 2 {
		w2, at2 := lastWord(at)
		if dateParts[w2] {
			return 0, 0, false
		}
		if !dateLeads[w2] {
			break
		}
		at = at2
	}
	next, _, _ := strings.Cut(strings.TrimLeft(s[e0:], " "), " ")
	next = lang.Normalize(strings.TrimRight(next, "،,.؛"))
	if strings.HasPrefix(next, "و") && (dateParts[strings.TrimPrefix(next, "و")] || dateLeads[strings.TrimPrefix(next, "و")]) || dateTails[next] {
		return 0, 0, false
	}
	return at, e0, true
}

// commaAfterDate returns the end of a date cut that ends at byte e of s,
// taking in the comma right after it when that comma only followed the
// date ("واصل الفريق … بنادي النصر أمس، تدريباته": with أمس gone the
// comma would end the title before the act's object). A comma before a
// clause opener ("، مشيراً", "، حيث"), a connective ("، في حين أن",
// "، كما"), a word with the conjunction و ("، وأصيب") or a quotation
// ("، “وصف الرئيس …") ends a clause of its own and stays.
func commaAfterDate(s string, e int) int {
	rest := strings.TrimLeft(s[e:], " ")
	var comma string
	switch {
	case strings.HasPrefix(rest, "،"):
		comma = "،"
	case strings.HasPrefix(rest, ","):
		comma = ","
	default:
		return e
	}
	after := strings.TrimLeft(rest[len(comma):], " ")
	next, _, _ := strings.Cut(after, " ")
	if next == "" || openers[lang.Normalize(next)] || conjoined(next) || strings.IndexAny(next, "\"“«") == 0 || slices.ContainsFunc(leadConnectives, func(p string) bool { return strings.HasPrefix(after, p) }) {
		return e
	}
	return len(s) - len(rest) + len(comma)
}

// sortCuts orders byte ranges by start.
func sortCuts(cs [][2]int) [][2]int {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j][0] < cs[j-1][0]; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	return cs
}

// dropBrackets removes text in () and [] that is no part of the
// sentence: at its end (a credit, an agency tag, "(فيديو)"), or a
// bracket of one word or holding a digit or no Arabic (a weekday, a
// month, an age, a foreign spelling) when aside is set (a claim's
// text). Other brackets keep their words and lose the marks
// ("أما (الخلية الرابعة) فكانت", "الحرب ضد (مزارع الرياح) تهدد").
// Braces are quote marks (an outlet's house style: "إلى طهران لإحياء
// {الشراكة التجارية}", a verse of the Quran) and become «».
func dropBrackets(s string, aside bool) string {
	s = braceQuotes.Replace(s)
	var b strings.Builder
	depth, open := 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case strings.ContainsRune("([", r):
			if depth == 0 {
				open = b.Len()
			}
			depth++
			i += n
			continue
		case strings.ContainsRune(")]", r) && depth > 0:
			depth--
			i += n
			if depth == 0 {
				inner := b.String()[open:]
				rest := strings.TrimLeft(s[i:], " .،,؛;:!؟?")
				drop := rest == "" || aside && (wordCount(inner) <= 1 || strings.ContainsAny(inner, "0123456789٠١٢٣٤٥٦٧٨٩") || !hasArabic(inner))
				if drop {
					kept := b.String()[:open]
					b.Reset()
					b.WriteString(kept)
				}
			}
			continue
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// braceQuotes writes braces, used as quote marks, as «».
var braceQuotes = strings.NewReplacer("{", "«", "}", "»")

// hasArabic reports whether s holds an Arabic letter.
func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// tidy folds white space and the punctuation left by removed pieces: ", ,"
// and a comma before a full stop or at either end.
func tidy(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	for _, r := range [][2]string{{" ،", "،"}, {" ,", ","}, {"،،", "،"}, {",,", ","}, {"، ،", "،"}, {"،.", "."}, {" .", "."}, {" :", ":"}} {
		for strings.Contains(s, r[0]) {
			s = strings.ReplaceAll(s, r[0], r[1])
		}
	}
	return strings.Trim(s, " ،,؛;:-–—")
}

// dropLeadingWaw removes the conjunction و from a first word that is a
// verb or preposition after it (ووصل, وأكد, والتقى, وفي); a word that
// merely starts with و (وزير, وصل) keeps it.
func dropLeadingWaw(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	if rest == "" || !strings.HasPrefix(first, "و") {
		return s
	}
	if first == "و" && wordCount(rest) >= 2 { // written apart: "و تتميز الدورة …"
		return rest
	}
	tail := strings.TrimPrefix(first, "و")
	r, _ := utf8.DecodeRuneInString(tail)
	if wawWord(first) {
		return s
	}
	switch {
	case tail == "في" || tail == "من" || tail == "على" || tail == "خلال" || tail == "بعد":
	case utf8.RuneCountInString(tail) >= 3 && strings.ContainsRune("وأإآا", r):
	case utf8.RuneCountInString(tail) >= 3: // وهبط، وزادت، وتوفي: a word of three letters or more after و
	default:
		return s
	}
	return tail + " " + rest
}

// wawStems start words whose و is their own first letter, not the
// conjunction (وزير، وكالة، وافق، واشنطن): such a word keeps it.
var wawStems = []string{"وزير", "وزار", "وزراء", "وكال", "وكيل", "وفد", "وفاه", "وفيات", "وقت", "وضع", "وصل", "وصول", "وقع", "وقف", "وجه", "وجد", "ولد", "ولاي",
	"وسط", "وثيق", "وثائق", "وحد", "ورق", "وسائل", "واشنطن", "واقع", "والد", "وافق", "واصل", "وارد", "ودائع", "وعد", "ورد", "وسام", "وطن", "وظيف", "وظائف",
	"ورش", "وصف", "وكل", "ولي", "وزن", "وسع", "ورث", "وثق", "وفر", "وفق", "وقود", "ويل", "واجه", "واجب", "وادي", "واحد", "واحه", "واضح", "واسع", "واهم",
	"وكر", "ورم", "وهم", "وباء", "وجبه", "وجود", "وجوب", "وداع", "ودي", "وعي", "وقاي", "ولع", "ومض", "وهج", "وسيل", "وقائع", "وسائ", "وصي", "وراء",
	"ولاء", "وفاق", "وفاء", "وهران", "وائل", "وسيم", "وحيد", "ورود", "وارسو", "ويكي", "وات", "ويند", "وقار", "وعر", "وكاله", "وتر", "وتير"}

// wawFolded are wawStems in matching form.
var wawFolded = func() []string {
	out := make([]string, len(wawStems))
	for i, w := range wawStems {
		out[i] = lang.Normalize(w)
	}
	return out
}()

// wawWord reports whether first is a word whose و is a letter of its own.
func wawWord(first string) bool {
	f := lang.Normalize(strings.TrimRight(first, "،,.:؛"))
	for _, w := range wawFolded {
		rest, ok := strings.CutPrefix(f, w)
		// A stem of three letters takes only an ending after it (وقته,
		// وصلت), not another letter of a word (وقتل is و + قتل).
		if ok && (utf8.RuneCountInString(w) > 3 || rest == "" || wawEndings[rest]) {
			return true
		}
	}
	return false
}

// wawEndings may follow a three-letter wawStem.
var wawEndings = foldSet("ت", "ه", "ها", "هم", "ات", "ي", "يه", "ان", "ين", "ون", "ا", "وا", "نا", "تم")

// weakEnds are words a headline must not end on.
var weakEnds = map[string]bool{
	"في": true, "من": true, "إلى": true, "الى": true, "على": true, "عن": true, "مع": true, "و": true,
	"أن": true, "ان": true, "إن": true, "التي": true, "الذي": true, "الذين": true, "بين": true, "منذ": true,
	"بعد": true, "قبل": true, "خلال": true, "حول": true, "لدى": true, "عند": true, "أو": true, "ثم": true,
	"لا": true, "لم": true, "لن": true, "قد": true, "كان": true, "كانت": true, "ما": true, "حيث": true,
	"هم": true, "وهم": true, "هي": true, "وهي": true, "هما": true, "وهما": true, "منها": true, "ومنها": true,
	"التالي": true, "كالتالي": true, "يلي": true, "كما": true, "يلي:": true,
	"حتى": true, "مطلع": true, "منتصف": true, "أواخر": true, "أوائل": true, "اعتبارا": true, "اعتباراً": true, "نحو": true, "بنحو": true,
	"إلا": true, "الا": true, "وفي": true, "ومن": true, "لـ": true, "بـ": true, "كل": true, "بعض": true, "جميع": true,
	"the": true, "of": true, "in": true, "to": true, "and": true, "a": true, "on": true, "for": true,
}

// clauseOpeners start a new clause after a comma: the text before such a
// comma is a whole statement. A comma before anything else may sit inside
// a noun phrase ("الرئيس الروسي، فلاديمير بوتين، استقبل").
var clauseOpeners = []string{"مشيرا", "مشيراً", "مشيرةً", "مشيرة", "مؤكدا", "مؤكداً", "مؤكدة", "لافتا", "لافتاً", "لافتة",
	"معتبرا", "معتبراً", "مضيفا", "مضيفاً", "مضيفة", "موضحا", "موضحاً", "موضحة", "منوها", "منوهاً", "داعيا", "داعياً",
	"حيث", "فيما", "بينما", "وذلك", "الذي", "التي", "الذين", "كما", "لكن", "إلا", "غير", "وسط", "مما", "ما", "فيما",
	"وقال", "وأضاف", "وأكد", "وأشار", "ولفت", "وأوضح", "وتابع", "وشدد", "وبين", "وبيّن", "واعتبر", "وأعرب", "وكان", "وكانت",
	"بحسب", "وفق", "وفقا", "وفقاً", "حسب", "نقلا", "نقلاً", "which", "who", "while", "saying", "adding", "according"}

// cutWords cuts s at the first clause boundary after MinTitleWords words
// (a full stop, colon or semicolon, or a comma before a clause opener),
// or at MaxTitleWords words.
func cutWords(s string) string { return cutTitle(s, false) }

// cutTitle is cutWords for a claim's text (head false) or an article's
// headline (head true). A headline is written to be read whole, and its
// marks say other things than a sentence's: the words before its colon
// name who speaks ("جامعة حائل رداً على «ترقيات موظفيها»: الخدمة
// المدنية راجعت القرارات") and ".." sets a topic off from what is said
// of it ("فيصل بن خالد: لقب عاصمة السياحة.. يضاعف مسؤوليتنا"); only
// ".." before و starts another story ("… في الزبداني.. وحزب الله: …").
// So a headline is cut only there or at a full stop (or, too long to keep
// whole, at any ".."), and else kept whole when it fits MaxTitleWords.
func cutTitle(s string, head bool) string {
	words := strings.Fields(s)
	if len(words) <= MinTitleWords {
		return trimWeak(words, 3)
	}
	quoted := openQuotes(words)
	for i, w := range words {
		if i+1 >= MinTitleWords && i+1 <= MaxTitleWords && i+1 < len(words) && !quoted[i] && endsClause(w, words[i+1]) && (!head || endsHeadline(w, words[i+1]) || len(words) > MaxTitleWords && strings.HasSuffix(w, "..")) {
			cut := words[:i+1]
			for len(cut) > MinTitleWords-2 && weakEnds[strings.Trim(cut[len(cut)-1], "،,؛;:.")] && !wholeEnd(cut) {
				cut = cut[:len(cut)-1]
			}
			return strings.TrimRight(strings.Join(cut, " "), "،,؛;:.")
		}
	}
	if len(words) <= MaxTitleWords || head && len(words) <= MaxHeadWords {
		return trimWeak(words, MinTitleWords-2)
	}
	// No clause opener: the last comma in reach, else MaxTitleWords words.
	// A comma that closes a relative clause set off by commas ("تُعنى
	// «بطاقة اقتصاد الوقود»، التي أعدها المركز …، بالمركبات الخفيفة")
	// is no end: the sentence goes on after it.
	for i := MaxTitleWords - 1; i+1 >= MinTitleWords; i-- {
		if r, _ := utf8.DecodeLastRuneInString(words[i]); (r == '،' || r == ',') && !quoted[i] && !strings.ContainsAny(words[i], "“«\"") && !complements[lang.Normalize(words[i+1])] && !closesRelative(words[:i+1]) {
			return strings.TrimRight(strings.Join(words[:i+1], " "), "،,")
		}
	}
	// No comma either: before the last relative pronoun or clause
	// connective in reach ("… أحمد قاديروف الذي اغتيل في …" ends on the
	// name), which leaves a whole phrase; else MaxTitleWords words and "…".
	for i := MaxTitleWords; i >= MinTitleWords; i-- {
		if softOpeners[lang.Normalize(words[i])] && !quoted[i-1] && !weakEnds[strings.Trim(words[i-1], "،,؛;:.")] {
			return strings.TrimRight(strings.Join(words[:i], " "), " ،,؛;:.")
		}
	}
	cut := words[:MaxTitleWords]
	for len(cut) > MinTitleWords && weakEnds[strings.Trim(cut[len(cut)-1], "،,؛;:.")] {
		cut = cut[:len(cut)-1]
	}
	return strings.TrimRight(strings.Join(cut, " "), " ،,؛;:.") + "…"
}

// wholeConjunct cuts a title that ends in "…" (cut short at MaxTitleWords
// words) before its last word that opens with the conjunction و, which
// ends a whole first conjunct ("… حقوق الأولوية | واحتساب نسبة …", "…
// عمل دنيء | ومن يقف خلفه …"): it reads as a sentence. It is done once
// the title is chosen: cut short either way, the claim is weighed as
// one that cannot stand alone.
func wholeConjunct(title string) string {
	rest, ok := strings.CutSuffix(title, "…")
	if !ok {
		return title
	}
	words := strings.Fields(rest)
	if i := lastConjunct(words, openQuotes(words)); i > 0 {
		return strings.TrimRight(strings.Join(words[:i], " "), " ،,؛;:.")
	}
	return title
}

// lastConjunct returns the index of the last word of words, within
// MinTitleWords+2..MaxTitleWords, that opens with the conjunction و and
// may end a title before it: outside a quotation, after no weak word,
// and not joining the second of two things a word before names ("بين
// الرياض | وموسكو", "كل من … | و…"); 0 when there is none.
func lastConjunct(words []string, quoted []bool) int {
	for i := min(MaxTitleWords, len(words)-1); i >= MinTitleWords+2; i-- {
		if !conjoined(words[i]) || quoted[i-1] || weakEnds[strings.Trim(words[i-1], "،,؛;:.")] {
			continue
		}
		if pairs := words[max(0, i-5):i]; hasWord(pairs, "بين", "من", "سواء") {
			continue
		}
		return i
	}
	return 0
}

// closesRelative reports whether the comma ending words closes a relative
// clause that a comma before it opened ("…”، التي أعدها المركز …،").
func closesRelative(words []string) bool {
	for j := len(words) - 2; j >= 0; j-- {
		if r, _ := utf8.DecodeLastRuneInString(words[j]); r == '،' || r == ',' {
			return relatives[lang.Normalize(words[j+1])]
		}
	}
	return false
}

// relatives are the relative pronouns.
var relatives = foldSet("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")

// softOpeners open a relative clause or a clause of its own without a
// comma before them: the words before them are a whole phrase.
var softOpeners = foldSet("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "بينما", "حيث", "مما", "فيما", "بعدما", "عندما", "وذلك", "وسط", "ضمن", "بهدف", "بغية",
	"which", "who", "while", "where", "after")

// openQuotes reports, for every word, whether a quotation is open after
// it (a cut there would split «الفيصل.. شاهد وشهيد»).
func openQuotes(words []string) []bool {
	out := make([]bool, len(words))
	depth, straight := 0, false
	for i, w := range words {
		for _, r := range w {
			switch r {
			case '«', '“':
				depth++
			case '»', '”':
				depth = max(0, depth-1)
			case '"':
				straight = !straight
			}
		}
		out[i] = depth > 0 || straight
	}
	return out
}

// trimWeak joins words without the weak words at their end (while more
// than keep are left) and the punctuation after the last.
func trimWeak(words []string, keep int) string {
	for len(words) > keep && weakEnds[strings.Trim(words[len(words)-1], "،,؛;:.")] && !wholeEnd(words) {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), " ،,؛;:.")
}

// wholeEnd reports whether the weak word ending words ends a whole phrase
// with the word before it ("خطم كل منها", "لكل منهم"): without both the
// phrase would be left broken ("عن طريق خطم").
func wholeEnd(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	last := lang.Normalize(strings.Trim(words[n-1], "،,؛;:."))
	prev := lang.Normalize(strings.Trim(words[n-2], "،,؛;:."))
	return eachOf[prev] && strings.HasPrefix(last, "من") && last != "من"
}

// eachOf are the words that take "منها", "منهم" after them as a whole
// phrase ("كل منها", "أي منهم").
var eachOf = foldSet("كل", "لكل", "بكل", "وكل", "أي", "لأي", "بأي", "أيا")

// endsClause reports whether word w ends a clause before word next,
// outside an open quotation. The full stop of an abbreviation of one
// letter ("د. سليمان الحبيب", "م. يحيى") ends none.
func endsClause(w, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	if strings.ContainsAny(w, "“«\"") {
		return false
	}
	if r == '.' && utf8.RuneCountInString(strings.TrimRight(w, ".")) == 1 {
		return false
	}
	switch {
	case strings.ContainsRune("؛;:.", r):
		return true
	case r == '،' || r == ',':
		return openers[lang.Normalize(next)]
	}
	return false
}

// endsHeadline reports whether a headline may be cut after word w (a
// clause boundary by endsClause): at a full stop or semicolon, or at ".."
// before a word with the conjunction و (another story); not at a colon
// (what precedes it is its speaker or topic) nor at ".." before what is
// said of the words before it.
func endsHeadline(w, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	switch {
	case r == ':':
		return false
	case strings.HasSuffix(w, ".."):
		return conjoined(strings.TrimLeft(next, ".…"))
	}
	return true
}

// conjoined reports whether word w opens with the conjunction و (ووصل،
// والسقا، وحزب), not with a و of its own (وزير، واشنطن).
func conjoined(w string) bool {
	tail, ok := strings.CutPrefix(w, "و")
	return ok && utf8.RuneCountInString(tail) >= 2 && !wawWord(w)
}

// complements open what a verb before them says or shows ("كشفت دراسة
// …، أن …"): a title cut before one is a lead-in.
var complements = foldSet("أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "that")

// openers are clauseOpeners in matching form (tanween and alef forms
// folded: مشيرًا = مشيراً).
var openers = func() map[string]bool {
	m := make(map[string]bool, len(clauseOpeners))
	for _, o := range clauseOpeners {
		m[lang.Normalize(o)] = true
	}
	return m
}()

// HeadlineText cuts an article's headline to a title: no brackets, no
// dateline or media tag ("بالصور.."), cut as a claim is.
func HeadlineText(s string) string {
	return cutTitle(dropDayTail(dropDotsTail(dropMediaTail(dropTags(dropFollowOn(dropDashLead(dropSectionTag(dropDateline(tidy(dropBrackets(dropBidiMarks(html.UnescapeString(s)), false)))))))))), true)
}

// dropFollowOn removes the ".." and the conjunction و that open a headline
// following on from another on its page (".. وهبوط أول طائرة إغاثية في
// عدن", ".. والدولار يقلص مكاسبه"): it reads as a headline without them.
func dropFollowOn(s string) string {
	rest, ok := strings.CutPrefix(s, "..")
	if !ok {
		rest, ok = strings.CutPrefix(s, "…")
	}
	if !ok {
		return s
	}
	rest = strings.TrimLeft(rest, ".… ")
	if wordCount(rest) < 2 {
		return s
	}
	// After "..", و before the article is the conjunction, whatever
	// follows it (".. والدولار": not a word of والد).
	if tail, ok := strings.CutPrefix(rest, "وال"); ok && utf8.RuneCountInString(firstWord(tail)) >= 2 {
		return rest[len("و"):]
	}
	return dropLeadingWaw(rest)
}

// dropBidiMarks removes the marks that set the direction of a run of text
// (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which some headlines
// open with ("\u200f\u202bمطار جازان …"): invisible, they would be words of
// their own to the cuts and stand before the first word.
func dropBidiMarks(s string) string {
	if !strings.ContainsFunc(s, bidiMark) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if bidiMark(r) {
			return -1
		}
		return r
	}, s)
}

// bidiMark reports whether r is a mark of text direction.
func bidiMark(r rune) bool {
	return r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// dropDayTail removes a day that ends a headline ("… حفلاً شعبيًا..اليوم",
// "… الليلة"): the event's date is shown beside the title. A day that
// is all a clause says of a noun conjoined before it stays ("… صفقة دي
// ماريا والإعلان الرسمي غداً", "… والصلاة عليه غداً"): without it the
// clause says nothing.
func dropDayTail(s string) string {
	k := strings.LastIndexAny(s, " .")
	if k < 0 || !relativeDays[lang.Normalize(s[k+1:])] || dayIsPredicate(strings.Fields(s[:k])) {
		return s
	}
	s = strings.TrimRight(s[:k], " .،,")
	// A time of the day goes with its day ("… مساء اليوم").
	if j := strings.LastIndexByte(s, ' '); j > 0 && dayTimes[lang.Normalize(s[j+1:])] {
		s = strings.TrimRight(s[:j], " .،,")
	}
	return s
}

// dayTimes are times of a day that come before it ("مساء اليوم").
var dayTimes = foldSet("مساء", "صباح", "ظهر", "عصر", "فجر", "ليل", "ليلة", "مساءً", "صباحاً")

// dayIsPredicate reports whether the words before a headline's closing day
// end in a clause of a conjoined noun with no verb ("والإعلان الرسمي",
// "والصلاة عليه"; not "والبلوي يقترب"): the day is what the clause says.
func dayIsPredicate(before []string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := lang.Normalize(strings.Trim(before[k], "«»“”\"'.,،"))
		if presentVerb(w) {
			return false
		}
		if strings.HasPrefix(w, "وال") {
			return k > 0 // a headline of one clause keeps no day
		}
	}
	return false
}

// presentVerb reports whether a folded word has the shape of a verb of the
// present (يقترب، تواصل، نعلن: ي، ت or ن, four letters or more, no article
// after it).
func presentVerb(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("يتن", r) && utf8.RuneCountInString(w) >= 4 && !strings.HasPrefix(w[n:], "ال")
}

// dropDotsTail removes a time or a place set off by ".." at the end of a
// headline ("… في عسير.. الثلاثاء", "… للوظائف التعليمية.. الأسبوع
// المقبل", "… مهرجان العسل.. بالباحة", "… والمسرحيات.. في جدة"): the
// event's date and place are shown beside the title. Any other tail
// stays: it may be all that is said of the words before it ("السوبر
// السعودي في لندن.. إنجاز").
func dropDotsTail(s string) string {
	k := strings.LastIndex(s, "..")
	if k < 0 {
		return s
	}
	head, tail := strings.TrimRight(s[:k], " ."), strings.TrimLeft(s[k:], ". ")
	if wordCount(head) < 4 || openQuotes(strings.Fields(head))[len(strings.Fields(head))-1] {
		return s
	}
	tw := strings.Fields(tail)
	switch {
	case len(tw) == 0 || len(tw) > 2:
		return s
	case len(tw) == 1 && strings.HasPrefix(lang.Normalize(tw[0]), "بال") && utf8.RuneCountInString(tw[0]) >= 5:
		return head // a place: "بالباحة", "بالرس"
	case len(tw) == 2 && (tw[0] == "في" || tw[0] == "ب"):
		return head // "في جدة"
	}
	if len(tw) == 2 && timeTails[lang.Normalize(tw[1])] {
		return head // "محرم المقبل"
	}
	for _, w := range tw {
		f := lang.Normalize(strings.Trim(w, "«»“”\"'.,،!"))
		if !relativeDays[f] && !weekdays[strings.TrimPrefix(f, "ال")] && !timeNouns[f] && !timeTails[f] {
			return s
		}
	}
	return head
}

// timeTails follow a time and make it one ("الخميس المقبل", "محرم
// القادم").
var timeTails = foldSet("المقبل", "القادم", "الماضي", "المقبلة", "القادمة", "الماضية", "الجاري", "الحالي")

// dropMediaTail removes a media tag set off by a dash at the end of a
// headline ("سنغافورة تُحيي الذكرى الـ 50 لاستقلالها - فيديو"): it says
// what the page shows, not what happened.
func dropMediaTail(s string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		k := strings.LastIndex(s, dash)
		if k < 0 {
			continue
		}
		if tail := strings.TrimSpace(s[k+len(dash):]); slices.Contains(mediaTags, tail) && wordCount(s[:k]) >= 3 {
			return strings.TrimSpace(s[:k])
		}
	}
	return s
}

// dropSectionTag removes a wire service's section label before a slash
// at the start of a headline ("عام / …", "اقتصادي / …"): one word of
// letters, then " / ".
func dropSectionTag(s string) string {
	head, rest, ok := strings.Cut(s, "/")
	head = strings.TrimSpace(head)
	if !ok || strings.ContainsAny(head, " 0123456789٠١٢٣٤٥٦٧٨٩") || !hasArabic(head) || wordCount(rest) < 3 || !strings.HasPrefix(rest, " ") {
		return s
	}
	return strings.TrimSpace(rest)
}

// dropDateline removes a dateline or credit before a colon ("سبق- الرياض:",
// "أحمد علي- سبق- القاهرة:", "الرياض - واس:"): a few words holding a
// dash, then a colon.
func dropDateline(s string) string {
	head, rest, ok := strings.Cut(s, ":")
	if !ok || strings.TrimSpace(rest) == "" || wordCount(head) > 6 {
		return s
	}
	if strings.ContainsAny(head, "-–—") || hasOpener(head, boilerplateOpeners) {
		return strings.TrimSpace(rest)
	}
	return s
}

// dropDashLead removes a tag or dateline before a spaced dash at the
// start ("حقائق - …", "الرياض – …"): one or two words, no digit.
func dropDashLead(s string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		head, rest, ok := strings.Cut(s, dash)
		if ok && wordCount(head) <= 2 && !strings.ContainsAny(head, "0123456789٠١٢٣٤٥٦٧٨٩:،,") && wordCount(rest) >= MinTitleWords {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// mediaTags open headlines with what they show, not what happened, and
// hooks set before the headline ("تخيلوا.. شركة تمنح موظفيها …").
var mediaTags = []string{"بالفيديو والصور", "بالصور والفيديو", "بالصور", "بالفيديو", "فيديو", "صور", "شاهد", "شاهدوا", "عاجل", "إنفوجرافيك", "انفوجرافيك",
	"تخيلوا", "تخيّلوا", "تخيل", "تخيّل", "تعرف", "تعرّف", "القصة كاملة", "القصة الكاملة"}

// dropTags removes a media tag from the start of a headline ("بالصور..",
// "فيديو:").
func dropTags(s string) string {
	for _, t := range mediaTags {
		rest, ok := strings.CutPrefix(s, t)
		if !ok {
			continue
		}
		// The tag is set off by a mark ("بالصور..", "فيديو:"), not only
		// a space ("تخيل لو كان …" is a sentence).
		trimmed := strings.TrimLeft(rest, " .:|-–—…،")
		if sep := rest[:len(rest)-len(trimmed)]; strings.ContainsAny(sep, ".:|-–—…،") && wordCount(trimmed) >= 3 {
			return trimmed
		}
	}
	return s
}
