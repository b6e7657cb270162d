package rtl

// Arabic shaping for terminals that cannot shape.
//
// A terminal that does no shaping prints each Arabic letter in its isolated
// form, so words fall apart into letters. App mode therefore replaces every
// letter with the presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF) that its
// neighbours call for, following the joining types of ArabicShaping.txt:
//
//   - D (dual-joining: ب ت س …) joins on both sides, R (right-joining: ا د ر و
//     ة …) only to the letter before it, C (join-causing: tatweel ـ and ZWJ)
//     joins both ways and keeps its own shape, U (non-joining: space, digits,
//     punctuation, hamza ء) breaks joining, T (transparent: tashkeel and other
//     marks, format characters) is skipped when looking for neighbours and is
//     never changed, so marks stay in the text after their letter.
//   - A letter joins to the one before it when it is D, R or C and the previous
//     non-transparent character is D, L or C; it joins to the one after it when
//     it is D, L or C and the next non-transparent character joins back. Both
//     → medial, only before → final, only after → initial, neither → isolated.
//     A letter without the needed presentation form keeps its code point.
//   - Lam followed by alef (ا أ إ آ), possibly with marks on the lam, becomes
//     one ligature glyph (ﻻ ﻷ ﻹ ﻵ, or the final forms ﻼ ﻸ ﻺ ﻶ when the lam joins
//     the letter before it); the two source clusters then share one cell, and
//     the marks of both letters follow the ligature.
//
// Tables are generated from the Unicode Character Database (gentables.pl →
// tables.go) and turned into dense arrays once, so shaping is a table look-up
// per rune with no allocation.

import "unicode"

// joiningType is an ArabicShaping.txt joining type.
type joiningType uint8

const (
	jtU joiningType = iota // non-joining
	jtT                    // transparent
	jtD                    // dual-joining
	jtR                    // right-joining
	jtL                    // left-joining
	jtC                    // join-causing
)

const (
	arabicLo = 0x0600
	arabicHi = 0x08FF
	lam      = 0x0644
)

// formTable is presentationForms as a dense array indexed by r-arabicLo.
var formTable [arabicHi - arabicLo + 1][4]rune

// ligTable is lamAlef as a dense array indexed by alef-arabicLo (0: none).
var ligTable [arabicHi - arabicLo + 1][2]rune

func init() {
	for r, f := range presentationForms {
		formTable[r-arabicLo] = f
	}
	for r, f := range lamAlef {
		ligTable[r-arabicLo] = f
	}
}

// joiningOf returns the joining type of r: the generated table inside the
// Arabic blocks, C for ZWJ, and outside them the ArabicShaping.txt default
// (T for marks and format characters, U for everything else).
func joiningOf(r rune) joiningType {
	switch {
	case r >= arabicLo && r <= arabicHi:
		return joiningArabic[r-arabicLo]
	case r < 0x300:
		return jtU
	case r == 0x200D:
		return jtC
	case r == 0x200C:
		return jtU
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return jtT
	}
	return jtU
}

// joinsBefore reports whether a character of type t can join to the character
// before it (on its right side).
func joinsBefore(t joiningType) bool { return t == jtD || t == jtR || t == jtC }

// joinsAfter reports whether a character of type t can join to the character
// after it (on its left side).
func joinsAfter(t joiningType) bool { return t == jtD || t == jtL || t == jtC }

// Form slots in formTable.
const (
	formIsolated = iota
	formFinal
	formInitial
	formMedial
)

// shapeRunes writes into out[i] the display rune for runes[i]: a presentation
// form, a lam-alef ligature on the lam, and 0 on an alef merged into the
// ligature before it. clusterStart[i] is true when rune i starts a grapheme
// cluster; a ligature forms only when the alef starts the cluster right after
// the lam's. jt holds the joining type of every rune (see joiningOf); its
// high bit is used as scratch space and cleared again.
func shapeRunes(runes []rune, clusterStart []bool, out []rune, jt []joiningType) {
	copy(out, runes)
	// Forward: does each letter join the non-transparent character before it?
	// joinPrev is kept in out's sign-free companion: reuse jt high bits.
	const prevBit = 0x40
	prev := jtU
	for i := range runes {
		t := jt[i] &^ prevBit
		if t == jtT {
			continue
		}
		if joinsBefore(t) && joinsAfter(prev) {
			jt[i] |= prevBit
		}
		prev = t
	}
	// Backward: does each letter join the character after it? It does when
	// the next non-transparent character joined back to it.
	nextJoins := false
	for i := len(runes) - 1; i >= 0; i-- {
		t := jt[i] &^ prevBit
		if t == jtT {
			continue
		}
		before := jt[i]&prevBit != 0
		after := nextJoins && joinsAfter(t)
		nextJoins = before
		r := runes[i]
		if r < arabicLo || r > arabicHi || (t != jtD && t != jtR) {
			continue
		}
		slot := formIsolated
		switch {
		case before && after:
			slot = formMedial
		case before:
			slot = formFinal
		case after:
			slot = formInitial
		}
		f := &formTable[r-arabicLo]
		switch {
		case f[slot] != 0:
			out[i] = f[slot]
		case slot == formMedial && f[formFinal] != 0:
			out[i] = f[formFinal]
		case slot == formInitial && f[formIsolated] != 0:
			out[i] = f[formIsolated]
		}
	}
	// Lam-alef ligatures.
	for i := 0; i < len(runes); i++ {
		if runes[i] != lam {
			continue
		}
		j := i + 1
		for j < len(runes) && !clusterStart[j] {
			if jt[j]&^prevBit != jtT {
				break
			}
			j++
		}
		if j >= len(runes) || !clusterStart[j] {
			continue
		}
		a := runes[j]
		if a < arabicLo || a > arabicHi {
			continue
		}
		lig := ligTable[a-arabicLo]
		if lig[0] == 0 {
			continue
		}
		if jt[i]&prevBit != 0 {
			out[i] = lig[1]
		} else {
			out[i] = lig[0]
		}
		out[j] = 0
		i = j
	}
	for i := range jt {
		jt[i] &^= prevBit
	}
}
