// Package modality finds the cues that change what a sentence commits to —
// hedges, negations, announcements of the future, assertions — with byte
// offsets into the original text, and knows which verbs and nouns are
// opposites, so that two reports of one fact that differ in polarity
// ("أكد" against "نفى") or in certainty ("من المتوقع" against "أكد") can be
// told apart.
//
// # How cues are found
//
// The sentence is tokenised once (lang.Tokenize: folded forms, byte
// offsets) and cue phrases are matched on folded tokens, longest first; the
// first word may carry the conjunction و or ف (ولم، فلا، وأكد). Fixed
// expressions that contain a negation particle but negate nothing are
// consumed first and give no cue: لا سيما (especially), لا يزال/لا تزال/ما
// زال (still), لا بد (must), غير أن (however), ليس فقط (not only), "no
// doubt"/لا شك (which assert). Then:
//
//   - hedge: من المتوقع/المرجح/المحتمل/المرتقب، يتوقع، متوقع، ربما، يرجح، يعتقد،
//     يبدو، محتمل، يشتبه، يزعم، مزعوم، يقال، أفادت/ذكرت/بحسب تقارير، أنباء عن،
//     لم يتسن التحقق، and قد before an imperfect verb (قد يؤدي، قد تشهد; قد
//     before a perfect — قد أكد، قد تم — is "already", no hedge); English
//     reportedly, allegedly, expected to, may, might, could, likely, possibly,
//     perhaps, probably, apparently.
//   - negation: لا، لم، لن، ليس/ليست، عدم، نفى/ينفي/نفت، لا يوجد، بدون، بلا،
//     دون before a word (not before a number: "دون 74 دولاراً" is below),
//     غير before a
//     word (غير مسبوق، غير قانوني; not غير أن، غير ذلك); English not, no,
//     never, none, nobody, denied/denies/deny and -n't.
//   - future: سوف، المزمع، من المقرر، المقرر، مرتقب/المرتقب (the upcoming,
//     the scheduled); English will, scheduled, planned, upcoming. The future
//     prefix سـ on verbs is not used: سيارة and سوريا begin with it too.
//   - assertion: أكد/يؤكد/أكدت/مؤكداً/تأكيد، لا شك، English confirmed,
//     confirms, affirmed, reaffirmed, "no doubt".
package modality

import (
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/wordset"
	"github.com/claimdiff/claimdiff/lang"
)

// Cue kinds.
const (
	Hedge     = "hedge"     // the claim is uncertain, expected or second-hand
	Negation  = "negation"  // the claim is negated or denied
	Future    = "future"    // the claim is about something planned or coming
	Assertion = "assertion" // the claim is stated as confirmed
)

// Cue is one hedging, negation, future or assertion cue of a text.
type Cue struct {
	Start int    // byte offset of the cue's first byte
	End   int    // byte offset just past the cue
	Text  string // text[Start:End]
	Kind  string // Hedge, Negation, Future or Assertion
}

// phrase is a cue or fixed expression in folded words; kind "" marks a
// fixed expression that gives no cue.
type phrase struct {
	words []string
	kind  string
}

const fixed = ""

