// Package en holds what claimdiff knows about English text for matching:
// stop words and the Snowball (Porter2) stemmer.
package en

import (
	"strings"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// Stem returns the Snowball English stem of a lower-cased word.
func Stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	env := snowball.NewEnv(w)
	english.Stem(env)
	return env.Current()
}

const stopList = `a an the and or but if of to in on at by for from with about as into over
after before between during since until than then so not no is are was were be been being
has have had do does did will would shall should can could may might must this that these
those it its he she they them his her their we our you your i me my who whom which what
when where why how all any both each few more most other some such only own same too very
also just said says say told according`

var stopWords = func() map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(stopList) {
		m[w] = struct{}{}
	}
	return m
}()

// IsStop reports whether the lower-cased word w is an English stop word.
func IsStop(w string) bool {
	_, ok := stopWords[w]
	return ok
}
