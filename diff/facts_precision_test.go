package diff

import (
	"testing"
	"unicode"

	"github.com/claimdiff/claimdiff/claim"
)

// Readings of typed discrepancies between aligned claims of SaudiNewsNet
// (issue 14): each false reading is a pair that must not be reported,
// each real one a pair that must still be. Sentences are short news
// snippets, some shortened.

var aligned = Options{Aligned: true}

// person adds a person mention with its name part to c.
func person(t *testing.T, c *claim.Claim, sub, name, id string) {
	t.Helper()
	s, e := at(t, c, sub)
	c.Entities = append(c.Entities, claim.EntityRef{Start: s, End: e, Text: sub, ID: id, Kind: "person", Name: name})
}

func TestFactsCloseFact(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "two bombings told in one template are two facts",
			a:    "وأفاد مصدر أمني عراقي بمقتل شخص، وإصابة ثمانية آخرين بجروح متفاوتة، أثر تفجير عبوة ناسفة في منطقة الحسينية، شمالي بغداد.",
			b:    "وبيّن المصدر أن تفجيراً مماثلاً قرب سوق شعبية في منطقة سبع البور شمالي بغداد أدى إلى مقتل شخص واحد, وإصابة سبعة آخرين بجروح متفاوتة.",
			opts: aligned, notWant: []string{TypeNumber},
		},
		{
			name: "one bombing's toll told two ways is still a number",
			a:    "قالت وزارة الداخلية التركية في بيان أمس الاثنين إن انفجاراً في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل 30 شخصاً وإصابة نحو 100 يعالجون في مستشفيات محلية.",
			b:    "قالت وزارة الداخلية التركية في بيان اليوم الاثنين إن انفجارا في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل 27 شخصا وإصابة نحو 100 يعالجون في مستشفيات محلية",
			opts: aligned, want: []string{TypeNumber},
		},
		{
			name: "two short sentences of one column sharing a few words",
			a:    "هنا أستكمل ثلاث السمات الأخيرة من سمات التفكير الأيديولوجي.",
			b:    "الأيديولوجي هنا يحاول القضاء على التفكير الأخلاقي في الواقع.",
			opts: aligned, notWant: []string{TypeEntity, TypePolarity},
		},
		{
			name: "two index closes in short sentences are two facts",
			a:    "زاد المؤشر 0.3 في المئة إلى 8050 نقطة.",
			b:    "تراجع المؤشر 0.2 في المئة إلى 1332 نقطة.",
			opts: aligned, notWant: []string{TypeEntity, TypePolarity, TypeNumber},
		},
		{
			name: "a headline rewrite given as a pair is still read",
			a:    "الجزائر تقطع الإنترنت لمنع الغش في الثانوية العامة",
			b:    "مصر تقطع الإنترنت لمنع الغش في الثانوية العامة",
			build: func(t *testing.T, a, b *claim.Claim) {
				entity(t, a, "الجزائر", "e-dz", "place")
				entity(t, b, "مصر", "e-eg", "place")
			},
			want: []string{TypeEntity},
		},
	})
}

func TestFactsDurationsToldAlike(t *testing.T) {
	text := "ماركو روبيو (44 عاما): سناتور عن فلوريدا منذ 2011."
	runCompare(t, []compareCase{{
		name: "an age and a since-year given alike on both sides",
		a:    text, b: text,
		build: func(t *testing.T, a, b *claim.Claim) {
			date(t, a, "2011", "2011", "since")
			date(t, b, "2011", "2011", "since")
			a.EventDate, b.EventDate = "2015-07-20", "2015-07-20"
		},
		notWant: []string{TypeNumber},
	}})
}

func TestFactsListMarkers(t *testing.T) {
	runCompare(t, []compareCase{
		{name: "a list item's number", a: "2 - تطبيق «فيسبوك ميسنجر» Facebook Messenger", b: "1. تطبيق «فيسبوك ميسنجر» Facebook Messenger", notWant: []string{TypeNumber}},
		{name: "a figure opening a claim is still one", a: "30 قتيلا في انفجار بلدة سروج", b: "27 قتيلا في انفجار بلدة سروج", want: []string{TypeNumber}},
	})
}

func TestFactsPolarity(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a comment is no suspension",
			a:       "وفي أول تعليق على الترشيحات لرئاسة الفيفا أكد مصدر مقرب من بلاتيني أنه يدرس الترشح",
			b:       "أكد مصدر مقرب من بلاتيني أنه يدرس الترشح لرئاسة الفيفا",
			notWant: []string{TypePolarity},
		},
		{
			name:    "a purpose in the accusative is no refusal",
			a:       "وناشدت الأمانة المواطنين الالتزام بمسار التحويلة المرورية حرصًا على سلامة الجميع وتجنبًا لوقوع أي حوادث.",
			b:       "وناشدت الأمانة المواطنين الالتزام بمسار التحويلة المرورية حرصاً على سلامتهم.",
			notWant: []string{TypePolarity},
		},
		{
			name:    "a suspension is still one",
			a:       "أعلنت الوزارة تعليق الرحلات إلى المدينة",
			b:       "أعلنت الوزارة الرحلات إلى المدينة",
			want:    []string{TypePolarity},
			notWant: []string{TypeNumber},
		},
		{
			name:    "the teams and a club named Al-Wahda are no division and unity",
			a:       "وقدمت الفرق الحوالات البنكية للجنة الاحتراف",
			b:       "وقدمت الوحدة الحوالات البنكية للجنة الاحتراف",
			notWant: []string{TypePolarity},
		},
		{
			name:    "champions are no annulment",
			a:       "مؤكداً على حجم المسئولية الملقاة عليهم كأبطال للدوري",
			b:       "مؤكدا على حجم المسؤولية الملقاة عليهم بالتأهل لدوري جميل",
			notWant: []string{TypePolarity},
		},
		{
			name:    "one move told with its figure on both sides",
			a:       "وارتفع البلاديوم 1.7 في المائة إلى 614.75 دولار للأوقية بعدما نزل 3.4 في المائة إلى 593 دولارا للأوقية.",
			b:       "وتراجع البلاديوم 3.4 في المائة إلى 593 دولارًا للأوقية قبل أن يقلص خسائره ويصل إلى 606 دولارات.",
			notWant: []string{TypePolarity},
		},
		{
			name: "a rise against a fall of one figure is still opposite",
			a:    "وارتفع البلاديوم 1.7 في المائة إلى 614.75 دولار للأوقية",
			b:    "وتراجع البلاديوم 1.7 في المائة إلى 614.75 دولار للأوقية",
			want: []string{TypePolarity},
		},
	})
}

