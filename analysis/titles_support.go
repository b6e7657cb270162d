package analysis

// This file holds what backs a title: other sources aligned with its document, its echo in other
// headlines, and who speaks first. The overview of how titles are chosen is at the top of
// titles.go.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// alignSupport returns, for every event of a (in the order of a.Events),
// how many other documents of the event each document shares an
// alignment with (claims of different articles aligned as one fact),
// under the key "" the most of any of its documents. The documents that
// share the most facts with the others are the core of the story; one
// that shares none tells a side story the event took in.
func alignSupport(a *Analysis, claims map[string]*claim.Claim) []map[string]int {
	index := make(map[string]int, len(a.Events))
	for i := range a.Events {
		index[a.Events[i].ID] = i
	}
	links := make([]map[[2]string]bool, len(a.Events))
	var docs []string
	for _, al := range a.Alignments {
		i, ok := index[al.Event]
		if !ok || len(al.Claims) < 2 {
			continue
		}
		docs = docs[:0]
		for _, id := range al.Claims {
			if c := claims[id]; c != nil && !slices.Contains(docs, c.Doc) {
				docs = append(docs, c.Doc)
			}
		}
		for x := range docs {
			for y := x + 1; y < len(docs); y++ {
				if links[i] == nil {
					links[i] = make(map[[2]string]bool)
				}
				p, q := docs[x], docs[y]
				if q < p {
					p, q = q, p
				}
				links[i][[2]string{p, q}] = true
			}
		}
	}
	out := make([]map[string]int, len(a.Events))
	for i, l := range links {
		if len(l) == 0 {
			continue
		}
		deg := make(map[string]int)
		for p := range l {
			deg[p[0]]++
			deg[p[1]]++
		}
		most := 0
		for _, d := range deg {
			most = max(most, d)
		}
		deg[""] = most
		out[i] = deg
	}
	return out
}

// supportFloor weighs a candidate of a document that shares no alignment
// with the other documents of an event whose core spans minCoreDocs
// documents or more; one of the best-supported documents weighs 1, and
// the others in between, by their share of the best support. Chosen on
// the SaudiNewsNet stories (3,950): at 0.6, 211 titles change; of 60
// read at random 18 tell the event's main story better, 2 worse, 40
// neither; 0.7 changes 44 fewer (of 16 read, 4 better, 1 worse) and 0.5
// 48 more, mostly neither.
const supportFloor = 0.6

// minCoreDocs is the least support (documents aligned to one document
// beside it) that marks an event's core: in an event of two documents,
// or of pairs, no document is the story's core.
const minCoreDocs = 2

// supportWeight weighs a candidate of document doc by the event's
// alignments around it (alignSupport).
func supportWeight(support map[string]int, doc string) float64 {
	most := support[""]
	if most < minCoreDocs {
		return 1
	}
	return supportFloor + (1-supportFloor)*float64(support[doc])/float64(most)
}

// firstPersonWeight weighs a candidate in the first person (speaksFirst),
// as a vocative or a quote of most of a text is weighed: someone's words
// without who said them.
const firstPersonWeight = 0.5

// firstPersonOpeners are verbs of the present in the first person singular
// that open a speaker's words ("أشكر اللاعبين …", "أتمنى …"), written
// with their hamza: without it (اعتذر، اكد) most are verbs of the past.
var firstPersonOpeners = []string{"أشكر", "أتمنى", "أتوقع", "أعتقد", "أطالب", "أرفض", "أعتذر", "أرحب", "أدعو", "أؤكد", "أثق", "أرى", "أشعر", "أحب", "أعرف", "أقول", "أنا"}

// speaksFirst reports whether a text opens in the first person singular:
// on one of firstPersonOpeners, on the future سأ ("سأرحل عن النادي"), or
// on لن or لم before a verb in أ of four letters or more ("لن أترك …",
// "لم أقصد …"; لا is left out: "لا أخطاء", "لا أحد"). Only forms no verb of the past or noun shares are
// read: أعلن may be "he announced" and أكبر "the biggest".
func speaksFirst(s string) bool {
	var buf [2]string
	words := firstFields(buf[:0], strings.TrimLeft(strings.TrimSpace(s), "\"“«'"), 2)
	if len(words) < 2 {
		return false
	}
	first := strings.Trim(words[0], "«»“”\"'.,،:؛!")
	if rest, ok := strings.CutPrefix(first, "و"); ok && utf8.RuneCountInString(rest) >= 3 {
		first = rest
	}
	if slices.Contains(firstPersonOpeners, first) {
		return true
	}
	if rest, ok := strings.CutPrefix(first, "سأ"); ok && utf8.RuneCountInString(rest) >= 3 {
		return true
	}
	if first == "لن" || first == "لم" {
		next := strings.Trim(words[1], "«»“”\"'.,،:؛!")
		return strings.HasPrefix(next, "أ") && utf8.RuneCountInString(next) >= 4 && !strings.HasPrefix(next, "أحد") && !strings.HasPrefix(next, "أكثر") && !strings.HasPrefix(next, "أقل")
	}
	return false
}

