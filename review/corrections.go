package review

/*
Applying corrections: how a reviewer's edits to the alignment are replayed
on every new analysis.

Corrections are turned into relations between pairs of claims and one
destination per moved claim; the latest correction about a pair decides:

  merge     every pair of the merged alignments' claims:  must share an alignment
  split     every pair within one of the groups:          must share an alignment
            every pair across two of the groups:          must not
  not-same  the two claims:                               must not

(A split says both "these go together" and "those go elsewhere": the
reviewer saw each group whole and kept it.)

Then, on the aligner's groups (each alignment as its list of claim IDs):

 1. "must" pairs join their groups (a claim in no group joins its partner's;
    two claims in none form a new group).
 2. Each group is cut so that no "must not" pair stays together: its claims
    are first bound into blocks by the "must" pairs (newest first, never
    binding across a "must not"), then the blocks are taken in order of
    their first claim. A block that conflicts with no part yet made joins
    the first part; a block that conflicts with any part starts a part of
    its own, since corrections only separate it and never say where else it
    belongs. The first part keeps the group's place; the others follow it.
 3. A part with fewer than two claims, or with claims of only one document,
    is no alignment and is dropped (an alignment groups claims of different
    documents).
 4. Moves, oldest first: the claim's event becomes the stored event ID if it
    still exists, else the event most of the stored event's claims are in now
    (event IDs follow their members, so they move), "" taking it out of all
    events. A moved claim leaves its alignment unless every other member is
    in the destination event too.

So "not the same" is absolute until a later merge says otherwise, and a
merge holds until a later split or not-same undoes part of it.
*/

import (
	"fmt"
	"sort"
)

// pair is an unordered pair of claim IDs, a < b.
type pair struct{ a, b string }

func mkpair(x, y string) pair {
	if x > y {
		x, y = y, x
	}
	return pair{x, y}
}

// relation is what the latest correction about a pair said.
type relation struct {
	must  bool // true: same alignment; false: never the same alignment
	order int  // index of the correction that set it
}

// Outcome says what one correction did to this analysis.
type Outcome struct {
	Entry   string // the correction's entry ID
	Op      Op
	Applied bool   // the analysis now shows what the correction asked for
	Detail  string // what happened, or why not
}

// Applied is the analysis after corrections.
type Applied struct {
	Groups   [][]string        // alignments as claim-ID lists
	EventOf  map[string]string // claim ID → event ID; claims in no event are absent
	Outcomes []Outcome         // one per correction, in order
}

