package align

import (
	"cmp"
	"slices"

	"github.com/claimdiff/claimdiff/claim"
)

// Rebuild recomputes events and alignments after a reviewer's corrections
// have regrouped claims: groups are the alignments as claim-ID lists, and
// eventOf gives each claim's event (by the event IDs of the result the
// corrections were applied to; a claim absent from it is in no event).
// Event and alignment IDs, labels, dates, unique claims and similarities are
// derived again from the new members, exactly as Run derives them.
func Rebuild(claims []claim.Claim, groups [][]string, eventOf map[string]string) *Result {
	ptrs := make([]*claim.Claim, len(claims))
	index := make(map[string]int, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
		index[claims[i].ID] = i
	}
	sc := NewScorer(ptrs)
	members := make(map[string][]int)
	var order []string
	for i := range claims {
		ev, ok := eventOf[claims[i].ID]
		if !ok {
			continue
		}
		if _, seen := members[ev]; !seen {
			order = append(order, ev)
		}
		members[ev] = append(members[ev], i)
	}
	res := &Result{}
	newID := make(map[string]string)
	events := make(map[string]*Event)
	for _, old := range order {
		ev := sc.makeEvent(members[old])
		newID[old] = ev.ID
		res.Events = append(res.Events, ev)
	}
	for i := range res.Events {
		events[res.Events[i].ID] = &res.Events[i]
	}
	aligned := make(map[string]bool)
	for _, g := range groups {
		var idx []int
		for _, id := range g {
			if i, ok := index[id]; ok {
				idx = append(idx, i)
			}
		}
		if len(idx) < 2 {
			continue
		}
		slices.Sort(idx)
		// The alignment belongs to its members' event when they agree.
		ev := ""
		for k, i := range idx {
			e := newID[eventOf[claims[i].ID]]
			if k == 0 {
				ev = e
			} else if e != ev {
				ev = ""
				break
			}
		}
		res.Alignments = append(res.Alignments, sc.makeAlignment(idx, ev))
		for _, i := range idx {
			aligned[claims[i].ID] = true
		}
	}
	for i := range res.Events {
		ev := &res.Events[i]
		for _, id := range ev.Claims {
			if !aligned[id] {
				ev.Unique = append(ev.Unique, id)
			}
		}
	}
	slices.SortFunc(res.Events, func(a, b Event) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	slices.SortFunc(res.Alignments, func(a, b Alignment) int {
		return cmp.Or(cmp.Compare(a.Event, b.Event), cmp.Compare(b.Similarity, a.Similarity), cmp.Compare(a.ID, b.ID))
	})
	return res
}
