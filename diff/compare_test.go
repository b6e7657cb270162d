package diff

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// compareCase is one pair of claims, its facts set by build as the fact
// extractors would, and the discrepancy types that must and must not come
// out.
type compareCase struct {
	name    string
	a, b    string
	build   func(t *testing.T, a, b *claim.Claim)
	opts    Options
	want    []string // types that must be reported
	notWant []string // types that must not be; "*" means none at all
}

func runCompare(t *testing.T, tests []compareCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mk("a", tt.a), mk("b", tt.b)
			if tt.build != nil {
				tt.build(t, a, b)
			}
			got := CompareWith(a, b, tt.opts)
			checkTypes(t, got, tt.want, tt.notWant)
			checkEvidence(t, got, a, b)
		})
	}
}

func checkTypes(t *testing.T, got []Discrepancy, want, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !hasType(got, w) {
			t.Errorf("got %v, want a %q discrepancy", describeAll(got), w)
		}
	}
	for _, n := range notWant {
		if n == "*" && len(got) > 0 || hasType(got, n) {
			t.Errorf("got %v, want no %q discrepancy", describeAll(got), n)
		}
	}
}

// checkEvidence checks that every evidence span lies in its claim and that
// every discrepancy names both claims and has a detail.
func checkEvidence(t *testing.T, ds []Discrepancy, cs ...*claim.Claim) {
	t.Helper()
	byID := map[string]*claim.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	for _, d := range ds {
		if d.Detail == "" || d.Severity < 1 || d.Severity > 3 || len(d.Claims) < 2 || len(d.Evidence) == 0 {
			t.Errorf("malformed discrepancy %+v", d)
		}
		for _, e := range d.Evidence {
			c := byID[e.Claim]
			if c == nil {
				t.Errorf("%s evidence names unknown claim %q", d.Type, e.Claim)
				continue
			}
			if e.Start < c.Start || e.End > c.Start+len(c.Text) || e.Start >= e.End {
				t.Errorf("%s evidence [%d,%d) outside claim %s [%d,%d)", d.Type, e.Start, e.End, c.ID, c.Start, c.End)
			}
		}
	}
}

func describeAll(ds []Discrepancy) string {
	var parts []string
	for _, d := range ds {
		parts = append(parts, d.Type+"("+d.Detail+")")
	}
	return "[" + strings.Join(parts, "; ") + "]"
}

func TestCompareDate(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "23 against 24 December conflicts",
			a:    "التقى الرئيس بوتين وزير الخارجية السوري أسعد الشيباني في موسكو، الثلاثاء 23 كانون الأول",
			b:    "التقى الرئيس بوتين وزير الخارجية السوري أسعد الشيباني في موسكو يوم الأربعاء 24 ديسمبر",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "الثلاثاء 23 كانون الأول", "2025-12-23", "on")
				date(t, b, "الأربعاء 24 ديسمبر", "2025-12-24", "on")
			},
			want: []string{TypeDate}, notWant: []string{TypeWording},
		},
		{
			name: "the same day in Levantine and Gregorian month names",
			a:    "استقبل بوتين في الكرملين الرئيس أحمد الشرع في 15 تشرين الأول الماضي",
			b:    "استقبل بوتين في الكرملين الرئيس أحمد الشرع في 15 أكتوبر 2025",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "15 تشرين الأول الماضي", "2025-10-15", "on")
				date(t, b, "15 أكتوبر 2025", "2025-10-15", "on")
			},
			notWant: []string{"*"},
		},
		{
			name: "February against 12 February is compatible",
			a:    "وأجرى بوتين اتصالاً هاتفياً مع الرئيس الشرع في شباط/فبراير الماضي",
			b:    "وفي 12 شباط 2025 أجرى بوتين اتصالاً هاتفياً مع الرئيس الشرع",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "شباط/فبراير الماضي", "2025-02", "on")
				date(t, b, "12 شباط 2025", "2025-02-12", "on")
			},
			notWant: []string{TypeDate},
		},
		{
			name: "yesterday resolved to the day the other side names",
			a:    "وكشف لافروف أن الرئيس بوتين أجرى، يوم أمس، محادثات مع الوزير الشيباني في موسكو",
			b:    "وكشف لافروف أن الرئيس بوتين أجرى محادثات مع الوزير الشيباني في موسكو الثلاثاء 23 كانون الأول",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "يوم أمس", "2025-12-23", "on")
				date(t, b, "الثلاثاء 23 كانون الأول", "2025-12-23", "on")
			},
			notWant: []string{"*"},
		},
		{
			name: "a background date of another role does not date the happening",
			a:    "وصل الشيباني إلى موسكو في أول زيارة منذ سقوط النظام في 8 كانون الأول 2024",
			b:    "وصل الشيباني إلى موسكو في أول زيارة منذ سقوط النظام",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "8 كانون الأول 2024", "2024-12-08", "background")
			},
			notWant: []string{TypeDate},
		},
		{
			name: "different months conflict, a range holding the other's day does not",
			a:    "شهدت مناطق الساحل أحداثاً دامية بين 6 و10 من آذار",
			b:    "شهدت مناطق الساحل أحداثاً دامية في 8 آذار",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "بين 6 و10 من آذار", "2025-03-06/2025-03-10", "on")
				date(t, b, "8 آذار", "2025-03-08", "on")
			},
			notWant: []string{TypeDate},
		},
	})
}

