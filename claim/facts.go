package claim

// Facts on claims: who and what each claim names, who says it, when it
// happened.
//
// Annotate reads one document at a time. Entities are found once over the
// whole article (claim/entity), so a surname or a role later in the text is
// linked to the person introduced earlier; attribution (claim/attrib) runs
// over the claims in order, carrying a speaker into claims whose subject is
// dropped. Dates (claim/dates) are found once over the article and resolved
// against its publication date; numbers (claim/numbers) and hedging and
// negation cues (claim/modality) are read per claim.
//
// A claim's event date is the date of the happening it reports, which is
// often none of the dates it mentions:
//
//  1. its first date with role "on" ("أجرى، يوم أمس، محادثات" → the day
//     before the article);
//  2. "حينها"/"آنذاك"/"وقتها"/"في حينه" (then): the event date of the claim
//     before; "في وقت سابق" (earlier): the latest event date before the
//     article's main one, named earlier in the article;
//     A claim opening with a joined speech verb ("ولفت الشيباني إلى…",
//     "مضيفاً") with no dates goes on with the statement before it: its
//     event date, even across a paragraph break;
//  3. background ("وكان/وكانت …", "يُذكر أن", "تجدر الإشارة", "سبق أن")
//     with no date of its own, or history told with a wide date (a
//     decade, a century, a span of years: "تمتد إلى سبعينيات القرن
//     الماضي"): none ("");
//  4. a claim whose dates are all since/until/background states something
//     that holds now ("تأتي هذه التطورات … منذ كانون الأول الماضي"); a
//     claim announcing a planned date ("المزمع عقدها في 15 من تشرين الأول
//     المقبل") is an announcement made now: both get the article's main
//     date, and keep their dates as mentions;
//  5. otherwise the date of the paragraph (the last claim before it in the
//     paragraph that had one), then of the headed section, then the
//     article's main date: its publication date, or, when that is coarser
//     than a day ("2025-12"), the first day-precise "on" date inside it.
//
// When the document has no publication date, analysis infers one
// (dates.InferPublished) before Annotate runs. When none can be inferred
// but the retrieval date is known (SaudiNewsNet's date_extracted), the
// main date is the range of the two days before retrieval up to it: a
// crawled copy reports on recent days, and events across outlets can still
// form. The article's published date stays empty.

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/claimdiff/claimdiff/claim/attrib"
	"github.com/claimdiff/claimdiff/claim/dates"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/claim/numbers"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/internal/wordset"
	"github.com/claimdiff/claimdiff/lang"
)

// Lexicon is every word list Annotate uses: the built-in ones and what a
// user added (config [lexicon]). Build one with NewLexicon and share it; it
// is safe for concurrent use.
type Lexicon struct {
	entities *entity.Lexicon
	attrib   *attrib.Lexicon
	hedges   [][]string // extra hedge phrases, folded words
}

// LexiconExtra lists user additions, one entry per string, in the formats
// of the data files (claim/entity/data, claim/attrib/data).
type LexiconExtra struct {
	Roles       []string
	SpeechVerbs []string
	Outlets     []string
	Places      []string
	Anonymous   []string
	Hedges      []string
}

// NewLexicon builds a Lexicon from the built-in lists and extra.
func NewLexicon(extra LexiconExtra) (*Lexicon, error) {
	el, err := entity.With(entity.Extra{Roles: extra.Roles, Outlets: extra.Outlets, Places: extra.Places})
	if err != nil {
		return nil, err
	}
	al, err := attrib.With(attrib.Extra{SpeechVerbs: extra.SpeechVerbs, Anonymous: extra.Anonymous})
	if err != nil {
		return nil, err
	}
	el.AddSpeechVerbs(al.VerbForms())
	l := &Lexicon{entities: el, attrib: al}
	for _, h := range extra.Hedges {
		if ws := strings.Fields(lang.Normalize(h)); len(ws) > 0 {
			l.hedges = append(l.hedges, ws)
		}
	}
	return l, nil
}

var (
	defLexOnce sync.Once
	defLex     *Lexicon
	defLexErr  error
)

