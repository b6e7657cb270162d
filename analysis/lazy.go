package analysis

import (
	"encoding/json"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/diff"
)

// Differences computed while the JSON is written (Options.DiffsWhileEncoding).
//
// Alignments come last in the JSON output and their word diffs and
// discrepancies are most of it: on all of SaudiNewsNet, holding them all
// until the output is written took 400 MB. Computed in order, a window
// ahead of the encoder, each alignment's differences live only from their
// computation to their encoding, and the computation runs on all cores
// beside the encoding of the documents, claims and events before them.

// lazyWindow is how many alignments the workers may run ahead of the
// encoder: enough to keep a core busy while the documents and claims
// before them are written (on SaudiNewsNet about 10 kB of differences
// each, so some 40 MB held).
const lazyWindow = 4096

// lazyDiffs computes the differences of a list of alignments in order,
// at most lazyWindow ahead of the highest one asked for.
type lazyDiffs struct {
	als  []Alignment
	byID map[string]*claim.Claim
	opts diff.Options

	mu     sync.Mutex
	cond   *sync.Cond
	wanted int          // 1 + the highest index asked for
	state  []lazyState  // of each alignment
	res    []lazyResult // computed, until taken
}

type lazyState uint8

const (
	lazyPending lazyState = iota
	lazyReady
	lazyTaken
)

type lazyResult struct {
	discrepancies []diff.Discrepancy
	diffs         []diff.PairDiff
}

// startLazyDifferences marks every alignment of als as having its
// differences computed at encoding and starts the workers.
func startLazyDifferences(als []Alignment, claims []claim.Claim, published func(doc string) string, workers int) {
	if len(als) == 0 {
		return
	}
	l := &lazyDiffs{als: als, byID: make(map[string]*claim.Claim, len(claims)), opts: diff.Options{Published: published, Aligned: true},
		state: make([]lazyState, len(als)), res: make([]lazyResult, len(als))}
	l.cond = sync.NewCond(&l.mu)
	for i := range claims {
		l.byID[claims[i].ID] = &claims[i]
	}
	for i := range als {
		als[i].lazy, als[i].lazyIndex = l, i
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int, workers)
	go func() {
		for k := range als {
			l.mu.Lock()
			for k >= l.wanted+lazyWindow {
				l.cond.Wait()
			}
			l.mu.Unlock()
			next <- k
		}
		close(next)
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for k := range next {
				r := l.compute(k)
				l.mu.Lock()
				l.res[k], l.state[k] = r, lazyReady
				l.cond.Broadcast()
				l.mu.Unlock()
			}
		}()
	}
}

// compute returns the differences of alignment k.
func (l *lazyDiffs) compute(k int) lazyResult {
	al := &Alignment{Alignment: l.als[k].Alignment}
	fillDifferences(al, l.byID, l.opts)
	return lazyResult{al.Discrepancies, al.Diffs}
}

// take returns the differences of alignment k, waiting for the workers,
// and lets them go on. The result is handed over once: asked for again,
// it is computed again.
func (l *lazyDiffs) take(k int) lazyResult {
	l.mu.Lock()
	if k+1 > l.wanted {
		l.wanted = k + 1
		l.cond.Broadcast()
	}
	for l.state[k] == lazyPending {
		l.cond.Wait()
	}
	if l.state[k] == lazyTaken {
		l.mu.Unlock()
		return l.compute(k)
	}
	r := l.res[k]
	l.res[k], l.state[k] = lazyResult{}, lazyTaken
	l.mu.Unlock()
	return r
}

// Differences returns the alignment's discrepancies and word diffs; one
// whose differences are computed at encoding (Options.DiffsWhileEncoding)
// gets them now, handed over once as for MarshalJSON. Encoders that write
// an alignment's fields themselves (report.WriteJSON) call it.
func (al *Alignment) Differences() ([]diff.Discrepancy, []diff.PairDiff) {
	if al.lazy == nil {
		return al.Discrepancies, al.Diffs
	}
	r := al.lazy.take(al.lazyIndex)
	return r.discrepancies, r.diffs
}

// alignmentJSON is Alignment without its methods: its default encoding.
type alignmentJSON Alignment

// MarshalJSON encodes an alignment; one whose differences are computed at
// encoding (Options.DiffsWhileEncoding) gets them now.
func (al *Alignment) MarshalJSON() ([]byte, error) {
	if al.lazy == nil {
		return json.Marshal((*alignmentJSON)(al))
	}
	c := *al
	c.Discrepancies, c.Diffs = al.Differences()
	return json.Marshal((*alignmentJSON)(&c))
}