// phraseList is every phrase, written as printed and folded at init.
var phraseList = []struct {
	kind    string
	phrases []string
}{
	{fixed, []string{
		"لا سيما", "لا سيّما", "لا يزال", "لا تزال", "لا يزالون", "لا تزالان", "لا يزالان", "لا زال",
		"لا زالت", "لا زالوا", "ما زال", "ما زالت", "ما زالوا", "ما يزال", "ما تزال", "مازال", "مازالت",
		"لازال", "لازالت", "لايزال", "لاتزال", "لا بد", "لابد", "غير أن", "غير أنه", "غير أنها",
		"غير أنهم", "غير ذلك", "ليس فقط", "لا غير",
		// Bounds of a number (claim/numbers reads them) and comparisons.
		"لا يقل عن", "لا تقل عن", "لا يقل", "لا تقل", "لا يزيد عن", "لا يزيد على", "لا تزيد عن",
		"لا تزيد على", "أكبر من المتوقع", "أقل من المتوقع", "أعلى من المتوقع", "أدنى من المتوقع",
		"أكثر من المتوقع", "than expected", "no fewer than", "no less than", "no more than", "not only", "no longer than", "nonetheless",
	}},
	{Assertion, []string{
		"لا شك", "لا ريب", "مما لا شك فيه", "no doubt", "without doubt",
		"أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "يؤكدون", "مؤكدا", "مؤكدة", "مؤكدين", "تأكيد",
		"التأكيد", "بالتأكيد", "مؤكد", "confirmed", "confirms", "confirm", "affirmed", "reaffirmed",
	}},
	{Hedge, []string{
		"من المتوقع", "من المرجح", "من المحتمل", "من المرتقب", "من غير المستبعد", "من غير المرجح",
		"يتوقع", "تتوقع", "يتوقعون", "متوقع", "متوقعة", "المتوقع", "ربما", "لربما", "يرجح", "ترجح",
		"مرجح", "المرجح", "يعتقد", "تعتقد", "يعتقدون", "يبدو", "تبدو", "على ما يبدو", "محتمل",
		"محتملة", "المحتمل", "المحتملة", "يحتمل", "يشتبه", "المشتبه", "يزعم", "تزعم", "مزعوم",
		"المزعوم", "المزعومة", "مزعومة", "يقال", "يُقال",
		"أفادت تقارير", "أفادت أنباء", "ذكرت تقارير", "تشير تقارير", "تفيد تقارير", "بحسب تقارير",
		"حسب تقارير", "وفق تقارير", "وفقا لتقارير", "أنباء عن", "تقارير عن", "أنباء غير مؤكدة",
		"لم يتسن التحقق", "لم يتسن التأكد", "لم يتسن", "غير مؤكد", "غير مؤكدة",
		"reportedly", "allegedly", "alleged", "expected to", "is expected", "are expected", "expected",
		"may", "might", "could", "likely", "unlikely", "possibly", "perhaps", "probably",
		"apparently", "reports say", "said to be",
	}},
	{Future, []string{
		"سوف", "المزمع", "مزمع", "المزمعة", "مزمعة", "من المقرر", "المقرر", "المقررة", "مقرر", "مقررة",
		"المرتقب", "المرتقبة", "مرتقب", "مرتقبة", "المقبل", "المقبلة", "will", "scheduled", "planned", "upcoming",
	}},
	{Negation, []string{
		"لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لسنا", "لست", "لستم", "عدم", "لا يوجد", "لا توجد",
		"نفى", "ينفي", "تنفي", "نفت", "نفوا", "ينفون", "نافيا", "نافية", "نفي", "بدون", "دون", "بلا",
		"not", "no", "never", "none", "nobody", "neither", "nor", "denied", "denies", "deny", "denying",
		"cannot",
	}},
}

// phrases maps a first folded word to its phrases, longest first.
var phrases = func() map[string][]phrase {
	m := map[string][]phrase{}
	for _, g := range phraseList {
		for _, p := range g.phrases {
			ws := strings.Fields(lang.Normalize(p))
			m[ws[0]] = append(m[ws[0]], phrase{ws, g.kind})
		}
	}
	for k, v := range m {
		for i := range v {
			for j := i + 1; j < len(v); j++ {
				if len(v[j].words) > len(v[i].words) {
					v[i], v[j] = v[j], v[i]
				}
			}
		}
		m[k] = v
	}
	return m
}()

// phrasesFilter holds the first words of phrases: most words of a text
// are none, and the filter says so without the map's lookup.
var phrasesFilter = wordset.Of(phrases)

// lookupPhrases returns phrases[w].
func lookupPhrases(w string) ([]phrase, bool) {
	if !phrasesFilter.MayHave(w) {
		return nil, false
	}
	cands, ok := phrases[w]
	return cands, ok
}

// Find returns the cues of text in order. Fixed expressions (لا سيما، لا
// يزال، غير أن, …) give none. It is safe for concurrent use.
func Find(text string) []Cue {
	return FindTokens(text, lang.Tokenize(text))
}

// FindTokens is Find over tokens already made (offsets into text), so that
// a caller holding an article's tokens does not tokenize it again.
func FindTokens(text string, toks []lang.Token) []Cue {
	var out []Cue
	for i := 0; i < len(toks); {
		kind, n := match(text, toks, i)
		if n == 0 {
			i++
			continue
		}
		if kind != fixed {
			s, e := toks[i].Start, toks[i+n-1].End
			out = append(out, Cue{Start: s, End: e, Text: text[s:e], Kind: kind})
		}
		i += n
	}
	return out
}

// Hedged reports whether text carries a hedge cue.
func Hedged(text string) bool { return has(text, Hedge) }

// Negated reports whether text carries a negation cue; fixed expressions
// such as لا سيما and لا يزال do not count.
func Negated(text string) bool { return has(text, Negation) }

