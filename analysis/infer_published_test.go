package analysis

import (
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claim/dates"
	"github.com/claimdiff/claimdiff/corpus"
)

// TestInferPublishedCrawled: a crawled article (its retrieval day known)
// whose only dates are ones it cites is not dated to the year of a
// decree; one whose dates name its own recent days keeps them.
func TestInferPublishedCrawled(t *testing.T) {
	tests := []struct {
		name, text, retrieved, want string
	}{
		{
			"a decree's date is not the article's",
			"طلب وزير الإسكان من هيئة المهندسين تقديم مقترحات جديدة لحل أزمة الإسكان خلال زيارة مرتقبة يوم الأربعاء المقبل.\nوأوضح رئيس الهيئة أن نظام الهيئة الصادر بالمرسوم الملكي رقم م/36 وتاريخ 26/9/1423هـ يتيح لها تقديم المشورة الفنية.",
			"2015-07-31", "",
		},
		{
			"an old year cited and a recent weekday with its date",
			"أعلنت الوزارة أمس الخميس 30 يوليو 2015 عن نتائج المسابقة التي أطلقت أول مرة عام 1998.",
			"2015-07-31", "2015-07-31",
		},
		{
			// with nothing to bound it the cited date is all there is
			"no retrieval day: as before",
			"وأوضح رئيس الهيئة أن نظام الهيئة الصادر بالمرسوم الملكي رقم م/36 وتاريخ 26/9/1423هـ يتيح لها تقديم المشورة الفنية.",
			"", "2002-12-01/2002-12-02",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &corpus.Document{Text: tt.text, Retrieved: tt.retrieved}
			inferPublished(d, dates.Find(tt.text))
			if d.Published != tt.want {
				t.Errorf("published %q (%s), want %q", d.Published, d.PublishedFrom, tt.want)
			}
		})
	}
}

func TestEndsBefore(t *testing.T) {
	day := "2014-07-31"
	for _, tt := range []struct {
		v    string
		want bool
	}{
		{"2002-12-01/2002-12-02", true},
		{"2013", true},
		{"2014", false},
		{"2014-07", false},
		{"2014-06", true},
		{"2015-07-29/2015-07-31", false},
	} {
		if got := endsBefore(tt.v, mustDay(t, day)); got != tt.want {
			t.Errorf("endsBefore(%q, %s) = %v, want %v", tt.v, day, got, tt.want)
		}
	}
}

func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
