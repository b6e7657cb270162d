package diff

// This file holds named things: entities of one side the other names differently (places, bodies,
// capitals for countries). The overview of all checks is at the top of compare.go.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// entitiesIn returns c's entity mentions inside sp.
func entitiesIn(c *claim.Claim, sp Span) []claim.EntityRef {
	var out []claim.EntityRef
	for _, e := range c.Entities {
		if e.Start < sp.End && sp.Start < e.End {
			out = append(out, e)
		}
	}
	return out
}

func hasEntity(c *claim.Claim, key string) bool {
	for _, e := range c.Entities {
		if entityKey(e) == key {
			return true
		}
	}
	return false
}

func (p *pair) checkEntities() {
	a, b := p.c[0], p.c[1]
	// Mentions of one entity on both sides are name variants, not wording.
	// Only the words of the mention that the other claim has in some form
	// are marked: one ID over "ملك الأردن" and "ملك السعودية" (a mention
	// read too long) must not hide the country put in the other's place.
	for s, c := range p.c {
		for _, e := range c.Entities {
			if !hasEntity(p.c[1-s], entityKey(e)) {
				continue
			}
			toks := p.toks(s)
			for i := range toks {
				if toks[i].Start >= e.Start && toks[i].End <= e.End && p.variantOn(1-s, i) >= 0 {
					p.used[s][i] = true
				}
			}
		}
	}
	for _, o := range p.ops {
		if o.Kind != Replace || !o.Changed() {
			continue
		}
		xs, ys := entitiesIn(a, o.A), entitiesIn(b, o.B)
		for _, x := range xs {
			for _, y := range ys {
				kx, ky := entityKey(x), entityKey(y)
				// The same slot: one entity of the kind on each side of
				// the change; with more, which replaced which is a guess.
				if kindCount(xs, x.Kind) != 1 || kindCount(ys, y.Kind) != 1 {
					continue
				}
				if x.Kind != y.Kind || kx == ky || hasEntity(b, kx) || hasEntity(a, ky) || sameSpeaker(x.Text, y.Text) || metonyms(x.Text, y.Text) ||
					x.Kind == "outlet" && latinName(x.Text) != latinName(y.Text) {
					continue
				}
				// A name in another's place is a slot in an otherwise
				// common sentence: a mention inside a rewritten clause
				// ("دعم الفريق بنايف هزازي وأحمد" against "دعم الفريق
				// بعدد من اللاعبين") was not put in anyone's place. A
				// headline's few words are all the fact, wherever the
				// name stands.
				if p.bothLong() && (p.slotExtra(0, o.AT, x) > maxSlotExtra || p.slotExtra(1, o.BT, y) > maxSlotExtra) {
					continue
				}
				// Between aligned news sentences, who speaks or acts is
				// the attribution's and the participants' business: two
				// subjects are two statements ("عد الأمير سعود …" against
				// "وعد الأمير سلطان …"), and a subject against someone
				// met or thanked ("عقب اتصال مع أمير قطر" against "وقال
				// روحاني") stand in two slots.
				if p.opts.Aligned && p.bothLong() && (p.subjectOf(0, x) || p.subjectOf(1, y)) {
					continue
				}
				// Between aligned news sentences, two places after other
				// words stand in two slots ("الاتفاق النووي مع طهران"
				// against "أن واشنطن جادة"، "اتفاق بين إيران" against
				// "جولته في الشرق الأوسط").
				if p.opts.Aligned && !p.bothTitles() && x.Kind == "place" && !p.sameWordBefore(x, y) {
					continue
				}
				// A participle of speech read as a name ("وتابع
				// مستطردا" against "وتابع موضحا"), or a role's noun of
				// manner ("الرئيس بصورة مؤقتة"), names no one.
				if x.Kind == "person" && (speechWordsOnly(x.Text) || mannerName(x)) || y.Kind == "person" && (speechWordsOnly(y.Text) || mannerName(y)) {
					continue
				}
				// One name written two ways, a common noun or title read
				// as a name, or a name the other claim has too (in words
				// not read as a mention): explained, not another entity.
				// One role of two countries is two people, whatever
				// else the names say ("الرئيس التونسي" against "الرئيس
				// المصري").
				if p.bothLong() && x.Kind == "role" && y.Kind == "role" && !otherCountry(x.Text, y.Text) {
					// Between news sentences, two descriptions of an
					// unnamed holder ("متحدث هيئة الهلال الأحمر" against
					// "الناطق الإعلامي بفرع هيئة الهلال الأحمر السعودي"):
					// nothing says two people. A headline's role is its
					// fact ("وزير الداخلية" against "وزير الدفاع").
					p.markSpan(0, Span{x.Start, x.End})
					p.markSpan(1, Span{y.Start, y.End})
					continue
				}
				if x.Kind == "role" && otherCountry(x.Text, y.Text) {
					p.add(TypeEntity, 2, fmt.Sprintf("%s %q in A, %q in B", x.Kind, x.Text, y.Text),
						p.ev(0, Span{x.Start, x.End}), p.ev(1, Span{y.Start, y.End}))
					p.markSpan(0, Span{x.Start, x.End})
					p.markSpan(1, Span{y.Start, y.End})
					continue
				}
				// After a named-after head a person's name names the
				// place ("جامعة الملك عبدالعزيز"); a place after one is
				// the place itself ("مدينة روما" against "مدينة باريس").
				// Between news sentences, a role alone against a name
				// ("للرئيس المنفي" against "للرئيس هادي") describes the
				// holder; two titles before the same name ("الناطق باسم
				// مجلس قيادة المقاومة علي الأحمدي" against "المتحدث باسم
				// قيادة المقاومة علي الأحمدي") are one person's.
				if p.bothLong() && (roleOnly(x) || roleOnly(y) || p.sameNameAfter(x, y) || p.sameFamilyAfter(x, y)) ||
					samePerson(x.Text, y.Text) || genericMention(x) || genericMention(y) ||
					x.Kind != "place" && (namedAfterHead(a, x) || namedAfterHead(b, y)) ||
					p.speakerRoles(x, y) || len(nameWords(x.Text)) == 0 || len(nameWords(y.Text)) == 0 ||
					wordsWithin(nameWords(x.Text), p.cc[1].claimWords()) || wordsWithin(nameWords(y.Text), p.cc[0].claimWords()) {
					p.markSpan(0, Span{x.Start, x.End})
					p.markSpan(1, Span{y.Start, y.End})
					continue
				}
				p.add(TypeEntity, 2, fmt.Sprintf("%s %q in A, %q in B", x.Kind, x.Text, y.Text),
					p.ev(0, Span{x.Start, x.End}), p.ev(1, Span{y.Start, y.End}))
				p.markSpan(0, Span{x.Start, x.End})
				p.markSpan(1, Span{y.Start, y.End})
			}
		}
	}
}

