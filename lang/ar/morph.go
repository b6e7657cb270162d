package ar

// Bare forms and roots
//
// Matching a lexicon entry against news text needs the word without what
// attaches to it, and telling an inflection or derived form of a word from
// another word needs something close to its root. Both work on folded words
// (see Fold: ة is ه, أ إ آ are ا, ى is ي) and are heuristics, not a
// morphological analyser.
//
// Bare returns every reading of a word with its clitics peeled off, one
// layer at a time, longest first: proclitics و ف, then ب ل ك or the future
// س before an imperfect prefix, then the article ال (and لل = ل + ال);
// dual and plural endings (ان ون ين وا ات); enclitic pronouns ه ها هم هما
// هن كم نا (not the rare ي and ك, which would eat the nisba and the weak
// final); and the feminine ت of a verb or
// of a noun before a pronoun (زيارته → زياره). Every reading keeps at least
// three letters, and the word itself is the first reading. A lexicon lists
// the forms it knows as written (زيارة، يزور، زار) and a word matches when
// one of its readings is a listed form.
//
// Root guesses the three-letter root of a word for comparing two words,
// never for display: it takes the shortest bare reading, drops the endings
// of plural, dual, accusative and nisba (ات ون ين ان وا ا يه ي), the
// imperfect prefix (ي ت ن ا), the prefixes of the derived verb forms and
// their nouns and participles (است، ان، م، ت, the ت infixed in افتعل, the
// ا of أفعل), and long vowels (ا و ي) inside the word until three letters
// remain. A hollow middle (زار، يزور، زيارة) becomes ا and a weak final
// (ألغى، يلغي، إلغاء) becomes ي, so the forms of one verb meet. Two
// different words may share a guessed root (that is what roots do: كتب،
// مكتب) and one word may get two roots for two readings; callers use equal
// roots as a sign of a variant only together with other signs.

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// morphCache remembers Bare, Root and the synonym families of recent words: the same words
// come back in every claim, and both allocate. It keeps two generations of
// at most morphCacheSize words: when the current one is full it becomes the
// old one (the one before is dropped), and a word found in the old one
// moves to the current one. Clearing a single map when full, as before,
// dropped the words of every claim at once; the 31,030 SaudiNewsNet
// articles filled it once, during the differences, and the words used
// since the last turn survive a turn now.
var morphCache = struct {
	sync.RWMutex
	cur, old map[string]*morphEntry
}{cur: map[string]*morphEntry{}}

type morphEntry = Word

// Word is what Analyze knows of a folded word. It is shared between
// callers: read it, never modify it.
type Word struct {
	Bare     []string // Bare's readings, the word first
	BareHash []uint32 // Hash of each of Bare, in order
	Root     string   // Root's guess
	Skeleton string   // Skeleton's consonants, "" when fewer than three
	// word is the folded word, for its synonym families, which are found
	// at the first call of Families (famOnce): they take a stem of the
	// word (Stem), most of what an analysis cost, and the differences of
	// SaudiNewsNet ask for those of few of the words they analyse.
	word     string
	famOnce  sync.Once
	families []int
}

// Families returns the word's synonym families (SynonymFamilies).
func (x *Word) Families() []int {
	x.famOnce.Do(func() { x.families = families(x.word, x.Bare) })
	return x.families
}

// Analyze returns Bare, Root, Skeleton and SynonymFamilies of the folded
// word w in one cached lookup. It is safe for concurrent use.
func Analyze(w string) *Word { return cached(w) }

const morphCacheSize = 1 << 16

func cached(w string) *morphEntry {
	morphCache.RLock()
	e, old := morphCache.cur[w], false
	if e == nil {
		e = morphCache.old[w]
		old = e != nil
	}
	morphCache.RUnlock()
	if e != nil && !old {
		return e
	}
	if e == nil {
		e = &morphEntry{Bare: bare(w), word: strings.Clone(w)}
		e.BareHash = make([]uint32, len(e.Bare))
		for i, b := range e.Bare {
			e.BareHash[i] = Hash(b)
		}
		e.Root = root(e.Bare)
		e.Skeleton = skeleton(e.Bare)
	}
	morphCache.Lock()
	remember(w, e)
	morphCache.Unlock()
	return e
}

// remember puts e in the current generation of morphCache under w (e's
// own copy of it, e.word), turning the generations first when the current
// one is full. The caller holds the write lock.
func remember(w string, e *morphEntry) {
	if _, ok := morphCache.cur[w]; ok {
		return // another goroutine was first
	}
	if len(morphCache.cur) >= morphCacheSize {
		morphCache.old, morphCache.cur = morphCache.cur, make(map[string]*morphEntry, morphCacheSize/4)
	}
	morphCache.cur[e.word] = e
}

