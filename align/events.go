package align

// Events.
//
// Per document, claims are grouped by event date (touching days joined,
// a run of at most four days); groups of different documents merge when
// their dates fit (overlap, or a day apart) and their IDF-weighted stem
// and entity centroids are close enough (sizedThreshold), or, for a passing
// mention, when one claim pair scores like a near-alignment. Merges check
// the whole clusters, so one loose link cannot chain two stories.
//
// An event holds at most maxPerSource documents of one outlet (when the
// caller names outlets, Options.Source): past that a cluster has grown from
// a happening into a subject. On 5,000 SaudiNewsNet articles the largest
// event went from 104 documents (three days of the war in Yemen) to 21,
// events told by more than one outlet from 632 to 748, and of 18 wrongly
// aligned pairs in a sample of 40 discrepancies 6 were no longer aligned
// (none of the 9 real ones was lost).
//
// Undated articles. A document with no date at all — no published date,
// no retrieval date, and no date in its text (analysis passes them as
// Options.Undated) — has its undated claims in one group that fits any
// date:
//
//   - it is compared with every other group, dated or undated, by
//     sameUndated (undated.go): a weighted mean of shared content-word
//     bigrams, title words found in the other article, the best claim
//     pair and a phrase of each lead retold in one sentence of the other
//     (3:2:2:1; centroid cosine and lead overlap only decide which pairs
//     are worth scoring), at 0.365 for two articles of 16
//     claims in all, 0.06 less per doubling of their length (two dated
//     main groups sharing 35 content stems or more need 0.27), chosen on the
//     same-story development set (testdata/samestory). In a large input (over
//     undatedPairBudget pairs) undated groups still meet each other that
//     way, and meet dated groups through the term index and the centroid
//     threshold, as any group does;
//   - joined to a dated group, it takes that group's date, and the event
//     keeps the dated members' date; once in a dated cluster it is bound
//     by that date like the rest, so it joins one dated happening, its
//     best match (merges go best first);
//   - a group joins a cluster of two or more on its link and, unless both
//     sides are single groups, only if it also reaches 0.8·undatedCosine
//     against the cluster's centroid, so that a pile of undated articles
//     on one subject does not chain into one event;
//   - a cluster of undated groups only is an event whose date is unknown:
//     Event.Date is "" and Event.DateUnknown is true (JSON "date": "",
//     "date_unknown": true); its label starts with its names instead of a
//     date. A lone undated article is such an event of its own, as a
//     dated article told by one source is;
//   - claims of an undated article that carry a date of their own ("في 12
//     شباط 2025") are grouped by that date like any dated claims.
//
// Documents dated only by their retrieval (a crawl such as SaudiNewsNet)
// are not undated: their undated claims take the days before retrieval,
// and none of the above applies to them.
//
// Small inputs. In an input of at most smallInputGroups local groups (a
// folder of a few dozen articles), the main groups of every two dated
// articles whose dates fit are also judged by sameUndated, and linked
// when either it or the centroid threshold says one happening. Rarity
// counted over a few articles' claims makes the centroid cosine weak
// there for the same reason as for undated articles: two accounts of one
// killing, a police report and the consul's statement, share the words
// that are for that very reason not the rarest of either. On the
// same-story set with every date kept (`go run ./scripts/samestory
// -dated`, 181 pairs) F1 went from 0.677 to 0.709 (half a 0.657 to 0.684,
// half b 0.698 to 0.738; recall 0.59 to 0.66, precision 0.79 to 0.77);
// sameUndated's threshold was not re-chosen. Judging by sameUndated alone
// (without the centroid link) gave 0.687. A larger input keeps the term
// index and the centroid threshold only: there rarity is counted over
// enough claims, and comparing all against all would cost more.
//
// sameUndated judges such a main group by its whole article (its text,
// its claims for the best claim pair, its centroid), as it judges an
// undated article: the claims the article dates elsewhere or tells as
// background (the coach's career, the first court ruling, the day
// before) tell its story too, and a main group of a few sentences shares
// little with another outlet's account. On the first 221 pairs of the
// same-story set with their dates kept (-dated) F1 went from 0.767 to
// 0.822 (half a 0.781 to 0.826, half b 0.750 to 0.817), with one article
// dated (-mixed) from 0.814 to 0.836; on pairs 222–261 it is unchanged
// (-dated 0.769, -mixed 0.750); the bundled corpus's analysis is
// byte-identical. A JSON record's title, which is not a claim, is read
// there too (analysis passes every such title as Options.Title), and
// titles whose figures are apart (figuresApart) veto the centroid link
// as well: -dated F1 on the first 221 pairs went on from 0.822 to 0.860
// (half a 0.879, half b 0.839; 0.843 with the titles alone), on pairs
// 222–261 from 0.769 to 0.750 (a volleyball and a basketball
// federation's decisions now joined, as they are undated).