func TestDatesCompatible(t *testing.T) {
	tests := []struct {
		x, y string
		want bool
	}{
		{"2025-12-23", "2025-12-23", true},
		{"2025-12-23", "2025-12-24", false},
		{"2025-02", "2025-02-12", true},
		{"2025-03", "2025-02-12", false},
		{"2025", "2025-10-15", true},
		{"2024", "2025-10-15", false},
		{"2025-03-06/2025-03-10", "2025-03-08", true},
		{"2025-03-06/2025-03-10", "2025-03-11", false},
		{"1970/1979", "1975", true},
		{"garbled", "2025-01-01", true},
	}
	for _, tt := range tests {
		if got := DatesCompatible(tt.x, tt.y); got != tt.want {
			t.Errorf("DatesCompatible(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
		if got := DatesCompatible(tt.y, tt.x); got != tt.want {
			t.Errorf("DatesCompatible(%q, %q) = %v, want %v (symmetry)", tt.y, tt.x, got, tt.want)
		}
	}
}

func TestCompareNumber(t *testing.T) {
	published := func(string) string { return "2025-10-05" }
	runCompare(t, []compareCase{
		{
			name: "about four million against more than six million destroyed homes",
			a:    "وتطرق إلى وجود نحو أربعة ملايين منزل مدمر في سوريا",
			b:    "وتطرق إلى وجود أكثر من ستة ملايين منزل مدمر في سوريا",
			want: []string{TypeNumber}, notWant: []string{TypeWording},
		},
		{
			name:    "about four million against 4 million in digits agree",
			a:       "وتطرق إلى وجود نحو أربعة ملايين منزل مدمر في سوريا",
			b:       "وتطرق إلى وجود 4 ملايين منزل مدمر في سوريا",
			notWant: []string{"*"},
		},
		{
			name:    "Arabic-Indic and ASCII digits of one count",
			a:       "تبعد القرية عن القاعدة حوالي ٢٫٧ كيلومتر",
			b:       "تبعد القرية عن القاعدة حوالي 2.7 كيلومتر",
			notWant: []string{"*"},
		},
		{
			name:    "numbers of different units are not compared",
			a:       "قتل 15 شخصاً في القصف على المدينة",
			b:       "قتل 15 شخصاً في القصف الذي دمر 40 منزلاً في المدينة",
			notWant: []string{TypeNumber},
		},
		{
			name: "more than seventy years against since the 1970s",
			a:    "فهي علاقات قديمة وراسخة استمرت لأكثر من سبعين عاماً",
			b:    "وترتبط سوريا مع روسيا بعلاقة سياسية طويلة، تمتد إلى سبعينيات القرن الماضي",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, b, "سبعينيات القرن الماضي", "1970/1979", "since")
			},
			opts: Options{Published: published},
			want: []string{TypeNumber},
		},
		{
			name: "fifty years against since the 1970s agree",
			a:    "فهي علاقات قديمة وراسخة استمرت نحو خمسين عاماً",
			b:    "وترتبط سوريا مع روسيا بعلاقة سياسية طويلة، تمتد إلى سبعينيات القرن الماضي",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, b, "سبعينيات القرن الماضي", "1970/1979", "since")
			},
			opts:    Options{Published: published},
			notWant: []string{TypeNumber},
		},
	})
}

