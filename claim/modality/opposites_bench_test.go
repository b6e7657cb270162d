package modality

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/lang"
)

// BenchmarkOppositionsFind finds the senses of the opposites lexicon in
// about 10 KiB of Arabic news sentences (findCases and a filler), bytes
// being the text.
func BenchmarkOppositionsFind(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 10<<10 {
		for _, tc := range findCases {
			sb.WriteString(tc.text)
			sb.WriteString(" وأشار الوزير إلى أن العلاقات بين البلدين تدخل مرحلة جديدة من التعاون وارتفعت الأسعار. ")
		}
	}
	text := sb.String()
	toks := lang.Tokenize(text)
	o := Current()
	if len(o.Find(text, toks)) == 0 {
		b.Fatal("no senses found")
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		o.Find(text, toks)
	}
}
