package diff

import (
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
)

// annotated makes one claim of a whole text with its facts, as `claimdiff
// pairs` does.
func annotated(id, text string) *claim.Claim {
	d := &corpus.Document{ID: "d-" + id, Text: text, Lang: lang.Detect(text)}
	cs := []claim.Claim{{ID: d.ID + "/c", Doc: d.ID, End: len(text), Text: text, Kind: claim.KindSentence,
		Tokens: lang.Tokenize(text), Cited: []string{}, Dates: []claim.Date{}, Numbers: []claim.Number{},
		Entities: []claim.EntityRef{}, Quotes: []claim.Quote{}}}
	claim.Annotate(d, cs, nil)
	return &cs[0]
}

// TestLexicalFamilies runs one pair of news sentences per family of
// opposites, refusals, negations and substitutions, and paraphrases that
// must stay wording (or nothing).
func TestLexicalFamilies(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		typ, sub   string // "" typ: no discrepancy other than wording
	}{
		// Opposites: direction, act, quality.
		{"rise/fall", "ارتفعت أسعار النفط في تعاملات الثلاثاء بعد قرار أوبك", "تراجع أسعار النفط في تعاملات الثلاثاء بعد قرار أوبك", "polarity", "opposite"},
		{"rise/fall verbal nouns and clitics", "صعود الليرة التركية أمام الدولار", "الليرة التركية تواصل الهبوط أمام الدولار", "polarity", "opposite"},
		{"rise/stable", "الذهب يرتفع مع ترقب قرار الفائدة", "الذهب يستقر مع ترقب قرار الفائدة", "polarity", "opposite"},
		{"allow/ban", "الحكومة تسمح بإقامة الحفلات في المدينة", "الحكومة تمنع إقامة الحفلات في المدينة", "polarity", "opposite"},
		{"accept/reject", "البرلمان يوافق على مشروع قانون الموازنة", "البرلمان يرفض مشروع قانون الموازنة", "polarity", "opposite"},
		{"keep/revoke", "الحكومة تسحب الجنسية من رجل أعمال", "الحكومة تبقي على جنسية رجل أعمال", "polarity", "opposite"},
		{"accuse/defend", "المعارضة تتهم الحكومة بالتقصير في ملف الكهرباء", "المعارضة تدافع عن الحكومة في ملف الكهرباء", "polarity", "opposite"},
		{"highest/lowest", "التضخم يسجل أعلى مستوى له منذ عامين", "التضخم يسجل أدنى مستوى له منذ عامين", "polarity", "opposite"},
		{"killed/suicide", "مقتل مغنية شابة في شقتها بالعاصمة", "انتحار مغنية شابة في شقتها بالعاصمة", "polarity", "opposite"},
		{"win/lose", "المنتخب يفوز على نظيره في المباراة النهائية", "المنتخب يخسر أمام نظيره في المباراة النهائية", "polarity", "opposite"},
		{"open/close", "السلطات تفتح المعبر أمام المسافرين", "السلطات تغلق المعبر أمام المسافرين", "polarity", "opposite"},
		{"confirm/deny", "الوزارة تؤكد وجود إصابات بين العمال", "الوزارة تنفي وجود إصابات بين العمال", "polarity", "opposite"},
		{"support/oppose", "الحزب يؤيد تعديل الدستور", "الحزب يعارض تعديل الدستور", "polarity", "opposite"},
		{"arrest/release", "الشرطة تعتقل ناشطا في العاصمة", "الشرطة تفرج عن ناشط في العاصمة", "polarity", "opposite"},
		{"continue/stop", "استمرار العمل في الميناء رغم العاصفة", "توقف العمل في الميناء بسبب العاصفة", "polarity", "opposite"},
		{"increase/decrease", "الحكومة تقرر زيادة أسعار الوقود", "الحكومة تقرر خفض أسعار الوقود", "polarity", "opposite"},
		{"crossed directions", "الذهب يرتفع مع هبوط الدولار", "انخفاض الذهب مع ارتفاع الدولار", "polarity", "opposite"},
		{"ordinal", "انطلاق المرحلة الأولى من خطة الإصلاح", "انطلاق المرحلة الثانية من خطة الإصلاح", "polarity", "ordinal"},
		// Refusal and negation.
		{"visit/cancel visit", "مستشار الرئيس يزور القاهرة الأسبوع المقبل", "مستشار الرئيس يلغي زيارته إلى القاهرة", "polarity", "refusal"},
		{"hold/refuse to hold", "إيران تحمل واشنطن مسؤولية الهجوم", "إيران ترفض تحميل واشنطن مسؤولية الهجوم", "polarity", "refusal"},
		{"negated verb", "الوزير حضر اجتماع مجلس الأمن", "الوزير لم يحضر اجتماع مجلس الأمن", "polarity", "negation"},
		{"without", "السلطات تعتقل عشرات المحتجين", "السلطات بدون أي اعتقالات للمحتجين", "polarity", ""},
		// Substitutions.
		{"commodity", "مخاوف سياسية ترفع سعر الذهب", "مخاوف سياسية ترفع سعر الفضة", "entity", "term"},
		{"currency", "تحسن سعر الدولار في السوق الموازية", "تحسن سعر اليورو في السوق الموازية", "entity", "term"},
		{"nationality", "شركة صينية تفوز بعقد لبناء الميناء", "شركة يابانية تفوز بعقد لبناء الميناء", "entity", "term"},
		// Verbs in another person than the lexicon lists.
		{"jail/release, other person", "محكمة تسجن صحفية بتهمة نشر أخبار كاذبة", "إطلاق سراح صحفية متهمة بنشر أخبار كاذبة", "polarity", "opposite"},
		{"slide/rise, form VII", "العملة المحلية تنحدر أمام الدولار", "صعود جديد للعملة المحلية أمام الدولار", "polarity", "opposite"},
		{"replace/stay, form X", "الرئيس يستبدل قائد الجيش في تغييرات عسكرية", "بقاء قائد الجيش في منصبه", "polarity", "opposite"},
		{"condemn/support", "الكويت تستنكر قرار المحكمة الدولية", "الكويت تدعم قرار المحكمة الدولية", "polarity", "opposite"},
		{"object/approve", "مجلس النواب يعترض على مشروع قانون الضرائب", "مجلس النواب يوافق على مشروع قانون الضرائب", "polarity", "opposite"},
		{"warn/reassure", "وزير الري يحذر المزارعين من نقص المياه", "وزير الري يطمئن المزارعين بشأن المياه", "polarity", "opposite"},
		{"threaten/support", "الجفاف يهدد محصول القمح هذا الموسم", "الأمطار تدعم محصول القمح هذا الموسم", "polarity", "opposite"},
		{"include/exclude", "قائمة الإعفاءات الجمركية تشمل السيارات الكهربائية", "قائمة الإعفاءات الجمركية تستثني السيارات الكهربائية", "polarity", "opposite"},
		{"cooperate/confront", "الحكومة تتعاون مع النقابات في ملف الأجور", "الحكومة تتحدى النقابات في ملف الأجور", "polarity", "opposite"},
		{"harm/benefit", "الإغلاق ألحق أضرارا بالمتاجر الصغيرة", "الإغلاق أثر بالإيجاب على المتاجر الصغيرة", "polarity", "opposite"},
		{"remove", "رفع لافتة ترحيبية على مدخل الملعب", "نزع لافتة ترحيبية من مدخل الملعب", "polarity", "refusal"},
		{"peaceful/violent", "مظاهرات سلمية في العاصمة للمطالبة بالإصلاح", "مظاهرات عنيفة في العاصمة للمطالبة بالإصلاح", "polarity", "opposite"},
		{"qualify/knocked out", "المنتخب الوطني يتأهل إلى نصف النهائي", "إقصاء المنتخب الوطني قبل نصف النهائي", "polarity", "opposite"},
		{"temporary/permanent", "إغلاق مؤقت للطريق الساحلي بسبب الأعمال", "إغلاق نهائي للطريق الساحلي بسبب الأعمال", "polarity", "opposite"},
		// One side has both senses, one of them what the other is said of.
		{"calm of the clashes", "اشتباكات عنيفة في ضواحي بنغازي", "هدوء الاشتباكات في ضواحي بنغازي", "polarity", "opposite"},
		{"crossed across a conjunction", "النفط يرتفع مع تراجع الدولار", "انخفاض أسعار النفط مع صعود الدولار", "polarity", "opposite"},
		{"crossed, member of a category as target", "الفضة ترتفع مدعومة بتراجع اليورو", "صعود لليورو بالتزامن مع هبوط للفضة", "polarity", "opposite"},
		{"crossed over two clauses", "البطالة ترتفع والأجور تتراجع في الربع الثالث", "الأجور تتعافى في الربع الثالث والبطالة تتراجع", "polarity", "opposite"},
		// A refusal whose act comes after its subject.
		{"fail with subject between", "الشرطة المحلية تقبض على عصابة السرقة", "فشلت الشرطة المحلية في القبض على عصابة السرقة", "polarity", "refusal"},
		{"absent from", "الوزيران بين حضور مؤتمر الاستثمار في الرياض", "الوزيران يغيبان عن حضور مؤتمر الاستثمار في الرياض", "polarity", "refusal"},
		{"definite failure is a noun", "افتتاح مركز لمرضى السكري في جدة بحضور فريق طبي", "افتتاح مركز لمرضى الفشل الكلوي في جدة بحضور فريق طبي", "", ""},
		// Substitutions the other rules used to hide.
		{"evaluative member of a category", "الشرطة تحقق في بلاغ بالقتل في الحي", "الشرطة تحقق في بلاغ بالخطف في الحي", "entity", "term"},
		{"partner taken by its own match", "محتجون يرفعون لافتات أمام حفل جوائز بافتا في لندن", "محتجون يرفعون لافتات أمام حفل جوائز أوسكار في لندن", "entity", "term"},
		{"role of another country", "الرئيس اللبناني يستقبل وفدا من البنك الدولي", "الرئيس العراقي يستقبل وفدا من البنك الدولي", "entity", ""},
		{"city after مدينة", "انطلاق مهرجان السينما في مدينة روما", "انطلاق مهرجان السينما في مدينة باريس", "entity", ""},
		// One figure bounded from below on one side, from above on the other.
		{"above/below a figure", "سعر القمح يتخطى حاجز 300 دولار للطن", "سعر القمح يقل عن 300 دولار للطن", "number", ""},
		{"not less than is at least", "مشاركة ما لا يقل عن 40 دولة في المؤتمر", "مشاركة أكثر من 40 دولة في المؤتمر", "", ""},
		// Days and months named without a resolvable date.
		{"hijri month", "مهرجان التمور يفتتح أبوابه في رمضان", "مهرجان التمور يفتتح أبوابه في شوال", "date", ""},
		{"weekday", "الوزير يزور معرض الكتاب الثلاثاء", "الوزير يزور معرض الكتاب الخميس", "date", ""},
		{"one month in two namings", "افتتاح معرض الكتاب في يوليو", "افتتاح معرض الكتاب في تموز", "", ""},
		// Paraphrases: no typed discrepancy.
		{"met/received", "الرئيس يلتقي وزير الخارجية في القصر", "الرئيس يستقبل وزير الخارجية في القصر", "", ""},
		{"said/stated", "قال المتحدث إن المفاوضات مستمرة", "صرح المتحدث بأن المفاوضات مستمرة", "", ""},
		{"rise verb and noun", "أسعار النفط ترتفع بفعل طلب قوي", "ارتفاع أسعار النفط بفعل طلب قوي", "", ""},
		{"both directions kept", "الذهب يتراجع والدولار يصعد بعد القرار", "القرار يرفع الدولار ويهبط بالذهب", "", ""},
		{"big/huge", "انفجار كبير يهز وسط المدينة", "انفجار ضخم يهز وسط المدينة", "", ""},
		{"capital for country", "موسكو ترحب بزيارة الوفد", "روسيا ترحب بزيارة الوفد", "", ""},
		// Two ways of saying what will happen.
		{"سوف against the prefix س", "وأوضح المتحدث أن البوابة سوف تستمر في استقبال الطلبات حتى نهاية الشهر", "وأوضح المتحدث أن البوابة ستستمر في استقبال الطلبات حتى نهاية الشهر", "", ""},
		{"planned against done", "وأوضح المتحدث أن البوابة سوف تستقبل الطلبات حتى نهاية الشهر", "وأوضح المتحدث أن البوابة استقبلت الطلبات حتى نهاية الشهر", "modality", ""},
		// A negated word against its opposite says the same thing.
		{"deny against confirm that it is untrue", "نفى الوزير ما يتم تداوله عن تأجيل الدراسة", "أكد الوزير عدم صحة ما يتم تداوله عن تأجيل الدراسة", "", ""},
		{"not allowed against banned", "الحكومة لا تسمح بإقامة الحفلات في المدينة", "الحكومة تمنع إقامة الحفلات في المدينة", "", ""},
		{"negated on both sides is still opposite", "الحكومة لم تسمح بإقامة الحفلات في المدينة", "الحكومة لم تمنع إقامة الحفلات في المدينة", "polarity", "opposite"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := annotated("a", tc.a), annotated("b", tc.b)
			got := Compare(a, b)
			checkEvidence(t, got, a, b)
			var typed []Discrepancy
			for _, d := range got {
				if d.Type != TypeWording {
					typed = append(typed, d)
				}
			}
			if tc.typ == "" {
				if len(typed) > 0 {
					t.Errorf("got %v, want no typed discrepancy", typed)
				}
				return
			}
			for _, d := range typed {
				if d.Type == tc.typ && (tc.sub == "" || d.Subtype == tc.sub) {
					if len(d.Evidence) < 2 || d.Evidence[0].Claim == d.Evidence[1].Claim {
						t.Errorf("%s: evidence %v, want a span on each side", d.Type, d.Evidence)
					}
					return
				}
			}
			t.Errorf("got %v, want %s/%s", got, tc.typ, tc.sub)
		})
	}
}

// TestSameWord checks the variants that are not substitutions.
func TestSameWord(t *testing.T) {
	tok := func(w string) lang.Token { return lang.Tokenize(w)[0] }
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"زيارة", "يزور", true}, {"ارتفاع", "يرتفع", true}, {"بالانخفاض", "ينخفض", true},
		{"المصنع", "مصنوع", true}, {"الصينية", "صيني", true}, {"مرعى", "مراعي", true}, {"صحفي", "الصحفيون", true},
		{"الذهب", "الفضة", false}, {"بانسكي", "دافنشي", false}, {"مصر", "الأردن", false},
		{"المائة", "المئة", true}, {"مائتين", "مئتين", true},
	} {
		if got := sameWord(tok(tc.a), tok(tc.b)); got != tc.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestEditWithin1(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"مصنع", "مصنوع", true}, {"ريحانلي", "ريحانلى", true}, {"كتاب", "كتاب", true}, {"abc", "abd", true},
		{"abc", "ab", true}, {"الاوقاف", "الاوقات", true}, {"الذهب", "الفضه", false}, {"abc", "xyz", false}, {"", "ab", false},
	} {
		if got := editWithin1(tc.a, tc.b); got != tc.want {
			t.Errorf("editWithin1(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
