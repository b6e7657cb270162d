package rtl

// Rendering: wrap in logical order, then shape and reorder each line.
//
// Render splits the text into paragraphs at line breaks, cuts each paragraph
// into grapheme clusters (rivo/uniseg) and turns every cluster into one cell
// that remembers the source bytes it came from ([Start, End) into the text the
// caller passed). In App mode the cells are shaped first, which can merge a
// lam cluster and an alef cluster into one ligature cell; widths are measured
// on the shaped cells, so a wrapped line and a padded column have the width
// the terminal will show. Wrapping is greedy by words in logical order; it
// breaks only at white space (which is dropped at the break) and cuts a word
// wider than the line at cluster boundaries. Each line is then reordered
// cluster by cluster, never rune by rune, so marks stay on their letters:
// levels come from the paragraph (see bidi.go), brackets and other mirrored
// characters at RTL levels are swapped, and runs of Latin words and digits
// keep their left-to-right order.
//
// Highlight spans are byte ranges into the same source text. A cell takes the
// class of the last span that overlaps its source bytes, so a span that covers
// part of a ligature or of a cluster colours the whole glyph. Output segments
// are maximal runs of visually adjacent cells with one class.
//
// C0/C1 control characters other than tab are shown as U+FFFD and tabs as one
// space, so that source text can never move the cursor; in App mode the bidi
// formatting characters (LRM, RLM, ALM, embeddings, isolates) are dropped from
// the output after they have served the layout, leaving cells of width zero.

import (
	"os"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Span is a highlighted range of the source text.
type Span struct {
	Start, End int // byte offsets into the original logical text, End exclusive
	Class      int // the caller's style class; 0 means no style
}

// Cell is one displayed glyph group: a grapheme cluster of the source, or two
// (lam and alef) merged into a ligature.
type Cell struct {
	Text       string // what to print (shaped and mirrored in App mode)
	Start, End int    // byte offsets of the source cluster(s) in the original text
	Width      int    // terminal cells
	Class      int    // class of the span covering it, 0 for none
	Level      int    // bidi embedding level: 1 right-to-left, 2 left-to-right (App mode; 0 in Terminal mode)
}

// Segment is a run of adjacent cells of one class, in display order.
type Segment struct {
	Text  string // the cells' text, concatenated in display order
	Class int    // the span class, 0 for none
	Width int    // terminal cells
}

// Line is one display line.
type Line struct {
	Start, End int       // byte offsets of the line's logical text in the original text
	Width      int       // terminal cells
	Mode       Mode      // App or Terminal
	Text       string    // the whole line in display order (App) or logical order (Terminal), unstyled, without isolates
	Cells      []Cell    // display order, left to right (App); logical order (Terminal)
	Segments   []Segment // Cells grouped by class
}

// String returns the line as it should be written to the terminal, without
// styles: Text, isolated with FSI … PDI in Terminal mode.
func (l Line) String() string {
	if l.Mode == Terminal {
		return Isolate(l.Text)
	}
	return l.Text
}

// Styled returns the line with every segment of a non-zero class passed
// through style(class, text), e.g. a lipgloss.Style's Render.
func (l Line) Styled(style func(class int, text string) string) string {
	if style == nil {
		return l.String()
	}
	var b strings.Builder
	b.Grow(len(l.Text) + 16*len(l.Segments))
	if l.Mode == Terminal && l.Text != "" {
		b.WriteString(FSI)
	}
	for _, s := range l.Segments {
		if s.Class == 0 {
			b.WriteString(s.Text)
		} else {
			b.WriteString(style(s.Class, s.Text))
		}
	}
	if l.Mode == Terminal && l.Text != "" {
		b.WriteString(PDI)
	}
	return b.String()
}

// Render lays text out in lines of at most width cells (no wrapping when
// width <= 0) for mode, carrying spans through wrapping, shaping and
// reordering. Auto is resolved with Detect(os.Getenv). Every source cluster
// ends up in exactly one cell of one line, except the white space dropped at
// wrap points and the line breaks between paragraphs.
func Render(text string, width int, spans []Span, mode Mode) []Line {
	mode = mode.Resolve(os.Getenv)
	e := getEngine()
	defer putEngine(e)
	var lines []Line
	forParagraphs(text, func(start, end int) {
		lines = e.renderParagraph(lines, text, start, end, width, spans, mode)
	})
	return lines
}

// RenderStrings is Render followed by Line.Styled for every line.
func RenderStrings(text string, width int, spans []Span, mode Mode, style func(class int, text string) string) []string {
	lines := Render(text, width, spans, mode)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Styled(style)
	}
	return out
}

