package modality

// Opposites
//
// opposites.txt (embedded) lists sets of opposite senses, one set a line:
// "ارتفع، يرتفع، ارتفاع | انخفض، ينخفض، انخفاض"; any two groups of a line
// are opposites. A line may name its kind — "ordinal:" for ranks in a
// series (الأولى / الثانية) — and a "refusal:" line lists the verbs of
// refusal and cancellation (رفض، ألغى، تراجع عن) that reverse the act after
// them. A "contrast:" line lists members of a category that exclude each
// other (الذهب | الفضة | النفط): another member is another thing, which
// diff reports as a substituted term rather than a reversal. The configuration's [lexicon] opposites adds lines in the same
// format (Oppositions.With).
//
// Each listed word is folded (lang.Normalize); a word of a text matches it
// when one of the text word's bare readings (lang/ar.Bare: the word without
// its conjunction, preposition, article, pronoun suffix or ة/ت ending) is
// the listed form, so "وبارتفاع" and "ارتفاعها" find ارتفاع. Listing each
// sense's perfect and imperfect verb, verbal noun and participle covers
// its derived forms; clitics need no listing. A phrase (تراجع عن، أطلق
// سراح) matches word by word on adjacent tokens, its later words folded
// exactly or as bare readings. Stop words match too (ضد is "against"), so
// the file leaves out the ones that mostly mean something else: قبل is
// "before" as often as "accepted", and أكثر/أقل are comparisons that
// claim/numbers reads.

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/internal/wordset"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/lang/ar"
)

//go:embed opposites.txt
var oppositesData string

// Kinds of opposition, the polarity sub-kinds diff reports.
const (
	KindOpposite = "opposite" // a change of direction or of act: rise/fall, accept/reject
	KindOrdinal  = "ordinal"  // another rank of a series: first/second
	KindRefusal  = "refusal"  // a verb of refusal or cancellation before the act
	KindContrast = "contrast" // members of a category: gold/silver, dollar/euro
)

// Sense is one group of a line of opposites: the words of one sense.
type Sense struct {
	Line  int    // index of its line among the set's lines
	Group int    // index of the group in its line
	Kind  string // KindOpposite or KindOrdinal; KindRefusal for the refusal verbs
}

// Hit is a word (or phrase) of a text that has a sense.
type Hit struct {
	Sense
	From, To int // token range [From, To)
}

// Oppositions is a set of opposite senses and refusal verbs. It is
// immutable and safe for concurrent use.
type Oppositions struct {
	// first maps the folded first word of a form to its entries.
	first map[string][]entry
	// filter holds the keys of first (see package wordset); nil lets
	// every word through.
	filter *wordset.Filter
	lines  int
}

type entry struct {
	words []string // folded words of the form
	sense Sense
}

// ParseOppositions reads lines in the format of opposites.txt (see the
// comment at its top); blank lines and lines starting with # are skipped.
func ParseOppositions(lines []string) (*Oppositions, error) {
	return (&Oppositions{first: map[string][]entry{}}).With(lines)
}

// With returns a copy of o with lines added.
func (o *Oppositions) With(lines []string) (*Oppositions, error) {
	n := &Oppositions{first: make(map[string][]entry, len(o.first)), lines: o.lines}
	var vars []entry
	addedVar := map[string]bool{}
	for k, v := range o.first {
		n.first[k] = v
	}
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind := KindOpposite
		if k, rest, ok := strings.Cut(line, ":"); ok && !strings.ContainsAny(k, "|،,") {
			switch strings.TrimSpace(k) {
			case KindOpposite, KindOrdinal, KindRefusal, KindContrast:
				kind, line = strings.TrimSpace(k), rest
			default:
				return nil, fmt.Errorf("opposites line %d: unknown kind %q (opposite, ordinal, contrast, refusal)", i+1, k)
			}
		}
		groups := strings.Split(line, "|")
		if kind == KindRefusal && len(groups) != 1 || kind != KindRefusal && len(groups) < 2 {
			return nil, fmt.Errorf("opposites line %d: %q: want \"words | words\" (refusal: one list)", i+1, line)
		}
		li := n.lines
		n.lines++
		for g, grp := range groups {
			words := splitWords(grp)
			if len(words) == 0 {
				return nil, fmt.Errorf("opposites line %d: group %d is empty", i+1, g+1)
			}
			var folded []string
			for _, w := range words {
				ws := strings.Fields(lang.Normalize(w))
				if len(ws) == 0 {
					continue
				}
				e := entry{words: ws, sense: Sense{Line: li, Group: g, Kind: kind}}
				n.first[ws[0]] = append(n.first[ws[0]], e)
				if len(ws) == 1 {
					folded = append(folded, ws[0])
				}
			}
			for _, v := range verbVariants(folded) {
				vars = append(vars, entry{words: []string{v}, sense: Sense{Line: li, Group: g, Kind: kind}})
			}
		}
	}
	// The other persons of listed verbs, added where the file does not
	// list the form itself (an explicit entry keeps its own senses).
	for _, e := range vars {
		if _, listed := n.first[e.words[0]]; listed && !addedVar[e.words[0]] {
			continue
		}
		addedVar[e.words[0]] = true
		n.first[e.words[0]] = append(n.first[e.words[0]], e)
	}
	n.filter = wordset.Of(n.first)
	return n, nil
}