import (
	"cmp"
	"github.com/claimdiff/claimdiff/claim"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// groupMeta is what clusterEvents' candidate filter reads of every local
// group it meets: its dates (days, as interval: those of four-digit
// years fit 32 bits), its document's number and whether it is undated.
// It is 16 bytes, four to a cache line: the filter meets groups in no
// order, most of them to pass them over.
type groupMeta struct {
	lo, hi  int32
	doc     int32
	undated bool
}

// iv returns the group's dates.
func (m *groupMeta) iv() interval { return interval{int(m.lo), int(m.hi)} }

// groupSize is what clusterEvents' scoring reads of the candidates the
// filter lets through: the group's number of claims and whether it is a
// passing mention.
type groupSize struct {
	size    int32
	passing bool
}

// localGroup is a run of one document's claims about one happening.
type localGroup struct {
	doc     string
	members []int
	iv      interval
	vec     vector
	// aside marks a group that is not its document's largest: a passing
	// mention of another happening ("وسبق ذلك اتصال هاتفي … في شباط").
	aside bool
	// undated marks the claims of an article with no date at all, which
	// fit any event's date.
	undated bool
	// text is what an undated group's content is compared by besides
	// vec (see undated.go); nil for dated groups.
	text *undatedText
	// article and articleVec, when set, are the claims and centroid of
	// the group's whole article, which sameUndated compares instead of
	// the group's own: a dated article's main group in a small input
	// (see smallInputGroups).
	article    []int
	articleVec vector
}

// maxEventSpan is the longest date range (in days) a claim may have and
// still place it in an event; coarser dates (a year) are background.
const maxEventSpan = 31

// smallInputGroups is the most local groups an input may have for the
// main groups of its dated articles to be compared all against all by
// sameUndated as well as by their centroids (see "Small inputs" above):
// at most 2,016 comparisons, most of them stopped by sameUndated's cheap
// signals.
const smallInputGroups = 64

// centroid is the normalised sum of the vectors of claims, terms in more
// than maxDF claims left out.
// The sums are made in two buffers in turn and copied out once at their
// size (a new vector per claim added was most of what events allocated).
func centroid(sc *Scorer, claims []int, maxDF int32) vector {
	var v, next vector
	for _, i := range claims {
		next = addInto(next[:0], v, sc.vecs[i], 1)
		v, next = next, v
	}
	v = slices.DeleteFunc(v, func(t term) bool { return int(t.id) < len(sc.vocab.df) && sc.vocab.df[t.id] > maxDF })
	return normalize(slices.Clone(v))
}

// clusterEvents returns the member claim indices of each event.
func clusterEvents(sc *Scorer, opts Options) [][]int {
	// 1. Local groups: one document's claims with the same event date,
	// joined with neighbouring days (gap ≤ 1, whole run ≤ 4 days).
	byDoc := make(map[string][]int)
	undated := make(map[string][]int) // claims of articles with no date at all
	var docOrder []string
	seenDoc := make(map[string]bool)
	for i, c := range sc.claims {
		switch {
		case !sc.ivOK[i] && c.EventDate == "" && !hasDateValue(c) && opts.Undated != nil && opts.Undated(c.Doc):
			undated[c.Doc] = append(undated[c.Doc], i)
		case !sc.ivOK[i] || sc.ivs[i].span() > maxEventSpan:
			continue
		default:
			byDoc[c.Doc] = append(byDoc[c.Doc], i)
		}
		if !seenDoc[c.Doc] {
			seenDoc[c.Doc] = true
			docOrder = append(docOrder, c.Doc)
		}
	}
	var groups []*localGroup
	for _, doc := range docOrder {
		idx := byDoc[doc]
		keyed := make(map[string]*localGroup)
		var order []*localGroup
		for _, i := range idx {
			k := sc.claims[i].EventDate
			g, ok := keyed[k]
			if !ok {
				g = &localGroup{doc: doc, iv: sc.ivs[i]}
				keyed[k] = g
				order = append(order, g)
			}
			g.members = append(g.members, i)
		}
		// Join single days that touch.
		slices.SortStableFunc(order, func(a, b *localGroup) int { return cmp.Compare(a.iv.lo, b.iv.lo) })
		var merged []*localGroup
		for _, g := range order {
			if n := len(merged); n > 0 {
				last := merged[n-1]
				if last.iv.span() <= 4 && g.iv.span() == 1 && last.iv.gap(g.iv) == 0 && last.iv.union(g.iv).span() <= 4 {
					last.members = append(last.members, g.members...)
					last.iv = last.iv.union(g.iv)
					continue
				}
			}
			merged = append(merged, g)
		}
		if u := undated[doc]; len(u) > 0 {
			// An article with no date at all may report any event: its
			// undated claims are one group that fits every date.
			merged = append(merged, &localGroup{doc: doc, members: u, undated: true})
		}
		largest := 0
		for k, g := range merged {
			if len(g.members) > len(merged[largest].members) {
				largest = k
			}
		}
		if opts.MainGroup != nil {
			if id, ok := opts.MainGroup(doc); ok {
				largest = groupHolding(sc, merged, id)
			}
		}
		for k, g := range merged {
			g.aside = k != largest
		}
		groups = append(groups, merged...)
	}
	// Terms in more than commonShare of all claims (and at least
	// commonMin) say nothing about which story a group tells: in a large
	// corpus they are what every article shares, and a cluster's centroid
	// drifts to them until every article fits it.
	maxDF := int32(CommonDF(sc.vocab.n))
	// Each group's centroid and its heaviest terms (for the posting
	// lists below) depend on that group alone: they are made on all cores.
	const topTerms, maxPosting = 20, 400
	tops := make([][]uint32, len(groups))
	parallel(len(groups), func(gi int) {
		groups[gi].vec = centroid(sc, groups[gi].members, maxDF)
		tops[gi] = topOf(groups[gi].vec, topTerms)
	})
	var undatedIdx []int // the undated groups
	for gi, g := range groups {
		if g.undated {
			undatedIdx = append(undatedIdx, gi)
		}
	}
	// In an input of pasted articles (undated groups times all groups
	// within undatedPairBudget) every undated group is compared with
	// every other group by sameUndated, which needs every group's text:
	// the term index below is no guide when rarity is counted over a
	// handful of claims (two accounts of one phone call share words that
	// are, for that very reason, not the rarest of either). In a large
	// input undated groups meet each other by sameUndated and dated groups
	// by the centroid threshold, through the index.
	allPairs := len(undatedIdx) > 0 && len(undatedIdx)*len(groups) <= undatedPairBudget
	// In a small input every two articles' main groups whose dates fit
	// are also judged by sameUndated (see smallInputGroups).
	small := max(len(groups), opts.CollectionGroups) <= smallInputGroups
	// The main group of a dated article in a small input is judged by
	// its whole article: the claims it dates elsewhere (background, the
	// article's history, a day before) tell its story too.
	var docClaims map[string][]int
	if small {
		docClaims = make(map[string][]int)
		for i, c := range sc.claims {
			docClaims[c.Doc] = append(docClaims[c.Doc], i)
		}
	}
	parallel(len(groups), func(gi int) {
		if g := groups[gi]; g.undated || allPairs || small && !g.aside {
			title := ""
			if opts.Title != nil {
				title = opts.Title(g.doc)
			}
			members := g.members
			if small && !g.undated && !g.aside {
				g.article = docClaims[g.doc]
				g.articleVec = centroid(sc, g.article, maxDF)
				members = g.article
			}
			g.text = sc.undatedTextOf(members, title)
		}
	})

	// 2. Candidate pairs of groups from different documents: groups that
	// share one of their most distinctive terms, read from the posting
	// lists of those terms. A list too long for its term to tell stories
	// apart (with the groups outside the claims clustered that hold it,
	// Options.OtherGroups) is passed over.
	post := newPostings(tops)
	var others map[uint32]int
	if opts.OtherGroups != nil {
		posting := make(map[uint32][]int, len(post.lists))
		for li, list := range post.lists {
			posting[post.terms[li]] = intsOf(list)
		}
		others = otherGroups(sc, groups, posting, opts.OtherGroups, opts.CountedDoc)
	}
	passOver := make([]bool, len(post.lists))
	for li, list := range post.lists {
		passOver[li] = len(list)+others[post.terms[li]] > maxPosting
	}
	// The threshold of two groups depends on the smaller one's size only.
	maxMembers := 0
	for _, g := range groups {
		maxMembers = max(maxMembers, len(g.members))
	}
	needOf := make([]float64, maxMembers+1)
	for n := range needOf {
		needOf[n] = sizedThreshold(opts.EventThreshold, n, n)
	}
	// Each group's candidates (groups after it sharing a term whose
	// posting list is short), scored on all cores, as their sort keys
	// (mergeKey).
	// Group a's centroid is spread into a dense array once, and each
	// candidate b scored in one pass over its terms (cosineDenseApprox,
	// then cosineDense for the few that may reach the threshold); a
	// stamp per group (a+1) marks the candidates a has met. Both are
	// reused by each worker.
	per := make([][]mergeKey, len(groups))
	type scratch struct {
		dense []float32
		seen  []int32
		pairs *pairScratch
	}
	scratches := make([]*scratch, runtime.GOMAXPROCS(0))
	// What the filter below reads of every candidate, in one array (the
	// groups themselves are scattered over the heap, and documents are
	// told apart by number instead of by comparing their IDs).
	meta := make([]groupMeta, len(groups))
	sizes := make([]groupSize, len(groups))
	docNum := make(map[string]int32, len(docOrder))
	for gi, g := range groups {
		n, ok := docNum[g.doc]
		if !ok {
			n = int32(len(docNum))
			docNum[g.doc] = n
		}
		meta[gi] = groupMeta{lo: int32(g.iv.lo), hi: int32(g.iv.hi), doc: n, undated: g.undated}
		sizes[gi] = groupSize{size: int32(len(g.members)), passing: passingMention(g)}
	}
	// The centroids as the candidates' cosines read them (sharedTerms):
	// only the terms of two documents' groups, renumbered densely.
	vecs, nterms := sharedTerms(groups, meta)
	parallelW(len(groups), func(w, a int) {
		ga, ma, za := groups[a], meta[a], sizes[a]
		iva := ma.iv()
		if scratches[w] == nil {
			scratches[w] = &scratch{dense: make([]float32, nterms), seen: make([]int32, len(groups)), pairs: sc.newPairScratch()}
		}
		sw := scratches[w]
		dense, seen, stamp := sw.dense, sw.seen, int32(a+1)
		for _, t := range vecs[a] {
			dense[t.id] = t.w
		}
		defer func() {
			for _, t := range vecs[a] {
				dense[t.id] = 0
			}
		}()
		for _, pl := range post.places[a] {
			if passOver[pl.list] {
				continue
			}
			// A posting list holds groups in increasing order: those
			// up to a, whose pairs with a are b's candidates, are
			// skipped at once.
			for _, b32 := range post.lists[pl.list][pl.at+1:] {
				b := int(b32)
				mb := &meta[b]
				if seen[b] == stamp || ma.doc == mb.doc || (ma.undated || mb.undated) && allPairs || !ma.undated && !mb.undated && !datesFit(iva, mb.iv()) {
					continue
				}
				seen[b] = stamp
				if ma.undated && mb.undated {
					if s, ok := sc.sameUndated(ga, groups[b]); ok {
						per[a] = append(per[a], mergeKeyOf(s, a, b, false, true))
					}
					continue
				}
				zb := sizes[b]
				need := needOf[min(za.size, zb.size)]
				// Most candidates fall well short of need: a sum in any
				// order tells them, and only the others are summed as
				// cosine sums (s stays below need for the rest).
				vb := vecs[b]
				s, pair := cosineDenseApprox(dense, vb), false
				if s+cosineDenseSlack(len(vb)) >= need {
					s = cosineDense(dense, vb)
				}
				// (What else is read of b, its claims and text, is read
				// of the few candidates that need it, through groups.)
				gb := groups[b]
				if s < need && (za.passing || zb.passing) && sc.pairAtLeastWith(ga.members, gb.members, eventPairThreshold, sw.pairs) {
					// Two short accounts of one happening ("اتصال هاتفي
					// بين الرئيسين في شباط" and "في 12 شباط أجرى بوتين
					// اتصالاً هاتفياً مع الشرع") share few stems but a
					// claim pair that scores like a near-alignment.
					s, pair = need, true
				}
				if s >= need && !(ga.text != nil && gb.text != nil && textsApart(ga.text, gb.text)) {
					// (Where both texts are read, titles whose figures
					// or places are apart veto the centroid too: see
					// textsApart.)
					per[a] = append(per[a], mergeKeyOf(s, a, b, pair, false))
				}
			}
		}
	})
	if allPairs {
		parallel(len(undatedIdx), func(x int) {
			a := undatedIdx[x]
			for b, gb := range groups {
				if gb.doc == groups[a].doc || gb.undated && b <= a {
					continue
				}
				if s, ok := sc.sameUndated(groups[a], gb); ok {
					per[a] = append(per[a], mergeKeyOf(s, a, b, false, true))
				}
			}
		})
	}
	if small {
		parallel(len(groups), func(a int) {
			ga := groups[a]
			if ga.undated || ga.aside {
				return
			}
			linked := make(map[int]bool, len(per[a]))
			for _, k := range per[a] {
				linked[k.cand().b] = true
			}
			for b := a + 1; b < len(groups); b++ {
				gb := groups[b]
				if linked[b] || gb.undated || gb.aside || gb.doc == ga.doc || !datesFit(ga.iv, gb.iv) {
					continue // the centroids have linked them already
				}
				if s, ok := sc.sameUndated(ga, gb); ok {
					per[a] = append(per[a], mergeKeyOf(s, a, b, false, true))
				}
			}
		})
	}
	// The candidates best first, then by groups, as sort keys (mergeKey):
	// no two link the same two groups, so the order is total and any
	// sort gives this one.
	ncands := 0
	for _, p := range per {
		ncands += len(p)
	}
	keys := make([]mergeKey, 0, ncands)
	for _, p := range per {
		keys = append(keys, p...)
	}
	per = nil
	slices.SortFunc(keys, func(x, y mergeKey) int {
		if x.hi != y.hi {
			return cmp.Compare(x.hi, y.hi)
		}
		return cmp.Compare(x.lo, y.lo)
	})

	// 3. Merge, best first, checking the whole clusters' centroids and
	// dates so that one loose link cannot chain two stories.
	parent := make([]int, len(groups))
	cent := make([]vector, len(groups))
	ivs := make([]interval, len(groups))
	size := make([]int, len(groups))
	und := make([]bool, len(groups)) // a cluster of undated groups only
	ngroups := make([]int, len(groups))
	for i, g := range groups {
		parent[i], cent[i], ivs[i], size[i], und[i], ngroups[i] = i, g.vec, g.iv, len(g.members), g.undated, 1
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	// The documents of each cluster that have an outlet, when outlets are
	// known, numbered so that one outlet's documents are a run (see
	// outletKeys) and sorted.
	var byOutlet [][]int32
	var outletOf []int32
	if opts.Source != nil {
		var keys []int32
		keys, outletOf = outletKeys(groups, opts.Source)
		byOutlet = make([][]int32, len(groups))
		for i, k := range keys {
			if k >= 0 {
				byOutlet[i] = []int32{k}
			}
		}
	}
	for _, k := range keys {
		c := k.cand()
		ra, rb := find(c.a), find(c.b)
		if ra == rb || !und[ra] && !und[rb] && (!datesFit(ivs[ra], ivs[rb]) || tooLong(ivs[ra], ivs[rb])) {
			continue
		}
		if byOutlet != nil && tooManyPerOutlet(byOutlet[ra], byOutlet[rb], outletOf) {
			continue
		}
		if c.pair && min(size[ra], size[rb]) > pairLinkMax {
			continue // a pair link attaches a passing mention, it does not join two stories
		}
		switch {
		case c.undated && ngroups[ra] == 1 && ngroups[rb] == 1:
			// Two undated articles: sameUndated has judged them.
		case c.undated:
			// A third undated article joins on its link and on the
			// cluster's centroid, so that undated articles do not chain.
			if cosineOfUnnormalized(cent[ra], cent[rb]) < 0.8*undatedCosine {
				continue
			}
		case !c.pair && cosineOfUnnormalized(cent[ra], cent[rb]) < 0.8*sizedThreshold(opts.EventThreshold, size[ra], size[rb]):
			continue
		}
		ngroups[ra] += ngroups[rb]
		size[ra] += size[rb]
		parent[rb] = ra
		if byOutlet != nil {
			byOutlet[ra], byOutlet[rb] = unionSorted(byOutlet[ra], byOutlet[rb]), nil
		}
		cent[ra] = capTerms(add(cent[ra], cent[rb], 1), 300)
		// A cluster's date is that of its most precise members.
		switch {
		case und[ra]:
			ivs[ra] = ivs[rb]
		case !und[rb]:
			ivs[ra] = narrower(ivs[ra], ivs[rb])
		}
		und[ra] = und[ra] && und[rb]
	}
	comps := make(map[int][]int)
	var roots []int
	for gi, g := range groups {
		r := find(gi)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], g.members...)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		m := comps[r]
		slices.Sort(m)
		out = append(out, m)
	}
	return out
}

