package analysis

// Event titles: what happened, in the words of the event's own claims.
//
// An event's Label (align) lists names and keywords; a reader wants a line
// that reads like a headline. EventTitles picks, for every event, its most
// central claim and cuts it down to a headline:
//
//  1. Centrality. Every claim is read as its set of content stems (stop
//     words, digits and one-letter words left out). A stem weighs by how
//     many of the event's sources use it (what several outlets say is the
//     story; what one says is a detail) and how many of its claims do,
//     times its rarity across the events of the analysis (IDF), so that
//     the words every story shares ("قال", the country of the whole
//     corpus) count little. A claim's score is the sum of its stems'
//     weights over its stem count to the power lengthNorm (0.85: between
//     a cosine with the event's centroid and a mean, so that a long
//     sentence touching every subject does not beat a headline).
//  2. Then the score is weighed by what makes a good headline: a claim
//     that another source reports too (it is in an alignment) ×1.3; an
//     article's title ×1.15 and a photo caption ×1.05 (both are written
//     to say what happened), a sub-heading ×0.5 (a topic, not a fact);
//     the lead of its article (paragraph 0–2) up to ×1.2; a claim dated
//     on the event's date ×1.1; background ("يذكر أن", "وكان") ×0.5;
//     fewer than five words ×0.4, more than forty ×0.8.
//     An article's own headline (when it is no claim of its text, as in
//     JSON exports) competes too, for an event holding at least
//     minHeadShare of the article's claims, weighed ×headlineBoost and by
//     the square root of that share. Lists (three commas or more, few
//     words between them) ×0.3; a sentence that leans on the one before
//     ("وأضاف", "وحسب", "في البداية") ×0.4.
//  3. The winner is cut to a headline: text in brackets (photo credits,
//     agency tags) and the claim's own dates ("في 15 من تشرين الأول الماضي",
//     "اليوم") are dropped (the event's date is shown beside the title),
//     leading connectives go ("وقد", "كما", the و of "ووصل"), and the text
//     is cut at the first clause boundary (a comma, colon or full stop)
//     after at least MinTitleWords words, or at MaxTitleWords words (ending
//     in "…", never on a preposition).
//
// Place: the place the most of the event's sources put something in ("في
// موسكو", "من موسكو", "إلى موسكو"), named so by at least two sources, or
// in the chosen claim. It is given apart (EventTitle.Place), and left empty when
// the title already names it.
//
// The method reads only the claims' text, kinds, paragraphs, dates and
// entity mentions, so it works on any Arabic (or English) corpus; it is
// deterministic (ties go to the earlier claim of the analysis).