func TestCompareParticipants(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "the speaker of one is the actor of the other",
			a:    "وقال لافروف إن روسيا تتطلع لزيارة الرئيس الشرع إلى موسكو لحضور القمة",
			b:    "ووجه لافروف دعوة إلى الرئيس الشرع لحضور القمة في موسكو",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "لافروف", "e-lavrov", "person")
				entity(t, a, "الرئيس الشرع", "e-sharaa", "person")
				entity(t, b, "لافروف", "e-lavrov", "person")
				entity(t, b, "الرئيس الشرع", "e-sharaa", "person")
				a.Speaker = "e-lavrov"
			},
			notWant: []string{TypeParticipants},
		},
		{
			name:    "two presidents named against 'the two presidents'",
			a:       "وسبق ذلك اتصال هاتفي بين الرئيسين في شباط الماضي",
			b:       "وفي 12 شباط أجرى الرئيس الروسي اتصالاً هاتفياً مع الرئيس السوري",
			notWant: []string{TypeParticipants},
		},
		{
			name: "met the foreign minister against the foreign and defence ministers (entities)",
			a:    "التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري",
			b:    "التقى الرئيس الروسي فلاديمير بوتين وزيري الخارجية والدفاع السوريين",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "فلاديمير بوتين", "e-putin", "person")
				entity(t, a, "وزير الخارجية السوري", "e-sy-fm", "role")
				entity(t, b, "فلاديمير بوتين", "e-putin", "person")
				entity(t, b, "وزيري الخارجية", "e-sy-fm", "role")
				entity(t, b, "والدفاع", "e-sy-dm", "role")
			},
			want: []string{TypeParticipants},
		},
		{
			name: "a singular role noun against its dual, without entities",
			a:    "التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري",
			b:    "التقى الرئيس الروسي فلاديمير بوتين وزيري الخارجية والدفاع السوريين",
			want: []string{TypeParticipants},
		},
		{
			name: "one person named in full and by surname",
			a:    "وأرسلت سوريا وفداً إلى موسكو برئاسة وزير الخارجية أسعد حسن الشيباني",
			b:    "وأرسلت سوريا وفداً إلى موسكو برئاسة وزير الخارجية الشيباني",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "أسعد حسن الشيباني", "e-shaibani", "person")
				entity(t, b, "الشيباني", "e-shaibani", "person")
			},
			notWant: []string{"*"},
		},
	})
}

