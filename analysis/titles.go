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
//     fewer than five words ×0.4, more than forty ×0.8. A candidate of
//     an article whose claims align with few of the event's other
//     articles weighs less, down to ×0.6 for one aligned with none
//     when another is aligned with two or more (supportWeight): the
//     articles that share the most facts with the others are the
//     story's core, one that shares none tells a side story the event
//     took in (a notes page, a roundup's other item).
//     An article's own headline (when it is no claim of its text, as in
//     JSON exports; without its outlet's rubric, "المشهد:", rubrics.go)
//     competes too, for an event holding at least
//     minHeadShare of the article's claims, weighed ×headlineBoost and by
//     the square root of that share, and by its agreement with the
//     event's other headlines (×1–2: what several outlets put in their
//     headlines is the story); a short headline that names a topic
//     without an act ×0.35 when another headline of the event states one
//     (statesAct), and one that only names a subject (three words or
//     fewer, a column's "عن …") ×0.4 (namesTopic). Lists (three commas
//     or more, few words between them) ×0.3; a sentence that leans on
//     the one before ("وأضاف", "وحسب", "في البداية") ×0.4.
//     The shape of the text (shapeWeight), claims and headlines alike:
//     a question or a hook ("هل", "تخيل", "لماذا", a column's first
//     person or vocative, advice to the reader: "نصائح", "يجب أن
//     تعرفها", advises) ×0.15, an exclamation ×0.5, a text mostly inside
//     quotes of four words or more ×0.3, a numbered item or a roundup's
//     headline ("صحف الخليج: …", "موجز …") ×0.3, an opening
//     that needs the sentence before (a relative or demonstrative
//     pronoun, "إن", "أما", "فيما", "بالإضافة") ×0.35, a site's notice
//     (contact lines, links) ×0.1, a speech verb with no speaker before
//     what was said ("قال إن …") ×0.35; a claim that names a person or an
//     organisation among its first words ×1.15 (it says who acted), as an
//     article's headline does.
//  3. The winner is cut to a headline: a dateline or credit ("سبق-
//     الرياض:"), a media tag or hook before ".." ("بالصور..", "تخيلوا..")
//     and a claim's asides in brackets (a weekday, an age, a credit; other
//     brackets keep their words; braces are quote marks, written «») go,
//     and so do the claim's own dates with the words that introduce them
//     ("في 15 من تشرين الأول الماضي", "اليوم", a date set off by commas,
//     and the comma that only followed one: "أمس، تدريباته") unless that
//     would break a phrase ("في مطلع الخمسينيات", "أن العام الماضي كان");
//     the event's date is shown beside the title; a date in apposition to
//     one that goes
//     ("صباح الأحد القادم 10 شوال") goes with it. Leading connectives and
//     fillers go ("وقد", "كما", "في الوقت نفسه", "تجدر الإشارة إلى أن"),
//     a participle lead-in with its أن ("لافتاً إلى أنه، استأنفت …"), the
//     words before a speech verb a lost full stop ran on to ("تسجيل
//     الأسماء وقال …"), pointers back to a time named before ("آنذاك",
//     "حينها"), and the و of a verb ("ووصل", "وهبط"; not of وزير or
//     وافق). ".." between two sentences ends the first. The text is cut
//     at the first clause boundary (a comma before a clause opener, a
//     colon or a full stop, never inside a quotation) after at least
//     MinTitleWords words, or at the last comma in reach that is not
//     followed by what a verb says ("، أن …"), or before the last relative
//     pronoun or clause connective in reach ("الذي", "بينما"), or at
//     MaxTitleWords words (ending in "…", never on a preposition). An
//     article's headline is written to be read whole: its colon follows
//     a speaker or a topic and its ".." sets a topic off from what is
//     said of it, so it is cut only at a full stop or at ".." before و
//     (another story; told whole when two or more of the event's other
//     headlines tell the part dropped, more than the part kept:
//     echoedTail); a wire service's section label ("عام / …") and a
//     time or place set off at its end ("… للوظائف.. الأسبوع المقبل",
//     "… العسل.. بالباحة") go.
//  4. The best titleCandidates candidates are cut so, and weighed again by
//     what the cut left (cutWeight): one or two words are a topic; a
//     speech or report verb with its subject and without what was said or
//     found ("قال المتحدث باسم الوزارة في بيان") is a lead-in; a phrase of
//     place or time cut off from its clause says nothing happened; a title
//     ending on a preposition lost its end. A title cut from a claim that
//     cannot stand alone (standsAlone: cut short with "…", a lead-in
//     before a colon, a verb whose subject is a pronoun for someone named
//     before, or naming no person, role, organisation or place; a
//     subordinate clause without its main clause, "رغم …", "منذ …"; a
//     referent outside the title: a demonstrative with its noun, a
//     definite dual, a bare generic noun as subject, "كتبت المنظمتان",
//     "أوضحت الشركة أن"; a shape that leans on the text before or is a
//     site's tag line) weighs ×0.7, and when one still wins, the most
//     central headline of the event's articles (of any share, not a hook,
//     of an article the event holds two claims of or more; else the
//     headline of the claim's own article when they share two words)
//     titles the event instead; when that one tells no act (a column's
//     cry, a topic) another that does and weighs describeWeight of it
//     (exclaimWeight of a cry) or more stands in (fallbackAct). An article's headline that describes
//     its topic rather than tells what happened (describes: a topic set
//     off by ".." and no verb or act's noun in any part, "الأمن العام..
//     30 عاماً في خدمة الوطن") gives way to the best other candidate that
//     tells an act (tellsHappening: "الأمن العام يحتفل بتخريج دفعة
//     جديدة"), when that weighs describeWeight (0.65) of it or more; a
//     headline that does not open on an act's noun gives way, as much, to
//     a fuller headline of the event holding all its words that opens on
//     one ("تعيين …" for "«…» وكيلاً مساعداً …"; actInstead). A claim
//     that wins, even one that stands alone, gives way to a headline of
//     the event's articles that tells the same act with a verb or an
//     act's noun and is no quote (headlineForClaim). A claim that reports
//     what someone said ("ذكر المقدم … أن الحملة …") gives way to an
//     article's headline among the candidates that tells an act, is no
//     quote and ties with it, weighing reportTieWeight of it or more
//     (headlineOverReport).
//     An event none of whose articles shares an aligned fact with another
//     (a notes page's two items, two clubs' camps) may join two
//     happenings: the headline of another article that tells another act
//     (otherHappening) follows the title after "؛ ", so that the title
//     does not tell one of them as the event's story.
//     An event made only of opinion pieces (columns, read from bylines
//     and sentences: titles_opinion.go) is titled by the column's headline
//     after "مقال لـ <author>: " or "رأي: "; in an event that also holds
//     news, an opinion piece's candidates weigh opinionWeight.
//     Shape and actor are read only for claims that can still enter the
//     candidates, and candidates are cut only while they can overtake the
//     best, so the work stays linear in the event's claims.
//
// Place: where the chosen claim puts something ("في موسكو", "إلى
// موسكو" after a word of arrival, "شمال الهند": a side of a country)
// when it names a place; else the place the most of the
// event's documents name so, when at least two and a third of them do (a
// place two of fifteen articles mention in passing is not where the event
// happened). A region of several countries ("في العالم العربي", "في الشرق
// الأوسط") is a reach, not a place; two places named by as many documents
// leave the place unsaid, unless one alone is a city. It is given apart
// (EventTitle.Place), and left empty when the title already names it, any
// other place of the event's claims, or a place of the gazetteer with the
// regions and towns of Saudi Arabia (align.PlaceLexicon: "أمير نجران
// لأهالي شرورة" is not in Yemen). A place where a figure was measured
// ("إنتاج الصلب في الصين"), one of a list ("في جدة والدمام"), a common
// noun spelt like a city ("في الرباط الصليبي"), a correspondent's
// byline ("هنري فوي من موسكو") and, but in the title's own claim, a place
// named past an article's lead (its first three sentences: where a side
// of the story was) tag nothing (titles_place.go).
//
// Stories: EventTitle.Outlets counts the outlets that tell the event (an
// article and its copy are one) and EventTitle.Recalled marks an event
// its articles only recall as background (sources.go); the views and
// reports list the stories (Story: two outlets or more, not recalled)
// first.
//
// The method reads only the claims' text, kinds, paragraphs, dates and
// entity mentions, so it works on any Arabic (or English) corpus; it is
// deterministic (ties go to the earlier claim of the analysis).
//
// Files: this one holds EventTitles and eventTitle; titles_weigh.go how a
// candidate weighs, titles_cut.go how it is cut to a title, titles_act.go
// whether a title tells an act, titles_choice.go and titles_backed.go the
// rules that hand the title to another candidate, titles_evaluates.go the
// headlines that judge instead of tell, titles_support.go what backs a
// title, titles_opinion.go columns, titles_place.go the place tag.

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
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// Headline lengths, in words.
const (
	MinTitleWords = 6
	MaxTitleWords = 16
	// MaxHeadWords is the most words of an article's headline kept whole
	// when nothing ends a clause in it: it is written to be read whole.
	MaxHeadWords = 22
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
	// Outlets is how many outlets tell the event (documents of one
	// outlet count once; see EventOutlets).
	Outlets int `json:"outlets"`
	// Recalled marks an event its articles only recall as background: it
	// ended RecallDays or more before every dated article that tells it
	// (see Recalled).
	Recalled bool `json:"recalled,omitempty"`
}

