package dates

import "testing"

// kindCase is one mention in a news sentence: the mention whose Text is
// mention must have kind, value (resolved against 2025-12-24) and, for
// durations and counted points, amount and unit. An empty mention means the
// sentence holds no time expression at all.
type kindCase struct {
	name    string
	text    string
	mention string
	kind    Kind
	value   string
	amount  float64
	unit    string
}

// kindCases are sentences written for these tests, one form each, for the
// families of periods.go and the spaced, bracketed and bare forms of scan.go.
var kindCases = []kindCase{
	// lone years and year words
	{"year-aam", "تأسست الجمعية عام 1948 في مدينة يافا.", "عام 1948", KindPoint, "1948", 0, ""},
	{"year-fi", "افتتح المستشفى في 1854 وتولت إدارته الإرسالية.", "1854", KindPoint, "1854", 0, ""},
	{"year-fi-count-not", "ساهم الصندوق في 1854 مشروعاً صغيراً.", "", "", "", 0, ""},
	{"year-sana", "صدر القانون سنة 2010 بعد نقاش طويل.", "سنة 2010", KindPoint, "2010", 0, ""},
	{"year-alaam", "ارتفعت الصادرات في العام 2015 إلى مستوى قياسي.", "العام 2015", KindPoint, "2015", 0, ""},
	{"year-bracketed", "أعيد ترميم الكنيسة عام ( 1860 ) على نفقة الأهالي.", "عام ( 1860 )", KindPoint, "1860", 0, ""},
	{"year-bracketed-miladi", "افتتحت المدرسة سنة ( 1935 ) م في البلدة القديمة.", "سنة ( 1935 ) م", KindPoint, "1935", 0, ""},
	{"year-bracketed-range", "انعقد المؤتمر في القدس عام ( 1931 / 1932 ) بحضور الوفود.", "عام ( 1931 / 1932 )", KindRange, "1931/1932", 0, ""},
	{"year-after-war", "هُجّر سكان القرية خلال حرب 1948 إلى الضفة الشرقية.", "1948", KindPoint, "1948", 0, ""},
	{"year-after-ordinal", "صدر البيان خلال الانتفاضة الأولى 1987 عن القيادة الموحدة.", "1987", KindPoint, "1987", 0, ""},
	{"year-clause-end", "تواصلت مشاريع التوسع الاستيطاني في المدينة 1996.", "1996", KindPoint, "1996", 0, ""},
	{"year-two-digit", "روى الشاهد ما جرى في القرية خلال حرب 48 بالتفصيل.", "48", KindPoint, "1948", 0, ""},
	{"year-two-digit-hours-not", "استمر الاجتماع عام 48 ساعة متواصلة.", "48 ساعة", KindDuration, "", 48, UnitHour},
	{"year-count-not", "ارتفع عدد المسجلين إلى 1948 شخصاً هذا الأسبوع.", "هذا الأسبوع", KindPoint, "2025-12-22/2025-12-28", 0, ""},
	{"year-number-not", "وبلغ عدد الزوار 2015.", "", "", "", 0, ""},
	{"year-label-not", "وصدر القرار رقم 1996.", "", "", "", 0, ""},
	// Hijri years
	{"hijri-word", "عُيّن إماماً للمسجد عام 1319 هجري بعد وفاة سلفه.", "عام 1319 هجري", KindPoint, "1901-04-20/1902-04-09", 0, ""},
	{"hijri-attached", "بدأ العمل بالنظام الجديد في 1440هـ وفق التقويم الرسمي.", "1440هـ", KindPoint, "2018-09-11/2019-08-30", 0, ""},
	{"hijri-bracketed", "سُجّلت الأرض في دفاتر البلدية عام ( 1325 ) هجري.", "عام ( 1325 ) هجري", KindPoint, "1907-02-14/1908-02-03", 0, ""},
	// numeric dates written with spaces
	{"spaced-dmy", "وصلت الرسالة إلى اللجنة بتاريخ 26 / 4 / 1947 موقعة من رئيسها.", "26 / 4 / 1947", KindPoint, "1947-04-26", 0, ""},
	{"spaced-bracketed", "نشرت الصحيفة الخبر ( 18 / 7 / 1936 ) في صفحتها الأولى.", "18 / 7 / 1936", KindPoint, "1936-07-18", 0, ""},
	{"spaced-month-first", "وردت البرقية إلى القائد ( 4 / 17 / 1948 ) من الجبهة.", "4 / 17 / 1948", KindPoint, "1948-04-17", 0, ""},
	{"spaced-hijri-month", "صدر المرسوم في 20 / شعبان / 1428 هجرية بتوقيع الرئيس.", "20 / شعبان / 1428 هجرية", KindPoint, "2007-09-02", 0, ""},
	{"spaced-hijri-numeric", "غادر الوفد يوم السبت 9 / 10 / 1436 هـ إلى خارج المملكة.", "9 / 10 / 1436 هـ", KindPoint, "2015-07-25", 0, ""},
	{"range-months-clitic", "وبين يناير ومارس ارتفع عدد المصابين بالكوليرا.", "وبين يناير ومارس", KindRange, "2026-01/2026-03", 0, ""},
	{"hijri-digits-attached", "صدر التعميم بتاريخ 15/9/1436هـ إلى جميع الإدارات.", "15/9/1436هـ", KindPoint, "2015-07-02", 0, ""},
	{"spaced-year-range", "روى شهود عيان أحداث الثورة 1936 - 1939 في القرية.", "1936 - 1939", KindRange, "1936/1939", 0, ""},
	{"spaced-label-not", "صدر القرار رقم 24 / 66 عن المجلس البلدي.", "", "", "", 0, ""},
	// durations
	{"dur-months", "استمر الحصار ثلاثة أشهر قبل أن يُرفع.", "ثلاثة أشهر", KindDuration, "", 3, UnitMonth},
	{"dur-dual-weeks", "توقفت الرحلات أسبوعين بسبب العاصفة.", "أسبوعين", KindDuration, "", 2, UnitWeek},
	{"dur-lamudda", "أُغلق المعبر لمدة عشرة أيام متتالية.", "لمدة عشرة أيام", KindDuration, "", 10, UnitDay},
	{"dur-digits", "يتمتع المدير بخبرة مهنية تبلغ 8 سنوات في القطاع.", "8 سنوات", KindDuration, "", 8, UnitYear},
	{"dur-khilal-hours", "تعهدت الشركة بإعادة التيار خلال 48 ساعة.", "خلال 48 ساعة", KindDuration, "", 48, UnitHour},
	{"dur-compound", "حكم الرئيس البلاد خمسة وعشرين عاماً متواصلة.", "خمسة وعشرين عاماً", KindDuration, "", 25, UnitYear},
	{"dur-teen", "استغرق بناء الجسر أحد عشر شهراً.", "أحد عشر شهراً", KindDuration, "", 11, UnitMonth},
	{"dur-half-century", "تجمع البلدين علاقات تمتد نصف قرن.", "نصف قرن", KindDuration, "", 0.5, UnitCentury},
	{"dur-and-half", "أمضى الأسير عاماً ونصف في السجن.", "", "", "", 0, ""},
	{"dur-lam-few", "وصل الوفد في زيارة تستمر لعدة أيام.", "لعدة أيام", KindDuration, "", 0, UnitDay},
	{"dur-lam-count", "تدرّب المشاركون لثلاثة أيام في العاصمة.", "لثلاثة أيام", KindDuration, "", 3, UnitDay},
	{"dur-mundhu-plural", "ينتظر السكان إصلاح الطريق منذ سنوات.", "منذ سنوات", KindDuration, "", 0, UnitYear},
	{"dur-decades-cue", "ظلت المنطقة مهمّشة على مدى عقود.", "على مدى عقود", KindDuration, "", 0, UnitDecade},
	{"dur-decade-whole", "قد يحكم الرئيس عقداً كاملاً إذا أعيد انتخابه.", "عقداً", KindDuration, "", 1, UnitDecade},
	{"dur-last-n", "تراجعت الأسعار خلال الأشهر الستة الأخيرة.", "الأشهر الستة الأخيرة", KindDuration, "", 6, UnitMonth},
	{"dur-murur", "وبعد مرور عامين على الحادثة لم يتغير شيء.", "مرور عامين", KindDuration, "", 2, UnitYear},
	{"dur-contract-not", "وقّعت الوزارة ثلاثة عقود مع شركات محلية.", "", "", "", 0, ""},
	{"dur-held-not", "ناقش الطرفان ما جرى بعد عقد الاتفاقية.", "", "", "", 0, ""},
	{"dur-in-year-not", "سجل الاقتصاد نمواً خلال عام 2019 فاق التوقعات.", "عام 2019", KindPoint, "2019", 0, ""},
	// counted points (ago)
	{"ago-more-than", "غادر البلاد قبل أكثر من ثلاث سنوات ولم يعد.", "قبل أكثر من ثلاث سنوات", KindPoint, "", 3, UnitYear},
	{"ago-mundhu", "توقف المصنع عن العمل منذ 5 سنوات.", "منذ 5 سنوات", KindPoint, "2020", 5, UnitYear},
	{"ago-tens", "شهدت القرية الحادثة قبل عشرين عاماً.", "قبل عشرين عاماً", KindPoint, "2005", 20, UnitYear},
	{"ago-hours", "أعلنت الشرطة قبل ساعتين القبض على المشتبه به.", "قبل ساعتين", KindPoint, "2025-12-24", 2, UnitHour},
	// vague spans
	{"vague-past-years", "تراجع دور الجزائر خلال السنوات الماضية في الساحل.", "السنوات الماضية", KindVague, "", 0, ""},
	{"vague-last-months", "ارتفعت الأسعار في الأشهر الأخيرة بشكل ملحوظ.", "الأشهر الأخيرة", KindVague, "", 0, ""},
	{"vague-coming-days", "يتوقع أن يصل الوفد خلال الأيام القليلة المقبلة.", "الأيام القليلة المقبلة", KindVague, "", 0, ""},
	{"vague-season-sport", "أنهى الفريق الموسم الماضي في المركز الثالث.", "الموسم الماضي", KindVague, "", 0, ""},
	{"colloquial-yesterday", "قال الشاب إنهم وصلوا مبارح على الحاجز.", "مبارح", KindPoint, "2025-12-23", 0, ""},
	{"vague-recently", "تزايدت الهجمات في الآونة الأخيرة على الطرق.", "الآونة الأخيرة", KindVague, "", 0, ""},
	{"vague-few-days", "وصل المبعوث إلى المنطقة قبل أيام.", "قبل أيام", KindVague, "", 0, ""},
	{"vague-next-decade", "ما دور البلاد في جوارها خلال العقد القادم؟", "العقد القادم", KindVague, "", 0, ""},
	{"vague-end-of-year", "يُتوقع أن تكتمل الأعمال قبل نهاية العام.", "نهاية العام", KindVague, "", 0, ""},
	{"vague-season", "تشتد الحاجة إلى الوقود في فصل الشتاء.", "فصل الشتاء", KindVague, "", 0, ""},
	{"vague-season-past", "شهدت الشواطئ إقبالاً كبيراً الصيف الماضي.", "الصيف الماضي", KindVague, "", 0, ""},
	{"vague-era", "تعود وثائق الأرض إلى الفترة العثمانية.", "الفترة العثمانية", KindVague, "", 0, ""},
	{"vague-era-hukm", "عُثر على سند رسمي من فترة الحكم العثماني.", "فترة الحكم العثماني", KindVague, "", 0, ""},
	{"vague-daily", "يعبر الحاجز مئات العمال يومياً.", "يومياً", KindVague, "", 0, ""},
	{"vague-new-era-not", "دخلت العلاقات العهد الجديد بتوقيع الاتفاق.", "", "", "", 0, ""},
	{"vague-days-of-month-not", "نشطت الأسواق خلال أيام شهر رمضان.", "شهر رمضان", KindPoint, "2026-02-18/2026-03-19", 0, ""},
	// seasons with a year, relative words
	{"season-year", "افتتح المعرض صيف 2019 في العاصمة.", "صيف 2019", KindPoint, "2019", 0, ""},
	{"this-year-lam", "هذا أفضل عرض لهذا العام.", "لهذا العام", KindPoint, "2025", 0, ""},
	{"today-muwafiq", "نقدم لكم نشرة أخبار اليوم الموافق الرابع والعشرين.", "اليوم", KindPoint, "2025-12-24", 0, ""},
}

