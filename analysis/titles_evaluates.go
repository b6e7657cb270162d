package analysis

// Evaluation: a headline that judges or predicts rather than tells.
//
// An analysis's or a column's headline ("رحيل المدرب نتيجة محتملة لموسم
// مؤسف") weighs what happened or may happen: it names an act's noun, but
// its predicate is a judgement (مؤسف), a likelihood (محتمل, مرجح) or a
// duty (يجب, ينبغي). Such a headline gives way, as one that describes its
// topic does, to a candidate that tells an act and weighs describeWeight
// of it or more (actInstead). A speaker's judgement ("الوزير: …") is the
// speaker's news and is none. All SaudiNewsNet (3,946 stories, after
// backedInstead): 2 titles change, both better (a possible deal gives way
// to its approval, an analysis's prediction to the agreement).

import (
	"strings"

	"github.com/claimdiff/claimdiff/lang"
)

// evalWords are the words of a judgement, a likelihood or a duty.
var evalWords = foldSet("محتمل", "محتملة", "محتملا", "محتملاً", "مؤسف", "مؤسفة", "مرجح", "مرجحة", "يجب", "ينبغي")

// evaluates reports whether a headline judges or predicts (see the comment
// at the top of the file).
func evaluates(title string) bool {
	if strings.ContainsAny(title, ":：") {
		return false
	}
	for _, w := range strings.Fields(title) {
		if evalWords[lang.Normalize(strings.Trim(w, "«»“”\"'.,،:؛!؟?…"))] {
			return true
		}
	}
	return false
}
