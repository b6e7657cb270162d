package analysis

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// tokensAnalysis analyses the bundled corpus and gives every claim its
// tokens (as analyze keeps them for the word diffs of aligned claims).
func tokensAnalysis(tb testing.TB) *Analysis {
	tb.Helper()
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	a, err := Analyze(context.Background(), Options{}, docs)
	if err != nil {
		tb.Fatal(err)
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		c.Tokens = lang.TokenizeAt(c.Text, c.Start)
	}
	return a
}

// withoutTokens returns a copy of a whose claims have no tokens (as an
// analysis read back from JSON).
func withoutTokens(a *Analysis) *Analysis {
	b := *a
	b.Claims = make([]claim.Claim, len(a.Claims))
	copy(b.Claims, a.Claims)
	for i := range b.Claims {
		b.Claims[i].Tokens = nil
	}
	return &b
}

// TestEventTitlesReuseTokens checks that titles read from the claims'
// own tokens equal titles made by tokenising the claims' text again, on
// the bundled Arabic corpus, and that the check can tell titles apart.
func TestEventTitlesReuseTokens(t *testing.T) {
	a := tokensAnalysis(t)
	with, without := EventTitles(a), EventTitles(withoutTokens(a))
	if len(with) == 0 {
		t.Fatal("no titles")
	}
	if !reflect.DeepEqual(with, without) {
		for i := range with {
			if !reflect.DeepEqual(with[i], without[i]) {
				t.Errorf("event %d: with tokens %+v, without %+v", i, with[i], without[i])
			}
		}
	}
	// As Analyze leaves them: the aligned claims keep slices of their
	// documents' tokens (claim.Split), the others none.
	docs, _ := corpus.Load(context.Background(), []string{lazyCorpus}, corpus.Options{})
	kept, err := Analyze(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(EventTitles(kept), without) {
		t.Error("titles from claim.Split's tokens differ from titles of the claims' text")
	}
	// The comparison can fail: titles of another analysis differ.
	other := withoutTokens(a)
	other.Events = other.Events[1:]
	if reflect.DeepEqual(with, EventTitles(other)) {
		t.Error("titles of fewer events compare equal")
	}
}

// BenchmarkEventTitlesTokens measures EventTitles on the bundled corpus
// with the claims' tokens kept (reused) and dropped (tokenised again),
// bytes being the claims' text.
func BenchmarkEventTitlesTokens(b *testing.B) {
	a := tokensAnalysis(b)
	n := 0
	for i := range a.Claims {
		n += len(a.Claims[i].Text)
	}
	for _, bc := range []struct {
		name string
		a    *Analysis
	}{{"kept", a}, {"dropped", withoutTokens(a)}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				EventTitles(bc.a)
			}
		})
	}
}
