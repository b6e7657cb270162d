package diff

// Opposites, refusals and substitutions
//
// Three checks read the words two claims do not share against lexicons:
//
//   - opposite and ordinal (polarity): claim/modality's opposites lexicon
//     gives each word its senses (rise, fall, accept, reject, first,
//     second, …), matched on bare readings so clitics and the listed
//     inflections and derived forms all count. The claims disagree when a
//     word of one side in a changed run has a sense whose opposite sense a
//     word of the other side has in a changed run, and neither side also
//     has the other's sense: "الذهب يرتفع" against "هبوط الذهب"; but a
//     rewrite that keeps both directions ("الذهب يتراجع والدولار يصعد"
//     against "يرفع الدولار ويهبط بالذهب") is not. Words inside dates,
//     numbers and names do not count ("كانون الأول" is no ordinal).
//   - refusal (polarity): a verb of refusal or cancellation (رفض، ألغى،
//     تراجع عن، استبعد، فشل في) in a changed run of one side only, when
//     the act it governs — one of the three words after it — is reported
//     on the other side in a form of the same word (same bare reading,
//     stem or root): "يزور مصر" against "يلغي زيارته لمصر".
//   - substitution (entity): a replaced run whose content words, once the
//     words with a variant on the other side are set aside, leave one or
//     two words on each side, while the claims share at least half of
//     their content words otherwise. A word's variant is the same word
//     folded, with other clitics or inflection (bare readings, light stem,
//     root, one written inside the other), a spelling variant (one letter
//     apart in a word of five letters or more) or a synonym
//     (lang/ar.Synonymous). What is left is another thing in the same
//     slot: "لوحة لبانسكي" against "لوحة لدافنشي", "الذهب" against
//     "الفضة". Its subtype is "name" when either word is inside a name
//     mention (claim entities), else "term". Rules report a name for a
//     name, two members of a contrast category and two relative
//     adjectives; the other candidates — and, beyond the rules' reach, up
//     to twelve words a side, in replaced runs of up to twenty words in
//     claims no longer than the gate learned from, that share a quarter
//     of their content words — go to a learned gate (swap.go). Speakers'
//     names (the attribution check's), reporting words and discourse
//     links (من جانبه) are never part of a candidate, and a word's
//     partner is a changed word of the other side.

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	centity "github.com/claimdiff/claimdiff/claim/entity"

	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/lang/ar"
)

// Subtypes of polarity and entity discrepancies.
const (
	SubOpposite = modality.KindOpposite // a change of direction or of act
	SubOrdinal  = modality.KindOrdinal  // another rank: first against second
	SubNegation = "negation"            // a negated verb against its plain form
	SubRefusal  = modality.KindRefusal  // a refused or cancelled act against the act
	SubName     = "name"                // another person, place or organisation
	SubTerm     = "term"                // another content word in the same slot
)

// hits returns the sense hits of side s that lie in a non-equal op and on
// tokens no earlier check explained (dates, numbers) nor inside a name.
func (p *pair) hits(s int) []modality.Hit {
	if p.hit[s] != nil {
		return p.hit[s]
	}
	toks := p.toks(s)
	var out []modality.Hit
	inOp := make([]bool, len(toks))
	for _, o := range p.ops {
		if o.Kind == Equal {
			continue
		}
		_, r := side(o, s)
		for i := r.From; i < r.To && i < len(toks); i++ {
			inOp[i] = true
		}
	}
	for _, h := range p.allHits(s) {
		ok := true
		for i := h.From; i < h.To; i++ {
			if p.used[s][i] || p.inName(s, i) {
				ok = false
				break
			}
		}
		// A word the other side has in a form the lexicon does not list
		// (تقلص/تقليص, رفض/يرفضون) is shared.
		if ok && inOp[h.From] && !p.unlistedPartner(s, h.From) {
			out = append(out, h)
		}
	}
	if out == nil {
		out = []modality.Hit{}
	}
	p.hit[s] = out
	return out
}

// unlistedPartner reports whether the other side has token i of side s in
// a form the lexicon does not list (no hit covers it): then the token is
// shared, and its sense is the other side's too.
func (p *pair) unlistedPartner(s, i int) bool {
	o := 1 - s
	j := p.variantOn(o, i)
	if j < 0 {
		return false
	}
	for _, h := range p.allHits(o) {
		if j >= h.From && j < h.To {
			return false
		}
	}
	return true
}

// allHits returns every sense hit of side s, shared or not.
func (p *pair) allHits(s int) []modality.Hit { return p.cc[s].allHits() }

// tokenScratch holds the token slices withRebased copies into: the copies live for one look-up, and made anew
// they were 120 of the 720 MB the differences of 15,000 SaudiNewsNet
// articles allocated.
var tokenScratch = sync.Pool{New: func() any { return new([]lang.Token) }}

// withRebased calls f with toks with offsets less base (claim tokens
// carry document offsets; the lexicons read offsets into the claim text),
// in a reused slice that f must not keep.
func withRebased(toks []lang.Token, base int, f func([]lang.Token)) {
	if base == 0 {
		f(toks)
		return
	}
	buf := tokenScratch.Get().(*[]lang.Token)
	out := append((*buf)[:0], toks...)
	for i := range out {
		out[i].Start -= base
		out[i].End -= base
	}
	f(out)
	*buf = out
	tokenScratch.Put(buf)
}

// inEntity reports whether token i of side s is inside a person, place or
// organisation mention.
func (p *pair) inEntity(s, i int) bool {
	t := p.toks(s)[i]
	for _, e := range p.c[s].Entities {
		if t.Start >= e.Start && t.End <= e.End && e.Kind != "role" {
			return true
		}
	}
	return false
}

// subjectAt reports whether token i of side s lies in a person mention
// that is its claim's subject (subjectOf).
func (p *pair) subjectAt(s, i int) bool {
	t := p.toks(s)[i]
	for _, e := range p.c[s].Entities {
		if t.Start >= e.Start && t.End <= e.End && p.subjectOf(s, e) {
			return true
		}
	}
	return false
}