func TestKinds(t *testing.T) {
	for _, c := range kindCases {
		t.Run(c.name, func(t *testing.T) {
			ms := FindResolved(c.text, Ref{2025, 12, 24})
			if c.mention == "" {
				if len(ms) != 0 {
					t.Fatalf("FindResolved(%q): got %d mentions (first %q), want none", c.text, len(ms), ms[0].Text)
				}
				return
			}
			var got *Mention
			var texts []string
			for i := range ms {
				texts = append(texts, ms[i].Text)
				if ms[i].Text == c.mention {
					got = &ms[i]
				}
			}
			if got == nil {
				t.Fatalf("FindResolved(%q): got mentions %q, want one %q", c.text, texts, c.mention)
			}
			if got.Kind != c.kind || got.Value != c.value || got.Amount != c.amount || got.Unit != c.unit {
				t.Errorf("%q: got kind %s value %q amount %g unit %q, want kind %s value %q amount %g unit %q",
					c.mention, got.Kind, got.Value, got.Amount, got.Unit, c.kind, c.value, c.amount, c.unit)
			}
		})
	}
}

// TestDurationsHaveNoValue checks, over every test sentence and several
// references, that durations and vague spans never get a value nor the role
// "on", and that Amount and Unit sit only on durations and counted points.
func TestDurationsHaveNoValue(t *testing.T) {
	var texts []string
	for _, c := range kindCases {
		texts = append(texts, c.text)
	}
	for _, c := range arabicCases {
		texts = append(texts, c.text)
	}
	for _, text := range texts {
		for _, ref := range []Ref{{}, {2025, 0, 0}, {2025, 12, 0}, {2025, 12, 24}} {
			for _, m := range FindResolved(text, ref) {
				switch m.Kind {
				case KindDuration, KindVague:
					if m.Value != "" || m.Precision != "" || m.Role == RoleOn {
						t.Errorf("%q (%s) in %q resolved to %q, role %q, against %v", m.Text, m.Kind, text, m.Value, m.Role, ref)
					}
				case KindPoint, KindRange:
					if m.Unit != "" && m.x.kind != kAgo {
						t.Errorf("%q (%s) carries unit %q", m.Text, m.Kind, m.Unit)
					}
				default:
					t.Errorf("%q has no kind", m.Text)
				}
				if m.Kind == KindVague && (m.Amount != 0 || m.Unit != "") {
					t.Errorf("vague %q carries amount %g unit %q", m.Text, m.Amount, m.Unit)
				}
			}
		}
	}
}

