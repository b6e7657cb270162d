package rtl

// Fast path for grapheme clusters and bidi classes.
//
// rivo/uniseg's general segmentation costs more than shaping and reordering
// together. For the characters of news text (ASCII, Latin-1, Arabic, general
// punctuation, Arabic presentation forms) a cluster is simply a base
// character followed by zero-width combining marks, so the engine uses a
// table derived from uniseg itself, once, on first use: for each such rune
// whether it starts a cluster (and its width) or attaches to the one before
// (width 0). A paragraph with any other rune (controls, ZWJ, emoji, Hangul,
// Indic scripts, prepend marks such as U+0600, …) goes through uniseg.

import (
	"sync"
	"unicode"

	"github.com/rivo/uniseg"
)

// Kinds of runeInfo.kind.
const (
	kindSlow   = 0 // not known here: segment with uniseg
	kindBase   = 1 // starts a cluster of width 1
	kindAttach = 2 // attaches to the previous rune, width 0
)

type runeInfo struct {
	kind  uint8
	class class
	jt    joiningType
}

var (
	infoOnce  sync.Once
	infoLow   [0x800]runeInfo // U+0000..U+07FF
	infoPunct [0x70]runeInfo  // U+2000..U+206F
	infoPres  [0x2B0]runeInfo // U+FB50..U+FDFF
	infoForms [0x90]runeInfo  // U+FE70..U+FEFF
)

func initInfo() {
	fill := func(dst []runeInfo, base rune) {
		for i := range dst {
			r := base + rune(i)
			dst[i] = runeInfo{kind: deriveKind(r), class: classOf(r), jt: joiningOf(r)}
		}
	}
	fill(infoLow[:], 0)
	fill(infoPunct[:], 0x2000)
	fill(infoPres[:], 0xFB50)
	fill(infoForms[:], 0xFE70)
}

// deriveKind asks uniseg how r behaves next to a plain letter.
func deriveKind(r rune) uint8 {
	if !unicode.IsPrint(r) && r != ' ' || unicode.Is(unicode.Cf, r) || r == 0x200D {
		return kindSlow
	}
	s := string(r)
	after, _, _, _ := uniseg.FirstGraphemeClusterInString("a"+s, -1)
	before, _, _, _ := uniseg.FirstGraphemeClusterInString(s+"a", -1)
	switch {
	case len(before) != len(s):
		return kindSlow // prepend
	case len(after) == 1+len(s):
		if uniseg.StringWidth(s) == 0 {
			return kindAttach
		}
		return kindSlow // spacing mark
	case uniseg.StringWidth(s) == 1:
		return kindBase
	}
	return kindSlow
}

// info returns the fast-path information for r.
func info(r rune) runeInfo {
	infoOnce.Do(initInfo)
	return infoFast(r)
}

// infoFast is info once the tables are filled.
func infoFast(r rune) runeInfo {
	switch {
	case r < 0x800:
		return infoLow[r]
	case r >= 0x2000 && r < 0x2070:
		return infoPunct[r-0x2000]
	case r >= 0xFB50 && r < 0xFE00:
		return infoPres[r-0xFB50]
	case r >= 0xFE70 && r < 0xFF00:
		return infoForms[r-0xFE70]
	}
	return runeInfo{kind: kindSlow, class: classOf(r), jt: joiningOf(r)}
}
