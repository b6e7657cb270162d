package store

// The terms an event is found by (event_index), computed over interned
// term IDs: each claim's weighted terms once, then per document group and
// per event summed in a reused dense array. centroid (update.go) does the
// same with maps of strings for the few groups of new articles; on a first
// load of SaudiNewsNet (16,000 events) this took 7 s of CPU that way.

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
)

// eventTerm is one term of an event's index (eventindex.go).
type eventTerm struct {
	term string
	n    int     // in how many of the event's document groups' tops
	w    float64 // weight in the event's centroid
}

// termWeigher weighs claims' terms as centroid does, over interned IDs.
type termWeigher struct {
	names []string // term of each ID
	df    []int    // its document frequency
	vecs  [][]idWeight
}

type idWeight struct {
	id int32
	w  float64
}

// newTermWeigher interns the terms of the claims of jobs (terms as termsOf
// gives them) and weighs each claim's: (1 + ln count) times IDF over the
// store, entities counting two, L2-normalised over all its terms, terms in
// more than maxDF claims then left out.
func newTermWeigher(claims []claim.Claim, feats []align.Features, df map[string]int, total int, jobs []eventJob) *termWeigher {
	maxDF := align.CommonDF(total)
	ids := make(map[string]int32, 1<<16)
	tw := &termWeigher{vecs: make([][]idWeight, len(claims))}
	type count struct {
		id int32
		c  float64
	}
	var buf []count
	var key []byte   // "\x00" and an entity ID
	var ws []float64 // a claim's weights, before its norm
	need := make([]bool, len(claims))
	for _, j := range jobs {
		for _, i := range j.all {
			need[i] = true
		}
	}
	// The terms termsOf gives, in its order (which numbers them),
	// an entity's looked up without making its string unless new.
	intern := func(key []byte, t string) int32 {
		if key != nil {
			if id, ok := ids[string(key)]; ok {
				return id
			}
			t = string(key)
		} else if id, ok := ids[t]; ok {
			return id
		}
		id := int32(len(tw.names))
		ids[t] = id
		tw.names = append(tw.names, t)
		tw.df = append(tw.df, df[t])
		return id
	}
	for i := range claims {
		if !need[i] {
			continue
		}
		buf = buf[:0]
		for _, t := range feats[i].Stems {
			buf = append(buf, count{intern(nil, t), 1})
		}
		for _, e := range claims[i].Entities {
			if e.ID != "" {
				key = append(append(key[:0], 0), e.ID...)
				buf = append(buf, count{intern(key, ""), 2})
			}
		}
		slices.SortFunc(buf, func(a, b count) int { return cmp.Compare(a.id, b.id) })
		merged := buf[:0]
		for _, x := range buf {
			if n := len(merged); n > 0 && merged[n-1].id == x.id {
				merged[n-1].c += x.c
				continue
			}
			merged = append(merged, x)
		}
		var norm float64
		ws = slices.Grow(ws[:0], len(merged))[:len(merged)]
		for k, x := range merged {
			d := tw.df[x.id]
			ws[k] = (1 + math.Log(x.c)) * align.Rarity(d, total)
			norm += ws[k] * ws[k]
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			continue
		}
		vec := make([]idWeight, 0, len(merged))
		for k, x := range merged {
			if tw.df[x.id] > maxDF {
				continue
			}
			vec = append(vec, idWeight{x.id, ws[k] / norm})
		}
		tw.vecs[i] = vec
	}
	return tw
}

// centroidScratch is a dense accumulator reused across groups.
type centroidScratch struct {
	acc     []float64
	touched []int32
}

// sum adds up members' weights, L2-normalises the sum, and returns the
// touched IDs with their weights (acc holds them until reset).
func (tw *termWeigher) sum(sc *centroidScratch, members []int) []int32 {
	if len(sc.acc) < len(tw.names) {
		sc.acc = make([]float64, len(tw.names))
	}
	for _, i := range members {
		for _, x := range tw.vecs[i] {
			if sc.acc[x.id] == 0 {
				sc.touched = append(sc.touched, x.id)
			}
			sc.acc[x.id] += x.w
		}
	}
	var norm float64
	for _, id := range sc.touched {
		norm += sc.acc[id] * sc.acc[id]
	}
	if norm = math.Sqrt(norm); norm > 0 {
		for _, id := range sc.touched {
			sc.acc[id] /= norm
		}
	}
	return sc.touched
}

func (sc *centroidScratch) reset() {
	for _, id := range sc.touched {
		sc.acc[id] = 0
	}
	sc.touched = sc.touched[:0]
}

// top returns the topTerms heaviest of the touched IDs (weight
// descending, then term).
func (tw *termWeigher) top(sc *centroidScratch, touched []int32) []int32 {
	ids := slices.Clone(touched)
	slices.SortFunc(ids, func(a, b int32) int {
		return cmp.Or(cmp.Compare(sc.acc[b], sc.acc[a]), cmp.Compare(tw.names[a], tw.names[b]))
	})
	return ids[:min(len(ids), topTerms)]
}

// eventTerms returns an event's index rows: the topTerms heaviest terms of
// each of its documents' groups of claims (byDoc, in document order), how
// many groups each tops, and its weight in the centroid of all members.
func (tw *termWeigher) eventTerms(sc *centroidScratch, byDoc [][]int, all []int) []eventTerm {
	n := make(map[int32]int)
	for _, members := range byDoc {
		for _, id := range tw.top(sc, tw.sum(sc, members)) {
			n[id]++
		}
		sc.reset()
	}
	tw.sum(sc, all)
	out := make([]eventTerm, 0, len(n))
	for id, k := range n {
		out = append(out, eventTerm{tw.names[id], k, sc.acc[id]})
	}
	sc.reset()
	slices.SortFunc(out, func(a, b eventTerm) int { return cmp.Compare(a.term, b.term) })
	return out
}

// eventTermsAll computes eventTerms for every job on all cores.
func (tw *termWeigher) eventTermsAll(jobs []eventJob) [][]eventTerm {
	out := make([][]eventTerm, len(jobs))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(jobs)/16))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := &centroidScratch{}
			for k := w; k < len(jobs); k += workers {
				out[k] = tw.eventTerms(sc, jobs[k].byDoc, jobs[k].all)
			}
		}()
	}
	wg.Wait()
	return out
}

// eventJob is an event whose index terms are to be computed: its claims
// by document and all of them.
type eventJob struct {
	byDoc [][]int
	all   []int
}

// jobOf is the event job of an event's claims: their indexes in claims
// (idx maps a claim ID to it; IDs not there are left out), grouped by
// document in the order documents first appear.
func jobOf(ids []string, idx map[string]int, claims []claim.Claim) eventJob {
	var job eventJob
	docAt := make(map[string]int)
	for _, id := range ids {
		k, ok := idx[id]
		if !ok {
			continue
		}
		d, seen := docAt[claims[k].Doc]
		if !seen {
			d = len(job.byDoc)
			docAt[claims[k].Doc] = d
			job.byDoc = append(job.byDoc, nil)
		}
		job.byDoc[d] = append(job.byDoc[d], k)
		job.all = append(job.all, k)
	}
	return job
}
