package common

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

func testContext(mode rtl.Mode) *Context {
	r := lipgloss.NewRenderer(&strings.Builder{})
	r.SetColorProfile(termenv.ANSI)
	return &Context{Width: 80, Height: 24, Mode: mode, Styles: NewStyles(r), Keys: DefaultKeyMap(), Data: NewData(nil)}
}

// TestParaWidths: every line Para returns is exactly the width asked for,
// in both modes, with and without highlights, for Arabic, Latin and mixed
// news text.
func TestParaWidths(t *testing.T) {
	tests := []struct {
		name, text string
		width      int
		spans      []rtl.Span
	}{
		{"arabic", "وصل وزير الخارجية السوري أسعد الشيباني إلى موسكو يوم الأربعاء في زيارة رسمية.", 30, nil},
		{"arabic with highlight", "قال لافروف إن الجانبين بحثا سبل تطوير الشراكة العسكرية والفنية.", 25, []rtl.Span{{Start: 0, End: 7, Class: ClassDiff}}},
		{"mixed digits and latin", "التقى بوتين الشرع في 15 تشرين الأول/أكتوبر 2025 (Getty Images).", 20, nil},
		{"latin only", "Russia and Syria discussed military cooperation on Wednesday.", 18, []rtl.Span{{Start: 7, End: 10, Class: ClassEvidence}}},
		{"narrower than a word", "الاستراتيجية", 4, nil},
		{"empty", "", 10, nil},
	}
	for _, mode := range []rtl.Mode{rtl.App, rtl.Terminal} {
		c := testContext(mode)
		for _, tc := range tests {
			t.Run(mode.String()+"/"+tc.name, func(t *testing.T) {
				for i, l := range c.Para(tc.text, tc.width, tc.spans) {
					if got := lipgloss.Width(l); got != tc.width {
						t.Errorf("line %d: got width %d, want %d: %q", i, got, tc.width, l)
					}
				}
				if got := lipgloss.Width(c.Cell(tc.text, tc.width)); got != tc.width {
					t.Errorf("Cell: got width %d, want %d", got, tc.width)
				}
			})
		}
	}
}

// TestFit cuts and pads styled lines to an exact width.
func TestFit(t *testing.T) {
	tests := []struct {
		name, in string
		width    int
	}{
		{"pad", "abc", 6},
		{"cut", "abcdefgh", 4},
		{"styled cut", "\x1b[1mabcdefgh\x1b[0m", 3},
		{"arabic presentation forms", "ﻮﻜﺳﻮﻣ ﻰﻟﺇ", 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := lipgloss.Width(Fit(tc.in, tc.width)); got != tc.width {
				t.Fatalf("Fit(%q, %d): got width %d, want %d", tc.in, tc.width, got, tc.width)
			}
		})
	}
}

