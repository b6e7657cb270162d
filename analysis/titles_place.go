package analysis

// Which place mentions may tag an event (eventPlace): a place the text puts
// something in (locative) is where the event happened only when the في
// phrase says where something happened, not where a figure was measured or
// which of several places a list names, and only when the name is the
// place, not a common noun spelt like it.
//
//   - A measure. A place after a noun of quantity or market ("إنتاج الصلب
//     في الصين", "مخزونات الخام في الولايات المتحدة", "رفع أسعار الفائدة
//     في الولايات المتحدة", "انكماش قطاع المصانع في الصين") says where a
//     figure was measured: a detail a market story cites, not where the
//     story happened. The noun is one of a small class of nouns of
//     quantity (عدد، معدل، نسبة), of the economy's measures (إنتاج، طلب،
//     مخزونات، أسعار، تضخم، نمو، بطالة، وظائف، مبيعات) and of markets
//     (سوق، بورصة، قطاع، مؤشر), or the adjective "اقتصادي" that makes one
//     ("الآفاق الاقتصادية في الصين"), among the four words before the
//     preposition, none of which ends a clause or opens a phrase of its
//     own (measuredIn). On all of SaudiNewsNet the measure and list rules
//     with the common noun below change 47 of 3,946 story tags: 34
//     better, 4 worse, 9 neither.
//   - A list. A place followed by "و" and another place ("في ألمانيا
//     وهولندا", "أعاصير في الصين والفلبين") is one of several where
//     something is; none of them alone is where the event happened.
//
//   - A quoted title. A place inside the quoted title of a seminar, a book
//     or a campaign ("ندوة «اللغة العربية في فرنسا»" at a festival in
//     Taif) names what it is about (inQuotedName). On all of SaudiNewsNet
//     2 of 3,946 story tags change: one better (that festival's [فرنسا]
//     gone), one neither (a forum in Saudi Arabia loses [السعودية], which
//     only its session «اجتمع في السعودية» gave).
//
// Such a mention still counts as a place the event's documents name (it
// competes, so that dropping it promotes no place named less often), but,
// as a place where someone was only going, it cannot make the tag alone.
//
// A common noun. A name of the gazetteer written with the article may be a
// common noun too: "الرباط" is Morocco's capital and the ligament of a knee
// ("قطع في الرباط الصليبي"), "الخرطوم" Sudan's capital and a hose. A city
// is feminine in Arabic ("الرباط المغربية", "الخرطوم الجديدة"), so a
// definite masculine adjective right after such a city's name (a nisba in
// ي, not ية: "الصليبي"، "الداخلي"؛ or a participle of the fifth or sixth
// form: "المتصالب") qualifies the common noun, not the city, when nothing
// else can take it: the name follows a preposition or a feminine noun
// ("إصابة الرباط الصليبي"), not a masculine one ("مطار القاهرة الدولي").
// Such a mention is no place at all. An adjective of a country ("العربي")
// and a word that starts a name of the gazetteer are left alone. On all of
// SaudiNewsNet (131,143 place mentions) the rule reads 84 mentions as
// common nouns, all of them the ligament (of 91 mentions of it).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/lang"
)

// measureNouns are nouns of quantity, of the economy's measures and of
// markets (folded, without clitics or article: bareNoun) after which a
// place says where a figure was measured.
var measureNouns = foldSet(
	// quantity
	"عدد", "معدل", "معدلات", "نسبة", "نسب", "حجم", "كمية", "كميات",
	// the economy's measures
	"إنتاج", "انتاج", "طلب", "عرض", "مخزون", "مخزونات", "سعر", "أسعار", "تضخم", "نمو", "انكماش",
	"تباطؤ", "ركود", "بطالة", "وظائف", "توظيف", "مبيعات", "صادرات", "واردات", "استهلاك",
	"إمدادات", "امدادات", "فائدة", "ناتج", "اقتصاد", "إيرادات", "ايرادات", "أرباح", "ارباح",
	// markets
	"سوق", "أسواق", "اسواق", "بورصة", "قطاع", "مؤشر", "مؤشرات", "تداول", "تداولات", "أسهم", "اسهم",
)

