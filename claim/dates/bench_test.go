package dates

import (
	"strings"
	"testing"
	"time"
)

// benchText is about 10 KB of news Arabic built from the test sentences, so
// dates are as dense as in real articles (denser, if anything).
var benchText = func() string {
	var b strings.Builder
	filler := "وأشار المسؤول إلى أن المباحثات تناولت سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين، ودعم مشاريع إعادة الإعمار وتطوير البنية التحتية، مؤكداً أهمية الحفاظ على وحدة الأراضي وسيادتها الكاملة. "
	for i := 0; b.Len() < 10*1024; i++ {
		b.WriteString(arabicCases[i%len(arabicCases)].text)
		b.WriteString(" ")
		if i%3 == 0 {
			b.WriteString(filler)
		}
		if i%8 == 7 {
			b.WriteString("\n")
		}
	}
	return b.String()
}()

func BenchmarkFind(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(benchText)
	}
}

func BenchmarkFindResolved(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		FindResolved(benchText, Ref{2025, 12, 24})
	}
}

func BenchmarkInferPublished(b *testing.B) {
	text := benchText[:3000]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		InferPublishedAt(text, now)
	}
}