// sameNameAfter reports whether mentions x of A and y of B both open with
// a role noun and are followed, within nameReach words, by the same two
// words side by side, neither a role noun, the second no stop word or
// common noun:
// a name both claims give after two ways of titling its bearer ("الناطق
// باسم مجلس قيادة المقاومة الشعبية علي الأحمدي" against "المتحدث باسم
// قيادة المقاومة علي الأحمدي"). Two names before the same words
// ("الجزائر تقطع الإنترنت" against "مصر تقطع الإنترنت") are two names.
func (p *pair) sameNameAfter(x, y claim.EntityRef) bool {
	opensWithRole := func(e claim.EntityRef) bool {
		fs := strings.Fields(lang.Normalize(e.Text))
		return len(fs) > 0 && (isRoleForm(fs[0]) || isRoleForm(stripClitic(fs[0])))
	}
	if !opensWithRole(x) || !opensWithRole(y) {
		return false
	}
	pairs := func(s int, end int) [][2]string {
		toks := p.toks(s)
		j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= end })
		var out [][2]string
		for k := j; k+1 < len(toks) && k+1 < j+nameReach; k++ {
			// The given name may fold to a stop word ("علي" is على).
			if toks[k].Kind == lang.Word && !isRoleForm(toks[k].Norm) && nameWordLike(toks[k+1]) {
				out = append(out, [2]string{toks[k].Norm, toks[k+1].Norm})
			}
		}
		return out
	}
	for _, u := range pairs(0, x.End) {
		for _, v := range pairs(1, y.End) {
			if sameNameWord(u[0], v[0]) && sameNameWord(u[1], v[1]) {
				return true
			}
		}
	}
	return false
}

// sameFamilyAfter reports whether mentions x of A and y of B share a word
// of their names and are followed by the same name word, a family name
// read outside both ("بدر محمد باسلمه" against "وزير النقل اليمني بدر
// باسلمه").
func (p *pair) sameFamilyAfter(x, y claim.EntityRef) bool {
	next := func(s int, end int) (lang.Token, bool) {
		toks := p.toks(s)
		j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= end })
		if j >= len(toks) || !nameWordLike(toks[j]) {
			return lang.Token{}, false
		}
		return toks[j], true
	}
	nx, okx := next(0, x.End)
	ny, oky := next(1, y.End)
	if !okx || !oky || !sameNameWord(nx.Norm, ny.Norm) {
		return false
	}
	for _, u := range nameWords(x.Text) {
		for _, v := range nameWords(y.Text) {
			if !isRoleForm(u) && !genericNouns[u] && sameNameWord(u, v) {
				return true
			}
		}
	}
	return false
}

// nameReach is how many words after a title sameNameAfter looks for a
// name.
const nameReach = 5

// nameWordLike reports whether t may be a word of a name: a word, not a
// stop word, a role noun or a common noun.
func nameWordLike(t lang.Token) bool {
	return t.Kind == lang.Word && !t.Stop && !isRoleForm(t.Norm) && !genericNouns[t.Norm] && !genericNouns[stripClitic(t.Norm)]
}

