package diff

// This file holds negation: a cue that negates the shared fact on one side only. The overview of
// all checks is at the top of compare.go.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/lang"
)

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