// economic is the adjective that makes a noun a measure of the economy
// ("الآفاق الاقتصادية", "تباطؤ اقتصادي"), in its folded forms.
var economic = foldSet("اقتصادي", "اقتصادية", "الاقتصادي", "الاقتصادية", "والاقتصادي", "والاقتصادية")

// measuredIn reports whether the preposition ending before puts a place
// after a noun of quantity or market: one of measureNouns, or the
// adjective economic, is among the four words before the preposition
// ("مخزونات النفط الخام التجارية في"), and none of the words between ends
// a clause (a comma, a full stop) or opens another phrase (a preposition
// but the على، من and عن a measure takes: "الطلب على النفط في"; "بعد",
// "خلال": "ارتفعت الأسعار بعد اجتماع في").
func measuredIn(before string) bool {
	var buf [5]string
	words := lastFields(buf[:0], before, 5)
	if len(words) < 2 {
		return false
	}
	// The last word is the preposition itself (or the word it is written
	// onto, "بالصين" being the mention); read the four before it.
	words = words[:len(words)-1]
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k]
		if k < len(words)-1 && strings.ContainsAny(w, "،,.:؛!؟?") {
			return false
		}
		w = lang.Normalize(strings.Trim(w, "«»“”\"'()"))
		if measureNouns[w] || economic[w] || measureNouns[nounStem(w)] {
			return true
		}
		if phraseOpeners[w] {
			return false
		}
	}
	return false
}

// phraseOpeners are the prepositions that open a phrase of their own
// between a measure and the place (folded); على، من and عن complement a
// measure ("الطلب على النفط", "الإنتاج من الصلب") and are read through.
var phraseOpeners = foldSet("في", "إلى", "الى", "مع", "بين", "نحو", "حول", "عبر", "بعد", "قبل", "خلال", "منذ", "عند", "لدى")

// nounStem is a folded word without one clitic (و، ف، ب، ل، ك) and its
// article: "لموشر" → "موشر", "والاسعار" → "اسعار".
func nounStem(w string) string {
	for _, c := range []string{"و", "ف", "ب", "ل", "ك"} {
		if rest, ok := strings.CutPrefix(w, c); ok && utf8.RuneCountInString(rest) >= 3 {
			if _, ok := measureNouns[rest]; ok {
				return rest
			}
			w = rest
			break
		}
	}
	if rest, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(rest) >= 2 {
		return rest
	}
	if rest, ok := strings.CutPrefix(w, "ل"); ok && utf8.RuneCountInString(rest) >= 2 {
		return rest // لل: the article after ل
	}
	return w
}

// listed reports whether the place mention ending at byte end of text is
// followed by "و" and another place (entity mentions ents, offsets into
// text from base): one place of a list.
func listed(text string, end, base int, ents []claim.EntityRef) bool {
	rest := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	if !strings.HasPrefix(rest, "و") {
		return false
	}
	at := len(text) - len(rest) // the و
	for _, e := range ents {
		if e.Kind != entity.KindPlace {
			continue
		}
		s := e.Start - base
		// "والفلبين" is one mention starting at its و or right after it;
		// "و الفلبين" after a space.
		if s == at || s == at+len("و") || s > at && strings.TrimSpace(text[at+len("و"):s]) == "" {
			return true
		}
	}
	return false
}

