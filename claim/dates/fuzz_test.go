package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind checks that any input gives spans inside the text, on rune
// boundaries, in order, with Text equal to the bytes they cover, each with a
// kind; that durations and vague spans never get a value; and that resolving
// and inferring never panic.
func FuzzFind(f *testing.F) {
	for _, c := range arabicCases {
		f.Add(c.text)
	}
	for _, c := range englishCases {
		f.Add(c.text)
	}
	f.Add("\xff\xfe٢٤ كانون الأول ٢٠٢٥\x00")
	f.Add("بين 6 و")
	f.Add("اليوم، الأربعاء")
	f.Add("99/99/9999 2025-02-30 12/2025 1446هـ")
	for _, c := range kindCases {
		f.Add(c.text)
	}
	f.Add("عام ( 1931 / ( 1325 ) هجري 26 / 4 / 4 / 1947 بتاريخ 14 / 8الى")
	f.Add("لمدة لعدة قبل أكثر من خلال الـ 24 ساعة الماضية نصف ربع عقدا")
	f.Add("فصل الصيف الماضي هذا الخريف نهاية العام الفترة العثمانية يومياً")
	f.Fuzz(func(t *testing.T, text string) {
		ms := Find(text)
		boundary := make([]bool, len(text)+1) // offsets where UTF-8 decoding starts a rune
		for i := 0; i < len(text); {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		boundary[len(text)] = true
		prev := 0
		for _, m := range ms {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prev, text)
			}
			prev = m.End
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("Text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("span [%d,%d) not on rune boundaries in %q", m.Start, m.End, text)
			}
			if strings.TrimSpace(m.Text) != m.Text {
				t.Fatalf("span %q has surrounding space", m.Text)
			}
		}
		Resolve(ms, Ref{2025, 12, 24})
		for _, m := range ms {
			switch m.Kind {
			case KindPoint, KindRange:
			case KindDuration, KindVague:
				if m.Value != "" || m.Role == RoleOn {
					t.Fatalf("%s %q got value %q, role %q", m.Kind, m.Text, m.Value, m.Role)
				}
			default:
				t.Fatalf("%q has kind %q", m.Text, m.Kind)
			}
			if m.Amount < 0 {
				t.Fatalf("%q has amount %g", m.Text, m.Amount)
			}
			if m.Value != "" {
				if _, _, ok := Bounds(m.Value); !ok {
					t.Fatalf("%q resolved to unreadable value %q", m.Text, m.Value)
				}
			}
		}
		Resolve(ms, Ref{2025, 10, 0})
		InferPublishedAt(text, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	})
}
