package analysis

// Backing: does a headline tell what the event's other articles report?
//
// An event of several articles may take in one whose headline tells a side
// story (a neighbour's pledge beside an attack, a reaction beside the act):
// short and made of the event's most used name, it can outweigh the
// headlines that tell the happening. What most of the event's articles put
// first (their headline and their lead, the first three paragraphs) is the
// story; a headline fewer than half of them share two content words with,
// and none two words beside the event's topic (the stems every article's
// headline or lead uses: the country, the club; a side story names them
// too), is not.
// backedInstead lets a headline no other article backs so give way to
// another article's headline that tells an act, that half of the other
// articles or more share two content words with (topic or not), of an
// article the event holds two claims of or more, and that weighs
// describeWeight of it or more; a quote ("X: …") stands in only for a
// quote. All SaudiNewsNet (3,946 stories): 14 titles change, all judged:
// 9 better, 5 neither, none worse.

import (
	"strings"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
)

// minBackingDocs is the fewest articles an event needs for backing to be
// read: with two, the other one alone cannot say what most report.
const minBackingDocs = 3

// leads holds, for each article of an event, the content stems of its
// headline and of the claims of its lead (paragraphs 0–2) that the event
// holds, and the stems all of them use (the event's topic).
type leads struct {
	stems map[string]map[string]bool
	topic map[string]bool
}

// leadStems reads the leads of the event's articles (falls: their
// headlines).
func leadStems(ev *align.Event, claims map[string]*claim.Claim, falls []headline) leads {
	texts := make(map[string]string, len(falls))
	for _, h := range falls {
		texts[h.doc.ID] = h.title
	}
	for _, id := range ev.Claims {
		c := claims[id]
		if c == nil || c.Para < 0 || c.Para > 2 {
			continue
		}
		if _, ok := texts[c.Doc]; ok {
			texts[c.Doc] += "\n" + c.Text
		}
	}
	l := leads{stems: make(map[string]map[string]bool, len(texts)), topic: make(map[string]bool)}
	uses := make(map[string]int)
	for d, text := range texts {
		set := make(map[string]bool)
		for _, s := range contentStems(text) {
			set[s] = true
			uses[s]++
		}
		l.stems[d] = set
	}
	for s, n := range uses {
		if n == len(texts) {
			l.topic[s] = true
		}
	}
	return l
}

// backing is how many articles other than doc share two content stems or
// more with title in their headline or lead: any stems (all), or only
// those not of the event's topic.
func (l leads) backing(title, doc string, all bool) int {
	var own []string
	for _, s := range contentStems(title) {
		if all || !l.topic[s] {
			own = append(own, s)
		}
	}
	n := 0
	for d, set := range l.stems {
		if d == doc {
			continue
		}
		shared := 0
		for _, s := range own {
			if set[s] {
				shared++
			}
		}
		if shared >= 2 {
			n++
		}
	}
	return n
}

// quoteHead reports whether a headline gives what someone said after a
// colon ("الوزير: …").
func quoteHead(title string) bool {
	return strings.ContainsAny(title, ":：")
}

// backedInstead returns the index of the candidate of top that titles the
// event instead of top[best], an article's headline (cut to title,
// weighing score, of article doc) that no other article's headline or
// lead backs, in an event of minBackingDocs articles or more (see the
// comment at the top of the file).
func backedInstead(top []candidate, best int, score float64, title, doc string, ev *align.Event, claims map[string]*claim.Claim, falls []headline, forms map[string]bool) (int, bool) {
	if !top[best].isHeadline() || len(falls) < minBackingDocs {
		return 0, false
	}
	l := leadStems(ev, claims, falls)
	others := len(l.stems) - 1
	if traced(ev) {
		titleTrace.logf("%s backing of %q: %d beside the topic, %d in all, of %d", ev.ID, title, l.backing(title, doc, false), l.backing(title, doc, true), others)
	}
	if others+1 < minBackingDocs || l.backing(title, doc, false) > 0 || 2*l.backing(title, doc, true) >= others {
		return 0, false
	}
	held := make(map[string]int, len(falls))
	for _, h := range falls {
		held[h.doc.ID] = h.claims
	}
	quote := quoteHead(title)
	floor := score * describeWeight
	out, found := 0, false
	for k, cand := range top {
		if k == best || cand.score <= 0 || cand.score < floor || !cand.isHeadline() {
			continue
		}
		tt, sc := cutCandidate(cand)
		if tt.Doc == doc || held[tt.Doc] < 2 || sc < floor || quoteHead(tt.Title) && !quote || !headlineTellsAct(tt.Title, forms) {
			continue
		}
		if 2*l.backing(tt.Title, tt.Doc, true) < others {
			continue
		}
		out, floor, found = k, sc, true
	}
	return out, found
}
