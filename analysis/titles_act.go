package analysis

// This file holds whether a title tells an act: verbs, verbal nouns of acts, and the descriptions,
// topics and retrospectives that do not. The overview of how titles are chosen is at the top of
// titles.go.

import (
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/lang"
)

// statesAct reports whether a headline can say who did what: it is long
// (seven words or more), gives a figure, attributes ("X: …"), or has a
// word shaped like a verb of the present (يزور، تحتفل، يكرمون: ي ت ن
// before three letters or more, no article, no feminine or plural noun
// ending) or of the past with a plural subject (عمقوا). A headline opening
// with عن or حول names a column's topic.
func statesAct(title string) bool {
	words := strings.Fields(title)
	// "عن رحيل جيمس هورنر": a column's topic, left when its rubric went.
	if len(words) > 0 && columnTopics[lang.Normalize(words[0])] {
		return false
	}
	// "شعراء في ذكرى وفاته: «درويش».. شاعر مقاومة وحداثة": a
	// retrospective, its occasion before the colon.
	if retrospective(title) {
		return false
	}
	// "مواطنون ومقيمون: …": what unnamed people think, not what anyone
	// did; "تجارب تستحق أن يستفاد منها: الإسكان": a column's topic.
	if crowdSpeaks(title) || topicAfterColon(title) {
		return false
	}
	if len(words) >= 7 || strings.ContainsAny(title, "0123456789٠١٢٣٤٥٦٧٨٩") || strings.Contains(title, ":") && !aboutTopic(title) {
		return true
	}
	// A headline opening with the noun of an act: إضافة، اكتشاف، انطلاق،
	// استقالة (the verbal nouns of the derived forms), مقتل، وصول.
	// (also after a tag: "ليبيا.. مقتل العشرات").
	for _, seg := range strings.Split(title, "..") {
		f := strings.Fields(seg)
		if len(f) == 0 {
			continue
		}
		first := lang.Normalize(strings.Trim(f[0], "«»“”\"'."))
		if actNouns[first] || derivedNoun(first) {
			return true
		}
	}
	for _, w := range words {
		w = lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?"))
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune("يتن", r) || utf8.RuneCountInString(w) < 4 || strings.HasPrefix(w[n:], "ال") {
			continue
		}
		if strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ات") || strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "يا") {
			continue
		}
		return true
	}
	// A verb of the past with its plural subject (عمقوا، وصلوا، قالوا):
	// five letters or more ending in وا, no article (a noun in the
	// accusative, عضوا، نموا, is shorter).
	for _, w := range words {
		w = lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?"))
		if utf8.RuneCountInString(w) >= 5 && strings.HasSuffix(w, "وا") && !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "وال") {
			return true
		}
	}
	return false
}

// setsOffTopic reports whether a headline sets a topic off by ".." from
// what is said of it ("ميناء جدة.. بوابة مهمة للتجارة البحرية"): a word
// or more before the marks and two or more after them.
func setsOffTopic(title string) bool {
	k := strings.Index(title, "..")
	if k < 0 {
		return false
	}
	return wordCount(title[:k]) >= 1 && wordCount(strings.TrimLeft(title[k:], ".… ")) >= 2
}

// describes reports whether a headline sets a topic off by ".." and says
// what it is, not what anyone did: a feature, an anniversary or a look
// back ("الأمن العام.. 30 عاماً في خدمة الوطن"، "ميناء جدة.. بوابة مهمة
// للتجارة البحرية"، "النادي الأهلي.. الموسم الجديد لا يبدو أفضل"). No
// part of it has a verb or the noun of an act (actIn, erring on the side
// of an act), and it quotes no one ("X: …"). A long headline or one with
// a figure states an act for statesAct, whose verbs of the past it cannot
// see; set off by "..", a figure or a length says nothing of an act.
// With forms (the analysis's words that may be verbs of the present, see
// verbShaped) a word is a verb of the present only when its other person
// is a word of the analysis too, so that a noun of a verb's shape does
// not pass for one ("تاريخ إسلامي عتيق" no verb; the second of two nouns
// بين joins is none either, secondOfPair: "البرازيل.. عملاق اقتصادي بين
// مطرقة التقشف وسندان الركود" has no "سـ + ندان" beside يدان); a verb
// of the past with a feminine subject (انتهت) or of the present with a
// plural one (يتدخلون) still counts.
func describes(title string, forms map[string]bool) bool {
	if !setsOffTopic(title) || strings.Contains(title, ":") {
		return false
	}
	for k, seg := range strings.Split(title, "..") {
		if forms != nil && (placeTag(seg) || k > 0 && predicateNoun(seg, forms)) {
			continue
		}
		if actIn(seg, forms) || forms != nil && (pastFeminineIn(seg) || pluralVerbIn(seg, forms)) {
			return false
		}
	}
	return true
}