func TestFactsParticipants(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "a name with and without the father's name",
			a:    "من جهة أخرى قدم إبراهيم البلوي رئيس نادي الاتحاد الشكر للدكتور رائد خالد قرملي السفير السعودي في إيطاليا على حفاوة الاستقبال",
			b:    "من جهته قدم رئيس نادي الاتحاد ابراهيم البلوي شكره لسفير خادم الحرمين الشريفين في ايطاليا رائد قرملي على حفاوة الاستقبال",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "إبراهيم البلوي", "إبراهيم البلوي", "e-balawi")
				person(t, a, "للدكتور رائد خالد قرملي", "رائد خالد قرملي", "e-q1")
				person(t, b, "ابراهيم البلوي", "ابراهيم البلوي", "e-balawi")
			},
			notWant: []string{TypeParticipants},
		},
		{
			name:    "the adjective main is no pair of presidents",
			a:       "وفي رسالة تستهدف بشكل رئيسي الأصوات المتشككة في الكونغرس شدد الاجتماع على أنه لا يوجد حل أفضل",
			b:       "وفي رسالة تستهدف بشكل رئيس الأصوات المتشككة في الكونغرس شدد الاجتماع على أنه لا يوجد حل أفضل",
			notWant: []string{TypeParticipants},
		},
		{
			name:    "a president in the accusative is one",
			a:       "وانتخب المجلس الرئيس السابق للجنة أمس",
			b:       "وانتخب المجلس رئيسا للجنة أمس",
			notWant: []string{TypeParticipants},
		},
		{
			name:    "princes beside a named prince are others",
			a:       "بحضور الأمير تركي الفيصل رئيس مجلس إدارة المركز وعدد من الأمراء",
			b:       "في حضور رئيس مجلس إدارة المركز الأمير تركي الفيصل",
			notWant: []string{TypeParticipants},
		},
		{
			name: "two ministers against one is still participants",
			a:    "التقى الرئيس وزيري الخارجية والدفاع",
			b:    "التقى الرئيس وزير الخارجية",
			want: []string{TypeParticipants},
		},
		{
			name: "aligned news sentences sharing one person only",
			a:    "أصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أمراً ملكياً بتعيين وترقية 25 قاضياً بديوان المظالم على مختلف الدرجات",
			b:    "كما أصدر الأمير أمراً ملكياً بتعيين وترقية 25 قاضياً بديوان المظالم على مختلف الدرجات القضائية بحضور الوزير سعد العتيبي",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "الملك سلمان بن عبدالعزيز آل سعود", "سلمان بن عبدالعزيز آل سعود", "e-salman")
				person(t, b, "الأمير", "", "e-salman")
				person(t, b, "الوزير سعد العتيبي", "سعد العتيبي", "e-otaibi")
			},
			opts: aligned, notWant: []string{TypeParticipants},
		},
	})
}

func TestFactsEntities(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "a name against a role alone between news sentences",
			a:    "وتمكنت القوات الموالية للرئيس هادي بدعم من طائرات التحالف من استعادة السيطرة على معظم المدينة",
			b:    "وتمكنت القوات الموالية للرئيس المنفي بدعم من طائرات التحالف من استعادة السيطرة على معظم أحياء المدينة",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "للرئيس هادي", "هادي", "e-hadi")
				s, e := at(t, b, "للرئيس المنفي")
				b.Entities = append(b.Entities, claim.EntityRef{Start: s, End: e, Text: "للرئيس المنفي", ID: "e-role", Kind: "person", Role: "الرئيس المنفي"})
			},
			notWant: []string{TypeEntity},
		},
		{
			name: "two titles before the same name",
			a:    "وقال الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي لوكالة فرانس برس إن مقاتلي المقاومة نجحوا في السيطرة على معظم حي التواهي ومنشآته الحيوية",
			b:    "وقال المتحدث باسم قيادة المقاومة علي الأحمدي في تصريحات صحفية إن مقاتلي المقاومة نجحوا في السيطرة على معظم حي التواهي ومنشآته الحيوية",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "الناطق باسم مجلس قيادة", "مجلس قيادة", "e-x1")
				person(t, b, "المتحدث باسم قيادة المقاومة", "قيادة المقاومة", "e-x2")
			},
			notWant: []string{TypeEntity},
		},
		{
			name: "a foreign g written two ways",
			a:    "وقال فان جال للإعلاميين إنه ليس قلقا من قلة المهاجمين",
			b:    "وقال فان غال للإعلاميين إنه ليس قلقا من قلة المهاجمين",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "فان جال", "فان جال", "e-g1")
				person(t, b, "فان غال", "فان غال", "e-g2")
			},
			notWant: []string{TypeEntity},
		},
		{name: "عبد spaced and joined", a: "وضمت البعثة ياسر المسيليم ومحمد عبد الشافي وأحمد الرحيلي", b: "وضمت البعثة ياسر المسيليم ومحمد عبدالشافي وأحمد الرحيلي", notWant: []string{TypeEntity}},
		{name: "an honorific pronoun for the name", a: "وعبر معاليه عن استغرابه من التناقض الظاهر في تصريحات الرئيس", b: "وعبر الزياني عن استغرابه من التناقض الظاهر في تصريحات الرئيس", notWant: []string{TypeEntity}},
		{
			name: "one agency in translation and transliterated",
			a:    "وردا على أسئلة وكالة الصحافة الفرنسية قال مسؤول عسكري إنه على علم بالحادث",
			b:    "وردا على أسئلة وكالة فرانس برس قال مسؤول عسكري إنه على علم بالحادث",
			build: func(t *testing.T, a, b *claim.Claim) {
				s, e := at(t, a, "وكالة الصحافة الفرنسية")
				a.Entities = append(a.Entities, claim.EntityRef{Start: s, End: e, Text: "وكالة الصحافة الفرنسية", ID: "o-afp", Kind: "outlet", Name: "الصحافة الفرنسية"})
				s, e = at(t, b, "وكالة فرانس برس")
				b.Entities = append(b.Entities, claim.EntityRef{Start: s, End: e, Text: "وكالة فرانس برس", ID: "o-afp", Kind: "outlet", Name: "فرانس برس"})
			},
			notWant: []string{TypeEntity},
		},
	})
}

