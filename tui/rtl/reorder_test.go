package rtl

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
)

// fribidiCase is one line of testdata/fribidi.tsv.
type fribidiCase struct {
	name, input, want string
}

func readFribidi(t testing.TB) []fribidiCase {
	t.Helper()
	f, err := os.Open("testdata/fribidi.tsv")
	if err != nil {
		t.Fatalf("open golden: %v", err)
	}
	defer f.Close()
	var cases []fribidiCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("fribidi.tsv: want name<TAB>input<TAB>visual, got %q", line)
		}
		cases = append(cases, fribidiCase{parts[0], parts[1], parts[2]})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read golden: %v", err)
	}
	return cases
}

// FriBidi 1.0.8 and this package differ in exactly two ways; the test
// normalises FriBidi's output for them and for nothing else:
//
//  1. FriBidi keeps the string length when it forms a lam-alef ligature and
//     writes U+FEFF ZERO WIDTH NO-BREAK SPACE where the alef was. This package
//     merges the two source clusters into one cell, so the U+FEFF is dropped.
//  2. FriBidi forms the ligature only when the alef directly follows the lam;
//     with a mark on the lam (لَا, الْأَمْن, لِا) it shapes lam (initial or
//     medial) and alef (final) separately. The lam-alef ligature is mandatory
//     in Arabic script and marks are transparent to joining (ArabicShaping.txt),
//     so this package ligates across the marks and writes the ligature followed
//     by the lam's marks, then the alef's. In FriBidi's visual output that
//     case reads alef-final, alef-marks, lam-initial|lam-medial, lam-marks;
//     normaliseFribidi rewrites it to ligature, lam-marks, alef-marks.
var (
	marks = `[\x{064B}-\x{065F}\x{0670}\x{06D6}-\x{06ED}]`
	// Final forms of آ أ إ ا, in that order.
	splitLamAlef = regexp.MustCompile(`([\x{FE82}\x{FE84}\x{FE88}\x{FE8E}])(` + marks + `*)([\x{FEDF}\x{FEE0}])(` + marks + `+)`)
)

func normaliseFribidi(s string) string {
	s = strings.ReplaceAll(s, "\uFEFF", "")
	return splitLamAlef.ReplaceAllStringFunc(s, func(m string) string {
		g := splitLamAlef.FindStringSubmatch(m)
		alef := []rune(g[1])[0]
		lamForm := []rune(g[3])[0]
		// Isolated and final ligature per alef final form.
		lig := map[rune][2]rune{
			0xFE82: {0xFEF5, 0xFEF6}, 0xFE84: {0xFEF7, 0xFEF8},
			0xFE88: {0xFEF9, 0xFEFA}, 0xFE8E: {0xFEFB, 0xFEFC},
		}[alef]
		l := lig[0]
		if lamForm == 0xFEE0 { // medial lam: the ligature joins the letter before
			l = lig[1]
		}
		return string(l) + g[4] + g[2]
	})
}

func TestVisualMatchesFribidi(t *testing.T) {
	cases := readFribidi(t)
	if len(cases) < 30 {
		t.Fatalf("got %d golden lines, want at least 30", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := normaliseFribidi(c.want)
			if got := Visual(c.input); got != want {
				t.Errorf("Visual(%q)\n got %q\nwant %q (fribidi, normalised)\n got %s\nwant %s", c.input, got, want, got, want)
			}
			// Render without wrapping lays out the same line.
			lines := Render(c.input, 0, nil, App)
			if len(lines) != 1 || lines[0].Text != want {
				t.Errorf("Render(%q) = %d lines, first %q; want one line %q", c.input, len(lines), firstText(lines), want)
			}
		})
	}
}

func firstText(ls []Line) string {
	if len(ls) == 0 {
		return ""
	}
	return ls[0].Text
}

func TestNormaliseFribidi(t *testing.T) {
	// الْأَ as FriBidi writes it (visual): أ-final fatha, lam-initial sukun.
	in := "\uFE84\u064E\uFEDF\u0652\uFE8D"
	want := "\uFEF7\u0652\u064E\uFE8D"
	if got := normaliseFribidi(in); got != want {
		t.Errorf("normaliseFribidi(%q) = %q, want %q", in, got, want)
	}
	if got := normaliseFribidi("\uFEFB\uFEFF"); got != "\uFEFB" {
		t.Errorf("normaliseFribidi drops U+FEFF: got %q", got)
	}
}
