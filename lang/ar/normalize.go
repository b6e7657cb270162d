// Package ar holds what claimdiff knows about Arabic text for matching:
// letter folding, stop words and a light stemmer.
//
// Folding (see ../shared/ARABIC.md) is for matching only, never for display:
// tashkeel (U+064B–U+0652, U+0670) and tatweel (U+0640) are dropped; the hamza
// carriers أ إ آ ٱ fold to ا, ى to ي, ة to ه, ؤ to و, ئ to ي; Arabic-Indic
// (٠–٩) and Persian (۰–۹) digits fold to ASCII 0–9. Callers keep the original
// bytes and offsets for everything shown to a person.
package ar

// IsMark reports whether r is a mark that folding drops: tashkeel, the
// superscript alef and tatweel.
func IsMark(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 ||
		(r >= 0x06D6 && r <= 0x06ED)
}

// Fold maps one rune to its matching form. It returns -1 for runes that are
// dropped (marks) and r itself for runes it does not change.
func Fold(r rune) rune {
	switch {
	case r < 0x0600:
		return r
	case IsMark(r):
		return -1
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case 'ک':
		return 'ك'
	case 'ی':
		return 'ي'
	}
	if r >= '٠' && r <= '٩' {
		return '0' + (r - '٠')
	}
	if r >= '۰' && r <= '۹' {
		return '0' + (r - '۰')
	}
	return r
}

// IsLetter reports whether r is an Arabic-script letter (not a mark, digit or
// punctuation sign).
func IsLetter(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A,
		r >= 0x0671 && r <= 0x06D3, r == 0x06D5, r >= 0x06EE && r <= 0x06EF,
		r >= 0x06FA && r <= 0x06FC, r == 0x06FF,
		r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9:
		return true
	}
	return false
}
