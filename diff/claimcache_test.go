package diff

import (
	"context"
	"hash/fnv"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

var (
	groupsOnce sync.Once
	groups     [][]*claim.Claim
)

// corpusGroups returns groups of five annotated claims of the bundled
// corpus, one of each article: each claim of the first article with the
// claim of every other article that shares the most stems with it, as an
// alignment puts a fact's tellings together.
func corpusGroups(t testing.TB) [][]*claim.Claim {
	t.Helper()
	groupsOnce.Do(func() {
		docs, problems := corpus.Load(context.Background(), []string{corpusDir}, corpus.Options{})
		if len(problems) > 0 || len(docs) < 2 {
			return
		}
		sort.Slice(docs, func(i, j int) bool { return docs[i].Path < docs[j].Path })
		byDoc := make([][]claim.Claim, len(docs))
		for i, d := range docs {
			byDoc[i] = claim.Split(d)
			claim.Annotate(d, byDoc[i], nil)
		}
		stems := func(c *claim.Claim) map[string]bool {
			m := map[string]bool{}
			for _, t := range c.Tokens {
				if !t.Stop && t.Kind == lang.Word {
					m[t.Stem] = true
				}
			}
			return m
		}
		for k := range byDoc[0] {
			first := &byDoc[0][k]
			sa := stems(first)
			if len(sa) < 4 {
				continue
			}
			g := []*claim.Claim{first}
			for _, cs := range byDoc[1:] {
				best, bestN := -1, 1
				for j := range cs {
					n := 0
					for s := range stems(&cs[j]) {
						if sa[s] {
							n++
						}
					}
					if n > bestN {
						best, bestN = j, n
					}
				}
				if best >= 0 {
					g = append(g, &cs[best])
				}
			}
			if len(g) >= 3 {
				groups = append(groups, g)
			}
		}
	})
	if len(groups) == 0 {
		t.Skip("cannot load " + corpusDir)
	}
	return groups
}

// stringKey is the dedup key CompareGroupDiffs used before dedupKey: type
// and sorted evidence, written out.
func stringKey(d Discrepancy) string {
	ev := make([]string, 0, len(d.Evidence))
	for _, e := range d.Evidence {
		ev = append(ev, e.Claim+":"+strconv.Itoa(e.Start)+"-"+strconv.Itoa(e.End))
	}
	sort.Strings(ev)
	return d.Type + "|" + strings.Join(ev, ",")
}

// TestCompareGroupCaches holds CompareGroupDiffs, whose pairs share each
// claim's cache, to comparing every pair on its own (fresh caches) and
// deduplicating by the written-out key.
func TestCompareGroupCaches(t *testing.T) {
	gs := corpusGroups(t)
	opts := Options{Published: func(string) string { return "2024-12-24" }}
	found := 0
	for gi, g := range gs {
		want := []Discrepancy{}
		var wantDiffs []PairDiff
		seen := map[string]bool{}
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				if g[i].Doc == g[j].Doc && g[i].Doc != "" {
					continue
				}
				ops := Words(g[i], g[j])
				wantDiffs = append(wantDiffs, PairDiff{A: g[i].ID, B: g[j].ID, Ops: ops})
				for _, d := range CompareWith(g[i], g[j], opts) {
					if k := stringKey(d); !seen[k] {
						seen[k] = true
						want = append(want, d)
					}
				}
			}
		}
		sortDiscrepancies(want)
		got, gotDiffs := CompareGroupDiffs(g, opts)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("group %d: CompareGroupDiffs\n%+v\nwant\n%+v", gi, got, want)
		}
		if !reflect.DeepEqual(gotDiffs, wantDiffs) {
			t.Errorf("group %d: diffs differ", gi)
		}
		found += len(got)
	}
	if found == 0 {
		t.Errorf("no discrepancy in %d groups: the test compares nothing", len(gs))
	}
	t.Logf("%d groups, %d discrepancies", len(gs), found)
}