func TestCompareAttribution(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "the same statement from two speakers",
			a:    "وقال لافروف إن روسيا ملتزمة بسيادة سوريا ووحدة أراضيها",
			b:    "وقال بوتين إن روسيا ملتزمة بسيادة سوريا ووحدة أراضيها",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Speaker, a.SpeakerText = "e-lavrov", "لافروف"
				b.Speaker, b.SpeakerText = "e-putin", "بوتين"
			},
			want: []string{TypeAttribution},
		},
		{
			name: "an unnamed source against a named official",
			a:    "وقال مصدر أمني إن القاعدة قدمت أسلحة لهذه المجموعات",
			b:    "وقال وزير الدفاع إن القاعدة قدمت أسلحة لهذه المجموعات",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Anonymous, a.SpeakerText = true, "مصدر أمني"
				b.Speaker, b.SpeakerText = "e-dm", "وزير الدفاع"
			},
			want: []string{TypeAttribution},
		},
		{
			name: "disjoint cited agencies",
			a:    "وذكرت وكالة سانا أن الجانبين بحثا سبل تطوير الشراكة العسكرية",
			b:    "وذكرت وكالة تاس أن الجانبين بحثا سبل تطوير الشراكة العسكرية",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Cited, b.Cited = []string{"سانا"}, []string{"تاس"}
			},
			want: []string{TypeAttribution},
		},
		{
			name: "an agency carrying the statement is not another speaker",
			a:    "وأضاف لافروف أن الجانبين اتفقا على تعزيز التعاون الاقتصادي المشترك",
			b:    "وأضافت سانا أن الجانبين اتفقا على تعزيز التعاون الاقتصادي المشترك",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Speaker, a.SpeakerText = "e-lavrov", "لافروف"
				b.Speaker, b.SpeakerText, b.Cited = "e-sana", "سانا", []string{"سانا"}
				if got := CompareWith(a, b, Options{}); len(got) == 0 || got[0].Type != TypeAttribution || got[0].Severity != 1 {
					t.Errorf("want a severity-1 attribution first, got %+v", got)
				}
			},
			want: []string{TypeAttribution},
		},
		{
			// Both give the statement to Putin; the agency only relays it.
			name: "an agency that names the speaker it carries",
			a:    "كما جدد بوتين موقف موسكو الرافض للانتهاكات الإسرائيلية المتكررة",
			b:    "وأضافت سانا أن بوتين جدد موقف موسكو الرافض للانتهاكات الإسرائيلية المتكررة",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Speaker, a.SpeakerText = "e-putin", "بوتين"
				b.Speaker, b.SpeakerText, b.Cited = "e-sana", "سانا", []string{"سانا"}
			},
			notWant: []string{TypeAttribution},
		},
		{
			// Two copies of one agency story open with "مشيرا إلى": each
			// speaker is carried from sentences the claims do not show.
			name: "an agency and a speaker both carried from sentences before",
			a:    "مشيرا إلى أن مكمن الخلل هو في قطعة مهمتها تثبيت هذا الباب.",
			b:    "مشيرا الى ان مكمن الخلل هو في قطعة مهمتها تثبيت هذا الباب.",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Speaker, a.SpeakerText, a.Cited = "e-smp", "صنداي مورنينج بوست", []string{"صنداي مورنينج بوست"}
				b.Speaker, b.SpeakerText = "e-villiers", "كريس فيليرز"
			},
			notWant: []string{TypeAttribution},
		},
		{
			name: "one speaker by surname and by full title",
			a:    "وقال الشيباني إن العلاقات تدخل مرحلة جديدة",
			b:    "وقال وزير الخارجية أسعد الشيباني إن العلاقات تدخل مرحلة جديدة",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.SpeakerText, b.SpeakerText = "الشيباني", "أسعد الشيباني"
			},
			notWant: []string{TypeAttribution},
		},
	})
}

func TestComparePolarity(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "confirmed against denied",
			a:    "أكد المتحدث العسكري أن القوات انسحبت من المدينة",
			b:    "نفى المتحدث العسكري أن القوات انسحبت من المدينة",
			want: []string{TypePolarity},
		},
		{
			name: "accepted against rejected",
			a:    "وافقت الحكومة على المقترح الأممي لوقف إطلاق النار",
			b:    "رفضت الحكومة المقترح الأممي لوقف إطلاق النار",
			want: []string{TypePolarity},
		},
		{
			name: "will open against will not open",
			a:    "أعلنت الوزارة أن المعبر سيفتح أمام المسافرين يوم الأحد",
			b:    "أعلنت الوزارة أن المعبر لن يفتح أمام المسافرين يوم الأحد",
			want: []string{TypePolarity},
		},
		{
			name:    "both negated in other words",
			a:       "لم يتم التوصل إلى اتفاق بين الطرفين حتى الآن",
			b:       "لم يجر التوصل إلى اتفاق بين الطرفين حتى الآن",
			notWant: []string{TypePolarity},
		},
		{
			name:    "a fixed expression with لا is no negation",
			a:       "ناقش الجانبان التعاون العسكري ولا سيما تحديث العتاد",
			b:       "ناقش الجانبان التعاون العسكري وخاصة تحديث العتاد",
			notWant: []string{TypePolarity},
		},
	})
}