func TestFactsNegationRestated(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "أن لا against the fused ألا",
			a:       "وبذلك يتضح للغاشمين جليا ألا مكان للمخربين في هذا الوطن",
			b:       "وبذلك يتضح للغاشمين جلياً بأن لا مكان للمخربين في هذا الوطن",
			notWant: []string{TypePolarity},
		},
		{
			name:    "لم against عدم",
			a:       "موضحا أن الأندية التي عليها شكاوى ولم تقدم الحوالات المصرفية هي نجران والوحدة",
			b:       "موضحا أن الأندية التي عليها شكاوى بالإضافة لعدم تقديمها الحوالات البنكية هي نجران والوحدة",
			notWant: []string{TypePolarity},
		},
		{
			name:    "دون against دونا عن",
			a:       "وتراجعت حدة الحساسية بشكل كبير لدى المجموعة التي تمارس التمارين دون المرضى الآخرين",
			b:       "وتراجعت حدة الحساسية بشكل كبير لدى المجموعة التي تمارس التمارين دونا عن المرضى الآخرين",
			notWant: []string{TypePolarity},
		},
		{
			name: "a negation against the plain verb is still one",
			a:    "وحضر نظيف ونجلاه جلسة النطق بالحكم اليوم",
			b:    "ولم يحضر نظيف ونجلاه جلسة النطق بالحكم اليوم",
			want: []string{TypePolarity},
		},
		{
			name:    "an aligned fragment is no fact",
			a:       "وأفاد بأنه أبلغ شركة المياه قبل تضخم الأزمة ولكن دون تجاوب",
			b:       "تم التجاوب",
			opts:    aligned,
			notWant: []string{TypePolarity},
		},
		{
			name:    "aligned news sentences whose extra clause holds the negation",
			a:       "وأكدت السفارة اليوم في تغريدة عبر حسابها بموقع تويتر أن هناك عصابات تستخدم الإنترنت للاحتيال على المواطنين وتختفي بعد استلام المبالغ دون أن تترك أثرا",
			b:       "وأكدت السفارة اليوم في تحذير أن هناك عصابات تستخدم الإنترنت للاحتيال على المواطنين ويمكن الرجوع إليها للتأكد من صحة العروض المقدمة",
			opts:    aligned,
			notWant: []string{TypePolarity},
		},
	})
}

func TestFactsOrdinalHead(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "an edition and a day are not one rank",
			a:       "وضمن فعاليات النسخة الثانية من المهرجان عرضت المسرحية في المنطقة التاريخية",
			b:       "وضمن فعاليات المهرجان عرضت المسرحية حتى رابع أيام العيد في المنطقة التاريخية",
			notWant: []string{TypePolarity},
		},
		{
			name: "one batch ranked two ways",
			a:    "وصلت الدفعة الثانية من المساعدات إلى المدينة",
			b:    "وصلت الدفعة الثالثة من المساعدات إلى المدينة",
			want: []string{TypePolarity},
		},
	})
}

func TestFactsAlignedFigures(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "two indices' closes in a round-up",
			a:       "زاد المؤشر 0.3 في المئة إلى 8050 نقطة.",
			b:       "صعد المؤشر 0.3 في المئة إلى 6591 نقطة.",
			opts:    aligned,
			notWant: []string{TypeNumber},
		},
		{
			name:    "a price at one hour against yesterday's",
			a:       "وبحلول الساعة 0608 بتوقيت جرينتش تراجع الذهب في المعاملات الفورية 0.3 بالمئة إلى 1146.38 دولار للأوقية مقتربا من أقل مستوى بلغه",
			b:       "وبلغ سعر الذهب في المعاملات الفورية 1104.50 دولار للأوقية أمس مقتربا من أقل مستوى بلغه منذ خمس سنوات في السوق",
			opts:    aligned,
			notWant: []string{TypeNumber},
		},
		{
			name: "one loan misreported beside the figures both give",
			a:    "لافتا النظر إلى أن الصندوق قدم خلال العام الماضي قروضا بقيمة 4.6 مليون دولار (17.3 مليار ريال) متراجعة بنسبة 15.7 في المائة مقارنة بالعام الذي سبقه",
			b:    "لافتا النظر إلى أن الصندوق قدم خلال العام الماضي قروضا بقيمة 17.3 مليار ريال (4.6 مليار دولار) متراجعة بنسبة 15.7 في المائة مقارنة بالعام الذي سبقه",
			opts: aligned,
			want: []string{TypeNumber},
		},
	})
}

func TestFactsSpellings(t *testing.T) {
	runCompare(t, []compareCase{
		{name: "g written ج and غ", a: "وهناك أكثر من 1100 طائرة بوينج 777 في الخدمة حاليا حول العالم", b: "وهناك أكثر من 1100 طائرة بوينغ 777 في الخدمة حاليا حول العالم", notWant: []string{TypeEntity}},
		{name: "ن before ب written م", a: "ويرى بلان أن اسطمبولي، 24 عاما، اللاعب الذي بإمكانه أن يلعب دور المساند للإيطالي تياغو موتا", b: "ويرى بلان باسطنبولي (24 عاما) اللاعب الذي بإمكانه ان يلعب دور المساند للايطالي تياغو موتا", notWant: []string{TypeEntity}},
	})
}

func TestFactsPlaceNisbas(t *testing.T) {
	runCompare(t, []compareCase{
		{name: "two nisbas of one party", a: "أعلنت الحكومة الأميركية أمس أنها فرضت عقوبات على ثلاثة من زعماء حزب الله اللبناني ورجل أعمال في لبنان قائلة إنهم يقومون بدور بارز في العمليات العسكرية للجماعة في سوريا", b: "أعلنت الحكومة الأميركية أمس أنها فرضت عقوبات على ثلاثة من زعماء حزب الله الشيعية ورجل أعمال في لبنان قائلة إنهم يقومون بدور بارز في العمليات العسكرية للجماعة في سوريا", notWant: []string{TypeEntity}},
		{name: "normal and natural", a: "ارتفعت الأسهم الأوروبية اليوم لأعلى مستوياتها في ستة أسابيع حيث بدأت اليونان في العودة إلى الأوضاع العادية بعد أسابيع من إغلاق البنوك والبورصة", b: "ارتفعت الأسهم الأوروبية اليوم لأعلى مستوياتها في ستة أسابيع حيث بدأت اليونان في العودة إلى الأوضاع الطبيعية بعد أسابيع من إغلاق البنوك والبورصة", notWant: []string{TypeEntity}},
		{name: "two countries' nisbas are two things", a: "وصلت إلى ميناء جدة الإسلامي أمس سفينة صينية محملة بآلاف الأطنان من القمح المستورد لصالح المؤسسة العامة للحبوب في المملكة", b: "وصلت إلى ميناء جدة الإسلامي أمس سفينة يابانية محملة بآلاف الأطنان من القمح المستورد لصالح المؤسسة العامة للحبوب في المملكة", want: []string{TypeEntity}},
	})
}

