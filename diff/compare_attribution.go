package diff

// This file holds who said it and through whom: speakers, relays, cited outlets, and the modality
// cues of sources and hedges. The overview of all checks is at the top of compare.go.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claim"
	centity "github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/lang"
)

func (p *pair) checkAttribution() {
	a, b := p.c[0], p.c[1]
	speaker := func(c *claim.Claim) string {
		if c.SpeakerText != "" {
			return c.SpeakerText
		}
		return c.Speaker
	}
	differ := false
	switch {
	case a.Speaker != "" && b.Speaker != "":
		differ = a.Speaker != b.Speaker
	case a.SpeakerText != "" && b.SpeakerText != "":
		differ = !sameSpeaker(a.SpeakerText, b.SpeakerText)
	}
	if differ && !p.speakersDiffer() {
		differ = false
		if isConduit(a) == isConduit(b) {
			// One speaker named two ways: their mentions are explained.
			p.markSpan(0, speakerSpan(a))
			p.markSpan(1, speakerSpan(b))
		}
	}
	if differ && isConduit(a) != isConduit(b) {
		// "وأضافت (سانا) أن الرئيس بوتين أكد…" against "جدد بوتين…": the
		// agency carries the statement; it is not another speaker.
		sa, sb := speakerSpan(a), speakerSpan(b)
		if !p.relayShown(sa, sb) {
			return
		}
		via, other, cv, co := "A", "B", a, b
		if isConduit(b) {
			via, other, cv, co = "B", "A", b, a
		}
		p.add(TypeAttribution, 1, fmt.Sprintf("%s reports it through %q; %s gives it to %q", via, speaker(cv), other, speaker(co)),
			p.ev(0, sa), p.ev(1, sb))
		return
	}
	if differ && p.contentShare() < minSpeakerShare {
		// Two people saying different things about one happening: two
		// statements, not one statement given to two people.
		return
	}
	if differ {
		sa, sb := speakerSpan(a), speakerSpan(b)
		p.add(TypeAttribution, 3, fmt.Sprintf("said by %q in A, by %q in B", speaker(a), speaker(b)), p.ev(0, sa), p.ev(1, sb))
		p.markSpan(0, sa)
		p.markSpan(1, sb)
		return
	}
	hand := func(c *claim.Claim) string {
		switch {
		case c.Anonymous:
			return "an unnamed source"
		case c.SecondHand:
			return "second-hand"
		case c.Speaker != "" || c.SpeakerText != "":
			return "first-hand"
		}
		return ""
	}
	ha, hb := hand(a), hand(b)
	// A speaker carried from sentences before is read without the words
	// that would make it first- or second-hand.
	carried := speakerSpan(a) == Span{} || speakerSpan(b) == Span{}
	// One speaker heard first-hand in one claim and through another in
	// the other is the same speaker: news relays statements ("نقلت وكالة
	// … عن الوزير" against "قال الوزير") and a complement that opens with
	// a name reads second-hand, so only a named speaker against an unnamed
	// source is a difference in who vouches for the fact, and only where
	// most words of both claims are shared: a short claim that a long one
	// holds ("وقال المصدر إن بلاتيني يدرس الترشح" in "أكد رئيس الاتحاد
	// أنه لن يكون مرشحا، فيما يدرس بلاتيني الترشح") is one of its
	// clauses, told by someone else.
	named := a
	if a.Anonymous {
		named = b
	}
	if ha != "" && hb != "" && a.Anonymous != b.Anonymous && !carried && p.relayVisible() &&
		nameLike(named.SpeakerText) && p.contentShare() >= minSpeakerShare && p.contentDice() >= minSpeakerShare {
		p.add(TypeAttribution, 3, fmt.Sprintf("%s in A, %s in B", ha, hb), p.ev(0, speakerSpan(a)), p.ev(1, speakerSpan(b)))
		return
	}
	// Cited outlets differ only where each claim is told by the outlet it
	// cites ("ذكرت رويترز" against "ذكرت فرانس برس") about one statement:
	// an outlet named in passing ("مؤشر فايننشال تايمز"، "في مقابلة مع
	// قناة العربية") is no source of the fact.
	if len(a.Cited) > 0 && len(b.Cited) > 0 && !citedMeet(a.Cited, b.Cited) && p.cc[0].sourced(a.Cited) && p.cc[1].sourced(b.Cited) &&
		p.contentShare() >= minSpeakerShare {
		p.add(TypeAttribution, 3, fmt.Sprintf("cites %s in A, %s in B", quoteList(a.Cited), quoteList(b.Cited)),
			p.ev(0, findAny(a, a.Cited)), p.ev(1, findAny(b, b.Cited)))
	}
}

