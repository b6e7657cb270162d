package analysis

// This file holds how much a headline or claim weighs as a title: its shape, its actor, whether it
// stands alone, how well its cut keeps it. The overview of how titles are chosen is at the top of
// titles.go.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/lang"
)

// weighedHeadline is an article's headline with its weight as a title of
// an event (weighHeadlines).
type weighedHeadline struct {
	headline
	score float64
}

// weighHeadlines weighs the headlines of an event's articles by the
// centrality of their stems (score), by their agreement with the others
// and by their shape; headlines of fewer than two content stems are left
// out. What several outlets put in their headlines is the story: a
// headline weighs more the more its words recur in the others'
// (agreement, 0–1: the mean share of the other headlines that use each of
// its stems, ×1–2), counted in one pass over the headlines. A headline
// that names a topic without an act weighs less, when another headline of
// the event states one.
func weighHeadlines(heads []headline, stemIDs *stemTable, score func([]int32) float64) []weighedHeadline {
	if len(heads) == 0 {
		return nil
	}
	headStems := make([][]string, len(heads))
	inHeads := make(map[string]int)
	for k, h := range heads {
		headStems[k] = contentStems(h.title)
		for _, s := range headStems[k] {
			inHeads[s]++
		}
	}
	acts := make([]bool, len(heads))
	anyAct := false
	for k, h := range heads {
		acts[k] = statesAct(h.title)
		anyAct = anyAct || acts[k] && len(headStems[k]) >= 2
	}
	var out []weighedHeadline
	for k, h := range heads {
		st := headStems[k]
		if len(st) < 2 {
			continue
		}
		// A stem of no claim of the analysis (-1) is used by none of the
		// event's claims either: it adds nothing to the score.
		ids := make([]int32, len(st))
		for j, s := range st {
			if x, ok := stemIDs.ids[s]; ok {
				ids[j] = x
			} else {
				ids[j] = -1
			}
		}
		agreement := 0.0
		if len(heads) > 1 {
			for _, s := range st {
				agreement += float64(inHeads[s]-1) / float64(len(heads)-1)
			}
			agreement /= float64(len(st))
		}
		w := (1 + agreement) * shapeWeight(h.title, -1)
		if anyAct && !acts[k] {
			w *= nominalWeight
		}
		if namesTopic(h.title) {
			w *= topicHeadWeight
		}
		out = append(out, weighedHeadline{headline: h, score: score(ids) * w})
	}
	return out
}

// sharedStems is how many content stems texts a and b share.
func sharedStems(a, b string) int {
	bs := contentStems(b)
	n := 0
	for _, s := range contentStems(a) {
		if slices.Contains(bs, s) {
			n++
		}
	}
	return n
}

// minFallbackShape is the least shape weight (shapeWeight) of a headline
// that stands in for a claim that cannot stand alone: an exclamation
// (0.5) may, a question or a hook (0.15) may not.
const minFallbackShape = 0.5

// aloneWeight weighs a candidate claim whose title cannot stand alone
// (standsAlone), so that one that can is preferred.
const aloneWeight = 0.7

// standsAlone reports whether a title cut from claim c reads on its own:
// it is not cut short ("…") and names someone or something — a person,
// a role, an organisation, an outlet or a place of the claim — rather than
// leaning on a subject named before it ("لا تزال تعاني من نقص في ثقة
// بعض الناخبين", "يركز على استمالة ناخبين جدد").
func standsAlone(title string, c *claim.Claim) bool {
	if strings.HasSuffix(title, "…") || leansOnSubject(title) || leadsIn(title, c.Text) || stopsBeforeRelative(title, c.Text) {
		return false
	}
	if hasOpener(title, subordinators) || pointsBack(title, c) || shapeWeight(title, -1) < minAloneShape {
		return false
	}
	for _, e := range c.Entities {
		if e.Text != "" && strings.Contains(title, e.Text) {
			return true
		}
	}
	return false
}

// minAloneShape is the least shape weight (shapeWeight) of a title that
// stands alone: a text that leans on the sentence before (0.35), a hook
// or a site's notice does not.
const minAloneShape = 0.4

// subordinators open a clause that leans on a main clause after it (of
// concession, time, cause or condition: "رغم حداثة مشاركات المملكة …،
// فإن …", "منذ تأسيس روابط المشجعين …"): a title that opens so tells at
// most the circumstance of what happened.
var subordinators = newOpeners("رغم", "ورغم", "برغم", "بالرغم", "وبالرغم", "على الرغم", "وعلى الرغم", "منذ", "ومنذ", "لأن", "لان", "إذا", "اذا", "وإذا",
	"كلما", "طالما", "ما لم", "بعد أن", "وبعد أن", "بعدما", "وبعدما", "قبل أن", "وقبل أن", "لكي", "كي", "ريثما", "لئن", "although", "since", "because", "if", "after", "before")