// commonNounPlace reports whether the place mention name (its text,
// perhaps with a clitic: "بالرباط") between before and after is a common
// noun spelt like a city (see the top of the file): a city of the
// gazetteer whose one-word name carries the article, followed by a
// definite masculine adjective that is neither a country's adjective nor
// the start of a place's name. The adjective must qualify the name: the
// name follows a preposition (on it or before it: "في الرباط الصليبي"),
// or a feminine noun it completes ("إصابة الرباط الصليبي"; a plural in ات
// takes a feminine adjective too: "إصابات"); after a
// masculine noun the adjective may qualify that noun ("مطار القاهرة
// الدولي", "ريف اللاذقية الشمالي"), and the name is left a place.
func commonNounPlace(name, before, after string) bool {
	// The cheap tests first: this runs for every place mention of every
	// event, and few are followed by a masculine adjective.
	bare := bareName(name)
	if !strings.HasPrefix(bare, "ال") || strings.ContainsFunc(bare, unicode.IsSpace) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(after); !unicode.IsSpace(r) {
		return false // the name runs on into a word, or a comma ends it
	}
	var buf [1]string
	f := firstFields(buf[:0], after, 1)
	if len(f) == 0 || strings.IndexAny(f[0], "،,.:؛!؟?()") == 0 {
		return false
	}
	raw := strings.Trim(f[0], "«»“”\"'()،,.:؛!؟?")
	if !masculineAdjective(raw) {
		return false
	}
	if bare == name {
		prev := lastFields(buf[:0], before, 1)
		if len(prev) == 0 {
			return false
		}
		p := lang.Normalize(prev[0])
		if !prepositions[p] && !locativeWord(p) && !strings.HasSuffix(p, "ه") && !strings.HasSuffix(p, "ات") {
			return false
		}
	}
	if !isCity(bare) {
		return false
	}
	lex := align.PlaceLexicon()
	if lex.PlaceAdjective(lang.Normalize(raw)) {
		return false
	}
	for _, m := range entity.Find(f[0], lang.Tokenize(f[0]), lex) {
		if m.Kind == entity.KindPlace {
			return false
		}
	}
	return true
}

// masculineAdjective reports whether word w has the shape of a definite
// masculine adjective: the article and a nisba in ي ("الصليبي",
// "الداخلي"; not a feminine "ية", not a word in ى: "الأولى") of four
// letters or more, not one of the verbal nouns and plurals in ت…ي that look
// like one ("التخلي", "التعازي"); or a participle of the fifth or sixth
// form ("المتصالب").
func masculineAdjective(w string) bool {
	rest, ok := strings.CutPrefix(lang.Normalize(w), "ال")
	if !ok || strings.HasSuffix(rest, "ه") {
		return false
	}
	n := utf8.RuneCountInString(rest)
	switch {
	case strings.HasSuffix(w, "ي") && !strings.HasSuffix(rest, "يي"):
		return n >= 4 && !(strings.HasPrefix(rest, "ت") && n <= 5)
	case strings.HasPrefix(rest, "مت"):
		return n >= 5
	}
	return false
}

// locativeWord reports whether folded word w is one of locatives, perhaps
// after و ("وفي").
func locativeWord(w string) bool {
	for _, l := range locatives {
		l = lang.Normalize(l)
		if w == l || w == "و"+l {
			return true
		}
	}
	return false
}

// bylineParas is how far into its article a byline may stand: its
// headline and first paragraphs.
const bylineParas = 2

// bylineClaim reports whether claim c is a correspondent's byline left in
// the text of a translated article ("هنري فوي من موسكو", "بقلم: سارة
// نيلسون من لندن"): among the first paragraphs of its article (not its
// headline), at most six words without a full stop, a name of two to four
// words, "من" and a place of the gazetteer that ends it. The place is
// where the correspondent files from, not where the story happened, and
// the name is no actor of the story: such a claim titles no event and
// tags none. A sentence of that shape opens on a verb or a conjunction
// ("وصل الوفد من موسكو", "عاد الوزير من باريس") or ends on a full stop.
func bylineClaim(c *claim.Claim) bool {
	if c.Para > bylineParas || c.Kind == claim.KindTitle || c.Kind == claim.KindHeading || c.Kind == claim.KindCaption {
		return false
	}
	text := strings.TrimSpace(c.Text)
	if rest, ok := strings.CutPrefix(text, "بقلم"); ok {
		text = strings.TrimSpace(strings.TrimLeft(rest, ":：- "))
	}
	if text == "" || strings.ContainsAny(text, ".!؟?،,؛:\"«»") {
		return false
	}
	words := strings.Fields(text)
	if len(words) < 4 || len(words) > 6 {
		return false
	}
	from := -1
	for k, w := range words {
		if w == "من" {
			from = k
			break
		}
	}
	if from < 2 || from > 4 {
		return false
	}
	first := lang.Normalize(words[0])
	if strings.HasPrefix(first, "و") && !strings.HasPrefix(first, "وا") || contains(speechVerbs, words[0]) || reportVerbs[first] {
		return false
	}
	// A clause of أن ("فأجبته بأنني من السعودية") is no name.
	for _, w := range words[:from] {
		w = lang.Normalize(w)
		for _, p := range []string{"ب", "ل", "و", "ف"} {
			w = strings.TrimPrefix(w, p)
		}
		if thatForms[w] {
			return false
		}
	}
	// The place after من must end the claim.
	end := c.Start + len(strings.TrimRightFunc(c.Text, unicode.IsSpace))
	for _, e := range c.Entities {
		if e.Kind != entity.KindPlace || e.End != end || e.Start < c.Start {
			continue
		}
		var buf [1]string
		if prev := lastFields(buf[:0], c.Text[:e.Start-c.Start], 1); len(prev) == 1 && prev[0] == "من" {
			return true
		}
	}
	return false
}

