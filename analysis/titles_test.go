package analysis

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// TestEventTitlesBundled checks the titles of the bundled corpus' events
// told by more than one source: each is cut from a claim of the event,
// reads as a statement (no keyword list, no trailing comma) and fits a
// headline's length.
func TestEventTitlesBundled(t *testing.T) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	a, err := Analyze(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	titles := EventTitles(a)
	if len(titles) != len(a.Events) {
		t.Fatalf("got %d titles for %d events", len(titles), len(a.Events))
	}
	want := map[string]string{"2025-10-15": "استقبل", "2025-02-12": "اتصالاً هاتفياً"}
	for i, ev := range a.Events {
		tt := titles[i]
		if tt.Title == "" {
			t.Errorf("event %s: empty title", ev.ID)
			continue
		}
		if n := len(strings.Fields(tt.Title)); n > MaxTitleWords {
			t.Errorf("event %s: title %q has %d words, want at most %d", ev.ID, tt.Title, n, MaxTitleWords)
		}
		if strings.HasSuffix(tt.Title, "،") || strings.Contains(tt.Title, " — ") {
			t.Errorf("event %s: title %q is not headline-like", ev.ID, tt.Title)
		}
		if w, ok := want[ev.Date]; ok && !strings.Contains(tt.Title, w) {
			t.Errorf("event %s (%s): title %q, want it to contain %q", ev.ID, ev.Date, tt.Title, w)
		}
	}
}

