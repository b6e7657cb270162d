package corpus

// Boilerplate: the furniture around an article's text.
//
// Pages and exports carry lines that belong to the site, not the report:
// comment counters, share and reply prompts, donation pop-ups, aggregator
// disclaimers, "latest news" lists, icon labels, bylines, contact lines,
// category words. Clean marks them in Document.Boilerplate (byte spans of
// Text) so that claim splitting passes over them; Text itself is never
// changed.
//
// The method is the jusText/trafilatura family's: each line is a block,
// classified by
//
//   - its shape: word count, whether it ends like a sentence (. ! ? ؟),
//     its stop-word density (real prose is full of في، من، أن، the, of;
//     names, labels and headline lists are not), whether it has letters at
//     all;
//   - its place: furniture sits in the top zone (the lines before the first
//     prose paragraph) and in the trailing run (the short, non-prose lines
//     after the last prose paragraph); headings inside the body are kept;
//   - repetition: a short non-sentence line found in three or more of the
//     documents read together, in their top zone or trailing run, is site
//     furniture (a byline template, a contact line). Counting is one pass
//     over hashed lines into a map, linear in the input;
//   - a short list of phrase families that recur across Arabic and English
//     news sites (phrases.go), each documented with why it is furniture.
//
// Blocks: a "related/latest news" heading takes the run of headline-like
// lines after it; a pop-up close button "×" and a contact or appeal line in
// the trailing run take everything after them to the end; a top byline,
// a dateline-only line and an aggregator notice are dropped after their
// facts are read (source.go). A line repeated inside one document (a
// caption rendered twice) keeps its first copy only.
//
// Titles (Document.TitleSpan) and captions stay: captions are claims.

import (
	"hash/maphash"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/lang/ar"
	"github.com/claimdiff/claimdiff/lang/en"
)

// Limits of the line classifier.
const (
	shortWords    = 12 // a line of at most this many words may be furniture
	tinyWords     = 5  // a trailing line this short with no prose traits is furniture
	repeatDocs    = 3  // a short line in this many documents is site furniture
	topZoneLines  = 4  // lines looked at before the first prose paragraph
	proseMinWords = 13 // a line this long that ends like a sentence is prose
	// longPhraseWords is the longest line phrase families are tried on
	// (source links and "read also" links carry a headline).
	longPhraseWords = 30
)

// lineInfo is one non-empty line of a document and what Clean found.
type lineInfo struct {
	start, end int // the raw line, without its line break
	s, e       int // the line without surrounding spaces
	words      int
	terminal   bool // ends like a sentence
	key        uint64
	bp         bool     // boilerplate
	agg        bool     // an aggregator notice (source.go reads it)
	byline     *byline  // a top byline
	dateline   string   // ISO date when the line is a dateline
	cut        [][2]int // sub-line spans that are boilerplate (icon labels)
}

var seed = maphash.MakeSeed()

// Clean finds the boilerplate of documents read together and fills what
// their furniture says about where they came from (source.go). Spans are
// added to each Document's Boilerplate, merged and sorted. Call it once on
// the whole set: repetition across documents is part of the evidence.
func Clean(docs []*Document) {
	// Each document's lines and where its top zone ends and its trailing
	// run starts, on all cores: both passes below read them (the second
	// found them again, and the first, on one core, was a tenth of the
	// read stage's CPU time on SaudiNewsNet).
	all := make([][]lineInfo, len(docs))
	edges := make([][2]int, len(docs))
	work(len(docs), func(i int) {
		all[i] = splitLines(docs[i])
		edges[i] = [2]int{topZone(docs[i], all[i]), trailingRun(docs[i], all[i])}
	})

	// Pass 1: how many documents carry each short edge line, and how often
	// each byline part occurs.
	type seen struct{ n, last int32 }
	rep := make(map[uint64]seen)
	outlets := make(map[string]int)
	for i, lines := range all {
		for _, ln := range edgeLines(lines, edges[i][0], edges[i][1]) {
			if ln.words > shortWords || ln.terminal {
				continue
			}
			if r := rep[ln.key]; r.n == 0 || r.last != int32(i) {
				rep[ln.key] = seen{r.n + 1, int32(i)}
			}
			if b, ok := parseByline(docs[i].Text[ln.s:ln.e]); ok {
				outlets[b.a]++
				outlets[b.b]++
			}
		}
	}
	repeated := func(k uint64) bool { return rep[k].n >= repeatDocs }

	// Pass 2: classify each document on its own, in parallel (the maps
	// are only read now).
	work(len(docs), func(i int) {
		d := docs[i]
		lines := all[i]
		classify(d, lines, edges[i][0], edges[i][1], repeated)
		provenance(d, lines, outlets)
		var spans []Span
		for _, ln := range lines {
			if ln.bp {
				spans = append(spans, Span{ln.start, ln.end})
				continue
			}
			for _, c := range ln.cut {
				spans = append(spans, Span{c[0], c[1]})
			}
		}
		d.Boilerplate = mergeSpans(append(d.Boilerplate, spans...))
		all[i] = nil
	})
}