// roleOnly reports whether mention e names no one: a role without a
// name, or a "name" made of title words ("مستشار خادم الحرمين").
func roleOnly(e claim.EntityRef) bool {
	if e.Kind == "role" {
		return true
	}
	if e.Kind != "person" {
		return false
	}
	if e.Name == "" {
		// A person mention of a role without a name part is a role read
		// as a person ("رئيس المجلس").
		return e.Role != ""
	}
	// A "name" opened by a common noun is the role's complement ("أمير
	// منطقة عسير": the emir of the region of Asir).
	if fs := strings.Fields(lang.Normalize(e.Name)); len(fs) > 0 && e.Role != "" && (genericNouns[fs[0]] || mannerNouns[fs[0]]) {
		// ... or a noun of manner ("الرئيس بصورة مؤقتة": president
		// for the time being).
		return true
	}
	for _, w := range strings.Fields(lang.Normalize(e.Name)) {
		if !titleWords[w] && !titleWords[stripClitic(w)] {
			return false
		}
	}
	return true
}

// minParticipantShare is the contentDice two long claims need for a
// difference in who took part to be read as one.
const minParticipantShare = 0.5

// contentDice is the share of both claims' plain content words (as in
// contentShare) that the other claim has in some form: unlike
// contentShare it counts what the longer claim adds.
func (p *pair) contentDice() float64 {
	n := p.cc[0].contentWords() + p.cc[1].contentWords()
	if n == 0 {
		return 1
	}
	return float64(p.sharedWords(0)+p.sharedWords(1)) / float64(n)
}

// sharedWords counts the plain content words of side s that the other
// side has in some form (formOn), counted once a pair for contentShare
// and contentDice alike.
func (p *pair) sharedWords(s int) int {
	if p.sharedN[s] < 0 {
		n := 0
		for i := range p.toks(s) {
			if p.plainContent(s, i) && p.formOn(1-s, i) {
				n++
			}
		}
		p.sharedN[s] = n
	}
	return p.sharedN[s]
}

// minSpeakerShare is the share of content words two claims given to two
// speakers must have in common for one statement to be told as said by
// two people.
const minSpeakerShare = 0.6

// relayVisible reports whether the claims' own words differ in who relays
// what: a changed run over a speaker's words, with a reporting verb on one
// side only, or with a person or role named on one side only. Claims that word the relaying alike
// ("لكن الرئيس الإيراني حسن روحاني قال …" in both) are read first- or
// second-hand only through the speaker carried from sentences before
// them, which is no difference between the two claims.
func (p *pair) relayVisible() bool {
	for _, o := range p.ops {
		if !o.Changed() {
			continue
		}
		var verb, who [2]bool
		for s := 0; s < 2; s++ {
			sp, r := side(o, s)
			if sk := speakerSpan(p.c[s]); sk.Start < sk.End && sp.Start < sk.End && sk.Start < sp.End {
				// The speaker's own words changed ("مصدر أمني" against
				// "وزير الدفاع").
				return true
			}
			for i := r.From; i < r.To; i++ {
				verb[s] = verb[s] || isReporting(p.toks(s)[i].Norm)
			}
			for _, e := range p.c[s].Entities {
				if (e.Kind == "person" || e.Kind == "role") && e.Start >= sp.Start && e.End <= sp.End && sp.Start < sp.End {
					who[s] = true
				}
			}
		}
		if verb[0] != verb[1] || who[0] != who[1] {
			return true
		}
	}
	return false
}

