package align

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// tableClaims returns the bundled corpus's claims with facts read and
// entities linked, as Analyze gives them to the scorer, plus claims of one
// stem written several ways ("الزيارة"، "زيارة"، "وزيارة"), whose written form
// must be the first one met.
func tableClaims(tb testing.TB) []*claim.Claim {
	tb.Helper()
	cs := corpusClaims(tb)
	cs = append(cs,
		mk("v1", "", "بدأت الزيارة الرسمية للوفد إلى موسكو"),
		mk("v2", "", "زيارة الوفد إلى موسكو تستمر ثلاثة أيام"),
		mk("v3", "", "وزيارة موسكو هي الأولى منذ سنوات"),
		mk("v4", "", ""))
	cs[0].Entities = append(cs[0].Entities, claim.EntityRef{ID: "person:x", Kind: "person"})
	ptrs := make([]*claim.Claim, len(cs))
	for i := range cs {
		ptrs[i] = &cs[i]
	}
	return ptrs
}

// TestScorerTableMatchesFeatures checks that a scorer built from a
// FeatureTable has the vectors, term IDs, written forms and trigrams of one
// built from each claim's Features.
func TestScorerTableMatchesFeatures(t *testing.T) {
	claims := tableClaims(t)
	feats := make([]Features, len(claims))
	tab := NewFeatureTable()
	for i, c := range claims {
		feats[i] = FeaturesOf(c)
		tab.Add(&feats[i])
		if i == 3 {
			tab.GrowTo(2)
		}
	}
	if tab.Len() != len(claims) {
		t.Fatalf("table holds %d claims, want %d", tab.Len(), len(claims))
	}
	want := NewScorerWith(claims, feats)
	got := NewScorerTable(claims, tab)
	if !slices.Equal(got.vocab.terms, want.vocab.terms) {
		t.Fatalf("terms differ: got %d, want %d", len(got.vocab.terms), len(want.vocab.terms))
	}
	if !slices.Equal(got.vocab.surface, want.vocab.surface) {
		t.Errorf("written forms differ")
	}
	if !slices.Equal(got.vocab.df, want.vocab.df) || got.vocab.n != want.vocab.n {
		t.Errorf("document frequencies differ")
	}
	for i := range claims {
		if !slices.Equal(got.vecs[i], want.vecs[i]) {
			t.Errorf("claim %d %q: vector %v, want %v", i, claims[i].Text, got.vecs[i], want.vecs[i])
		}
		if !slices.Equal(got.tri[i], want.tri[i]) {
			t.Errorf("claim %d: trigrams differ", i)
		}
		f := tab.Features(i)
		if !slices.Equal(f.Stems, feats[i].Stems) || !slices.Equal(f.Trigrams, feats[i].Trigrams) {
			t.Errorf("claim %d: Features(%d) = %v, want %v", i, i, f.Stems, feats[i].Stems)
		}
	}
	// One stem, three written forms: the first met names it.
	stem := feats[len(feats)-4].Stems[1]
	first := ""
	for _, f := range feats {
		if k := slices.Index(f.Stems, stem); k >= 0 && first == "" {
			first = f.Surfaces[k]
		}
	}
	if id, ok := got.vocab.ids[stem]; !ok || got.vocab.surface[id] != first || first == "" {
		t.Errorf("written form of %q = %q, want %q", stem, got.vocab.surface[id], first)
	}
	if f := tab.Features(len(feats) - 3); f.Surfaces[0] != first {
		t.Errorf("Features: written form %q, want the first met, %q", f.Surfaces[0], first)
	}
}

// BenchmarkScorerTable measures building a scorer from a FeatureTable
// against building it from Features (bytes: the claims' text).
func BenchmarkScorerTable(b *testing.B) {
	claims := tableClaims(b)
	feats := make([]Features, len(claims))
	n := 0
	for i, c := range claims {
		feats[i] = FeaturesOf(c)
		n += len(c.Text)
	}
	b.Run("features", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			NewScorerWith(claims, feats)
		}
	})
	b.Run("table", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			tab := NewFeatureTable()
			for i := range feats {
				tab.Add(&feats[i])
			}
			NewScorerTable(claims, tab)
		}
	})
}
