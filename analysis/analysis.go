// Package analysis wires claimdiff's stages — reading, claims and facts,
// events and alignment, differences — into one call that the command line,
// the reports and the terminal UI share.
package analysis

import (
	"context"

	"github.com/claimdiff/claimdiff/align"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/dates"
	"github.com/claimdiff/claimdiff/claim/entity"
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
	// Lexicon holds the word lists facts are read with (the built-in ones
	// when nil; config [lexicon] adds to them).
	Lexicon *claim.Lexicon

	// NoFacts makes Claims split articles without reading the facts of
	// their claims (and without inferring missing publication dates): the
	// fast path of `claimdiff claims --facts=false`.
	NoFacts bool

	// NoDifferences makes Analyze stop at alignments: no word diffs and
	// no typed discrepancies (`claimdiff analyze --diff=false`).
	NoDifferences bool

	// EventThreshold, when not 0, replaces align's base threshold for
	// merging two local groups into one event (align.Options): for
	// choosing it on labelled data (scripts/samestory -dated -sweep).
	EventThreshold float64

	// DiffsWhileEncoding makes Analyze leave the alignments' word diffs
	// and discrepancies to be computed, on all cores and in order, while
	// the analysis is written as JSON (report.WriteJSON, json.Marshal):
	// each alignment's differences are then held only until it is
	// written. Their fields stay empty for any other reader, so this is
	// for `analyze --format json` only.
	DiffsWhileEncoding bool

	// Trace, when set, is told the wall time of each stage as it ends
	// (CLAIMDIFF_TRACE in the command line): for measuring large runs.
	Trace func(stage string, wall time.Duration)

	// features makes Claims read each claim's scoring features as soon as
	// its document is done, dropping the tokens unless keepTokens is set
	// (Analyze does: see there).
	features, keepTokens bool
	// table makes Claims keep those features in an align.FeatureTable
	// (Analysis.table) instead of one Features a claim.
	table bool
}

// Analysis is everything claimdiff found in a set of documents.
type Analysis struct {
	Version    int                `json:"version"`
	Documents  []*corpus.Document `json:"documents"`
	Claims     []claim.Claim      `json:"claims"`
	Entities   []entity.Entity    `json:"entities"`
	Events     []align.Event      `json:"events"`
	Alignments []Alignment        `json:"alignments"`
	// Reviews is what the review store says about this analysis (nil when
	// no store was read). It is not part of the JSON contract.
	Reviews *Reviews `json:"-"`

	features []align.Features    // per claim, when Options.features was set
	table    *align.FeatureTable // the same, when Options.table was set too
}

// inferPublished fills an empty publication date from the text (a
// dateline, or the dates it mentions), bounded by the retrieval date when
// one is known: an article is not from after it was fetched.
// ms are the text's date mentions (dates.Find).
//
// A date inferred (not read from a dateline) more than a year before a
// known retrieval day is implausible for a crawled copy: the years were
// sought from a date the article cites (a decree's "وتاريخ 26/9/1423ه",
// an anniversary). It is inferred again within the retrieval week
// (dates.InferPublishedRetrieved) and kept only when that names a day or
// two; otherwise the published date stays empty and the claims take the
// days before retrieval, as for any crawled article with no date. On
// 5,000 SaudiNewsNet articles 46 inferred dates were over a year before
// their retrieval.
func inferPublished(d *corpus.Document, ms []dates.Mention) {
	if d.Published != "" {
		return
	}
	now := time.Now()
	retrieved, err := time.Parse("2006-01-02", d.Retrieved)
	if err == nil {
		now = retrieved.Add(24 * time.Hour)
	}
	v, from, ok := dates.InferPublishedIn(d.Text, ms, now)
	if ok && from == "inferred" && err == nil && endsBefore(v, retrieved.AddDate(-1, 0, 0)) {
		v, from, ok = dates.InferPublishedRetrieved(d.Text, ms, retrieved, now)
		ok = ok && dayPrecise(v)
	}
	if ok {
		d.Published, d.PublishedFrom = v, from
	}
}

