// Package event is the view of one event: its alignments, worst
// discrepancies first, each with its row of the coverage matrix (alignment ×
// source), its badges, its verdict and a mark when its claims share an
// origin; then the claims only one source reports.
package event

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/claimdiff/claimdiff/tui/common"
)

// SharedMark marks an alignment whose claims share an origin (one wire copy,
// or all citing one source), so agreement between them is not independent.
const SharedMark = "≡"

// item is a selectable row: an alignment or a unique claim.
type item struct {
	alignment int    // index into Analysis.Alignments, -1 for a claim
	claim     string // a unique claim's ID
}

// line is one line of the view: a heading, a row of the coverage grid or
// an item.
type line struct {
	heading string
	item    int // index into items, -1 for headings and grid rows
	grid    int // 0 for none; 1 the grid's column heads; 2+k source k of the event
}

// Model is the event view.
type Model struct {
	ctx     *common.Context
	event   int // index into Data.Events
	items   []item
	lines   []line
	cursor  int // index into items
	offset  int // first line shown
	covW    int
	marked  int // alignment marked for merging, -1 for none
	itemRow []int
}

// New returns the view of event ev (an index into ctx.Data.Events).
func New(ctx *common.Context, ev int) Model {
	m := Model{ctx: ctx, event: ev, marked: -1}
	m.build()
	return m
}

// Event returns the index of the event shown.
func (m Model) Event() int { return m.event }

// SetMarked marks alignment ai for merging (-1 clears the mark).
func (m Model) SetMarked(ai int) Model {
	m.marked = ai
	return m
}

// Marked returns the alignment marked for merging, -1 when none.
func (m Model) Marked() int { return m.marked }

// Select moves the cursor to the row of claim id (its alignment's row when
// it is aligned) if the event lists it.
func (m Model) Select(id string) Model {
	if len(m.items) == 0 {
		return m
	}
	ai, aligned := m.ctx.Data.AlignmentOf(id)
	for i, it := range m.items {
		if (aligned && it.alignment == ai) || (!aligned && it.claim == id) {
			m.cursor = i
			break
		}
	}
	m.offset = common.Window(m.itemRow[m.cursor], m.offset, m.rows(), len(m.lines))
	return m
}

func (m *Model) build() {
	d := m.ctx.Data
	if m.event < 0 || m.event >= len(d.Events) {
		return
	}
	ev := &d.Events[m.event]
	m.items, m.lines, m.itemRow = nil, nil, nil
	if ev.Recalled {
		m.lines = append(m.lines, line{heading: "Recalled as background: it ended a month or more before every dated article that tells it", item: -1}, line{item: -1})
	}
	if len(ev.Sources) > 0 && (len(ev.Alignments) > 0 || len(ev.Sources) > 1) {
		m.lines = append(m.lines, line{heading: "Coverage: what each source reports (■) and leaves out (·), by alignment #", item: -1})
		for k := -1; k < len(ev.Sources); k++ {
			m.lines = append(m.lines, line{item: -1, grid: k + 2})
		}
		m.lines = append(m.lines, line{item: -1})
	}
	heading := fmt.Sprintf("Alignments (%d, worst discrepancies first; %s = shared origin)", len(ev.Alignments), SharedMark)
	if len(ev.Alignments) == 0 {
		heading = "Alignments: none (no fact of this event is reported by two sources)"
	}
	m.lines = append(m.lines, line{heading: heading, item: -1})
	for _, ai := range ev.Alignments {
		m.itemRow = append(m.itemRow, len(m.lines))
		m.lines = append(m.lines, line{item: len(m.items)})
		m.items = append(m.items, item{alignment: ai})
	}
	m.lines = append(m.lines, line{item: -1}, line{heading: fmt.Sprintf("Only one source (%d)", len(ev.Unique)), item: -1})
	for _, id := range ev.Unique {
		m.itemRow = append(m.itemRow, len(m.lines))
		m.lines = append(m.lines, line{item: len(m.items)})
		m.items = append(m.items, item{alignment: -1, claim: id})
	}
	m.covW = max(3, len(d.Sources))
	if len(d.Sources) > 26 {
		m.covW = 0
	}
	m.cursor = common.Clamp(m.cursor, 0, len(m.items)-1)
}

// Focus reports the alignment or claim under the cursor.
func (m Model) Focus() common.Focus {
	f := common.NoFocus
	f.Event = m.event
	if m.cursor < len(m.items) {
		it := m.items[m.cursor]
		f.Alignment, f.Claim = it.alignment, it.claim
	}
	return f
}

