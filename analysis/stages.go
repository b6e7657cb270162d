package analysis

import (
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
)

// Discrepancy is a typed difference between aligned claims (package diff).
type Discrepancy = diff.Discrepancy

// annotate reads the facts of a document's claims with the built-in
// lexicon.
func annotate(d *corpus.Document, cs []claim.Claim) { claim.Annotate(d, cs, nil) }

// compareClaims lists the discrepancies between two claims compared on their
// own (`claimdiff pairs`). Claims that do not state the same fact have none:
// a discrepancy is a disagreement about one fact, not two unrelated
// statements.
func compareClaims(a, b *claim.Claim, same bool, published func(string) string) []Discrepancy {
	if !same {
		return []Discrepancy{}
	}
	return diff.CompareWith(a, b, diff.Options{Published: published})
}

// publishedOf returns a lookup of documents' publication dates by ID.
func publishedOf(docs []*corpus.Document) func(string) string {
	m := make(map[string]string, len(docs))
	for _, d := range docs {
		m[d.ID] = d.Published
	}
	return func(id string) string { return m[id] }
}

// differences fills each alignment's word diffs (every two claims from
// different documents) and typed discrepancies, in parallel.
func differences(als []Alignment, claims []claim.Claim, docs []*corpus.Document, workers int) {
	differencesWith(als, claims, publishedOf(docs), workers)
}

// differencesWith is differences with a lookup of publication dates.
func differencesWith(als []Alignment, claims []claim.Claim, published func(doc string) string, workers int) {
	byID := make(map[string]*claim.Claim, len(claims))
	for i := range claims {
		byID[claims[i].ID] = &claims[i]
	}
	opts := diff.Options{Published: published, Aligned: true}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fillDifferences(&als[i], byID, opts)
			}
		}()
	}
	for i := range als {
		next <- i
	}
	close(next)
	wg.Wait()
}

func fillDifferences(al *Alignment, byID map[string]*claim.Claim, opts diff.Options) {
	members := make([]*claim.Claim, 0, len(al.Claims))
	for _, id := range al.Claims {
		if c := byID[id]; c != nil {
			members = append(members, c)
		}
	}
	al.Discrepancies, al.Diffs = diff.CompareGroupDiffs(members, opts)
}
