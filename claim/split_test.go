package claim

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/internal/artest"
	"github.com/claimdiff/claimdiff/lang"
)

func TestSplitShared(t *testing.T) {
	for _, tc := range artest.Cases {
		if tc.Claims == nil {
			continue
		}
		t.Run(tc.Name, func(t *testing.T) {
			d := &corpus.Document{ID: "d-test", Text: tc.Text}
			got := Split(d)
			checkClaims(t, d, got)
			for i := 0; i < len(got) || i < len(tc.Claims); i++ {
				var g, w artest.Claim
				if i < len(got) {
					g = artest.Claim{Kind: got[i].Kind, Text: got[i].Text}
				}
				if i < len(tc.Claims) {
					w = tc.Claims[i]
				}
				if g != w {
					t.Errorf("claim %d:\n got  %s %q\n want %s %q", i, g.Kind, g.Text, w.Kind, w.Text)
				}
			}
		})
	}
}

func TestSplitTitleAndBoilerplate(t *testing.T) {
	text := "الشيباني يصل إلى موسكو\n\nوصل وزير الخارجية السوري إلى موسكو في زيارة رسمية.\nاترك ردك\nوالتقى نظيره الروسي سيرغي لافروف."
	bp := strings.Index(text, "اترك ردك")
	d := &corpus.Document{ID: "d-t", Text: text,
		TitleSpan:   corpus.Span{Start: 0, End: len("الشيباني يصل إلى موسكو")},
		Boilerplate: []corpus.Span{{Start: bp, End: bp + len("اترك ردك")}}}
	got := Split(d)
	checkClaims(t, d, got)
	want := []artest.Claim{
		{Kind: KindTitle, Text: "الشيباني يصل إلى موسكو"},
		{Kind: KindSentence, Text: "وصل وزير الخارجية السوري إلى موسكو في زيارة رسمية."},
		{Kind: KindSentence, Text: "والتقى نظيره الروسي سيرغي لافروف."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d claims, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Kind != w.Kind || got[i].Text != w.Text {
			t.Errorf("claim %d: got %s %q, want %s %q", i, got[i].Kind, got[i].Text, w.Kind, w.Text)
		}
	}
	if got[2].Para != 3 {
		t.Errorf("paragraph of last claim: got %d, want 3 (title, sentence, boilerplate line, sentence)", got[2].Para)
	}
}

func TestRepeatedTextIDs(t *testing.T) {
	line := "وأكد الوزير أن المحادثات كانت بناءة ومثمرة."
	d := &corpus.Document{ID: "d-r", Text: line + "\n" + line + "\n" + "وأَكَّدَ الوزير أن المحادثات كانت بناءة ومثمرة."}
	got := Split(d)
	if len(got) != 3 {
		t.Fatalf("got %d claims, want 3", len(got))
	}
	base := ID("d-r", line, 1)
	wantIDs := []string{base, base + "-2", base + "-3"} // the third only differs by tashkeel
	for i, w := range wantIDs {
		if got[i].ID != w {
			t.Errorf("claim %d: got ID %q, want %q", i, got[i].ID, w)
		}
	}
}

// checkClaims asserts the span invariants: inside the text, on rune
// boundaries, in order, text == Text[start:end], tokens inside the claim.
func checkClaims(t *testing.T, d *corpus.Document, cs []Claim) {
	t.Helper()
	prev := 0
	for i, c := range cs {
		if c.Start < prev || c.End <= c.Start || c.End > len(d.Text) {
			t.Fatalf("claim %d: span [%d:%d] out of order or outside %d bytes", i, c.Start, c.End, len(d.Text))
		}
		if !utf8.RuneStart(d.Text[c.Start]) || (c.End < len(d.Text) && !utf8.RuneStart(d.Text[c.End])) {
			t.Fatalf("claim %d: span [%d:%d] not on rune boundaries", i, c.Start, c.End)
		}
		if c.Text != d.Text[c.Start:c.End] {
			t.Fatalf("claim %d: text %q != text[%d:%d] %q", i, c.Text, c.Start, c.End, d.Text[c.Start:c.End])
		}
		for _, tk := range c.Tokens {
			if tk.Start < c.Start || tk.End > c.End {
				t.Fatalf("claim %d: token [%d:%d] outside claim [%d:%d]", i, tk.Start, tk.End, c.Start, c.End)
			}
		}
		prev = c.End
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range artest.Texts() {
		f.Add(s, 0, 0)
	}
	f.Add("عنوان\n\nنص. «اقتباس، وقال» ثم.\n\xff", 3, 9)
	f.Fuzz(func(t *testing.T, text string, bs, be int) {
		// Any bytes: no panic. The invariants hold for the valid UTF-8
		// that corpus hands over, with boilerplate on rune boundaries.
		Split(&corpus.Document{ID: "d-f", Text: text, Boilerplate: []corpus.Span{{Start: bs, End: be}}})
		text = strings.ToValidUTF8(text, "\uFFFD")
		d := &corpus.Document{ID: "d-f", Text: text}
		if bs >= 0 && be > bs && be <= len(text) && utf8.RuneStart(text[bs]) && (be == len(text) || utf8.RuneStart(text[be])) {
			d.Boilerplate = []corpus.Span{{Start: bs, End: be}}
		}
		cs := Split(d)
		checkClaims(t, d, cs)
		seen := map[string]bool{}
		for _, c := range cs {
			if seen[c.ID] {
				t.Fatalf("duplicate claim ID %s", c.ID)
			}
			seen[c.ID] = true
		}
	})
}

// goldPath finds the sample gold: ../shared beside the repository (as CI
// has it), else the copy in testdata/gold.
func goldPath(t *testing.T) string {
	for _, p := range []string{"../../shared/gold/seeds-dev.json", "../testdata/gold/seeds-dev.json"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("no gold file")
	return ""
}

// TestGoldCoverage is checks/score.py's span_integrity and claim_coverage
// in Go: every claim's text is its document's text[start:end], and every
// gold snippet in events and alignments is covered by one claim that
// overlaps at least half of it.
func TestGoldCoverage(t *testing.T) {
	var gold struct {
		Docs   map[string]string `json:"docs"`
		Events map[string]struct {
			Claims [][2]string `json:"claims"`
		} `json:"events"`
		Alignments []struct {
			Claims [][2]string `json:"claims"`
		} `json:"alignments"`
	}
	data, err := os.ReadFile(goldPath(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	dir := "../testdata/corpus/syria-russia"
	docs, probs := corpus.Load(context.Background(), []string{dir}, corpus.Options{})
	if len(probs) > 0 {
		t.Fatalf("load: %v", probs)
	}
	byName := map[string]*corpus.Document{}
	claims := map[*corpus.Document][]Claim{}
	for _, d := range docs {
		byName[filepath.Base(d.Path)] = d
		claims[d] = Split(d)
		checkClaims(t, d, claims[d])
	}
	var snippets [][2]string
	for _, ev := range gold.Events {
		snippets = append(snippets, ev.Claims...)
	}
	for _, al := range gold.Alignments {
		snippets = append(snippets, al.Claims...)
	}
	if len(snippets) == 0 {
		t.Fatal("gold has no snippets")
	}
	for _, sn := range snippets {
		d := byName[gold.Docs[sn[0]]]
		if d == nil {
			t.Fatalf("gold document %s (%s) not loaded", sn[0], gold.Docs[sn[0]])
		}
		s := strings.Index(d.Text, sn[1])
		if s < 0 {
			t.Fatalf("snippet not in %s: %q", d.Path, sn[1])
		}
		e := s + len(sn[1])
		best := 0
		for _, c := range claims[d] {
			if o := min(e, c.End) - max(s, c.Start); o > best {
				best = o
			}
		}
		if best*2 < e-s {
			t.Errorf("%s: snippet %q covered by at most %d of %d bytes", sn[0], sn[1], best, e-s)
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	if len(docs) == 0 {
		b.Skip("no corpus")
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Split(d)
		}
	}
}

// TestSplitInto splits the bundled corpus's articles over one reused token
// buffer, longest first so the buffer is reused by shorter texts, and
// compares each with Split: the same claims with the same tokens.
func TestSplitInto(t *testing.T) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	if len(docs) == 0 {
		t.Skip("no corpus")
	}
	slices.SortFunc(docs, func(a, b *corpus.Document) int { return len(b.Text) - len(a.Text) })
	var buf []lang.Token
	for _, d := range docs {
		want := Split(d)
		var got []Claim
		got, buf = SplitInto(d, buf)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: SplitInto differs from Split", d.Path)
		}
		clear(buf)
	}
}

// TestSplitAppend splits the bundled corpus's articles into one reused
// claims array (cleared between documents, as analysis reuses it, and
// once left with a claim in it), longest first, and compares each with
// Split: the same claims after those already in the array.
func TestSplitAppend(t *testing.T) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	if len(docs) < 2 {
		t.Skip("no corpus")
	}
	slices.SortFunc(docs, func(a, b *corpus.Document) int { return len(b.Text) - len(a.Text) })
	var buf []lang.Token
	var arr []Claim
	for i, d := range docs {
		want := Split(d)
		clear(arr)
		arr = arr[:0]
		if i == 1 {
			arr = append(arr, Claim{ID: "kept"})
		}
		var got []Claim
		got, buf = SplitAppend(arr, d, buf)
		if i == 1 {
			if len(got) == 0 || got[0].ID != "kept" {
				t.Fatalf("%s: the claim already in the array is gone", d.Path)
			}
			got = got[1:]
		}
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: SplitAppend differs from Split (%d claims, want %d)", d.Path, len(got), len(want))
		}
		arr = got[:0]
		clear(buf)
	}
}

// BenchmarkSplitInto is BenchmarkSplit over one reused token buffer, as
// analysis splits documents when their tokens go after the features.
func BenchmarkSplitInto(b *testing.B) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	if len(docs) == 0 {
		b.Skip("no corpus")
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var buf []lang.Token
	for b.Loop() {
		for _, d := range docs {
			_, buf = SplitInto(d, buf)
			clear(buf)
		}
	}
}

// TestSpeechFilter checks that the filter before the speech-verb map lets
// every speech verb through, bare and with a conjunction, and stops most
// other words of real text.
func TestSpeechFilter(t *testing.T) {
	for w := range speechVerbs {
		for _, v := range []string{w, "و" + w, "ف" + w} {
			if !IsSpeechVerb(v) {
				t.Errorf("IsSpeechVerb(%q) = false", v)
			}
		}
	}
	words := strings.Fields(lang.Normalize("وأكدت الوزارة في بيان لها أن المباحثات تناولت سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين ودعم مشاريع إعادة الإعمار وتطوير البنية التحتية مشيراً إلى أهمية الحفاظ على وحدة الأراضي"))
	passed := 0
	for _, w := range words {
		if maySpeak(w) {
			passed++
		}
		if got, want := IsSpeechVerb(w), speechVerbs[w] || (len(w) > 2 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && speechVerbs[w[2:]]); got != want {
			t.Errorf("IsSpeechVerb(%q) = %v, want %v", w, got, want)
		}
	}
	if passed*3 > len(words) {
		t.Errorf("the filter lets %d of %d words through", passed, len(words))
	}
}

// TestSplitArabicInitials: a dot after a lone Arabic letter is a title's
// abbreviation (د. doctor, أ.د. professor doctor) and ends no sentence;
// after a number the letter is the era (م، ه) and may end one.
func TestSplitArabicInitials(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"doctor", "وقع مذكرتا التفاهم نائب وزير الصحة للشؤون الصحية د. حمد الضويلع في جدة.", 1},
		{"professor doctor", "ومدير جامعتي الملك عبدالعزيز وجدة المكلف أ.د. عبدالرحمن اليوبي.", 1},
		{"era after a year", "افتتح المعرض عام 2015 م. وحضره عدد كبير من الزوار.", 2},
		{"a plain sentence end", "وصل الوفد إلى الرياض. وبدأ زيارته أمس.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &corpus.Document{ID: "d-test", Text: tt.text}
			got := Split(d)
			if len(got) != tt.want {
				var ts []string
				for _, c := range got {
					ts = append(ts, c.Text)
				}
				t.Errorf("got %d claims %q, want %d", len(got), ts, tt.want)
			}
		})
	}
}