// sharedTerms returns the centroids of groups (whose documents meta
// numbers) as clusterEvents' candidate filter reads them, and how many
// term numbers they use: without the terms that the groups of one
// document alone hold, which no cosine of groups of two documents reads
// (a product with a weight of 0), and with the others numbered 0, 1, 2 …
// in the order of their IDs. The vectors stay sorted, so cosineDense sums
// the same products in the same order, without those that add 0 (to a
// sum that is never -0, which adding +0 would change), and returns
// exactly what it returns on the centroids; cosineDenseApprox sums fewer
// of them, within cosineDenseSlack of that.
//
// The dense array a group is spread into is then half as long (on
// SaudiNewsNet's 31,030 articles 56,196 terms of the 112,531 their claims
// have), and the vectors are read from one array in group order.
func sharedTerms(groups []*localGroup, meta []groupMeta) ([]vector, int) {
	nterms, total := 0, 0
	for _, g := range groups {
		if n := len(g.vec); n > 0 {
			nterms = max(nterms, int(g.vec[n-1].id)+1)
		}
		total += len(g.vec)
	}
	// firstDoc is the document of the first group holding each term (-1:
	// none); a term that a group of another document holds as well is
	// shared, and gets its number.
	const unseen, shared = -1, -2
	firstDoc := make([]int32, nterms)
	for i := range firstDoc {
		firstDoc[i] = unseen
	}
	for gi, g := range groups {
		doc := meta[gi].doc
		for _, t := range g.vec {
			switch d := firstDoc[t.id]; {
			case d == unseen:
				firstDoc[t.id] = doc
			case d >= 0 && d != doc:
				firstDoc[t.id] = shared
			}
		}
	}
	num := firstDoc // reused: each shared term's new number, -1 for the rest
	n := int32(0)
	for id, d := range firstDoc {
		if d == shared {
			num[id] = n
			n++
		} else {
			num[id] = -1
		}
	}
	arena := make(vector, 0, total)
	vecs := make([]vector, len(groups))
	for gi, g := range groups {
		start := len(arena)
		for _, t := range g.vec {
			if k := num[t.id]; k >= 0 {
				arena = append(arena, term{uint32(k), t.w})
			}
		}
		vecs[gi] = arena[start:len(arena):len(arena)]
	}
	return vecs, int(n)
}