// Story reports whether the event is a story of its articles: told by
// two outlets or more and not only recalled as background. The views and
// reports list stories first; the others (a passing mention, a story no
// other outlet carries, an earlier event the articles recall) are folded
// into a section of their own.
func (t EventTitle) Story() bool { return t.Outlets >= 2 && !t.Recalled }

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
	support := alignSupport(a, claims)
	// Stems per claim, once, on all cores (each worker reusing its
	// analyzer, tokens and set), as IDs of the worker's own table; the
	// tables are then merged into one (a look-up per distinct stem of a
	// worker, not per use), with each stem's event frequency for IDF. The
	// IDs' order does not matter: they only index the stems' counts.
	type stemWorker struct {
		an     *lang.Analyzer
		toks   []lang.Token
		in     stemIntern
		buf    []int32         // the event's claims' IDs, before their copy
		ends   []int           // where each claim's IDs end in buf (-1: no claim)
		global []int32         // the table's ID of each of the worker's IDs
		forms  map[string]bool // words that may be verbs of the present (verbForm)
	}
	workers := make([]*stemWorker, runtime.GOMAXPROCS(0))
	evIDs := make([][][]int32, len(a.Events))
	evWorker := make([]int, len(a.Events))
	forEach(len(a.Events), func(w, i int) {
		if workers[w] == nil {
			workers[w] = &stemWorker{an: lang.NewAnalyzer(), in: stemIntern{ids: make(map[string]int32)}, forms: make(map[string]bool)}
		}
		sw := workers[w]
		evWorker[i] = w
		evIDs[i] = make([][]int32, len(a.Events[i].Claims))
		sw.buf, sw.ends = sw.buf[:0], sw.ends[:0]
		for _, id := range a.Events[i].Claims {
			c := claims[id]
			if c == nil {
				sw.ends = append(sw.ends, -1) // no stems, not even none
				continue
			}
			toks := c.Tokens // the tokens of c.Text, kept for the word diffs
			if len(toks) == 0 {
				sw.toks = sw.an.Tokenize(c.Text, sw.toks[:0])
				toks = sw.toks
			}
			for _, t := range toks {
				if f, ok := verbForm(t.Norm); ok && !sw.forms[f] {
					sw.forms[strings.Clone(f)] = true
				}
			}
			sw.buf = sw.in.appendStems(sw.buf, toks)
			sw.ends = append(sw.ends, len(sw.buf))
		}
		// One array for the event's claims, each claim's IDs capped.
		all := slices.Clone(sw.buf)
		from := 0
		for k, end := range sw.ends {
			if end >= 0 {
				evIDs[i][k], from = all[from:end:end], end
			}
		}
		clear(sw.toks) // drop the strings the reused slices would keep alive
	})
	// The words that may be verbs of the present, for telling a verb from
	// a name (verbShaped).
	var forms map[string]bool
	for _, sw := range workers {
		if sw == nil {
			continue
		}
		if forms == nil {
			forms = sw.forms
			continue
		}
		for f := range sw.forms {
			forms[f] = true
		}
	}
	st := newStemTable(len(a.Claims))
	for _, sw := range workers {
		if sw == nil {
			continue
		}
		sw.global = make([]int32, len(sw.in.names))
		for x, s := range sw.in.names {
			sw.global[x] = st.id(s)
		}
	}
	df := make([]int32, len(st.ids))
	stamp := make([]int32, len(st.ids)) // the last event (+1) counted in df, per stem
	for i, ev := range a.Events {
		global := workers[evWorker[i]].global
		for k := range ev.Claims {
			ids := evIDs[i][k]
			for j, x := range ids {
				x = global[x]
				ids[j] = x
				if stamp[x] != int32(i+1) {
					stamp[x] = int32(i + 1)
					df[x]++
				}
			}
		}
	}
	// The rarity of each stem across the events (as math.Log(1 +
	// n/max(1, df)) over the stems' event frequencies).
	n := float64(len(a.Events))
	st.idf = make([]float64, len(df))
	for x, d := range df {
		st.idf[x] = math.Log(1 + n/float64(max(1, int(d))))
	}
	// An article's headline may title an event that holds a good part of
	// its claims (at least minHeadShare of them, or the most of any
	// event), when the headline is not a claim of its text already.
	docs := make(map[string]*corpus.Document, len(a.Documents))
	for _, d := range a.Documents {
		docs[d.ID] = d
	}
	// Headlines that open with their outlet's rubric compete without it.
	free := rubricFree(a.Documents, a.Claims)
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
	falls := make([][]headline, len(a.Events))
	for i, per := range perEvent {
		for doc, k := range per {
			d := docs[doc]
			if d == nil || strings.TrimSpace(d.Title) == "" {
				continue
			}
			share := float64(k) / float64(max(1, total[doc]))
			// Every headline of the event's articles may stand in for a
			// claim that cannot stand alone (fallbackTitle).
			falls[i] = append(falls[i], headline{doc: d, title: headTitle(d, free), share: min(1, share), claims: k})
			if d.TitleSpan.End > 0 || hasTitleClaim(a.Events[i], claims, doc) {
				continue
			}
			if share < minHeadShare && mainEvent[doc] != i {
				continue
			}
			heads[i] = append(heads[i], headline{doc: d, title: headTitle(d, free), share: min(1, share)})
		}
		slices.SortFunc(heads[i], func(x, y headline) int { return strings.Compare(x.doc.ID, y.doc.ID) })
		slices.SortFunc(falls[i], func(x, y headline) int { return strings.Compare(x.doc.ID, y.doc.ID) })
	}
	// Opinion pieces (titles_opinion.go).
	ops := opinionDocs(a, docs, claims)
	leads := leadEnds(a.Claims)
	out := make([]EventTitle, len(a.Events))
	uses := make([]*stemUses, runtime.GOMAXPROCS(0))
	forEach(len(a.Events), func(w, i int) {
		if uses[w] == nil {
			uses[w] = newStemUses(len(df))
		}
		evOps, allOps := eventOpinions(&a.Events[i], docs, ops)
		out[i] = eventTitle(&a.Events[i], claims, evIDs[i], st, uses[w], aligned, support[i], heads[i], falls[i], forms, evOps, allOps, leads)
		if allOps {
			out[i] = opinionTitle(out[i], docs, evOps, free)
		}
		out[i].Outlets = EventOutlets(&a.Events[i], docs)
		out[i].Recalled = Recalled(&a.Events[i], docs)
	})
	return out
}

