package rtl

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/rivo/uniseg"
)

var update = flag.Bool("update", false, "rewrite testdata/render.golden")

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		name  string
		text  string
		width int
		want  []string
	}{
		{"words", "قال وزير الخارجية الروسي", 10, []string{"قال وزير", "الخارجية", "الروسي"}},
		{"fits exactly", "قال وزير", 8, []string{"قال وزير"}},
		{"lam-alef measured shaped", "لافروف قال", 10, []string{"لافروف قال"}},
		{"lam-alef would not fit unshaped", "لافروف", 5, []string{"لافروف"}},
		{"digits and latin", "في 15 أكتوبر 2025 (SANA)", 8, []string{"في 15", "أكتوبر", "2025", "(SANA)"}},
		{"overlong latin word cut", "ZEMLIANICHENKO", 5, []string{"ZEMLI", "ANICH", "ENKO"}},
		{"overlong word after text", "عبر ZEMLIANICHENKO", 6, []string{"عبر", "ZEMLIA", "NICHEN", "KO"}},
		{"cut keeps tashkeel on letter", "مُحَمَّد", 2, []string{"مُحَ", "مَّد"}},
		{"cut never splits ligature", "كلا", 1, []string{"ك", "لا"}},
		{"paragraphs", "سطر أول\nسطر ثان", 0, []string{"سطر أول", "سطر ثان"}},
		{"crlf paragraphs", "أ\r\nب\rج", 0, []string{"أ", "ب", "ج"}},
		{"empty paragraph kept", "أ\n\nب", 20, []string{"أ", "", "ب"}},
		{"empty", "", 10, []string{""}},
		{"spaces dropped at break", "سانا   أن", 4, []string{"سانا", "أن"}},
		{"leading spaces kept", "  سانا", 10, []string{"  سانا"}},
		{"no-break space binds", "15\u00a0أكتوبر", 4, []string{"15\u00a0أ", "كتوب", "ر"}},
		{"tatweel counts", "الـرئيس السوري", 7, []string{"الـرئيس", "السوري"}},
	} {
		got := Wrap(c.text, c.width)
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", c.want) {
			t.Errorf("%s: Wrap(%q, %d) = %q, want %q", c.name, c.text, c.width, got, c.want)
		}
		for _, r := range WrapRanges(c.text, c.width) {
			if r.Start < 0 || r.End > len(c.text) || r.Start > r.End {
				t.Errorf("%s: range %v outside text", c.name, r)
			}
		}
	}
}

func TestTruncatePad(t *testing.T) {
	for _, c := range []struct {
		name  string
		text  string
		width int
		want  string
	}{
		{"fits", "الشيباني", 8, "الشيباني"},
		{"cut with tail", "وزير الخارجية", 8, "وزير ال…"},
		{"space before tail trimmed", "قال وزير", 5, "قال…"},
		{"ligature not split", "كلام", 2, "ك…"},
		{"ligature counted once", "لافروف", 5, "لافروف"},
		{"marks kept", "مُحَمَّد", 3, "مُحَ…"},
		{"second line cut", "سطر\nثان", 10, "سطر…"},
		{"zero width", "أ", 0, ""},
	} {
		if got := Truncate(c.text, c.width, "…"); got != c.want {
			t.Errorf("%s: Truncate(%q, %d) = %q, want %q", c.name, c.text, c.width, got, c.want)
		}
		if got := Truncate(c.text, c.width, "…"); Width(got) > c.width {
			t.Errorf("%s: Width(Truncate) = %d > %d", c.name, Width(got), c.width)
		}
	}
	if got := Pad("ﺎﻧﺎﺳ", 4, 7, App); got != "   ﺎﻧﺎﺳ" {
		t.Errorf("Pad App = %q, want right-aligned", got)
	}
	if got := Pad(Isolate("سانا"), 4, 7, Terminal); got != Isolate("سانا")+"   " {
		t.Errorf("Pad Terminal = %q, want spaces after", got)
	}
	if got := Pad("abcdef", 6, 3, App); got != "abcdef" {
		t.Errorf("Pad wider = %q", got)
	}
}

