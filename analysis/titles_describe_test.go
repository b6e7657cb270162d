package analysis

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// TestDescribes: a headline that sets a topic off by ".." and says what it
// is, with no verb or act's noun in any part, describes; one whose parts
// tell an act, quote someone or have no ".." does not.
func TestDescribes(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"الأمن العام.. 30 عاماً في خدمة الوطن", true},
		{"ميناء جدة.. بوابة مهمة للتجارة البحرية", true},
		{"النادي الأهلي.. الموسم الجديد لا يبدو أفضل", true},
		{"الصيف في أبها.. طقس معتدل وطبيعة خلابة", true},
		// A verb of the present, alone or after و or the future س,
		// or with a pronoun after it.
		{"اليمن.. القوات الحكومية تسيطر على المطار", false},
		{"المنتخب يصل لندن.. ويبدأ معسكره", false},
		{"الهلال سيخسر مدافعه.. والنصر يسبقه إلى لندن", false},
		// A verb of the past with its plural or feminine subject.
		{"لاعبو الفريق.. عادوا إلى التدريبات", false},
		{"الحرب.. انتهت قبل سبعين عاماً", false},
		// The noun of an act, first or after ال or ب, or with a pronoun.
		{"ليبيا.. مقتل خمسة في اشتباكات", false},
		{"الرياض.. القبض على مروج مخدرات", false},
		{"بعد عشرين عاماً على رحيله.. كتاب جديد للشاعر", false},
		{"القاهرة.. الحكم بسجن وزير سابق", false},
		// Someone speaks; no topic is set off.
		{"المدرب: الموسم.. صعب", false},
		{"ميناء جدة بوابة مهمة للتجارة البحرية", false},
	} {
		if got := describes(tc.title, nil); got != tc.want {
			t.Errorf("describes(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestVerbShapedForms: without the analysis's words a verb's shape errs on
// the side of a verb; with them a verb of the present needs its other
// person among them ("تكسب" beside "يكسب"), which names lack.
func TestVerbShapedForms(t *testing.T) {
	forms := map[string]bool{"يكسب": true, "تكسب": true, "يصل": true, "تصل": true}
	for _, tc := range []struct {
		word           string
		generous, sure bool
	}{
		{"تكسب", true, true},
		{"يكسب", true, true},
		{"تصل", false, false}, // ت before two letters: too short to tell
		{"يصل", true, true},
		{"توتنهام", true, false},
		{"يونايتد", true, false},
		{"انتهت", true, false},
		{"عمقوا", true, true},
		{"يبدو", false, false},
		{"تقرير", true, false},
		{"المدينة", false, false},
	} {
		if got := verbShaped(tc.word, nil); got != tc.generous {
			t.Errorf("verbShaped(%q, nil) = %v, want %v", tc.word, got, tc.generous)
		}
		if got := verbShaped(tc.word, forms); got != tc.sure {
			t.Errorf("verbShaped(%q, forms) = %v, want %v", tc.word, got, tc.sure)
		}
	}
}

// TestDescribingHeadlineGivesWay: an event told by a feature whose
// headline describes its topic and by a report whose headline states the
// act is titled by the act, though the feature's headline is the more
// central; without the rule (describeWeight above 1) the feature's
// headline wins, so the rule is what decides.
func TestDescribingHeadlineGivesWay(t *testing.T) {
	feature := "الأمن العام.. 30 عاماً في خدمة الوطن"
	report := "الأمن العام يحتفل بتخريج دفعة جديدة من الجنود في الرياض"
	texts := map[string][]string{
		"d-1": {
			"يحتفل الأمن العام هذا الأسبوع بمرور ثلاثين عاماً على تأسيسه في خدمة الوطن.",
			"وتحتفل قيادة الأمن العام بتخريج دفعة جديدة من الجنود في الرياض.",
			"وقال مدير الأمن العام إن الجهاز قدم خدمات كبيرة للوطن خلال ثلاثين عاماً في خدمة الوطن.",
			"ويعمل الأمن العام على خدمة الوطن والمواطن منذ ثلاثين عاماً.",
		},
		"d-2": {
			"احتفل الأمن العام بتخريج دفعة جديدة من الجنود في الرياض بحضور مدير الأمن العام.",
			"وقال مدير الأمن العام إن الخريجين سيخدمون الوطن.",
		},
	}
	a := &Analysis{}
	ev := align.Event{ID: "ev-1", Sources: []string{"d-1", "d-2"}}
	for _, doc := range []string{"d-1", "d-2"} {
		title := feature
		if doc == "d-2" {
			title = report
		}
		a.Documents = append(a.Documents, &corpus.Document{ID: doc, Title: title, Source: doc, Lang: "ar"})
		for k, text := range texts[doc] {
			id := fmt.Sprintf("%s/c-%d", doc, k)
			a.Claims = append(a.Claims, claim.Claim{ID: id, Doc: doc, Text: text, Kind: "statement", Para: k, Start: 1000 * k, End: 1000*k + len(text)})
			ev.Claims = append(ev.Claims, id)
		}
	}
	a.Events = []align.Event{ev}
	if got := EventTitles(a)[0].Title; got != report {
		t.Errorf("title = %q, want %q", got, report)
	}
	defer func(w float64) { describeWeight = w }(describeWeight)
	describeWeight = 2
	if got := EventTitles(a)[0].Title; got != feature {
		t.Errorf("without the rule: title = %q, want %q (the test no longer tests the rule)", got, feature)
	}
}

// TestOpensOnAct: a title opening on the noun of an act, as other
// outlets' headlines put it first, opens on one; a figure, a name or a
// nisba does not.
func TestOpensOnAct(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"ضبط 20 عاملاً يعملون تحت أشعة الشمس في تبوك", true},
		{"تعيين «العتيبي» وكيلاً مساعداً للشؤون الفنية", true},
		{"اعتماد 12 مشروعاً مدرسياً جديداً في الجوف", true},
		{"ارتفاع حصيلة الفيضانات في الهند إلى 40 قتيلاً", true},
		{"تشكيل لجنة للطعون الانتخابية في المدينة", true},
		{"تاريخ المدينة المنورة في معرض", false},
		{"تلميذ يفوز بجائزة العلوم", false},
		{"20 عاملاً يعملون تحت أشعة الشمس", false},
		{"«العتيبي» وكيلاً مساعداً للشؤون الفنية", false},
		{"اقتصادي: الأسعار ستنخفض", false},
	} {
		if got := opensOnAct(tc.title); got != tc.want {
			t.Errorf("opensOnAct(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestFullerHeadlineGivesAct: an event whose most central headline leaves
// out the act that another outlet's headline opens on, holding all its
// words, is titled by the fuller one; without the rule (describeWeight
// above 1) the shorter one wins.
func TestFullerHeadlineGivesAct(t *testing.T) {
	short := "20 عاملاً يعملون تحت أشعة الشمس"
	fuller := "ضبط 20 عاملاً يعملون تحت أشعة الشمس في تبوك"
	texts := map[string][]string{
		"d-1": {
			"ضبط فرع وزارة العمل في تبوك 20 عاملاً يعملون تحت أشعة الشمس في وقت الحظر.",
			"وأوضح مدير الفرع أن العمال يعملون تحت أشعة الشمس في موقع بناء.",
		},
		"d-2": {
			"ضبطت فرق التفتيش 20 عاملاً مخالفاً يعملون تحت أشعة الشمس في تبوك.",
			"وتضبط الفرق المخالفين يومياً في مواقع البناء.",
			"وقال مدير الفرع إن العمل تحت أشعة الشمس ممنوع في ساعات الظهيرة.",
		},
	}
	a := &Analysis{}
	ev := align.Event{ID: "ev-1", Sources: []string{"d-1", "d-2"}}
	for _, doc := range []string{"d-1", "d-2"} {
		title := short
		if doc == "d-2" {
			title = fuller
		}
		a.Documents = append(a.Documents, &corpus.Document{ID: doc, Title: title, Source: doc, Lang: "ar"})
		for k, text := range texts[doc] {
			id := fmt.Sprintf("%s/c-%d", doc, k)
			a.Claims = append(a.Claims, claim.Claim{ID: id, Doc: doc, Text: text, Kind: "statement", Para: k, Start: 1000 * k, End: 1000*k + len(text)})
			ev.Claims = append(ev.Claims, id)
		}
	}
	a.Events = []align.Event{ev}
	if got := EventTitles(a)[0].Title; got != fuller {
		t.Errorf("title = %q, want %q", got, fuller)
	}
	defer func(w float64) { describeWeight = w }(describeWeight)
	describeWeight = 2
	if got := EventTitles(a)[0].Title; got != short {
		t.Errorf("without the rule: title = %q, want %q (the test no longer tests the rule)", got, short)
	}
}

// TestHeadlineForClaim: an event that holds a passage of two articles,
// titled by a claim (their headlines tell the articles' main stories and
// do not compete), is titled by the headline of the claim's article when
// that tells the same act with a verb; a headline without one leaves the
// claim's title.
func TestHeadlineForClaim(t *testing.T) {
	for _, tc := range []struct {
		head   string
		claims bool // whether the title stays a claim's
	}{
		{"الشرطة تعتقل 40 شخصاً في حملة أمنية بالرياض", false},
		{"حملة أمنية واسعة في أحياء الرياض", true},
	} {
		t.Run(tc.head, func(t *testing.T) {
			a := &Analysis{}
			passage := map[string][]string{
				"d-1": {
					"ذكر تقرير إخباري اليوم أن الشرطة اعتقلت 40 شخصاً في حملة أمنية بالرياض.",
					"وتعتقل الشرطة المخالفين في الأحياء التي شملتها الحملة الأمنية في الرياض.",
				},
				"d-2": {
					"قالت الشرطة إن الحملة الأمنية في الرياض أسفرت عن اعتقال 40 شخصاً.",
					"ويعتقل رجال الأمن كل من يخالف الأنظمة خلال الحملة الأمنية.",
				},
			}
			fair := []string{
				"افتتح أمير المنطقة معرض الكتاب في جدة بمشاركة خمسمئة دار نشر.",
				"ويضم معرض الكتاب أجنحة لدور النشر من عشرين دولة.",
				"وقال مدير معرض الكتاب إن عدد الزوار تجاوز مئة ألف زائر.",
				"ويستمر معرض الكتاب في جدة عشرة أيام.",
				"وتقام على هامش معرض الكتاب ندوات ثقافية وأمسيات شعرية.",
				"وخصص معرض الكتاب جناحاً لكتب الأطفال.",
			}
			ev := align.Event{ID: "ev-1", Sources: []string{"d-1", "d-2"}}
			other := align.Event{ID: "ev-2", Sources: []string{"d-1", "d-2"}}
			for _, doc := range []string{"d-1", "d-2"} {
				title := tc.head
				if doc == "d-2" {
					title = "معرض الكتاب في جدة يستقبل زواره"
				}
				a.Documents = append(a.Documents, &corpus.Document{ID: doc, Title: title, Source: doc, Lang: "ar"})
				texts := append(append([]string{}, fair...), passage[doc]...)
				for k, text := range texts {
					id := fmt.Sprintf("%s/c-%d", doc, k)
					cl := claim.Claim{ID: id, Doc: doc, Text: text, Kind: "statement", Para: k, Start: 1000 * k, End: 1000*k + len(text)}
					// The claims name the police, so that a title cut
					// from them stands alone.
					if at := strings.Index(text, "الشرطة"); at >= 0 {
						cl.Entities = []claim.EntityRef{{Start: cl.Start + at, End: cl.Start + at + len("الشرطة"), Text: "الشرطة", Kind: "org"}}
					}
					a.Claims = append(a.Claims, cl)
					if k < len(fair) {
						other.Claims = append(other.Claims, id)
					} else {
						ev.Claims = append(ev.Claims, id)
					}
				}
			}
			a.Events = []align.Event{ev, other}
			got := EventTitles(a)[0]
			if (got.Claim != "") != tc.claims {
				t.Errorf("title %q from claim %q: want a claim's title %v", got.Title, got.Claim, tc.claims)
			}
			if !tc.claims && got.Title != tc.head {
				t.Errorf("title = %q, want %q", got.Title, tc.head)
			}
		})
	}
}