// stemIntern numbers the content stems of claims (appendStems) for one
// worker of EventTitles.
type stemIntern struct {
	ids   map[string]int32
	names []string // the stem of each ID
	mark  []int32  // the claim (+1) each ID was last appended for
	claim int32    // claims so far
}

// appendStems appends to dst the IDs of the distinct content stems of one
// claim's tokens, in the order appendStems gives the stems: one map
// look-up per content word, and IDs marked per claim instead of stems
// compared or kept in a set.
func (in *stemIntern) appendStems(dst []int32, toks []lang.Token) []int32 {
	in.claim++
	for _, t := range toks {
		if t.Stop || t.Kind != lang.Word || !twoRunes(t.Stem) {
			continue
		}
		x, ok := in.ids[t.Stem]
		if !ok {
			x = int32(len(in.names))
			in.ids[t.Stem] = x
			in.names = append(in.names, t.Stem)
			in.mark = append(in.mark, 0)
		}
		if in.mark[x] != in.claim {
			in.mark[x] = in.claim
			dst = append(dst, x)
		}
	}
	return dst
}

// twoRunes reports whether s has two runes or more (appendStems keeps no
// stem of one).
func twoRunes(s string) bool {
	if len(s) > utf8.UTFMax {
		return true
	}
	_, size := utf8.DecodeRuneInString(s)
	return size < len(s)
}