import (
	"html"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// Headline lengths, in words.
const (
	MinTitleWords = 6
	MaxTitleWords = 16
)

// EventTitle is the headline of an event.
type EventTitle struct {
	// Title reads like a headline of what happened, cut from Claim.
	Title string `json:"title"`
	// Claim is the ID of the claim it was cut from; "" when it is the
	// headline of an article whose main story the event is (an article
	// title that is no claim of its text, as in JSON exports).
	Claim string `json:"title_claim,omitempty"`
	// Doc is the document the title comes from.
	Doc string `json:"title_doc"`
	// Place is where it happened, when the claims say so and the title
	// does not name it ("" otherwise).
	Place string `json:"place,omitempty"`
}

// EventTitles returns the title of every event of a, in the order of
// a.Events. Events without claims get an empty title.
func EventTitles(a *Analysis) []EventTitle {
	if a == nil || len(a.Events) == 0 {
		return nil
	}
	claims := make(map[string]*claim.Claim, len(a.Claims))
	for i := range a.Claims {
		claims[a.Claims[i].ID] = &a.Claims[i]
	}
	aligned := make(map[string]bool)
	for _, al := range a.Alignments {
		if len(al.Claims) > 1 {
			for _, id := range al.Claims {
				aligned[id] = true
			}
		}
	}
	// Stems per claim, once, on all cores; event frequency for IDF.
	evStems := make([][][]string, len(a.Events))
	analyzers := make([]*lang.Analyzer, runtime.GOMAXPROCS(0))
	forEach(len(a.Events), func(w, i int) {
		if analyzers[w] == nil {
			analyzers[w] = lang.NewAnalyzer()
		}
		an := analyzers[w]
		evStems[i] = make([][]string, len(a.Events[i].Claims))
		for k, id := range a.Events[i].Claims {
			if c := claims[id]; c != nil {
				evStems[i][k] = contentStemsWith(an, c.Text)
			}
		}
	})
	stems := make(map[string][]string)
	df := make(map[string]int)
	for i, ev := range a.Events {
		seen := make(map[string]bool)
		for k, id := range ev.Claims {
			if claims[id] == nil {
				continue
			}
			st := evStems[i][k]
			stems[id] = st
			for _, s := range st {
				if !seen[s] {
					seen[s] = true
					df[s]++
				}
			}
		}
	}
	// An article's headline may title an event that holds a good part of
	// its claims (at least minHeadShare of them, or the most of any
	// event), when the headline is not a claim of its text already.
	docs := make(map[string]*corpus.Document, len(a.Documents))
	for _, d := range a.Documents {
		docs[d.ID] = d
	}
	total := make(map[string]int)
	for i := range a.Claims {
		total[a.Claims[i].Doc]++
	}
	mainEvent := make(map[string]int)
	most := make(map[string]int)
	perEvent := make([]map[string]int, len(a.Events))
	for i, ev := range a.Events {
		per := make(map[string]int)
		for _, id := range ev.Claims {
			if c := claims[id]; c != nil {
				per[c.Doc]++
			}
		}
		perEvent[i] = per
		for doc, k := range per {
			if k > most[doc] || (k == most[doc] && i < mainEvent[doc]) {
				most[doc], mainEvent[doc] = k, i
			}
		}
	}
	heads := make([][]headline, len(a.Events))
	for i, per := range perEvent {
		for doc, k := range per {
			d := docs[doc]
			if d == nil || strings.TrimSpace(d.Title) == "" || d.TitleSpan.End > 0 || hasTitleClaim(a.Events[i], claims, doc) {
				continue
			}
			share := float64(k) / float64(max(1, total[doc]))
			if share < minHeadShare && mainEvent[doc] != i {
				continue
			}
			heads[i] = append(heads[i], headline{doc: d, share: min(1, share)})
		}
		slices.SortFunc(heads[i], func(x, y headline) int { return strings.Compare(x.doc.ID, y.doc.ID) })
	}
	n := float64(len(a.Events))
	out := make([]EventTitle, len(a.Events))
	forEach(len(a.Events), func(_, i int) {
		out[i] = eventTitle(&a.Events[i], claims, stems, df, n, aligned, heads[i])
	})
	return out
}

// forEach runs f(w, 0..n-1) on all cores, w being the worker (below
// GOMAXPROCS); f must only write its own index's results and its own
// worker's state.
func forEach(n int, f func(w, i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(w, i)
			}
		}()
	}
	wg.Wait()
}

