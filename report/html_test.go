package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
)

// hostile is an article sentence that carries markup, as a scraped page
// or a malicious feed might.
const hostile = `وقال المتحدث باسم وزارة الخارجية السورية في بيان نشرته الوكالة الرسمية <script>window.__pwned = 1</script> إن الوفد الرسمي برئاسة وزير الخارجية <img src=x onerror="window.__pwned = 2"> وصل إلى العاصمة الروسية موسكو في زيارة تستمر يومين & يلتقي خلالها كبار المسؤولين الروس.`

// hostileBody is the rest of the hostile articles: ordinary news Arabic.
const hostileBody = "وتأتي الزيارة بعد أشهر من التواصل بين البلدين على مستوى الخبراء والدبلوماسيين.\nوبحث الجانبان ملفات التعاون الاقتصادي وإعادة الإعمار والطاقة.\n"

// hostileAnalysis runs the whole pipeline on two articles that both carry
// the hostile sentence (so it is aligned and marked), with a hostile
// source name and URL.
func hostileAnalysis(t testing.TB) *analysis.Analysis {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.md":  "---\ntitle: \"<b>عنوان</b>\"\nsource: \"<script>x()</script>\"\nurl: \"javascript:alert(1)\"\npublished: 2025-07-31\n---\nالشيباني في موسكو\n\n" + hostile + "\nوأكد لافروف أن روسيا تتطلع إلى زيارة الشرع منتصف تشرين الأول.\n" + hostileBody,
		"b.txt": "وزير الخارجية يصل إلى موسكو\n\n" + strings.Replace(hostile, "وصل إلى", "يصل اليوم إلى", 1) + "\nوقال لافروف إن موسكو تنتظر زيارة الرئيس السوري أحمد الشرع في منتصف أكتوبر المقبل.\n" + hostileBody,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, problems := corpus.Load(context.Background(), []string{dir}, corpus.Options{})
	if len(problems) > 0 || len(docs) != 2 {
		t.Fatalf("load: %d documents, problems %v", len(docs), problems)
	}
	a, err := analysis.Analyze(context.Background(), analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestHTMLEscapesArticles checks that markup in article text, titles,
// source names and URLs reaches the HTML page as text, never as markup.
func TestHTMLEscapesArticles(t *testing.T) {
	a := hostileAnalysis(t)
	r, err := Build(a, Options{Generated: fixedTime})
	if err != nil {
		t.Fatal(err)
	}
	// Without an alignment the sentence would still be shown only if it
	// were in an event; show it in any case.
	if r.Counts.Alignments == 0 {
		b := newTestBuilder(r)
		for i := range a.Claims {
			if strings.Contains(a.Claims[i].Text, "<script>") {
				r.Reviewed = append(r.Reviewed, b.claim(&a.Claims[i], nil))
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, tc := range []struct {
		name, bad string
	}{
		{"script element", "<script>window.__pwned"},
		{"img element", "<img src=x"},
		{"onerror attribute", `onerror="window`},
		{"script in source name", "<script>x()"},
		{"bold title", "<b>عنوان</b>"},
		{"javascript URL", `href="javascript:`},
	} {
		if strings.Contains(page, tc.bad) {
			t.Errorf("%s: the page contains %q unescaped", tc.name, tc.bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;window.__pwned = 1&lt;/script&gt;", "&lt;img src=x onerror=&#34;window.__pwned = 2&#34;&gt;", "&amp; يلتقي"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks the escaped text %q", want)
		}
	}
	if n := strings.Count(page, "<script"); n != 0 {
		t.Errorf("got %d <script elements, want none (the report needs no scripts)", n)
	}
	// The Markdown report is just as inert.
	buf.Reset()
	if err := WriteMarkdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	if md := buf.String(); strings.Contains(md, "<script") || strings.Contains(md, "<img") {
		t.Error("the Markdown report passes article HTML through")
	}
}

// TestHTMLSelfContained checks that the page asks for nothing from the
// network: no scripts, style sheets, fonts or images by URL, and a
// Content-Security-Policy that forbids them.
func TestHTMLSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, bundled(t)); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, tc := range []struct {
		name string
		re   string
	}{
		{"script", `<script`},
		{"link element", `<link`},
		{"css url()", `url\(`},
		{"css @import", `@import`},
		{"img", `<img`},
		{"iframe", `<iframe`},
	} {
		if regexp.MustCompile(tc.re).MatchString(page) {
			t.Errorf("the page has a %s", tc.name)
		}
	}
	for _, want := range []string{`dir="rtl"`, `lang="ar"`, `"Noto Naskh Arabic"`, "Content-Security-Policy", "@media (max-width: 640px)", "display: grid"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
}

// BenchmarkWriteHTML measures rendering the bundled corpus' report.
func BenchmarkWriteHTML(b *testing.B) {
	r := bundled(b)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := WriteHTML(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuild measures building the report model of the bundled corpus.
func BenchmarkBuild(b *testing.B) {
	r := bundled(b)
	n := 0
	for _, d := range r.Analysis.Documents {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Build(r.Analysis, Options{Generated: fixedTime}); err != nil {
			b.Fatal(err)
		}
	}
}