// TestKeyOf holds keyOf to the written-out key: one key exactly when the
// written-out keys are one.
func TestKeyOf(t *testing.T) {
	ev := func(c string, s, e int) Evidence { return Evidence{Claim: c, Start: s, End: e} }
	ds := []Discrepancy{
		{Type: TypeNumber, Evidence: []Evidence{ev("a", 1, 2), ev("b", 3, 4)}},
		{Type: TypeNumber, Evidence: []Evidence{ev("b", 3, 4), ev("a", 1, 2)}},
		{Type: TypeDate, Evidence: []Evidence{ev("a", 1, 2), ev("b", 3, 4)}},
		{Type: TypeNumber, Evidence: []Evidence{ev("a", 1, 2)}},
		{Type: TypeNumber, Evidence: []Evidence{ev("a", 1, 2), ev("a", 1, 2)}},
		{Type: TypeNumber},
		{Type: TypeWording, Evidence: []Evidence{ev("a", 1, 2), ev("b", 3, 4), ev("a", 5, 6), ev("b", 7, 8)}},
		{Type: TypeWording, Evidence: []Evidence{ev("b", 7, 8), ev("a", 5, 6), ev("b", 3, 4), ev("a", 1, 2)}},
		{Type: TypeWording, Evidence: []Evidence{ev("a", 1, 2), ev("b", 3, 4), ev("a", 5, 6)}},
		{Type: TypeWording, Evidence: []Evidence{ev("a", 1, 2), ev("b", 3, 4), ev("a", 5, 7), ev("b", 7, 8)}},
		{Type: TypeQuote, Evidence: []Evidence{ev("a", 10, 2), ev("a", 9, 2), ev("a", 1, 20)}},
		{Type: TypeQuote, Evidence: []Evidence{ev("a", 1, 20), ev("a", 10, 2), ev("a", 9, 2)}},
	}
	for i, x := range ds {
		// The key does not hold on to the discrepancy's evidence.
		before := append([]Evidence(nil), x.Evidence...)
		kx := keyOf(x)
		if !reflect.DeepEqual(before, x.Evidence) && len(before) > 0 {
			t.Errorf("keyOf reordered the evidence of %d", i)
		}
		for j, y := range ds {
			if got, want := kx == keyOf(y), stringKey(x) == stringKey(y); got != want {
				t.Errorf("keyOf(%d) == keyOf(%d) is %v, want %v", i, j, got, want)
			}
		}
	}
}

// stripCliticList is stripClitic trying every clitic in order.
func stripCliticList(w string) string {
	if len(w) < 6 || (w[0] != 0xD8 && w[0] != 0xD9) {
		return w
	}
	for _, p := range clitics {
		if strings.HasPrefix(w, p) && len(w)-len(p) >= 4 {
			return w[len(p):]
		}
	}
	return w
}

