package diff

import "testing"

// TestSameDayKeepsDifferences: two long accounts of one day's happening
// that share few words are still compared: who took part differs.
func TestSameDayKeepsDifferences(t *testing.T) {
	a := mk("a", "وأرسلت الحكومة وفداً رسمياً إلى القاهرة برئاسة وزير الخارجية خالد العلي في 12 آذار لبحث ملفات التعاون")
	b := mk("b", "لقاء العلي والسيسي جاء خلال زيارة قام بها وزير الخارجية إلى القاهرة الثلاثاء 12 آذار وشملت جولة في العاصمة")
	date(t, a, "12 آذار", "2025-03-12", "on")
	date(t, b, "12 آذار", "2025-03-12", "on")
	entity(t, a, "وزير الخارجية خالد العلي", "e-ali", "person")
	entity(t, b, "العلي", "e-ali", "person")
	entity(t, b, "والسيسي", "e-sisi", "person")
	if !hasType(Compare(a, b), TypeParticipants) {
		t.Errorf("same day, another participant: got %v, want a participants discrepancy", Compare(a, b))
	}
	// The same two accounts on different days are two happenings.
	c := mk("c", b.Text)
	c.Tokens = b.Tokens
	date(t, c, "12 آذار", "2025-03-13", "on")
	c.Entities = b.Entities
	if hasType(Compare(a, c), TypeParticipants) {
		t.Errorf("different days: got %v, want no participants discrepancy", Compare(a, c))
	}
}

// TestVerbTensesShareAFact: "يجري" (expected) and "أجرى" (done) are one
// verb, so the hedge is held against the report of the act.
func TestVerbTensesShareAFact(t *testing.T) {
	a := mk("a", "وكشف المتحدث أن الرئيس أجرى أمس محادثات مع الوزير في العاصمة تناولت القضايا الثنائية والتطورات الإقليمية")
	b := mk("b", "ومن المتوقع أن يجري الوفد محادثات حول العلاقات الثنائية والقضايا الأخرى ذات الاهتمام المشترك في العاصمة")
	if !hasType(Compare(a, b), TypeModality) {
		t.Errorf("expected against done: got %v, want a modality discrepancy", Compare(a, b))
	}
}
