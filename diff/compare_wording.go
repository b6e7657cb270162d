package diff

// This file holds wording: what no typed check explained. The overview of all checks is at the top
// of compare.go.

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/lang"
)

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
