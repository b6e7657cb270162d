package diff

import (
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// Cases from the reading of typed discrepancies on news (issue 14): each
// pair reports one fact the way two outlets do, and must not be read as
// disagreeing — or, where marked, must still be. The sentences are
// written for these tests.

func TestPrecisionParticipants(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "one person with and without titles, father's name and a spaced عبد",
			a:    "التقى الأمير فيصل بن عبد الله رئيس النادي الأدبي الأستاذ ماجد العتيبي في مكتبه",
			b:    "التقى الأمير فيصل بن عبدالله رئيس النادي الأدبي ماجد بن سعد العتيبي في مكتبه",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الأمير فيصل بن عبد الله", "e-faisal", "person")
				entity(t, a, "رئيس النادي الأدبي الأستاذ ماجد العتيبي", "e-otaibi-1", "person")
				entity(t, b, "الأمير فيصل بن عبدالله", "e-faisal", "person")
				entity(t, b, "رئيس النادي الأدبي ماجد بن سعد العتيبي", "e-otaibi-2", "person")
			},
			notWant: []string{TypeParticipants},
		},
		{
			name: "a role alone against the role with the name",
			a:    "واستقبل الوزير خالد المطيري في مكتبه رئيس حزب الوفاق",
			b:    "واستقبل الوزير خالد المطيري في مكتبه رئيس حزب الوفاق عادل الحربي",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الوزير خالد المطيري", "e-mutairi", "person")
				entity(t, a, "رئيس حزب الوفاق", "e-role-wifaq", "role")
				entity(t, b, "الوزير خالد المطيري", "e-mutairi", "person")
				entity(t, b, "رئيس حزب الوفاق عادل الحربي", "e-harbi", "person")
			},
			notWant: []string{TypeParticipants},
		},
		{
			name: "a person a university is named after is no participant",
			a:    "افتتح الوزير خالد المطيري قاعة المؤتمرات في جامعة الملك عبدالله",
			b:    "افتتح الوزير خالد المطيري قاعة المؤتمرات الجديدة في الجامعة",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الوزير خالد المطيري", "e-mutairi", "person")
				entity(t, a, "الملك عبدالله", "e-abdullah", "person")
				entity(t, b, "الوزير خالد المطيري", "e-mutairi", "person")
			},
			notWant: []string{TypeParticipants},
		},
		{
			name: "a lone common noun read as a person",
			a:    "تفقد الوزير خالد المطيري مشاريع الطرق في المنطقة الشرقية",
			b:    "تفقد الوزير خالد المطيري مشاريع الطرق الجديدة",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الوزير خالد المطيري", "e-mutairi", "person")
				entity(t, a, "المنطقة", "e-mntqh", "person")
				entity(t, b, "الوزير خالد المطيري", "e-mutairi", "person")
			},
			notWant: []string{TypeParticipants},
		},
		{
			name: "two happenings that share only a name",
			a:    "اجتمع الوزير خالد المطيري في مكتبه بالسفير الياباني لبحث التعاون التجاري",
			b:    "حضر الوزير خالد المطيري حفل تخريج الطلاب مع مدير الجامعة سعد القحطاني",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الوزير خالد المطيري", "e-mutairi", "person")
				entity(t, a, "السفير الياباني", "e-jp-amb", "role")
				entity(t, b, "الوزير خالد المطيري", "e-mutairi", "person")
				entity(t, b, "مدير الجامعة سعد القحطاني", "e-qahtani", "person")
			},
			notWant: []string{TypeParticipants},
		},
	})
}

func TestPrecisionQuotes(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a title in guillemets against the same title in parentheses",
			a:       "ووزعت الوزارة «دليل المعلم الجديد» على المدارس الحكومية",
			b:       "ووزعت الوزارة (دليل المعلم الجديد) على المدارس الحكومية",
			notWant: []string{TypeQuote},
		},
		{
			name:    "a campaign's name in quote marks against it unmarked",
			a:       "وأطلقت البلدية حملة «مدينتنا أجمل» في الأحياء القديمة",
			b:       "وأطلقت البلدية حملة مدينتنا الأجمل في الأحياء القديمة",
			notWant: []string{TypeQuote},
		},
		{
			name:    "a name in straight quotes spelled another way unmarked",
			a:       `وتتوقع "ستاندارد آند بورز" نمو الاقتراض هذا العام`,
			b:       `وتتوقع ستاندرد آند بورز نمو الاقتراض هذا العام`,
			notWant: []string{TypeQuote},
		},
		{
			name:    "one outlet quotes more of the statement",
			a:       `وقال المدير: "سنفتتح الفرع الجديد في الصيف المقبل"`,
			b:       `وقال المدير: "سنفتتح الفرع الجديد في الصيف المقبل ونوظف فيه مئة شاب"`,
			notWant: []string{TypeQuote},
		},
		{
			name: "a quote reworded inside is still quote drift",
			a:    `وقال المدير: "سنفتتح الفرع الجديد في الصيف المقبل"`,
			b:    `وقال المدير: "سنفتتح الفرع الكبير في الشتاء المقبل"`,
			want: []string{TypeQuote},
		},
		{
			name:    "direct speech against reported speech with a word inflected",
			a:       `وقال متحدث باسم البرنامج: "يقف المزيد من السفن التي استأجرها البرنامج على أهبة الاستعداد قرب عدن"`,
			b:       `وقال متحدث باسم البرنامج إن المزيد من السفن التي استأجرها البرنامج تقف على أهبة الاستعداد قرب عدن`,
			notWant: []string{TypeQuote},
		},
		{
			name:    "direct speech after a colon late in the claim",
			a:       `وطمأن مدير الكرة سمير السعود على سلامة البعثة وقال: وصلت البعثة وأجرى الفريق أول تدريباته على ملعب قرطاج`,
			b:       `وطمأن مدير الكرة سمير السعود على أوضاع البعثة وقال: "وصلت البعثة وأجرى الفريق أول تدريباته على ملعب قرطاج"`,
			notWant: []string{TypeQuote},
		},
		{
			name:    "a list of players in guillemets",
			a:       `من جانبهم واصل الرباعي «ياسر القحطاني ، نواف العابد ، عبدالمجيد السواط ، عبد الله عطيف» أداء برامجهم التأهيلية`,
			b:       `فيما واصل ياسر القحطاني ونواف العابد وعبدالمجيد السواط وعبدالله عطيف برامجهم التأهيلية`,
			notWant: []string{TypeQuote},
		},
		{
			name:    "two speakers each named as the claim opens say much the same",
			a:       `وأضاف المخرج سامي الحربي "تناقش المسرحية عددا من القضايا الاجتماعية الهادفة من خلال شخصيات من المجتمع وتقدم صورة مشرفة عن حب الوطن"`,
			b:       `وأوضح الفنان خالد العامري رئيس لجنة المسرح، أن المسرحية تطرح عددا من القضايا الاجتماعية المهمة عبر شخصيات المجتمع وتقدم صورة جميلة عن الوطن`,
			notWant: []string{TypeQuote},
		},
		{
			name: "one speaker named on both sides, quoted and retold",
			a:    `وأضاف المخرج سامي الحربي "تناقش المسرحية عددا من القضايا الاجتماعية الهادفة من خلال شخصيات من المجتمع وتقدم صورة مشرفة عن حب الوطن"`,
			b:    `وأوضح المخرج الحربي، أن المسرحية تطرح عددا من القضايا الاجتماعية المهمة عبر شخصيات المجتمع وتقدم صورة جميلة عن الوطن`,
			want: []string{TypeQuote},
		},
		{
			name:    "an interview's transcript line in the speaker's voice against the quote",
			a:       `وردا على سؤال عن مستقبل الهدنة، أجاب الوزير: «لا نعتقد أن الاتفاق سيصمد طويلا إلا إذا التزمت الأطراف (المتحاربة) ببنوده كاملة»`,
			b:       `- لا نعتقد أن الاتفاق سيصمد طويلا إلا إذا التزمت الأطراف ببنوده كاملة`,
			notWant: []string{TypeQuote},
		},
		{
			name:    "the future prefix is a speaker's voice too",
			a:       `وأضاف الوزير: «وسنواجه الحملات التي تمولها (تلك الجهات) في دول الجوار»`,
			b:       `سنواجه الحملات التي تمولها في دول الجوار.`,
			notWant: []string{TypeQuote},
		},
		{
			name: "the same words in the narrator's voice still drop whose words they are",
			a:    `وأضاف النادي: «وصل المعد البدني إلى مقر المعسكر في النمسا للإشراف على برنامج اللياقة في المرحلة الأولى من الإعداد»`,
			b:    `ووصل المعد البدني خلال الساعات الماضية إلى المعسكر في النمسا للإشراف على برنامج اللياقة في المرحلة الأولى من الإعداد`,
			want: []string{TypeQuote},
		},
		{
			name: "a name in quote marks printed with the father's name",
			a:    `أعلنت القوات المسلحة عن استشهاد أحد أبنائها "سيف يوسف الفلاسي" أثناء تأديته واجبه`,
			b:    `أعلنت القوات المسلحة عن استشهاد أحد أبنائها "سيف يوسف أحمد الفلاسي" أثناء تأديته واجبه`,
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "سيف يوسف الفلاسي", "e-f1", "person")
				entity(t, b, "سيف يوسف أحمد الفلاسي", "e-f2", "person")
			},
			notWant: []string{TypeQuote},
		},
	})
}

