// Package alignment is the view of one alignment: the claims each source
// gives of one fact, side by side (stacked when the terminal is narrow),
// with their word-level differences highlighted, the discrepancy badges, the
// evidence of every discrepancy highlighted in both claims (the one chosen
// with n/N in reverse video), and each claim's source, date, speaker, cited
// outlets, verdict and notes. Under the claims, scrolled with them, every
// discrepancy with its explanation and its evidence in each claim; the
// source letters are the same in the columns, the explanations, the
// event's coverage grid and the reports.
package alignment

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// Layout limits: claims go side by side when every column gets at least
// MinColumn cells and there are at most MaxColumns of them.
const (
	MinColumn  = 30
	MaxColumns = 4
	gap        = " │ "
)

// NextMsg asks the root for the next (Dir 1) or previous (Dir -1)
// alignment with discrepancies, after this one's are exhausted.
type NextMsg struct {
	From int // the alignment shown
	Dir  int
}

// Model is the alignment view.
type Model struct {
	ctx    *common.Context
	index  int      // alignment index
	claims []string // member claim IDs, in source order
	focus  int      // focused claim
	disc   int      // selected discrepancy, -1 for none
	offset int      // first body line shown
}

// New returns the view of alignment ai focused on claim focus ("" for the
// first).
func New(ctx *common.Context, ai int, focus string) Model {
	m := Model{ctx: ctx, index: ai, disc: -1}
	if al := ctx.Data.Alignment(ai); al != nil {
		m.claims = append(m.claims, al.Claims...)
	}
	for i, id := range m.claims {
		if id == focus {
			m.focus = i
		}
	}
	return m
}

// Index returns the alignment shown.
func (m Model) Index() int { return m.index }

// SelectDiscrepancy selects discrepancy i (-1 for the last).
func (m Model) SelectDiscrepancy(i int) Model {
	n := len(m.ctx.Data.Discrepancies(m.index))
	if i < 0 {
		i = n - 1
	}
	m.disc = common.Clamp(i, -1, n-1)
	return m
}

// Focus reports the focused claim and the alignment.
func (m Model) Focus() common.Focus {
	f := common.NoFocus
	f.Alignment = m.index
	f.Event = m.ctx.Data.EventOfAlignment(m.index)
	if m.focus < len(m.claims) {
		f.Claim = m.claims[m.focus]
	}
	return f
}

// Update handles keys and scrolling.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k := m.ctx.Keys
	body := m.bodyLines()
	h := m.bodyHeight()
	switch msg := msg.(type) {
	case common.ScrollMsg:
		m.offset += msg.Lines
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			m.offset--
		case key.Matches(msg, k.Down):
			m.offset++
		case key.Matches(msg, k.PageUp):
			m.offset -= h
		case key.Matches(msg, k.PageDown):
			m.offset += h
		case key.Matches(msg, k.Home):
			m.offset = 0
		case key.Matches(msg, k.End):
			m.offset = len(body)
		case key.Matches(msg, k.Left):
			m.focus = (m.focus + len(m.claims) - 1) % max(1, len(m.claims))
			m.offset = m.blockStart()
		case key.Matches(msg, k.Right):
			m.focus = (m.focus + 1) % max(1, len(m.claims))
			m.offset = m.blockStart()
		case key.Matches(msg, k.NextDiscrepancy):
			if m.disc+1 < len(m.ctx.Data.Discrepancies(m.index)) {
				m.disc++
				return m.showEvidence(), nil
			}
			return m, common.Send(NextMsg{From: m.index, Dir: 1})
		case key.Matches(msg, k.PrevDiscrepancy):
			if m.disc > 0 {
				m.disc--
				return m.showEvidence(), nil
			}
			return m, common.Send(NextMsg{From: m.index, Dir: -1})
		case key.Matches(msg, k.Open):
			if f := m.Focus(); f.Claim != "" {
				return m, common.Send(common.OpenArticleMsg{Claim: f.Claim})
			}
		}
	}
	m.offset = common.Clamp(m.offset, 0, max(0, len(body)-h))
	return m, nil
}

// showEvidence focuses the first claim the selected discrepancy names.
func (m Model) showEvidence() Model {
	ds := m.ctx.Data.Discrepancies(m.index)
	if m.disc < 0 || m.disc >= len(ds) {
		return m
	}
	for _, ev := range ds[m.disc].Evidence {
		for i, id := range m.claims {
			if id == ev.Claim {
				m.focus = i
				m.offset = m.blockStart()
				// When the claims fit above it, the discrepancy's entry
				// shows too.
				if _, starts := m.discrepancyLines(); m.disc < len(starts) {
					h := m.bodyHeight()
					entry := len(m.claimLines()) + 1 + starts[m.disc]
					if entry+3 > m.offset+h {
						m.offset = max(m.offset, entry+4-h)
					}
				}
				m.offset = common.Clamp(m.offset, 0, max(0, len(m.bodyLines())-m.bodyHeight()))
				return m
			}
		}
	}
	return m
}

