package align

import (
	"math"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// reactionArticles are short, undated accounts written for these tests.
// report and condemn tell one bombing: the security report, and a
// minister's condemnation that retells the happening in one sentence and
// shares little else with it. oilLow and indexLow are two markets' lows on
// one day, which share words spread over their texts.
var reactionArticles = map[string][]string{
	"report": {
		"مقتل 15 في تفجير انتحاري استهدف مسجد قوات الطوارئ بعسير",
		"فجر انتحاري حزامه الناسف داخل مسجد مقر قوات الطوارئ الخاصة في منطقة عسير أثناء صلاة الظهر",
		"وأوضح المتحدث الأمني لوزارة الداخلية أن التفجير أسفر عن استشهاد عشرة من منسوبي القوات وثلاثة من العاملين",
		"ونقل المصابون إلى مستشفى عسير المركزي لتلقي العلاج",
		"وباشرت الجهات الأمنية التحقيق لمعرفة هوية منفذ الجريمة",
	},
	"condemn": {
		"وزير الصحة يدين الاعتداء الآثم على مسجد الطوارئ",
		"أدان وزير الصحة التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير",
		"وقال الوزير إن هذا العمل الجبان لن ينال من وحدة الوطن وتماسك أبنائه",
		"ودعا الله أن يتغمد الشهداء بواسع رحمته وأن يمن على المصابين بالشفاء العاجل",
	},
	"oilLow": {
		"النفط يتراجع قرب أدنى مستوياته",
		"تراجعت أسعار الخام في التعاملات الآسيوية بفعل وفرة المعروض وضعف الطلب الصيني",
		"وانخفض خام برنت سبعين سنتاً إلى 49 دولاراً للبرميل",
		"ويترقب المستثمرون بيانات المخزونات الأمريكية هذا الأسبوع",
	},
	"indexLow": {
		"الأسهم السعودية تغلق في أدنى مستوى",
		"أغلق مؤشر السوق منخفضاً بضغط من قطاعي المصارف والبتروكيماويات",
		"وتراجعت أسهم 140 شركة مقابل ارتفاع 15 شركة",
		"وبلغت قيمة التداولات خمسة مليارات ريال",
	},
}

// undatedTexts reads two articles of arts as sameUndated does.
func undatedTexts(arts map[string][]string, a, b string) (*undatedText, *undatedText) {
	claims := titledClaims(arts, a, b)
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	sc := NewScorer(ptrs)
	var ma, mb []int
	for i, c := range claims {
		if c.Doc == a {
			ma = append(ma, i)
		} else {
			mb = append(mb, i)
		}
	}
	return sc.undatedTextOf(ma, ""), sc.undatedTextOf(mb, "")
}

func TestRetold(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want float64
	}{
		// The condemnation's "تفجير … استهدف مسجد قوات" is in the
		// report's title; the report's "مسجد قوات الطوارئ … عسير" in
		// the condemnation's first sentence.
		{"a report and a condemnation of one bombing", "report", "condemn", 1},
		// The markets' titles share "أدنى" (مستوياته and مستوى are two
		// stems), not what fell: a quarter of the index's title window
		// at best is in one sentence of the oil report.
		{"two markets' lows", "oilLow", "indexLow", 0.25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ua, ub := undatedTexts(reactionArticles, tt.a, tt.b)
			if got := retold(ua, ub); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("retold(%s, %s) = %.3f, want %.3f", tt.a, tt.b, got, tt.want)
			}
			if got, back := retold(ua, ub), retold(ub, ua); got != back {
				t.Errorf("retold is not symmetric: %.3f against %.3f", got, back)
			}
		})
	}
}

// TestRetoldJoinsReaction: a condemnation that retells a bombing in one
// sentence and shares little else with the security report is one event
// with it, undated; without the retold phrase in the score it would not
// be (the rest of the score is under what eight claims need). Two
// markets' lows stay apart.
func TestRetoldJoinsReaction(t *testing.T) {
	tests := []struct {
		name     string
		docs     []string
		together [][2]string
	}{
		{"a report and a condemnation", []string{"report", "condemn"}, [][2]string{{"report", "condemn"}}},
		{"two markets' lows", []string{"oilLow", "indexLow"}, nil},
		{"all four", []string{"oilLow", "condemn", "indexLow", "report"}, [][2]string{{"report", "condemn"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTogether(t, reactionArticles, tt.docs, tt.together)
		})
	}
	t.Run("without the retold phrase", func(t *testing.T) {
		defer func(w [6]float64) { undatedWeights = w }(undatedWeights)
		undatedWeights[5] = 0
		checkTogether(t, reactionArticles, []string{"report", "condemn"}, nil)
	})
}

func TestAppendWindows(t *testing.T) {
	tests := []struct {
		seq  []uint64
		want [][]uint64
	}{
		{nil, nil},
		{[]uint64{7}, nil}, // one stem is no phrase
		{[]uint64{1, 2}, [][]uint64{{1, 2}}},
		{[]uint64{1, 2, 1, 3, 4}, [][]uint64{{1, 2, 3}, {2, 1, 3, 4}}},
	}
	for _, tt := range tests {
		if got := appendWindows(nil, tt.seq); !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("appendWindows(%v) = %v, want %v", tt.seq, got, tt.want)
		}
	}
}

func TestMostTogether(t *testing.T) {
	bit := func(words int, claims ...int) []uint64 {
		m := make([]uint64, words)
		for _, c := range claims {
			m[c/64] |= 1 << (c % 64)
		}
		return m
	}
	tests := []struct {
		name string
		ms   [][]uint64
		want int
	}{
		{"one stem", [][]uint64{bit(1, 3)}, 1},
		{"spread over claims", [][]uint64{bit(1, 0), bit(1, 1), bit(1, 2)}, 1},
		{"three in claim 5", [][]uint64{bit(1, 5, 0), bit(1, 5), bit(1, 1, 5), bit(1, 2)}, 3},
		{"all four in claim 70", [][]uint64{bit(2, 70), bit(2, 3, 70), bit(2, 70), bit(2, 70, 100)}, 4},
		{"two in claim 100 and 6", [][]uint64{bit(2, 100), bit(2, 6, 100), bit(2, 6)}, 2},
	}
	for _, tt := range tests {
		if got := mostTogether(tt.ms); got != tt.want {
			t.Errorf("%s: mostTogether = %d, want %d", tt.name, got, tt.want)
		}
	}
}
