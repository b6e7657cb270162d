package analysis

// Opinion pieces: columns, editorials, essays.
//
// An event made only of opinion pieces (one column printed by two papers,
// two columns on one topic) has no happening to tell but that a column was
// published: its title says so ("مقال لـ فهد الصالح: العمل الخيري بحاجة
// لنقلة نوعية", or "رأي: …" when no article is signed by a person), cut
// from a column's headline rather than from a sentence of its argument.
// In an event that also holds news, a column's headline or sentence is a
// verdict on the story ("خروج اليونان من «اليورو» نتيجة مُحتملة"), not
// the story: its candidates weigh opinionWeight.
//
// A document is read as an opinion piece (opinionPiece) from what every
// corpus carries, its byline and its sentences, not from an outlet's
// sections or URLs:
//   - its byline is no dateline or wire credit ("الرياض: واس", "أثينا -
//     د ب أ"); a first sentence that opens on a speech verb or a dateline
//     ("سبق- الرياض:") is a news lead, and a piece that opens on one must
//     argue in more of its sentences (below); a speaker inside the first
//     sentence is none ("قدمت طهران، بحسب وكالة أنباء فارس، …", a reply
//     column naming what it answers), signed or not;
//   - and it argues: signed by a person (a byline of two to five words, no
//     place, no desk or agency: "فهد أحمد الصالح", "د. أنور أبو العلا"),
//     at least one of its sentences speaks in the first person, asks,
//     exclaims, calls on the reader or says what must be done
//     (opinionMarked; a sentence with a speaker, mostly quoted or inside a
//     quote that runs over several sentences is someone quoted, not the
//     writer: quotedSpeech); unsigned, at least two of its sentences and
//     a fifth of them do; after a news lead, at least three and three
//     tenths of them (a column that opens on the report it answers: on
//     all of SaudiNewsNet, 45 documents, about 40 of them columns, the
//     rest interviews).
// A copy of an opinion piece in the same event (the same headline) is one
// too, signed or not.

