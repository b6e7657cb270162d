package store

// The weak-event check of candidateEvents: a stored event that new claims
// found only through the passing-mention rule is re-clustered only when
// one of its claims scores eventPairThreshold with a claim of a new group
// that found it (align links a passing mention through such a pair).
//
// On SaudiNewsNet an update of 100 articles meets some 6,000 such events
// (100,000 stored claims, 250,000 pairs) and keeps about 150. Their packs
// are read on a goroutine of their own while the events read are
// checked, a share of events at a time on all cores. Each pack is
// screened a claim at a time, decoded into slices reused from claim to
// claim (screen); only the claims of pairs left to score are copied out,
// and only the events that pass are decoded whole, to be kept: of 6,000
// events some 2,400 have a pair the bound cannot set aside, and decoding
// every event whole was half of the check's time. (A summary of each
// event stored beside its pack — its terms, trigrams, speakers, numbers
// and dates, bounding every pair at once — would set aside only 6% of
// the weak events on SaudiNewsNet's add2 even with exact sets, so the
// packs are read.) Within an
// event a pair is first bounded without vectors: by Cauchy-Schwarz its
// cosine is at most the root of the squared weights of the new claim's
// terms that the stored claim holds, and align.CouldReach tells from
// that bound, the trigrams and the facts whether the score can reach the
// threshold. Pairs that share no term (60%) have a cosine of 0 and are
// decided exactly so; of the others most are set aside by the bound, and
// the rest are scored by a Scorer over the store's rarity made of their
// claims only. An event is left as soon as a pair passes.

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
)

// weakCheck is what deciding the weak events takes.
type weakCheck struct {
	weak    []string                    // the weak events, sorted
	pack    func(k int) ([]byte, error) // the pack of weak[k] (nil: none stored)
	mention map[string][]int            // event → the new groups it is a mention candidate of
	groups  []dayGroup                  // the new claims' local groups (indexes into claims)
	claims  []claim.Claim               // the new claims, linked
	feats   []align.Features            // their features
	rename  map[string]string
	removed map[string]bool // documents whose claims are left out
	df      map[string]int  // the store's document frequencies (linked IDs)
	total   int             // how many claims the store holds
	full    bool            // score every pair (the reference the lazy check must agree with)
	// noScreen decodes every weak event whole rather than screening it
	// (the reference the screened check must agree with).
	noScreen bool
}

// packStream reads the packs of some events on a goroutine of its own,
// weakBatch events a query, so that the first events are checked while
// the others are read.
type packStream struct {
	data [][]byte
	done []chan struct{} // closed once a batch is read
	errs []error         // a batch's error, set before done
	all  chan struct{}   // closed once the reading is over
}

// weakBatch is how many events' packs one query reads.
const weakBatch = 500

// streamPacks starts reading the packs of events.
func streamPacks(ctx context.Context, tx *sql.Tx, events []string) *packStream {
	n := (len(events) + weakBatch - 1) / weakBatch
	ps := &packStream{data: make([][]byte, len(events)), done: make([]chan struct{}, n), errs: make([]error, n), all: make(chan struct{})}
	for b := range ps.done {
		ps.done[b] = make(chan struct{})
	}
	at := make(map[string]int, len(events))
	for k, ev := range events {
		at[ev] = k
	}
	go func() {
		defer close(ps.all)
		var err error
		for b := range ps.done {
			if err == nil {
				chunk := events[b*weakBatch : min((b+1)*weakBatch, len(events))]
				err = eachIn(ctx, tx, `SELECT event, data FROM packs WHERE event IN (%s)`, chunk, func(rows *sql.Rows) error {
					var ev string
					var data []byte
					err := rows.Scan(&ev, &data)
					ps.data[at[ev]] = data
					return err
				})
			}
			ps.errs[b] = err
			close(ps.done[b])
		}
	}()
	return ps
}

// get returns the pack of the event k (nil: none is stored) once it is
// read.
func (ps *packStream) get(k int) ([]byte, error) {
	b := k / weakBatch
	<-ps.done[b]
	return ps.data[k], ps.errs[b]
}

