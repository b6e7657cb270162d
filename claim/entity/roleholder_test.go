package entity

import (
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/artest"
	"github.com/claimdiff/claimdiff/lang"
)

// roleHolderRef is roleHolder as it was written first: for each person
// met, every mention is read again (personFitsRef).
func (s *scanner) roleHolderRef(x int) string {
	r := &s.out[x]
	if r.head == "" && !r.generic {
		return ""
	}
	for y := x - 1; y >= 0; y-- {
		p := &s.out[y]
		if p.Kind == KindPerson && p.ID != "" && s.personFitsRef(r, p.ID) {
			return p.ID
		}
	}
	for y := x + 1; y < len(s.out); y++ {
		p := &s.out[y]
		if p.Kind == KindPerson && p.ID != "" && s.personFitsRef(r, p.ID) {
			return p.ID
		}
	}
	return ""
}

// personFitsRef reports whether any role mention of person id fits r.
func (s *scanner) personFitsRef(r *Mention, id string) bool {
	for y := range s.out {
		p := &s.out[y]
		if p.ID != id || p.Kind != KindPerson {
			continue
		}
		if r.generic && r.Country != "" && p.Country == r.Country {
			return true
		}
		if p.head != "" && fits(r, p) {
			return true
		}
	}
	return false
}

// TestRoleHolderMatchesRef compares roleHolder with roleHolderRef on
// mention lists drawn from a few people, roles and countries (Arabic role
// heads and complements as package entity folds them), so that people
// share roles, roles fit several people and some fit none.
func TestRoleHolderMatchesRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 12))
	ids := []string{"", "e-person-alshaibani", "e-person-lavrov", "e-person-putin", "e-person-alsharaa"}
	heads := []string{"", "وزير", "رييس", "متحدث"}
	comps := [][]string{nil, {"خارجيه"}, {"دفاع"}, {"خارجيه", "روسي"}}
	countries := []string{"", "syria", "russia"}
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	found, none := 0, 0
	for round := 0; round < 3000; round++ {
		s := &scanner{}
		for n := 1 + rng.IntN(12); n > 0; n-- {
			m := Mention{Kind: KindPerson, ID: pick(ids), head: pick(heads), comps: comps[rng.IntN(len(comps))], Country: pick(countries)}
			if rng.IntN(3) == 0 {
				m.Kind, m.ID = KindRole, ""
				m.generic = rng.IntN(4) == 0
			}
			s.out = append(s.out, m)
		}
		for x := range s.out {
			if s.out[x].Kind != KindRole {
				continue
			}
			got, want := s.roleHolder(x), s.roleHolderRef(x)
			if got != want {
				t.Fatalf("round %d, mention %d of %+v: roleHolder %q, want %q", round, x, s.out, got, want)
			}
			if got != "" {
				found++
			} else {
				none++
			}
		}
	}
	if found < 100 || none < 100 {
		t.Errorf("%d roles with a holder and %d without: the draws do not test both", found, none)
	}
}

// BenchmarkFindSNN finds the mentions of SaudiNewsNet articles (a file of
// them named by CLAIMDIFF_BENCH_SNN, such as the first 5,000), each text
// tokenised beforehand, as the claims stage reads whole articles.
func BenchmarkFindSNN(b *testing.B) {
	recs, n := artest.SNN(b)
	texts := make([]string, len(recs))
	toks := make([][]lang.Token, len(recs))
	for i, r := range recs {
		texts[i], toks[i] = r.Content, lang.Tokenize(r.Content)
	}
	lex := lexicon(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	clock := artest.StartCPU()
	for b.Loop() {
		for i := range texts {
			Find(texts[i], toks[i], lex)
		}
	}
	clock.Report(b)
}

// TestFindInto finds the mentions of the test news text's paragraphs,
// longest first, into one reused array (cleared between them, as
// claim.AnnotateWith reuses it) and compares each with Find.
func TestFindInto(t *testing.T) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(string(data), "\n")
	slices.SortFunc(paras, func(a, b string) int { return len(b) - len(a) })
	lex := lexicon(t)
	var arr []Mention
	found := 0
	for _, p := range paras {
		toks := lang.Tokenize(p)
		want := Find(p, toks, lex)
		got := FindInto(arr, p, toks, lex)
		if !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("FindInto differs from Find on %.40q…", p)
		}
		found += len(got)
		clear(got)
		arr = got[:0]
	}
	if found == 0 || len(paras) < 2 {
		t.Errorf("%d paragraphs, %d mentions: the text is not what the test needs", len(paras), found)
	}
}