func TestPrecisionAttribution(t *testing.T) {
	speakers := func(ida, ta, idb, tb string) func(t *testing.T, a, b *claim.Claim) {
		return func(t *testing.T, a, b *claim.Claim) {
			a.Speaker, a.SpeakerText = ida, ta
			b.Speaker, b.SpeakerText = idb, tb
		}
	}
	runCompare(t, []compareCase{
		{
			name:    "role first in one, name first in the other",
			a:       "وأوضح رئيس هيئة الرياضة فهد السالم أن الملعب سيفتتح قريبا",
			b:       "وأوضح فهد بن علي السالم رئيس هيئة الرياضة أن الملعب سيفتتح قريبا",
			build:   speakers("e-hay", "هيئة الرياضة", "e-salem", "فهد بن علي السالم"),
			notWant: []string{TypeAttribution},
		},
		{
			name:    "two transliterations of one name",
			a:       "وقال أحمد داود أوغلو إن الحكومة ستشدد الإجراءات",
			b:       "وقال أحمد داود أغولو إن الحكومة ستشدد الإجراءات",
			build:   speakers("e-oglu", "أحمد داود أوغلو", "e-ghulu", "أحمد داود أغولو"),
			notWant: []string{TypeAttribution},
		},
		{
			name:    "a speaker carried from the sentence before, named in the other claim",
			a:       "وأضاف أن الملعب سيفتتح قريبا",
			b:       "وقال فهد السالم رئيس الهيئة إن الملعب سيفتتح قريبا",
			build:   speakers("e-hay", "رئيس الهيئة", "e-salem", "فهد السالم"),
			notWant: []string{TypeAttribution},
		},
		{
			name:    "a speaker named only by a generic role",
			a:       "وأوضح المتحدث الرسمي أن الملعب سيفتتح قريبا",
			b:       "وأوضح خالد العمر أن الملعب سيفتتح قريبا",
			build:   speakers("e-spox", "المتحدث الرسمي", "e-omar", "خالد العمر"),
			notWant: []string{TypeAttribution},
		},
		{
			// Each claim tells of its own speaker's statement; the short
			// one is a clause of the long one, not the same statement.
			name: "an unnamed source against a role in a claim that says more",
			a:    "وقال المصدر إن بلاتيني يدرس جديا فكرة الترشح للانتخابات",
			b:    "من جانبه أكد رئيس الاتحاد الدولي المستقيل أنه لن يكون مرشحا للانتخابات المقبلة فيما يدرس رئيس الاتحاد الأوروبي بلاتيني فكرة الترشح لرئاسة الاتحاد بشكل جدي",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Anonymous, a.SpeakerText = true, "المصدر"
				b.Speaker, b.SpeakerText = "e-blatter", "رئيس الاتحاد"
			},
			notWant: []string{TypeAttribution},
		},
		{
			name: "a named speaker against another carried from context is still different",
			a:    "وأضاف السالم أن الملعب سيفتتح قريبا",
			b:    "وأشار إلى أن الملعب سيفتتح قريبا",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "السالم", "e-salem", "person")
				a.Speaker, a.SpeakerText = "e-salem", "السالم"
				b.Speaker, b.SpeakerText = "e-ali", "ناصر العلي"
			},
			want: []string{TypeAttribution},
		},
	})
}

func TestPrecisionNegation(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "لم … سوى says only so many",
			a:       "وأوضح التقرير السنوي أن الشركة الوطنية لم تبع في الربع الثاني من العام سوى ثلاثة آلاف سيارة في أسواق المنطقة كلها بعد تراجع الطلب المحلي",
			b:       "وأوضح التقرير السنوي أن الشركة الوطنية باعت في الربع الثاني من العام ثلاثة آلاف سيارة في أسواق المنطقة كلها بعد تراجع الطلب المحلي",
			notWant: []string{TypePolarity},
		},
		{
			name:    "غير before a definite word names a road",
			a:       "وقع الحادث صباح اليوم على طريق غير المسلمين قرب مدخل المدينة حين اصطدمت شاحنة كبيرة بسيارة صغيرة تقل أسرة من خمسة أفراد",
			b:       "وقع الحادث صباح اليوم على الطريق الدائري قرب مدخل المدينة حين اصطدمت شاحنة كبيرة بسيارة صغيرة تقل أسرة من خمسة أفراد",
			notWant: []string{TypePolarity},
		},
		{
			name:    "a negated detail the other claim does not report",
			a:       "واندلع حريق كبير في مستودع للأخشاب جنوب المدينة مساء أمس وتمكنت فرق الدفاع المدني من إخماده ولم ينجم عنه إصابات بين العاملين",
			b:       "واندلع حريق كبير في مستودع للأخشاب جنوب المدينة مساء أمس وتمكنت فرق الدفاع المدني من إخماده بعد ساعتين من العمل المتواصل",
			notWant: []string{TypePolarity},
		},
		{
			name: "a negated predicate both claims report is still negation",
			a:    "وأكدت الوزارة في بيانها الصادر صباح اليوم أن المعبر الحدودي الشمالي لن يفتح أمام المسافرين والشاحنات يوم الأحد بسبب أعمال الصيانة",
			b:    "وأكدت الوزارة في بيانها الصادر صباح اليوم أن المعبر الحدودي الشمالي سيفتح أمام المسافرين والشاحنات يوم الأحد بعد أعمال الصيانة",
			want: []string{TypePolarity},
		},
		{
			name: "in a headline the whole claim is what is negated",
			a:    "قصف على موقع عسكري شمال البلاد دون إصابات",
			b:    "قتلى وجرحى في قصف على موقع عسكري شمال البلاد",
			want: []string{TypePolarity},
		},
	})
}