// wait waits until the reading is over.
func (ps *packStream) wait() { <-ps.all }

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
		terms = newTermIndex(w.claims, w.feats, w.df, w.total)
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
		var sb screenBuf
		for k := sh; k < len(w.weak); k += shares {
			if terms != nil && !w.noScreen {
				pass, evPairs, err := w.screen(k, terms, &sb, &probes, newProbe)
				if err != nil {
					errs[k] = err
					return
				}
				passes[k] = pass
				pairs = append(pairs, evPairs...)
				continue
			}
			items, err := w.decode(k)
			if err != nil {
				errs[k] = err
				return
			}
			first := len(probes)
			for x := range items {
				probes = append(probes, probe{w.linked(&items[x].Claim), &items[x].Features})
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
		if len(pairs) > 0 {
			sc := w.scorer(probes, pairs)
			for _, p := range pairs {
				if !passes[p.k] && sc.Score(p.a, p.b) >= eventPairThreshold {
					passes[p.k] = true
				}
			}
		}
		// The screened events that pass are decoded whole.
		for k := sh; k < len(w.weak); k += shares {
			if passes[k] && kept[k] == nil {
				kept[k], errs[k] = w.decode(k)
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
	data, err := w.pack(k)
	if data == nil || err != nil {
		return nil, err
	}
	items, err := decodePack(data)
	if err != nil {
		return nil, fmt.Errorf("event %q: %w", w.weak[k], err)
	}
	return slices.DeleteFunc(items, func(it slim) bool { return w.removed[it.Claim.Doc] }), nil
}

// screenBuf is what screen reuses from one claim to the next.
type screenBuf struct {
	slim  slimBuf
	terms []int32
	pairs []screenPair
}

// screenPair is a pair of a weak event to score, found by screen: the
// claim j of the event (those of removed documents not counted) with the
// new claim a, whose place in checkEvent's order of new claims is at.
type screenPair struct{ at, j, a int }

// screen is checkEvent without decoding the weak event k whole: it reads
// the pack's claims one at a time into b, and keeps (cloned, as probes)
// only those of the pairs a scorer must decide. It reports that the
// event passes (a pair that shares no term reaches the threshold: exact)
// or returns its pairs to score, in checkEvent's order (which decides
// how the share's scorer numbers its terms). Most weak events have no
// such pair; decoding them whole, every claim's slices made anew, was
// half of the check's time.
func (w *weakCheck) screen(k int, terms *termIndex, b *screenBuf, probes *[]probe, newProbe func(int) int) (bool, []pairOf, error) {
	data, err := w.pack(k)
	if data == nil || err != nil {
		return false, nil, err
	}
	mention := w.mention[w.weak[k]]
	pass := false
	b.pairs = b.pairs[:0]
	probeOf := make(map[int]int) // claim j → its probe
	j := -1
	err = eachSlim(data, &b.slim, func(it *slim) bool {
		if w.removed[it.Claim.Doc] {
			return true
		}
		j++
		c := w.linked(&it.Claim)
		b.terms = terms.of(c, &it.Features, b.terms[:0])
		at := 0
		for _, gi := range mention {
			for _, a := range w.groups[gi].members {
				at++
				cosMax, shared := terms.cosineBound(a, b.terms)
				if !align.CouldReach(&w.claims[a], c, w.feats[a].Trigrams, it.Features.Trigrams, cosMax, eventPairThreshold) {
					continue // below the threshold even at the bound
				}
				if !shared {
					pass = true // exact: a cosine of 0
					return false
				}
				if _, ok := probeOf[j]; !ok {
					cl := cloneSlim(it)
					probeOf[j] = len(*probes)
					*probes = append(*probes, probe{w.linked(&cl.Claim), &cl.Features})
				}
				b.pairs = append(b.pairs, screenPair{at, j, a})
			}
		}
		return true
	})
	if err != nil {
		return false, nil, fmt.Errorf("event %q: %w", w.weak[k], err)
	}
	if pass || len(b.pairs) == 0 {
		return pass, nil, nil
	}
	slices.SortFunc(b.pairs, func(x, y screenPair) int { return cmp.Or(cmp.Compare(x.at, y.at), cmp.Compare(x.j, y.j)) })
	pairs := make([]pairOf, len(b.pairs))
	for n, p := range b.pairs {
		pairs[n] = pairOf{k, newProbe(p.a), probeOf[p.j]}
	}
	return false, pairs, nil
}

// cloneSlim returns a copy of it whose slices are its own (its strings
// still alias the pack).
func cloneSlim(it *slim) *slim {
	cl := *it
	c := &cl.Claim
	c.Cited, c.Dates, c.Numbers, c.Entities = slices.Clone(c.Cited), slices.Clone(c.Dates), slices.Clone(c.Numbers), slices.Clone(c.Entities)
	f := &cl.Features
	f.Stems, f.Surfaces, f.Trigrams = slices.Clone(f.Stems), slices.Clone(f.Surfaces), slices.Clone(f.Trigrams)
	return &cl
}

// linked returns c as linking makes it: c itself when no rename touches
// it, else a copy (the pack's claims stay as stored).
func (w *weakCheck) linked(c *claim.Claim) *claim.Claim {
	if !renames(c, w.rename) {
		return c
	}
	l := []claim.Claim{*c}
	l[0].Entities, l[0].Quotes = slices.Clone(c.Entities), slices.Clone(c.Quotes)
	applyRename(l, w.rename)
	return &l[0]
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
				if terms == nil {
					pairs = append(pairs, pairOf{k, newProbe(a), b})
					continue
				}
				cosMax, shared := terms.cosineBound(a, bTerms[j])
				if !align.CouldReach(&w.claims[a], probes[b].c, w.feats[a].Trigrams, probes[b].f.Trigrams, cosMax, eventPairThreshold) {
					continue // below the threshold even at the bound
				}
				if !shared {
					return nil, true // exact: a cosine of 0
				}
				pairs = append(pairs, pairOf{k, newProbe(a), b})
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

// termIndex numbers the terms of the new claims (the terms align's
// vectors hold: content stems, and entity IDs) and lists each claim's
// with its squared weight in the claim's vector (under the store's
// rarity).
type termIndex struct {
	stems, ents map[string]int32
	byClaim     [][]int32   // sorted, without repeats
	sq          [][]float64 // the squared weight of each term of byClaim
}

func newTermIndex(claims []claim.Claim, feats []align.Features, df map[string]int, total int) *termIndex {
	t := &termIndex{stems: make(map[string]int32), ents: make(map[string]int32)}
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	sc := align.NewScorerGlobal(ptrs, feats, func(t string) int { return df[t] }, total)
	t.byClaim = make([][]int32, len(claims))
	t.sq = make([][]float64, len(claims))
	for i := range claims {
		sq := make(map[int32]float64)
		sc.TermWeights(i, func(term string, w float64) {
			m, key := t.stems, term
			if e, ok := strings.CutPrefix(term, "\x00"); ok {
				m, key = t.ents, e
			}
			id, ok := m[key]
			if !ok {
				id = int32(len(t.stems) + len(t.ents))
				m[key] = id
			}
			sq[id] = w * w
		})
		ids := sortedKeys32(sq)
		t.byClaim[i] = ids
		t.sq[i] = make([]float64, len(ids))
		for k, id := range ids {
			t.sq[i][k] = sq[id]
		}
	}
	return t
}

// sortedKeys32 returns the keys of m, sorted.
func sortedKeys32(m map[int32]float64) []int32 {
	out := make([]int32, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// cosineBound returns an upper bound of the cosine of new claim a with a
// claim whose indexed terms are b (sorted), and whether they share a
// term at all: by Cauchy-Schwarz the cosine is at most the root of the
// squared weights of a's terms that b holds (b's own weights on them
// square to at most 1), raised by cosineSlack for float32 sums.
func (t *termIndex) cosineBound(a int, b []int32) (float64, bool) {
	ids, sq := t.byClaim[a], t.sq[a]
	sum, shared := 0.0, false
	i, j := 0, 0
	for i < len(ids) && j < len(b) {
		switch {
		case ids[i] < b[j]:
			i++
		case ids[i] > b[j]:
			j++
		default:
			sum += sq[i]
			shared = true
			i++
			j++
		}
	}
	if !shared {
		return 0, false
	}
	return min(1, math.Sqrt(sum)+cosineSlack), true
}

// cosineSlack covers the rounding of align's float32 weights and sums in
// cosineBound.
const cosineSlack = 1e-3

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