// segmentOf returns the segment of class in lines, its line index and its
// index among the line's segments.
func segmentOf(lines []Line, class int) (Segment, int, int) {
	for i, l := range lines {
		for j, s := range l.Segments {
			if s.Class == class {
				return s, i, j
			}
		}
	}
	return Segment{}, -1, -1
}

// spanOver returns the span of class over the first occurrence of word.
func spanOver(t *testing.T, text, word string, class int) Span {
	t.Helper()
	i := strings.Index(text, word)
	if i < 0 {
		t.Fatalf("%q not in %q", word, text)
	}
	return Span{Start: i, End: i + len(word), Class: class}
}

func TestSpans(t *testing.T) {
	const text = "وذكرت وكالة سانا (SANA) أن الجانبين بحثا “سبل تطوير الشراكة” في 23 كانون الأول."
	for _, c := range []struct {
		name     string
		width    int
		word     string
		wantLine int
	}{
		{"arabic word", 0, "سانا", 0},
		{"latin in brackets", 0, "SANA", 0},
		{"number", 0, "23", 0},
		{"word with lam-alef", 0, "الأول", 0},
		{"quoted word", 0, "تطوير", 0},
		{"wrapped quoted word", 20, "تطوير", 2},
		{"wrapped arabic word", 20, "الشراكة", 3},
		{"wrapped number", 20, "23", 3},
		{"wrapped last line", 20, "الأول", 4},
		{"wrapped first line", 20, "وكالة", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			sp := spanOver(t, text, c.word, 7)
			lines := Render(text, c.width, []Span{sp}, App)
			seg, li, _ := segmentOf(lines, 7)
			if li != c.wantLine {
				t.Fatalf("span over %q on line %d, want %d: %q", c.word, li, c.wantLine, lines)
			}
			if want := Visual(c.word); seg.Text != want {
				t.Errorf("segment of %q = %q, want %q (the word shaped and reordered)", c.word, seg.Text, want)
			}
			if seg.Width != Width(c.word) {
				t.Errorf("segment width %d, want %d", seg.Width, Width(c.word))
			}
			// The highlighted cells point back at the word's bytes.
			for _, cl := range lines[li].Cells {
				if cl.Class == 7 && (cl.Start < sp.Start || cl.End > sp.End) {
					t.Errorf("cell %+v outside span %v", cl, sp)
				}
			}
		})
	}
}

func TestSpanPositions(t *testing.T) {
	// Logical order "قال X وزير": the first word is drawn rightmost.
	text := "قال لافروف إن Human Rights Watch محقة"
	spans := []Span{
		spanOver(t, text, "قال", 1),
		spanOver(t, text, "لا", 2), // part of a ligature: the whole glyph
		spanOver(t, text, "Rights", 3),
		spanOver(t, text, "محقة", 4),
	}
	l := Render(text, 0, spans, App)[0]
	var order []int
	for _, s := range l.Segments {
		if s.Class != 0 {
			order = append(order, s.Class)
		}
	}
	// Left to right on screen: محقة (last word), Rights, لا, قال (first word).
	if fmt.Sprint(order) != "[4 3 2 1]" {
		t.Errorf("classes left to right = %v, want [4 3 2 1]; line %q", order, l.Text)
	}
	if s, _, _ := segmentOf([]Line{l}, 2); s.Text != "\uFEFB" {
		t.Errorf("span over lam of لا colours %q, want the ligature ﻻ", s.Text)
	}
	// Latin keeps its order: "Human Rights Watch" reads left to right.
	if !strings.Contains(l.Text, "Human Rights Watch") {
		t.Errorf("Latin run reordered: %q", l.Text)
	}
	// Overlapping spans: the later one wins.
	l = Render("سبل تطوير", 0, []Span{{0, 17, 1}, {7, 17, 2}}, App)[0]
	if s, _, _ := segmentOf([]Line{l}, 2); s.Text != Visual("تطوير") {
		t.Errorf("later span: got %q, want %q", s.Text, Visual("تطوير"))
	}
}

