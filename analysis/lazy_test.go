package analysis

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
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

// TestLazyTokenizer: the lazy workers' copies carry the tokens
// lang.TokenizeAt gives (offsets into the document), claims that keep
// their tokens are handed back as they are, and the claims themselves are
// left without tokens.
func TestLazyTokenizer(t *testing.T) {
	doc := "أعلنت وزارة الصحة تسجيل 12 إصابة جديدة. وقال الوزير إن الوضع مستقر."
	k := strings.Index(doc, "وقال")
	claims := []claim.Claim{
		{ID: "d/c-1", Text: doc[:k-1], Start: 0, End: k - 1},
		{ID: "d/c-2", Text: doc[k:], Start: k, End: len(doc)},
		{ID: "d/c-3", Text: "قتل 3 أشخاص", Tokens: lang.Tokenize("قتل 3 أشخاص")},
	}
	tk := newTokenizer()
	for round := 0; round < 2; round++ {
		for i := range claims {
			c := &claims[i]
			got := tk.withTokens(c)
			if c.Tokens != nil {
				if got != c {
					t.Errorf("%s: a claim with tokens was copied", c.ID)
				}
				continue
			}
			if got == c {
				t.Fatalf("%s: a claim without tokens was handed back as it is", c.ID)
			}
			if want := lang.TokenizeAt(c.Text, c.Start); !slices.Equal(got.Tokens, want) {
				t.Errorf("%s: tokens %v, want %v", c.ID, got.Tokens, want)
			}
			for _, tok := range got.Tokens {
				if doc[tok.Start:tok.End] == "" || tok.End > len(doc) {
					t.Errorf("%s: token %+v outside the document", c.ID, tok)
				}
			}
		}
		tk.reset()
	}
	if claims[0].Tokens != nil || claims[1].Tokens != nil {
		t.Errorf("the claims were given tokens")
	}
}