// TestCliticsOf holds cliticsOf to clitics: each clitic under its first
// letter, in clitics' order, and stripClitic to trying them all.
func TestCliticsOf(t *testing.T) {
	var all []string
	for _, l := range []string{"ا", "ل", "و", "ف", "ب", "ك"} {
		prev := -1
		for _, p := range cliticsOf(l) {
			if !strings.HasPrefix(p, l) {
				t.Errorf("cliticsOf(%q) holds %q", l, p)
			}
			k := -1
			for i, q := range clitics {
				if q == p {
					k = i
				}
			}
			if k <= prev {
				t.Errorf("cliticsOf(%q): %q not in clitics or out of their order", l, p)
			}
			prev = k
			all = append(all, p)
		}
	}
	if len(all) != len(clitics) {
		t.Errorf("cliticsOf gives %d clitics, clitics has %d", len(all), len(clitics))
	}
	words := []string{"", "ab", "abcdefgh", "وال", "والد", "والدة", "والسلام", "وسلام", "ولد", "للبيت", "لله", "للعلم",
		"الله", "ال", "الباب", "بالباب", "كالباب", "كتاب", "فالسلام", "فرح", "بيت", "لبيت", "ليت", "امس", "الامس"}
	for _, cs := range loadCorpus(t) {
		for _, c := range cs {
			for _, tk := range c.Tokens {
				words = append(words, tk.Norm)
			}
		}
	}
	for _, w := range words {
		w = lang.Normalize(w)
		if got, want := stripClitic(w), stripCliticList(w); got != want {
			t.Errorf("stripClitic(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestDiffSameWords holds Diff's shortcut for the same words on both sides
// to the full diff.
func TestDiffSameWords(t *testing.T) {
	d := NewDiffer()
	n := 0
	for _, cs := range loadCorpus(t) {
		for _, c := range cs {
			// The same words at other offsets, written otherwise.
			b := lang.Tokenize("«" + strings.ReplaceAll(c.Text, "،", " ، ") + "»")
			if !sameNorms(c.Tokens, b) {
				continue
			}
			n++
			want := d.diff(c.Tokens, b, nil)
			if got := d.Diff(c.Tokens, b, nil); !reflect.DeepEqual(got, want) {
				t.Errorf("Diff(%q, itself) = %+v, want %+v", c.Text, got, want)
			}
		}
	}
	if n == 0 {
		t.Error("no claim compared with itself")
	}
	if got := d.Diff(nil, nil, nil); len(got) != 0 {
		t.Errorf("Diff(nil, nil) = %+v, want no op", got)
	}
}

// TestHasFormMatchesScan holds hasForm, which compares strings only where
// their hashes match, to scanning the claim's content words' folded forms
// and stems (then formSlow) for every token of every other claim of the
// corpus groups, both ways.
func TestHasFormMatchesScan(t *testing.T) {
	gs := corpusGroups(t)
	yes, no := 0, 0
	for _, g := range gs {
		caches := make([]*claimCache, len(g))
		for i, c := range g {
			caches[i] = newClaimCache(c)
		}
		for i, cc := range caches {
			for k, o := range caches {
				if i == k {
					continue
				}
				ref := newClaimCache(cc.c)
				for j, u := range o.toks() {
					want := false
					for _, w := range cc.toks() {
						if !w.Stop && w.Kind == lang.Word && (w.Norm == u.Norm || w.Stem == u.Stem) {
							want = true
							break
						}
					}
					if !want {
						ref.formIndex()
						want = ref.formSlow(o.info(j))
					}
					if got := cc.hasForm(o, j); got != want {
						t.Errorf("hasForm(%q in %q) = %v, want %v", u.Norm, cc.c.Text, got, want)
					}
					if want {
						yes++
					} else {
						no++
					}
				}
			}
		}
	}
	if yes == 0 || no == 0 {
		t.Errorf("%d words found and %d not: the test compares nothing", yes, no)
	}
}

// TestStrHash: the FNV-1a values of the empty string and of an Arabic word
// (as hash/fnv gives them), and hasHashed finding a word only by its hash
// and its bytes together.
func TestStrHash(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want uint32
	}{{"", 2166136261}, {"a", 0xe40c292c}, {"الرياض", fnv32a("الرياض")}} {
		if got := strHash(tt.s); got != tt.want {
			t.Errorf("strHash(%q) = %#x, want %#x", tt.s, got, tt.want)
		}
	}
	words := []string{"الرياض", "جدة", "مكة"}
	hs := []uint32{strHash(words[0]), strHash(words[1]), strHash(words[2])}
	if !hasHashed(words, hs, "جدة", strHash("جدة")) {
		t.Error("hasHashed misses جدة")
	}
	if hasHashed(words, hs, "جده", strHash("جدة")) {
		t.Error("hasHashed takes جده for جدة on a matching hash")
	}
	if hasHashed(words, hs, "الدمام", strHash("الدمام")) {
		t.Error("hasHashed finds الدمام")
	}
}

func fnv32a(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// TestParticipantsOrder: participants keeps the first mention of each
// key, leaves out the other claim's speaker, and lists the mentions in the
// order they are written, two mentions that start together by end and
// then key, whatever the order they are given in.
func TestParticipantsOrder(t *testing.T) {
	own := []keyedMention{
		{"p:محمد بن سلمان", claim.EntityRef{Start: 40, End: 62, Text: "الأمير محمد بن سلمان", Kind: "person"}},
		{"r:ولي العهد", claim.EntityRef{Start: 20, End: 38, Text: "ولي العهد", Kind: "role"}},
		{"o:مجلس الوزراء", claim.EntityRef{Start: 70, End: 90, Text: "مجلس الوزراء", Kind: "org"}},
		{"p:الأمير محمد", claim.EntityRef{Start: 40, End: 52, Text: "الأمير محمد", Kind: "person"}},
		{"l:الرياض", claim.EntityRef{Start: 0, End: 12, Text: "الرياض", Kind: "place"}},
		{"x:الأمير", claim.EntityRef{Start: 40, End: 52, Text: "الأمير", Kind: "role"}},
		{"r:ولي العهد", claim.EntityRef{Start: 95, End: 110, Text: "ولي العهد", Kind: "role"}},
		{"p:عادل الجبير", claim.EntityRef{Start: 120, End: 135, Text: "عادل الجبير", Kind: "person"}},
	}
	other := &claim.Claim{Speaker: "p:عادل الجبير"}
	want := []string{"l:الرياض", "r:ولي العهد", "p:الأمير محمد", "x:الأمير", "p:محمد بن سلمان", "o:مجلس الوزراء"}
	for k := range len(own) {
		rot := append(slices.Clone(own[k:]), own[:k]...)
		got := participants(rot, other)
		var keys []string
		for _, x := range got {
			keys = append(keys, x.key)
		}
		// Which mention of ولي العهد is kept depends on the order given:
		// the first, and its place in the list with it.
		wantWali, wantKeys := 20, want
		if k >= 2 && k <= 6 {
			wantWali, wantKeys = 95, []string{"l:الرياض", "p:الأمير محمد", "x:الأمير", "p:محمد بن سلمان", "o:مجلس الوزراء", "r:ولي العهد"}
		}
		if !reflect.DeepEqual(keys, wantKeys) {
			t.Fatalf("rotation %d: participants = %q, want %q", k, keys, wantKeys)
		}
		for _, x := range got {
			if x.key == "r:ولي العهد" && x.e.Start != wantWali {
				t.Errorf("rotation %d: kept ولي العهد at %d, want the first given (%d)", k, x.e.Start, wantWali)
			}
		}
	}
	if got := participants(nil, other); len(got) != 0 {
		t.Errorf("participants(nil) = %v", got)
	}
}

// TestShareAndDiceMatchScan holds contentShare, which looks up the words
// of the counted side only, and contentDice, which counts each side once
// a pair, to counting every plain content word of both sides on fresh
// caches, for every two claims of the corpus groups, asked in either
// order and twice.
func TestShareAndDiceMatchScan(t *testing.T) {
	ref := func(a, b *claim.Claim) (share, dice float64) {
		p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
		var n, sh [2]int
		for s := 0; s < 2; s++ {
			for i := range p.toks(s) {
				if p.plainContent(s, i) {
					n[s]++
					if p.formOn(1-s, i) {
						sh[s]++
					}
				}
			}
		}
		dice = 1
		if n[0]+n[1] > 0 {
			dice = float64(sh[0]+sh[1]) / float64(n[0]+n[1])
		}
		s := 0
		if n[1] < n[0] {
			s = 1
		}
		if n[s] == 0 {
			s = 1 - s
		}
		if n[s] == 0 {
			return 1, dice
		}
		return float64(sh[s]) / float64(n[s]), dice
	}
	checked := 0
	for _, g := range corpusGroups(t) {
		for i := range g {
			for j := range g {
				if i == j {
					continue
				}
				wantShare, wantDice := ref(g[i], g[j])
				for _, diceFirst := range []bool{false, true} {
					p := newPair(newClaimCache(g[i]), newClaimCache(g[j]), Words(g[i], g[j]), Options{})
					var share, dice float64
					if diceFirst {
						dice, share = p.contentDice(), p.contentShare()
					} else {
						share, dice = p.contentShare(), p.contentDice()
					}
					if share != wantShare || dice != wantDice || p.contentDice() != wantDice {
						t.Errorf("%q against %q: share %v dice %v, want %v and %v", g[i].Text, g[j].Text, share, dice, wantShare, wantDice)
					}
				}
				if wantShare > 0 && wantShare < 1 {
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no pair shares part of its words: the test compares nothing")
	}
}