// inName reports whether token i of side s is part of a name: inside a
// place, organisation or outlet mention, or a person mention unless it
// looks like a verb (a person mention may run on into the verb after it:
// "الوزير يتهم").
func (p *pair) inName(s, i int) bool {
	t := p.toks(s)[i]
	for _, e := range p.c[s].Entities {
		if t.Start >= e.Start && t.End <= e.End && e.Kind != "role" {
			return e.Kind != "person" || !verbLike(t.Norm)
		}
	}
	return false
}

// inPlaceOrBody reports whether token i of side s is inside a mention of
// a place, organisation or outlet (person mentions are left out: they
// may run on past the name).
func (p *pair) inPlaceOrBody(s, i int) bool {
	t := p.toks(s)[i]
	for _, e := range p.c[s].Entities {
		if t.Start >= e.Start && t.End <= e.End && e.Kind != "role" && e.Kind != "person" {
			return true
		}
	}
	return false
}

// hitSpan returns the document span of a hit on side s.
func (p *pair) hitSpan(s int, h modality.Hit) Span {
	toks := p.toks(s)
	return Span{toks[h.From].Start, toks[h.To-1].End}
}

// checkOpposites reports two changed words of opposite sense.
func (p *pair) checkOpposites() bool {
	ha, hb := p.hits(0), p.hits(1)
	if len(ha) == 0 || len(hb) == 0 {
		return false
	}
	// Rises and falls told with figures none of which the other claim
	// shares are two days' or two markets' moves, not one reversed.
	if p.numbersOfDifferentData() {
		return false
	}
	for _, x := range ha {
		for _, y := range hb {
			if !modality.Opposed(x.Sense, y.Sense) {
				continue
			}
			// A negated word against its opposite says the same thing:
			// "لم يشارك" is "غياب", "نفى" is "أكد عدم صحة".
			if x.Kind == modality.KindOpposite && p.negatedHit(0, x) != p.negatedHit(1, y) {
				continue
			}
			if x.Kind == modality.KindOrdinal && (p.fixedOrdinal(0, x) || p.fixedOrdinal(1, y) || !p.sameRanked(x, y)) {
				continue
			}
			// Between news sentences a direction reversed is said of one
			// thing on both sides ("انتعشت أسعار" against "واستقرت
			// أسعار"); "ضد الحوثيين" and "ودعمها للشرعية" in two clauses
			// are not one act turned round.
			if x.Kind == modality.KindOpposite && p.bothLong() && !p.sameRanked(x, y) {
				continue
			}
			// Directions listed on either side ("الحدود الشمالية
			// والشرقية" against "جنوب ووسط وشرق المملكة") name regions,
			// not a direction reversed.
			if compassWords[stripClitic(p.toks(0)[x.From].Norm)] && (p.compassCount(0) > 1 || p.compassCount(1) > 1) {
				continue
			}
			// Another rank named on both sides is a list (الثانية
			// والثالثة), not a swap; directions may cross.
			if (p.alsoHas(1, x.Sense, y) || p.alsoHas(0, y.Sense, x)) && (x.Kind == modality.KindOrdinal || !p.crossed(x, y)) {
				continue
			}
			// A move both claims give with its figure and direction
			// ("نزل 3.4 بالمئة" against "تراجع 3.4 في المئة") is one
			// move: the rise one claim adds came before or after it.
			if x.Kind == modality.KindOpposite && (p.moveTold(0, x) || p.moveTold(1, y)) {
				continue
			}
			sa, sb := p.hitSpan(0, x), p.hitSpan(1, y)
			what := "opposite"
			if x.Kind == modality.KindOrdinal {
				what = "another rank:"
			}
			p.addSub(TypePolarity, x.Kind, 3, fmt.Sprintf("%s in A, %s %s in B", quote(text(p.c[0], sa)), what, quote(text(p.c[1], sb))),
				p.ev(0, sa), p.ev(1, sb))
			p.markOps(0, sa)
			p.markOps(1, sb)
			return true
		}
	}
	return false
}

// moveTold reports whether the figure that follows hit h of side s (within
// moveReach words) is given on the other side too, after a word of h's
// own sense that is nearer to it than any other word of direction.
func (p *pair) moveTold(s int, h modality.Hit) bool {
	o := 1 - s
	fig, ok := p.figureAfter(s, h.To)
	if !ok {
		return false
	}
	for _, m := range p.cc[o].numbers() {
		if m.Value != fig.Value {
			continue
		}
		var near *modality.Hit
		for _, z := range p.allHits(o) {
			z := z
			if z.Kind == modality.KindOpposite && z.To <= p.tokenAt(o, m.Start) && (near == nil || z.To > near.To) {
				near = &z
			}
		}
		if near != nil && near.Sense == h.Sense && p.tokenAt(o, m.Start)-near.To <= moveReach {
			return true
		}
	}
	return false
}

// moveReach is how many tokens after a word of direction its figure may
// stand ("ارتفع مؤشر داكس الألماني 1.2 بالمئة").
const moveReach = 6

// figureAfter returns the first number of side s that starts within
// moveReach tokens after token i.
func (p *pair) figureAfter(s, i int) (claim.Number, bool) {
	toks := p.toks(s)
	if i >= len(toks) {
		return claim.Number{}, false
	}
	last := toks[min(len(toks)-1, i+moveReach)].End
	for _, n := range p.cc[s].numbers() {
		if n.Start >= toks[i].Start && n.Start < last {
			return n, true
		}
	}
	return claim.Number{}, false
}

// tokenAt returns the index of the first token of side s that starts at
// or after byte offset off.
func (p *pair) tokenAt(s, off int) int {
	toks := p.toks(s)
	return sort.Search(len(toks), func(k int) bool { return toks[k].Start >= off })
}

// alsoHas reports whether side s has a word of sense sn other than what
// its hit h bears on: in "هدوء الاشتباكات" (calm of the clashes) the
// clashes are what calmed, not unrest said alongside the calm.
func (p *pair) alsoHas(s int, sn modality.Sense, h modality.Hit) bool {
	toks := p.toks(s)
	next := -1
	for i := h.To; i < len(toks) && i < h.To+2; i++ {
		if t := toks[i]; !t.Stop && t.Kind == lang.Word {
			next = i
			break
		}
	}
	for _, z := range p.allHits(s) {
		if z.Sense == sn && z.From != next {
			return true
		}
	}
	return false
}