// TestPeriodRoles checks the roles of durations and vague spans: none by
// default, since after منذ, planned with a modifier of the future.
func TestPeriodRoles(t *testing.T) {
	for _, c := range []struct {
		text, mention string
		role          Role
	}{
		{"أُغلق المعبر لمدة عشرة أيام متتالية.", "لمدة عشرة أيام", ""},
		{"تراجع دور الجزائر خلال السنوات الماضية في الساحل.", "السنوات الماضية", ""},
		{"ينتظر السكان إصلاح الطريق منذ سنوات.", "منذ سنوات", RoleSince},
		{"يتوقع أن يصل الوفد خلال الأيام القليلة المقبلة.", "الأيام القليلة المقبلة", RolePlanned},
		{"تسعى الحكومة إلى مضاعفة الصادرات خلال السنوات الخمس المقبلة.", "السنوات الخمس المقبلة", RolePlanned},
	} {
		var got []string
		found := false
		for _, m := range FindResolved(c.text, Ref{2025, 12, 24}) {
			got = append(got, m.Text)
			if m.Text == c.mention {
				found = true
				if m.Role != c.role {
					t.Errorf("%q in %q: got role %q, want %q", m.Text, c.text, m.Role, c.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: got mentions %q, want %q", c.text, got, c.mention)
		}
	}
}