// mergeKey is a candidate link of clusterEvents as it sorts them: hi is
// its similarity's bits, ordered so that a higher similarity comes first
// (similarities are never NaN, and 0 and -0 are one), and lo its groups a
// and b, then its two flags. Comparing two of them is comparing two pairs
// of integers: sorting millions of candidates by their fields was most of
// what merging them took on all of SaudiNewsNet.
type mergeKey struct{ hi, lo uint64 }

// mergeLink is what the merges read of a candidate link.
type mergeLink struct {
	a, b int
	pair bool // linked by a claim pair, not by the centroids
	// undated links two undated groups (sameUndated, not the centroid
	// threshold).
	undated bool
}

// mergeKeyOf returns the sort key of a link of groups a and b (fewer than
// 2³¹) whose similarity is sim.
func mergeKeyOf(sim float64, a, b int, pair, undated bool) mergeKey {
	if sim == 0 {
		sim = 0 // -0 sorts as 0
	}
	bits := math.Float64bits(sim)
	if bits>>63 != 0 {
		bits = ^bits
	} else {
		bits |= 1 << 63
	}
	// bits now grow with sim; the key is their complement.
	lo := uint64(a)<<33 | uint64(b)<<2
	if pair {
		lo |= 2
	}
	if undated {
		lo |= 1
	}
	return mergeKey{^bits, lo}
}

