// Package attrib reads who says each claim of an article: its speaker
// (a person, an outlet, an organisation or an unnamed source), the outlets
// and organisations it cites, whether it relays another person's words or
// acts (second-hand), and the spans inside quote marks.
package attrib

// How attribution is read.
//
// A claim is read token by token (lang tokens, folded, with byte offsets);
// speech verbs, citation cues, anonymous-source nouns and report nouns are
// word lists (data/*.txt) extendable by the user.
//
//   - Speaker after the verb: the first entity mention (claim/entity) within
//     six tokens after the first speech verb outside quotes and before its
//     complementiser (أن، إن، ":"): "وقال الشيباني", "من جانبه، أكد لافروف",
//     "وذكرت وسائل إعلام في قناة العين أن".
//   - Speaker before the verb: a chain of mentions (joined by و or commas)
//     right before the verb, at the start of the claim or after a colon:
//     "الوزير الشيباني اعتبر أن", "وكالة الأنباء السورية (سانا) قالت إن",
//     "وزير المالية السوري، محمد يسر برنية، قال", "الشيباني ولافروف يؤكدان".
//   - Unnamed sources: an anonymous noun in either place ("مصدر أمني، كشف",
//     "قال مسؤول") gives an anonymous speaker spelled as printed.
//   - Report nouns ("قال التقرير", "وأضافت الوكالة") stand for the outlet
//     cited last in the article.
//   - Dropped subjects carry: a claim opening with a participle (مشيراً،
//     مضيفاً), a speech verb with no subject ("وأضاف أن", "ولفت إلى", "كما
//     جدد"), or text inside a quote opened earlier, continues the last
//     speaker of the same or the previous paragraph. A participle also
//     carries the cited sources (it continues the same sentence); a finite
//     verb carries the speaker quoted last when that speaker spoke inside
//     quote marks. Headings break the chain.
//   - Titles and headings "X: …" and "X من Y: …" are said by X.
//   - "بحسب X" / "وفقاً لـ X" / "نقلاً عن X" name the speaker when nothing
//     else does; a claim that is only such a phrase ("بحسب وكالة سانا.")
//     attributes the claim before it too.
//   - Cited: every outlet named outside quote marks (as subject, after
//     "لـ", after a cue, in a photo credit) and every organisation within
//     four tokens after a citation cue ("بحسب بيان رسمي للكرملين").
//   - Second-hand: the complement of the speech verb opens with another
//     person ("وكشف لافروف أن الرئيس الروسي … أجرى"), or holds another
//     speech verb with its own subject ("وأضافت (سانا) أن الرئيس بوتين
//     أكد").
//   - Quotes: spans inside “ ” « » " and the mismatched pairs real
//     articles use (”…”, “…“), nested once; a quote left open runs to the
//     end of the claim and on into the next claim of the paragraph.

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/internal/wordset"
	"github.com/claimdiff/claimdiff/lang"
)

//go:embed data/*.txt
var dataFS embed.FS

// Lexicon holds attribution word lists in folded form. It is read-only once
// built and safe for concurrent use.
type Lexicon struct {
	verbs map[string]verb
	// verbFilter holds the keys of verbs: it answers for most words
	// that they are no speech verb without the map's lookup.
	verbFilter *wordset.Filter
	cues       map[string]bool // folded citation cue → names the source itself
	anon       map[string]bool
	reports    map[string]bool
}

type verb struct {
	participle bool
	that       bool
}

// Extra is what a user adds to the built-in lists (config [lexicon]).
type Extra struct {
	SpeechVerbs []string // forms as printed, "=participle"/"=that" marks allowed
	Anonymous   []string // anonymous-source nouns
}

var (
	defOnce sync.Once
	defLex  *Lexicon
	defErr  error
)

// Default returns the built-in lexicon.
func Default() (*Lexicon, error) {
	defOnce.Do(func() { defLex, defErr = With(Extra{}) })
	return defLex, defErr
}