// verbVariants returns, for the folded single words of one group, the
// persons of its verbs that the group does not list: the imperfect with
// the other prefix (يرتفع → ترتفع; تسجن → يسجن) and the imperfect of a
// listed perfect of the derived forms VII, VIII and X (انحدر → ينحدر،
// تنحدر; استبدل → يستبدل; اعتقل → يعتقل). A news text writes a verb in
// whichever person its subject takes. A word in ت whose ي form the group
// lists is a perfect of forms V and VI (تراجع، يتراجع), not an imperfect:
// يراجع is another verb. Nouns of the same shape (تعزيز) give no words.
func verbVariants(words []string) []string {
	listed := make(map[string]bool, len(words))
	for _, w := range words {
		listed[w] = true
	}
	var out []string
	add := func(v string) {
		if !listed[v] {
			listed[v] = true
			out = append(out, v)
		}
	}
	for _, w := range words {
		rs := []rune(w)
		if len(rs) < 4 {
			continue
		}
		rest := string(rs[1:])
		switch {
		case rs[0] == 'ي' || rs[0] == 'ت' && !listed["ي"+w]:
			add("ي" + rest)
			add("ت" + rest)
		case rs[0] == 'ا' && (rs[1] == 'ن' || rs[2] == 'ت' || len(rs) >= 5 && rs[1] == 'س' && rs[2] == 'ت'):
			add("ي" + rest)
			add("ت" + rest)
		}
	}
	return out
}

// splitWords splits a group on Arabic and Latin commas.
func splitWords(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '،' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var (
	defaultOpp = sync.OnceValues(func() (*Oppositions, error) { return ParseOppositions(strings.Split(oppositesData, "\n")) })
	currentMu  sync.RWMutex
	currentOpp *Oppositions
)

// DefaultOppositions returns the built-in set (opposites.txt). The file
// is embedded and tested (TestDefaultOppositions); were it unreadable, the
// set would be empty rather than the program stopped.
func DefaultOppositions() *Oppositions {
	o, err := defaultOpp()
	if err != nil {
		return &Oppositions{first: map[string][]entry{}}
	}
	return o
}

// Current returns the set in use: the built-in one, or what Use set.
func Current() *Oppositions {
	currentMu.RLock()
	o := currentOpp
	currentMu.RUnlock()
	if o == nil {
		return DefaultOppositions()
	}
	return o
}

// UseOppositions makes the built-in set with lines added (the
// configuration's [lexicon] opposites) the set Current returns. Call it
// once at start-up, before comparing claims.
func UseOppositions(lines []string) error {
	o, err := DefaultOppositions().With(lines)
	if err != nil {
		return err
	}
	currentMu.Lock()
	currentOpp = o
	currentMu.Unlock()
	return nil
}

// Find returns the words and phrases of toks that have a sense, in order;
// a token may have several senses (صعد rises and escalates).
func (o *Oppositions) Find(text string, toks []lang.Token) []Hit {
	return o.FindBare(text, toks, func(i int) []string { return ar.Bare(toks[i].Norm) })
}

// FindBare is Find for a caller that keeps the bare readings (ar.Bare) of
// toks' words already: bare(i) returns those of toks[i], asked only for
// words. Find looks each up in lang/ar's cache again.
func (o *Oppositions) FindBare(text string, toks []lang.Token, bare func(i int) []string) []Hit {
	var out []Hit
	for i, t := range toks {
		if t.Kind != lang.Word {
			continue
		}
		seen := 0
		for _, b := range bare(i) {
			if o.filter != nil && !o.filter.MayHave(b) {
				continue
			}
			for _, e := range o.first[b] {
				n, ok := matchWords(text, toks, i, e.words)
				if !ok {
					continue
				}
				dup := false
				for _, h := range out[len(out)-seen:] {
					if h.Sense == e.sense {
						dup = true
						break
					}
				}
				if !dup {
					out = append(out, Hit{Sense: e.sense, From: i, To: i + n})
					seen++
				}
			}
		}
	}
	return out
}

// matchWords matches the later words of a form from token i.
func matchWords(text string, toks []lang.Token, i int, words []string) (int, bool) {
	for k := 1; k < len(words); k++ {
		j := i + k
		if j >= len(toks) || !adjacent(text, toks, j-1, j) {
			return 0, false
		}
		ok := toks[j].Norm == words[k]
		if !ok {
			for _, b := range ar.Bare(toks[j].Norm) {
				if b == words[k] {
					ok = true
					break
				}
			}
		}
		if !ok {
			return 0, false
		}
	}
	return len(words), true
}

// Opposed reports whether two senses are opposites: two groups of one line
// of kind opposite or ordinal.
func Opposed(a, b Sense) bool {
	return a.Line == b.Line && a.Group != b.Group && (a.Kind == KindOpposite || a.Kind == KindOrdinal)
}

// Contrasted reports whether two senses are two members of one category
// (a contrast line): gold and silver, the dollar and the euro.
func Contrasted(a, b Sense) bool {
	return a.Line == b.Line && a.Group != b.Group && a.Kind == KindContrast
}

// Opposite reports whether the words a and b (as printed or folded) have
// opposite senses in the set in use (أكد/نفى، رفض/وافق، ارتفع/انخفض,
// الأولى/الثانية, confirm/deny, …), in either order.
func Opposite(a, b string) bool {
	o := Current()
	ha, hb := o.Find(a, lang.Tokenize(a)), o.Find(b, lang.Tokenize(b))
	for _, x := range ha {
		for _, y := range hb {
			if Opposed(x.Sense, y.Sense) {
				return true
			}
		}
	}
	return false
}
