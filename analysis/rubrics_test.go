package analysis

import (
	"fmt"
	"maps"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// article is a headline of an outlet with the text of its article's claims.
type article struct{ outlet, title, text string }

// rubricCorpus makes documents and claims of articles (IDs d0, d1, …).
func rubricCorpus(arts []article) ([]*corpus.Document, []claim.Claim) {
	var docs []*corpus.Document
	var claims []claim.Claim
	for i, a := range arts {
		id := fmt.Sprintf("d%d", i)
		docs = append(docs, &corpus.Document{ID: id, SourceName: a.outlet, Title: a.title})
		claims = append(claims, claim.Claim{ID: id + "/c", Doc: id, Text: a.text, End: len(a.text)})
	}
	return docs, claims
}

// TestRubricFree checks which labels before a headline's colon go as an
// outlet's rubric: one that recurs in one outlet's headlines and that
// neither the entity finder nor the articles name; not a speaker, even a
// recurring one (a role, a name the articles give, a label other outlets
// use too), nor a label of too few headlines.
func TestRubricFree(t *testing.T) {
	const body = "وتناول الكاتب في هذا العدد موضوعا جديدا من موضوعات الصفحة"
	for _, tc := range []struct {
		name string
		arts []article
		want map[string]string
	}{
		{"a column's rubric", []article{
			{"aawsat", "المشهد: عن رحيل جيمس هورنر", body},
			{"aawsat", "المشهد: سينما في مالمو", body},
			{"aawsat", "المشهد: فن رمي قوالب الغاتو على الوجوه", body},
			{"aawsat", "وزير الخارجية التونسي: الإرهاب لن ينتصر رغم هجومي باردو وسوسة", body},
		}, map[string]string{"d0": "عن رحيل جيمس هورنر", "d1": "سينما في مالمو", "d2": "فن رمي قوالب الغاتو على الوجوه"}},
		{"a rubric spaced before its colon", []article{
			{"aawsat", "نافذة على مؤسسة تعليمية : جامعة لشبونة.. ولدت عملاقة", body},
			{"aawsat", "نافذة على مؤسسة تعليمية: الجامعة اللبنانية.. ولدت من رحم الاستقلال الوطني", body},
			{"aawsat", "نافذة على مؤسسة تعليمية: جامعة ماكغيل البحثية.. «هارفارد» الكندية", body},
		}, map[string]string{"d0": "جامعة لشبونة.. ولدت عملاقة", "d1": "الجامعة اللبنانية.. ولدت من رحم الاستقلال الوطني", "d2": "جامعة ماكغيل البحثية.. «هارفارد» الكندية"}},
		{"a recurring role speaks", []article{
			{"aawsat", "وزير الدفاع الأميركي: الاتفاق النووي لا يقيد ما تفعله الولايات المتحدة للدفاع عن أصدقائها", body},
			{"aawsat", "وزير الدفاع الأميركي: نقف مع أصدقائنا في وجه نشاط إيران المؤذي", body},
			{"aawsat", "وزير الدفاع الأميركي: مشاركة سنة العراق في الحملة ضد «داعش» أساسية", body},
		}, nil},
		{"a recurring name the articles give", []article{
			{"alweeam", "خلفان: لم أهاجم الملك سلمان ولا أقول عنه غير كل خير", "وقال ضاحي خلفان في تغريدة إنه لم يهاجم أحدا"},
			{"alweeam", "خلفان: الايرانيون سيتركون النووي ويصنعون &#8220;البفك و الباسكوت&#8221;", "وسخر خلفان من الاتفاق النووي في تغريدات"},
			{"alweeam", "خلفان: الحوثي بدلاً من أن يكون شريكاً بالعملية السياسية اختار أن يكون ذنباً لايران", "كتب الفريق ضاحي خلفان أن الحوثي اختار طريقه"},
		}, nil},
		{"a columnist signs the columns", []article{
			{"3alyoum", "ناصر الجديع: من أنتم ؟!", "سؤال يطرحه كل مشجع هذه الأيام. ناصر الجديع"},
			{"3alyoum", "ناصر الجديع: يا ليل ما أطولك !", "ليل الانتظار طويل على الجماهير. ناصر الجديع"},
			{"3alyoum", "ناصر الجديع: مصنع الهلال !!", body},
		}, nil},
		{"a label of several outlets", []article{
			{"almadina", "الصحة: إصابة وافد بـ\"كورونا\" في الرياض", body},
			{"almadina", "الصحة: تسجيل إصابة جديدة بـ\"كورونا\" في الرياض", body},
			{"almadina", "الصحة: لا إصابات جديدة بـ\"كورونا\"", body},
			{"alyaum", "الصحة: تسجيل 4 حالات إصابة و 4 حالات وفاة بفيروس كورونا", body},
		}, nil},
		{"a study's findings", []article{
			{"aleqtisadiya", "دراسة: مشاهدة التلفزيون عقاب لدى الأطفال عشاق الكمبيوتر", "وأظهرت الدراسة أن الأطفال يفضلون الأجهزة اللوحية"},
			{"aleqtisadiya", "دراسة: الأبوة تزيد الوزن", body},
			{"aleqtisadiya", "دراسة: رجال المانيا يرفضون العودة الى \"القفص الذهبي\" بعد الانفصال", body},
		}, nil},
		{"one article: nothing recurs", []article{
			{"aawsat", "المشهد: عن رحيل جيمس هورنر", body},
		}, nil},
		{"two headlines are too few", []article{
			{"aawsat", "شاشة الناقد: فيلمان جديدان من الوسترن المعاصر", body},
			{"aawsat", "شاشة الناقد: نبي جبران بتوقيع عشرة مخرجين", body},
		}, nil},
		{"one-off attributions", []article{
			{"sabq", "أهالي جنوب الرس: نعاني من الانقطاعات المتكررة للتيار الكهربائي", body},
			{"alweeam", "الاتحاد السعودي: الكويت تعدل عن تأجيل «خليجــي 23»", body},
			{"aawsat", "وزير الخارجية التونسي: الإرهاب لن ينتصر رغم هجومي باردو وسوسة", body},
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, claims := rubricCorpus(tc.arts)
			got := rubricFree(docs, claims)
			if len(got) == 0 && len(tc.want) == 0 {
				return
			}
			if !maps.Equal(got, tc.want) {
				t.Errorf("rubricFree = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestRubricTopic checks that a headline left as a column's topic once its
// rubric went states no act, so that it weighs as a topic.
func TestRubricTopic(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"المشهد: عن رحيل جيمس هورنر", false},
		{"عن رحيل جيمس هورنر", false},
		{"حول قرار رفع أسعار الوقود في 2016 وأثره على ميزانيات الأسر", false},
		{"من التاريخ: الماجنا كارتا", true},
		{"الماجنا كارتا", false},
	} {
		if got := statesAct(tc.title); got != tc.want {
			t.Errorf("statesAct(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}