import (
	"html"
	"math"
	"strings"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// opinionWeight weighs the candidates of an opinion piece in an event that
// also holds an article that is none: the news tells what happened.
var opinionWeight = 0.5 // a var for tuning runs and tests

// minUnsignedMarks is the fewest marked sentences (opinionMarks) an
// unsigned article must have to be read as an opinion piece; it must also
// have them in a fifth of its sentences (unsignedMarkShare).
const (
	minUnsignedMarks  = 2
	unsignedMarkShare = 0.2
)

// minLeadMarks is the fewest marked sentences a piece that opens on a news
// lead must have to be read as an opinion piece; it must also have them in
// leadMarkShare of its sentences. News that quotes a speaker who argues
// marks few of its own sentences (a sentence with a speaker is not the
// writer's: quotedSpeech); a column that opens on the report it answers
// argues in most of them.
const (
	minLeadMarks  = 3
	leadMarkShare = 0.3
)

// opinion is what opinionPiece found of a document.
type opinion struct {
	piece  bool   // an opinion piece
	author string // the person who signed it ("" when none)
}

// opinionWords are words of a writer who argues: the first person
// (singular and plural, with the possessive نا of "our" on the nouns a
// column uses most), what must be done, and a call on the reader. Folded
// with lang.Normalize when used.
var opinionWords = foldSet(
	"أنا", "نحن", "إنني", "أنني", "إني", "إننا", "أننا", "لعلنا", "لعلي", "أرى", "أعتقد", "أظن", "أتمنى", "أشعر",
	"أتساءل", "نتساءل", "أقول", "نقول", "كنت", "علينا", "لدينا", "عندنا", "بلادنا", "مجتمعنا", "وطننا", "شبابنا", "أبنائنا",
	"مجتمعاتنا", "نحتاج", "يجب", "ينبغي", "لابد", "عزيزي", "عزيزتي")

// opinionMarked reports whether a sentence argues rather than reports: a
// question, an exclamation, or one of opinionWords (with و or ف before it).
func opinionMarked(s string) bool {
	if strings.ContainsAny(s, "؟?!") {
		return true
	}
	for _, w := range strings.Fields(s) {
		w = lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?…()"))
		if opinionWords[w] {
			return true
		}
		if rest, ok := strings.CutPrefix(w, "و"); ok && opinionWords[rest] {
			return true
		}
		if rest, ok := strings.CutPrefix(w, "ف"); ok && opinionWords[rest] {
			return true
		}
	}
	return false
}

// newsLead reports whether a document's first sentence is a news lead: it
// reports a speaker (it opens on a speech verb: "أعلنت الوزارة …", "قال
// …", or, with speakers, one was found in it) or opens on a dateline or
// credit ("سبق- الرياض:", "الرياض - واس:").
func newsLead(c *claim.Claim, speakers bool) bool {
	if speakers && (c.Speaker != "" || c.SpeakerText != "") {
		return true
	}
	var buf [4]string
	words := firstFields(buf[:0], c.Text, 4)
	if len(words) == 0 {
		return false
	}
	first := strings.Trim(words[0], "«»“”\"'.,،:")
	if contains(speechVerbs, first) || reportVerbs[lang.Normalize(first)] {
		return true
	}
	for _, w := range words[:min(3, len(words))] {
		if strings.HasSuffix(w, ":") || strings.HasSuffix(w, "-") || w == "-" || w == "–" || w == "ـ" {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// bylineSeparators split a byline's parts: a place or an agency from a
// name ("الرياض: واس", "محمد ماهر ـ القدس", "تبوك، تحقيق – نورة العطوي").
const bylineSeparators = ":-–—ـ،,/()\"«»|\t"

// deskWords name a desk, a wire or a section, not a person.
var deskWords = foldSet("واس", "رويترز", "وكالات", "متابعات", "خاص", "المحرر", "التحرير", "فريق", "مراسل", "مراسلنا", "الأناضول", "بي", "أ", "ف", "ب", "د",
	"reuters", "afp", "ap", "staff", "agencies")

// titleWords are a person's titles before the name ("د. أنور أبو العلا").
var titleWords = foldSet("د", "د.", "أ.", "م.", "الدكتور", "الدكتورة", "الأستاذ", "المهندس")

// personAuthor returns the byline author as a person's name: two to five
// words, without a place, a desk or an agency, a dateline's separators or
// a word with the article first (a section: "الملف السياسي"); "" when it
// is none of these. The second result reports a byline that says where or
// by which desk or wire the text was written (a news credit: "الرياض:
// واس", "أثينا - د ب أ"); a person "من" a place ("وولفجانج مونشاو من
// فرانكفورت") is neither: correspondents and columnists both sign so.
func personAuthor(author string) (name string, credit bool) {
	a := strings.TrimSpace(strings.Map(func(r rune) rune {
		if r == '\u00a0' {
			return ' '
		}
		return r
	}, html.UnescapeString(author)))
	if a == "" {
		return "", false
	}
	if strings.ContainsAny(a, bylineSeparators) {
		return "", true
	}
	words := strings.Fields(a)
	// A title before the name ("د. أنور"), also written "د ." or "د.عبد".
	body := words
	if len(body) > 0 && titleWords[lang.Normalize(body[0])] {
		body = body[1:]
	}
	if len(body) > 0 && body[0] == "." {
		body = body[1:]
	}
	if len(body) > 0 && strings.HasPrefix(body[0], "د.") {
		body = append([]string{strings.TrimPrefix(body[0], "د.")}, body[1:]...)
	}
	for k, w := range body {
		f := lang.Normalize(w)
		if f == "من" || f == "في" {
			if k >= 2 {
				return "", false // a person from a place: neither
			}
			return "", true
		}
		if deskWords[f] {
			return "", true
		}
	}
	for _, m := range entity.Find(a, lang.Tokenize(a), align.PlaceLexicon()) {
		if m.Kind == entity.KindPlace {
			return "", true
		}
	}
	if len(body) < 2 || len(body) > 5 || strings.HasPrefix(lang.Normalize(body[0]), "ال") {
		return "", false
	}
	return strings.Join(words, " "), false
}

// opinionPiece reads whether document d, whose claims are cs in the order
// of the text, is an opinion piece, and who signed it (see the top of the
// file).
func opinionPiece(d *corpus.Document, cs []*claim.Claim) opinion {
	// The byline first: most news is credited, and its sentences need no
	// reading.
	name, credit := personAuthor(d.Author)
	if credit {
		return opinion{}
	}
	var body []*claim.Claim
	for _, c := range cs {
		if c.Kind != claim.KindTitle && c.Kind != claim.KindCaption && c.Kind != claim.KindHeading {
			body = append(body, c)
		}
	}
	if len(body) == 0 {
		return opinion{}
	}
	need := 1
	if name == "" {
		need = max(minUnsignedMarks, int(math.Ceil(unsignedMarkShare*float64(len(body)))))
	}
	// A column may open on what someone said ("آخر التسريبات تشير إلى أن
	// …", "قدمت طهران، بحسب وكالة أنباء فارس، مبادرة …"), signed or not:
	// only an opening speech verb or dateline is a lead. And it may open
	// as news does, on the report it answers ("كتب وزير الخارجية مقالاً
	// …", "أعلنت الوزارة …"): after a lead the piece must argue in
	// minLeadMarks of its sentences and leadMarkShare of them.
	if newsLead(body[0], false) {
		need = max(need, minLeadMarks, int(math.Ceil(leadMarkShare*float64(len(body)))))
	}
	marks := 0
	for _, c := range body {
		// Someone quoted in the first person is no writer arguing.
		if !quotedSpeech(c) && opinionMarked(c.Text) {
			if marks++; marks >= need {
				return opinion{piece: true, author: name}
			}
		}
	}
	return opinion{}
}

// opinionDocs reads every document of a that some event of two documents
// or more holds (opinionPiece), by document ID.
func opinionDocs(a *Analysis, docs map[string]*corpus.Document, claims map[string]*claim.Claim) map[string]opinion {
	need := make(map[string]bool)
	for i := range a.Events {
		if len(a.Events[i].Sources) < 2 {
			continue
		}
		for _, s := range a.Events[i].Sources {
			need[s] = true
		}
	}
	byDoc := make(map[string][]*claim.Claim, len(need))
	for i := range a.Claims {
		if c := &a.Claims[i]; need[c.Doc] {
			byDoc[c.Doc] = append(byDoc[c.Doc], c)
		}
	}
	ids := make([]string, 0, len(need))
	for id := range need {
		ids = append(ids, id)
	}
	found := make([]opinion, len(ids))
	forEach(len(ids), func(_, k int) {
		d := docs[ids[k]]
		if d == nil {
			return
		}
		cs := byDoc[ids[k]]
		sortByStart(cs)
		found[k] = opinionPiece(d, cs)
	})
	out := make(map[string]opinion, len(ids))
	for k, id := range ids {
		if found[k].piece {
			out[id] = found[k]
		}
	}
	return out
}

// sortByStart puts claims in the order of their text.
func sortByStart(cs []*claim.Claim) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].Start < cs[j-1].Start; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// eventOpinions returns, for the documents of ev, which are opinion pieces
// (a copy of one, the same headline, is one too) and whether all are.
func eventOpinions(ev *align.Event, docs map[string]*corpus.Document, ops map[string]opinion) (map[string]opinion, bool) {
	if len(ops) == 0 {
		return nil, false
	}
	out := make(map[string]opinion)
	heads := make(map[string]opinion)
	for _, s := range ev.Sources {
		if op, ok := ops[s]; ok {
			out[s] = op
			if d := docs[s]; d != nil && strings.TrimSpace(d.Title) != "" {
				h := lang.Normalize(HeadlineText(d.Title))
				if heads[h].author == "" {
					heads[h] = op
				}
			}
		}
	}
	if len(out) == 0 {
		return nil, false
	}
	for _, s := range ev.Sources {
		if _, ok := out[s]; ok {
			continue
		}
		if d := docs[s]; d != nil && strings.TrimSpace(d.Title) != "" {
			if op, ok := heads[lang.Normalize(HeadlineText(d.Title))]; ok {
				out[s] = opinion{piece: true, author: op.author}
			}
		}
	}
	return out, len(out) == len(ev.Sources)
}

// opinionTitle is the title of an event made only of opinion pieces: the
// headline of the column the title was taken from (its argument's
// sentences state a thesis, not a happening), after "مقال لـ <author>: "
// when a person signed it, else after "رأي: ".
func opinionTitle(t EventTitle, docs map[string]*corpus.Document, ops map[string]opinion, free map[string]string) EventTitle {
	d := docs[t.Doc]
	if d == nil {
		return t
	}
	if h := HeadlineText(headTitle(d, free)); wordCount(h) >= 1 {
		t.Title, t.Claim = h, ""
	}
	if a := ops[t.Doc].author; a != "" {
		t.Title = "مقال لـ " + a + ": " + t.Title
	} else {
		t.Title = "رأي: " + t.Title
	}
	return t
}

// newsOver weighs a candidate of document doc: opinionWeight for an
// opinion piece in an event that also holds news, else 1.
func newsOver(ops map[string]opinion, allOps bool, doc string) float64 {
	if !allOps && ops[doc].piece {
		return opinionWeight
	}
	return 1
}

// quotedSpeech reports whether a sentence is someone's quoted words rather
// than the writer's: it has a speaker, is mostly inside quote marks
// (quotedShare 0.3 or more), or opens or closes a quote it does not hold
// whole (a quote running over several sentences: "أنا سعيد بالنتيجة.",
// "… أعتقد أن المركز الرابع ممتاز\"").
func quotedSpeech(c *claim.Claim) bool {
	if c.Speaker != "" || quotedShare(c) >= 0.3 {
		return true
	}
	return strings.Count(c.Text, "\"")%2 == 1 || strings.Count(c.Text, "«") != strings.Count(c.Text, "»") ||
		strings.Count(c.Text, "“") != strings.Count(c.Text, "”")
}
