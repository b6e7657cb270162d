package store

// The weak-event check of candidateEvents: a stored event that new claims
// found only through the passing-mention rule is re-clustered only when
// one of its claims scores eventPairThreshold with a claim of a new group
// that found it (align links a passing mention through such a pair).
//
// On SaudiNewsNet an update of 100 articles meets some 6,000 such events
// (100,000 stored claims, 250,000 pairs) and keeps about 150. Their packs
// are decoded and checked a share of events at a time on all cores, and
// only the claims of the events that pass are kept: holding all 100,000
// decoded claims at once, copied twice, was half of the check's time.
// Within an event the pairs whose claims share no term (60% of them) have
// a cosine of 0 whatever the weights, and align.DisjointAtLeast decides
// them from their trigrams and facts alone; the others are scored by a
// Scorer over the store's rarity; an event is left as soon as a pair
// passes.

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"slices"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
)

// weakCheck is what deciding the weak events takes.
type weakCheck struct {
	weak    []string         // the weak events, sorted
	packs   [][]byte         // their packs, in the same order (nil: none stored)
	mention map[string][]int // event → the new groups it is a mention candidate of
	groups  []dayGroup       // the new claims' local groups (indexes into claims)
	claims  []claim.Claim    // the new claims, linked
	feats   []align.Features // their features
	rename  map[string]string
	removed map[string]bool // documents whose claims are left out
	df      map[string]int  // the store's document frequencies (linked IDs)
	total   int             // how many claims the store holds
	full    bool            // score every pair (the reference the lazy check must agree with)
}

// readWeakPacks returns the packs of events, in their order.
func readWeakPacks(ctx context.Context, tx *sql.Tx, events []string) ([][]byte, error) {
	at := make(map[string]int, len(events))
	for k, ev := range events {
		at[ev] = k
	}
	out := make([][]byte, len(events))
	err := eachIn(ctx, tx, `SELECT event, data FROM packs WHERE event IN (%s)`, events, func(rows *sql.Rows) error {
		var ev string
		var data []byte
		err := rows.Scan(&ev, &data)
		out[at[ev]] = data
		return err
	})
	return out, err
}

// shares is how many parts the weak events are checked in, on all cores:
// each share has a scorer of its own over the claims it compares (a
// score depends on the two claims and the store's rarity only, not on
// which other claims a scorer holds, up to the order float32 products are
// summed in).
func (w *weakCheck) shares() int { return min(len(w.weak), 8*runtime.GOMAXPROCS(0)) }

// probe is a claim a share compares: a new one, or one of a weak event's
// (linked on a copy: the pack's claims stay as stored).
type probe struct {
	c *claim.Claim
	f *align.Features
}

// pairOf is a claim pair of the weak event k: indexes into a share's
// probes.
type pairOf struct{ k, a, b int }

// check decides the weak events and returns, for each that passes, its
// claims as stored (those of removed documents left out).
func (w *weakCheck) check() ([]bool, [][]slim, error) {
	var terms *termIndex
	if !w.full {
		terms = newTermIndex(w.claims, w.feats)
	}
	passes := make([]bool, len(w.weak))
	kept := make([][]slim, len(w.weak))
	errs := make([]error, len(w.weak))
	shares := w.shares()
	parallelEach(shares, func(sh int) {
		var probes []probe
		newAt := make(map[int]int) // new claim → its probe
		newProbe := func(i int) int {
			if p, ok := newAt[i]; ok {
				return p
			}
			newAt[i] = len(probes)
			probes = append(probes, probe{&w.claims[i], &w.feats[i]})
			return newAt[i]
		}
		var pairs []pairOf
		for k := sh; k < len(w.weak); k += shares {
			items, err := w.decode(k)
			if err != nil {
				errs[k] = err
				return
			}
			first := len(probes)
			linked := make([]claim.Claim, len(items))
			for x := range items {
				linked[x] = items[x].Claim
				linked[x].Entities = slices.Clone(linked[x].Entities)
			}
			applyRename(linked, w.rename)
			for x := range items {
				probes = append(probes, probe{&linked[x], &items[x].Features})
			}
			evPairs, pass := w.checkEvent(k, probes, first, newProbe, terms)
			switch {
			case pass:
				passes[k] = true
			default:
				pairs = append(pairs, evPairs...)
			}
			if pass || len(evPairs) > 0 {
				kept[k] = items
			}
		}
		if len(pairs) == 0 {
			return
		}
		sc := w.scorer(probes, pairs)
		for _, p := range pairs {
			if !passes[p.k] && sc.Score(p.a, p.b) >= eventPairThreshold {
				passes[p.k] = true
			}
		}
	})
	for k := range w.weak {
		if errs[k] != nil {
			return nil, nil, errs[k]
		}
		if !passes[k] {
			kept[k] = nil
		}
	}
	return passes, kept, nil
}

