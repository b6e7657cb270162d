package analysis

import (
	"context"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// BenchmarkEventTitles measures the titles of the bundled corpus's events
// (stems of every claim, centrality, cuts), bytes being the claims' text.
func BenchmarkEventTitles(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	a, err := Analyze(context.Background(), Options{}, docs)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for i := range a.Claims {
		n += len(a.Claims[i].Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		EventTitles(a)
	}
}

// BenchmarkFragment measures the check every claim of an event gets for a
// sentence that leans on the one before.
func BenchmarkFragment(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	a, err := Claims(context.Background(), Options{}, docs)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for i := range a.Claims {
		n += len(a.Claims[i].Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i := range a.Claims {
			fragment(a.Claims[i].Text)
		}
	}
}

// stemsRef is the distinct content stems of tokens as first written (one
// map per text, rune count), the reference appendStems must reproduce.
func stemsRef(toks []lang.Token) []string {
	var out []string
	seen := make(map[string]bool)
	for _, t := range toks {
		if t.Stop || t.Kind != lang.Word || utf8.RuneCountInString(t.Stem) < 2 {
			continue
		}
		if !seen[t.Stem] {
			seen[t.Stem] = true
			out = append(out, t.Stem)
		}
	}
	return out
}

func TestAppendStemsMatches(t *testing.T) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	texts := []string{"", "و ب ج", "a b cd \xff\xfe\xff ab", "قال الرئيس إن الرئيس قال"}
	for _, d := range docs {
		texts = append(texts, d.Text) // long texts: past the scan, into the map
	}
	a, err := Claims(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Claims {
		texts = append(texts, a.Claims[i].Text)
	}
	an, seen := lang.NewAnalyzer(), map[string]bool{}
	var toks []lang.Token
	for _, text := range texts {
		toks = an.Tokenize(text, toks[:0])
		got := appendStems(nil, toks, seen)
		clear(seen)
		if want := stemsRef(toks); !slices.Equal(got, want) {
			t.Fatalf("%.60q: stems %q, want %q", text, got, want)
		}
	}
}

func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

func BenchmarkWordCount(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			wordCount(d.Text)
		}
	}
}
