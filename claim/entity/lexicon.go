package entity

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/internal/wordset"
	"github.com/claimdiff/claimdiff/lang"
)

//go:embed data/*.txt
var dataFS embed.FS

// Lexicon holds the word lists entity finding uses, all in folded form.
// Default returns the built-in lists (claim/entity/data/*.txt); With returns
// a copy extended by a user's lists. A Lexicon is read-only once built and
// safe for concurrent use.
type Lexicon struct {
	roles         map[string]roleHead // folded role head (one or more words, space-joined)
	roleFirst     map[string]int      // first word of a role head → longest head length in words
	complements   map[string]bool     // folded role complements, article stripped
	institutions  map[string]bool     // folded nouns heading an organisation in construct; true unless also a role complement
	boundaries    map[string]bool     // folded words that end a name
	names         map[string][]entry  // first folded word of a gazetteer name → entries, longest first
	adjectives    map[string]string   // folded nisba adjective form → place key
	placeCountry  map[string]string   // place key → country key (itself for countries)
	people        map[string]string   // folded surname → full name of a well-known person
	peopleCountry map[string]string   // full name → country key
	speech        map[string]bool     // folded speech-verb forms (AddSpeechVerbs)
	// starts holds every folded word a mention may start with (gazetteer
	// first words, role heads, surnames, outlet and counterpart words,
	// speech verbs), so most words are passed over after one lookup.
	starts map[string]bool
	// startsFilter holds the words of starts (addStart): most words of a
	// text are turned away by it without hashing them for the map.
	startsFilter *wordset.Filter
}

// addStart adds the folded word w to starts and its filter.
func (l *Lexicon) addStart(w string) {
	l.starts[w] = true
	l.startsFilter.Add(w)
}

// mayStart reports whether the folded word w is in starts, asking the
// filter first.
func (l *Lexicon) mayStart(w string) bool {
	return (l.startsFilter == nil || l.startsFilter.MayHave(w)) && l.starts[w]
}

// roleHead is one role or title head.
type roleHead struct {
	words   int
	title   bool // may stand right before a bare surname
	generic bool // matches any person of the right country
}

// entry is one gazetteer name: its folded words and what it names.
type entry struct {
	words  []string
	key    string // stable ID slug
	name   string // canonical display name
	kind   string // outlet, org, place, person
	headed bool   // counts only after an outlet word
	caps   string // for short Latin names: the exact capitalised surface
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the built-in lexicon. It fails only if the embedded data
// is malformed, which the package tests rule out.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		defaultLex, defaultErr = build(nil)
	})
	return defaultLex, defaultErr
}

// Extra is what a user adds to the built-in lists (config [lexicon]).
type Extra struct {
	Roles   []string // role heads, as printed; "=title" and "=generic" marks allowed
	Outlets []string // "key | name, name" or a bare name
	Places  []string // "key | names | adjective | country" or a bare name
	People  []string // "full name | country"
}

// With returns a new Lexicon with the built-in lists and extra appended.
func With(extra Extra) (*Lexicon, error) {
	return build(&extra)
}

func build(extra *Extra) (*Lexicon, error) {
	l := &Lexicon{
		roles: map[string]roleHead{}, roleFirst: map[string]int{}, complements: map[string]bool{}, institutions: map[string]bool{},
		boundaries: map[string]bool{}, names: map[string][]entry{}, adjectives: map[string]string{},
		placeCountry: map[string]string{}, people: map[string]string{}, peopleCountry: map[string]string{},
	}
	read := func(name string) ([]string, error) {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("read lexicon %s: %w", name, err)
		}
		return dataLines(string(b)), nil
	}
	files := map[string][]string{}
	for _, f := range []string{"roles.txt", "complements.txt", "institutions.txt", "boundaries.txt", "outlets.txt", "orgs.txt", "places.txt", "people.txt"} {
		ls, err := read(f)
		if err != nil {
			return nil, err
		}
		files[f] = ls
	}
	if extra != nil {
		files["roles.txt"] = append(files["roles.txt"], extra.Roles...)
		files["outlets.txt"] = append(files["outlets.txt"], extra.Outlets...)
		files["places.txt"] = append(files["places.txt"], extra.Places...)
		files["people.txt"] = append(files["people.txt"], extra.People...)
	}
	for _, ln := range files["roles.txt"] {
		l.AddRole(ln)
	}
	for _, ln := range files["complements.txt"] {
		l.complements[stripAl(fold1(ln))] = true
	}
	for _, ln := range files["institutions.txt"] {
		// A noun that is already a role complement ("مجلس الوزراء"،
		// "وزارة الخارجية") keeps being read word by word as one.
		w := stripAl(fold1(ln))
		l.institutions[w] = !l.complements[w]
	}
	for _, ln := range files["boundaries.txt"] {
		l.boundaries[fold1(ln)] = true
	}
	for _, ln := range files["outlets.txt"] {
		l.addNamed(ln, KindOutlet)
	}
	for _, ln := range files["orgs.txt"] {
		l.addNamed(ln, KindOrg)
	}
	for _, ln := range files["places.txt"] {
		l.addPlace(ln)
	}
	for _, ln := range files["people.txt"] {
		l.addPerson(ln)
	}
	for k, v := range l.names {
		sortEntries(v)
		l.names[k] = v
	}
	l.indexStarts()
	return l, nil
}