// eventTitle picks and cuts the title of one event.
func eventTitle(ev *align.Event, claims map[string]*claim.Claim, stems map[string][]string, df map[string]int, n float64, aligned map[string]bool, heads []headline) EventTitle {
	// How many of the event's sources and claims use each stem.
	type use struct {
		srcs, claims int
		last         string // the last source counted
	}
	uses := make(map[string]*use)
	byDoc := slices.Clone(ev.Claims)
	slices.SortStableFunc(byDoc, func(x, y string) int { return strings.Compare(docOf(claims, x), docOf(claims, y)) })
	for _, id := range byDoc {
		c := claims[id]
		if c == nil {
			continue
		}
		for _, s := range stems[id] {
			u := uses[s]
			if u == nil {
				u = &use{}
				uses[s] = u
			}
			u.claims++
			if u.last != c.Doc { // claims are taken document by document
				u.srcs++
				u.last = c.Doc
			}
		}
	}
	score := func(st []string) float64 {
		sum := 0.0
		for _, s := range st {
			idf := math.Log(1 + n/float64(max(1, df[s])))
			if u := uses[s]; u != nil {
				sum += float64(u.srcs) * math.Log(1+float64(u.claims)) * idf
			}
		}
		return sum / math.Pow(float64(len(st)), lengthNorm)
	}
	best, bestScore := "", -1.0
	for _, id := range ev.Claims {
		c := claims[id]
		if c == nil {
			continue
		}
		st := stems[id]
		if len(st) == 0 {
			continue
		}
		if sc := score(st) * headlineWeight(c, ev, aligned[id]); sc > bestScore {
			best, bestScore = id, sc
		}
	}
	// Headlines of articles whose main story this is, when they are not
	// claims of their text.
	bestDoc := ""
	for _, h := range heads {
		st := contentStems(h.doc.Title)
		if len(st) < 2 {
			continue
		}
		if sc := score(st) * headlineBoost * math.Sqrt(h.share); sc > bestScore {
			bestDoc, bestScore = h.doc.ID, sc
		}
	}
	c := claims[best]
	var t EventTitle
	switch {
	case bestDoc != "":
		for _, h := range heads {
			if h.doc.ID == bestDoc {
				t = EventTitle{Title: cutWords(tidy(dropBrackets(html.UnescapeString(h.doc.Title)))), Doc: h.doc.ID}
			}
		}
	case c != nil:
		t = EventTitle{Title: Headline(c), Claim: c.ID, Doc: c.Doc}
	default:
		return EventTitle{}
	}
	if p := eventPlace(ev, claims, c); p != "" && !strings.Contains(lang.Normalize(t.Title), lang.Normalize(p)) {
		t.Place = p
	}
	return t
}

// hasTitleClaim reports whether the event holds the title claim of doc.
func hasTitleClaim(ev align.Event, claims map[string]*claim.Claim, doc string) bool {
	for _, id := range ev.Claims {
		if c := claims[id]; c != nil && c.Doc == doc && c.Kind == claim.KindTitle {
			return true
		}
	}
	return false
}

// headlineWeight weighs a claim's centrality by how well it can serve as
// a headline (step 2 at the top of the file).
func headlineWeight(c *claim.Claim, ev *align.Event, aligned bool) float64 {
	w := 1.0
	if aligned {
		w *= 1.3
	}
	switch c.Kind {
	case claim.KindTitle:
		w *= 1.15
	case claim.KindCaption:
		w *= 1.05
	case claim.KindHeading:
		w *= 0.5
	}
	if c.Para <= 2 {
		w *= 1.2 - 0.05*float64(c.Para)
	}
	if c.EventDate != "" && ev.Date != "" && (c.EventDate == ev.Date || strings.Contains(ev.Date, c.EventDate)) {
		w *= 1.1
	}
	if background(c.Text) {
		w *= 0.5
	}
	if fragment(c.Text) {
		w *= 0.4
	}
	if list(c.Text) {
		w *= 0.3
	}
	if (c.Para > 0 || c.Start > 300) && continues(c.Text) {
		w *= 0.75
	}
	switch words := wordCount(c.Text); {
	case words < 5:
		w *= 0.4
	case words > 40:
		w *= 0.8
	}
	return w
}

// backgroundOpeners start sentences that tell what came before, not what
// happened.
var backgroundOpeners = []string{"يذكر أن", "يُذكر أن", "يذكر ان", "وكان ", "وكانت ", "يشار إلى", "يُشار إلى", "وسبق", "سبق أن", "سبق و"}