// header returns the lines above the claims.
func (m Model) header() []string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	w := ctx.Width
	al := d.Alignment(m.index)
	if al == nil {
		return []string{"  This alignment is no longer in the analysis. Press esc."}
	}
	docs := map[string]bool{}
	for _, id := range al.Claims {
		if c, ok := d.Claim(id); ok {
			docs[c.Doc] = true
		}
	}
	top := fmt.Sprintf("Alignment %s · %d claims from %d sources · similarity %.2f", al.ID, len(al.Claims), len(docs), al.Similarity)
	if v := d.VerdictText(al.ID); v != "" {
		top += " · verdict: " + v
	}
	if n := len(d.Notes[al.ID]); n > 0 {
		top += fmt.Sprintf(" · %d note(s)", n)
	}
	lines := []string{st.Header.Render(common.Fit(top, w))}
	evLine := "event: "
	if ei := d.EventOfAlignment(m.index); ei >= 0 {
		ev := &d.Events[ei]
		if ev.Date != "" && !strings.HasPrefix(ev.Label, ev.Date) {
			evLine += ev.Date + " "
		}
		evLine += ctx.Inline(ev.EventName(), max(1, w-len(evLine)-len(ev.Date)-2))
	}
	if al.SharedOrigin {
		reason := al.SharedReason
		if reason == "" {
			reason = "one origin"
		}
		evLine = st.Shared.Render("≡ shared origin ("+ctx.Inline(reason, 30)+"): agreement is not independent") + " · " + evLine
	}
	lines = append(lines, common.Fit(evLine, w))
	ds := d.Discrepancies(m.index)
	if len(ds) == 0 {
		lines = append(lines, st.Faint.Render(common.Fit("discrepancies: none found", w)))
		return lines
	}
	parts := []string{"discrepancies:"}
	for i, x := range ds {
		b := st.Badge(x.Severity, x.Type)
		if i == m.disc {
			b = st.Selected.Render(fmt.Sprintf("!%d %s", x.Severity, x.Type))
		}
		parts = append(parts, b)
	}
	lines = append(lines, common.Fit(strings.Join(parts, " "), w))
	if m.disc >= 0 && m.disc < len(ds) {
		lines = append(lines, common.Fit(fmt.Sprintf("%d/%d ", m.disc+1, len(ds))+ctx.InlineLTR(d.Detail(ds[m.disc]), w-6), w))
	}
	return lines
}

func (m Model) bodyHeight() int {
	return max(1, m.ctx.BodyHeight()-len(m.header()))
}

// layout returns the column count and width: side by side when every
// column gets MinColumn cells, otherwise one stacked column.
func (m Model) layout() (cols, width int) {
	n := len(m.claims)
	w := m.ctx.Width
	if n >= 2 && n <= MaxColumns {
		cw := (w - (n-1)*len([]rune(gap))) / n
		if cw >= MinColumn {
			return n, cw
		}
	}
	return 1, w
}

// block renders claim i as lines of width cells.
func (m Model) block(i, width int) []string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	id := m.claims[i]
	c, ok := d.Claim(id)
	if !ok {
		return []string{common.Fit("(claim "+id+" is no longer in the analysis)", width)}
	}
	doc, _ := d.Doc(c.Doc)
	mark := "  "
	if i == m.focus {
		mark = "> "
	}
	head := mark + d.SourceLetter(c.Doc) + " " + ctx.Inline(d.Source(c.Doc), max(1, width/2))
	if doc != nil && doc.Published != "" {
		head += " · " + doc.Published
	}
	if v := d.VerdictText(id); v != "" {
		head += " · " + st.Verdict.Render(v)
	}
	hs := st.Header
	if i == m.focus {
		hs = st.Focused
	}
	lines := []string{hs.Render(common.Fit(head, width))}
	lines = append(lines, st.Faint.Render(common.Fit(m.meta(c, width), width)))
	lines = append(lines, ctx.Para(c.Text, width, m.spans(c))...)
	for _, n := range d.Notes[id] {
		who := n.Entry.Reviewer
		lines = append(lines, st.Faint.Render(common.Fit("note by "+who+":", width)))
		lines = append(lines, ctx.Para(n.Entry.Note, width, nil)...)
	}
	if r, ok := d.Verdicts[id]; ok && r.Entry.Note != "" {
		lines = append(lines, st.Faint.Render(common.Fit("verdict note by "+r.Entry.Reviewer+":", width)))
		lines = append(lines, ctx.Para(r.Entry.Note, width, nil)...)
	}
	return lines
}