// speakersDiffer reports whether two speakers read as different are worth
// calling different, by their words: not when one is a form of the other's
// name ("أحمد داود أوغلو" / "أغولو"), when either is named only by titles
// or common nouns ("الملك المفدى"، "بفرع"), when each claim names the
// other's speaker too (role first in one, name first in the other), or
// when a speaker carried from an earlier sentence ("وأوضح أن…") is named
// in the other claim.
func (p *pair) speakersDiffer() bool {
	a, b := p.c[0], p.c[1]
	ta, tb := a.SpeakerText, b.SpeakerText
	if ta == "" || tb == "" {
		return true
	}
	wa, wb := properWords(ta), properWords(tb)
	if len(wa) == 0 || len(wb) == 0 || samePerson(ta, tb) {
		// Titles alone say nothing of who speaks, unless they are of
		// two countries.
		return otherCountry(ta, tb)
	}
	// Two unnamed sources ("مصدر عسكري" against "مصدر عسكري آخر"،
	// "المصدر لوكالة فرانس برس" against "مصدر مقرب"), or two speakers
	// described only by what they are ("متحدثون باسم الجيش" against
	// "متحدثون عسكريون"): who they are is unknown on both sides.
	if a.Anonymous && b.Anonymous || roleDescribed(ta) && roleDescribed(tb) {
		return otherCountry(ta, tb)
	}
	ca, cb := p.cc[0].claimWords(), p.cc[1].claimWords()
	if isConduit(a) != isConduit(b) {
		// "وقال برودكين …" given to the agency that carried it: the
		// claim opens with the other speaker as its subject.
		cv, other := a, tb
		if isConduit(b) {
			cv, other = b, ta
		}
		return !opensWith(cv, other)
	}
	// A speaker described by a role or common noun ("مدير إدارة
	// شؤون"، "المصدر") against a named one: who is who is unknown.
	if roleDescribed(ta) != roleDescribed(tb) {
		return false
	}
	inA, inB := wordsWithin(wa, ca), wordsWithin(wb, cb)
	// The other claim names a speaker when it has the first and last of
	// the speaker's name words ("خالد اليوسف" in "خالد بن محمد اليوسف").
	// Either claim naming the other's speaker tells of both people, and
	// which of them speaks is read from the sentence structure, often
	// wrongly: "ما أشار إليه الرئيس الإيراني حسن روحاني" is what the
	// speaker answers, and "وقال بدر محمد باسلمه" read as "بدر محمد" is
	// the other's "باسلمه".
	aInB, bInA := wordsWithin(nameCore(wa), cb) || twoNameWords(wa, cb), wordsWithin(nameCore(wb), ca) || twoNameWords(wb, ca)
	if aInB || bInA || !inA && !inB {
		return false
	}
	// A body, country or place as the speaker against a person: a
	// person speaks for the body ("وأكد اليوسف" against "ديوان
	// المظالم"), or the place is the rest of a title read as a name
	// ("أمير عسير" read as "عسير").
	// Two bodies ("اتحاد جمعيات الصحافيين" against "اتحاد منظمات
	// الصحافيين") are most often one body translated two ways, or one
	// body's name read in part.
	if p.institutional(0) || p.institutional(1) {
		return false
	}
	// Either speaker read from words that name no one: a quantifier
	// ("كثير من الشركات"), a preposition with a pronoun ("فقال لي"،
	// "خلالها").
	if !nameLike(ta) || !nameLike(tb) {
		return false
	}
	// A speaker read from the complement of a role ("وأوضح أمير عسير"
	// read as "عسير"): the role's holder, who is who unknown.
	if complementOfRole(a) || complementOfRole(b) {
		return false
	}
	return true
}

// complementOfRole reports whether c's speaker, as printed in c, follows
// a role word ("أمير عسير"، "وزير الخارجية"): what the role is of, not a
// name.
func complementOfRole(c *claim.Claim) bool {
	if c.SpeakerText == "" {
		return false
	}
	k := strings.Index(c.Text, c.SpeakerText)
	if k <= 0 {
		return false
	}
	f := lastField(c.Text[:k])
	if f == "" {
		return false
	}
	w := lang.Normalize(f)
	return isRoleForm(w) || isRoleForm(stripClitic(w))
}