// Hash is the 32-bit FNV-1a hash of s, the hash of Word.BareHash:
// callers that compare many bare readings compare hashes first.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Bare returns the readings of the folded word w with clitics removed,
// w itself first, each at least three letters long, without repeats. The
// result is shared: callers must not modify it. It is safe for concurrent
// use.
func Bare(w string) []string { return cached(w).Bare }

func bare(w string) []string {
	out := []string{w}
	add := func(s string) {
		if utf8.RuneCountInString(s) < 3 {
			return
		}
		for _, x := range out {
			if x == s {
				return
			}
		}
		out = append(out, s)
	}
	// Proclitics, layer by layer.
	fronts := []string{w}
	for k := 0; k < len(fronts); k++ {
		rs := []rune(fronts[k])
		if len(rs) < 4 {
			continue
		}
		var next []string
		switch rs[0] {
		case 'و', 'ف':
			next = append(next, string(rs[1:]))
		case 'ب', 'ك':
			next = append(next, string(rs[1:]))
		case 'ل':
			next = append(next, string(rs[1:]))
			if rs[1] == 'ل' && len(rs) >= 5 { // لل = ل + ال
				next = append(next, "ا"+string(rs[1:]))
				next = append(next, string(rs[2:]))
			}
		case 'س':
			if rs[1] == 'ي' || rs[1] == 'ت' || rs[1] == 'ن' {
				next = append(next, string(rs[1:]))
			}
		case 'ا':
			if rs[1] == 'ل' && len(rs) >= 5 {
				next = append(next, string(rs[2:]))
			}
		}
		for _, n := range next {
			if utf8.RuneCountInString(n) >= 3 {
				add(n)
				fronts = append(fronts, n)
			}
		}
	}
	// Enclitics on every front reading.
	n := len(out)
	for _, f := range out[:n] {
		for _, suf := range []string{"هما", "ها", "هم", "هن", "كم", "نا", "ه"} {
			if len(f) > len(suf) && f[len(f)-len(suf):] == suf && utf8.RuneCountInString(f)-utf8.RuneCountInString(suf) >= 3 {
				b := f[:len(f)-len(suf)]
				add(b)
				// The feminine ending before a pronoun is written ت.
				if r, size := utf8.DecodeLastRuneInString(b); r == 'ت' && utf8.RuneCountInString(b) >= 4 {
					add(b[:len(b)-size] + "ه")
				}
			}
		}
		// Dual and plural endings (يحضران، المواطنين، قرارات، رفضوا).
		for _, suf := range []string{"ان", "ون", "ين", "وا", "ات"} {
			if len(f) > len(suf) && f[len(f)-len(suf):] == suf && utf8.RuneCountInString(f)-2 >= 3 {
				add(f[:len(f)-len(suf)])
			}
		}
		// The accusative ending ا (مستقراً → مستقر).
		if r, size := utf8.DecodeLastRuneInString(f); r == 'ا' && utf8.RuneCountInString(f) >= 4 {
			add(f[:len(f)-size])
		}
		// A verb's feminine ت (رفضت → رفض), a noun's ة (زيارة → زيار).
		if r, size := utf8.DecodeLastRuneInString(f); (r == 'ت' || r == 'ه') && utf8.RuneCountInString(f) >= 4 {
			if p, _ := utf8.DecodeLastRuneInString(f[:len(f)-size]); p != 'ا' { // ات is a plural
				add(f[:len(f)-size])
			}
		}
	}
	return out
}

// Root returns a guess at the three-letter root of the folded word w (see
// the comment at the top of this file), or the shortest bare reading when
// no guess has three letters.
func Root(w string) string { return cached(w).Root }

// Skeleton returns the consonants of the folded word w without its article
// and its plural, dual or feminine ending — long vowels ا و ي, ه and ء dropped (the first letter
// kept), and ق ط ص ض ظ ذ written ك ت س د ز as transliterations trade them —
// or "" when fewer than three remain. Broken plurals and spellings of one
// word share it (مرعى/مراعي، الكتالوني/القطالوني).
func Skeleton(w string) string { return cached(w).Skeleton }