// With returns the built-in lexicon extended by extra.
func With(extra Extra) (*Lexicon, error) {
	l := &Lexicon{verbs: map[string]verb{}, cues: map[string]bool{}, anon: map[string]bool{}, reports: map[string]bool{}}
	read := func(name string) ([]string, error) {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("read lexicon %s: %w", name, err)
		}
		var out []string
		for _, ln := range strings.Split(string(b), "\n") {
			if ln = strings.TrimSpace(ln); ln != "" && !strings.HasPrefix(ln, "#") {
				out = append(out, ln)
			}
		}
		return out, nil
	}
	verbs, err := read("speech_verbs.txt")
	if err != nil {
		return nil, err
	}
	for _, ln := range append(verbs, extra.SpeechVerbs...) {
		w, mark, _ := strings.Cut(ln, "=")
		f := lang.Normalize(strings.TrimSpace(w))
		if f == "" {
			continue
		}
		v := verb{participle: strings.TrimSpace(mark) == "participle", that: strings.TrimSpace(mark) == "that"}
		l.verbs[f] = v
		if !v.participle && isArabic(f) {
			l.verbs["و"+f] = v
			l.verbs["ف"+f] = v
		}
	}
	cues, err := read("cite.txt")
	if err != nil {
		return nil, err
	}
	for _, ln := range cues {
		w, mark, _ := strings.Cut(ln, "=")
		f := lang.Normalize(strings.TrimSpace(w))
		l.cues[f] = strings.TrimSpace(mark) == "source"
		l.cues["و"+f] = l.cues[f]
	}
	anon, err := read("anonymous.txt")
	if err != nil {
		return nil, err
	}
	for _, ln := range append(anon, extra.Anonymous...) {
		if ws := strings.Fields(lang.Normalize(ln)); len(ws) > 0 {
			l.anon[ws[0]] = true
		}
	}
	reps, err := read("reports.txt")
	if err != nil {
		return nil, err
	}
	for _, ln := range reps {
		l.reports[lang.Normalize(ln)] = true
	}
	l.verbFilter = wordset.Of(l.verbs)
	return l, nil
}

// verb returns the speech verb w, if it is one (l.verbs[w]).
func (l *Lexicon) verb(w string) (verb, bool) {
	if !l.verbFilter.MayHave(w) {
		return verb{}, false
	}
	v, ok := l.verbs[w]
	return v, ok
}

// VerbForms returns the folded finite speech-verb forms (for
// entity.Lexicon.AddSpeechVerbs).
func (l *Lexicon) VerbForms() []string {
	var out []string
	for f, v := range l.verbs {
		if !v.participle && !v.that {
			out = append(out, f)
		}
	}
	return out
}

func isArabic(s string) bool {
	for _, r := range s {
		return r >= 0x0600 && r <= 0x06FF
	}
	return false
}

// Unit is one claim to attribute.
type Unit struct {
	Start, End int          // byte offsets of the claim in the text
	Para       int          // paragraph (line) number
	Heading    bool         // a title or heading: read alone, breaks carrying
	Toks       []lang.Token // the claim's tokens, offsets into the text
}

// Span is a byte range [Start, End) of the text.
type Span struct {
	Start int // byte offset of the first byte
	End   int // byte offset just past the last byte
}

// Source is a cited outlet or organisation.
type Source struct {
	ID   string // entity ID
	Name string // canonical name ("سانا")
}

// Result is the attribution of one claim.
type Result struct {
	Speaker     string // entity ID of the speaker, "" for the narrator or an unnamed source
	SpeakerText string // the speaker as printed or canonical name; the noun phrase for unnamed sources
	Anonymous   bool
	SecondHand  bool
	Carried     bool // the speaker was carried from an earlier claim
	Cited       []Source
	Quotes      []Span
}