func TestPrecisionModalityAndNumbers(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a hedge on something the other claim does not report",
			a:       "وأعلنت الشركة افتتاح فرعها الجديد في الدمام وقد يحاول منافسوها فتح فروع مماثلة",
			b:       "وأعلنت الشركة افتتاح فرعها الجديد في الدمام بحضور عدد من المسؤولين",
			notWant: []string{TypeModality},
		},
		{
			name:    "a decimal printed with ر",
			a:       "وبلغت قيمة الصفقة 11.1 مليون دولار بحسب الصحيفة",
			b:       "وبلغت قيمة الصفقة 1ر11 مليون دولار بحسب الصحيفة",
			notWant: []string{TypeNumber},
		},
		{
			name:    "an ordinal with the article and a percentage written two ways",
			a:       "وأظهر التقرير الـ51 للمؤسسة ارتفاع الموجودات بنسبة 9.1 في المائة",
			b:       "وأظهر تقرير المؤسسة ارتفاع الموجودات بنسبة 9.1%",
			notWant: []string{TypeNumber},
		},
		{
			name: "one name with عبد spaced and joined is no other entity",
			a:    "وأصدر الملك سلمان بن عبد العزيز أمرا بتعيين القضاة",
			b:    "وأصدر الملك سلمان بن عبدالعزيز أمرا بتعيين القضاة",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الملك سلمان بن عبد العزيز", "e-salman-1", "person")
				entity(t, b, "الملك سلمان بن عبدالعزيز", "e-salman-2", "person")
			},
			notWant: []string{TypeEntity},
		},
	})
}

func TestPrecisionDifferentData(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "two days' market figures, none of them shared",
			a:       "وشهدت تداولات اليوم ارتفاع أسهم 64 شركة وتراجع أسهم 81 شركة",
			b:       "وشهدت تداولات اليوم ارتفاع أسهم 112 شركة وتراجع أسهم 30 شركة",
			notWant: []string{TypeNumber},
		},
		{
			name:    "prices at two clock times",
			a:       "وتراجع سعر الفضة إلى 14.20 دولار للأوقية بحلول الساعة 0930 بتوقيت جرينتش",
			b:       "وتراجع سعر الفضة إلى 14.05 دولار للأوقية بحلول الساعة 1315 بتوقيت جرينتش",
			notWant: []string{TypeNumber},
		},
		{
			name:    "figures of two differently named films",
			a:       `وحقق فيلم "الطريق الطويل" إيرادات بلغت 9.4 مليون دولار`,
			b:       `وحقق فيلم "ليلة الشتاء" إيرادات بلغت 21 مليون دولار`,
			notWant: []string{TypeNumber},
		},
		{
			name: "one figure of two still differs when another agrees",
			a:    "وأسفر الحادث عن وفاة 3 أشخاص وإصابة 12 آخرين",
			b:    "وأسفر الحادث عن وفاة 3 أشخاص وإصابة 17 آخرين",
			want: []string{TypeNumber},
		},
	})
}

func TestPrecisionMore(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a quote against direct speech after a colon",
			a:       `وتابعت الهيئة: "تم تشغيل جميع المولدات الاحتياطية في المنافذ الثلاثة خلال دقائق"`,
			b:       `وأضافت: تم تشغيل كل المولدات الاحتياطية في المنافذ الثلاثة خلال دقائق`,
			notWant: []string{TypeQuote},
		},
		{
			name: "participants named in a clause only one claim has",
			a:    "وحضر الاجتماع الموسع في مقر الوزارة بالعاصمة الوزير خالد المطيري، فيما شارك من الجانب الآخر نائب الوزير سامر الخطيب ومستشاره في الملف الاقتصادي",
			b:    "فيما شارك من الجانب الآخر نائب الوزير سامر الخطيب ومستشاره في الملف الاقتصادي",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الوزير خالد المطيري", "e-mutairi", "person")
				entity(t, a, "نائب الوزير سامر الخطيب", "e-khatib", "person")
				entity(t, b, "نائب الوزير سامر الخطيب", "e-khatib", "person")
			},
			notWant: []string{TypeParticipants},
		},
		{
			name: "a role spelled with two hamza seats is one role",
			a:    "وأوضح مدير الشئون الإعلامية أن العمل استؤنف في المراكز",
			b:    "وأوضح مدير الشؤون الإعلامية أن العمل استؤنف في المراكز",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "مدير الشئون", "e-role-1", "role")
				entity(t, b, "مدير الشؤون", "e-role-2", "role")
			},
			notWant: []string{TypeEntity},
		},
		{
			name:    "a negation against a refusal of the same act",
			a:       "وأصر النادي المضيف على عدم خوض المباراة في الملعب الجديد بسبب سوء أرضيته وارتفاع الحرارة وقت الظهيرة",
			b:       "وأعلن الناديان رفضهما خوض المباراة في الملعب الجديد بسبب سوء أرضيته وارتفاع الحرارة وقت الظهيرة",
			notWant: []string{TypePolarity},
		},
	})
}

func TestPrecisionSameFact(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "two long sentences about two happenings share too little to compare",
			a:       "حضر الأمير خالد المطيري حفل الاستقبال الذي أقيم في القصر بمناسبة العيد وسط حضور كبير من الأعيان والمسؤولين وأبناء المنطقة ولم يلق كلمة",
			b:       "عقد الأمير خالد المطيري اجتماعا ثنائيا في مكتبه بجدة مع السفير الياباني لبحث التعاون التجاري والاستثماري بين البلدين الصديقين وسبل تطويره",
			notWant: []string{"*"},
		},
		{
			name:    "two market reports on different days give figures of different data",
			a:       "وشهدت تداولات اليوم ارتفاع أسهم 94 شركة وتراجع أسهم 54 شركة فيما بلغ عدد الصفقات أكثر من 90 ألف صفقة",
			b:       "وشهدت تداولات اليوم ارتفاع أسهم 125 شركة وتراجع أسهم 25 شركة فيما بلغ عدد الصفقات أكثر من 77 ألف صفقة",
			notWant: []string{TypeNumber},
		},
		{
			name:    "a figure in brackets and a telephone number",
			a:       "لتبلغ قيمة السحوبات (363.7) مليار ريال ويمكن الاتصال على الرقم 0501234567",
			b:       "لتبلغ قيمة السحوبات 363.7 مليار ريال ويمكن الاتصال على الرقم 0559876543",
			notWant: []string{TypeNumber},
		},
		{
			name:    "a quote with one word spelled another way",
			a:       `وقال الشاهد: "كان العلم يرفرف عندما شن الاميركيون هجومهم على الحاجز"`,
			b:       `وقال الشاهد: "كان العلم يرفرف عندما شن الامريكيون هجومهم على الحاجز"`,
			notWant: []string{TypeQuote},
		},
		{
			name: "two roles of one speaker beside the speaker's name",
			a:    "وأوضح جيري رايس مدير الاتصالات في الصندوق أن اليونان سددت ديونها",
			b:    "وقال جيري رايس المتحدث باسم الصندوق إن اليونان سددت ديونها",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "جيري رايس", "e-rice", "person")
				entity(t, a, "مدير الاتصالات", "e-role-comm", "role")
				entity(t, b, "جيري رايس", "e-rice", "person")
				entity(t, b, "المتحدث باسم الصندوق", "e-role-spox", "role")
				a.Speaker, a.SpeakerText = "e-rice", "جيري رايس"
				b.Speaker, b.SpeakerText = "e-rice", "جيري رايس"
			},
			notWant: []string{TypeEntity},
		},
	})
}

