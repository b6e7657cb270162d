package analysis

// Rubrics: an outlet's recurring column or section label before a
// headline's colon.
//
// "نافذة على مؤسسة تعليمية: جامعة لشبونة.. ولدت عملاقة" and "المشهد: عن
// رحيل جيمس هورنر" open with the outlet's rubric, not with what happened;
// "وزير الخارجية التونسي: الإرهاب لن ينتصر" and "أهالي جنوب الرس: نعاني
// من …" have the same shape and open with who speaks, which a title must
// keep. No word list tells them apart; the corpus does. A label before a
// headline's colon (one to maxRubricWords words of letters) is a rubric
// when
//
//   - it opens at least minRubricRepeats headlines of one outlet, each
//     saying something else after it (a label used once is as likely a
//     speaker as a rubric);
//   - no other outlet opens a headline with it: a speaker, a place or a
//     ministry speaks to every outlet ("الجبير:", "مصر:", "الصحة:"), a
//     rubric is one outlet's own;
//   - it names no one the entity finder knows on its own (a role, a
//     place, an organisation or an outlet of its lexicon: "وزير الدفاع
//     الأميركي", "أمين جدة");
//   - the articles under it do not name it: a speaker or a columnist is
//     named in the text of the articles their words head ("وقال خلفان",
//     a column's signature), a rubric is not. A label whose words (a
//     clitic or the article allowed) occur in the claims of a third of
//     its articles or more is a name. On the whole of SaudiNewsNet the
//     rubrics that recur so are named in 0–29% of their articles ("قصة
//     مصورة" 0 of 26, "رحالة الصيف" 0 of 18, "المشهد" 2 of 7), the
//     speakers and columnists that recur in one outlet only in 43–100%
//     ("أحمد العرفج" 3 of 7, "ناصر الجديع" 13 of 15, "خلفان" 3 of 3).
//
// A rubric goes from the headline before it is cut (HeadlineText); what
// is left is weighed as any headline, so a column's topic ("عن رحيل جيمس
// هورنر", "الماجنا كارتا") weighs as a topic (statesAct). A corpus of one
// article, or of a few articles of one outlet, keeps every label: nothing
// recurs.

