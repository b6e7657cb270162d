package analysis

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
)

// TestDescribesSureOfVerbs: with the analysis's words (forms) a noun of a
// verb's shape ("تطهير", "تعديل", "تاريخ"), a place set off as a tag
// ("إيران..") or a verb of striving ("يسعون") is no act, so a headline whose
// parts only name a topic describes it; a verb of the present whose other
// person is among the words, one with a plural subject ("يتدخلون") or a
// verb of the past with a feminine subject still tells an act. Without
// forms the shapes err on the side of an act, as before.
func TestDescribesSureOfVerbs(t *testing.T) {
	// "تسعون" (ninety) and "تسع" (nine) make يسعون look like a verb of
	// the present to its shape; a verb of striving is none.
	forms := map[string]bool{"يحقق": true, "تحقق": true, "يتجه": true, "تتجه": true, "يتدخل": true, "تتدخل": true, "ينبض": true, "تنبض": true,
		"تسعون": true, "تسع": true, "يسلم": true, "تسلم": true, "يترنح": true, "تترنح": true, "يحيي": true, "تحيي": true, "يبدأ": true, "تبدأ": true,
		// The dual "يدان" (hands) and the passive "تدان" make "سندان"
		// look like "سـ + ندان" (SaudiNewsNet has both).
		"يدان": true, "تدان": true}
	for _, tc := range []struct {
		title          string
		generous, sure bool
	}{
		{"بعد تطهير لحج.. أبين المحطة التالية للمقاومة اليمنية", false, true},
		{"قضية تبوك.. تعديل الرغبات ممكن", false, true},
		{"قرارات توظيف المعلمين.. الأسبوع القادم", false, true},
		{"اليمن.. المقاومة تحقق مزيداً من المكاسب وتتجه لتطهير ابين ولحج", false, false},
		{"الذوادي ثاني أجانب الوحدة.. والشرفيون يتدخلون لإبقاء برناوي", false, false},
		{"الحرب.. انتهت قبل سبعين عاماً", false, false},
		{"الأمن العام.. 30 عاماً في خدمة الوطن", true, true},
		// A noun and its adjective of relation say what the topic is;
		// the verb after them describes the noun.
		{"فنزويلا.. عملاق نفطي يترنح نحو «الانهيار الاقتصادي»", false, true},
		{"مسجد الشافعي.. تاريخ إسلامي عتيق ينبض في قلب جدة", false, true},
		// The second of two nouns بين joins is no verb.
		{"البرازيل.. عملاق اقتصادي بين مطرقة التقشف وسندان الركود", true, true},
		// A place set off before "..", whatever its shape (إيران as
		// انطلاق), and an aim: no act.
		{"إيران.. المحافظون يسعون للإطاحة برفسنجاني وروحاني", false, true},
		{"ايران.. ابن الرئيس الأسبق “رفسنجاني” يسلم نفسه لتنفيذ حكم بالسجن 10 سنوات", false, false},
	} {
		if got := describes(tc.title, nil); got != tc.generous {
			t.Errorf("describes(%q, nil) = %v, want %v", tc.title, got, tc.generous)
		}
		if got := describes(tc.title, forms); got != tc.sure {
			t.Errorf("describes(%q, forms) = %v, want %v", tc.title, got, tc.sure)
		}
	}
}