// cand returns the link a key stands for.
func (k mergeKey) cand() mergeLink {
	return mergeLink{a: int(k.lo >> 33), b: int(k.lo >> 2 & (1<<31 - 1)), pair: k.lo&2 != 0, undated: k.lo&1 != 0}
}

// sizedThreshold is the cosine two groups of na and nb claims need to be one
// event. One or two claims that mention a happening share few words, so
// the base threshold is low; whole articles on one subject share many even
// when they report different stories (two pieces on Egypt's economy), so
// it rises with the smaller group's size: base + 0.035·log2(n), capped at
// 0.40. On the bundled corpus the article-sized merges of one event score
// 0.29–0.54; on SaudiNewsNet, merges of different stories between
// article-sized groups mostly score 0.18–0.35.
func sizedThreshold(base float64, na, nb int) float64 {
	n := min(na, nb)
	if n <= 1 {
		return base
	}
	return min(base+0.035*math.Log2(float64(n)), 0.40)
}

// pairLinkMax is the most claims the smaller of two groups may have for one
// claim pair to link them: a passing mention is one or two lines, and
// between longer groups one similar pair is chance (it would chain a
// corpus of undated articles into one event).
const pairLinkMax = 2

// passingMention reports whether a group is a passing mention: at most
// pairLinkMax claims, set aside from its document's main story.
func passingMention(g *localGroup) bool {
	return g.aside && len(g.members) <= pairLinkMax
}

// eventPairThreshold is the claim-pair score that links two local groups
// whose centroids are too far apart (see clusterEvents).
const eventPairThreshold = 0.25

// maxPairChecks bounds the claim pairs bestPair scores for two groups.
const maxPairChecks = 400

// bestPair returns the highest score between a claim of a and one of b,
// over at most maxPairChecks pairs.
func (s *Scorer) bestPair(a, b []int) float64 {
	best, n := 0.0, 0
	for _, x := range a {
		for _, y := range b {
			if n++; n > maxPairChecks {
				return best
			}
			best = max(best, s.Score(x, y))
		}
	}
	return best
}

// pairAtLeast reports whether bestPair(a, b) >= t, stopping at the first
// pair that reaches t.
func (s *Scorer) pairAtLeast(a, b []int, t float64) bool {
	return s.pairAtLeastWith(a, b, t, s.newPairScratch())
}

// pairAtLeastWith is pairAtLeast reading each claim x of a through ps: its
// vector spread by term ID, so that its cosine with a claim of b is one
// pass over that claim's terms (cosineDense, which sums as cosine does),
// and its trigrams as a bit set, which bounds how many trigrams a claim
// of b may share with it (mostShared) before they are merged.
func (s *Scorer) pairAtLeastWith(a, b []int, t float64, ps *pairScratch) bool {
	if len(b) == 0 {
		return false
	}
	if len(b) < len(a) {
		return s.pairAtLeastByB(a, b, t, ps)
	}
	n := 0
	for _, x := range a {
		if n >= maxPairChecks {
			return false
		}
		ps.set(s.vecs[x], s.tri[x])
		found := false
		for _, y := range b {
			if n++; n > maxPairChecks {
				break
			}
			if s.pairReaches(x, y, t, ps) {
				found = true
				break
			}
		}
		ps.clear(s.vecs[x], s.tri[x])
		if found {
			return true
		}
	}
	return false
}

// pairAtLeastByB is pairAtLeastWith spreading the claims of b in ps
// instead of those of a, for a b shorter than a (a passing mention met by
// an article): fewer claims are spread and cleared for the same pairs. It
// checks the pairs pairAtLeastWith checks (the first maxPairChecks in the
// order a by b) in another order, which decides the same: whether a pair
// reaches t does not depend on the pairs checked before it, nor on which
// of its claims ps holds (pairReachesHeld).
func (s *Scorer) pairAtLeastByB(a, b []int, t float64, ps *pairScratch) bool {
	for j, y := range b {
		if j >= maxPairChecks {
			return false
		}
		ps.set(s.vecs[y], s.tri[y])
		found := false
		for i, x := range a {
			if i*len(b)+j >= maxPairChecks {
				break
			}
			if s.pairReachesHeld(x, y, x, t, ps) {
				found = true
				break
			}
		}
		ps.clear(s.vecs[y], s.tri[y])
		if found {
			return true
		}
	}
	return false
}

// pairReaches reports whether Score(x, y) >= t, x being the claim ps
// holds.
func (s *Scorer) pairReaches(x, y int, t float64, ps *pairScratch) bool {
	return s.pairReachesHeld(x, y, y, t, ps)
}

// pairReachesHeld reports whether Score(x, y) >= t, other being the claim
// of the two that ps does not hold, merging only as many trigrams as it
// takes. Which claim ps holds changes nothing: the cosine sums the same
// products in the same order (by increasing term ID; a product of two
// floats does not depend on their order), and either claim's trigrams
// that fall in the other's bit set bound those they share. A pair that cannot
// reach t with as many shared trigrams as the shorter claim has, with
// every fact agreeing and then with its own facts, does not reach it
// (the score does not decrease as a fact agrees or the Dice coefficient
// grows); nor one that cannot with as many as the two claims may share
// by their trigram sets (mostShared), before the trigrams are merged.
func (s *Scorer) pairReachesHeld(x, y, other int, t float64, ps *pairScratch) bool {
	cos := cosineDense(ps.dense, s.vecs[other])
	tx, ty := s.tri[x], s.tri[y]
	shorter := diceBound(min(len(tx), len(ty)), len(tx)+len(ty))
	if allFacts.of(cos, shorter) < t {
		return false
	}
	f := s.scoreWith(x, y)
	if f.of(cos, shorter) < t {
		return false
	}
	if f.of(cos, diceBound(min(ps.mostShared(s.tri[other]), len(tx), len(ty)), len(tx)+len(ty))) < t {
		return false
	}
	return diceAtLeast(tx, ty, func(d float64) bool { return f.of(cos, d) >= t })
}