// pointsBack reports whether a title cut from claim c names what it tells
// of only by pointing back to the sentences before it, outside the title:
// a demonstrative with its noun ("يأتي هذا القرار", "حول هذه الكارثة
// نشرت …"; not a time: "هذا العام"), a definite dual ("كتبت المنظمتان",
// "اتفق الطرفان": the two were named before), or a bare generic noun as
// its subject ("أوضحت الشركة أن …", "يأتي القرار بعد …": which company,
// which decision, the text before says).
func pointsBack(title string, c *claim.Claim) bool {
	words := strings.Fields(title)
	for i, w := range words {
		f := lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛"))
		if demonstratives[f] && i+1 < len(words) {
			next := lang.Normalize(strings.Trim(words[i+1], "«»“”\"'.,،:؛"))
			if strings.HasPrefix(next, "ال") && !timeNouns[next] {
				return true
			}
		}
		if dualRefs[f] || i < 3 && definiteDual(f) {
			return true
		}
	}
	// The subject: the first word, or the word after a verb opening the
	// title, when it is a generic noun no adjective, name or genitive
	// follows.
	for i := 0; i < 2 && i < len(words); i++ {
		f := lang.Normalize(strings.Trim(words[i], "«»“”\"'.,،:؛"))
		if !genericNouns[f] {
			if strings.HasPrefix(f, "ال") {
				return false // a subject of its own ("الحكومة اليونانية")
			}
			continue
		}
		if i+1 == len(words) {
			return true
		}
		next := strings.Trim(words[i+1], "«»“”\"'.,،:؛")
		if strings.HasPrefix(lang.Normalize(next), "ال") || strings.ContainsAny(words[i+1], "«“\"") || startsEntity(c, words[i]+" "+words[i+1], words[i]) {
			return false
		}
		return true
	}
	return false
}

// startsEntity reports whether, where pair (a word and the next) occurs in
// claim c's text, a name of the claim starts at the second word ("أعلن
// الرئيس أوباما": the president is named).
func startsEntity(c *claim.Claim, pair, first string) bool {
	k := strings.Index(c.Text, pair)
	if k < 0 {
		return false
	}
	at := c.Start + k + len(first) + 1
	for _, e := range c.Entities {
		if e.Start == at || e.Start <= at && at < e.End && e.Start > c.Start+k {
			return true
		}
	}
	return false
}

// definiteDual reports whether a folded word is a definite noun of the
// feminine dual (المنظمتان، الدولتان، الحكومتان: ال, then at least three
// letters, then تان).
func definiteDual(w string) bool {
	rest, ok := strings.CutPrefix(w, "ال")
	return ok && strings.HasSuffix(rest, "تان") && utf8.RuneCountInString(rest) >= 6
}

// Words that point back to what the sentences before named.
var (
	demonstratives = foldSet("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هذان", "هاتان", "هذين", "هاتين", "وهذا", "وهذه", "وذلك", "وتلك", "بهذا", "بهذه", "لهذا", "لهذه", "بذلك", "لذلك", "بتلك", "لتلك")
	// timeNouns after a demonstrative name a time, not a referent: "هذا
	// العام".
	timeNouns = foldSet("العام", "الأسبوع", "الشهر", "اليوم", "الموسم", "الصيف", "الشتاء", "الأيام", "الليلة", "المساء", "الصباح", "السنة", "الفترة", "الوقت", "المرة", "العصر", "الأثناء", "الأسبوع", "العيد")
	// dualRefs are the two parties of a text, named before it.
	dualRefs = foldSet("الطرفان", "الطرفين", "الجانبان", "الجانبين", "والطرفان", "والجانبان", "الرجلان", "الوزيران", "الرئيسان", "الزعيمان", "الفريقان", "المسؤولان", "المتهمان")
	// genericNouns stand for a company, a body, a decision or a person a
	// text named before ("الشركة", "الجامعة", "القرار").
	genericNouns = foldSet("الشركة", "الجامعة", "الوزارة", "الهيئة", "الجمعية", "المنظمة", "المؤسسة", "الوكالة", "اللجنة", "البنك", "المصرف", "الصندوق", "المجلس", "الصحيفة", "الدراسة", "التقرير", "المصدر", "المسؤول",
		"النادي", "المدرب", "اللاعب", "المتهم", "الضحية", "الرجل", "المرأة", "الشاب", "الفتاة", "الطفل", "القرار", "الخطوة", "الاتفاق", "المشروع", "الحادث", "الحادثة", "البرنامج", "المبادرة", "الحملة", "الفعالية", "الحفل", "المهرجان", "البيان", "الكتاب", "الفيلم",
	)
)

