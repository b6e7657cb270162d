package claim

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
)

// annotateDocs splits and annotates each text as a document and resolves
// entities across them.
func annotateDocs(t *testing.T, texts ...string) [][]Claim {
	t.Helper()
	var all []Claim
	var bounds [][2]int
	for i, text := range texts {
		d := &corpus.Document{ID: "d-" + string(rune('a'+i)), Text: text, Published: "2025-12-24"}
		cs := Split(d)
		Annotate(d, cs, nil)
		bounds = append(bounds, [2]int{len(all), len(all) + len(cs)})
		all = append(all, cs...)
	}
	ResolveEntities(all)
	out := make([][]Claim, len(texts))
	for i, b := range bounds {
		out[i] = all[b[0]:b[1]]
		for _, c := range out[i] {
			checkFacts(t, texts[i], c)
		}
	}
	return out
}

// checkFacts checks that every span of a claim lies inside its text.
func checkFacts(t *testing.T, text string, c Claim) {
	t.Helper()
	for _, e := range c.Entities {
		if e.Start < c.Start || e.End > c.End || text[e.Start:e.End] != e.Text {
			t.Errorf("entity %q: span [%d,%d) does not match the text", e.Text, e.Start, e.End)
		}
	}
	for _, q := range c.Quotes {
		if q.Start < c.Start || q.End > c.End || q.Start > q.End {
			t.Errorf("quote [%d,%d) outside claim [%d,%d)", q.Start, q.End, c.Start, c.End)
		}
	}
}

// claimWith returns the claim holding snippet.
func claimWith(t *testing.T, cs []Claim, snippet string) *Claim {
	t.Helper()
	for i := range cs {
		if strings.Contains(cs[i].Text, snippet) {
			return &cs[i]
		}
	}
	t.Fatalf("no claim holds %q", snippet)
	return nil
}

// entityID returns the ID of the entity mentioned where the text reads s
// (the mention starting at s's first occurrence in a claim, or the mention
// covering it).
func entityID(cs []Claim, s string) string {
	for _, c := range cs {
		i := strings.Index(c.Text, s)
		if i < 0 {
			continue
		}
		off := c.Start + i
		for _, e := range c.Entities {
			if e.Start <= off && off < e.End || off <= e.Start && e.Start < off+len(s) {
				return e.ID
			}
		}
	}
	return ""
}