// nameLike reports whether speaker text s has a word that can be part of a
// name: not a stop word, a quantifier or a preposition with a pronoun.
func nameLike(s string) bool {
	toks := lang.Tokenize(s)
	ok := false
	for _, t := range toks {
		if t.Kind != lang.Word {
			continue
		}
		// A verbal noun after a preposition ("يفيد باحتجاز شخصين"،
		// "بتوزيع") is a phrase, never part of a name; a lone verbal
		// noun of form II ("رئيس تحرير" read as "تحرير") neither.
		if verbalNounAfterPreposition(t.Norm) || len(toks) == 1 && formTwoNoun(t.Norm) {
			return false
		}
		if t.Stop || quantifiers[t.Norm] || quantifiers[stripClitic(t.Norm)] {
			continue
		}
		ok = true
	}
	return ok
}

// verbalNounAfterPreposition reports whether folded word w is ب or ل
// before a verbal noun of the derived forms: تفعيل (بتوزيع، بتعيين)،
// افتعال (باحتجاز)، انفعال (بانسحاب)، استفعال (باستغلال).
func verbalNounAfterPreposition(w string) bool {
	rs := []rune(w)
	if len(rs) < 6 || rs[0] != 'ب' && rs[0] != 'ل' {
		return false
	}
	return formTwoNoun(string(rs[1:])) || formEightNoun(rs[1:]) || formTenNoun(rs[1:])
}

// formTwoNoun reports a verbal noun of the pattern تفعيل: five letters, ت
// first and ي fourth ("توزيع"، "تحرير").
func formTwoNoun(w string) bool {
	rs := []rune(w)
	return len(rs) == 5 && rs[0] == 'ت' && rs[3] == 'ي'
}

// formEightNoun reports a verbal noun of the patterns افتعال and انفعال:
// six letters, ا first, ت or ن after the first radical or before it, ا
// fifth ("احتجاز"، "انسحاب").
func formEightNoun(rs []rune) bool {
	return len(rs) == 6 && rs[0] == 'ا' && (rs[2] == 'ت' || rs[1] == 'ن') && rs[4] == 'ا'
}

// formTenNoun reports a verbal noun of the pattern استفعال ("استغلال").
func formTenNoun(rs []rune) bool {
	return len(rs) == 7 && string(rs[:3]) == "است" && rs[5] == 'ا'
}

// quantifiers head a noun phrase of many or some ("كثير من الشركات"،
// "عديد من"): a speaker read from one is a group, not a name.
var quantifiers = normSet(`كثير الكثير عديد العديد بعض جميع كافة معظم أغلب غالبية عدد
	خلال خلالها خلاله لي له لها لهم لنا`)

// institutional reports whether side s's speaker is a body, country or
// place rather than a person: a mention of kind org or place, or a speaker
// whose first word is a body noun (وزارة، ديوان، هيئة).
func (p *pair) institutional(s int) bool {
	c := p.c[s]
	for _, e := range c.Entities {
		if c.Speaker != "" && e.ID == c.Speaker && (e.Kind == "org" || e.Kind == "place") {
			return true
		}
	}
	ws := strings.Fields(lang.Normalize(c.SpeakerText))
	return len(ws) > 0 && (bodyNouns[ws[0]] || bodyNouns[stripClitic(ws[0])]) || placeOrBody(c.SpeakerText)
}

// placeOrBody reports whether speaker text t is all one mention of a place
// or an organisation: a speaker carried from an earlier sentence has no
// mention in the claim itself ("مشددا على أن …" after "… الولايات
// المتحدة"), so its text is read on its own.
func placeOrBody(t string) bool {
	t = strings.TrimSpace(t)
	lex, err := centity.Default()
	if t == "" || err != nil {
		return false
	}
	for _, m := range centity.Find(t, lang.Tokenize(t), lex) {
		if (m.Kind == centity.KindPlace || m.Kind == centity.KindOrg) && m.Start == 0 && m.End == len(t) {
			return true
		}
	}
	return false
}