// meta is the claim's facts line: event date, speaker, cited outlets, kind.
func (m Model) meta(c *claim.Claim, width int) string {
	ctx := m.ctx
	var parts []string
	if c.EventDate != "" {
		parts = append(parts, "on "+c.EventDate)
	}
	if c.SpeakerText != "" {
		s := "speaker: " + ctx.Inline(c.SpeakerText, max(4, width/3))
		if c.SecondHand {
			s += " (second-hand)"
		}
		parts = append(parts, s)
	} else if c.Anonymous {
		parts = append(parts, "speaker: anonymous")
	}
	if len(c.Cited) > 0 {
		var cs []string
		for _, x := range c.Cited {
			cs = append(cs, ctx.Inline(x, 16))
		}
		parts = append(parts, "cites: "+strings.Join(cs, ", "))
	}
	if len(parts) == 0 {
		parts = append(parts, "no speaker, no cited outlet")
	}
	return "  " + strings.Join(parts, " · ")
}

// spans are claim c's highlights, relative to its text: word differences,
// then the evidence of every discrepancy, then the selected discrepancy's
// evidence (later spans win).
func (m Model) spans(c *claim.Claim) []rtl.Span {
	d := m.ctx.Data
	var out []rtl.Span
	add := func(start, end, class int) {
		s, e := max(start-c.Start, 0), min(end-c.Start, len(c.Text))
		if e > s {
			out = append(out, rtl.Span{Start: s, End: e, Class: class})
		}
	}
	for _, sp := range d.WordSpans(m.index, c.ID) {
		add(sp.Start, sp.End, sp.Class)
	}
	ds := d.Discrepancies(m.index)
	for i, x := range ds {
		if i == m.disc {
			continue
		}
		for _, ev := range x.Evidence {
			if ev.Claim == c.ID {
				add(ev.Start, ev.End, common.ClassEvidence)
			}
		}
	}
	if m.disc >= 0 && m.disc < len(ds) {
		for _, ev := range ds[m.disc].Evidence {
			if ev.Claim == c.ID {
				add(ev.Start, ev.End, common.ClassFocusEvidence)
			}
		}
	}
	return out
}

// bodyLines lays the claims out (columns joined line by line, or blocks
// stacked with a blank line between them), then the discrepancies with
// their explanations and evidence.
func (m Model) bodyLines() []string {
	out := m.claimLines()
	dl, _ := m.discrepancyLines()
	if len(dl) > 0 {
		out = append(out, "")
		out = append(out, dl...)
	}
	return out
}

// discrepancyLines lists the alignment's discrepancies under the claims:
// each with its badge, its one-line explanation (in the source letters of
// the columns) and its evidence in each claim, highlighted; the one chosen
// with n/N is marked. starts[i] is the first line of discrepancy i.
func (m Model) discrepancyLines() (lines []string, starts []int) {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	w := ctx.Width
	ds := d.Discrepancies(m.index)
	if len(ds) == 0 {
		return nil, nil
	}
	lines = append(lines, st.Header.Render(common.Fit(fmt.Sprintf("Discrepancies (%d, n/N to step through them)", len(ds)), w)))
	for i, x := range ds {
		starts = append(starts, len(lines))
		mark := "  "
		badge := st.Badge(x.Severity, x.Type)
		if i == m.disc {
			mark = "> "
			badge = st.Selected.Render(fmt.Sprintf("!%d %s", x.Severity, x.Type))
		}
		if d.IsNewDiscrepancy(x) {
			// Arrived while the review was open (an updated article store).
			mark = mark[:1] + st.New.Render(common.NewMark)
		}
		head := mark + badge + " "
		detail := d.Detail(x)
		first := max(10, w-lipgloss.Width(head))
		for k, part := range wrapWords(detail, first, max(10, w-6)) {
			if k == 0 {
				lines = append(lines, common.Fit(head+ctx.InlineLTR(part, first), w))
			} else {
				lines = append(lines, common.Fit("      "+ctx.InlineLTR(part, w-6), w))
			}
		}
		for _, ev := range x.Evidence {
			c, ok := d.Claim(ev.Claim)
			if !ok {
				continue
			}
			doc, ok := d.Doc(c.Doc)
			if !ok || ev.Start < 0 || ev.End > len(doc.Text) || ev.Start >= ev.End {
				continue
			}
			text := doc.Text[ev.Start:ev.End]
			prefix := "      " + d.SourceLetter(c.Doc) + " "
			class := common.ClassEvidence
			if i == m.disc {
				class = common.ClassFocusEvidence
			}
			tw := evidenceWidth(ctx, text, max(10, w-len(prefix)))
			para := ctx.Para(text, tw, []rtl.Span{{Start: 0, End: len(text), Class: class}})
			for k, l := range para {
				if k == 0 {
					lines = append(lines, prefix+l)
				} else {
					lines = append(lines, strings.Repeat(" ", len(prefix))+l)
				}
			}
		}
	}
	return lines, starts
}