func skeleton(bare []string) string {
	best := bare[0]
	// Only the article (with a conjunction or preposition before it) is
	// taken off in front: a bare ك or ب may be the name's own letter
	// (الكتالوني).
	for _, pre := range []string{"وال", "فال", "بال", "كال", "لل", "ال"} {
		if strings.HasPrefix(best, pre) && utf8.RuneCountInString(best)-utf8.RuneCountInString(pre) >= 3 {
			best = best[len(pre):]
			break
		}
	}
	for _, suf := range []string{"يون", "يين", "ات", "ون", "ين", "ان", "يه", "ه"} {
		if strings.HasSuffix(best, suf) && utf8.RuneCountInString(best)-utf8.RuneCountInString(suf) >= 3 {
			best = best[:len(best)-len(suf)]
			break
		}
	}
	if r, _ := utf8.DecodeRuneInString(best); r < 0x0600 || r > 0x06FF {
		return ""
	}
	var out []rune
	for i, r := range best {
		if i > 0 && (r == 'ا' || r == 'و' || r == 'ي' || r == 'ه' || r == 'ء') {
			continue
		}
		switch r {
		case 'ق':
			r = 'ك'
		case 'ط':
			r = 'ت'
		case 'ص':
			r = 'س'
		case 'ض':
			r = 'د'
		case 'ظ', 'ذ':
			r = 'ز'
		}
		out = append(out, r)
	}
	if len(out) < 3 {
		return ""
	}
	return string(out)
}

func root(bs []string) string {
	best := bs[0]
	for _, b := range bs[1:] {
		if utf8.RuneCountInString(b) < utf8.RuneCountInString(best) {
			best = b
		}
	}
	rs := []rune(best)
	trim := func(cond bool, from, to int) {
		if cond && to-from >= 3 && from >= 0 && to <= len(rs) {
			rs = rs[from:to]
		}
	}
	// Prefixes of the imperfect and of the derived forms.
	if len(rs) >= 4 {
		switch rs[0] {
		case 'ي', 'ت', 'ن':
			trim(true, 1, len(rs))
		}
	}
	if len(rs) >= 5 && rs[0] == 'س' && rs[1] == 'ت' { // يستفعل without its ي
		trim(true, 2, len(rs))
	} else if len(rs) >= 6 && rs[0] == 'ا' && rs[1] == 'س' && rs[2] == 'ت' {
		trim(true, 3, len(rs))
	} else if len(rs) >= 5 && rs[0] == 'م' && rs[1] == 'س' && rs[2] == 'ت' {
		trim(true, 3, len(rs))
	}
	if len(rs) >= 4 && rs[0] == 'م' {
		trim(true, 1, len(rs))
	}
	if len(rs) >= 4 && rs[0] == 'ا' && rs[1] == 'ن' {
		trim(true, 2, len(rs))
	} else if len(rs) >= 4 && rs[0] == 'ا' {
		trim(true, 1, len(rs))
	}
	if len(rs) >= 4 && rs[0] == 'ن' {
		trim(true, 1, len(rs))
	}
	// Endings.
	for _, suf := range [][]rune{[]rune("ات"), []rune("ون"), []rune("ين"), []rune("ان"), []rune("وا"), []rune("يه"), []rune("ه"), []rune("ا"), []rune("ي"), []rune("ت")} {
		if len(rs)-len(suf) >= 3 && string(rs[len(rs)-len(suf):]) == string(suf) {
			rs = rs[:len(rs)-len(suf)]
			break
		}
	}
	if len(rs) >= 4 && rs[1] == 'ت' { // افتعل without its ا: رتفع
		rs = append([]rune{rs[0]}, rs[2:]...)
	}
	if len(rs) >= 4 && rs[0] == 'ت' { // تفعّل، تفاعل
		rs = rs[1:]
	}
	// Long vowels inside, last first.
	for i := len(rs) - 2; i >= 1 && len(rs) > 3; i-- {
		if rs[i] == 'ا' || rs[i] == 'و' || rs[i] == 'ي' {
			rs = append(rs[:i:i], rs[i+1:]...)
		}
	}
	if len(rs) > 3 && (rs[len(rs)-1] == 'ء' || rs[len(rs)-1] == 'ا') {
		rs = rs[:len(rs)-1]
	}
	if len(rs) == 3 {
		if rs[1] == 'و' || rs[1] == 'ي' {
			rs[1] = 'ا'
		}
		if rs[2] == 'ا' || rs[2] == 'ء' || rs[2] == 'و' {
			rs[2] = 'ي'
		}
	}
	if len(rs) == 2 { // زار → زر after a dropped vowel: hollow
		rs = []rune{rs[0], 'ا', rs[1]}
	}
	return string(rs)
}