func background(s string) bool {
	s = strings.TrimSpace(s)
	for _, p := range backgroundOpeners {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fragmentOpeners start a sentence that leans on the one before it: a
// speaker named earlier ("وأضاف"), a source in passing ("وحسب"), a list.
var fragmentOpeners = []string{"أضاف", "وأضاف", "تابع", "وتابع", "وأشار", "وأوضح", "وأكد", "ولفت", "وبين", "وبيّن", "واختتم", "وختم",
	"وحسب", "حسب", "بحسب", "وبحسب", "وفق", "وفقا", "وفقاً", "ووفقا", "ووفقاً", "نقلا", "نقلاً", "من ", "في البداية", "مضيفا", "مضيفاً", "مشيرا", "مشيراً", "مؤكدا", "مؤكداً", "على نفس الصعيد", "في السياق", "وفي السياق", "ولكن", "لكن", "وهم", "منها", "ومنها", "*", "-", "•"}

// fragment reports whether a claim cannot stand alone as a headline: it
// leans on the sentence before it, or ends in a colon (a lead-in to a
// quote or a list).
func fragment(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ":") {
		return true
	}
	first, _, _ := strings.Cut(s, " ")
	for _, p := range fragmentOpeners {
		if strings.Contains(p, " ") || !unicode.IsLetter([]rune(p)[0]) {
			if strings.HasPrefix(s, p) {
				return true
			}
			continue
		}
		if strings.TrimRight(first, ":،,") == p {
			return true
		}
	}
	return false
}

// continues reports whether a sentence opens with the conjunction و on a
// verb or particle ("وضم", "وستقوم", "وكان"): past an article's lead such
// a sentence carries the story on rather than telling it.
func continues(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	tail, ok := strings.CutPrefix(first, "و")
	if !ok || utf8.RuneCountInString(tail) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tail)
	// A noun with the article (والرئيس) or a name (وزير) is no verb.
	return !strings.HasPrefix(tail, "ال") && strings.ContainsRune("أإاتيسنقلفكبو", r) && !strings.HasPrefix(first, "وزير") && !strings.HasPrefix(first, "وكالة")
}

// list reports whether a text is a list (of names, of items): at least
// three commas, with at most three words between them on average.
func list(s string) bool {
	commas := strings.Count(s, "،") + strings.Count(s, ",")
	return commas >= 3 && wordCount(s) <= 3*(commas+1)
}

// contentStems returns the distinct content stems of a text.
func contentStems(text string) []string {
	return stemsOf(lang.Tokenize(text))
}

// contentStemsWith is contentStems with a caller's analyzer (one per
// goroutine, for many texts: its stem cache serves them all).
func contentStemsWith(an *lang.Analyzer, text string) []string {
	return stemsOf(an.Tokenize(text, nil))
}

// stemsOf returns the distinct content stems of tokens.
func stemsOf(toks []lang.Token) []string {
	var out []string
	seen := make(map[string]bool)
	for _, t := range toks {
		if t.Stop || t.Kind != lang.Word || utf8.RuneCountInString(t.Stem) < 2 {
			continue
		}
		if !seen[t.Stem] {
			seen[t.Stem] = true
			out = append(out, t.Stem)
		}
	}
	return out
}

// leadConnectives are dropped from the start of a headline.
var leadConnectives = []string{"وقد ", "وقال ", "كما ", "فيما ", "بينما ", "في حين ", "إلى ذلك، ", "الى ذلك، ", "من جهته، ", "من جهتها، ", "من جانبه، ", "من جانبها، ", "وبحسب ", "بدوره، ", "بدورها، ",
	"على نفس الصعيد، ", "وعلى نفس الصعيد، ", "على صعيد آخر، ", "وعلى صعيد آخر، ", "في سياق متصل، ", "وفي سياق متصل، ", "في البداية ", "من ناحية أخرى، ", "من جهة أخرى، ", "ولكن ", "لكن "}