func TestFactsRound3(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name: "one relative year told alike, read against two publication years",
			a:    "وتأمل الحكومة في تحقيق عائدات سنوية إضافية بقيمة 2.4 مليار يورو اعتبارا من العام 2016 و795 مليون يورو هذه السنة",
			b:    "وتأمل الحكومة في تحقيق عائدات سنوية إضافية بقيمة 2,4 مليار يورو اعتبارا من العام 2016 و795 مليون يورو هذه السنة",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "هذه السنة", "2015", "on")
				date(t, b, "العام 2016", "2016", "on")
				date(t, b, "هذه السنة", "2010", "on")
			},
			notWant: []string{TypeDate},
		},
		{
			name:    "a figure cut, not rounded",
			a:       "مؤكدا أن المسدد من القروض العام الماضي بلغ 70 مليون دولار (265.2 مليون ريال) مرتفعا بنسبة 36.2 في المائة",
			b:       "مؤكدا أن المسدد من القروض العام الماضي بلغ 265.2 مليون ريال (70.7 مليون دولار) مرتفعا بنسبة 36.2 في المائة",
			notWant: []string{TypeNumber},
		},
		{
			name:    "قد before a perfect verb affirms",
			a:       "كما أنقذت الفرق عددا من الأشخاص قد تعرضوا للإجهاد أثناء ممارستهم للسباحة بشاطئ نصف القمر وتم إنقاذهم إلى الشاطئ",
			b:       "كما أنقذت فرق البحث والإنقاذ عددا من الأشخاص إثر تعرضهم للإجهاد أثناء ممارستهم السباحة بشاطئ نصف القمر وتم إنقاذهم",
			notWant: []string{TypeModality},
		},
		{
			name:    "قد before a perfect of تفاعل affirms",
			a:       "وأوضح المتحدث أن الفرق قد تواجدت في الموقع منذ الصباح الباكر لمتابعة أعمال الإطفاء والإنقاذ في الحي",
			b:       "وأوضح المتحدث أن الفرق حضرت إلى الموقع منذ الصباح الباكر لمتابعة أعمال الإطفاء والإنقاذ في الحي",
			notWant: []string{TypeModality},
		},
		{
			name: "قد before an imperfect still hedges",
			a:    "وأوضح المتحدث أن الفرق قد تتواجد في الموقع منذ الصباح الباكر لمتابعة أعمال الإطفاء والإنقاذ في الحي",
			b:    "وأوضح المتحدث أن الفرق تواجدت في الموقع منذ الصباح الباكر لمتابعة أعمال الإطفاء والإنقاذ في الحي",
			want: []string{TypeModality},
		},
		{
			name: "a given name and the family name after both mentions",
			a:    "وقال بدر محمد باسلمه للصحافيين في المطار إنها بداية العمليات في المطار الذي استعادته الأسبوع الماضي القوات الموالية للحكومة بعد معارك عنيفة",
			b:    "وأعلن وزير النقل اليمني بدر باسلمه للصحفيين في المطار إنها بداية العمليات في المطار الذي استعادته الأسبوع الماضي القوات الموالية للحكومة بعد معارك",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "بدر محمد", "بدر محمد", "e-b1")
				person(t, b, "وزير النقل اليمني بدر", "بدر", "e-b2")
			},
			notWant: []string{TypeEntity},
		},
		{
			name:    "a support level against a price of another day",
			a:       "وتراجع الذهب في السوق الفورية 1.5 في المئة إلى 1116.43 دولار للأوقية بحلول الساعة 0711 بتوقيت جرينتش ليعاود الصعود فوق مستوى الدعم عند 1100 دولار",
			b:       "وبلغ سعر الذهب في السوق الفورية 1104.50 دولار للأوقية أمس",
			opts:    aligned,
			notWant: []string{TypeNumber},
		},
	})
}

