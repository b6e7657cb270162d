package align

import (
	"fmt"
	"math"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/internal/gbt"
)

func TestDefaultModel(t *testing.T) {
	if DefaultModelErr() != nil {
		t.Fatalf("embedded model: %v (rerun go run ./scripts/train-similarity)", DefaultModelErr())
	}
	m := DefaultModel()
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %.2f, want in (0, 1)", m.Threshold)
	}
	if len(m.Trees) == 0 || len(m.Assoc) == 0 {
		t.Errorf("model has %d trees and %d associations, want some of each", len(m.Trees), len(m.Assoc))
	}
	for _, k := range []string{"data", "licence", "command", "date"} {
		v := map[string]string{"data": m.About.Data, "licence": m.About.Licence, "command": m.About.Command, "date": m.About.Date}[k]
		if v == "" {
			t.Errorf("model's about.%s is empty: a model must say where it came from", k)
		}
	}
}

// similarityCases: for each anchor, a claim that reports the same fact in
// other words must score above one that reports something else with some
// of the same words.
var similarityCases = []struct {
	name, anchor, close, far string
}{
	{"met/received",
		"التقى وزير الخارجية السعودي نظيره الأردني في الرياض لبحث العلاقات الثنائية",
		"استقبل وزير الخارجية السعودي في الرياض نظيره الأردني وبحثا العلاقات بين البلدين",
		"أعلن وزير الخارجية السعودي أن الرياض ستستضيف مؤتمراً اقتصادياً الشهر المقبل"},
	{"verb forms of one visit",
		"يزور الرئيس المصري الإمارات الأسبوع المقبل في زيارة رسمية",
		"زيارة رسمية للرئيس المصري إلى الإمارات الأسبوع المقبل",
		"الرئيس المصري يفتتح مصنعاً جديداً للإسمنت في أسيوط"},
	{"clitics and plurals",
		"ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج",
		"أسعار النفط ترتفع عالمياً إثر خفض أوبك لإنتاجها",
		"قررت الحكومة رفع أسعار الخبز في الأسواق المحلية"},
	{"word order",
		"أطلقت الشرطة سراح خمسة صحفيين بعد احتجازهم يومين",
		"بعد يومين من احتجازهم، أفرجت الشرطة عن خمسة صحفيين",
		"اعتقلت الشرطة خمسة متظاهرين أمام مبنى البرلمان"},
	{"a man and a person",
		"رجل يعزف على الجيتار",
		"شخص يعزف على آلة الجيتار",
		"امرأة تقطع البصل في المطبخ"},
}

func TestSimilarityOrders(t *testing.T) {
	var claims []claim.Claim
	for i, c := range similarityCases {
		claims = append(claims, mk(fmt.Sprintf("a%d", i), "", c.anchor), mk(fmt.Sprintf("b%d", i), "", c.close), mk(fmt.Sprintf("c%d", i), "", c.far))
	}
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	sc := NewScorer(ptrs)
	for i, c := range similarityCases {
		near, far := sc.Similarity(3*i, 3*i+1), sc.Similarity(3*i, 3*i+2)
		if near <= far {
			t.Errorf("%s: same fact %.3f, other fact %.3f; want the same fact higher", c.name, near, far)
		}
		if back := sc.Similarity(3*i+1, 3*i); math.Abs(back-near) > 1e-9 {
			t.Errorf("%s: similarity not symmetric: %.3f vs %.3f", c.name, near, back)
		}
		if near < 0 || near > 1 || far < 0 || far > 1 {
			t.Errorf("%s: similarity outside [0, 1]: %.3f, %.3f", c.name, near, far)
		}
	}
}

func TestFeaturesOfInflections(t *testing.T) {
	// Forms of one word match by form even where stems differ.
	a := mk("a", "", "يزور الوزير المدينة")
	b := mk("b", "", "زيارة الوزير للمدينة")
	sc := NewScorer([]*claim.Claim{&a, &b})
	f := sc.Features(0, 1)
	if f[fCoverMin] < 0.5 {
		t.Errorf("cover_min %.2f for two forms of one sentence, want >= 0.5 (features %v)", f[fCoverMin], f)
	}
	if f[fCoverMin] < f[fCosine] {
		t.Errorf("cover_min %.2f below cosine %.2f: soft matches must add to exact ones", f[fCoverMin], f[fCosine])
	}
}