func TestPrecisionLate(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "قد before a past verb affirms",
			a:       "وقد تراجعت صادرات الشركة إلى أوروبا بسبب الرسوم الجديدة",
			b:       "وتراجعت صادرات الشركة إلى أوروبا بسبب الرسوم الجديدة",
			notWant: []string{TypeModality},
		},
		{
			name: "قد before a present verb still hedges",
			a:    "وقد تتراجع صادرات الشركة إلى أوروبا بسبب الرسوم الجديدة",
			b:    "وتراجعت صادرات الشركة إلى أوروبا بسبب الرسوم الجديدة",
			want: []string{TypeModality},
		},
		{
			name: "a person the other claim names too, with another title there",
			a:    "وزار الأمير سعد بن فهد دار المسنين في الرياض",
			b:    "وزار الأمير سعد بن فهد عضو شرف النادي دار المسنين في الرياض",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الأمير سعد بن فهد", "e-saad-1", "person")
				entity(t, b, "عضو شرف النادي", "e-saad-2", "person")
			},
			notWant: []string{TypeEntity},
		},
		{
			name: "two titles before one name",
			a:    "وسيطرت القوات على المطار بعد معارك مع قوات الرئيس السابق علي ناصر",
			b:    "وسيطرت القوات على المطار بعد معارك مع قوات الرئيس المخلوع علي ناصر",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "القوات", "e-forces", "role")
				entity(t, a, "الرئيس السابق", "e-role-former", "role")
				entity(t, a, "علي ناصر", "e-nasser", "person")
				entity(t, b, "القوات", "e-forces", "role")
				entity(t, b, "الرئيس المخلوع", "e-role-ousted", "role")
				entity(t, b, "علي ناصر", "e-nasser", "person")
			},
			notWant: []string{TypeParticipants},
		},
		{
			name:    "a quote differing in calendar words only",
			a:       `وأضاف النادي: "يصل المدرب صباح اليوم الأربعاء المقبل مع الجهاز الفني"`,
			b:       `وأضاف النادي: "يصل المدرب صباح الأربعاء مع الجهاز الفني"`,
			notWant: []string{TypeQuote},
		},
	})
}

func TestPrecisionFixedForms(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "أمس الأول and من جهة ثانية are no ranks",
			a:       "وأنقذت فرق الإنقاذ أمس الأول طفلا من الغرق",
			b:       "ومن جهة ثانية أنقذت فرق الإنقاذ طفلا من الغرق",
			notWant: []string{TypePolarity},
		},
		{
			name: "the second batch against the third is still another rank",
			a:    "وأوضح المتحدث أن هذه الدفعة هي الدفعة الثانية من المساعدات",
			b:    "وأوضح المتحدث أن هذه الدفعة هي الدفعة الثالثة من المساعدات",
			want: []string{TypePolarity},
		},
		{
			name: "a name after a title the other claim gives alone",
			a:    "أصدر خادم الحرمين الشريفين الملك سلمان أمرا بتعيين القضاة في ديوان المظالم",
			b:    "أصدر خادم الحرمين الشريفين أمرا بتعيين القضاة في ديوان المظالم",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "خادم الحرمين", "e-custodian", "role")
				entity(t, a, "الملك سلمان", "e-salman", "person")
				entity(t, b, "خادم الحرمين", "e-custodian", "role")
			},
			notWant: []string{TypeParticipants},
		},
		{
			name:    "a quote with a number in digits and in words, and two words joined",
			a:       `وقال المدرب: "أنت المهاجم رقم 3 في الفريق أو الرابع"`,
			b:       `وقال المدرب: "أنت المهاجم رقم ثلاثة في الفريق أوالرابع"`,
			notWant: []string{TypeQuote},
		},
		{
			name:    "planned against a statement about tomorrow",
			a:       "من المقرر أن توقع إدارة المطار الخميس عقد تشغيل المبنى الجديد",
			b:       "توقع إدارة المطار يوم غد الخميس عقد تشغيل المبنى الجديد",
			notWant: []string{TypeModality},
		},
		{
			name: "one name with غ and ج",
			a:    "وقالت هونغ إن الحزب سيفوز في الانتخابات",
			b:    "وقالت هونج إن الحزب سيفوز في الانتخابات",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Speaker, a.SpeakerText = "e-hong-1", "هونغ"
				b.Speaker, b.SpeakerText = "e-hong-2", "هونج"
			},
			notWant: []string{TypeAttribution},
		},
	})
}

func TestPrecisionRolesAndLists(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "the adjective الرئيسي is no dual of رئيس",
			a:       "وقالت المؤسسة إن الانقطاع نتج عن خلل في المغذي الرئيسي التابع للشركة",
			b:       "وقالت المؤسسة إن الانقطاع نتج عن خلل في المغذي الرئيس التابع للشركة",
			notWant: []string{TypeParticipants},
		},
		{
			name:    "directions listed on both sides name regions",
			a:       "وتوقعت الأرصاد أتربة مثارة على مناطق الحدود الشمالية والشرقية والرياض",
			b:       "وتوقعت الأرصاد سماء غائمة جزئيا على جنوب ووسط وشرق المملكة",
			notWant: []string{TypePolarity},
		},
		{
			name:    "a time of day is no rank",
			a:       "وورد البلاغ عند الساعة الثامنة صباحا عن حادث على الطريق",
			b:       "وورد البلاغ الأول صباحا عن حادث على الطريق",
			notWant: []string{TypePolarity},
		},
		{
			name:    "a two-word label one word of which the other claim leaves out",
			a:       "وضبطت الشرطة المتهمين في واقعة «فيديو التحرش» على الكورنيش",
			b:       "وضبطت الشرطة المتهمين في واقعة التحرش على الكورنيش",
			notWant: []string{TypeQuote},
		},
		{
			name: "a name before a title the other claim gives alone",
			a:    "وزار الأمير سعد بن فهد أمير منطقة الجوف الشيخ صالح في منزله",
			b:    "وزار أمير منطقة الجوف الشيخ صالح في منزله",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الأمير سعد بن فهد", "e-saad", "person")
				entity(t, a, "الشيخ صالح", "e-saleh", "person")
				entity(t, b, "الشيخ صالح", "e-saleh", "person")
			},
			notWant: []string{TypeParticipants},
		},
	})
}

