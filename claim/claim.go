// Package claim splits articles into claims — sentences, titles, headings
// and photo captions with exact byte offsets — gives each a stable ID, and
// holds the facts read from each claim (dates, numbers, people and roles,
// speakers, cited outlets, quotes).
package claim

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"

	"github.com/claimdiff/claimdiff/lang"
)

// Kinds of claim.
const (
	KindTitle    = "title"
	KindHeading  = "heading"
	KindCaption  = "caption"
	KindSentence = "sentence"
)

// Claim is one statement of one article. Start and End are byte offsets into
// the document's text, and Text == text[Start:End] exactly.
type Claim struct {
	ID    string `json:"id"`
	Doc   string `json:"doc"`
	Start int    `json:"start"` // byte offset of the first byte in the document text
	End   int    `json:"end"`   // byte offset just past the last byte
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	// Para is the 0-based paragraph (line) the claim sits in; Section is
	// the 0-based count of headings before it. Event clustering reads the
	// article's structure from them.
	Para    int `json:"para"`
	Section int `json:"section"`

	EventDate   string      `json:"event_date"`
	Speaker     string      `json:"speaker"`
	SpeakerText string      `json:"speaker_text"`
	SecondHand  bool        `json:"second_hand,omitempty"` // reported through another speaker
	Anonymous   bool        `json:"anonymous,omitempty"`   // an unnamed source ("مصدر أمني")
	Cited       []string    `json:"cited"`
	Dates       []Date      `json:"dates"`
	Numbers     []Number    `json:"numbers"`
	Entities    []EntityRef `json:"entities"`
	Quotes      []Quote     `json:"quotes"`
	Hedged      bool        `json:"hedged,omitempty"` // expected, reported, or hedged rather than asserted
	Negated     bool        `json:"negated,omitempty"`

	// Tokens are the claim's words with offsets into the document text.
	Tokens []lang.Token `json:"-"`
}

// Date is a time expression in a claim (see claim/dates for the forms).
//
// Kind says what it is: "point" (a day, week, month, year, decade or
// century, absolute or counted from the article's date: أمس، قبل ثلاث سنوات),
// "range" (two written ends: بين 6 و10 آذار، 1936 - 1939), "duration" (a
// length of time: ثلاثة أشهر، لمدة عشرة أيام) or "vague" (no definite bounds:
// خلال السنوات الماضية، في الآونة الأخيرة). Only points and ranges are dates:
// durations and vague spans always have Value "" and never Role "on" (their
// role is "" unless a cue gives one: منذ سنوات is "since"), so they never date
// a claim's event nor count as its "on" date. A duration carries
// Amount and Unit instead, to be compared as a number with a unit (Amount is
// 0, and omitted, when the text gives no count: منذ سنوات); a point counted
// from the reference carries them too.
type Date struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Value  string  `json:"value"`            // ISO 8601 at its precision, or a range "a/b"; "" when unresolvable, and always for durations and vague spans
	Role   string  `json:"role"`             // on, since, until, planned, background; never "on" for a duration or vague span
	Kind   string  `json:"kind"`             // point, range, duration, vague
	Amount float64 `json:"amount,omitempty"` // a duration's count (3 in ثلاثة أشهر)
	Unit   string  `json:"unit,omitempty"`   // minute, hour, day, week, month, year, decade, century
}

// IsDate reports whether d dates something: a point or a range, not a
// duration or a vague span.
func (d Date) IsDate() bool {
	return d.Kind != "duration" && d.Kind != "vague"
}

// namesDate reports whether ds holds a date (IsDate).
func namesDate(ds []Date) bool {
	for _, d := range ds {
		if d.IsDate() {
			return true
		}
	}
	return false
}

// Number is a numeric expression in a claim.
type Number struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Value  float64 `json:"value"`
	Approx string  `json:"approx,omitempty"` // about, more-than, less-than, at-least, at-most
	Unit   string  `json:"unit,omitempty"`
}

// EntityRef is a mention of a person, organisation, outlet or place.
type EntityRef struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	ID    string `json:"id"`
	Kind  string `json:"kind"`           // person, org, outlet, place, role
	Role  string `json:"role,omitempty"` // the role named with the mention, if any
	// Name is the name part of the mention ("أسعد الشيباني" in "وزير
	// الخارجية السوري أسعد الشيباني"), "" for a role alone; ResolveEntities
	// picks an entity's canonical name from it.
	Name string `json:"name,omitempty"`
	// RoleKey is the folded role (head|complements|country) that links a
	// role across documents (see claim/entity); not part of the JSON.
	RoleKey string `json:"-"`
}

// Quote is a span inside quote marks.
type Quote struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker"`
}

// ID returns a claim ID: the document ID, "/c-", six hex digits of SHA-256
// over the normalised claim text, and "-N" for the N-th repeat of the same
// text in one document. It depends on nothing but the document and the text,
// so a claim keeps its ID when other claims around it change.
func ID(doc, text string, occurrence int) string {
	return idOfSum(doc, sha256.Sum256([]byte(lang.Normalize(text))), occurrence)
}

// idOfSum is ID for the SHA-256 sum of the normalised text.
func idOfSum(doc string, sum [sha256.Size]byte, occurrence int) string {
	return idOfPrefix(doc, sum[:3], occurrence)
}

// idOfPrefix is ID with the given leading bytes of the sum.
func idOfPrefix(doc string, prefix []byte, occurrence int) string {
	id := doc + "/c-" + hex.EncodeToString(prefix)
	if occurrence > 1 {
		id += "-" + itoa(occurrence)
	}
	return id
}

// idSums hands out the claim IDs of one document. Six hex digits tell
// apart the texts of one document but for about one document in 370,000
// with ten claims (one pair of texts in SaudiNewsNet's 31,000 articles
// shares them, which gave two claims one ID):
// the texts after the first whose six digits another text of the document
// took get eight, and more while those are taken, so that no two claims
// share an ID. Every other ID is as ID gives it.
type idSums struct {
	seen  map[[sha256.Size]byte]int    // claims so far by normalised text
	owner map[string][sha256.Size]byte // text sum of each ID stem handed out
	long  map[[sha256.Size]byte]int    // hex bytes of texts that collided
}

// idSumsPool holds idSums whose documents are split, for the next: their
// maps, grown anew for every document, were 4% of what the claims stage
// allocated on SNN 5k (BenchmarkClaimsCorpus).
var idSumsPool = sync.Pool{New: func() any {
	return &idSums{seen: map[[sha256.Size]byte]int{}, owner: map[string][sha256.Size]byte{}, long: map[[sha256.Size]byte]int{}}
}}

// newIDSums returns an empty idSums, to give back with release once the
// document's claims have their IDs.
func newIDSums() *idSums {
	ids := idSumsPool.Get().(*idSums)
	clear(ids.seen)
	clear(ids.owner)
	clear(ids.long)
	return ids
}

// release gives ids back to the pool.
func (ids *idSums) release() { idSumsPool.Put(ids) }

// next returns the ID of the next claim of doc whose normalised text has
// this sum.
func (ids *idSums) next(doc string, sum [sha256.Size]byte) string {
	ids.seen[sum]++
	n := ids.long[sum]
	if n == 0 {
		n = 3
		for ; n < len(sum); n++ {
			stem := hex.EncodeToString(sum[:n])
			if o, ok := ids.owner[stem]; !ok || o == sum {
				ids.owner[stem] = sum
				break
			}
		}
		if n > 3 {
			ids.long[sum] = n
		}
	}
	return idOfPrefix(doc, sum[:n], ids.seen[sum])
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
