package entity

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/lang"
)

// translit is the Latin spelling of each folded Arabic letter used in IDs.
// It is a readable key, not a transcription: long vowels come out as a, i,
// u and ع as a, so "الشيباني" → "shibani", "لافروف" → "lafruf".
var translit = map[rune]string{
	'ا': "a", 'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'ع': "a",
	'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'و': "u",
	'ي': "i", 'ء': "", 'پ': "p", 'چ': "ch", 'ڤ': "v", 'گ': "g",
}

// Slug returns a readable, stable ASCII key for a name: folded, the
// article dropped from each word, Arabic letters transliterated, words
// joined by "-". A name with nothing to spell gives eight hex digits of its
// hash.
func Slug(name string) string {
	var b strings.Builder
	for wi, orig := range strings.Fields(name) {
		w := lang.Normalize(orig)
		if strings.HasPrefix(orig, "ال") {
			w = stripAl(w)
		}
		if wi > 0 && b.Len() > 0 {
			b.WriteByte('-')
		}
		first := true
		for _, r := range w {
			if s, ok := translit[r]; ok {
				if first && r == 'و' {
					s = "w"
				} else if first && r == 'ي' {
					s = "y"
				}
				b.WriteString(s)
			} else if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(unicode.ToLower(r))
			}
			first = false
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		sum := sha256.Sum256([]byte(lang.Normalize(name)))
		return hex.EncodeToString(sum[:4])
	}
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}
