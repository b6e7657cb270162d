// Package goldscore scores an analysis against a hand-made gold file, the
// same way ../shared/checks/score.py does, so that Go tests can hold the
// pipeline to the figures the issues ask for without Python.
//
// The gold names documents by file name and claims by exact snippets of
// those files. A tool claim covers a snippet when their byte spans overlap
// by at least half of the snippet.
package goldscore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Gold is a gold file (see testdata/gold/syria-russia.json).
type Gold struct {
	Docs        map[string]string `json:"docs"`
	Boilerplate [][2]string       `json:"boilerplate"`
	Dates       [][3]string       `json:"dates"`
	Events      map[string]struct {
		Claims [][2]string `json:"claims"`
	} `json:"events"`
	Alignments []struct {
		ID     string      `json:"id"`
		Claims [][2]string `json:"claims"`
	} `json:"alignments"`
	Discrepancies []struct {
		Alignment string `json:"alignment"`
		Type      string `json:"type"`
	} `json:"discrepancies"`
	Agreements []struct {
		Alignment string `json:"alignment"`
		Type      string `json:"type"`
	} `json:"agreements"`
	Unique     [][2]string `json:"unique"`
	NotAligned []struct {
		Claims [][2]string `json:"claims"`
	} `json:"not_aligned"`
}