// Attribute reads the attribution of each unit of one article, in order.
// mentions are the article's entity mentions (entity.Find over the whole
// text), sorted by offset.
func Attribute(text string, units []Unit, mentions []entity.Mention, lex *Lexicon) []Result {
	a := attributor{text: text, ments: mentions, lex: lex}
	out := make([]Result, len(units))
	for i := range units {
		out[i] = a.unit(&units[i])
		if out[i].Cited == nil {
			out[i].Cited = []Source{}
		}
	}
	// A claim that is only an attribution phrase also attributes the
	// claim before it in the paragraph.
	for i := 1; i < len(units); i++ {
		u, p := &units[i], &units[i-1]
		if len(u.Toks) <= 6 && len(u.Toks) > 0 && lex.cues[u.Toks[0].Norm] && out[i].Speaker != "" &&
			p.Para == u.Para && out[i-1].Speaker == "" && !out[i-1].Anonymous {
			out[i-1].Speaker, out[i-1].SpeakerText = out[i].Speaker, out[i].SpeakerText
			out[i-1].Cited = append(out[i-1].Cited, out[i].Cited...)
		}
	}
	return out
}

// attributor carries state from claim to claim.
type attributor struct {
	text  string
	ments []entity.Mention
	lex   *Lexicon

	last       Result // attribution of the last attributed claim
	lastPara   int
	nested     Result // speaker of a speech verb inside quotes in the last claim
	nestedPara int
	actor      *entity.Mention // subject of the last narrated claim
	actorPara  int
	lastPerson bool   // the last speaker is a person
	lastOutlet Source // outlet cited last
	openQuote  bool   // a quote was left open at the end of the last claim
	quotePara  int
}

