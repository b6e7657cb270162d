package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/artest"
)

const corpusDir = "../testdata/corpus/syria-russia"

func TestSaudiNewsNetRecord(t *testing.T) {
	// A record as SaudiNewsNet ships it: date_extracted is when the copy
	// was fetched, not when the article was published.
	data := []byte(`[{"source": "aawsat", "url": "http://aawsat.com/home/article/413546", "date_extracted": "2015-07-21 02:51:32",
	  "title": "اجتماع وزاري خليجي في الرياض", "author": "الرياض: «الشرق الأوسط»",
	  "content": "عقد وزراء خارجية دول مجلس التعاون اجتماعاً في الرياض أمس."},
	 {"source": "sabq", "url": "http://sabq.org/x", "date_extracted": "2015-07-21 03:00:00", "title": "بلا نص", "content": ""}]`)
	docs, probs := readJSON("2015-07-21.json", data)
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	d := docs[0]
	checks := []struct{ name, got, want string }{
		{"source", d.Source, "aawsat"},
		{"source_from", d.SourceFrom, FromMetadata},
		{"retrieved", d.Retrieved, "2015-07-21"},
		{"retrieved_from", d.RetrievedFrom, FromMetadata},
		{"published", d.Published, ""},
		{"title", d.Title, "اجتماع وزاري خليجي في الرياض"},
		{"url", d.URL, "http://aawsat.com/home/article/413546"},
		{"text", d.Text, "عقد وزراء خارجية دول مجلس التعاون اجتماعاً في الرياض أمس."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if len(probs) != 1 || !errors.Is(probs[0], ErrNoText) || !strings.Contains(probs[0].Error(), "record 2") {
		t.Errorf("problems: got %v, want one ErrNoText naming record 2", probs)
	}
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name, text       string
		title, source    string
		published        string
		titleSpan        string // text at TitleSpan
		boilerplateStart int    // start of the first boilerplate span, -1 for none
		wantErr          error
	}{
		{"first line is the title", "\n  الشيباني في موسكو  \nنص الخبر هنا.", "الشيباني في موسكو", "", "", "الشيباني في موسكو", -1, nil},
		{"markdown heading", "# لافروف يستقبل الشيباني\n\nنص.", "لافروف يستقبل الشيباني", "", "", "لافروف يستقبل الشيباني", -1, nil},
		{"front matter", "---\ntitle: زيارة\nsource: سانا\npublished: 2025-12-24T10:00:00Z\n---\nعنوان في النص\nنص الخبر.", "زيارة", "سانا", "2025-12-24", "عنوان في النص", 0, nil},
		{"BOM", "\ufeffعنوان\nنص.", "عنوان", "", "", "عنوان", -1, nil},
		{"only spaces", " \n\t\n", "", "", "", "", -1, ErrEmpty},
		{"front matter only", "---\ntitle: x\n---\n\n", "", "", "", "", -1, ErrEmpty},
		{"binary", "PK\x03\x04\x00\x00", "", "", "", "", -1, ErrBinary},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, probs := readText("a.txt", []byte(tc.text))
			if tc.wantErr != nil {
				if len(docs) != 0 || len(probs) == 0 || !errors.Is(probs[len(probs)-1], tc.wantErr) {
					t.Fatalf("got %d docs, problems %v; want error %v", len(docs), probs, tc.wantErr)
				}
				return
			}
			if len(docs) != 1 {
				t.Fatalf("got %d docs (problems %v), want 1", len(docs), probs)
			}
			d := docs[0]
			if d.Title != tc.title || d.Source != tc.source || d.Published != tc.published {
				t.Errorf("got title %q source %q published %q, want %q %q %q", d.Title, d.Source, d.Published, tc.title, tc.source, tc.published)
			}
			if got := d.Text[d.TitleSpan.Start:d.TitleSpan.End]; got != tc.titleSpan {
				t.Errorf("title span: got %q, want %q", got, tc.titleSpan)
			}
			if tc.boilerplateStart >= 0 && (len(d.Boilerplate) == 0 || d.Boilerplate[0].Start != tc.boilerplateStart) {
				t.Errorf("boilerplate: got %v, want a span at %d", d.Boilerplate, tc.boilerplateStart)
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	data := "{\"title\": \"أ\", \"text\": \"نص أول.\"}\n\n{\"title\": \"ب\", \"text\": \"نص مقطوع\n[1, 2]\n{\"headline\": \"ج\", \"body\": \"نص ثالث.\", \"site\": \"alarabiya.net\", \"published_at\": \"2025/07/31\"}\n"
	docs, probs := readJSONL("f.jsonl", []byte(data))
	if len(docs) != 2 {
		t.Fatalf("got %d docs, want 2", len(docs))
	}
	if d := docs[1]; d.Title != "ج" || d.Source != "alarabiya.net" || d.Published != "2025-07-31" || d.Record != 5 {
		t.Errorf("record on line 5: got title %q source %q published %q record %d", d.Title, d.Source, d.Published, d.Record)
	}
	var lines []int
	for _, p := range probs {
		lines = append(lines, p.Line)
	}
	if len(probs) != 2 || lines[0] != 3 || lines[1] != 4 {
		t.Errorf("problems: got %v on lines %v, want lines 3 and 4", probs, lines)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"RFC 3339", "2025-12-24T10:00:00Z", "2025-12-24"},
		{"SaudiNewsNet", "2015-07-21 02:51:32", "2015-07-21"},
		{"slashes", "2025/12/24", "2025-12-24"},
		{"month", "2025-12", "2025-12"},
		{"year", "2025", "2025"},
		{"bad month", "2025-13-01", ""},
		{"day out of range keeps the month", "2025-12-32", "2025-12"},
		{"words", "أمس", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NormalizeDate(tc.in); got != tc.want {
				t.Errorf("NormalizeDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// copyCorpus copies the bundled corpus files (optionally renamed by
// rename) into dir.
func copyCorpus(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("bundled corpus not found")
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.Base(f))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

func idsByBase(t *testing.T, paths ...string) map[string]string {
	t.Helper()
	docs, probs := Load(context.Background(), paths, Options{})
	for _, p := range probs {
		if !p.Skipped {
			t.Fatalf("load: %v", p)
		}
	}
	m := map[string]string{}
	for _, d := range docs {
		m[filepath.Base(d.Path)] = d.ID
	}
	return m
}

// TestStableDocumentIDs checks each promise of CONTRACT.md's "IDs are
// stable" for documents.
func TestStableDocumentIDs(t *testing.T) {
	ref := idsByBase(t, corpusDir)
	if len(ref) != 5 {
		t.Fatalf("got %d documents, want 5", len(ref))
	}
	one := "001_018bca4796b0a5f3.txt"

	t.Run("every run", func(t *testing.T) {
		if again := idsByBase(t, corpusDir); !equalMaps(again, ref) {
			t.Errorf("second run: got %v, want %v", again, ref)
		}
	})
	t.Run("alone, from another path", func(t *testing.T) {
		dir := t.TempDir()
		copyCorpus(t, dir)
		got := idsByBase(t, filepath.Join(dir, one))
		if got[one] != ref[one] {
			t.Errorf("alone in %s: got %s, want %s", dir, got[one], ref[one])
		}
	})
	t.Run("with other files beside it, in reverse order", func(t *testing.T) {
		dir := t.TempDir()
		paths := copyCorpus(t, dir)
		extra := filepath.Join(dir, "zzz.txt")
		os.WriteFile(extra, []byte("خبر آخر\nنص مختلف تماماً عن البقية."), 0o644)
		var rev []string
		for i := len(paths) - 1; i >= 0; i-- {
			rev = append(rev, paths[i])
		}
		got := idsByBase(t, append([]string{extra}, rev...)...)
		for name, id := range ref {
			if got[name] != id {
				t.Errorf("%s: got %s, want %s", name, got[name], id)
			}
		}
	})
	t.Run("same text, different source", func(t *testing.T) {
		text, _ := os.ReadFile(filepath.Join(corpusDir, one))
		dir := t.TempDir()
		a := filepath.Join(dir, "sana.json")
		b := filepath.Join(dir, "hawar.json")
		os.WriteFile(a, jsonArticle("sana.sy", string(text)), 0o644)
		os.WriteFile(b, jsonArticle("hawarnews.com", string(text)), 0o644)
		got := idsByBase(t, a, b)
		if got["sana.json"] == got["hawar.json"] {
			t.Errorf("two sources printing the same text share ID %s", got["sana.json"])
		}
		if again := idsByBase(t, b, a); !equalMaps(again, got) {
			t.Errorf("order changed IDs: got %v, want %v", again, got)
		}
	})
	t.Run("same text, same source, two files", func(t *testing.T) {
		text, _ := os.ReadFile(filepath.Join(corpusDir, one))
		d1, d2 := t.TempDir(), t.TempDir()
		a := filepath.Join(d1, "copy-a.json")
		b := filepath.Join(d2, "copy-b.json")
		os.WriteFile(a, jsonArticle("sana.sy", string(text)), 0o644)
		os.WriteFile(b, jsonArticle("sana.sy", string(text)), 0o644)
		got := idsByBase(t, a, b)
		if got["copy-a.json"] == got["copy-b.json"] {
			t.Fatalf("duplicate copies share ID %s", got["copy-a.json"])
		}
		if again := idsByBase(t, b, a); !equalMaps(again, got) {
			t.Errorf("order changed IDs: got %v, want %v", again, got)
		}
		if !strings.HasSuffix(got["copy-b.json"], "-2") {
			t.Errorf("second copy: got %s, want the first copy's ID with -2", got["copy-b.json"])
		}
	})
}

func jsonArticle(source, text string) []byte {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return []byte(`{"source": "` + source + `", "title": "t", "content": "` + r.Replace(text) + `"}`)
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// FuzzReaders feeds any bytes to every reader: no panic, every document's
// text valid UTF-8, its title span inside the text and on rune boundaries.
func FuzzReaders(f *testing.F) {
	for _, s := range artest.Texts() {
		f.Add([]byte(s))
	}
	f.Add([]byte(`[{"content": "نص", "title": 5, "date": null}, 3]`))
	f.Add([]byte("{\"text\": \"نص\"}\n{broken\n"))
	f.Add([]byte("---\ntitle: [\n---\nنص"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, r := range []readerFunc{readText, readJSON, readJSONL, sniff(data)} {
			docs, _ := r("f", data)
			for _, d := range docs {
				if !utf8.ValidString(d.Text) {
					t.Fatalf("text not valid UTF-8: %q", d.Text)
				}
				s, e := d.TitleSpan.Start, d.TitleSpan.End
				if s < 0 || e < s || e > len(d.Text) {
					t.Fatalf("title span [%d:%d] outside %d bytes", s, e, len(d.Text))
				}
				for _, b := range d.Boilerplate {
					if b.Start < 0 || b.End < b.Start || b.End > len(d.Text) {
						t.Fatalf("boilerplate [%d:%d] outside %d bytes", b.Start, b.End, len(d.Text))
					}
				}
			}
		}
	})
}

func BenchmarkReadJSON(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("[")
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for i, f := range files {
		text, _ := os.ReadFile(f)
		if i > 0 {
			sb.WriteString(",")
		}
		sb.Write(jsonArticle("src", string(text)))
	}
	sb.WriteString("]")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		readJSON("f.json", data)
	}
}
