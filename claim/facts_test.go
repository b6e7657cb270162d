package claim

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim/dates"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// factsGold is testdata/gold/facts.json.
type factsGold struct {
	Claims []struct {
		Doc        string     `json:"doc"`
		Snippet    string     `json:"snippet"`
		Speaker    []string   `json:"speaker"`
		Cited      [][]string `json:"cited"`
		EventDate  []string   `json:"event_date"`
		SecondHand bool       `json:"second_hand"`
		Anonymous  bool       `json:"anonymous"`
	} `json:"claims"`
}

// annotatedCorpus loads the bundled corpus, infers missing dates as
// analysis does, splits, annotates and resolves entities.
func annotatedCorpus(tb testing.TB) (map[string][]Claim, []entity.Entity) {
	tb.Helper()
	docs, probs := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	if len(probs) > 0 || len(docs) == 0 {
		tb.Fatalf("load corpus: %d docs, problems %v", len(docs), probs)
	}
	var all []Claim
	byDoc := map[string][2]int{}
	for _, d := range docs {
		if d.Published == "" {
			if v, from, ok := dates.InferPublished(d.Text); ok {
				d.Published, d.PublishedFrom = v, from
			}
		}
		cs := Split(d)
		Annotate(d, cs, nil)
		byDoc[filepath.Base(d.Path)] = [2]int{len(all), len(all) + len(cs)}
		all = append(all, cs...)
	}
	ents := ResolveEntities(all)
	out := map[string][]Claim{}
	for name, r := range byDoc {
		out[name] = all[r[0]:r[1]]
	}
	return out, ents
}

// TestFactsGold scores speaker, cited sources and event dates against the
// hand-made gold (testdata/gold/facts.json).
func TestFactsGold(t *testing.T) {
	b, err := os.ReadFile("../testdata/gold/facts.json")
	if err != nil {
		t.Fatal(err)
	}
	var g factsGold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	docs, ents := annotatedCorpus(t)
	names := map[string]string{}
	for _, e := range ents {
		names[e.ID] = e.Name
	}
	var nSpk, nCit, nEv, total int
	for _, gc := range g.Claims {
		var c *Claim
		for i := range docs[gc.Doc] {
			if strings.Contains(docs[gc.Doc][i].Text, gc.Snippet) {
				c = &docs[gc.Doc][i]
				break
			}
		}
		if c == nil {
			t.Errorf("%s: no claim holds %q", gc.Doc, gc.Snippet)
			continue
		}
		total++
		spk := c.SpeakerText
		if n := names[c.Speaker]; n != "" {
			spk = n + " " + spk
		}
		if speakerMatches(spk, gc.Speaker) {
			nSpk++
		} else {
			t.Logf("speaker %s %q: got %q (%s), want %q", gc.Doc[:3], gc.Snippet, spk, c.Speaker, gc.Speaker)
		}
		if citedMatches(c.Cited, gc.Cited) {
			nCit++
		} else {
			t.Logf("cited %s %q: got %q, want %q", gc.Doc[:3], gc.Snippet, c.Cited, gc.Cited)
		}
		ok := false
		for _, v := range gc.EventDate {
			ok = ok || v == c.EventDate
		}
		if ok {
			nEv++
		} else {
			t.Logf("event_date %s %q: got %q, want %q", gc.Doc[:3], gc.Snippet, c.EventDate, gc.EventDate)
		}
	}
	acc := func(n int) float64 { return float64(n) / float64(max(total, 1)) }
	t.Logf("claims %d: speaker %.3f, cited %.3f, event_date %.3f", total, acc(nSpk), acc(nCit), acc(nEv))
	// Floors a little under the measured figures, so a regression fails.
	for _, f := range []struct {
		name string
		got  float64
		want float64
	}{{"speaker", acc(nSpk), 0.95}, {"cited", acc(nCit), 0.95}, {"event_date", acc(nEv), 0.95}} {
		if f.got < f.want {
			t.Errorf("%s accuracy: got %.3f, want >= %.2f", f.name, f.got, f.want)
		}
	}
}

// speakerMatches reports whether the predicted speaker (names, folded)
// contains one of the acceptable gold keys ("" = no speaker).
func speakerMatches(got string, want []string) bool {
	g := lang.Normalize(got)
	for _, w := range want {
		if w == "" && strings.TrimSpace(g) == "" {
			return true
		}
		if w != "" && strings.Contains(g, lang.Normalize(w)) {
			return true
		}
	}
	return false
}

