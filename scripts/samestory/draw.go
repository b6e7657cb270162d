package main

// Drawing candidate pairs to label.
//
// New pairs for the set are drawn, not picked: `go run ./scripts/samestory
// -draw N -seed S` lists N candidate pairs of SaudiNewsNet articles for a
// person to read and label. A candidate is two articles of different
// outlets retrieved at most a day apart whose titles share at least
// minSharedTitle content words (stems of three letters or more, stop
// words left out) — without that filter nearly every pair of a random
// draw is two unrelated stories, which tell nothing about where the
// boundary lies. Candidates are ordered by their URLs and shuffled with
// the seed, so a draw is reproducible; articles already in the set, and
// articles with no title or under minDrawBytes of text, are left out.

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/lang"
)

const (
	// minSharedTitle is how many content words the titles of a candidate
	// pair share at least.
	minSharedTitle = 2
	// minDrawBytes is the least text an article drawn needs.
	minDrawBytes = 300
	// maxTitlePosting skips title words in more articles than this (the
	// outlets' most common words) when pairs are listed.
	maxTitlePosting = 400
)

// draw writes n candidate pairs drawn with seed from the articles of data
// that are not in the pairs of have, one line each: half (alternating a,
// b), "?", the two URLs and the two titles.
func draw(data string, have []pair, n int, seed uint64, w io.Writer) error {
	arts, err := loadAll(data)
	if err != nil {
		return err
	}
	used := make(map[string]bool)
	for _, p := range have {
		used[p.A], used[p.B] = true, true
	}
	arts = slices.DeleteFunc(arts, func(a article) bool {
		return used[a.URL] || strings.TrimSpace(a.Title) == "" || len(a.Content) < minDrawBytes || len(a.Retrieved) < 10
	})
	slices.SortFunc(arts, func(a, b article) int { return cmp.Compare(a.URL, b.URL) })
	arts = slices.CompactFunc(arts, func(a, b article) bool { return a.URL == b.URL })
	words := make([][]string, len(arts))
	posting := make(map[string][]int)
	for i, a := range arts {
		words[i] = titleWords(a.Title)
		for _, t := range words[i] {
			posting[t] = append(posting[t], i)
		}
	}
	type cand struct{ a, b int }
	var cands []cand
	for i := range arts {
		shared := make(map[int]int)
		for _, t := range words[i] {
			if len(posting[t]) > maxTitlePosting {
				continue
			}
			for _, j := range posting[t] {
				if j > i {
					shared[j]++
				}
			}
		}
		for j, k := range shared {
			if k >= minSharedTitle && arts[i].Source != arts[j].Source && dayGap(arts[i].Retrieved, arts[j].Retrieved) <= 1 {
				cands = append(cands, cand{i, j})
			}
		}
	}
	slices.SortFunc(cands, func(x, y cand) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	r.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	fmt.Fprintf(w, "# %d candidates; drawn with seed %d\n", len(cands), seed)
	seen := make(map[int]bool)
	k := 0
	for _, c := range cands {
		if k == n {
			break
		}
		if seen[c.a] || seen[c.b] {
			continue // each article in one pair of a draw
		}
		seen[c.a], seen[c.b] = true, true
		half := "a"
		if k%2 == 1 {
			half = "b"
		}
		fmt.Fprintf(w, "%s\t?\t%s\t%s\t%s | %s\n", half, arts[c.a].URL, arts[c.b].URL, oneLine(arts[c.a].Title), oneLine(arts[c.b].Title))
		k++
	}
	return nil
}

// titleWords returns the distinct content stems of a title.
func titleWords(title string) []string {
	var out []string
	for _, t := range lang.Tokenize(title) {
		if t.Stop || t.Kind != lang.Word || len(t.Norm) < 6 {
			continue
		}
		out = append(out, t.Stem)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// dayGap is the number of days between two retrieval dates (YYYY-MM-DD
// …), all in 2015 July and August.
func dayGap(a, b string) int {
	day := func(s string) int {
		var y, m, d int
		fmt.Sscanf(s[:10], "%d-%d-%d", &y, &m, &d)
		return m*31 + d
	}
	g := day(a) - day(b)
	if g < 0 {
		g = -g
	}
	return g
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