func TestPrecisionLinkLines(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "two lines linking to other stories share only their label",
			a:       "رابط الخبر بصحيفة المدينة: مصرع شخصين في حادث دهس ببريدة",
			b:       "رابط الخبر بصحيفة المدينة: الهلال الأحمر بالقصيم يباشر 116 بلاغا",
			notWant: []string{TypeNumber, TypeEntity, TypePolarity, TypeParticipants},
		},
		{
			name: "a shared label before one fact told two ways is still compared",
			a:    "وزارة الصحة: وفاة 3 أشخاص في حادث الطريق السريع",
			b:    "وزارة الصحة: وفاة 5 أشخاص في حادث الطريق السريع",
			want: []string{TypeNumber},
		},
	})
}

func TestPrecisionMarkets(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a rise and a fall told with figures none of which is shared",
			a:       "ونزلت عقود الخام الخفيف 13 سنتا إلى 48.76 دولار للبرميل",
			b:       "وارتفعت عقود الخام الخفيف 87 سنتا إلى 49.31 دولار للبرميل",
			notWant: []string{TypePolarity, TypeNumber},
		},
		{
			name: "a rise against a fall of one figure is still opposite",
			a:    "وارتفعت أسعار الذهب 1.2 بالمئة اليوم",
			b:    "وانخفضت أسعار الذهب 1.2 بالمئة اليوم",
			want: []string{TypePolarity},
		},
		{
			name: "a name glued to the next word in a headline",
			a:    "أصدر رئيس الدولة الشيخ خالد بن زايد قانونا يجرم ازدراء الأديان ويكافح التمييز",
			b:    "الشيخ خالد بن زايدأصدر رئيس الدولة الشيخ خالد بن زايد قانونا يجرم ازدراء الأديان ويكافح التمييز",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "رئيس الدولة", "e-role-head", "role")
				entity(t, a, "الشيخ خالد بن زايد", "e-khaled", "person")
				entity(t, b, "الشيخ خالد بن زايدأصدر", "e-khaled-glued", "person")
				entity(t, b, "رئيس الدولة", "e-role-head", "role")
			},
			notWant: []string{TypeParticipants},
		},
	})
}

func TestPrecisionEdges(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "one outlet quotes the statement from a few words further on",
			a:       `وقال الأمين العام: "هذا التصريح يمثل استفزازا وتدخلا مرفوضا في شؤون الدول المجاورة"`,
			b:       `وأكد الأمين العام أن التصريح يمثل «تدخلا مرفوضا في شؤون الدول المجاورة»`,
			notWant: []string{TypeQuote},
		},
		{
			name: "a long title before the name, the other claim giving the title alone",
			a:    "وأصدر خادم الحرمين الشريفين الملك سلمان أمرا بتعيين خمسة وعشرين قاضيا في ديوان المظالم",
			b:    "وأصدر خادم الحرمين أمرا بتعيين خمسة وعشرين قاضيا في ديوان المظالم",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "ديوان المظالم", "e-diwan", "role")
				entity(t, a, "الملك سلمان", "e-salman", "person")
				entity(t, b, "ديوان المظالم", "e-diwan", "role")
			},
			notWant: []string{TypeParticipants},
		},
	})
}

func TestPrecisionChanceAgreement(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "one figure shared by chance among many of two days",
			a:       "وارتفعت أسهم 94 شركة وتراجعت أسهم 54 شركة وظلت أسهم 17 شركة بدون تغير وبلغت الصفقات 90 ألف صفقة",
			b:       "وارتفعت أسهم 70 شركة وتراجعت أسهم 78 شركة وظلت أسهم 17 شركة بدون تغير وبلغت الصفقات 77 ألف صفقة",
			notWant: []string{TypeNumber},
		},
		{
			name:    "a word with a clitic against its bare form is one word",
			a:       "وبعث الملك ببرقية تهنئة إلى الرئيس",
			b:       "وبعث الملك برقية تهنئة إلى الرئيس",
			notWant: []string{TypeParticipants, TypeEntity},
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الملك", "e-king", "person")
				entity(t, a, "ببرقية", "e-x1", "person")
				entity(t, b, "الملك", "e-king", "person")
				entity(t, b, "برقية", "e-x2", "person")
			},
		},
	})
}

// TestNameLike reads speaker texts the claim stage took from SaudiNewsNet
// sentences: phrases after a speech verb are no names.
func TestNameLike(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"باحتجاز شخصين داخل بئر", false}, // "يفيد باحتجاز شخصين"
		{"المذكورة باستغلال", false},
		{"صالح آل الشيخ بتوزيع", false},
		{"تحرير", false}, // "رئيس تحرير «عرب نيوز»"
		{"كثير", false},  // "أعرب كثير من الشركات"
		{"لي", false},    // "فقال لي"
		{"باسلمة", true}, // a Hadrami family name opens with با
		{"بدر عبدالعاطي", true},
		{"توفيق السديري", true},
	} {
		if got := nameLike(tc.s); got != tc.want {
			t.Errorf("nameLike(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestInterchangeable reads word swaps found inside one quote as two
// outlets print it on SaudiNewsNet.
func TestInterchangeable(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"فإنني", "فإني", true},    // "إذا لعبت كمهاجم فإنني سأشعر بالإحباط"
		{"كثيرة", "عديدة", true},   // "لسنوات كثيرة عانى ابننا"
		{"الكثير", "العديد", true}, // "يجهل الكثير من الأشخاص"
		{"ما زلت", "لازلت", true},
		{"نحو", "حوالي", true},
		{"ما", "مما", true},
		{"ابني", "ابي", false}, // my son, my father
		{"يستأجرها", "يشغلها", false},
		{"كثيرة", "", false},
	} {
		if got := interchangeable(lang.Tokenize(tc.x), lang.Tokenize(tc.y)); got != tc.want {
			t.Errorf("interchangeable(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

// TestPlaceOrBodySpeaker: a speaker carried from an earlier sentence has
// no mention in its claim; its text alone tells a country or a body (no
// one to hold against a person) from a person (SaudiNewsNet gave Kerry's
// words to "الولايات المتحدة").
func TestPlaceOrBodySpeaker(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"الولايات المتحدة", true},
		{"السعودية", true},
		{"كيري", false},
		{"جون كيري", false},
		{"", false},
	} {
		if got := placeOrBody(tc.text); got != tc.want {
			t.Errorf("placeOrBody(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPrecisionComparedDates: the base year of a comparison dates no
// happening, while the happening's own years still conflict.
func TestPrecisionComparedDates(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "the base of a comparison against the year reported",
			a:    "وبلغت قروض الصندوق 17.3 مليار ريال بارتفاع بنسبة 9.1 في المائة مقارنة بعام 2013",
			b:    "وبلغت قروض الصندوق 17.3 مليار ريال حتى نهاية العام الماضي 2014",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "2013", "2013", "on")
				date(t, b, "2014", "2014", "on")
			},
			notWant: []string{TypeDate},
		},
		{
			name: "a comparison a few words before the date",
			a:    "وبالمقارنة مع مبيعات العقار في عام 2007 انخفضت المبيعات بنحو 90 في المائة",
			b:    "وانخفضت مبيعات العقار في عام 2015 بنحو 90 في المائة",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "2007", "2007", "on")
				date(t, b, "2015", "2015", "on")
			},
			notWant: []string{TypeDate},
		},
		{
			name: "two years of the happening still conflict",
			a:    "وبلغت قروض الصندوق 17.3 مليار ريال في عام 2013",
			b:    "وبلغت قروض الصندوق 17.3 مليار ريال في عام 2014",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "2013", "2013", "on")
				date(t, b, "2014", "2014", "on")
			},
			want: []string{TypeDate},
		},
	})
}

