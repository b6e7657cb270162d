package diff

// Typed discrepancies
//
// Compare takes two claims that an alignment says report the same fact and
// lists how they disagree. It diffs their words once (Words) and runs the
// checks below in order, most severe first. Each check that explains a
// difference marks the tokens it used, so the last check, wording, only
// sees what no typed check explained. Each check lives in a file of its
// own (compare_dates.go, compare_numbers.go, compare_participants.go,
// compare_attribution.go, compare_polarity.go, compare_quotes.go,
// compare_modality.go, compare_entities.go, compare_wording.go); the
// word-form lookups they share are in compare_forms.go.
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
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/lang"
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