// attributionCases are real and news-like sentences with who says them.
var attributionCases = []struct {
	name      string
	text      string
	claim     string   // snippet of the claim checked
	speaker   string   // substring of the speaker's name; "" = narrator
	anonymous bool     // an unnamed source
	second    bool     // second-hand
	cited     []string // substrings of the cited sources, in any order
	quote     string   // text inside a quote of the claim, if any
}{
	{name: "verb then role and name",
		text:  "قال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي في اليمن.",
		claim: "قال وزير الخارجية", speaker: "فيصل بن فرحان"},
	{name: "dropped subject carries",
		text:  "قال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي. وأضاف أن الرياض ستواصل جهودها مع الشركاء.",
		claim: "وأضاف أن الرياض", speaker: "فيصل بن فرحان"},
	{name: "anonymous security source told an outlet",
		text:  "مصدر أمني، كشف لعنب بلدي، حينها عن تنسيق جرى بين قاعدة “حميميم” الروسية وهذه الفلول.",
		claim: "مصدر أمني", speaker: "مصدر أمني", anonymous: true, cited: []string{"عنب بلدي"}},
	{name: "official who was not named",
		text:  "وقال مسؤول لم يكشف اسمه إن الهجوم أسفر عن مقتل ثلاثة جنود.",
		claim: "وقال مسؤول", speaker: "مسؤول", anonymous: true},
	{name: "informed sources",
		text:  "وأفادت مصادر مطلعة بأن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
		claim: "وأفادت مصادر", speaker: "مصادر", anonymous: true},
	{name: "English anonymous source",
		text:  "A source said the talks would resume next week in Geneva.",
		claim: "A source said", speaker: "source", anonymous: true},
	{name: "agency as subject",
		text:  "ذكرت وكالة رويترز أن أسعار النفط ارتفعت بنسبة 3 في المئة يوم الاثنين.",
		claim: "ذكرت وكالة رويترز", speaker: "رويترز", cited: []string{"رويترز"}},
	{name: "according to an agency",
		text:  "استمر الاجتماع ثلاث ساعات في العاصمة التركية، بحسب وكالة الأناضول.",
		claim: "استمر الاجتماع", speaker: "الأناضول", cited: []string{"الأناضول"}},
	{name: "agency relays an unnamed spokesman",
		text:  "نقلت وكالة فرانس برس عن متحدث عسكري قوله إن القوات انسحبت من المدينة.",
		claim: "نقلت وكالة فرانس برس", speaker: "فرانس برس", cited: []string{"فرانس برس"}},
	{name: "second-hand report of another person's act",
		text:  "من جانبه، وصف وزير الخارجية الروسي سيرغي لافروف الزيارة بأنها مثمرة. وكشف لافروف أن الرئيس الروسي فلاديمير بوتين أجرى، يوم أمس، محادثات مع الوزير الشيباني في موسكو.",
		claim: "وكشف لافروف", speaker: "لافروف", second: true},
	{name: "outlet before its verb, then carried with second-hand",
		text:  "وكالة الأنباء السورية (سانا) قالت إن لقاءات الجانبين تناولت سبل تطوير الشراكة العسكرية. وأضافت أن الرئيس بوتين أكد دعم روسيا الثابت لسوريا.",
		claim: "وأضافت أن الرئيس بوتين", speaker: "سانا", second: true, cited: []string{"سانا"}},
	{name: "subject before verb with a quote",
		text:  "الوزير أسعد الشيباني وصل إلى موسكو. الوزير الشيباني اعتبر أن الحوار مع روسيا “خطوة استراتيجية” تدعم مستقبل سوريا.",
		claim: "الوزير الشيباني اعتبر", speaker: "الشيباني", quote: "خطوة استراتيجية"},
	{name: "من جانبه before the verb",
		text:  "من جانبه، أكد وزير الخارجية المصري سامح شكري أن القاهرة ترفض أي تهجير للفلسطينيين.",
		claim: "من جانبه", speaker: "سامح شكري"},
	{name: "spokesman with a colon quote",
		text:  "وقال الناطق باسم الحكومة الأردنية محمد المومني: “لن نسمح بأي تهديد لأمن المملكة”.",
		claim: "وقال الناطق", speaker: "محمد المومني", quote: "لن نسمح بأي تهديد لأمن المملكة"},
	{name: "appositive name and a statement to an agency",
		text:  "وزير المالية السوري، محمد يسر برنية، قال في تصريح لوكالة “ريا نوفوستي” إن سوريا مستعدة لمنح روسيا فرصًا هائلة.",
		claim: "وزير المالية السوري", speaker: "برنية", cited: []string{"ريا نوفوستي"}},
	{name: "the report stands for the outlet",
		text:  "ذكرت صحيفة الغارديان أن الحكومة تدرس خطة جديدة للهجرة. وقال التقرير إن الخطة ستعرض على البرلمان الشهر المقبل.",
		claim: "وقال التقرير", speaker: "الغارديان", cited: []string{"الغارديان"}},
	{name: "participle continues the speaker",
		text:  "وقال وزير الخارجية الروسي سيرغي لافروف إن الطرفين توصلا إلى اتفاقيات أساسية، مشيرًا إلى أن الجانب السوري أبدى استعداده لتعزيز التعاون.",
		claim: "مشيرًا إلى أن", speaker: "لافروف"},
	{name: "narrated arrival has no speaker",
		text:  "ووصل وزير الخارجية السوري أسعد الشيباني إلى العاصمة الروسية موسكو اليوم في أول زيارة رسمية.",
		claim: "ووصل", speaker: ""},
	{name: "headline speaker with a colon",
		text:  "لافروف: “نتطلع” لزيارة الشرع منتصف تشرين الأول\nوقال وزير الخارجية الروسي سيرغي لافروف إن روسيا تتطلع لزيارة الرئيس السوري.",
		claim: "لافروف: “نتطلع”", speaker: "لافروف"},
	{name: "organisation statement cited",
		text:  "وفي 12 شباط 2025 أجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع الرئيس أحمد الشرع، كما شدد على اهتمام روسيا بسيادة سوريا، بحسب بيان رسمي للكرملين.",
		claim: "بيان رسمي للكرملين", cited: []string{"الكرملين"}, speaker: "بوتين"},
}