const headerLines = 4

func (m Model) rows() int { return max(1, m.ctx.BodyHeight()-headerLines) }

// Update handles keys and scrolling.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k := m.ctx.Keys
	n := len(m.items)
	switch msg := msg.(type) {
	case common.ScrollMsg:
		m.offset = common.Clamp(m.offset+msg.Lines, 0, max(0, len(m.lines)-m.rows()))
		// Keep the cursor on screen.
		for m.cursor < n-1 && m.itemRow[m.cursor] < m.offset {
			m.cursor++
		}
		for m.cursor > 0 && m.itemRow[m.cursor] >= m.offset+m.rows() {
			m.cursor--
		}
		return m, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			m.cursor--
		case key.Matches(msg, k.Down):
			m.cursor++
		case key.Matches(msg, k.PageUp):
			m.cursor -= m.rows()
		case key.Matches(msg, k.PageDown):
			m.cursor += m.rows()
		case key.Matches(msg, k.Home):
			m.cursor = 0
		case key.Matches(msg, k.End):
			m.cursor = n - 1
		case key.Matches(msg, k.Open):
			if m.cursor < n {
				it := m.items[m.cursor]
				if it.alignment >= 0 {
					return m, common.Send(common.OpenAlignmentMsg{Alignment: it.alignment})
				}
				return m, common.Send(common.OpenArticleMsg{Claim: it.claim})
			}
		}
		m.cursor = common.Clamp(m.cursor, 0, n-1)
		if n > 0 {
			row := m.itemRow[m.cursor]
			if m.cursor == 0 {
				row = 0 // show the heading above the first row
			}
			m.offset = common.Window(row, m.offset, m.rows(), len(m.lines))
		}
	}
	return m, nil
}

// View draws the view in ctx.Width × ctx.BodyHeight() cells.
func (m Model) View() string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	w := ctx.Width
	if m.event < 0 || m.event >= len(d.Events) {
		return common.Frame([]string{"  This event is no longer in the analysis. Press esc."}, w, ctx.BodyHeight())
	}
	ev := &d.Events[m.event]
	date := ev.Date
	switch {
	case date == "" && ev.Background:
		date = "undated"
	case date == "":
		date = "date unknown" // told only by articles with no date
	}
	top := fmt.Sprintf("Event %s · %d sources · %d alignments · %d claims · reviewed %d/%d al., %d/%d cl.",
		date, len(ev.Sources), len(ev.Alignments), len(ev.Claims), ev.AlignmentsReviewed, len(ev.Alignments), ev.ClaimsReviewed, len(ev.Claims))
	lines := []string{
		st.Header.Render(common.Fit(top, w)),
		ctx.Cell(ev.EventName(), w),
		common.Legend(ctx),
	}
	head := "  "
	if m.covW > 0 {
		head += fmt.Sprintf("%-*s ", m.covW, "cov")
	}
	head += fmt.Sprintf("%3s %-6s %-14s %s ", "#", "sev", "verdict", " ")
	textW := w - len([]rune(head))
	lines = append(lines, st.Faint.Render(common.Fit(head+"claim", w)))
	end := min(len(m.lines), m.offset+m.rows())
	for i := m.offset; i < end; i++ {
		l := m.lines[i]
		if l.grid > 0 {
			lines = append(lines, m.gridRow(ev, l.grid-2))
			continue
		}
		if l.item < 0 {
			lines = append(lines, st.Header.Render(l.heading))
			continue
		}
		lines = append(lines, m.row(m.items[l.item], l.item == m.cursor, textW))
	}
	return common.Frame(lines, w, ctx.BodyHeight())
}