// TestPrecisionOtherRecipient: one template told of two recipients — an
// adjective of another place in the same slot — with another figure is two
// facts; a spelling of the same adjective is no other place.
func TestPrecisionOtherRecipient(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "two repayments to two central banks",
			a:       "كما ستسدد الحكومة قرضا قيمته 500 مليون يورو للبنك المركزي الإيطالي.",
			b:       "3.5 مليار يورو هو ما ستسدده الحكومة للبنك المركزي الأوروبي خلال أسابيع، ولو عجزت الحكومة عن السداد لواجهت أزمة في منطقة اليورو.",
			opts:    aligned,
			notWant: []string{TypeNumber},
		},
		{
			name: "one repayment, the adjective spelt two ways, another figure",
			a:    "كما ستسدد إيطاليا قرضا قيمته 500 مليون دولار للخزانة الأمريكية.",
			b:    "3.5 مليار دولار هو ما ستسدده إيطاليا للخزانة الأميركية خلال أسابيع، ولو عجزت إيطاليا عن السداد لواجهت أزمة في منطقة اليورو.",
			opts: aligned,
			want: []string{TypeNumber},
		},
	})
}

// TestPrecisionSameSource: news both claims give as what reports say is
// hedged on both sides, whatever verb brings the reports in.
func TestPrecisionSameSource(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "reports revealed against reports said",
			a:       "وكشفت تقارير إعلامية أن رئيس النادي تشاور مع المدير الفني بشأن تعيين المدرب الجديد للفريق الأول قبل انطلاق الموسم الكروي المقبل في شهر أغسطس",
			b:       "وذكرت تقارير إعلامية أن رئيس النادي تشاور مع المدير الفني بشأن تعيين المدرب الجديد للفريق الأول قبل انطلاق الموسم الكروي المقبل في شهر أغسطس",
			notWant: []string{TypeModality},
		},
	})
}

// TestSameSourceOn: the other claim must open with the source noun; one it
// names late is no source it reports.
func TestSameSourceOn(t *testing.T) {
	a := mk("a", "وذكرت تقارير إعلامية أن رئيس النادي تشاور مع المدير الفني")
	for _, tc := range []struct {
		b    string
		want bool
	}{
		{"وكشفت تقارير إعلامية أن رئيس النادي تشاور مع المدير الفني", true},
		{"وتشاور رئيس النادي مع المدير الفني بعد أن نفى صحة تقارير إعلامية", false},
	} {
		b := mk("b", tc.b)
		p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
		if got := p.sameSourceOn(0, 1); got != tc.want {
			t.Errorf("sameSourceOn against %q = %v, want %v", tc.b, got, tc.want)
		}
	}
}

// TestPrecisionTrailingClause: a clause one claim adds at its end after a
// comma names people of another moment; a list going on after a comma
// still names more people of the same one.
func TestPrecisionTrailingClause(t *testing.T) {
	const a = "وكان في توديعه عند مغادرته قاعدة الملك عبدالعزيز الجوية قائد القوات الجوية الفريق سالم العنزي وقائد المنطقة الشرقية اللواء ناصر الدوسري وعدد من كبار الضباط."
	build := func(t *testing.T, x, y *claim.Claim) {
		for _, c := range []*claim.Claim{x, y} {
			person(t, c, "الفريق سالم العنزي", "سالم العنزي", "p-anazi")
			person(t, c, "اللواء ناصر الدوسري", "ناصر الدوسري", "p-dosari")
		}
		person(t, y, "مستشار الوزير الأستاذ فهد الشمري", "فهد الشمري", "p-shammari")
	}
	runCompare(t, []compareCase{
		{
			name:    "who came on the visit, told after a comma",
			a:       a,
			b:       "وكان في توديعه عند مغادرته قاعدة الملك عبدالعزيز الجوية قائد القوات الجوية الفريق سالم العنزي وقائد المنطقة الشرقية اللواء ناصر الدوسري وعدد من كبار الضباط، رافق سمو وزير الدفاع خلال جولته مستشار الوزير الأستاذ فهد الشمري.",
			build:   build,
			notWant: []string{TypeParticipants},
		},
		{
			name:  "the list of those who saw him off going on after a comma",
			a:     a,
			b:     "وكان في توديعه عند مغادرته قاعدة الملك عبدالعزيز الجوية قائد القوات الجوية الفريق سالم العنزي وقائد المنطقة الشرقية اللواء ناصر الدوسري وعدد من كبار الضباط، ومستشار الوزير الأستاذ فهد الشمري.",
			build: build,
			want:  []string{TypeParticipants},
		},
	})
}

// TestPrecisionEntitySlots: between aligned news sentences, two subjects
// are two statements and a participle of speech is no name; another person
// in an object's place is still another entity.
func TestPrecisionEntitySlots(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "two princes each counting the listing an achievement",
			a:    "عد صاحب السمو الملكي الأمير ماجد بن فهد إدراج واحة الأحساء في قائمة المواقع التراثية لدى المنظمة الدولية مكسبا يؤكد عراقة المنطقة وتاريخها",
			b:    "وعد صاحب السمو الملكي الأمير نايف بن سعد إدراج واحة الأحساء في قائمة المواقع التراثية لدى المنظمة الدولية مكسبا يؤكد عراقة المنطقة وتاريخها",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "الأمير ماجد بن فهد", "ماجد بن فهد", "p-majid")
				person(t, b, "الأمير نايف بن سعد", "نايف بن سعد", "p-naif")
			},
			opts:    aligned,
			notWant: []string{TypeEntity},
		},
		{
			name: "participles of speech read as names",
			a:    `وتابع مستطردا "من المنتظر أن تعود الرحلات المباشرة بين البلدين بعد توقيع اتفاقية النقل الجوي الجديدة"`,
			b:    `وتابع موضحا: «من المنتظر أن تعود الرحلات المباشرة بين البلدين بعد توقيع اتفاقية النقل الجوي الجديدة»`,
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "مستطردا", "مستطردا", "p-x")
				person(t, b, "موضحا", "موضحا", "p-y")
			},
			notWant: []string{TypeEntity},
		},
	})
}