func TestAttributionCases(t *testing.T) {
	for _, tc := range attributionCases {
		t.Run(tc.name, func(t *testing.T) {
			docs := annotateDocs(t, tc.text)
			c := claimWith(t, docs[0], tc.claim)
			got := c.SpeakerText
			if tc.speaker == "" && (got != "" || c.Speaker != "") {
				t.Errorf("speaker: got %q (%s), want none", got, c.Speaker)
			}
			if tc.speaker != "" && !strings.Contains(got, tc.speaker) {
				t.Errorf("speaker: got %q (%s), want %q", got, c.Speaker, tc.speaker)
			}
			if c.Anonymous != tc.anonymous {
				t.Errorf("anonymous: got %v, want %v", c.Anonymous, tc.anonymous)
			}
			if tc.second && !c.SecondHand {
				t.Errorf("second-hand: got false, want true")
			}
			if len(c.Cited) != len(tc.cited) {
				t.Errorf("cited: got %q, want %q", c.Cited, tc.cited)
			}
			for _, w := range tc.cited {
				found := false
				for _, g := range c.Cited {
					found = found || strings.Contains(g, w)
				}
				if !found {
					t.Errorf("cited: got %q, want %q among them", c.Cited, w)
				}
			}
			if tc.quote != "" {
				found := false
				for _, q := range c.Quotes {
					found = found || tc.text[q.Start:q.End] == tc.quote
				}
				if !found {
					t.Errorf("quotes: got %v, want one holding exactly %q", c.Quotes, tc.quote)
				}
			}
		})
	}
}