// Visual shapes and reorders one line of text for App mode, without wrapping
// or spans. Line breaks in s are dropped (each paragraph is laid out on its
// own and the results are joined with "\n").
func Visual(s string) string {
	return string(AppendVisual(nil, s))
}

// AppendVisual appends Visual(s) to dst; it does not allocate once dst has
// room.
func AppendVisual(dst []byte, s string) []byte {
	e := getEngine()
	defer putEngine(e)
	first := true
	forParagraphs(s, func(start, end int) {
		if !first {
			dst = append(dst, '\n')
		}
		first = false
		e.load(s[start:end], start, App)
		e.resolveLevels()
		dst = e.appendLine(dst, 0, len(e.cells), App)
	})
	return dst
}

// Range is a byte range [Start, End) of a text.
type Range struct {
	Start, End int // byte offsets into the text
}

// WrapRanges returns the lines Wrap would produce as byte ranges of text.
// Widths are measured after App-mode shaping.
func WrapRanges(text string, width int) []Range {
	e := getEngine()
	defer putEngine(e)
	var out []Range
	forParagraphs(text, func(start, end int) {
		e.load(text[start:end], start, App)
		for _, lr := range e.wrap(width) {
			out = append(out, Range{e.cellStart(lr[0]), e.cellEnd(lr[1])})
		}
	})
	return out
}

// Wrap breaks text into lines of at most width cells (as shown in App mode),
// by words in logical order. It breaks at white space, drops the white space
// at each break, keeps explicit line breaks and cuts a word wider than width
// only between grapheme clusters. width <= 0 only splits at line breaks.
func Wrap(text string, width int) []string {
	rs := WrapRanges(text, width)
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = text[r.Start:r.End]
	}
	return out
}

// Width returns the number of terminal cells s takes once shaped for App mode
// (a lam-alef pair takes one cell; marks take none). It does not interpret
// escape sequences: measure styled output with lipgloss.Width.
func Width(s string) int {
	e := getEngine()
	defer putEngine(e)
	w := 0
	forParagraphs(s, func(start, end int) {
		e.load(s[start:end], start, App)
		for _, c := range e.cells {
			w += int(c.width)
		}
	})
	return w
}

// Truncate cuts the logical text s so that it fits in width cells once
// shaped, ending with tail (e.g. "…") when anything was cut. It cuts only
// between grapheme clusters and never inside a lam-alef ligature. Text after
// the first line break counts as cut.
func Truncate(s string, width int, tail string) string {
	if width <= 0 {
		return ""
	}
	e := getEngine()
	defer putEngine(e)
	end := len(s)
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		end = i
	}
	e.load(s[:end], 0, App)
	total := 0
	for _, c := range e.cells {
		total += int(c.width)
	}
	if total <= width && end == len(s) {
		return s
	}
	tw := Width(tail)
	if tw > width {
		tail, tw = "", 0
	}
	w, cut := 0, 0
	for _, c := range e.cells {
		if w+int(c.width) > width-tw {
			break
		}
		w += int(c.width)
		cut = int(c.end)
	}
	return strings.TrimRight(s[:cut], " ") + tail
}

// Pad fills an already rendered line (it may contain ANSI styles; its width is
// given as w, e.g. Line.Width or lipgloss.Width) with spaces to width cells.
// In App mode the text is right-aligned, as right-to-left text is; in
// Terminal mode the spaces go after the text, outside its isolate.
func Pad(line string, w, width int, mode Mode) string {
	if w >= width {
		return line
	}
	pad := strings.Repeat(" ", width-w)
	if mode == App {
		return pad + line
	}
	return line + pad
}

// forParagraphs calls fn with the byte range of every paragraph of text,
// split at "\n", "\r\n" and "\r" (the separators belong to no paragraph).
func forParagraphs(text string, fn func(start, end int)) {
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			fn(start, i)
			start = i + 1
		case '\r':
			fn(start, i)
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	fn(start, len(text))
}