// mentionsIn returns the mentions inside [start, end).
func (a *attributor) mentionsIn(start, end int) []entity.Mention {
	lo, hi := 0, len(a.ments)
	for lo < hi {
		m := (lo + hi) / 2
		if a.ments[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	j := lo
	for j < len(a.ments) && a.ments[j].Start < end {
		j++
	}
	return a.ments[lo:j]
}

// tokAt returns the index of the claim token starting at byte offset off,
// or -1.
func tokAt(toks []lang.Token, off int) int {
	for i, t := range toks {
		if t.Start == off {
			return i
		}
		if t.Start > off {
			return -1
		}
	}
	return -1
}

func speakerOf(m *entity.Mention) (string, string) {
	name := m.Name
	if name == "" {
		name = m.Text
	}
	return m.ID, name
}

// inQuote reports whether offset off lies inside one of qs.
func inQuote(qs []Span, off int) bool {
	for _, q := range qs {
		if off >= q.Start && off < q.End {
			return true
		}
	}
	return false
}

// gap returns the text between claim tokens i-1 and i.
func (a *attributor) gap(toks []lang.Token, i int) string {
	if i <= 0 || i >= len(toks) {
		return ""
	}
	return a.text[toks[i-1].End:toks[i].Start]
}

// dropped reports whether the speech verb at v has no subject of its own:
// it ends the claim or is followed by أن/إن/إلى/على/عن or a colon.
func (a *attributor) dropped(toks []lang.Token, v int) bool {
	if v+1 >= len(toks) || strings.Contains(a.gap(toks, v+1), ":") {
		return true
	}
	if v == 1 && (toks[0].Norm == "كما" || toks[0].Norm == "وكما") {
		return true // "كما جدد إدانة …": the same subject goes on
	}
	w := toks[v+1].Norm
	return complementiser(w) || w == "في" || strings.HasPrefix(w, "ب") && len(toks[v+1].Norm) > 2 && !a.lex.anon[w]
}

// thatFollows reports whether أن/إن follows token i within five tokens
// ("يرى أن", "وترى وكالات أنباء روسية أن").
func thatFollows(toks []lang.Token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		switch toks[j].Norm {
		case "ان", "انه", "انها", "انهم", "that":
			return true
		}
	}
	return false
}

// relativePronoun reports whether folded token w opens a relative clause
// ("ما أشار إليه"، "الذي أعلنه"، "التي ذكرها").
func relativePronoun(w string) bool {
	switch w {
	case "ما", "مما", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي":
		return true
	}
	return false
}

// complementiser reports whether folded token w introduces the reported
// content.
func complementiser(w string) bool {
	switch w {
	case "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "الي", "علي", "عن", "that":
		return true
	}
	return false
}

func (a *attributor) unit(u *Unit) Result {
	var r Result
	toks := u.Toks
	var qOpen bool
	carried := a.openQuote && a.quotePara == u.Para
	// A claim that opens with a speech verb ("وقال العلماء إنه …") starts a
	// statement of its own: a quote the claim before left open was a slip.
	if carried && len(toks) > 0 {
		if _, ok := a.lex.verb(toks[0].Norm); ok {
			carried = false
		}
	}
	r.Quotes, qOpen = Quotes(a.text, u.Start, u.End, carried)
	wasOpen := carried
	startsInQuote := wasOpen || len(toks) > 0 && strings.ContainsAny(a.text[u.Start:toks[0].Start], "\"“”«")
	defer func() { a.openQuote, a.quotePara = qOpen, u.Para }()
	ms := a.mentionsIn(u.Start, u.End)
	if u.Heading {
		a.last, a.nested, a.actor = Result{}, Result{}, nil
	}
	verbAt, participleFirst, participleAt := -1, false, -1
	for i, t := range toks {
		if i > 0 && (t.Norm == "ان" || t.Norm == "انه" || t.Norm == "انها") && verbAt < 0 {
			break // the main clause ends where reported content starts
		}
		v, ok := a.lex.verb(t.Norm)
		// Speech verbs inside quote marks are the quoted speaker's words;
		// but a claim that opens with a participle inside a quote opened
		// before it ("… وأكد أن …، مضيفاً أن … البلدين”") goes on with the
		// statement before, as any opening participle does.
		if !ok || inQuote(r.Quotes, t.Start) && !(i == 0 && v.participle) {
			continue
		}
		if v.that && !thatFollows(toks, i) {
			continue
		}
		// A speech verb after a relative pronoun heads a relative
		// clause, not the claim: in "وعبر عن استغرابه من … ما أشار إليه
		// الرئيس الإيراني حسن روحاني" Rouhani is whom the speaker answers.
		if i > 0 && relativePronoun(toks[i-1].Norm) {
			continue
		}
		if v.participle {
			if i == 0 {
				participleFirst = true
			} else if participleAt < 0 {
				participleAt = i
			}
			continue
		}
		if participleFirst {
			continue
		}
		verbAt = i
		break
	}
	// The speaker named by the first speech verb.
	subjectFound := false
	if verbAt >= 0 {
		if m := a.subjectAfter(toks, verbAt, ms); m != nil {
			r.Speaker, r.SpeakerText = speakerOf(m)
			subjectFound = true
		} else if m := a.subjectBefore(toks, verbAt, ms); m != nil {
			r.Speaker, r.SpeakerText = speakerOf(m)
			subjectFound = true
		} else if txt, ok := a.anonymousAround(toks, verbAt); ok {
			r.SpeakerText, r.Anonymous = txt, true
			subjectFound = true
		} else if m := a.subjectFirst(toks, verbAt, ms); m != nil {
			r.Speaker, r.SpeakerText = speakerOf(m)
			subjectFound = true
		} else if verbAt+1 < len(toks) && a.lex.reports[toks[verbAt+1].Norm] && a.lastOutlet.ID != "" {
			r.Speaker, r.SpeakerText = a.lastOutlet.ID, a.lastOutlet.Name
			r.Cited = append(r.Cited, a.lastOutlet)
			subjectFound = true
		}
	}
	if !subjectFound && u.Heading {
		if m := a.headlineSpeaker(u, toks, ms); m != nil {
			r.Speaker, r.SpeakerText = speakerOf(m)
			subjectFound = true
		}
	}
	// Carried speakers.
	near := func(p int) bool { return u.Para-p <= 1 && u.Para >= p }
	if !subjectFound && !u.Heading {
		switch {
		case participleFirst || startsInQuote && verbAt < 0:
			fem := participleFirst && strings.HasSuffix(toks[0].Norm, "ه")
			if wasOpen && !participleFirst && a.nested.Speaker != "" && a.nestedPara == u.Para {
				// Still inside the quote of a speaker quoted by the last claim.
				r.Speaker, r.SpeakerText, r.Carried = a.nested.Speaker, a.nested.SpeakerText, true
			} else if (a.last.Speaker != "" || a.last.Anonymous) && near(a.lastPara) && !(fem && a.lastPerson) {
				r.Speaker, r.SpeakerText, r.Anonymous, r.Carried = a.last.Speaker, a.last.SpeakerText, a.last.Anonymous, true
				r.Cited = append(r.Cited, a.last.Cited...)
			} else if a.actor != nil && a.actorPara == u.Para && !fem {
				r.Speaker, r.SpeakerText = speakerOf(a.actor)
				r.Carried = true
			}
		case verbAt >= 0 && verbAt <= 2 && a.dropped(toks, verbAt):
			if a.nested.Speaker != "" && a.nestedPara == u.Para-1 || a.nested.Speaker != "" && a.nestedPara == u.Para {
				r.Speaker, r.SpeakerText, r.Carried = a.nested.Speaker, a.nested.SpeakerText, true
			} else if (a.last.Speaker != "" || a.last.Anonymous) && near(a.lastPara) {
				r.Speaker, r.SpeakerText, r.Anonymous, r.Carried = a.last.Speaker, a.last.SpeakerText, a.last.Anonymous, true
				for _, c := range a.last.Cited {
					if c.ID == a.last.Speaker {
						r.Cited = addSource(r.Cited, c) // an outlet speaking on
					}
				}
			} else if a.actor != nil && near(a.actorPara) {
				r.Speaker, r.SpeakerText = speakerOf(a.actor)
				r.Carried = true
			}
		}
	}
	// "… لافروف إلى استغلال هذه العبارة قائلاً:": a participle in a claim
	// with no speaker is said by the clause's subject.
	if r.Speaker == "" && !r.Anonymous && participleAt > 0 {
		for i := range ms {
			m := &ms[i]
			if m.Kind == entity.KindPerson && m.Start < toks[participleAt].Start && !inQuote(r.Quotes, m.Start) {
				r.Speaker, r.SpeakerText = speakerOf(m)
				break
			}
		}
	}
	// Cited sources and "بحسب X".
	for i := range ms {
		m := &ms[i]
		cue, source := a.cueBefore(toks, m.Start)
		if inQuote(r.Quotes, m.Start) && !quotedName(r.Quotes, m) && !(cue && source && qOpen) {
			continue
		}
		switch {
		case m.Kind == entity.KindOutlet:
			r.Cited = addSource(r.Cited, Source{ID: m.ID, Name: m.Name})
			a.lastOutlet = Source{ID: m.ID, Name: m.Name}
		case m.Kind == entity.KindOrg && cue:
			r.Cited = addSource(r.Cited, Source{ID: m.ID, Name: m.Name})
		}
		if cue && source && r.Speaker == "" && !r.Anonymous && m.Kind != entity.KindPlace {
			r.Speaker, r.SpeakerText = speakerOf(m)
		}
	}
	// Second-hand: the complement opens with another person, or holds a
	// speech verb with its own subject.
	var nested Result
	if r.Speaker != "" || r.Anonymous {
		from := 0
		if verbAt >= 0 {
			from = verbAt + 1
		}
		for i := from; i < len(toks); i++ {
			if !complementiser(toks[i].Norm) {
				continue
			}
			if i+1 < len(toks) {
				for j := range ms {
					m := &ms[j]
					if m.Kind == entity.KindPerson && m.ID != r.Speaker && (m.Start == toks[i+1].Start || i+2 < len(toks) && m.Start == toks[i+2].Start) {
						r.SecondHand = true
					}
				}
			}
			break
		}
		for i := from; i < len(toks); i++ {
			v, ok := a.lex.verb(toks[i].Norm)
			if !ok || v.participle || i < verbAt+2 {
				continue
			}
			if m := a.subjectAfter(toks, i, ms); m != nil && m.ID != r.Speaker && m.Kind == entity.KindPerson {
				r.SecondHand = true
				if inQuote(r.Quotes, toks[i].Start) {
					nested.Speaker, nested.SpeakerText = speakerOf(m)
				}
				break
			}
			if m := a.subjectBefore(toks, i, ms); m != nil && m.ID != r.Speaker && m.Kind == entity.KindPerson {
				r.SecondHand = true
				break
			}
		}
	}
	// Remember for the claims after.
	if r.Speaker != "" || r.Anonymous {
		a.last, a.lastPara = r, u.Para
		a.lastPerson = false
		for i := range ms {
			if ms[i].ID == r.Speaker {
				a.lastPerson = ms[i].Kind == entity.KindPerson
			}
		}
		if r.Carried && !r.Anonymous {
			a.lastPerson = a.lastPerson || !isOutlet(r.Cited, r.Speaker)
		}
	}
	a.nested, a.nestedPara = nested, u.Para
	if r.Speaker == "" && !r.Anonymous {
		a.actor = nil
		for i := range ms {
			m := &ms[i]
			if m.Kind == entity.KindPerson && tokAt(toks, m.Start) >= 0 && tokAt(toks, m.Start) <= 8 {
				a.actor, a.actorPara = m, u.Para
				break
			}
		}
	}
	return r
}

// quotedName reports whether mention m is itself all a quote holds
// ("وكالة “سانا”"): a quoted name, not quoted speech.
func isOutlet(cited []Source, id string) bool {
	for _, c := range cited {
		if c.ID == id {
			return true
		}
	}
	return false
}

func quotedName(qs []Span, m *entity.Mention) bool {
	for _, q := range qs {
		if m.Start >= q.Start && m.Start < q.End {
			return q.End-q.Start <= len(m.Text)+8
		}
	}
	return false
}

func addSource(list []Source, s Source) []Source {
	for _, x := range list {
		if x.ID == s.ID {
			return list
		}
	}
	return append(list, s)
}

// cueBefore reports whether a citation cue sits within four tokens before
// byte offset off (or is the clitic ل on the mention's first word), and
// whether that cue names the source itself (بحسب).
func (a *attributor) cueBefore(toks []lang.Token, off int) (bool, bool) {
	i := 0
	for i < len(toks) && toks[i].Start < off {
		i++
	}
	found, source := false, false
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if src, ok := a.lex.cues[toks[j].Norm]; ok {
			found, source = true, source || src
		}
		if strings.ContainsAny(a.gap(toks, j), ".،,:؛") {
			break
		}
	}
	if found {
		return true, source
	}
	if i < len(toks) && strings.HasPrefix(toks[i].Norm, "ل") && i > 0 {
		if _, ok := a.lex.verb(toks[i-1].Norm); ok {
			return true, false
		}
	}
	return false, false
}