// Headline cuts a claim down to a headline (step 3 at the top of the file).
func Headline(c *claim.Claim) string {
	s := c.Text
	// The claim's own dates go: the event's date is shown beside the title.
	var cuts [][2]int
	for _, d := range c.Dates {
		if !d.IsDate() || d.Start < c.Start || d.End > c.End {
			continue
		}
		s0, e0 := d.Start-c.Start, d.End-c.Start
		// With the preposition or weekday word that introduces it.
		pre := strings.TrimRight(s[:s0], " ")
		for _, w := range []string{"في", "وفي", "يوم", "بتاريخ", "مساء", "صباح", "ظهر"} {
			if strings.HasSuffix(pre, " "+w) || pre == w {
				s0 = len(pre) - len(w)
				break
			}
		}
		cuts = append(cuts, [2]int{s0, e0})
	}
	// Commas around a name in apposition go ("الرئيس الروسي، فلاديمير
	// بوتين، استقبل" reads as a headline without them).
	for _, e := range c.Entities {
		if e.Kind != entity.KindPerson || e.Start < c.Start || e.End > c.End {
			continue
		}
		s0, e0 := e.Start-c.Start, e.End-c.Start
		inner := false
		for k := strings.Index(s[s0:e0], "،"); k >= 0; {
			cuts = append(cuts, [2]int{s0 + k, s0 + k + len("،")})
			inner = true
			next := strings.Index(s[s0+k+len("،"):e0], "،")
			if next < 0 {
				break
			}
			k += len("،") + next
		}
		if inner && strings.HasPrefix(s[e0:], "،") {
			cuts = append(cuts, [2]int{e0, e0 + len("،")})
		}
		before, after := strings.TrimRight(s[:s0], " "), s[e0:]
		for _, comma := range []string{"،", ","} {
			if strings.HasSuffix(before, comma) && strings.HasPrefix(after, comma) {
				cuts = append(cuts, [2]int{len(before) - len(comma), len(before)}, [2]int{e0, e0 + len(comma)})
			}
		}
	}
	if len(cuts) > 0 {
		var b strings.Builder
		pos := 0
		for _, k := range sortCuts(cuts) {
			if k[0] < pos {
				k[0] = pos
			}
			if k[1] <= k[0] {
				continue
			}
			b.WriteString(s[pos:k[0]])
			pos = k[1]
		}
		b.WriteString(s[pos:])
		s = b.String()
	}
	s = dropBrackets(s)
	s = tidy(strings.TrimLeft(s, "*•-– "))
	for changed := true; changed; {
		changed = false
		for _, p := range leadConnectives {
			if strings.HasPrefix(s, p) && len(s) > len(p)+10 {
				s, changed = strings.TrimSpace(s[len(p):]), true
				if p == "وقال " {
					s = "قال " + s
				}
			}
		}
	}
	s = dropLeadingWaw(s)
	return cutWords(s)
}

// sortCuts orders byte ranges by start.
func sortCuts(cs [][2]int) [][2]int {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j][0] < cs[j-1][0]; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	return cs
}

// dropBrackets removes text in (), [] and {} (credits, agency tags).
func dropBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			depth++
			continue
		case ')', ']', '}':
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tidy folds white space and the punctuation left by removed pieces: ", ,"
// and a comma before a full stop or at either end.
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, r := range [][2]string{{" ،", "،"}, {" ,", ","}, {"،،", "،"}, {",,", ","}, {"، ،", "،"}, {"،.", "."}, {" .", "."}, {" :", ":"}} {
		for strings.Contains(s, r[0]) {
			s = strings.ReplaceAll(s, r[0], r[1])
		}
	}
	return strings.Trim(s, " ،,؛;:-–—")
}

// dropLeadingWaw removes the conjunction و from a first word that is a
// verb or preposition after it (ووصل, وأكد, والتقى, وفي); a word that
// merely starts with و (وزير, وصل) keeps it.
func dropLeadingWaw(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	if rest == "" || !strings.HasPrefix(first, "و") {
		return s
	}
	tail := strings.TrimPrefix(first, "و")
	r, _ := utf8.DecodeRuneInString(tail)
	switch {
	case tail == "في" || tail == "من" || tail == "على" || tail == "خلال" || tail == "بعد":
	case utf8.RuneCountInString(tail) >= 3 && strings.ContainsRune("وأإآا", r):
	default:
		return s
	}
	return tail + " " + rest
}

