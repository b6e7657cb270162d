// Package align clusters claims into events — which claims, from which
// outlets, are about the same happening — and, within each event, aligns
// the claims from different documents that report the same fact.
//
// Events. A claim's event_date (the happening it reports, set by the facts
// stage) places it in time. Claims of one document whose dates are the same
// or a day apart form a local group (a two-day visit is one happening);
// claims dated no finer than a year, or not at all, are background. Local
// groups of different documents are merged when their dates are compatible
// (overlapping, or a day apart) and their content agrees: the cosine of
// their IDF-weighted centroids (stems of content words plus entity IDs)
// clears EventThreshold. Candidate pairs come from an inverted index on each
// group's most distinctive terms, never from all pairs, so the cost grows
// close to linearly with the corpus. Merges check the two whole clusters'
// centroids, not just the linking pair, so one loose link cannot chain two
// stories together. The same people in Moscow in July, October and December
// stay three events because their dates are months apart, and a claim that
// announces a summit for October belongs to the day it was announced.
//
// Alignment. Within an event (and, separately, among background claims),
// every pair of claims from different documents that share a distinctive
// term is scored (see Score): stem overlap weighted by rarity, character
// trigrams, and agreement of facts. Pairs at or above AlignThreshold are
// joined greedily, best first, into groups that hold at most one claim per
// document; a claim joins a group only if its mean score with the members
// stays above the threshold. Near-identical sentences from different events
// are never compared, so they are never aligned.
package align

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claim"
)

// Options tune clustering and alignment. Zero values take the defaults,
// which were chosen on the project's own gold (testdata/gold).
type Options struct {
	EventThreshold float64 // centroid cosine to merge two local groups (default 0.18)
	AlignThreshold float64 // claim-pair score to align (default 0.34)
	// CannotLink lists claim-ID pairs a reviewer marked "not the same
	// fact"; they never share an alignment.
	CannotLink [][2]string
	// Undated, when set, reports the documents with no date at all (no
	// publication or retrieval date): their claims without a date of
	// their own may join an event of any date.
	Undated func(doc string) bool
	// Title, when set, gives the title of a document whose title is not
	// one of its claims (a JSON record's title field); undated articles
	// are compared by their titles too (see undated.go).
	Title func(doc string) string
	// Source, when set, names the outlet of a document ("" when unknown);
	// an event holds at most maxPerSource documents of one outlet (see
	// clusterEvents).
	Source func(doc string) string
	// OtherGroups, when set, says of a term (a content stem, or "\x00"
	// and an entity ID) in how many local groups outside the claims given
	// it is among the heaviest terms: a caller that clusters a part of a
	// larger collection (the article store re-clusters what new articles
	// touch) has a term passed over as too common to find candidates by
	// when the collection's groups, not the part's, hold it in their tops
	// more than maxPosting times — as a run over the whole collection
	// counts them. Terms the function does not know count 0.
	OtherGroups func(term string) int
	// CountedDoc, when set, reports the documents whose local groups
	// OtherGroups has counted already (an article store counts its stored
	// groups as it stored them, the part's among them): those groups are
	// not counted again from the claims given.
	CountedDoc func(doc string) bool
	// CollectionGroups, when above the local groups of the claims given,
	// is how many the collection they are part of holds at least: an
	// input is small (smallInputGroups, where main groups are also
	// compared all against all) by the whole collection's count, not by
	// the part a caller re-clusters.
	CollectionGroups int
	// MainGroup, when set, names for a document given only in part a
	// claim of its largest local group over the whole document (ok false:
	// the document is given whole, or its main group is not known). A
	// group that is not its document's largest is a passing mention,
	// which may join an event by one strong claim pair: a caller that
	// clusters a part of a collection, holding of some documents only the
	// events it re-clusters, says which group the whole document makes
	// its main one, as a run over the whole collection would find it. No
	// group given is the main one when none holds that claim.
	MainGroup func(doc string) (claimID string, ok bool)
	// Progress, when set, is told how far clustering has got (0..1).
	Progress func(stage string, frac float64)
}

func (o Options) withDefaults() Options {
	if o.EventThreshold == 0 {
		o.EventThreshold = 0.18
	}
	if o.AlignThreshold == 0 {
		o.AlignThreshold = 0.34
	}
	return o
}

// Event is a happening reported by one or more documents.
type Event struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Date  string `json:"date"` // ISO 8601 day, range or month; "" when unknown
	// DateUnknown marks an event told only by articles with no date at
	// all (no published or retrieval date, no date in the text): its
	// Date is "" and the UI and reports say "date unknown".
	DateUnknown bool     `json:"date_unknown,omitempty"`
	Claims      []string `json:"claims"`
	Sources     []string `json:"sources"`
	Unique      []string `json:"unique"` // claims no other source carries
}

// Alignment groups claims from different documents that report the same
// fact.
type Alignment struct {
	ID           string   `json:"id"`
	Event        string   `json:"event"` // "" for background claims tied to no event
	Claims       []string `json:"claims"`
	Similarity   float64  `json:"similarity"` // mean pairwise score of the members
	SharedOrigin bool     `json:"shared_origin"`
	// SharedReason says why the members are not independent: "copy" (near
	// verbatim, the same wire) or "cited:NAME" (all rest on one source).
	SharedReason string `json:"shared_origin_reason,omitempty"`
}

