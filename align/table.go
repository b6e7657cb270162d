package align

import (
	"cmp"
	"slices"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// FeatureTable holds the Features of many claims, in order, compactly: each
// distinct stem once, with the first written form met for it, and every
// claim's stems as 4-byte IDs into that list, its trigrams in one shared
// array. Held as Features, every content word of a corpus cost two strings
// (32 bytes, both pointers for the garbage collector to follow) until the
// scorer was built: 400 MB of SaudiNewsNet's 31,030 articles. The table
// holds the same in a fifth of it, with no pointers per word.
//
// A table is filled by one goroutine, claim after claim (Add), and read by
// NewScorerTable; Features gives a claim's features back as FeaturesOf
// made them, but for the written forms: each stem's is the first one met.
type FeatureTable struct {
	byNum   []uint32    // by stem number (lang.StemID): the stem's ID + 1, 0 when t has none
	stems   []string    // by ID, in order of first appearance
	nums    []uint32    // by ID: the stem's number (lang.StemID)
	surface []string    // by ID: the first non-empty written form met
	stemIDs []uint32    // the stems of every claim, concatenated
	tri     []uint32    // the trigrams of every claim, concatenated
	ends    []tableEnds // per claim: where its stems and trigrams end
	remap   []uint32    // AddTable's scratch: a document's stem IDs → the table's
}

// tableEnds are the ends of one claim's stems and trigrams in the table's
// shared arrays (its starts are the ends of the claim before).
type tableEnds struct{ stems, tri uint32 }

// NewFeatureTable returns an empty table.
func NewFeatureTable() *FeatureTable {
	return &FeatureTable{}
}

// Len returns how many claims the table holds.
func (t *FeatureTable) Len() int { return len(t.ends) }

// GrowTo makes room for factor times what the table holds (claims, stems,
// trigrams), so that a caller that can tell the size of the whole from a
// part avoids doubling the arrays again and again.
func (t *FeatureTable) GrowTo(factor float64) {
	more := func(n int) int { return max(int(float64(n)*factor)+64-n, 0) }
	t.ends = slices.Grow(t.ends, more(len(t.ends)))
	t.stemIDs = slices.Grow(t.stemIDs, more(len(t.stemIDs)))
	t.tri = slices.Grow(t.tri, more(len(t.tri)))
}

// Add appends the features of the next claim. Its stems are numbered
// by lang.StemID, a lock each: AddTable, which has the tokens' numbers,
// is the fast way.
func (t *FeatureTable) Add(f *Features) {
	for k, stem := range f.Stems {
		surface := ""
		if k < len(f.Surfaces) {
			surface = f.Surfaces[k]
		}
		t.stemIDs = append(t.stemIDs, t.intern(lang.StemID(stem), stem, surface))
	}
	t.tri = append(t.tri, f.Trigrams...)
	t.ends = append(t.ends, tableEnds{uint32(len(t.stemIDs)), uint32(len(t.tri))})
}

// intern returns the ID in t of stem, whose number (lang.StemID) is num,
// giving it the next ID of t's stems when it has none, and keeps surface
// as the stem's written form when the stem has none yet. The stem is
// found by its number in an array, not by its string in a map: equal
// numbers are equal stems.
func (t *FeatureTable) intern(num uint32, stem, surface string) uint32 {
	if int(num) >= len(t.byNum) {
		t.byNum = growNums(t.byNum, num)
	}
	id := t.byNum[num]
	if id == 0 {
		t.stems = append(t.stems, stem)
		t.nums = append(t.nums, num)
		t.surface = append(t.surface, "")
		id = uint32(len(t.stems))
		t.byNum[num] = id
	}
	id--
	if t.surface[id] == "" {
		t.surface[id] = surface
	}
	return id
}

// growNums returns a, zeros appended, long enough to be indexed by num
// (and half as long again, so that growing is rare).
func growNums[E any](a []E, num uint32) []E {
	n := max(int(num)+1+int(num)/2, 1<<12)
	return append(a, make([]E, n-len(a))...)
}

// span returns where claim i's stems and trigrams lie in the shared arrays.
func (t *FeatureTable) span(i int) (s0, s1, t0, t1 uint32) {
	if i > 0 {
		s0, t0 = t.ends[i-1].stems, t.ends[i-1].tri
	}
	return s0, t.ends[i].stems, t0, t.ends[i].tri
}

// Trigrams returns claim i's trigrams (shared with the table: not to be
// modified).
func (t *FeatureTable) Trigrams(i int) []uint32 {
	_, _, t0, t1 := t.span(i)
	return t.tri[t0:t1:t1]
}

// Features returns claim i's features as Features. Each written form is
// the first one the table met for its stem.
func (t *FeatureTable) Features(i int) Features {
	s0, s1, _, _ := t.span(i)
	var f Features
	if s1 > s0 {
		f.Stems, f.Surfaces = make([]string, 0, s1-s0), make([]string, 0, s1-s0)
		for _, id := range t.stemIDs[s0:s1] {
			f.Stems = append(f.Stems, t.stems[id])
			f.Surfaces = append(f.Surfaces, t.surface[id])
		}
	}
	if tri := t.Trigrams(i); len(tri) > 0 {
		f.Trigrams = tri
	}
	return f
}

// NewScorerTable is NewScorerWith over the features of a table (claim i's
// are the table's i-th). It gives the same scorer: terms get their IDs in
// the same order (each claim's stems, then its entities, claim after
// claim), each word term the same written form.
func NewScorerTable(claims []*claim.Claim, t *FeatureTable) *Scorer {
	s := &Scorer{claims: claims, vocab: newVocab()}
	s.vecs = s.vocab.buildTable(claims, t)
	s.tri = make([][]uint32, len(claims))
	s.ivs = make([]interval, len(claims))
	s.ivOK = make([]bool, len(claims))
	parallel(len(claims), func(i int) {
		s.ivs[i], s.ivOK[i] = parseISO(claims[i].EventDate)
		s.tri[i] = t.Trigrams(i)
	})
	return s
}

// buildTable is build over a FeatureTable: a stem is looked up by its
// string once, the first time it is met, and then by its table ID.
func (v *vocab) buildTable(claims []*claim.Claim, t *FeatureTable) []vector {
	out := make([]vector, len(claims))
	remap := make([]uint32, len(t.stems)) // table ID → vocab ID + 1 (0: not yet)
	var buf vector
	for i, c := range claims {
		buf = buf[:0]
		s0, s1, _, _ := t.span(i)
		for _, tid := range t.stemIDs[s0:s1] {
			id := remap[tid]
			if id == 0 {
				id = v.id(t.stems[tid]) + 1
				remap[tid] = id
				if v.surface[id-1] == "" {
					v.surface[id-1] = t.surface[tid]
				}
			}
			buf = append(buf, term{id - 1, 1})
		}
		buf = v.addEntities(c, buf)
		out[i] = slices.Clone(buf)
		for _, tm := range out[i] {
			v.df[tm.id]++
		}
	}
	v.n += len(claims)
	// Each vector is weighed by the counts alone, on all cores.
	parallel(len(out), func(i int) { v.weigh(out[i]) })
	return out
}

// addEntities appends c's entity terms to dst, sorts dst by term ID and
// folds repeated terms into one entry with their summed count, as
// claimTerms does after the stems.
func (v *vocab) addEntities(c *claim.Claim, dst vector) vector {
	return foldTerms(v.appendEntities(c, dst))
}

// appendEntities appends c's entity terms to dst, numbering new ones.
func (v *vocab) appendEntities(c *claim.Claim, dst vector) vector {
	for _, e := range c.Entities {
		if e.ID != "" {
			dst = append(dst, term{v.id("\x00" + e.ID), 2})
		}
	}
	return dst
}

// foldTerms sorts dst by term ID and folds repeated terms into one entry
// with their summed count, in place.
func foldTerms(dst vector) vector {
	slices.SortFunc(dst, func(a, b term) int { return cmp.Compare(a.id, b.id) })
	out := dst[:0]
	for _, t := range dst {
		if n := len(out); n > 0 && out[n-1].id == t.id {
			out[n-1].w += t.w
			continue
		}
		out = append(out, t)
	}
	return out
}