// subjectAfter returns the mention that is the subject of the speech verb
// at token v, when it follows the verb.
func (a *attributor) subjectAfter(toks []lang.Token, v int, ms []entity.Mention) *entity.Mention {
	for i := v + 1; i < len(toks) && i <= v+6; i++ {
		if complementiser(toks[i].Norm) || strings.Contains(a.gap(toks, i), ":") {
			return nil
		}
		if _, ok := a.lex.verb(toks[i].Norm); ok {
			return nil
		}
		for j := range ms {
			m := &ms[j]
			if m.Start != toks[i].Start {
				continue
			}
			if strings.HasPrefix(toks[i].Norm, "ل") && !strings.HasPrefix(lang.Normalize(m.Name), "ل") {
				// "كشف لعنب بلدي": told to, not said by.
				for i+1 < len(toks) && toks[i+1].Start < m.End {
					i++
				}
				goto next
			}
			if m.Kind != entity.KindPlace || i == v+1 {
				return m
			}
		}
		if a.lex.anon[toks[i].Norm] || a.lex.reports[toks[i].Norm] {
			return nil
		}
		if i > v+1 && !a.skippable(toks[i].Norm) {
			return nil
		}
	next:
	}
	return nil
}

// skippable reports whether a word may sit between a speech verb and its
// subject ("وسائل إعلام في قناة …", "من جانبه").
func (a *attributor) skippable(w string) bool {
	switch w {
	case "وسائل", "الاعلام", "اعلام", "في", "صحيفه", "وكاله", "قناه", "شبكه", "موقع", "نقلا", "عن", "تعبير", "ايضا", "كذلك", "اليوم", "امس":
		return true
	}
	return false
}