// Result is the outcome of Run.
type Result struct {
	Events     []Event
	Alignments []Alignment
}

// Run clusters claims into events and aligns them. Claims must carry
// tokens and facts.
func Run(ctx context.Context, claims []claim.Claim, opts Options) (*Result, error) {
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	return RunScorer(ctx, NewScorer(ptrs), opts)
}

// RunScorer is Run over the claims of a Scorer already made. It reads no
// claim's tokens: a caller short of memory may drop them once the Scorer
// is built (package analysis does on large corpora).
func RunScorer(ctx context.Context, sc *Scorer, opts Options) (*Result, error) {
	opts = opts.withDefaults()
	ptrs := sc.claims
	if opts.Progress != nil {
		opts.Progress("events", 0)
	}
	events := clusterEvents(sc, opts)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if opts.Progress != nil {
		opts.Progress("align", 0.5)
	}
	cannot := make(map[[2]string]bool, len(opts.CannotLink))
	for _, p := range opts.CannotLink {
		cannot[p] = true
		cannot[[2]string{p[1], p[0]}] = true
	}
	res := &Result{}
	inEvent := make([]bool, len(ptrs))
	for _, members := range events {
		for _, i := range members {
			inEvent[i] = true
		}
	}
	var background []int
	for i, c := range ptrs {
		if !inEvent[i] && c.Kind != claim.KindTitle {
			background = append(background, i)
		}
	}
	// Events are aligned independently, on all cores; results are put
	// together in event order so the output does not depend on timing.
	type eventOut struct {
		ev  Event
		als []Alignment
	}
	outs := make([]eventOut, len(events))
	parallel(len(events), func(n int) {
		if ctx.Err() != nil {
			return
		}
		members := events[n]
		ev := sc.makeEvent(members)
		groups := sc.alignWithin(members, opts.AlignThreshold, cannot)
		groups = sc.joinSoleAccounts(members, groups, opts.AlignThreshold*soleFactor, cannot)
		aligned := make(map[int]bool)
		var als []Alignment
		for _, g := range groups {
			als = append(als, sc.makeAlignment(g, ev.ID))
			for _, i := range g {
				aligned[i] = true
			}
		}
		for _, i := range members {
			if !aligned[i] {
				ev.Unique = append(ev.Unique, ptrs[i].ID)
			}
		}
		outs[n] = eventOut{ev, als}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, o := range outs {
		res.Events = append(res.Events, o.ev)
		res.Alignments = append(res.Alignments, o.als...)
	}
	// Background claims align only with background claims, and more
	// strictly: nothing in time says they are about the same thing.
	inGroup := make(map[int]bool)
	for _, g := range sc.alignWithin(background, opts.AlignThreshold+0.1, cannot) {
		res.Alignments = append(res.Alignments, sc.makeAlignment(g, ""))
		for _, i := range g {
			inGroup[i] = true
		}
	}
	// History told by two sources ("تمتد إلى سبعينيات القرن الماضي" and
	// "استمرت لأكثر من سبعين عاماً"): claims with a wide date that name the
	// same two or more entities are compared as a sole account of one
	// happening would be.
	var history []int
	for _, i := range background {
		if !inGroup[i] && tellsHistory(ptrs[i]) {
			history = append(history, i)
		}
	}
	for _, g := range sc.alignWhere(history, opts.AlignThreshold*soleFactor, cannot, func(a, b int) bool {
		return sharedEntities(ptrs[a], ptrs[b]) >= 2
	}) {
		res.Alignments = append(res.Alignments, sc.makeAlignment(g, ""))
	}
	slices.SortFunc(res.Events, func(a, b Event) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	slices.SortFunc(res.Alignments, func(a, b Alignment) int {
		return cmp.Or(cmp.Compare(a.Event, b.Event), cmp.Compare(b.Similarity, a.Similarity), cmp.Compare(a.ID, b.ID))
	})
	if opts.Progress != nil {
		opts.Progress("align", 1)
	}
	return res, nil
}

// tellsHistory reports whether c carries a date wider than a month (a
// decade, a century, a span of years).
func tellsHistory(c *claim.Claim) bool {
	for _, d := range c.Dates {
		if iv, ok := parseISO(d.Value); ok && iv.span() > maxEventSpan {
			return true
		}
	}
	return false
}

// sharedEntities counts the distinct entity IDs two claims both name.
func sharedEntities(a, b *claim.Claim) int {
	n := 0
	seen := make(map[string]bool)
	for _, x := range a.Entities {
		if x.ID == "" || seen[x.ID] {
			continue
		}
		seen[x.ID] = true
		for _, y := range b.Entities {
			if y.ID == x.ID {
				n++
				break
			}
		}
	}
	return n
}

// groupID derives a stable ID from sorted member IDs.
func groupID(prefix string, ids []string) string {
	s := slices.Clone(ids)
	sort.Strings(s)
	sum := sha256.Sum256([]byte(strings.Join(s, "\n")))
	return prefix + hex.EncodeToString(sum[:5])
}