// DefaultLexicon returns the built-in lists.
func DefaultLexicon() (*Lexicon, error) {
	defLexOnce.Do(func() { defLex, defLexErr = NewLexicon(LexiconExtra{}) })
	return defLex, defLexErr
}

// Annotate fills the facts of a document's claims (in text order, as Split
// returns them): entities, speaker and cited sources, quotes, dates,
// numbers, hedging and negation, and the event date. A nil lex means the
// built-in lists.
func Annotate(d *corpus.Document, claims []Claim, lex *Lexicon) {
	if len(claims) == 0 {
		return
	}
	AnnotateWith(d, claims, lex, dates.Find(d.Text))
}

// AnnotateWith is Annotate with the date mentions dates.Find returned for
// d.Text, which it resolves in place: a caller that read them already (to
// infer the publication date) spares a second scan of the text.
func AnnotateWith(d *corpus.Document, claims []Claim, lex *Lexicon, found []dates.Mention) {
	if len(claims) == 0 {
		return
	}
	if lex == nil {
		var err error
		if lex, err = DefaultLexicon(); err != nil {
			return // the embedded lists are checked by tests
		}
	}
	text := d.Text
	tp := tokenArrays.Get().(*[]lang.Token)
	toks, spans := claimTokens(text, claims, tp)
	defer func() {
		clear(*tp) // the pooled array keeps no text alive
		*tp = (*tp)[:0]
		tokenArrays.Put(tp)
	}()
	mp := mentionArrays.Get().(*[]entity.Mention)
	ments := entity.FindInto(*mp, text, toks, lex.entities)
	defer func() {
		clear(ments) // the pooled array keeps no text alive
		*mp = ments[:0]
		mentionArrays.Put(mp)
	}()
	units := make([]attrib.Unit, len(claims))
	for i := range claims {
		c := &claims[i]
		units[i] = attrib.Unit{Start: c.Start, End: c.End, Para: c.Para,
			Heading: c.Kind != KindSentence, Toks: toks[spans[i][0]:spans[i][1]]}
	}
	res := attrib.Attribute(text, units, ments, lex.attrib)
	// Hedging and negation cues, found once over the article.
	cues := modality.FindTokens(text, toks)
	ci := 0
	mi := 0
	for i := range claims {
		c := &claims[i]
		r := res[i]
		for mi < len(ments) && ments[mi].Start < c.Start {
			mi++
		}
		// The claim's entities, in an array of their number.
		n := 0
		for j := mi; j < len(ments) && ments[j].Start < c.End; j++ {
			if ments[j].End <= c.End {
				n++
			}
		}
		if cap(c.Entities) < n {
			c.Entities = make([]EntityRef, 0, n)
		}
		c.Entities = c.Entities[:0]
		for j := mi; j < len(ments) && ments[j].Start < c.End; j++ {
			m := &ments[j]
			if m.End > c.End {
				continue
			}
			c.Entities = append(c.Entities, EntityRef{Start: m.Start, End: m.End, Text: m.Text, ID: m.ID,
				Kind: m.Kind, Role: m.Role, Name: m.Name, RoleKey: m.RoleKey()})
		}
		c.Speaker, c.SpeakerText, c.Anonymous, c.SecondHand = r.Speaker, r.SpeakerText, r.Anonymous, r.SecondHand
		c.Cited = c.Cited[:0]
		for _, s := range r.Cited {
			c.Cited = append(c.Cited, s.Name)
		}
		c.Quotes = c.Quotes[:0]
		for _, q := range r.Quotes {
			c.Quotes = append(c.Quotes, Quote{Start: q.Start, End: q.End, Speaker: r.Speaker})
		}
		c.Hedged, c.Negated = false, false
		for ci < len(cues) && cues[ci].Start < c.Start {
			ci++
		}
		for j := ci; j < len(cues) && cues[j].Start < c.End; j++ {
			if cues[j].End <= c.End {
				c.Hedged = c.Hedged || cues[j].Kind == modality.Hedge
				c.Negated = c.Negated || cues[j].Kind == modality.Negation
			}
		}
		c.Hedged = c.Hedged || lex.hedged(toks[spans[i][0]:spans[i][1]])
		c.Numbers = c.Numbers[:0]
		if !mayHaveNumber(toks[spans[i][0]:spans[i][1]]) {
			continue
		}
		for _, n := range numbers.FindTokens(text, toks[spans[i][0]:spans[i][1]]) {
			if n.Start < c.Start || n.End > c.End {
				continue
			}
			c.Numbers = append(c.Numbers, Number{Start: n.Start, End: n.End, Text: n.Text,
				Value: n.Value, Approx: n.Approx, Unit: n.Unit})
		}
	}
	annotateDates(d, claims, found)
	for i := range claims {
		nilToEmpty(&claims[i])
	}
}

