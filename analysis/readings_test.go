package analysis

import (
	"testing"

	"github.com/claimdiff/claimdiff/diff"
)

// TestNewsPairReadings compares pairs of real news sentences (SaudiNewsNet
// style, read through the whole claims stage: tokens, entities, numbers,
// speakers, quotes) and checks which discrepancy types come out. Each row
// is a case the 40-discrepancy readings of issue 14 found typed wrongly, or
// a control that must stay typed.
func TestNewsPairReadings(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		want    []string // types that must be reported
		notWant []string // types that must not
	}{
		{
			name:    "two telegrams of one template: another president and another country",
			a:       "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس خوان مانويل سانتوس رئيس جمهورية كولومبيا بمناسبة ذكرى استقلال بلاده.",
			b:       "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية بمناسبة ذكرى اليوم الوطني لبلاده.",
			notWant: []string{diff.TypeEntity, diff.TypeParticipants},
		},
		{
			name:    "two batches of aid: another rank and another count",
			a:       "وصلت أمس الدفعة الثالثة من المعونة الطبية الإغاثية الثانية إلى مدينة سيئون على متن 3 قاطرات قادمة من المملكة عبر منفذ الوديعة البري مقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية.",
			b:       "وصلت أمس الدفعة الثانية من المعونة الطبية الإغاثية الثانية إلى مدينة سيئون على متن خمس قاطرات قادمة من المملكة عبر منفذ الوديعة البري مقدمة من مركز الملك سلمان للإغاثة والأعمال الانسانية.",
			notWant: []string{diff.TypeNumber, diff.TypePolarity},
		},
		{
			name: "control: one figure misprinted in one account",
			a:    "لافتا النظر إلى أن الصندوق قدم خلال العام الماضي قروضا بقيمة 4.6 مليون دولار متراجعة بنسبة 15.7 في المائة مقارنة بالعام الذي سبقه.",
			b:    "لافتا النظر إلى أن الصندوق قدم خلال العام الماضي قروضا بقيمة 4.6 مليار دولار متراجعة بنسبة 15.7 في المائة مقارنة بالعام الذي سبقه.",
			want: []string{diff.TypeNumber},
		},
		{
			name:    "a figure rounded to fewer decimals",
			a:       "وفي المقابل سجل سعر سهم جلفار للهندسة والمقاولات أعلى نسبة تراجع بواقع 8.33 في المائة وصولا إلى سعر 0.121 ريال.",
			b:       "لكن سهم جلفار للهندسة والمقاولات هبط 8.3 في المائة.",
			notWant: []string{diff.TypeNumber},
		},
		{
			name:    "a thousands separator read as a decimal point",
			a:       "وفقا لدراسة قام بها مركز المعلومات والأبحاث السياحية على عينة مكونة من 1277 فردا من مختلف مناطق المملكة.",
			b:       "وفقا لدراسة قام بها مركز المعلومات والأبحاث السياحية على عينة مكونة من ١.٢٧٧ فردا من مختلف مناطق المملكة.",
			notWant: []string{diff.TypeNumber},
		},
		{
			name:    "a cancelled permission is a ban",
			a:       "من جهة أخرى قررت الجزائر منع أفراد الجيش والشرطة من السفر إلى تونس لقضاء العطلة الصيفية، خوفاً من استهدافهم من قبل الجماعات الإرهابية.",
			b:       "وذكرت صحيفة الخبر الجزائرية أن وزارة الدفاع والمديرية العامة للأمن الوطني ألغتا مؤقتا التعليمة الخاصة بالسماح لأفراد الجيش والدرك والأمن بالسفر إلى تونس لقضاء العطلة الصيفية.",
			notWant: []string{diff.TypePolarity},
		},
		{
			name:    "لا زال is still, not a cancellation",
			a:       "وأشار إلى أنه لم ينتج عن الحادث أي إصابات أو خسائر بالأرواح ولله الحمد، والتحقيقات لازالت جارية لمعرفة أسباب الحريق.",
			b:       "مشيراً إلى أنه تم على الفور الشروع في إجراءات التحقيق لمعرفة أسباب الحريق.",
			notWant: []string{diff.TypePolarity},
		},
		{
			name:    "a negation in a clause only one long account has",
			a:       "وعلى مدار الأسابيع الثلاثة الماضية، سمح للمودعين بصرف 60 يورو في اليوم بحد أقصى بعد الوقوف في طوابير أمام ماكينات الصراف الآلي.",
			b:       "ومع ذلك، تظل التعاملات في هذه البنوك محدودة، ولن يسمح لأصحاب الحسابات بسحب مبالغ تزيد على 420 يورو في الأسبوع، وعلى مدار الأسابيع الثلاثة الماضية، سمح للمودعين بصرف 60 يورو في اليوم بحد أقصى بعد الوقوف في طوابير أمام ماكينات الصراف الآلي.",
			notWant: []string{diff.TypePolarity},
		},
		{
			name:    "two unnamed sources",
			a:       "وقال المصدر لوكالة فرانس برس إن بلاتيني يدرس الترشح للانتخابات بعد تلقيه دعماً شفهياً من أربعة اتحادات قارية من أصل ستة.",
			b:       "وأكد مصدر مقرب من الفرنسي أن الأخير يدرس جديا الترشح للانتخابات بعد تلقيه دعما شفهيا من أربعة اتحادات قارية من أصل ستة",
			notWant: []string{diff.TypeAttribution},
		},
		{
			name:    "one spokesman behind his organisation's name",
			a:       "وقال الناطق الإعلامي بقيادة حرس الحدود بمنطقة تبوك العميد البحري عبدالله بن حمد الغرير إن غرفة العمليات تلقت بلاغا من شخص يفيد بأن ابنه تعرض لحالة غرق.",
			b:       "وأوضح العميد البحري عبدالله الغرير أن غرفة العمليات تلقت بلاغا من شخص يفيد بأن ابنه تعرض لحالة غرق.",
			notWant: []string{diff.TypeAttribution},
		},
		{
			name:    "a title on one side, the name on the other",
			a:       "كما اجتمع سمو ولي ولي العهد في جدة مساء أمس مع رئيس حزب القوات اللبنانية سمير جعجع، وجرى خلال الاجتماع استعراض مستجدات الأوضاع على الساحة اللبنانية.",
			b:       "كما اجتمع الأمير محمد بن سلمان بن عبدالعزيز، مع رئيس حزب القوات اللبنانية سمير جعجع، وجرى خلال الاجتماع استعراض مستجدات الأوضاع على الساحة اللبنانية.",
			notWant: []string{diff.TypeParticipants},
		},
		{
			name:    "a name in guillemets is no quote",
			a:       "أنقذ رجال حرس الحدود في تبوك «قطاع ضباء» طفلا من الغرق يبلغ من العمر 11 سنة أثناء ممارسته السباحة شمال مركز الصورة.",
			b:       "وقال الناطق الإعلامي إن غرفة العمليات تلقت بلاغا من شخص يفيد بأن ابنه تعرض لحالة غرق شمال مركز الصورة التابع لمحافظة ضباء.",
			notWant: []string{diff.TypeQuote},
		},
		{
			name:    "a closing mark of a quote opened before the claim",
			a:       "ومنذ بدء التحقيق في تموز/يوليو 2013، صدرت اربع استنابات قضائية اتاحت الاستماع الى حوالي 2500 ضحية وستين شاهدا\"، كما ذكر الاسبوع الماضي المدعي العام للمحكمة الافريقية مباكي فال.",
			b:       "كما ذكر الأسبوع الماضي المدعي العام للمحكمة الأفريقية مباكي فال.",
			notWant: []string{diff.TypeQuote},
		},
		{
			// One speaker's words, quoted by one outlet and reported by
			// the other with a preposition changed: the same statement.
			name:    "a quote told without its marks as the same speaker's reported speech",
			a:       "ووصف الزياني تلك التصريحات بأنها «لا تساعد في بناء الثقة لعلاقات تعاون تقوم على مبادئ حسن الجوار وعدم التدخل في الشؤون الداخلية».",
			b:       "ووصف الزياني تلك التصريحات بأنها لا تساعد على بناء الثقة لعلاقات تعاون تقوم على مبادئ حسن الجوار وعدم التدخل في الشؤون الداخلية.",
			notWant: []string{diff.TypeQuote},
		},
		{
			name:    "two descriptions of one unnamed spokesman",
			a:       "وأوضح متحدث هيئة الهلال الأحمر بجازان بيشي الصرخي أن البلاغ ورد عند الساعة الثامنة صباحا عن وقوع حادث على طريق المضايا جازان تقاطع سجن جازان العام وبه عدد من المصابين.",
			b:       "وأوضح الناطق الإعلامي بفرع هيئة الهلال الأحمر السعودي في جازان بيشي الصرخي، أن غرفة العمليات تلقت بلاغًا عن وقوع حادث على طريق جازان المضايا تقاطع سجن جازان العام وبه عدد من المصابين.",
			notWant: []string{diff.TypeEntity},
		},
		{
			name:    "a quote whose opening mark was in the sentence before",
			a:       "وقال المتحدث باسم البنتاجون جيف ديفيس في بيان إن الفضلي \"كان داعما بارزا للقاعدة وكان ضمن المجموعة الصغيرة الموثوق بها من زعماء القاعدة الذين تلقوا إخطارا مسبقا بهجمات 11 سبتمبر عام 2001\".",
			b:       "وقال المتحدث باسم البنتاجون جيف ديفيس في بيان: إن الفضلي كان ضمن المجموعة الصغيرة الموثوق بها من زعماء القاعدة الذين تلقوا إخطارًا مسبقًا بهجمات 11 سبتمبر عام 2001».",
			notWant: []string{diff.TypeQuote},
		},
		{
			name: "control: a headline's role is its fact",
			a:    "إقالة وزير الداخلية التونسي بعد أيام من غرق قارب للمهاجرين",
			b:    "إقالة وزير الدفاع التونسي بعد أيام من غرق قارب للمهاجرين",
			want: []string{diff.TypeEntity},
		},
		{
			name:    "one foreign name with its g written two ways",
			a:       "وقال فان جال للإعلاميين في جولة الفريق بالولايات المتحدة: لست قلقا من قلة المهاجمين بالفريق.",
			b:       "وقال فان غال للإعلاميين في جولة الفريق بالولايات المتحدة: لست قلقا من قلة المهاجمين بالفريق.",
			notWant: []string{diff.TypeAttribution},
		},
		{
			name:    "one spokesman with عبد joined and spaced",
			a:       "وأكد المتحدث باسم وزارة الخارجية المصرية السفير بدر عبد العاطي على أهمية أن تتسق التصريحات الصادرة عن المسؤولين بدول المنطقة مع جهود تعزيز الاستقرار.",
			b:       "ولفت السفير بدر عبدالعاطي الانتباه إلى أهمية أن تتسق التصريحات الصادرة عن المسؤولين بدول المنطقة مع جهود تعزيز الاستقرار.",
			notWant: []string{diff.TypeAttribution},
		},
		{
			name:    "a speaker read without the family name the other claim gives",
			a:       "وقال باسلمه للصحافيين في المطار إنها بداية العمليات في المطار الذي استعادته القوات الموالية للحكومة.",
			b:       "وقال بدر محمد باسلمه للصحافيين في المطار إنها بداية العمليات في المطار الذي استعادته القوات الموالية للحكومة.",
			notWant: []string{diff.TypeAttribution},
		},
		{
			name:    "one union's name translated two ways",
			a:       "اعلنت رئيسة اتحاد جمعيات الصحافيين الاسبان الثلاثاء ان ثلاثة من الصحافيين الاسبان فقدوا في سوريا منذ نحو عشرة ايام.",
			b:       "أعلنت رئيسة اتحاد منظمات الصحافيين الأسبان الثلاثاء أن ثلاثة من الصحافيين الأسبان فقدوا في سوريا منذ نحو عشرة أيام.",
			notWant: []string{diff.TypeAttribution},
		},
		{
			name:    "a quantifier read as the speaker",
			a:       "كما أعرب كثير من الشركات النفطية الغربية عن اهتمام مماثل.",
			b:       "كما أعرب عديد من الشركات النفطية الغربية عن اهتمام مماثل.",
			notWant: []string{diff.TypeAttribution},
		},
		{
			name: "control: one statement given to an unnamed official and to the prime minister",
			a:    "وقال أحد المسؤولين ورفض نشر اسمه لرويترز \"الدلائل الأولية تشير إلى أنه هجوم انتحاري نفذه تنظيم داعش.\"",
			b:    "وقال داود أوغلو إن “الدلائل الأولية تشير إلى أن الهجوم الانتحاري في سروج نفذه تنظيم داعش”.",
			want: []string{diff.TypeAttribution},
		},
		{
			name:    "direct speech against the same words as reported speech",
			a:       "وقال نتنياهو إن «إيران عازمة على الحصول على أسلحة نووية».",
			b:       "وقال نتنياهو إن إيران عازمة على الحصول على أسلحة نووية.",
			notWant: []string{diff.TypeQuote},
		},
		{
			name:    "a festival's long name in quote marks after its head",
			a:       "انطلقت أمس فعاليات «مهرجان أملج التراثي البحري الثاني» الذي تنظمه لجنة التنمية السياحية بالمحافظة.",
			b:       "وقدمت لجنة التنمية السياحية بمحافظة أملج الدعوة للجميع للحضور والتفاعل مع فقرات وفعاليات مهرجان أملج التراثي البحري الثاني.",
			notWant: []string{diff.TypeQuote},
		},
		{
			name:    "a web address in quote marks",
			a:       "وللاطلاع على الشروط ومتطلبات ومواقع التصحيح في المملكة يمكن زيارة موقع مديرية الجوازات على الرابط www.gdp.gov.sa.",
			b:       "ويمكن الاطلاع على الشروط ومتطلبات ومواقع التصحيح في المملكة على موقع مديرية الجوازات على الرابط :\"www.gdp.gov.sa\"",
			notWant: []string{diff.TypeQuote},
		},
		{
			name:    "a quoted time in digits against words",
			a:       "وقال محمد رحيم امين حاكم منطقة بركي براك إن \"مروحيتين اميركيتين هاجمتا في الساعة 6:00 صباح اليوم (1:30 ت غ) حاجزا للجيش الافغاني\"",
			b:       "وقال محمد رحيم أمين، حاكم منطقة بركي براك، أمس إن «مروحيتين أميركيتين هاجمتا في الساعة السادسة صباحا (1.30 توقيت غرينتش) حاجزا للجيش الأفغاني».",
			notWant: []string{diff.TypeQuote},
		},
		{
			name: "control: a quote given in the narrator's voice in other words",
			a:    "وقال رئيس البلدية: \"أسفرت هذه الجهود عن إتلاف كمية كبيرة من المواد الغذائية منتهية الصلاحية والفاسدة بسبب سوء الحفظ والتخزين\".",
			b:    "وأسفرت الحملات عن إتلاف كمية كبيرة من المواد الغذائية الفاسدة بسبب سوء التخزين وإزالة بسطات الحلويات.",
			want: []string{diff.TypeQuote},
		},
		{
			name:    "an editor's gloss in brackets inside a quote",
			a:       "مؤكدًا أنه «سنبذل كل الجهود ضد المسؤولين (عن الهجوم) أيا كانت هوياتهم».",
			b:       "مؤكدا أنه \"سنبذل كل الجهود ضد المسؤولين أيا كانت هوياتهم\"",
			notWant: []string{diff.TypeQuote},
		},
		{
			name:    "one approximator for another inside a quote",
			a:       "وأضاف: «يوجد نحو 50 ألف تلميذ في ليسوتو يحتاجون مساعدات غذائية».",
			b:       "وأضاف: \"يوجد حوالي 50 ألف تلميذ في ليسوتو يحتاجون مساعدات غذائية\".",
			notWant: []string{diff.TypeQuote},
		},
		{
			name:    "a quote the sentence split cuts off",
			a:       "ونقلت وكالة أنباء البحرين عن مدير عام مديرية شرطة محافظة العاصمة قوله: \"إن عملاً إرهابيًا وقع بقرية العكر الغربي تمثل في تفجير قنبلة محلية الصنع مساء أمس.",
			b:       "ونقلت وكالة أنباء البحرين عن مدير عام مديرية شرطة محافظة العاصمة قوله \"إن عملاً إرهابياً وقع بقرية العكر الغربي تمثل بتفجير قنبلة محلية الصنع مساء اليوم حيث استهدف دورية أمنية أثناء قيامها بالواجب\".",
			notWant: []string{diff.TypeQuote},
		},
		{
			name:    "a verbal noun after a preposition read as the speaker",
			a:       "وأفاد الناطق الإعلامي بأن مركز التحكم تلقى بلاغا يفيد باحتجاز شخصين داخل بئر في مركز شواق.",
			b:       "وأوضح العقيد ممدوح العنزي أن مركز التحكم تلقى بلاغا عن احتجاز شخصين داخل بئر في مركز شواق.",
			notWant: []string{diff.TypeAttribution},
		},
		{
			name:    "a relative pronoun is no term",
			a:       "ونوه في خطاب بعث به لرئيس الهيئة بالاهتمام الذي توليه الهيئة بتوفير مزيد من المراكز الإسعافية، والتي تسهم في خدمة المواطنين.",
			b:       "ونوه سموه في خطاب بعث به لرئيس الهيئة بالاهتمام الذي توليه الهيئة بتوفير مزيد من المراكز الإسعافية، والذي يسهم في خدمة المواطنين.",
			notWant: []string{diff.TypeEntity},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := wholeClaim("r", "a", tt.a, "2015-07-20"), wholeClaim("r", "b", tt.b, "2015-07-20")
			got := diff.Compare(&a, &b)
			has := map[string]bool{}
			for _, d := range got {
				has[d.Type] = true
			}
			for _, w := range tt.want {
				if !has[w] {
					t.Errorf("want a %s discrepancy, got %v", w, describe(got))
				}
			}
			for _, w := range tt.notWant {
				if has[w] {
					t.Errorf("want no %s discrepancy, got %v", w, describe(got))
				}
			}
		})
	}
}

// describe lists discrepancies as "type/subtype: detail".
func describe(ds []diff.Discrepancy) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Type+"/"+d.Subtype+": "+d.Detail)
	}
	return out
}
