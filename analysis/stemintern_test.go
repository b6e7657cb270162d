package analysis

import (
	"context"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// TestStemInternMatchesAppendStems checks the IDs stemIntern gives every
// claim of the bundled corpus, and some odd texts, against appendStems:
// the same stems in the same order, one ID per stem across claims.
func TestStemInternMatchesAppendStems(t *testing.T) {
	texts := []string{"", "و ب ج", "a b cd \xff\xfe\xff ab", "قال الرئيس إن الرئيس قال",
		// A stem of one letter goes, one of two stays (مع), repeats go.
		"ب مع الحكومة والحكومة تعلن وتعلن إعلاناً"}
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	a, err := Claims(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Claims {
		texts = append(texts, a.Claims[i].Text)
	}
	in := stemIntern{ids: make(map[string]int32)}
	seen := map[string]bool{}
	var ids []int32
	for _, text := range texts {
		toks := lang.Tokenize(text)
		ids = in.appendStems(ids[:0], toks)
		var got []string
		for _, x := range ids {
			got = append(got, in.names[x])
		}
		want := appendStems(nil, toks, seen)
		clear(seen)
		if !slices.Equal(got, want) {
			t.Fatalf("%.60q: stems %q, want %q", text, got, want)
		}
	}
	for s, x := range in.ids {
		if in.names[x] != s {
			t.Fatalf("stem %q has the ID of %q", s, in.names[x])
		}
	}
}

// BenchmarkStemIntern measures the stem IDs of every claim of the bundled
// corpus (tokens made before), as EventTitles numbers them; bytes are the
// claims' text.
func BenchmarkStemIntern(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	a, err := Claims(context.Background(), Options{}, docs)
	if err != nil {
		b.Fatal(err)
	}
	var toks [][]lang.Token
	n := 0
	for i := range a.Claims {
		toks = append(toks, lang.Tokenize(a.Claims[i].Text))
		n += len(a.Claims[i].Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var ids []int32
	for b.Loop() {
		in := stemIntern{ids: make(map[string]int32)}
		for _, ts := range toks {
			ids = in.appendStems(ids[:0], ts)
		}
	}
}
