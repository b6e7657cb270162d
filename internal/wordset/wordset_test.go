package wordset

import (
	"strings"
	"testing"
)

// TestFilterHasEveryWord checks that a Filter never turns away a word it
// was given, and that it turns away most Arabic words it was not.
func TestFilterHasEveryWord(t *testing.T) {
	given := strings.Fields("من بين منذ عام العام سنة القرن هذا هذه حتى يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس اليوم غدا a the in on x")
	f := New(given...)
	for _, w := range append(given, "") {
		if w != "" && !f.MayHave(w) {
			t.Errorf("MayHave(%q) = false for a word given", w)
		}
	}
	if f.MayHave("") {
		t.Errorf("MayHave(\"\") = true; the empty word was not given")
	}
	others := strings.Fields("وأشار المسؤول إلى أن المباحثات تناولت سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين ودعم مشاريع إعادة الإعمار وتطوير البنية التحتية مؤكداً أهمية الحفاظ على وحدة الأراضي وسيادتها الكاملة وقال الوزير في مؤتمر صحفي إن الحكومة ستواصل جهودها لتحقيق الاستقرار والأمن في المنطقة")
	yes := 0
	for _, w := range others {
		if f.MayHave(w) {
			yes++
		}
	}
	if yes > len(others)/5 {
		t.Errorf("%d of %d words not given pass the filter; want at most a fifth", yes, len(others))
	}
}

// TestOf checks that Of holds a map's keys.
func TestOf(t *testing.T) {
	m := map[string]int{"بين": 1, "منذ": 2, "since": 3}
	f := Of(m)
	for w := range m {
		if !f.MayHave(w) {
			t.Errorf("MayHave(%q) = false", w)
		}
	}
}

// BenchmarkMayHave asks a filter about the words of an Arabic sentence.
func BenchmarkMayHave(b *testing.B) {
	f := New(strings.Fields("من بين منذ عام العام سنة القرن هذا هذه حتى يناير فبراير مارس")...)
	words := strings.Fields("وأشار المسؤول إلى أن المباحثات تناولت سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين")
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			f.MayHave(w)
		}
	}
}

// BenchmarkMap is BenchmarkMayHave's lookups in a map, for comparison.
func BenchmarkMap(b *testing.B) {
	m := map[string]bool{}
	for _, w := range strings.Fields("من بين منذ عام العام سنة القرن هذا هذه حتى يناير فبراير مارس") {
		m[w] = true
	}
	words := strings.Fields("وأشار المسؤول إلى أن المباحثات تناولت سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين")
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = m[w]
		}
	}
}