// subjectBefore returns the first mention of a chain (joined by و or
// commas) ending right before the verb at token v, when the chain starts
// the claim or follows a colon.
func (a *attributor) subjectBefore(toks []lang.Token, v int, ms []entity.Mention) *entity.Mention {
	if v == 0 {
		return nil
	}
	end := toks[v].Start
	var first *entity.Mention
	for j := len(ms) - 1; j >= 0; j-- {
		m := &ms[j]
		if m.End > end {
			continue
		}
		g := strings.TrimSpace(a.text[m.End:end])
		g = strings.Trim(g, "،,()\"“”«» ")
		if g == "قد" || g == "فقد" || g == "و" {
			g = "" // "وكان X قد أكد", "الشيباني ولافروف يؤكدان"
		}
		if g != "" {
			break
		}
		first = m
		end = m.Start
		// "الشيباني ولافروف": the و is part of the second mention's token.
	}
	if first == nil {
		return nil
	}
	i := tokAt(toks, first.Start)
	if i == 0 || i > 0 && strings.ContainsAny(a.gap(toks, i), ":") || i == 1 && auxiliary(toks[0].Norm) {
		return first
	}
	return nil
}

// auxiliary reports whether a claim-initial word may precede a subject
// ("وكان الرئيس … قد أكد", "بينما الوزير …").
func auxiliary(w string) bool {
	switch w {
	case "كان", "وكان", "كانت", "وكانت", "بينما", "فيما", "وقد", "ثم", "لكن", "ولكن":
		return true
	}
	return false
}