// pairScratch holds one claim for pairAtLeastWith: its vector's weights by
// term ID (0 for terms it lacks) and its trigrams' low bits as a set.
// A worker reuses one.
type pairScratch struct {
	dense []float32
	tri   [triBits / 64]uint64
}

// triBits is the size of pairScratch's trigram set: claims have some 100
// trigrams, so another claim's trigrams fall in it by chance about one in
// 40.
const triBits = 4096

// newPairScratch returns a pairScratch for s's claims, empty.
func (s *Scorer) newPairScratch() *pairScratch {
	return &pairScratch{dense: make([]float32, len(s.vocab.df))}
}

// set puts a claim's vector and trigrams in ps, which must be empty.
func (ps *pairScratch) set(v vector, tri []uint32) {
	for _, t := range v {
		ps.dense[t.id] = t.w
	}
	for _, h := range tri {
		ps.tri[h/64%(triBits/64)] |= 1 << (h % 64)
	}
}

// clear empties ps of what set put in it.
func (ps *pairScratch) clear(v vector, tri []uint32) {
	for _, t := range v {
		ps.dense[t.id] = 0
	}
	for _, h := range tri {
		ps.tri[h/64%(triBits/64)] = 0
	}
}

// mostShared returns how many of the trigrams tri fall in ps's set: at
// least as many as tri shares with the trigrams set there (each shared
// one falls in it).
func (ps *pairScratch) mostShared(tri []uint32) int {
	n := 0
	for _, h := range tri {
		n += int(ps.tri[h/64%(triBits/64)] >> (h % 64) & 1)
	}
	return n
}

// diceBound is the Dice coefficient of sets of n elements in all sharing
// shared (0 when both are empty, as diceAtLeast counts it).
func diceBound(shared, n int) float64 {
	if n == 0 {
		return 0
	}
	return diceOf(shared, n)
}

// allFacts are the facts of a pair whose every fact agrees.
var allFacts = scoreFacts{true, true, true}

// datesFit reports whether two date ranges can be the same happening: they
// overlap, or lie a day apart.
func datesFit(a, b interval) bool { return a.gap(b) <= 1 }

// narrower keeps the more precise of two compatible ranges, widened to
// cover both when both are precise (a two-day visit).
// commonShare and commonMin bound the terms event vectors keep (see
// clusterEvents): a term in more than 1% of the claims, and in more than
// 500, is left out. A corpus of a few thousand claims keeps every term.
const (
	commonShare = 0.01
	commonMin   = 500
)

// hasDateValue reports whether c names a date with a value (relative dates
// of an undated article have none).
func hasDateValue(c *claim.Claim) bool {
	for _, d := range c.Dates {
		if d.Value != "" {
			return true
		}
	}
	return false
}

// maxRun is the longest run of days, in days, that the day-precise dates of
// one event may cover.
const maxRun = 4

// tooLong reports whether two day-precise clusters would together cover
// more than maxRun days: a story that goes on for a week is several
// happenings, and without this limit articles of undated corpora (dated
// only by the days before their retrieval) chain day after day into one.
func tooLong(a, b interval) bool {
	return a.span() <= maxRun && b.span() <= maxRun && a.union(b).span() > maxRun
}

func narrower(a, b interval) interval {
	switch {
	case a.span() <= 4 && b.span() <= 4:
		return a.union(b)
	case b.span() < a.span():
		return b
	}
	return a
}

// topOf returns the IDs of the n heaviest terms of v, heaviest first.
func topOf(v vector, n int) []uint32 {
	if ids, ok := topOfDistinct(v, n); ok {
		return ids
	}
	s := slices.Clone(v)
	slices.SortFunc(s, func(a, b term) int { return cmp.Compare(b.w, a.w) })
	if len(s) > n {
		s = s[:n]
	}
	ids := make([]uint32, len(s))
	for i, t := range s {
		ids[i] = t.id
	}
	return ids
}

// topOfDistinct is topOf for a v whose n+1 heaviest weights are all
// different (and none is NaN), when the n heaviest terms and their order
// are the same whichever sort finds them; ok is false for any other v,
// which topOf sorts. It keeps the n+1 heaviest terms in a short sorted
// array instead of sorting all of v (a group's centroid has hundreds of
// terms, topOf keeps twenty).
func topOfDistinct(v vector, n int) (ids []uint32, ok bool) {
	const most = 32
	k := min(n+1, len(v))
	if k > most {
		return nil, false
	}
	var best [most]term // the k heaviest so far, heaviest first
	m := 0
	for _, t := range v {
		if t.w != t.w {
			return nil, false
		}
		if m == k && t.w <= best[k-1].w {
			continue
		}
		j := min(m, k-1)
		for j > 0 && best[j-1].w < t.w {
			best[j] = best[j-1]
			j--
		}
		best[j] = t
		m = min(m+1, k)
	}
	for j := 1; j < m; j++ {
		if best[j].w == best[j-1].w {
			return nil, false
		}
	}
	ids = make([]uint32, min(n, m))
	for j := range ids {
		ids[j] = best[j].id
	}
	return ids, true
}

// groupHolding returns the index of the group of groups holding the claim
// id, or -1.
func groupHolding(sc *Scorer, groups []*localGroup, id string) int {
	for k, g := range groups {
		for _, i := range g.members {
			if sc.claims[i].ID == id {
				return k
			}
		}
	}
	return -1
}

// postings are the posting lists of the groups' top terms.
type postings struct {
	// lists holds, for each term in some group's tops, the groups
	// holding it there, in increasing order; terms names each list's
	// term.
	lists [][]int32
	terms []uint32
	// places holds, for each group and each of its top terms in order,
	// the list of that term and the group's place in it.
	places [][]topPlace
}

