package corpus

// Decoding article bytes to UTF-8.
//
// Files arrive in whatever encoding the outlet or the archive used. The
// rules, in order:
//
//  1. A UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian)
//     means UTF-16; the rest is decoded as such (an odd byte count or an
//     unpaired surrogate is reported, not repaired).
//  2. A UTF-8 byte-order mark is stripped.
//  3. NUL bytes without a UTF-16 mark mean binary data (ErrBinary).
//  4. Valid UTF-8 is taken as it is.
//  5. Invalid UTF-8 is tried as Windows-1256, the legacy Arabic code page
//     most Arabic sites and Office exports used before UTF-8. The guess is
//     kept only when the decoded text is mostly Arabic: of its letters
//     outside ASCII at least 90 % must be in the Arabic blocks, of all its
//     letters at least a third, and it may hold no control characters
//     besides tab, line and page breaks. A Latin-1 or Cyrillic file read as
//     1256 fails these tests (its high bytes decode to Latin letters or to
//     Arabic letters scattered inside Latin words) and is reported
//     (ErrEncoding) rather than guessed.

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// ErrEncoding says that a file is neither UTF-8 nor an encoding claimdiff
// recognises with confidence.
var ErrEncoding = errors.New("unknown text encoding (not UTF-8, UTF-16 with a byte-order mark, or Arabic Windows-1256)")

// Names of the encodings Decode reports.
const (
	EncUTF8        = "utf-8"
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncWindows1256 = "windows-1256"
)

func init() {
	decodeText = func(data []byte) (string, error) {
		s, _, err := Decode(data)
		return s, err
	}
}

// Decode turns file bytes into UTF-8 text and names the encoding it found
// (see the rules at the top of this file). It never guesses: bytes that fit
// no rule give ErrBinary or ErrEncoding.
func Decode(data []byte) (text, enc string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data, xunicode.LittleEndian, EncUTF16LE)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data, xunicode.BigEndian, EncUTF16BE)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), EncUTF8, nil
	}
	s, err := charmap.Windows1256.NewDecoder().String(string(data))
	if err != nil || !mostlyArabic(s) {
		return "", "", fmt.Errorf("%w: invalid UTF-8 at byte %d", ErrEncoding, firstInvalid(data))
	}
	return s, EncWindows1256, nil
}

func decodeUTF16(data []byte, order xunicode.Endianness, name string) (string, string, error) {
	if len(data)%2 != 0 {
		return "", "", fmt.Errorf("%w: %s text with an odd number of bytes (truncated?)", ErrEncoding, name)
	}
	var dec *encoding.Decoder = xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("%w: %s: %v", ErrEncoding, name, err)
	}
	// The decoder replaces unpaired surrogates with U+FFFD; a file that
	// needs that is damaged, and saying so beats silently changing it.
	if bytes.Contains(out, []byte("\uFFFD")) && !bytes.Contains(data, utf16Replacement(order)) {
		return "", "", fmt.Errorf("%w: %s text with unpaired surrogates", ErrEncoding, name)
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return "", "", ErrBinary
	}
	return string(bytes.TrimPrefix(out, []byte("\ufeff"))), name, nil
}

func utf16Replacement(order xunicode.Endianness) []byte {
	if order == xunicode.LittleEndian {
		return []byte{0xFD, 0xFF}
	}
	return []byte{0xFF, 0xFD}
}

// mostlyArabic reports whether decoded legacy text reads as Arabic.
func mostlyArabic(s string) bool {
	var letters, high, arabic int
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
			continue
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			return false
		case unicode.IsLetter(r):
			letters++
			if r >= 0x80 {
				high++
			}
			if isArabicRune(r) {
				arabic++
			}
		}
	}
	return high > 0 && arabic*10 >= high*9 && arabic*3 >= letters
}

// isArabicRune reports whether r is in one of the Unicode Arabic blocks.
func isArabicRune(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) ||
		(r >= 0x08A0 && r <= 0x08FF) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}
