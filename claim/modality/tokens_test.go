package modality

import (
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/lang"
)

// TestFindTokensOnArticleTokens: cues found from an article's tokens, as
// claim.Annotate passes them, are the cues Find reads from the text.
func TestFindTokensOnArticleTokens(t *testing.T) {
	text := "ومن المتوقع أن يجري الوفد محادثات في موسكو. ونفى المتحدث أن تكون القوات قد انسحبت، ولم يؤكد الخبر."
	if got, want := FindTokens(text, lang.Tokenize(text)), Find(text); !reflect.DeepEqual(got, want) {
		t.Errorf("FindTokens = %+v, Find = %+v", got, want)
	}
	if len(Find(text)) == 0 {
		t.Fatal("no cue found in a text with three")
	}
}
