// Package article is the view of one whole article, scrolled to a claim:
// the claim highlighted, the article's boilerplate dimmed, every line laid
// out through tui/rtl. ←/→ step to the previous/next claim of the article.
package article

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// Model is the article view.
type Model struct {
	ctx    *common.Context
	claim  string
	doc    string
	claims []string // the article's claims in text order
	offset int
	cache  *layout
}

// layout is the article laid out for one width and claim; it is shared by
// the copies bubbletea makes of the model.
type layout struct {
	width int
	claim string
	lines []rtl.Line
	first int // first line of the claim
}

// New returns the article of claim id, scrolled so that the claim sits a
// third of the way down.
func New(ctx *common.Context, id string) Model {
	m := Model{ctx: ctx, claim: id, cache: &layout{}}
	if c, ok := ctx.Data.Claim(id); ok {
		m.doc = c.Doc
		for i := range ctx.Data.Analysis.Claims {
			if x := &ctx.Data.Analysis.Claims[i]; x.Doc == c.Doc {
				m.claims = append(m.claims, x.ID)
			}
		}
	}
	m.center()
	return m
}

// Claim returns the claim highlighted.
func (m Model) Claim() string { return m.claim }

// Focus reports the highlighted claim.
func (m Model) Focus() common.Focus {
	f := common.NoFocus
	f.Claim = m.claim
	if ai, ok := m.ctx.Data.AlignmentOf(m.claim); ok {
		f.Alignment = ai
	}
	if ei, ok := m.ctx.Data.EventOf(m.claim); ok {
		f.Event = ei
	}
	return f
}

const headerLines = 2

func (m Model) rows() int { return max(1, m.ctx.BodyHeight()-headerLines) }

// lines lays the article out (cached per width and claim).
func (m Model) lines() *layout {
	d := m.ctx.Data
	w := m.ctx.Width
	if m.cache.lines != nil && m.cache.width == w && m.cache.claim == m.claim {
		return m.cache
	}
	doc, ok := d.Doc(m.doc)
	if !ok {
		*m.cache = layout{width: w, claim: m.claim}
		return m.cache
	}
	var spans []rtl.Span
	for _, b := range doc.Boilerplate {
		spans = append(spans, rtl.Span{Start: b.Start, End: b.End, Class: common.ClassBoilerplate})
	}
	c, _ := d.Claim(m.claim)
	if c != nil {
		spans = append(spans, rtl.Span{Start: c.Start, End: c.End, Class: common.ClassClaim})
	}
	lines := rtl.Render(doc.Text, w, spans, m.ctx.Mode)
	first := 0
	if c != nil {
		for i, l := range lines {
			if l.End > c.Start {
				first = i
				break
			}
		}
	}
	*m.cache = layout{width: w, claim: m.claim, lines: lines, first: first}
	return m.cache
}

func (m *Model) center() {
	l := m.lines()
	m.offset = common.Clamp(l.first-m.rows()/3, 0, max(0, len(l.lines)-m.rows()))
}

// Update handles keys and scrolling.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k := m.ctx.Keys
	h := m.rows()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.cache = &layout{}
		m.center()
		return m, nil
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
			m.offset = len(m.lines().lines)
		case key.Matches(msg, k.Left), key.Matches(msg, k.Right):
			step := 1
			if key.Matches(msg, k.Left) {
				step = -1
			}
			for i, id := range m.claims {
				if id == m.claim && i+step >= 0 && i+step < len(m.claims) {
					m.claim = m.claims[i+step]
					m.cache = &layout{}
					m.center()
					return m, nil
				}
			}
		}
	}
	m.offset = common.Clamp(m.offset, 0, max(0, len(m.lines().lines)-h))
	return m, nil
}

// View draws the view in ctx.Width × ctx.BodyHeight() cells.
func (m Model) View() string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	w := ctx.Width
	doc, ok := d.Doc(m.doc)
	if !ok {
		return common.Frame([]string{"  This article is no longer in the analysis. Press esc."}, w, ctx.BodyHeight())
	}
	pos := 0
	for i, id := range m.claims {
		if id == m.claim {
			pos = i + 1
		}
	}
	top := fmt.Sprintf("Article %s · %s · claim %d/%d · %s", doc.ID, orDash(doc.Published), pos, len(m.claims), doc.Path)
	l := m.lines()
	if n := len(l.lines); n > m.rows() {
		top += fmt.Sprintf(" · lines %d-%d of %d", m.offset+1, min(n, m.offset+m.rows()), n)
	}
	lines := []string{
		st.Header.Render(common.Fit(top, w)),
		common.Fit(ctx.Inline(d.Source(doc.ID), w/3)+" · "+ctx.Inline(doc.Title, w-w/3-3), w),
	}
	end := min(len(l.lines), m.offset+m.rows())
	for _, ln := range l.lines[m.offset:end] {
		lines = append(lines, rtl.Pad(ln.Styled(st.Class), ln.Width, w, ctx.Mode))
	}
	return common.Frame(lines, w, ctx.BodyHeight())
}

func orDash(s string) string {
	if s == "" {
		return "undated"
	}
	return s
}

// Offset is the first line shown.
func (m Model) Offset() int { return m.offset }

// AtOffset scrolls back to offset (after a new analysis rebuilt the view).
func (m Model) AtOffset(offset int) Model {
	m.offset = common.Clamp(offset, 0, max(0, len(m.lines().lines)-m.rows()))
	return m
}
