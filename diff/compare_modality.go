package diff

// This file holds hedging and plans: modality cues on one side only. The overview of all checks is
// at the top of compare.go.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/lang"
)

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