// tokenArrays holds arrays for AnnotateWith's copies of a document's
// claims' tokens (claimTokens), one per document being annotated at a
// time: a new array a document was 15 MB of BenchmarkClaimsCorpus's
// allocations on SNN 5k.
var tokenArrays = sync.Pool{New: func() any { return new([]lang.Token) }}

// mentionArrays holds arrays for AnnotateWith's entity mentions
// (entity.FindInto), one per document being annotated at a time.
var mentionArrays = sync.Pool{New: func() any { return new([]entity.Mention) }}

// claimTokens returns all the tokens of claims, in order, in one slice
// (read only), and each claim's range in it. Split's claims are slices of
// one array of the article's tokens: when they follow each other in it
// with nothing between, that array serves as it is; otherwise (a dropped
// one-word line, boilerplate, tokens made again) they are copied into a new
// one.
//
// A copy is made in *scratch's array, which is left holding it.
func claimTokens(text string, claims []Claim, scratch *[]lang.Token) ([]lang.Token, [][2]int) {
	spans := make([][2]int, len(claims))
	n := 0
	joined := true
	var first, end unsafe.Pointer // the first token, and just past the last so far
	for i := range claims {
		ct := claims[i].Tokens
		if ct == nil && claims[i].End <= len(text) && claims[i].Start < claims[i].End {
			joined = false // made below
		}
		spans[i] = [2]int{n, n + len(ct)}
		n += len(ct)
		if len(ct) == 0 || !joined {
			continue
		}
		p := unsafe.Pointer(unsafe.SliceData(ct))
		switch {
		case first == nil:
			first = p
		case p != end:
			joined = false
		}
		end = unsafe.Add(p, uintptr(len(ct))*unsafe.Sizeof(ct[0]))
	}
	if joined {
		if first == nil {
			return nil, spans
		}
		return unsafe.Slice((*lang.Token)(first), n), spans
	}
	toks := slices.Grow((*scratch)[:0], n)
	defer func() { *scratch = toks }()
	for i := range claims {
		c := &claims[i]
		ct := c.Tokens
		if ct == nil && c.End <= len(text) {
			ct = lang.TokenizeAt(text[c.Start:c.End], c.Start)
		}
		spans[i] = [2]int{len(toks), len(toks) + len(ct)}
		toks = append(toks, ct...)
	}
	return toks, spans
}

// numberRoots are the folded beginnings of number words (claim/numbers
// reads them); a claim with no digits and no word starting with one of
// them, after its clitics, has no numbers, and numbers.Find is skipped.
var numberRoots = []string{"واحد", "اثن", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر",
	"احد", "مئ", "مائ", "ميه", "ميت", "الف", "الاف", "الوف", "مليون", "ملايين", "مليار", "بليون", "بلايين",
	"تريليون", "نصف", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirt", "fift", "twent", "fort", "sixt", "sevent", "eight", "ninet", "hundred",
	"thousand", "million", "billion", "trillion", "dozen", "tens"}

// rootIndex maps the first two letters (bytes, for Latin) of each number
// root to the roots; rootFilter holds its keys (see package wordset).
var rootIndex = func() map[string][]string {
	m := map[string][]string{}
	for _, r := range numberRoots {
		k := rootKey(r)
		m[k] = append(m[k], r)
	}
	return m
}()

var rootFilter = wordset.Of(rootIndex)

// rootKey is the first two runes of w.
func rootKey(w string) string {
	n := 0
	for i := range w {
		if n == 2 {
			return w[:i]
		}
		n++
	}
	return w
}

