package align

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// cosFloor is the stem cosine below which a pair is not scored further.
const cosFloor = 0.12

// scoreAll scores candidate pairs on all cores. A pair whose stem cosine is
// below cosFloor gets -1 without the costlier trigram comparison: it cannot
// be the same fact whatever its trigrams say.
func (s *Scorer) scoreAll(cands [][2]int) []float64 {
	out := make([]float64, len(cands))
	workers := runtime.GOMAXPROCS(0)
	if len(cands) < 2048 {
		workers = 1
	}
	var wg sync.WaitGroup
	chunk := (len(cands) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, len(cands))
		if lo >= hi {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				p := cands[i]
				if cosine(s.vecs[p[0]], s.vecs[p[1]]) < cosFloor {
					out[i] = -1
					continue
				}
				out[i] = s.Score(p[0], p[1])
			}
		}()
	}
	wg.Wait()
	return out
}

// alignWithin groups claims (indices into the scorer) from different
// documents that report the same fact.
func (s *Scorer) alignWithin(members []int, threshold float64, cannot map[[2]string]bool) [][]int {
	if len(members) < 2 {
		return nil
	}
	type pair struct {
		a, b int
		sim  float64
	}
	var pairs []pair
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
	cands := s.candidates(members)
	sims := s.scoreAll(cands)
	for i, p := range cands {
		if sims[i] >= 0 {
			score[p] = sims[i]
		}
		if sims[i] >= threshold {
			pairs = append(pairs, pair{p[0], p[1], sims[i]})
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
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

// candidates lists the cross-document pairs worth scoring: every pair in a
// small set, else pairs that share one of their distinctive terms. Terms
// carried by more than maxPosting claims are not distinctive and make no
// candidates, which keeps the count near linear in the number of claims.
func (s *Scorer) candidates(members []int) [][2]int {
	var out [][2]int
	if len(members) <= 200 {
		for x := 0; x < len(members); x++ {
			for y := x + 1; y < len(members); y++ {
				a, b := members[x], members[y]
				if s.claims[a].Doc != s.claims[b].Doc {
					out = append(out, [2]int{a, b})
				}
			}
		}
		return out
	}
	const topTerms, maxPosting = 6, 64
	posting := make(map[uint32][]int32)
	for _, i := range members {
		for _, t := range topOf(s.vecs[i], topTerms) {
			posting[t] = append(posting[t], int32(i))
		}
	}
	var keys []uint64
	for _, list := range posting {
		if len(list) > maxPosting {
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				a, b := min(list[x], list[y]), max(list[x], list[y])
				if s.claims[a].Doc != s.claims[b].Doc {
					keys = append(keys, uint64(a)<<32|uint64(b))
				}
			}
		}
	}
	// A pair must share two distinctive terms: one shared word is
	// coincidence in a large corpus.
	slices.Sort(keys)
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		if j-i >= 2 {
			k := keys[i]
			out = append(out, [2]int{int(k >> 32), int(k & 0xffffffff)})
		}
		i = j
	}
	return out
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
