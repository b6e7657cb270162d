package analysis

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/lang"
)

// placeClaim is a claim of doc with the place mentions the gazetteer finds
// in text, as the analysis gives them.
func placeClaim(id, doc, text string) *claim.Claim {
	c := &claim.Claim{ID: id, Doc: doc, Text: text, End: len(text)}
	for _, m := range entity.Find(text, lang.Tokenize(text), align.PlaceLexicon()) {
		if m.Kind == entity.KindPlace {
			c.Entities = append(c.Entities, claim.EntityRef{Start: m.Start, End: m.End, Text: m.Text, ID: m.ID, Kind: m.Kind})
		}
	}
	return c
}

// TestMeasuredIn: a place after a noun of quantity or market says where a
// figure was measured; after a verb or a happening's noun it says where
// something happened.
func TestMeasuredIn(t *testing.T) {
	for _, tc := range []struct {
		name, before string
		want         bool
	}{
		{"a country's output", "وتراجع إنتاج القمح في", true},
		{"stocks, two words back", "وأظهرت البيانات ارتفاع مخزونات البنزين التجارية في", true},
		{"interest rates", "مع ترقب رفع أسعار الفائدة ب", true},
		{"an economic adjective makes a measure", "بسبب القلق من الآفاق الاقتصادية في", true},
		{"a rate of jobs", "ارتفع معدل التوظيف في", true},
		{"a market", "وتراجعت الأسهم في سوق المال في", true},
		{"a verb of happening", "وانطلقت المباحثات أمس في", false},
		{"a press conference", "وقال الوزير في مؤتمر صحفي عقده في", false},
		{"a comma ends the measure's phrase", "وارتفع الطلب، وسط احتفالات في", false},
		{"the measure is too far back", "وبحث إنتاج الشركة خلال اجتماع الأمس في", false},
		{"four words back", "وأظهرت الأرقام زيادة مخزونات الديزل الخام التجارية في", true},
		{"a measure with its preposition on it", "بعد ارتفاع طفيف لمؤشر مديري المشتريات ب", true},
		{"another phrase between", "وارتفعت الأسعار بعد اجتماع في", false},
		{"a measure's complement is read through", "وسط مخاوف من تراجع الطلب على الحديد في", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := measuredIn(tc.before); got != tc.want {
				t.Errorf("measuredIn(%q) = %v, want %v", tc.before, got, tc.want)
			}
		})
	}
}