func has(text, kind string) bool {
	for _, c := range Find(text) {
		if c.Kind == kind {
			return true
		}
	}
	return false
}

// match returns the kind of the cue at token i and how many tokens it
// spans (0 when none).
func match(text string, toks []lang.Token, i int) (string, int) {
	w := toks[i].Norm
	if toks[i].Kind != lang.Word {
		return "", 0
	}
	cands, ok := lookupPhrases(w)
	if !ok && len(w) > 4 && (w[:2] == "و" || w[:2] == "ف") {
		cands, ok = lookupPhrases(w[2:])
		w = w[2:]
	}
	for _, p := range cands {
		if n, ok := matchSeq(text, toks, i, p.words); ok && accept(text, toks, i, w, p) {
			return p.kind, n
		}
	}
	if w == "قد" && i+1 < len(toks) && adjacent(text, toks, i, i+1) && imperfect(toks[i+1].Norm) {
		return Hedge, 2
	}
	if w == "غير" && i+1 < len(toks) && adjacent(text, toks, i, i+1) && toks[i+1].Kind == lang.Word {
		return Negation, 1
	}
	// didn't, won't: lang keeps the apostrophe between Latin letters.
	if n := len(w); n >= 4 && w[n-1] == 't' && w[n-3] == 'n' && (w[n-2] == '\'' || w[n-2] == '"' || w[n-2] == '\x19') {
		return Negation, 1
	}
	return "", 0
}

// accept applies the few checks a bare word match needs.
func accept(text string, toks []lang.Token, i int, w string, p phrase) bool {
	if len(p.words) > 1 {
		return true
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Norm
	}
	switch w {
	case "may":
		// The month: in May, May 2025, 15 May.
		if i+1 < len(toks) && toks[i+1].Kind == lang.Number || i > 0 && toks[i-1].Kind == lang.Number ||
			i > 0 && (toks[i-1].Norm == "in" || toks[i-1].Norm == "of" || toks[i-1].Norm == "since") {
			return false
		}
	case "no":
		return i+1 >= len(toks) || toks[i+1].Kind != lang.Number
	case "دون":
		// "without", not "below" a number (دون 74 دولاراً) nor "short of"
		// a level (دون المستوى، دون سن).
		return i+1 < len(toks) && toks[i+1].Kind == lang.Word && next != "مستوي" && next != "سن" && next != "المستوي"
	case "المقرر", "مقرر":
		// The UN's special rapporteur.
		return next != "الخاص" && next != "الاممي"
	}
	return true
}

// matchSeq matches words from token i (the first word already checked,
// possibly after a clitic) and returns how many tokens they span.
func matchSeq(text string, toks []lang.Token, i int, words []string) (int, bool) {
	for n := 1; n < len(words); n++ {
		if i+n >= len(toks) || toks[i+n].Norm != words[n] || !adjacent(text, toks, i+n-1, i+n) {
			return 0, false
		}
	}
	return len(words), true
}

// adjacent reports whether only spaces separate tokens a and b.
func adjacent(text string, toks []lang.Token, a, b int) bool {
	for _, r := range text[toks[a].End:toks[b].Start] {
		switch r {
		case ' ', '\t', '\u00a0', '\u200f', '\u200e', '\u200c', 'ـ':
		default:
			return false
		}
	}
	return true
}

// perfectT are perfect verbs beginning with ت that follow قد as "already":
// قد تم، قد تمكن.
var perfectT = map[string]bool{"تم": true, "تمت": true, "تمكن": true, "تمكنت": true, "توفي": true, "تسبب": true, "تسببت": true}

// imperfect guesses whether the folded word w is an imperfect verb: it
// begins with ي, or with ت and is not a known perfect or a form-VI perfect
// (تراجع، تجاوز: ت, a letter, ا). Perfect verbs are what قد means "already"
// before, so a wrong guess turns a hedge into no cue, or the reverse.
func imperfect(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	switch r {
	case 'ي':
		return utf8.RuneCountInString(w) >= 3
	case 'ت':
		if perfectT[w] {
			return false
		}
		rest := w[size:]
		_, s2 := utf8.DecodeRuneInString(rest)
		if r3, _ := utf8.DecodeRuneInString(rest[s2:]); r3 == 'ا' && utf8.RuneCountInString(w) == 5 {
			return false
		}
		return utf8.RuneCountInString(w) >= 3
	}
	return false
}
