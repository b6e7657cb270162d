package modality

import (
	"slices"

	"github.com/claimdiff/claimdiff/lang"
)

// Opposites
//
// Each sense (confirm, deny, rise, fall, …) is listed as the surface words
// news copy uses for it — perfect and imperfect verb, verbal noun,
// participle, Arabic and English. At init every word is tokenised with
// lang.Tokenize, and both its folded form and its stem become keys of the
// sense, so callers may pass either a Token's Norm or its Stem. Two keys are
// opposite when their senses form one of the pairs below.
//
// Stems are light, so a key may stand for more than the sense: قبل "accepted"
// is also قبل "before" (a stop word, which callers comparing content words
// skip anyway), زاد "increased" also زاد "provisions".

// senses lists the surface words of each sense.
var senses = map[string][]string{
	"confirm": {"أكد", "أكدت", "يؤكد", "تؤكد", "تأكيد", "مؤكدا", "confirm", "confirmed", "confirms", "affirm", "affirmed"},
	"deny":    {"نفى", "نفت", "ينفي", "تنفي", "نفي", "نافيا", "deny", "denied", "denies"},
	"accept":  {"قبل", "قبلت", "يقبل", "تقبل", "قبول", "accept", "accepted", "accepts"},
	"agree":   {"وافق", "وافقت", "يوافق", "توافق", "موافقة", "agree", "agreed", "approve", "approved"},
	"reject":  {"رفض", "رفضت", "يرفض", "ترفض", "رافضا", "الرافض", "reject", "rejected", "rejects", "refuse", "refused"},
	"support": {"أيد", "أيدت", "يؤيد", "تؤيد", "تأييد", "دعم", "دعمت", "يدعم", "تدعم", "support", "supported", "supports", "backed"},
	"oppose":  {"عارض", "عارضت", "يعارض", "تعارض", "معارضة", "oppose", "opposed", "opposes"},
	"welcome": {"رحب", "رحبت", "يرحب", "ترحب", "ترحيب", "مرحبا", "welcome", "welcomed", "welcomes"},
	"condemn": {"ندد", "نددت", "يندد", "تندد", "تنديد", "أدان", "أدانت", "يدين", "تدين", "إدانة", "condemn", "condemned", "condemns", "denounced"},
	"succeed": {"نجح", "نجحت", "ينجح", "تنجح", "نجاح", "succeed", "succeeded", "success"},
	"fail":    {"فشل", "فشلت", "يفشل", "تفشل", "إخفاق", "أخفق", "fail", "failed", "failure"},
	"rise":    {"ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "زاد", "زادت", "يزيد", "تزيد", "زيادة", "تزايد", "rise", "rose", "risen", "increase", "increased", "grew"},
	"fall":    {"انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض", "تراجع", "تراجعت", "يتراجع", "هبط", "هبوط", "تقلص", "fall", "fell", "fallen", "decrease", "decreased", "decline", "declined", "drop", "dropped"},
	"open":    {"فتح", "فتحت", "يفتح", "تفتح", "افتتاح", "افتتح", "open", "opened", "reopened"},
	"close":   {"أغلق", "أغلقت", "يغلق", "تغلق", "إغلاق", "close", "closed", "shut"},
	"win":     {"فاز", "فازت", "يفوز", "فوز", "win", "won", "wins"},
	"lose":    {"خسر", "خسرت", "يخسر", "خسارة", "lose", "lost", "loses"},
	"release": {"أفرج", "أفرجت", "يفرج", "الإفراج", "إفراج", "release", "released", "freed"},
	"arrest":  {"اعتقل", "اعتقلت", "يعتقل", "اعتقال", "احتجز", "arrest", "arrested", "detained"},
}

// oppositeSenses are the pairs of senses that contradict each other.
var oppositeSenses = [][2]string{
	{"confirm", "deny"}, {"accept", "reject"}, {"agree", "reject"}, {"support", "oppose"},
	{"welcome", "condemn"}, {"succeed", "fail"}, {"rise", "fall"}, {"open", "close"},
	{"win", "lose"}, {"release", "arrest"},
}

// Pair is two opposite senses, each as the folded forms and stems of its
// words (sorted, deduplicated).
type Pair struct {
	Sense [2]string // the senses' names, e.g. "confirm", "deny"
	A, B  []string  // keys of the first and second sense
}

// senseKeys maps a sense to its keys, and keySenses a key to its senses.
var senseKeys, keySenses = func() (map[string][]string, map[string][]string) {
	sk := map[string][]string{}
	ks := map[string][]string{}
	for sense, ws := range senses {
		seen := map[string]bool{}
		for _, w := range ws {
			for _, t := range lang.Tokenize(w) {
				for _, k := range []string{t.Norm, t.Stem} {
					if !seen[k] {
						seen[k] = true
						sk[sense] = append(sk[sense], k)
						ks[k] = append(ks[k], sense)
					}
				}
			}
		}
		slices.Sort(sk[sense])
	}
	return sk, ks
}()

// Opposites returns the opposite pairs, each sense with its keys. The
// result is a fresh copy.
func Opposites() []Pair {
	out := make([]Pair, 0, len(oppositeSenses))
	for _, p := range oppositeSenses {
		out = append(out, Pair{
			Sense: p,
			A:     append([]string(nil), senseKeys[p[0]]...),
			B:     append([]string(nil), senseKeys[p[1]]...),
		})
	}
	return out
}

// Opposite reports whether the folded words or stems a and b name opposite
// senses (أكد/نفى، رفض/وافق، ارتفع/انخفض, confirm/deny, …), in either order.
func Opposite(a, b string) bool {
	sa, sb := keySenses[a], keySenses[b]
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	for _, p := range oppositeSenses {
		for _, x := range sa {
			for _, y := range sb {
				if x == p[0] && y == p[1] || x == p[1] && y == p[0] {
					return true
				}
			}
		}
	}
	return false
}
