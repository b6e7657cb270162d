// Package common holds what every component of claimdiff's terminal UI
// shares: the screen size, the styles, the key bindings, the bidi mode and
// the indexed analysis (Data), plus the helpers that lay Arabic text out
// through tui/rtl so that no component writes right-to-left text any other
// way.
package common

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/claimdiff/claimdiff/tui/rtl"
)

// Context is the state shared by the root model and its components. The
// root owns it and passes a pointer down; components read it and never keep
// their own copy of sizes, styles or keys.
type Context struct {
	Width, Height int      // the whole terminal, in cells
	Mode          rtl.Mode // App or Terminal (never Auto)
	Styles        *Styles
	Keys          *KeyMap
	Data          *Data // the analysis being reviewed (never nil once loaded)
}

// BodyHeight is the number of lines a view may use: the terminal minus the
// root's header and status lines.
func (c *Context) BodyHeight() int {
	if h := c.Height - 2; h > 1 {
		return h
	}
	return 1
}

// Para lays text out in lines of width cells through rtl.Render, carrying
// highlight spans (byte offsets into text) and styling them with the
// context's styles. Every returned line is exactly width cells wide:
// right-aligned in App mode (Arabic is right-to-left), isolated and padded
// after the text in Terminal mode.
func (c *Context) Para(text string, width int, spans []rtl.Span) []string {
	if width < 1 {
		width = 1
	}
	if c.Mode == rtl.App && !HasRTL(text) {
		// Left-to-right text keeps a left-to-right line: laid out in
		// logical order, left-aligned, nothing reordered.
		lines := rtl.Render(text, width, spans, rtl.Terminal)
		out := make([]string, 0, len(lines))
		for _, l := range lines {
			out = append(out, Fit(c.plain(l), width))
		}
		return out
	}
	lines := rtl.Render(text, width, spans, c.Mode)
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		// Padding goes by the width the terminal library measures, which
		// can differ from rtl's for rare format characters (U+0600–U+0605).
		styled := l.Styled(c.Styles.Class)
		out = append(out, Fit(rtl.Pad(styled, lipgloss.Width(styled), width, c.Mode), width))
	}
	if len(out) == 0 {
		out = append(out, strings.Repeat(" ", width))
	}
	return out
}

// Cell lays text out on one line of exactly width cells, cutting it with
// "…" when it is longer (line breaks become spaces). Use it for table cells
// and labels that may hold Arabic.
func (c *Context) Cell(text string, width int) string {
	if width <= 0 {
		return ""
	}
	l, ok := c.line(text, width)
	if !ok {
		return Fit(l.Text, width)
	}
	str := l.String()
	return Fit(rtl.Pad(str, lipgloss.Width(str), width, c.Mode), width)
}

// line lays text out on one line of at most width cells. ok is false for
// left-to-right text in App mode, whose Text is then the logical text, to
// be shown as it is.
func (c *Context) line(text string, width int) (rtl.Line, bool) {
	text = oneLine(text)
	var l rtl.Line
	// rtl.Truncate measures shaped text; in Terminal mode the logical
	// text can be wider (a lam-alef pair takes two cells), so cut more.
	for w := width; w > 0; w-- {
		t := rtl.Truncate(text, w, "…")
		if c.Mode == rtl.App && !HasRTL(t) {
			return rtl.Line{Text: t, Width: lipgloss.Width(t)}, false
		}
		lines := rtl.Render(t, 0, nil, c.Mode)
		if len(lines) == 0 {
			return rtl.Line{Mode: c.Mode}, true
		}
		l = lines[0]
		if l.Width <= width {
			return l, true
		}
	}
	return rtl.Line{Mode: c.Mode}, true
}

// Inline lays a short text (a name, a source) out on one line without
// padding, cut to at most width cells.
func (c *Context) Inline(text string, width int) string {
	if width <= 0 {
		return ""
	}
	l, ok := c.line(text, width)
	if !ok {
		return l.Text
	}
	return l.String()
}

// InlineLTR lays out, on one line of at most width cells without padding, a
// left-to-right sentence that quotes right-to-left text, such as a
// discrepancy's detail (`said by "لافروف" in A, by "الشيباني" in B`). The
// sentence keeps a left-to-right base whatever its first letter: each run of
// right-to-left text is ordered on its own (shaped and reordered in App
// mode, isolated in Terminal mode) and the runs stay in the sentence's
// order. A run ends at the next Latin letter or ASCII double quote, so
// every quoted name is a run of its own and a list of quoted names reads in
// the order the sentence gives it.
func (c *Context) InlineLTR(text string, width int) string {
	if width <= 0 {
		return ""
	}
	text = oneLine(text)
	if !HasRTL(text) {
		return rtl.Truncate(text, width, "…")
	}
	for w := width; w > 0; w-- {
		out := c.ltrLine(rtl.Truncate(text, w, "…"))
		if lipgloss.Width(out) <= width {
			return out
		}
	}
	return ""
}

