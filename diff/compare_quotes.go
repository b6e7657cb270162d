package diff

// This file holds quoted words: the quotes of two claims paired, and their wording drift
// explained. The overview of all checks is at the top of compare.go.

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/numbers"
	"github.com/claimdiff/claimdiff/lang"
)

// markOps marks as explained, on both sides, the changed ops whose side s
// holds sp: the run around a cue ("سيفتح" → "لن يفتح") is the cue's.
func (p *pair) markOps(s int, sp Span) {
	for _, o := range p.ops {
		if osp, _ := side(o, s); o.Changed() && osp.Start <= sp.Start && sp.End <= osp.End {
			p.markSpan(0, o.A)
			p.markSpan(1, o.B)
		}
	}
	p.markSpan(s, sp)
}

// orderEv returns evidence of side s and of the other side in A, B order.
func orderEv(s int, mine, other Evidence) []Evidence {
	if s == 0 {
		return []Evidence{mine, other}
	}
	return []Evidence{other, mine}
}

// --- quote ------------------------------------------------------------

// quoteTokens returns the token range of side s inside span q.
func (p *pair) quoteTokens(s int, q Span) Range {
	toks := p.toks(s)
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= q.Start })
	j := i
	for j < len(toks) && toks[j].End <= q.End {
		j++
	}
	return Range{i, j}
}

// contentStems returns the stems of the content words of toks.
func contentStems(toks []lang.Token) []string {
	var out []string
	for _, t := range toks {
		if !t.Stop && t.Kind == lang.Word {
			out = append(out, t.Stem)
		}
	}
	return out
}

// overlap counts the stems of x found in y.
func overlap(x, y []string) int {
	n := 0
	for _, s := range x {
		for _, t := range y {
			if s == t {
				n++
				break
			}
		}
	}
	return n
}

// maxQuotes is how many quotes of a claim are compared.
const maxQuotes = 8