// corefCases name two mentions that must (or must not) be one entity.
var corefCases = []struct {
	name  string
	texts []string // one document each
	a, b  string   // mention texts (substrings), searched in all documents
	same  bool
}{
	{name: "surname after full name",
		texts: []string{"أعلن وزير الخارجية السوري أسعد الشيباني أن العلاقات مقبلة على مرحلة جديدة. وأوضح الشيباني من موسكو أن دمشق تريد علاقات متوازنة."},
		a:     "أسعد الشيباني", b: "الشيباني من", same: true},
	{name: "middle name across documents",
		texts: []string{"وأرسلت سوريا وفداً برئاسة وزير الخارجية السوري أسعد حسن الشيباني.", "قال وزير الخارجية السوري، أسعد الشيباني، إن سوريا تتطلع إلى علاقات صحيحة."},
		a:     "أسعد حسن الشيباني", b: "أسعد الشيباني،", same: true},
	{name: "role without name is the minister",
		texts: []string{"أعلن وزير الخارجية السوري أسعد الشيباني أن العلاقات مقبلة على مرحلة جديدة. وأشار الوزير السوري إلى أن الحكومة تعمل على ترميم ما دمره النظام."},
		a:     "أسعد الشيباني", b: "الوزير السوري", same: true},
	{name: "counterpart is the other country's minister",
		texts: []string{"قال وزير الخارجية الروسي، سيرغي لافروف، إن المحادثات جيدة. وقال وزير الخارجية السوري أسعد الشيباني في مؤتمر صحفي مع نظيره الروسي إن العلاقات تدخل مرحلة جديدة."},
		a:     "سيرغي لافروف", b: "نظيره الروسي", same: true},
	{name: "deputy role alone",
		texts: []string{"نائب وزير الخارجية الروسي سيرغي فيرشينين، ذكر أن المباحثات ستتناول العلاقات الثنائية. وحول القواعد الروسية، قال نائب وزير الخارجية الروسي: “يمكن لقواعدنا أن تلعب دورا هاما”."},
		a:     "سيرغي فيرشينين", b: "قال نائب وزير", same: true},
	{name: "generic official of a country",
		texts: []string{"وقال نائب رئيس مجلس الوزراء الروسي، ألكسندر نوفاك، إن سوريا بحاجة إلى إعادة البناء. وأبدى المسؤول الروسي استعداد بلاده لمواصلة العمل في حقول النفط."},
		a:     "ألكسندر نوفاك", b: "المسؤول الروسي", same: true},
	{name: "outlet named again bare",
		texts: []string{"وذكرت وسائل إعلام في قناة العين الإماراتية أن الرئيس التقى الوزيرين. وأشار العين إلى أن هذه الزيارة هي الأحدث."},
		a:     "قناة العين", b: "العين إلى", same: true},
	{name: "generic network word",
		texts: []string{"وتؤكد شبكة الأخبار البريطانية “بي بي سي” أن موسكو تشدد على وحدة أراضي سوريا. وتلفت الشبكة البريطانية إلى أن الثقة ترسخت."},
		a:     "شبكة الأخبار", b: "الشبكة البريطانية", same: true},
	{name: "head of state by surname",
		texts: []string{"التقى الرئيس التركي رجب طيب أردوغان نظيره الفرنسي في أنقرة. وقال أردوغان إن بلاده ستواصل الوساطة."},
		a:     "رجب طيب أردوغان", b: "أردوغان إن", same: true},
	{name: "surname-only person joins the full name across documents",
		texts: []string{"وكان الوزير الشيباني قد وصل إلى موسكو مساء الثلاثاء.", "قال وزير الخارجية السوري أسعد الشيباني إن الحوار خطوة استراتيجية."},
		a:     "الوزير الشيباني", b: "أسعد الشيباني", same: true},
	{name: "role-only entity joins its holder across documents",
		texts: []string{"وقال وزير الخارجية الروسي إن المحادثات كانت بناءة.", "قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم وحدة سوريا."},
		a:     "وزير الخارجية الروسي إن", b: "سيرغي لافروف", same: true},
	{name: "two ministers stay apart",
		texts: []string{"التقى وزير الدفاع السوري، مرهف أبو قصرة، بنظيره الروسي، أندريه بيلوسوف، بعد لقاء وزير الخارجية السوري أسعد الشيباني."},
		a:     "مرهف أبو قصرة", b: "أسعد الشيباني", same: false},
	{name: "two people sharing a surname stay apart",
		texts: []string{"وكان الرئيس الأسبق حافظ الأسد قد زار موسكو مرات عدة، فيما لجأ رئيس النظام المخلوع بشار الأسد إليها."},
		a:     "حافظ الأسد", b: "بشار الأسد", same: false},
}

func TestCorefCases(t *testing.T) {
	for _, tc := range corefCases {
		t.Run(tc.name, func(t *testing.T) {
			docs := annotateDocs(t, tc.texts...)
			var all []Claim
			for _, d := range docs {
				all = append(all, d...)
			}
			a, b := entityID(all, tc.a), entityID(all, tc.b)
			if a == "" || b == "" {
				t.Fatalf("mentions: got IDs %q for %q and %q for %q, want both found", a, tc.a, b, tc.b)
			}
			if (a == b) != tc.same {
				t.Errorf("got %q and %q, want same=%v", a, b, tc.same)
			}
		})
	}
}