func (m Model) row(it item, selected bool, textW int) string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	prefix := "  "
	if selected {
		prefix = "> "
	}
	// Inside the selected (reversed) row, inner styles would end the
	// reverse video early: the row is drawn plain and reversed whole.
	sty := func(s lipgloss.Style, t string) string {
		if selected {
			return t
		}
		return s.Render(t)
	}
	var sources []string
	var first, verdictID string
	badge := fmt.Sprintf("%-6s", "")
	shared := "  "
	if it.alignment >= 0 {
		al := d.Alignment(it.alignment)
		verdictID = al.ID
		for _, id := range al.Claims {
			if c, ok := d.Claim(id); ok {
				sources = append(sources, c.Doc)
				if first == "" {
					first = c.Text
				}
			}
		}
		if ds := d.Discrepancies(it.alignment); len(ds) > 0 {
			sev := d.MaxSeverity(it.alignment)
			badge = sty(st.Severity[sev], fmt.Sprintf("%-6s", fmt.Sprintf("!%d×%d", sev, len(ds))))
		}
		if al.SharedOrigin {
			shared = sty(st.Shared, SharedMark) + " "
		}
		if d.IsNewAlignment(it.alignment) {
			// Arrived while the review was open (an updated article store).
			prefix = prefix[:1] + sty(st.New, common.NewMark)
		}
		if it.alignment == m.marked {
			prefix = sty(st.Marked, "m ")
			if selected {
				prefix = "m>"
			}
		}
	} else {
		verdictID = it.claim
		if c, ok := d.Claim(it.claim); ok {
			sources = append(sources, c.Doc)
			first = c.Text
		}
	}
	s := prefix
	if m.covW > 0 {
		s += common.Coverage(d, sources, m.covW) + " "
	}
	v := d.VerdictText(verdictID)
	if len(d.Notes[verdictID]) > 0 {
		v += "*"
	}
	vs := fmt.Sprintf("%-14s", v)
	if v != "" {
		vs = sty(st.Verdict, vs)
	}
	num := "   "
	if it.alignment >= 0 {
		num = fmt.Sprintf("%3s", fmt.Sprintf("#%d", m.cursorNumber(it.alignment)))
	}
	s += num + " " + badge + " " + vs + " " + shared
	text := ctx.Cell(first, textW)
	if selected {
		return st.Selected.Render(s) + st.Selected.Render(text)
	}
	return s + text
}

// cursorNumber is alignment ai's number in this event (1-based, as the
// coverage grid's columns name it), 0 when it is not listed.
func (m Model) cursorNumber(ai int) int {
	for i, it := range m.items {
		if it.alignment == ai {
			return i + 1
		}
	}
	return 0
}

// gridRow draws row k of the coverage grid (source × alignment): -1 is
// the row of alignment numbers; k ≥ 0 is the event's k-th source, with ■
// where it reports an alignment's fact, · where it leaves it out, and how
// many claims only it carries.
func (m Model) gridRow(ev *common.EventInfo, k int) string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	w := ctx.Width
	n := len(ev.Alignments)
	cell := len(fmt.Sprint(n)) + 1
	nameW := min(24, max(8, w/4))
	avail := w - 2 - 2 - nameW - 1 - len(" only 999")
	shown := min(n, max(0, avail/cell))
	if shown < n {
		shown = min(n, max(0, (avail-4)/cell))
	}
	var b strings.Builder
	if k < 0 {
		b.WriteString(strings.Repeat(" ", 2+2+nameW+1))
		for i := 0; i < shown; i++ {
			fmt.Fprintf(&b, "%-*d", cell, i+1)
		}
		if shown < n {
			fmt.Fprintf(&b, "+%-3d", n-shown)
		}
		b.WriteString(" only")
		return st.Faint.Render(common.Fit(b.String(), w))
	}
	doc := ev.Sources[k]
	b.WriteString("  " + d.SourceLetter(doc) + " ")
	b.WriteString(common.Fit(ctx.Inline(d.Source(doc), nameW), nameW) + " ")
	for i := 0; i < shown; i++ {
		mark := "·"
		if al := d.Alignment(ev.Alignments[i]); al != nil {
			for _, id := range al.Claims {
				if c, ok := d.Claim(id); ok && c.Doc == doc {
					mark = "■"
					break
				}
			}
		}
		if mark == "■" {
			b.WriteString(st.Focused.Render(mark))
		} else {
			b.WriteString(st.Faint.Render(mark))
		}
		b.WriteString(strings.Repeat(" ", cell-1))
	}
	if shown < n {
		b.WriteString("    ")
	}
	only := 0
	for _, id := range ev.Unique {
		if c, ok := d.Claim(id); ok && c.Doc == doc {
			only++
		}
	}
	fmt.Fprintf(&b, " %4d", only)
	return common.Fit(b.String(), w)
}

// Offset is the first line shown.
func (m Model) Offset() int { return m.offset }

// AtOffset scrolls back to offset (after a new analysis rebuilt the
// view), as far as the cursor stays in sight.
func (m Model) AtOffset(offset int) Model {
	if m.cursor < len(m.itemRow) {
		m.offset = common.Window(m.itemRow[m.cursor], offset, m.rows(), len(m.lines))
	}
	return m
}
