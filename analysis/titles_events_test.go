package analysis

import (
	"context"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
)

// TestDatedRecordTitlesReachEvents: two dated JSON-style records (their
// titles are fields, not claims) in a small input are compared as whole
// articles, titles included: two road accidents told with the same
// words, whose headlines give figures the other never gives, are two
// events; the first accident told by another outlet is one with it.
func TestDatedRecordTitlesReachEvents(t *testing.T) {
	body := map[string]string{
		"a":  "لقي ثلاثة أشخاص مصرعهم وأصيب خمسة آخرون إثر حادث تصادم بين سيارتين على طريق الرياض القصيم السريع.\nوباشرت فرق الهلال الأحمر الحادث ونقلت المصابين إلى مستشفى الملك سعود بعنيزة.\nوأوضح المتحدث باسم الهلال الأحمر أن حالة بعض المصابين خطيرة.\nوتولت الجهات المختصة التحقيق في أسباب الحادث.",
		"a2": "توفي ثلاثة أشخاص وأصيب خمسة في تصادم سيارتين على طريق الرياض القصيم.\nونقلت فرق الهلال الأحمر المصابين إلى مستشفى الملك سعود في عنيزة وبينهم حالتان خطيرتان.\nوباشرت الجهات المختصة التحقيق في ملابسات الحادث.",
		"b":  "لقي شخصان مصرعهما وأصيب أربعة آخرون إثر انقلاب سيارة على طريق الهجرة السريع.\nوباشرت فرق الهلال الأحمر الحادث ونقلت المصابين إلى مستشفى الملك فهد بالمدينة المنورة.\nوأوضح المتحدث باسم الهلال الأحمر أن حالة أحد المصابين خطيرة.\nوتولت الجهات المختصة التحقيق في أسباب الحادث.",
	}
	title := map[string]string{
		"a":  "مصرع 3 أشخاص وإصابة 5 في حادث تصادم على طريق الرياض القصيم",
		"a2": "3 وفيات و5 إصابات بتصادم مروع على طريق القصيم",
		"b":  "مصرع 2 وإصابة 4 في انقلاب سيارة على طريق الهجرة",
	}
	source := map[string]string{"a": "okaz", "a2": "alriyadh", "b": "sabq"}
	tests := []struct {
		docs     [2]string
		together bool
	}{
		{[2]string{"a", "b"}, false},
		{[2]string{"a", "a2"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.docs[0]+"-"+tt.docs[1], func(t *testing.T) {
			var docs []*corpus.Document
			for _, k := range tt.docs {
				docs = append(docs, &corpus.Document{ID: "d-" + k, Path: k + ".json", Source: source[k], Title: title[k],
					Text: body[k], Published: "2015-08-06", PublishedFrom: "metadata", Lang: "ar"})
			}
			a, err := Analyze(context.Background(), Options{NoDifferences: true, Workers: 1}, docs)
			if err != nil {
				t.Fatal(err)
			}
			together := false
			for _, ev := range a.Events {
				together = together || len(ev.Sources) == 2
			}
			if together != tt.together {
				t.Errorf("one event holds both: got %v, want %v", together, tt.together)
			}
		})
	}
}