// predicateNoun reports whether a part of a headline after its topic's
// ".." opens on an indefinite noun and an indefinite adjective of
// relation describing it ("تاريخ إسلامي عتيق ينبض في قلب جدة", "عملاق
// نفطي يترنح …"), and names no act's noun: it says what the topic is,
// and a verb after them describes the noun (a clause of its own, "that
// pulses"), not what anyone did. The noun has no article, is no figure
// and reads as no verb or act's noun (actIn, sure of its verbs with
// forms); the adjective is a nisba (…ي، …ية، …يون، …يين) without the
// article, and no verb ("مصر تحيي …"). "المقاومة تحقق …" opens on a subject, "سوق عكاظ يبدأ …" on a
// noun and a name, "قتلى وجرحى في سقوط صاروخ" on two nouns and an act.
func predicateNoun(seg string, forms map[string]bool) bool {
	words := strings.Fields(seg)
	if len(words) < 3 {
		return false
	}
	noun := lang.Normalize(strings.Trim(words[0], "«»“”\"'.,،:؛!؟?…"))
	adj := lang.Normalize(strings.Trim(words[1], "«»“”\"'.,،:؛!؟?…"))
	if noun == "" || strings.HasPrefix(noun, "ال") || strings.HasPrefix(noun, "وال") || isNumber(noun) || actIn(noun, forms) {
		return false
	}
	if strings.HasPrefix(adj, "ال") || utf8.RuneCountInString(adj) < 4 || !hasNisbaEnd(adj) || actIn(adj, forms) {
		return false
	}
	return !actNounIn(words[2:])
}