// eventDateCases check the event-date rules on news-like paragraphs
// (article date 2025-12-24).
var eventDateCases = []struct {
	name  string
	text  string
	claim string
	want  string
}{
	{"own date yesterday", "وكشف لافروف أن الرئيس بوتين أجرى، يوم أمس، محادثات مع الوزير الشيباني.", "وكشف", "2025-12-23"},
	{"since date is background, claim is now", "ووصل الشيباني إلى موسكو في أول زيارة منذ سقوط نظام الأسد في 8 كانون الأول 2024.", "ووصل", "2025-12-24"},
	{"planned date keeps the announcement date", "وقال لافروف إن روسيا تتطلع لحضور القمة المزمع عقدها في 15 من كانون الثاني المقبل.", "وقال لافروف", "2025-12-24"},
	{"background pluperfect has none", "وكانت روسيا الحليف الرئيس للنظام السابق.", "وكانت", ""},
	{"paragraph inherits", "وفي 12 شباط 2025 أجرى الرئيس بوتين اتصالاً هاتفياً مع الرئيس الشرع، مؤكداً على روابط الصداقة بين البلدين.", "مؤكداً", "2025-02-12"},
	{"then with a conjunction, and an invitation is planned", "وفي مؤتمر صحفي في تموز الماضي أكد الوزير أن بلاده تريد علاقات متوازنة.\nوحينها وجه نظيره دعوة إلى الرئيس لحضور القمة في تشرين الأول المقبل.", "وحينها", "2025-07"},
	{"history told with a decade is background", "وترتبط سوريا مع روسيا بعلاقة سياسية طويلة، تمتد إلى سبعينيات القرن الماضي.", "وترتبط", ""},
	{"a continuing speech verb keeps the statement's date across paragraphs", "وقال الوزير في 12 شباط 2025 إن المفاوضات ستستمر.\n\nولفت الوزير إلى أن العلاقات تمر بمنعطف تاريخي.", "ولفت", "2025-02-12"},
	{"a new source is not a continuation", "وقال الوزير في 12 شباط 2025 إن المفاوضات ستستمر.\n\nوذكرت وكالة الأنباء أن الجانبين بحثا التعاون العسكري.", "وذكرت", "2025-12-24"},
	{"a fronted clause shares its sentence's date", "ومن موسكو وفي أول زيارة رسمية لمسؤول بالحكومة الجديدة إلى روسيا منذ سقوط النظام، أكد الوزير في مؤتمر صحفي في تموز الماضي أن بلاده تريد علاقات متوازنة.", "ومن موسكو", "2025-07"},
	{"then refers back", "وتورطت القواعد في أحداث الساحل التي امتدت بين 6 و10 من آذار 2025.\nمصدر أمني، كشف حينها عن تنسيق بين الطرفين.", "مصدر أمني", "2025-03-06/2025-03-10"},
}

func TestEventDateCases(t *testing.T) {
	for _, tc := range eventDateCases {
		t.Run(tc.name, func(t *testing.T) {
			docs := annotateDocs(t, tc.text)
			c := claimWith(t, docs[0], tc.claim)
			if c.EventDate != tc.want {
				t.Errorf("event_date of %q: got %q (dates %+v), want %q", c.Text, c.EventDate, c.Dates, tc.want)
			}
		})
	}
}

// TestRetrievalWindow: an article with no publication date but a known
// retrieval day dates its undated claims by the days before retrieval,
// and its published date stays empty.
func TestRetrievalWindow(t *testing.T) {
	d := &corpus.Document{ID: "d-r", Text: "وصل الوزير إلى العاصمة في زيارة رسمية لبحث التعاون الاقتصادي.", Retrieved: "2015-08-06"}
	cs := Split(d)
	Annotate(d, cs, nil)
	if len(cs) == 0 || cs[0].EventDate != "2015-08-04/2015-08-06" {
		t.Fatalf("event date %q, want 2015-08-04/2015-08-06", cs[0].EventDate)
	}
	if d.Published != "" {
		t.Errorf("published set to %q from the retrieval date", d.Published)
	}
	d = &corpus.Document{ID: "d-n", Text: "وصل الوزير إلى العاصمة في زيارة رسمية لبحث التعاون الاقتصادي."}
	cs = Split(d)
	Annotate(d, cs, nil)
	if cs[0].EventDate != "" {
		t.Errorf("no dates at all: event date %q, want none", cs[0].EventDate)
	}
}
