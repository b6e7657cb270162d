package corpus

import (
	"slices"
	"strings"
	"testing"
)

// fieldsTexts are lines of real text with the spaces strings.Fields knows:
// tabs, line breaks, no-break spaces, U+0085, ideographic spaces, runs of
// them at either end, and bytes that are not UTF-8.
var fieldsTexts = []string{
	"",
	"   ",
	"الرياض: «الشرق الأوسط»",
	"  عقد وزراء خارجية\tدول مجلس التعاون\n اجتماعاً في الرياض أمس.  ",
	"شارك\u00a0طباعة\u0085أرسل\u3000share  tweet",
	"\xff\xfe نص \xd8 بلا ترميز\xe2\x82",
	"ع ع ع",
	"واحد",
}

// TestNextField checks that reading a line's words with nextField gives
// strings.Fields's words.
func TestNextField(t *testing.T) {
	for _, text := range fieldsTexts {
		var got []string
		for rest := text; ; {
			var w string
			if w, rest = nextField(rest); w == "" {
				break
			}
			got = append(got, w)
		}
		if want := strings.Fields(text); !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Errorf("nextField over %q: %q, want %q", text, got, want)
		}
	}
}