// sameRanked reports whether ordinal hits x of A and y of B rank the same
// thing: a content word next to one is next to the other ("الدفعة
// الثانية" against "الدفعة الثالثة"، "المرحلة الأولى" against "المرحلة
// الثانية"). "النسخة الثانية" against "رابع أيام العيد" ranks an edition
// and a day.
func (p *pair) sameRanked(x, y modality.Hit) bool {
	for _, a := range p.targets(0, x) {
		for _, b := range p.targets(1, y) {
			if sameWord(a, b) {
				return true
			}
		}
	}
	return false
}

// fixedOrdinal reports whether an ordinal hit of side s is part of a fixed
// expression, not a rank: "أمس الأول" (the day before yesterday), "من جهة
// ثانية" (on the other hand), "لأول مرة"، "مرة ثانية", "الساعة الثامنة".
func (p *pair) fixedOrdinal(s int, h modality.Hit) bool {
	toks := p.toks(s)
	if h.From > 0 {
		switch stripClitic(toks[h.From-1].Norm) {
		case "امس", "جهه", "ناحيه", "مره", "ساعه": // الساعة الثامنة is a time
			return true
		}
	}
	if h.To < len(toks) && stripClitic(toks[h.To].Norm) == "مره" {
		return true
	}
	return false
}

// compassWords are the four directions and their adjectives, folded,
// without the article.
var compassWords = normSet(`شمال شمالي شماليه جنوب جنوبي جنوبيه شرق شرقي شرقيه غرب غربي غربيه
	الشمال الشمالي الشماليه الجنوب الجنوبي الجنوبيه الشرق الشرقي الشرقيه الغرب الغربي الغربيه`)

// compassCount counts the distinct directions named on side s.
func (p *pair) compassCount(s int) int {
	seen := map[string]bool{}
	for _, t := range p.toks(s) {
		w := stripClitic(t.Norm)
		if compassWords[w] || compassWords[t.Norm] {
			seen[string([]rune(strings.TrimPrefix(w, "ال"))[:3])] = true
		}
	}
	return len(seen)
}