// bodyNouns head the names of bodies that speak through people: a speaker
// opening with one is an institution.
var bodyNouns = normSet(`وزارة الوزارة هيئة الهيئة ديوان الديوان مجلس المجلس جمعية الجمعية جمعيات
	اتحاد الاتحاد منظمة المنظمة منظمات نادي النادي مهرجان المهرجان لجنة اللجنة إدارة الإدارة
	أمانة الأمانة شركة الشركة بلدية البلدية مركز المركز جامعة الجامعة مؤسسة المؤسسة
	حكومة الحكومة رئاسة الرئاسة قيادة القيادة مديرية المديرية فرع الفرع سفارة السفارة
	البيت الخارجية الداخلية الدفاع`)

// otherCountry reports whether two speakers named by one role are of two
// countries: "الرئيس التونسي" against "الرئيس المصري", "وزير الخارجية
// الإيراني" against "وزير الخارجية الأمريكي". Titles alone say nothing of
// who speaks, but a title of another country is someone else.
func otherCountry(x, y string) bool {
	wx, wy := strings.Fields(lang.Normalize(x)), strings.Fields(lang.Normalize(y))
	if len(wx) < 2 || len(wy) < 2 || stripClitic(wx[0]) != stripClitic(wy[0]) {
		return false
	}
	// A name is no title: "بدر عبد العاطي" against "بدر عبدالعاطي" ends
	// in a family name, not in two countries' adjectives.
	if !isRoleForm(wx[0]) && !isRoleForm(stripClitic(wx[0])) {
		return false
	}
	nisbas := func(ws []string) []lang.Token {
		var out []lang.Token
		for _, w := range ws[1:] {
			if nisba(w) && !verbLike(w) {
				out = append(out, lang.Tokenize(w)...)
			}
		}
		return out
	}
	nx, ny := nisbas(wx), nisbas(wy)
	if len(nx) == 0 || len(ny) == 0 {
		return false
	}
	for _, a := range nx {
		for _, b := range ny {
			if sameWord(a, b) {
				return false
			}
		}
	}
	return true
}

// properWords returns the name words of s that are not common nouns.
func properWords(s string) []string {
	var out []string
	for _, w := range nameWords(s) {
		if !genericNouns[w] && !genericNouns[stripClitic(w)] {
			out = append(out, w)
		}
	}
	return out
}

// isConduit reports whether c's speaker is an outlet or agency that carries
// someone's statement rather than a person or body making one: an entity
// of kind outlet, or a source the claim cites.
func isConduit(c *claim.Claim) bool {
	if c.Speaker == "" && c.SpeakerText == "" {
		return false
	}
	for _, e := range c.Entities {
		if c.Speaker != "" && e.ID == c.Speaker && e.Kind == "outlet" {
			return true
		}
	}
	for _, x := range c.Cited {
		if c.SpeakerText != "" && sameSpeaker(x, c.SpeakerText) {
			return true
		}
	}
	return false
}

// sourceCues introduce the source of a report: "ذكرت وكالة سانا"، "بحسب
// رويترز"، "نقلا عن".
var sourceCues = normSet(`بحسب حسب وفقا وفق طبقا نقلا عن لوكالة لصحيفة لقناة لموقع`)

// maxCueGap is how many words may stand between a cue and the source it
// introduces ("وذكرت وكالة الأنباء السعودية").
const maxCueGap = 3