// TestListed: a place followed by و and another place is one of a list.
func TestListed(t *testing.T) {
	for _, tc := range []struct {
		name, text, place string
		want              bool
	}{
		{"two cities", "وافتتحت الشركة فرعين جديدين في جدة والدمام", "جدة", true},
		{"three countries", "وضربت الفيضانات قرى في باكستان والهند وبنغلاديش", "باكستان", true},
		{"one place and a clause", "وعقد الاجتماع في القاهرة وحضره وزراء الخارجية", "القاهرة", false},
		{"the last of the list", "وافتتحت الشركة فرعين جديدين في جدة والدمام", "الدمام", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := placeClaim("c", "d", tc.text)
			end := -1
			for _, e := range c.Entities {
				if strings.HasSuffix(e.Text, tc.place) {
					end = e.End
				}
			}
			if end < 0 {
				t.Fatalf("no mention of %q in %v", tc.place, c.Entities)
			}
			if got := listed(c.Text, end, c.Start, c.Entities); got != tc.want {
				t.Errorf("listed = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCommonNounPlace: a city's name with the article followed by a
// masculine adjective that can only qualify it is a common noun spelt like
// the city, not the city.
func TestCommonNounPlace(t *testing.T) {
	for _, tc := range []struct {
		name, text, place string
		want              bool
	}{
		{"a torn ligament", "خضع المدافع لجراحة في الرباط الصليبي لركبته اليمنى", "الرباط", true},
		{"after a feminine noun", "ويتعافى الحارس من إصابة الرباط الداخلي منذ شهرين", "الرباط", true},
		{"after a plural in ات", "وتكثر إصابات الرباط الجانبي بين لاعبي الوسط", "الرباط", true},
		{"with its preposition on it", "وغاب الظهير طويلا بعد إصابته بالرباط المتصالب", "الرباط", true},
		{"the city with its country's adjective", "ووصل الوفد إلى الرباط المغربية مساء أمس", "الرباط", false},
		{"the city and a time", "وعقد الاجتماع في الرباط الأسبوع الماضي", "الرباط", false},
		{"the adjective of a masculine noun before", "وهبطت الطائرة في مطار القاهرة الدولي", "القاهرة", false},
		{"a feminine adjective fits the city", "وتجول الزوار في جدة التاريخية", "جدة", false},
		{"a verbal noun after the city", "وطلبت سيدة في القاهرة التخلي عن قططها", "القاهرة", false},
		{"a country's name is not read", "وأشاد الوزير بالدعم الذي قدم في اليمن الشقيق", "اليمن", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := placeClaim("c", "d", tc.text)
			for _, e := range c.Entities {
				if e.Text != tc.place {
					continue
				}
				if got := commonNounPlace(e.Text, c.Text[:e.Start], c.Text[e.End:]); got != tc.want {
					t.Errorf("commonNounPlace(%q) = %v, want %v", e.Text, got, tc.want)
				}
				return
			}
			t.Fatalf("no mention %q in %v", tc.place, c.Entities)
		})
	}
}

// placeEvent is an event of claims cs, with the claims by ID, as
// eventPlace reads them.
func placeEvent(cs ...*claim.Claim) (*align.Event, map[string]*claim.Claim) {
	ev := &align.Event{}
	m := map[string]*claim.Claim{}
	for _, c := range cs {
		ev.Claims = append(ev.Claims, c.ID)
		m[c.ID] = c
	}
	return ev, m
}

// TestEventPlaceDetails: a place where a figure was measured, one of a
// list, or a common noun spelt like a city tags no event; a place where
// the happening was still does.
func TestEventPlaceDetails(t *testing.T) {
	market := []*claim.Claim{
		placeClaim("a1", "d1", "تراجعت أسعار القمح في الأسواق العالمية أمس"),
		placeClaim("a2", "d1", "وجاء التراجع بعد ارتفاع إنتاج القمح في كندا إلى مستوى قياسي"),
		placeClaim("b1", "d2", "هبطت العقود الآجلة للقمح للجلسة الثالثة"),
		placeClaim("b2", "d2", "وزاد إنتاج القمح في كندا بأكثر من التوقعات"),
	}
	branches := []*claim.Claim{
		placeClaim("a1", "d1", "افتتحت الشركة مركزين جديدين لخدمة العملاء"),
		placeClaim("a2", "d1", "ويقع المركزان في جدة والدمام"),
		placeClaim("b1", "d2", "دشنت الشركة مركزين لخدمة عملائها"),
		placeClaim("b2", "d2", "وسيستقبل المركزان العملاء في جدة والدمام طوال الأسبوع"),
	}
	ligament := []*claim.Claim{
		placeClaim("a1", "d1", "يغيب المدافع عن الفريق ستة أشهر بسبب قطع في الرباط الصليبي"),
		placeClaim("b1", "d2", "تأكد غياب المدافع بعد إصابته بقطع في الرباط الصليبي"),
	}
	meeting := []*claim.Claim{
		placeClaim("a1", "d1", "عقد وزراء الزراعة اجتماعهم في الرباط أمس"),
		placeClaim("b1", "d2", "اختتم في الرباط اجتماع وزراء الزراعة العرب"),
	}
	seminar := []*claim.Claim{
		placeClaim("a1", "d1", "انطلق البرنامج الثقافي للمهرجان مساء أمس بأمسية شعرية"),
		placeClaim("a2", "d1", "ويختتم البرنامج بندوة «الترجمة الأدبية في إيطاليا» يديرها أستاذ جامعي"),
		placeClaim("b1", "d2", "بدأت فعاليات البرنامج الثقافي للمهرجان بأمسية شعرية"),
		placeClaim("b2", "d2", "وتقام في اليوم الأخير ندوة \"الترجمة الأدبية في إيطاليا\""),
	}
	for _, tc := range []struct {
		name string
		cs   []*claim.Claim
		want string
	}{
		{"where the output was measured is no tag", market, ""},
		{"a country a seminar's title names is no tag", seminar, ""},
		{"two cities of a list are no tag", branches, ""},
		{"a ligament is no city", ligament, ""},
		{"the city where the meeting was", meeting, "الرباط"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, m := placeEvent(tc.cs...)
			if got := eventPlace(ev, m, nil, "", nil); got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
}

// TestBylineClaim: a correspondent's name and base at the top of a
// translated article is a byline; a sentence of the same words, a headline
// or a line further down is not.
func TestBylineClaim(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		para       int
		kind       string
		want       bool
	}{
		{"a name from a capital", "كاترين هول من موسكو", 1, "sentence", true},
		{"after بقلم", "بقلم: سارة نيلسون من لندن", 0, "sentence", true},
		{"a name of three words", "محمد بن علي من واشنطن", 1, "sentence", true},
		{"a sentence ends on a full stop", "عاد الوزير أمس من باريس.", 1, "sentence", false},
		{"a sentence on a speech verb", "قال المتحدث الرسمي من موسكو", 1, "sentence", false},
		{"a sentence on و", "ووصل الوفد الرسمي من القاهرة", 1, "sentence", false},
		{"a headline", "عودة الحجاج من مكة المكرمة", 0, "title", false},
		{"the body's fifth paragraph", "كاترين هول من موسكو", 5, "sentence", false},
		{"more words after the place", "كاترين هول من موسكو تكتب عن الانتخابات", 1, "sentence", false},
		{"one word before من", "جانب من القاهرة", 1, "sentence", false},
		{"a clause of أن", "فأخبرته بأنني من تونس", 0, "sentence", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := placeClaim("c", "d", tc.text)
			c.Para, c.Kind = tc.para, tc.kind
			if got := bylineClaim(c); got != tc.want {
				t.Errorf("bylineClaim(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestEventPlaceAfterByline: the lead of the article whose headline titles
// an event is its first sentence after a correspondent's byline, and says
// where it happened; the byline's city does not.
func TestEventPlaceAfterByline(t *testing.T) {
	at := func(c *claim.Claim, start, para int) *claim.Claim {
		for i := range c.Entities {
			c.Entities[i].Start += start
			c.Entities[i].End += start
		}
		c.Start, c.End, c.Para = start, start+len(c.Text), para
		return c
	}
	cs := []*claim.Claim{
		at(placeClaim("a1", "d1", "كاترين هول من موسكو"), 0, 1),
		at(placeClaim("a2", "d1", "اجتمع وزراء الطاقة في فيينا أمس لبحث حصص الإنتاج"), 100, 2),
		at(placeClaim("a3", "d1", "وكان الوزراء قد التقوا الشهر الماضي في موسكو"), 300, 3),
		at(placeClaim("b1", "d2", "اختتم وزراء الطاقة اجتماعهم في فيينا مساء أمس"), 0, 0),
		at(placeClaim("b2", "d2", "وعقد اجتماعهم السابق في موسكو"), 200, 1),
	}
	ev := &align.Event{}
	m := map[string]*claim.Claim{}
	for _, c := range cs {
		ev.Claims = append(ev.Claims, c.ID)
		m[c.ID] = c
	}
	if got := leadClaim(ev, m, "d1"); got != cs[1] {
		t.Errorf("lead %v, want the sentence after the byline", got)
	}
	if got, want := eventPlace(ev, m, nil, "d1", nil), "فيينا"; got != want {
		t.Errorf("place %q, want %q", got, want)
	}
}

// TestInQuotedName: a place inside the quoted title of a seminar, a book
// or a campaign names what it is about; a place in a speaker's quoted
// words, or after a quotation closes, is left alone.
func TestInQuotedName(t *testing.T) {
	for _, tc := range []struct {
		name, text, place string
		want              bool
	}{
		{"a seminar in guillemets", "وتختتم الأمسيات بندوة «الترجمة الأدبية في إيطاليا» يديرها أستاذ جامعي", "إيطاليا", true},
		{"a session named in straight quotes", "وتعقد جلسة بعنوان \"استثمر في المغرب\" في اليوم الثاني", "المغرب", true},
		{"a book in curly quotes", "ووقع الكاتب كتابه “رحلتي إلى اليابان” أمام زوار المعرض", "اليابان", true},
		{"a speaker's words", "وقال الوزير: «وصلنا إلى القاهرة صباح اليوم لبحث الملف»", "القاهرة", false},
		{"after the quotation closes", "وتعقد جلسة بعنوان «الاستثمار الآمن» في الرياض مساء الخميس", "الرياض", false},
		{"a quoted sentence, too long for a name", "وأطلقت الجمعية حملة «نريد أن يعرف كل طفل يعيش في الأردن حقوقه كاملة دون نقصان» أمس", "الأردن", false},
		{"no naming noun", "ووصف المتحدث الوضع بأنه «هادئ في بغداد» حتى الآن", "بغداد", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start, end := strings.Index(tc.text, tc.place), -1
			if start < 0 {
				t.Fatalf("no %q in the text", tc.place)
			}
			end = start + len(tc.place)
			if got := inQuotedName(tc.text, start, end); got != tc.want {
				t.Errorf("inQuotedName = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestEventPlacePastLead: a place the articles name only past their
// leads (a school of one city in a Kingdom-wide plan, the city of an
// earlier meeting) tags no event; a place their leads name does, and so
// does the title's own claim wherever it stands.
func TestEventPlacePastLead(t *testing.T) {
	at := func(c *claim.Claim, start int) *claim.Claim {
		for i := range c.Entities {
			c.Entities[i].Start += start
			c.Entities[i].End += start
		}
		c.Start, c.End = start, start+len(c.Text)
		return c
	}
	// Two articles of five sentences each; the claims an event holds are
	// listed per case, the others only fill the articles.
	article := func(doc string, texts ...string) []*claim.Claim {
		var cs []*claim.Claim
		for k, text := range texts {
			cs = append(cs, at(placeClaim(fmt.Sprintf("%s-%d", doc, k), doc, text), 200*k))
		}
		return cs
	}
	plan := append(article("d1",
		"أعلنت وزارة التعليم خطة لتطوير مباني المدارس في جميع المناطق",
		"وتشمل الخطة صيانة الفصول وتجهيز المعامل",
		"ويبدأ تنفيذها مع بداية العام الدراسي",
		"وكانت مدرسة ثانوية في جدة قد جربت التجهيزات الجديدة",
		"وتتابع الوزارة التنفيذ بتقارير شهرية"),
		article("d2",
			"كشفت وزارة التعليم عن خطة شاملة لتطوير المباني المدرسية",
			"وتتضمن الخطة تجهيز المعامل وصيانة الفصول",
			"ويستمر العمل بها ثلاث سنوات",
			"وجربت مدرسة في جدة التجهيزات العام الماضي",
			"وتصدر الوزارة تقارير دورية")...)
	fair := append(article("d1",
		"افتتح أمير المنطقة معرض الكتاب في الرياض مساء أمس",
		"ويضم المعرض أكثر من خمسمئة دار نشر",
		"ويستمر عشرة أيام",
		"وكان المعرض قد أقيم قبل عامين في القاهرة",
		"ويفتح أبوابه للزوار يوميا"),
		article("d2",
			"انطلق في الرياض معرض الكتاب الدولي بمشاركة واسعة",
			"وتشارك فيه دور نشر من ثلاثين دولة",
			"ويقدم برنامجا ثقافيا",
			"وأقيمت دورته السابقة في القاهرة",
			"وتتواصل فعالياته عشرة أيام")...)
	claims := func(cs ...*claim.Claim) []claim.Claim {
		out := make([]claim.Claim, len(cs))
		for i, c := range cs {
			out[i] = *c
		}
		return out
	}
	for _, tc := range []struct {
		name   string
		cs     []*claim.Claim
		chosen int // index into cs of the title's claim, or -1
		doc    string
		want   string
	}{
		{"a city one school of a plan is in", plan, -1, "", ""},
		{"the city the leads name, not an earlier fair's", fair, -1, "d1", "الرياض"},
		{"the earlier fair's city when the title's claim tells it", fair, 3, "", "القاهرة"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, m := placeEvent(tc.cs...)
			var chosen *claim.Claim
			if tc.chosen >= 0 {
				chosen = tc.cs[tc.chosen]
			}
			leads := leadEnds(claims(tc.cs...))
			if got := eventPlace(ev, m, chosen, tc.doc, leads); got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
	// Read whole, as before the lead was read apart, the articles of the
	// plan put it in Jeddah.
	ev, m := placeEvent(plan...)
	if got, want := eventPlace(ev, m, nil, "", nil), "جدة"; got != want {
		t.Errorf("without leads: place %q, want %q", got, want)
	}
}

// TestLeadEnds: an article's lead ends where its claim after the first
// leadClaims starts, whatever the order of the claims; an article of
// leadClaims claims or fewer is all lead.
func TestLeadEnds(t *testing.T) {
	var cs []claim.Claim
	for _, s := range []int{500, 0, 300, 100, 200, 400} {
		cs = append(cs, claim.Claim{Doc: "long", Start: s})
	}
	for k := range leadClaims {
		cs = append(cs, claim.Claim{Doc: "short", Start: 100 * k})
	}
	ends := leadEnds(cs)
	if got, want := ends["long"], 100*leadClaims; got != want {
		t.Errorf("lead of long ends at %d, want %d", got, want)
	}
	if _, ok := ends["short"]; ok {
		t.Errorf("short has a lead end, want none")
	}
	if !inLead(&claim.Claim{Doc: "short", Start: 1000}, ends) || inLead(&claim.Claim{Doc: "long", Start: 100 * leadClaims}, ends) {
		t.Errorf("inLead disagrees with leadEnds")
	}
}

// TestSideOf: a side before a place puts something there; a distance
// before it says how far from the place, and إلى where someone went.
func TestSideOf(t *testing.T) {
	for _, tc := range []struct {
		name, before     string
		side, to, inside bool
	}{
		{"a side of a country", "أمطر قرد زوار معبد شمال", true, false, false},
		{"two sides and the capital", "في ولاية عين الدفلى جنوب غرب العاصمة", true, false, false},
		{"a side after في", "يقام الملتقى في جنوب", true, false, true},
		{"a side written with ب", "في مدينة فرايبرغ بجنوب غرب", true, false, true},
		{"the middle", "بالمتحف المطل على ميدان التحرير وسط", true, false, true},
		{"a distance", "على بعد نحو 200 كيلومتر جنوب شرقي", false, false, false},
		{"a distance in brackets", "في إقليم سورات ثاني (640 كم جنوبي", false, false, false},
		{"towards a side", "وغادر الوفد إلى جنوب", true, true, false},
		{"no side", "وقال المتحدث باسم الشرطة", false, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			side, to, inside := sideOf(tc.before)
			if side != tc.side || to != tc.to || inside != tc.inside {
				t.Errorf("sideOf(%q) = %v, %v, %v, want %v, %v, %v", tc.before, side, to, inside, tc.side, tc.to, tc.inside)
			}
		})
	}
}

// TestEventPlaceSide: a side of a country tags the event with the
// country; a side of a city only when it is a part of the city.
func TestEventPlaceSide(t *testing.T) {
	for _, tc := range []struct {
		name string
		cs   []*claim.Claim
		want string
	}{
		{"a side of a country", []*claim.Claim{
			placeClaim("a1", "d1", "هاجم فيل مزرعة شمال الهند وأتلف محصولها"),
			placeClaim("b1", "d2", "أتلف فيل هائج مزرعة في ولاية آسام بشرق الهند"),
		}, "الهند"},
		{"a district of a city", []*claim.Claim{
			placeClaim("a1", "d1", "افتتح المحافظ حديقة عامة في جنوب جدة"),
			placeClaim("b1", "d2", "دشن المحافظ حديقة جديدة بجنوب جدة"),
		}, "جدة"},
		{"a province beside a city is outside it", []*claim.Claim{
			placeClaim("a1", "d1", "قتل ثلاثة جنود في هجوم على حاجز بولاية لوغار جنوب كابول"),
			placeClaim("b1", "d2", "استهدف مسلحون حاجزا للجيش في ولاية لوغار جنوب كابول"),
		}, ""},
		{"a distance from a city", []*claim.Claim{
			placeClaim("a1", "d1", "سقطت طائرة صغيرة على بعد 100 كيلومتر شمال موسكو"),
			placeClaim("b1", "d2", "تحطمت الطائرة على بعد نحو 100 كم شمال موسكو"),
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, m := placeEvent(tc.cs...)
			if got := eventPlace(ev, m, nil, "", nil); got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
}