// cell is a logical cell of the paragraph held by the engine.
type cell struct {
	rs, re     int32 // rune range in engine.runes
	start, end int32 // byte range in the original text
	width      int16
	space      bool // a break opportunity (white space other than no-break spaces)
}

// engine holds the reusable buffers for one paragraph.
type engine struct {
	runes  []rune
	shaped []rune
	cls    []class
	lvl    []uint8
	typ    []class
	idx    []int32
	jt     []joiningType
	starts []bool
	cells  []cell
	order  []int32
	bstack []bracketPair
	pairs  []bracketPair
	lines  [][2]int
	buf    []byte
	class  []int
}

var enginePool = sync.Pool{New: func() any { return new(engine) }}

func getEngine() *engine  { return enginePool.Get().(*engine) }
func putEngine(e *engine) { enginePool.Put(e) }

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// load cuts the paragraph p (found at byte offset base of the original text)
// into runes and cells, shaping them in App mode.
func (e *engine) load(p string, base int, mode Mode) {
	infoOnce.Do(initInfo)
	n := len(p) // at least the number of runes
	e.runes = grow(e.runes, n)
	e.shaped = grow(e.shaped, n)
	e.cls = grow(e.cls, n)
	e.lvl = grow(e.lvl, n)
	e.jt = grow(e.jt, n)
	e.starts = grow(e.starts, n)
	e.cells = e.cells[:0]
	ri := 0
	if !e.loadFast(p, base) {
		e.cells = e.cells[:0]
		state := -1
		rest := p
		off := 0
		for len(rest) > 0 {
			cl, next, width, st := uniseg.FirstGraphemeClusterInString(rest, state)
			state = st
			c := cell{rs: int32(ri), start: int32(base + off), end: int32(base + off + len(cl)), width: int16(width)}
			for k, r := range cl {
				in := infoFast(r)
				e.runes[ri] = r
				e.cls[ri] = in.class
				e.jt[ri] = in.jt
				e.starts[ri] = k == 0
				ri++
			}
			c.re = int32(ri)
			e.cells = append(e.cells, finishCell(c, e.runes[c.rs]))
			off += len(cl)
			rest = next
		}
	} else {
		ri = len(e.cells)
		if ri > 0 {
			ri = int(e.cells[ri-1].re)
		}
	}
	e.runes, e.cls, e.lvl, e.starts = e.runes[:ri], e.cls[:ri], e.lvl[:ri], e.starts[:ri]
	e.shaped, e.jt = e.shaped[:ri], e.jt[:ri]
	if mode != App {
		copy(e.shaped, e.runes)
		return
	}
	shapeRunes(e.runes, e.starts, e.shaped, e.jt)
	// Merge each alef swallowed by a lam-alef ligature into the lam's cell.
	w := 0
	for i := 0; i < len(e.cells); i++ {
		c := e.cells[i]
		if w > 0 && e.shaped[c.rs] == 0 && e.runes[c.rs] != 0 {
			prev := &e.cells[w-1]
			prev.re, prev.end = c.re, c.end
			continue
		}
		e.cells[w] = c
		w++
	}
	e.cells = e.cells[:w]
}

// isBidiControl reports whether r is Bidi_Control: ALM, LRM, RLM, the
// embeddings and overrides, and the isolates.
func isBidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// finishCell sets the width of control characters (shown as U+FFFD or a
// space) and whether c is a break opportunity.
func finishCell(c cell, first rune) cell {
	switch {
	case first == '\t':
		c.width, c.space = 1, true
	case first < 0x20 || (first >= 0x7F && first < 0xA0):
		c.width = 1
	case isBreakSpace(first):
		c.space = true
	}
	if c.width < 0 {
		c.width = 0
	}
	return c
}

// isBreakSpace reports whether r is white space that allows a line break
// (the no-break spaces U+00A0, U+2007 and U+202F do not).
func isBreakSpace(r rune) bool {
	switch {
	case r == ' ' || r == 0x85:
		return true
	case r < 0x1680:
		return false // the rest of ASCII/Latin-1 white space is control characters or U+00A0
	}
	return unicode.IsSpace(r) && r != 0x2007 && r != 0x202F
}

