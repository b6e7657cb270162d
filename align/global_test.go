package align

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/internal/artest"
)

// newScorerGlobalRef is NewScorerGlobal's vectors as first written: each
// claim's terms numbered, sorted and folded in turn on one goroutine,
// then weighed. The scorer's parallel build must give exactly these.
func newScorerGlobalRef(claims []*claim.Claim, feats []Features, df func(string) int, n int) (*vocab, []vector) {
	v := newVocab()
	vecs := make([]vector, len(claims))
	var buf vector
	for i, c := range claims {
		buf = v.claimTerms(c, &feats[i], buf[:0])
		vecs[i] = slices.Clone(buf)
	}
	for t, id := range v.ids {
		v.df[id] = int32(max(df(t), 1))
	}
	v.n = max(n, len(claims))
	for _, vec := range vecs {
		v.weigh(vec)
	}
	return v, vecs
}

func TestNewScorerGlobalMatchesSerial(t *testing.T) {
	claims := corpusClaims(t)
	// Entity terms, some repeated within a claim (folded into one term of
	// summed count) and some shared between claims.
	names := []string{"بوتين", "الأسد", "موسكو", "دمشق"}
	for i := range claims {
		for k := 0; k < i%4; k++ {
			id := "e:" + names[(i+k)%len(names)]
			claims[i].Entities = append(claims[i].Entities, claim.EntityRef{ID: id, Kind: "person"}, claim.EntityRef{ID: id, Kind: "person"})
		}
		if i%5 == 0 {
			claims[i].Entities = append(claims[i].Entities, claim.EntityRef{Kind: "place"}) // no ID: no term
		}
	}
	// Enough copies of the claims that the vectors are made on all cores
	// (parallel takes one worker below 256).
	var ptrs []*claim.Claim
	var feats []Features
	for len(ptrs) < 600 {
		for i := range claims {
			ptrs = append(ptrs, &claims[i])
			feats = append(feats, FeaturesOf(&claims[i]))
		}
	}
	df := func(term string) int { return len(term) % 7 }
	total := 100000
	s := NewScorerGlobal(ptrs, feats, df, total)
	v, want := newScorerGlobalRef(ptrs, feats, df, total)
	if !slices.Equal(s.vocab.terms, v.terms) || !slices.Equal(s.vocab.surface, v.surface) || !slices.Equal(s.vocab.df, v.df) || s.vocab.n != v.n {
		t.Fatalf("vocabulary differs: %d terms, want %d", len(s.vocab.terms), len(v.terms))
	}
	for i := range want {
		if !slices.Equal(s.vecs[i], want[i]) {
			t.Fatalf("claim %d (%q): vector %v, want %v", i, ptrs[i].Text, s.vecs[i], want[i])
		}
		iv, ok := parseISO(ptrs[i].EventDate)
		if s.ivs[i] != iv || s.ivOK[i] != ok || !slices.Equal(s.tri[i], feats[i].Trigrams) {
			t.Fatalf("claim %d: interval or trigrams differ", i)
		}
	}
	if n := len(s.vocab.terms); n < 100 {
		t.Fatalf("only %d terms: the test compares too little", n)
	}
	entities := 0
	for _, term := range s.vocab.terms {
		if term[0] == 0 {
			entities++
		}
	}
	if entities != len(names) {
		t.Errorf("%d entity terms, want %d", entities, len(names))
	}
}

// TestNumberTermsChunks checks that numbering terms in chunks on several
// goroutines gives the IDs, first surfaces and vectors of numbering them
// claim after claim on one, whatever the number of chunks (more chunks
// than claims included).
func TestNumberTermsChunks(t *testing.T) {
	claims := corpusClaims(t)
	names := []string{"بوتين", "الأسد", "موسكو", "دمشق"}
	var ptrs []*claim.Claim
	var feats []Features
	for i := range claims {
		if i%3 == 0 {
			claims[i].Entities = append(claims[i].Entities, claim.EntityRef{ID: "e:" + names[i%len(names)], Kind: "person"})
		}
		ptrs = append(ptrs, &claims[i])
		f := FeaturesOf(&claims[i])
		if i%4 == 1 && len(f.Surfaces) > 0 {
			f.Surfaces = f.Surfaces[:len(f.Surfaces)/2] // some stems without a surface
		}
		feats = append(feats, f)
	}
	ref := newVocab()
	want := numberTerms(ref, ptrs, feats, 1)
	if len(ref.terms) < 100 {
		t.Fatalf("only %d terms: the test compares too little", len(ref.terms))
	}
	for _, chunks := range []int{2, 3, 7, len(ptrs) + 5} {
		v := newVocab()
		got := numberTerms(v, ptrs, feats, chunks)
		if !slices.Equal(v.terms, ref.terms) || !slices.Equal(v.surface, ref.surface) || len(v.df) != len(ref.df) || len(v.ids) != len(ref.ids) {
			t.Fatalf("%d chunks: vocabulary differs (%d terms, want %d)", chunks, len(v.terms), len(ref.terms))
		}
		for i := range want {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("%d chunks: claim %d: terms %v, want %v", chunks, i, got[i], want[i])
			}
		}
	}
}

// BenchmarkNewScorerGlobalSNN builds a scorer over the claims of the
// SaudiNewsNet articles CLAIMDIFF_BENCH_SNN names (such as the first
// 5,000: about as many claims as an update of SaudiNewsNet re-clusters),
// rarity given by a map as the store gives it.
func BenchmarkNewScorerGlobalSNN(b *testing.B) {
	recs, _ := artest.SNN(b)
	var ptrs []*claim.Claim
	var feats []Features
	for i, r := range recs {
		d := &corpus.Document{ID: fmt.Sprintf("d%d", i), Text: r.Content, Lang: "ar"}
		cs := claim.Split(d)
		claim.Annotate(d, cs, nil)
		for k := range cs {
			ptrs = append(ptrs, &cs[k])
			feats = append(feats, FeaturesOf(&cs[k]))
		}
	}
	df := make(map[string]int)
	for _, f := range feats {
		for _, s := range f.Stems {
			df[s]++
		}
	}
	b.ReportAllocs()
	cpu := artest.StartCPU()
	for b.Loop() {
		NewScorerGlobal(ptrs, feats, func(t string) int { return df[t] }, len(ptrs))
	}
	cpu.Report(b)
}
