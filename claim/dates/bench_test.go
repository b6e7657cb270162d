package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/internal/artest"
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

// snnArticle is a SaudiNewsNet article's text and the day after it was
// retrieved ("now" for the inference, as analyze passes it).
type snnArticle struct {
	text string
	now  time.Time
}

// snnArticles reads the articles of the SaudiNewsNet file named by
// CLAIMDIFF_BENCH_SNN (artest.SNN), each with the day after its crawl as
// "now": real news, whose dates the bundled corpus is too small to vary as
// much.
func snnArticles(b *testing.B) ([]snnArticle, int) {
	recs, n := artest.SNN(b)
	out := make([]snnArticle, 0, len(recs))
	for _, r := range recs {
		now := time.Now()
		if len(r.Extracted) >= 10 {
			if t, err := time.Parse("2006-01-02", r.Extracted[:10]); err == nil {
				now = t.Add(24 * time.Hour)
			}
		}
		out = append(out, snnArticle{r.Content, now})
	}
	return out, n
}

// BenchmarkFindSNN finds the dates of SaudiNewsNet articles (see
// snnArticles).
func BenchmarkFindSNN(b *testing.B) {
	arts, n := snnArticles(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Find(a.text)
		}
	}
}

// snnFound returns the SaudiNewsNet articles of the benchmarks with the
// dates Find returns for each, and sets the bytes and allocations to report.
func snnFound(b *testing.B) ([]snnArticle, [][]Mention) {
	arts, n := snnArticles(b)
	found := make([][]Mention, len(arts))
	for i, a := range arts {
		found[i] = Find(a.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	return arts, found
}

// BenchmarkInferPublishedSNN infers the publication dates of SaudiNewsNet
// articles from the dates Find returned, found beforehand, as analyze
// does for articles without one.
func BenchmarkInferPublishedSNN(b *testing.B) {
	arts, found := snnFound(b)
	for b.Loop() {
		for i, a := range arts {
			InferPublishedIn(a.text, found[i], a.now)
		}
	}
}

// BenchmarkInferPublishedRetrievedSNN is BenchmarkInferPublishedSNN as
// analyze runs it on SaudiNewsNet, whose records give the crawl day: with
// that day as the retrieval date.
func BenchmarkInferPublishedRetrievedSNN(b *testing.B) {
	arts, found := snnFound(b)
	clock := artest.StartCPU()
	for b.Loop() {
		for i, a := range arts {
			InferPublishedRetrieved(a.text, found[i], a.now.AddDate(0, 0, -1), a.now)
		}
	}
	clock.Report(b)
}

// TestFiltersHoldTheirMaps checks that the scanner's word filters hold
// every key of the maps they stand before: a word added to the lexicon
// after the filters are built would never be found.
func TestFiltersHoldTheirMaps(t *testing.T) {
	for w := range lexicon {
		if !lexiconFilter.MayHave(w) {
			t.Errorf("lexiconFilter turns away %q", w)
		}
	}
	for w := range starters {
		if !startersFilter.MayHave(w) {
			t.Errorf("startersFilter turns away %q", w)
		}
	}
}