// ltrLine orders text as a left-to-right line (see InlineLTR).
func (c *Context) ltrLine(text string) string {
	var b strings.Builder
	if c.Mode != rtl.App {
		b.WriteString(lri)
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isRTLRune(r) && !(r == '→' && arrowLeadsRun(text, i)) {
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		// The run: up to the last right-to-left letter or digit before the
		// next Latin letter or double quote.
		end := i
		for j := i; j < len(text); {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '"' || (unicode.IsLetter(r) && !isRTLRune(r)) {
				break
			}
			j += size
			if isRTLRune(r) || unicode.IsDigit(r) {
				end = j
			}
		}
		// An arrow that ends the line after the run belongs to it (the
		// line was wrapped after it): it points on in the run's reading.
		if strings.TrimSpace(text[end:]) == "→" {
			end = len(text)
		}
		run := rtlArrows(text[i:end])
		if c.Mode == rtl.App {
			for _, l := range rtl.Render(run, 0, nil, rtl.App) {
				b.WriteString(l.Text)
			}
		} else {
			b.WriteString(rtl.Isolate(run))
		}
		i = end
	}
	if c.Mode != rtl.App {
		b.WriteString(rtl.PDI)
	}
	return b.String()
}

// arrowLeadsRun reports whether the arrow at text[i] opens the line (a
// line wrapped before it) and a right-to-left letter follows it: it
// belongs to the run after it.
func arrowLeadsRun(text string, i int) bool {
	if strings.TrimSpace(text[:i]) != "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i+len("→"):], " "))
	return isRTLRune(r)
}

// rtlArrows turns the arrows of a right-to-left run around ("X → Y" of a
// detail that says X became Y): the run is laid out right to left, so a →
// would point from Y back to X, against the reading direction; a ← points
// from X, read first, on to Y. No arrow is mirrored by the bidi algorithm
// (Bidi_Mirrored is "no" for them), in App mode or in a terminal.
func rtlArrows(run string) string {
	if !strings.ContainsRune(run, '→') {
		return run
	}
	return strings.ReplaceAll(run, "→", "←")
}

// lri is LEFT-TO-RIGHT ISOLATE: the terminal lays out what follows, up to
// the next PDI, as a left-to-right paragraph of its own.
const lri = "\u2066"

// isRTLRune reports whether r is a right-to-left letter (see HasRTL).
func isRTLRune(r rune) bool {
	return r >= 0x0590 && (r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF)
}

// plain writes a line laid out in logical order (rtl.Terminal) with its
// segments styled and without isolates, for left-to-right text in App mode.
func (c *Context) plain(l rtl.Line) string {
	var b strings.Builder
	for _, s := range l.Segments {
		b.WriteString(c.Styles.Class(s.Class, s.Text))
	}
	return b.String()
}

// HasRTL reports whether s holds a right-to-left letter (Hebrew, Arabic,
// Syriac, Thaana, N'Ko and their presentation forms).
func HasRTL(s string) bool {
	for _, r := range s {
		if isRTLRune(r) {
			return true
		}
	}
	return false
}

// oneLine turns line breaks and tabs into spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\r', '\n', '\t':
			return ' '
		}
		return r
	}, s)
}

// Fit makes an already styled line exactly width cells wide: cut (with the
// styles kept balanced) when longer, padded with spaces when shorter.
func Fit(line string, width int) string {
	w := lipgloss.Width(line)
	switch {
	case w > width:
		return ansi.Truncate(line, width, "")
	case w < width:
		return line + strings.Repeat(" ", width-w)
	}
	return line
}

// Frame fits lines into a block of exactly width × height cells: lines cut
// or padded by Fit, missing lines blank, extra lines dropped.
func Frame(lines []string, width, height int) string {
	var b strings.Builder
	for i := 0; i < height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		b.WriteString(Fit(l, width))
	}
	return b.String()
}

// Window returns the first line to show so that line cursor stays inside a
// window of height lines that started at offset.
func Window(cursor, offset, height, total int) int {
	if height < 1 {
		height = 1
	}
	if cursor < offset {
		offset = cursor
	}
	if cursor >= offset+height {
		offset = cursor - height + 1
	}
	if max := total - height; offset > max {
		offset = max
	}
	if offset < 0 {
		offset = 0
	}
	return offset
}

// Clamp limits v to [lo, hi] (lo when hi < lo).
func Clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// Coverage draws one row of a coverage matrix: for every source (in input
// order), its letter when it is among sources, "·" otherwise, padded to
// width.
func Coverage(d *Data, sources []string, width int) string {
	var b strings.Builder
	for _, id := range d.Sources {
		if containsString(sources, id) {
			b.WriteString(d.SourceLetter(id))
		} else {
			b.WriteString("·")
		}
	}
	for i := len(d.Sources); i < width; i++ {
		b.WriteByte(' ')
	}
	return b.String()
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Legend is the line that names the sources behind the coverage letters.
func Legend(c *Context) string {
	d := c.Data
	var parts []string
	w := 0
	for i, id := range d.Sources {
		if w > c.Width {
			parts = append(parts, fmt.Sprintf("(+%d)", len(d.Sources)-i))
			break
		}
		p := d.SourceLetter(id) + "=" + c.Inline(d.Source(id), 18)
		w += 2 + lipgloss.Width(p)
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return ""
	}
	return c.Styles.Faint.Render(Fit("sources: "+strings.Join(parts, "  "), c.Width))
}

// VerdictText is the short form of the verdict on id ("" when none).
func (d *Data) VerdictText(id string) string {
	if r, ok := d.Verdicts[id]; ok {
		return string(r.Entry.Verdict)
	}
	return ""
}