// mayHaveNumber reports whether toks may hold a number expression.
func mayHaveNumber(toks []lang.Token) bool {
	for _, t := range toks {
		if t.Kind == lang.Number {
			return true
		}
		w := t.Norm
		for k := 0; k < 3 && len(w) > 1; k++ {
			if key := rootKey(w); rootFilter.MayHave(key) {
				for _, r := range rootIndex[key] {
					if strings.HasPrefix(w, r) {
						return true
					}
				}
			}
			// Take off one clitic letter (و ف ب ل ك) or the article.
			switch {
			case strings.HasPrefix(w, "ال"):
				w = w[len("ال"):]
			case strings.HasPrefix(w, "و"), strings.HasPrefix(w, "ف"), strings.HasPrefix(w, "ب"), strings.HasPrefix(w, "ل"), strings.HasPrefix(w, "ك"):
				w = w[2:]
			default:
				k = 3
			}
		}
	}
	return false
}

// hedged reports whether toks hold one of the user's hedge phrases.
func (l *Lexicon) hedged(toks []lang.Token) bool {
	for _, h := range l.hedges {
		for i := 0; i+len(h) <= len(toks); i++ {
			ok := true
			for j, w := range h {
				if toks[i+j].Norm != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func nilToEmpty(c *Claim) {
	if c.Cited == nil {
		c.Cited = []string{}
	}
	if c.Dates == nil {
		c.Dates = []Date{}
	}
	if c.Numbers == nil {
		c.Numbers = []Number{}
	}
	if c.Entities == nil {
		c.Entities = []EntityRef{}
	}
	if c.Quotes == nil {
		c.Quotes = []Quote{}
	}
}

// Cue words for event dates, folded.
var (
	thenCues       = [][]string{{"حينها"}, {"انذاك"}, {"وقتها"}, {"حينه"}, {"يومها"}, {"حينذاك"}, {"at", "the", "time"}}
	earlierCues    = [][]string{{"في", "وقت", "سابق"}, {"earlier"}}
	backgroundCues = [][]string{{"وكان"}, {"وكانت"}, {"كان"}, {"كانت"}, {"يذكر", "ان"}, {"يشار", "الي"}, {"تجدر", "الاشاره"}, {"وتجدر", "الاشاره"}, {"سبق", "ان"}, {"وسبق"}, {"ويذكر", "ان"}, {"ويشار", "الي"}}
)

// cueSet indexes cue phrases by their first word; filter holds the
// first words, so that most words are turned away without a map lookup.
type cueSet struct {
	first  map[string][][]string
	filter *wordset.Filter
}

func indexCues(cues [][]string) cueSet {
	m := map[string][][]string{}
	for _, c := range cues {
		m[c[0]] = append(m[c[0]], c)
	}
	return cueSet{m, wordset.Of(m)}
}

// startingWith returns the cue phrases whose first word is w.
func (cs cueSet) startingWith(w string) [][]string {
	if !cs.filter.MayHave(w) {
		return nil
	}
	return cs.first[w]
}

var (
	thenIdx       = indexCues(thenCues)
	earlierIdx    = indexCues(earlierCues)
	backgroundIdx = indexCues(backgroundCues)
)

// hasCue reports whether toks hold one of cues; atStart limits the search to
// the claim's first word.
func hasCue(toks []lang.Token, cues cueSet, atStart bool) bool {
	for i := range toks {
		if atStart && i > 0 {
			break
		}
		w := toks[i].Norm
		list := cues.startingWith(w)
		if list == nil && len(w) > 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
			list = cues.startingWith(w[2:]) // "وحينها", "فآنذاك"
		}
		for _, c := range list {
			if i+len(c) > len(toks) {
				continue
			}
			ok := true
			for j, w := range c[1:] {
				if toks[i+1+j].Norm != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// annotateDates fills Dates and EventDate (see the rules at the top of
// this file) from ms, the date mentions of d.Text (dates.Find), which it
// resolves against the publication date.
func annotateDates(d *corpus.Document, claims []Claim, ms []dates.Mention) {
	ref, err := dates.ParseRef(d.Published)
	if err != nil {
		ref = dates.Ref{}
	}
	dates.Resolve(ms, ref)
	mi := 0
	for i := range claims {
		c := &claims[i]
		c.Dates = c.Dates[:0]
		for mi < len(ms) && ms[mi].Start < c.Start {
			mi++
		}
		for j := mi; j < len(ms) && ms[j].Start < c.End; j++ {
			m := &ms[j]
			if m.End <= c.End {
				c.Dates = append(c.Dates, Date{Start: m.Start, End: m.End, Text: m.Text, Value: m.Value, Role: string(m.Role),
					Kind: string(m.Kind), Amount: m.Amount, Unit: m.Unit})
			}
		}
	}
	main := ref.String()
	if main == "" {
		main = beforeRetrieval(d.Retrieved)
	}
	if main != "" && ref.Day == 0 && ref.String() != "" {
		// The article's main story: its first day-precise "on" date inside
		// the publication period.
	find:
		for i := range claims {
			for _, dt := range claims[i].Dates {
				if dt.Role == string(dates.RoleOn) && len(dt.Value) == 10 && strings.HasPrefix(dt.Value, main) {
					main = dt.Value
					break find
				}
			}
		}
	}
	paraDate, sectDate := "", ""
	para, sect := -1, -1
	prev := ""
	var history []string // event dates so far, in order
	var owned []bool     // whether each claim's event date is a date it names
	for i := range claims {
		c := &claims[i]
		if c.Para != para {
			para, paraDate = c.Para, ""
		}
		if c.Section != sect {
			sect, sectDate = c.Section, ""
		}
		toks := c.Tokens
		if toks == nil {
			toks = lang.Tokenize(c.Text)
		}
		own, back, other, planned, past := "", "", false, false, false
		for _, dt := range c.Dates {
			switch {
			case dt.Value == "":
			case wide(dt.Value) && dt.Role != string(dates.RolePlanned):
				past = true // "تمتد إلى سبعينيات القرن الماضي"
				other = true
			case dt.Role == string(dates.RoleOn) && !wide(dt.Value):
				if own == "" {
					own = dt.Value
				}
			case dt.Role == string(dates.RoleBackground) && len(dt.Value) >= 7 && !wide(dt.Value):
				if back == "" {
					back = dt.Value
				}
				other = true
			case dt.Role == string(dates.RolePlanned):
				planned = true
			default:
				other = true
			}
		}
		if own == "" && back != "" && hasCue(toks, backgroundIdx, true) {
			own = back // "يُذكر أن الشرع كان قد أجرى، في 15 تشرين الأول …"
		}
		ev := ""
		inherit := true
		switch {
		case own != "":
			ev = own
		case hasCue(toks, thenIdx, false) && prev != "":
			ev = prev
		case continuesSpeech(toks) && prev != "" && !planned && !other:
			// "ولفت الشيباني إلى…" goes on reporting the statement
			// before it, even in a new paragraph.
			ev = prev
		case hasCue(toks, earlierIdx, false):
			for j := len(history) - 1; j >= 0; j-- {
				if history[j] != "" && history[j] < main {
					ev = history[j]
					break
				}
			}
		case hasCue(toks, backgroundIdx, true) || past:
			ev, inherit = "", false
		case planned || other:
			ev, inherit = main, false
		case paraDate != "":
			ev, inherit = paraDate, false
		case sectDate != "" && c.Section > 0:
			ev, inherit = sectDate, false
		default:
			ev, inherit = main, false
		}
		c.EventDate = ev
		if inherit && ev != "" {
			paraDate = ev
			if c.Section > 0 {
				sectDate = ev
			}
		}
		if c.Kind == KindSentence {
			prev = ev
		}
		history = append(history, ev)
		owned = append(owned, own != "")
	}
	// A clause cut from the front of a sentence ("ومن موسكو وفي أول زيارة
	// رسمية…،" before "أكد الشيباني … في تموز الماضي") with no date of its
	// own shares the date of the clause it was cut from.
	for i := len(claims) - 2; i >= 0; i-- {
		c, next := &claims[i], &claims[i+1]
		if !owned[i] && owned[i+1] && !namesDate(c.Dates) && c.Para == next.Para && sameSentence(d.Text, c.End, next.Start) {
			c.EventDate = next.EventDate
		}
	}
}

// retrievalWindow is how many days before its retrieval an article of
// unknown date is taken to report on.
const retrievalWindow = 2

// beforeRetrieval returns the days an article of unknown publication date
// most likely reports on, as an ISO range: the retrievalWindow days up to
// the day it was fetched ("2015-08-04/2015-08-06" for a copy fetched on 6
// August). It is used only as the event date of claims with no date of
// their own, never as the article's published date; "" when the retrieval
// day is unknown.
func beforeRetrieval(retrieved string) string {
	t, err := time.Parse("2006-01-02", retrieved)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -retrievalWindow).Format("2006-01-02") + "/" + retrieved
}

// sameSentence reports whether the text between two claims, text[end:start],
// holds no sentence end: they are clauses of one sentence.
func sameSentence(text string, end, start int) bool {
	if end > start || start > len(text) {
		return false
	}
	return !strings.ContainsAny(text[end:start], ".!?؟\n")
}

// continuesSpeech reports whether a claim opens with a speech verb joined by
// a conjunction (وأضاف، ولفت، فأكد) or a speech participle (مشيراً): it
// goes on reporting what was being reported.
func continuesSpeech(toks []lang.Token) bool {
	if len(toks) == 0 {
		return false
	}
	w := toks[0].Norm
	if strings.HasPrefix(w, "م") {
		return IsSpeechVerb(w)
	}
	return (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && len(w) > 4 && continuationVerbs[w[2:]]
}

// continuationVerbs are the folded speech verbs that go on with a statement
// (أضاف، تابع، لفت، أشار، أوضح، شدد); "وذكرت وكالة…" or "وقال…" more often
// bring in a new source.
var continuationVerbs = map[string]bool{
	"اضاف": true, "اضافت": true, "تابع": true, "تابعت": true, "لفت": true, "لفتت": true,
	"اشار": true, "اشارت": true, "اوضح": true, "اوضحت": true, "شدد": true, "شددت": true,
}

// wide reports whether a date value spans more than a month (a decade, a
// century, a range of years): context, not when something happened.
func wide(v string) bool {
	a, b, ok := strings.Cut(v, "/")
	if !ok {
		return false
	}
	return len(a) < 7 || len(b) < 7 || a[:7] != b[:7]
}

// ResolveEntities links entities across the documents of claims (a
// surname-only person to the one full-named person with that surname, a
// role to the one person holding it), rewrites the claims' entity, speaker
// and quote IDs accordingly, and returns the corpus's entities sorted by
// ID (CONTRACT.md top-level "entities").
func ResolveEntities(claims []Claim) []entity.Entity {
	// The refs' array is made at its size: grown by doubling, its copies
	// were a third of this function's time on all of SaudiNewsNet (0.17 of
	// 0.52 s CPU in the profile; some 350k refs).
	n := 0
	for i := range claims {
		n += len(claims[i].Entities)
	}
	refs := make([]entity.Ref, 0, n)
	for i := range claims {
		for _, e := range claims[i].Entities {
			refs = append(refs, entity.Ref{ID: e.ID, Kind: e.Kind, Name: e.Name, Role: e.Role, RoleKey: e.RoleKey})
		}
	}
	ents, rename := entity.Merge(refs)
	if len(rename) > 0 {
		for i := range claims {
			c := &claims[i]
			for j := range c.Entities {
				if n, ok := rename[c.Entities[j].ID]; ok {
					c.Entities[j].ID = n
					if c.Entities[j].Kind == entity.KindRole {
						c.Entities[j].Kind = entity.KindPerson
					}
				}
			}
			if n, ok := rename[c.Speaker]; ok {
				c.Speaker = n
			}
			for j := range c.Quotes {
				if n, ok := rename[c.Quotes[j].Speaker]; ok {
					c.Quotes[j].Speaker = n
				}
			}
		}
	}
	return ents
}