// decode returns the claims of the weak event k's pack, those of removed
// documents left out.
func (w *weakCheck) decode(k int) ([]slim, error) {
	if w.packs[k] == nil {
		return nil, nil
	}
	items, err := decodePack(w.packs[k])
	if err != nil {
		return nil, fmt.Errorf("event %q: %w", w.weak[k], err)
	}
	return slices.DeleteFunc(items, func(it slim) bool { return w.removed[it.Claim.Doc] }), nil
}

// checkEvent lists the pairs of the weak event k (its claims are
// probes[first:]) that a scorer must decide, or reports that one of its
// pairs passes already. With w.full every pair is listed; otherwise a
// pair whose claims share no term is decided here.
func (w *weakCheck) checkEvent(k int, probes []probe, first int, newProbe func(int) int, terms *termIndex) ([]pairOf, bool) {
	var bTerms [][]int32
	if terms != nil {
		for _, p := range probes[first:] {
			bTerms = append(bTerms, terms.of(p.c, p.f, nil))
		}
	}
	var pairs []pairOf
	for _, gi := range w.mention[w.weak[k]] {
		for _, a := range w.groups[gi].members {
			for j := range probes[first:] {
				b := first + j
				if terms == nil || intersects(terms.byClaim[a], bTerms[j]) {
					pairs = append(pairs, pairOf{k, newProbe(a), b})
					continue
				}
				if align.DisjointAtLeast(&w.claims[a], probes[b].c, w.feats[a].Trigrams, probes[b].f.Trigrams, eventPairThreshold) {
					return nil, true
				}
			}
		}
	}
	return pairs, false
}

// scorer returns a scorer over the probes (the claims of pairs only),
// with the pairs renumbered into it.
func (w *weakCheck) scorer(probes []probe, pairs []pairOf) *align.Scorer {
	var ptrs []*claim.Claim
	var fs []align.Features
	at := make(map[int]int) // probe → its place in the scorer
	local := func(i int) int {
		if k, ok := at[i]; ok {
			return k
		}
		at[i] = len(ptrs)
		ptrs, fs = append(ptrs, probes[i].c), append(fs, *probes[i].f)
		return at[i]
	}
	for x, p := range pairs {
		pairs[x] = pairOf{p.k, local(p.a), local(p.b)}
	}
	return align.NewScorerGlobal(ptrs, fs, func(t string) int { return w.df[t] }, w.total)
}

// termIndex numbers the terms of some claims (the terms align's vectors
// hold: content stems, and entity IDs) and lists each claim's.
type termIndex struct {
	stems, ents map[string]int32
	byClaim     [][]int32 // sorted, without repeats
}

func newTermIndex(claims []claim.Claim, feats []align.Features) *termIndex {
	t := &termIndex{stems: make(map[string]int32), ents: make(map[string]int32)}
	add := func(m map[string]int32, s string) int32 {
		id, ok := m[s]
		if !ok {
			id = int32(len(t.stems) + len(t.ents))
			m[s] = id
		}
		return id
	}
	t.byClaim = make([][]int32, len(claims))
	for i := range claims {
		var ids []int32
		for _, s := range feats[i].Stems {
			ids = append(ids, add(t.stems, s))
		}
		for _, e := range claims[i].Entities {
			if e.ID != "" {
				ids = append(ids, add(t.ents, e.ID))
			}
		}
		slices.Sort(ids)
		t.byClaim[i] = slices.Compact(ids)
	}
	return t
}

// of appends to dst the numbers of c's terms the index holds, sorted and
// without repeats.
func (t *termIndex) of(c *claim.Claim, f *align.Features, dst []int32) []int32 {
	for _, s := range f.Stems {
		if id, ok := t.stems[s]; ok {
			dst = append(dst, id)
		}
	}
	for _, e := range c.Entities {
		if id, ok := t.ents[e.ID]; ok && e.ID != "" {
			dst = append(dst, id)
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// intersects reports whether two sorted lists share an element.
func intersects(a, b []int32) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}