// leadsIn reports whether a title stops where its claim goes on after a
// colon (at most two words after the title's last word, which the cut
// dropped as weak ends: "… وعضوية كل من: المهندس …", "قال الوزير في
// بيان: إن …"): it is the lead-in to a list or to what was said.
func leadsIn(title, text string) bool {
	return afterLastWord(title, text, func(after string) bool {
		head, rest, ok := strings.Cut(after, ":")
		return ok && wordCount(head) <= 2 && wordCount(rest) >= 2 && !strings.ContainsAny(head, ".؟?!")
	})
}

// afterLastWord reports whether f holds for the text after some
// occurrence, in text, of title's last word: where the claim goes on
// past the point its title stops.
func afterLastWord(title, text string, f func(after string) bool) bool {
	last := lastField(title)
	if last == "" {
		return false
	}
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], last)
		if k < 0 {
			return false
		}
		from += k + len(last)
		if f(text[from:]) {
			return true
		}
	}
	return false
}

// stopsBeforeRelative reports whether a title stops where its claim goes
// on with a relative pronoun or clause connective (softOpeners): a long
// sentence cut there may have lost its predicate ("تعرضت آمال أوباما
// للحفاظ على الاتفاق النووي | الذي أبرم … لانتكاسة"), so the title is
// as cut short as one that ends in "…".
func stopsBeforeRelative(title, text string) bool {
	return afterLastWord(title, text, func(after string) bool {
		next := strings.Fields(after[:min(len(after), 64)])
		return len(next) > 0 && softOpeners[lang.Normalize(next[0])]
	})
}

// leansOnSubject reports whether a title opens with a verb of the present
// (after a particle: "لا تزال", "لم يعد") followed at once by a
// preposition ("يسعى لكسب تأييد …", "يركز على …", "تراجع في …"): its
// subject is a pronoun for someone the sentence before named.
func leansOnSubject(title string) bool {
	words := strings.Fields(title)
	for len(words) > 2 && particles[lang.Normalize(words[0])] {
		words = words[1:]
	}
	if len(words) < 2 {
		return false
	}
	verb := lang.Normalize(words[0])
	r, n := utf8.DecodeRuneInString(verb)
	if !strings.ContainsRune("يت", r) || utf8.RuneCountInString(verb) < 4 || strings.HasPrefix(verb[n:], "ال") {
		return false
	}
	next := lang.Normalize(words[1])
	if particles[next] {
		return true // "لا تزال تعاني": a verb after the verb
	}
	if prepositions[next] {
		return true
	}
	// A preposition written onto the next word, not onto a noun with the
	// article ("لكسب", "بإجراء"; not "للحزب").
	r, n = utf8.DecodeRuneInString(next)
	return (r == 'ل' || r == 'ب') && utf8.RuneCountInString(next) >= 4 && !strings.HasPrefix(next[n:], "ال") && !strings.HasPrefix(next, "لل")
}

// particles come before a verb ("لا تزال", "قد يكون"); prepositions open
// what a verb governs.
var (
	particles    = foldSet("لا", "لم", "لن", "قد", "ما", "سوف", "لا تزال", "تزال", "يزال", "زال")
	prepositions = foldSet("في", "على", "إلى", "الى", "من", "عن", "مع", "بين", "نحو", "حول", "عبر")
)

// hasTitleClaim reports whether the event holds the title claim of doc.
func hasTitleClaim(ev align.Event, claims map[string]*claim.Claim, doc string) bool {
	for _, id := range ev.Claims {
		if c := claims[id]; c != nil && c.Doc == doc && c.Kind == claim.KindTitle {
			return true
		}
	}
	return false
}

// headlineWeight weighs a claim's centrality by how well it can serve as
// a headline (step 2 at the top of the file).
func headlineWeight(c *claim.Claim, ev *align.Event, aligned bool) float64 {
	// Keep maxHeadlineWeight at or above the product of every factor
	// above 1 here (1.3 × 1.15 × 1.2 × 1.1 ≈ 1.97, for Para ≥ 0).
	w := 1.0
	if aligned {
		w *= 1.3
	}
	switch c.Kind {
	case claim.KindTitle:
		w *= 1.15
	case claim.KindCaption:
		w *= 1.05
	case claim.KindHeading:
		w *= 0.5
	}
	if c.Para <= 2 {
		w *= 1.2 - 0.05*float64(c.Para)
	}
	if c.EventDate != "" && ev.Date != "" && (c.EventDate == ev.Date || strings.Contains(ev.Date, c.EventDate)) {
		w *= 1.1
	}
	if background(c.Text) {
		w *= 0.5
	}
	if fragment(c.Text) {
		w *= 0.4
	}
	if list(c.Text) {
		w *= 0.3
	}
	if (c.Para > 0 || c.Start > 300) && continues(c.Text) {
		w *= 0.75
	}
	switch words := wordCount(c.Text); {
	case words < 5:
		w *= 0.4
	case words > 40:
		w *= 0.8
	}
	return w
}

