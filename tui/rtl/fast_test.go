package rtl

import (
	"testing"

	"github.com/rivo/uniseg"
)

// checkFastPath compares the fast-path cells of s with uniseg's clusters.
func checkFastPath(t *testing.T, s string) {
	t.Helper()
	e := new(engine)
	n := len([]rune(s))
	e.runes, e.cls, e.starts, e.jt = make([]rune, n), make([]class, n), make([]bool, n), make([]joiningType, n)
	infoOnce.Do(initInfo)
	if !e.loadFast(s, 0) {
		return
	}
	rest, off, state, k := s, 0, -1, 0
	for len(rest) > 0 {
		var cl string
		var w int
		cl, rest, w, state = uniseg.FirstGraphemeClusterInString(rest, state)
		if k >= len(e.cells) {
			t.Fatalf("fast path of %q has %d cells, uniseg more", s, len(e.cells))
		}
		c := e.cells[k]
		if int(c.start) != off || int(c.end) != off+len(cl) || int(c.width) != w {
			t.Fatalf("cluster %d of %q: fast [%d,%d) width %d, uniseg [%d,%d) width %d",
				k, s, c.start, c.end, c.width, off, off+len(cl), w)
		}
		off += len(cl)
		k++
	}
	if k != len(e.cells) {
		t.Fatalf("fast path of %q has %d cells, uniseg %d", s, len(e.cells), k)
	}
}

func TestFastPathMatchesUniseg(t *testing.T) {
	for _, c := range readFribidi(t) {
		checkFastPath(t, c.input)
	}
	for _, s := range []string{
		"\u064Eبداية بعلامة", "مُحَمَّد", "café ́", " \u0651", "«نص» “سبل” …", "ﻻ ﻷ", "٢٫٧ ٪",
	} {
		checkFastPath(t, s)
	}
	// Every rune the table knows.
	for r := rune(0); r < 0x800; r++ {
		checkFastPath(t, "ب"+string(r)+"a")
	}
}

func FuzzFastPath(f *testing.F) {
	f.Add("مُحَمَّد (SANA) 2.7")
	f.Fuzz(func(t *testing.T, s string) { checkFastPath(t, s) })
}