// loadFast fills runes, classes and cells from the fast-path table; it
// reports false, leaving partial results, when p has a rune the table does
// not know.
func (e *engine) loadFast(p string, base int) bool {
	ri := 0
	for off, r := range p {
		in := infoFast(r)
		switch in.kind {
		case kindSlow:
			return false
		case kindBase:
			e.cells = append(e.cells, cell{rs: int32(ri), start: int32(base + off), width: 1, space: isBreakSpace(r)})
			e.starts[ri] = true
		case kindAttach:
			if len(e.cells) == 0 {
				e.cells = append(e.cells, cell{rs: int32(ri), start: int32(base + off)})
				e.starts[ri] = true
			} else {
				e.starts[ri] = false
			}
		}
		e.runes[ri] = r
		e.cls[ri] = in.class
		e.jt[ri] = in.jt
		ri++
	}
	for i := range e.cells {
		if i+1 < len(e.cells) {
			e.cells[i].re = e.cells[i+1].rs
			e.cells[i].end = e.cells[i+1].start
		} else {
			e.cells[i].re = int32(ri)
			e.cells[i].end = int32(base + len(p))
		}
	}
	return true
}

func (e *engine) cellStart(i int) int {
	if i < len(e.cells) {
		return int(e.cells[i].start)
	}
	if len(e.cells) == 0 {
		return 0
	}
	return int(e.cells[len(e.cells)-1].end)
}

func (e *engine) cellEnd(i int) int {
	if i > 0 {
		return int(e.cells[i-1].end)
	}
	return e.cellStart(0)
}

// wrap returns the lines of the loaded paragraph as cell ranges [a, b).
// Greedy: a word goes on the current line if it fits with the spaces before
// it; otherwise the line ends before those spaces (they are dropped) and the
// word starts the next line. A word wider than width is cut between cells.
// Leading spaces of the paragraph are kept, trailing ones only if they fit.
func (e *engine) wrap(width int) [][2]int {
	cells := e.cells
	lines := e.lines[:0]
	if width <= 0 {
		lines = append(lines, [2]int{0, len(cells)})
		e.lines = lines
		return lines
	}
	lineStart, lineEnd, lineW, placed := 0, 0, 0, false
	flush := func() {
		lines = append(lines, [2]int{lineStart, lineEnd})
		lineW, placed = 0, false
	}
	// cut places cells [from, to) one by one, starting new lines as needed.
	cut := func(from, to int) {
		for k := from; k < to; k++ {
			cw := int(cells[k].width)
			if placed && lineW+cw > width {
				flush()
				lineStart = k
			}
			lineEnd, lineW, placed = k+1, lineW+cw, true
		}
	}
	for i := 0; i < len(cells); {
		sp, spW := i, 0
		for sp < len(cells) && cells[sp].space {
			spW += int(cells[sp].width)
			sp++
		}
		wEnd, wordW := sp, 0
		for wEnd < len(cells) && !cells[wEnd].space {
			wordW += int(cells[wEnd].width)
			wEnd++
		}
		switch {
		case lineW+spW+wordW <= width:
			lineEnd, lineW, placed = wEnd, lineW+spW+wordW, true
		case placed:
			flush()
			lineStart, lineEnd = sp, sp
			if wordW <= width {
				lineEnd, lineW, placed = wEnd, wordW, true
			} else {
				cut(sp, wEnd)
			}
		default:
			// Only at the start of the paragraph: leading spaces and a word
			// that do not fit together.
			cut(lineStart, wEnd)
		}
		i = wEnd
	}
	if placed || len(lines) == 0 {
		lines = append(lines, [2]int{lineStart, lineEnd})
	}
	e.lines = lines
	return lines
}

// renderParagraph appends the lines of text[start:end] to lines.
func (e *engine) renderParagraph(lines []Line, text string, start, end, width int, spans []Span, mode Mode) []Line {
	e.load(text[start:end], start, mode)
	if mode == App {
		e.resolveLevels()
	}
	e.classify(spans)
	for _, lr := range e.wrap(width) {
		lines = append(lines, e.buildLine(lr[0], lr[1], mode))
	}
	return lines
}