// TestSameTitledName: a given name after the same two words on both sides
// is one person; two princes of one given name after other words are two.
func TestSameTitledName(t *testing.T) {
	tests := []struct {
		name, a, b, mention, given string
		want                       bool
	}{
		{"one minister named in full and short",
			"وجه وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ صالح آل الشيخ بتوزيع الموسوعة",
			"وجه وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ صالح بن عبدالعزيز بن محمد آل الشيخ بتوزيع الموسوعة",
			"الشيخ صالح بن عبدالعزيز بن", "صالح بن عبدالعزيز", true},
		{"two princes of one given name",
			"حضر الاستقبال الأمير محمد بن نايف ولي العهد",
			"حضر الاستقبال ولي العهد والأمير محمد بن سلمان ولي ولي العهد",
			"والأمير محمد بن سلمان", "محمد بن سلمان", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mk("a", tt.a), mk("b", tt.b)
			s, e := at(t, b, tt.mention)
			m := claim.EntityRef{Start: s, End: e, Text: tt.mention, Kind: "person", Name: tt.given}
			p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
			if got := p.sameTitledName(1, m); got != tt.want {
				t.Errorf("sameTitledName = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFactsRound4(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "may be sentenced against can serve",
			a:       "وفي حال إدانة المتهم ستبدأ مرحلة جديدة وقد يحكم عليه بالسجن حتى 30 عاما ويقضي عقوبته في السنغال أو أي بلد آخر عضو في الاتحاد الأفريقي",
			b:       "وفي حال صدور الحكم فإن حبري الذي يواجه حكما يصل إلى السجن 30 عاما يمكن أن يقضي عقوبته في السنغال أو في بلد آخر عضو في الاتحاد الأفريقي",
			notWant: []string{TypeModality},
		},
		{
			name: "the subject named against the subject in the verb",
			a:    "ورفع مدير الجامعتين المكلف الدكتور عبدالرحمن اليوبي الشكر والتقدير لمعالي وزير التعليم ومعالي وزير الصحة على الدعم اللا محدود للتعاون بين القطاعين",
			b:    "وقدم شكره وتقديره لمعالي وزير التعليم ومعالي وزير الصحة على الدعم اللا محدود الذي يوليانه لدعم التعاون بين القطاعين",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "مدير الجامعتين المكلف الدكتور عبدالرحمن اليوبي", "عبدالرحمن اليوبي", "p-yubi")
				for _, c := range []*claim.Claim{a, b} {
					s, e := at(t, c, "وزير التعليم")
					c.Entities = append(c.Entities, claim.EntityRef{Start: s, End: e, Text: "وزير التعليم", ID: "r-edu", Kind: "role"})
					s, e = at(t, c, "وزير الصحة")
					c.Entities = append(c.Entities, claim.EntityRef{Start: s, End: e, Text: "وزير الصحة", ID: "r-health", Kind: "role"})
				}
			},
			notWant: []string{TypeParticipants},
		},
		{
			// Those the verb's object thanks ("لوكيل …") and a common word
			// read as a name ("الشكر") are no subject of the other claim.
			name: "the subject named against the subject in the verb, the other's objects named early",
			a:    "كما توجه الدكتور سالم الحربي بالشكر والتقدير لوكيل وزارة التعليم الدكتور ناصر القحطاني على جهوده في إعداد الاتفاقيتين",
			b:    "ووجه الشكر والتقدير لوكيل وزارة التعليم، الدكتور ناصر القحطاني، على جهوده في إعداد الاتفاقيتين",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "الدكتور سالم الحربي", "سالم الحربي", "p-harbi")
				person(t, b, "الشكر", "الشكر", "p-shukr")
				for _, c := range []*claim.Claim{a, b} {
					s, e := at(t, c, "وكيل وزارة التعليم")
					c.Entities = append(c.Entities, claim.EntityRef{Start: s, End: e, Text: "وكيل وزارة التعليم", ID: "r-deputy", Kind: "role", Role: "وكيل وزارة التعليم"})
					person(t, c, "الدكتور ناصر القحطاني", "ناصر القحطاني", "p-qahtani")
				}
			},
			notWant: []string{TypeParticipants},
		},
		{
			// The subject given by its titles before its name.
			name: "the subject named after its titles against the subject in the verb",
			a:    "من جهته، شكر أمين أبها ورئيس المجلس البلدي المهندس سعد الغامدي، رعاية الأمير فهد بن ناصر للملتقى، والأمير بندر بن خالد على اختيار أبها لاستضافة الملتقى الذي يمثل إضافة علمية للمنطقة وسكانها",
			b:    "شاكرا للأمير بندر بن خالد اختيار أمانة أبها لاستضافة الملتقى الذي يمثل إضافة علمية للمنطقة وسكانها",
			build: func(t *testing.T, a, b *claim.Claim) {
				s, e := at(t, a, "رئيس المجلس")
				a.Entities = append(a.Entities, claim.EntityRef{Start: s, End: e, Text: "رئيس المجلس", ID: "r-council", Kind: "person", Role: "رئيس المجلس"})
				person(t, a, "المهندس سعد الغامدي", "سعد الغامدي", "p-ghamdi")
				person(t, a, "الأمير فهد بن ناصر", "فهد بن ناصر", "p-fahd")
				for _, c := range []*claim.Claim{a, b} {
					person(t, c, "بندر بن خالد", "بندر بن خالد", "p-bandar")
				}
			},
			notWant: []string{TypeParticipants},
		},
		{
			// The same check must still see a subject the other claim
			// names early as someone else.
			name: "another subject named early is still another participant",
			a:    "كما توجه الدكتور سالم الحربي بالشكر والتقدير لوكيل وزارة التعليم الدكتور ناصر القحطاني على جهوده في إعداد الاتفاقيتين",
			b:    "ووجه الدكتور خالد العمري الشكر والتقدير لوكيل وزارة التعليم الدكتور ناصر القحطاني على جهوده في إعداد الاتفاقيتين",
			build: func(t *testing.T, a, b *claim.Claim) {
				person(t, a, "الدكتور سالم الحربي", "سالم الحربي", "p-harbi")
				person(t, b, "الدكتور خالد العمري", "خالد العمري", "p-omari")
				for _, c := range []*claim.Claim{a, b} {
					person(t, c, "الدكتور ناصر القحطاني", "ناصر القحطاني", "p-qahtani")
				}
			},
			want: []string{TypeParticipants},
		},
		{
			name:    "the learned gate does not read aligned sentences",
			a:       "ودعا السهلي المواطنين إلى الابتعاد عن مناطق الحوادث لتتمكن الفرق الإسعافية من أداء مهماتها.",
			b:       "ودعا السهلي المواطنين إلى الابتعاد عن مناطق الحوادث لتتمكن الفرق الإسعافية من أداء مهامها.",
			opts:    aligned,
			notWant: []string{TypeEntity},
		},
		{
			name:    "against one thing and support of another in two clauses",
			a:       "أعلنت القوات المسلحة الإماراتية عن استشهاد أحد عناصرها أثناء تأديته الواجب ضمن القوات المشاركة في عملية إعادة الأمل في إطار التحالف العربي الذي تقوده المملكة وذلك في الحرب ضد المتمردين الحوثيين",
			b:       "أعلنت القوات المسلحة الإماراتية عن استشهاد أحد عناصرها أثناء تأديته الواجب ضمن القوات المشاركة في عملية إعادة الأمل في إطار التحالف العربي الذي تقوده المملكة لنصرة اليمن الشقيق ودعمها للشرعية",
			notWant: []string{TypePolarity},
		},
		{
			name:    "a duration against a since-year of another study",
			a:       "رصد المعهد الاتحادي لأبحاث السكان في ألمانيا تراجعا في رغبة المواطنين الألمان للزواج مرة ثانية بعد الانفصال مقارنة بما كانت عليه منذ 25 عاما.",
			b:       "وأشارت المؤسسة إلى أن تراجعا في عدد السكان في ألمانيا بنسبة 8ر1% او بمقدار 3ر1 مليون منذ 2013 يجب وضعه في الاعتبار عند قراءة نتائج الدراسة.",
			opts:    Options{Aligned: true, Published: func(string) string { return "2015-07-20" }},
			build:   func(t *testing.T, a, b *claim.Claim) { date(t, b, "2013", "2013", "since") },
			notWant: []string{TypeNumber},
		},
		{
			name:    "a stop negated is going on",
			a:       "وأوضح الرئيس التنفيذي للمهرجان أن الاستعدادات لمهرجان التمور لم تتوقف منذ شهر رجب الماضي في جميع لجان المهرجان",
			b:       "وأوضح الرئيس التنفيذي للمهرجان أن الاستعدادات لمهرجان التمور قائمة منذ شهر رجب الماضي في جميع لجان المهرجان",
			notWant: []string{TypePolarity},
		},
		{
			name:    "the other side hedges in words of its own",
			a:       "ومن المتوقع أن يصل الوفد إلى الرياض غدا ويرجح أن يلتقي الرئيس في قصر اليمامة",
			b:       "يصل الوفد إلى الرياض غدا ويرجح أن يلتقي الرئيس في قصر اليمامة",
			notWant: []string{TypeModality},
		},
		{
			name: "an outlet in Latin letters and transliterated",
			a:    "وظهر الهاتف في إحدى منشورات الدعاية في صورة صحفية تم تسريبها من موقع GSMArena مع تأكيد للمواصفات المسربة من قبل في الأسابيع الماضية",
			b:    "وظهر الهاتف في إحدى منشورات الدعاية بصورة صحفية تم تسريبها من موقع جي إس إم آرينا مع تأكيد للمواصفات المسربة من قبل في الأسابيع الماضية",
			build: func(t *testing.T, a, b *claim.Claim) {
				s, e := at(t, a, "موقع GSMArena")
				a.Entities = append(a.Entities, claim.EntityRef{Start: s, End: e, Text: "موقع GSMArena", ID: "o-gsm", Kind: "outlet", Name: "GSMArena"})
				s, e = at(t, b, "موقع جي إس إم آرينا")
				b.Entities = append(b.Entities, claim.EntityRef{Start: s, End: e, Text: "موقع جي إس إم آرينا", ID: "o-gsm-ar", Kind: "outlet", Name: "جي إس إم آرينا"})
			},
			notWant: []string{TypeEntity},
		},
	})
}