func (p *pair) checkQuotes() {
	qa, qb := p.cc[0].quoteSpans(), p.cc[1].quoteSpans()
	if len(qa) == 0 && len(qb) == 0 {
		return
	}
	// A claim holds a few quotes; more are noise (a run of stray marks).
	qa, qb = qa[:min(len(qa), maxQuotes)], qb[:min(len(qb), maxQuotes)]
	matched := [2][]bool{make([]bool, len(qa)), make([]bool, len(qb))}
	// Drift needs both quotes shown: a quote carried over from the
	// sentence before has no marks to say where it starts.
	drift := hasQuoteMark(p.c[0].Text) && hasQuoteMark(p.c[1].Text)
	for i, x := range qa {
		if !drift {
			break
		}
		rx := p.quoteTokens(0, x)
		sx := contentStems(p.toks(0)[rx.From:rx.To])
		for j, y := range qb {
			if matched[1][j] {
				continue
			}
			ry := p.quoteTokens(1, y)
			sy := contentStems(p.toks(1)[ry.From:ry.To])
			sh := overlap(sx, sy)
			if sh < 2 || 5*sh < 2*min(len(sx), len(sy)) {
				continue
			}
			matched[0][i], matched[1][j] = true, true
			// A name or a list in quote marks ("سيف يوسف الفلاسي"
			// against "سيف يوسف أحمد الفلاسي") is printed, not said.
			if !p.allName(0, rx) && !p.allName(1, ry) && !p.quotedList(0, rx) && !p.quotedList(1, ry) {
				p.quoteDrift(x, y, rx, ry)
			}
			break
		}
	}
	// Quoted on one side, paraphrased without quote marks on the other.
	// Two speakers each named as the claim opens, neither named in the
	// other claim ("وأوضح الفنان بخيت العامري … أن" against "وأضاف الجاسر
	// "…""), make two statements that say much the same, not one quoted
	// and retold.
	if p.twoOpeningSpeakers() {
		return
	}
	var outside [2][]string // content stems outside quotes, by side
	for s, qs := range [2][]Span{qa, qb} {
		o := 1 - s
		others := [2][]Span{qa, qb}[o]
		if !hasQuoteMark(p.c[s].Text) {
			// A quote opened in an earlier sentence and carried over a
			// claim with no mark of its own: the claim does not show
			// it, and a stray mark before it reads the same.
			continue
		}
		for i, q := range qs {
			if matched[s][i] {
				continue
			}
			r := p.quoteTokens(s, q)
			sq := contentStems(p.toks(s)[r.From:r.To])
			if len(sq) < 2 {
				continue // a lone quoted word is emphasis, not speech
			}
			// A mark that opens a quote never closed in the claim, with
			// no speech before it, is a slip of the keyboard or of the
			// page (دراسة "تومسون رويترز: إلى أنه …، البواسل “سيف يوسف
			// … “برتبه), not the start of a quote the next sentence goes
			// on with, which is introduced as speech.
			if !p.closedQuote(s, q) && !p.speechBefore(s, r.From) && !p.reportingNear(s, r.From) {
				continue
			}
			// A few words in quote marks not introduced as speech are a
			// name or a title: «موسوعة خطب الجمعة»، "عيدكم عيدنا".
			short := len(sq) <= maxTitleWords && !p.speechBefore(s, r.From)
			if short && (p.titleBefore(s, r.From) || p.nameInQuote(s, r) || p.opensWithHead(s, r)) || p.allName(s, r) || p.quotedList(s, r) {
				continue
			}
			// A longer title after its head ("فعاليات "مهرجان أملج
			// التراثي البحري الثاني""، "بطولة الأمانة «كسر حاجز الزمن
			// للسيارات والدراجات النارية»"), and a quoted address or
			// name in Latin letters, are printed, not said.
			if len(sq) <= maxLongTitleWords && !p.speechBefore(s, r.From) && p.titleBefore(s, r.From) || !arabicIn(p.toks(s)[r.From:r.To]) {
				continue
			}
			if outside[o] == nil {
				outside[o] = []string{}
				// Parentheses mark a title as quote marks do:
				// (موسوعة خطب الجمعة) against «موسوعة خطب الجمعة»; a
				// colon after a speech verb marks direct speech
				// ("وأضافت: تم …").
				parens := append(parenSpans(p.c[o]), p.directSpeech(o)...)
				for _, t := range p.toks(o) {
					if !t.Stop && t.Kind == lang.Word && !inAny(others, t) && !inAny(parens, t) {
						outside[o] = append(outside[o], t.Stem)
					}
				}
			}
			// Most of a long quote, or one of the two words of a short one
			// ("منعطف “حاسم وتاريخي”" against "بمنعطف حاد وتاريخي").
			sh := overlap(sq, outside[o])
			// The other claim is the quoted words themselves in the
			// speaker's own voice, printed without marks and with nothing
			// of its own: a line of an interview's transcript ("سنصد
			// التحركات التي تدعمها في دول أخرى" against «وسنصد التحركات
			// التي تدعمها (إيران) في دول أخرى»). One text, not a
			// retelling. (The same words in the third person are the
			// narrator's: an outlet that prints a statement as its own
			// report still drops whose words they are.)
			if p.quotedText(s, r, outside[o]) && p.firstPersonVoice(o) {
				continue
			}
			// A few words not introduced as speech, given in the same
			// words (spelling variants allowed) unmarked, are a phrase or
			// a name either way: "ستاندارد آند بورز".
			if short && (sh == len(sq) || p.sameWordsOutside(s, r, o, others)) {
				continue
			}
			// Nearly the same words on a side that holds quote marks
			// of its own, paired too loosely to read ("إن" قوات …"."):
			// both quote.
			if 5*sh >= 4*len(sq) && strings.Count(p.c[o].Text, "\"")+strings.Count(p.c[o].Text, "«")+strings.Count(p.c[o].Text, "“") >= 2 {
				continue
			}
			// Names and places shared by two statements about one
			// happening ("صندوق أوبك للتنمية"، "فيينا") are no sign that
			// one paraphrases the other: the quote's other words must be
			// shared as much.
			if len(sq) > 2 {
				if sn := p.unnamedStems(s, r); len(sn) >= 3 && 5*overlap(sn, outside[o]) < 3*len(sn) {
					continue
				}
			}
			if len(sq) == 2 && sh >= 1 && p.replacedInQuote(s, r) && p.sameHead(s, r) || sh >= 3 && 5*sh >= 3*len(sq) {
				// The same words without the marks matter less than a
				// paraphrase that changes some of them.
				// Nearly the same words given as reported speech ("وقال
				// نتنياهو إن «…»" against "وقال نتنياهو إن …", a word
				// inflected or swapped for its synonym), or reported
				// speech all of whose words are in the quote (one outlet
				// reports the first half of it), tell one statement one
				// way: only the marks differ.
				if rc := p.reportedContent(o); (5*sh >= 4*len(sq) || len(rc) >= 4 && 2*len(rc) >= len(sq) && 5*overlap(rc, sq) >= 4*len(rc)) && p.reportedSpeech(o) {
					continue
				}
				sev, how := 2, "in other words"
				if sh == len(sq) {
					// A quote opened in the sentence before, against the
					// same words with no marks: the other claim may be
					// inside that quote too, its mark left before it.
					if p.opensClaim(s, q) {
						continue
					}
					sev, how = 1, "in the same words"
				}
				p.add(TypeQuote, sev, fmt.Sprintf("quoted in %s, given without quote marks %s in %s", "AB"[s:s+1], how, "AB"[o:o+1]),
					orderEv(s, p.ev(s, q), p.ev(o, Span{}))...)
			}
		}
	}
}

// twoOpeningSpeakers reports whether each claim opens by naming who
// speaks (openingSpeaker) and neither names the other's speaker anywhere.
func (p *pair) twoOpeningSpeakers() bool {
	sa, sb := p.openingSpeaker(0), p.openingSpeaker(1)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	return !anyWordWithin(sa, p.cc[1].claimWords()) && !anyWordWithin(sb, p.cc[0].claimWords())
}

// anyWordWithin reports whether a word of x is a form of a word of y
// (sameNameWord).
func anyWordWithin(x, y []string) bool {
	for _, w := range x {
		for _, v := range y {
			if sameNameWord(w, v) {
				return true
			}
		}
	}
	return false
}

