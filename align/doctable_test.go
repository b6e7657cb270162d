package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// docTableClaims returns tableClaims cut into runs by document, as
// analysis hands DocTables.Table one document's claims; the last run has
// a claim of more trigrams than DocTables' scratch holds.
func docTableClaims(tb testing.TB) [][]claim.Claim {
	var docs [][]claim.Claim
	for _, c := range tableClaims(tb) {
		if n := len(docs); n > 0 && docs[n-1][0].Doc == c.Doc {
			docs[n-1] = append(docs[n-1], *c)
			continue
		}
		docs = append(docs, []claim.Claim{*c})
	}
	var long strings.Builder
	for i := 0; i < 400; i++ {
		long.WriteString("زيارة موسكو الرسمية والمفاوضات الطويلة ")
	}
	docs = append(docs, []claim.Claim{mk("w", "", "وزيارة موسكو"), mk("w", "", long.String()), mk("w", "", "")})
	return docs
}

// TestAddTableMatchesAdd checks that a corpus table filled one document's
// table at a time (DocTables.Table, then AddTable) holds exactly what Add
// of each claim's FeaturesOf gives: stem IDs in the same order, the same
// first written forms, trigrams and claim ends.
func TestAddTableMatchesAdd(t *testing.T) {
	docs := docTableClaims(t)
	if len(docs) < 4 {
		t.Fatalf("%d documents: the corpus is missing", len(docs))
	}
	want, got := NewFeatureTable(), NewFeatureTable()
	dt := NewDocTables()
	for i, cs := range docs {
		for k := range cs {
			f := FeaturesOf(&cs[k])
			want.Add(&f)
		}
		got.AddTable(dt.Table(cs))
		if i == 2 {
			got.GrowTo(2)
		}
	}
	if !slices.Equal(got.stems, want.stems) {
		t.Fatalf("stems differ: got %d, want %d", len(got.stems), len(want.stems))
	}
	if !slices.Equal(got.surface, want.surface) {
		t.Errorf("written forms differ")
	}
	if !slices.Equal(got.stemIDs, want.stemIDs) {
		t.Errorf("stem IDs differ")
	}
	if !slices.Equal(got.tri, want.tri) {
		t.Errorf("trigrams differ: got %d, want %d", len(got.tri), len(want.tri))
	}
	if !slices.Equal(got.ends, want.ends) {
		t.Errorf("claim ends differ")
	}
	if !slices.Equal(got.nums, want.nums) {
		t.Errorf("stem numbers differ")
	}
	for _, tab := range []*FeatureTable{got, want} {
		for id, num := range tab.nums {
			if tab.byNum[num] != uint32(id)+1 {
				t.Fatalf("stem %q (number %d) found as %d, want %d", tab.stems[id], num, tab.byNum[num], id+1)
			}
		}
	}
	if n := len(docs[len(docs)-1][1].Tokens); n < 2048/5 {
		t.Errorf("the long claim has %d tokens: too few to pass the scratch's room", n)
	}
}

// BenchmarkAddTable measures reading a corpus's features into a table one
// document at a time (DocTables.Table and AddTable) against FeaturesOf and
// Add claim by claim (bytes: the claims' text).
func BenchmarkAddTable(b *testing.B) {
	docs := docTableClaims(b)
	n := 0
	for _, cs := range docs {
		for _, c := range cs {
			n += len(c.Text)
		}
	}
	b.Run("Add", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			t := NewFeatureTable()
			for _, cs := range docs {
				for k := range cs {
					f := FeaturesOf(&cs[k])
					t.Add(&f)
				}
			}
		}
	})
	b.Run("AddTable", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		dt := NewDocTables()
		for b.Loop() {
			t := NewFeatureTable()
			for _, cs := range docs {
				t.AddTable(dt.Table(cs))
			}
		}
	})
}