func TestTerminalMode(t *testing.T) {
	text := "قال لافروف (SANA) في 23 كانون"
	lines := Render(text, 12, []Span{spanOver(t, text, "SANA", 1)}, Terminal)
	want := []string{"قال لافروف", "(SANA) في 23", "كانون"}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		if l.Text != want[i] {
			t.Errorf("line %d Text = %q, want logical %q", i, l.Text, want[i])
		}
		if l.String() != FSI+want[i]+PDI {
			t.Errorf("line %d String = %q, want isolated", i, l.String())
		}
	}
	// Terminal mode measures logical text: لا takes two cells.
	if lines[0].Width != 10 {
		t.Errorf("terminal width = %d, want 10", lines[0].Width)
	}
	got := lines[1].Styled(func(c int, s string) string { return "<" + s + ">" })
	if got != FSI+"(<SANA>) في 23"+PDI {
		t.Errorf("Styled = %q", got)
	}
}

func TestRenderStringsLipgloss(t *testing.T) {
	text := "وقالت منظمة Human Rights Watch إن الانتهاكات مستمرة"
	style := lipgloss.NewStyle().Bold(true)
	out := RenderStrings(text, 20, []Span{spanOver(t, text, "الانتهاكات", 1)}, App,
		func(_ int, s string) string { return style.Render(s) })
	lines := Render(text, 20, nil, App)
	for i, s := range out {
		// lipgloss measures the styled line as wide as the plain one.
		if lipgloss.Width(s) != lines[i].Width {
			t.Errorf("line %d: lipgloss.Width = %d, Line.Width = %d", i, lipgloss.Width(s), lines[i].Width)
		}
		if lines[i].Width > 20 {
			t.Errorf("line %d wider than 20: %d", i, lines[i].Width)
		}
	}
}

func TestControlAndBidiFormatting(t *testing.T) {
	// Controls never reach the terminal; bidi marks are dropped in App mode.
	l := Render("أ\x1b[31mب\u200Fج\u202Eد", 0, nil, App)[0]
	if strings.ContainsAny(l.Text, "\x1b\u200F\u202E") {
		t.Errorf("App output keeps control or bidi formatting: %q", l.Text)
	}
	l = Render("a\x07b", 0, nil, Terminal)[0]
	if l.Text != "a\uFFFDb" {
		t.Errorf("Terminal output %q, want BEL replaced", l.Text)
	}
}