// ApplyCorrections replays corrections (oldest first, as Snapshot.Corrections
// returns them) on an analysis given as plain data: groups are the
// alignments as lists of claim IDs, eventOf maps each claim to its event.
// The inputs are not modified. The caller recomputes alignment and event IDs
// from the returned members.
func ApplyCorrections(groups [][]string, eventOf map[string]string, cs []Correction) Applied {
	rel := map[pair]relation{}
	for i, c := range cs {
		switch c.Op {
		case OpMerge:
			var all []string
			for _, g := range c.Groups {
				all = append(all, g...)
			}
			for x := range all {
				for y := x + 1; y < len(all); y++ {
					if all[x] != all[y] {
						rel[mkpair(all[x], all[y])] = relation{must: true, order: i}
					}
				}
			}
		case OpSplit, OpNotSame:
			if c.Op == OpSplit {
				for _, g := range c.Groups {
					for x := range g {
						for y := x + 1; y < len(g); y++ {
							if g[x] != g[y] {
								rel[mkpair(g[x], g[y])] = relation{must: true, order: i}
							}
						}
					}
				}
			}
			for gi := range c.Groups {
				for gj := gi + 1; gj < len(c.Groups); gj++ {
					for _, x := range c.Groups[gi] {
						for _, y := range c.Groups[gj] {
							if x != y {
								rel[mkpair(x, y)] = relation{must: false, order: i}
							}
						}
					}
				}
			}
		}
	}
	musts := make([]pair, 0, len(rel))
	for p, r := range rel {
		if r.must {
			musts = append(musts, p)
		}
	}
	// Newest first, then by IDs, so the result never depends on map order.
	sort.Slice(musts, func(i, j int) bool {
		ri, rj := rel[musts[i]], rel[musts[j]]
		if ri.order != rj.order {
			return ri.order > rj.order
		}
		if musts[i].a != musts[j].a {
			return musts[i].a < musts[j].a
		}
		return musts[i].b < musts[j].b
	})

	// Copy the groups; a claim listed twice stays in its first group.
	var work [][]string
	where := map[string]int{}
	for _, g := range groups {
		var ng []string
		for _, id := range g {
			if _, dup := where[id]; !dup {
				where[id] = len(work)
				ng = append(ng, id)
			}
		}
		work = append(work, ng)
	}

	// 1. "must" pairs join groups.
	for _, p := range musts {
		ga, oka := where[p.a]
		gb, okb := where[p.b]
		switch {
		case oka && okb && ga != gb:
			for _, id := range work[gb] {
				where[id] = ga
			}
			work[ga] = append(work[ga], work[gb]...)
			work[gb] = nil
		case oka && !okb:
			where[p.b] = ga
			work[ga] = append(work[ga], p.b)
		case !oka && okb:
			where[p.a] = gb
			work[gb] = append(work[gb], p.a)
		case !oka && !okb:
			where[p.a], where[p.b] = len(work), len(work)
			work = append(work, []string{p.a, p.b})
		}
	}

	// 2. and 3. Cut each group where "must not" pairs sit, drop non-alignments.
	cannot := func(x, y string) bool {
		r, ok := rel[mkpair(x, y)]
		return ok && !r.must
	}
	var out [][]string
	for _, g := range work {
		for _, part := range cut(g, musts, cannot) {
			if isAlignment(part) {
				out = append(out, part)
			}
		}
	}

	// 4. Moves.
	ev := make(map[string]string, len(eventOf))
	exists := map[string]bool{}
	for k, v := range eventOf {
		ev[k] = v
		if v != "" {
			exists[v] = true
		}
	}
	groupOf := map[string]int{}
	for i, g := range out {
		for _, id := range g {
			groupOf[id] = i
		}
	}
	outcomes := make([]Outcome, len(cs))
	for i, c := range cs {
		outcomes[i] = Outcome{Entry: c.Entry, Op: c.Op}
		if c.Op != OpMove {
			continue
		}
		dest, ok := c.Event, true
		if dest != "" && !exists[dest] {
			dest, ok = majorityEvent(c.EventAnchors, c.Claim, ev)
		}
		if !ok {
			outcomes[i].Detail = fmt.Sprintf("destination event %s is gone and none of its claims is in an event", c.Event)
			continue
		}
		if dest == "" {
			delete(ev, c.Claim)
		} else {
			ev[c.Claim] = dest
		}
		outcomes[i].Applied = true
		outcomes[i].Detail = "moved to " + orNone(dest)
		gi, inGroup := groupOf[c.Claim]
		if !inGroup || out[gi] == nil {
			continue
		}
		stays := true
		for _, id := range out[gi] {
			if id != c.Claim && ev[id] != dest {
				stays = false
			}
		}
		if stays {
			continue
		}
		var rest []string
		for _, id := range out[gi] {
			if id != c.Claim {
				rest = append(rest, id)
			}
		}
		delete(groupOf, c.Claim)
		if isAlignment(rest) {
			out[gi] = rest
		} else {
			for _, id := range rest {
				delete(groupOf, id)
			}
			out[gi] = nil
		}
		outcomes[i].Detail += ", and out of its alignment"
	}
	var final [][]string
	for _, g := range out {
		if g != nil {
			final = append(final, g)
		}
	}

	// Outcomes of the alignment corrections: does the result show them?
	groupOf = map[string]int{}
	for i, g := range final {
		for _, id := range g {
			groupOf[id] = i
		}
	}
	together := func(x, y string) bool {
		gx, okx := groupOf[x]
		gy, oky := groupOf[y]
		return okx && oky && gx == gy
	}
	for i, c := range cs {
		switch c.Op {
		case OpMerge:
			var all []string
			for _, g := range c.Groups {
				all = append(all, g...)
			}
			outcomes[i].Applied = true
			outcomes[i].Detail = fmt.Sprintf("%d claims share one alignment", len(all))
			for _, x := range all[1:] {
				if !together(all[0], x) {
					outcomes[i].Applied = false
					outcomes[i].Detail = "partly undone by a later split, not-same or move"
					break
				}
			}
		case OpSplit, OpNotSame:
			outcomes[i].Applied = true
			outcomes[i].Detail = "the groups share no alignment"
		check:
			for gi := range c.Groups {
				for gj := gi + 1; gj < len(c.Groups); gj++ {
					for _, x := range c.Groups[gi] {
						for _, y := range c.Groups[gj] {
							if together(x, y) {
								outcomes[i].Applied = false
								outcomes[i].Detail = "partly undone by a later merge"
								break check
							}
						}
					}
				}
			}
		}
	}
	return Applied{Groups: final, EventOf: ev, Outcomes: outcomes}
}

