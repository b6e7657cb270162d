// Package analysis wires claimdiff's stages — reading, claims and facts,
// events and alignment, differences — into one call that the command line,
// the reports and the terminal UI share.
package analysis

import (
	"context"

	"github.com/claimdiff/claimdiff/align"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/review"
)

// Version is the version of the JSON contract (CONTRACT.md).
const Version = 1

// Options control an analysis.
type Options struct {
	// Workers is how many documents are processed at once (default
	// GOMAXPROCS).
	Workers int
	// Progress, when set, is called as documents are done.
	Progress func(done, total int)
	// CannotLink lists claim-ID pairs a reviewer marked "not the same
	// fact"; they are never aligned.
	CannotLink [][2]string
	// Reviews, when set, is the review store's content: its corrections
	// are re-applied and its verdicts attached to the result.
	Reviews *review.Snapshot
}

// Analysis is everything claimdiff found in a set of documents.
type Analysis struct {
	Version    int                `json:"version"`
	Documents  []*corpus.Document `json:"documents"`
	Claims     []claim.Claim      `json:"claims"`
	Events     []align.Event      `json:"events"`
	Alignments []Alignment        `json:"alignments"`
	// Reviews is what the review store says about this analysis (nil when
	// no store was read). It is not part of the JSON contract.
	Reviews *Reviews `json:"-"`
}

// Claims runs the per-document stages — language detection, splitting
// into claims — over docs, in parallel, keeping input order.
func Claims(ctx context.Context, opts Options, docs []*corpus.Document) (*Analysis, error) {
	per := make([][]claim.Claim, len(docs))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d := docs[i]
				if d.Lang == "" {
					d.Lang = lang.Detect(d.Text)
				}
				per[i] = claim.Split(d)
				if opts.Progress != nil {
					mu.Lock()
					done++
					opts.Progress(done, len(docs))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range docs {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a := &Analysis{Version: Version, Documents: docs}
	n := 0
	for _, p := range per {
		n += len(p)
	}
	a.Claims = make([]claim.Claim, 0, n)
	for _, p := range per {
		a.Claims = append(a.Claims, p...)
	}
	if a.Documents == nil {
		a.Documents = []*corpus.Document{}
	}
	return a, nil
}
