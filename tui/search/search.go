// Package search is the list of claims a `/` search found, each shown on
// the line where the query matches, the match highlighted. Enter opens the
// claim's alignment, or its article when no other source reports it.
package search

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// Limit is the most matches one search lists.
const Limit = 1000

// Model is the search results view.
type Model struct {
	ctx     *common.Context
	query   string
	matches []common.Match
	cursor  int
	offset  int
}

// New searches ctx.Data's claims for query.
func New(ctx *common.Context, query string) Model {
	return Model{ctx: ctx, query: query, matches: ctx.Data.Search(query, Limit)}
}

// Query returns the query searched for.
func (m Model) Query() string { return m.query }

// Len returns the number of matches.
func (m Model) Len() int { return len(m.matches) }

// Focus reports the claim under the cursor.
func (m Model) Focus() common.Focus {
	f := common.NoFocus
	if m.cursor < len(m.matches) {
		f.Claim = m.matches[m.cursor].Claim
		if ai, ok := m.ctx.Data.AlignmentOf(f.Claim); ok {
			f.Alignment = ai
		}
		if ei, ok := m.ctx.Data.EventOf(f.Claim); ok {
			f.Event = ei
		}
	}
	return f
}

func (m Model) rows() int { return max(1, m.ctx.BodyHeight()-1) }

// Update handles keys and scrolling.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k := m.ctx.Keys
	n := len(m.matches)
	switch msg := msg.(type) {
	case common.ScrollMsg:
		m.cursor += msg.Lines
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
			if f := m.Focus(); f.Claim != "" {
				if f.Alignment >= 0 {
					return m, common.Send(common.OpenAlignmentMsg{Alignment: f.Alignment, Claim: f.Claim})
				}
				return m, common.Send(common.OpenArticleMsg{Claim: f.Claim})
			}
		}
	}
	m.cursor = common.Clamp(m.cursor, 0, n-1)
	m.offset = common.Window(m.cursor, m.offset, m.rows(), n)
	return m, nil
}

// View draws the view in ctx.Width × ctx.BodyHeight() cells.
func (m Model) View() string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	w := ctx.Width
	title := fmt.Sprintf("Search \"%s\": %d claim(s)", ctx.Inline(m.query, 40), len(m.matches))
	if len(m.matches) >= Limit {
		title += fmt.Sprintf(" (the first %d)", Limit)
	}
	lines := []string{st.Header.Render(common.Fit(title, w))}
	if len(m.matches) == 0 {
		lines = append(lines, "", "  Nothing found. Matching ignores tashkeel, hamza forms, ة/ه, ى/ي and digit systems.")
	}
	end := min(len(m.matches), m.offset+m.rows())
	for i := m.offset; i < end; i++ {
		mt := m.matches[i]
		c, ok := d.Claim(mt.Claim)
		if !ok {
			continue
		}
		prefix := "  "
		if i == m.cursor {
			prefix = "> "
		}
		mark := "  "
		if _, ok := d.AlignmentOf(c.ID); ok {
			mark = "= "
		}
		prefix += d.SourceLetter(c.Doc) + " " + mark
		tw := w - len([]rune(prefix))
		var spans []rtl.Span
		for _, s := range mt.Spans {
			spans = append(spans, rtl.Span{Start: s.Start - c.Start, End: s.End - c.Start, Class: s.Class})
		}
		ls := rtl.Render(c.Text, tw, spans, ctx.Mode)
		line := ls[0]
		for _, l := range ls {
			if len(spans) > 0 && l.End > spans[0].Start {
				line = l
				break
			}
		}
		text := rtl.Pad(line.Styled(st.Class), line.Width, tw, ctx.Mode)
		if i == m.cursor {
			prefix = st.Selected.Render(prefix)
		}
		lines = append(lines, prefix+text)
	}
	return common.Frame(lines, w, ctx.BodyHeight())
}