// endsBefore reports whether the ISO date or range v ends before day t.
func endsBefore(v string, t time.Time) bool {
	if k := strings.IndexByte(v, '/'); k >= 0 {
		v = v[k+1:]
	}
	day := t.Format("2006-01-02")
	if len(v) > len(day) {
		return false
	}
	return v < day[:len(v)]
}

// dayPrecise reports whether v is a day or a range of days.
func dayPrecise(v string) bool {
	return len(v) == 10 || len(v) == 21 && v[10] == '/'
}

// Claims runs the per-document stages — language detection, splitting
// into claims, their facts — over docs, in parallel, keeping input order.
// Entities across documents are linked by the caller once every claim is
// in (claim.ResolveEntities; Analyze does it), so that batches can be run
// one after another.
func Claims(ctx context.Context, opts Options, docs []*corpus.Document) (*Analysis, error) {
	per := make([][]claim.Claim, len(docs))
	// With a table, each document's features go into a table of its own
	// on the worker that split it (align.DocTables), merged in order
	// below; without, into one Features a claim.
	var feats [][]align.Features
	var tables []*align.FeatureTable
	switch {
	case opts.features && opts.table:
		tables = make([]*align.FeatureTable, len(docs))
	case opts.features:
		feats = make([][]align.Features, len(docs))
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int)
	finished := make(chan int, 4*workers) // documents done, in any order
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var toks []lang.Token // the document's tokens (SplitInto)
			var dt *align.DocTables
			if tables != nil {
				dt = align.NewDocTables()
			}
			for i := range next {
				d := docs[i]
				if d.Lang == "" {
					d.Lang = lang.Detect(d.Text)
				}
				// The text's dates are found once, for the publication
				// date and for the claims' facts.
				var found []dates.Mention
				scanned := false
				if !opts.NoFacts && d.Published == "" {
					found, scanned = dates.Find(d.Text), true
					inferPublished(d, found)
				}
				// Without keepTokens the tokens go once the features
				// are read: one buffer per worker holds them.
				if opts.features && !opts.keepTokens {
					per[i], toks = claim.SplitAppend(claimArray(d), d, toks)
				} else {
					per[i] = claim.Split(d)
				}
				if !opts.NoFacts && len(per[i]) > 0 {
					if !scanned {
						found = dates.Find(d.Text)
					}
					claim.AnnotateWith(d, per[i], opts.Lexicon, found)
				}
				if opts.features {
					if tables != nil {
						tables[i] = dt.Table(per[i])
					} else {
						feats[i] = make([]align.Features, len(per[i]))
						for k := range per[i] {
							feats[i][k] = align.FeaturesOf(&per[i][k])
						}
						compactFeatures(feats[i])
					}
					if !opts.keepTokens {
						for k := range per[i] {
							per[i][k].Tokens = nil
						}
						// The buffer's strings would pin this
						// document's folded text until overwritten.
						clear(toks)
					}
				}
				if opts.Progress != nil {
					mu.Lock()
					done++
					opts.Progress(done, len(docs))
					mu.Unlock()
				}
				finished <- i
			}
		}()
	}
	go func() {
		for i := range docs {
			if ctx.Err() != nil {
				break
			}
			next <- i
		}
		close(next)
		wg.Wait()
		close(finished)
	}()
	// Each document's claims go into the one array of all claims as soon
	// as those before it are in, and are let go: held to the end, they
	// and the array were twice the claims of the corpus at once.
	a := &Analysis{Version: Version, Documents: docs}
	total := 0 // bytes of text
	for _, d := range docs {
		total += len(d.Text)
	}
	grown := false // a.table grown to its estimated size
	if tables != nil {
		a.table = align.NewFeatureTable()
	}
	ready := make([]bool, len(docs))
	copied, read := 0, 0 // documents copied, and the bytes of their text
	for i := range finished {
		ready[i] = true
		for copied < len(docs) && ready[copied] {
			a.Claims = appendEstimated(a.Claims, per[copied], read, total)
			switch {
			case a.table != nil:
				addToTable(a.table, tables[copied], read, total, &grown)
				tables[copied] = nil
			case feats != nil:
				a.features = appendEstimated(a.features, feats[copied], read, total)
				feats[copied] = nil
			}
			if opts.features && !opts.keepTokens {
				recycleClaimArray(per[copied])
			}
			per[copied] = nil
			read += len(docs[copied].Text)
			copied++
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if a.Claims == nil {
		a.Claims = []claim.Claim{}
	}
	if feats != nil && a.features == nil {
		a.features = []align.Features{}
	}
	if a.Documents == nil {
		a.Documents = []*corpus.Document{}
	}
	return a, nil
}

// claimArrays holds arrays of one document's claims that Claims has
// copied into the array of all claims, for later documents: an array a
// document, made with room for a claim per 150 bytes, was a fifth of what
// the claims stage allocated on SaudiNewsNet. Only arrays of claims
// without tokens come back (Options.features without keepTokens).
var claimArrays sync.Pool

// claimArray returns an empty array for d's claims, from claimArrays or
// with room for a claim per 150 bytes of its text.
func claimArray(d *corpus.Document) []claim.Claim {
	if p, ok := claimArrays.Get().(*[]claim.Claim); ok {
		return (*p)[:0]
	}
	return make([]claim.Claim, 0, len(d.Text)/150+1)
}

// recycleClaimArray puts cs, whose claims have been copied, back in
// claimArrays, cleared so that it pins no text.
func recycleClaimArray(cs []claim.Claim) {
	if cap(cs) == 0 {
		return
	}
	clear(cs)
	claimArrays.Put(&cs)
}

// compactFeatures moves the features of one document's claims into three
// exact-size arrays shared by them (each claim's slices capped, so that an
// append copies): every claim's features are held until the scorer is
// built, and their own slices, grown by append, were a third spare room and
// two heap objects per claim. The stems need no copies: the tokenizer's
// stems are its cache's own strings, shared by every claim with the word,
// and pin no article text (lang.Token.Stem).
func compactFeatures(fs []align.Features) {
	ns, nt := 0, 0
	for k := range fs {
		ns += len(fs[k].Stems)
		nt += len(fs[k].Trigrams)
	}
	stems := make([]string, 0, ns)
	surfaces := make([]string, 0, ns)
	tri := make([]uint32, 0, nt)
	for k := range fs {
		f := &fs[k]
		if len(f.Stems) > 0 && len(f.Surfaces) == len(f.Stems) {
			a := len(stems)
			stems = append(stems, f.Stems...)
			surfaces = append(surfaces, f.Surfaces...)
			f.Stems, f.Surfaces = stems[a:len(stems):len(stems)], surfaces[a:len(surfaces):len(surfaces)]
		}
		if len(f.Trigrams) > 0 {
			a := len(tri)
			tri = append(tri, f.Trigrams...)
			f.Trigrams = tri[a:len(tri):len(tri)]
		}
	}
}

// addToTable adds one document's table of features (align.DocTables) to
// t; read of total bytes of text are in before it. Once a hundredth of the
// text is read (grown still false), the table is grown to what the text so
// far says the whole will need, as appendEstimated grows the claims,
// instead of doubling its arrays again and again.
func addToTable(t, doc *align.FeatureTable, read, total int, grown *bool) {
	if !*grown && read > 0 && read >= total/100 {
		*grown = true
		t.GrowTo(float64(total) / float64(read) * 1.05)
	}
	t.AddTable(doc)
}

// appendEstimated appends p to all, which grows to hold the claims (or
// features) of the whole corpus: at its first growth once a hundredth of
// the text is read (read of total bytes), to what the text so far says the
// whole will need, instead of doubling again and again (each doubling holds
// the old array and the new at once).
func appendEstimated[T any](all, p []T, read, total int) []T {
	need := len(all) + len(p)
	if need <= cap(all) || read < total/100 || read == 0 {
		return append(all, p...)
	}
	est := int(float64(need)*float64(total)/float64(read)*1.05) + 64
	if est <= need {
		return append(all, p...)
	}
	grown := make([]T, len(all), est)
	copy(grown, all)
	return append(grown, p...)
}