// maxHeadlineWeight bounds headlineWeight from above for a claim whose
// Para is not negative (TestMaxHeadlineWeight).
const maxHeadlineWeight = 2.0

// backgroundOpeners start sentences that tell what came before, not what
// happened.
var backgroundOpeners = []string{"يذكر أن", "يُذكر أن", "يذكر ان", "يذكر بأن", "وكان ", "وكانت ", "كان ", "كانت ", "يشار إلى", "يُشار إلى", "وسبق", "سبق أن", "سبق و",
	"تجدر الإشارة", "وتجدر الإشارة", "الجدير بالذكر", "والجدير بالذكر"}

func background(s string) bool {
	s = strings.TrimSpace(s)
	for _, p := range backgroundOpeners {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fragmentOpeners start a sentence that leans on the one before it: a
// speaker named earlier ("وأضاف"), a source in passing ("وحسب"), a list.
var fragmentOpeners = []string{"أضاف", "وأضاف", "تابع", "وتابع", "وأشار", "وأوضح", "وأكد", "ولفت", "وبين", "وبيّن", "واختتم", "وختم",
	"وحسب", "حسب", "بحسب", "وبحسب", "وفق", "وفقا", "وفقاً", "ووفقا", "ووفقاً", "نقلا", "نقلاً", "من ", "في البداية", "مضيفا", "مضيفاً", "مشيرا", "مشيراً", "مؤكدا", "مؤكداً", "مؤكدة", "مشيرة", "مضيفة", "مبديا", "مبدياً", "مبدية", "معربا", "معرباً", "معربة", "موضحا", "موضحاً", "موضحة",
	"لافتا", "لافتاً", "لافتة", "معتبرا", "معتبراً", "معتبرة", "منوها", "منوهاً", "منوهة", "داعيا", "داعياً", "داعية", "مطالبا", "مطالباً", "مشددا", "مشدداً", "مشددة", "على نفس الصعيد", "في السياق", "وفي السياق", "ولكن", "لكن", "وهم", "منها", "ومنها", "*", "-", "•"}

// fragment reports whether a claim cannot stand alone as a headline: it
// leans on the sentence before it, or ends in a colon (a lead-in to a
// quote or a list).
func fragment(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ":") {
		return true
	}
	first, _, _ := strings.Cut(s, " ")
	if fragmentWords[strings.TrimRight(first, ":،,")] {
		return true
	}
	for _, p := range fragmentPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fragmentOpeners split once: phrases and openers that are no letter
// ("في البداية", "*") match as a prefix, single words as the first word.
var fragmentPrefixes, fragmentWords = func() ([]string, map[string]bool) {
	var prefixes []string
	words := make(map[string]bool)
	for _, p := range fragmentOpeners {
		if r, _ := utf8.DecodeRuneInString(p); strings.Contains(p, " ") || !unicode.IsLetter(r) {
			prefixes = append(prefixes, p)
		} else {
			words[p] = true
		}
	}
	return prefixes, words
}()

// continues reports whether a sentence opens with the conjunction و on a
// verb or particle ("وضم", "وستقوم", "وكان"): past an article's lead such
// a sentence carries the story on rather than telling it.
func continues(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	tail, ok := strings.CutPrefix(first, "و")
	if !ok || utf8.RuneCountInString(tail) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tail)
	// A noun with the article (والرئيس) or a name (وزير) is no verb.
	return !strings.HasPrefix(tail, "ال") && strings.ContainsRune("أإاتيسنقلفكبو", r) && !strings.HasPrefix(first, "وزير") && !strings.HasPrefix(first, "وكالة")
}

// list reports whether a text is a list (of names, of items): at least
// three commas, with at most three words between them on average.
func list(s string) bool {
	commas := strings.Count(s, "،") + strings.Count(s, ",")
	return commas >= 3 && wordCount(s) <= 3*(commas+1)
}

// contentStems returns the distinct content stems of a text.
func contentStems(text string) []string {
	return stemsOf(lang.Tokenize(text))
}

// contentStemsWith is contentStems with a caller's analyzer (one per
// goroutine, for many texts: its stem cache serves them all).
func contentStemsWith(an *lang.Analyzer, text string) []string {
	return stemsOf(an.Tokenize(text, nil))
}

// stemsOf returns the distinct content stems of tokens.
func stemsOf(toks []lang.Token) []string {
	return appendStems(nil, toks, make(map[string]bool))
}

// appendStems appends the distinct content stems of tokens to dst, in
// order. seen is scratch space, empty on entry: the first few stems are
// told apart by a scan of those appended, more through seen.
func appendStems(dst []string, toks []lang.Token, seen map[string]bool) []string {
	const scan = 32
	base := len(dst)
	for _, t := range toks {
		// Fewer than two runes: the first rune is the whole stem.
		if t.Stop || t.Kind != lang.Word {
			continue
		}
		if _, size := utf8.DecodeRuneInString(t.Stem); size == len(t.Stem) {
			continue
		}
		if n := len(dst) - base; n < scan {
			if slices.Contains(dst[base:], t.Stem) {
				continue
			}
		} else {
			if len(seen) == 0 {
				for _, s := range dst[base:] {
					seen[s] = true
				}
			}
			if seen[t.Stem] {
				continue
			}
			seen[t.Stem] = true
		}
		dst = append(dst, t.Stem)
	}
	return dst
}

// Shapes of text that do not say what happened, whatever their words.
var (
	// hookOpeners open a text that addresses the reader or teases rather
	// than tells: a question, a dare, an invitation.
	hookOpeners = newOpeners("هل ", "تخيل", "تخيّل", "لو ", "ولو ", "إذا كنت", "اذا كنت", "إن كنت", "تعرف على", "تعرّف على", "تعرف إلى", "تعرّف إلى",
		"اكتشف", "إليك", "اليك", "إليكم",
		// A teaser of what a page tells ("حقيقة منع السعوديين العزاب من
		// دخول الكويت"), not the news itself.
		"حقيقة", "ما حقيقة", "القصة الكاملة", "القصة كاملة", "هكذا ", "لماذا", "ماذا", "كيف ", "متى ", "أين ", "اين ", "لمن ", "ما هو", "ما هي", "من هو", "من هي", "ما الذي", "شاهد", "اقرأ", "إقرأ",
		"what ", "why ", "how ", "when ", "where ", "who ", "do you", "did you", "imagine", "watch",
		// A column's first person and its vocatives.
		"يا ", "لقد", "ولقد", "كنت", "قلت", "أنا", "انا", "أعتقد", "اعتقد", "أظن", "اظن", "أرى", "نحن", "ليتنا", "ليت", "أعجبتني", "أذكر", "اذكر", "لعلي", "لعلنا", "دعونا", "i ", "we ",
		// A column's wishes and demands in the first person plural
		// ("ننتظر معاقبة المتحرشين"); said by someone named ("خال: ننتظر …")
		// they are news, and the name comes first.
		"ننتظر", "نطالب", "نريد", "نحتاج", "نرفض", "نأمل", "نتمنى", "نرجو", "نتساءل", "نتطلع", "نناشد")
	// contextOpeners open a sentence whose subject is in the one before
	// it: a relative or demonstrative pronoun, a bare pronoun, "إن", "ثم";
	// or that adds another point to it ("إلى ذلك", "من جهته").
	contextOpeners = newOpeners("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "وهذا", "وهذه", "وذلك", "وتلك",
		"هو", "هي", "هم", "وهو", "وهي", "وهم", "إنه", "انه", "إنها", "انها", "إن", "ان", "إلا", "غير", "ثم", "بعدها", "وبعدها", "عندها", "عندما", "حين", "حيث",
		"أما", "وأما", "حتى", "وحتى", "ومع", "بل", "وبل", "فـ", "ف", "فبعد", "ففي", "فمن", "فعلى", "فمع", "فلا", "فلم", "فهذا", "فهذه", "فيما", "بينما", "وفيما", "وبينما", "بالإضافة", "وبالإضافة", "إضافة إلى", "إضافة الى", "وإضافة إلى", "علاوة", "وعلاوة", "أيضا", "أيضاً", "كذلك", "لذلك", "ولذلك", "لذا", "ولذا", "مما", "فإن", "فان", "فإنه", "فإنها", "فإننا", "فإنهم", "فإني", "فإنني", "إننا", "إنهم", "وإنه", "وإنها", "وإننا", "وإنهم", "فقد", "وهنا", "هنا", "هناك", "وهناك", "خلال", "لدى", "بذلك", "وبذلك",
		"this", "these", "that", "it", "he", "she", "they", "which", "who", "also", "then",
		// Markers of another point or another party's turn: what follows
		// adds to the story told before.
		"إلى ذلك", "الى ذلك", "وإلى ذلك", "من جهة أخرى", "من جهة ثانية", "من ناحية أخرى", "على صعيد آخر", "وعلى صعيد آخر", "في سياق متصل", "وفي سياق متصل",
		"من جانب آخر", "من جهته", "من جهتها", "من جانبه", "من جانبها", "بدوره", "بدورها", "وبدوره", "وبدورها")
	// speechVerbs open a sentence that reports speech; alone, without
	// what was said, such a title says nothing.
	speechVerbs = []string{"قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "أكد", "وأكد", "أكدت", "وأكدت", "أوضح", "وأوضح", "أوضحت", "أعلن", "وأعلن", "أعلنت", "وأعلنت",
		"صرح", "وصرح", "أشار", "وأشار", "أشارت", "ذكر", "وذكر", "ذكرت", "وذكرت", "أفاد", "وأفاد", "أفادت", "وأفادت", "بين", "وبين", "بيّن", "أردف", "وأردف", "said", "says"}
	// roundupOpeners open a roundup's headline: what the papers wrote
	// ("صحف الخليج: …", "الصحف الأوروبية اهتمت بـ …") or a digest of
	// items, not what happened.
	roundupOpeners = newOpeners("صحف", "الصحف", "اهتمامات الصحف", "جولة الصحافة", "موجز", "موجز الأخبار", "موجز أخبار")
	// boilerplateOpeners open a site's notices, not its news.
	thatOpeners        = newOpeners("إن", "ان", "أن", "إنه", "انه", "أنه", "that")
	ordinalOpeners     = newOpeners("أولا", "أولاً", "ثانيا", "ثانياً", "ثالثا", "ثالثاً", "رابعا", "رابعاً", "خامسا", "خامساً")
	boilerplateOpeners = newOpeners("سمات", "الوسوم", "وسوم", "كلمات دلالية", "الكلمات الدلالية", "الكلمات الدالة", "tags", "للتواصل", "للاشتراك", "لمزيد", "للمزيد", "رابط الخبر", "اقرأ أيضا", "اقرأ أيضاً", "تابعونا", "تابعوا", "حمل تطبيق", "لمتابعة", "للاطلاع")
)

// shapeWeight weighs a candidate title by its shape (step 2): questions
// and hooks, exclamations, quotes (quoted is the part of it inside quote
// marks, or below 0 to count it from the text), numbered items, sentences
// that lean on the one before and site notices say little of what
// happened.
func shapeWeight(s string, quoted float64) float64 {
	s = strings.TrimSpace(s)
	open := opening(s)
	w := 1.0
	if strings.IndexByte(s, '?') >= 0 || strings.ContainsRune(s, '؟') || hookOpeners.match(open) || advises(s) {
		w *= 0.15
	}
	if strings.ContainsRune(s, '!') {
		w *= 0.5
	}
	if quoted < 0 {
		quoted = quotedShareOf(s)
	}
	switch {
	case quoted > 0.6:
		w *= 0.3
	case quoted > 0.35:
		w *= 0.6
	}
	if numbered(s) || roundupOpeners.match(open) {
		w *= 0.3
	}
	// A noun with ف and the article ("فالحدائق العامة …") draws a
	// conclusion from the sentence before.
	if contextOpeners.match(open) || strings.HasPrefix(open, "فال") || alsoNear(open) {
		w *= 0.35
	}
	// A vocative among the first words ("… يا أمين الرياض") addresses
	// someone, as a column does.
	if strings.Contains(" "+open+" ", " يا ") {
		w *= 0.3
	}
	// A headline in the first person ("أشكر اللاعبين …", "سأرحل …") is a
	// quote without its speaker.
	if speaksFirst(s) {
		w *= firstPersonWeight
	} else if quotesFirst(s) {
		w *= speakerFirstWeight
	}
	if boilerplateOpeners.match(open) || strings.Contains(s, "@") || strings.Contains(s, "http") || strings.Contains(s, "SMS") || strings.Contains(s, "للتواصل مع") {
		w *= 0.1
	}
	if first := firstWord(s); slices.Contains(speechVerbs, first) {
		// "قال إن …", "وقال: «…»": whose words, the sentence before says.
		rest := strings.TrimSpace(strings.TrimPrefix(s, first))
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(":\"“«", r) || hasOpener(rest, thatOpeners) {
			w *= 0.35
		}
	}
	return w
}

// advises reports whether a text gives the reader advice rather than
// tells what happened: it tells the reader what to know or do ("قبل
// الشراء.. معلومات مهمة يجب أن تعرفها عن ساعة أبل", "7 أخطاء عليك
// تجنبها") or a part of it opens on advice, after a count perhaps ("5
// نصائح للوقاية من «ألزهايمر»", "قروض التعليم.. حقائق ومشكلات ونصائح").
func advises(s string) bool {
	// Advice is a headline's shape: a longer text (more than about
	// MaxHeadWords words) is read as none. Most texts hold none of the
	// words: they are looked for as written before the text is folded
	// (shapeWeight reads every candidate).
	if len(s) > maxAdviceBytes || !strings.Contains(s, "عليك") && !strings.Contains(s, "يجب") && !strings.Contains(s, "ينبغي") && !strings.Contains(s, "نصائح") && !strings.Contains(s, "رشادات") {
		return false
	}
	f := " " + lang.Normalize(s) + " "
	for _, p := range readerDuties {
		if strings.Contains(f, p) {
			return true
		}
	}
	for _, seg := range strings.Split(s, "..") {
		words := strings.Fields(seg)
		for i, w := range words[:min(len(words), 4)] {
			w = lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?…"))
			if i > 0 && !(i == 1 && isNumber(words[0])) && !strings.HasPrefix(w, "و") {
				break
			}
			if adviceNouns[strings.TrimPrefix(w, "و")] {
				return true
			}
		}
	}
	return false
}

// maxAdviceBytes is the longest text, in bytes, that advises reads: about
// MaxHeadWords Arabic words.
const maxAdviceBytes = 320

// isNumber reports whether a word is written in digits ("5", "١٠").
func isNumber(w string) bool {
	return w != "" && strings.TrimFunc(w, unicode.IsDigit) == ""
}

// readerDuties tell the reader what to know or do (folded, between
// spaces); adviceNouns name advice.
var (
	readerDuties = []string{" يجب ان تعرف", " ينبغي ان تعرف", " عليك ان ", " عليك تجنب", " عليك معرفه", " يجب عليك "}
	adviceNouns  = foldSet("نصائح", "إرشادات")
)

// actorWeight raises a claim that names who acted, near its start: a
// person or an organisation among its first words makes a sentence read
// as someone doing something.
func actorWeight(c *claim.Claim) float64 {
	limit := c.Start + min(len(c.Text), 60)
	for _, e := range c.Entities {
		if e.Start >= c.Start && e.Start < limit && (e.Kind == entity.KindPerson || e.Kind == "org") {
			return actorBonus
		}
	}
	return 1
}

// actorBonus weighs a claim that names its actor, and an article's
// headline (written to say who did what).
const actorBonus = 1.15

// cutWeight weighs a candidate again by the title t cut from its text
// (step 4): one or two words are a topic, not an event; a speech verb
// with its speaker and no words said is only a lead-in; an opening phrase
// of place or time cut off from its clause says nothing happened; a title
// left on a preposition lost its end.
func cutWeight(t, from string) float64 {
	words := strings.Fields(t)
	w := 1.0
	switch {
	case len(words) == 0:
		return 0
	case len(words) <= 2:
		w *= 0.3
	case len(words) == 3:
		w *= 0.7
	}
	if (slices.Contains(speechVerbs, words[0]) || reportVerbs[lang.Normalize(words[0])] && wordCount(from) > len(words)+2) && !strings.ContainsAny(t, ":\"“«") && !hasWord(words[1:], "إن", "ان", "أن", "إنه", "انه", "أنه", "بأن", "بان", "إلى", "الى", "that") {
		w *= 0.5
	}
	// An opening phrase of place or time cut off before the clause it
	// introduces ("في المؤتمر الصحفي الذي جمع …، عقب الجلسة").
	if frontedOpeners[lang.Normalize(words[0])] && wordCount(from) > len(words)+2 {
		w *= 0.5
	}
	if last := strings.Trim(words[len(words)-1], "…،,؛;:."); weakEnds[last] && !wholeEnd(words) || slices.Contains(speechVerbs, last) {
		w *= 0.5
	}
	// A light verb cut off before the act it names ("قام مطار الملك
	// خالد، بعد إنزال الركاب …" | "بالتنسيق مع الناقل").
	if lightVerbs[lang.Normalize(words[0])] && wordCount(from) > len(words) && !namesLightAct(words[1:]) {
		w *= 0.5
	}
	return w
}

// lightVerbs say that someone did something whose act is the verbal noun
// after بـ ("قام الوزير بزيارة …", "تقوم الفرق بتنظيف …").
var lightVerbs = map[string]bool{"قام": true, "قامت": true, "قاموا": true, "يقوم": true, "تقوم": true, "يقومون": true}

// circumstantialB are words opening on ب that say when, where or with whom
// rather than name the act of a light verb.
var circumstantialB = map[string]bool{"بعد": true, "بين": true, "بينما": true, "بسبب": true, "بدون": true, "بناء": true, "بحضور": true, "برئاسة": true, "بمشاركة": true, "بالتعاون": true}

// namesLightAct reports whether words hold the act of a light verb: a
// word of four letters or more opening on ب that is not circumstantial.
func namesLightAct(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, "«»\"“”()،,.")
		if strings.HasPrefix(w, "ب") && utf8.RuneCountInString(w) >= 4 && !circumstantialB[w] {
			return true
		}
	}
	return false
}

