package diff

import (
	"reflect"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/lang"
)

// TestSpanTokens holds spanTokens to tokenising the span's text again, for
// every span of up to eight tokens of Arabic news sentences (numbers with
// decimal points, Latin names with apostrophes, diacritics, punctuation
// glued to words) and of the bundled corpus's grouped claims.
func TestSpanTokens(t *testing.T) {
	texts := []string{
		"وارتفع المؤشر 3.5 في المئة إلى 1,250 نقطة، بحسب «رويترز».",
		"قال O'Brien إن الاتفاق لن يُوقَّع قبل 2026/12/07، وربما لا يُوقَّع أبداً!",
		"أكَّدَ الوزيرُ (سيرغي لافروف) أن موسكو-دمشق على تواصل دائم...",
		"نفى المتحدث ما أوردته وكالة AFP عن 12٫5 مليون دولار.",
	}
	for _, g := range corpusGroups(t) {
		for _, c := range g {
			texts = append(texts, c.Text)
		}
	}
	n := 0
	for _, text := range texts {
		toks := lang.Tokenize(text)
		for a := range toks {
			for b := a; b < len(toks) && b < a+8; b++ {
				lo, hi := toks[a].Start, toks[b].End
				want := lang.Tokenize(text[lo:hi])
				if got := spanTokens(toks[a:b+1], lo); !reflect.DeepEqual(got, want) {
					t.Fatalf("%q: spanTokens %v, tokenised again %v", text[lo:hi], got, want)
				}
				if got, want := modality.FindTokens(text[lo:hi], spanTokens(toks[a:b+1], lo)), modality.Find(text[lo:hi]); !reflect.DeepEqual(got, want) {
					t.Fatalf("%q: cues %v, want %v", text[lo:hi], got, want)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d spans checked", n)
	}
}

// spanTokens is withRebased's copy of toks, kept.
func spanTokens(toks []lang.Token, lo int) []lang.Token {
	var out []lang.Token
	withRebased(toks, lo, func(t []lang.Token) { out = slices.Clone(t) })
	return out
}