// TestVecKnown: vec_known is the smaller share of a pair's stems that the
// embedded model's word vectors know: all for two sentences of everyday
// words, less when one names a thing never met in training
// ("البلوكتشين"), and the same read either way.
func TestVecKnown(t *testing.T) {
	tests := []struct {
		name, a, b string
		lo, hi     float64
	}{
		{"everyday words", "رجل يعزف على الجيتار", "شخص يعزف على آلة الجيتار", 1, 1},
		{"an unseen technology", "رجل يعزف على الجيتار", "رجل يشرح تقنية البلوكتشين للمستثمرين", 0.2, 0.8},
		{"no word at all", "رجل يعزف على الجيتار", "في على من", 0, 0},
	}
	for _, tt := range tests {
		a, b := mk("a", "", tt.a), mk("b", "", tt.b)
		sc := NewScorer([]*claim.Claim{&a, &b})
		f, back := sc.Features(0, 1), sc.Features(1, 0)
		if got := f[fVecKnown]; got < tt.lo || got > tt.hi {
			t.Errorf("%s: vec_known %.3f, want in [%.1f, %.1f]", tt.name, got, tt.lo, tt.hi)
		}
		if f[fVecKnown] != back[fVecKnown] {
			t.Errorf("%s: vec_known %.3f one way, %.3f the other", tt.name, f[fVecKnown], back[fVecKnown])
		}
	}
}

func TestBigramDice(t *testing.T) {
	tests := []struct {
		x, y     string
		min, max float64
	}{
		{"عزف", "عزف", 1, 1},
		{"يعزف", "عزف", 0.5, 0.9},
		{"طفل", "اطفال", 0.2, 0.6},
		{"ذهب", "فضه", 0, 0.01},
		{"", "عزف", 0, 0},
	}
	for _, tt := range tests {
		got := bigramDice(tt.x, tt.y)
		if got < tt.min || got > tt.max {
			t.Errorf("bigramDice(%q, %q) = %.3f, want in [%.2f, %.2f]", tt.x, tt.y, got, tt.min, tt.max)
		}
		if back := bigramDice(tt.y, tt.x); back != got {
			t.Errorf("bigramDice not symmetric on %q, %q: %.3f vs %.3f", tt.x, tt.y, got, back)
		}
	}
}

func TestTrainAndCheck(t *testing.T) {
	var x [][NumFeatures]float64
	var y []float64
	for i := range 200 {
		var f [NumFeatures]float64
		f[fCosine] = float64(i%100) / 100
		x = append(x, f)
		y = append(y, f[fCosine])
	}
	m := Train(x, y, gbt.Options{Trees: 50, Depth: 3, Rate: 0.3, MinLeaf: 5})
	if err := m.Check(); err != nil {
		t.Fatalf("Check on a trained model: %v", err)
	}
	if lo, hi := m.Predict(&x[10]), m.Predict(&x[90]); lo >= hi {
		t.Errorf("model trained on y = cosine predicts %.2f at 0.10 and %.2f at 0.90", lo, hi)
	}
	bad := *m
	bad.Features = bad.Features[1:]
	if err := bad.Check(); err == nil {
		t.Error("Check accepted a model of other features")
	}
}

func TestLearnAssoc(t *testing.T) {
	unA := [][]string{{"التقي"}, {"التقي"}, {"التقي"}, {"عزف"}, {"فاز"}, {"فاز"}}
	unB := [][]string{{"اجتمع"}, {"اجتمع"}, {"ذهب"}, {"لعب"}, {"خسر"}, {"خسر"}}
	y := []float64{1, 0.9, 0.2, 1, 0.1, 0.15}
	got := LearnAssoc(unA, unB, y, nil)
	keep := map[[2]string]bool{}
	for _, a := range got {
		keep[[2]string{a.A, a.B}] = true
		if a.A >= a.B {
			t.Errorf("association %q–%q not ordered", a.A, a.B)
		}
	}
	if !keep[[2]string{"اجتمع", "التقي"}] {
		t.Errorf("two high-rated exchanges of التقي/اجتمع not learned: %v", got)
	}
	w := map[[2]string]float64{}
	for _, a := range got {
		w[[2]string{a.A, a.B}] = a.W
	}
	if w[[2]string{"عزف", "لعب"}] >= w[[2]string{"اجتمع", "التقي"}] {
		t.Errorf("an exchange seen once weighs as much as one seen twice: %v", got)
	}
	if keep[[2]string{"خسر", "فاز"}] {
		t.Errorf("an exchange in low-rated pairs was learned: %v", got)
	}
	only := LearnAssoc(unA, unB, y, func(k int) bool { return k > 1 })
	for _, a := range only {
		if a.A == "اجتمع" {
			t.Errorf("association learned from a held-out pair: %v", only)
		}
	}
}

func BenchmarkSimilarity(b *testing.B) {
	var claims []claim.Claim
	for i, c := range similarityCases {
		claims = append(claims, mk(fmt.Sprintf("a%d", i), "", c.anchor), mk(fmt.Sprintf("b%d", i), "", c.close))
	}
	ptrs := make([]*claim.Claim, len(claims))
	var size int64
	for i := range claims {
		ptrs[i] = &claims[i]
		size += int64(len(claims[i].Text))
	}
	sc := NewScorer(ptrs)
	b.SetBytes(size / int64(len(similarityCases)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(similarityCases)
		sc.Similarity(2*k, 2*k+1)
	}
}