// Analysis is the part of `claimdiff analyze --format json` that scoring
// reads.
type Analysis struct {
	Documents []struct {
		ID   string `json:"id"`
		Path string `json:"path"`
	} `json:"documents"`
	Claims []struct {
		ID    string `json:"id"`
		Doc   string `json:"doc"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Dates []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Value string `json:"value"`
		} `json:"dates"`
	} `json:"claims"`
	Events []struct {
		ID     string   `json:"id"`
		Claims []string `json:"claims"`
	} `json:"events"`
	Alignments []struct {
		ID            string   `json:"id"`
		Claims        []string `json:"claims"`
		Discrepancies []struct {
			Type   string   `json:"type"`
			Claims []string `json:"claims"`
		} `json:"discrepancies"`
	} `json:"alignments"`
}

// Scores maps metric names (as score.py prints them) to values.
type Scores map[string]float64

// Score reads the gold file and the corpus directory and scores the JSON
// analysis against them.
func Score(goldPath, corpusDir string, analysisJSON []byte) (Scores, error) {
	var g Gold
	data, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("gold %s: %w", goldPath, err)
	}
	var a Analysis
	if err := json.Unmarshal(analysisJSON, &a); err != nil {
		return nil, fmt.Errorf("analysis: %w", err)
	}
	texts := make(map[string][]byte)
	for k, name := range g.Docs {
		b, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			return nil, err
		}
		texts[k] = b
	}
	byName := make(map[string]string)
	for k, v := range g.Docs {
		byName[v] = k
	}
	docmap := make(map[string]string)
	for _, d := range a.Documents {
		if k, ok := byName[filepath.Base(d.Path)]; ok {
			docmap[d.ID] = k
		}
	}
	if len(docmap) != len(g.Docs) {
		return nil, fmt.Errorf("analysis lists %d of the %d gold documents", len(docmap), len(g.Docs))
	}
	type span struct{ s, e int }
	claimsByDoc := make(map[string][]int)
	claimDoc := make(map[string]string)
	spanOK := 0
	for i, c := range a.Claims {
		claimDoc[c.ID] = c.Doc
		k, ok := docmap[c.Doc]
		if !ok {
			continue
		}
		claimsByDoc[k] = append(claimsByDoc[k], i)
		if c.Start >= 0 && c.End <= len(texts[k]) && c.Start <= c.End &&
			strings.TrimSpace(string(texts[k][c.Start:c.End])) == strings.TrimSpace(c.Text) {
			spanOK++
		}
	}
	n := 0
	for _, v := range claimsByDoc {
		n += len(v)
	}
	out := Scores{}
	if n > 0 {
		out["span_integrity"] = float64(spanOK) / float64(n)
	}
	var problem error
	spanOf := func(k, snip string) span {
		i := bytes.Index(texts[k], []byte(snip))
		if i < 0 && problem == nil {
			problem = fmt.Errorf("gold snippet not in %s: %s", g.Docs[k], snip)
		}
		return span{i, i + len(snip)}
	}
	cover := func(k, snip string) string {
		sp := spanOf(k, snip)
		best, bo := "", 0
		for _, i := range claimsByDoc[k] {
			c := a.Claims[i]
			o := min(sp.e, c.End) - max(sp.s, c.Start)
			if o > bo {
				best, bo = c.ID, o
			}
		}
		if best != "" && bo*2 >= sp.e-sp.s {
			return best
		}
		return ""
	}
	if len(g.Boilerplate) > 0 {
		dropped := 0
		for _, b := range g.Boilerplate {
			if cover(b[0], b[1]) == "" {
				dropped++
			}
		}
		out["boilerplate_dropped"] = float64(dropped) / float64(len(g.Boilerplate))
	}
	covered := make(map[[2]string]string)
	for _, ev := range g.Events {
		for _, x := range ev.Claims {
			covered[x] = ""
		}
	}
	for _, al := range g.Alignments {
		for _, x := range al.Claims {
			covered[x] = ""
		}
	}
	hit := 0
	for x := range covered {
		covered[x] = cover(x[0], x[1])
		if covered[x] != "" {
			hit++
		}
	}
	if len(covered) > 0 {
		out["claim_coverage"] = float64(hit) / float64(len(covered))
	}
	if len(g.Dates) > 0 {
		ok := 0
		for _, d := range g.Dates {
			sp := spanOf(d[0], d[1])
			found := false
			for _, i := range claimsByDoc[d[0]] {
				for _, m := range a.Claims[i].Dates {
					if min(sp.e, m.End) > max(sp.s, m.Start) && strings.HasPrefix(m.Value, d[2]) {
						found = true
					}
				}
			}
			if found {
				ok++
			}
		}
		out["date_accuracy"] = float64(ok) / float64(len(g.Dates))
	}
	evOf := make(map[string]map[string]bool)
	for _, ev := range a.Events {
		for _, c := range ev.Claims {
			if evOf[c] == nil {
				evOf[c] = map[string]bool{}
			}
			evOf[c][ev.ID] = true
		}
	}
	alOf := make(map[string]map[string]bool)
	discOf := make(map[string][]int)
	for ai, al := range a.Alignments {
		discOf[al.ID] = append(discOf[al.ID], ai)
		for _, c := range al.Claims {
			if alOf[c] == nil {
				alOf[c] = map[string]bool{}
			}
			alOf[c][al.ID] = true
		}
	}
	share := func(m map[string]map[string]bool, a, b string) bool {
		if a == "" || b == "" {
			return false
		}
		for k := range m[a] {
			if m[b][k] {
				return true
			}
		}
		return false
	}
	type item struct {
		group string
		snip  [2]string
	}
	pairScores := func(items []item, m map[string]map[string]bool) (p, r float64) {
		tp, fp, fn := 0, 0, 0
		for i := 0; i < len(items); i++ {
			for j := i + 1; j < len(items); j++ {
				x, y := items[i], items[j]
				if x.snip[0] == y.snip[0] {
					continue
				}
				same := share(m, covered[x.snip], covered[y.snip])
				switch {
				case x.group == y.group && same:
					tp++
				case x.group == y.group:
					fn++
				case same:
					fp++
				}
			}
		}
		if tp+fp > 0 {
			p = float64(tp) / float64(tp+fp)
		}
		if tp+fn > 0 {
			r = float64(tp) / float64(tp+fn)
		}
		return p, r
	}
	var evItems []item
	for gid, ev := range g.Events {
		for _, x := range ev.Claims {
			evItems = append(evItems, item{gid, x})
		}
	}
	out["event_pair_precision"], out["event_pair_recall"] = pairScores(evItems, evOf)
	var alItems []item
	for _, al := range g.Alignments {
		for _, x := range al.Claims {
			alItems = append(alItems, item{al.ID, x})
		}
	}
	out["align_pair_precision"], out["align_pair_recall"] = pairScores(alItems, alOf)
	bad := 0
	for _, na := range g.NotAligned {
		if share(alOf, cover(na.Claims[0][0], na.Claims[0][1]), cover(na.Claims[1][0], na.Claims[1][1])) {
			bad++
		}
	}
	out["wrongly_aligned"] = float64(bad)
	galign := make(map[string][][2]string)
	for _, al := range g.Alignments {
		galign[al.ID] = al.Claims
	}
	toolDiscs := func(gid string) []string {
		var ids []string
		for _, x := range galign[gid] {
			if c := covered[x]; c != "" {
				ids = append(ids, c)
			}
		}
		var found []string
		for i := 0; i < len(ids); i++ {
			for j := i + 1; j < len(ids); j++ {
				for alid := range alOf[ids[i]] {
					if !alOf[ids[j]][alid] {
						continue
					}
					for _, ai := range discOf[alid] {
						for _, d := range a.Alignments[ai].Discrepancies {
							found = append(found, d.Type)
						}
					}
				}
			}
		}
		return found
	}
	contains := func(list []string, s string) bool {
		for _, x := range list {
			if x == s {
				return true
			}
		}
		return false
	}
	if len(g.Discrepancies) > 0 {
		h := 0
		for _, d := range g.Discrepancies {
			types := toolDiscs(d.Alignment)
			if (d.Type == "content" && len(types) > 0) || contains(types, d.Type) {
				h++
			}
		}
		out["discrepancy_recall"] = float64(h) / float64(len(g.Discrepancies))
	}
	if len(g.Agreements) > 0 {
		f := 0
		for _, ag := range g.Agreements {
			if contains(toolDiscs(ag.Alignment), ag.Type) {
				f++
			}
		}
		out["false_discrepancies"] = float64(f)
	}
	if len(g.Unique) > 0 {
		ok := 0
		for _, u := range g.Unique {
			c := cover(u[0], u[1])
			if c == "" {
				continue
			}
			docs := map[string]bool{}
			for alid := range alOf[c] {
				for _, ai := range discOf[alid] {
					for _, x := range a.Alignments[ai].Claims {
						docs[claimDoc[x]] = true
					}
				}
			}
			if len(docs) <= 1 {
				ok++
			}
		}
		out["unique_kept_unique"] = float64(ok) / float64(len(g.Unique))
	}
	return out, problem
}