import (
	"html"
	"slices"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// Limits of a rubric.
const (
	// minRubricRepeats is how many headlines of one outlet a label must
	// open, each with another text after it. On the whole of SaudiNewsNet
	// 3 drops 62 headlines' labels, all rubrics (8 labels: "قصة مصورة",
	// "رحالة الصيف", "المشهد", "من التاريخ", "شاشة الناقد" …); 2 drops 30
	// more, two thirds of them speakers the other tests miss ("كاتب
	// سعودي", "مثقفون", "الجيش المصري", "ملاك المدارس الأهلية").
	minRubricRepeats = 3
	// maxRubricWords is the longest label ("نافذة على مؤسسة تعليمية").
	maxRubricWords = 5
	// minRestWords is the fewest words a headline must keep after its
	// rubric.
	minRestWords = 2
	// maxNamedShare: a label named in the claims of this share of its
	// articles or more is a name, not a rubric.
	maxNamedShare = 1.0 / 3
)

// rubricFree returns, for each document whose headline opens with a
// rubric of its outlet, its headline without the rubric (by document ID).
// claims are the claims of the analysis, grouped by document or not.
func rubricFree(docs []*corpus.Document, claims []claim.Claim) map[string]string {
	type use struct {
		rests map[string]bool // the folded texts after the label
		docs  []int           // indices in docs
	}
	uses := make(map[[2]string]*use) // outlet, folded label
	outlets := make(map[string]map[string]bool)
	for i, d := range docs {
		label, rest, ok := splitLabel(d.Title)
		if !ok {
			continue
		}
		out := corpus.DisplayName(d)
		key := [2]string{out, label}
		u := uses[key]
		if u == nil {
			u = &use{rests: make(map[string]bool)}
			uses[key] = u
		}
		u.rests[lang.Normalize(rest)] = true
		u.docs = append(u.docs, i)
		if outlets[label] == nil {
			outlets[label] = make(map[string]bool)
		}
		outlets[label][out] = true
	}
	// Labels of one outlet that recur and that the entity finder does
	// not read as a name, with their folded words.
	lex, err := entity.Default()
	if err != nil {
		return nil
	}
	an := lang.NewAnalyzer()
	var rubrics []*use
	var labels [][]string
	need := make(map[string]bool)
	for key, u := range uses {
		if len(u.rests) < minRubricRepeats || len(outlets[key[1]]) > 1 {
			continue
		}
		// Quote marks split a role from its complement (متحدث
		// «الانتخابات البلدية»): the finder reads the label without them.
		raw, _, _ := strings.Cut(html.UnescapeString(docs[u.docs[0]].Title), ":")
		raw = unquote(raw)
		if len(entity.Find(raw, an.Tokenize(raw, nil), lex)) > 0 {
			continue
		}
		rubrics = append(rubrics, u)
		labels = append(labels, strings.Fields(lang.Normalize(raw)))
		for _, i := range u.docs {
			need[docs[i].ID] = true
		}
	}
	if len(rubrics) == 0 {
		return nil
	}
	// Those that the articles under them name are names.
	texts := claimTexts(claims, need)
	out := make(map[string]string)
	for k, u := range rubrics {
		named := 0
		for _, i := range u.docs {
			if namedIn(labels[k], texts[docs[i].ID]) {
				named++
			}
		}
		if float64(named) >= maxNamedShare*float64(len(u.docs)) {
			continue
		}
		for _, i := range u.docs {
			_, rest, _ := strings.Cut(html.UnescapeString(docs[i].Title), ":")
			out[docs[i].ID] = strings.TrimSpace(rest)
		}
	}
	return out
}

// splitLabel splits a headline at its first colon into the folded label
// before it and the text after it, when the label may be a rubric: one to
// maxRubricWords words of letters (no digit, no dash or slash: a dateline
// or a wire's section), and minRestWords words or more after it.
func splitLabel(title string) (label, rest string, ok bool) {
	head, rest, ok := strings.Cut(html.UnescapeString(title), ":")
	if !ok || wordCount(rest) < minRestWords {
		return "", "", false
	}
	n := wordCount(head)
	if n == 0 || n > maxRubricWords {
		return "", "", false
	}
	for _, r := range head {
		if !unicode.IsLetter(r) && !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) && !strings.ContainsRune(quoteMarks, r) && r != '.' {
			return "", "", false
		}
	}
	return labelKey(head), strings.TrimSpace(rest), true
}

// quoteMarks may enclose a label or a word of it («العمل»).
const quoteMarks = "«»“”\"'‘’{}"

// labelKey is a label folded for matching: without quote marks, its words
// single-spaced.
func labelKey(s string) string {
	return strings.Join(strings.Fields(lang.Normalize(unquote(s))), " ")
}

// unquote is s with its quote marks turned to spaces, its words
// single-spaced.
func unquote(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(quoteMarks, r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// claimTexts gathers the texts of the claims of the documents in need,
// by document ID.
func claimTexts(claims []claim.Claim, need map[string]bool) map[string][]string {
	out := make(map[string][]string, len(need))
	for i := range claims {
		if need[claims[i].Doc] {
			out[claims[i].Doc] = append(out[claims[i].Doc], claims[i].Text)
		}
	}
	return out
}

// namedIn reports whether the folded words of label occur in a row in one
// of texts, the first perhaps with a clitic or the article before it
// ("وقال خلفان", "الدراسة" for "دراسة").
func namedIn(label []string, texts []string) bool {
	if len(label) == 0 {
		return false
	}
	for _, t := range texts {
		words := strings.Fields(lang.Normalize(t))
		for k, w := range words {
			words[k] = strings.Trim(w, ".,،:؛;!؟?()[]\"'")
		}
		for i := 0; i+len(label) <= len(words); i++ {
			if !withClitic(words[i], label[0]) {
				continue
			}
			if slices.Equal(words[i+1:i+len(label)], label[1:]) {
				return true
			}
		}
	}
	return false
}

// withClitic reports whether w is name, or name with a clitic (cliticOf)
// or the article before it.
func withClitic(w, name string) bool {
	if cliticOf(w, name) {
		return true
	}
	if strings.HasPrefix(name, "ال") {
		return false
	}
	return cliticOf(w, "ال"+name)
}
