package align

import (
	"sync"

	"github.com/claimdiff/claimdiff/claim"
)

// DocTables reads the features of one document's claims at a time into a
// FeatureTable of their own, on the goroutine that split the document:
// the document's stems are numbered within it, each looked up in a small
// map, so that the one goroutine that merges every document into the
// corpus's table in order (FeatureTable.AddTable) looks each distinct stem
// up once a document instead of once a word. It also writes stems and
// trigrams straight into the document's table instead of two slices of
// strings and one of trigrams a claim. A DocTables is used by one
// goroutine at a time.
type DocTables struct {
	ids      map[string]uint32 // stem → ID within the document
	content  []bool            // which of a claim's tokens are content words
	buf, tmp []uint32          // a claim's trigrams as they are sorted
}

// docTablePool holds documents' tables that AddTable has merged, for
// DocTables.Table to fill again: their arrays were an eighth of what the
// claims stage allocated on SaudiNewsNet.
var docTablePool = sync.Pool{New: func() any { return new(FeatureTable) }}

// NewDocTables returns a reader of documents' feature tables.
func NewDocTables() *DocTables {
	// Room for a long claim's trigrams; a longer one's are sorted in
	// memory of their own.
	return &DocTables{ids: make(map[string]uint32), buf: make([]uint32, 0, 2048), tmp: make([]uint32, 0, 2048)}
}

// Table returns the features of cs, claim after claim, as FeaturesOf reads
// them (from their tokens), in a table of their own: its stems are
// numbered in order of first appearance, each with the first non-empty
// written form met, as FeatureTable.Add would number them. The table is
// for FeatureTable.AddTable only, which takes it.
func (d *DocTables) Table(cs []claim.Claim) *FeatureTable {
	clear(d.ids)
	t := docTablePool.Get().(*FeatureTable)
	t.stems, t.surface, t.stemIDs, t.tri, t.ends = t.stems[:0], t.surface[:0], t.stemIDs[:0], t.tri[:0], t.ends[:0]
	for k := range cs {
		d.add(t, &cs[k])
	}
	return t
}

// add appends c's features to the document's table (FeaturesOf and
// FeatureTable.Add in one).
func (d *DocTables) add(t *FeatureTable, c *claim.Claim) {
	d.content = d.content[:0]
	for i := range c.Tokens {
		d.content = append(d.content, contentToken(c, i))
	}
	for i, tok := range c.Tokens {
		if !d.content[i] {
			continue
		}
		t.stemIDs = append(t.stemIDs, t.intern(d.ids, tok.Stem, c.Text[tok.Start-c.Start:tok.End-c.Start]))
	}
	tri := sortedTrigrams(c, d.content, d.buf[:0], d.tmp[:0])
	t.tri = append(t.tri, tri...)
	t.ends = append(t.ends, tableEnds{uint32(len(t.stemIDs)), uint32(len(t.tri))})
}

// AddTable appends the claims of a document's table (DocTables.Table) to
// t, as Add of each of their Features would: the same stem IDs in the same
// order, the same written forms. It takes d, which goes back to
// DocTables' pool: d must not be used after.
func (t *FeatureTable) AddTable(d *FeatureTable) {
	if cap(t.remap) < len(d.stems) {
		t.remap = make([]uint32, len(d.stems), 2*len(d.stems))
	}
	remap := t.remap[:len(d.stems)]
	for k, stem := range d.stems {
		remap[k] = t.intern(t.ids, stem, d.surface[k])
	}
	s0, t0 := uint32(len(t.stemIDs)), uint32(len(t.tri))
	for _, id := range d.stemIDs {
		t.stemIDs = append(t.stemIDs, remap[id])
	}
	t.tri = append(t.tri, d.tri...)
	for _, e := range d.ends {
		t.ends = append(t.ends, tableEnds{s0 + e.stems, t0 + e.tri})
	}
	// A pooled table pins no stems and no document's text.
	clear(d.stems)
	clear(d.surface)
	docTablePool.Put(d)
}