func hasWord(words []string, ws ...string) bool {
	for _, w := range words {
		if slices.Contains(ws, w) {
			return true
		}
	}
	return false
}

// firstWord is the first word of s without punctuation after it.
func firstWord(s string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return strings.TrimRight(first, ":،,؛;.")
}

// hasOpener reports whether s opens with one of o's openers.
func hasOpener(s string, o *openerSet) bool {
	return o.match(opening(s))
}

// opening is the start of s in matching form (its first words folded), as
// openerSet.match takes it.
func opening(s string) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "\"“«'*•-– ")
	// Openers are a few words: only the start of s is folded.
	if k := nthSpace(s, 4); k > 0 {
		s = s[:k]
	}
	return lang.Normalize(strings.ToLower(s))
}

// match reports whether the opening (see opening) starts with one of o's
// openers.
func (o *openerSet) match(open string) bool {
	if o.words[firstWord(open)] {
		return true
	}
	if len(o.prefixes) == 0 {
		return false
	}
	for _, p := range o.prefixes {
		if prefixWithSpace(open, p) {
			return true
		}
	}
	return false
}

// prefixWithSpace reports whether p opens open followed by a space: a
// prefix "هل " matches a text that is only "هل" (strings.HasPrefix(open+"
// ", p) without making that string).
func prefixWithSpace(open, p string) bool {
	if len(p) == len(open)+1 {
		return p[len(open)] == ' ' && p[:len(open)] == open
	}
	return strings.HasPrefix(open, p)
}