// weakEnds are words a headline must not end on.
var weakEnds = map[string]bool{
	"في": true, "من": true, "إلى": true, "الى": true, "على": true, "عن": true, "مع": true, "و": true,
	"أن": true, "ان": true, "إن": true, "التي": true, "الذي": true, "الذين": true, "بين": true, "منذ": true,
	"بعد": true, "قبل": true, "خلال": true, "حول": true, "لدى": true, "عند": true, "أو": true, "ثم": true,
	"لا": true, "لم": true, "لن": true, "قد": true, "كان": true, "كانت": true, "ما": true, "حيث": true,
	"هم": true, "وهم": true, "هي": true, "وهي": true, "هما": true, "وهما": true, "منها": true, "ومنها": true,
	"التالي": true, "كالتالي": true, "يلي": true, "كما": true, "يلي:": true,
	"the": true, "of": true, "in": true, "to": true, "and": true, "a": true, "on": true, "for": true,
}

// clauseOpeners start a new clause after a comma: the text before such a
// comma is a whole statement. A comma before anything else may sit inside
// a noun phrase ("الرئيس الروسي، فلاديمير بوتين، استقبل").
var clauseOpeners = []string{"مشيرا", "مشيراً", "مشيرةً", "مشيرة", "مؤكدا", "مؤكداً", "مؤكدة", "لافتا", "لافتاً", "لافتة",
	"معتبرا", "معتبراً", "مضيفا", "مضيفاً", "مضيفة", "موضحا", "موضحاً", "موضحة", "منوها", "منوهاً", "داعيا", "داعياً",
	"حيث", "فيما", "بينما", "وذلك", "الذي", "التي", "الذين", "كما", "لكن", "إلا", "غير", "وسط", "مما", "ما", "فيما",
	"وقال", "وأضاف", "وأكد", "وأشار", "ولفت", "وأوضح", "وتابع", "وشدد", "وبين", "وبيّن", "واعتبر", "وأعرب", "وكان", "وكانت",
	"بحسب", "وفق", "وفقا", "وفقاً", "حسب", "نقلا", "نقلاً", "which", "who", "while", "saying", "adding", "according"}

// cutWords cuts s at the first clause boundary after MinTitleWords words
// (a full stop, colon or semicolon, or a comma before a clause opener),
// or at MaxTitleWords words.
func cutWords(s string) string {
	words := strings.Fields(s)
	if len(words) <= MinTitleWords {
		return strings.TrimRight(s, " ،,؛;:.")
	}
	for i, w := range words {
		if i+1 >= MinTitleWords && i+1 <= MaxTitleWords && i+1 < len(words) && endsClause(w, words[i+1]) {
			cut := words[:i+1]
			for len(cut) > MinTitleWords-2 && weakEnds[strings.Trim(cut[len(cut)-1], "،,؛;:.")] {
				cut = cut[:len(cut)-1]
			}
			return strings.TrimRight(strings.Join(cut, " "), "،,؛;:.")
		}
	}
	if len(words) <= MaxTitleWords {
		return strings.TrimRight(s, " ،,؛;:.")
	}
	// No clause opener: the last comma in reach, else MaxTitleWords words.
	for i := MaxTitleWords - 1; i+1 >= MinTitleWords; i-- {
		if r, _ := utf8.DecodeLastRuneInString(words[i]); (r == '،' || r == ',') && !strings.ContainsAny(words[i], "“«\"") {
			return strings.TrimRight(strings.Join(words[:i+1], " "), "،,")
		}
	}
	cut := words[:MaxTitleWords]
	for len(cut) > MinTitleWords && weakEnds[strings.Trim(cut[len(cut)-1], "،,؛;:.")] {
		cut = cut[:len(cut)-1]
	}
	return strings.TrimRight(strings.Join(cut, " "), " ،,؛;:.") + "…"
}

