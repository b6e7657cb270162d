package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func encodeWith(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	out, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return out
}

func TestDecode(t *testing.T) {
	const ar = "قال وزير الخارجية السوري أسعد الشيباني إن العلاقات مع روسيا تدخل مرحلة جديدة.\n"
	utf16le := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16be := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	tests := []struct {
		name    string
		in      []byte
		want    string
		enc     string
		wantErr error
	}{
		{"utf-8", []byte(ar), ar, EncUTF8, nil},
		{"utf-8 with BOM", append([]byte("\ufeff"), ar...), ar, EncUTF8, nil},
		{"windows-1256", encodeWith(t, charmap.Windows1256, ar), ar, EncWindows1256, nil},
		{"windows-1256 with Latin words", encodeWith(t, charmap.Windows1256, "نقلت وكالة Reuters عن مسؤول روسي أن اللقاء كان جيداً."), "نقلت وكالة Reuters عن مسؤول روسي أن اللقاء كان جيداً.", EncWindows1256, nil},
		{"utf-16le BOM", encodeWith(t, utf16le, ar), ar, EncUTF16LE, nil},
		{"utf-16be BOM", encodeWith(t, utf16be, ar), ar, EncUTF16BE, nil},
		{"utf-16le odd length", append(encodeWith(t, utf16le, ar), 0x41), "", "", ErrEncoding},
		{"NUL without BOM is binary", []byte("PK\x03\x04\x00\x00"), "", "", ErrBinary},
		{"latin-1 French is not guessed", []byte("Le ministre a d\xe9clar\xe9 que la r\xe9union \xe9tait utile."), "", "", ErrEncoding},
		{"cyrillic cp1251 is not guessed", encodeWith(t, charmap.Windows1251, "Министр иностранных дел России Сергей Лавров заявил"), "", "", ErrEncoding},
		{"control bytes", []byte("\x01\x02\x03\xff\xfe\xfd text"), "", "", ErrEncoding},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode(tc.in)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error: got %v, want %v", err, tc.wantErr)
			}
			if got != tc.want || enc != tc.enc {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tc.want, tc.enc)
			}
		})
	}
}

// TestEncodedCopiesReadAlike reads every bundled article and its
// Windows-1256, UTF-16LE and UTF-16BE copies: text, boilerplate, title,
// source and ID must be identical, so the claims are too. Windows-1256 has
// no Arabic-Indic digits (files in it use ASCII ones), so for it both
// copies are made from the text with those digits written in ASCII.
func TestEncodedCopiesReadAlike(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("bundled corpus not found")
	}
	asciiDigits := strings.NewReplacer("٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9")
	tests := []struct {
		name string
		enc  encoding.Encoding
		prep func(string) string
	}{
		{"windows-1256", charmap.Windows1256, asciiDigits.Replace},
		{"utf-16le", xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), func(s string) string { return s }},
		{"utf-16be", xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), func(s string) string { return s }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			utfDir, encDir := t.TempDir(), t.TempDir()
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				text := tc.prep(string(data))
				base := filepath.Base(f)
				if err := os.WriteFile(filepath.Join(utfDir, base), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(encDir, base), encodeWith(t, tc.enc, text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			orig, probs := Load(context.Background(), []string{utfDir}, Options{})
			if len(probs) > 0 {
				t.Fatalf("UTF-8 copies: %v", probs)
			}
			docs, probs := Load(context.Background(), []string{encDir}, Options{})
			if len(probs) > 0 || len(docs) != len(orig) {
				t.Fatalf("got %d documents and problems %v, want %d and none", len(docs), probs, len(orig))
			}
			for i, d := range docs {
				o := orig[i]
				if d.Text != o.Text {
					t.Errorf("%s: decoded text differs from the UTF-8 original", d.Path)
				}
				if !reflect.DeepEqual(d.Boilerplate, o.Boilerplate) || d.TitleSpan != o.TitleSpan {
					t.Errorf("%s: boilerplate %v title %v, want %v %v", d.Path, d.Boilerplate, d.TitleSpan, o.Boilerplate, o.TitleSpan)
				}
				if d.ID != o.ID || d.Source != o.Source || d.Retrieved != o.Retrieved {
					t.Errorf("%s: id %s source %s retrieved %s, want %s %s %s", d.Path, d.ID, d.Source, d.Retrieved, o.ID, o.Source, o.Retrieved)
				}
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("قال لافروف إن المحادثات جيدة."))
	f.Add([]byte{0xFF, 0xFE, 0x41, 0x00})
	f.Add([]byte{0xFE, 0xFF, 0x06, 0x27})
	f.Add([]byte{0xc7, 0xe1, 0xd4, 0xed, 0xc8, 0xc7, 0xe4, 0xed})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, enc, err := Decode(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Decode(%q) gave invalid UTF-8 (%s)", data, enc)
		}
		if enc == EncUTF8 && len(s) > len(data) {
			t.Fatalf("utf-8 text grew: %d > %d", len(s), len(data))
		}
	})
}

func BenchmarkDecode1256(b *testing.B) {
	data, err := charmap.Windows1256.NewEncoder().Bytes([]byte("قال وزير الخارجية السوري أسعد الشيباني إن العلاقات مع روسيا تدخل مرحلة جديدة.\n"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Decode(data)
	}
}