// TestSubjectOf: the first person right after the opening verb or a verb
// of speech acts or speaks; one after a noun is its complement.
func TestSubjectOf(t *testing.T) {
	other := mk("b", "وأشاد المجلس بقرار المنظمة الدولية إدراج الواحة في قائمة المواقع التراثية")
	for _, tc := range []struct {
		text, mention string
		want          bool
	}{
		{"عد صاحب السمو الملكي الأمير ماجد بن فهد القرار مكسبا يؤكد عراقة المنطقة", "الأمير ماجد بن فهد", true},
		{"إلى ذلك أكد وليد الزهراني أن الألعاب النارية آمنة على الجمهور", "وليد الزهراني", true},
		{"أجلت محاكمة الوزير السابق كمال حداد المتهم بالفساد إلى الشهر المقبل", "الوزير السابق كمال حداد", false},
		{"شاكرا للأمير بندر بن خالد اختيار أبها لاستضافة الملتقى", "بندر بن خالد", false},
	} {
		a := mk("a", tc.text)
		person(t, a, tc.mention, tc.mention, "p-x")
		p := newPair(newClaimCache(a), newClaimCache(other), Words(a, other), aligned)
		if got := p.subjectOf(0, a.Entities[0]); got != tc.want {
			t.Errorf("subjectOf(%q) in %q = %v, want %v", tc.mention, tc.text, got, tc.want)
		}
	}
}

// TestPrecisionScheduleAndCodes: the times of a schedule pair with the
// other's only by guess, and a code names rather than counts; one time of
// day against another still conflicts.
func TestPrecisionScheduleAndCodes(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a schedule of two sessions against the same in words",
			a:       "ويتضمن الملتقى ندوات للشباب من 4 إلى 6 مساء ودورات تدريبية من 7 إلى 10 مساء طوال أيام الملتقى الثلاثة في قاعة المؤتمرات",
			b:       "ويتضمن الملتقى ندوات للشباب من الرابعة إلى السادسة مساء ودورات تدريبية من السابعة إلى 9.30 مساء طوال أيام الملتقى الثلاثة في قاعة المؤتمرات",
			notWant: []string{TypeNumber},
		},
		{
			name:    "two codes of two services",
			a:       "وللاشتراك في الخدمة أرسل رسالة نصية إلى 88123 تبدأ بالرمز 217 ثم اسم المدينة",
			b:       "وللاشتراك في الخدمة أرسل رسالة نصية إلى 88123 تبدأ بالرمز 123 ثم اسم المدينة",
			notWant: []string{TypeNumber},
		},
		{
			name: "one time of day against another",
			a:    "ويبدأ حفل افتتاح الملتقى في قاعة المؤتمرات الكبرى عند 8 مساء بحضور عدد من المسؤولين والمدعوين",
			b:    "ويبدأ حفل افتتاح الملتقى في قاعة المؤتمرات الكبرى عند 9 مساء بحضور عدد من المسؤولين والمدعوين",
			want: []string{TypeNumber},
		},
	})
}

// TestPrecisionOtherRegion: one notice of two regions, and two days' index
// closes, are two facts; one region's notice with another date still
// conflicts.
func TestPrecisionOtherRegion(t *testing.T) {
	const tail = " ممثلة في إدارة شؤون الموظفين المتقدمين الجدد لمراجعة مقر الإدارة لاستكمال إجراءات التعيين ابتداء من يوم "
	build := func(da, db string) func(t *testing.T, a, b *claim.Claim) {
		return func(t *testing.T, a, b *claim.Claim) {
			date(t, a, da, "2025-07-2"+da[len(da)-1:], "on")
			date(t, b, db, "2025-07-2"+db[len(db)-1:], "on")
		}
	}
	runCompare(t, []compareCase{
		{
			name:    "two regions' notices of two days",
			a:       "دعت الإدارة العامة للصحة بمنطقة جازان" + tail + "الأحد 25",
			b:       "دعت الإدارة العامة للصحة بمنطقة الجوف" + tail + "الاثنين 26",
			build:   build("الأحد 25", "الاثنين 26"),
			opts:    aligned,
			notWant: []string{TypeDate},
		},
		{
			name:  "one region's notice of two days",
			a:     "دعت الإدارة العامة للصحة بمنطقة جازان" + tail + "الأحد 25",
			b:     "دعت الإدارة العامة للصحة بمنطقة جازان" + tail + "الاثنين 26",
			build: build("الأحد 25", "الاثنين 26"),
			opts:  aligned,
			want:  []string{TypeDate},
		},
		{
			name:    "two days' closes: another close and another direction",
			a:       "وانخفض مؤشر الأسهم الأوروبية الرئيسي عند الإغلاق 1.1 بالمئة إلى 1596.34 نقطة بعدما ارتفع إلى أعلى مستوياته في ستة أسابيع خلال الجلسة السابقة",
			b:       "وأغلق مؤشر الأسهم الأوروبية الرئيسي منخفضا 0.6 في المئة عند 1586.46 نقطة بعدما تراجع 1.1 في المئة في الجلسة السابقة",
			opts:    aligned,
			notWant: []string{TypePolarity},
		},
	})
}

// TestPrecisionTwoIncidents: one spokesman's two rescues in two sectors,
// the second told after "وأضاف", are two incidents, not two speakers of
// one.
func TestPrecisionTwoIncidents(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "two sectors' rescues",
			a:    "وأوضح النقيب سعد بن علي الشهري المتحدث الرسمي لحرس الحدود أن فرق البحث والإنقاذ في قطاع الوجه تلقت بلاغا عن غرق طفل في الشاطئ وتم إنقاذه ونقله للمستشفى",
			b:    "وأضاف: وفي اليوم نفسه تلقت فرق البحث والإنقاذ في قطاع أملج بلاغا عن غرق شاب في الشاطئ وتم إنقاذه ونقله للمستشفى",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "النقيب سعد بن علي الشهري", "سعد بن علي الشهري", "p-shehri")
				a.Speaker, a.SpeakerText = "p-shehri", "سعد بن علي الشهري"
				b.Speaker, b.SpeakerText = "p-other", "الزهراني"
			},
			opts:    aligned,
			notWant: []string{TypeAttribution},
		},
		{
			name:    "an interview's line with the pronoun joined to the verb",
			a:       `وتابع الوزير: «نحن لا نمول (تلك الجماعات) ولا نتعامل معها»`,
			b:       `نحن لا نمولها ولا نتعامل معها.`,
			notWant: []string{TypeQuote},
		},
	})
}