// citedMatches reports whether the predicted cited names equal one of the
// acceptable sets (each gold name contained in one predicted name).
func citedMatches(got []string, want [][]string) bool {
	for _, set := range want {
		if len(set) != len(got) {
			continue
		}
		ok := true
		for _, w := range set {
			found := false
			for _, gname := range got {
				if strings.Contains(lang.Normalize(gname), lang.Normalize(w)) {
					found = true
				}
			}
			ok = ok && found
		}
		if ok {
			return true
		}
	}
	return false
}

// TestEntitiesCorpus checks cross-document coreference on the bundled
// corpus: one entity per person, whatever form each article uses.
func TestEntitiesCorpus(t *testing.T) {
	_, ents := annotatedCorpus(t)
	byID := map[string]entity.Entity{}
	for _, e := range ents {
		byID[e.ID] = e
	}
	for _, tc := range []struct{ id, name, role string }{
		{"e-shibani-asad", "أسعد حسن الشيباني", "وزير الخارجية السوري"},
		{"e-lafruf-sirghi", "سيرغي لافروف", "وزير الخارجية الروسي"},
		{"e-butin-fladimir", "فلاديمير بوتين", "الرئيس الروسي"},
		{"e-shra-ahmd", "أحمد الشرع", ""},
		{"e-firshinin-sirghi", "سيرغي فيرشينين", "نائب وزير الخارجية الروسي"},
		{"e-sana", "سانا", ""},
	} {
		e, ok := byID[tc.id]
		if !ok {
			ids := make([]string, 0, len(byID))
			for id := range byID {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			t.Errorf("entity %s: missing; have %v", tc.id, ids)
			continue
		}
		if e.Name != tc.name {
			t.Errorf("entity %s: got name %q, want %q", tc.id, e.Name, tc.name)
		}
		if tc.role != "" {
			found := false
			for _, r := range e.Roles {
				found = found || r == tc.role
			}
			if !found {
				t.Errorf("entity %s: got roles %q, want %q among them", tc.id, e.Roles, tc.role)
			}
		}
	}
	// No unresolved surname-only duplicates of a known person.
	for _, id := range []string{"e-shibani", "e-lafruf", "e-butin"} {
		if _, ok := byID[id]; ok {
			t.Errorf("entity %s: surname-only entity left unmerged", id)
		}
	}
}

func FuzzAnnotate(f *testing.F) {
	for _, tc := range attributionCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &corpus.Document{ID: "d-f", Text: text, Published: "2025-12-24"}
		cs := Split(d)
		Annotate(d, cs, nil)
		for _, c := range cs {
			for _, e := range c.Entities {
				if e.Start < c.Start || e.End > c.End || text[e.Start:e.End] != e.Text {
					t.Fatalf("entity %q: span [%d,%d) outside claim [%d,%d)", e.Text, e.Start, e.End, c.Start, c.End)
				}
			}
			for _, q := range c.Quotes {
				if q.Start < c.Start || q.End > c.End || q.Start > q.End {
					t.Fatalf("quote [%d,%d) outside claim [%d,%d)", q.Start, q.End, c.Start, c.End)
				}
			}
			for _, dt := range c.Dates {
				if dt.Start < c.Start || dt.End > c.End {
					t.Fatalf("date %q outside its claim", dt.Text)
				}
			}
		}
		ResolveEntities(cs)
	})
}

// BenchmarkAnnotate measures facts over the bundled corpus (split excluded).
func BenchmarkAnnotate(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	split := make([][]Claim, len(docs))
	size := 0
	for i, d := range docs {
		split[i] = Split(d)
		size += len(d.Text)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			Annotate(d, split[i], lex)
		}
	}
}

// BenchmarkResolveEntities measures linking the entities of the bundled
// corpus's claims, repeated 200 times over (bytes: the claims' text), as
// analyze links a large corpus's after its facts are read.
func BenchmarkResolveEntities(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	var one []Claim
	for _, d := range docs {
		cs := Split(d)
		Annotate(d, cs, nil)
		one = append(one, cs...)
	}
	var all []Claim
	size := 0
	for range 200 {
		for _, c := range one {
			size += len(c.Text)
		}
		all = append(all, one...)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		ResolveEntities(all)
	}
}

// TestAnnotateWithoutTokens annotates the bundled corpus's articles twice,
// once with the claims' tokens from Split and once without them (so that
// AnnotateWith copies tokens made again into its pooled array, reused from
// article to article), and checks that the facts are the same.
func TestAnnotateWithoutTokens(t *testing.T) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	if len(docs) < 2 {
		t.Skip("no corpus")
	}
	for _, d := range docs {
		want := Split(d)
		Annotate(d, want, nil)
		got := Split(d)
		for i := range got {
			got[i].Tokens = nil
		}
		Annotate(d, got, nil)
		for i := range got {
			want[i].Tokens = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: facts read without the claims' tokens differ", d.Path)
		}
	}
}
