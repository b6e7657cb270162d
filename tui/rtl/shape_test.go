package rtl

import (
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// shapeLogical shapes s and returns the shaped runes in logical order.
func shapeLogical(s string) string {
	e := getEngine()
	defer putEngine(e)
	e.load(s, 0, App)
	var out []rune
	for _, r := range e.shaped {
		if r != 0 {
			out = append(out, r)
		}
	}
	return string(out)
}

func TestShapeForms(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		// Expected forms written from the Unicode code charts, not from the code.
		{"isolated beh", "ب", "\uFE8F"},
		{"beh teh", "بت", "\uFE91\uFE96"},
		{"three dual", "سلم", "\uFEB3\uFEE0\uFEE2"},
		{"right-joining breaks", "دار", "\uFEA9\uFE8D\uFEAD"},
		{"teh marbuta final", "دولة", "\uFEA9\uFEED\uFEDF\uFE94"},
		{"hamza non-joining stays U+0621", "ماء", "\uFEE3\uFE8E\u0621"},
		{"lam alef isolated", "لا", "\uFEFB"},
		{"lam alef hamza above", "لأ", "\uFEF7"},
		{"lam alef hamza below", "لإ", "\uFEF9"},
		{"lam alef madda", "لآ", "\uFEF5"},
		{"lam alef final", "كلا", "\uFEDB\uFEFC"},
		{"lam hamza above final", "سلأ", "\uFEB3\uFEF8"},
		{"lam hamza below final", "فلإ", "\uFED3\uFEFA"},
		{"lam madda final", "ملآ", "\uFEE3\uFEF6"},
		{"lam alef with fatha on lam", "لَا", "\uFEFB\u064E"},
		{"marks transparent", "مُحَمَّد", "\uFEE3\u064F\uFEA4\u064E\uFEE4\u064E\u0651\uFEAA"},
		{"tatweel joins", "الـرئيس", "\uFE8D\uFEDF\u0640\uFEAE\uFE8B\uFEF4\uFEB2"},
		{"tatweel alone", "ـ", "\u0640"},
		{"space breaks", "من في", "\uFEE3\uFEE6 \uFED3\uFEF2"},
		{"digits break", "ب2ب", "\uFE8F2\uFE8F"},
		{"latin untouched", "AFP", "AFP"},
		{"zwj joins", "ب\u200D", "\uFE91\u200D"},
		{"zwnj breaks", "ب\u200Cت", "\uFE8F\u200C\uFE95"},
		{"persian peh and gaf", "پگ", "\uFB58\uFB93"},
		{"farsi yeh", "ی", "\uFBFC"},
		{"alef maksura final", "على", "\uFECB\uFEE0\uFEF0"},
	} {
		if got := shapeLogical(c.in); got != c.want {
			t.Errorf("%s: shape(%q) = %U, want %U", c.name, c.in, []rune(got), []rune(c.want))
		}
	}
}

// TestJoiningTable checks the generated table against ArabicShaping.txt
// values for letters of every joining type.
func TestJoiningTable(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want joiningType
	}{
		{'ا', jtR}, {'أ', jtR}, {'إ', jtR}, {'آ', jtR}, {'ة', jtR}, {'د', jtR}, {'ذ', jtR},
		{'ر', jtR}, {'ز', jtR}, {'و', jtR}, {'ؤ', jtR}, {'ٱ', jtR},
		{'ب', jtD}, {'ت', jtD}, {'ث', jtD}, {'ج', jtD}, {'ح', jtD}, {'س', jtD}, {'ع', jtD},
		{'ف', jtD}, {'ق', jtD}, {'ك', jtD}, {'ل', jtD}, {'م', jtD}, {'ن', jtD}, {'ه', jtD},
		{'ي', jtD}, {'ى', jtD}, {'ئ', jtD}, {'ی', jtD}, {'ک', jtD}, {'گ', jtD}, {'پ', jtD},
		{'ء', jtU}, {'٠', jtU}, {'،', jtU}, {'؟', jtU}, {' ', jtU}, {'A', jtU}, {'1', jtU},
		{'ـ', jtC}, {'\u200D', jtC}, {'\u200C', jtU},
		{'\u064B', jtT}, {'\u064E', jtT}, {'\u0651', jtT}, {'\u0652', jtT}, {'\u0670', jtT},
		{'\u0610', jtT}, {'\u0301', jtT}, {'\u200B', jtT},
	} {
		if got := joiningOf(c.r); got != c.want {
			t.Errorf("joiningOf(%q U+%04X) = %d, want %d", c.r, c.r, got, c.want)
		}
	}
	// Every dual- or right-joining letter with presentation forms has the
	// isolated and final form; dual-joining ones also initial and medial.
	// (Checked for the basic letters U+0620–U+064A; some extended letters
	// such as U+06BA have only some forms in Unicode.)
	for r := rune(0x0620); r <= 0x064A; r++ {
		f := formTable[r-arabicLo]
		if f == ([4]rune{}) {
			continue
		}
		jt := joiningOf(r)
		if jt != jtD && jt != jtR {
			// U+0621 hamza and the harakat have an isolated form only.
			if f[formFinal] != 0 || f[formInitial] != 0 {
				t.Errorf("U+%04X joining %d has joining forms %U", r, jt, f)
			}
			continue
		}
		if f[formIsolated] == 0 || f[formFinal] == 0 {
			t.Errorf("U+%04X: missing isolated/final form: %U", r, f)
		}
		if jt == jtD && (f[formInitial] == 0 || f[formMedial] == 0) {
			t.Errorf("U+%04X dual-joining without initial/medial: %U", r, f)
		}
	}
	if got := len(lamAlef); got != 4 {
		t.Errorf("lamAlef has %d entries, want 4", got)
	}
}

func TestShapedWidth(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		want int
	}{
		{"plain word", "الشيباني", 8},
		{"lam-alef counts one", "لافروف", 5},
		{"three ligatures", "الإعلام الأول", 10},
		{"tashkeel zero width", "مُحَمَّد", 4},
		{"tatweel one", "الـرئيس", 7},
		{"latin and digits", "SANA 2025", 9},
		{"mixed", "وكالة سانا (SANA)", 17},
		{"arabic-indic digits", "٢٠٢٥", 4},
		{"control shown as replacement", "a\x01b", 3},
		{"tab one cell", "a\tb", 3},
		{"empty", "", 0},
	} {
		if got := Width(c.in); got != c.want {
			t.Errorf("%s: Width(%q) = %d, want %d", c.name, c.in, got, c.want)
		}
		// The rendered text has the measured width, for uniseg and lipgloss.
		v := Visual(c.in)
		vs := []rune(v)
		for i, r := range vs {
			if r == '\t' {
				vs[i] = ' '
			}
		}
		if got := uniseg.StringWidth(string(vs)); got != c.want {
			t.Errorf("%s: uniseg.StringWidth(Visual(%q)) = %d, want %d", c.name, c.in, got, c.want)
		}
		if !utf8.ValidString(v) {
			t.Errorf("%s: Visual output not valid UTF-8: %q", c.name, v)
		}
	}
}
