package analysis

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// TestPersonAuthor: a byline of a person's name signs a column; a dateline,
// a desk or a wire credits news; a person "من" a place is neither.
func TestPersonAuthor(t *testing.T) {
	for _, tc := range []struct {
		author, name string
		credit       bool
	}{
		{"سلمان عبدالله الحربي", "سلمان عبدالله الحربي", false},
		{"د. هند العتيبي", "د. هند العتيبي", false},
		{"&nbsp;ماجد الدوسري", "ماجد الدوسري", false},
		{"الرياض: واس", "", true},
		{"جدة - منصور الغامدي", "", true},
		{"نايف القحطاني ـ الدمام", "", true},
		{"عمر المالكي (مكة المكرمة)", "", true},
		{"القاهرة محمد سعيد", "", true}, // a place without its colon
		{"أ ف ب", "", true},
		{"وكالات", "", true},
		{"الملف الاقتصادي", "", false},
		{"يوهان كارلسون من ستوكهولم", "", false},
		{"", "", false},
	} {
		name, credit := personAuthor(tc.author)
		if name != tc.name || credit != tc.credit {
			t.Errorf("personAuthor(%q) = %q, %v; want %q, %v", tc.author, name, credit, tc.name, tc.credit)
		}
	}
}

// TestOpinionMarked: a writer who argues (first person, what must be done,
// a question, an exclamation) against a sentence that reports.
func TestOpinionMarked(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"أعتقد أن الأندية الصغيرة تدفع ثمن سوء التخطيط كل موسم.", true},
		{"ولعلنا نتذكر كيف كانت الأحياء القديمة تستقبل العيد.", true},
		{"يجب أن تراجع البلديات عقود النظافة قبل الصيف.", true},
		{"فمن يحاسب المقاول المتأخر؟", true},
		{"افتتح أمير المنطقة مساء أمس مهرجان التمور في بريدة.", false},
		{"وبلغ عدد الزوار أكثر من عشرين ألف زائر خلال ثلاثة أيام.", false},
	} {
		if got := opinionMarked(tc.text); got != tc.want {
			t.Errorf("opinionMarked(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// opinionDoc is a document of the given byline and sentences.
func opinionDoc(author string, texts ...string) (*corpus.Document, []*claim.Claim) {
	d := &corpus.Document{ID: "d-x", Author: author, Title: "عنوان"}
	var cs []*claim.Claim
	start := 0
	for _, s := range texts {
		cs = append(cs, &claim.Claim{Doc: d.ID, Text: s, Kind: "sentence", Start: start})
		start += len(s) + 1
	}
	return d, cs
}

// TestOpinionPiece: signed and unsigned columns against news: a dateline
// or wire byline, a lead on a speech verb, an unsigned report whose only
// first person is a quote.
func TestOpinionPiece(t *testing.T) {
	column := []string{
		"الحدائق العامة في مدننا تحتاج إلى أكثر من العشب والمقاعد.",
		"أرى أن البلديات تستطيع أن تشرك الأهالي في تصميمها.",
		"فهل نبدأ من الأحياء الجديدة؟",
	}
	for _, tc := range []struct {
		name   string
		author string
		texts  []string
		want   bool
		signed string
	}{
		{"a signed column", "ريم الزهراني", column, true, "ريم الزهراني"},
		{"the column unsigned", "", column, true, ""},
		{"the column under a dateline", "جدة: ريم الزهراني", column, false, ""},
		{"signed news on a speech verb", "ريم الزهراني", []string{
			"أعلنت أمانة المنطقة افتتاح ثلاث حدائق جديدة في شمال المدينة.",
			"وقال المتحدث: نحن نعمل على إضافة مسارات للمشي.",
		}, false, ""},
		{"signed news with no argument", "ريم الزهراني", []string{
			"افتتحت أمانة المنطقة ثلاث حدائق جديدة في شمال المدينة.",
			"وتضم الحدائق ملاعب للأطفال ومسارات للمشي.",
		}, false, ""},
		{"unsigned news quoting a first person", "", []string{
			"حقق السائق المركز الثاني في الجولة الرابعة من البطولة.",
			"\"أنا سعيد بهذه النتيجة بعد يومين صعبين.",
			"أعتقد أن المركز الثاني ممتاز\".",
			"وتقام الجولة المقبلة في الشهر القادم.",
		}, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, cs := opinionDoc(tc.author, tc.texts...)
			got := opinionPiece(d, cs)
			if got.piece != tc.want || tc.want && got.author != tc.signed {
				t.Errorf("opinionPiece = %+v, want piece %v by %q", got, tc.want, tc.signed)
			}
		})
	}
}

// columnEvent is an event of two papers printing one column, the second
// copy unsigned; with news, of the column and a news report of the same
// subject.
func columnEvent(news bool) *Analysis {
	a := &Analysis{}
	add := func(id, author, title string, texts ...string) {
		a.Documents = append(a.Documents, &corpus.Document{ID: id, Author: author, Title: title, Source: id, Lang: "ar"})
		for k, s := range texts {
			a.Claims = append(a.Claims, claim.Claim{ID: id + "/c" + string(rune('0'+k)), Doc: id, Text: s, Kind: "sentence", Para: k, Start: k * 200})
		}
	}
	col := []string{
		"لم تعد الحدائق العامة في مدننا ترفا بل حاجة يومية للأسر.",
		"أرى أن البلديات تستطيع أن تشرك الأهالي في تصميم الحدائق وصيانتها.",
		"يجب أن تبدأ البلديات من الأحياء الجديدة قبل أن تكتمل مبانيها.",
	}
	add("d-a", "ريم الزهراني", "الحدائق العامة ليست ترفا", col...)
	if !news {
		add("d-b", "", "الحدائق العامة ليست ترفا", col...)
	} else {
		add("d-c", "جدة: واس", "أمانة جدة تفتتح ثلاث من الحدائق العامة في الأحياء الجديدة",
			"افتتحت أمانة جدة ثلاث حدائق عامة جديدة في الأحياء الجديدة شمال المدينة.",
			"وقالت الأمانة إن البلديات تشرك الأهالي في تصميم الحدائق العامة وصيانتها.",
			"وتضم الحدائق العامة الجديدة ملاعب للأطفال ومسارات للمشي للأسر.")
	}
	ev := align.Event{ID: "ev-1"}
	for _, d := range a.Documents {
		ev.Sources = append(ev.Sources, d.ID)
	}
	for _, c := range a.Claims {
		ev.Claims = append(ev.Claims, c.ID)
	}
	a.Events = []align.Event{ev}
	return a
}

// TestOpinionTitle: an event of one column printed twice is titled as a
// column by its writer, with the column's headline; a column and a news
// report are titled by the report.
func TestOpinionTitle(t *testing.T) {
	tt := EventTitles(columnEvent(false))[0]
	if want := "مقال لـ ريم الزهراني: الحدائق العامة ليست ترفا"; tt.Title != want {
		t.Errorf("column event title %q, want %q", tt.Title, want)
	}
	tt = EventTitles(columnEvent(true))[0]
	if strings.HasPrefix(tt.Title, "مقال") || !strings.Contains(tt.Title, "تفتتح") {
		t.Errorf("column and news event title %q (doc %s), want the report's", tt.Title, tt.Doc)
	}
	// Without the weight, the column's headline wins: the test can fail.
	defer func(w float64) { opinionWeight = w }(opinionWeight)
	opinionWeight = 1
	if tt = EventTitles(columnEvent(true))[0]; strings.Contains(tt.Title, "تفتتح") {
		t.Errorf("without opinionWeight the title is %q: the event does not test it", tt.Title)
	}
}

// TestOpinionPieceLeads: a column may open on what someone said, signed or
// not (a speaker inside its first sentence is no news lead), and on the
// report it answers (a speech verb first), when it argues in enough of its
// sentences; news that opens so and argues little stays news.
func TestOpinionPieceLeads(t *testing.T) {
	reply := []string{
		"أكد المدير العام للهيئة في مقال نشره قبل أيام أن مستقبل النقل العام في المدن الكبيرة هو القطار.",
		"أرى أن المقال أغفل حاجة الأحياء البعيدة إلى خطوط الحافلات.",
		"فهل تكفي محطتان لحي يسكنه مئة ألف؟",
		"يجب أن تبدأ الهيئة من الأطراف قبل الوسط.",
		"والمدن التي نجحت في ذلك بدأت من حيث يسكن الناس لا من حيث يعملون.",
	}
	news := []string{
		"أعلنت هيئة النقل العام تشغيل ثلاثة خطوط جديدة للحافلات في شمال المدينة.",
		"وتربط الخطوط الأحياء السكنية بمحطة القطار المركزية.",
		"وقال المتحدث باسم الهيئة: نحن نعمل على خطوط أخرى.",
		"وتبدأ الرحلات في السادسة صباحاً وتستمر حتى منتصف الليل.",
		"وحددت الهيئة أجرة الرحلة بثلاثة ريالات.",
	}
	for _, tc := range []struct {
		name    string
		author  string
		texts   []string
		speaker bool // the first sentence has a speaker
		want    bool
	}{
		{"an unsigned column whose first sentence has a speaker", "", append([]string{
			"كتب أحد القراء تعليقاً على مقال الأسبوع الماضي، ويرى فيه أن النقل العام لا يعني إلا الحافلات."}, reply[1:]...), true, true},
		{"a signed column opening on the report it answers", "سعد المطيري", reply, false, true},
		{"the same column unsigned", "", reply, false, true},
		{"news opening on a speech verb", "", news, false, false},
		{"signed news opening on a speech verb", "سعد المطيري", news, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, cs := opinionDoc(tc.author, tc.texts...)
			if tc.speaker {
				cs[0].SpeakerText = "أحد القراء"
			}
			if got := opinionPiece(d, cs); got.piece != tc.want {
				t.Errorf("opinionPiece = %+v, want piece %v", got, tc.want)
			}
		})
	}
}