// indexStarts rebuilds starts.
func (l *Lexicon) indexStarts() {
	l.starts, l.startsFilter = map[string]bool{}, new(wordset.Filter)
	for w := range l.names {
		l.addStart(w)
	}
	for w := range l.roleFirst {
		l.addStart(w)
	}
	for w := range l.people {
		l.addStart(w)
	}
	for w := range outletWords {
		l.addStart(w)
	}
	for w := range counterWords {
		l.addStart(w)
	}
	for w := range l.speech {
		l.addStart(w)
	}
}

// dataLines returns the non-empty, non-comment lines of a data file.
func dataLines(s string) []string {
	var out []string
	for _, ln := range strings.Split(s, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		out = append(out, ln)
	}
	return out
}

// fold1 folds a phrase to space-separated folded words.
func fold1(s string) string {
	return strings.Join(foldWords(s), " ")
}

// foldWords returns the folded tokens of s.
func foldWords(s string) []string {
	toks := lang.Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// AddRole adds a role head line ("وزير", "الرئيس =title").
func (l *Lexicon) AddRole(line string) {
	h := roleHead{}
	if i := strings.Index(line, "="); i >= 0 {
		mark := strings.TrimSpace(line[i+1:])
		line = line[:i]
		h.title = mark == "title"
		h.generic = mark == "generic"
	}
	ws := foldWords(line)
	if len(ws) == 0 {
		return
	}
	h.words = len(ws)
	key := strings.Join(ws, " ")
	if old, ok := l.roles[key]; ok {
		h.title = h.title || old.title
		h.generic = h.generic || old.generic
	}
	l.roles[key] = h
	if l.roleFirst[ws[0]] < len(ws) {
		l.roleFirst[ws[0]] = len(ws)
	}
	l.complements[stripAl(ws[len(ws)-1])] = true
	if l.starts != nil {
		l.addStart(ws[0])
	}
}

// addNamed adds an outlet or organisation line: "key | name, name" or a
// bare name (its key is then derived from the name).
func (l *Lexicon) addNamed(line, kind string) {
	key, rest, ok := strings.Cut(line, "|")
	if !ok {
		rest, key = line, ""
	}
	key = strings.TrimSpace(key)
	headed := strings.HasPrefix(key, "?")
	key = strings.TrimPrefix(key, "?")
	names := splitList(rest)
	if len(names) == 0 {
		return
	}
	if key == "" {
		key = Slug(names[0])
	}
	for _, n := range names {
		l.addName(n, entry{key: key, name: names[0], kind: kind, headed: headed})
	}
}

func (l *Lexicon) addName(n string, e entry) {
	ws := foldWords(n)
	if len(ws) == 0 {
		return
	}
	e.words = ws
	if isLatin(n) && len([]rune(strings.TrimSpace(n))) <= 4 {
		e.caps = strings.TrimSpace(n)
	}
	l.names[ws[0]] = append(l.names[ws[0]], e)
}

// addPlace adds "key | names | adjective | country".
func (l *Lexicon) addPlace(line string) {
	parts := strings.Split(line, "|")
	if len(parts) == 1 {
		parts = []string{"", parts[0]}
	}
	for len(parts) < 4 {
		parts = append(parts, "")
	}
	key := strings.TrimSpace(parts[0])
	names := splitList(parts[1])
	if key == "" && len(names) > 0 {
		key = Slug(names[0])
	}
	country := strings.TrimSpace(parts[3])
	if country == "" {
		country = key
	}
	l.placeCountry[key] = country
	for _, n := range names {
		disp := names[0]
		l.addName(n, entry{key: key, name: disp, kind: KindPlace})
	}
	if adj := strings.TrimSpace(parts[2]); adj != "" {
		base := fold1(adj)
		for _, f := range adjectiveForms(base) {
			l.adjectives[f] = country
		}
	}
}

// PlaceAdjective reports whether folded word w (with its article, or
// with a clitic conjunction or preposition before it) is a nisba of a
// place in the gazetteer: سوري، المصرية، والتركية.
func (l *Lexicon) PlaceAdjective(w string) bool {
	if _, ok := l.adjectives[w]; ok {
		return true
	}
	for _, c := range []string{"و", "ف", "ب", "ل", "وال", "بال", "لل"} {
		if r, ok := strings.CutPrefix(w, c); ok && r != "" {
			if _, ok := l.adjectives[r]; ok {
				return true
			}
			if _, ok := l.adjectives["ال"+r]; ok && c != "و" && c != "ف" && c != "ب" {
				return true
			}
		}
	}
	return false
}

// adjectiveForms returns the folded forms of a nisba adjective: with and
// without the article, feminine, dual and plural.
func adjectiveForms(base string) []string {
	stems := []string{base}
	var out []string
	for _, s := range stems {
		for _, suf := range []string{"", "ه", "ين", "ون", "ان", "تين", "تان", "ات"} {
			w := s + suf
			out = append(out, w, "ال"+w)
		}
	}
	// Plural of a nation: الروس, العرب — not generated; add as names if needed.
	return out
}

// addPerson adds "full name | country".
func (l *Lexicon) addPerson(line string) {
	name, country, _ := strings.Cut(line, "|")
	name = strings.TrimSpace(name)
	ws := foldWords(name)
	if len(ws) == 0 {
		return
	}
	l.people[ws[len(ws)-1]] = name
	l.peopleCountry[name] = strings.TrimSpace(country)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func sortEntries(v []entry) {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && len(v[j].words) > len(v[j-1].words); j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return false
		}
	}
	return true
}

// stripAl drops a leading folded article ال from w (keeping at least two
// letters).
func stripAl(w string) string {
	if strings.HasPrefix(w, "ال") && len(w) > len("ال")+2 {
		return w[len("ال"):]
	}
	return w
}