// TestCollidingTextIDs: two different sentences of one article whose
// normalised texts share the six hex digits of their SHA-256 (found by
// trying counts: 1310 and 3068) get two IDs, the second eight digits, and
// the second's repeat eight digits and "-2"; a sentence of its own keeps
// the six digits ID gives it.
func TestCollidingTextIDs(t *testing.T) {
	s := func(n int) string {
		return fmt.Sprintf("قال المتحدث إن عدد المشاركين في الاجتماع بلغ %d شخصا.", n)
	}
	a, b := s(1310), s(3068)
	if ID("d-x", a, 1) != ID("d-x", b, 1) {
		t.Fatalf("the texts no longer collide: %s %s", ID("d-x", a, 1), ID("d-x", b, 1))
	}
	other := "وأكد الوزير أن المحادثات كانت بناءة ومثمرة."
	d := &corpus.Document{ID: "d-x", Text: a + "\n" + b + "\n" + other + "\n" + b + "\n" + a}
	got := Split(d)
	if len(got) != 5 {
		t.Fatalf("got %d claims, want 5", len(got))
	}
	seen := map[string]bool{}
	for _, c := range got {
		if seen[c.ID] {
			t.Errorf("ID %s given twice", c.ID)
		}
		seen[c.ID] = true
	}
	base := ID("d-x", a, 1)
	sumB := sha256.Sum256([]byte(lang.Normalize(got[1].Text)))
	long := "d-x/c-" + hex.EncodeToString(sumB[:4])
	want := []string{base, long, ID("d-x", got[2].Text, 1), long + "-2", base + "-2"}
	for i, w := range want {
		if got[i].ID != w {
			t.Errorf("claim %d (%q): ID %s, want %s", i, got[i].Text, got[i].ID, w)
		}
	}
}

// TestCountFields checks countFields against strings.Fields on lines with
// the spaces strings.Fields knows and bytes that are not UTF-8, with and
// without the limit reached.
func TestCountFields(t *testing.T) {
	texts := []string{"", "   ", "الرياض: «الشرق الأوسط»",
		"  عقد وزراء خارجية\tدول مجلس التعاون\n اجتماعاً في الرياض أمس.  ",
		"شارك\u00a0طباعة\u0085أرسل\u3000share  tweet", "\xff\xfe نص \xd8 بلا ترميز\xe2\x82"}
	for _, text := range texts {
		for _, limit := range []int{1, 3, 13} {
			if got, want := countFields(text, limit), min(len(strings.Fields(text)), limit); got != want {
				t.Errorf("countFields(%q, %d) = %d, want %d", text, limit, got, want)
			}
		}
	}
}
