package diff

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// corpusDir is the bundled Syria–Russia corpus.
const corpusDir = "../testdata/corpus/syria-russia"

var (
	corpusOnce   sync.Once
	corpusClaims map[string][]claim.Claim // by file name
	corpusErr    string
)

// loadCorpus reads and splits the five articles once.
func loadCorpus(t testing.TB) map[string][]claim.Claim {
	t.Helper()
	corpusOnce.Do(func() {
		dir := corpusDir
		docs, problems := corpus.Load(context.Background(), []string{dir}, corpus.Options{})
		if len(problems) > 0 || len(docs) == 0 {
			corpusErr = "cannot load " + dir
			return
		}
		corpusClaims = map[string][]claim.Claim{}
		for _, d := range docs {
			corpusClaims[filepath.Base(d.Path)] = claim.Split(d)
		}
	})
	if corpusErr != "" {
		t.Skip(corpusErr)
	}
	return corpusClaims
}

// corpusClaim returns the claim of file that contains snippet.
func corpusClaim(t testing.TB, file, snippet string) *claim.Claim {
	t.Helper()
	for _, c := range loadCorpus(t)[file] {
		if strings.Contains(c.Text, snippet) {
			c := c
			return &c
		}
	}
	t.Fatalf("no claim of %s contains %q", file, snippet)
	return nil
}

// mk builds a claim of one text at offset 0 of its own document, with
// tokens and quotes read from the text; facts are set by the caller.
func mk(id, text string) *claim.Claim {
	return &claim.Claim{ID: id, Doc: "d-" + id, Start: 0, End: len(text), Text: text,
		Kind: claim.KindSentence, Tokens: lang.Tokenize(text)}
}

// at returns the span of the first occurrence of sub in c's text
// (document offsets); it fails the test when sub is absent.
func at(t testing.TB, c *claim.Claim, sub string) (int, int) {
	t.Helper()
	k := strings.Index(c.Text, sub)
	if k < 0 {
		t.Fatalf("%q not in %q", sub, c.Text)
	}
	return c.Start + k, c.Start + k + len(sub)
}

// date adds a date fact to c at the first occurrence of sub.
func date(t testing.TB, c *claim.Claim, sub, value, role string) *claim.Claim {
	s, e := at(t, c, sub)
	c.Dates = append(c.Dates, claim.Date{Start: s, End: e, Text: sub, Value: value, Role: role})
	return c
}

// entity adds an entity mention to c at the first occurrence of sub.
func entity(t testing.TB, c *claim.Claim, sub, id, kind string) *claim.Claim {
	s, e := at(t, c, sub)
	c.Entities = append(c.Entities, claim.EntityRef{Start: s, End: e, Text: sub, ID: id, Kind: kind})
	return c
}

// types returns the discrepancy types of ds, in order.
func types(ds []Discrepancy) []string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.Type)
	}
	return out
}

func hasType(ds []Discrepancy, typ string) bool {
	for _, d := range ds {
		if d.Type == typ {
			return true
		}
	}
	return false
}
