package align

import (
	"sync"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// DocTables reads the features of one document's claims at a time into a
// FeatureTable of their own, on the goroutine that split the document:
// the document's stems are numbered within it, so that the one goroutine
// that merges every document into the corpus's table in order
// (FeatureTable.AddTable) looks each distinct stem up once a document
// instead of once a word. It also writes stems and trigrams straight into
// the document's table instead of two slices of strings and one of
// trigrams a claim. A DocTables is used by one goroutine at a time.
//
// A stem is looked up by its token's number (lang.Token.StemID) in an
// array that serves document after document: an entry holds the
// document's ID of the stem and which document set it (gen), so that no
// document clears it. A map of the stems' strings cost a hash of the
// stem's bytes a word.
type DocTables struct {
	local    []docStem // by stem number: its ID in the document gen says
	gen      uint32    // the document being read (Table's count)
	content  []bool    // which of a claim's tokens are content words
	buf, tmp []uint32  // a claim's trigrams as they are sorted
}

// docStem is a stem's ID in the document numbered gen.
type docStem struct{ gen, id uint32 }

// docTablePool holds documents' tables that AddTable has merged, for
// DocTables.Table to fill again: their arrays were an eighth of what the
// claims stage allocated on SaudiNewsNet.
var docTablePool = sync.Pool{New: func() any { return new(FeatureTable) }}

// NewDocTables returns a reader of documents' feature tables.
func NewDocTables() *DocTables {
	// Room for a long claim's trigrams; a longer one's are sorted in
	// memory of their own.
	return &DocTables{buf: make([]uint32, 0, 2048), tmp: make([]uint32, 0, 2048)}
}

// Table returns the features of cs, claim after claim, as FeaturesOf reads
// them (from their tokens), in a table of their own: its stems are
// numbered in order of first appearance, each with the first non-empty
// written form met, as FeatureTable.Add would number them. The table is
// for FeatureTable.AddTable only, which takes it.
func (d *DocTables) Table(cs []claim.Claim) *FeatureTable {
	if d.gen++; d.gen == 0 { // after 2^32 documents
		clear(d.local)
		d.gen = 1
	}
	t := docTablePool.Get().(*FeatureTable)
	t.stems, t.nums, t.surface, t.stemIDs, t.tri, t.ends = t.stems[:0], t.nums[:0], t.surface[:0], t.stemIDs[:0], t.tri[:0], t.ends[:0]
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
	for i := range c.Tokens {
		if !d.content[i] {
			continue
		}
		tok := &c.Tokens[i]
		t.stemIDs = append(t.stemIDs, d.intern(t, tok, c.Text[tok.Start-c.Start:tok.End-c.Start]))
	}
	tri := sortedTrigrams(c, d.content, d.buf[:0], d.tmp[:0])
	t.tri = append(t.tri, tri...)
	t.ends = append(t.ends, tableEnds{uint32(len(t.stemIDs)), uint32(len(t.tri))})
}

// intern returns the ID in the document's table t of tok's stem, as
// FeatureTable.intern numbers a table's stems.
func (d *DocTables) intern(t *FeatureTable, tok *lang.Token, surface string) uint32 {
	num := tok.StemID
	if num == 0 { // a token Tokenize did not make
		num = lang.StemID(tok.Stem)
	}
	if int(num) >= len(d.local) {
		d.local = growNums(d.local, num)
	}
	e := &d.local[num]
	if e.gen != d.gen {
		*e = docStem{d.gen, uint32(len(t.stems))}
		t.stems = append(t.stems, tok.Stem)
		t.nums = append(t.nums, num)
		t.surface = append(t.surface, "")
	}
	if t.surface[e.id] == "" {
		t.surface[e.id] = surface
	}
	return e.id
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
		remap[k] = t.intern(d.nums[k], stem, d.surface[k])
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