// TestGolden renders a few paragraphs with spans at two widths; the golden
// file was checked by eye and is rewritten with -update.
func TestGolden(t *testing.T) {
	texts := []string{
		"قال وزير الخارجية الروسي، سيرغي لافروف، إن الرئيس الروسي التقى الشيباني في 23 كانون الأول.",
		"(Credit: ALEXANDER ZEMLIANICHENKO/POOL/AFP عبر Getty Images)",
		"وأكد الـرئيس أن «الحوار» هو السبيل [الوحيد]، وأن 2.7 كيلومتر من الحدود مُؤمَّنة.",
	}
	words := []string{"لافروف", "23", "ZEMLIANICHENKO", "Getty", "الـرئيس", "«الحوار»", "2.7", "مُؤمَّنة"}
	var b strings.Builder
	for _, text := range texts {
		var spans []Span
		for i, w := range words {
			if j := strings.Index(text, w); j >= 0 {
				spans = append(spans, Span{j, j + len(w), i + 1})
			}
		}
		for _, width := range []int{0, 24} {
			for _, mode := range []Mode{App, Terminal} {
				fmt.Fprintf(&b, "-- %s width=%d mode=%s\n", text, width, mode)
				for _, s := range RenderStrings(text, width, spans, mode, func(c int, s string) string {
					return fmt.Sprintf("[%d:%s]", c, s)
				}) {
					b.WriteString(s + "\n")
				}
			}
		}
	}
	const path = "testdata/render.golden"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatalf("write golden: %v", err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("render differs from %s (rerun with -update after checking):\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

func FuzzRender(f *testing.F) {
	for _, c := range readFribidi(f) {
		f.Add(c.input, 17, 3, 12)
	}
	f.Add("لَا\x00\u202e(ab) ٢٫٧\r\n\tمُحَمَّد", 1, 0, 5)
	f.Add("\xff\xfeل\u0651ا", 2, 1, 3)
	f.Fuzz(func(t *testing.T, text string, width, s0, s1 int) {
		width %= 50
		if s0 < 0 {
			s0 = -s0
		}
		if s1 < 0 {
			s1 = -s1
		}
		spans := []Span{{Start: s0 % (len(text) + 1), End: s1 % (len(text) + 1), Class: 1}}
		for _, mode := range []Mode{App, Terminal} {
			checkRender(t, text, width, spans, mode)
		}
		if got := Visual(text); utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Errorf("Visual(%q) invalid UTF-8 %q", text, got)
		}
	})
}

// checkRender verifies the invariants of Render: every source grapheme
// cluster is shown by exactly one cell, except white space dropped at wrap
// points and paragraph separators; cells cover whole clusters; widths add up
// and respect the line width; segments rebuild the text.
func checkRender(t *testing.T, text string, width int, spans []Span, mode Mode) {
	lines := Render(text, width, spans, mode)
	count := make([]int, len(text))
	type clu struct{ start, end int }
	var clusters []clu
	forParagraphs(text, func(start, end int) {
		rest, off, state := text[start:end], start, -1
		for len(rest) > 0 {
			var cl string
			cl, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
			clusters = append(clusters, clu{off, off + len(cl)})
			off += len(cl)
		}
	})
	// Clusters are cut again at paragraph separators, as Render does.
	for _, l := range lines {
		sum := 0
		var segText strings.Builder
		for _, s := range l.Segments {
			segText.WriteString(s.Text)
		}
		if segText.String() != l.Text {
			t.Fatalf("segments %q do not rebuild line %q", segText.String(), l.Text)
		}
		for _, c := range l.Cells {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Fatalf("cell %+v outside text of %d bytes", c, len(text))
			}
			for b := c.Start; b < c.End; b++ {
				count[b]++
			}
			sum += c.Width
		}
		if sum != l.Width {
			t.Fatalf("cell widths %d != line width %d", sum, l.Width)
		}
		if width > 0 && l.Width > width {
			wide := false
			for _, c := range l.Cells {
				wide = wide || c.Width > 1
			}
			if !wide {
				t.Fatalf("line %q width %d > %d", l.Text, l.Width, width)
			}
		}
		if utf8.ValidString(text) && !utf8.ValidString(l.Text) {
			t.Fatalf("line %q not valid UTF-8", l.Text)
		}
	}
	inCluster := make([]bool, len(text))
	for _, c := range clusters {
		for b := c.start; b < c.end; b++ {
			inCluster[b] = true
			if count[b] > 1 {
				t.Fatalf("byte %d of %q shown by %d cells", b, text, count[b])
			}
			if count[b] != count[c.start] {
				t.Fatalf("cluster %q of %q split across cells", text[c.start:c.end], text)
			}
		}
		if count[c.start] == 0 {
			r, _ := utf8.DecodeRuneInString(text[c.start:])
			if !unicode.IsSpace(r) || r == 0xA0 || r == 0x2007 || r == 0x202F {
				t.Fatalf("cluster %q at %d of %q shown by no cell (mode %s, width %d)", text[c.start:c.end], c.start, text, mode, width)
			}
		}
	}
	for b := range text {
		if !inCluster[b] && (text[b] != '\n' && text[b] != '\r') {
			t.Fatalf("byte %d of %q is neither in a paragraph nor a separator", b, text)
		}
	}
}
