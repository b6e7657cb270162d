package diff

// Typed discrepancies
//
// Compare takes two claims that an alignment says report the same fact and
// lists how they disagree. It diffs their words once (Words) and runs the
// checks below in order, most severe first. Each check that explains a
// difference marks the tokens it used, so the last check, wording, only
// sees what no typed check explained.
//
//   - date (3): the dates of the happening — dates with role "on", and any
//     date equal to the claim's EventDate — are read as intervals at their
//     precision ("2025-02" is all of February, "a/b" a range). The claims
//     conflict when each has such a date and no date of one meets a date of
//     the other: 23 against 24 December conflicts, February against 12
//     February does not, and "يوم أمس" resolved to the 23rd agrees with
//     "23 كانون الأول". Month-name and digit systems never matter, since
//     values are compared.
//   - number (3): numbers are paired when their units agree (claim/numbers
//     maps Arabic and English unit names together) or both have none; a
//     pair conflicts when the intervals their wording allows do not meet
//     (claim/numbers.Compare: "نحو 4 ملايين" is ±10%, "أكثر من 70" is
//     [70, ∞)) and neither number has a compatible partner on the other
//     side. A duration in years is also checked against the other side's
//     "since" date: "more than seventy years" of relations against "since
//     the 1970s" conflict, when a reference year is known (the claims'
//     event dates, or Options.Published).
//   - participants (3): the people and roles (entities of kind person or
//     role, the speaker left out) share someone but differ: "met the
//     foreign minister" against "met the foreign and defence ministers".
//     Without entities, a singular role noun replaced by its dual or plural
//     ("وزير الخارجية" against "وزيري الخارجية والدفاع") counts too.
//   - attribution (3): different speakers (by entity ID, else by name, a
//     name contained in the other counting as the same), first-hand in one
//     and second-hand or anonymous in the other, or disjoint cited sources.
//   - polarity (3), with a subtype: "opposite" or "ordinal" — two changed
//     words of opposite sense or rank (ارتفع/انخفض، قبل/رفض، الأولى/الثانية;
//     claim/modality's opposites lexicon, see lexical.go); "negation" — a
//     negation cue (لم، لن، لا، ليس، غير، عدم، بدون، نفى) in the changed words
//     of one side with none in the other's; "refusal" — a verb of refusal
//     or cancellation (رفض، ألغى، تراجع عن) on one side before an act the
//     other side reports (lexical.go).
//   - quote (2): two quotes, one on each side, that share enough words to be
//     the same quote but differ in words (quote drift; only content words
//     count, and inflection-only changes do not); or words quoted on one
//     side that the other gives without quote marks (paraphrase).
//   - modality (2): a hedge or plan cue (من المتوقع، قد يؤدي، أفادت
//     تقارير، من المقرر، سوف) in the changed words of one side with none in
//     the other's — expected against confirmed. Attributive future words
//     (المزمع، المرتقب، المقبل) do not count.
//   - entity (2): a replaced run holds an entity mention on each side, of
//     one kind, with different IDs, neither of which the other claim
//     mentions at all. Then substitutions (lexical.go), with a subtype:
//     "name" or "term" — one or two words of a replaced run, with no form
//     or synonym on the other side, in place of another name, relative
//     adjective (صينية/يابانية) or member of one category (الذهب/الفضة).
//   - wording (1, or 2 when an evaluative word is involved): content words
//     left changed after all the above — not stop words, numbers, calendar
//     words, reporting verbs, tokens of entity, date or number mentions,
//     inflection-only (Soft) or reordered (Moved) runs — when the claims
//     share at least a third of their content words (otherwise they word
//     the fact too differently for a word-level reading to mean anything).
//
// Surface variants — the same date in two month systems, digit systems,
// spellings of one name, "yesterday" against the date it resolves to,
// reordering and inflection — are not discrepancies.
//
// On news, most aligned pairs that are not one fact told twice are two
// facts an alignment put together, and most names differ only in how they
// are printed. So, before and inside the checks:
//
//   - Two long claims (12 content words or more each) that share less than
//     half the words of the shorter (outside names, titles, calendar and
//     reporting words) get only wording and the duration check (sameFact);
//     so do short claims that open with the same label before a colon and
//     share little after it (lines linking to other stories).
//   - Numbers: figures that are all different on both sides (two days'
//     reports), prices at different clock times, or figures of differently
//     named things are not compared; nor are numbers printed "1ر11", ordinals
//     with الـ, bracketed figures read apart from their scale word, and
//     telephone numbers. Rises and falls with no shared figure are no
//     reversal either.
//   - People (names.go): one person printed with or without titles, the
//     father's name, a spaced عبد, a hamza seat or another transliteration
//     is one participant or speaker; names after a named-after head (جامعة،
//     شارع), lone common nouns, a title given alone on the other side, and
//     people named in a clause only one claim has are no participant change.
//     Speakers described only by a role, or carried from an earlier
//     sentence and named in the other claim, are not held against a name.
//   - Quotes: a short quote after a title head or holding a name is a title;
//     parentheses and direct speech after a colon mark quotation too; drift
//     skips words one outlet quoted beyond the other, spelling variants,
//     numbers in digits against words, and calendar words.
//   - Negation and hedges: "لم … سوى", "غير" before a definite word, a
//     negation both sides make (or a refusal of the same act, or an act both
//     sides set themselves against: لإيقاف / للتصدي ل), "قد" before a past
//     verb, a negation in a clause one claim runs on before the other's whole
//     sentence, news both sides give as what reports say (ذكرت / كشفت
//     تقارير), the two tenses of بدا, and, in long claims, a negation or
//     hedge of a word the other claim does not have are no polarity or
//     modality change.
//   - Two facts of one template (twoFacts) are also told apart by another
//     recipient (an adjective of another place in the slot: البنك المركزي
//     اليوناني / الأوروبي), another region after the same head (بمنطقة
//     تبوك / بمنطقة الحدود الشمالية), and figures whose digits differ
//     though their unit word is shared.
//   - Between aligned sentences, who speaks or acts is not an entity swap
//     (two subjects are two statements; a subject against someone met
//     stands in another slot), two places or a role's singular and plural
//     after other words stand in two slots, and a date after a word of
//     comparison (مقارنة بعام 2013) dates the base, not the happening.
//   - Quotes: a quote against its own words in the speaker's voice with no
//     marks (an interview's transcript line) and two claims that each open
//     naming a different speaker are no quote-against-paraphrase.

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	centity "github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/claim/numbers"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/lang/ar"
)

// Discrepancy types (CONTRACT.md).
const (
	TypeDate         = "date"
	TypeNumber       = "number"
	TypeParticipants = "participants"
	TypeAttribution  = "attribution"
	TypeQuote        = "quote"
	TypePolarity     = "polarity"
	TypeModality     = "modality"
	TypeEntity       = "entity"
	TypeWording      = "wording"
)

