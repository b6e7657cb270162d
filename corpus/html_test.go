package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// htmlGolden is what a saved page must give.
type htmlGolden struct {
	Title         string   `json:"title"`
	Source        string   `json:"source"`
	SourceFrom    string   `json:"source_from"`
	URL           string   `json:"url"`
	Published     string   `json:"published"`
	PublishedFrom string   `json:"published_from"`
	Author        string   `json:"author"`
	Lang          string   `json:"lang"`
	TitleSpan     Span     `json:"title_span"`
	Text          []string `json:"text"` // one entry per line
	Problems      []string `json:"problems"`
}

func TestHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/html/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages under testdata/html (%v)", err)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			docs, probs := Load(context.Background(), []string{page}, Options{})
			got := htmlGolden{Problems: []string{}, Text: []string{}}
			for _, p := range probs {
				got.Problems = append(got.Problems, p.Error())
			}
			if len(docs) == 1 {
				d := docs[0]
				got.Title, got.Source, got.SourceFrom, got.URL = d.Title, d.Source, d.SourceFrom, d.URL
				got.Published, got.PublishedFrom, got.Author, got.Lang = d.Published, d.PublishedFrom, d.Author, d.Lang
				got.TitleSpan = d.TitleSpan
				got.Text = strings.Split(d.Text, "\n")
			}
			data, _ := json.MarshalIndent(got, "", "  ")
			golden := strings.TrimSuffix(page, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(data, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(data)) {
				t.Errorf("%s: got\n%s\nwant\n%s", page, data, want)
			}
		})
	}
}

func TestHTMLPageShapes(t *testing.T) {
	data, err := os.ReadFile("testdata/html/moscow-visit.html")
	if err != nil {
		t.Fatal(err)
	}
	docs, probs := readHTML("moscow-visit.html", data)
	if len(docs) != 1 || len(probs) != 0 {
		t.Fatalf("got %d documents and problems %v, want 1 and none", len(docs), probs)
	}
	text := docs[0].Text
	for _, furniture := range []string{"الرئيسية", "عاجل", "اقرأ أيضاً", "أبو محمد", "جميع الحقوق محفوظة", "اتصل بنا", "فيسبوك", "gtag"} {
		if strings.Contains(text, furniture) {
			t.Errorf("extracted text keeps page furniture %q", furniture)
		}
	}
	for _, body := range []string{"لقاء مع بوتين", "يوم الثلاثاء 23 كانون الأول"} {
		if !strings.Contains(text, body) {
			t.Errorf("extracted text lost %q", body)
		}
	}

	tests := []struct {
		name    string
		page    string
		wantErr error
		docs    int
	}{
		{"navigation only", `<html><body><nav><a href="/">الرئيسية</a><a href="/x">سياسة</a></nav><ul><li><a href="/1">الشرع يلتقي بوتين</a></li></ul></body></html>`, ErrNoText, 0},
		{"empty page", `   `, ErrEmpty, 0},
		{"script only", `<html><head><script>var a = 1;</script></head><body></body></html>`, ErrNoText, 0},
		{"truncated after the body starts", strings.SplitAfter(string(data), "العاصمة الروسية.</p>")[0], ErrTruncated, 1},
		{"binary", "<html>\x00\x01\x02</html>", ErrBinary, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, probs := readHTML("page.html", []byte(tc.page))
			if len(docs) != tc.docs {
				t.Errorf("got %d documents, want %d", len(docs), tc.docs)
			}
			found := false
			for _, p := range probs {
				if errors.Is(p, tc.wantErr) && strings.HasPrefix(p.Error(), "page.html: ") {
					found = true
				}
			}
			if !found {
				t.Errorf("got problems %v, want %v naming page.html", probs, tc.wantErr)
			}
		})
	}
}

func TestHTMLBadInputDoesNotStopOthers(t *testing.T) {
	dir := t.TempDir()
	good, _ := os.ReadFile("testdata/html/moscow-visit.html")
	files := map[string][]byte{
		"good.html":   good,
		"nav.html":    []byte(`<html><body><nav><a href="/">الرئيسية</a></nav></body></html>`),
		"cut.htm":     good[:strings.Index(string(good), "لقاء مع بوتين")],
		"latin1.txt":  []byte("caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu\n"),
		"article.txt": []byte("عنوان\nقال وزير الخارجية إن المحادثات كانت جيدة ومثمرة.\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, probs := Load(context.Background(), []string{dir}, Options{})
	if len(docs) != 3 {
		t.Errorf("got %d documents, want 3 (good.html, cut.htm, article.txt)", len(docs))
	}
	want := map[string]error{"nav.html": ErrNoText, "cut.htm": ErrTruncated, "latin1.txt": ErrEncoding}
	for name, err := range want {
		ok := false
		for _, p := range probs {
			if filepath.Base(p.Input) == name && errors.Is(p, err) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: got problems %v, want %v", name, probs, err)
		}
	}
}

func BenchmarkReadHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/html/moscow-visit.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		readHTML("p.html", data)
	}
}