// titleTrace, set by tests, logs the candidates of one event.
var titleTrace *struct {
	event string
	logf  func(format string, args ...any)
}

// traced reports whether titleTrace asks for the candidates of ev.
func traced(ev *align.Event) bool {
	return titleTrace != nil && slices.Contains(strings.Split(titleTrace.event, ","), ev.ID)
}

// stemTable interns the content stems of an analysis's claims to IDs, with
// each stem's IDF across the events.
type stemTable struct {
	ids map[string]int32
	idf []float64
}

func newStemTable(hint int) *stemTable { return &stemTable{ids: make(map[string]int32, hint)} }

// id returns the ID of stem s, adding it when new (IDs are 0, 1, 2, … in
// the order first seen).
func (t *stemTable) id(s string) int32 {
	if x, ok := t.ids[s]; ok {
		return x
	}
	x := int32(len(t.ids))
	t.ids[s] = x
	return x
}

// stemUses counts, for one event at a time, how many of its sources and
// claims use each stem (by stem ID); reused across the events of a worker,
// it is reset through the list of stems it touched.
type stemUses struct {
	srcs, claims []int32
	last         []string // the last source counted
	touched      []int32
}

func newStemUses(n int) *stemUses {
	return &stemUses{srcs: make([]int32, n), claims: make([]int32, n), last: make([]string, n)}
}