// TestTitledAsOther: a name after a run of titles that holds a role the
// other claim gives alone is that role's holder; a name after "و" and
// another role is another person.
func TestTitledAsOther(t *testing.T) {
	role := func(t *testing.T, c *claim.Claim) {
		s, e := at(t, c, "أمير منطقة عسير")
		c.Entities = append(c.Entities, claim.EntityRef{Start: s, End: e, Text: "أمير منطقة عسير", Kind: "person", Name: "منطقة عسير", Role: "أمير"})
	}
	tests := []struct {
		name, b, mention string
		want             bool
	}{
		{"the holder after a run of titles", "نيابة عن أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة صاحب السمو الملكي الأمير فيصل بن خالد يفتتح المحافظ المعرض", "الأمير فيصل بن خالد", true},
		{"another person joined by و", "نيابة عن أمير منطقة عسير يفتتح المحافظ المعرض ووزير الثقافة عادل الطريفي", "عادل الطريفي", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mk("a", "نيابة عن أمير منطقة عسير يفتتح المحافظ المعرض"), mk("b", tt.b)
			role(t, a)
			role(t, b)
			s, e := at(t, b, tt.mention)
			m := claim.EntityRef{Start: s, End: e, Text: tt.mention, Kind: "person", Name: tt.mention}
			b.Entities = append(b.Entities, m)
			p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
			if got := p.titledAsOther(1, m); got != tt.want {
				t.Errorf("titledAsOther = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestHonorificOnlyMention: a mention of titles of address alone names
// no one.
func TestHonorificOnlyMention(t *testing.T) {
	for _, m := range []string{"السمو", "صاحب السمو الملكي", "معالي"} {
		if ws := nameWords(m); len(ws) != 0 {
			t.Errorf("nameWords(%q) = %q, want none", m, ws)
		}
	}
}

func TestFactsRound5(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "one refusal verb in two tenses, its subject between",
			a:       "نقلت وسائل إعلام هولندية عن المدافع الهولندي رون فلار قوله إنه سيغيب عن ملاعب كرة القدم مدة أربعة أشهر بعد خضوعه لعملية جراحية في الركبة",
			b:       "نقلت وسائل إعلام هولندية أن المدافع الهولندي رون فلار يغيب المدافع عن الملاعب مدة أربعة أشهر بعد خضوعه لعملية جراحية في الركبة",
			notWant: []string{TypePolarity},
		},
		{
			name: "a style sheet scraped with the article",
			a:    "#vote_area2 ul { padding: 0; margin: 0; } .box_vote { background: #FFFFFF; } منذ 1870",
			b:    "#vote_area2 ul { padding: 0; margin: 0; } .box_vote { background: #FFFFFF; } منذ 1878",
			build: func(t *testing.T, a, b *claim.Claim) {
				date(t, a, "1870", "1870", "on")
				date(t, b, "1878", "1878", "on")
			},
			opts:    aligned,
			notWant: []string{TypeNumber, TypeEntity, TypeParticipants, TypePolarity},
		},
	})
}

// TestDotSlip: one letter dotted otherwise in a long name is a slip; a
// short word or another letter is another word.
func TestDotSlip(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"عبدالعزير", "عبدالعزيز", true},
		{"عبدالرحمن", "عبدالرحيم", false},
		{"الحربي", "الحريي", false}, // six letters: too short to tell
		{"عبدالعزيز", "عبدالعزيز", false},
	} {
		if got := dotSlip(tt.x, tt.y); got != tt.want {
			t.Errorf("dotSlip(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

// proseRef is prose as first written, every rune read by unicode.IsLetter:
// the reference its ASCII shortcut must give the answer of.
func proseRef(text string) bool {
	ar, all := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		all++
		if r >= 0x0600 && r <= 0x06FF {
			ar++
		}
	}
	return all == 0 || 2*ar >= all
}

// TestProseMatchesRef holds prose to proseRef on Arabic, Latin, mixed,
// punctuation-only and invalid text.
func TestProseMatchesRef(t *testing.T) {
	for _, text := range []string{
		"", "123 456", "...", "ولدت في 1921", "Sarah Obama", "ab ولد", "abc ولد", "abcd ولد",
		"قال الرئيس (AFP) إن", "@[`{ ولد", "\xff\xfe ولد ab", "Ελλάδα ولد", "ÀÉÎ ولدت", "٣٫٥ بالمئة",
		"#vote_area2 ul { padding: 0; margin: 0; } .box_vote { zbackground: #FFFFFF; } ولدت في 1921",
	} {
		if got, want := prose(text), proseRef(text); got != want {
			t.Errorf("prose(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestProse: a style sheet scraped with an article is no prose.
func TestProse(t *testing.T) {
	if prose("#vote_area2 ul { padding: 0; margin: 0; } .box_vote { zbackground: #FFFFFF; } ولدت في 1921") {
		t.Error("a style sheet read as prose")
	}
	if !prose("ولدت سارة أوباما في سنة 1922 وهي الزوجة الثالثة لجد أوباما (Sarah Obama).") {
		t.Error("an Arabic sentence with a Latin name not read as prose")
	}
}

func TestFactsRound6(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a move at settlement against the move in the day",
			a:       "وقفز سعر برنت في عقود سبتمبر 75 سنتا إلى 57.38 دولار للبرميل بعدما انخفض 45 سنتا في تعاملات يوم الاثنين في لندن",
			b:       "وقفز سعر برنت في عقود سبتمبر عند التسوية 39 سنتا إلى 57.04 دولار للبرميل بعدما انخفض 45 سنتا في تعاملات يوم الاثنين في لندن",
			opts:    aligned,
			notWant: []string{TypeNumber},
		},
		{
			name:    "each index against its own",
			a:       "وفي أنحاء أوروبا نزل المؤشر فايننشال تايمز البريطاني 0.3 بالمئة عند الاغلاق بينما تراجع مؤشر داكس الألماني بنسبة 1.12 بالمئة",
			b:       "وفي أنحاء أوروبا انخفض المؤشر فايننشال تايمز البريطاني 0.3 بالمئة عند الاغلاق بينما تراجع مؤشر كاك الفرنسي 1.5 بالمئة",
			notWant: []string{TypeNumber},
		},
		{
			name:    "one stock's move against another's",
			a:       "وصعد سهم داماك العقارية 2.2 في المائة وسهم الاتحاد العقارية 5 في المائة في سوق دبي المالي أمس بحسب ما نقلته وكالة رويترز للأنباء",
			b:       "وصعد سهم الاتحاد العقارية 5 في المائة أمس الأول في سوق دبي المالي قبل أن ينخفض سهم الاتحاد العقارية 0.8 في المائة",
			notWant: []string{TypeNumber},
		},
		{
			name: "a role with a possessive names the same holder",
			a:    "ونقل ولي ولي العهد تحيات خادم الحرمين الشريفين القائد الأعلى لكافة القوات العسكرية وولي العهد الأمير محمد بن نايف وتهنئتهما لمنسوبي القوات المسلحة بعيد الفطر",
			b:    "ونقل ولي ولي العهد تحيات خادم الحرمين الشريفين القائد الأعلى لكافة القوات العسكرية وسمو ولي عهده الأمين وتهنئتهما لمنسوبي القوات المسلحة بعيد الفطر",
			build: func(t *testing.T, a, b *claim.Claim) {
				for _, c := range []*claim.Claim{a, b} {
					s, e := at(t, c, "خادم الحرمين الشريفين")
					c.Entities = append(c.Entities, claim.EntityRef{Start: s, End: e, Text: "خادم الحرمين الشريفين", ID: "p-king", Kind: "person", Name: "سلمان"})
				}
				s, e := at(t, a, "ولي العهد الأمير محمد بن نايف")
				a.Entities = append(a.Entities, claim.EntityRef{Start: s, End: e, Text: "ولي العهد الأمير محمد بن نايف", ID: "p-mbn", Kind: "person", Name: "محمد بن نايف", Role: "ولي العهد"})
			},
			notWant: []string{TypeParticipants},
		},
		{
			name:    "two recipes' lines",
			a:       "- ملعقة صغيرة من الفلفل الأحمر الحلو المطحون.",
			b:       "- ربع ملعقة صغيرة من الفلفل الأسود المطحون.",
			opts:    aligned,
			notWant: []string{TypeEntity},
		},
	})
}

// TestOtherLabel: a figure whose partner belongs to another label of its
// own claim is not held against it; one sum in two currencies is one.
func TestOtherLabel(t *testing.T) {
	tests := []struct {
		name, a, b string
		x, y       string
		want       bool
	}{
		{"another index's figure",
			"نزل المؤشر فايننشال تايمز البريطاني 0.3 بالمئة وتراجع مؤشر داكس الألماني بنسبة 1.12 بالمئة",
			"انخفض المؤشر فايننشال تايمز البريطاني 1.5 بالمئة وتراجع مؤشر داكس الألماني 0.7 بالمئة",
			"1.12", "1.5", true},
		{"one sum in riyals and dollars",
			"قدم الصندوق قروضا بقيمة 4.6 مليون دولار (17.3 مليار ريال) متراجعة",
			"قدم الصندوق قروضا بقيمة 17.3 مليار ريال (4.6 مليار دولار) متراجعة",
			"4.6", "4.6", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mk("a", tt.a), mk("b", tt.b)
			p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
			na, nb := p.cc[0].numbers(), p.cc[1].numbers()
			var x, y claim.Number
			for _, n := range na {
				if n.Text[:len(tt.x)] == tt.x {
					x = n
					break
				}
			}
			for _, n := range nb {
				if len(n.Text) >= len(tt.y) && n.Text[:len(tt.y)] == tt.y {
					y = n
				}
			}
			if got := p.otherLabel(x, y, na, nb); got != tt.want {
				t.Errorf("otherLabel(%q, %q) = %v, want %v", x.Text, y.Text, got, tt.want)
			}
		})
	}
}

// TestRoleOnOther: the role named with a person, in the other claim with
// or without a possessive, is the same holder; another role is not.
func TestRoleOnOther(t *testing.T) {
	a := mk("a", "ونقل تحيات خادم الحرمين الشريفين وولي العهد الأمير محمد بن نايف")
	s, e := at(t, a, "ولي العهد الأمير محمد بن نايف")
	m := claim.EntityRef{Start: s, End: e, Text: "ولي العهد الأمير محمد بن نايف", Kind: "person", Name: "محمد بن نايف", Role: "ولي العهد الأمير"}
	for _, tt := range []struct {
		b    string
		want bool
	}{
		{"ونقل تحيات خادم الحرمين الشريفين وسمو ولي عهده الأمين", true},
		{"ونقل تحيات خادم الحرمين الشريفين وولي العهد", true},
		{"ونقل تحيات خادم الحرمين الشريفين ووزير الداخلية", false},
	} {
		b := mk("b", tt.b)
		p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
		if got := p.roleOnOther(0, m); got != tt.want {
			t.Errorf("roleOnOther against %q = %v, want %v", tt.b, got, tt.want)
		}
	}
}

// TestOtherSession: a session of trading named on one side only.
func TestOtherSession(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"وقفز سعر برنت 75 سنتا إلى 57.38 دولار للبرميل", "وقفز سعر برنت عند التسوية 39 سنتا إلى 57.04 دولار للبرميل", true},
		{"وقفز سعر برنت عند التسوية 75 سنتا", "وقفز سعر برنت عند التسوية 39 سنتا", false},
		// A session word behind a clitic is the word.
		{"وارتفع المؤشر 0.3 بالمئة بحلول الظهر", "وارتفع المؤشر 0.5 بالمئة وبحلول الظهر", false},
		// Two sessions, each named on one side.
		{"وارتفع المؤشر 0.3 بالمئة عند الإغلاق", "وارتفع المؤشر 0.5 بالمئة عند الافتتاح", true},
		{"وارتفع المؤشر 0.3 بالمئة", "وارتفع المؤشر 0.5 بالمئة", false},
	} {
		a, b := mk("a", tt.a), mk("b", tt.b)
		p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
		if got := p.otherSession(); got != tt.want {
			t.Errorf("otherSession(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestDatesClose: aligned style sheets and two long sentences that share
// little have no dates compared; claims given as a pair always do.
func TestDatesClose(t *testing.T) {
	css := "#vote_area2 ul { padding: 0; margin: 0; } .box_vote { zbackground: #FFFFFF; } 1870"
	for _, tt := range []struct {
		a, b string
		opts Options
		want bool
	}{
		{css, css, aligned, false},
		{css, css, Options{}, true},
		{"ولدت سارة أوباما في 1921 وهي الزوجة الثالثة لجد أوباما", "ولدت سارة أوباما في سنة 1922", aligned, true},
	} {
		a, b := mk("a", tt.a), mk("b", tt.b)
		p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), tt.opts)
		if got := p.datesClose(); got != tt.want {
			t.Errorf("datesClose(%.30q, aligned %v) = %v, want %v", tt.a, tt.opts.Aligned, got, tt.want)
		}
	}
}

func TestFactsRound7(t *testing.T) {
	runCompare(t, []compareCase{{
		name:    "comments with the speaker between the verb and قائلا",
		a:       "ويوضح قائلا إنه من السهل على داعش تصدير النفط من المناطق التي يسيطر عليها في العراق وسوريا لأن الأمر يجري هناك بطرق معقدة",
		b:       "ويعلق الباحث عبد الله قائلا إنه من السهل على داعش تصدير النفط من المناطق التي يسيطر عليها في العراق وسوريا لأن الأمر يجري هناك بطرق معقدة",
		notWant: []string{TypePolarity},
	}})
}

// TestFactsSeveralFiguresDiffer: between aligned news sentences, two or
// more figures on each side that the other does not give are two readings
// of one template (a metal at two moments), not one figure misreported;
// one figure changed among shared ones still is (SaudiNewsNet).
func TestFactsSeveralFiguresDiffer(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a price and its move at two moments",
			a:       "وتراجع البلاديوم ما يصل إلى 3.4 في المائة إلى 593 دولارا للأوقية، مسجلا أدنى مستوياته منذ أكتوبر 2012 قبل أن يقلص خسائره ويصل إلى 605.25 دولارات متراجعا 1.4 في المائة.",
			b:       "وارتفع البلاديوم 1.7 في المائة إلى 614.75 دولار للأوقية بعدما نزل 3.4 في المائة إلى أدنى مستوى له منذ تشرين الأول (أكتوبر) 2012 عند 593 دولارا للأوقية.",
			opts:    aligned,
			notWant: []string{TypeNumber},
		},
		{
			name: "control: one share misprinted among shared figures",
			a:    "مشيرا إلى أن إجمالي تسديد القروض بلغ في العام الماضي 2.7 مليار ريال متراجعا بنسبة 75.9% مقارنة بالعام 2013م، في الوقت الذي بلغ فيه رصيد القروض القائمة بنهاية العام الماضي 90.4 مليار ريال بارتفاع بنسبة 17.3% مقارنة بالعام الذي سبقه.",
			b:    "مشيرا إلى أن إجمالي تسديد القروض بلغ في العام الماضي 2.7 مليار ريال متراجعا 5.9 % مقارنة بالعام 2013م، في الوقت الذي بلغ فيه رصيد القروض القائمة بنهاية العام الماضي 90.4 مليار ريال بارتفاع بنسبة 17.3 % مقارنة بالعام الذي سبقه.",
			opts: aligned,
			want: []string{TypeNumber},
		},
	})
}

