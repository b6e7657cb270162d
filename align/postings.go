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
// up to their bound. termPostings keeps a term's dated groups ordered by
// first day, so that a group reads only the entries whose first day can fit
// its own; the term is still skipped by its count over the whole input,
// so the candidates, and the events, are those of reading the whole list.

// termPostings is one term's posting list: the local groups holding it
// among their top terms.
type termPostings struct {
	// n counts the groups (dated and undated); past maxPosting the
	// entries are not kept.
	n int
	// dated holds the dated groups ordered by first day, then number;
	// undated the undated groups by number.
	dated   []datedPosting
	undated []int32
}

// datedPosting is a dated group in a posting list and its first day.
type datedPosting struct{ lo, g int32 }

// postingIndex maps a term ID to its posting list; maxSpan is the longest
// date range (in days) of a dated group, which bounds how far before a
// group's first day a fitting group may start.
type postingIndex struct {
	terms   map[uint32]*termPostings
	maxSpan int
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
	for gi, ts := range tops {
		for _, t := range ts {
			p := ix.terms[t]
			if p == nil {
				p = &termPostings{}
				ix.terms[t] = p
			}
			p.n++
		}
		if !meta[gi].undated {
			ix.maxSpan = max(ix.maxSpan, meta[gi].iv.span())
		}
	}
	for gi, ts := range tops {
		for _, t := range ts {
			p := ix.terms[t]
			switch {
			case p.n > maxPosting:
			case meta[gi].undated:
				p.undated = append(p.undated, int32(gi))
			default:
				p.dated = append(p.dated, datedPosting{int32(meta[gi].iv.lo), int32(gi)})
			}
		}
	}
	for _, p := range ix.terms {
		slices.SortFunc(p.dated, func(x, y datedPosting) int { return cmp.Or(cmp.Compare(x.lo, y.lo), cmp.Compare(x.g, y.g)) })
	}
	return ix
}

// each calls visit with every group after a in term t's list that may fit
// group a's dates (ma), unless the list holds more than maxPosting groups:
// every group when a is undated, else the undated groups and the dated
// groups whose first day lies from maxSpan+1 days before a's first day to
// two days after its last (the range datesFit allows); visit still checks
// the dates. Groups are visited in no particular order.
func (ix *postingIndex) each(t uint32, a int, ma groupMeta, maxPosting int, visit func(b int)) {
	p := ix.terms[t]
	if p == nil || p.n > maxPosting {
		return
	}
	from := sort.Search(len(p.undated), func(k int) bool { return int(p.undated[k]) > a })
	for _, b := range p.undated[from:] {
		visit(int(b))
	}
	dated := p.dated
	if !ma.undated && !ix.whole {
		lo, hi := ma.iv.lo-ix.maxSpan-1, ma.iv.hi+2
		i := sort.Search(len(dated), func(k int) bool { return int(dated[k].lo) >= lo })
		j := sort.Search(len(dated), func(k int) bool { return int(dated[k].lo) > hi })
		dated = dated[i:max(i, j)]
	}
	for _, e := range dated {
		if int(e.g) > a {
			visit(int(e.g))
		}
	}
}