// TestSearchSpans: matches are found in the folded form and point at the
// original bytes, whole runes.
func TestSearchSpans(t *testing.T) {
	text := "أكد الرئيس الأسد أن مُوسكو شريك. وقال إن موسكو ستدعم دمشق."
	doc := &corpus.Document{ID: "d-00000001", Source: "سانا", Text: text}
	cut := strings.Index(text, "وقال")
	a := &analysis.Analysis{Documents: []*corpus.Document{doc}, Claims: []claim.Claim{
		{ID: "d-00000001/c-000001", Doc: doc.ID, Start: 0, End: cut - 1, Text: text[:cut-1], Kind: claim.KindSentence},
		{ID: "d-00000001/c-000002", Doc: doc.ID, Start: cut, End: len(text), Text: text[cut:], Kind: claim.KindSentence},
	}}
	d := NewData(a)
	tests := []struct {
		name, query string
		want        []string // the matched original texts, in order
	}{
		{"tashkeel ignored", "موسكو", []string{"مُوسكو", "موسكو"}},
		{"hamza folded", "الاسد", []string{"الأسد"}},
		{"nothing", "بيروت", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range d.Search(tc.query, 0) {
				for _, s := range m.Spans {
					if !utf8.ValidString(text[s.Start:s.End]) {
						t.Fatalf("span %v is not whole runes", s)
					}
					got = append(got, text[s.Start:s.End])
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Fatalf("Search(%q): got %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

// FuzzPara: whatever the text, Para's lines are exactly width cells wide.
func FuzzPara(f *testing.F) {
	f.Add("وصل الشيباني إلى موسكو (يوم الأربعاء) في 24/12/2025.", 17, true)
	f.Add("lam-alef: لا للانتهاكات «الإسرائيلية»", 9, false)
	f.Add("\t\x01 mixed עברית and العربية", 3, true)
	f.Fuzz(func(t *testing.T, text string, width int, app bool) {
		if !utf8.ValidString(text) || width < 1 || width > 200 {
			return
		}
		mode := rtl.Terminal
		if app {
			mode = rtl.App
		}
		c := testContext(mode)
		for i, l := range c.Para(text, width, []rtl.Span{{Start: 0, End: len(text) / 2, Class: ClassMatch}}) {
			if got := lipgloss.Width(l); got != width {
				t.Fatalf("line %d of %q at width %d (%s): got width %d", i, text, width, mode, got)
			}
		}
	})
}

// TestInlineLTR lays out discrepancy details, English sentences quoting
// Arabic, on a left-to-right line: the sentence reads left to right, each
// quoted name is shaped and reversed on its own, and a list of names keeps
// its order.
func TestInlineLTR(t *testing.T) {
	visual := func(s string) string { return rtl.Render(s, 0, nil, rtl.App)[0].Text }
	tests := []struct {
		name, text string
		width      int
		app        string // the App-mode line
		terminal   string // the Terminal-mode line
	}{
		{"latin only", "dated 2025-12-23 against 2025-12-24", 80,
			"dated 2025-12-23 against 2025-12-24", "dated 2025-12-23 against 2025-12-24"},
		{"quoted names keep the list's order", `only A names "الشيباني", "الأسد"`, 80,
			`only A names "` + visual("الشيباني") + `", "` + visual("الأسد") + `"`,
			"\u2066" + `only A names "` + rtl.Isolate("الشيباني") + `", "` + rtl.Isolate("الأسد") + `"` + "\u2069"},
		{"a detail that starts with Arabic stays left to right", `"نحو أربعة ملايين" against "3 ملايين": about vs exact`, 80,
			`"` + visual("نحو أربعة ملايين") + `" against "3 ` + visual("ملايين") + `": about vs exact`,
			"\u2066" + `"` + rtl.Isolate("نحو أربعة ملايين") + `" against "3 ` + rtl.Isolate("ملايين") + `": about vs exact` + "\u2069"},
		{"digits after Arabic stay in its run", `cites "سانا 24" in A`, 80,
			`cites "` + visual("سانا 24") + `" in A`,
			"\u2066" + `cites "` + rtl.Isolate("سانا 24") + `" in A` + "\u2069"},
		// X → Y inside a right-to-left run reads right to left: the
		// arrow must point from X (on the right, read first) to Y (on
		// its left), so it is ← in the run; laid out, Y ← X.
		{"an arrow in a right-to-left run points along the reading", `worded differently: "وقال لافروف → وحينها وجه لافروف"`, 80,
			`worded differently: "` + visual("وحينها وجه لافروف") + " ← " + visual("وقال لافروف") + `"`,
			"\u2066" + `worded differently: "` + rtl.Isolate("وقال لافروف ← وحينها وجه لافروف") + `"` + "\u2069"},
		{"a wrapped line of Arabic only", `روسيا → وحينها وجه`, 80,
			visual("وحينها وجه") + " ← " + visual("روسيا"),
			"\u2066" + rtl.Isolate("روسيا ← وحينها وجه") + "\u2069"},
		{"an arrow that ends a wrapped line goes with the run before it", `", "والفنية →`, 80,
			`", "` + "← " + visual("والفنية"),
			"\u2066" + `", "` + rtl.Isolate("والفنية ←") + "\u2069"},
		{"an arrow that opens a wrapped line goes with the run after it", `→ التقنية والفنية", "`, 80,
			visual("التقنية والفنية") + " ←" + `", "`,
			"\u2066" + rtl.Isolate("← التقنية والفنية") + `", "` + "\u2069"},
		{"an arrow between quoted runs stays in the sentence's order", `"سوري" → "السورية"`, 80,
			`"` + visual("سوري") + `" → "` + visual("السورية") + `"`,
			"\u2066" + `"` + rtl.Isolate("سوري") + `" → "` + rtl.Isolate("السورية") + `"` + "\u2069"},
	}
	for _, tc := range tests {
		for _, mode := range []rtl.Mode{rtl.App, rtl.Terminal} {
			t.Run(mode.String()+"/"+tc.name, func(t *testing.T) {
				c := testContext(mode)
				want := tc.app
				if mode == rtl.Terminal {
					want = tc.terminal
				}
				if got := c.InlineLTR(tc.text, tc.width); got != want {
					t.Errorf("InlineLTR(%q):\ngot  %q\nwant %q", tc.text, got, want)
				}
			})
		}
	}
	// Cut to the width, in both modes, whatever the width.
	text := `said by "سيرغي لافروف" in A, by "أسعد الشيباني" in B`
	for _, mode := range []rtl.Mode{rtl.App, rtl.Terminal} {
		c := testContext(mode)
		for w := 1; w <= 60; w++ {
			if got := lipgloss.Width(c.InlineLTR(text, w)); got > w {
				t.Errorf("%s: InlineLTR at width %d is %d cells wide", mode, w, got)
			}
		}
	}
}