// crossed reports, for opposite hits x of A and y of B where each side
// also has the other's sense, whether x and y are said of one thing (a
// content word next to both) that B does not give x's sense to: "الذهب
// يرتفع مع هبوط الدولار" against "انخفاض الذهب مع ارتفاع الدولار".
func (p *pair) crossed(x, y modality.Hit) bool {
	tx, ty := p.ownTargets(0, x), p.ownTargets(1, y)
	for _, a := range tx {
		for _, b := range ty {
			if !sameWord(a, b) {
				continue
			}
			for _, z := range p.allHits(1) {
				if z.Sense != x.Sense {
					continue
				}
				for _, c := range p.targets(1, z) {
					if sameWord(a, c) {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

// ownTargets returns the targets of hit h that no other hit of side s
// has: "بدعم من المروحيات ضد ناشطين" gives المروحيات to بدعم only.
func (p *pair) ownTargets(s int, h modality.Hit) []lang.Token {
	var out []lang.Token
	for _, t := range p.targets(s, h) {
		mine := true
		for _, z := range p.allHits(s) {
			if z.From == h.From {
				continue
			}
			for _, u := range p.targets(s, z) {
				if u.Start == t.Start {
					mine = false
				}
			}
		}
		if mine {
			out = append(out, t)
		}
	}
	return out
}

// targets returns the content words next to hit h of side s: the first
// two after it and the one before it, stopping at another hit.
func (p *pair) targets(s int, h modality.Hit) []lang.Token {
	toks := p.toks(s)
	// Another word of direction or act ends the reach; a member of a
	// category (الذهب، الدولار) is what moves, so it is a target.
	isHit := func(i int) bool {
		for _, z := range p.hits(s) {
			if z.Kind != modality.KindContrast && i >= z.From && i < z.To {
				return true
			}
		}
		return false
	}
	var out []lang.Token
	for i, n := h.To, 0; i < len(toks) && n < 2 && !isHit(i); i++ {
		// "و" with the article opens the next clause ("التضخم يرتفع
		// والليرة تتراجع"): its noun is that clause's subject.
		if strings.HasPrefix(toks[i].Norm, "وال") {
			break
		}
		if t := toks[i]; !t.Stop && t.Kind == lang.Word {
			out = append(out, t)
			n++
		}
	}
	// The word before is the subject of a verb ("الذهب يرتفع"), not a
	// word across a conjunction or preposition ("الذهب مع ارتفاع
	// الدولار").
	if i := h.From - 1; i >= 0 && !isHit(i) {
		if t := toks[i]; !t.Stop && t.Kind == lang.Word {
			out = append(out, t)
		}
	}
	return out
}

// relatives are the relative pronouns, folded.
var relatives = normSet(`الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي`)

// relative reports whether folded word w is a relative pronoun, with or
// without a conjunction (والتي، فالذي).
func relative(w string) bool {
	if relatives[w] {
		return true
	}
	for _, c := range []string{"و", "ف"} {
		if r, ok := strings.CutPrefix(w, c); ok && relatives[r] {
			return true
		}
	}
	return false
}

// stillVerb reports whether token i of toks is زال ("to cease") negated
// into "still": "لازالت جارية"، "ما زال"، "لا يزال". It continues an
// act; it removes nothing.
func stillVerb(toks []lang.Token, i int) bool {
	n := toks[i].Norm
	for _, pre := range []string{"لا", "ما", "ولا", "وما"} {
		if r, ok := strings.CutPrefix(n, pre); ok && (strings.HasPrefix(r, "زال") || strings.HasPrefix(r, "يزال") || strings.HasPrefix(r, "تزال")) {
			return true
		}
	}
	if i > 0 {
		switch toks[i-1].Norm {
		case "لا", "ما", "ولا", "وما":
			return strings.HasPrefix(n, "زال") || strings.HasPrefix(n, "يزال") || strings.HasPrefix(n, "تزال")
		}
	}
	return false
}

// checkRefusal reports a verb of refusal or cancellation on one side whose
// act the other side reports.
func (p *pair) checkRefusal() bool {
	// A verbal noun with the article governs no act: "مرضى الفشل
	// الكلوي" is kidney failure, not a failure to do something.
	refusals := func(s int, hs []modality.Hit) []modality.Hit {
		var out []modality.Hit
		for _, h := range hs {
			if h.Kind == modality.KindRefusal && !definite(p.toks(s)[h.From].Norm) && !stillVerb(p.toks(s), h.From) && !commentOn(p.toks(s), h.To) && !purposeOf(p.toks(s), h) && !negatedBefore(p.toks(s), h.From) {
				out = append(out, h)
			}
		}
		return out
	}
	// Changed refusals on one side, and none at all on the other (with
	// the article or not: "الرفض القاطع" against "رفضهما القاطع" is one
	// refusal).
	anyRefusal := func(hs []modality.Hit) bool {
		for _, h := range hs {
			if h.Kind == modality.KindRefusal {
				return true
			}
		}
		return false
	}
	ra, rb := refusals(0, p.hits(0)), refusals(1, p.hits(1))
	if (len(ra) > 0) == (len(rb) > 0) || len(ra) > 0 && anyRefusal(p.allHits(1)) || len(rb) > 0 && anyRefusal(p.allHits(0)) {
		return false
	}
	s, rs := 0, ra
	if len(rb) > 0 {
		s, rs = 1, rb
	}
	o := 1 - s
	toks := p.toks(s)
	// The other side denies too (ليس لديها خطط against تنفي وجود خطط).
	if modality.Negated(p.c[o].Text) {
		return false
	}
	for _, h := range rs {
		// The other side says it with a synonym (بوقف العنف against بإنهاء
		// العنف), or with the verb itself in another tense, its subject
		// between it and its preposition ("يغيب المدافع … عن الملاعب"
		// against "سيغيب عن ملاعب").
		if p.synonymOn(o, toks[h.From]) || p.variantOn(o, h.From) >= 0 {
			continue
		}
		// A verbal noun after a preposition ("على وقف التدهور"، "بإلغاء
		// الزيارة") governs the word right after it: that is its act,
		// and nothing further is.
		construct := verbalNounAfterPrep(toks, h.From)
		for i := h.To; i < h.To+3 && i < len(toks); i++ {
			// The act, not its doer: a name after the verb is its subject
			// ("أوقفت الولايات المتحدة …"), and so is an institution
			// ("أزالت بلدية جوف بني هاجر … الكثبان").
			if toks[i].Stop || toks[i].Kind != lang.Word {
				continue
			}
			if doerNouns[toks[i].Norm] || doerNouns[stripClitic(toks[i].Norm)] {
				break // the institution's name runs past the words looked at
			}
			if p.inPlaceOrBody(s, i) {
				if construct {
					break
				}
				continue
			}
			j := p.variantOn(o, i)
			// In a long sentence a shared root is too weak a sign of the
			// same act ("لإجازة" and "الجوازات"): a form of the word is
			// needed.
			if j >= 0 && p.long(s) && !p.formOn(o, i) {
				j = -1
			}
			if j < 0 {
				if construct {
					break
				}
				continue
			}
			// The other side sets itself against the act too ("للتصدي
			// لانتشار الأفكار" against "لإيقاف انتشار الأفكار"): both
			// would stop it.
			if p.opposedBefore(o, j) {
				// Explained, as a reported refusal would be: its words
				// are no substitution either.
				p.markOps(s, p.hitSpan(s, h))
				return false
			}
			sp := p.hitSpan(s, h)
			act := Span{toks[i].Start, toks[i].End}
			ot := p.toks(o)[j]
			p.addSub(TypePolarity, SubRefusal, 3, fmt.Sprintf("%s %s in %s, %s in %s", quote(text(p.c[s], sp)), quote(text(p.c[s], act)),
				"AB"[s:s+1], quote(text(p.c[o], Span{ot.Start, ot.End})), "AB"[o:o+1]),
				orderEv(s, p.ev(s, Span{sp.Start, act.End}), p.ev(o, Span{ot.Start, ot.End}))...)
			p.markOps(s, sp)
			return true
		}
	}
	// Without the act named after it: a refusal added to claims that
	// otherwise say the same ("القوات تفشل في اعتراض الصاروخ" against
	// "القوات تعترض الصاروخ") still reverses them — unless the other
	// side has the verb too.
	if sh, ca, cb := p.shared(); 3*sh >= 2*max(ca, cb) && sh >= 2 && p.variantOn(o, rs[0].From) < 0 {
		h := rs[0]
		sp := p.hitSpan(s, h)
		p.addSub(TypePolarity, SubRefusal, 3, fmt.Sprintf("%s in %s only", quote(text(p.c[s], sp)), "AB"[s:s+1]),
			orderEv(s, p.ev(s, sp), p.ev(o, Span{}))...)
		p.markOps(s, sp)
		return true
	}
	return false
}

// doerNouns are folded head nouns of institutions, which do acts rather
// than name them.
var doerNouns = normSet(`بلدية بلديه أمانة امانه وزارة وزاره هيئة هيئه إدارة اداره مديرية مديريه شرطة شرطه محافظة محافظه إمارة اماره جامعة جامعه شركة شركه مؤسسة مؤسسه جمعية جمعيه لجنة لجنه مجلس حكومة حكومه`)

// verbalNounAfterPrep reports whether token i of toks is a verbal noun
// governed by a preposition — one before it (على، إلى، عن، في، من) or a
// ب or ل joined to it — so that the word after it is its object.
func verbalNounAfterPrep(toks []lang.Token, i int) bool {
	if i > 0 {
		switch toks[i-1].Norm {
		case "على", "علي", "الى", "إلى", "عن", "في", "من":
			return true
		}
	}
	n := toks[i].Norm
	return (strings.HasPrefix(n, "ب") || strings.HasPrefix(n, "ل")) && !strings.HasPrefix(n, "بال") && utf8.RuneCountInString(n) >= 4
}

// negatedBefore reports whether token i of toks follows a negation
// particle: "لم تتوقف الاستعدادات" is that they go on, no refusal.
func negatedBefore(toks []lang.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Norm {
	case "لم", "لا", "لن", "ما", "ولم", "ولا", "ولن", "فلم", "فلا":
		return true
	}
	return false
}

// speechAdverbs are the folded words that introduce what someone says
// ("قائلا"، "بقوله").
var speechAdverbs = normSet(`قائلا قائلة قائلين بقوله بقولها`)

// purposeOf reports whether hit h of toks is a verbal noun in the
// accusative followed by ل, the purpose of what the sentence reports
// ("تجنباً لوقوع أي حوادث"، "تفادياً للزحام"): the act it avoids is not
// one the other claim reports done.
func purposeOf(toks []lang.Token, h modality.Hit) bool {
	w := toks[h.To-1].Norm
	if !strings.HasSuffix(w, "ا") || h.To >= len(toks) {
		return false
	}
	return strings.HasPrefix(toks[h.To].Norm, "ل")
}

// commentOn reports whether token i of toks, just after a word of
// refusal or stopping, is على or حول, or قائلا: "تعليق على" and "تعليق
// حول" are a comment on something, "علق على" and "ويعلق قائلا" comment,
// "يتوقف على" depends on it; a suspension or a stop takes its object directly ("تعليق
// الرحلات"، "وقف إطلاق النار").
func commentOn(toks []lang.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Norm {
	case "علي", "حول":
		return true
	}
	// "ويعلق الباحث عبد الله قائلا": the speaker may stand between.
	for k := i; k < len(toks) && k < i+5; k++ {
		if speechAdverbs[toks[k].Norm] {
			return true
		}
	}
	return false
}

// shared counts the content words of A in unchanged (equal, soft or
// moved) runs, and the content words of A and of B.
func (p *pair) shared() (sh, ca, cb int) {
	for _, o := range p.ops {
		for i := o.AT.From; i < o.AT.To; i++ {
			if t := p.toks(0)[i]; !t.Stop && t.Kind == lang.Word {
				ca++
				if !o.Changed() {
					sh++
				}
			}
		}
		for i := o.BT.From; i < o.BT.To; i++ {
			if t := p.toks(1)[i]; !t.Stop && t.Kind == lang.Word {
				cb++
			}
		}
	}
	return sh, ca, cb
}

// synonymOn reports whether side s has a synonym of t.
func (p *pair) synonymOn(s int, t lang.Token) bool {
	ft := ar.SynonymFamilies(t.Norm)
	if len(ft) == 0 {
		return false
	}
	for j, u := range p.toks(s) {
		if u.Kind != lang.Word || u.Norm == t.Norm {
			continue
		}
		for _, b := range p.info(s, j).Families() {
			for _, a := range ft {
				if a == b {
					return true
				}
			}
		}
	}
	return false
}

// variantOn returns the index of a token of side s that is a form of
// token i of the other side (see sameWord), or -1.
func (p *pair) variantOn(s, i int) int {
	wt := p.info(1-s, i)
	for j, u := range p.toks(s) {
		if !u.Stop && u.Kind == lang.Word && sameInfo(wt, p.info(s, j)) {
			return j
		}
	}
	return -1
}

// wordInfo is what sameWord and related compare of a token: its folded
// form and stem, and lang/ar's cached analysis of it.
type wordInfo struct {
	norm, stem string
	stemRunes  int
	*ar.Word
}

func newWordInfo(t lang.Token) wordInfo {
	return wordInfo{norm: t.Norm, stem: t.Stem, stemRunes: utf8.RuneCountInString(t.Stem), Word: ar.Analyze(t.Norm)}
}

// info returns the wordInfo of token i of side s, made once per claim
// (claimCache).
func (p *pair) info(s, i int) *wordInfo { return p.cc[s].info(i) }

// sameWord reports whether two tokens are forms of one word: equal folded
// forms or stems, a shared bare reading, one written inside the other
// (four letters or more), a spelling variant one letter apart (five
// letters or more), or the same guessed root (three letters, both words
// Arabic and at least three letters).
func sameWord(x, y lang.Token) bool {
	wx, wy := newWordInfo(x), newWordInfo(y)
	return sameInfo(&wx, &wy)
}

// sameInfo is sameWord of two tokens' wordInfos.
func sameInfo(x, y *wordInfo) bool {
	if x.norm == y.norm || x.stem == y.stem {
		return true
	}
	// Readings are compared where their hashes (ar.Word.BareHash) match.
	for i, ha := range x.BareHash {
		for j, hb := range y.BareHash {
			if ha == hb && x.Bare[i] == y.Bare[j] {
				return true
			}
		}
	}
	if n := min(x.stemRunes, y.stemRunes); n >= 4 && (containsStr(x.norm, y.stem) || containsStr(y.norm, x.stem)) ||
		n >= 5 && editWithin1(x.stem, y.stem) {
		return true
	}
	if x.Root == y.Root && utf8.RuneCountInString(x.Root) == 3 && isArabic(x.norm) && isArabic(y.norm) {
		return true
	}
	// The silent alef of the old spelling of a hundred: مائة/مئة،
	// مائتين/مئتين (folded: ئ is ي).
	if hundred(x.norm) != "" && hundred(x.norm) == hundred(y.norm) {
		return true
	}
	// Broken plurals and long-vowel spellings: the same consonants
	// (مرعى/مراعي، صحفي/صحفيون).
	return x.Skeleton != "" && x.Skeleton == y.Skeleton
}

func containsStr(s, sub string) bool { return sub != "" && strings.Contains(s, sub) }

// editWithin1 reports whether a and b are at most one rune substitution,
// insertion or deletion apart.
func editWithin1(a, b string) bool {
	if d := len(a) - len(b); d > 4 || d < -4 { // a rune is at most four bytes
		return false
	}
	// Skip the common prefix and suffix; at most one rune may remain on
	// either side.
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	ja, jb := len(a), len(b)
	for ja > i && jb > i && a[ja-1] == b[jb-1] {
		ja--
		jb--
	}
	for ja < len(a) && !utf8.RuneStart(a[ja]) {
		ja++
		jb++
	}
	return utf8.RuneCountInString(a[i:ja]) <= 1 && utf8.RuneCountInString(b[i:jb]) <= 1
}

// related reports whether token i of side s and token j of the other
// side are forms of one word or synonyms.
func (p *pair) related(s, i, j int) bool {
	x, y := p.info(s, i), p.info(1-s, j)
	if sameInfo(x, y) {
		return true
	}
	fx, fy := x.Families(), y.Families()
	for _, a := range fx {
		for _, b := range fy {
			if a == b {
				return true
			}
		}
	}
	return false
}

// checkSubstitutions reports content words replaced by other words that
// are neither their forms nor synonyms.
func (p *pair) checkSubstitutions() {
	// How much the claims share: a substitution is one change in an
	// otherwise common sentence.
	var shared, ca, cb int
	for _, o := range p.ops {
		for i := o.AT.From; i < o.AT.To; i++ {
			if t := p.toks(0)[i]; !t.Stop && t.Kind == lang.Word {
				ca++
				if o.Kind == Equal || o.Soft || o.Moved {
					shared++
				}
			}
		}
		for i := o.BT.From; i < o.BT.To; i++ {
			if t := p.toks(1)[i]; !t.Stop && t.Kind == lang.Word {
				cb++
			}
		}
	}
	// A word's partner on the other side is a changed word there: a word
	// the diff matched with its own counterpart (an equal, inflected or
	// moved run) is taken ("3 لافتات ... بافتا" against "3 لافتات ...
	// أوسكار": بافتا and لافتات share a bare reading, but لافتات is
	// matched with itself).
	var free [2][]bool
	buf := make([]bool, len(p.toks(0))+len(p.toks(1)))
	free[0], free[1] = buf[:len(p.toks(0))], buf[len(p.toks(0)):]
	for _, o := range p.ops {
		if !o.Changed() {
			continue
		}
		for i := o.AT.From; i < o.AT.To; i++ {
			free[0][i] = true
		}
		for i := o.BT.From; i < o.BT.To; i++ {
			free[1][i] = true
		}
	}
	// Who says it is the attribution check's to compare, not a term.
	speakers := [2]Span{speakerSpan(p.c[0]), speakerSpan(p.c[1])}
	unexplained := func(s int, r Range) []int {
		var out []int
		o := 1 - s
		for i := r.From; i < r.To; i++ {
			t := p.toks(s)[i]
			if t.Stop || t.Kind != lang.Word || p.used[s][i] || isCalendar(t.Norm) || isReporting(t.Norm) || discourseWords[t.Norm] || relative(t.Norm) ||
				t.Start >= speakers[s].Start && t.End <= speakers[s].End && speakers[s].End > 0 {
				continue
			}
			partner := false
			for j, u := range p.toks(o) {
				if free[o][j] && !u.Stop && u.Kind == lang.Word && p.related(s, i, j) {
					partner = true
					break
				}
			}
			if !partner {
				out = append(out, i)
			}
		}
		return out
	}
	// The gate judges claims no longer than those it learned from.
	gated := p.collect != nil || p.swapModel != nil && max(ca, cb) <= p.swapModel.MaxContent
	for _, o := range p.ops {
		// A run of more than eight words a side is a rewrite, not one
		// word put in another's place: only the gate reads one, in
		// claims short enough for it (a headline rewritten around one
		// changed fact), up to gateRun words.
		long := o.AT.To-o.AT.From > ruleRun || o.BT.To-o.BT.From > ruleRun
		if o.Kind != Replace || !o.Changed() || long && !gated || o.AT.To-o.AT.From > gateRun || o.BT.To-o.BT.From > gateRun {
			continue
		}
		xa, xb := unexplained(0, o.AT), unexplained(1, o.BT)
		if len(xa) == 0 || len(xb) == 0 || len(xa) > gateWords || len(xb) > gateWords {
			continue
		}
		// The rules take one or two words a side, in a run of at most
		// ruleRun words, in claims that share at least half their content
		// words; the learned gate also sees up to gateWords a side in
		// claims that share a quarter.
		loose := long || len(xa) > 2 || len(xb) > 2
		// The rest of the claims is shared: the op's other content words
		// count as shared too when they have partners.
		opA := 0
		for i := o.AT.From; i < o.AT.To; i++ {
			if t := p.toks(0)[i]; !t.Stop && t.Kind == lang.Word {
				opA++
			}
		}
		common := shared + opA - len(xa)
		if 4*common < min(ca, cb) || common < 1 {
			continue
		}
		loose = loose || 2*common < min(ca, cb)
		if loose && p.opts.Aligned {
			continue
		}
		// A name for a name: the words left on both sides are inside
		// name mentions.
		name, allA, allB := false, true, true
		for _, i := range xa {
			name = name || p.inEntity(0, i)
			allA = allA && p.inEntity(0, i)
		}
		for _, i := range xb {
			name = name || p.inEntity(1, i)
			allB = allB && p.inEntity(1, i)
		}
		name = name && allA && allB
		// Two subjects of aligned news sentences are two statements, or
		// who speaks (attribution's business): not a name put in
		// another's place (checkEntities reads them the same way).
		if name && p.opts.Aligned && p.collect == nil && p.bothLong() && (p.subjectAt(0, xa[0]) || p.subjectAt(1, xb[0])) {
			continue
		}
		rule := !loose && (name || p.termSwap(o, xa, xb))
		sa := Span{p.toks(0)[xa[0]].Start, p.toks(0)[xa[len(xa)-1]].End}
		sb := Span{p.toks(1)[xb[0]].Start, p.toks(1)[xb[len(xb)-1]].End}
		// A capital for its country, a short name for a long one: one
		// entity; a pronoun with or without its guarding nūn (فإنني/
		// فإني): one word. An evaluative label (إرهابي against مسلح) is
		// wording.
		// Two members of one category (القتل/الخطف) are two things even
		// when one of them is evaluative.
		if metonyms(text(p.c[0], sa), text(p.c[1], sb)) || sameSpeaker(text(p.c[0], sa), text(p.c[1], sb)) ||
			spacedAlike(text(p.c[0], sa), text(p.c[1], sb)) || p.honorificFor(0, xa) || p.honorificFor(1, xb) ||
			len(xa) == 1 && len(xb) == 1 && (sameNameWord(p.toks(0)[xa[0]].Norm, p.toks(1)[xb[0]].Norm) ||
				guardedNun(p.toks(0)[xa[0]].Norm, p.toks(1)[xb[0]].Norm) || guardedNun(p.toks(1)[xb[0]].Norm, p.toks(0)[xa[0]].Norm)) ||
			p.inOutlet(0, xa) && p.inOutlet(1, xb) ||
			(isEvaluative(p.toks(0)[xa[0]]) || isEvaluative(p.toks(1)[xb[0]])) && !(rule && p.anyContrasted(xa, xb)) {
			continue
		}
		// What the rules leave open, the learned gate decides (swap.go),
		// for pairs given as such: it learned from rewritten headlines
		// and sentence pairs, and between sentences an alignment joined
		// its readings were mostly paraphrase (مهماتها/مهامها، خاصة/
		// وبالذات، يحضر/تناول) or two facts of one template.
		if !rule && (p.opts.Aligned && p.collect == nil || !p.gateSwap(o, xa, xb, float64(common)/float64(max(1, min(ca, cb))), ca, cb)) {
			continue
		}
		sub := SubTerm
		if name {
			sub = SubName
		}
		what := "another term"
		if sub == SubName {
			what = "another name"
		} else if len(xa) > 2 || len(xb) > 2 {
			what = "in their place"
		}
		p.addSub(TypeEntity, sub, 2, fmt.Sprintf("%s in A, %s %s in B", quote(text(p.c[0], sa)), what, quote(text(p.c[1], sb))),
			p.ev(0, sa), p.ev(1, sb))
		p.markSpan(0, sa)
		p.markSpan(1, sb)
	}
}

// inOutlet reports whether every word of xs of side s lies in an outlet's
// mention: an agency named in translation on one side and transliterated
// on the other ("وكالة الصحافة الفرنسية" against "وكالة فرانس برس") is
// one source, and who reports is the attribution check's to compare.
func (p *pair) inOutlet(s int, xs []int) bool {
	for _, i := range xs {
		t := p.toks(s)[i]
		in := false
		for _, e := range p.c[s].Entities {
			if e.Kind == "outlet" && t.Start >= e.Start && t.End <= e.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return len(xs) > 0
}

// spacedAlike reports whether x and y are the same letters spaced
// otherwise: "عبد الشافي" and "عبدالشافي", "أبو ظبي" and "أبوظبي".
func spacedAlike(x, y string) bool {
	f := func(s string) string { return strings.ReplaceAll(lang.Normalize(s), " ", "") }
	return f(x) == f(y)
}

// honorificFor reports whether the words xs of side s are one title of
// address with a pronoun ("معاليه"، "سموه"، "فخامته"): it stands for a
// person named elsewhere, so the name in its place on the other side is
// that person.
func (p *pair) honorificFor(s int, xs []int) bool {
	if len(xs) != 1 {
		return false
	}
	w := stripClitic(p.toks(s)[xs[0]].Norm)
	for _, suf := range []string{"ه", "ها", "هم"} {
		if r, ok := strings.CutSuffix(w, suf); ok && (honorifics[r] || honorifics[r+"ه"] || honorifics[w]) {
			return true
		}
	}
	return false
}

// termSwap reports whether the unexplained words xa, xb of op o are one
// content word put in another's place: one word on each side, in a run of
// at most two content words a side, and not two verbs (a verb for a verb
// is how paraphrase most often goes: يركل/يضرب).
func (p *pair) termSwap(o Op, xa, xb []int) bool {
	for _, i := range xa {
		for _, j := range xb {
			if p.contrasted(i, j) {
				return true
			}
		}
	}
	for _, i := range xa {
		for _, j := range xb {
			if p.nisbaAt(0, i) && p.nisbaAt(1, j) && placeAdjective(p.toks(0)[i].Norm) && placeAdjective(p.toks(1)[j].Norm) {
				return true
			}
		}
	}
	if len(xa) != 1 || len(xb) != 1 {
		return false
	}
	count := func(s int, r Range) int {
		n := 0
		for i := r.From; i < r.To; i++ {
			if t := p.toks(s)[i]; !t.Stop && t.Kind == lang.Word {
				n++
			}
		}
		return n
	}
	if count(0, o.AT) > 2 || count(1, o.BT) > 2 {
		return false
	}
	x, y := p.toks(0)[xa[0]], p.toks(1)[xb[0]]
	// Between news sentences, which the learned gate does not read, two
	// nisbas are two things only when both are of places; a headline's
	// pair the gate may still judge.
	return nisba(x.Norm) && nisba(y.Norm) && (!p.bothLong() || placeAdjective(x.Norm) && placeAdjective(y.Norm))
}

// anyContrasted reports whether a word of xa (A) and a word of xb (B)
// are two members of one contrast category.
func (p *pair) anyContrasted(xa, xb []int) bool {
	for _, i := range xa {
		for _, j := range xb {
			if p.contrasted(i, j) {
				return true
			}
		}
	}
	return false
}

// contrasted reports whether token i of A and token j of B are two members
// of one contrast category (claim/modality).
func (p *pair) contrasted(i, j int) bool {
	o := modality.Current()
	var ha, hb []modality.Hit
	withRebased(p.toks(0)[i:i+1], p.c[0].Start, func(t []lang.Token) { ha = o.Find(p.c[0].Text, t) })
	withRebased(p.toks(1)[j:j+1], p.c[1].Start, func(t []lang.Token) { hb = o.Find(p.c[1].Text, t) })
	for _, x := range ha {
		for _, y := range hb {
			if modality.Contrasted(x.Sense, y.Sense) {
				return true
			}
		}
	}
	return false
}

// nisbaAt reports whether token i of side s is a relative adjective
// (nisba) as printed: folding makes ى and ئ into ي (مستوى، مفاجئ), so the
// printed word must end in ي or ية (or their plurals, or ياً).
func (p *pair) nisbaAt(s, i int) bool {
	t := p.toks(s)[i]
	if !nisba(t.Norm) {
		return false
	}
	w := strings.TrimRight(text(p.c[s], Span{t.Start, t.End}), "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")
	w = strings.TrimSuffix(w, "ا")
	for _, suf := range []string{"ي", "ية", "يين", "يون", "يه"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeAdjective reports whether folded w is the nisba of a place the
// entity gazetteer knows. Two nisbas put in each other's place are two
// things when both are of places (صينية/يابانية); "العادية" against
// "الطبيعية", "محلية" against "تركية" of Turkish reports or "اللبناني"
// against "الشيعية" of one party are one thing said two ways.
func placeAdjective(w string) bool {
	lex, err := centity.Default()
	return err == nil && lex.PlaceAdjective(w)
}

// nisba guesses that a folded word is a relative adjective (صيني، الأردنية،
// سياسي، تلفزيونية): it ends in ي or يه (after its clitics) with at least
// three letters before.
func nisba(w string) bool {
	if relative(w) {
		return false // "والتي"، "الذين": relative pronouns end in ي too
	}
	if n := utf8.RuneCountInString(w); n >= 5 && (w[len(w)-4:] == "يه" || n >= 6 && (w[len(w)-6:] == "يين" || w[len(w)-6:] == "يون")) {
		return true
	}
	if verbLike(w) || utf8.RuneCountInString(w) == 4 && w[:2] == "ا" { // يبني، ألقى
		return false
	}
	for _, b := range ar.Bare(w) {
		for _, suf := range []string{"يه", "ي", "يين", "يون"} {
			if len(b) > len(suf) && b[len(b)-len(suf):] == suf && utf8.RuneCountInString(b)-utf8.RuneCountInString(suf) >= 3 {
				return true
			}
		}
	}
	return false
}

// verbLike guesses that a folded word is an imperfect verb: an imperfect
// prefix (ي ت ن, after و/ف) and four letters or more.
func verbLike(w string) bool {
	if r, size := utf8.DecodeRuneInString(w); r == 'و' || r == 'ف' {
		w = w[size:]
	}
	r, _ := utf8.DecodeRuneInString(w)
	return (r == 'ي' || r == 'ت' || r == 'ن') && utf8.RuneCountInString(w) >= 4
}

// definite reports whether a folded word carries the article, alone or
// after a conjunction or preposition (الفشل، والإلغاء، بالرفض، للوقف).
func definite(w string) bool {
	for _, pre := range []string{"ال", "وال", "فال", "بال", "كال", "لل", "وبال", "ولل"} {
		if strings.HasPrefix(w, pre) && utf8.RuneCountInString(w)-utf8.RuneCountInString(pre) >= 2 {
			return true
		}
	}
	return false
}

// hitNegators are the words that, just before a word (or, for عدم, just
// after a verb of saying), turn its sense around.
var hitNegators = map[string]bool{}

func init() {
	for _, w := range []string{"لم", "لن", "لا", "ليس", "ليست", "غير", "عدم", "دون", "بدون", "بلا", "ولم", "ولن", "ولا", "وليس", "وعدم", "فلم", "فلا"} {
		hitNegators[lang.Normalize(w)] = true
	}
}

// negatedHit reports whether hit h of side s is negated where it stands:
// a negator among the two words before it ("لم يشارك", "عدم السماح"),
// عدم among the three after it ("أكد الوزير عدم صحة …"), or, for a word
// of the opposites lexicon, a verb of refusal or cancellation among the
// refusalReach words before it.
func (p *pair) negatedHit(s int, h modality.Hit) bool {
	toks := p.toks(s)
	for i := h.From - 1; i >= 0 && i >= h.From-2; i-- {
		if hitNegators[toks[i].Norm] {
			return true
		}
	}
	for i := h.To; i < len(toks) && i < h.To+3; i++ {
		if toks[i].Norm == normAdam {
			return true
		}
	}
	// A verb of cancellation or refusal shortly before: "ألغتا مؤقتاً
	// التعليمة الخاصة بالسماح" is a ban, as "منع" is.
	if h.Kind == modality.KindOpposite {
		for _, r := range p.allHits(s) {
			if r.Kind == modality.KindRefusal && r.To <= h.From && r.From >= h.From-refusalReach {
				return true
			}
		}
	}
	return false
}

// opposedBefore reports whether token j of side s follows, within two
// words, a noun or verb of opposing it (التصدي، مكافحة، مواجهة، منع، الحد
// من).
func (p *pair) opposedBefore(s, j int) bool {
	toks := p.toks(s)
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		w := toks[k].Norm
		if opposingWords[w] || opposingWords[stripClitic(w)] {
			return true
		}
	}
	return false
}

// opposingWords are folded nouns and verbs of setting oneself against
// something, clitics stripped or not.
var opposingWords = normSet(`التصدي تصدي تصدى يتصدى تتصدى مكافحة مكافحه مكافحتها يكافح تكافح مواجهة مواجهه يواجه تواجه منع يمنع تمنع الحد حد محاربة محاربه يحارب تحارب`)

// refusalReach is how many words before an act a verb of refusal or
// cancellation may stand and still govern it.
const refusalReach = 5

var normAdam = lang.Normalize("عدم")

// hundred returns a folded word of the family of مئة (a hundred) in one
// spelling, without the article and the silent alef of مائة; "" for any
// other word.
func hundred(norm string) string {
	w := strings.TrimPrefix(norm, "ال")
	if r, ok := strings.CutPrefix(w, "ماي"); ok {
		w = "مي" + r
	}
	switch w {
	case "ميه", "ميتين", "ميتان", "ميتا", "ميات":
		return w
	}
	return ""
}