// Discrepancy is one way in which aligned claims disagree.
type Discrepancy struct {
	Type     string   `json:"type"`
	Severity int      `json:"severity"` // 1 (minor) to 3 (a fact-checker must look)
	Claims   []string `json:"claims"`   // IDs of the claims that disagree
	Detail   string   `json:"detail"`   // one line saying what differs
	// Subtype says which kind of a type it is, where a type has kinds:
	// polarity is "opposite", "ordinal", "negation" or "refusal"; entity
	// is "name" (a person, place or organisation) or "term" (another
	// content word in the same slot). Empty otherwise.
	Subtype  string     `json:"subtype,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is a byte range of a claim's document text that shows a
// discrepancy.
type Evidence struct {
	Claim string `json:"claim"`
	Start int    `json:"start"` // byte offset into the claim's document text
	End   int    `json:"end"`   // byte offset just past the evidence
}

// Options tune Compare.
type Options struct {
	// Published returns the publication date (ISO 8601) of a document by
	// ID, or "". It is the reference for durations ("for seventy years")
	// when a claim has no event date. Nil means unknown.
	Published func(doc string) string
	// Aligned says the claims were put together by the aligner (analyze)
	// rather than given as a pair by the caller (`claimdiff pairs`). Two
	// short sentences of articles an alignment joined on a few shared
	// words are often two statements on one topic, and a few words
	// reworded between them are rarely a changed fact, so aligned claims
	// get no readings that suit a rewritten pair only: short claims other
	// than titles must share half their words (closeFact), are not exempt
	// from twoFacts, and the learned substitution gate reads only one or
	// two words a side in claims sharing half their words.
	Aligned bool
}

// Compare lists the discrepancies between two claims reported for the same
// fact, most severe first. It is safe for concurrent use.
func Compare(a, b *claim.Claim) []Discrepancy {
	return CompareWith(a, b, Options{})
}

// CompareWith is Compare with options.
func CompareWith(a, b *claim.Claim, opts Options) []Discrepancy {
	return compareOps(newClaimCache(a), newClaimCache(b), Words(a, b), opts)
}

// compareOps is CompareWith given the word diff of the claims of a and b.
func compareOps(a, b *claimCache, ops []Op, opts Options) []Discrepancy {
	p := newPair(a, b, ops, opts)
	p.run()
	sortDiscrepancies(p.out)
	return p.out
}

// run runs every check, in order: each marks the tokens it explains, and
// later checks leave them alone.
func (p *pair) run() {
	if !p.sameFact() {
		// How long something has lasted is told in many ways ("لأكثر
		// من سبعين عاماً" against "تمتد إلى سبعينيات القرن الماضي"),
		// so a duration is still held against a "since" date — between
		// aligned claims, when they share a third of their words at
		// least (minDurationShare): two studies' "منذ 25 عاما" and "منذ
		// 2013" share a country and nothing else.
		if !p.opts.Aligned || p.contentShare() >= minDurationShare {
			p.checkDurations(p.cc[0].numbers(), p.cc[1].numbers())
		}
		p.checkWording()
		return
	}
	if p.datesClose() {
		p.checkDates()
	}
	p.checkCalendarNames()
	close := p.closeFact()
	if close {
		p.checkNumbers()
		p.checkParticipants()
	}
	p.checkAttribution()
	if close && p.polarityClose() {
		p.checkPolarity()
	}
	p.checkQuotes()
	// A hedge against the report of the act keeps sameFact's bar: the
	// expected talks and the talks held are told in other words
	// (TestVerbTensesShareAFact).
	if close || p.long(0) || p.long(1) {
		p.checkModality()
	}
	if close {
		p.checkEntities()
		p.checkSubstitutions()
	}
	if p.twoFacts() {
		// Two happenings told in one template: their differences are
		// what tells them apart, not what one outlet got wrong.
		p.out = p.out[:0]
		clear(p.used[0])
		clear(p.used[1])
		p.checkDurations(p.cc[0].numbers(), p.cc[1].numbers())
	}
	p.checkWording()
}

// twoFacts reports whether the typed differences found are those of two
// facts told in one template rather than of one fact told two ways: two or
// more of them are anchors — what identifies a happening (another figure,
// date, rank, direction, name or term, other participants, another
// speaker). Two
// regions' Red Crescent reports, two days' market closes, two telegrams of
// congratulation to two presidents share most of their words and differ
// in several anchors at once; one fact misreported differs in one.
//
// Headlines are exempt: their few words are all the fact, and a rewrite
// that changes two of them still tells one story wrongly. Differences
// whose evidence overlaps (a name read both as an entity and as a
// substituted term) count once.
func (p *pair) twoFacts() bool {
	if !p.long(0) && !p.long(1) && (!p.opts.Aligned || p.bothTitles()) {
		return false
	}
	var seen []Evidence
	n := 0
	for _, d := range p.out {
		if !isAnchor(d) {
			continue
		}
		ev := p.changedEvidence(d.Evidence)
		if len(ev) > 0 && overlapsAny(ev, seen) {
			continue
		}
		// Evidence that is a whole claim (a speaker carried from the
		// sentence before) locates nothing: slots inside it still count.
		for _, e := range ev {
			if !p.wholeClaim(e) {
				seen = append(seen, e)
			}
		}
		n++
		if d.Type == TypePolarity && d.Subtype == SubOrdinal && p.bothLong() {
			// Another rank names another instance of a series ("الدفعة
			// الثانية" against "الدفعة الثالثة" of aid, "المركز الثالث"
			// against "الثاني" of two weeks' box office): outlets
			// reporting one instance rarely disagree on its number.
			n++
		}
	}
	for _, o := range p.ops {
		if n >= minAnchors {
			break
		}
		if o.Kind != Replace || !o.Changed() || !p.slotAnchor(o) {
			continue
		}
		ev := []Evidence{p.ev(0, o.A), p.ev(1, o.B)}
		if !overlapsAny(ev, seen) {
			seen = append(seen, ev...)
			n++
		}
	}
	return n >= minAnchors
}

// wholeClaim reports whether evidence e spans the whole of its claim.
func (p *pair) wholeClaim(e Evidence) bool {
	for _, c := range p.c {
		if c.ID == e.Claim && e.Start <= c.Start && e.End >= c.End {
			return true
		}
	}
	return false
}

// slotAnchor reports whether replaced run o puts one anchor in the place
// of another: a figure on each side that the other claim does not give
// anywhere ("5 قاطرات" against "3 قاطرات"), a named person, place or
// organisation on each side that the other claim does not name, an
// adjective of another place on each side ("للبنك المركزي اليوناني"
// against "للبنك المركزي الأوروبي": another recipient), or
// another rank ("الدفعة الثانية" against "الدفعة الثالثة"). The typed checks may leave such a slot unreported
// (figures of two days are not compared at all); it still tells two
// happenings apart.
func (p *pair) slotAnchor(o Op) bool {
	var fig, name [2]bool
	var rank [2]string
	var places [2][]string // skeletons of adjectives of places
	for s := 0; s < 2; s++ {
		sp, r := side(o, s)
		for i := r.From; i < r.To; i++ {
			if t := p.toks(s)[i]; t.Kind == lang.Word && !t.Stop && placeAdjective(t.Norm) && !p.formOn(1-s, i) {
				places[s] = append(places[s], skeleton(t.Norm))
			}
		}
		for _, h := range p.allHits(s) {
			if h.Kind == modality.KindOrdinal && h.From >= r.From && h.To <= r.To {
				rank[s] = fmt.Sprint(h.Sense)
			}
		}
		c, other := p.c[s], p.c[1-s]
		// A figure whose digits stand in the run (its unit word may be
		// shared: "1596.34 نقطة" against "1586.46 نقطة").
		for _, x := range p.cc[s].numbers() {
			if x.Start >= sp.Start && x.Start < sp.End && !hasValue(p.cc[1-s].numbers(), x.Value) {
				fig[s] = true
			}
		}
		for _, e := range c.Entities {
			if e.Start < sp.Start || e.End > sp.End || e.ID == "" || e.Kind == "role" || e.Kind == "outlet" {
				continue
			}
			if !hasEntity(other, e.ID) {
				name[s] = true
			}
		}
	}
	// A name against a word or two the lexicons do not know ("تبوك"
	// against "الحدود الشمالية"، "مصر" against "كولومبيا") is a slot too.
	for s := 0; s < 2; s++ {
		if name[s] && !name[1-s] && p.unknownWords(1-s, o) {
			name[1-s] = true
		}
	}
	return fig[0] && fig[1] || name[0] && name[1] || otherPlaces(places) || p.otherRegion(o) || rank[0] != "" && rank[1] != "" && rank[0] != rank[1]
}

// otherRegion reports whether replaced run o names another region after
// the same head on both sides ("بمنطقة تبوك" against "بمنطقة الحدود
// الشمالية"، "محافظة جدة" against "محافظة الطائف"): one notice of two
// regions.
func (p *pair) otherRegion(o Op) bool {
	_, ra := side(o, 0)
	_, rb := side(o, 1)
	if ra.From == 0 || rb.From == 0 || ra.From >= ra.To || rb.From >= rb.To {
		return false
	}
	// The head is in construct, without the article: "المنطقة" stands
	// alone ("أمين المنطقة الدكتور خالد").
	na, nb := p.toks(0)[ra.From-1].Norm, p.toks(1)[rb.From-1].Norm
	if definite(na) || definite(nb) {
		return false
	}
	ha, hb := stripClitic(na), stripClitic(nb)
	if ha != hb || !regionHeads[ha] {
		return false
	}
	return !p.formOn(1, ra.From) && !p.formOn(0, rb.From)
}

// regionHeads are folded heads a region's name follows, clitics stripped.
var regionHeads = normSet(`منطقة منطقه محافظة محافظه إمارة امارة مدينة مدينه ولاية ولايه قطاع بلدة بلده قرية قريه حي`)

// otherPlaces reports whether each side holds an adjective of a place
// and none is a spelling of one of the other's (الأمريكية، الأميركية).
func otherPlaces(places [2][]string) bool {
	if len(places[0]) == 0 || len(places[1]) == 0 {
		return false
	}
	for _, x := range places[0] {
		if slices.Contains(places[1], x) {
			return false
		}
	}
	return true
}

// unknownWords reports whether side s's part of op o is one or two
// content words, none a form of a word of the other claim: a name the
// entity lexicons do not hold.
func (p *pair) unknownWords(s int, o Op) bool {
	_, r := side(o, s)
	n := 0
	for i := r.From; i < r.To; i++ {
		t := p.toks(s)[i]
		if t.Stop || t.Kind != lang.Word {
			continue
		}
		if p.formOn(1-s, i) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// hasValue reports whether ns holds a number of value v.
func hasValue(ns []claim.Number, v float64) bool {
	for _, n := range ns {
		if n.Value == v {
			return true
		}
	}
	return false
}

// changedEvidence returns the pieces of evs that meet a changed run of the
// word diff: a participants difference also points at the people both
// claims name, which tell nothing apart.
func (p *pair) changedEvidence(evs []Evidence) []Evidence {
	var out []Evidence
	for _, e := range evs {
		s := 0
		if e.Claim != p.c[0].ID {
			s = 1
		}
		for _, o := range p.ops {
			sp, _ := side(o, s)
			if o.Changed() && e.Start < sp.End && sp.Start < e.End {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// overlapsAny reports whether any of evs overlaps any of seen (same claim,
// byte ranges that meet).
func overlapsAny(evs, seen []Evidence) bool {
	for _, e := range evs {
		for _, f := range seen {
			if e.Claim == f.Claim && e.Start < f.End && f.Start < e.End {
				return true
			}
		}
	}
	return false
}

// minAnchors is how many anchor differences make a pair two facts.
const minAnchors = 2

// isAnchor reports whether d is a difference in what identifies a
// happening, not in how it is told (quote, hedge, negation, direction).
func isAnchor(d Discrepancy) bool {
	switch d.Type {
	case TypeNumber, TypeDate, TypeEntity, TypeParticipants:
		return true
	case TypePolarity:
		// A rise against a fall is the happening's direction: with
		// another anchor (other figures), two days' market moves.
		return d.Subtype == "ordinal" || d.Subtype == "opposite"
	case TypeAttribution:
		return d.Severity == 3 && strings.HasPrefix(d.Detail, "said by")
	}
	return false
}

// CompareGroup compares every two claims of an alignment from different
// documents and returns their discrepancies deduplicated (the same type
// with the same evidence is listed once) and sorted by severity, most
// severe first.
func CompareGroup(claims []*claim.Claim) []Discrepancy {
	return CompareGroupWith(claims, Options{})
}

// CompareGroupWith is CompareGroup with options.
func CompareGroupWith(claims []*claim.Claim, opts Options) []Discrepancy {
	ds, _ := CompareGroupDiffs(claims, opts)
	return ds
}

// CompareGroupDiffs is CompareGroupWith that also returns the word diff of
// every two claims it compared (from different documents, in order), each
// computed once for both uses.
//
// Outlets often carry one agency's sentence word for word, so a group
// often holds copies: claims that sameClaim takes for one claim told
// twice. A pair whose two claims are copies of an earlier pair's, in the
// same order, gets that pair's results instead of its own comparison: the
// word diff with its spans moved by how far each copy lies from its
// original, and the discrepancies with the copies' IDs and evidence moved
// alike (copyPair). Every check reads a claim only through what sameClaim
// compares, with offsets from the claim's start, so the comparison would
// find exactly these.
func CompareGroupDiffs(claims []*claim.Claim, opts Options) ([]Discrepancy, []PairDiff) {
	out := []Discrepancy{}
	// What the checks work out of one claim alone is worked out once for
	// all its pairs, in tables reused from group to group (cachearena.go).
	arena := arenas.Get().(*cacheArena)
	defer arena.release()
	caches := arena.newCaches(claims)
	seen := arena.dedupSet()
	// One diff per pair of claims of two documents: made at its length,
	// as the caller holds it until it is written.
	n := 0
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			if !skipPair(claims[i], claims[j]) {
				n++
			}
		}
	}
	diffs := make([]PairDiff, 0, n)
	orig := copiesOf(claims, opts)
	copies := make([]int, len(claims)) // claims of each original, itself included
	for _, k := range orig {
		copies[k]++
	}
	// The pairs compared so far whose claims have copies, by their
	// claims' originals, and what each found before deduplication.
	var done map[[2]int]comparedPair
	for i := 0; i < len(claims); i++ {
		for j := i + 1; j < len(claims); j++ {
			if skipPair(claims[i], claims[j]) {
				continue
			}
			key := [2]int{orig[i], orig[j]}
			var ops []Op
			var found []Discrepancy
			if cp, ok := done[key]; ok && claims[i].ID != claims[j].ID {
				ops, found = cp.copyFor(claims[i], claims[j])
			} else {
				ops = Words(claims[i], claims[j])
				if orig[i] != orig[j] && !sameClaim(claims[i], claims[j], opts) {
					found = compareOps(caches[i], caches[j], ops, opts)
				}
				if (copies[key[0]] > 1 || copies[key[1]] > 1) && claims[i].ID != claims[j].ID {
					if done == nil {
						done = make(map[[2]int]comparedPair)
					}
					done[key] = comparedPair{a: claims[i], b: claims[j], ops: ops, found: found}
				}
			}
			diffs = append(diffs, PairDiff{A: claims[i].ID, B: claims[j].ID, Ops: ops})
			for _, d := range found {
				k := keyOf(d)
				if !seen[k] {
					seen[k] = true
					out = append(out, d)
				}
			}
		}
	}
	sortDiscrepancies(out)
	return out, diffs
}

// skipPair reports whether CompareGroupDiffs leaves claims a and b
// uncompared: either is nil, or both are of one document.
func skipPair(a, b *claim.Claim) bool {
	return a == nil || b == nil || (a.Doc == b.Doc && a.Doc != "")
}

// copiesOf returns, for each claim of a group, the index of the first
// claim of the group it is a copy of (sameClaim, with the same length of
// document text and another ID), or its own index. Nil claims are their own.
func copiesOf(claims []*claim.Claim, opts Options) []int {
	orig := make([]int, len(claims))
	for i, c := range claims {
		orig[i] = i
		if c == nil {
			continue
		}
		for k := range i {
			if orig[k] == k && claims[k] != nil && claims[k].ID != c.ID &&
				claims[k].End-claims[k].Start == c.End-c.Start && sameClaim(claims[k], c, opts) {
				orig[i] = k
				break
			}
		}
	}
	return orig
}

// comparedPair is what the comparison of claims a and b found: their word
// diff and their discrepancies before deduplication.
type comparedPair struct {
	a, b  *claim.Claim
	ops   []Op
	found []Discrepancy
}

// copyFor returns the word diff and discrepancies of claims a and b,
// copies of cp's claims (sameClaim) in the same order: cp's, with spans
// and evidence moved by how far each copy lies from its original in its
// document text, and the copies' IDs.
func (cp comparedPair) copyFor(a, b *claim.Claim) ([]Op, []Discrepancy) {
	da, db := a.Start-cp.a.Start, b.Start-cp.b.Start
	ops := make([]Op, len(cp.ops))
	for k, o := range cp.ops {
		o.A.Start, o.A.End = o.A.Start+da, o.A.End+da
		o.B.Start, o.B.End = o.B.Start+db, o.B.End+db
		ops[k] = o
	}
	if cp.found == nil {
		return ops, nil
	}
	found := make([]Discrepancy, len(cp.found))
	for k, d := range cp.found {
		d.Claims = slices.Clone(d.Claims)
		for m, id := range d.Claims {
			switch id {
			case cp.a.ID:
				d.Claims[m] = a.ID
			case cp.b.ID:
				d.Claims[m] = b.ID
			}
		}
		d.Evidence = slices.Clone(d.Evidence)
		for m, e := range d.Evidence {
			switch e.Claim {
			case cp.a.ID:
				d.Evidence[m] = Evidence{Claim: a.ID, Start: e.Start + da, End: e.End + da}
			case cp.b.ID:
				d.Evidence[m] = Evidence{Claim: b.ID, Start: e.Start + db, End: e.End + db}
			}
		}
		found[k] = d
	}
	return ops, found
}

// dedupKey identifies a discrepancy for CompareGroupDiffs: its type and
// its evidence, as a set. Discrepancies hold one or two pieces of evidence
// (a few more for quotes, participants and wording); those beyond
// dedupInline are kept, sorted, in rest.
type dedupKey struct {
	typ  string
	n    int
	ev   [dedupInline]Evidence
	rest string
}

// dedupInline is how many pieces of evidence a dedupKey holds inline.
const dedupInline = 2

// keyOf returns d's dedupKey. Two discrepancies get one key exactly when
// they have one type and the same evidence, in any order.
func keyOf(d Discrepancy) dedupKey {
	k := dedupKey{typ: d.Type, n: len(d.Evidence)}
	ev := d.Evidence
	if len(ev) > 1 {
		ev = slices.Clone(ev)
		slices.SortFunc(ev, func(x, y Evidence) int {
			return cmp.Or(strings.Compare(x.Claim, y.Claim), cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
		})
	}
	for i, e := range ev {
		if i < dedupInline {
			k.ev[i] = e
			continue
		}
		k.rest += e.Claim + ":" + strconv.Itoa(e.Start) + "-" + strconv.Itoa(e.End) + ","
	}
	return k
}

// typeOrder breaks severity ties so output is stable.
var typeOrder = map[string]int{
	TypeNumber: 0, TypeDate: 1, TypeParticipants: 2, TypeAttribution: 3, TypePolarity: 4,
	TypeEntity: 5, TypeQuote: 6, TypeModality: 7, TypeWording: 8,
}

func sortDiscrepancies(ds []Discrepancy) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Severity != ds[j].Severity {
			return ds[i].Severity > ds[j].Severity
		}
		return typeOrder[ds[i].Type] < typeOrder[ds[j].Type]
	})
}

// pair is the state of one comparison.
type pair struct {
	c    [2]*claim.Claim
	ops  []Op
	used [2][]bool // tokens a check has explained
	opts Options
	out  []Discrepancy
	cue  [2][]modality.Cue
	hit  [2][]modality.Hit // sense hits in changed runs (hits)
	// cc holds what each side's claim gives alone, shared by every pair
	// of a group (claimcache.go).
	cc [2]*claimCache
	// swapModel is the learned substitution gate (swap.go), nil for none;
	// collect, when set, receives the gate's candidates instead of the
	// gate deciding them (training).
	swapModel *SwapModel
	collect   func(SwapCandidate)
	// share caches contentShare (-1 until computed).
	share float64
	// sharedN caches sharedWords of each side (-1 until counted).
	sharedN [2]int
	// form caches formOn: form[s][j] is 0 until asked, then 1 when side
	// s has a form of token j of the other side, 2 when it has none.
	form [2][]int8
}

// newPair returns the state of comparing the claims of caches a and b,
// whose word diff is ops.
//
// With an arena (CompareGroupDiffs), the pair is the arena's, valid until
// the next newPair of the group.
func newPair(a, b *claimCache, ops []Op, opts Options) *pair {
	var p *pair
	if a.arena != nil {
		p = &a.arena.pair
	} else {
		p = new(pair)
	}
	*p = pair{c: [2]*claim.Claim{a.c, b.c}, cc: [2]*claimCache{a, b}, opts: opts, ops: ops, swapModel: DefaultSwapModel, share: -1, sharedN: [2]int{-1, -1}}
	na, nb := len(a.c.Tokens), len(b.c.Tokens)
	if ar := a.arena; ar != nil {
		p.used, p.form = ar.pairTables(na, nb)
	} else {
		p.used = [2][]bool{make([]bool, na), make([]bool, nb)}
		p.form = [2][]int8{make([]int8, nb), make([]int8, na)}
	}
	return p
}

// toks returns side s's tokens.
func (p *pair) toks(s int) []lang.Token { return p.c[s].Tokens }

// side returns op o's span and token range on side s.
func side(o Op, s int) (Span, Range) {
	if s == 0 {
		return o.A, o.AT
	}
	return o.B, o.BT
}

// text returns the claim's text at a document span, or "".
func text(c *claim.Claim, sp Span) string {
	s, e := sp.Start-c.Start, sp.End-c.Start
	if s < 0 || e > len(c.Text) || s > e {
		return ""
	}
	return c.Text[s:e]
}

// markSpan marks the tokens of side s inside sp as explained.
func (p *pair) markSpan(s int, sp Span) {
	toks := p.toks(s)
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= sp.Start })
	for ; i < len(toks) && toks[i].Start < sp.End; i++ {
		if toks[i].End <= sp.End {
			p.used[s][i] = true
		}
	}
}

// changed reports whether token i of side s is in a Changed op, and gives
// the op index.
func (p *pair) changedAt(s int, sp Span) bool {
	for _, o := range p.ops {
		if !o.Changed() {
			continue
		}
		osp, _ := side(o, s)
		if osp.Start < sp.End && sp.Start < osp.End {
			return true
		}
	}
	return false
}

// ev returns evidence for span sp of side s, or the whole claim when sp is
// empty.
func (p *pair) ev(s int, sp Span) Evidence {
	c := p.c[s]
	if sp.Start >= sp.End {
		return Evidence{Claim: c.ID, Start: c.Start, End: c.Start + len(c.Text)}
	}
	return Evidence{Claim: c.ID, Start: sp.Start, End: sp.End}
}

func (p *pair) add(typ string, sev int, detail string, ev ...Evidence) {
	p.addSub(typ, "", sev, detail, ev...)
}

func (p *pair) addSub(typ, sub string, sev int, detail string, ev ...Evidence) {
	p.out = append(p.out, Discrepancy{Type: typ, Subtype: sub, Severity: sev, Claims: []string{p.c[0].ID, p.c[1].ID},
		Detail: detail, Evidence: ev})
}

// --- date -------------------------------------------------------------

// eventDates returns the dates of c that date its happening. A date the
// happening is measured against ("بارتفاع 9.1 في المائة مقارنة بعام
// 2013"، "وبالمقارنة مع مبيعات العقار في عام 2007") dates the base of a
// comparison, not the happening (comparedDate).
func eventDates(c *claim.Claim) []claim.Date {
	var out []claim.Date
	for _, d := range c.Dates {
		if d.Value == "" || comparedDate(c, d) {
			continue
		}
		if d.Role == "on" || d.Role == "" || (c.EventDate != "" && d.Value == c.EventDate) {
			out = append(out, d)
		}
	}
	return out
}

// comparedDate reports whether date d of c follows a word of comparison
// (مقارنة، بالمقارنة، قياسا، مقابل) within comparisonReach words, in the
// same clause (no comma or full stop between).
func comparedDate(c *claim.Claim, d claim.Date) bool {
	k := d.Start - c.Start
	if k <= 0 || k > len(c.Text) {
		return false
	}
	before := c.Text[:k]
	if i := strings.LastIndexAny(before, "،,.;؛:"); i >= 0 {
		before = before[i+1:]
	}
	ws := lang.Tokenize(before)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-comparisonReach; i-- {
		if w := ws[i].Norm; comparisonWords[w] || comparisonWords[stripClitic(w)] {
			return true
		}
	}
	return false
}

// comparisonReach is how many words before a date comparedDate reads:
// "بالمقارنة مع مبيعات العقار في عام 2007".
const comparisonReach = 6

// comparisonWords open the base of a comparison, folded.
var comparisonWords = normSet(`مقارنة بالمقارنة مقارنة مقارنتها مقارنته قياسا مقابل بمقابل compared`)

// dateInterval returns the first and last day an ISO value (YYYY,
// YYYY-MM, YYYY-MM-DD or a range a/b of those) allows, as comparable
// strings, and false for a value it cannot read.
func dateInterval(v string) (lo, hi string, ok bool) {
	a, b, isRange := strings.Cut(v, "/")
	if !isRange {
		b = a
	}
	lo, ok1 := datePoint(a, false)
	hi, ok2 := datePoint(b, true)
	return lo, hi, ok1 && ok2 && lo <= hi
}

func datePoint(v string, end bool) (string, bool) {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	switch {
	case len(v) == 4 && digits(v):
		if end {
			return v + "-12-31", true
		}
		return v + "-01-01", true
	case len(v) == 7 && v[4] == '-' && digits(v[:4]) && digits(v[5:]):
		if end {
			return v + "-31", true
		}
		return v + "-01", true
	case len(v) == 10 && v[4] == '-' && v[7] == '-' && digits(v[:4]) && digits(v[5:7]) && digits(v[8:]):
		return v, true
	}
	return "", false
}

// givesDate reports whether c's text has date d's words: its digits when
// it has four or more (a year), else its folded text.
func givesDate(c *claim.Claim, d claim.Date) bool {
	if ds := digitsOf(d.Text); len(ds) >= 4 {
		return strings.Contains(digitsSpaced(c.Text), " "+ds+" ")
	}
	t := lang.Normalize(d.Text)
	return t != "" && strings.Contains(lang.Normalize(c.Text), t)
}

// digitsSpaced returns the runs of digits of s (any script, as ASCII)
// with a space on either side of each.
func digitsSpaced(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	in := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			b.WriteRune('0' + rune(digitValue(r)))
			in = true
			continue
		}
		if in {
			b.WriteByte(' ')
			in = false
		}
	}
	b.WriteByte(' ')
	return b.String()
}

// digitValue returns the value of decimal digit r of any script.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return 0
}

// DatesCompatible reports whether two ISO date values can name the same
// day: their intervals meet. Values it cannot read are compatible with
// anything.
func DatesCompatible(x, y string) bool {
	xl, xh, ok1 := dateInterval(x)
	yl, yh, ok2 := dateInterval(y)
	if !ok1 || !ok2 {
		return true
	}
	return xl <= yh && yl <= xh
}

func (p *pair) checkDates() {
	for s := 0; s < 2; s++ {
		for _, d := range p.c[s].Dates {
			if d.IsDate() { // a duration or vague span is left to the number and wording checks
				p.markSpan(s, Span{d.Start, d.End})
			}
		}
	}
	da, db := eventDates(p.c[0]), eventDates(p.c[1])
	if len(da) == 0 || len(db) == 0 {
		return
	}
	for _, x := range da {
		for _, y := range db {
			if DatesCompatible(x.Value, y.Value) {
				return
			}
		}
	}
	x, y := da[0], db[0]
	if givesDate(p.c[1], x) || givesDate(p.c[0], y) {
		// The other claim gives the same date in the same words (both
		// say "هذه السنة"، both "1396"): read against other publication
		// dates or beside another date, it is still one.
		return
	}
	p.add(TypeDate, 3, fmt.Sprintf("dated %s (%q) against %s (%q)", x.Value, x.Text, y.Value, y.Text),
		p.ev(0, Span{x.Start, x.End}), p.ev(1, Span{y.Start, y.End}))
}

// calendarNames gives single-word names of weekdays and months their class
// and number: "w" weekdays (السبت 1 … الجمعة 7), "g" Gregorian months in
// either naming (يناير and كانون الثاني are not single words, so the
// Syriac names that are: شباط 2 … أيلول 9), "h" Hijri months.
var calendarNames = func() map[string][2]string {
	m := map[string][2]string{}
	add := func(class string, n int, ws string) {
		for _, w := range strings.Fields(ws) {
			m[stripClitic(lang.Normalize(w))] = [2]string{class, strconv.Itoa(n)}
		}
	}
	for i, ws := range []string{"السبت سبت", "الأحد أحد", "الاثنين الإثنين اثنين", "الثلاثاء ثلاثاء", "الأربعاء أربعاء", "الخميس خميس", "الجمعة جمعة"} {
		add("w", i+1, ws)
	}
	for i, ws := range []string{"يناير", "فبراير شباط", "مارس آذار", "أبريل إبريل ابريل نيسان", "مايو أيار", "يونيو يونيه حزيران",
		"يوليو يوليه تموز", "أغسطس اغسطس", "سبتمبر أيلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"} {
		add("g", i+1, ws)
	}
	for _, e := range []struct {
		n  int
		ws string
	}{{1, "محرم"}, {8, "شعبان"}, {9, "رمضان"}, {10, "شوال"}} {
		add("h", e.n, e.ws)
	}
	return m
}()

// checkCalendarNames reports a weekday or month named in a changed run of
// each side of two short claims where the two differ and neither side
// names the other's, when the date check found nothing to compare (no
// date resolved on both sides: "في رمضان" against "في شوال" in texts
// without a year).
func (p *pair) checkCalendarNames() {
	// The date check compared resolved dates; in long sentences a day
	// named differs for many reasons (the day of the happening, of the
	// announcement, of the report).
	if len(eventDates(p.c[0])) > 0 && len(eventDates(p.c[1])) > 0 || p.long(0) || p.long(1) {
		return
	}
	any := func(s int) bool {
		for _, t := range p.toks(s) {
			if _, ok := calendarNames[stripClitic(t.Norm)]; ok && t.Kind == lang.Word {
				return true
			}
		}
		return false
	}
	if !any(0) || !any(1) {
		return
	}
	names := func(s int) map[string]int {
		out := map[string]int{}
		for i, t := range p.toks(s) {
			if t.Kind != lang.Word {
				continue
			}
			if c, ok := calendarNames[stripClitic(t.Norm)]; ok {
				out[c[0]+c[1]] = i
			}
		}
		return out
	}
	na, nb := names(0), names(1)
	if len(na) == 0 || len(nb) == 0 {
		return
	}
	for _, o := range p.ops {
		if o.Kind != Replace || !o.Changed() {
			continue
		}
		for i := o.AT.From; i < o.AT.To; i++ {
			x, ok := calendarNames[stripClitic(p.toks(0)[i].Norm)]
			if !ok || hasKey(nb, x[0]+x[1]) {
				continue
			}
			for j := o.BT.From; j < o.BT.To; j++ {
				y, ok := calendarNames[stripClitic(p.toks(1)[j].Norm)]
				if !ok || y[0] != x[0] || y == x || hasKey(na, y[0]+y[1]) {
					continue
				}
				ta, tb := p.toks(0)[i], p.toks(1)[j]
				p.add(TypeDate, 3, fmt.Sprintf("%q in A, %q in B", text(p.c[0], Span{ta.Start, ta.End}), text(p.c[1], Span{tb.Start, tb.End})),
					p.ev(0, Span{ta.Start, ta.End}), p.ev(1, Span{tb.Start, tb.End}))
				p.markSpan(0, Span{ta.Start, ta.End})
				p.markSpan(1, Span{tb.Start, tb.End})
				return
			}
		}
	}
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

// --- number -----------------------------------------------------------

func toNumber(n claim.Number) numbers.Number {
	return numbers.Number{Value: n.Value, Approx: n.Approx, Unit: n.Unit, Percent: n.Unit == "%"}
}

// roundedAlike reports whether one of two figures is the other rounded to
// the last digit it prints: "8.3 في المائة" against "8.33 في المائة",
// "75 مليون" against "75.4 مليون", "1.842 مليار" against "1842.2 مليون".
func roundedAlike(x, y claim.Number) bool {
	ux, okx := lastDigitUnit(x)
	uy, oky := lastDigitUnit(y)
	if !okx || !oky || math.Abs(ux-uy) <= 1e-9*math.Max(ux, uy) {
		return false
	}
	if ux < uy {
		x, y, ux = y, x, uy
	}
	// x is printed to the coarser digit (in value, not in decimals:
	// "1.842 مليار" is coarser than "1842.2 مليون"): round y to it.
	// Rounding that moves a figure by more than a fortieth ("1.5 مليون"
	// to "2 مليون") is another figure.
	if math.Abs(x.Value-y.Value) > math.Abs(y.Value)/40 {
		return false
	}
	if math.Abs(math.Round(y.Value/ux)-x.Value/ux) < 1e-6 {
		return true
	}
	// Cut rather than rounded: "70 مليون دولار" for "70.7 مليون دولار".
	return math.Abs(math.Trunc(y.Value/ux)-x.Value/ux) < 1e-6
}

// lastDigitUnit is the value one unit of figure n's last printed digit
// stands for: 0.1 for "8.3", a million for "1.842 مليار", 100,000 for
// "1842.2 مليون".
func lastDigitUnit(n claim.Number) (float64, bool) {
	if n.Value == 0 {
		return 0, false
	}
	scale := n.Value / printedValue(n.Text)
	if math.IsNaN(scale) || math.IsInf(scale, 0) || scale <= 0 {
		return 0, false
	}
	return scale * math.Pow(10, -float64(decimals(n.Text))), true
}

// separatorAlike reports whether two figures print the same digits and
// differ by a power of a thousand: a thousands separator read as a
// decimal point ("1277 فردا" against "١.٢٧٧ فردا").
func separatorAlike(x, y claim.Number) bool {
	dx, dy := digitsOf(x.Text), digitsOf(y.Text)
	if dx == dy && x.Value != y.Value && (zeroFraction(x.Text) || zeroFraction(y.Text)) {
		// "3.00 متر" against "300 متر": the same digits, one with a
		// stray separator before zeros only.
		return true
	}
	if len(dx) < 4 || dx != dy || x.Value == 0 || y.Value == 0 {
		return false
	}
	// The smaller reading has the separator; a scale word ("50 مليار"
	// against "50 مليون") prints no separator and is another figure.
	small := x
	if math.Abs(y.Value) < math.Abs(x.Value) {
		small = y
	}
	if !strings.ContainsAny(small.Text, ".,٫") {
		return false
	}
	r := math.Abs(math.Log10(math.Abs(x.Value / y.Value)))
	return r > 0.5 && math.Abs(r/3-math.Round(r/3)) < 1e-6
}

// zeroFraction reports whether printed figure t has a separator followed
// by zeros only ("3.00"، "12,000" does not count: three digits group
// thousands).
func zeroFraction(t string) bool {
	for _, f := range strings.Fields(t) {
		if !strings.ContainsFunc(f, unicode.IsDigit) {
			continue
		}
		k := strings.LastIndexAny(f, ".,٫")
		if k < 0 {
			return false
		}
		frac := strings.TrimRightFunc(f[k+1:], func(r rune) bool { return !unicode.IsDigit(r) })
		n := utf8.RuneCountInString(frac)
		return n > 0 && n != 3 && strings.Trim(frac, "0٠") == ""
	}
	return false
}

// digitsOf returns the digits printed in s, in ASCII, nothing else.
func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + (r - '٠'))
		}
	}
	return b.String()
}

// decimals counts the digits after the decimal point of the first figure
// printed in s (".", "٫" or "," between digits); -1 when s has no digits.
func decimals(s string) int {
	digits, after, seen := false, -1, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9' || r >= '٠' && r <= '٩':
			digits = true
			if seen {
				after++
			}
		case (r == '.' || r == '٫' || r == ',') && digits && !seen:
			seen, after = true, 0
		case digits:
			if seen && after == 0 {
				return 0
			}
			if seen {
				return after
			}
			return 0
		}
	}
	if !digits {
		return -1
	}
	if seen {
		return after
	}
	return 0
}

// printedValue reads the first figure printed in s as a number, or NaN.
func printedValue(s string) float64 {
	var b strings.Builder
	started := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
			started = true
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + (r - '٠'))
			started = true
		case (r == '.' || r == '٫' || r == ',') && started:
			b.WriteRune('.')
		case started:
			goto done
		}
	}
done:
	v, err := strconv.ParseFloat(strings.TrimSuffix(b.String(), "."), 64)
	if err != nil {
		return math.NaN()
	}
	return v
}

// comparable reports whether two numbers count the same thing: the same
// unit (as claim/numbers maps them) or no unit on either side.
func comparable(x, y claim.Number) bool {
	if (x.Unit == "") != (y.Unit == "") {
		return false
	}
	_, why := numbers.Compare(toNumber(x), toNumber(y))
	return !strings.HasPrefix(why, "not comparable")
}

func (p *pair) checkNumbers() {
	na, nb := p.cc[0].numbers(), p.cc[1].numbers()
	for s, ns := range [2][]claim.Number{na, nb} {
		for _, n := range ns {
			p.markSpan(s, Span{n.Start, n.End})
		}
	}
	na, nb = readable(p.c[0], na, nb), readable(p.c[1], nb, na)
	// hasMatch[s][i]: number i of side s has a compatible partner.
	match := func(x claim.Number, others []claim.Number) (partner int, ok bool) {
		partner = -1
		for j, y := range others {
			if !comparable(x, y) {
				continue
			}
			if conflict, _ := numbers.Compare(toNumber(x), toNumber(y)); !conflict || roundedAlike(x, y) || separatorAlike(x, y) {
				return j, true
			}
			if partner < 0 {
				partner = j
			}
		}
		return partner, false
	}
	differentData := p.differentData(na, nb, match) || p.opts.Aligned && (p.long(0) || p.long(1)) && len(na)+len(nb) > 2 && !sharesFigure(na, nb) ||
		p.opts.Aligned && p.otherSession() || p.opts.Aligned && unmatched(na, nb) >= 2 && unmatched(nb, na) >= 2
	if !differentData && p.boundsReversed(na, nb) {
		return
	}
	for _, x := range na {
		j, ok := match(x, nb)
		if ok || j < 0 || differentData {
			continue
		}
		y := nb[j]
		if _, ok := match(y, na); ok || p.otherLabel(x, y, na, nb) {
			continue
		}
		_, why := numbers.Compare(toNumber(x), toNumber(y))
		p.add(TypeNumber, 3, fmt.Sprintf("%q against %q: %s", x.Text, y.Text, why),
			p.ev(0, Span{x.Start, x.End}), p.ev(1, Span{y.Start, y.End}))
	}
	p.checkDurations(na, nb)
}

// unmatched counts the figures of xs whose value ys does not give (the
// same value, or one rounded or separated alike). Between aligned claims,
// two or more such figures on each side are two readings of one template
// (a metal's price and move at two moments: "605.25 دولارات متراجعا 1.4
// في المائة" against "1.7 في المائة إلى 614.75 دولار"), not one figure
// misreported, which differs in one.
func unmatched(xs, ys []claim.Number) int {
	n := 0
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if comparable(x, y) && (x.Value == y.Value || roundedAlike(x, y) || separatorAlike(x, y)) {
				found = true
				break
			}
		}
		if !found {
			n++
		}
	}
	return n
}

// sessionWords are folded words that place a market figure in a session
// of trading: at the close, at settlement, early in the day, by a clock
// time.
var sessionWords = normSet(`الإغلاق الاغلاق التسوية المبكرة الافتتاح بحلول الساعة مقتربا`)

// otherSession reports whether one claim places its figures in a session
// of trading the other does not name ("قفز سعر برنت عند التسوية 39 سنتا"
// against "قفز سعر برنت 75 سنتا"): prices and moves of two moments of one
// day differ by nature, so they are two readings, not one misreported.
func (p *pair) otherSession() bool {
	return p.cc[0].sessions() != p.cc[1].sessions()
}

// sessionBit numbers the session words for sessionsOf.
var sessionBit = func() map[string]uint64 {
	words := make([]string, 0, len(sessionWords))
	for w := range sessionWords {
		words = append(words, w)
	}
	slices.Sort(words)
	m := make(map[string]uint64, len(words))
	for i, w := range words {
		m[w] = 1 << i
	}
	return m
}()

// sessionsOf returns the set of session words toks hold, as a word or
// after a clitic (stripClitic), one bit a word (sessionBit).
func sessionsOf(toks []lang.Token) uint64 {
	var set uint64
	for _, t := range toks {
		if b := stripClitic(t.Norm); sessionFilter.MayHave(t.Norm) || sessionFilter.MayHave(b) {
			set |= sessionBit[t.Norm] | sessionBit[b]
		}
	}
	return set
}

// otherLabel reports whether figure x of A and its partner y of B belong
// to other labels: y's label (the two content words before it) is that of
// another figure of A, or x's that of another figure of B. In a list of
// indices or shares ("داكس الألماني 1.12 … البريطاني 1.5"، "داماك العقارية
// 2.2 وسهم الاتحاد العقارية 5" against "الاتحاد العقارية 0.8") each figure
// is held against the one of its own label, not the nearest value. Only
// figures of one unit count: "17.3 مليار ريال (4.6 مليار دولار)" labels
// one sum twice.
func (p *pair) otherLabel(x, y claim.Number, na, nb []claim.Number) bool {
	lx, ly := p.label(0, x), p.label(1, y)
	for _, z := range na {
		if z.Start != x.Start && ly != "" && comparable(y, z) && p.label(0, z) == ly {
			return true
		}
	}
	for _, z := range nb {
		if z.Start != y.Start && lx != "" && comparable(x, z) && p.label(1, z) == lx {
			return true
		}
	}
	return false
}

// label returns the two content words before figure n of side s (within
// six tokens; numbers, stop words and words that lead a figure such as
// بنسبة and إلى left out), folded and clitics stripped, or "" — also when
// a unit of another figure comes first.
func (p *pair) label(s int, n claim.Number) string {
	toks := p.toks(s)
	i := p.tokenAt(s, n.Start)
	var ws []string
	for k := i - 1; k >= 0 && k >= i-6 && len(ws) < 2; k-- {
		t := toks[k]
		w := stripClitic(t.Norm)
		if t.Kind != lang.Word || t.Stop || figureLeads[w] || figureLeads[t.Norm] {
			continue
		}
		if figureUnits[w] || figureUnits[t.Norm] {
			// Another figure's unit ("17.3 مليار ريال (4.6 مليار
			// دولار)") labels nothing.
			return ""
		}
		ws = append(ws, w)
	}
	if len(ws) < 2 {
		return ""
	}
	return ws[1] + " " + ws[0]
}

// figureUnits are folded units and scales of figures.
var figureUnits = normSet(`ريال دولار دولارا دولارات يورو جنيه مليار مليارات مليون ملايين ألف آلاف الف الاف كم كيلومتر متر المائة المئة بالمائة بالمئة نقطة نقاط سنتا سنت عاما سنة سنوات`)

// figureLeads are folded words that stand before a figure without naming
// what it counts.
var figureLeads = normSet(`بنسبة نسبة نحو حوالي بحوالي بقيمة قيمة عند الى إلى من مسجلا مسجلة بلغ بلغت ليصل لتصل ليبلغ لتبلغ`)

// sharesFigure reports whether na and nb have a value in common that is
// not a year (a whole number from 1900 to 2100). Two news sentences an
// alignment joined that give no figure in common — a price at 06:08 and
// the price yesterday, a weekend's takings and another's, two reports'
// ratios of 2014 — are two readings, not one figure misreported; one toll
// misreported keeps the others ("مقتل 30 شخصاً وإصابة نحو 100" against
// "مقتل 27 شخصا وإصابة نحو 100").
func sharesFigure(na, nb []claim.Number) bool {
	for _, x := range na {
		if x.Value == float64(int(x.Value)) && x.Value >= 1900 && x.Value <= 2100 {
			continue
		}
		for _, y := range nb {
			if x.Value == y.Value {
				return true
			}
		}
	}
	return false
}

// aboveWords and belowWords, folded, said just before a figure, bound it
// from below ("يتخطى حاجز الـ80"، "فوق 80") or from above ("يقل عن 80"،
// "دون 80"), where claim/numbers reads only some of them.
var (
	aboveWords = normSet(`أكثر يتخطى تتخطى تخطى يتجاوز تتجاوز تجاوز يفوق تفوق فاق فوق أعلى يزيد تزيد زاد`)
	belowWords = normSet(`أقل يقل تقل قل دون تحت أدنى ينخفض تنخفض`)
)

// bound returns +1 when number n of side s is bounded from below (more
// than it), -1 from above (less than it), 0 when neither is said.
func (p *pair) bound(s int, n claim.Number) int {
	switch n.Approx {
	case "more-than", "at-least":
		return 1
	case "less-than", "at-most":
		return -1
	}
	toks := p.toks(s)
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= n.Start })
	// The word just before, over "من"، "عن"، "حاجز" ("يتخطى حاجز الـ80").
	k := i - 1
	for k >= 0 && boundLinks[toks[k].Norm] {
		k--
	}
	if k < 0 {
		return 0
	}
	d := 0
	switch w := stripClitic(toks[k].Norm); {
	case aboveWords[w] || aboveWords[toks[k].Norm]:
		d = 1
	case belowWords[w] || belowWords[toks[k].Norm]:
		d = -1
	}
	// "لا يقل عن 30" is at least 30: a negated bound is left alone.
	if d != 0 && k > 0 {
		switch toks[k-1].Norm {
		case "لا", "لم", "لن", "ليس", "غير", "ما", "مالا":
			return 0
		}
	}
	return d
}

// boundLinks may stand between a bound word and its figure.
var boundLinks = normSet(`من عن حاجز مستوى الـ ال`)

// boundsReversed reports one quantity said on both sides, bounded from
// below on one and from above on the other: "أكثر من 80 دولاراً" against
// "يقل عن 80 دولاراً" meet only at 80, which neither says. Each figure is
// held against its partner only (pairFigures), not against every figure of
// the other side: a sentence that gives one figure as a floor and as a
// ceiling ("لأكثر من 50 نقطة … لأقل من 50 نقطة") is not reversed against
// its own copy.
func (p *pair) boundsReversed(na, nb []claim.Number) bool {
	ba, bb := p.bounds(0, na), p.bounds(1, nb)
	if ba == nil || bb == nil {
		return false
	}
	for i, j := range p.pairFigures(na, nb, ba, bb) {
		if j < 0 || ba[i] == 0 || bb[j] != -ba[i] {
			continue
		}
		x, y := na[i], nb[j]
		what := map[int]string{1: "more than", -1: "less than"}
		p.add(TypeNumber, 3, fmt.Sprintf("%q against %q: %s %s against %s it", x.Text, y.Text, what[ba[i]], strconv.FormatFloat(x.Value, 'f', -1, 64), what[bb[j]]),
			p.ev(0, Span{x.Start, x.End}), p.ev(1, Span{y.Start, y.End}))
		return true
	}
	return false
}

// bounds returns bound of each figure of ns on side s, or nil when none is
// bounded.
func (p *pair) bounds(s int, ns []claim.Number) []int {
	var bs []int
	for i, n := range ns {
		if b := p.bound(s, n); b != 0 {
			if bs == nil {
				bs = make([]int, len(ns))
			}
			bs[i] = b
		}
	}
	return bs
}

// pairFigures pairs the figures of na with those of nb that may be the
// same quantity: the same value and a comparable unit (the counted noun,
// comparable). It returns, for each figure of na, the index of its partner
// in nb or -1. Among several candidates, figures are paired one to one,
// best first by the content words around them (figureContext; the words
// after a figure count twice those before), then by a
// bound said alike (ba, bb: when the words do not tell the pairs apart,
// the reading without a discrepancy is kept), then by their rank among
// the figures of that value on their side, then in order.
func (p *pair) pairFigures(na, nb []claim.Number, ba, bb []int) []int {
	type cand struct{ i, j, shared, rank int }
	var cs []cand
	for i, x := range na {
		for j, y := range nb {
			if x.Value == y.Value && comparable(x, y) {
				cs = append(cs, cand{i: i, j: j, rank: abs(valueRank(na, i) - valueRank(nb, j))})
			}
		}
	}
	partner := make([]int, len(na))
	for i := range partner {
		partner[i] = -1
	}
	if len(cs) == 0 {
		return partner
	}
	if len(cs) > 1 {
		type around struct {
			before, after []string
			done          bool
		}
		ctxA, ctxB := make([]around, len(na)), make([]around, len(nb))
		for k := range cs {
			c := &cs[k]
			x, y := &ctxA[c.i], &ctxB[c.j]
			if !x.done {
				x.before, x.after = p.figureContext(0, na[c.i], na)
				x.done = true
			}
			if !y.done {
				y.before, y.after = p.figureContext(1, nb[c.j], nb)
				y.done = true
			}
			// What follows a figure says what it is (the predicate
			// of "قراءة المؤشر لأكثر من 50 نقطة تشير إلى نمو");
			// what comes before is often the sentence's subject,
			// shared by all its figures.
			c.shared = 2*sharedWords(x.after, y.after) + sharedWords(x.before, y.before)
		}
		slices.SortStableFunc(cs, func(u, v cand) int {
			if u.shared != v.shared {
				return v.shared - u.shared
			}
			if du, dv := ba[u.i] != bb[u.j], ba[v.i] != bb[v.j]; du != dv {
				if du {
					return 1
				}
				return -1
			}
			return u.rank - v.rank
		})
	}
	taken := make([]bool, len(nb))
	for _, c := range cs {
		if partner[c.i] < 0 && !taken[c.j] {
			partner[c.i], taken[c.j] = c.j, true
		}
	}
	return partner
}

// valueRank returns how many figures of ns before figure i have its value.
func valueRank(ns []claim.Number, i int) int {
	r := 0
	for _, n := range ns[:i] {
		if n.Value == ns[i].Value {
			r++
		}
	}
	return r
}

// abs returns the absolute value of n.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// figureContext returns the content words before and after figure n of
// side s, up to four tokens each way and not past another figure of ns,
// folded and clitics stripped: what the figure counts and what is said of
// it ("قراءة المؤشر" … "تشير إلى نمو النشاط"). Bound words and their links
// are left out, so that a floor and a ceiling of one quantity share their
// context.
func (p *pair) figureContext(s int, n claim.Number, ns []claim.Number) (before, after []string) {
	toks := p.toks(s)
	from, to := p.tokenAt(s, n.Start), p.tokenAt(s, n.End)
	lo, hi := max(0, from-4), min(len(toks), to+4)
	for _, m := range ns {
		if m.End <= n.Start {
			lo = max(lo, p.tokenAt(s, m.End))
		}
		if m.Start >= n.End {
			hi = min(hi, p.tokenAt(s, m.Start))
		}
	}
	word := func(t lang.Token) (string, bool) {
		w := stripClitic(t.Norm)
		if t.Kind != lang.Word || t.Stop || boundLinks[t.Norm] || aboveWords[w] || belowWords[w] || aboveWords[t.Norm] || belowWords[t.Norm] {
			return "", false
		}
		return w, true
	}
	for k := lo; k < from; k++ {
		if w, ok := word(toks[k]); ok {
			before = append(before, w)
		}
	}
	for k := to; k < hi; k++ {
		if w, ok := word(toks[k]); ok {
			after = append(after, w)
		}
	}
	return before, after
}

// sharedWords counts the words of xs that ys holds.
func sharedWords(xs, ys []string) int {
	n := 0
	for _, x := range xs {
		if slices.Contains(ys, x) {
			n++
		}
	}
	return n
}

// numbersOfDifferentData is differentData on the claims' readable numbers.
func (p *pair) numbersOfDifferentData() bool {
	na, nb := p.cc[0].numbers(), p.cc[1].numbers()
	na, nb = readable(p.c[0], na, nb), readable(p.c[1], nb, na)
	if len(na) < 2 || len(nb) < 2 {
		return false
	}
	return sharedValues(na, nb) < max(1, (min(len(na), len(nb))+2)/3)
}

// sharedValues counts the numbers of na whose value nb has.
func sharedValues(na, nb []claim.Number) int {
	n := 0
	for _, x := range na {
		for _, y := range nb {
			if x.Value == y.Value {
				n++
				break
			}
		}
	}
	return n
}

// differentData reports whether the claims' numbers are readings of
// different data rather than one figure told two ways: each claim gives
// two or more numbers and not one of them agrees with the other claim's
// (two days' market reports: "ارتفعت أسهم 70 شركة وتراجعت 78" against
// "ارتفعت أسهم 125 شركة وتراجعت 25"); the claims quote prices at different
// clock times ("بحلول الساعة 1056" against "الساعة 1405"); or the claims
// are about differently named things, a short quoted name on each side
// that the other claim does not have ("سان اندرياس" against "جوراسيك
// وورلد").
func (p *pair) differentData(na, nb []claim.Number, match func(claim.Number, []claim.Number) (int, bool)) bool {
	if len(na) >= 2 && len(nb) >= 2 {
		// Agreement is one value on both sides: "أكثر من 90 ألف"
		// against "أكثر من 77 ألف" meet as intervals, not as data; and
		// with many figures a third of them must agree (one "17 شركة"
		// on both days is chance).
		if sharedValues(na, nb) < max(1, (min(len(na), len(nb))+2)/3) {
			return true
		}
	}
	ta, tb := p.cc[0].clockTimes(), p.cc[1].clockTimes()
	if len(ta) > 0 && len(tb) > 0 {
		same := false
		for _, x := range ta {
			for _, y := range tb {
				if x == y {
					same = true
				}
			}
		}
		if !same {
			return true
		}
	}
	return p.quotedNameOnly(0) && p.quotedNameOnly(1)
}

// clockTimes returns the clock times a claim gives ("الساعة 1056"،
// "الساعة 9:31"), as written after the word.
func clockTimes(c *claim.Claim) []string {
	var out []string
	toks := c.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if n := stripClitic(toks[i].Norm); (n == "ساعه" || toks[i].Norm == "الساعه") && toks[i+1].Kind == lang.Number {
			v := toks[i+1].Norm
			if i+2 < len(toks) && toks[i+2].Kind == lang.Number && toks[i+2].Start-toks[i+1].End <= 1 {
				v += ":" + toks[i+2].Norm
			}
			out = append(out, v)
		}
	}
	return out
}

// quotedNameOnly reports whether side s has a short quoted name (at most
// maxTitleWords content words) none of whose words the other claim has.
func (p *pair) quotedNameOnly(s int) bool {
	o := 1 - s
	for _, q := range p.cc[s].quoteSpans() {
		r := p.quoteTokens(s, q)
		n, found := 0, false
		for i := r.From; i < r.To; i++ {
			t := p.toks(s)[i]
			if t.Stop || t.Kind != lang.Word {
				continue
			}
			n++
			if p.formOn(o, i) {
				found = true
			}
		}
		if n > 0 && n <= maxTitleWords && !found {
			return true
		}
	}
	return false
}

// readable drops the numbers of c that cannot be compared as read: the
// second half of a number split by a separator the reader does not know
// ("1ر11" — 11.1 as Saudi papers print it, "31.‏51" with a direction mark),
// an ordinal written with the article ("تقريرها الـ51"), and a number
// whose value the other claim has with another unit or none ("9.1 في
// المائة" against "9.1%").
func readable(c *claim.Claim, ns, others []claim.Number) []claim.Number {
	var out []claim.Number
	// A schedule, two times of day or more ("محاضرات من 7:00 إلى
	// 08:30مساءً وورش عمل من 5 إلى 9 مساء"): which of its times pairs
	// with the other claim's is a guess.
	schedule := 0
	for _, t := range c.Tokens {
		if t.Kind == lang.Word && inSet(timeOfDay, timeOfDayFilter, t.Norm) {
			schedule++
		}
	}
	for _, n := range ns {
		k := n.Start - c.Start
		if k < 0 || k > len(c.Text) {
			out = append(out, n)
			continue
		}
		if schedule >= 2 && timeOfDay[lang.Normalize(n.Unit)] {
			continue
		}
		before := strings.TrimRight(c.Text[:k], "\u200e\u200f\u061c")
		// A code to send or dial ("تبدأ بالرمز 217") names, not counts.
		if f := lastField(before); f != "" && codeWords[lang.Normalize(f)] {
			continue
		}
		if r, size := utf8.DecodeLastRuneInString(before); r == 'ر' || r == '.' || r == ',' || r == '٫' {
			if d, _ := utf8.DecodeLastRuneInString(before[:len(before)-size]); d >= '0' && d <= '9' || d >= '٠' && d <= '٩' {
				continue
			}
		}
		if strings.HasSuffix(before, "الـ") || strings.HasSuffix(before, "ال") {
			continue
		}
		// "(363.7) مليار ريال": the figure in brackets was read apart
		// from its scale word.
		if strings.HasSuffix(strings.TrimRight(before, " "), ")") && !startsWithDigit(n.Text) {
			continue
		}
		// A telephone or account number: eight digits or more with a
		// leading zero.
		if t := strings.TrimSpace(n.Text); len(t) >= 8 && t[0] == '0' && strings.Trim(t, "0123456789") == "" {
			continue
		}
		same := false
		for _, m := range others {
			if m.Value == n.Value && m.Unit != n.Unit {
				same = true
				break
			}
		}
		if same {
			continue
		}
		out = append(out, n)
	}
	return out
}

// timeOfDay are folded units of a time of day.
var timeOfDay = normSet(`مساء مساءً صباحا صباحاً صباح ظهرا ظهراً عصرا ليلا`)

// codeWords are folded words before a code ("بالرمز 217").
var codeWords = normSet(`الرمز بالرمز رمز برمز كود الكود بالكود`)

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩'
}

// refYear returns the year a duration of claim c counts back from.
func (p *pair) refYear() (int, bool) {
	for _, c := range p.c {
		if y, ok := yearOf(c.EventDate); ok {
			return y, true
		}
	}
	if p.opts.Published != nil {
		for _, c := range p.c {
			if y, ok := yearOf(p.opts.Published(c.Doc)); ok {
				return y, true
			}
		}
	}
	return 0, false
}

func yearOf(v string) (int, bool) {
	if len(v) < 4 {
		return 0, false
	}
	y, err := strconv.Atoi(v[:4])
	return y, err == nil
}

// checkDurations compares a number of years on one side with a "since"
// date on the other: both say how long something has lasted. Only a claim
// that tells the length one way is held against one that tells it the
// other way: when the claim with the "since" date gives the same count
// too, or the claim with the count gives the same "since" date ("ماركو
// روبيو (44 عاما): سناتور عن فلوريدا منذ 2011" in both), the count is
// something else (an age) told alike on both sides.
func (p *pair) checkDurations(na, nb []claim.Number) {
	ref, ok := p.refYear()
	if !ok {
		return
	}
	for s, ns := range [2][]claim.Number{na, nb} {
		o := 1 - s
		for _, n := range ns {
			if !durationUnits[n.Unit] || hasCount([2][]claim.Number{na, nb}[o], n) || hasSince(p.c[s], p.c[o]) {
				continue
			}
			for _, d := range p.c[o].Dates {
				if d.Role != "since" {
					continue
				}
				lo, hi, ok := dateInterval(d.Value)
				if !ok {
					continue
				}
				ylo, _ := yearOf(lo)
				yhi, _ := yearOf(hi)
				// Elapsed years, from the latest to the earliest start.
				emin, emax := float64(ref-yhi), float64(ref-ylo)
				nlo, nhi := numberInterval(n)
				if nlo <= emax+0.5 && emin-0.5 <= nhi {
					continue
				}
				det := fmt.Sprintf("%q (%s) against %q: %.0f–%.0f years before %d", n.Text,
					describeNumber(n), d.Text, emin, emax, ref)
				evs := []Evidence{p.ev(s, Span{n.Start, n.End}), p.ev(o, Span{d.Start, d.End})}
				if s == 1 {
					evs[0], evs[1] = evs[1], evs[0]
				}
				p.add(TypeNumber, 3, det, evs...)
				return
			}
		}
	}
}

// hasCount reports whether ns holds a count of n's value and unit.
func hasCount(ns []claim.Number, n claim.Number) bool {
	for _, x := range ns {
		if x.Value == n.Value && x.Unit == n.Unit {
			return true
		}
	}
	return false
}

// hasSince reports whether c gives a "since" date of the same value as one
// of other's.
func hasSince(c, other *claim.Claim) bool {
	for _, d := range c.Dates {
		if d.Role != "since" || d.Value == "" {
			continue
		}
		for _, e := range other.Dates {
			if e.Role == "since" && e.Value == d.Value {
				return true
			}
		}
	}
	return false
}

// numberInterval mirrors claim/numbers' reading of a number's wording.
func numberInterval(n claim.Number) (float64, float64) {
	v := n.Value
	switch n.Approx {
	case numbers.About:
		d := math.Abs(v) * numbers.Tolerance
		return v - d, v + d
	case numbers.MoreThan, numbers.AtLeast:
		return v, math.Inf(1)
	case numbers.LessThan, numbers.AtMost:
		return math.Min(0, v), v
	case numbers.Several:
		return v, 10 * v
	}
	return v, v
}

func describeNumber(n claim.Number) string {
	s := strconv.FormatFloat(n.Value, 'f', -1, 64)
	if n.Approx != "" {
		s = n.Approx + " " + s
	}
	if n.Unit != "" {
		s += " " + n.Unit
	}
	return s
}

// --- participants -----------------------------------------------------

// participants returns the person and role mentions of c, the speaker's
// left out, one a key (entity ID, or folded text when there is none: the
// first mention of the key), in the order of their mentions in the text
// (by start, then end, then key when two mentions start together). A
// mention that follows a named-after head ("جامعة الملك عبدالعزيز") or is
// a lone common noun read as a name ("منطقة") is no participant.
// ownParticipants, which looks at c alone, is given.
//
// A claim names a few people: a slice searched in full costs less than a
// map, and the mentions come sorted once.
func participants(own []keyedMention, other *claim.Claim) []keyedMention {
	out := make([]keyedMention, 0, len(own))
	for _, x := range own {
		// The speaker of either claim tells of the happening: "وقال
		// لافروف إن روسيا تتطلع…" and "وجه لافروف دعوة…" have the same
		// people in it.
		if other.Speaker != "" && x.key == other.Speaker || other.SpeakerText != "" && samePerson(x.e.Text, other.SpeakerText) {
			continue
		}
		if !hasKeyed(out, x.key) {
			out = append(out, x)
		}
	}
	slices.SortFunc(out, func(x, y keyedMention) int {
		return cmp.Or(cmp.Compare(x.e.Start, y.e.Start), cmp.Compare(x.e.End, y.e.End), strings.Compare(x.key, y.key))
	})
	return out
}

// hasKeyed reports whether ms holds a mention of key k.
func hasKeyed(ms []keyedMention, k string) bool {
	for _, x := range ms {
		if x.key == k {
			return true
		}
	}
	return false
}

// keyedMention is an entity mention with its entityKey.
type keyedMention struct {
	key string
	e   claim.EntityRef
}

// ownParticipants returns the mentions of c that participants keeps
// whatever the other claim, in order: persons and roles that are not c's
// speaker, nor after a named-after head or "عبد", nor a common noun, nor a
// title before a name.
func ownParticipants(c *claim.Claim) []keyedMention {
	var out []keyedMention
	for _, e := range c.Entities {
		if e.Kind != "person" && e.Kind != "role" {
			continue
		}
		k := entityKey(e)
		if k == "" || (c.Speaker != "" && k == c.Speaker) {
			continue
		}
		if namedAfterHead(c, e) || genericMention(e) || titleOfName(c, e) || afterAbd(c, e) {
			continue
		}
		if c.SpeakerText != "" && samePerson(e.Text, c.SpeakerText) {
			continue
		}
		out = append(out, keyedMention{k, e})
	}
	return out
}

// titleOfName reports whether role mention e of c stands right before a
// person's mention: the person's title ("الرئيس السابق علي عبدالله
// صالح" against "الرئيس المخلوع علي عبدالله صالح"), compared as the person.
func titleOfName(c *claim.Claim, e claim.EntityRef) bool {
	if e.Kind != "role" {
		return false
	}
	for _, x := range c.Entities {
		if x.Kind != "person" {
			continue
		}
		// Only a title before the name: a role after a name may be the
		// object ("التقى بوتين وزير الخارجية").
		if gap := x.Start - e.End; gap >= 0 && gap <= 3 {
			return true
		}
	}
	return false
}

// afterAbd reports whether mention e of c follows "عبد" (a name split in
// two: "بن عبد" + "العزيز").
func afterAbd(c *claim.Claim, e claim.EntityRef) bool {
	k := e.Start - c.Start
	if k <= 0 || k > len(c.Text) {
		return false
	}
	f := lastField(c.Text[:k])
	return f != "" && lang.Normalize(f) == "عبد"
}

// appositive reports whether mention e of side s follows two words the
// other claim has side by side with no mention after them: a name given
// after a title the other claim gives alone ("خادم الحرمين الشريفين الملك
// سلمان" against "خادم الحرمين الشريفين"). A mention opened by و adds a
// person ("ووزير الدفاع") and is never one.
func (p *pair) appositive(s int, e claim.EntityRef) bool {
	toks := p.toks(s)
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= e.Start })
	if i < 1 || i >= len(toks) || strings.HasPrefix(toks[i].Norm, "و") {
		return false
	}
	// The two words before the mention, titles of address skipped
	// ("محافظ الأحساء صاحب السمو الأمير بدر").
	var before []string
	for k := i - 1; k >= 0 && len(before) < 2; k-- {
		if n := toks[k].Norm; !honorifics[n] && !honorifics[stripClitic(n)] {
			before = append([]string{n}, before...)
		}
	}
	if j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= e.End }); j+1 < len(toks) && p.titleAlone(s, toks[j].Norm, toks[j+1].Norm) {
		// A title after the name ("الأمير فيصل بن مشعل أمير منطقة
		// القصيم") the other claim gives alone.
		return true
	}
	if len(before) >= 2 && p.titleAlone(s, before[0], before[1]) {
		return true
	}
	// A long title run before the name ("خادم الحرمين الشريفين الملك
	// سلمان") whose first two words the other claim gives alone.
	var run []string
	for k := i - 1; k >= 0; k-- {
		n := toks[k].Norm
		if !titleWords[n] && !titleWords[stripClitic(n)] && !honorifics[n] && !honorifics[stripClitic(n)] {
			break
		}
		run = append([]string{n}, run...)
	}
	return len(run) >= 2 && p.titleAlone(s, run[0], run[1])
}

// titleAlone reports whether the other side than s has the words a, b side
// by side with no person or role mention right after them.
func (p *pair) titleAlone(s int, a, b string) bool {
	o := 1 - s
	ot := p.toks(o)
	for j := 0; j+1 < len(ot); j++ {
		if ot[j].Norm != a || ot[j+1].Norm != b {
			continue
		}
		if j+2 >= len(ot) {
			return true
		}
		next := ot[j+2]
		named := false
		for _, x := range p.c[o].Entities {
			// A mention that opens with the next word names someone
			// after the title.
			if x.Start == next.Start && (x.Kind == "person" || x.Kind == "role") {
				named = true
			}
		}
		if !named {
			return true
		}
	}
	return false
}

func entityKey(e claim.EntityRef) string {
	if e.ID != "" {
		return e.ID
	}
	return lang.Normalize(e.Text)
}

// plainContent reports whether token i of side s is a content word outside
// names, roles, calendar and reporting words.
func (p *pair) plainContent(s, i int) bool { return p.cc[s].plainContent(i) }

// plainContent is pair.plainContent for token i of the claim, made once.
func (cc *claimCache) plainContent(i int) bool {
	if cc.plain == nil {
		if cc.arena != nil {
			cc.plain = cc.arena.int8s(len(cc.c.Tokens))
		} else {
			cc.plain = make([]int8, len(cc.c.Tokens))
		}
	}
	switch cc.plain[i] {
	case 1:
		return true
	case 2:
		return false
	}
	v := plainContentOf(cc.c, i)
	cc.plain[i] = 2
	if v {
		cc.plain[i] = 1
	}
	return v
}

// plainContentOf is plainContent of token i of c, computed.
func plainContentOf(c *claim.Claim, i int) bool {
	t := c.Tokens[i]
	if t.Stop || t.Kind != lang.Word {
		return false
	}
	n, b := t.Norm, stripClitic(t.Norm)
	if isCalendarBare(n, b) || isReportingBare(n, b) || inSet(honorifics, honorificsFilter, n) || inSet(honorifics, honorificsFilter, b) ||
		inSet(titleWords, titleWordsFilter, n) || inSet(titleWords, titleWordsFilter, b) {
		return false
	}
	// A name's later parts left outside a mention read short ("بن" +
	// "عبدالعزيز").
	if i > 0 && inSet(nameParticles, nameParticlesFilter, c.Tokens[i-1].Norm) {
		return false
	}
	for _, e := range c.Entities {
		if t.Start >= e.Start && t.End <= e.End {
			return false
		}
	}
	return true
}

// minFactShare is the share of the shorter claim's words (outside names,
// roles, calendar and reporting words) the other claim must have, in some
// form, before two claims of which one is long are compared for typed
// discrepancies.
const minFactShare = 0.5

// sameFact reports whether the claims say enough of the same to be read as
// one fact told twice. Two long sentences that share less than half their
// words — a daily report of two different days, a reception and a meeting
// with the same dignitaries, two regions' statements — are two facts an
// alignment put together; their differences in numbers, people or
// negation say nothing about either. So is a short sentence set against a
// long one it shares less than half its words with ("ولم يشارك أحمد
// شراحيلي في تدريب اليوم" against another player's programme). Two short
// claims (headlines) are always compared: their few words are all the
// fact.
func (p *pair) sameFact() bool {
	if !p.long(0) && !p.long(1) {
		return p.sameAfterLabel()
	}
	if sameDay(p.c[0], p.c[1]) {
		return true
	}
	return p.contentShare() >= minFactShare
}

// minDurationShare is the contentShare two aligned claims that are not
// one fact need before a duration on one side is held against a "since"
// date on the other. The bundled corpus's seventy years of relations
// (0.37) pass it.
const minDurationShare = 0.3

// minCloseShare is the share of the shorter claim's plain content words
// two long claims must have in common before a changed figure, person,
// polarity, hedge, name or term between them is read as one fact told two
// ways. Chosen on
// readings of SaudiNewsNet (issue 14): below them, most such differences
// were two facts of one template (two bombings' casualty counts, two
// days' closes) or two sentences on one topic.
const minCloseShare = 0.7

// closeFact reports whether the claims share enough to be compared for
// the differences of fact (numbers, participants, polarity, entities,
// substitutions), which call for more than sameFact: a long
// sentence shares half its words with many sentences of its template. A
// short claim keeps sameFact's bar (a headline against its story's lead;
// two headlines, whose few words are all the fact), as do two short
// claims given as a pair; two short sentences an alignment joined must
// share half their words (Options.Aligned). Claims dated to one day need
// no more.
func (p *pair) closeFact() bool {
	la, lb := p.long(0), p.long(1)
	switch {
	case p.opts.Aligned && (!p.cc[0].isProse() || !p.cc[1].isProse() || p.bulletLine(0) || p.bulletLine(1)):
		// Style sheets and scripts scraped with an article are no
		// statement of fact.
		return false
	case p.numbersOfDifferentData():
		// Figures none of which the other claim gives are two data
		// (two indices' closes, two days' tolls): a term or a name
		// between them tells which, not what one outlet got wrong.
		return false
	case la && lb:
		return sameDay(p.c[0], p.c[1]) || p.contentShare() >= minCloseShare
	case !la && !lb && p.opts.Aligned && !p.bothTitles():
		return p.contentShare() >= minFactShare && p.cc[0].contentWords() >= minFactWords && p.cc[1].contentWords() >= minFactWords &&
			p.sharesName()
	}
	return true
}

// minPolarityDice is the contentDice two aligned claims, one of them long,
// need for a negation, an opposite, a refusal or a rank on one side to be
// read against the other: a reversal is one sentence told with its sense
// turned, and in the readings of SaudiNewsNet (issue 14) the pairs below
// it were two sentences whose extra clauses held the negation or the
// opposite word.
const minPolarityDice = 0.6

// polarityClose reports whether the claims are close enough for polarity
// (minPolarityDice); pairs given by the caller and two short claims are.
func (p *pair) polarityClose() bool {
	if !p.opts.Aligned || !p.long(0) && !p.long(1) {
		return true
	}
	return p.contentDice() >= minPolarityDice
}

// sharesName reports whether the claims name one entity (by ID) or both
// name none. Two short sentences that leave what they tell of to the
// sentences before ("زاد المؤشر 0.3 في المئة إلى 8050 نقطة" against "صعد
// المؤشر 0.3 في المئة إلى 6591 نقطة", two indices of one market round-up)
// are aligned on their template alone. So are two that name different
// things, or one that names something against one that names nothing.
func (p *pair) sharesName() bool {
	na, nb := len(p.c[0].Entities), len(p.c[1].Entities)
	if na == 0 && nb == 0 {
		// Neither names anything: lines of figures ("وأصيب 3 آخرون"،
		// an index's close) belong to the sentences before them; words
		// alone are the fact.
		return len(p.cc[0].numbers()) == 0 || len(p.cc[1].numbers()) == 0
	}
	for _, e := range p.c[0].Entities {
		if e.ID != "" && hasEntity(p.c[1], e.ID) {
			return true
		}
	}
	return false
}

// minFactWords is the fewest plain content words an aligned short
// sentence needs to state a fact of its own: "تم التجاوب"، "مش بطال" and
// "الأرمن والخليج" are fragments and labels.
const minFactWords = 3

// datesClose reports whether the claims are close enough to compare their
// dates: between aligned claims, both prose, and two long ones sharing
// minCloseShare of their words unless one day dates both. Two sentences
// of one campaign's news ("ستستأنف العمل يوم الاثنين" against "تواصل
// صباح اليوم الأربعاء") date two happenings.
func (p *pair) datesClose() bool {
	if !p.opts.Aligned {
		return true
	}
	if !p.cc[0].isProse() || !p.cc[1].isProse() {
		return false
	}
	return !p.bothLong() || p.contentShare() >= minCloseShare
}

// bulletLine reports whether side s is a short claim opened by a bullet
// ("- ملعقة صغيرة من الفلفل الأسود"، "* سارة أونيانغو"): a line of a list —
// ingredients, specifications — whose fellow lines in other lists differ
// by design.
func (p *pair) bulletLine(s int) bool {
	t := strings.TrimSpace(p.c[s].Text)
	return !p.long(s) && (strings.HasPrefix(t, "-") || strings.HasPrefix(t, "*") || strings.HasPrefix(t, "•"))
}

// prose reports whether at least half the letters of text are Arabic:
// a news sentence, not a style sheet (".box_vote { zbackground: … }")
// scraped with the article.
func prose(text string) bool {
	ar, all := 0, 0
	for _, r := range text {
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				all++
			}
			continue
		}
		if r >= 0x0600 && r <= 0x06FF {
			// Most of a claim's runes: the block's letters are in a table.
			if arabicLetter[r-0x0600] {
				all++
				ar++
			}
			continue
		}
		if unicode.IsLetter(r) {
			all++
		}
	}
	return all == 0 || 2*ar >= all
}

// arabicLetter holds unicode.IsLetter of each rune of the Arabic block
// (U+0600…U+06FF), by its offset in the block.
var arabicLetter = func() (t [0x100]bool) {
	for i := range t {
		t[i] = unicode.IsLetter(rune(0x0600 + i))
	}
	return t
}()

// bothTitles reports whether both claims are titles.
func (p *pair) bothTitles() bool {
	return p.c[0].Kind == claim.KindTitle && p.c[1].Kind == claim.KindTitle
}

// contentShare is the share of the shorter claim's plain content words
// (outside names, titles, calendar and reporting words) that the other
// claim has in some form; 1 when neither has any.
func (p *pair) contentShare() float64 {
	if p.share < 0 {
		p.share = p.computeShare()
	}
	return p.share
}

// computeShare computes contentShare.
//
// Only the side whose words are counted has its words looked up on the
// other (formOn): which side that is depends on the counts alone.
func (p *pair) computeShare() float64 {
	n := [2]int{p.cc[0].contentWords(), p.cc[1].contentWords()}
	s := 0
	if n[1] < n[0] {
		s = 1
	}
	if n[s] == 0 {
		// One claim is all names and roles: judge by the other's words.
		s = 1 - s
	}
	if n[s] == 0 {
		return 1
	}
	return float64(p.sharedWords(s)) / float64(n[s])
}

// sameDay reports whether a and b both date what they report ("on") to
// the same day. Two accounts of one day's happening may share few words
// ("أرسلت سوريا وفداً ... في 23 كانون الأول" against "لقاء ... خلال زيارة
// ... الثلاثاء 23 كانون الأول") and still be one story, whose differences
// in who took part are the point; two days' market reports or two
// regions' notices rarely name one day for what they report.
func sameDay(a, b *claim.Claim) bool {
	for _, x := range a.Dates {
		if x.Role != "on" || !x.IsDate() || len(x.Value) != len("2006-01-02") {
			continue
		}
		for _, y := range b.Dates {
			if y.Role == "on" && y.Value == x.Value {
				return true
			}
		}
	}
	return false
}

// sameAfterLabel reports, for short claims that open with the same label
// before a colon ("رابط الخبر بصحيفة الوئام: …", a line linking to another
// story), whether what follows the label shares at least half the words of
// the shorter remainder. Claims without a shared label pass.
func (p *pair) sameAfterLabel() bool {
	var cut [2]int
	for s := 0; s < 2; s++ {
		c := p.c[s]
		k := strings.IndexAny(c.Text, ":：")
		if k <= 0 {
			return true
		}
		cut[s] = c.Start + k
	}
	la, lb := lang.Normalize(p.c[0].Text[:cut[0]-p.c[0].Start]), lang.Normalize(p.c[1].Text[:cut[1]-p.c[1].Start])
	if la != lb || len(strings.Fields(la)) < 3 {
		return true
	}
	var n, sh [2]int
	for s := 0; s < 2; s++ {
		for _, t := range p.toks(s) {
			if t.Start < cut[s] || t.Stop || t.Kind != lang.Word {
				continue
			}
			n[s]++
			if p.formAfter(1-s, t, cut[1-s]) {
				sh[s]++
			}
		}
	}
	s := 0
	if n[1] < n[0] {
		s = 1
	}
	return n[s] == 0 || float64(sh[s]) >= minFactShare*float64(n[s])
}

// formAfter reports whether side s has a form of t after offset from.
func (p *pair) formAfter(s int, t lang.Token, from int) bool {
	for _, u := range p.toks(s) {
		if u.Start < from || u.Stop || u.Kind != lang.Word {
			continue
		}
		if t.Norm == u.Norm || t.Stem == u.Stem {
			return true
		}
	}
	return false
}

// inExtraClause reports whether mention e of side s lies in a run only
// side s has (an insertion or deletion of the word diff) that holds four
// or more content words besides names: a clause the other claim leaves
// out.
func (p *pair) inExtraClause(s int, e claim.EntityRef) bool {
	return p.spanInExtraClause(s, Span{e.Start, e.End})
}

// spanInExtraClause is inExtraClause for any span of side s.
func (p *pair) spanInExtraClause(s int, e Span) bool {
	for _, o := range p.ops {
		if o.Kind == Equal {
			continue
		}
		sp, r := side(o, s)
		if r.From >= r.To || e.Start < sp.Start || e.End > sp.End {
			continue
		}
		n := 0
		for i := r.From; i < r.To; i++ {
			if p.plainContent(s, i) {
				n++
			}
		}
		// A replacement counts when the other side's part of it is a
		// word or two against a clause.
		m := 0
		if o.Kind == Replace {
			_, or := side(o, 1-s)
			for i := or.From; i < or.To; i++ {
				if p.plainContent(1-s, i) {
					m++
				}
			}
		}
		return n >= 4 && m <= 2 || o.Kind != Replace && p.trailingClause(s, r)
	}
	return false
}

// trailingClause reports whether tokens r of side s, which the other claim
// has nothing in place of, are a clause this claim adds at its end after a
// comma, of trailingClauseWords words or
// more: "، رافق سمو ولي ولي العهد خلال الزيارة معالي مساعد وزير الدفاع"
// tells who else came on the visit, not who saw him off. A run opened by
// another person of a list ("، ووزير الخارجية") is no clause.
func (p *pair) trailingClause(s int, r Range) bool {
	toks := p.toks(s)
	if r.From == 0 || r.To != len(toks) || r.To-r.From < trailingClauseWords {
		return false
	}
	// "، ووزير الخارجية …" goes on with a list of people.
	c := p.c[s]
	if w := toks[r.From].Norm; opensPerson(w) || isRoleForm(stripClitic(w)) || honorifics[stripClitic(w)] {
		return false
	}
	for _, e := range c.Entities {
		if e.Start >= toks[r.From].Start && e.Start < toks[r.From].End {
			return false
		}
	}
	gap := c.Text[toks[r.From-1].End-c.Start : toks[r.From].Start-c.Start]
	return strings.ContainsAny(gap, "،,;؛")
}

// trailingClauseWords is how many words a trailing clause needs.
const trailingClauseWords = 5

// titleWords are the words of long titles that the entity reader may
// leave outside a mention ("ولي ولي العهد النائب الثاني لرئيس مجلس
// الوزراء"، "خادم الحرمين الشريفين"): they say who, not what happened.
var titleWords = normSet(`ولي العهد النائب الثاني خادم الحرمين الشريفين لرئيس رئيس مجلس الوزراء وزير
	معاليه سموه فخامته سعادته جلالته سماحته فضيلته`)

// sharesStory reports whether the claims share enough words outside names
// and roles for a difference in who took part to mean anything: a quarter
// of the shorter claim's. Two lists of dignitaries at two different
// happenings ("اجتمع … مع" against "حضر الاستقبال …") share only names.
//
// The words counted are A's plain content words B has a form of: A's
// sharedWords, which contentShare and contentDice count too, once a pair.
func (p *pair) sharesStory() bool {
	shared := p.sharedWords(0)
	return shared >= 1 && 4*shared >= min(p.cc[0].contentWords(), p.cc[1].contentWords())
}

// explainParticipants marks as explained what checkParticipants marked
// before it read names by their words: every person and role mention, when
// the claims share one by ID and differ by another, or a role noun changed
// in number. A difference found to be none — one person named two ways,
// two happenings — still explains those words, so the later checks do not
// read them as substitutions or wording.
func (p *pair) explainParticipants() {
	// Each side's person and role mentions, one a key (the last mention
	// of the key), in a slice searched in full: a claim names a few.
	var bufs [2][4]keyedMention
	ms := [2][]keyedMention{bufs[0][:0], bufs[1][:0]}
	for s := 0; s < 2; s++ {
		c, other := p.c[s], p.c[1-s]
		for _, e := range c.Entities {
			if e.Kind != "person" && e.Kind != "role" {
				continue
			}
			k := entityKey(e)
			if k == "" || c.Speaker != "" && k == c.Speaker || other.Speaker != "" && k == other.Speaker {
				continue
			}
			if i := slices.IndexFunc(ms[s], func(x keyedMention) bool { return x.key == k }); i >= 0 {
				ms[s][i].e = e
			} else {
				ms[s] = append(ms[s], keyedMention{k, e})
			}
		}
	}
	shared := 0
	for _, x := range ms[0] {
		if hasKeyed(ms[1], x.key) {
			shared++
		}
	}
	if shared > 0 && (len(ms[0]) > shared || len(ms[1]) > shared) {
		for s := 0; s < 2; s++ {
			for _, x := range ms[s] {
				p.markSpan(s, Span{x.e.Start, x.e.End})
			}
		}
		return
	}
	for _, o := range p.ops {
		if o.Kind == Equal || o.Moved {
			continue
		}
		if _, ok := p.roleCountChange(o); ok {
			p.markSpan(0, o.A)
			p.markSpan(1, o.B)
			return
		}
	}
}

func (p *pair) checkParticipants() {
	n := len(p.out)
	defer func() {
		if len(p.out) == n {
			p.explainParticipants()
		}
	}()
	if !p.sharesStory() && !sameDay(p.c[0], p.c[1]) {
		return
	}
	if p.bothLong() && !sameDay(p.c[0], p.c[1]) && p.contentDice() < minParticipantShare {
		// Two news sentences that share too few words to be one
		// account: whom each names tells two happenings apart.
		return
	}
	pa, pb := participants(p.cc[0].participants(), p.c[1]), participants(p.cc[1].participants(), p.c[0])
	// found reports whether mention e (key k) of side s names someone the
	// other side names too: the same ID, or a form of the same name.
	found := func(s int, k string, e claim.EntityRef) bool {
		other := [2][]keyedMention{pb, pa}[s]
		if hasKeyed(other, k) {
			return true
		}
		for _, y := range other {
			if samePerson(e.Text, y.e.Text) {
				return true
			}
		}
		return false
	}
	shared := 0
	var only [2][]string
	for s, m := range [2][]keyedMention{pa, pb} {
		var words []string
		for _, x := range m {
			k, e := x.key, x.e
			if found(s, k, e) {
				if s == 0 {
					shared++
				}
				continue
			}
			// Named in a clause only this claim has: a detail the other
			// claim leaves out, not someone else in the same happening.
			if p.inExtraClause(s, e) || p.appositive(s, e) {
				continue
			}
			// Between news sentences, a role given without a name
			// ("سمو ولي ولي العهد"، "مستشار خادم الحرمين الشريفين") is
			// as often another title of someone the other claim names
			// as someone else.
			if p.bothLong() && roleOnly(e) || len(nameWords(e.Text)) == 0 || p.titledAsOther(s, e) || p.droppedSubject(s, e) || p.roleOnOther(s, e) {
				continue
			}
			// Named in the other claim's words, though not read as a
			// mention there.
			if words == nil {
				words = p.cc[1-s].claimWords()
			}
			if wordsWithin(nameWords(e.Text), words) || properWordsWithin(e, words) >= 2 || familyNameWithin(e, words) || p.sameTitledName(s, e) {
				continue
			}
			only[s] = append(only[s], e.Text)
		}
	}
	if shared >= p.minSharedParticipants() && (len(only[0]) > 0 || len(only[1]) > 0) {
		var evs []Evidence
		for s, m := range [2][]keyedMention{pa, pb} {
			for _, x := range m {
				e := x.e
				evs = append(evs, p.ev(s, Span{e.Start, e.End}))
				p.markSpan(s, Span{e.Start, e.End})
			}
		}
		p.add(TypeParticipants, 3, participantDetail(only), evs...)
		return
	}
	// Without entities: a singular role noun against its dual or plural.
	for _, o := range p.ops {
		if o.Kind == Equal || o.Moved {
			continue
		}
		if d, ok := p.roleCountChange(o); ok {
			p.add(TypeParticipants, 3, d, p.ev(0, o.A), p.ev(1, o.B))
			p.markSpan(0, o.A)
			p.markSpan(1, o.B)
			return
		}
	}
}

// properWordsWithin counts the words of mention e's name part, titles
// and common nouns left out, that are among words. An Arabic name is
// given with or without the father's and grandfather's names ("رائد
// خالد قرملي" against "رائد قرملي"), so two of its words — the given name
// and the family name — tell the same person.
func properWordsWithin(e claim.EntityRef, words []string) int {
	n := 0
	for _, w := range nameWords(e.Name) {
		if genericNouns[w] || isRoleForm(w) {
			continue
		}
		for _, v := range words {
			if sameNameWord(w, v) {
				n++
				break
			}
		}
	}
	return n
}

// droppedSubject reports whether mention e of side s is who acts in its
// claim — the first person or role it names, within subjectReach words of
// its start — while the other claim names no one that early but those
// its verb thanks or meets (objectMention): its verb carries its subject
// as a pronoun ("وقدم شكره وتقديره لمعالي وزير التعليم" after a sentence
// that named him), which is the same person told in the sentence before,
// not one left out.
func (p *pair) droppedSubject(s int, e claim.EntityRef) bool {
	// first returns the first person or role c names; as the other
	// claim's subject, a mention that is an object does not count.
	first := func(c *claim.Claim, subject bool) (claim.EntityRef, bool) {
		var best claim.EntityRef
		ok := false
		for _, x := range c.Entities {
			if subject && objectMention(c, x) {
				continue
			}
			if (x.Kind == "person" || x.Kind == "role") && (!ok || x.Start < best.Start) {
				best, ok = x, true
			}
		}
		return best, ok
	}
	wordsBefore := func(s, off int) int {
		n := 0
		for _, t := range p.toks(s) {
			if t.Start >= off {
				break
			}
			if t.Kind == lang.Word {
				n++
			}
		}
		return n
	}
	f, ok := first(p.c[s], false)
	if !ok {
		return false
	}
	if f.Start == e.Start {
		if wordsBefore(s, e.Start) > subjectReach {
			return false
		}
	} else if wordsBefore(s, e.Start) > subjectReach+subjectTitleWords || !p.firstNamed(s, e) {
		// The subject given by its titles first ("شكر أمين الطائف
		// ورئيس المجلس البلدي المهندس محمد المخرج"): its name is the
		// first name the claim gives, after those titles.
		return false
	}
	g, ok := first(p.c[1-s], true)
	return !ok || wordsBefore(1-s, g.Start) > subjectReach
}

// subjectTitleWords is how many words of titles may stand between a
// claim's opening and its subject's name ("أمين الطائف ورئيس المجلس
// البلدي المهندس").
const subjectTitleWords = 6

// firstNamed reports whether mention e of side s is the first person it
// names: every person or role mention before it is a role without a name
// (roleOnly), and e neither follows "و" opening another person of a list
// nor is an object (objectMention).
func (p *pair) firstNamed(s int, e claim.EntityRef) bool {
	c := p.c[s]
	if roleOnly(e) || objectMention(c, e) || opensWithWa(c, e) {
		return false
	}
	for _, x := range c.Entities {
		if x.Start < e.Start && (x.Kind == "person" || x.Kind == "role") && !roleOnly(x) {
			return false
		}
	}
	return true
}

// opensWithWa reports whether mention e of c follows "و" or opens with
// it: another person of a list ("ووزير الخارجية عادل الجبير").
func opensWithWa(c *claim.Claim, e claim.EntityRef) bool {
	if strings.HasPrefix(e.Text, "و") && !strings.HasPrefix(e.Text, "وزير") && !strings.HasPrefix(e.Text, "وكيل") && !strings.HasPrefix(e.Text, "والي") {
		return true
	}
	k := e.Start - c.Start
	if k <= 0 || k > len(c.Text) {
		return false
	}
	j := strings.LastIndexAny(c.Text[:k], " \t\n،,")
	return c.Text[j+1:k] == "و"
}

// objectMention reports whether mention e of c is no one who acts: its
// word, or the first of the titles right before it, carries a preposition
// ("لوكيل وزارة الصحة"، "للأمير تركي الفيصل"، "لصاحب السمو الملكي
// الأمير") — the one thanked or met — or it is a lone definite common word
// read as a name ("ووجه الشكر").
func objectMention(c *claim.Claim, e claim.EntityRef) bool {
	if e.Role == "" && !strings.Contains(strings.TrimSpace(e.Text), " ") && strings.HasPrefix(lang.Normalize(e.Text), "ال") {
		return true
	}
	k := e.Start - c.Start
	if k <= 0 || k > len(c.Text) {
		return false
	}
	if objectPrefix(c.Text[strings.LastIndexAny(c.Text[:k], " \t\n،,")+1 : k]) {
		return true
	}
	// The titles before the mention, nearest first.
	ws := strings.Fields(c.Text[:k])
	for n := 0; n < objectTitleReach && n < len(ws); n++ {
		w := ws[len(ws)-1-n]
		f := lang.Normalize(strings.Trim(w, "\"«»“”()"))
		b := stripClitic(f)
		if !honorifics[b] && !honorifics[f] && !isRoleForm(b) {
			break
		}
		if b != f && objectPrefix(strings.TrimSuffix(f, b)) {
			return true
		}
	}
	return false
}

// objectTitleReach is how many title words before a mention
// objectMention reads ("لصاحب السمو الملكي الأمير").
const objectTitleReach = 4

// objectPrefix reports whether p, the clitics before a word, holds a
// preposition: ل، لل، ب (with و or ف before).
func objectPrefix(p string) bool {
	p = strings.TrimPrefix(strings.TrimPrefix(p, "و"), "ف")
	return p == "ل" || p == "لل" || p == "ب" || p == "بال"
}

// sameWordBefore reports whether mentions x of A and y of B follow the
// same word (clitics stripped), or both open their claims.
func (p *pair) sameWordBefore(x, y claim.EntityRef) bool {
	before := func(s int, e claim.EntityRef) string {
		w := ""
		for _, t := range p.toks(s) {
			if t.Start >= e.Start {
				break
			}
			if t.Kind == lang.Word {
				w = stripClitic(t.Norm)
			}
		}
		return w
	}
	return before(0, x) == before(1, y)
}

// subjectOf reports whether mention e of side s is who acts or speaks in
// its claim: the claim's speaker, or its first person or role (not an
// object) within subjectReach words, or the first name given after that
// role's titles (firstNamed).
func (p *pair) subjectOf(s int, e claim.EntityRef) bool {
	c := p.c[s]
	if e.Kind != "person" && e.Kind != "role" {
		return false
	}
	if c.SpeakerText != "" && samePerson(c.SpeakerText, e.Text) {
		return true
	}
	if objectMention(c, e) {
		return false
	}
	n := 0     // words before e, titles of address ("صاحب السمو الملكي") left out
	prev := -1 // the last of them
	for i, t := range p.toks(s) {
		if t.Start >= e.Start {
			break
		}
		if t.Kind == lang.Word && !honorifics[t.Norm] && !honorifics[stripClitic(t.Norm)] {
			n++
			prev = i
		}
	}
	for _, x := range c.Entities {
		if x.Start < e.Start && (x.Kind == "person" || x.Kind == "role") && !objectMention(c, x) {
			return n <= subjectReach+subjectTitleWords && p.firstNamed(s, e)
		}
	}
	// Right after the verb that opens the claim, or after a verb of
	// speech ("عد صاحب السمو الملكي الأمير سعود"، "إلى ذلك، أكد مروان
	// شحار"): not after a noun whose complement it is ("أرجئت محاكمة
	// الرئيس السابق").
	if prev > 0 {
		w := p.toks(s)[prev].Norm
		if !isReporting(w) && !speechForms[w] {
			return false
		}
	}
	return n <= subjectReach
}

// mannerName reports whether person mention e's name opens with a noun of
// manner (بصورة، بشكل): "الرئيس بصورة" is "president for the time being".
func mannerName(e claim.EntityRef) bool {
	fs := strings.Fields(lang.Normalize(e.Name))
	return len(fs) > 0 && (mannerNouns[fs[0]] || mannerNouns[stripClitic(fs[0])])
}

// speechWordsOnly reports whether every word of s is a word of speech
// (isReporting, speechForms) or one of their participles: "مستطردا"،
// "موضحا".
func speechWordsOnly(s string) bool {
	ws := strings.Fields(lang.Normalize(s))
	for _, w := range ws {
		b := strings.TrimSuffix(stripClitic(w), "ا")
		if !isReporting(w) && !speechForms[w] && !speechParticiples[b] {
			return false
		}
	}
	return len(ws) > 0
}

// speechParticiples are active participles of speech verbs, folded, with
// their accusative alif dropped: the adverbial "مضيفا"، "موضحا".
var speechParticiples = normSet(`مضيف موضح مستطرد مشير مؤكد مبين لافت منوه قائل مستدرك معلق مختتم مردف متابع`)

// subjectReach is how many words may open a claim before its subject
// ("إلى ذلك، شكر أمين الطائف …").
const subjectReach = 3

// roleOnOther reports whether the role named with person mention e of
// side s (two words or more: "ولي العهد") stands in the other claim,
// where it may take a possessive ("وسمو ولي عهده"): the other claim gives
// the same holder by role.
func (p *pair) roleOnOther(s int, e claim.EntityRef) bool {
	var rs []string
	for _, w := range strings.Fields(lang.Normalize(e.Role)) {
		if !honorifics[w] { // "ولي العهد الأمير": the title of address is no part of the role
			rs = append(rs, w)
		}
	}
	if len(rs) < 2 {
		return false
	}
	ws := strings.Fields(lang.Normalize(p.c[1-s].Text))
	for i := 0; i+len(rs) <= len(ws); i++ {
		ok := true
		for k, r := range rs {
			w := stripClitic(ws[i+k])
			if w != r && stripClitic(r) != w && strings.TrimSuffix(ws[i+k], "ه") != strings.TrimPrefix(r, "ال") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// titledAsOther reports whether named mention e of side s follows, in one
// run of titles (titleReach words at most, no "و" opening another person:
// "ووزير"، "والأمير"), a role the other claim gives alone: "نيابة عن أمير
// منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة، صاحب السمو الملكي
// الأمير فيصل بن خالد" names the holder "نيابة عن أمير منطقة عسير" leaves
// unnamed.
func (p *pair) titledAsOther(s int, e claim.EntityRef) bool {
	if roleOnly(e) {
		return false
	}
	toks := p.toks(s)
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= e.Start })
	from := i
	for k := i - 1; k >= 0 && i-k <= titleReach; k-- {
		if t := toks[k]; t.Kind == lang.Word && opensPerson(t.Norm) || p.inOtherMention(s, t, e) {
			break
		}
		from = k
	}
	if from == i {
		return false
	}
	run := " " + joinNorms(toks[from:i]) + " "
	for _, r := range p.c[1-s].Entities {
		if !roleOnly(r) {
			continue
		}
		rt := strings.Join(strings.Fields(lang.Normalize(r.Text)), " ")
		if len(strings.Fields(rt)) >= 2 && strings.Contains(run, " "+rt+" ") {
			return true
		}
	}
	return false
}

// titleReach is how many words before a name titledAsOther reads.
const titleReach = 14

// opensPerson reports whether folded word w is و before a role, a title or
// a definite noun: another person joined to a list ("ووزير"، "والأمير").
func opensPerson(w string) bool {
	r, ok := strings.CutPrefix(w, "و")
	return ok && (isRoleForm(r) || honorifics[r] || strings.HasPrefix(r, "ال"))
}

// inOtherMention reports whether token t of side s lies in a person or
// role mention other than e.
func (p *pair) inOtherMention(s int, t lang.Token, e claim.EntityRef) bool {
	for _, x := range p.c[s].Entities {
		if (x.Kind == "person" || x.Kind == "role") && x.Start != e.Start && t.Start >= x.Start && t.End <= x.End && !roleOnly(x) {
			return true
		}
	}
	return false
}

// joinNorms joins the folded forms of toks with spaces.
func joinNorms(toks []lang.Token) string {
	ns := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind == lang.Word {
			ns = append(ns, t.Norm)
		}
	}
	return strings.Join(ns, " ")
}

// minSharedParticipants is how many people two claims must both name
// before whom else each names is compared. One suffices for claims given
// as a pair and for a headline. Two long news sentences an alignment
// joined that share one person are most often two sentences about
// that person — one names who acts, the other drops the subject into the
// verb ("كما أصدر - حفظه الله - أمراً"), quotes another, or goes on to
// another part of the story — so they must share two: then the lists are
// one list, and a name on one side only is one left out. Accounts dated
// to one day are one happening, and one shared person suffices.
func (p *pair) minSharedParticipants() int {
	if p.opts.Aligned && p.bothLong() && !sameDay(p.c[0], p.c[1]) {
		return 2
	}
	return 1
}

// sameTitledName reports whether the given name of mention e of side s
// comes, with the two words before it (a title and what precedes it:
// "والإرشاد الشيخ صالح"), in the other claim too: one person whose name
// one claim gives in full ("الشيخ صالح بن عبدالعزيز بن محمد آل الشيخ")
// and the other short ("الشيخ صالح آل الشيخ"). Two princes of one given
// name ("الأمير محمد بن نايف"، "والأمير محمد بن سلمان") stand after other
// words.
func (p *pair) sameTitledName(s int, e claim.EntityRef) bool {
	ws := nameWords(e.Name)
	if len(ws) == 0 {
		return false
	}
	toks := p.toks(s)
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= e.Start })
	for ; i < len(toks) && toks[i].End <= e.End; i++ {
		if toks[i].Norm == ws[0] {
			break
		}
	}
	if i < 2 || i >= len(toks) || toks[i].End > e.End {
		return false
	}
	tri := " " + toks[i-2].Norm + " " + toks[i-1].Norm + " " + toks[i].Norm + " "
	return strings.Contains(" "+strings.Join(strings.Fields(lang.Normalize(p.c[1-s].Text)), " ")+" ", tri)
}

// familyNameWithin reports whether the family name of person mention e —
// the last word of a name of two or more words, with the article or آل
// ("آل الشيخ") — is among words: a person is named by given and family
// name, by family name alone ("العيسى") or with titles between, and the
// other claim giving the family name gives the same person.
func familyNameWithin(e claim.EntityRef, words []string) bool {
	ws := nameWords(e.Name)
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	if !strings.HasPrefix(last, "ال") || len([]rune(last)) < 5 || genericNouns[last] || isRoleForm(last) {
		return false
	}
	for _, v := range words {
		if sameNameWord(last, v) {
			return true
		}
	}
	return false
}

func participantDetail(only [2][]string) string {
	var parts []string
	if len(only[0]) > 0 {
		parts = append(parts, "only A names "+quoteList(only[0]))
	}
	if len(only[1]) > 0 {
		parts = append(parts, "only B names "+quoteList(only[1]))
	}
	return "different participants: " + strings.Join(parts, "; ")
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = quote(x)
	}
	return strings.Join(q, ", ")
}

// roleCountChange reports a role noun that is singular on one side of a
// changed op and dual or plural on the other.
func (p *pair) roleCountChange(o Op) (string, bool) {
	a, b := p.toks(0)[o.AT.From:o.AT.To], p.toks(1)[o.BT.From:o.BT.To]
	surface := func(s int, t lang.Token) string { return text(p.c[s], Span{t.Start, t.End}) }
	// "بين الرئيسين" against "الرئيس … مع الرئيس …": the singular named
	// twice on the other side is as many.
	singulars := func(toks []lang.Token, role string) int {
		n := 0
		for _, t := range toks {
			if roleSingular(t.Norm) == role {
				n++
			}
		}
		return n
	}
	// Between aligned sentences the two must stand after the same word:
	// "وأعرب الوزراء" (who hoped) against "الذي التقى وزير الاقتصاد" (whom
	// he met) are two slots.
	slot := func(i, j int) bool {
		if !p.opts.Aligned || p.bothTitles() {
			return true
		}
		before := func(s, k int) string {
			if k == 0 {
				return ""
			}
			return stripClitic(p.toks(s)[k-1].Norm)
		}
		return before(0, o.AT.From+i) == before(1, o.BT.From+j)
	}
	for i, x := range a {
		sx := roleSingular(x.Norm)
		px, okx := roleCount(x.Norm)
		okx = okx && p.groupNoun(0, o.AT.From+i) && singulars(p.toks(0), px) == 0
		if sx == "" && !okx {
			continue
		}
		for j, y := range b {
			if sx != "" {
				if py, ok := roleCount(y.Norm); ok && py == sx && singulars(p.toks(0), py) < 2 && p.groupNoun(1, o.BT.From+j) && singulars(p.toks(1), py) == 0 && slot(i, j) {
					return fmt.Sprintf("one %q in A, several (%q) in B", surface(0, x), surface(1, y)), true
				}
			}
			if okx && roleSingular(y.Norm) == px && singulars(p.toks(1), px) < 2 && slot(i, j) {
				return fmt.Sprintf("several (%q) in A, one %q in B", surface(0, x), surface(1, y)), true
			}
		}
	}
	return "", false
}

// groupNoun reports whether token i of side s, read by roleCount as a
// dual or plural role noun, stands as one: a dual in construct ("وزيري
// الخارجية"، "رئيسا الوزراء") is followed by the definite noun it is
// annexed to, else it is the adjective "main" ("بشكل رئيسي") or the
// singular in the accusative ("رئيساً"). The caller also asks
// that the side name no single holder of the role beside the group
// ("الأمير تركي … وعدد من الأمراء": the princes are others).
func (p *pair) groupNoun(s, i int) bool {
	toks := p.toks(s)
	w := stripClitic(toks[i].Norm)
	if _, plural := rolePlurals[w]; plural || !strings.HasSuffix(w, "ي") && !strings.HasSuffix(w, "ا") {
		return true
	}
	// After an indefinite noun of manner it qualifies that noun: "بشكل
	// رئيسي"، "بصورة رئيسية".
	if i > 0 && mannerNouns[toks[i-1].Norm] {
		return false
	}
	// "رئيسا" before no definite noun is the singular with the
	// accusative ending ("انتخب رئيساً").
	return i+1 < len(toks) && strings.HasPrefix(toks[i+1].Norm, "ال")
}

// mannerNouns are the indefinite nouns of manner an adjective follows,
// folded.
var mannerNouns = normSet(`بشكل شكل بصورة صورة بدرجة درجة بنحو نحو بطريقة طريقة`)

// --- attribution ------------------------------------------------------

// sameSpeaker reports whether two speaker names (no IDs) name one person:
// equal after folding, or the folded words of one contained in the other's
// ("الشيباني" in "أسعد الشيباني").
func sameSpeaker(x, y string) bool {
	wx, wy := strings.Fields(lang.Normalize(x)), strings.Fields(lang.Normalize(y))
	if len(wx) > len(wy) {
		wx, wy = wy, wx
	}
	for _, w := range wx {
		found := false
		for _, v := range wy {
			if stripClitic(w) == stripClitic(v) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(wx) > 0
}

// speakerSpan finds the speaker's mention in c: the entity with the
// speaker's ID, else the speaker text in the claim text.
func speakerSpan(c *claim.Claim) Span {
	for _, e := range c.Entities {
		if c.Speaker != "" && e.ID == c.Speaker {
			return Span{e.Start, e.End}
		}
	}
	if c.SpeakerText != "" {
		if k := strings.Index(c.Text, c.SpeakerText); k >= 0 {
			return Span{c.Start + k, c.Start + k + len(c.SpeakerText)}
		}
	}
	return Span{}
}

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

func (p *pair) checkPolarity() {
	if p.checkOpposites() || p.checkNegation() {
		return
	}
	p.checkRefusal()
}

// checkNegation reports a negation cue in the changed words of one side
// only.
func (p *pair) checkNegation() bool {
	na, nb := p.unsharedCues(0, modality.Negation), p.unsharedCues(1, modality.Negation)
	if (len(na) > 0) == (len(nb) > 0) {
		return false
	}
	ra, rb := na, nb
	na, nb = p.negating(0, na), p.negating(1, nb)
	if len(na) == 0 && len(nb) == 0 || len(na) > 0 && len(nb) > 0 {
		// A negation that denies nothing the other side states is read
		// all the same: its words are explained.
		if s, cs := 0, ra; len(cs) > 0 || len(rb) > 0 {
			if len(cs) == 0 {
				s, cs = 1, rb
			}
			p.markOps(s, Span{cs[0].Start, cs[0].End})
		}
		return false
	}
	s, cs := 0, na
	if len(nb) > 0 {
		s, cs = 1, nb
	}
	c := cs[0]
	other := p.c[1-s]
	// The other claim stands whole inside this one (one outlet ran two
	// sentences together: "… ولا يكون هناك تفاوت في الأسعار، ويؤيد
	// المواطن زامل الغامدي الرأي السابق بأن هناك تفاوتا …" against the
	// second sentence alone): a negation outside it negates nothing the
	// other says.
	if p.containsOther(s) && p.inAddedClause(s, c) {
		p.markOps(s, Span{c.Start, c.End})
		return false
	}
	if p.cc[1-s].negated() {
		// The other side denies too, in words of its own ("لعدم
		// تقديمها" against "ولم تقدم"، "ولم يحضر … أو" against "ولم
		// يحضر … ولا"): one side's extra negation restates it.
		p.markOps(s, Span{c.Start, c.End})
		return false
	}
	p.addSub(TypePolarity, SubNegation, 3, fmt.Sprintf("negated (%q) in %s only", c.Text, "AB"[s:s+1]),
		orderEv(s, p.ev(s, Span{c.Start, c.End}), Evidence{Claim: other.ID, Start: other.Start, End: other.Start + len(other.Text)})...)
	p.markOps(s, Span{c.Start, c.End})
	return true
}

// containsOther reports whether the word diff keeps all but at most one
// of the other side's content words equal: the other claim stands whole
// inside claim s.
func (p *pair) containsOther(s int) bool {
	o := 1 - s
	changed, all := 0, 0
	for _, op := range p.ops {
		_, r := side(op, o)
		for i := r.From; i < r.To; i++ {
			if t := p.toks(o)[i]; t.Stop || t.Kind != lang.Word {
				continue
			}
			all++
			if op.Kind != Equal && !op.Moved {
				changed++
			}
		}
	}
	return all >= minContained && changed <= 1
}

// minContained is how many content words the other claim needs before
// containsOther reads it as standing whole inside a longer one.
const minContained = 6

// inAddedClause reports whether cue c of side s lies in a run only side s
// has (the other side has nothing in its place) of addedClauseWords
// content words or more: a sentence run on, not a word put in ("ستفتح"
// against "لن تفتح").
func (p *pair) inAddedClause(s int, c modality.Cue) bool {
	for _, op := range p.ops {
		sp, r := side(op, s)
		_, or := side(op, 1-s)
		if c.Start < sp.Start || c.End > sp.End || or.From < or.To {
			continue
		}
		n := 0
		for i := r.From; i < r.To; i++ {
			if t := p.toks(s)[i]; !t.Stop && t.Kind == lang.Word {
				n++
			}
		}
		return n >= addedClauseWords
	}
	return false
}

// addedClauseWords is how many content words a run needs to be a clause
// one claim adds.
const addedClauseWords = 5

// negating keeps the negation cues of side s that deny something the other
// side states: not "لم … سوى"/"لا … إلا" (only so many), not "غير" before a
// definite word (an attribute or a name: "الجمعية العمومية غير العادية"،
// "طريق غير المسلمين"), and only when a content word of the two after the
// cue — what it denies — is on the other side in some form ("لم ينجم عنه
// إصابات" against a claim that says nothing of injuries is a detail only
// one side reports).
func (p *pair) negating(s int, cs []modality.Cue) []modality.Cue {
	toks := p.toks(s)
	var out []modality.Cue
	for _, c := range cs {
		j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= c.End })
		if p.fusedAnLa(s, c) || j > 0 && p.cueWordOn(s, j-1) {
			continue
		}
		exceptive := false
		for k := j; k < len(toks) && k < j+6; k++ {
			if n := toks[k].Norm; n == "الا" || n == "سوي" || n == "سوى" {
				exceptive = true
				break
			}
		}
		if exceptive {
			continue
		}
		if cn := stripClitic(lang.Normalize(c.Text)); (cn == "غير" || lang.Normalize(c.Text) == "غير") && j < len(toks) && strings.HasPrefix(toks[j].Norm, "ال") {
			continue
		}
		// Between two long sentences, a negation inside a clause the
		// other claim leaves out ("… ولن يسمح لأصحاب الحسابات بسحب …",
		// "مما يحول دون إمكانية متابعتها") denies a detail only one
		// side reports, even when its word recurs elsewhere.
		// Between aligned sentences a short one is no headline: what it
		// denies must be on the other side too.
		if (p.long(s) || p.opts.Aligned) && !p.scopeShared(s, c, true) || p.bothLong() && p.spanInExtraClause(s, Span{c.Start, c.End}) || p.negatedOn(1-s, s, c) || p.negatesOpposite(s, j) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// longClaim is how many content words a claim needs before its negation
// is read as bearing on a detail (scopeShared): in a headline the whole
// claim is what a negation denies ("قصف … دون إصابات" against "قتلى
// وجرحى في قصف …"), while a news sentence of several clauses often
// negates a detail the other claim leaves out.
const longClaim = 12

// long reports whether side s has at least longClaim content words.
func (p *pair) long(s int) bool { return p.cc[s].isLong() }

// bothLong reports whether both claims are long: news sentences, not a
// headline whose few words are all its fact.
func (p *pair) bothLong() bool { return p.long(0) && p.long(1) }

// scopeShared reports whether what cue c of side s bears on — the first
// two content words after it — is on the other side in some form. A
// negation or hedge of something the other claim does not report is not a
// disagreement with it.
func (p *pair) scopeShared(s int, c modality.Cue, strict bool) bool {
	toks := p.toks(s)
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= c.End })
	for k := j; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		// Names and roles are who, not what ("نفى رئيس الحكومة …").
		if t.Kind != lang.Word || t.Stop || p.inMention(s, t) {
			continue
		}
		if strict {
			return p.formOn(1-s, k)
		}
		return p.variantOn(1-s, k) >= 0
	}
	return true
}

// inMention reports whether token t of side s lies in an entity mention.
func (p *pair) inMention(s int, t lang.Token) bool {
	for _, e := range p.c[s].Entities {
		if t.Start >= e.Start && t.End <= e.End {
			return true
		}
	}
	return false
}

// negatedOn reports whether side s negates, anywhere, a form of the word
// that cue c of side o negates: "غير لائقة" on both sides, one of them
// aligned with other words.
func (p *pair) negatedOn(s int, o int, c modality.Cue) bool {
	toks := p.toks(o)
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= c.End })
	for j < len(toks) && (toks[j].Stop || toks[j].Kind != lang.Word) {
		j++
	}
	if j >= len(toks) {
		return false
	}
	w := toks[j]
	cs := p.c[s]
	for _, x := range p.cc[s].modalityCues() {
		if x.Kind != modality.Negation {
			continue
		}
		st := p.toks(s)
		k := sort.Search(len(st), func(k int) bool { return st[k].Start >= cs.Start+x.End })
		for k < len(st) && (st[k].Stop || st[k].Kind != lang.Word) {
			k++
		}
		if k < len(st) {
			if u := st[k]; w.Norm == u.Norm || w.Stem == u.Stem {
				return true
			}
		}
	}
	// Refused on the other side: "عدم خوض المباراة" against "رفضهما خوض".
	st := p.toks(s)
	for _, h := range p.allHits(s) {
		if h.Kind != modality.KindRefusal {
			continue
		}
		for k := h.To; k < len(st) && k < h.To+2; k++ {
			if u := st[k]; w.Norm == u.Norm || w.Stem == u.Stem {
				return true
			}
		}
	}
	return false
}

// formOn reports whether side s has a form of token j of the other side:
// the same folded form or stem, a shared bare reading, or one stem inside
// the other (four letters or more) — not a shared root alone, which joins
// "عادية" to "إعادة".
//
// Answers are kept for the pair: contentShare, contentDice, the slot and
// name checks ask about the same words.
func (p *pair) formOn(s, j int) bool {
	f := p.form[s]
	if f[j] == 0 {
		f[j] = 2
		if p.cc[s].hasForm(p.cc[1-s], j) {
			f[j] = 1
		}
	}
	return f[j] == 1
}

// hasForm is formOn: whether the claim has a form of token j of claim o.
// Answers for words past the claim's own forms and stems are remembered
// by folded form (a word's stem is a function of its folded form).
//
// The claim's own forms and stems are two slices scanned in turn: a claim
// has a few dozen content words, and most claims are compared once or
// twice (two thirds of SaudiNewsNet's alignments have two claims), so the
// three maps built per claim and group cost more than the look-ups they
// saved, and were the largest allocation of the differences (135 of 840 MB
// on 15,000 articles). The remembered answers stay in a map, made at the
// first word that needs formSlow.
//
// Each string is compared only where its hash (formHashes) matches: most
// words of two claims differ, many in no more than their bytes, and the
// hashes are made once per claim, not once per pair.
func (cc *claimCache) hasForm(o *claimCache, j int) bool {
	if !cc.formsDone {
		cc.formsDone = true
		n := len(cc.toks())
		var both []string // norms, then stems
		var hs []uint32   // their hashes, in the same order
		if cc.arena != nil {
			both, hs = cc.arena.strings(2*n), cc.arena.uint32s(2*n)
		} else {
			both, hs = make([]string, 0, 2*n), make([]uint32, 0, 2*n)
		}
		cc.norms, cc.stems = both[:0:n], both[n:n:2*n]
		cc.normH, cc.stemH = hs[:0:n], hs[n:n:2*n]
		own := cc.formHashes()
		for i, u := range cc.toks() {
			if !u.Stop && u.Kind == lang.Word {
				cc.norms = append(cc.norms, u.Norm)
				cc.stems = append(cc.stems, u.Stem)
				cc.normH = append(cc.normH, own[i].norm)
				cc.stemH = append(cc.stemH, own[i].stem)
				cc.hashBits |= 1<<(own[i].norm&63) | 1<<(own[i].stem&63)
			}
		}
	}
	t, h := o.toks()[j], o.formHashes()[j]
	if cc.hashBits&(1<<(h.norm&63)) != 0 && hasHashed(cc.norms, cc.normH, t.Norm, h.norm) ||
		cc.hashBits&(1<<(h.stem&63)) != 0 && hasHashed(cc.stems, cc.stemH, t.Stem, h.stem) {
		return true
	}
	if v, ok := cc.formOf[t.Norm]; ok {
		return v
	}
	v := cc.formSlow(o.info(j))
	if cc.formOf == nil {
		if cc.arena != nil {
			cc.formOf = cc.arena.stringSet()
		} else {
			cc.formOf = make(map[string]bool)
		}
	}
	cc.formOf[t.Norm] = v
	return v
}

// formHash is the hashes (strHash) of a token's folded form and stem.
type formHash struct{ norm, stem uint32 }

// formHashes returns the formHash of each of the claim's tokens, made once.
func (cc *claimCache) formHashes() []formHash {
	if cc.hashes == nil {
		toks := cc.toks()
		if cc.arena != nil {
			cc.hashes = cc.arena.formHashes(len(toks))
		} else {
			cc.hashes = make([]formHash, len(toks))
		}
		for i, t := range toks {
			cc.hashes[i] = formHash{strHash(t.Norm), strHash(t.Stem)}
		}
	}
	return cc.hashes
}

// strHash is the 32-bit FNV-1a hash of s (ar.Hash, the hash of the bare
// readings' ar.Word.BareHash).
func strHash(s string) uint32 { return ar.Hash(s) }

// hasHashed reports whether ss, whose strHash values are hs, holds s,
// whose strHash is h.
func hasHashed(ss []string, hs []uint32, s string, h uint32) bool {
	for k, x := range hs {
		if x == h && ss[k] == s {
			return true
		}
	}
	return false
}

// formSlow is hasForm past its lookups: a bare reading of the word x that
// one of the claim's words has too, a three-letter root shared with a verb
// (one verb in two tenses: يجري/أجرى), or a stem of four letters or more
// inside the other word.
func (cc *claimCache) formSlow(x *wordInfo) bool {
	idx := cc.formIndex()
	for k, a := range x.Bare {
		if hasHashed(idx.bare, idx.bareH, a, x.BareHash[k]) {
			return true
		}
	}
	if r := x.Root; utf8.RuneCountInString(r) == 3 {
		if verbLike(x.norm) && slices.Contains(idx.roots, r) || slices.Contains(idx.verbRoots, r) {
			return true
		}
	}
	if x.stemRunes >= 4 {
		for _, y := range idx.long {
			if containsStr(x.norm, y.stem) || containsStr(y.norm, x.stem) {
				return true
			}
		}
	}
	return false
}

// formIndex is a claim's words as formSlow looks them up.
type formIndex struct {
	bare, roots, verbRoots []string    // with repeats: a claim has few words
	bareH                  []uint32    // the strHash of each of bare
	long                   []*wordInfo // words whose stem has four letters or more
}

// formIndex returns the claim's formIndex, built once.
func (cc *claimCache) formIndex() *formIndex {
	if cc.formIdx != nil {
		return cc.formIdx
	}
	n, nb := 0, 0 // content words and their bare readings
	for j, u := range cc.toks() {
		if !u.Stop && u.Kind == lang.Word {
			n++
			nb += len(cc.info(j).Bare)
		}
	}
	idx := &formIndex{}
	if a := cc.arena; a != nil {
		idx.bare, idx.bareH, idx.roots, idx.long = a.strings(nb), a.uint32s(nb), a.strings(n), a.wordInfoPtrs(n)
	} else {
		idx.bare, idx.bareH, idx.roots = make([]string, 0, nb), make([]uint32, 0, nb), make([]string, 0, n)
	}
	for j, u := range cc.toks() {
		if u.Stop || u.Kind != lang.Word {
			continue
		}
		y := cc.info(j)
		idx.bare = append(idx.bare, y.Bare...)
		idx.bareH = append(idx.bareH, y.BareHash...)
		if utf8.RuneCountInString(y.Root) == 3 {
			idx.roots = append(idx.roots, y.Root)
			if verbLike(y.norm) {
				idx.verbRoots = append(idx.verbRoots, y.Root)
			}
		}
		if y.stemRunes >= 4 {
			idx.long = append(idx.long, y)
		}
	}
	cc.formIdx = idx
	return idx
}

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

func (p *pair) checkModality() {
	ha := p.unsharedCues(0, modality.Hedge, modality.Future)
	hb := p.unsharedCues(1, modality.Hedge, modality.Future)
	ha, hb = modalCues(ha), modalCues(hb)
	if (len(ha) > 0) == (len(hb) > 0) {
		return
	}
	oa, ob := ha, hb
	ha, hb = p.scoped(0, ha), p.scoped(1, hb)
	ha, hb = p.unplanned(0, ha), p.unplanned(1, hb)
	if (len(ha) > 0) == (len(hb) > 0) {
		if s, cs := 0, oa; len(cs) > 0 || len(ob) > 0 {
			if len(cs) == 0 {
				s, cs = 1, ob
			}
			p.markOps(s, Span{cs[0].Start, cs[0].End})
		}
		return
	}
	s, cs := 0, ha
	if len(hb) > 0 {
		s, cs = 1, hb
	}
	c := cs[0]
	o := 1 - s
	if c.Kind == modality.Hedge && (modality.Hedged(p.c[o].Text) || p.hedgeWordOn(o) || p.cueWordOn(s, p.tokenAt(s, c.End)-1) || p.sameSourceOn(s, p.tokenAt(s, c.End)-1) || p.seemsOnBoth(s, c)) {
		// The other side hedges too, in words of its own ("يمكن أن
		// يقضي" against "وقد يحكم") or with the cue's own verb in
		// another form ("بدت ضئيلة" against "تبدو ضئيلة"): neither
		// states it as fact.
		p.markOps(s, Span{c.Start, c.End})
		return
	}
	// What the other side says instead: an assertion cue, if any.
	otherEv := p.ev(o, Span{})
	how := "stated as fact"
	for _, x := range p.unsharedCues(o, modality.Assertion) {
		otherEv, how = p.ev(o, Span{x.Start, x.End}), fmt.Sprintf("asserted (%q)", x.Text)
		break
	}
	what := "hedged"
	if c.Kind == modality.Future {
		what = "planned"
	}
	p.add(TypeModality, 2, fmt.Sprintf("%s (%q) in %s, %s in %s", what, c.Text, "AB"[s:s+1], how, "AB"[o:o+1]),
		orderEv(s, p.ev(s, Span{c.Start, c.End}), otherEv)...)
	p.markOps(s, Span{c.Start, c.End})
}

// scoped keeps the cues of side s whose scope the other side reports
// (scopeShared) outside a clause only side s has (between long claims: "غير أن
// محللين آخرين يقولون إن التراجع المتوقع …"), leaving out "قد" before a verb the other side has in the
// very same form: "وقد تراجعت التبادلات" against "وتراجعت التبادلات" is
// قد with the past tense, which affirms.
func (p *pair) scoped(s int, cs []modality.Cue) []modality.Cue {
	var out []modality.Cue
	for _, c := range cs {
		if p.scopeShared(s, c, p.long(s)) && !p.affirmingQad(s, c) && !(p.bothLong() && p.spanInExtraClause(s, Span{c.Start, c.End})) {
			out = append(out, c)
		}
	}
	return out
}

// futureWords say that a statement is about what will happen.
var futureWords = normSet(`غدا غداً غد المقبل المقبلة القادم القادمة سوف سيتم ستقام`)

// unplanned drops the plan cues of side s ("من المقرر أن توقع … الخميس")
// when the other side tells of the future too ("توقّع … يوم غد الخميس"):
// both say it is yet to happen.
func (p *pair) unplanned(s int, cs []modality.Cue) []modality.Cue {
	future := false
	for _, d := range p.c[1-s].Dates {
		if d.Role == "planned" {
			future = true
		}
	}
	for _, t := range p.toks(1 - s) {
		if futureWords[t.Norm] || futureWords[stripClitic(t.Norm)] {
			future = true
		}
	}
	var out []modality.Cue
	for _, c := range cs {
		if c.Kind != modality.Future || !future && !p.futureVerbFor(s, c) {
			out = append(out, c)
		}
	}
	return out
}

// futureVerbFor reports whether the other side puts the verb after cue c
// of side s (سوف) in the future with the prefix س: "سوف تستمر" against
// "ستستمر" both say what will happen.
func (p *pair) futureVerbFor(s int, c modality.Cue) bool {
	toks := p.toks(s)
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= c.End })
	if j >= len(toks) || toks[j].Kind != lang.Word {
		return false
	}
	want := "س" + toks[j].Norm
	for _, u := range p.toks(1 - s) {
		if u.Norm == want || stripClitic(u.Norm) == want {
			return true
		}
	}
	return false
}

// affirmingQad reports whether cue c of side s is قد followed by a word the
// other side has in the same form (clitics aside).
func (p *pair) affirmingQad(s int, c modality.Cue) bool {
	fs := strings.Fields(lang.Normalize(c.Text))
	if len(fs) == 0 || fs[0] != "قد" && fs[0] != "وقد" && fs[0] != "فقد" {
		return false
	}
	toks := p.toks(s)
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= c.Start })
	for j < len(toks) && toks[j].Norm != "قد" && toks[j].Norm != "وقد" && toks[j].Norm != "فقد" {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	w := stripClitic(toks[j+1].Norm)
	// قد before a perfect verb affirms ("قد تعرضوا للإجهاد"): a verb
	// ending in وا after it is a perfect plural (the imperfect's plural
	// ends in ون).
	if strings.HasSuffix(toks[j+1].Norm, "وا") {
		return true
	}
	// A perfect of the forms تفعّل and تفاعل with the feminine ت
	// ("قد تقدمت"، "فقد تواجدت"): their imperfect doubles the ت
	// ("تتقدم").
	if v := []rune(w); len(v) >= 5 && v[0] == 'ت' && v[len(v)-1] == 'ت' && v[1] != 'ت' {
		return true
	}
	for _, u := range p.toks(1 - s) {
		if stripClitic(u.Norm) == w {
			return true
		}
	}
	return false
}

// planMarkers are the future cues that put a whole statement in the
// future (من المقرر أن، سوف). Attributive ones — "القمة المزمع عقدها",
// "الاجتماع المرتقب", "تشرين الأول المقبل" — describe a thing as upcoming
// on both sides of most pairs, and are left out.
var planMarkers = map[string]bool{"من المقرر": true, "سوف": true, "will": true, "scheduled": true}

// modalCues keeps hedges and the future cues in planMarkers.
func modalCues(cs []modality.Cue) []modality.Cue {
	out := cs[:0]
	for _, c := range cs {
		if c.Kind == modality.Hedge || planMarkers[lang.Normalize(c.Text)] {
			out = append(out, c)
		}
	}
	return out
}

// --- entity -----------------------------------------------------------

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

func (p *pair) checkWording() {
	// How much content the claims share decides whether a word-level
	// reading means anything.
	var shared, ca, cb int
	for _, o := range p.ops {
		for i := o.AT.From; i < o.AT.To; i++ {
			t := p.toks(0)[i]
			if t.Stop || t.Kind != lang.Word {
				continue
			}
			ca++
			if !o.Changed() {
				shared++
			}
		}
		for i := o.BT.From; i < o.BT.To; i++ {
			if t := p.toks(1)[i]; !t.Stop && t.Kind == lang.Word {
				cb++
			}
		}
	}
	if ca == 0 || cb == 0 || 3*shared < min(ca, cb) {
		return
	}
	var changes []string
	var evs []Evidence
	sev := 1
	for _, o := range p.ops {
		if !o.Changed() {
			continue
		}
		var na, nb int
		// A run opened by "بحسب"/"وفقاً لـ" says who said it: attribution's
		// business, not wording.
		attrA := o.AT.From < o.AT.To && attributionMarkers[p.toks(0)[o.AT.From].Norm]
		attrB := o.BT.From < o.BT.To && attributionMarkers[p.toks(1)[o.BT.From].Norm]
		for i := o.AT.From; i < o.AT.To && !attrA; i++ {
			if p.isContent(0, i) {
				na++
				if isEvaluative(p.toks(0)[i]) {
					sev = 2
				}
			}
		}
		for i := o.BT.From; i < o.BT.To && !attrB; i++ {
			if p.isContent(1, i) {
				nb++
				if isEvaluative(p.toks(1)[i]) {
					sev = 2
				}
			}
		}
		if na+nb == 0 {
			continue
		}
		changes = append(changes, changeText(p.c[0], p.c[1], o))
		if o.A.Start < o.A.End {
			evs = append(evs, p.ev(0, o.A))
		}
		if o.B.Start < o.B.End {
			evs = append(evs, p.ev(1, o.B))
		}
	}
	if len(changes) == 0 {
		return
	}
	if len(changes) > 6 {
		changes = append(changes[:6], fmt.Sprintf("and %d more", len(changes)-6))
	}
	p.add(TypeWording, sev, "worded differently: "+strings.Join(changes, ", "), evs...)
}

// negatesOpposite reports whether the word a negation of side s bears on
// (its first word from token j on, within two) is the opposite of a word
// the other side states: "لا تسمح" against "تمنع", "لم يشارك" against
// "غياب" say one thing.
func (p *pair) negatesOpposite(s, j int) bool {
	for _, x := range p.allHits(s) {
		if x.From < j || x.From > j+1 || x.Kind != modality.KindOpposite {
			continue
		}
		for _, y := range p.allHits(1 - s) {
			if modality.Opposed(x.Sense, y.Sense) && !p.negatedHit(1-s, y) {
				return true
			}
		}
	}
	return false
}