func TestCompareQuote(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "a two-word quote given as paraphrase with one word changed",
			a:    "مشيراً إلى أن العلاقات السورية الروسية تمر بمنعطف “حاسم وتاريخي”",
			b:    "ولفت الشيباني إلى أن العلاقات تمر منذ سقوط الأسد بمنعطف حاد وتاريخي",
			want: []string{TypeQuote},
		},
		{
			name:    "a lone quoted word is emphasis, not a quote to compare",
			a:       "ووصف الوزير الزيارة بأنها “مثمرة” للبلدين",
			b:       "ووصف الوزير الزيارة بأنها مثمرة للبلدين",
			notWant: []string{TypeQuote},
		},
		{
			name: "quote drift with an unclosed quote",
			a:    "لكن “هناك فرص كبيرة لسوريا قوية وموحدة ونطمح أن تكون روسيا إلى جانبنا في هذا المسار، بحسب الشيباني.",
			b:    "أنه “هناك فرص عديدة لسوريا موحدة وقوية، ونأمل أن تقف روسيا إلى جانبنا في هذا المسار”",
			want: []string{TypeQuote}, notWant: []string{TypeWording},
		},
		{
			name: "quoted on one side, paraphrased on the other",
			a:    "وقال الوزير إن “الحكومة ستعيد بناء المدارس المدمرة قبل نهاية العام”",
			b:    "وقال الوزير إن الحكومة ستعمل على إعادة بناء المدارس المدمرة خلال العام",
			want: []string{TypeQuote},
		},
		{
			// Direct and indirect speech in the same words: one
			// statement, one speaker, only the marks differ.
			name:    "quoted on one side, the same words as reported speech on the other",
			a:       "وقال الوزير إن “الحكومة ستعيد بناء المدارس المدمرة قبل نهاية العام”",
			b:       "وقال الوزير إن الحكومة ستعيد بناء المدارس المدمرة قبل نهاية العام",
			notWant: []string{TypeQuote},
		},
		{
			name:    "a speaker's first person without marks is still speech",
			a:       "وأضاف: «أنا أندد وألعن باسم شعبي مرتكبي هذه الوحشية»",
			b:       "أنا أندد وألعن باسم شعبي، مرتكبي هذه الوحشية.",
			notWant: []string{TypeQuote},
		},
		{
			// One outlet quotes the commander; the other states his
			// words as its own.
			name: "quoted on one side, the same words in the narrator's voice on the other",
			a:    "وقال قائد حرس الحدود «إن هذه الضربات الاستباقية المتتالية أثبتت كفاءة الأجهزة الأمنية وجاهزيتها»",
			b:    "إن هذه الضربات الاستباقية المتتالية أثبتت كفاءة الأجهزة الأمنية وجاهزيتها",
			want: []string{TypeQuote},
		},
		{
			name:    "the same quote in other quote marks",
			a:       "وقال الوزير إن “الحكومة ستعيد بناء المدارس المدمرة”",
			b:       "وقال الوزير إن «الحكومة ستعيد بناء المدارس المدمرة»",
			notWant: []string{"*"},
		},
	})
}

func TestCompareModality(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "expected against done",
			a:    "ومن المتوقع أن يجري الوفد السوري محادثات حول العلاقات الثنائية",
			b:    "وأجرى الوفد السوري محادثات حول العلاقات الثنائية",
			want: []string{TypeModality},
		},
		{
			name: "reports say against confirmed",
			a:    "أفادت تقارير بمقتل ثلاثة أشخاص في القصف",
			b:    "أكدت الوزارة مقتل ثلاثة أشخاص في القصف",
			want: []string{TypeModality}, notWant: []string{TypeNumber},
		},
		{
			name:    "an upcoming summit described as upcoming on one side only is no modality",
			a:       "لحضور القمة العربية الروسية المزمع عقدها في موسكو",
			b:       "لحضور القمة العربية الروسية في موسكو",
			notWant: []string{TypeModality},
		},
	})
}