// openingSpeaker returns the name words of whom side s quotes as it
// opens: the words after a reporting verb among its first two words, up
// to a complementiser, a quote mark, a colon or a comma (maxSpeakerWords
// at most), titles, role words, common nouns and function words left out:
// "وأوضح الفنان بخيت العامري رئيس لجنة المسرح، أن" gives its name and the
// words of its committee. Nil when the claim does not open so, or names
// no one there ("وأضاف: …"، "وقال المتحدث الرسمي إن").
func (p *pair) openingSpeaker(s int) []string {
	toks := p.toks(s)
	c := p.c[s]
	v := -1
	for i := 0; i < min(2, len(toks)); i++ {
		if toks[i].Kind == lang.Word && isReporting(toks[i].Norm) {
			v = i
			break
		}
	}
	if v < 0 {
		return nil
	}
	var out []string
	for i := v + 1; i < len(toks) && i <= v+maxSpeakerWords; i++ {
		t := toks[i]
		gap := c.Text[toks[i-1].End-c.Start : t.Start-c.Start]
		if strings.ContainsAny(gap, ":،,\"«“") || t.Kind != lang.Word || complementisers[t.Norm] {
			break
		}
		w := t.Norm
		if t.Stop || honorifics[w] || nameParticles[w] || genericNouns[w] || genericNouns[stripClitic(w)] || isRoleForm(w) || isRoleForm(stripClitic(w)) || isReporting(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// maxSpeakerWords is how many words after its reporting verb
// openingSpeaker reads.
const maxSpeakerWords = 8

// quotedText reports whether own, the content stems of the other claim
// outside its quote marks and parentheses, are side s's quote tokens r and
// no more: each holds nearly all (four fifths) of the other's. Words the
// editor put in parentheses inside the quote ("تدعمها (إيران)"، "ندعو
// (الإيرانيين)") are not the speaker's and are left out.
func (p *pair) quotedText(s int, r Range, own []string) bool {
	parens := parenSpans(p.c[s])
	var sq []string
	for _, t := range p.toks(s)[r.From:r.To] {
		if !t.Stop && t.Kind == lang.Word && !inAny(parens, t) {
			sq = append(sq, t.Stem)
		}
	}
	if len(sq) < minQuotedText || len(own) == 0 {
		return false
	}
	return 5*overlapPrefix(sq, own) >= 4*len(sq) && 5*overlapPrefix(own, sq) >= 4*len(own)
}

// overlapPrefix counts the stems of x found in y, a stem of three letters
// or more also matching one it opens ("ندعو" and "ندع" of "ندعوهم").
func overlapPrefix(x, y []string) int {
	n := 0
	for _, s := range x {
		for _, t := range y {
			if s == t || utf8.RuneCountInString(s) >= 3 && utf8.RuneCountInString(t) >= 3 && (strings.HasPrefix(s, t) || strings.HasPrefix(t, s)) {
				n++
				break
			}
		}
	}
	return n
}

// firstPersonVoice reports whether side s speaks in the first person, as
// a speaker does and a narrator does not: a free first-person pronoun
// (firstPerson), a first-person plural verb after a negation ("لا نعتقد"،
// "لن نقبل"), or one after the future prefix ("سنصد"، "وسنعمل").
func (p *pair) firstPersonVoice(s int) bool {
	toks := p.toks(s)
	for i, t := range toks {
		if t.Kind != lang.Word {
			continue
		}
		if firstPerson[t.Norm] {
			return true
		}
		if i > 0 && negationParticles[toks[i-1].Norm] && strings.HasPrefix(t.Norm, "ن") && utf8.RuneCountInString(t.Norm) >= 4 {
			return true
		}
		w := strings.TrimPrefix(t.Norm, "و")
		if strings.HasPrefix(w, "سن") && utf8.RuneCountInString(w) >= 4 && !nounsWithSin(w) {
			return true
		}
	}
	return false
}

// nounsWithSin reports whether folded word w, opening with "سن", is a
// noun rather than a verb with the future prefix: the year and its
// derivations (سنة، سنوات، سنتين، سنوي), bonds (سندات).
func nounsWithSin(w string) bool {
	for _, p := range []string{"سنوات", "سنوي", "سنة", "سنه", "سنت", "سند"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// negationParticles are the particles that negate a verb, folded.
var negationParticles = normSet(`لا لن لم ولا ولن ولم فلا فلن فلم`)

// minQuotedText is how many content words a quote needs before
// quotedText reads the other claim as its text.
const minQuotedText = 2

// reportedSpeech reports whether side s gives its words as someone's
// speech: it has a speaker (named, unnamed or carried from the sentence
// before), a reporting verb, or a first-person pronoun ("أنا أندد"،
// "لدينا سبب آخر") that only a speaker's own words have.
func (p *pair) reportedSpeech(s int) bool {
	c := p.c[s]
	if c.Speaker != "" || c.SpeakerText != "" || c.Anonymous {
		return true
	}
	for i, t := range p.toks(s) {
		if isReporting(t.Norm) || firstPerson[t.Norm] || speechForms[t.Norm] || speechForms[stripClitic(t.Norm)] {
			return true
		}
		// A content clause among the first words ("الزياني على أن
		// دول المجلس …"): the verb that introduced it was left in the
		// sentence before. (An إنّ opening the sentence is emphasis.)
		if i > 0 && i < 4 && complementisers[t.Norm] {
			return true
		}
	}
	return false
}

// speechForms are forms of speech verbs the reporting list leaves out.
var speechForms = normSet(`أفاد أفادت يفيد تفيد أوضحت بينت أعلنت كشفت لفتت أبان أبانت نوه نوهت يقولون قالوا
	أكدوا أشاروا أضافوا ذكروا أعلنوا يرى ترى يرون يعتقد تعتقد`)

// complementisers open a reported clause.
var complementisers = normSet(`أن إن بأن أنه إنه بأنه أنها إنها بأنها`)

// reportedContent returns the content stems of side s after its first
// complementiser (all of them when it has none): what the claim reports,
// without who reports it and where.
func (p *pair) reportedContent(s int) []string {
	toks := p.toks(s)
	for i, t := range toks {
		if complementisers[t.Norm] {
			return contentStems(toks[i+1:])
		}
	}
	return contentStems(toks)
}

// firstPerson are free first-person pronouns and the prepositions and
// particles that carry them, folded: the narrator of a news report does
// not use them.
var firstPerson = normSet(`أنا انا نحن إننا اننا أننا إنني انني أنني لدينا لدي عندنا عندي لنا لي بنا`)

// replacedInQuote reports whether a content word of side s's quote tokens
// r lies in a replacement of the word diff: a two-word quote told with one
// word changed ("“حاسم وتاريخي”" against "حاد وتاريخي"), not one whose
// other word the other claim leaves out ("«فيديو التحرش»" against
// "التحرش").
func (p *pair) replacedInQuote(s int, r Range) bool {
	for _, o := range p.ops {
		if o.Kind != Replace {
			continue
		}
		_, or := side(o, s)
		for i := max(r.From, or.From); i < min(r.To, or.To); i++ {
			if t := p.toks(s)[i]; !t.Stop && t.Kind == lang.Word {
				return true
			}
		}
	}
	return false
}

// sameHead reports whether the word before side s's short quote r has a
// form just before the other side's wording of it: "بمنعطف “حاسم
// وتاريخي”" against "بمنعطف حاد وتاريخي" reword the quote in the same
// place, while "حرس الحدود في تبوك «قطاع ضباء»" against "التابع لمحافظة
// ضباء" share a name, not a phrase.
func (p *pair) sameHead(s int, r Range) bool {
	if r.From == 0 {
		return false
	}
	head := p.toks(s)[r.From-1]
	o := 1 - s
	ot := p.toks(o)
	for i := r.From; i < r.To; i++ {
		for k, u := range ot {
			if !sameForm(p.toks(s)[i], u) {
				continue
			}
			// The other side's words for the quote start at most a
			// word before k; the head stands right before them.
			for h := max(0, k-3); h < k; h++ {
				if sameForm(head, ot[h]) {
					return true
				}
			}
		}
	}
	return false
}

// sameForm reports whether two tokens are one word up to clitics and
// inflection.
func sameForm(x, y lang.Token) bool {
	return x.Kind == lang.Word && y.Kind == lang.Word && (x.Norm == y.Norm || x.Stem != "" && x.Stem == y.Stem)
}

// hasQuoteMark reports whether s holds a quote mark.
func hasQuoteMark(s string) bool {
	return strings.ContainsAny(s, "\"“”«»„")
}

// maxTitleWords is the most content words a quoted name or title is
// taken to have when nothing introduces it as speech.
const maxTitleWords = 4

// closedQuote reports whether quote q of side s ends at a quote mark (not
// at the end of the claim, left open).
func (p *pair) closedQuote(s int, q Span) bool {
	c := p.c[s]
	end := c.Start + len(c.Text)
	return hasQuoteMark(text(c, Span{q.End, min(q.End+8, end)}))
}

// reportingNear reports whether a reporting verb stands among the four
// tokens before token i of side s ("وقال سميردون “هذه أول سفينة …").
func (p *pair) reportingNear(s, i int) bool {
	toks := p.toks(s)
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if isReporting(toks[k].Norm) {
			return true
		}
	}
	return false
}

// speechBefore reports whether the quote starting at token i of side s is
// introduced as speech: a colon right before it, or a complementiser (إن،
// أن) right after a reporting verb ("وقال إن «…»"). A short quote right
// after the verb is its subject ("وقال "كريس فيليرز"").
func (p *pair) speechBefore(s, i int) bool {
	toks := p.toks(s)
	c := p.c[s]
	if i <= 0 || i > len(toks) {
		return false
	}
	end := c.Start + len(c.Text)
	if i < len(toks) {
		end = toks[i].Start
	}
	if strings.ContainsAny(text(c, Span{toks[i-1].End, end}), ":：") {
		return true
	}
	if n := toks[i-1].Norm; (n == "ان" || n == "وان" || n == "بان") && i >= 2 {
		for k := i - 2; k >= 0 && k >= i-3; k-- {
			if isReporting(toks[k].Norm) {
				return true
			}
		}
	}
	return false
}

// allName reports whether every content word of side s's tokens r lies in
// a mention of a person, place, organisation or outlet: a name in quote
// marks ("الملك الراحل "فيصل بن عبد العزيز آل سعود"") however long.
func (p *pair) allName(s int, r Range) bool {
	n := 0
	for i := r.From; i < r.To; i++ {
		t := p.toks(s)[i]
		if t.Stop || t.Kind != lang.Word || i > r.From && nameParticles[p.toks(s)[i-1].Norm] {
			continue
		}
		if !p.inMention(s, t) {
			return false
		}
		n++
	}
	return n > 0
}

// unnamedStems returns the stems of the content words of side s's tokens r
// that lie in no entity mention.
func (p *pair) unnamedStems(s int, r Range) []string {
	var out []string
	for i := r.From; i < r.To; i++ {
		t := p.toks(s)[i]
		if t.Stop || t.Kind != lang.Word {
			continue
		}
		if !p.inMention(s, t) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// interchangeableSets are sets of words any of which a writer or
// translator puts for another with no change of sense: approximators
// ("نحو 50 ألف" / "حوالي 50 ألف"), quantifiers of many ("لسنوات كثيرة" /
// "لسنوات عديدة"), the forms of ما زال ("ما زلت" / "لازلت"), and ما with
// a preposition ("ما أدى" / "مما أدى").
var interchangeableSets = []map[string]bool{
	normSet(`نحو حوالي حوالى قرابة زهاء تقريبا ما يقارب يقارب`),
	normSet(`كثير كثيرة كثيرا كثيرون كثيرين الكثير عديد عديدة عديدا العديد`),
	normSet(`ما لا زال زلت زالت زلنا يزال تزال نزال لازال لازلت لازالت مازال مازلت مازالت`),
	normSet(`ما مما بما فيما لما`),
	// How a clock time is introduced and closed: "في تمام الساعة 7:43
	// دقيقة" / "عند الساعة 7:43 م".
	normSet(`في تمام عند دقيقة م ص`),
}

// interchangeable reports whether two runs of words are made only of words
// of one of interchangeableSets, or are one word with and without the
// nūn that guards a first-person ي ("فإنني" / "فإني"، "لكنني" / "لكني").
func interchangeable(x, y []lang.Token) bool {
	if len(x) == 1 && len(y) == 1 && (guardedNun(x[0].Norm, y[0].Norm) || guardedNun(y[0].Norm, x[0].Norm)) {
		return true
	}
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	for _, set := range interchangeableSets {
		if onlyIn(x, set) && onlyIn(y, set) {
			return true
		}
	}
	return false
}

// guardedNun reports whether long is short with the guarding nūn before a
// final first-person ي: "انني" for "اني".
func guardedNun(long, short string) bool {
	return strings.HasSuffix(long, "ني") && strings.HasSuffix(short, "ي") && len(long) > len("ني") &&
		long[:len(long)-len("ني")]+"ي" == short && strings.HasSuffix(long[:len(long)-len("ني")], "ن")
}

// onlyIn reports whether every word of toks is in set (folded, or with its
// clitics stripped); an empty run counts as in.
func onlyIn(toks []lang.Token, set map[string]bool) bool {
	for _, t := range toks {
		if t.Kind == lang.Word && !set[t.Norm] && !set[stripClitic(t.Norm)] {
			return false
		}
	}
	return true
}

// bracketed reports whether every token of toks (side s) lies inside round
// brackets of its claim; an empty run counts as bracketed.
func (p *pair) bracketed(s int, toks []lang.Token) bool {
	if len(toks) == 0 {
		return true
	}
	ps := parenSpans(p.c[s])
	for _, t := range toks {
		in := false
		for _, b := range ps {
			if t.Start >= b.Start && t.End <= b.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// cutOff reports whether side s's quote q runs to the end of its claim
// with no closing mark: the claim holds only the start of it.
func (p *pair) cutOff(s int, q Span) bool {
	c := p.c[s]
	end := c.Start + len(c.Text)
	return q.End <= end && !hasQuoteMark(text(c, Span{q.End, end}))
}

// within reports whether every content word of x has a form among ys.
func within(x, ys []lang.Token) bool {
	n := 0
	for _, t := range x {
		if t.Stop || t.Kind != lang.Word {
			continue
		}
		n++
		found := false
		for _, u := range ys {
			if sameWord(t, u) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return n > 0
}

// edgeOfRun reports whether x, function words only, is where y ends (atEnd)
// or starts, up to clitics: "تم" ends "… لجزيرة الحدود وتم".
func edgeOfRun(x, y []lang.Token, atEnd bool) bool {
	if len(x) == 0 || len(y) <= len(x) || len(contentStems(x)) > 0 {
		return false
	}
	off := 0
	if atEnd {
		off = len(y) - len(x)
	}
	for i := range x {
		if x[i].Norm != y[off+i].Norm && x[i].Norm != stripClitic(y[off+i].Norm) {
			return false
		}
	}
	return true
}

// placeHeads are nouns a place's own name opens with ("بيت نصيف"، "قاعة
// رؤى الفن").
var placeHeads = normSet(`بيت قصر دار فندق مطعم مقهى قاعة صالة مسرح متحف سوق حديقة منتزه برج قرية`)

// opensWithHead reports whether side s's quote tokens r open with a
// title, institution or place head noun: «بيت نصيف»، «مهرجان الساحل»
// name something; nobody says them.
func (p *pair) opensWithHead(s int, r Range) bool {
	for i := r.From; i < r.To; i++ {
		t := p.toks(s)[i]
		if t.Stop || t.Kind != lang.Word {
			continue
		}
		w := stripClitic(t.Norm)
		return placeHeads[t.Norm] || placeHeads[w] || titleHeads[t.Norm] || titleHeads[w] || namedAfter[t.Norm] || namedAfter[w]
	}
	return false
}

// maxLongTitleWords is the most content words a quote after a title head
// ("فعاليات «…»") may have and still be read as the title.
const maxLongTitleWords = 8

// arabicIn reports whether one of toks is an Arabic word.
func arabicIn(toks []lang.Token) bool {
	for _, t := range toks {
		if t.Kind != lang.Word {
			continue
		}
		for _, r := range t.Norm {
			if r >= 0x0600 && r <= 0x06FF {
				return true
			}
		}
	}
	return false
}

// honorificRun reports whether the content words of toks are all titles
// and forms of address ("الأستاذ"، "الدكتور"): a quote that names someone
// with or without them says the same.
func honorificRun(toks []lang.Token) bool {
	n := 0
	for _, t := range toks {
		if t.Stop || t.Kind != lang.Word {
			continue
		}
		if !honorifics[t.Norm] && !honorifics[stripClitic(t.Norm)] {
			return false
		}
		n++
	}
	return n > 0
}

// hasNumber reports whether one of toks is a number.
func hasNumber(toks []lang.Token) bool {
	for _, t := range toks {
		if t.Kind == lang.Number {
			return true
		}
	}
	return false
}

// maxListItemWords is the most words an item of a quoted list has.
const maxListItemWords = 3

// quotedList reports whether side s's quote tokens r are a list of short
// items (two or more, of at most maxListItemWords words, parted by commas):
// the names of players or places in quote marks («ياسر القحطاني ، نواف
// العابد ، عبدالمجيد السواط»), not words someone said.
func (p *pair) quotedList(s int, r Range) bool {
	toks := p.toks(s)
	items, words := 1, 0
	for i := r.From; i < r.To; i++ {
		t := toks[i]
		if t.Kind == lang.Word || t.Kind == lang.Number {
			words++
			if words > maxListItemWords {
				return false
			}
		}
		if i+1 < r.To && strings.ContainsAny(text(p.c[s], Span{t.End, toks[i+1].Start}), ",،") {
			items++
			words = 0
		}
	}
	return items >= 2
}

// nameInQuote reports whether a token of side s in r lies in a mention of
// a place, organisation, outlet or person: a short quote holding one is a
// name ("«فجر ليبيا»"، "تعليم الخرج").
func (p *pair) nameInQuote(s int, r Range) bool {
	for i := r.From; i < r.To; i++ {
		t := p.toks(s)[i]
		for _, e := range p.c[s].Entities {
			if t.Start >= e.Start && t.End <= e.End {
				return true
			}
		}
	}
	return false
}

// titleHeads are nouns a quoted name or title follows: فعاليات «…»،
// موسوعة «…»، بعنوان «…»، درجة «…».
var titleHeads = normSet(`فعاليات فعالية مهرجان برنامج مبادرة حملة مشروع موسوعة كتاب رواية فيلم مسلسل
	عنوان بعنوان تحت شعار وسم هاشتاق هاشتاغ صحيفة مجلة قناة شبكة وكالة موقع شركة مؤسسة جمعية
	مركز تطبيق منصة عملية عمليتي مؤتمر منتدى ملتقى معرض جائزة مسابقة بطولة درجة وثيقة نظام
	تنظيم جماعة حزب حركة ائتلاف جبهة لواء كتيبة نادي فريق مجموعة طائرة طائرات مسمى اسم باسم
	قصيدة أغنية ألبوم مسرحية برنامجه كتابه مقاله مقال زاوية عمود ندوة محاضرة دورة ورشة جلسة خطة
	استراتيجية رؤية مناورات مناورة تمرين درع سيارة منتج ماركة لعبة`)

// titleBefore reports whether the quote starting at token i of side s
// follows a title head, or another quote it is listed with ("«عاصفة
// الحزم» و«إعادة الأمل»").
func (p *pair) titleBefore(s, i int) bool {
	toks := p.toks(s)
	if i <= 0 || i > len(toks) {
		return false
	}
	k := i - 1
	if w := toks[k].Norm; (w == "و" || w == "او") && k > 0 {
		k--
	}
	w := toks[k].Norm
	if titleHeads[w] || titleHeads[stripClitic(w)] {
		return true
	}
	// The head with the word that names its owner between it and the
	// title: "بطولة الأمانة «…»"، "مهرجان جدة «…»".
	if k > 0 && strings.HasPrefix(w, "ال") && !isReporting(w) {
		if h := toks[k-1].Norm; titleHeads[h] || titleHeads[stripClitic(h)] {
			return true
		}
	}
	// The previous quote ends right before: a list of names.
	c := p.c[s]
	gap := text(c, Span{toks[k].End, toks[min(i, len(toks)-1)].Start})
	return strings.ContainsAny(gap, "»”\"") && strings.ContainsAny(text(c, Span{toks[i-1].End, toks[min(i, len(toks)-1)].Start}), "«“\"")
}

// directSpeechReach is how many words after a speech verb its colon may
// stand.
const directSpeechReach = 20

// directSpeech returns the span after a colon that follows a speech verb
// anywhere in side s ("وأضافت: …"، "وقال الوزير: …"), or
// none.
func (p *pair) directSpeech(s int) []Span {
	toks := p.toks(s)
	c := p.c[s]
	for i := 0; i < len(toks); i++ {
		if !isReporting(toks[i].Norm) {
			continue
		}
		// The colon may follow a long description of where the speaker
		// spoke ("وقال اردوغان خلال زيارة إلى الشطر الشمالي من قبرص
		// الذي تحتله تركيا منذ 1974: …").
		for k := i; k < len(toks) && k < i+directSpeechReach; k++ {
			end := c.Start + len(c.Text)
			if k+1 < len(toks) {
				end = toks[k+1].Start
			}
			if strings.ContainsAny(text(c, Span{toks[k].End, end}), ":：") {
				return []Span{{end, c.Start + len(c.Text)}}
			}
		}
		// A later verb may introduce the speech: "طمأن مدير الكرة … على
		// سلامة البعثة وقال: …".
	}
	return nil
}

// parenSpans returns the spans inside round brackets of c (document
// offsets).
func parenSpans(c *claim.Claim) []Span {
	var out []Span
	open := -1
	for i, r := range c.Text {
		switch r {
		case '(':
			open = i + 1
		case ')':
			if open >= 0 {
				out = append(out, Span{c.Start + open, c.Start + i})
				open = -1
			}
		}
	}
	return out
}

// sameWordsOutside reports whether every content word of side s's tokens
// r has a form among side o's words outside quote marks (others).
func (p *pair) sameWordsOutside(s int, r Range, o int, others []Span) bool {
	for i := r.From; i < r.To; i++ {
		t := p.toks(s)[i]
		if t.Stop || t.Kind != lang.Word {
			continue
		}
		found := false
		for j, u := range p.toks(o) {
			if !u.Stop && u.Kind == lang.Word && !inAny(others, u) && p.related(s, i, j) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func inAny(spans []Span, t lang.Token) bool {
	for _, q := range spans {
		if t.Start >= q.Start && t.End <= q.End {
			return true
		}
	}
	return false
}

// quoteDrift diffs two quotes of the same words and reports changed
// content words.
func (p *pair) quoteDrift(qa, qb Span, ra, rb Range) {
	ta, tb := p.toks(0)[ra.From:ra.To], p.toks(1)[rb.From:rb.To]
	ops := Tokens(ta, tb)
	var changes []string
	var evs []Evidence
	var haveA, haveB bool
	// Two quotes that share a few words but mostly differ are two
	// statements, not one reworded.
	same, diff := 0, 0
	for _, o := range ops {
		n := len(contentStems(ta[o.AT.From:o.AT.To])) + len(contentStems(tb[o.BT.From:o.BT.To]))
		if o.Kind == Equal || o.Soft {
			same += n
		} else {
			diff += n
		}
	}
	if diff > 2*same {
		return
	}
	for k, o := range ops {
		if o.Kind == Equal || o.Soft || o.Moved {
			continue
		}
		// Only calendar words changed ("صباح اليوم الأربعاء المقبل"
		// against "صباح الأربعاء"): the date check's business.
		if onlyCalendar(ta[o.AT.From:o.AT.To]) && onlyCalendar(tb[o.BT.From:o.BT.To]) {
			continue
		}
		// Words one quote has before or after all of the other's: one
		// outlet quoted more of the statement, or a claim holds only
		// part of it (a quote run over two sentences).
		if (k == 0 || k == len(ops)-1) && (o.Kind == Insert || o.Kind == Delete) {
			continue
		}
		// At the end, a quote the claim cuts off (no closing mark: the
		// sentence split inside it) says nothing of how it ended.
		if k == len(ops)-1 && (p.cutOff(0, qa) || p.cutOff(1, qb)) {
			continue
		}
		// At the start, a quote that opens with its claim (its mark was
		// in the sentence before, or the claim has only the closing
		// one) says nothing of where the statement began.
		if k == 0 && (p.opensClaim(0, qa) || p.opensClaim(1, qb)) {
			continue
		}
		// At an edge, one side's words all among the other's: one
		// outlet began or ended the quote a few words further
		// ("هذا التصريح … يمثل استفزازاً وتدخلاً" → "تدخلاً").
		// A side of function words that the other side's run ends (at
		// the start) or opens with (at the end) is the same case: "تم"
		// against "إنه في مساء يوم الاثنين … وتم".
		if (k == 0 || k == len(ops)-1) && o.Kind == Replace && (p.subsetRun(ta[o.AT.From:o.AT.To], tb[o.BT.From:o.BT.To]) ||
			edgeOfRun(ta[o.AT.From:o.AT.To], tb[o.BT.From:o.BT.To], k == 0) || edgeOfRun(tb[o.BT.From:o.BT.To], ta[o.AT.From:o.AT.To], k == 0)) {
			continue
		}
		// The same letters split or joined ("أو التمييز → أوالتمييز"),
		// or one number in digits and words ("3 → ثلاثة").
		if o.Kind == Replace && (joined(ta[o.AT.From:o.AT.To]) == joined(tb[o.BT.From:o.BT.To]) ||
			sameNumber(text(p.c[0], o.A), text(p.c[1], o.B))) {
			continue
		}
		// A word for a spelling of itself: "الاميركيون → الامريكيون".
		if o.Kind == Replace && o.AT.To-o.AT.From == o.BT.To-o.BT.From {
			variant := true
			for i := 0; i < o.AT.To-o.AT.From; i++ {
				if !sameWord(ta[o.AT.From+i], tb[o.BT.From+i]) {
					variant = false
					break
				}
			}
			if variant {
				continue
			}
		}
		x, y := ta[o.AT.From:o.AT.To], tb[o.BT.From:o.BT.To]
		if len(contentStems(x)) == 0 && len(contentStems(y)) == 0 {
			continue
		}
		// Words in brackets inside a quote are the editor's gloss, not
		// the speaker's ("ضد المسؤولين (عن الهجوم)"، "(1:30 ت غ)"); an
		// approximator for another ("نحو 50 ألف" against "حوالي 50
		// ألف") or a relative for its form with a preposition ("ما أدى"
		// against "مما أدى") say the same.
		if (o.Kind == Insert || o.Kind == Delete) && (p.bracketed(0, x) && p.bracketed(1, y)) || interchangeable(x, y) {
			continue
		}
		// Words one quote has here and the other elsewhere: a list told
		// in another order ("جرائم ضد الانسانية وجرائم حرب" against
		// "جرائم حرب … وجرائم ضد الانسانية").
		if o.Kind == Insert && len(contentStems(y)) >= 2 && within(y, ta) || o.Kind == Delete && len(contentStems(x)) >= 2 && within(x, tb) {
			continue
		}
		// A title of address put on or left off ("يقف على رأسها
		// الأستاذ أحمد المقيرن"), or figures on both sides ("في الساعة
		// 6:00 صباح اليوم (1:30 ت غ)" against "في الساعة السادسة صباحا
		// (1.30 توقيت غرينتش)"): how a name or a figure is printed, which
		// the number check compares by value.
		if honorificRun(x) && len(contentStems(y)) == 0 || honorificRun(y) && len(contentStems(x)) == 0 ||
			honorificRun(x) && honorificRun(y) || hasNumber(x) && hasNumber(y) {
			continue
		}
		// The same words with other clitics or inflection, a
		// preposition put on or taken off ("في ضلوعهم → بضلوعهم"،
		// "تم → تمت").
		if o.Kind == Replace && wordsMatch(x, y) && wordsMatch(y, x) {
			continue
		}
		changes = append(changes, changeText(p.c[0], p.c[1], o))
		if o.A.Start < o.A.End {
			evs = append(evs, p.ev(0, o.A))
			p.markSpan(0, o.A)
			haveA = true
		}
		if o.B.Start < o.B.End {
			evs = append(evs, p.ev(1, o.B))
			p.markSpan(1, o.B)
			haveB = true
		}
	}
	if len(changes) == 0 {
		return
	}
	if !haveA {
		evs = append([]Evidence{p.ev(0, qa)}, evs...)
	}
	if !haveB {
		evs = append(evs, p.ev(1, qb))
	}
	p.add(TypeQuote, 2, "the same quote in other words: "+strings.Join(changes, ", "), evs...)
}

// opensClaim reports whether quote q of side s starts at the claim's
// first word: no opening mark of its own.
func (p *pair) opensClaim(s int, q Span) bool {
	toks := p.toks(s)
	return len(toks) > 0 && q.Start <= toks[0].Start
}

// wordsMatch reports whether every content word of x is a form or
// spelling of some word of y.
func wordsMatch(x, y []lang.Token) bool {
	for _, a := range x {
		if a.Stop || a.Kind != lang.Word {
			continue
		}
		found := false
		for _, b := range y {
			if b.Kind == lang.Word && (sameWord(a, b) || strings.HasPrefix(b.Norm, a.Norm) && len(b.Norm)-len(a.Norm) <= 2 ||
				strings.HasPrefix(a.Norm, b.Norm) && len(a.Norm)-len(b.Norm) <= 2 && len(b.Norm) >= 4) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// subsetRun reports whether the content words of one run all have a form
// in the other.
func (p *pair) subsetRun(x, y []lang.Token) bool {
	return within(x, y) || within(y, x)
}

// joined returns the folded forms of toks written together.
func joined(toks []lang.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Norm)
	}
	return b.String()
}

// sameNumber reports whether two texts are each one number, of one value.
func sameNumber(x, y string) bool {
	nx, ny := numbers.Find(x), numbers.Find(y)
	return len(nx) == 1 && len(ny) == 1 && nx[0].Value == ny[0].Value
}

// onlyCalendar reports whether toks hold no content word but calendar
// words.
func onlyCalendar(toks []lang.Token) bool {
	for _, t := range toks {
		if !t.Stop && t.Kind == lang.Word && !isCalendar(t.Norm) {
			return false
		}
	}
	return true
}

// changeText describes an op in the claims' own words: "كبيرة → عديدة",
// "-المباشر", "+حسن", "~قوية وموحدة".
func changeText(a, b *claim.Claim, o Op) string {
	x, y := text(a, o.A), text(b, o.B)
	var s string
	switch o.Kind {
	case Delete:
		s = "-" + x
	case Insert:
		s = "+" + y
	default:
		s = x + " → " + y
	}
	if o.Moved {
		s = "~" + s
	}
	return quote(s)
}

// quote is strconv.Quote with a fast path for text that needs no escapes
// (strconv.Quote checks every Arabic rune for printability).
func quote(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == '"' || c == '\\' || c == 0x7f {
			return strconv.Quote(s)
		}
	}
	if !utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	return `"` + s + `"`
}

// --- modality ---------------------------------------------------------
