package align

import "testing"

// figureArticles are short, undated accounts written for these tests, in
// the style of the same-story set's wire copy: two outlets' reports of one
// relief flight, a reaction to it that gives no figure, two days' oil
// reports on either side of one round price, and two reports of one
// count, one of them rounded.
var figureArticles = map[string][]string{
	"planeA": {
		"وصول طائرة إغاثة سعودية ثالثة إلى عدن تحمل 12 طنا من المواد الطبية",
		"وصلت أمس الطائرة الإغاثية الثالثة إلى مطار عدن الدولي وعلى متنها فريق طبي",
		"ويأتي ذلك ضمن الجسر الجوي الذي يسيره مركز الملك سلمان للإغاثة",
	},
	"planeB": {
		"وصول الطائرة الإغاثية السعودية الثالثة إلى مطار عدن",
		"وصلت الطائرة الإغاثية الثالثة إلى مطار عدن الدولي محملة بـ 12 طنا من الأدوية والمستلزمات الطبية",
		"وتعد الطائرة الثالثة التي تصل إلى المطار منذ تحرير المدينة",
	},
	"thanks": {
		"بحاح يشكر المملكة على جسرها الجوي إلى عدن",
		"أعرب نائب الرئيس اليمني عن شكره للمملكة على طائرات الإغاثة التي وصلت إلى مطار عدن",
	},
	"oilUp": {
		"برنت يرتفع فوق 50 دولارا للبرميل",
		"صعدت أسعار خام برنت 2 بالمئة في التعاملات الآسيوية متعافية من أدنى مستوياتها",
	},
	"oilDown": {
		"برنت دون 50 دولارا للبرميل",
		"تذبذبت أسعار النفط في نطاق ضيق مع بقاء برنت دون مستوى 50 دولارا للبرميل",
	},
	"countExact": {
		"شرطة مكة تضبط 112686 مخالفا لنظامي الإقامة والعمل",
		"ضبطت الجهات الأمنية 112686 مخالفا خلال الحملات الميدانية",
	},
	"countRound": {
		"ضبط 112 ألف مخالف لنظام الإقامة في مكة",
		"أعلنت شرطة منطقة مكة المكرمة ضبط 112 ألف مخالف لنظامي الإقامة والعمل",
	},
}

// TestFiguresAgree: two reports whose leads give the same figures (or a
// rounding of them) agree; a report and a reaction that gives no figure
// do not, nor do two days' reports that share one round figure but not
// the other.
func TestFiguresAgree(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		// 12 tonnes is in both leads (one in the title, one in the
		// first sentence).
		{"one relief flight told twice", "planeA", "planeB", true},
		// The thanks give no figure: nothing to agree on.
		{"a flight and a reaction to it", "planeA", "thanks", false},
		// The first day's 2 per cent is nowhere in the second day's
		// report.
		{"two days' oil prices", "oilUp", "oilDown", false},
		// 112 ألف is a rounding of 112,686 (sameFigure).
		{"one count, once rounded", "countExact", "countRound", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ua, ub := undatedTexts(figureArticles, tt.a, tt.b)
			if got := figuresAgree(ua, ub); got != tt.want {
				t.Errorf("figuresAgree = %v, want %v (lead figures %v | %v, figures %v | %v)", got, tt.want, ua.leadFigures, ub.leadFigures, ua.figures, ub.figures)
			}
			if got := figuresAgree(ub, ua); got != tt.want {
				t.Errorf("figuresAgree reversed = %v, want %v", got, tt.want)
			}
			want := 0.0
			if tt.want {
				want = undatedFiguresBonus
			}
			if got := figuresBonus(ua, ub); got != want {
				t.Errorf("figuresBonus = %v, want %v", got, want)
			}
		})
	}
}