func TestHeadline(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"connective and clause", "ووصل الشيباني إلى العاصمة الروسية موسكو في أول زيارة رسمية، مشيرًا إلى أن العلاقات جيدة",
			"وصل الشيباني إلى العاصمة الروسية موسكو في أول زيارة رسمية"},
		{"brackets", "الشيباني يلتقي وزير الخارجية الروسي سيرغي لافروف في موسكو (وكالة سانا)",
			"الشيباني يلتقي وزير الخارجية الروسي سيرغي لافروف في موسكو"},
		{"word that starts with waw", "وزير الخارجية يصل إلى موسكو في زيارة رسمية", "وزير الخارجية يصل إلى موسكو في زيارة رسمية"},
		{"lead-in colon", "قال الوزير في مؤتمر صحفي عقده في العاصمة: إن الأمور جيدة", "قال الوزير في مؤتمر صحفي عقده في العاصمة"},
		{"dateline", "سبق- الرياض: دشن أمير المنطقة مهرجان الصيف في الحديقة العامة", "دشن أمير المنطقة مهرجان الصيف في الحديقة العامة"},
		{"conjunction on a verb", "وهبط سعر الذهب في السوق الفورية 1.1 بالمئة", "هبط سعر الذهب في السوق الفورية 1.1 بالمئة"},
		{"waw of the word", "وافق مجلس الوزراء على نظام المرور الجديد", "وافق مجلس الوزراء على نظام المرور الجديد"},
		{"bracket in the sentence", "أما (الخلية الرابعة) فكانت مهمتها تصنيع الأحزمة الناسفة", "أما الخلية الرابعة فكانت مهمتها تصنيع الأحزمة الناسفة"},
		{"filler", "تجدر الإشارة إلى أن محكمة المنطقة قضت لصالح الفتاة وغرمت الشركة", "محكمة المنطقة قضت لصالح الفتاة وغرمت الشركة"},
		{"two dots end a sentence", "رزق المهندس الزراعي يوسف الضاحي بمولودة اتفق هو وحرمه على تسميتها..جعلها الله من مواليد السعادة",
			"رزق المهندس الزراعي يوسف الضاحي بمولودة اتفق هو وحرمه على تسميتها"},
		{"a lead-in participle and its أن", "لافتاً إلى أنه، استأنفت روسيا شحنات النفط إلى سوريا، وتبعتها شحنات الحبوب في نيسان.",
			"استأنفت روسيا شحنات النفط إلى سوريا، وتبعتها شحنات الحبوب في نيسان"},
		{"an outlet's word that it learned", "وعلمت «المدينة» من مصادر مطلعة أن الوزارة أوقفت صرف المكافآت لعدد من الموظفين",
			"الوزارة أوقفت صرف المكافآت لعدد من الموظفين"},
		{"what it learned is too short to stand alone", "علمت الصحيفة أن الأمانة ستغلق السوق",
			"علمت الصحيفة أن الأمانة ستغلق السوق"},
		{"the noun علم is no lead-in", "علم المملكة يرفرف فوق المبنى بعد أن رفعه الأمير في حفل حضره المئات",
			"علم المملكة يرفرف فوق المبنى بعد أن رفعه الأمير في حفل حضره المئات"},
		{"a pointer back to a time", "وقد قتل آنذاك خمسة جنود افغان واصيب ثمانية آخرون بصاروخ",
			"قتل خمسة جنود افغان واصيب ثمانية آخرون بصاروخ"},
		{"a pointer set off by a comma", "مصدر أمني، كشف لعنب بلدي، حينها عن تنسيق جرى بين قاعدة حميميم الروسية وهذه الفلول",
			"مصدر أمني، كشف لعنب بلدي عن تنسيق جرى بين قاعدة حميميم الروسية وهذه الفلول"},
		{"a sentence run on after a lost full stop", "تسجيل الأسماء وقال السديس إنه تم تخصيص إفطار خاص للمعتكفين في المسجد",
			"قال السديس إنه تم تخصيص إفطار خاص للمعتكفين في المسجد"},
		{"a quantifier is no end", "لجنة الاستثمار والتسويق الرياضي، برئاسة الدكتور فواز بخاري وعضوية كل من: المهندس محمد سمرقندي وعبدالفتاح هوساوي",
			"لجنة الاستثمار والتسويق الرياضي، برئاسة الدكتور فواز بخاري وعضوية"},
		{"a filler of time", "في الوقت نفسه أظهرت بيانات المعهد أن متوسط أسعار المساكن زاد", "أظهرت بيانات المعهد أن متوسط أسعار المساكن زاد"},
		{"cut before a relative pronoun, not mid-phrase",
			"ولد رمضان قاديروف الرئيس الحالي للشيشان وهو نجل الزعيم الشيشاني أحمد قاديروف الذي اغتيل في غروزني بتفجير استهدف ملعبا",
			"ولد رمضان قاديروف الرئيس الحالي للشيشان وهو نجل الزعيم الشيشاني أحمد قاديروف"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &claim.Claim{Text: tc.text, End: len(tc.text)}
			if got := Headline(c); got != tc.want {
				t.Errorf("Headline = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRelabelDetail(t *testing.T) {
	for _, tc := range []struct{ in, a, b, want string }{
		{`said by "الشيباني" in A, by "لافروف" in B`, "C", "E", `said by "الشيباني" in C, by "لافروف" in E`},
		{"quoted in B, given without quote marks in other words in A", "A", "D", "quoted in D, given without quote marks in other words in A"},
		{`only A names "AFP A"`, "B", "C", `only B names "AFP A"`},
		{"one in A, several in B", "A", "B", "one in A, several in B"},
		{"ABC in A", "D", "E", "ABC in D"},
	} {
		if got := RelabelDetail(tc.in, tc.a, tc.b); got != tc.want {
			t.Errorf("RelabelDetail(%q, %s, %s) = %q, want %q", tc.in, tc.a, tc.b, got, tc.want)
		}
	}
}

// TestHeadlineDates: a date goes with the words that introduce it, and
// stays where dropping it would break a phrase.
func TestHeadlineDates(t *testing.T) {
	for _, tc := range []struct{ name, text, date, want string }{
		{"introduced", "وصل الوزير إلى موسكو في 15 أيار في أول زيارة رسمية", "15 أيار", "وصل الوزير إلى موسكو في أول زيارة رسمية"},
		{"part of a phrase", "لم يسمح الغرب بوصول مصدق إلى رئاسة الحكومة في مطلع الخمسينيات الميلادية", "الخمسينيات", "لم يسمح الغرب بوصول مصدق إلى رئاسة الحكومة في مطلع الخمسينيات الميلادية"},
		{"subject", "كشفت دراسة أمريكية أن العام الماضي كان الأشد حرا", "العام الماضي", "كشفت دراسة أمريكية أن العام الماضي كان الأشد حرا"},
		{"set off by commas", "التقى الوزير، اليوم الخميس، نظيره الروسي في موسكو", "اليوم الخميس", "التقى الوزير نظيره الروسي في موسكو"},
		// A comma that only followed a dropped date goes with it: the
		// clause after it is the act's object, no new clause.
		{"comma that followed the date", "أجرى المنتخب الوطني للسباحة في مدينة الدمام أمس، تمارينه الأخيرة في المسبح الأولمبي على فترتين قبل السفر إلى البطولة الآسيوية في الصين",
			"أمس", "أجرى المنتخب الوطني للسباحة في مدينة الدمام تمارينه الأخيرة في المسبح الأولمبي على فترتين قبل السفر…"},
		{"comma that followed an introduced date", "افتتح محافظ المدينة مساء أمس ، معرض الكتاب الدولي في مركز المعارض بحضور عدد كبير من الناشرين والزوار من داخل المملكة وخارجها",
			"مساء أمس", "افتتح محافظ المدينة معرض الكتاب الدولي في مركز المعارض بحضور عدد كبير من الناشرين والزوار…"},
		{"comma before a clause of its own", "انهار مبنى سكني قديم في حي الشرفية أمس، وأصيب ثلاثة من سكانه بجروح طفيفة نقلوا على إثرها إلى المستشفى القريب من الحي",
			"أمس", "انهار مبنى سكني قديم في حي الشرفية"},
		{"comma before a connective", "ارتفعت أسعار الخضار في الأسواق المركزية بالمدينة أمس، في حين استقرت أسعار الفواكه عند مستوياتها السابقة رغم زيادة الطلب عليها قبيل العيد",
			"أمس", "ارتفعت أسعار الخضار في الأسواق المركزية بالمدينة"},
		{"comma before a quotation", "أوضحت الصحيفة أن الوزير قال في حديث أجرته معه قناة محلية في 3 آذار 2024، “لن نتراجع عن خطة إصلاح التعليم مهما كانت الصعوبات”",
			"3 آذار 2024", "أوضحت الصحيفة أن الوزير قال في حديث أجرته معه قناة محلية"},
		{"comma before a clause opener", "استقبل أمير المنطقة وفد الغرفة التجارية أمس، مشيراً إلى ما تقدمه من برامج لدعم المنشآت الصغيرة والمتوسطة في المحافظات",
			"أمس", "استقبل أمير المنطقة وفد الغرفة التجارية"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := strings.Index(tc.text, tc.date)
			c := &claim.Claim{Text: tc.text, End: len(tc.text), Dates: []claim.Date{{Start: k, End: k + len(tc.date), Text: tc.date, Kind: "point"}}}
			if got := Headline(c); got != tc.want {
				t.Errorf("Headline = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTitleShape: questions, hooks, quotes, numbered items and sentences
// that lean on the one before weigh less than a statement of who did what.
func TestTitleShape(t *testing.T) {
	statement := shapeWeight("الحكومة اليونانية تعيد فتح المصارف بعد ثلاثة أسابيع", -1)
	for _, s := range []string{
		"هل تريد التقاط صورة داخل الغرفة الزرقاء في البيت الأبيض؟",
		"تخيل لو كان بإمكانك السفر في الوقت الذي تريده",
		"“لن نكف مطلقا عن دعم أصدقائنا في المنطقة وشعوبها”",
		"3- التخطيط وإجراء مسوح ميدانية لمقرات البعثات",
		"الذي بات بمفرده يمثل الملاعب السعودية في المونديال",
		"قال إن الكوارث لا تقتصر على الدول الفقيرة",
		"للتواصل مع الكاتب ارسل رسالة SMS",
		"إلى ذلك، أوضح رئيس النادي أن المجال مفتوح لطرح أي موضوع آخر يراه الحضور",
		"من جهته، أكد المتحدث باسم الوزارة أن الإجراءات مستمرة",
		"فالحدائق العامة يا أمين الرياض هي متنفسنا الوحيد",
		"ننتظر معاقبة المتحرشين",
		"حقيقة منع السعوديين العُزَّاب من دخول الكويت",
		// A reader's plea leaning on the sentence before (فإننا), and a
		// column's voice (لقد).
		"فإننا نأمل من أمين منطقة الرياض التوجيه بمزيد من الحرص والعناية والصيانة لعشرات الحدائق العامة",
		"فإنه يتعين على الجهات المعنية مراجعة الإجراءات",
		"لقد استمرت القطيعة بين أمريكا «الشيطان الأكبر» وبين إيران «محور الشر»",
		// A sentence that adds to the one before ("أيضا").
		"تنظر الصين أيضا بقلق لتهديدات من متطرفين في دول مثل أفغانستان",
		// A roundup: what the papers wrote.
		"صحف الخليج: الكويت تتحدى الطائفية وتهزم الإرهاب",
		"الصحف الأوروبية اهتمت بقناة السويس الجديدة وكوارث قوارب الموت باتجاه أوروبا",
	} {
		if w := shapeWeight(s, -1); w >= statement/2 {
			t.Errorf("shapeWeight(%q) = %.2f, want well below a statement's %.2f", s, w, statement)
		}
	}
	if w := cutWeight("قال المتحدث باسم الوزارة في بيان", "قال المتحدث باسم الوزارة في بيان إن القوات انسحبت من المدينة"); w >= 1 {
		t.Errorf("a speech verb's lead-in weighs %.2f, want less than 1", w)
	}
	if w := cutWeight("قال المتحدث باسم الوزارة إن القوات انسحبت", "قال المتحدث باسم الوزارة إن القوات انسحبت"); w != 1 {
		t.Errorf("a speech verb with what was said weighs %.2f, want 1", w)
	}
	// A time phrase cut off from the clause it opens.
	wto := "وبحدود نهاية تشرين الأول (أكتوبر) عام 2015، ستقدم كل دولة عضو مشاركة في المفاوضات للمشاركين الآخرين مشروع جدول"
	if w := cutWeight("بحدود نهاية تشرين الأول عام 2015", wto); w >= 1 {
		t.Errorf("a time phrase without its clause weighs %.2f, want less than 1", w)
	}
	// A light verb cut off before its act, and one that keeps it.
	airport := "قام مطار الملك خالد، بعد إنزال جميع الركاب إلى صالة المطار والتحقق من سلامتهم، بالتنسيق مع الناقل الجوي لتقديم الرعاية اللازمة لجميع الركاب"
	if w := cutWeight("قام مطار الملك خالد، بعد إنزال جميع الركاب إلى صالة المطار والتحقق من سلامتهم", airport); w >= 1 {
		t.Errorf("a light verb without its act weighs %.2f, want less than 1", w)
	}
	visit := "قام وزير الصحة بزيارة مستشفى الملك فهد في جدة للاطمئنان على المصابين في الحادث"
	if w := cutWeight("قام وزير الصحة بزيارة مستشفى الملك فهد في جدة", visit); w != 1 {
		t.Errorf("a light verb with its act weighs %.2f, want 1", w)
	}
}

// TestStatesAct: a headline that says who did what, or opens with the
// noun of an act, states one; a topic does not.
func TestStatesAct(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"اجتماعية الخماسين تحتفل بالعيد", true},
		{"«عاون» يزور تأهيل الباحة", true},
		{"ليبيا.. مقتل العشرات في اشتباكات قبلية", true},
		{"اكتشاف ديناصور مجنح كثيف الشعر", true},
		{"الزياني: تصريحات القيادات الإيرانية متناقضة", true},
		{"فرق ترفيهية في لجنة «الخماسين»", false},
		{"«عاون التطوعي» في التأهيل الشامل", false},
		{"الشيشان.. أيقونة القوقاز", false},
		{"خطف أربعة إيطاليين في ليبيا", true},
		{"ضبط مخالفين في القصيم", true},
		{"جراحة في العمود الفقري لـ «بيليه»", false},
		{"المشهد: عن رحيل جيمس هورنر", false},
		{"الزياني: عن التحديات نتحدث", true},
		// A past verb with its plural subject states an act; a short
		// accusative noun in وا does not make one.
		{"الحوثيون عمقوا أزمة المياه في اليمن", true},
		{"مصادر المياه في العالم", false},
		{"الطالب عضوا في المجلس", false},
		// A retrospective, its occasion before the colon; a news item
		// on the anniversary states its act.
		{"شعراء في ذكرى وفاته: «درويش».. شاعر مقاومة وحداثة", false},
		{"عشاق الراحل درويش يتوافدون على متحفه في الذكرى السابعة لوفاته", true},
	} {
		if got := statesAct(tc.title); got != tc.want {
			t.Errorf("statesAct(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
	for in, want := range map[string]string{"للسعودية": "السعودية", "بالرياض": "الرياض", "موسكو": "موسكو", "والقاهرة": "القاهرة"} {
		if got := bareName(in); got != want {
			t.Errorf("bareName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"«فنون أبها» تقيم حفلاً شعبيًا..اليوم":             "«فنون أبها» تقيم حفلاً شعبيًا",
		"تخيلوا.. شركة تمنح موظفيها إجازات غير محدودة":     "شركة تمنح موظفيها إجازات غير محدودة",
		"بالصور..أهالي وادي الدواسر يحتفظون بأصالة الماضي": "أهالي وادي الدواسر يحتفظون بأصالة الماضي",
		"تخيل لو كان بإمكانك السفر في الوقت الذي تريده":    "تخيل لو كان بإمكانك السفر في الوقت الذي تريده",
	} {
		if got := HeadlineText(in); got != want {
			t.Errorf("HeadlineText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEventPlace(t *testing.T) {
	mkc := func(id, doc, text string, places ...string) *claim.Claim {
		c := &claim.Claim{ID: id, Doc: doc, Text: text, End: len(text)}
		for _, p := range places {
			i := strings.Index(text, p)
			e := claim.EntityRef{Start: i, End: i + len(p), Text: p, Kind: "place"}
			if p == "العالم العربي" {
				e.ID = "e-arab"
			}
			c.Entities = append(c.Entities, e)
		}
		return c
	}
	title := mkc("t", "d1", "افتتح الوزير المعرض في الرياض", "الرياض")
	two := mkc("t2", "d1", "افتتح الوزير معرضين في الرياض وفي جدة", "الرياض", "جدة")
	cityTie := mkc("t3", "d1", "التقى الرئيس الوزيرين في موسكو وبحث الوضع في سوريا", "موسكو", "سوريا")
	bare := mkc("b", "d1", "افتتح الوزير المعرض الدولي للكتاب", nil...)
	others := []*claim.Claim{
		mkc("c2", "d2", "وقال الوزير في القاهرة إن المعرض كبير", "القاهرة"),
		mkc("c3", "d3", "وأكد الوزير في القاهرة أن المشاركة واسعة", "القاهرة"),
		mkc("c4", "d4", "وهو الأكبر من نوعه في العالم العربي", "العالم العربي"),
		mkc("c5", "d5", "وتشارك فيه دور نشر من كل الدول في العالم العربي", "العالم العربي"),
		mkc("c6", "d6", "ويعد الأقدم في العالم العربي", "العالم العربي"),
		mkc("c7", "d7", "وشهد المعرض توقيع كتب جديدة", nil...),
	}
	event := func(first *claim.Claim, n int) (*align.Event, map[string]*claim.Claim) {
		ev := &align.Event{}
		m := map[string]*claim.Claim{first.ID: first}
		ev.Claims = append(ev.Claims, first.ID)
		for _, c := range others[:n] {
			ev.Claims = append(ev.Claims, c.ID)
			m[c.ID] = c
		}
		return ev, m
	}
	for _, tc := range []struct {
		name   string
		chosen *claim.Claim
		n      int
		want   string
	}{
		{"the title's own place wins over one named by more", title, 6, "الرياض"},
		{"two of three documents name it", bare, 2, "القاهرة"},
		{"two of seven documents is a passing mention", bare, 6, ""},
		{"two places of the title's claim say neither", two, 6, ""},
		{"of a city and a country named as often, the city", cityTie, 6, "موسكو"},
		{"a region of several countries is a reach, not a place", bare, 5, "القاهرة"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, m := event(tc.chosen, tc.n)
			if got := eventPlace(ev, m, tc.chosen, "", nil); got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
}

// TestEventPlaceLead: for an event titled by an article's headline, the
// first place of that article's lead is where the happening was, though
// every article names where something else was (the crash before the
// funeral, told in a relative clause).
func TestEventPlaceLead(t *testing.T) {
	mkc := func(id, doc, text string, start int, places ...string) *claim.Claim {
		c := &claim.Claim{ID: id, Doc: doc, Text: text, Start: start, End: start + len(text)}
		for _, p := range places {
			i := strings.Index(text, p)
			c.Entities = append(c.Entities, claim.EntityRef{Start: start + i, End: start + i + len(p), Text: p, Kind: "place"})
		}
		return c
	}
	cs := []*claim.Claim{
		mkc("a2", "d1", "وحضر الجنازة أقارب الضحايا القادمون من بريطانيا", 300, "بريطانيا"),
		mkc("a1", "d1", "صلى المصلون في المدينة المنورة أمس على ضحايا الطائرة التي سقطت في بريطانيا", 100, "المدينة المنورة", "بريطانيا"),
		mkc("b1", "d2", "شيع الأهالي في المدينة المنورة ضحايا الطائرة التي تحطمت في بريطانيا", 0, "المدينة المنورة", "بريطانيا"),
		mkc("c1", "d3", "كشف تحليل فني أسباب سقوط الطائرة في بريطانيا", 0, "بريطانيا"),
		mkc("e1", "d4", "وقالت الشرطة إن الطائرة سقطت في بريطانيا قرب المطار", 0, "بريطانيا"),
		mkc("f1", "d5", "وصل المحققون إلى باريس لفحص الحطام بعد سقوط الطائرة في بريطانيا", 0, "باريس", "بريطانيا"),
	}
	ev := &align.Event{}
	m := map[string]*claim.Claim{}
	for _, c := range cs {
		ev.Claims = append(ev.Claims, c.ID)
		m[c.ID] = c
	}
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"the headline's article's lead names the funeral's city first", "d1", "المدينة المنورة"},
		{"a lead naming one place", "d3", "بريطانيا"},
		{"a place only the lead names is no tag", "d5", "بريطانيا"},
		{"no headline: most documents", "", "بريطانيا"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventPlace(ev, m, nil, tc.doc, nil); got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadlineAdjacentDates checks that a date right after one that goes,
// in apposition to it, goes too (no "2015 10 شوال" left behind).
func TestHeadlineAdjacentDates(t *testing.T) {
	text := `تعتزم الشركة السعودية للصناعات الأساسية "سابك" الإعلان عن نتائجها المالية عن الربع الثاني 2015 صباح الأحد القادم 10 شوال 1436 ه.`
	d1 := strings.Index(text, "صباح")
	d2 := strings.Index(text, "10 شوال")
	c := &claim.Claim{Text: text, End: len(text), Dates: []claim.Date{
		{Start: d1, End: d1 + len("صباح الأحد القادم"), Text: "صباح الأحد القادم", Role: "planned", Kind: "point"},
		{Start: d2, End: d2 + len("10 شوال 1436 ه"), Text: "10 شوال 1436 ه", Value: "2015-07-26", Role: "on", Kind: "point"},
	}}
	want := `تعتزم الشركة السعودية للصناعات الأساسية "سابك" الإعلان عن نتائجها المالية عن الربع الثاني 2015`
	if got := Headline(c); got != want {
		t.Errorf("Headline = %q, want %q", got, want)
	}
}

// TestStandsAlone checks which titles cut from a claim read on their own:
// those that name someone or something and are not cut short; not those
// whose subject is a pronoun for someone named before.
func TestStandsAlone(t *testing.T) {
	for _, tc := range []struct {
		title  string
		rest   string // how the claim goes on after the title
		entity string
		want   bool
	}{
		{"استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع", "", "فلاديمير بوتين", true},
		{"لا تزال تعاني من نقص في ثقة بعض الناخبين", "", "", false},
		{"يسعى لكسب تاييد الجناح المحافظ للحزب الديموقراطي", "", "الحزب الديموقراطي", false},
		{"يركز على استمالة ناخبين جدد من السود", "", "", false},
		{"تراجع في استطلاعات الراي بعد فضيحة حول حوادث ازدحام", "", "", false},
		{"أظهرت بيانات المعهد الصيني أن متوسط أسعار المساكن زاد…", "", "المعهد الصيني", false},
		// The claim goes on after a colon: the title is its lead-in.
		{"لجنة الاستثمار والتسويق الرياضي، برئاسة الدكتور فواز بخاري وعضوية", " كل من: المهندس محمد سمرقندي وعبدالفتاح هوساوي", "فواز بخاري", false},
		{"تعتزم الشركة السعودية للصناعات الأساسية سابك إعلان نتائجها", "", "سابك", true},
		// Cut before a relative pronoun, the sentence's predicate after it.
		{"تعرضت آمال الرئيس الأمريكي باراك أوباما للحفاظ على الاتفاق النووي", " الذي أبرم بين ايران والقوى العالمية الست لانتكاسة", "باراك أوباما", false},
		{"تعرضت آمال الرئيس الأمريكي باراك أوباما للحفاظ على الاتفاق النووي", " لانتكاسة.", "باراك أوباما", true},
	} {
		text := tc.title + tc.rest
		c := &claim.Claim{Text: text, End: len(text)}
		if tc.entity != "" {
			k := strings.Index(tc.title, tc.entity)
			c.Entities = []claim.EntityRef{{Start: k, End: k + len(tc.entity), Text: tc.entity, Kind: "org"}}
		}
		if got := standsAlone(tc.title, c); got != tc.want {
			t.Errorf("standsAlone(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestRecalledAndOutlets checks which events are stories: an event that
// ended a month before every dated article that tells it is recalled as
// background; two documents of one outlet are one source.
func TestRecalledAndOutlets(t *testing.T) {
	docs := map[string]*corpus.Document{
		"a": {ID: "a", Published: "2025-12-24", SourceName: "hashtagsyria.com"},
		"b": {ID: "b", Published: "2025-10", SourceName: "الثورة"},
		"c": {ID: "c", Published: "2025-07-31", SourceName: "عنب بلدي"},
		"d": {ID: "d", Retrieved: "2025-12-24", SourceName: "الثورة"},
		"e": {ID: "e", SourceName: "file 005"},
	}
	for _, tc := range []struct {
		name     string
		ev       align.Event
		recalled bool
		outlets  int
	}{
		{"a call recalled by two later articles", align.Event{Date: "2025-02-12", Sources: []string{"a", "b"}}, true, 2},
		{"a visit one article reports the day it happened", align.Event{Date: "2025-07-31", Sources: []string{"c", "b"}}, false, 2},
		{"a visit within the month of an article", align.Event{Date: "2025-10-15", Sources: []string{"a", "b"}}, false, 2},
		{"dated by retrieval when unpublished", align.Event{Date: "2025-03-20", Sources: []string{"d"}}, true, 1},
		{"no dated article: not recalled", align.Event{Date: "2025-03-20", Sources: []string{"e"}}, false, 1},
		{"no event date: not recalled", align.Event{DateUnknown: true, Sources: []string{"a"}}, false, 1},
		{"two documents of one outlet", align.Event{Date: "2025-10-15", Sources: []string{"b", "d"}}, false, 1},
	} {
		if got := Recalled(&tc.ev, docs); got != tc.recalled {
			t.Errorf("%s: Recalled = %v, want %v", tc.name, got, tc.recalled)
		}
		if got := EventOutlets(&tc.ev, docs); got != tc.outlets {
			t.Errorf("%s: EventOutlets = %d, want %d", tc.name, got, tc.outlets)
		}
	}
}

// TestNamesPlace checks that a title naming one of the event's places is
// told apart (as whole words, a clitic allowed) from one that only holds
// its letters.
func TestNamesPlace(t *testing.T) {
	for _, tc := range []struct {
		title, place string
		want         bool
	}{
		{"أمير الباحة يشارك الأهالي فرحة العيد", "الباحة", true},
		{"قرية ابن نومة بالرياض تقيم احتفالات عيد الفطر", "الرياض", true},
		{"وصول أول طائرة إغاثة للسعودية من الخارج", "السعودية", true},
		{"مهرجان صيفي في المدينة المنورة يجذب الزوار", "المدينة المنورة", true},
		{"مصرع شخصين داخل بئر في ضباء", "مصر", false},
		{"انطلاق البطولة العربية لكرة السلة", "الرياض", false},
		// A region or town of Saudi Arabia the gazetteer leaves out.
		{"أمير نجران لأهالي شرورة: جئنا لخدمتكم وتفقد أحوالكم", "اليمن", true},
		{"منسوبو التعليم بعنيزة يجتمعون للمعايدة", "اليمن", true},
		// A synonym of the event's place.
		{"دجاج للإيجار في أميركا بعد ارتفاع أسعار البيض", "الولايات المتحدة", true},
	} {
		text := "وقال المنظمون في " + tc.place + " إن الحضور كبير"
		k := strings.Index(text, tc.place)
		c := &claim.Claim{ID: "c", Text: text, End: len(text), Entities: []claim.EntityRef{{Start: k, End: k + len(tc.place), Text: tc.place, Kind: "place"}}}
		ev := &align.Event{Claims: []string{"c"}}
		if got := namesPlace(tc.title, ev, map[string]*claim.Claim{"c": c}); got != tc.want {
			t.Errorf("namesPlace(%q, %q) = %v, want %v", tc.title, tc.place, got, tc.want)
		}
	}
}

// TestHeadlineTextMarks checks how an article's headline is cut: its colon
// follows a speaker or a topic and its ".." sets a topic off from what is
// said of it, so neither ends it; ".." before و starts another story; a
// wire service's section label, a one-letter abbreviation's full stop and
// a time or place set off at the end are no part of the title.
func TestHeadlineTextMarks(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a colon after a speaker", "جامعة حائل رداً على ” ترقيات موظفيها” : الخدمة المدنية راجعت القرارات",
			"جامعة حائل رداً على ” ترقيات موظفيها”: الخدمة المدنية راجعت القرارات"},
		{"a colon after a second speaker", "قوات الأسد تتراجع في الزبداني.. وحزب الله: هي معركة لبنان",
			"قوات الأسد تتراجع في الزبداني.. وحزب الله: هي معركة لبنان"},
		{"what is said of a topic", "فيصل بن خالد: لقب عاصمة السياحة.. يضاعف مسؤوليتنا", "فيصل بن خالد: لقب عاصمة السياحة.. يضاعف مسؤوليتنا"},
		{"another story after .. and و", "تجهيز 360 قارباً لصيد الروبيان بالقطيف ودارين.. وتوقعات بموسم وفير", "تجهيز 360 قارباً لصيد الروبيان بالقطيف ودارين"},
		{"a section label", "عام / الأمين العام لمجلس التعاون الخليجي يجتمع مع سفير ميانمار", "الأمين العام لمجلس التعاون الخليجي يجتمع مع سفير ميانمار"},
		{"no label: a slash inside", "تعليم الجوف يودع 3.9 مليون ريال في حسابات الطلاب للعام 1436/1437", "تعليم الجوف يودع 3.9 مليون ريال في حسابات الطلاب للعام 1436/1437"},
		{"an abbreviation", "قسطرة نوعية تنقذ حياة مريض بعد تمزق الشريان الأبهر في مستشفى د. سليمان الحبيب",
			"قسطرة نوعية تنقذ حياة مريض بعد تمزق الشريان الأبهر في مستشفى د. سليمان الحبيب"},
		{"a day that is all a clause says", "باريس سان جيرمان يغلق صفقة دي ماريا والإعلان الرسمي غداً", "باريس سان جيرمان يغلق صفقة دي ماريا والإعلان الرسمي غداً"},
		{"a day after a verb", "مهرجان كاف القريات ينطلق بحزمة ضخمة من الفعاليات غدًا", "مهرجان كاف القريات ينطلق بحزمة ضخمة من الفعاليات"},
		{"a time set off", "وزير الخدمة المدنية: إعلان المرشحات بالمفاضلة للوظائف التعليمية.. الأسبوع المقبل", "وزير الخدمة المدنية: إعلان المرشحات بالمفاضلة للوظائف التعليمية"},
		{"a place set off", "تمديد فترة مسابقة التصوير في مهرجان العسل.. بالباحة", "تمديد فترة مسابقة التصوير في مهرجان العسل"},
		{"a place with its preposition", "انطلاق فعاليات «عيدكم عيدنا» بالألعاب النارية والأهازيج والمسرحيات.. في جدة", "انطلاق فعاليات «عيدكم عيدنا» بالألعاب النارية والأهازيج والمسرحيات"},
		{"a teaser before ..", "القصة كاملة .. شاب يتبرع بجزء من “كبده” لطفلة أحد المرابطين بالجنوب", "شاب يتبرع بجزء من “كبده” لطفلة أحد المرابطين بالجنوب"},
		{"a media tag at the end", "سنغافورة تُحيي الذكرى الـ 50 لاستقلالها - فيديو", "سنغافورة تُحيي الذكرى الـ 50 لاستقلالها"},
		{"a time of the day with its day", "الخدمة المدنية : نتائج الترشيح المبدئي للوظائف التعليمية النسائية مساء اليوم", "الخدمة المدنية: نتائج الترشيح المبدئي للوظائف التعليمية النسائية"},
		{"a predicate set off stays", "السوبر السعودي في لندن.. إنجاز", "السوبر السعودي في لندن.. إنجاز"},
		{"no cut inside a quote", `أمير مكة يفتتح معرض "الفيصل.. شاهد وشهيد"`, `أمير مكة يفتتح معرض "الفيصل.. شاهد وشهيد"`},
		{"braces are quote marks", "وزير الاقتصاد الألماني أول الواصلين  إلى طهران لإحياء {الشراكة التجارية}",
			"وزير الاقتصاد الألماني أول الواصلين إلى طهران لإحياء «الشراكة التجارية»"},
		{"braces inside", "البشير يتحدى {الجنائية الدولية} ويغادر إلى موريتانيا", "البشير يتحدى «الجنائية الدولية» ويغادر إلى موريتانيا"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := HeadlineText(tc.in); got != tc.want {
				t.Errorf("HeadlineText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	// A claim's colon still ends its lead-in, and a claim's comma that
	// closes a relative clause set off by commas is no end.
	long := "تُعنى “بطاقة اقتصاد الوقود”, التي أعدها المركز السعودي لكفاءة الطاقة واعتمدتها الهيئة السعودية للمواصفات والمقاييس والجودة، بالمركبات الخفيفة،التي يقل وزنها الإجمالي عن 3500 كيلوجرام."
	if got := cutWords(long); strings.HasSuffix(got, "والجودة") {
		t.Errorf("cutWords(%q) = %q, cut where the relative clause closes", long, got)
	}
}

// TestStandsAloneReferents checks titles that name what they tell of only
// by pointing back outside them: a subordinate clause without its main
// clause, a demonstrative with its noun, a definite dual, a bare generic
// noun as the subject, a site's tag line; and titles that do not.
func TestStandsAloneReferents(t *testing.T) {
	for _, tc := range []struct {
		title  string
		entity string // a name of the claim, in the title
		want   bool
	}{
		{"رغم حداثة مشاركات المملكة العربية السعودية في الأولمبياد الدولي للرياضيات", "المملكة العربية السعودية", false},
		{"منذ تاسيس روابط المشجعين الالتراس في مصر", "مصر", false},
		{"كتبت المنظمتان ان النزاع الدائر في سورية قضى على القطاع الزراعي", "سورية", false},
		{"اتفق الطرفان على استئناف المفاوضات في جنيف", "جنيف", false},
		{"حول هذه الكارثة نشرت صحيفة الإنديبندنت البريطانية مقالا", "الإنديبندنت", false},
		{"أوضحت الشركة أن أحقية الأرباح لمساهمي الشركة المسجلين لدى مركز إيداع الأوراق المالية", "مركز إيداع الأوراق المالية", false},
		{"يأتي القرار بعد تأجيل بطولة كأس الخليج", "كأس الخليج", false},
		{"سمات أفغانستان الملا عمر الملا منصور طالبان", "طالبان", false},
		{"التي بدأت بالفعل في آسيا ومنطقة امريكا الشمالية", "آسيا", false},
		// Standing alone: a named subject, a qualified one, a time after
		// a demonstrative.
		{"أعلنت الشركة السعودية للكهرباء تشغيل محطة جديدة في جازان", "الشركة السعودية للكهرباء", true},
		{"أعلن الرئيس أوباما خطة جديدة للطاقة", "أوباما", true},
		{"وزارة التعليم تعتمد 20 فرعا جديدا للكليات التقنية هذا العام", "وزارة التعليم", true},
		{"المنظمة الدولية للهجرة تحذر من غرق المهاجرين في المتوسط", "المنظمة الدولية للهجرة", true},
	} {
		c := &claim.Claim{Text: tc.title, End: len(tc.title)}
		k := strings.Index(tc.title, tc.entity)
		c.Entities = []claim.EntityRef{{Start: k, End: k + len(tc.entity), Text: tc.entity, Kind: "org"}}
		if got := standsAlone(tc.title, c); got != tc.want {
			t.Errorf("standsAlone(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestNamesTopic checks which headlines name a subject rather than what
// happened, and that such a headline weighs less than one telling the
// story in the same words.
func TestNamesTopic(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"مهرجان تمور بريدة", true},
		{"عيد غزة", true},
		{"سياحة «سوق عكاظ»", true},
		{"عن رحيل جيمس هورنر", true},
		{"مصرع الأمريكي جيمس هورنر ملحن تايتنك والقلب الشجاع في حادث", false},
		{"السكري يتفوق في «مهرجان بريدة للتمور»", false},
		{"ورشة عمل لتطوير سوق عكاظ سياحيا", false},
	} {
		if got := namesTopic(tc.title); got != tc.want {
			t.Errorf("namesTopic(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
	heads := []headline{
		{doc: &corpus.Document{ID: "a"}, title: "مهرجان تمور بريدة", share: 1},
		{doc: &corpus.Document{ID: "b"}, title: "السكري يتفوق في مهرجان تمور بريدة", share: 1},
	}
	// Every stem weighs alike: the topic's words are all the story's.
	w := weighHeadlines(heads, newStemTable(0), func([]int32) float64 { return 1 })
	if len(w) != 2 || w[0].score >= w[1].score {
		t.Errorf("weighHeadlines = %+v, want the topic (first) to weigh less", w)
	}
}

// TestHeadlineOverReport: a claim that reports what someone said gives way
// to an article's headline that tells the act and weighs about as much
// (a tie); not to a quote, a headline in the first person, nor one that
// weighs clearly less, and a claim that tells the act itself keeps it.
func TestHeadlineOverReport(t *testing.T) {
	forms := map[string]bool{"يعمل": true, "يضبط": true}
	head := func(title string, score float64) candidate {
		return candidate{doc: &corpus.Document{ID: "d-h", Title: title}, head: title, score: score}
	}
	report := "ذكر مدير الشرطة العقيد سالم الحربي أن الدوريات ضبطت 12 مخالفاً لنظام الإقامة في حي النسيم"
	for _, tc := range []struct {
		name   string
		title  string
		head   candidate
		want   string
		wantOK bool
	}{
		{"a tie goes to the act", report, head("شرطة الرياض تضبط 12 مخالفاً لنظام الإقامة", 9.8),
			"شرطة الرياض تضبط 12 مخالفاً لنظام الإقامة", true},
		{"no tie", report, head("شرطة الرياض تضبط 12 مخالفاً لنظام الإقامة", 8), "", false},
		{"a quote", report, head("الحربي: ضبط 12 مخالفاً لنظام الإقامة", 9.8), "", false},
		{"the first person", report, head("الوضع مقلق ونعمل على ضبط المخالفين", 9.8), "", false},
		{"a claim that tells the act", "ضبطت دوريات الشرطة 12 مخالفاً لنظام الإقامة في حي النسيم بالرياض",
			head("شرطة الرياض تضبط 12 مخالفاً لنظام الإقامة", 9.8), "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &claim.Claim{ID: "c-1", Doc: "d-c", Text: tc.title, End: len(tc.title)}
			top := []candidate{{c: c, score: 10}, tc.head}
			got, ok := headlineOverReport(top, 10, tc.title, forms)
			if ok != tc.wantOK || got.Title != tc.want {
				t.Errorf("headlineOverReport = %q, %v; want %q, %v", got.Title, ok, tc.want, tc.wantOK)
			}
		})
	}
}

// TestReportsThat: a speech verb and its speaker before أن or إن open a
// report; a verb of an act, or a speech verb without أن, do not.
func TestReportsThat(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"أكد وزير الصحة أن المستشفى الجديد سيفتتح قبل نهاية العام", true},
		{"قال المتحدث الرسمي باسم الهيئة العامة للطيران المدني إن الرحلات عادت إلى مواعيدها", true},
		{"افتتح وزير الصحة المستشفى الجديد في حي الملقا", false},
		{"أعلن النادي تعاقده مع مدرب جديد لمدة عامين", false},
	} {
		if got := reportsThat(tc.title); got != tc.want {
			t.Errorf("reportsThat(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestHeadlineTextLeads checks what a headline loses at its start and
// keeps at its end: a follow-on's ".." and و, direction marks, and a
// headline of up to MaxHeadWords words kept whole.
func TestHeadlineTextLeads(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a follow-on with a verb", ".. وهبوط أول طائرة إغاثية إماراتية في عدن منذ تحريرها", "هبوط أول طائرة إغاثية إماراتية في عدن منذ تحريرها"},
		{"a follow-on with the article", ".. والدولار يقلص مكاسبه", "الدولار يقلص مكاسبه"},
		{"a follow-on of one word stays", ".. وأخيراً", ".. وأخيراً"},
		{"direction marks", "\u200f\u202bمطار جازان يستقبل أول رحلة من &quot;فلاي دبي&quot;", `مطار جازان يستقبل أول رحلة من "فلاي دبي"`},
		{"a mark at the end", "العمري متحدثاً رسمياً لجامعة نجران\u200e", "العمري متحدثاً رسمياً لجامعة نجران"},
		{"18 words whole", "تداول تعلن تاريخ ايداع حقوق الأولوية واحتساب نسبة التذبذب لسهم الإنماء طوكيو مارين على أساس سعر 22.90 ريال",
			"تداول تعلن تاريخ ايداع حقوق الأولوية واحتساب نسبة التذبذب لسهم الإنماء طوكيو مارين على أساس سعر 22.90 ريال"},
		{"a wire's و keeps its word", "وزير الخارجية يصل إلى موسكو في زيارة رسمية", "وزير الخارجية يصل إلى موسكو في زيارة رسمية"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := HeadlineText(tc.in); got != tc.want {
				t.Errorf("HeadlineText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	// Entities are gone before a headline's words are weighed.
	d := &corpus.Document{ID: "d-1", Title: `السجن لشخصين قاما بزراعة &quot;الحشيش&quot; في مدرسة بالسويد`}
	if got := headTitle(d, nil); strings.Contains(got, "quot") {
		t.Errorf("headTitle = %q, an entity left", got)
	}
}

// TestClaimCutEnds checks where a claim's title ends: "كل منها" is kept as
// a phrase, a cut-short title is cut again before its last conjunct, and
// a conjunct after بين is no end.
func TestClaimCutEnds(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"each of them", "ابتكر أستاذ جامعي في مصر طريقة لتحديد هوية الحيوانات بالكمبيوتر عن طريق خطم كل منها..",
			"ابتكر أستاذ جامعي في مصر طريقة لتحديد هوية الحيوانات بالكمبيوتر عن طريق خطم كل منها"},
		{"a weak end still goes", "أعلنت الوزارة إطلاق برنامج جديد لتدريب المعلمين في", "أعلنت الوزارة إطلاق برنامج جديد لتدريب المعلمين"},
		{"a و written apart", "و تتميز الدورة الثالثة بتزامن عملية قيد الناخبين مع تسجيل المرشحين", "تتميز الدورة الثالثة بتزامن عملية قيد الناخبين مع تسجيل المرشحين"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &claim.Claim{ID: "c-1", Text: tc.in, End: len(tc.in)}
			if got := Headline(c); got != tc.want {
				t.Errorf("Headline(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	for _, tc := range []struct{ name, in, want string }{
		{"before the last conjunct", "الأمير محمد بن نايف: الملك سلمان حريص على كل ما فيه عناية ورعاية للحرمين الشريفين والتيسير…",
			"الأمير محمد بن نايف: الملك سلمان حريص على كل ما فيه عناية ورعاية للحرمين الشريفين"},
		{"a clause with و", "قنصل المملكة في لوس انجلوس: التفجير الإرهابي في عسير عمل دنيء ومن يقف خلفه لا ينتمي…",
			"قنصل المملكة في لوس انجلوس: التفجير الإرهابي في عسير عمل دنيء"},
		{"not the second of two", "عقد اجتماع في الرياض اليوم لبحث التعاون الاقتصادي والتجاري بين وزير الخارجية السعودي ووزير…",
			"عقد اجتماع في الرياض اليوم لبحث التعاون الاقتصادي"},
		{"none in reach", "أعلنت الهيئة العامة للإحصاء عن نتائج المسح الميداني الشامل لقطاع المنشآت الصغيرة في المناطق الشمالية…",
			"أعلنت الهيئة العامة للإحصاء عن نتائج المسح الميداني الشامل لقطاع المنشآت الصغيرة في المناطق الشمالية…"},
		{"whole titles stay", "وزير الإسكان يزور مصلحة الجمارك ويلتقي مديرها", "وزير الإسكان يزور مصلحة الجمارك ويلتقي مديرها"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := wholeConjunct(tc.in); got != tc.want {
				t.Errorf("wholeConjunct(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestExclaimInstead: an article's headline that exclaims gives way to a
// candidate that tells an act and weighs half of it or more; a plain
// headline does not, nor does an exclamation beside a weaker candidate.
func TestExclaimInstead(t *testing.T) {
	head := func(id, title string, score float64) candidate {
		return candidate{doc: &corpus.Document{ID: id, Title: title}, head: title, score: score}
	}
	forms := map[string]bool{"يقيل": true}
	for _, tc := range []struct {
		name   string
		best   candidate
		other  candidate
		want   string
		wantOK bool
	}{
		{"an exclamation gives way", head("d-1", "مون.. الإدانة لا تكفي!!", 17.3), head("d-2", "إقالة وزير الصحة الكوري", 11.1), "إقالة وزير الصحة الكوري", true},
		{"too light", head("d-1", "مون.. الإدانة لا تكفي!!", 17.3), head("d-2", "إقالة وزير الصحة الكوري", 8), "", false},
		{"no exclamation", head("d-1", "رئيسة كوريا الجنوبية تقيل وزير الصحة", 17.3), head("d-2", "إقالة وزير الصحة الكوري", 11.1), "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			top := []candidate{tc.best, tc.other}
			got, _, ok := actInstead(top, 0, tc.best.score, HeadlineText(tc.best.head), forms, nil)
			if ok != tc.wantOK || got.Title != tc.want {
				t.Errorf("actInstead = %q, %v; want %q, %v", got.Title, ok, tc.want, tc.wantOK)
			}
		})
	}
	if !exclaims("المعجزة الروسية!") || exclaims("هل تنجح الخطة؟") || exclaims("الأسهم ترتفع!.. والنفط يهبط") {
		t.Error("exclaims: an exclamation is one that ends the headline")
	}
}

// TestSpeaksFirst: a text opening in the first person singular is a quote
// without its speaker; a verb of the past or an elative in أ is not one.
func TestSpeaksFirst(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"أشكر الجماهير على وقفتها مع الفريق في الموسم الماضي", true},
		{"أتمنى أن نحقق البطولة هذا العام", true},
		{"سأرحل عن النادي بعد نهاية العقد", true},
		{"لن أترك المنتخب في هذه الظروف", true},
		{"وأؤكد أن الفريق جاهز للمباراة", true},
		// Verbs of the past and nouns that open on أ.
		{"أعلن النادي تعاقده مع المدافع البرازيلي", false},
		{"أكد الوزير أن المشروع يسير وفق الخطة", false},
		{"أكبر مشروع للطاقة الشمسية في المنطقة", false},
		{"لا أخطاء في إجراءات القبول بالجامعة", false},
		{"لا أحد فوق النظام", false},
		{"اعتذر المدرب عن حضور المؤتمر الصحفي", false},
	} {
		if got := speaksFirst(tc.text); got != tc.want {
			t.Errorf("speaksFirst(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	statement := shapeWeight("مدرب الفريق يشكر اللاعبين على انضباطهم في المعسكر", -1)
	if w := shapeWeight("أشكر اللاعبين على انضباطهم في المعسكر", -1); w >= statement {
		t.Errorf("a first-person headline weighs %.2f, want below a statement's %.2f", w, statement)
	}
}

// TestVoxPopAndColumnTopic: what unnamed people say, and a column's topic
// after a colon, state no act; a named speaker's words do.
func TestVoxPopAndColumnTopic(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"مواطنون ومقيمون: الفعاليات أسعدت العائلات في العيد", false},
		{"زوار: برامج المهرجان متنوعة ومناسبة للأطفال", false},
		{"خبراء من الخليج: أسعار النفط ستبقى منخفضة", false},
		{"تجارب عالمية يمكن الاستفادة منها: النقل", false},
		// A named speaker, or a place that names the crowd, attributes.
		{"أهالي حائل: الطريق بحاجة إلى صيانة عاجلة", true},
		{"وزير الإسكان: توزيع الوحدات السكنية قبل نهاية العام", true},
		// A short quote after a colon is not a topic.
		{"رئيس الاتحاد للجماهير: نعم.. للتغيير", true},
	} {
		if got := statesAct(tc.title); got != tc.want {
			t.Errorf("statesAct(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestFullerVerbHeadline: a headline with no act at all gives way to a
// fuller headline of the event that holds its words and has a verb; one
// that has a verb already keeps its place.
func TestFullerVerbHeadline(t *testing.T) {
	head := func(id, title string, score float64) candidate {
		return candidate{doc: &corpus.Document{ID: id, Title: title}, head: title, score: score}
	}
	forms := map[string]bool{"يربط": true, "تربط": true, "يخفف": true, "تخفف": true}
	for _, tc := range []struct {
		name   string
		best   candidate
		other  candidate
		want   string
		wantOK bool
	}{
		{"a figure and a noun give way", head("d-1", "5 جسور جديدة في الدمام", 50), head("d-2", "5 جسور جديدة تربط أحياء الدمام وتخفف الزحام", 40), "5 جسور جديدة تربط أحياء الدمام وتخفف الزحام", true},
		{"too light", head("d-1", "5 جسور جديدة في الدمام", 50), head("d-2", "5 جسور جديدة تربط أحياء الدمام وتخفف الزحام", 20), "", false},
		{"not all its words", head("d-1", "5 جسور جديدة في الدمام", 50), head("d-2", "جسور تربط أحياء الخبر", 40), "", false},
		{"an act already", head("d-1", "الأمانة تربط أحياء الدمام بجسور جديدة", 50), head("d-2", "5 جسور جديدة تربط أحياء الدمام وتخفف الزحام", 40), "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			top := []candidate{tc.best, tc.other}
			got, _, ok := actInstead(top, 0, tc.best.score, HeadlineText(tc.best.head), forms, nil)
			if ok != tc.wantOK || got.Title != tc.want {
				t.Errorf("actInstead = %q, %v; want %q, %v", got.Title, ok, tc.want, tc.wantOK)
			}
		})
	}
}

// TestFullerHeadlineEcho: of two fuller headlines standing in for one
// with no act, the one whose added words the other articles' headlines
// use wins over a weightier one of its own turn of phrase; a word the
// stemmer kept with its preposition (بجدة) still counts as held.
func TestFullerHeadlineEcho(t *testing.T) {
	head := func(id, title string, score float64) candidate {
		return candidate{doc: &corpus.Document{ID: id, Title: title}, head: title, score: score}
	}
	forms := map[string]bool{"يربط": true, "تربط": true, "تتنفس": true, "يتنفس": true, "تختصر": true}
	best := head("d-1", "3 جسور بين جدة/ مكة", 50)
	metaphor := head("d-2", "جسور جدة - مكة تتنفس", 45)
	plain := head("d-3", "3 جسور تربط مكة بجدة وتختصر الطريق", 40)
	others := []headline{
		{doc: &corpus.Document{ID: "d-4"}, title: "ربط مكة وجدة بثلاثة جسور جديدة"},
		{doc: &corpus.Document{ID: "d-5"}, title: "3 جسور تربط مكة بجدة قبل الموسم"},
	}
	for _, tc := range []struct {
		name  string
		heads []headline
		want  string
	}{
		{"echoed by the others", others, "3 جسور تربط مكة بجدة وتختصر الطريق"},
		{"no other headline: the weightier", nil, "جسور جدة - مكة تتنفس"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			top := []candidate{best, metaphor, plain}
			got, _, ok := actInstead(top, 0, best.score, HeadlineText(best.head), forms, tc.heads)
			if !ok || got.Title != tc.want {
				t.Errorf("actInstead = %q, %v; want %q", got.Title, ok, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		x, w string
		want bool
	}{{"بجد", "جده", true}, {"جده", "جده", true}, {"وجده", "جده", true}, {"كتب", "جده", false}, {"بد", "ده", false}} {
		if got := sameStem(tc.x, tc.w); got != tc.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", tc.x, tc.w, got, tc.want)
		}
	}
}

// TestQuotesFirst: a speaker's first-person quote after a colon weighs
// less than a headline telling the act; an attribution of more than
// three words, or a quote in the third person, does not.
func TestQuotesFirst(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"اللاعب: سأرحل عن النادي نهاية الموسم", true},
		{"المدرب: لن أعتذر للجماهير", true},
		{"رئيس هيئة الطيران المدني في المنطقة: سأرحل", false},
		{"المدرب: الفريق جاهز للمباراة", false},
		{"اللاعب يرحل عن النادي نهاية الموسم", false},
	} {
		if got := quotesFirst(tc.title); got != tc.want {
			t.Errorf("quotesFirst(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
	if q, a := shapeWeight("المدرب: لن أعتذر للجماهير", -1), shapeWeight("المدرب يرفض الاعتذار للجماهير", -1); q >= a {
		t.Errorf("shapeWeight of a first-person quote %.2f, want below %.2f", q, a)
	}
}

// TestOtherHappening checks which headline of another article joins the
// title of an event whose articles share no aligned fact: one that tells
// another act, not the same happening in other words, a topic or a
// passing mention.
func TestOtherHappening(t *testing.T) {
	forms := map[string]bool{"يعلن": true, "تعلن": true, "يبدأ": true, "تبدأ": true, "يكفي": true, "تكفي": true, "يتخبط": true, "تتخبط": true, "يدخل": true, "تدخل": true}
	head := func(doc, title string, claims int, score float64) weighedHeadline {
		return weighedHeadline{headline: headline{doc: &corpus.Document{ID: doc, Title: title}, title: title, claims: claims}, score: score}
	}
	title := EventTitle{Title: "مقتل الإرهابي عمر عبداللطيف على يد قوى الأمن بغرب باكستان", Doc: "d1"}
	own := head("d1", title.Title, 5, 3)
	for _, tc := range []struct {
		name  string
		other weighedHeadline
		want  string
	}{
		{"another happening", head("d2", "الجيش الباكستاني يعلن عن إصابة 5 أشخاص بقصف هندي عبر الحدود", 4, 2), "الجيش الباكستاني يعلن عن إصابة 5 أشخاص بقصف هندي عبر الحدود"},
		{"the same happening told again", head("d2", "مقتل الإرهابي عمر عبداللطيف في بلوشستان", 4, 2), ""},
		{"a passing mention", head("d2", "الجيش الباكستاني يعلن عن إصابة 5 أشخاص بقصف هندي عبر الحدود", 1, 2), ""},
		{"a topic with no act", head("d2", "باكستان.. 20 عاماً من المواجهة", 4, 2), ""},
		{"a question", head("d2", "هل يبدأ الحوار بين الهند وباكستان؟", 4, 2), ""},
		{"a column's cry", head("d2", "مون.. الإدانة لا تكفي!!", 4, 2), ""},
		{"a line left open", head("d2", "عزام لا يتخبط.. ولكن", 4, 2), ""},
		{"a subordinate clause", head("d2", "قبل أن يدخل «التحرش» مرحلة الخطر", 4, 2), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := otherHappening([]weighedHeadline{own, tc.other}, title, forms)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("otherHappening = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

// TestMaxHeadlineWeight holds headlineWeight under maxHeadlineWeight,
// which eventTitle's bound relies on, for every kind, paragraph, date and
// alignment of real headlines and sentences, and checks that the bound is
// reached closely by the heaviest (an aligned title in the first
// paragraph dated to its event's day).
func TestMaxHeadlineWeight(t *testing.T) {
	texts := []string{
		"وزير الخارجية السعودي يبحث مع نظيره الروسي الأوضاع في سوريا واليمن",
		"أعلنت وزارة الصحة تسجيل 12 إصابة جديدة بفيروس كورونا في الرياض وجدة",
		"يذكر أن المملكة استضافت الاجتماع",
		"ارتفاع",
	}
	ev := &align.Event{Date: "2015-07-21"}
	heaviest := 0.0
	for _, text := range texts {
		for _, kind := range []string{claim.KindTitle, claim.KindCaption, claim.KindHeading, claim.KindSentence} {
			for para := 0; para <= 3; para++ {
				for _, date := range []string{"", "2015-07-21", "2015-07-22"} {
					for _, aligned := range []bool{false, true} {
						c := &claim.Claim{Text: text, Kind: kind, Para: para, EventDate: date}
						w := headlineWeight(c, ev, aligned)
						if w > maxHeadlineWeight {
							t.Errorf("headlineWeight(%q, %s, para %d, %q, aligned %v) = %v above %v", text, kind, para, date, aligned, w, maxHeadlineWeight)
						}
						heaviest = max(heaviest, w)
					}
				}
			}
		}
	}
	if heaviest < 0.95*maxHeadlineWeight {
		t.Errorf("the heaviest weight is %v: maxHeadlineWeight %v is loose, or the test misses the heaviest claim", heaviest, maxHeadlineWeight)
	}
}

// TestFirstLastFields holds firstFields and lastFields to strings.Fields
// on Arabic headlines with Latin, no-break and other spaces, line breaks
// and invalid UTF-8.
func TestFirstLastFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "كلمة", "  وزير الخارجية   يبحث\tمع نظيره\n", "قال:\u00a0«سنرحل»", "في العاصمة الروسية موسكو",
		"الرياض\u0085جدة\u2003مكة", "a \xff\xfe b\xe2\x80 c", "\xe0\x80\x85 د", "\xc2\x85", "لن أرحل", "ab\u3000cd ef",
	} {
		all := strings.Fields(s)
		for n := 0; n <= 4; n++ {
			want := all[:min(n, len(all))]
			if got := firstFields(nil, s, n); !slices.Equal(got, want) {
				t.Errorf("firstFields(%q, %d) = %q, want %q", s, n, got, want)
			}
			want = all[max(0, len(all)-n):]
			if got := lastFields([]string{"x"}, s, n); !slices.Equal(got[1:], want) || got[0] != "x" {
				t.Errorf("lastFields(%q, %d) = %q, want x then %q", s, n, got, want)
			}
		}
	}
}

// TestPrefixWithSpace holds prefixWithSpace to strings.HasPrefix(open+" ", p).
func TestPrefixWithSpace(t *testing.T) {
	for _, open := range []string{"", "هل", "هل تعلم", "هلا", "لماذا يرحل"} {
		for _, p := range []string{"", " ", "هل ", "هل", "هل تعلم ", "هلا ", "لماذا ", "ل", "هل تعلم  "} {
			if got, want := prefixWithSpace(open, p), strings.HasPrefix(open+" ", p); got != want {
				t.Errorf("prefixWithSpace(%q, %q) = %v, want %v", open, p, got, want)
			}
		}
	}
}

// TestLocative: في، إلى and ب put a place where something happened, also
// one or two words before a definite place ("في العاصمة الروسية"); من
// tells where someone or something came from. إلى with no word of arrival
// or visit (وصل، زيارة، وفد) before it says where someone was going (dest).
func TestLocative(t *testing.T) {
	for _, tc := range []struct {
		before   string
		ok, dest bool
	}{
		{"عقد المؤتمر الدولي في", true, false},
		{"وصل الوفد الرسمي إلى", true, false},
		{"ووصل الرئيس المصري أمس الى", true, false},
		{"وفور وصوله إلى العاصمة الروسية", true, false},
		{"تزامنا مع زيارة وزير الخارجية التونسي عثمان الجرندي إلى العاصمة الفرنسية", true, false},
		{"وكان الأمير قد بدأ زيارته الرسمية إلى", true, false},
		{"وأرسلت الحكومة وفداً إلى", true, false},
		{"وتوجهت بعثة المنتخب الأول لكرة السلة أمس إلى", true, true},
		{"واستبعد المدرب المهاجم من البعثة المسافرة إلى", true, true},
		{"ويخوض الفريق مباراته الأخيرة قبل السفر الى", true, true},
		{"وغادر المنتخب أمس إلى العاصمة البريطانية", true, true},
		{"استدرج رجل امرأة للسفر من بلدها إلى", true, true},
		{"التقى الوزير نظيره في العاصمة الروسية", true, false},
		{"وشحنت بقايا الديناصورات من", false, false},
		{"عاد اللاعب من العاصمة الإسبانية", false, false},
		{"أحبطت الشرطة تهريب متفجرات قادمة من", false, false},
	} {
		if ok, dest := locative(tc.before); ok != tc.ok || dest != tc.dest {
			t.Errorf("locative(%q) = %v, %v, want %v, %v", tc.before, ok, dest, tc.ok, tc.dest)
		}
	}
}

// TestEventPlaceDestination: a place the articles name only as where
// someone was going is no tag, and it still ties with another place, so
// dropping it promotes no other.
func TestEventPlaceDestination(t *testing.T) {
	mkc := func(id, doc, text string, places ...string) *claim.Claim {
		c := &claim.Claim{ID: id, Doc: doc, Text: text, End: len(text)}
		for _, p := range places {
			i := strings.Index(text, p)
			c.Entities = append(c.Entities, claim.EntityRef{Start: i, End: i + len(p), Text: p, Kind: "place"})
		}
		return c
	}
	transfer := []*claim.Claim{
		mkc("a1", "d1", "أعلن النادي التعاقد مع المهاجم الدولي لمدة ثلاثة مواسم"),
		mkc("a2", "d1", "وسيلحق اللاعب بزملائه قبل سفر الفريق إلى اليابان لخوض مباراتين وديتين", "اليابان"),
		mkc("b1", "d2", "وقع المهاجم الدولي عقدا مع النادي لثلاثة مواسم"),
		mkc("b2", "d2", "وينضم المهاجم إلى البعثة المغادرة إلى اليابان مساء الغد", "اليابان"),
	}
	tie := append(transfer[:4:4],
		mkc("a3", "d1", "وأجرى اللاعب الفحص الطبي في إسبانيا", "إسبانيا"),
		mkc("b3", "d2", "واجتاز المهاجم الكشف الطبي في إسبانيا أمس", "إسبانيا"))
	visit := []*claim.Claim{
		mkc("v1", "d1", "بحث الوزير مع نظيره التعاون بين البلدين خلال زيارته الرسمية إلى اليابان", "اليابان"),
		mkc("v2", "d2", "وصل الوزير أمس إلى اليابان في زيارة تستغرق ثلاثة أيام", "اليابان"),
	}
	for _, tc := range []struct {
		name string
		cs   []*claim.Claim
		want string
	}{
		{"where the squad is going is no tag", transfer, ""},
		{"it still ties with the place of the medical", tie, ""},
		{"a visit's destination is where it happened", visit, "اليابان"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, m := placeEvent(tc.cs...)
			if got := eventPlace(ev, m, nil, "", nil); got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
}

// TestNamesCountryByAdjective: a noun of place and a country's adjective
// say where; a nationality after a person, or an adjective of no country,
// does not.
func TestNamesCountryByAdjective(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"فقدان أكثر من 200 مهاجر قبالة الشواطئ الليبية", true},
		{"ستة قتلى في انفجار بفندق بوسط العاصمة الصومالية", true},
		{"الجيش يعزز انتشاره على الحدود التركية", true},
		{"غرق قارب للمهاجرين قرب السواحل الإيطالية", true},
		{"اشتباكات على الحدود السورية اللبنانية", true},
		{"سقوط قذيفة في الأراضي السعودية", true},
		{"مداهمات في القرى المصرية", true},
		{"البحريني عبدالله عمر يكمل صفقات الاتفاق", false},
		{"الرئيس الفرنسي يستقبل وزير الخارجية", false},
		{"تمديد العمل في المياه الإقليمية", false},
		{"الأهلي يبدأ معسكره بالتدريبات اللياقية", false},
		{"ارتفاع أسعار النفط بحدود 3 في المئة", false},
	} {
		if got := namesCountryByAdjective(tc.title); got != tc.want {
			t.Errorf("namesCountryByAdjective(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}