// thatForms are أن and إن with their pronouns, folded: the particles that
// open a clause ("بأنني من السعودية").
var thatForms = foldSet("أن", "إن", "أنني", "إنني", "أني", "إني", "أنه", "إنه", "أنها", "إنها", "أننا", "إننا", "أنهم", "إنهم", "أنك", "إنك")

// namingNouns name a work, a gathering or a campaign whose title is then
// quoted ("ندوة «اللغة العربية في فرنسا»", "كتابه \"رحلة إلى اليابان\"",
// "حملة بعنوان «صيف في الرياض»") — folded, without clitics or article
// (bareNoun).
var namingNouns = foldSet(
	"ندوة", "محاضرة", "عنوان", "بعنوان", "كتاب", "كتابه", "كتابها", "رواية", "روايته", "قصيدة", "قصيدته",
	"فيلم", "مسلسل", "برنامج", "مسرحية", "معرض", "مؤتمر", "ملتقى", "منتدى", "مهرجان", "ورشة", "دورة",
	"حملة", "مبادرة", "جائزة", "مسابقة", "مشروع", "مقال", "مقاله", "مقالها", "تقرير", "دراسة", "وسم", "هاشتاق",
	"شعار", "أمسية", "امسية", "جلسة", "فعالية", "عرض", "أغنية", "اغنية", "ألبوم", "البوم",
)

// quotePairs are the opening quotation marks and the mark that closes each.
var quotePairs = [...][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}}

// maxQuotedName is the most words a quoted name holds: a title of a
// seminar or a book, not a sentence quoted from a speaker.
const maxQuotedName = 8

// inQuotedName reports whether text[start:end] lies inside the quoted
// title of a work, a gathering or a campaign: a quotation of at most
// maxQuotedName words, in one sentence, that one of namingNouns opens
// (among the two words before the opening mark). A place there names
// what the seminar or the book is about ("ندوة «اللغة العربية في
// فرنسا»" at a festival in Taif), not where anything happened; a place in
// a speaker's quoted words is left alone.
func inQuotedName(text string, start, end int) bool {
	for _, q := range quotePairs {
		open, close := q[0], q[1]
		var o int
		if open == close {
			// Straight quotes pair by count: an odd number before the
			// mention puts it inside one.
			if strings.Count(text[:start], open)%2 == 0 {
				continue
			}
			o = strings.LastIndex(text[:start], open)
		} else {
			o = strings.LastIndex(text[:start], open)
			if o < 0 || strings.Contains(text[o:start], close) {
				continue
			}
		}
		c := strings.Index(text[end:], close)
		if c < 0 {
			continue
		}
		quoted := text[o+len(open) : end+c]
		if strings.ContainsAny(quoted, ".!?؟") || len(strings.Fields(quoted)) > maxQuotedName {
			continue
		}
		var buf [2]string
		for _, w := range lastFields(buf[:0], text[:o], 2) {
			w = lang.Normalize(strings.Trim(w, "«»“”\"'():،,"))
			if namingNouns[w] || namingNouns[bareNoun(w)] {
				return true
			}
		}
	}
	return false
}
