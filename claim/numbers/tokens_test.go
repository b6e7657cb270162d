package numbers

import (
	"testing"

	"github.com/claimdiff/claimdiff/lang"
)

// TestFindTokensInArticle: a sentence's numbers read from its tokens with
// offsets into the whole article sit at the article's offsets.
func TestFindTokensInArticle(t *testing.T) {
	article := "عنوان الخبر\nقتل أكثر من 30 شخصاً وأصيب نحو مئة آخرين في الانفجار."
	start := len("عنوان الخبر\n")
	sentence := article[start:]
	var toks []lang.Token
	for _, tk := range lang.Tokenize(article) {
		if tk.Start >= start {
			toks = append(toks, tk)
		}
	}
	got, want := FindTokens(article, toks), Find(sentence)
	if len(got) != len(want) || len(want) < 2 {
		t.Fatalf("FindTokens found %d numbers, Find %d (want at least 2)", len(got), len(want))
	}
	for i := range want {
		if got[i].Start != want[i].Start+start || got[i].Value != want[i].Value || got[i].Text != want[i].Text {
			t.Errorf("number %d: got %+v, want %+v shifted by %d", i, got[i], want[i], start)
		}
	}
}
