package analysis

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
)

const lazyCorpus = "../testdata/corpus/syria-russia"

// TestDiffsWhileEncoding: differences computed while encoding give the
// JSON the eager analysis gives, also when an alignment is encoded twice.
func TestDiffsWhileEncoding(t *testing.T) {
	ctx := context.Background()
	load := func() []*corpus.Document {
		docs, probs := corpus.Load(ctx, []string{lazyCorpus}, corpus.Options{})
		if len(probs) > 0 {
			t.Fatal(probs[0])
		}
		return docs
	}
	eager, err := Analyze(ctx, Options{}, load())
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := Analyze(ctx, Options{DiffsWhileEncoding: true}, load())
	if err != nil {
		t.Fatal(err)
	}
	if len(eager.Alignments) < 2 {
		t.Fatalf("%d alignments: the corpus should give more", len(eager.Alignments))
	}
	want, err := json.Marshal(eager)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ {
		got, err := json.Marshal(lazy)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("round %d: lazy JSON differs from the eager one (%d and %d bytes)", round, len(got), len(want))
		}
	}
}

// BenchmarkAlignmentJSON measures the encoding of alignments with their
// differences (MarshalJSON on the eager path).
func BenchmarkAlignmentJSON(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	a, err := Analyze(context.Background(), Options{}, docs)
	if err != nil {
		b.Fatal(err)
	}
	out, _ := json.Marshal(a.Alignments)
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range a.Alignments {
			if _, err := json.Marshal(&a.Alignments[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkClaimsFeatures measures the per-document stages as Analyze runs
// them: claims, facts and scoring features, tokens dropped.
func BenchmarkClaimsFeatures(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		fresh := make([]*corpus.Document, len(docs))
		for i, d := range docs {
			c := *d
			fresh[i] = &c
		}
		if _, err := Claims(context.Background(), Options{features: true}, fresh); err != nil {
			b.Fatal(err)
		}
	}
}
