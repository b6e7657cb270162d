// Package artest holds real Arabic news text and what claimdiff should make
// of it — folded forms, tokens, claims — in one table that the tests of
// several packages (lang, claim, corpus) check and seed their fuzzers with
// (STYLE habit 7, after golang/tools difftest.TestCases).
//
// The sentences come from news reports of the kind claimdiff reads
// (agency copy, aggregator pages, PDF-copied text), not only from the
// bundled corpus, so that the rules tested here are general.
package artest

// Token is an expected token: its surface text, folded form and whether it
// is a number.
type Token struct {
	Surface string
	Norm    string
	Number  bool
}

// Claim is an expected claim: its kind (title, heading, caption, sentence)
// and exact text.
type Claim struct {
	Kind string
	Text string
}

// Case is one piece of Arabic text and what the language layer and the
// claim splitter should make of it. A nil (or empty) field is not checked.
type Case struct {
	Name string
	Text string // as it appears in an article; `\n` separates lines
	// Norm is lang.Normalize(Text).
	Norm string
	// Tokens are lang.Tokenize(Text), in order.
	Tokens []Token
	// Claims are claim.Split of a document whose text is Text and which
	// has no title line.
	Claims []Claim
}

// Cases is the shared table.
var Cases = []Case{
	{
		Name: "tashkeel, hamza carriers, shadda and Arabic-Indic digits fold",
		Text: "أَعلنَ الرئيسُ أنّ الانتخابات ستجري في ٢٤ كانون الأول ٢٠٢٥",
		Norm: "اعلن الرييس ان الانتخابات ستجري في 24 كانون الاول 2025",
		Tokens: []Token{
			{"أَعلنَ", "اعلن", false}, {"الرئيسُ", "الرييس", false}, {"أنّ", "ان", false},
			{"الانتخابات", "الانتخابات", false}, {"ستجري", "ستجري", false}, {"في", "في", false},
			{"٢٤", "24", true}, {"كانون", "كانون", false}, {"الأول", "الاول", false}, {"٢٠٢٥", "2025", true},
		},
	},
	{
		Name: "taa marbuta, alef maqsura, waw and yaa hamza, tatweel",
		Text: "مؤسسة الأمم المتحدة لشؤون اللاجئين تدعو إلى هدنة فــوريـة في المستشفى",
		Norm: "موسسه الامم المتحده لشوون اللاجيين تدعو الي هدنه فوريه في المستشفي",
		Tokens: []Token{
			{"مؤسسة", "موسسه", false}, {"الأمم", "الامم", false}, {"المتحدة", "المتحده", false},
			{"لشؤون", "لشوون", false}, {"اللاجئين", "اللاجيين", false}, {"تدعو", "تدعو", false},
			{"إلى", "الي", false}, {"هدنة", "هدنه", false}, {"فــوريـة", "فوريه", false},
			{"في", "في", false}, {"المستشفى", "المستشفي", false},
		},
	},
	{
		Name: "decimal point and thousands separator stay inside numbers; percent and و split off",
		Text: "نما الاقتصاد بنسبة 2.7% و1,000 دولار",
		Norm: "نما الاقتصاد بنسبه 2.7% و1,000 دولار",
		Tokens: []Token{
			{"نما", "نما", false}, {"الاقتصاد", "الاقتصاد", false}, {"بنسبة", "بنسبه", false},
			{"2.7", "2.7", true}, {"و", "و", false}, {"1,000", "1000", true}, {"دولار", "دولار", false},
		},
	},
	{
		Name: "Arabic decimal separator and Persian digits",
		Text: "ارتفع المؤشر ٣٫٥ بالمئة إلى ۱۲۰۰ نقطة",
		Norm: "ارتفع الموشر 3٫5 بالميه الي 1200 نقطه",
		Tokens: []Token{
			{"ارتفع", "ارتفع", false}, {"المؤشر", "الموشر", false}, {"٣٫٥", "3.5", true},
			{"بالمئة", "بالميه", false}, {"إلى", "الي", false}, {"۱۲۰۰", "1200", true}, {"نقطة", "نقطه", false},
		},
	},
	{
		Name: "quote marks fold to one, punctuation is no token",
		Text: "وصف لافروف الزيارة بأنها «مهمة جداً»، وقال: “نحن مستعدون”.",
		Norm: "وصف لافروف الزياره بانها \"مهمه جدا\"، وقال: \"نحن مستعدون\".",
		Tokens: []Token{
			{"وصف", "وصف", false}, {"لافروف", "لافروف", false}, {"الزيارة", "الزياره", false},
			{"بأنها", "بانها", false}, {"مهمة", "مهمه", false}, {"جداً", "جدا", false},
			{"وقال", "وقال", false}, {"نحن", "نحن", false}, {"مستعدون", "مستعدون", false},
		},
	},
	{
		Name: "scripts never share a token: an icon label glued to a name",
		Text: "camera iconالرئيس السوري أحمد الشرع (Reuters)",
		Norm: "camera iconالرييس السوري احمد الشرع (reuters)",
		Tokens: []Token{
			{"camera", "camera", false}, {"icon", "icon", false}, {"الرئيس", "الرييس", false},
			{"السوري", "السوري", false}, {"أحمد", "احمد", false}, {"الشرع", "الشرع", false},
			{"Reuters", "reuters", false},
		},
	},
	{
		Name: "presentation forms from PDF copies decompose, lam-alef included",
		Text: "ﺍﻟﺴﻼﻡ في اﻹمارات",
		Norm: "السلام في الامارات",
		Tokens: []Token{
			{"ﺍﻟﺴﻼﻡ", "السلام", false}, {"في", "في", false}, {"اﻹمارات", "الامارات", false},
		},
	},
	{
		Name: "Hijri year with tatweel abbreviation",
		Text: "في رمضان 1446هـ",
		Norm: "في رمضان 1446ه",
		Tokens: []Token{
			{"في", "في", false}, {"رمضان", "رمضان", false}, {"1446", "1446", true}, {"هـ", "ه", false},
		},
	},
	{
		Name: "sentences end at . ! ? ؟ but not at a decimal point; a one-word sentence is no claim",
		Text: "نما الاقتصاد بنسبة 2.7 في المئة خلال العام الماضي. وتراجع التضخم إلى 3.1 في المئة! هل تستمر الأزمة؟ نعم.",
		Claims: []Claim{
			{"sentence", "نما الاقتصاد بنسبة 2.7 في المئة خلال العام الماضي."},
			{"sentence", "وتراجع التضخم إلى 3.1 في المئة!"},
			{"sentence", "هل تستمر الأزمة؟"},
		},
	},
	{
		Name: "a Latin abbreviation's dot ends no sentence",
		Text: "ذكرت صحيفة U.S. Today أن الاجتماع انتهى دون اتفاق. وغادر الوفد.",
		Claims: []Claim{
			{"sentence", "ذكرت صحيفة U.S. Today أن الاجتماع انتهى دون اتفاق."},
			{"sentence", "وغادر الوفد."},
		},
	},
	{
		Name: "a closing quote stays with its sentence",
		Text: "قال الوزير: \"سنعود إلى طاولة المفاوضات\". ثم غادر القاعة وسط تصفيق الحضور.",
		Claims: []Claim{
			{"sentence", "قال الوزير: \"سنعود إلى طاولة المفاوضات\"."},
			{"sentence", "ثم غادر القاعة وسط تصفيق الحضور."},
		},
	},
	{
		Name: "clause split at ، وقال",
		Text: "أعلن وزير الخارجية السوري أسعد الشيباني أن العلاقات مع موسكو تدخل مرحلة جديدة، وقال إن دمشق تسعى إلى شراكة قائمة على الاحترام المتبادل.",
		Claims: []Claim{
			{"sentence", "أعلن وزير الخارجية السوري أسعد الشيباني أن العلاقات مع موسكو تدخل مرحلة جديدة"},
			{"sentence", "وقال إن دمشق تسعى إلى شراكة قائمة على الاحترام المتبادل."},
		},
	},
	{
		Name: "clause split at ، مشيراً",
		Text: "أكد الرئيس أن بلاده ملتزمة بالاتفاق مع الجانب الروسي، مشيراً إلى أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.",
		Claims: []Claim{
			{"sentence", "أكد الرئيس أن بلاده ملتزمة بالاتفاق مع الجانب الروسي"},
			{"sentence", "مشيراً إلى أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."},
		},
	},
	{
		Name: "clause split at ، وأضافت (feminine subject)",
		Text: "وأكدت الوزارة في بيان أن الحادث وقع صباح اليوم، وأضافت أن فرق الإنقاذ وصلت إلى المكان خلال دقائق.",
		Claims: []Claim{
			{"sentence", "وأكدت الوزارة في بيان أن الحادث وقع صباح اليوم"},
			{"sentence", "وأضافت أن فرق الإنقاذ وصلت إلى المكان خلال دقائق."},
		},
	},
	{
		Name: "clause split after a closed quotation, ، و + new statement",
		Text: "وأكد وزير الخارجية في مؤتمر صحفي أن “الحوار مع الجيران هو الطريق الوحيد”، وبعدها وجه نظيره دعوة رسمية إلى رئيس الحكومة لزيارة العاصمة.",
		Claims: []Claim{
			{"sentence", "وأكد وزير الخارجية في مؤتمر صحفي أن “الحوار مع الجيران هو الطريق الوحيد”"},
			{"sentence", "وبعدها وجه نظيره دعوة رسمية إلى رئيس الحكومة لزيارة العاصمة."},
		},
	},
	{
		Name: "no split after a quoted word that is not a statement",
		Text: "وصف الكاتب الاتفاق بأنه “تاريخي”، ودعا الحكومة إلى تنفيذه خلال الأشهر المقبلة.",
		Claims: []Claim{
			{"sentence", "وصف الكاتب الاتفاق بأنه “تاريخي”، ودعا الحكومة إلى تنفيذه خلال الأشهر المقبلة."},
		},
	},
	{
		Name: "a long fronted phrase before a bare speech verb is a claim",
		Text: "وفي أول زيارة رسمية لمسؤول من الحكومة الجديدة إلى العاصمة منذ انتهاء الحرب الأهلية، أكد الوزير أن بلاده تريد علاقات متوازنة.",
		Claims: []Claim{
			{"sentence", "وفي أول زيارة رسمية لمسؤول من الحكومة الجديدة إلى العاصمة منذ انتهاء الحرب الأهلية"},
			{"sentence", "أكد الوزير أن بلاده تريد علاقات متوازنة."},
		},
	},
	{
		Name: "no split before a relative clause (verb + فيه)",
		Text: "وسبق ذلك اتصال هاتفي بين الرئيسين في شباط الماضي بعد أسابيع من التوتر بين البلدين، أكدت فيه موسكو دعمها لوحدة الأراضي.",
		Claims: []Claim{
			{"sentence", "وسبق ذلك اتصال هاتفي بين الرئيسين في شباط الماضي بعد أسابيع من التوتر بين البلدين، أكدت فيه موسكو دعمها لوحدة الأراضي."},
		},
	},
	{
		Name: "no split at a bare finite verb after a fronted phrase",
		Text: "وفي المؤتمر الصحفي المشترك مع نظيره الروسي، أكد الشيباني أن سوريا تتطلع إلى علاقات متوازنة مع جميع الدول.",
		Claims: []Claim{
			{"sentence", "وفي المؤتمر الصحفي المشترك مع نظيره الروسي، أكد الشيباني أن سوريا تتطلع إلى علاقات متوازنة مع جميع الدول."},
		},
	},
	{
		Name: "no split inside “…” quotes",
		Text: "وقال لافروف: “إن روسيا ملتزمة بوحدة سوريا وسيادتها، وأكد أن موسكو ستواصل دعمها للشعب السوري في هذه المرحلة”. وأضاف أن الزيارة كانت ناجحة.",
		Claims: []Claim{
			{"sentence", "وقال لافروف: “إن روسيا ملتزمة بوحدة سوريا وسيادتها، وأكد أن موسكو ستواصل دعمها للشعب السوري في هذه المرحلة”."},
			{"sentence", "وأضاف أن الزيارة كانت ناجحة."},
		},
	},
	{
		Name: "no split inside mismatched ”…” quotes",
		Text: "ونقلت الوكالة عن الوزير قوله ”نحن نريد علاقات قوية مع روسيا، وأكد أن الحوار مستمر بين البلدين”، في إشارة إلى الاتفاقات الأخيرة.",
		Claims: []Claim{
			{"sentence", "ونقلت الوكالة عن الوزير قوله ”نحن نريد علاقات قوية مع روسيا، وأكد أن الحوار مستمر بين البلدين”، في إشارة إلى الاتفاقات الأخيرة."},
		},
	},
	{
		Name: "no split inside «…» quotes",
		Text: "قال المتحدث باسم الخارجية إن «الوفد سيصل غداً، وأكد أن الاجتماع سيعقد في موعده» في تصريح للصحفيين.",
		Claims: []Claim{
			{"sentence", "قال المتحدث باسم الخارجية إن «الوفد سيصل غداً، وأكد أن الاجتماع سيعقد في موعده» في تصريح للصحفيين."},
		},
	},
	{
		Name: "headings, a caption with an agency credit, one-word lines",
		Text: "محادثات موسعة في الكرملين\nالتقى الرئيسان في الكرملين لبحث ملفات التعاون الثنائي.\nسياسة\nالرئيس السوري أحمد الشرع خلال لقائه بوتين في موسكو (وكالة سانا)\nوتناولت المحادثات ملف إعادة الإعمار.",
		Claims: []Claim{
			{"heading", "محادثات موسعة في الكرملين"},
			{"sentence", "التقى الرئيسان في الكرملين لبحث ملفات التعاون الثنائي."},
			{"caption", "الرئيس السوري أحمد الشرع خلال لقائه بوتين في موسكو (وكالة سانا)"},
			{"sentence", "وتناولت المحادثات ملف إعادة الإعمار."},
		},
	},
	{
		Name: "a short last line with nothing after it is no heading",
		Text: "وصل الوفد إلى موسكو مساء الثلاثاء.\nوزارة الخارجية السورية",
		Claims: []Claim{
			{"sentence", "وصل الوفد إلى موسكو مساء الثلاثاء."},
			{"sentence", "وزارة الخارجية السورية"},
		},
	},
}

// Texts returns the text of every case, for seeding fuzzers.
func Texts() []string {
	out := make([]string, len(Cases))
	for i, c := range Cases {
		out[i] = c.Text
	}
	return out
}
