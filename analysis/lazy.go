package analysis

import (
	"encoding/json"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/diff"
	"github.com/claimdiff/claimdiff/lang"
)

// Differences computed while the JSON is written (Options.DiffsWhileEncoding).
//
// Alignments come last in the JSON output and their word diffs and
// discrepancies are most of it: on all of SaudiNewsNet, holding them all
// until the output is written took 400 MB. Computed in order, a window
// ahead of the encoder, each alignment's differences live only from their
// computation to their encoding, and the computation runs on all cores
// beside the encoding of the documents, claims and events before them.
//
// Claims without tokens (Analyze drops them once the scoring features are
// read) are tokenised by the worker that compares them, for that one
// alignment, into a buffer the worker reuses: held from the events stage
// to the end of the output, the tokens of every aligned claim were the
// largest part of the memory the output stage holds (29 of the 212 MB
// live midway through the output of 5,000 SaudiNewsNet articles).

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
			tk := newTokenizer()
			for k := range next {
				r := l.compute(k, tk)
				l.mu.Lock()
				l.res[k], l.state[k] = r, lazyReady
				l.cond.Broadcast()
				l.mu.Unlock()
			}
		}()
	}
}

// compute returns the differences of alignment k, tokenising its claims
// that have no tokens with tk.
func (l *lazyDiffs) compute(k int, tk *tokenizer) lazyResult {
	al := &Alignment{Alignment: l.als[k].Alignment}
	members := make([]*claim.Claim, 0, len(al.Claims))
	for _, id := range al.Claims {
		if c := l.byID[id]; c != nil {
			members = append(members, tk.withTokens(c))
		}
	}
	al.Discrepancies, al.Diffs = diff.CompareGroupDiffs(members, l.opts)
	tk.reset()
	return lazyResult{al.Discrepancies, al.Diffs}
}

// tokenizer gives claims their tokens for one alignment at a time: copies
// of the claims, whose tokens share one reused buffer, the copies too
// kept in reused storage. It is not safe for concurrent use.
type tokenizer struct {
	buf []lang.Token
	cps []*claim.Claim // copies made, reused from alignment to alignment
	n   int            // copies handed out since the last reset
}

func newTokenizer() *tokenizer { return &tokenizer{} }

// withTokens returns c if it has its tokens, else a copy of c with the
// tokens of its text (offsets into its document, as claim.Split gives
// them), valid until reset.
func (tk *tokenizer) withTokens(c *claim.Claim) *claim.Claim {
	if c.Tokens != nil {
		return c
	}
	a := len(tk.buf)
	tk.buf = lang.AppendTokensAt(tk.buf, c.Text, c.Start)
	toks := tk.buf[a:len(tk.buf):len(tk.buf)]
	if tk.n == len(tk.cps) {
		tk.cps = append(tk.cps, new(claim.Claim))
	}
	cp := tk.cps[tk.n]
	tk.n++
	*cp = *c
	cp.Tokens = toks
	return cp
}

// reset lets the tokens and copies handed out go.
func (tk *tokenizer) reset() {
	clear(tk.buf) // drop the strings the reused slice would keep alive
	tk.buf = tk.buf[:0]
	for _, cp := range tk.cps[:tk.n] {
		*cp = claim.Claim{} // and what the copies point to
	}
	tk.n = 0
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
		return l.compute(k, newTokenizer())
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