// classify gives every cell the class of the last span overlapping it.
func (e *engine) classify(spans []Span) {
	e.class = grow(e.class, len(e.cells))
	clear(e.class)
	cells := e.cells
	for _, s := range spans {
		if s.End <= s.Start || s.Class == 0 {
			continue
		}
		// First cell ending after s.Start.
		lo, hi := 0, len(cells)
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if int(cells[h].end) <= s.Start {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := lo; k < len(cells) && int(cells[k].start) < s.End; k++ {
			e.class[k] = s.Class
		}
	}
}

// visualOrder fills e.order with the cells [a, b) in display order (rules L1
// and L2 on cell levels) and returns it.
func (e *engine) visualOrder(a, b int) []int32 {
	order := e.order[:0]
	for k := a; k < b; k++ {
		order = append(order, int32(k))
	}
	e.order = order
	if b <= a {
		return order
	}
	// L1: trailing white space and white space before tabs go to level 1.
	trailing := true
	for k := b - 1; k >= a; k-- {
		c := e.cells[k]
		cl := e.cls[c.rs]
		switch {
		case cl == cS || cl == cB:
			e.lvl[c.rs] = 1
			trailing = true
		case trailing && (cl == cWS || cl == cBN):
			e.lvl[c.rs] = 1
		default:
			trailing = false
		}
	}
	// L2 with levels 1 and 2: reverse everything, then each run at level 2.
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	for i := 0; i < len(order); {
		if e.lvl[e.cells[order[i]].rs] < 2 {
			i++
			continue
		}
		j := i
		for j < len(order) && e.lvl[e.cells[order[j]].rs] >= 2 {
			j++
		}
		for x, y := i, j-1; x < y; x, y = x+1, y-1 {
			order[x], order[y] = order[y], order[x]
		}
		i = j
	}
	return order
}

// appendCell appends the display text of cell c.
func (e *engine) appendCell(dst []byte, c cell, mode Mode) []byte {
	for i := c.rs; i < c.re; i++ {
		r := e.shaped[i]
		switch {
		case r == 0 && e.runes[i] != 0:
			continue // alef inside a lam-alef ligature
		case r == '\t':
			r = ' '
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			r = utf8.RuneError
		case mode == App && isBidiControl(r):
			continue
		case mode == App && i == c.rs && e.lvl[i]&1 == 1 && e.cls[i] == cON:
			r = mirror(r) // every Bidi_Mirrored character is of class ON
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// appendLine appends the display text of cells [a, b).
func (e *engine) appendLine(dst []byte, a, b int, mode Mode) []byte {
	if mode != App {
		for k := a; k < b; k++ {
			dst = e.appendCell(dst, e.cells[k], mode)
		}
		return dst
	}
	for _, k := range e.visualOrder(a, b) {
		dst = e.appendCell(dst, e.cells[k], mode)
	}
	return dst
}

// buildLine makes the Line for cells [a, b).
func (e *engine) buildLine(a, b int, mode Mode) Line {
	l := Line{Mode: mode, Start: e.cellStart(a), End: e.cellEnd(b)}
	if b <= a {
		l.End = l.Start
		return l
	}
	var order []int32
	if mode == App {
		order = e.visualOrder(a, b)
	} else {
		order = e.order[:0]
		for k := a; k < b; k++ {
			order = append(order, int32(k))
		}
		e.order = order
	}
	buf := e.buf[:0]
	offs := make([]int, len(order)+1)
	for i, k := range order {
		offs[i] = len(buf)
		buf = e.appendCell(buf, e.cells[k], mode)
	}
	offs[len(order)] = len(buf)
	e.buf = buf
	l.Text = string(buf)
	l.Cells = make([]Cell, len(order))
	for i, k := range order {
		c := e.cells[k]
		lv := 0
		if mode == App {
			lv = int(e.lvl[c.rs])
		}
		l.Cells[i] = Cell{
			Text:  l.Text[offs[i]:offs[i+1]],
			Start: int(c.start), End: int(c.end),
			Width: int(c.width), Class: e.class[k], Level: lv,
		}
		l.Width += int(c.width)
	}
	for i := 0; i < len(l.Cells); {
		j, w := i, 0
		for j < len(l.Cells) && l.Cells[j].Class == l.Cells[i].Class {
			w += l.Cells[j].Width
			j++
		}
		l.Segments = append(l.Segments, Segment{Text: l.Text[offs[i]:offs[j]], Class: l.Cells[i].Class, Width: w})
		i = j
	}
	return l
}