// topPlace is where a group stands in the posting list of one of its top
// terms.
type topPlace struct{ list, at int32 }

// newPostings makes the posting lists of the groups' top terms.
func newPostings(tops [][]uint32) postings {
	var p postings
	listOf := make(map[uint32]int32)
	p.places = make([][]topPlace, len(tops))
	for gi, ts := range tops {
		p.places[gi] = make([]topPlace, len(ts))
		for k, t := range ts {
			li, ok := listOf[t]
			if !ok {
				li = int32(len(p.lists))
				listOf[t] = li
				p.lists = append(p.lists, nil)
				p.terms = append(p.terms, t)
			}
			p.places[gi][k] = topPlace{li, int32(len(p.lists[li]))}
			p.lists[li] = append(p.lists[li], int32(gi))
		}
	}
	return p
}

// intsOf returns s as ints.
func intsOf(s []int32) []int {
	out := make([]int, len(s))
	for i, x := range s {
		out[i] = int(x)
	}
	return out
}

// otherGroups returns, for each term of posting that groups outside the
// claims clustered hold in their tops (Options.OtherGroups), how many do;
// the groups of documents that count says were counted already
// (Options.CountedDoc) are taken off, since posting counts them too.
func otherGroups(sc *Scorer, groups []*localGroup, posting map[uint32][]int, other func(term string) int, counted func(doc string) bool) map[uint32]int {
	if other == nil {
		return nil
	}
	out := make(map[uint32]int)
	for t, list := range posting {
		n := other(sc.vocab.terms[t])
		if n <= 0 {
			continue
		}
		if counted != nil {
			for _, g := range list {
				if counted(groups[g].doc) {
					n--
				}
			}
		}
		out[t] = n
	}
	return out
}

// capTerms keeps the n heaviest terms of an (unnormalised) vector.
func capTerms(v vector, n int) vector {
	if len(v) <= n {
		return v
	}
	if s, ok := capTermsCut(v, n); ok {
		return s
	}
	s := slices.Clone(v)
	slices.SortFunc(s, func(a, b term) int { return cmp.Compare(b.w, a.w) })
	s = s[:n]
	slices.SortFunc(s, func(a, b term) int { return cmp.Compare(a.id, b.id) })
	return s
}

// makeEvent describes an event from its member claims.
func (s *Scorer) makeEvent(members []int) Event {
	ev := Event{Claims: make([]string, 0, len(members)), Unique: []string{}}
	seenDoc := make(map[string]bool)
	var iv interval
	haveDay := false
	dateCount := make(map[string]int)
	for _, i := range members {
		c := s.claims[i]
		ev.Claims = append(ev.Claims, c.ID)
		if !seenDoc[c.Doc] {
			seenDoc[c.Doc] = true
			ev.Sources = append(ev.Sources, c.Doc)
		}
		if s.ivOK[i] && s.ivs[i].span() == 1 {
			if !haveDay {
				iv, haveDay = s.ivs[i], true
			} else if iv.union(s.ivs[i]).span() <= 4 {
				iv = iv.union(s.ivs[i])
			}
		}
		dateCount[c.EventDate]++
	}
	ev.ID = groupID("ev-", ev.Claims)
	switch {
	case haveDay:
		ev.Date = isoOf(iv)
	default:
		best := ""
		for d, n := range dateCount {
			if n > dateCount[best] || (n == dateCount[best] && d < best) {
				best = d
			}
		}
		ev.Date = best
	}
	ev.DateUnknown = ev.Date == ""
	ev.Label = s.label(members, ev.Date)
	return ev
}

// label names an event by its date, the people most often named in it and
// its most distinctive words.
func (s *Scorer) label(members []int, date string) string {
	entCount := make(map[string]int)
	entName := make(map[string]string)
	// Members are in claim order, so a document's claims are contiguous:
	// counting the documents a word occurs in needs only the last one seen.
	// Words are read from the claims' vectors (content words, not names),
	// so labels need no tokens.
	// They are counted in arrays by term ID, reused across events
	// (labelScratch), and reset through the terms they touched.
	sc := labelScratches.Get().(*labelScratch)
	defer labelScratches.Put(sc)
	if n := len(s.vocab.surface); len(sc.docs) < n {
		sc.docs, sc.last = make([]int32, n), make([]string, n)
	}
	wordDocs, wordLast := sc.docs, sc.last
	defer func() {
		for _, id := range sc.touched {
			wordDocs[id], wordLast[id] = 0, ""
		}
		sc.touched = sc.touched[:0]
	}()
	for _, i := range members {
		c := s.claims[i]
		for _, e := range c.Entities {
			if e.ID == "" || (e.Kind != "person" && e.Kind != "org") {
				continue
			}
			entCount[e.ID]++
			if n, ok := entName[e.ID]; !ok || len(e.Text) < len(n) {
				entName[e.ID] = e.Text
			}
		}
		for _, t := range s.vecs[i] {
			if len(s.vocab.surface[t.id]) <= 6 {
				continue // entity terms, and words of three letters or fewer
			}
			if wordLast[t.id] != c.Doc {
				if wordLast[t.id] == "" {
					sc.touched = append(sc.touched, t.id)
				}
				wordLast[t.id] = c.Doc
				wordDocs[t.id]++
			}
		}
	}
	ents := make([]string, 0, len(entCount))
	for id := range entCount {
		ents = append(ents, id)
	}
	slices.SortFunc(ents, func(a, b string) int { return cmp.Or(cmp.Compare(entCount[b], entCount[a]), cmp.Compare(a, b)) })
	if len(ents) > 3 {
		ents = ents[:3]
	}
	var names []string
	for _, id := range ents {
		names = append(names, entName[id])
	}
	type ws struct {
		id uint32
		w  float64
	}
	// The three first words in the order of weight, then surface (a
	// total order: a word term's surface names it), kept as they come
	// rather than sorting them all.
	order := func(a, b ws) int {
		return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(s.vocab.surface[a.id], s.vocab.surface[b.id]))
	}
	var best [3]ws
	nbest := 0
	for _, id := range sc.touched {
		w := ws{id, float64(wordDocs[id]) * s.vocab.idf(id)}
		k := nbest
		for k > 0 && order(w, best[k-1]) < 0 {
			k--
		}
		if k >= len(best) {
			continue
		}
		copy(best[k+1:], best[k:min(nbest, len(best)-1)])
		best[k] = w
		nbest = min(nbest+1, len(best))
	}
	var top []string
	for _, w := range best[:nbest] {
		top = append(top, s.vocab.surface[w.id])
	}
	var parts []string
	if date != "" {
		parts = append(parts, date) // an undated event's label starts with its names
	}
	if len(names) > 0 {
		parts = append(parts, strings.Join(names, "، "))
	}
	if len(top) > 0 {
		parts = append(parts, strings.Join(top, "، "))
	}
	return strings.Join(parts, " — ")
}