// nthSpace is the byte offset of the n-th space of s, or -1.
func nthSpace(s string, n int) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if n--; n == 0 {
				return i
			}
		}
	}
	return -1
}

// openerSet holds openers in matching form (lang.Normalize): whole first
// words, and prefixes (those that hold a space).
type openerSet struct {
	words    map[string]bool
	prefixes []string
}

func newOpeners(ps ...string) *openerSet {
	o := &openerSet{words: make(map[string]bool)}
	for _, p := range ps {
		p = lang.Normalize(strings.ToLower(p))
		if strings.Contains(p, " ") {
			o.prefixes = append(o.prefixes, p)
		} else {
			o.words[p] = true
		}
	}
	return o
}

// alsoFolded are "أيضاً" and "كذلك" as opening folds them.
var alsoFolded = []string{lang.Normalize("أيضاً"), lang.Normalize("أيضا"), lang.Normalize("كذلك")}

// alsoNear reports whether an opening (its first four words, folded)
// holds "أيضاً" or "كذلك": the sentence adds to one before it ("تنظر
// الصين أيضا بقلق لتهديدات …").
func alsoNear(open string) bool {
	for w := range strings.FieldsSeq(open) {
		if slices.Contains(alsoFolded, strings.Trim(w, "،,.")) {
			return true
		}
	}
	return false
}