// hasNisbaEnd reports whether a folded word ends as an adjective of
// relation does (إسلامي، محلية، سعوديون، أمريكيين).
func hasNisbaEnd(w string) bool {
	for _, e := range []string{"ي", "يه", "يون", "يين", "يات"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// actNounIn reports whether any of words is the noun of an act
// (actNouns), with ال، بال، وال، لل، ب or و before it or a pronoun after
// it ("في سقوط", "بمقتل").
func actNounIn(words []string) bool {
	for _, w := range words {
		f := lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?…"))
		f = strings.TrimPrefix(f, "و")
		for _, p := range []string{"ال", "بال", "وال", "لل", "ب"} {
			if rest, ok := strings.CutPrefix(f, p); ok && utf8.RuneCountInString(rest) >= 3 {
				f = rest
				break
			}
		}
		if actNouns[f] || actNouns[dropPronoun(f)] {
			return true
		}
	}
	return false
}

// placeTag reports whether a part of a headline is one word naming a
// place ("إيران.. …"): a tag of where, whatever its shape (إيران has
// that of an act's noun, as انطلاق).
func placeTag(seg string) bool {
	if wordCount(seg) != 1 {
		return false
	}
	for _, m := range entity.Find(seg, lang.Tokenize(seg), align.PlaceLexicon()) {
		if m.Kind == entity.KindPlace {
			return true
		}
	}
	return false
}

// pastFeminineIn reports whether a part of a headline has a word shaped
// like a verb of the past with a feminine subject (انتهت، ولدت، وتأهلت:
// four letters or more ending in ت, not ات, no article), which actIn
// with forms does not read as a verb.
func pastFeminineIn(seg string) bool {
	for _, w := range strings.Fields(seg) {
		w = lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?…"))
		for _, p := range []string{"و", "ف"} {
			if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 4 {
				w = rest
				break
			}
		}
		if utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "ات") && !strings.HasPrefix(w, "ال") {
			return true
		}
	}
	return false
}

// pluralVerbIn reports whether a part of a headline has a verb of the
// present with a plural subject ("والشرفيون يتدخلون"), whose other person
// forms seldom holds: a word ending in ون whose singular (يتدخل) is a
// verb by forms (verbShaped).
func pluralVerbIn(seg string, forms map[string]bool) bool {
	for _, w := range strings.Fields(seg) {
		w = lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?…"))
		for _, p := range []string{"و", "ف"} {
			if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 5 {
				w = rest
				break
			}
		}
		if one, ok := strings.CutSuffix(w, "ون"); ok && utf8.RuneCountInString(one) >= 3 && !stativeVerbs[w] && verbShaped(one, forms) {
			return true
		}
	}
	return false
}

// actIn reports whether a part of a headline has a word shaped like a
// verb or opens with the noun of an act. It errs on the side of an act:
// a verb of the present (ي ت ن before three letters or more; ي before
// two, "يصل"; after و، ف or the future س; with a pronoun after it,
// "يسبقه"), of the past with a plural subject (عمقوا) or a feminine one
// (انتهت، ولدت: four letters or more ending in ت, not ات), or the noun of
// an act (actNouns, derivedNoun) first or after ال، ب or و ("القبض"،
// "بسجن"). A verb of seeming (stativeVerbs: "لا يبدو") is none.
func actIn(seg string, forms map[string]bool) bool {
	fields := strings.Fields(seg)
	for i, w := range fields {
		w = lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?…"))
		// The second of two nouns بين joins is a noun, whatever its
		// shape ("بين مطرقة التقشف وسندان الركود": no "سـ + ندان").
		if secondOfPair(fields, i) {
			continue
		}
		reads := []string{w}
		for _, p := range []string{"و", "ف", "وس", "فس", "س"} {
			// The future س comes before a verb of four letters or more
			// ("سيخسر"; not "سيتي").
			least := 3
			if strings.HasSuffix(p, "س") {
				least = 4
			}
			if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= least {
				reads = append(reads, rest)
			}
		}
		for _, f := range reads {
			if verbShaped(f, forms) {
				return true
			}
			noun := f
			for _, p := range []string{"ال", "بال", "وال", "لل", "ب"} {
				if rest, ok := strings.CutPrefix(f, p); ok && utf8.RuneCountInString(rest) >= 3 {
					noun = rest
					break
				}
			}
			if actNouns[noun] || actNouns[dropPronoun(noun)] || i == 0 && derivedNoun(f) && (forms == nil || !strings.HasSuffix(f, "ي")) {
				return true
			}
		}
	}
	return false
}

// pairWords is how many words before a word joined by و the بين that
// pairs it may come (secondOfPair; as lastConjunct looks back).
const pairWords = 4

// secondOfPair reports whether words[i] is the second of two nouns that
// بين joins ("بين مطرقة التقشف وسندان الركود", "بين الرياض وموسكو"): it
// opens on و and بين comes at most pairWords words before it, not as
// the first word (where it is the verb بيّن, "بين الوزير …").
func secondOfPair(words []string, i int) bool {
	if !strings.HasPrefix(words[i], "و") {
		return false
	}
	for k := max(1, i-pairWords); k < i; k++ {
		if lang.Normalize(strings.Trim(words[k], "«»“”\"'(")) == "بين" {
			return true
		}
	}
	return false
}

// dropPronoun removes a pronoun written onto a folded noun ("رحيله" →
// "رحيل"), leaving three letters or more.
func dropPronoun(w string) string {
	for _, p := range []string{"هما", "هم", "ها", "ه"} {
		if rest, ok := strings.CutSuffix(w, p); ok && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return w
}

// verbShaped reports whether a folded word without clitics before it has
// the shape of a verb (see actIn). With forms (the words of the analysis
// that open with ي or ت, verbForm), it must be sure: a verb of the present is
// one whose other person is a word of the analysis too ("تكسب" beside
// "يكسب"; not "توتنهام" or "يونايتد", names no "يوتنهام" matches), and a
// word ending in ت may be a noun ("بيروت").
func verbShaped(w string, forms map[string]bool) bool {
	n := utf8.RuneCountInString(w)
	if stativeVerbs[w] || strings.HasPrefix(w, "ال") {
		return false
	}
	if n >= 5 && strings.HasSuffix(w, "وا") {
		return true
	}
	if forms == nil && n >= 4 && strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "ات") {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	present := false
	switch {
	case r == 'ي' && n == 3:
		present = w != "يوم"
	case r == 'ي' && n >= 5 && strings.HasSuffix(w, "ه"):
		present = true
	case strings.ContainsRune("يتن", r) && n >= 4 && !strings.HasPrefix(w[size:], "ال"):
		present = !strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ات") && !strings.HasSuffix(w, "يه") && !strings.HasSuffix(w, "يا")
	}
	if !present || forms == nil {
		return present
	}
	other := "ي"
	if r == 'ي' {
		other = "ت"
	}
	return forms[other+w[size:]]
}

// verbForm returns a folded word without the و، ف or future س before it
// ("وتحتفل" → "تحتفل", "سيخسر" → "يخسر") when it may be a verb of the
// present by its first letter (ي or ت, three letters or more), for the
// forms verbShaped looks up.
func verbForm(w string) (string, bool) {
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 6 {
			w = rest
			break
		}
	}
	if rest, ok := strings.CutPrefix(w, "س"); ok && len(rest) >= 8 {
		w = rest
	}
	r, _ := utf8.DecodeRuneInString(w)
	return w, (r == 'ي' || r == 'ت') && len(w) >= 6
}

// stativeVerbs say what something seems or still is ("لا يبدو أفضل"،
// "لا تزال مستقرة"), or what someone strives for ("المحافظون يسعون
// للإطاحة برفسنجاني"): an aim or a state, not what anyone did.
var stativeVerbs = foldSet("يبدو", "تبدو", "يزال", "تزال", "يسعى", "تسعى", "يسعون", "يحاول", "تحاول", "يحاولون")

// aboutTopic reports whether what follows a headline's colon names what a
// column is about ("المشهد: عن رحيل جيمس هورنر", "قراءة: حول …"), not
// what someone said.
func aboutTopic(title string) bool {
	_, rest, ok := strings.Cut(title, ":")
	return ok && topicPreps[lang.Normalize(firstWord(rest))]
}

// retrospective reports whether a headline's part before its colon names
// an anniversary ("شعراء في ذكرى وفاته: …", "في الذكرى الـ25 للغزو: …"):
// it looks back on a subject rather than tells what happened.
func retrospective(title string) bool {
	before, _, ok := strings.Cut(title, ":")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(before) {
		if occasionWords[lang.Normalize(strings.Trim(w, "«»“”\"'"))] {
			return true
		}
	}
	return false
}

// occasionWords name an anniversary.
var occasionWords = foldSet("ذكرى", "الذكرى", "ذكراه", "ذكراها", "بذكرى", "وذكرى")

// topicPreps open the topic of a column.
var topicPreps = foldSet("عن", "حول", "about", "on")

// topicHeadWeight weighs an article's headline that names a subject
// rather than what happened (namesTopic), as a claim of fewer than five
// words is weighed (×0.4): its few words are the event's most central
// stems, so their mean weight beats every headline that tells the story
// ("مهرجان تمور بريدة" beside "السكري يتفوق في «مهرجان بريدة للتمور»").
const topicHeadWeight = 0.4

// namesTopic reports whether a headline names a subject, not what
// happened: it has three words or fewer ("عيد غزة", "سياحة «سوق عكاظ»"),
// or is a column's topic ("عن رحيل جيمس هورنر").
func namesTopic(title string) bool {
	words := strings.Fields(title)
	return len(words) <= 3 || columnTopics[lang.Normalize(words[0])]
}

// columnTopics open a headline that is only a column's topic ("عن رحيل
// جيمس هورنر"); the English prepositions of topicPreps also open
// sentences ("On Monday, …") and are left out.
var columnTopics = foldSet("عن", "حول")

// derivedNoun reports whether a folded word has the shape of the verbal
// noun of a derived verb (إضافة، اكتشاف، انطلاق، استقالة: ا, then a long
// ا among the last three letters before ة), not of any word with ا.
func derivedNoun(w string) bool {
	if !strings.HasPrefix(w, "ا") || strings.HasPrefix(w, "ال") {
		return false
	}
	r := []rune(strings.TrimSuffix(w, "ه"))
	if len(r) < 4 {
		return false
	}
	for _, c := range r[len(r)-3 : len(r)-1] {
		if c == 'ا' {
			return true
		}
	}
	return false
}

// actNouns are nouns of an act that open headlines.
var actNouns = foldSet("مقتل", "مصرع", "وفاة", "فوز", "رحيل", "عودة", "سقوط", "خروج", "وصول", "بدء", "هبوط", "صعود", "مشاركة", "زيارة", "تراجع", "نجاة", "إصابة", "حريق", "تفجير", "توقيع", "تكريم",
	"خطف", "قتل", "ضبط", "هجوم", "غرق", "سرقة", "تعيين", "طرد", "حبس", "سجن", "هدم", "إغلاق", "افتتاح", "تدشين", "ارتفاع", "انخفاض", "قبض", "حكم", "طرح", "فتح")