func TestCompareEntity(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "a different city in the same slot",
			a:    "وصل وزير الخارجية السوري إلى أنقرة في زيارة رسمية",
			b:    "وصل وزير الخارجية السوري إلى الرياض في زيارة رسمية",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "أنقرة", "e-ankara", "place")
				entity(t, b, "الرياض", "e-riyadh", "place")
			},
			want: []string{TypeEntity}, notWant: []string{TypeWording},
		},
		{
			name: "a city and the same city with its title",
			a:    "ووصل الشيباني موسكو في أول زيارة رسمية",
			b:    "ووصل الشيباني العاصمة الروسية موسكو في أول زيارة رسمية",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "موسكو", "e-moscow", "place")
				entity(t, b, "العاصمة الروسية موسكو", "e-moscow", "place")
			},
			notWant: []string{"*"},
		},
		{
			name: "a capital for its country is not another entity",
			a:    "وأكد لافروف أن روسيا تتطلع إلى زيارة الشرع منتصف تشرين الأول",
			b:    "وأكد لافروف أن موسكو تتطلع إلى زيارة الشرع منتصف تشرين الأول",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "روسيا", "e-russia", "place")
				entity(t, b, "موسكو", "e-moscow", "place")
			},
			notWant: []string{TypeEntity},
		},
		{
			name: "a rewording with several places on one side has no slot to compare",
			a:    "مجدداً تأكيد موسكو على دعم وحدة الأراضي السورية وسيادتها",
			b:    "أكد لافروف أن روسيا ملتزمة بسيادة سوريا ووحدة أراضيها",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "موسكو", "e-moscow", "place")
				entity(t, b, "روسيا", "e-russia", "place")
				entity(t, b, "سوريا", "e-syria", "place")
			},
			notWant: []string{TypeEntity},
		},
	})
}

func TestCompareWording(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "condemnation against rejecting position, a dropped 'direct'",
			a:    "كما جدد إدانة موسكو للانتهاكات الإسرائيلية المتكررة، واصفا إياها بالتهديد المباشر للاستقرار",
			b:    "كما جدد موقف موسكو الرافض للانتهاكات الإسرائيلية المتكررة، واصفا إياها بالتهديد للاستقرار",
			want: []string{TypeWording},
		},
		{
			name:    "another reporting verb and a clitic change nothing",
			a:       "قال الوزير إن الجانبين اتفقا على تعزيز التعاون الاقتصادي",
			b:       "وأكد الوزير أن الجانبين اتفقا على تعزيز التعاون الاقتصادي",
			notWant: []string{"*"},
		},
		{
			name:    "reordered coordinated words change nothing",
			a:       "اتفق الجانبان على تعزيز التعاون الاقتصادي والتجاري بين البلدين",
			b:       "اتفق الجانبان على تعزيز التعاون التجاري والاقتصادي بين البلدين",
			notWant: []string{"*"},
		},
		{
			name:    "claims worded too differently get no word-level reading",
			a:       "أعلن الجانبان إعادة النظر بالاتفاقيات الاقتصادية السابقة",
			b:       "وصف لافروف زيارة الوفد السوري بأنها مثمرة وبناءة للغاية",
			notWant: []string{TypeWording},
		},
	})
}

func TestWordingSeverity(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"evaluative word", "وصف الهجوم بأنه عمل إرهابي خطير", "وصف الهجوم بأنه عمل عسكري خطير", 2},
		{"descriptive word", "افتتح الوزير مدرسة جديدة في حلب", "افتتح الوزير مستشفى جديدا في حلب", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(mk("a", tt.a), mk("b", tt.b))
			i := slices.IndexFunc(ds, func(d Discrepancy) bool { return d.Type == TypeWording })
			if i < 0 {
				t.Fatalf("got %v, want wording", describeAll(ds))
			}
			if ds[i].Severity != tt.want {
				t.Errorf("severity: got %d, want %d (%s)", ds[i].Severity, tt.want, ds[i].Detail)
			}
		})
	}
}

func TestCompareOrderAndIDs(t *testing.T) {
	a := mk("a", "أكد المتحدث أن القوات انسحبت من المدينة بعد قصف إرهابي")
	b := mk("b", "نفى المتحدث أن القوات انسحبت من المدينة بعد قصف عسكري")
	ds := Compare(a, b)
	if len(ds) < 2 {
		t.Fatalf("got %v, want polarity and wording", describeAll(ds))
	}
	for i := 1; i < len(ds); i++ {
		if ds[i].Severity > ds[i-1].Severity {
			t.Errorf("not sorted by severity: %v", describeAll(ds))
		}
	}
	if got := ds[0].Claims; !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("claims: got %v, want [a b]", got)
	}
}
