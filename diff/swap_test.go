package diff

import (
	"testing"
)

func TestDefaultSwapModel(t *testing.T) {
	if DefaultSwapModelErr != nil {
		t.Fatalf("embedded gate: %v (rerun go run ./scripts/train-swap)", DefaultSwapModelErr)
	}
	m := DefaultSwapModel
	if m.Threshold <= 0 || m.Threshold >= 1 || len(m.Trees) == 0 || len(m.Change) == 0 {
		t.Errorf("gate: threshold %.2f, %d trees, %d stems; want a threshold in (0, 1) and some of each", m.Threshold, len(m.Trees), len(m.Change))
	}
	if m.About.Data == "" || m.About.Licence == "" || m.About.Command == "" || m.About.Date == "" {
		t.Errorf("gate's about is incomplete: %+v", m.About)
	}
}

// TestSwapGate: substitutions the rules leave open are decided by the
// gate; in each case the claims share the rest.
func TestSwapGate(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool // an entity/term discrepancy
	}{
		{"another city", "مسرحية غنائية عن حب جبران الأول تعرض في لندن", "مسرحية غنائية عن حب جبران الأول تعرض في باريس", true},
		{"workers against children", "الحكومة تقر قانوناً لحماية العمال الأجانب من الاستغلال", "الحكومة تقر قانوناً لحماية الأطفال الأجانب من الاستغلال", true},
		{"boat and skiff", "رجل يركب زورقاً في النهر", "رجل يركب قارباً في النهر", false},
		{"same words", "وصل الوزير إلى الرياض مساء الأحد", "وصل الوزير إلى الرياض مساء الأحد", false},
	}
	for _, tt := range tests {
		a, b := mk("a", tt.a), mk("b", tt.b)
		got := false
		for _, d := range Compare(a, b) {
			if d.Type == TypeEntity || d.Type == TypePolarity {
				got = true
				for _, e := range d.Evidence {
					if e.Start < 0 || e.End < e.Start {
						t.Errorf("%s: bad evidence %+v", tt.name, e)
					}
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: changed fact reported %v, want %v (%v)", tt.name, got, tt.want, Compare(a, b))
		}
	}
}

func TestSwapCandidates(t *testing.T) {
	a := mk("a", "مسرحية غنائية عن حب جبران الأول تعرض في لندن")
	b := mk("b", "مسرحية غنائية عن حب جبران الأول تعرض في باريس")
	cs, other := SwapCandidates(a, b, Options{}, nil)
	if other {
		t.Errorf("the rules alone report a discrepancy other than wording: %v", Compare(a, b))
	}
	if len(cs) != 1 {
		t.Fatalf("candidates = %+v, want one (لندن/باريس)", cs)
	}
	c := cs[0]
	if c.Features[sfWordsA] != 1 || c.Features[sfWordsB] != 1 || c.Features[sfChangeMax] != 0 {
		t.Errorf("features %v: want one word a side and no stem rates without a model", c.Features)
	}
	if len(c.Stems) != 2 {
		t.Errorf("stems %v, want two", c.Stems)
	}
}

// TestSwapReach checks the candidates the gate reads beyond the rules: a
// replaced run longer than ruleRun words in a short claim, and the
// lexicon features of a candidate.
func TestSwapReach(t *testing.T) {
	// A predicate reworded around a changed fact: nine words replaced.
	a := mk("a", "الوزير يحذر النقابات من تنظيم إضراب عام جديد خلال الشهر المقبل في المصانع الحكومية")
	b := mk("b", "الوزير يدعو النقابات إلى المشاركة في حوار وطني واسع حول الأجور في المصانع الحكومية")
	cs, _ := SwapCandidates(a, b, Options{}, nil)
	if len(cs) == 0 {
		t.Fatalf("no candidate for a long replaced run in a short claim: ops %v", Words(a, b))
	}
	long := false
	for _, c := range cs {
		long = long || c.Features[sfRunA] > ruleRun/2 && c.Features[sfWordsA] > 2
	}
	if !long {
		t.Errorf("candidates %+v: want one with more than two words a side", cs)
	}
	// Lexicon senses: يحذر and يدعم are opposed (warn / support).
	a = mk("a", "المعارضة تحذر من قرار الحكومة الجديد بشأن الضرائب")
	b = mk("b", "المعارضة تدعم بقوة قرار الحكومة الجديد بشأن الضرائب")
	p := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{})
	var xa, xb []int
	for i, tk := range a.Tokens {
		if tk.Norm == "تحذر" {
			xa = append(xa, i)
		}
	}
	for i, tk := range b.Tokens {
		if tk.Norm == "تدعم" {
			xb = append(xb, i)
		}
	}
	if len(xa) != 1 || len(xb) != 1 {
		t.Fatalf("tokens not found: %v %v", xa, xb)
	}
	c := p.swapFeatures(Op{}, xa, xb, 1, 6, 7, nil)
	if c.Features[sfSenseA] < 1 || c.Features[sfSenseB] < 1 || c.Features[sfOpposed] != 1 || c.Features[sfSameSense] != 0 {
		t.Errorf("sense features %v %v %v %v, want senses on both sides, opposed, not the same",
			c.Features[sfSenseA], c.Features[sfSenseB], c.Features[sfOpposed], c.Features[sfSameSense])
	}
}

func TestLetterDice(t *testing.T) {
	tests := []struct {
		x, y string
		want float64
	}{
		{"لندن", "لندن", 1},
		{"لندن", "باريس", 0},
		{"", "باريس", 0},
	}
	for _, tt := range tests {
		if got := letterDice(tt.x, tt.y); got != tt.want {
			t.Errorf("letterDice(%q, %q) = %.2f, want %.2f", tt.x, tt.y, got, tt.want)
		}
	}
}
