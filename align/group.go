package align

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claim"
)

// cosFloor is the stem cosine below which a pair is not scored further.
const cosFloor = 0.12

// alignWithin groups claims (indices into the scorer) from different
// documents that report the same fact.
func (s *Scorer) alignWithin(members []int, threshold float64, cannot map[[2]string]bool) [][]int {
	return s.alignWhere(members, threshold, cannot, nil)
}

// alignWhere is alignWithin over the pairs accept allows (all when nil).
func (s *Scorer) alignWhere(members []int, threshold float64, cannot map[[2]string]bool, accept func(a, b int) bool) [][]int {
	if len(members) < 2 {
		return nil
	}
	var pairs []scoredPair
	score := make(map[[2]int]float64)
	get := func(a, b int) float64 {
		k := [2]int{min(a, b), max(a, b)}
		if v, ok := score[k]; ok {
			return v
		}
		v := s.Score(k[0], k[1])
		score[k] = v
		return v
	}
	for _, p := range s.scorePairs(members, threshold/2) {
		score[[2]int{min(p.a, p.b), max(p.a, p.b)}] = p.sim
		if p.sim >= threshold && (accept == nil || accept(p.a, p.b)) {
			pairs = append(pairs, p)
		}
	}
	// Sentences first: a title or caption repeats a fact its body states,
	// so it joins a group only after the body's sentences have found
	// theirs (and only when its document is not in the group yet).
	body := func(p scoredPair) int {
		n := 0
		for _, i := range [2]int{p.a, p.b} {
			if s.claims[i].Kind != claim.KindSentence {
				n++
			}
		}
		return n
	}
	sort.Slice(pairs, func(i, j int) bool {
		if bi, bj := body(pairs[i]), body(pairs[j]); bi != bj {
			return bi < bj
		}
		if pairs[i].sim != pairs[j].sim {
			return pairs[i].sim > pairs[j].sim
		}
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})
	groupOf := make(map[int]int)
	groups := make(map[int][]int)
	next := 0
	for _, p := range pairs {
		ga, oka := groupOf[p.a]
		gb, okb := groupOf[p.b]
		var A, B []int
		if oka {
			A = groups[ga]
		} else {
			A = []int{p.a}
		}
		if okb {
			B = groups[gb]
		} else {
			B = []int{p.b}
		}
		if oka && okb && ga == gb {
			continue
		}
		if !s.compatible(A, B, cannot) {
			continue
		}
		var sum float64
		for _, x := range A {
			for _, y := range B {
				sum += get(x, y)
			}
		}
		if sum/float64(len(A)*len(B)) < threshold {
			continue
		}
		merged := append(append([]int{}, A...), B...)
		if oka {
			delete(groups, ga)
		}
		if okb {
			delete(groups, gb)
		}
		groups[next] = merged
		for _, x := range merged {
			groupOf[x] = next
		}
		next++
	}
	if accept == nil {
		s.joinSplitFacts(members, groups, groupOf, get, threshold, cannot)
	}
	keys := make([]int, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	out := make([][]int, 0, len(keys))
	for _, k := range keys {
		g := groups[k]
		sort.Ints(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// splitReach is how many claims apart, in one document, two sentences that
// carry one fact between them may be.
const splitReach = 3

// joinSplitFacts adds to a group a second claim of a document it already
// holds when that document splits over two nearby sentences a fact another
// source states in one ("ووصل الشيباني إلى موسكو…" and "معتبراً أن هناك
// فرصاً…" against one long sentence carrying both). The claim must be in no
// group, lie within splitReach claims of its document's member, score at
// or above threshold with a member of another document, and be compatible
// with the rest of the group (no cannot-link).
func (s *Scorer) joinSplitFacts(members []int, groups map[int][]int, groupOf map[int]int, get func(a, b int) float64, threshold float64, cannot map[[2]string]bool) {
	pos := make(map[int]int, len(members))
	for x, i := range members {
		pos[i] = x
	}
	keys := make([]int, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		g := groups[k]
		var add []int
		for _, y := range g {
			py := pos[y]
			for dx := -splitReach; dx <= splitReach; dx++ {
				px := py + dx
				if dx == 0 || px < 0 || px >= len(members) {
					continue
				}
				c := members[px]
				if _, taken := groupOf[c]; taken || s.claims[c].Doc != s.claims[y].Doc || slices.Contains(add, c) ||
					s.claims[c].Kind != claim.KindSentence || s.claims[y].Kind != claim.KindSentence || docCount(s, g, add, s.claims[c].Doc) >= 2 {
					continue // a fact split over two sentences, not three; titles and captions are not halves
				}
				best := 0.0
				ok := true
				for _, x := range g {
					if s.claims[x].Doc == s.claims[c].Doc {
						continue
					}
					if cannot[[2]string{s.claims[c].ID, s.claims[x].ID}] || cannot[[2]string{s.claims[x].ID, s.claims[c].ID}] {
						ok = false
					}
					best = max(best, get(c, x))
				}
				if ok && best >= threshold {
					add = append(add, c)
				}
			}
		}
		for _, c := range add {
			groupOf[c] = k
		}
		groups[k] = append(g, add...)
	}
}

// soleFactor scales the alignment threshold for a sole account (see
// joinSoleAccounts).
const soleFactor = 0.6

// joinSoleAccounts aligns the claims that are a document's only account of
// an event ("وسبق ذلك اتصال هاتفي بين الرئيسين في شباط" in an article about
// December, a photo caption of the meeting) with their best match in
// another document, at a lower threshold: that the event is the same is
// already known from the dates and terms that formed it, and a one-line
// mention words the fact more loosely than a report. The claim joins its
// match's group when that group has no claim of its document yet.
func (s *Scorer) joinSoleAccounts(members []int, groups [][]int, threshold float64, cannot map[[2]string]bool) [][]int {
	perDoc := make(map[string]int)
	for _, i := range members {
		if s.claims[i].Kind != claim.KindTitle {
			perDoc[s.claims[i].Doc]++
		}
	}
	if len(perDoc) < 2 {
		return groups
	}
	groupOf := make(map[int]int)
	for g, m := range groups {
		for _, i := range m {
			groupOf[i] = g
		}
	}
	type link struct {
		c, x int
		sim  float64
	}
	var links []link
	for _, c := range members {
		cl := s.claims[c]
		if cl.Kind == claim.KindTitle || perDoc[cl.Doc] != 1 {
			continue
		}
		if _, ok := groupOf[c]; ok {
			continue
		}
		best := link{c, -1, threshold}
		for _, x := range members {
			if s.claims[x].Doc == cl.Doc || s.claims[x].Kind == claim.KindTitle {
				continue
			}
			if v := s.Score(c, x); v >= best.sim {
				best = link{c, x, v}
			}
		}
		if best.x >= 0 {
			links = append(links, best)
		}
	}
	sort.Slice(links, func(i, j int) bool {
		if links[i].sim != links[j].sim {
			return links[i].sim > links[j].sim
		}
		return links[i].c < links[j].c
	})
	for _, l := range links {
		if _, ok := groupOf[l.c]; ok {
			continue
		}
		g, ok := groupOf[l.x]
		if !ok {
			groups = append(groups, []int{l.x})
			g = len(groups) - 1
			groupOf[l.x] = g
		}
		if !s.compatible(groups[g], []int{l.c}, cannot) {
			continue
		}
		groups[g] = append(groups[g], l.c)
		slices.Sort(groups[g])
		groupOf[l.c] = g
	}
	// A group started for a link that then failed holds one claim.
	out := groups[:0]
	for _, g := range groups {
		if len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}

// docCount counts the claims of doc in g and extra.
func docCount(s *Scorer, g, extra []int, doc string) int {
	n := 0
	for _, l := range [2][]int{g, extra} {
		for _, i := range l {
			if s.claims[i].Doc == doc {
				n++
			}
		}
	}
	return n
}

// compatible reports whether two groups may merge: no document twice, no
// pair a reviewer marked "not the same".
func (s *Scorer) compatible(a, b []int, cannot map[[2]string]bool) bool {
	for _, x := range a {
		for _, y := range b {
			cx, cy := s.claims[x], s.claims[y]
			if cx.Doc == cy.Doc || cannot[[2]string{cx.ID, cy.ID}] {
				return false
			}
		}
	}
	return true
}

// scoredPair is a candidate pair with its score.
type scoredPair struct {
	a, b int
	sim  float64
}

// scorePairs scores the cross-document pairs worth scoring and returns
// those at or above keep: every pair in a small set, else pairs that share
// at least two of their distinctive terms (one shared word is coincidence
// in a large corpus). Terms carried by more than maxPosting claims are not
// distinctive and make no candidates, which keeps the count near linear in
// the number of claims. A pair whose stem cosine is below cosFloor is not
// scored further: it cannot be the same fact whatever its trigrams say.
// Work is spread over all cores, one claim's candidates at a time, so no
// global list of candidate pairs is ever held.
func (s *Scorer) scorePairs(members []int, keep float64) []scoredPair {
	const topTerms, maxPosting = 6, 64
	small := len(members) <= 200
	var posting map[uint32][]int32
	var tops [][]uint32
	if !small {
		posting = make(map[uint32][]int32)
		tops = make([][]uint32, len(members))
		for x, i := range members {
			tops[x] = topOf(s.vecs[i], topTerms)
			for _, t := range tops[x] {
				posting[t] = append(posting[t], int32(i))
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if len(members) < 512 {
		workers = 1
	}
	results := make([][]scoredPair, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out []scoredPair
			counts := make(map[int32]uint8)
			try := func(a, b int) {
				if s.claims[a].Doc == s.claims[b].Doc || cosine(s.vecs[a], s.vecs[b]) < cosFloor {
					return
				}
				if v := s.Score(a, b); v >= keep {
					out = append(out, scoredPair{a, b, v})
				}
			}
			for x := w; x < len(members); x += workers {
				a := members[x]
				if small {
					for _, b := range members[x+1:] {
						try(a, b)
					}
					continue
				}
				clear(counts)
				for _, t := range tops[x] {
					list := posting[t]
					if len(list) > maxPosting {
						continue
					}
					for _, b := range list {
						if int(b) > a {
							counts[b]++
						}
					}
				}
				for b, n := range counts {
					if n >= 2 {
						try(a, int(b))
					}
				}
			}
			results[w] = out
		}()
	}
	wg.Wait()
	var all []scoredPair
	for _, r := range results {
		all = append(all, r...)
	}
	return all
}

// makeAlignment describes one aligned group.
func (s *Scorer) makeAlignment(g []int, event string) Alignment {
	al := Alignment{Event: event}
	var sum float64
	n := 0
	verbatim := true
	for x := 0; x < len(g); x++ {
		al.Claims = append(al.Claims, s.claims[g[x]].ID)
		for y := x + 1; y < len(g); y++ {
			sum += s.Score(g[x], g[y])
			n++
			if !s.Verbatim(g[x], g[y]) {
				verbatim = false
			}
		}
	}
	if n > 0 {
		al.Similarity = float64(int(sum/float64(n)*1000+0.5)) / 1000
	}
	al.ID = groupID("al-", al.Claims)
	switch {
	case verbatim:
		al.SharedOrigin, al.SharedReason = true, "copy"
	default:
		if src := commonCited(s, g); src != "" {
			al.SharedOrigin, al.SharedReason = true, "cited:"+src
		}
	}
	return al
}

// commonCited returns a cited source that every member names, if any.
func commonCited(s *Scorer, g []int) string {
	counts := make(map[string]int)
	for _, i := range g {
		seen := make(map[string]bool)
		for _, c := range s.claims[i].Cited {
			k := strings.TrimSpace(c)
			if k != "" && !seen[k] {
				seen[k] = true
				counts[k]++
			}
		}
	}
	best := ""
	for k, n := range counts {
		if n == len(g) && (best == "" || k < best) {
			best = k
		}
	}
	return best
}