// TestFactsRefusalAct: the act a refusal verb governs is the word right
// after a verbal noun that follows a preposition ("على وقف التدهور"), and
// never an institution that does the act ("أزالت بلدية جوف بني هاجر …
// الكثبان"): a word further on that the other claim shares is no act
// refused (SaudiNewsNet).
func TestFactsRefusalAct(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a verbal noun's object only the other side lacks",
			a:       "وأكد الوزير الأصبحي، في رسالة بعث بها لزيد رعد الحسين، مفوض الأمم المتحدة السامي لحقوق الإنسان، أهمية الزيارة التي سيقوم بها الوفد الأممي إلى محافظة عدن، مفيدا بأنها ستعمل على وقف التدهور الخطير لحقوق الإنسان.",
			b:       "وأكد الوزير الأصبحي، في رسالة بعثها لمفوض الأمم المتحدة السامي لحقوق الانسان زيد رعد الحسين، أهمية الزيارة التي سيقوم بها الوفد الأممي إلى محافظة عدن",
			notWant: []string{TypePolarity},
		},
		{
			name:    "the institution after the verb is its doer",
			a:       "فتحت بلدية جوف بني هاجر بالمنطقة الشرقية الطريق الرابط بين محافظة بقيق وعين دار بعد أن أغلقته الكثبان الرملية أمام حركة السير.",
			b:       "أزالت بلدية جوف بني هاجر التابعة لأمانة المنطقة الشرقية امس الكثبان الرملية الواقعة على الطريق الرابط بين محافظة بقيق وعين دار.",
			opts:    aligned,
			notWant: []string{TypePolarity},
		},
	})
}