// subjectFirst returns the mention that opens the claim when the speech
// verb at v follows it after an adverbial ("الوزير الشيباني خلال المؤتمر
// الصحفي مع الوزير الروسي تطرق إلى").
func (a *attributor) subjectFirst(toks []lang.Token, v int, ms []entity.Mention) *entity.Mention {
	if len(ms) == 0 || v > 10 || len(toks) == 0 {
		return nil
	}
	m := &ms[0]
	if m.Start != toks[0].Start || m.Kind == entity.KindPlace || m.End > toks[v].Start {
		return nil
	}
	if strings.ContainsAny(a.text[m.End:toks[v].Start], ".:؛!?؟") {
		return nil
	}
	return m
}

// anonymousAround returns an unnamed source right after the verb at v or
// starting the claim before it ("مصدر أمني، كشف"), as printed.
func (a *attributor) anonymousAround(toks []lang.Token, v int) (string, bool) {
	phrase := func(i int) string {
		j := i + 1
		for j < len(toks) && j-i < 3 && !strings.ContainsAny(a.gap(toks, j), "،,.:") {
			w := toks[j].Norm
			if complementiser(w) || toks[j].Stop {
				break
			}
			if _, ok := a.lex.verb(w); ok {
				break
			}
			j++
		}
		// "لم يكشف اسمه", "طلب عدم الكشف عن هويته" stay with the noun.
		return a.text[toks[i].Start:toks[j-1].End]
	}
	if v+1 < len(toks) && a.lex.anon[toks[v+1].Norm] {
		return phrase(v + 1), true
	}
	for i := 0; i < v && i <= 3; i++ {
		if a.lex.anon[toks[i].Norm] {
			return phrase(i), true
		}
	}
	return "", false
}

// headlineSpeaker reads "X: …" and "X من Y: …" in titles and headings.
func (a *attributor) headlineSpeaker(u *Unit, toks []lang.Token, ms []entity.Mention) *entity.Mention {
	colon := strings.IndexAny(a.text[u.Start:u.End], ":")
	if colon < 0 {
		return nil
	}
	colon += u.Start
	for j := range ms {
		m := &ms[j]
		if m.Start != u.Start || m.End > colon || m.Kind == entity.KindPlace {
			continue
		}
		rest := strings.TrimSpace(a.text[m.End:colon])
		if rest == "" {
			return m
		}
		// "الشيباني من موسكو:"
		if ws := strings.Fields(rest); len(ws) <= 3 && (ws[0] == "من" || ws[0] == "في") {
			return m
		}
	}
	return nil
}
