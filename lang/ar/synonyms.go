package ar

// Synonym families
//
// synonyms.txt lists families of words that news copy uses for one
// meaning (التقى/استقبل/اجتمع، قال/صرح/أكد/أضاف، كبير/ضخم/هائل), so
// that a rewrite in other words is told from a changed fact. A word
// belongs to a family when one of its bare readings (Bare: clitics,
// pronoun suffixes and the ة/ت ending removed) is a folded form the family
// lists, or its light stem (Stem) is the stem of one. A line "GENERAL >
// specific, specific" makes each specific word a synonym of the general
// one only: رجل and امرأة are both a شخص, not each other.
//
// The list is general language, kept small on purpose: a word in no family
// is only a synonym of itself.

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

//go:embed synonyms.txt
var synonymData string

// synIndex maps a folded form or stem to the families it is in. A general
// word of a "general > specifics" line is in its own family g and in a
// family per specific; each specific is only in its own, so two specifics
// share no family.
type synIndex struct {
	forms map[string][]int
	stems map[string][]int
	n     int
}

var (
	synOnce sync.Once
	syn     synIndex
)

// fold folds a word as lang.Normalize does for Arabic letters (marks
// dropped, hamza carriers, ى and ة folded) and lower-cases Latin.
func fold(w string) string {
	var b strings.Builder
	for _, r := range w {
		f := Fold(r)
		if f < 0 {
			continue
		}
		b.WriteRune(unicode.ToLower(f))
	}
	return b.String()
}

// splitList splits a list of words on Arabic and Latin commas.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '،' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func loadSynonyms() {
	syn = synIndex{forms: map[string][]int{}, stems: map[string][]int{}}
	addTo := func(fam int, w string) {
		f := fold(w)
		syn.forms[f] = appendOnce(syn.forms[f], fam)
		if !strings.Contains(f, " ") {
			if st := Stem(f); len(st) >= 6 { // three letters or more
				syn.stems[st] = appendOnce(syn.stems[st], fam)
			}
		}
	}
	for _, line := range strings.Split(synonymData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if general, specific, ok := strings.Cut(line, ">"); ok {
			gs := splitList(general)
			for _, sp := range splitList(specific) {
				fam := syn.n
				syn.n++
				addTo(fam, sp)
				for _, g := range gs {
					addTo(fam, g)
				}
			}
			continue
		}
		fam := syn.n
		syn.n++
		for _, w := range splitList(line) {
			addTo(fam, w)
		}
	}
}

func appendOnce(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// SynonymFamilies returns the synonym families (small integers, stable
// for one build) of the folded word w, or nil when it is in none. The
// result is shared: callers must not modify it. Two
// words are synonyms when they share a family; a similarity measure may
// map every word of a family to one feature.
func SynonymFamilies(w string) []int { return cached(w).Families() }

func families(w string, bare []string) []int {
	synOnce.Do(loadSynonyms)
	var out []int
	for _, b := range bare {
		for _, f := range syn.forms[b] {
			out = appendOnce(out, f)
		}
	}
	for _, f := range syn.stems[Stem(w)] {
		out = appendOnce(out, f)
	}
	return out
}

// Synonymous reports whether the folded words a and b share a synonym
// family (التقى/استقبل، قال/صرح، كبير/ضخم), or are one word. Spelling
// variants and inflections of one word are not its business: compare
// Bare readings, stems or roots for those.
func Synonymous(a, b string) bool {
	if a == b {
		return true
	}
	fa := SynonymFamilies(a)
	if len(fa) == 0 {
		return false
	}
	for _, y := range SynonymFamilies(b) {
		for _, x := range fa {
			if x == y {
				return true
			}
		}
	}
	return false
}