// numbered reports whether s is an item of a numbered list ("3- …",
// "2 - (…)", "1) …", "أولاً: …").
func numbered(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == 0 {
		r, n := utf8.DecodeRuneInString(s)
		for r >= '٠' && r <= '٩' {
			i += n
			r, n = utf8.DecodeRuneInString(s[i:])
		}
	}
	if i > 0 && i <= 4 {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i:], " "))
		return strings.ContainsRune("-–).", r)
	}
	return hasOpener(s, ordinalOpeners)
}

// quotedShare is the part of a claim's text inside its quotes.
func quotedShare(c *claim.Claim) float64 {
	if len(c.Text) == 0 {
		return 0
	}
	n := 0
	for _, q := range c.Quotes {
		s, e := max(q.Start, c.Start), min(q.End, c.End)
		if e > s && wordCount(c.Text[s-c.Start:e-c.Start]) >= minQuoteWords {
			n += e - s
		}
	}
	if n == 0 {
		return quotedShareOf(c.Text)
	}
	return float64(n) / float64(len(c.Text))
}

// minQuoteWords is the fewest words a quote must have to count as
// someone's words: shorter ones are names and terms («هيومن رايتس ووتش»).
const minQuoteWords = 4

// quotedShareOf is the part of s between quote marks (“…”, «…», "…"),
// counting quotes of minQuoteWords words or more; a quote left open runs
// to the end.
func quotedShareOf(s string) float64 {
	if s == "" {
		return 0
	}
	n, open, straight := 0, -1, false
	add := func(end int) {
		if wordCount(s[open:end]) >= minQuoteWords {
			n += end - open
		}
		open, straight = -1, false
	}
	for i, r := range s {
		switch {
		case (r == '“' || r == '«') && open < 0:
			open = i
		case (r == '”' || r == '»') && open >= 0 && !straight:
			add(i)
		case r == '"' && open < 0:
			open, straight = i, true
		case r == '"' && straight:
			add(i)
		}
	}
	if open >= 0 {
		add(len(s))
	}
	return float64(n) / float64(len(s))
}
