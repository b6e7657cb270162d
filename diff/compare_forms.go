package diff

// This file holds word-form lookups across a pair: whether the other claim has a form of a word,
// by hash, by stem and by reading. The overview of all checks is at the top of compare.go.

import (
	"slices"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/lang/ar"
)

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