// TestAdvises: a headline that tells the reader what to know or do, or
// opens a part on advice, is a hook; one that tells of advice someone
// gave, or of a medical advice that delayed something, is news.
func TestAdvises(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"قبل الشراء.. معلومات مهمة يجب أن تعرفها عن ساعة أبل", true},
		{"5 نصائح حياتية للوقاية من «ألزهايمر»", true},
		{"نصائح لتحسين جودة الشبكة اللاسلكية المنزلية", true},
		{"قروض التعليم في أميركا.. حقائق ومشكلات ونصائح", true},
		{"7 أخطاء عليك تجنبها في مقابلات العمل", true},
		{"وزير الصحة يقدم نصائح للحجاج", false},
		{"نصيحة طبية تؤخر مغادرة «زينب» المستشفى العماني إلى الثلاثاء", false},
		{"رواد مواقع التواصل يسخرون من ساعة أبل الجديدة", false},
	} {
		if got := advises(tc.title); got != tc.want {
			t.Errorf("advises(%q) = %v, want %v", tc.title, got, tc.want)
		}
		if got := hookIn(tc.title); got != tc.want {
			t.Errorf("hookIn(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
	statement := shapeWeight("رواد مواقع التواصل يسخرون من ساعة أبل الجديدة", -1)
	if w := shapeWeight("قبل الشراء.. معلومات مهمة يجب أن تعرفها عن ساعة أبل", -1); w >= statement/2 {
		t.Errorf("an advice hook weighs %.2f, want well below a statement's %.2f", w, statement)
	}
}

// TestFallbackAct checks which headline stands in for a claim that cannot
// stand alone when the most central one tells no act: another that tells
// one, of an article the event holds two claims of or more, weighing
// describeWeight of it or more (exclaimWeight of an exclamation).
func TestFallbackAct(t *testing.T) {
	forms := map[string]bool{"يعلن": true, "تعلن": true, "يغني": true, "تغني": true}
	head := func(doc, title string, claims int, score float64) weighedHeadline {
		return weighedHeadline{headline: headline{doc: &corpus.Document{ID: doc, Title: title}, title: title, claims: claims}, score: score}
	}
	for _, tc := range []struct {
		name       string
		best, next weighedHeadline
		want       string
	}{
		{"a topic gives way to an act", head("d1", "أمل طبي لمرضى المياه البيضاء", 4, 10), head("d2", "ابتكار قطرات تغني عن عملية الماء الأبيض", 3, 8), "d2"},
		{"a list of posts gives way to who posted them", head("d1", "وظائف محاضر في عدد من كليات جامعة جدة", 4, 10), head("d2", "جامعة جدة تعلن عن وظائف محاضر في عدد من الكليات", 3, 7), "d2"},
		{"an act that weighs too little", head("d1", "أمل طبي لمرضى المياه البيضاء", 4, 10), head("d2", "ابتكار قطرات تغني عن عملية الماء الأبيض", 3, 5), "d1"},
		{"a passing mention", head("d1", "أمل طبي لمرضى المياه البيضاء", 4, 10), head("d2", "ابتكار قطرات تغني عن عملية الماء الأبيض", 1, 9), "d1"},
		{"an exclamation gives way further", head("d1", "المعجزة الاقتصادية!", 4, 10), head("d2", "ابتكار قطرات تغني عن عملية الماء الأبيض", 3, 5.5), "d2"},
		{"the best tells an act", head("d1", "ابتكار قطرات تغني عن عملية الماء الأبيض", 4, 10), head("d2", "جامعة جدة تعلن عن وظائف محاضر في عدد من الكليات", 3, 9), "d1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			weighed := []weighedHeadline{tc.best, tc.next}
			if got := fallbackAct(weighed, &weighed[0], forms); got.doc.ID != tc.want {
				t.Errorf("fallbackAct = %s (%q), want %s", got.doc.ID, got.title, tc.want)
			}
		})
	}
}

// TestEchoedTail: a headline cut before ".. و" is told whole when the part
// the cut dropped is what two or more of the event's other headlines
// tell, more of them than tell the part kept; not when the part kept is
// the one echoed, nor when only one other headline tells the dropped one.
func TestEchoedTail(t *testing.T) {
	head := func(doc, title string) headline {
		return headline{doc: &corpus.Document{ID: doc, Title: title}, title: title, claims: 3}
	}
	rail := "السويكت يتفقد مشروع قطار الحرمين السريع.. ويوقع عقداً للإشراف على تجديد الخط الحديدي بين الهفوف والرياض"
	contract := []headline{
		head("d2", "عقد إشراف على تجديد خط بضائع الرياض ــ الهفوف بـ 3 ملايين"),
		head("d3", "الخطوط الحديدية توقع عقد إشراف تجديد الخط الحديدي بين الهفوف والرياض"),
		head("d4", "الخطوط الحديدية توقع عقد إشراف تجديد الخط الحديدي بين الهفوف والرياض"),
		head("d5", "السويكت يقف على مشروع قطار الحرمين"),
	}
	bags := "حقائب محترف الخليج تصل إلى الدمام.. واللاعب لم يصل"
	for _, tc := range []struct {
		name   string
		raw    string
		others []headline
		want   string
	}{
		{"the others tell the dropped part", rail, contract, rail},
		{"only one other tells it", rail, contract[2:], ""},
		{"the others tell the part kept", bags, []headline{head("d2", "حقائب محترف الخليج تصل إلى الدمام"), head("d3", "وصول حقائب محترف الخليج إلى الدمام")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			title := EventTitle{Title: HeadlineText(tc.raw), Doc: "d1"}
			got, ok := echoedTail(title, append([]headline{head("d1", tc.raw)}, tc.others...))
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("echoedTail(%q) = %q, %v; want %q", title.Title, got, ok, tc.want)
			}
		})
	}
}

// TestSecondOfPair: a word joined by و within a few words after بين is
// the second of the two things بين pairs, not a verb; بين first in the
// sentence is the verb بيّن, and a word far after it opens a clause.
func TestSecondOfPair(t *testing.T) {
	for _, tc := range []struct {
		title string
		i     int
		want  bool
	}{
		{"البرازيل.. عملاق اقتصادي بين مطرقة التقشف وسندان الركود", 6, true},
		{"اشتباكات عنيفة بين الجيش والمسلحين في درعا", 4, true},
		{"الحوار بين الرياض وموسكو يتواصل", 4, false},
		{"بين الوزير وأكد أن الحملة مستمرة", 2, false},
		{"مفاوضات بين الطرفين في جنيف اليوم وتستمر غدا", 6, false},
	} {
		words := strings.Fields(tc.title)
		if got := secondOfPair(words, tc.i); got != tc.want {
			t.Errorf("secondOfPair(%q, %d = %q) = %v, want %v", tc.title, tc.i, words[tc.i], got, tc.want)
		}
	}
}

// TestPredicateNoun: after a topic's "..", an indefinite noun and its
// adjective of relation say what the topic is, and a verb after them
// describes the noun; a subject with the article, a noun and a name, two
// nouns before an act's noun, or a verb in second place tell an act.
func TestPredicateNoun(t *testing.T) {
	forms := map[string]bool{"يترنح": true, "تترنح": true, "يحيي": true, "تحيي": true, "يبدأ": true, "تبدأ": true, "يحقق": true, "تحقق": true}
	for _, tc := range []struct {
		seg  string
		want bool
	}{
		{"تاريخ إسلامي عتيق ينبض في قلب جدة", true},
		{"عملاق نفطي يترنح نحو الانهيار", true},
		{"منتجات محلية تحظى بإقبال متزايد", true},
		{"المقاومة تحقق مزيداً من المكاسب", false},
		{"سوق عكاظ يبدأ فعالياته بالطائف", false},
		{"قتلى وجرحى في سقوط صاروخ على حلب", false},
		{"مصر تحيي مشروع مراقبة دور العبادة", false},
		{"تاريخ إسلامي", false},
	} {
		if got := predicateNoun(tc.seg, forms); got != tc.want {
			t.Errorf("predicateNoun(%q) = %v, want %v", tc.seg, got, tc.want)
		}
	}
}
