package align

import (
	"cmp"
	"slices"
	"sort"
)

// Event candidates by term and date.
//
// clusterEvents pairs local groups that share one of their top terms,
// skipping terms in the top terms of more than maxPosting groups, and keeps
// the pairs whose dates fit (datesFit). A term's groups are counted over
// the whole input, but most of them lie days or weeks from any one group:
// on the full SaudiNewsNet run (31,030 articles over 18 days) 25.3 million
// posting entries were visited and 73% of them set aside for their dates,
// against 0.79 million and 33% for its first 5,000 articles, which is why
// the candidate search grew faster than the input while the lists filled
// up to their bound. termPostings keeps a term's dated groups of a few days
// ordered by first day, so that a group reads only the entries whose first
// day can fit its own; the term is still skipped by its count over the whole input,
// so the candidates, and the events, are those of reading the whole list.

// termPostings is one term's posting list: the local groups holding it
// among their top terms.
type termPostings struct {
	// n counts the groups (dated and undated); past maxPosting the
	// entries are not kept.
	n int
	// short holds the dated groups of at most shortSpan days ordered by
	// first day, then number; long the dated groups of more days, and
	// undated the undated groups, by number.
	short, long []datedPosting
	undated     []int32
}

// shortSpan is the most days a dated group may cover to be found in a
// term's list by its first day (see termPostings): most groups cover a
// day or a run of a few (maxRun); a few wider ones (a month) would widen
// the range of first days every group reads.
const shortSpan = maxRun

// datedPosting is a dated group in a posting list and its first day.
type datedPosting struct{ lo, g int32 }

// postingIndex maps a term ID to its posting list.
type postingIndex struct {
	terms map[uint32]*termPostings
	// whole makes each read a term's whole list, as clusterEvents did
	// before the lists were ordered by date (set by tests, through
	// wholePostings, to compare the two).
	whole bool
}

// wholePostings, set by tests, makes every postingIndex read whole lists.
var wholePostings bool

// newPostingIndex indexes the groups' top terms; lists of more than
// maxPosting groups keep only their count.
func newPostingIndex(tops [][]uint32, meta []groupMeta, maxPosting int) *postingIndex {
	ix := &postingIndex{terms: make(map[uint32]*termPostings), whole: wholePostings}
	for _, ts := range tops {
		for _, t := range ts {
			p := ix.terms[t]
			if p == nil {
				p = &termPostings{}
				ix.terms[t] = p
			}
			p.n++
		}
	}
	for gi, ts := range tops {
		m := meta[gi]
		for _, t := range ts {
			p := ix.terms[t]
			switch e := (datedPosting{int32(m.iv.lo), int32(gi)}); {
			case p.n > maxPosting:
			case m.undated:
				p.undated = append(p.undated, int32(gi))
			case m.iv.span() > shortSpan:
				p.long = append(p.long, e)
			default:
				p.short = append(p.short, e)
			}
		}
	}
	for _, p := range ix.terms {
		slices.SortFunc(p.short, func(x, y datedPosting) int { return cmp.Or(cmp.Compare(x.lo, y.lo), cmp.Compare(x.g, y.g)) })
	}
	return ix
}

// each calls visit with every group after a in term t's list that may fit
// group a's dates (ma), unless the list holds more than maxPosting groups:
// every group when a is undated, else the undated groups, the long ones,
// and the short ones whose first day lies from shortSpan+1 days before a's
// first day to two days after its last (the range datesFit allows); visit
// still checks the dates. Groups are visited in no particular order.
func (ix *postingIndex) each(t uint32, a int, ma groupMeta, maxPosting int, visit func(b int)) {
	p := ix.terms[t]
	if p == nil || p.n > maxPosting {
		return
	}
	from := sort.Search(len(p.undated), func(k int) bool { return int(p.undated[k]) > a })
	for _, b := range p.undated[from:] {
		visit(int(b))
	}
	for _, e := range p.long {
		if int(e.g) > a {
			visit(int(e.g))
		}
	}
	short := p.short
	if !ma.undated && !ix.whole {
		lo, hi := ma.iv.lo-shortSpan-1, ma.iv.hi+2
		i := sort.Search(len(short), func(k int) bool { return int(short[k].lo) >= lo })
		j := sort.Search(len(short), func(k int) bool { return int(short[k].lo) > hi })
		short = short[i:max(i, j)]
	}
	for _, e := range short {
		if int(e.g) > a {
			visit(int(e.g))
		}
	}
}