// evidenceWidth is the width of the block a piece of evidence is laid out
// in, at most tw cells. The block sits beside the source letter. In App
// mode right-to-left lines are right-aligned in their block, so the block
// is as narrow as the text allows: one line as wide as the text, or the
// lines it takes at tw cells, balanced (the narrowest width that needs no
// more of them). Its wrapped lines are then right-aligned with the first
// and start close to the letter, instead of the first line ending at the
// letter and the next ones far off at the screen's edge.
func evidenceWidth(ctx *common.Context, text string, tw int) int {
	if ctx.Mode != rtl.App || !common.HasRTL(text) {
		if n := utf8.RuneCountInString(text); n < tw && !strings.Contains(text, "\n") {
			return n + 1
		}
		return tw
	}
	lines := func(width int) []string { return ctx.Para(text, width, nil) }
	hi := tw
	if k := len(lines(tw)); k > 1 {
		lo := 1
		for _, f := range strings.Fields(text) {
			lo = max(lo, min(tw, utf8.RuneCountInString(f)))
		}
		for lo < hi {
			mid := (lo + hi) / 2
			if len(lines(mid)) <= k {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
	}
	widest := 0
	for _, l := range lines(hi) {
		widest = max(widest, lipgloss.Width(strings.TrimLeft(l, " ")))
	}
	return min(tw, max(1, widest+1))
}

// wrapWords cuts a one-line text into pieces of at most first cells for
// the first and rest cells for the others, at spaces.
func wrapWords(s string, first, rest int) []string {
	words := strings.Fields(s)
	var out []string
	var cur strings.Builder
	limit := first
	for _, wd := range words {
		if cur.Len() > 0 && lipgloss.Width(cur.String())+1+lipgloss.Width(wd) > limit {
			out = append(out, cur.String())
			cur.Reset()
			limit = rest
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(wd)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// claimLines lays the claims out: columns joined line by line, or blocks
// stacked with a blank line between them.
func (m Model) claimLines() []string {
	cols, width := m.layout()
	if cols == 1 {
		var out []string
		for i := range m.claims {
			if i > 0 {
				out = append(out, "")
			}
			out = append(out, m.block(i, width)...)
		}
		return out
	}
	blocks := make([][]string, cols)
	rows := 0
	for i := range m.claims {
		blocks[i] = m.block(i, width)
		rows = max(rows, len(blocks[i]))
	}
	sep := m.ctx.Styles.Border.Render(gap)
	blank := strings.Repeat(" ", width)
	out := make([]string, rows)
	for r := 0; r < rows; r++ {
		var b strings.Builder
		for i := range blocks {
			if i > 0 {
				b.WriteString(sep)
			}
			if r < len(blocks[i]) {
				b.WriteString(common.Fit(blocks[i][r], width))
			} else {
				b.WriteString(blank)
			}
		}
		out[r] = b.String()
	}
	return out
}

// blockStart is the first body line of the focused claim (0 side by side).
func (m Model) blockStart() int {
	cols, width := m.layout()
	if cols > 1 {
		return 0
	}
	line := 0
	for i := 0; i < m.focus && i < len(m.claims); i++ {
		line += len(m.block(i, width)) + 1
	}
	return line
}

// View draws the view in ctx.Width × ctx.BodyHeight() cells.
func (m Model) View() string {
	lines := m.header()
	body := m.bodyLines()
	h := m.bodyHeight()
	off := common.Clamp(m.offset, 0, max(0, len(body)-h))
	end := min(len(body), off+h)
	lines = append(lines, body[off:end]...)
	return common.Frame(lines, m.ctx.Width, m.ctx.BodyHeight())
}

// Place is where the view is: its scroll offset and the discrepancy
// selected (-1 for none).
func (m Model) Place() (offset, disc int) { return m.offset, m.disc }

// AtPlace puts the view back where Place said it was (after a new
// analysis rebuilt it), within what it now holds.
func (m Model) AtPlace(offset, disc int) Model {
	m.disc = common.Clamp(disc, -1, len(m.ctx.Data.Discrepancies(m.index))-1)
	m.offset = common.Clamp(offset, 0, max(0, len(m.bodyLines())-m.bodyHeight()))
	return m
}