// cut splits one group so that no "must not" pair stays together (see the
// comment at the top of the file).
func cut(g []string, musts []pair, cannot func(x, y string) bool) [][]string {
	if len(g) < 2 {
		return [][]string{g}
	}
	pos := make(map[string]int, len(g))
	for i, id := range g {
		pos[id] = i
	}
	// Blocks bound by "must" pairs, a small union-find over positions.
	parent := make([]int, len(g))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	members := make([][]int, len(g))
	for i := range g {
		members[i] = []int{i}
	}
	conflict := func(xs, ys []int) bool {
		for _, x := range xs {
			for _, y := range ys {
				if cannot(g[x], g[y]) {
					return true
				}
			}
		}
		return false
	}
	for _, p := range musts {
		i, oki := pos[p.a]
		j, okj := pos[p.b]
		if !oki || !okj {
			continue
		}
		ri, rj := find(i), find(j)
		if ri == rj || conflict(members[ri], members[rj]) {
			continue
		}
		if rj < ri {
			ri, rj = rj, ri
		}
		parent[rj] = ri
		members[ri] = append(members[ri], members[rj]...)
		members[rj] = nil
	}
	// Blocks in order of their first claim, placed greedily.
	var parts [][]int
	for i := range g {
		if find(i) != i {
			continue
		}
		block := members[i]
		free := len(parts) > 0
		for k := range parts {
			if conflict(parts[k], block) {
				free = false
				break
			}
		}
		if free {
			parts[0] = append(parts[0], block...)
		} else {
			parts = append(parts, append([]int(nil), block...))
		}
	}
	out := make([][]string, len(parts))
	for k, p := range parts {
		sort.Ints(p)
		for _, i := range p {
			out[k] = append(out[k], g[i])
		}
	}
	return out
}

// isAlignment reports whether claims can form an alignment: two or more,
// from at least two documents (a claim ID without a document counts as its
// own).
func isAlignment(claims []string) bool {
	if len(claims) < 2 {
		return false
	}
	first := docKey(claims[0])
	for _, id := range claims[1:] {
		if docKey(id) != first {
			return true
		}
	}
	return false
}

func docKey(id string) string {
	if d := DocOf(id); d != "" {
		return d
	}
	return id
}

// majorityEvent returns the event most anchors (other than the moved claim)
// are in now, ties going to the one met first.
func majorityEvent(anchors []string, moved string, ev map[string]string) (string, bool) {
	count := map[string]int{}
	best, bestN := "", 0
	for _, a := range anchors {
		e := ev[a]
		if a == moved || e == "" {
			continue
		}
		count[e]++
		if count[e] > bestN {
			best, bestN = e, count[e]
		}
	}
	return best, bestN > 0
}

func orNone(ev string) string {
	if ev == "" {
		return "no event"
	}
	return ev
}