// work runs f(0..n-1) on all cores.
func work(n int, f func(int)) {
	w := runtime.GOMAXPROCS(0)
	if n < 64 || w == 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for ; w > 0; w-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next += 16
				mu.Unlock()
				if i >= n {
					return
				}
				for j := i; j < i+16 && j < n; j++ {
					f(j)
				}
			}
		}()
	}
	wg.Wait()
}

// splitLines returns the non-empty lines of d's text with their shape.
func splitLines(d *Document) []lineInfo {
	text := d.Text
	var out []lineInfo
	var buf []byte
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		s, e := i, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		// Unicode spaces (NBSP, BOM) at the edges too.
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if !unicode.IsSpace(r) && r != '\ufeff' {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) && r != '\ufeff' {
				break
			}
			e -= n
		}
		if s < e && !(d.TitleSpan.End > d.TitleSpan.Start && s < d.TitleSpan.End && e > d.TitleSpan.Start) {
			t := text[s:e]
			ln := lineInfo{start: i, end: end, s: s, e: e, words: countWords(t), terminal: endsSentence(t)}
			if ln.words <= shortWords {
				buf = appendKey(buf[:0], t)
				ln.key = maphash.Bytes(seed, buf)
			}
			out = append(out, ln)
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' }

// countWords counts runs of non-space characters (ASCII spaces and
// no-break spaces separate words).
func countWords(t string) int {
	n, in := 0, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		if c == 0xC2 && i+1 < len(t) && t[i+1] == 0xA0 {
			sp = true
			i++
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// endsSentence reports whether t ends like a sentence: . ! ? ؟ … possibly
// followed by closing quotes or brackets.
func endsSentence(t string) bool {
	for len(t) > 0 {
		r, n := utf8.DecodeLastRuneInString(t)
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']', '›':
			t = t[:len(t)-n]
			continue
		case '.', '!', '?', '؟', '…':
			return true
		}
		return false
	}
	return false
}

// appendKey appends the matching key of a line: folded (lang.Normalize),
// runs of anything but letters and digits turned into one space, trimmed.
func appendKey(dst []byte, t string) []byte {
	start := len(dst)
	var tmp [256]byte
	folded := lang.AppendNormalized(tmp[:0], t)
	space := true
	for i := 0; i < len(folded); {
		r, n := utf8.DecodeRune(folded[i:])
		i += n
		if isWordRune(r) {
			dst = utf8.AppendRune(dst, r)
			space = false
		} else if !space {
			dst = append(dst, ' ')
			space = true
		}
	}
	if len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// isWordRune reports letters and digits, with fast paths for ASCII and
// the Arabic letters.
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	case r >= 0x0621 && r <= 0x064A, r >= 0x0660 && r <= 0x0669, r >= 0x0671 && r <= 0x06D3:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Key returns the matching form of a line used by the phrase families and
// the repetition count: folded, punctuation turned into single spaces.
func Key(t string) string { return string(appendKey(nil, t)) }

// edgeLines returns the lines of the top zone and the trailing run, where
// repetition counts: lines[:top] and lines[tail:] (topZone, trailingRun).
func edgeLines(lines []lineInfo, top, tail int) []lineInfo {
	if tail < top {
		tail = top
	}
	out := lines[:top:top]
	return append(out, lines[tail:]...)
}

// isProse reports whether a line reads as running text.
func isProse(d *Document, ln *lineInfo) bool {
	if ln.words >= proseMinWords && ln.terminal {
		return true
	}
	return ln.words > 2*shortWords && stopDensity(d.Text[ln.s:ln.e]) >= 0.08
}

// topZone returns how many of the first lines come before the first prose
// paragraph (at most topZoneLines).
func topZone(d *Document, lines []lineInfo) int {
	for i := range lines {
		if i >= topZoneLines || isProse(d, &lines[i]) {
			return i
		}
	}
	if len(lines) < topZoneLines {
		return len(lines)
	}
	return topZoneLines
}

// trailingRun returns the index of the first line of the run of non-prose,
// short lines at the end of the document.
func trailingRun(d *Document, lines []lineInfo) int {
	i := len(lines)
	for i > 0 {
		ln := &lines[i-1]
		if ln.words > shortWords || isProse(d, ln) {
			break
		}
		i--
	}
	return i
}

// stopDensity is the share of a line's words that are Arabic or English
// function words.
func stopDensity(t string) float64 {
	var buf [64]byte
	n, stop := 0, 0
	for rest := t; ; {
		var w string
		if w, rest = nextField(rest); w == "" {
			break
		}
		n++
		f := lang.AppendNormalized(buf[:0], strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if ar.IsStop(string(f)) || en.IsStop(string(f)) {
			stop++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(stop) / float64(n)
}

// nextField returns the first of t's words as strings.Fields cuts them
// (runs of characters that are not unicode.IsSpace), or "" when t has
// none, and what follows it: a line's words read one by one, without the
// list strings.Fields makes (the lists stopDensity made were a sixth of
// what reading SaudiNewsNet allocated).
func nextField(t string) (w, rest string) {
	start := -1
	for i, r := range t {
		switch sp := unicode.IsSpace(r); {
		case sp && start >= 0:
			return t[start:i], t[i:]
		case !sp && start < 0:
			start = i
		}
	}
	if start < 0 {
		return "", ""
	}
	return t[start:], ""
}

// hasLetters reports whether t has a letter or digit.
func hasLetters(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// headlineLike reports whether a line reads as one or more headlines run
// together rather than a paragraph: it does not end like a sentence and has
// at most one full stop per forty words inside (".." is a headline
// device, not a full stop).
func headlineLike(t string) bool {
	if endsSentence(strings.TrimRight(t, ".")) && !strings.HasSuffix(t, "..") {
		return false
	}
	if endsSentence(t) && !strings.HasSuffix(t, "..") {
		return false
	}
	stops := 0
	for i := 0; i < len(t); i++ {
		if t[i] != '.' {
			continue
		}
		prevDot := i > 0 && t[i-1] == '.'
		nextDot := i+1 < len(t) && t[i+1] == '.'
		digitAround := i > 0 && i+1 < len(t) && isDigitByte(t[i-1]) && isDigitByte(t[i+1])
		if !prevDot && !nextDot && !digitAround {
			stops++
		}
	}
	return stops*40 <= countWords(t)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// classify marks the boilerplate lines of one document, whose top zone
// ends at line top and whose trailing run starts at line tail (topZone,
// trailingRun).
func classify(d *Document, lines []lineInfo, top, tail int, repeated func(uint64) bool) {
	text := d.Text
	var key []byte
	firstSeen := make(map[uint64]bool, len(lines))

	for i := range lines {
		ln := &lines[i]
		t := text[ln.s:ln.e]
		if !hasLetters(t) {
			ln.bp = true // rules, stars, a lone "×"
			if i >= tail && ln.words == 1 && strings.ContainsAny(t, closeGlyphs) {
				markFrom(lines, i) // a pop-up's close button: the pop-up follows
			}
			continue
		}
		if codeLine(t) {
			ln.bp = true // a page's style sheet or script left in the text
			continue
		}
		if (i < 3 || i >= len(lines)-3) && aggregatorNotice(t) {
			ln.bp, ln.agg = true, true
			continue
		}
		// Icon labels are cut from the line; a line of nothing else goes.
		if cuts, rest := iconLabels(t); len(cuts) > 0 {
			for _, c := range cuts {
				ln.cut = append(ln.cut, [2]int{ln.s + c[0], ln.s + c[1]})
			}
			if !hasLetters(rest) || onlySingleLetters(rest) {
				ln.bp = true
				continue
			}
		}
		// A source link or contact notice run on after the last sentence
		// of the line: cut from there to the line's end.
		if c, ok := furnitureTail(t); ok {
			ln.cut = append(ln.cut, [2]int{ln.s + c, ln.e})
		}
		fam := famNone
		if ln.words <= longPhraseWords {
			key = appendKey(key[:0], t)
			fam = phraseFamily(string(key), ln.words)
		}
		if ln.words > shortWords {
			if i <= top && i < topZoneLines {
				// A dateline opening the first paragraph: "دمشق - 24 كانون
				// الأول 2025 - أعلن …".
				if iso, s, _, ok := FindDate(t[:min(len(t), 120)]); ok && countWords(t[:s]) <= 3 {
					ln.dateline = iso
				}
			}
			// Long lines: a duplicate of an earlier line, a source link
			// or a "read also" link.
			k := maphash.String(seed, t)
			if firstSeen[k] || fam == famRelated || (fam == famCredit && (i < top || i >= len(lines)-2)) {
				ln.bp = true
			}
			firstSeen[k] = true
			continue
		}
		edge := i < top || i >= tail
		// A line ending in a colon introduces what follows: a heading,
		// not furniture, unless a phrase family says otherwise.
		intro := strings.HasSuffix(t, ":")
		switch {
		case fam == famRelated:
			ln.bp = true
			relatedRun(d, lines, i+1)
		case fam == famCloser && i >= tail:
			markFrom(lines, i)
		case fam == famCategory || fam == famCounter || fam == famShare || fam == famNav || fam == famAgencyMark:
			ln.bp = true
		case edge && (fam == famAppeal || fam == famContact || fam == famCredit):
			ln.bp = true
			if i >= tail {
				markFrom(lines, i) // a footer or pop-up block runs to the end
			}
		case edge && !intro && repeated(ln.key):
			ln.bp = true
		case i == len(lines)-1 && strings.HasPrefix(t, "*") && ln.words <= 6 && !strings.Contains(t, ":"):
			ln.bp = true // a footnote after the body: author's post, service credit
		}
		if i < top && !ln.bp {
			if iso, s, _, ok := FindDate(t); ok && !ln.terminal && countWords(t[:s]) <= 6 {
				ln.bp, ln.dateline = true, iso // place, date (and agency) alone
			} else if b, ok := parseByline(t); ok {
				ln.bp, ln.byline = true, &b
			}
		}
		k := maphash.String(seed, t)
		if firstSeen[k] && !ln.bp {
			ln.bp = true // the same line again (a caption shown twice)
		}
		firstSeen[k] = true
	}
	// After the body, one or two short lines with no prose traits are a
	// name, a label or a credit. A longer run of them is text of its own
	// (the verses of a closing poem, a list) and stays.
	var left []int
	for i := tail; i < len(lines); i++ {
		if !lines[i].bp {
			left = append(left, i)
		}
	}
	if len(left) <= 2 {
		for _, i := range left {
			ln := &lines[i]
			t := text[ln.s:ln.e]
			if !strings.Contains(t, ":") && ln.words <= tinyWords && !ln.terminal && stopDensity(t) < 0.2 {
				ln.bp = true
			}
		}
	}
	// A line that repeats an earlier one once its icon labels are cut.
	for i := range lines {
		ln := &lines[i]
		if ln.bp || len(ln.cut) == 0 {
			continue
		}
		rest := strings.TrimSpace(text[ln.cut[len(ln.cut)-1][1]:ln.e])
		if rest != "" && firstSeen[maphash.String(seed, rest)] {
			ln.bp = true
		}
	}
}

// codeLine reports whether line t is a style sheet or script left in an
// article's text by a scraper ("#vote_area2 ul { padding: 0; margin: 0; }
// … jQuery.jqplot …"): two or more pieces of code syntax (a rule's close
// "; }", a block opened after ")" or ":", "function(") and mostly Latin
// letters. Prose that puts a name in braces ("لـ{الجهاد الإسلامي}", "the
// analysts {who asked not to be named}") has none of them.
func codeLine(t string) bool {
	n := 0
	for _, sig := range codeSyntax {
		n += strings.Count(t, sig)
	}
	if n < 2 {
		return false
	}
	var latin, other int
	for _, r := range t {
		switch {
		case r < utf8.RuneSelf && ('a' <= r|0x20 && r|0x20 <= 'z'):
			latin++
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			other++
		}
	}
	return latin > 2*other
}

// codeSyntax are pieces of CSS and JavaScript that prose does not write.
var codeSyntax = []string{";}", "; }", "){", ") {", ":{", ": {", "function(", "function ("}

// markFrom marks lines[i:] as boilerplate.
func markFrom(lines []lineInfo, i int) {
	for ; i < len(lines); i++ {
		lines[i].bp = true
	}
}

// relatedRun marks the headline-like lines after a "related news" heading.
func relatedRun(d *Document, lines []lineInfo, i int) {
	for ; i < len(lines); i++ {
		t := d.Text[lines[i].s:lines[i].e]
		if !headlineLike(t) && lines[i].words > 3 {
			return
		}
		lines[i].bp = true
	}
}

// onlySingleLetters reports whether every word of t is one letter (the
// "ع ع ع" text-size buttons).
func onlySingleLetters(t string) bool {
	for _, w := range strings.Fields(t) {
		if utf8.RuneCountInString(w) > 1 {
			return false
		}
	}
	return true
}

// mergeSpans sorts spans and joins overlapping or touching ones.
func mergeSpans(sp []Span) []Span {
	if len(sp) == 0 {
		return sp
	}
	sort.Slice(sp, func(i, j int) bool { return sp[i].Start < sp[j].Start })
	out := sp[:1]
	for _, s := range sp[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End {
			if s.End > last.End {
				last.End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// tailMarkers open the furniture that sites run on after a story's last
// sentence, on the same line: the link to the item on the outlet's site
// ("رابط الخبر بصحيفة الوئام: <headline>") and the note on how to write to
// a columnist ("للتواصل مع الكاتب ارسل رسالة SMS …"), often glued to the
// author's e-mail address. None of them opens a sentence of reporting.
var tailMarkers = []string{"رابط الخبر", "للتواصل مع الكاتب", "لمراسلة الكاتب"}

// linkHeading reports whether the text after "رابط الخبر …" is the rest
// of a link heading: the outlet's name and a colon within a few words
// ("بصحيفة الوئام: <headline>"), which no sentence of reporting has.
func linkHeading(rest string) bool {
	if !strings.HasPrefix(rest, " بصحيفة") && !strings.HasPrefix(rest, " في صحيفة") {
		return false
	}
	c := strings.IndexByte(rest, ':')
	return c > 0 && countWords(rest[:c]) <= 4
}

// furnitureTail returns where in line t a tail marker starts, when it
// starts the line, heads a link ("رابط الخبر بصحيفة الوئام: …", wherever
// it stands), follows the end of a sentence, or is glued to an address in
// Latin letters (an e-mail, a handle).
func furnitureTail(t string) (int, bool) {
	for _, m := range tailMarkers {
		from := 0
		for {
			i := strings.Index(t[from:], m)
			if i < 0 {
				break
			}
			i += from
			before := strings.TrimRight(t[:i], " \t\u00a0")
			if before == "" || linkHeading(t[i+len(m):]) {
				return i, true
			}
			r, _ := utf8.DecodeLastRuneInString(before)
			if strings.ContainsRune(".!?؟»\"”:)", r) || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return i, true
			}
			from = i + len(m)
		}
	}
	return 0, false
}