// TestStrayQuoteMark: a mark that opens a quote never closed in the claim,
// with no speech before it, is a slip ("دراسة "تومسون رويترز: إلى أنه …"),
// not a quote to hold against the other claim's words; a quote left open
// after a speech verb still is one (SaudiNewsNet).
func TestStrayQuoteMark(t *testing.T) {
	runCompare(t, []compareCase{
		{
			name:    "a stray mark before a name",
			a:       "وتتوارى أرباح شركات الصناعات التحويلية خجلا أمام ديونها المتفاقمة، وقد توصلت دراسة \"تومسون رويترز: إلى أنه في عام 2010 بلغت ديون الشركات 2.8 مرة مثل أرباحها من الأنشطة الرئيسة.",
			b:       "وتوصلت دراسة تومسون رويترز إلى أنه في عام 2010 بلغت ديون الشركات 2.8 مرة مثل أرباحها من الأنشطة الرئيسية.",
			notWant: []string{TypeQuote},
		},
		{
			name: "control: a quote left open after its speaker",
			a:    "وقال سميردون “هذه أول سفينة يستأجرها برنامج الاغذية العالمي ترسو في الميناء منذ اندلاع الصراع في مارس.",
			b:    "وصلت إلى ميناء عدن اليوم سفينة لبرنامج الأغذية العالمي تحمل مساعدات غذائية، وهي أول سفينة تابعة للبرنامج ترسو في الميناء منذ مارس الماضي.",
			want: []string{TypeQuote},
		},
	})
}

// TestDroppedSubjectAfterTitles: the first name a claim gives after its
// subject's titles is its subject; a name after "و" opens another person.
func TestDroppedSubjectAfterTitles(t *testing.T) {
	b := mk("b", "شاكرا للأمير بندر بن خالد اختيار أمانة أبها لاستضافة الملتقى الذي يمثل إضافة علمية للمنطقة وسكانها")
	person(t, b, "بندر بن خالد", "بندر بن خالد", "p-bandar")
	for _, tc := range []struct {
		a, name string
		want    bool
	}{
		{"من جهته، شكر أمين أبها ورئيس المجلس البلدي المهندس سعد الغامدي الأمير بندر بن خالد على اختيار أبها لاستضافة الملتقى", "المهندس سعد الغامدي", true},
		{"من جهته، شكر رئيس المجلس البلدي خالد العلي والمهندس سعد الغامدي الأمير بندر بن خالد على اختيار أبها لاستضافة الملتقى", "المهندس سعد الغامدي", false},
	} {
		a := mk("a", tc.a)
		s, e := at(t, a, "رئيس المجلس")
		a.Entities = append(a.Entities, claim.EntityRef{Start: s, End: e, Text: "رئيس المجلس", ID: "r-council", Kind: "person", Role: "رئيس المجلس"})
		if !tc.want {
			person(t, a, "خالد العلي", "خالد العلي", "p-ali")
		}
		person(t, a, tc.name, "سعد الغامدي", "p-ghamdi")
		person(t, a, "بندر بن خالد", "بندر بن خالد", "p-bandar")
		p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
		x := a.Entities[len(a.Entities)-2]
		if got := p.droppedSubject(0, x); got != tc.want {
			t.Errorf("droppedSubject(%q) in %q = %v, want %v", tc.name, tc.a, got, tc.want)
		}
	}
}