// sourced reports whether every one of cited is named in the claim within
// maxCueGap words after a speech verb or a source cue: the outlet is the
// source of the claim, not a name in it ("مؤشر فايننشال تايمز"، "في
// مقابلة مع قناة العربية").
func (cc *claimCache) sourced(cited []string) bool {
	ws := cc.claimWords()
	for _, x := range cited {
		xs := nameWords(x)
		if len(xs) == 0 || !nameLike(x) {
			return false
		}
		found := false
		for i, w := range ws {
			if !sameNameWord(xs[0], w) {
				continue
			}
			for k := max(0, i-maxCueGap); k < i && !found; k++ {
				found = isReporting(ws[k]) || sourceCues[ws[k]] || sourceCues[stripClitic(ws[k])]
			}
			if found {
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// relayShown reports whether a statement carried by an agency in one claim
// and given to a speaker in the other (sa, sb: the speakers' mentions) is
// worth reporting: both speakers are named in their claims, not carried
// from sentences before ("مشيرا إلى أن …" opens two copies of one agency
// story whose earlier sentences differ), neither claim names the other's
// speaker ("ونقلت وكالة الأنباء السعودية عن المهندس يوسف الظاهري …"
// against "وأوضح … يوسف بن خليفة الظاهري"), and the claims tell one
// statement.
func (p *pair) relayShown(sa, sb Span) bool {
	if sa == (Span{}) || sb == (Span{}) {
		return false
	}
	a, b := p.c[0], p.c[1]
	if nameIn(a.SpeakerText, p.cc[1].claimWords()) || nameIn(b.SpeakerText, p.cc[0].claimWords()) ||
		!nameLike(a.SpeakerText) || !nameLike(b.SpeakerText) {
		return false
	}
	return p.contentShare() >= minSpeakerShare
}

// twoNameWords reports whether two of a name's words that are not roles
// are among words: a speaker read with a word too many ("ريم ندا إحدى
// الناطقين") is still named in a claim that has "ريم ندا".
func twoNameWords(name, words []string) bool {
	n := 0
	for _, w := range name {
		if isRoleForm(w) || isRoleForm(stripClitic(w)) {
			continue
		}
		for _, v := range words {
			if sameNameWord(w, v) {
				n++
				break
			}
		}
	}
	return n >= 2
}

// nameIn reports whether the first and last name words of speaker (its
// proper words, titles and common nouns left out) are among words.
func nameIn(speaker string, words []string) bool {
	ws := properWords(speaker)
	return len(ws) > 0 && wordsWithin(nameCore(ws), words)
}

// citedMeet reports whether two lists of cited sources share one, names
// compared folded and by containment ("سانا" in "وكالة سانا").
func citedMeet(x, y []string) bool {
	for _, u := range x {
		for _, v := range y {
			// One outlet in two transliterations ("صنداي مورنينغ بوست"
			// against "صنداي مورنينج بوست") is one source.
			if sameSpeaker(u, v) || samePerson(u, v) {
				return true
			}
		}
	}
	return false
}

// findAny returns the span of the first of names found in c's text.
func findAny(c *claim.Claim, names []string) Span {
	for _, n := range names {
		if k := strings.Index(c.Text, n); k >= 0 && n != "" {
			return Span{c.Start + k, c.Start + k + len(n)}
		}
	}
	return Span{}
}

// --- polarity ---------------------------------------------------------

// changedCues returns the modality cues of side s in the window of text
// that holds its changed ops, with two tokens of context either side (a
// cue only counts where it overlaps a change, and reading the whole claim
// again costs a second tokenisation).
func (p *pair) changedCues(s int) []modality.Cue {
	toks := p.toks(s)
	first, last := -1, -1
	for _, o := range p.ops {
		if _, r := side(o, s); o.Changed() && r.From < r.To {
			if first < 0 {
				first = r.From
			}
			last = r.To - 1
		}
	}
	if first < 0 {
		return []modality.Cue{}
	}
	c := p.c[s]
	a, b := max(0, first-2), min(len(toks)-1, last+2)
	lo, hi := toks[a].Start, toks[b].End
	if lo < c.Start || hi > c.Start+len(c.Text) || lo > hi {
		return []modality.Cue{}
	}
	// The tokens from a to b with offsets less lo are the tokens of the
	// text from a's start to b's end, as tokenising that text again would
	// make them (a token's edges and forms depend on its own letters only;
	// see TestSpanTokens).
	var cs []modality.Cue
	withRebased(toks[a:b+1], lo, func(t []lang.Token) { cs = modality.FindTokens(c.Text[lo-c.Start:hi-c.Start], t) })
	for i := range cs {
		cs[i].Start += lo
		cs[i].End += lo
	}
	if cs == nil {
		cs = []modality.Cue{}
	}
	return cs
}

// unsharedCues returns side s's cues of the given kinds that overlap a
// changed op (cues in equal text are on both sides).
func (p *pair) unsharedCues(s int, kinds ...string) []modality.Cue {
	if p.cue[s] == nil {
		p.cue[s] = p.changedCues(s)
	}
	var out []modality.Cue
	for _, c := range p.cue[s] {
		for _, k := range kinds {
			if c.Kind == k && p.changedAt(s, Span{c.Start, c.End}) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// cueWordOn reports whether the last word of a negation cue, token i of
// side s, is on the other side in another form ("دون المرضى" against
// "دونا عن المرضى"): both say it.
func (p *pair) cueWordOn(s, i int) bool {
	t := p.toks(s)[i]
	if t.Kind != lang.Word || len([]rune(stripClitic(t.Norm))) < 3 {
		return false
	}
	b := stripClitic(t.Norm)
	for _, u := range p.toks(1 - s) {
		if u.Kind == lang.Word && u.Norm != t.Norm && strings.HasPrefix(stripClitic(u.Norm), b) {
			return true
		}
	}
	return false
}

// sameSourceOn reports whether token i of side s, the last of a hedge
// cue, is a source noun ("ذكرت تقارير") that the other claim opens with
// too, after another verb ("وكشفت تقارير إعلامية"، "اكدت تقارير صحفية"):
// both give the news as what reports say.
func (p *pair) sameSourceOn(s, i int) bool {
	if i < 0 || i >= len(p.toks(s)) {
		return false
	}
	w := stripClitic(p.toks(s)[i].Norm)
	if !sourceNouns[w] {
		return false
	}
	n := 0
	for _, u := range p.toks(1 - s) {
		if u.Kind != lang.Word {
			continue
		}
		if n++; n > sourceReach {
			break
		}
		if stripClitic(u.Norm) == w {
			return true
		}
	}
	return false
}

// seemsOnBoth reports whether hedge cue c of side s is a form of "to
// seem" (تبدو، يبدو) and the other claim has one too (بدت، بدا): the
// perfect and the imperfect of one verb hedge alike.
func (p *pair) seemsOnBoth(s int, c modality.Cue) bool {
	has := func(s int, from, to int) bool {
		for _, t := range p.toks(s) {
			if t.Start >= from && t.End <= to && t.Kind == lang.Word && (seemForms[t.Norm] || seemForms[strings.TrimPrefix(t.Norm, "و")]) {
				return true
			}
		}
		return false
	}
	o := p.c[1-s]
	return has(s, c.Start, c.End) && has(1-s, o.Start, o.End)
}

// seemForms are the folded forms of بدا "to seem".
var seemForms = normSet(`بدا بدت بدى يبدو تبدو يبدوا بدوا تبدوان يبدوان`)

// sourceNouns are the folded plural sources a hedge cue names.
var sourceNouns = normSet(`تقارير مصادر أنباء معلومات`)

// sourceReach is how many opening words sameSourceOn reads.
const sourceReach = 4

// hedgeWords are folded words of possibility the cue reader leaves to
// context (يمكن، ربما; not قد, which before a perfect affirms) that,
// anywhere in a claim, keep it from stating as fact what the other claim
// hedges.
var hedgeWords = normSet(`يمكن يمكنه يمكنها يمكنهم ممكن ربما وربما فربما لعل محتمل المحتمل`)

// hedgeWordOn reports whether side s has one of hedgeWords.
func (p *pair) hedgeWordOn(s int) bool {
	for _, t := range p.toks(s) {
		if hedgeWords[t.Norm] {
			return true
		}
	}
	return false
}

// fusedAnLa reports whether cue c of side s is "لا" after "أن" ("بأن لا
// مكان") and the other side writes the two fused, "ألا" ("ألا مكان"),
// which the cue reader does not take for a negation: both deny.
func (p *pair) fusedAnLa(s int, c modality.Cue) bool {
	toks := p.toks(s)
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= c.Start })
	if i == 0 || i >= len(toks) || toks[i].Norm != "لا" {
		return false
	}
	switch toks[i-1].Norm {
	case "ان", "بان", "وان":
	default:
		return false
	}
	for _, t := range p.toks(1 - s) {
		switch t.Norm {
		case "الا", "بالا", "والا":
			return true
		}
	}
	return false
}