// labelScratch is label's count of documents per word term (and the last
// document counted), by term ID, with the terms it touched.
type labelScratch struct {
	docs    []int32
	last    []string
	touched []uint32
}

var labelScratches = sync.Pool{New: func() any { return new(labelScratch) }}

// maxPerSource is the most documents of one outlet an event holds. One
// happening is told by an outlet in a report, a follow-up or two and a
// piece of analysis; a cluster holding more of one outlet's articles has
// grown from a happening into a subject (a week of a war, a season of
// football) and joins nothing more.
const maxPerSource = 3

// tooManyPerOutlet reports whether merging two clusters would give an
// outlet more than maxPerSource documents. a and b are the clusters'
// documents that have an outlet, numbered by outletKeys and sorted (so
// that one outlet's documents are a run of each), and outletOf is the
// outlet of each number. A document with groups in both clusters (claims
// of two dates) counts once.
func tooManyPerOutlet(a, b []int32, outletOf []int32) bool {
	i := 0
	for j := 0; j < len(b); {
		o := outletOf[b[j]]
		je := j + 1
		for je < len(b) && outletOf[b[je]] == o {
			je++
		}
		for i < len(a) && outletOf[a[i]] < o {
			i++
		}
		ie := i
		for ie < len(a) && outletOf[a[ie]] == o {
			ie++
		}
		if (ie-i)+(je-j) > maxPerSource && unionLen(a[i:ie], b[j:je]) > maxPerSource {
			return true
		}
		i, j = ie, je
	}
	return false
}

// outletKeys numbers the documents of groups that have an outlet (source
// returns it, "" for none) so that one outlet's documents have
// consecutive numbers, outlets in the order they first appear and each
// one's documents in the order they first appear. It returns each group's
// document's number (-1 for a document without an outlet) and the outlet
// of each number, which does not decrease with it.
func outletKeys(groups []*localGroup, source func(string) string) (keys, outletOf []int32) {
	outletNum := make(map[string]int32)
	var docsOf [][]string // documents of each outlet, by its number
	docOutlet := make(map[string]int32)
	for _, g := range groups {
		if _, ok := docOutlet[g.doc]; ok {
			continue
		}
		src := source(g.doc)
		if src == "" {
			docOutlet[g.doc] = -1
			continue
		}
		o, ok := outletNum[src]
		if !ok {
			o = int32(len(docsOf))
			outletNum[src] = o
			docsOf = append(docsOf, nil)
		}
		docOutlet[g.doc] = o
		docsOf[o] = append(docsOf[o], g.doc)
	}
	key := make(map[string]int32, len(docOutlet))
	for o, docs := range docsOf {
		for _, d := range docs {
			key[d] = int32(len(outletOf))
			outletOf = append(outletOf, int32(o))
		}
	}
	keys = make([]int32, len(groups))
	for i, g := range groups {
		if k, ok := key[g.doc]; ok {
			keys[i] = k
		} else {
			keys[i] = -1
		}
	}
	return keys, outletOf
}

// unionLen returns the length of unionSorted(a, b).
func unionLen(a, b []int32) int {
	return len(a) + len(b) - overlap(a, b)
}

// unionSorted returns the union of two sorted lists of distinct numbers,
// sorted, in a new slice.
func unionSorted(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// capTermsCut is capTerms of a v longer than n whose n-th heaviest weight
// is heavier than the next (and none is NaN), when the n heaviest terms
// are the same whichever sort finds them: those at least as heavy as the
// n-th, which it keeps in v's order of IDs without sorting v twice. ok is
// false for any other v, which capTerms sorts.
func capTermsCut(v vector, n int) (vector, bool) {
	ws := make([]float32, len(v))
	for i, t := range v {
		if t.w != t.w {
			return nil, false
		}
		ws[i] = t.w
	}
	// After selecting, ws[n-1] is the n-th heaviest and every weight
	// after it at most as heavy; the heaviest of those is the next.
	selectHeaviest(ws, n)
	cut, next := ws[n-1], ws[n]
	for _, w := range ws[n+1:] {
		next = max(next, w)
	}
	if next >= cut {
		return nil, false
	}
	s := make(vector, 0, n)
	for _, t := range v {
		if t.w >= cut {
			s = append(s, t)
		}
	}
	return s, true
}

// selectHeaviest reorders ws so that its k heaviest values come first, the
// k-th heaviest at ws[k-1] (Hoare's selection, a median of three pivot).
// ws must hold no NaN and more than k values.
func selectHeaviest(ws []float32, k int) {
	lo, hi := 0, len(ws)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		// Order ws[lo], ws[mid], ws[hi] heaviest first; the median is
		// the pivot.
		if ws[mid] > ws[lo] {
			ws[mid], ws[lo] = ws[lo], ws[mid]
		}
		if ws[hi] > ws[lo] {
			ws[hi], ws[lo] = ws[lo], ws[hi]
		}
		if ws[hi] > ws[mid] {
			ws[hi], ws[mid] = ws[mid], ws[hi]
		}
		p := ws[mid]
		i, j := lo, hi
		for i <= j {
			for ws[i] > p {
				i++
			}
			for ws[j] < p {
				j--
			}
			if i <= j {
				ws[i], ws[j] = ws[j], ws[i]
				i++
				j--
			}
		}
		// ws[lo..j] ≥ p ≥ ws[i..hi], and ws[j+1..i-1] = p.
		switch {
		case k-1 <= j:
			hi = j
		case k-1 >= i:
			lo = i
		default:
			return
		}
	}
}