// latinName reports whether s holds a Latin letter: an outlet named in
// Latin on one side and transliterated on the other ("موقع GSMArena"
// against "موقع جي إس إم آرينا") cannot be told apart by letters, and
// which outlet a claim cites is the attribution check's to compare.
func latinName(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLatinByte(s[i]) {
			return true
		}
	}
	return false
}

// isLatinByte reports whether b is an ASCII letter.
func isLatinByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// maxSlotExtra is the most content words a replaced run may hold beside
// the mention put in another's place.
const maxSlotExtra = 2

// slotExtra counts the content words of side s's tokens r outside mention
// e that the other claim does not have in any form: a headline rewritten
// around the same words is one replaced run, but its words are all
// there.
func (p *pair) slotExtra(s int, r Range, e claim.EntityRef) int {
	n := 0
	for i := r.From; i < r.To; i++ {
		t := p.toks(s)[i]
		if !t.Stop && t.Kind == lang.Word && (t.End <= e.Start || t.Start >= e.End) && !p.formOn(1-s, i) {
			n++
		}
	}
	return n
}

// speakerRoles reports whether x and y are roles given to one speaker, each
// beside the speaker's name: "جيري رايس مدير الاتصالات" against "جيري
// رايس المتحدث باسم الصندوق" describe one man two ways.
func (p *pair) speakerRoles(x, y claim.EntityRef) bool {
	a, b := p.c[0], p.c[1]
	if x.Kind != "role" && x.Name != "" || y.Kind != "role" && y.Name != "" {
		return false
	}
	same := a.Speaker != "" && a.Speaker == b.Speaker || a.SpeakerText != "" && b.SpeakerText != "" && samePerson(a.SpeakerText, b.SpeakerText)
	if !same {
		return false
	}
	near := func(c *claim.Claim, e claim.EntityRef) bool {
		sp := speakerSpan(c)
		return sp.Start < sp.End && e.Start <= sp.End+40 && sp.Start <= e.End+40
	}
	return near(a, x) && near(b, y)
}

// capitals maps a capital's folded name to its country's: news names a
// government by its capital ("موسكو تنتظر زيارة الشرع" = "روسيا تتطلع"),
// so the two in one slot are not different entities.
var capitals = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"موسكو", "روسيا"}, {"دمشق", "سوريا"}, {"واشنطن", "الولايات المتحدة"}, {"واشنطن", "أمريكا"},
		{"بكين", "الصين"}, {"طهران", "إيران"}, {"أنقرة", "تركيا"}, {"الرياض", "السعودية"},
		{"القاهرة", "مصر"}, {"بغداد", "العراق"}, {"بيروت", "لبنان"}, {"عمان", "الأردن"},
		{"الدوحة", "قطر"}, {"أبوظبي", "الإمارات"}, {"الكويت", "الكويت"}, {"مسقط", "عمان"},
		{"المنامة", "البحرين"}, {"صنعاء", "اليمن"}, {"الخرطوم", "السودان"}, {"طرابلس", "ليبيا"},
		{"تونس", "تونس"}, {"الجزائر", "الجزائر"}, {"الرباط", "المغرب"}, {"لندن", "بريطانيا"},
		{"باريس", "فرنسا"}, {"برلين", "ألمانيا"}, {"كييف", "أوكرانيا"}, {"تل أبيب", "إسرائيل"},
		{"Moscow", "Russia"}, {"Damascus", "Syria"}, {"Washington", "United States"}, {"Beijing", "China"},
		{"Tehran", "Iran"}, {"Ankara", "Turkey"}, {"London", "Britain"}, {"Paris", "France"},
	} {
		m[stripClitic(lang.Normalize(p[0]))] = stripClitic(lang.Normalize(p[1]))
	}
	return m
}()

// metonyms reports whether x and y are a capital and its country.
func metonyms(x, y string) bool {
	fx, fy := stripClitic(lang.Normalize(x)), stripClitic(lang.Normalize(y))
	return capitals[fx] != "" && capitals[fx] == fy || capitals[fy] != "" && capitals[fy] == fx
}

// kindCount counts the entities of kind k in es.
func kindCount(es []claim.EntityRef, k string) int {
	n := 0
	for _, e := range es {
		if e.Kind == k {
			n++
		}
	}
	return n
}

// --- wording ----------------------------------------------------------

// isContent reports whether token i of side s is a content word that no
// check has explained.
func (p *pair) isContent(s, i int) bool {
	t := p.toks(s)[i]
	if p.used[s][i] || t.Stop || t.Kind != lang.Word || isCalendar(t.Norm) || isReporting(t.Norm) {
		return false
	}
	for _, e := range p.c[s].Entities {
		if t.Start >= e.Start && t.End <= e.End {
			return false
		}
	}
	return true
}