// crowdWords name unnamed people who speak together in a headline's part
// before its colon ("مواطنون ومقيمون: …", "زوار: …", "خبراء: …").
var crowdWords = foldSet("مواطنون", "مواطنين", "مواطنات", "مقيمون", "مقيمين", "زوار", "زائرون", "خبراء", "مختصون", "مختصين", "متخصصون", "اقتصاديون", "مغردون", "أهالي", "اهالي", "متابعون", "مراقبون", "محللون", "شباب", "فتيات", "طلاب", "معلمون", "أولياء", "أمور", "مستثمرون", "تجار", "عقاريون", "رياضيون", "مثقفون", "أدباء", "حجاج", "مرضى", "سكان", "مصلون", "مسؤولون", "مشاركون", "مشاركات", "مستفيدون", "مواطن", "مقيم", "وافدون")

// crowdSpeaks reports whether the part of a headline before its colon is
// crowdWords, joined by و ("مواطنون ومقيمون: …"), or crowdWords before
// من or في and where they are from ("زوار من الخليج: …"): what unnamed
// people say, a vox pop. A named group ("أهالي حائل: …") is not read.
func crowdSpeaks(title string) bool {
	before, after, ok := strings.Cut(title, ":")
	if !ok || wordCount(after) < 2 {
		return false
	}
	words := strings.Fields(before)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		w = lang.Normalize(strings.Trim(w, "«»“”\"'"))
		if rest, ok := strings.CutPrefix(w, "و"); ok && crowdWords[rest] {
			w = rest
		}
		if !crowdWords[w] {
			return i > 0 && (w == "و" || w == "من" || w == "في") // "… من مكة"
		}
	}
	return true
}

// topicAfterColon reports whether what follows a headline's colon is one
// definite noun after a phrase of three words or more ("تجارب تستحق أن
// يستفاد منها: الإسكان"): the column's subject, not what anyone said. A
// speaker's words are seldom one word with the article; two words are
// often a short quote ("بلاتر لبوتين: نعم.. لروسيا").
func topicAfterColon(title string) bool {
	before, after, ok := strings.Cut(title, ":")
	if !ok || wordCount(before) < 3 || wordCount(after) != 1 {
		return false
	}
	w := lang.Normalize(strings.Trim(strings.TrimSpace(after), "«»“”\"'.!"))
	return strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4
}

// headlineEcho is how much the headlines of the event's other articles
// (heads, all but doc's) use the words title adds to the words of the
// headline it stands in for (words): the mean, over its added content
// stems, of the share of those headlines using each. What several
// outlets wrote ("4 طرق رئيسة تربط مكة بجدة …" beside "ربط مكة وجدة بـ 4
// طرق …") tells what happened; a word of one outlet's ("طرق مكة - جدة
// تتنفس") its own turn of phrase.
func headlineEcho(title, doc string, words []string, heads []headline) float64 {
	var others [][]string
	for _, h := range heads {
		if h.doc != nil && h.doc.ID != doc {
			others = append(others, contentStems(h.title))
		}
	}
	if len(others) == 0 {
		return 0
	}
	sum, n := 0.0, 0
	for _, s := range contentStems(title) {
		if slices.Contains(words, s) {
			continue
		}
		n++
		for _, o := range others {
			if slices.Contains(o, s) {
				sum++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n) / float64(len(others))
}

// speakerFirstWeight weighs a headline quoting its speaker in the first
// person after a colon (quotesFirst): someone's promise or refusal, not
// what happened. Chosen on the SaudiNewsNet stories (3,950): at 0.7, 2
// titles change, both better ('مارادونا يريد محاربة «مافيا» الفيفا' for
// 'مارادونا: سأحارب «مافيا» الفساد'); at 0.5 3 more change, 2 of them
// worse (a denial gives way to another quote of its speaker).
const speakerFirstWeight = 0.7

// quotesFirst reports whether headline s names its speaker (three words
// or fewer) before a colon and quotes them in the first person after it
// (speaksFirst): "هزازي: لن أعود …".
func quotesFirst(s string) bool {
	before, after, ok := strings.Cut(s, ":")
	return ok && wordCount(before) <= 3 && speaksFirst(after)
}
