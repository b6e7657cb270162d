package diff

import (
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/lang"
)

// claimCache holds what the checks work out of one claim alone, whatever
// claim it is compared with: its words' analyses, its folded forms and
// stems (and formOn's answers for other words), the index formSlow looks
// words up in, its sense hits and modality cues, which of its tokens are
// plain content words, whether it is long, its numbers, quotes and clock
// times, its words as names are read, and which of its mentions may be
// participants. CompareGroupDiffs makes one per claim of a group, so a
// claim compared with k others works these out once, not k−1 times;
// Compare and SwapCandidates make two for their one pair.
//
// Nothing in it may depend on the other claim of a pair, on the word diff
// or on which tokens a check has explained: those stay in pair. Its slices
// are shared by every pair of the group and must not be modified.
//
// A claimCache fills lazily and is not safe for concurrent use: a group is
// compared by one goroutine, and its caches do not outlive the call.
type claimCache struct {
	c *claim.Claim
	// arena, when set, gives the cache its tables (cachearena.go).
	arena *cacheArena
	// infos holds each token's wordInfo (info); an entry whose Word is
	// nil is not made yet.
	infos []wordInfo
	// norms and stems hold the folded forms and stems of the claim's
	// content words (with repeats), once formsDone; formOf holds hasForm's
	// answers for other words by folded form (nil until the first).
	norms, stems []string
	normH, stemH []uint32 // their strHash values
	// hashBits has bit h%64 set for each of normH and stemH: a word
	// whose bits are unset is in neither list.
	hashBits  uint64
	hashes    []formHash
	formsDone bool
	formOf    map[string]bool
	// formIdx is what formSlow looks words up in; nil until built.
	formIdx *formIndex
	// plain caches plainContent per token: 0 unknown, 1 yes, 2 no.
	plain []int8
	// long caches long: 0 unknown, 1 yes, 2 no.
	long int8
	// content is contentWords, once contentDone.
	content     int
	contentDone bool
	// prose caches prose of the claim's text: 0 unknown, 1 yes, 2 no.
	prose int8
	// session holds sessionsOf the claim's tokens, once sessionDone.
	session     uint64
	sessionDone bool

	all  []modality.Hit // every sense hit (allHits); nil until found
	cues []modality.Cue // modality cues of the whole text (negatedOn); nil until found

	nums       []claim.Number // claimNumbers, once numsDone
	numsDone   bool
	quotes     []Span // quoteSpans, once quotesDone
	quotesDone bool
	clocks     []string // clockTimes, once clocksDone
	clocksDone bool
	words      []string // claimWords, once wordsDone
	wordsDone  bool
	parts      []keyedMention // ownParticipants, once partsDone
	partsDone  bool
}

// newClaimCache returns an empty cache for c.
func newClaimCache(c *claim.Claim) *claimCache { return &claimCache{c: c} }

// toks returns the claim's tokens.
func (cc *claimCache) toks() []lang.Token { return cc.c.Tokens }

// info returns the wordInfo of token i.
func (cc *claimCache) info(i int) *wordInfo {
	if cc.infos == nil {
		if cc.arena != nil {
			cc.infos = cc.arena.wordInfos(len(cc.c.Tokens))
		} else {
			cc.infos = make([]wordInfo, len(cc.c.Tokens))
		}
	}
	w := &cc.infos[i]
	if w.Word == nil {
		*w = newWordInfo(cc.c.Tokens[i])
	}
	return w
}

// allHits returns every sense hit of the claim (claim/modality's
// opposites lexicon), with token indices.
func (cc *claimCache) allHits() []modality.Hit {
	if cc.all == nil {
		c := cc.c
		bare := func(i int) []string { return cc.info(i).Bare } // kept for the other checks
		withRebased(c.Tokens, c.Start, func(t []lang.Token) { cc.all = modality.Current().FindBare(c.Text, t, bare) })
		if cc.all == nil {
			cc.all = []modality.Hit{}
		}
	}
	return cc.all
}

// modalityCues returns modality.Find of the whole claim text (offsets
// relative to the text).
func (cc *claimCache) modalityCues() []modality.Cue {
	if cc.cues == nil {
		cc.cues = modality.Find(cc.c.Text)
		if cc.cues == nil {
			cc.cues = []modality.Cue{}
		}
	}
	return cc.cues
}

// isLong reports whether the claim has at least longClaim content words.
func (cc *claimCache) isLong() bool {
	if cc.long == 0 {
		n := 0
		for _, t := range cc.c.Tokens {
			if !t.Stop && t.Kind == lang.Word {
				n++
			}
		}
		cc.long = 2
		if n >= longClaim {
			cc.long = 1
		}
	}
	return cc.long == 1
}

// isProse reports prose of the claim's text.
func (cc *claimCache) isProse() bool {
	if cc.prose == 0 {
		cc.prose = 2
		if prose(cc.c.Text) {
			cc.prose = 1
		}
	}
	return cc.prose == 1
}

// sessions returns sessionsOf the claim's tokens.
func (cc *claimCache) sessions() uint64 {
	if !cc.sessionDone {
		cc.session, cc.sessionDone = sessionsOf(cc.c.Tokens), true
	}
	return cc.session
}

// numbers returns claimNumbers of the claim.
func (cc *claimCache) numbers() []claim.Number {
	if !cc.numsDone {
		cc.nums, cc.numsDone = claimNumbers(cc.c), true
	}
	return cc.nums
}

// contentWords counts the claim's plain content words (plainContentOf).
func (cc *claimCache) contentWords() int {
	if !cc.contentDone {
		for i := range cc.c.Tokens {
			if cc.plainContent(i) {
				cc.content++
			}
		}
		cc.contentDone = true
	}
	return cc.content
}

// negated reports whether the claim denies anything: a negation cue
// (modality.Negated) or a word of the noun of negation, عدم, with its
// clitics (لعدم، بعدم، وعدم).
func (cc *claimCache) negated() bool {
	if modality.Negated(cc.c.Text) {
		return true
	}
	for _, t := range cc.c.Tokens {
		if t.Kind == lang.Word && (t.Norm == "عدم" || stripClitic(t.Norm) == "عدم") {
			return true
		}
	}
	return false
}

// quoteSpans returns quoteSpans of the claim.
func (cc *claimCache) quoteSpans() []Span {
	if !cc.quotesDone {
		cc.quotes, cc.quotesDone = quoteSpans(cc.c), true
	}
	return cc.quotes
}

// clockTimes returns clockTimes of the claim.
func (cc *claimCache) clockTimes() []string {
	if !cc.clocksDone {
		cc.clocks, cc.clocksDone = clockTimes(cc.c), true
	}
	return cc.clocks
}

// claimWords returns claimWords of the claim.
func (cc *claimCache) claimWords() []string {
	if !cc.wordsDone {
		cc.words, cc.wordsDone = claimWords(cc.c), true
	}
	return cc.words
}

// participants returns ownParticipants of the claim.
func (cc *claimCache) participants() []keyedMention {
	if !cc.partsDone {
		cc.parts, cc.partsDone = ownParticipants(cc.c), true
	}
	return cc.parts
}