// TestPrecisionPlaceSlots: between aligned sentences, two places after
// other words stand in two slots, and a pronoun with or without its
// guarding nūn is one word; a place after the same word is still another
// place.
func TestPrecisionPlaceSlots(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "the partner of a deal against the speaker's country",
			a:    "مشددا على أنه رغم توقيع الاتفاق التجاري مع أنقرة فإن بلاده جادة في حماية صناعتها",
			b:    "وشدد الوزير على أن باريس جادة في حماية صناعتها",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "أنقرة", "e-ankara", "place")
				entity(t, b, "باريس", "e-paris", "place")
			},
			opts:    aligned,
			notWant: []string{TypeEntity},
		},
		{
			name:    "a pronoun with and without its guarding nūn",
			a:       "إذا لعبت في خط الوسط فإنني سأبذل كل جهدي لمساعدة الفريق",
			b:       "إذا لعبت في خط الوسط فإني سأبذل كل جهدي لمساعدة الفريق",
			notWant: []string{TypeEntity},
		},
		{
			name: "another capital after the same word",
			a:    "وصل الوزير أمس إلى أنقرة في زيارة رسمية يلتقي خلالها عددا من المسؤولين لبحث التعاون التجاري بين البلدين",
			b:    "وصل الوزير أمس إلى باريس في زيارة رسمية يلتقي خلالها عددا من المسؤولين لبحث التعاون التجاري بين البلدين",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "أنقرة", "e-ankara", "place")
				entity(t, b, "باريس", "e-paris", "place")
			},
			opts: aligned,
			want: []string{TypeEntity},
		},
	})
}

// TestPrecisionSeemAndRoleSpeaker: the perfect and the imperfect of "to
// seem" hedge alike; a speaker read from a role's complement is the role's
// holder.
func TestPrecisionSeemAndRoleSpeaker(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "seemed against seems",
			a:       "ودعي نحو مليوني ناخب للتصويت في الانتخابات البلدية، لكن الإقبال في العاصمة وغيرها من المدن بدا ضعيفا حتى مساء أمس",
			b:       "ودعي نحو مليوني ناخب للتصويت في الانتخابات البلدية، لكن الإقبال في العاصمة وغيرها من المدن يبدو ضعيفا",
			notWant: []string{TypeModality},
		},
		{
			name: "the emir of a region read as the region",
			a:    "وأشار إلى أن المنطقة تتميز بأجوائها المعتدلة ومواقعها الطبيعية الجميلة",
			b:    "وأوضح أمير جازان أن المنطقة تتميز بأجوائها المعتدلة ومواقعها الطبيعية الجميلة",
			build: func(t *testing.T, a, b *claim.Claim) {
				a.Speaker, a.SpeakerText = "p-emir", "محمد بن ناصر"
				b.Speaker, b.SpeakerText = "p-jazan", "جازان"
			},
			opts:    aligned,
			notWant: []string{TypeAttribution},
		},
	})
}

// TestPrecisionBothOppose: a refusal against the act the other side also
// sets itself against is no reversal; against the act reported plainly
// it still is.
func TestPrecisionBothOppose(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "to stop the spread against to confront the spread",
			a:       "وأعلنت الوزارة خطة وطنية جديدة تسعى للتصدي لانتشار المخدرات بين طلاب المدارس الثانوية",
			b:       "وأعلنت الوزارة خطة وطنية جديدة تهدف لإيقاف انتشار المخدرات بين طلاب المدارس الثانوية",
			notWant: []string{TypePolarity},
		},
		{
			name: "the visit cancelled against the visit made",
			a:    "وزير الخارجية يلغي زيارته إلى القاهرة",
			b:    "وزير الخارجية يزور القاهرة",
			want: []string{TypePolarity},
		},
	})
}

// TestPrecisionRoleCountSlot: between aligned sentences the plural and the
// singular of a role count only in one slot.
func TestPrecisionRoleCountSlot(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "the ministers who hoped against the minister he met",
			a:       "وأعرب الوزراء عن الأمل في تحسين العلاقات التجارية بين البلدين خلال الفترة المقبلة",
			b:       "وقال الرئيس الذي التقى وزير التجارة إنه يأمل في تحسين العلاقات التجارية بين البلدين خلال الفترة المقبلة",
			opts:    aligned,
			notWant: []string{TypeParticipants},
		},
		{
			name: "one minister met against two",
			a:    "والتقى الرئيس وزير التجارة لبحث تحسين العلاقات التجارية بين البلدين خلال الفترة المقبلة",
			b:    "والتقى الرئيس وزيري التجارة والصناعة لبحث تحسين العلاقات التجارية بين البلدين خلال الفترة المقبلة",
			opts: aligned,
			want: []string{TypeParticipants},
		},
	})
}

// TestPrecisionZeroFraction: the same digits with a stray separator before
// zeros are one figure; another fraction is another figure.
func TestPrecisionZeroFraction(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"3.00 متر", "300 متر", true},
		{"2.50 متر", "250 متر", false},
		{"12 متر", "120 متر", false},
	} {
		x := claim.Number{Text: tc.x, Value: printedValue(tc.x)}
		y := claim.Number{Text: tc.y, Value: printedValue(tc.y)}
		if got := separatorAlike(x, y); got != tc.want {
			t.Errorf("separatorAlike(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

// TestPrecisionRunOnSentence: a negation in the sentence one outlet ran
// before the other's whole sentence negates nothing the other says; a
// negation put into the shared sentence still does.
func TestPrecisionRunOnSentence(t *testing.T) {
	const b = "ويؤيد المواطن سالم الحربي الرأي السابق بأن هناك تفاوتا ملحوظا في أسعار الفنادق خلال الموسم"
	runCompare(t, []compareCase{
		{
			name:    "the other's sentence run on after a wish in the negative",
			a:       "وأوضح المواطن خالد العتيبي أنه يجب أن تكون هناك أسعار محددة ولا يكون هناك تفاوت في الأسعار حتى يتمكن الجميع من السفر، " + b,
			b:       b,
			notWant: []string{TypePolarity},
		},
		{
			name: "a negation put into the shared sentence",
			a:    "ولا يؤيد المواطن سالم الحربي الرأي السابق بأن هناك تفاوتا ملحوظا في أسعار الفنادق خلال الموسم",
			b:    b,
			want: []string{TypePolarity},
		},
	})
}

// TestPrecisionMannerName: a role's noun of manner read as a name names no
// one, whatever the claims' length.
func TestPrecisionMannerName(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "the deputy named against the president for the time being",
			a:    "وسيخلفه في منصبه كينجي ساتو، كما أن نائبه هيرو ناكامورا سيستقيل أيضا",
			b:    "وسيخلفه في منصبه كينجي ساتو الذي سيتولى منصب الرئيس بصورة مؤقتة",
			build: func(t *testing.T, a, b *claim.Claim) {
				s, e := at(t, a, "نائبه هيرو ناكامورا")
				a.Entities = append(a.Entities, claim.EntityRef{Start: s, End: e, Text: "نائبه هيرو ناكامورا", ID: "p-nakamura", Kind: "person", Role: "نائبه", Name: "هيرو ناكامورا"})
				s, e = at(t, b, "الرئيس بصورة")
				b.Entities = append(b.Entities, claim.EntityRef{Start: s, End: e, Text: "الرئيس بصورة", ID: "p-bsura", Kind: "person", Role: "الرئيس", Name: "بصورة"})
			},
			opts:    aligned,
			notWant: []string{TypeEntity},
		},
	})
}

// TestMannerName: a name opened by a noun of manner is none.
func TestMannerName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{{"بصورة", true}, {"بشكل مؤقت", true}, {"هيرو ناكامورا", false}} {
		if got := mannerName(claim.EntityRef{Kind: "person", Role: "الرئيس", Name: tc.name}); got != tc.want {
			t.Errorf("mannerName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