// endsClause reports whether word w ends a clause before word next,
// outside an open quotation.
func endsClause(w, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	if strings.ContainsAny(w, "“«\"") {
		return false
	}
	switch {
	case strings.ContainsRune("؛;:.", r):
		return true
	case r == '،' || r == ',':
		return openers[lang.Normalize(next)]
	}
	return false
}

// openers are clauseOpeners in matching form (tanween and alef forms
// folded: مشيرًا = مشيراً).
var openers = func() map[string]bool {
	m := make(map[string]bool, len(clauseOpeners))
	for _, o := range clauseOpeners {
		m[lang.Normalize(o)] = true
	}
	return m
}()

// locatives introduce where something happened.
var locatives = []string{"في", "من", "إلى", "الى", "ب"}

// eventPlace is the place the event's claims most often put something in
// (see the top of the file).
func eventPlace(ev *align.Event, claims map[string]*claim.Claim, chosen *claim.Claim) string {
	docs := make(map[string]map[string]bool)
	name := make(map[string]string)
	var order []string
	inChosen := make(map[string]bool)
	for _, id := range ev.Claims {
		c := claims[id]
		if c == nil {
			continue
		}
		for _, e := range c.Entities {
			if e.Kind != entity.KindPlace || e.Start < c.Start || e.End > c.End {
				continue
			}
			before := strings.TrimRightFunc(c.Text[:e.Start-c.Start], unicode.IsSpace)
			if !locative(before) {
				continue
			}
			k := lang.Normalize(e.Text)
			if _, ok := docs[k]; !ok {
				order = append(order, k)
				name[k] = e.Text
				docs[k] = make(map[string]bool)
			}
			docs[k][c.Doc] = true
			if c == chosen {
				inChosen[k] = true
			}
		}
	}
	best := ""
	for _, k := range order {
		if len(docs[k]) < 2 && !inChosen[k] {
			continue
		}
		if best == "" || len(docs[k]) > len(docs[best]) {
			best = k
		}
	}
	if best == "" {
		return ""
	}
	return name[best]
}

// locative reports whether text ends in a preposition of place (the word
// before a place mention), or the place mention carries it ("بموسكو" is
// tokenised apart from its ب only when the entity starts after it).
func locative(before string) bool {
	i := strings.LastIndexFunc(before, unicode.IsSpace)
	last := before[i+1:]
	for _, l := range locatives {
		if last == l || last == "و"+l {
			return true
		}
	}
	// "العاصمة الروسية موسكو" after في: look one or two words further back.
	words := strings.Fields(before)
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		for _, l := range locatives[:4] {
			if words[k] == l || words[k] == "و"+l {
				return k >= len(words)-3 && strings.HasPrefix(words[len(words)-1], "ال")
			}
		}
	}
	return false
}

// headline is an article's headline that may title an event: share is
// the part of the article's claims the event holds.
type headline struct {
	doc   *corpus.Document
	share float64
}

// minHeadShare is the part of an article's claims an event must hold for
// the article's headline to title it (unless it is the article's main
// event).
const minHeadShare = 0.3

// headlineBoost weighs an article's headline against its event's claims:
// it was written to say what happened, in few words, so its sum of stem
// weights (a short text) is raised to compete with a lead sentence's.
const headlineBoost = 2.6

// wordCount counts the words of s (runs of non-space).
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func docOf(claims map[string]*claim.Claim, id string) string {
	if c := claims[id]; c != nil {
		return c.Doc
	}
	return ""
}

// lengthNorm is the power of a text's stem count its summed stem weights
// are divided by: 0.5 would be a cosine with the centroid, which favours
// long sentences that touch every subject of the event; closer to 1 it
// is the mean weight of a stem, which favours texts made only of the
// event's shared words, as a headline is.
var lengthNorm = 0.85 // a var for tuning runs
