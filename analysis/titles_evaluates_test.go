package analysis

import "testing"

// TestEvaluates: a headline whose predicate is a judgement, a likelihood
// or a duty evaluates; one that tells an act, or gives a speaker's
// judgement, does not.
func TestEvaluates(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"رحيل المدرب نتيجة مُحتملة لموسم مؤسف", true},
		{"انسحاب الشركة من السوق مرجح بعد خسائرها", true},
		{"يجب على الاتحاد أن يراجع قراراته", true},
		{"الاتحاد يوافق على رحيل المدرب بعد موسم صعب", false},
		{"الوزير: تأجيل الامتحانات مرجح", false},
		{"المعكرونة قد تسبب الأرق", false},
	}
	for _, tc := range tests {
		if got := evaluates(tc.title); got != tc.want {
			t.Errorf("evaluates(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestActInsteadOfEvaluation: a headline that predicts gives way to a
// candidate that tells the act.
func TestActInsteadOfEvaluation(t *testing.T) {
	_, _, falls, docs := floodEvent(map[string]string{
		"d-a": "انهيار سد الوادي الأخضر نتيجة محتملة لإهمال مؤسف",
		"d-b": "السيول تجرف عشرات المنازل في بلدة الوادي الأخضر",
		"d-c": "الدفاع المدني يجلي سكان الوادي الأخضر",
	})
	top := []candidate{
		{doc: docs["d-a"], head: falls[0].title, score: 10},
		{doc: docs["d-b"], head: falls[1].title, score: 8},
	}
	tt, score := cutCandidate(top[0])
	got, _, ok := actInstead(top, 0, score, tt.Title, nil, falls)
	if !ok || got.Doc != "d-b" {
		t.Errorf("actInstead = %q (%s), %v, want the headline of d-b", got.Title, got.Doc, ok)
	}
}