func (u *stemUses) reset() {
	for _, x := range u.touched {
		u.srcs[x], u.claims[x], u.last[x] = 0, 0, ""
	}
	u.touched = u.touched[:0]
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
func eventTitle(ev *align.Event, claims map[string]*claim.Claim, stems [][]int32, stemIDs *stemTable, uses *stemUses, aligned map[string]bool, support map[string]int, heads, falls []headline, forms map[string]bool, ops map[string]opinion, allOps bool, leads map[string]int) EventTitle {
	// How many of the event's sources and claims use each stem (stems[k]
	// are those of ev.Claims[k]).
	defer uses.reset()
	byDoc := make([]int, len(ev.Claims))
	docs := make([]string, len(ev.Claims))
	for k, id := range ev.Claims {
		byDoc[k], docs[k] = k, docOf(claims, id)
	}
	slices.SortStableFunc(byDoc, func(x, y int) int { return strings.Compare(docs[x], docs[y]) })
	for _, k := range byDoc {
		c := claims[ev.Claims[k]]
		if c == nil {
			continue
		}
		for _, s := range stems[k] {
			if uses.claims[s] == 0 {
				uses.touched = append(uses.touched, s)
			}
			uses.claims[s]++
			if uses.last[s] != c.Doc { // claims are taken document by document
				uses.srcs[s]++
				uses.last[s] = c.Doc
			}
		}
	}
	score := func(ids []int32) float64 {
		sum := 0.0
		for _, s := range ids {
			if s >= 0 && uses.claims[s] > 0 {
				sum += float64(uses.srcs[s]) * math.Log(1+float64(uses.claims[s])) * stemIDs.idf[s]
			}
		}
		return sum / math.Pow(float64(len(ids)), lengthNorm)
	}
	// The event's articles' headlines weighed (weighHeadlines of falls),
	// made at the first check that reads them: up to four checks below
	// do, and neither the headlines nor score change between them.
	var fallsWeighed []weighedHeadline
	fallsDone := false
	weighedFalls := func() []weighedHeadline {
		if !fallsDone {
			fallsWeighed, fallsDone = weighHeadlines(falls, stemIDs, score), true
		}
		return fallsWeighed
	}
	// The few best candidates, claims and headlines alike; each is then
	// cut to its title and weighed again by what the cut left (step 4).
	var top [titleCandidates]candidate
	keep := func(cand candidate) {
		for k := range top {
			if cand.score > top[k].score {
				copy(top[k+1:], top[k:len(top)-1])
				top[k] = cand
				return
			}
		}
	}
	for k, id := range ev.Claims {
		c := claims[id]
		if c == nil || bylineClaim(c) {
			continue
		}
		ids := stems[k]
		if len(ids) == 0 {
			continue
		}
		base, sup := score(ids), supportWeight(support, c.Doc)*newsOver(ops, allOps, c.Doc)
		// Shape and actor weigh at most actorBonus, the headline weight
		// at most maxHeadlineWeight: read them only for a claim that can
		// still enter the candidates. (Products of non-negative floats
		// grow with each factor, so the bound never drops a claim the
		// exact weight would keep.)
		if c.Para >= 0 && base*maxHeadlineWeight*sup*actorBonus <= top[len(top)-1].score {
			continue
		}
		sc := base * headlineWeight(c, ev, aligned[id]) * sup
		if sc*actorBonus <= top[len(top)-1].score {
			continue
		}
		keep(candidate{c: c, score: sc * shapeWeight(c.Text, quotedShare(c)) * actorWeight(c)})
	}
	// Headlines of articles whose main story this is, when they are not
	// claims of their text.
	for _, h := range weighHeadlines(heads, stemIDs, score) {
		keep(candidate{doc: h.doc, head: h.title, score: h.score * headlineBoost * actorBonus * math.Sqrt(h.share) * supportWeight(support, h.doc.ID) * newsOver(ops, allOps, h.doc.ID)})
	}
	if traced(ev) {
		for _, cand := range top {
			if cand.score > 0 {
				tt, sc := cutCandidate(cand)
				doc := tt.Doc
				if cand.c != nil {
					doc = cand.c.Doc
				}
				titleTrace.logf("%s candidate %.4f cut %.4f headline=%v doc=%s support=%d/%d: %s", ev.ID, cand.score, sc, cand.isHeadline(), doc, support[doc], support[""], tt.Title)
			}
		}
	}
	var t EventTitle
	var c *claim.Claim
	bestScore := -1.0
	best := -1
	for k, cand := range top {
		// cutWeight is at most 1: a candidate scored below the best
		// weighed so far cannot overtake it, nor can those after it.
		if cand.score <= 0 || cand.score <= bestScore {
			break
		}
		tt, sc := cutCandidate(cand)
		if sc > bestScore {
			t, c, bestScore, best = tt, cand.c, sc, k
		}
	}
	// An article's headline no other article backs gives way to one that
	// most of them do (backedInstead, titles_backed.go).
	if best >= 0 {
		if k, ok := backedInstead(top[:], best, bestScore, t.Title, t.Doc, ev, claims, falls, forms); ok {
			best = k
			t, bestScore = cutCandidate(top[k])
			c = top[k].c
		}
	}
	// An article's headline that does not tell what happened gives way to
	// a candidate that does (step 4, actInstead).
	if best >= 0 {
		if tt, cc, ok := actInstead(top[:], best, bestScore, t.Title, forms, falls); ok {
			t, c = tt, cc
		}
	}
	if bestScore < 0 {
		return EventTitle{}
	}
	// A claim that reports what someone said ("ذكر المقدم … أن …") gives
	// way to a headline that tells the act and weighs about as much.
	if c != nil {
		if tt, ok := headlineOverReport(top[:], bestScore, t.Title, forms); ok {
			t, c = tt, nil
		}
	}
	// A claim that cannot stand alone (it names no one and nothing, or was
	// cut short) gives way to the most central headline of the event's
	// articles, whatever part of each article the event holds.
	if c != nil && !standsAlone(t.Title, c) {
		// A headline that is a hook, a question or a notice is no
		// better, nor the headline of an article the event holds one
		// claim of (a passing mention: the headline tells another
		// story); among the others the one sharing the most of the
		// event's words, else the one whose article the event holds the
		// most of.
		var best *weighedHeadline
		weighed := weighedFalls()
		for _, h := range weighed {
			if shapeWeight(h.title, -1) < minFallbackShape || h.claims < 2 {
				continue
			}
			if best == nil || h.score > best.score || h.score == best.score && h.share > best.share {
				best = &h
			}
		}
		// A headline that tells no act (a column's cry, "المعجزة
		// الروسية!"; a topic set off by "..") gives way to one that does.
		if best != nil {
			best = fallbackAct(weighed, best, forms)
		}
		// When none qualifies (an event of passing mentions: a passage
		// several articles repeat), the headline of the claim's own
		// article does, when it shares two words or more with the claim ("وأشارت الجامعة إلى أنه يتم تقديم الطلبات …"
		// under "جامعة جدة تعلن عن وظائف محاضر في عدد من الكليات").
		if best == nil {
			for _, h := range weighed {
				if h.doc.ID == c.Doc && shapeWeight(h.title, -1) >= minFallbackShape && sharedStems(h.title, c.Text) >= 2 {
					best = &h
					break
				}
			}
		}
		if best != nil {
			t, c = EventTitle{Title: HeadlineText(best.title), Doc: best.doc.ID}, nil
		}
	}
	// A claim's title, even one that stands alone, gives way to a
	// headline of the event's articles that tells the same act.
	if c != nil && c.Kind != claim.KindTitle {
		if h, ok := headlineForClaim(weighedFalls(), c, t.Title, forms); ok {
			t, c = h, nil
		}
	}
	// A claim's title no headline echoes gives way to a headline that
	// several others echo: what the outlets headed with is the happening,
	// a sentence none of them heads with is background.
	if c != nil {
		if h, ok := echoedHeadline(weighedFalls(), t.Title, forms); ok {
			t, c = h, nil
		}
	}
	t.Title = wholeConjunct(t.Title)
	// A headline cut before ".. و" may have lost what the others tell.
	if c == nil {
		if whole, ok := echoedTail(t, falls); ok {
			t.Title = whole
		}
	}
	// An event none of whose articles shares an aligned fact with another
	// may join two happenings: both are told.
	if len(support) == 0 && len(falls) > 1 {
		if other, ok := otherHappening(weighedFalls(), t, forms); ok {
			t.Title += "؛ " + other
		}
	}
	if p := eventPlace(ev, claims, c, t.Doc, leads); p != "" && !strings.Contains(lang.Normalize(t.Title), lang.Normalize(p)) && !namesPlace(t.Title, ev, claims) {
		t.Place = p
	}
	return t
}

// headline is an article's headline that may title an event: share is
// the part of the article's claims the event holds.
type headline struct {
	doc    *corpus.Document
	title  string // the document's headline without its outlet's rubric (headTitle)
	share  float64
	claims int // how many of the article's claims the event holds
}

// headTitle is d's headline, without its outlet's rubric when free (see
// rubricFree) holds it so.
func headTitle(d *corpus.Document, free map[string]string) string {
	t, ok := free[d.ID]
	if !ok {
		t = d.Title
	}
	// Entities ("&quot;", "&#8220;") would be read as words of their own.
	if strings.IndexByte(t, '&') >= 0 {
		t = html.UnescapeString(t)
	}
	return t
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
		sp := isSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// isSpace is unicode.IsSpace with the ASCII and Arabic blocks answered
// first (no white space lies between U+0600 and U+167F).
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r >= 0x600 && r < 0x1680:
		return false
	}
	return unicode.IsSpace(r)
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

// nominalWeight weighs a short headline that names a topic without an act
// ("فرق ترفيهية في لجنة «الخماسين»") beside another headline of the event
// that states one ("اجتماعية الخماسين تحتفل بالعيد"). 0.75 let such a
// topic win over an act often; at 0.5 (with the act nouns خطف، قتل،
// ضبط …), 10 of 536 story titles of 5,000 SaudiNewsNet articles change,
// judged by hand 7 better (an act or an attribution instead of a topic:
// "بيليه يخرج من المستشفى بعد خضوعه لعملية جراحية" for "جراحة في العمود
// الفقري لـ «بيليه»"), 1 worse, 2 neither. From 0.5 to 0.35, 23 of 3,942
// story titles of the whole of SaudiNewsNet change (1 of 539 of the
// first 5,000), judged 12 better ("112 كاميرا على كورنيش جدة لمراقبة
// المتحرشين" for "التحرّش بين الشباب والفتيات", "استقالة قيادي كبير في
// طالبان بسبب خلافة الملا عمر" for "طالبان بعد الملا عمر"), 3 worse
// (a headline whose act is a past verb statesAct does not see, as
// "العساف وكيلاً لمحافظ الرس" or "«بولوني» خاض ودية أريس"), 8 neither.
const nominalWeight = 0.35

// titleCandidates is how many of an event's best candidates are cut to
// their titles and weighed again (step 4).
const titleCandidates = 4

// candidate is a claim (c) or an article's headline (doc) that may title
// an event, with its score.
type candidate struct {
	c     *claim.Claim
	doc   *corpus.Document
	head  string // doc's headline without its rubric
	score float64
}

// isHeadline reports whether the candidate is an article's headline: one
// apart from its text (doc) or the title claim of its text.
func (c candidate) isHeadline() bool {
	return c.doc != nil || c.c != nil && c.c.Kind == claim.KindTitle
}

func (c candidate) text() string {
	if c.doc != nil {
		return c.head
	}
	return c.c.Text
}
