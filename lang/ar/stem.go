package ar

import (
	"strings"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
)

// Stem returns the light stem of a folded Arabic word using Snowball's Arabic
// stemmer, which strips clitics (و ف ب ك ل, the article ال and its
// combinations) and common suffixes.
//
// Snowball never strips the conjunction و/ف before an alef, to protect words
// such as واحد and واسع. In folded text that also keeps وال (the conjunction
// plus the article, the commonest prefix in news Arabic) and وأ verbs such as
// وأوضح. So a conjunction before ال is always dropped first, and one before
// another alef when at least four letters remain. Words of three letters or
// fewer are returned unchanged.
func Stem(w string) string {
	if len(w) <= 6 { // three Arabic letters are six bytes
		return w
	}
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		rest := w[2:]
		if strings.HasPrefix(rest, "ال") && utf8.RuneCountInString(rest) >= 4 ||
			strings.HasPrefix(rest, "ا") && utf8.RuneCountInString(rest) >= 4 {
			w = rest
		}
	}
	env := snowball.NewEnv(w)
	arabic.Stem(env)
	s := env.Current()
	if s == "" {
		return w
	}
	// Snowball strips a leading و/ف from a bare word of four letters or
	// more (وزير → زير) but not once it has removed the article
	// (الوزير → وزير), so the same word would get two stems. Applying the
	// same rule to the result makes them agree; for matching, one
	// consistent stem matters more than the right root.
	if (strings.HasPrefix(s, "و") || strings.HasPrefix(s, "ف")) && !strings.HasPrefix(s[2:], "ا") &&
		utf8.RuneCountInString(s) > 3 {
		s = s[2:]
	}
	// Folding turns ة into ه before stemming, so Snowball no longer sees
	// the feminine ending and keeps it after some stems (السورية → سوريه
	// beside سوريا → سوري). A final ه on a stem of four letters or more is
	// that ending (or the pronoun "his"), and goes.
	if strings.HasSuffix(s, "ه") && utf8.RuneCountInString(s) >= 4 {
		s = s[:len(s)-2]
	}
	return s
}
