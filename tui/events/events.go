// Package events is the first view of claimdiff's review UI: every event
// (and the background pseudo-event) with its date, label, number of sources,
// a coverage row of event × source, discrepancies by severity and review
// progress, sortable by date, sources or severity and filterable by source,
// date, discrepancy type and review state.
package events

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/tui/common"
)

// SortKey is how the events are ordered.
type SortKey int

// The sort orders, in the order the sort key cycles through them.
const (
	ByDate     SortKey = iota // date, then ID
	BySources                 // most sources first
	BySeverity                // worst discrepancies first
	numSortKeys
)

var sortNames = [...]string{"date", "sources", "severity"}

// String names the sort order.
func (k SortKey) String() string { return sortNames[k] }

// Model is the events view.
type Model struct {
	ctx    *common.Context
	order  []int // indexes into Data.Events, sorted and filtered
	cursor int
	offset int
	sort   SortKey
	filter Filter
}

// New returns the events view over ctx.Data.
func New(ctx *common.Context) Model {
	m := Model{ctx: ctx}
	m.refresh("", false)
	return m
}

// SetFilter replaces the filter (see ParseFilter) and keeps the cursor on
// the same event when it is still listed.
func (m Model) SetFilter(f Filter) Model {
	m.filter = f
	m.refresh(m.Current())
	return m
}

// Filter returns the active filter.
func (m Model) Filter() Filter { return m.filter }

// Refresh re-sorts and re-filters after ctx.Data changed. When ok, the
// cursor stays on the event with ID eventID ("" is the background
// pseudo-event) if it is still listed; otherwise it goes to the first row.
func (m Model) Refresh(eventID string, ok bool) Model {
	m.refresh(eventID, ok)
	return m
}

// Current returns the ID of the event under the cursor ("" for the
// background pseudo-event); ok is false when no event is listed.
func (m Model) Current() (id string, ok bool) {
	if m.cursor < len(m.order) && m.order[m.cursor] < len(m.ctx.Data.Events) {
		return m.ctx.Data.Events[m.order[m.cursor]].ID, true
	}
	return "", false
}

// refresh rebuilds the order and puts the cursor on event keep when ok (an
// empty keep is the background pseudo-event, never an event that merely
// lacks an ID), else on the first row.
func (m *Model) refresh(keep string, ok bool) {
	d := m.ctx.Data
	m.order = m.order[:0]
	for i := range d.Events {
		if m.filter.Match(d, &d.Events[i]) {
			m.order = append(m.order, i)
		}
	}
	evs := d.Events
	slices.SortStableFunc(m.order, func(a, b int) int {
		x, y := &evs[a], &evs[b]
		// What several sources report leads; passing mentions by one
		// source follow in a section of their own; the background
		// pseudo-event always comes last.
		if c := cmp.Compare(group(x), group(y)); c != 0 {
			return c
		}
		switch m.sort {
		case BySources:
			if c := cmp.Compare(len(y.Sources), len(x.Sources)); c != 0 {
				return c
			}
		case BySeverity:
			if c := cmp.Or(cmp.Compare(y.Severity[3], x.Severity[3]), cmp.Compare(y.Severity[2], x.Severity[2]),
				cmp.Compare(y.Severity[1], x.Severity[1])); c != 0 {
				return c
			}
		}
		return cmp.Or(cmp.Compare(x.Date, y.Date), cmp.Compare(x.ID, y.ID))
	})
	m.cursor = 0
	for i, ei := range m.order {
		if ok && evs[ei].ID == keep && (keep != "" || evs[ei].Background) {
			m.cursor = i
			break
		}
	}
	m.offset = common.Window(m.lineOf(m.cursor), m.offset, m.rows(), len(m.display()))
}

// Groups of the events list, in display order.
const (
	groupMulti  = iota // stories: reported by more than one outlet
	groupSingle        // one outlet only, or recalled as background
	groupBackground
)

func group(ev *common.EventInfo) int {
	switch {
	case ev.Background:
		return groupBackground
	case !ev.Story:
		return groupSingle
	}
	return groupMulti
}

// Section headings in the list (display entries below zero).
const (
	headMulti  = -1
	headSingle = -2
)

// display is the list as drawn: indexes into m.order, with a section
// heading before the events several sources report and before those one
// source reports (when both kinds are listed).
func (m Model) display() []int {
	d := m.ctx.Data
	var multi, single int
	for _, ei := range m.order {
		switch group(&d.Events[ei]) {
		case groupMulti:
			multi++
		case groupSingle:
			single++
		}
	}
	out := make([]int, 0, len(m.order)+2)
	last := -1
	for i, ei := range m.order {
		g := group(&d.Events[ei])
		if g != last && multi > 0 && single > 0 {
			switch g {
			case groupMulti:
				out = append(out, headMulti)
			case groupSingle:
				out = append(out, headSingle)
			}
		}
		last = g
		out = append(out, i)
	}
	return out
}

// lineOf is the display line of list position i.
func (m Model) lineOf(i int) int {
	for k, v := range m.display() {
		if v == i {
			return k
		}
	}
	return i
}

// counts returns how many listed events several sources and one source
// report.
func (m Model) counts() (multi, single int) {
	d := m.ctx.Data
	for _, ei := range m.order {
		switch group(&d.Events[ei]) {
		case groupMulti:
			multi++
		case groupSingle:
			single++
		}
	}
	return multi, single
}

// Focus reports the event under the cursor.
func (m Model) Focus() common.Focus {
	f := common.NoFocus
	if m.cursor < len(m.order) {
		f.Event = m.order[m.cursor]
	}
	return f
}

// Sort returns the active sort order.
func (m Model) Sort() SortKey { return m.sort }

// header lines above the rows: title, legend, warnings, column headings.
func (m Model) headerLines() int {
	return 3 + len(m.ctx.Data.Warnings)
}

// rows is how many event rows fit.
func (m Model) rows() int {
	return max(1, m.ctx.BodyHeight()-m.headerLines())
}

// Update handles keys and scrolling.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k := m.ctx.Keys
	n := len(m.order)
	switch msg := msg.(type) {
	case common.ScrollMsg:
		m.cursor = common.Clamp(m.cursor+msg.Lines, 0, n-1)
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
		case key.Matches(msg, k.Sort):
			id, ok := m.Current()
			m.sort = (m.sort + 1) % numSortKeys
			m.refresh(id, ok)
			return m, common.Send(common.StatusMsg{Text: "events sorted by " + m.sort.String()})
		case key.Matches(msg, k.Open):
			if m.cursor < n {
				return m, common.Send(common.OpenEventMsg{Event: m.order[m.cursor]})
			}
		}
		m.cursor = common.Clamp(m.cursor, 0, n-1)
	}
	m.offset = common.Window(m.lineOf(m.cursor), m.offset, m.rows(), len(m.display()))
	return m, nil
}

// columns are the widths of the fixed columns.
type columns struct {
	date, cov int
	covOn     bool
}

func (m Model) columns() columns {
	d := m.ctx.Data
	c := columns{date: 4}
	for _, ei := range m.order {
		n := len(shortDate(d.Events[ei].Date))
		if n == 0 && !d.Events[ei].Background {
			n = len("date unknown")
		}
		c.date = max(c.date, min(n, 21))
	}
	if n := len(d.Sources); n > 0 && n <= 26 && m.ctx.Width >= 60 {
		c.cov, c.covOn = max(n, 3), true
	}
	return c
}

// View draws the view in ctx.Width × ctx.BodyHeight() cells.
func (m Model) View() string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	w := ctx.Width
	var lines []string
	title := fmt.Sprintf("Events %d of %d · sort: %s", len(m.order), len(d.Events), m.sort)
	if !m.filter.Empty() {
		title += " · filter: " + ctx.Inline(m.filter.String(), max(1, w-len(title)-10))
	}
	lines = append(lines, st.Header.Render(common.Fit(title, w)))
	lines = append(lines, common.Legend(ctx))
	for _, warn := range d.Warnings {
		lines = append(lines, st.Warning.Render(common.Fit("! "+warn, w)))
	}
	c := m.columns()
	head := fmt.Sprintf("  %-*s %3s ", c.date, "date", "src")
	if c.covOn {
		head += fmt.Sprintf("%-*s ", c.cov, "cov")
	}
	head += fmt.Sprintf("%-8s %-11s ", "sev 3/2/1", "reviewed")
	labelW := w - len(head)
	head += "what happened"
	lines = append(lines, st.Faint.Render(common.Fit(head, w)))
	if len(d.Events) == 0 {
		lines = append(lines, "", "  "+m.emptyHint())
		return common.Frame(lines, w, ctx.BodyHeight())
	}
	if len(m.order) == 0 {
		lines = append(lines, "", "  No event matches the filter. Press f and clear it (empty filter) to see all.")
		return common.Frame(lines, w, ctx.BodyHeight())
	}
	disp := m.display()
	multi, single := m.counts()
	end := min(len(disp), m.offset+m.rows())
	for _, v := range disp[m.offset:end] {
		switch v {
		case headMulti:
			lines = append(lines, st.Header.Render(common.Fit(fmt.Sprintf("Reported by several sources (%d)", multi), w)))
		case headSingle:
			lines = append(lines, st.Header.Render(common.Fit(fmt.Sprintf("One outlet only, or recalled as background (%d)", single), w)))
		default:
			ev := &d.Events[m.order[v]]
			lines = append(lines, m.row(ev, c, labelW, v == m.cursor))
		}
	}
	return common.Frame(lines, w, ctx.BodyHeight())
}

func (m Model) emptyHint() string {
	if len(m.ctx.Data.Analysis.Documents) == 0 {
		return "No articles were read. Hint: name files or directories of articles (.txt .md .json .jsonl), or - for standard input."
	}
	return "No events or alignments: no fact is reported by more than one source. Press / to search the claims."
}

func (m Model) row(ev *common.EventInfo, c columns, labelW int, selected bool) string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	date := shortDate(ev.Date)
	if date == "" && !ev.Background {
		date = "date unknown" // told only by articles with no date
	}
	if len(date) > c.date {
		date = date[:c.date]
	}
	prefix := "  "
	if selected {
		prefix = "> "
	}
	if i, ok := d.EventIndex(ev.ID); ok && d.IsNewEvent(i) {
		// Arrived while the review was open (an updated article store).
		prefix = prefix[:1] + common.NewMark
		if !selected {
			prefix = " " + st.New.Render(common.NewMark)
		}
	}
	s := fmt.Sprintf("%s%-*s %3d ", prefix, c.date, date, len(ev.Sources))
	if c.covOn {
		s += common.Coverage(d, ev.Sources, c.cov) + " "
	}
	sev := fmt.Sprintf("%d/%d/%d", ev.Severity[3], ev.Severity[2], ev.Severity[1])
	sevStyle := st.Severity[1]
	switch {
	case ev.Severity[3] > 0:
		sevStyle = st.Severity[3]
	case ev.Severity[2] > 0:
		sevStyle = st.Severity[2]
	}
	sev = fmt.Sprintf("%-9s", sev)
	if !selected && ev.Severity[3]+ev.Severity[2] > 0 {
		sev = sevStyle.Render(sev)
	}
	rev := fmt.Sprintf("%d/%d %d/%d", ev.AlignmentsReviewed, len(ev.Alignments), ev.ClaimsReviewed, len(ev.Claims))
	s += sev + fmt.Sprintf("%-11s ", rev)
	label := ctx.Cell(ev.EventName(), labelW)
	if selected {
		return st.Selected.Render(s) + st.Selected.Render(label)
	}
	return s + label
}

// shortDate writes a range within one month or year the short way:
// "2025-12-23/2025-12-24" as "2025-12-23/24", "2025-03/2025-05" as
// "2025-03/05", so the list keeps its width for the titles.
func shortDate(s string) string {
	a, b, ok := strings.Cut(s, "/")
	if !ok || len(a) != len(b) {
		return s
	}
	switch len(a) {
	case 10:
		if a[:8] == b[:8] {
			return a + "/" + b[8:]
		}
	case 7:
		if a[:5] == b[:5] {
			return a + "/" + b[5:]
		}
	}
	return s
}

// Filter selects events. Its zero value selects everything.
type Filter struct {
	Sources []string // each must match one of the event's sources (name, letter or document ID)
	Dates   []string // the event's date must start with (or contain) one of them
	Types   []string // the event must have a discrepancy of one of these types
	State   string   // unreviewed, partial, reviewed, open
	// MinSources keeps events that at least this many outlets tell
	// (documents of one outlet count once, as in the folding of the
	// list); 1 keeps only the events one outlet tells.
	MinSources int
	Words      []string // the title or label must contain each (folded)
	raw        string
}

// States lists the review states a filter accepts.
var States = []string{"unreviewed", "partial", "reviewed", "open"}

// ParseFilter reads a filter line: words separated by spaces, each either
// src:NAME, date:PREFIX, type:TYPE, state:STATE (unreviewed, partial,
// reviewed, open), sources:N (at least N outlets; sources:1 keeps only
// events one outlet tells) or a word the title or label must contain.
func ParseFilter(s string) (Filter, error) {
	f := Filter{raw: strings.TrimSpace(s)}
	for _, w := range strings.Fields(s) {
		k, v, ok := strings.Cut(w, ":")
		if !ok || v == "" {
			f.Words = append(f.Words, lang.Normalize(w))
			continue
		}
		switch strings.ToLower(k) {
		case "src", "source":
			f.Sources = append(f.Sources, v)
		case "date":
			f.Dates = append(f.Dates, v)
		case "sources", "n":
			k, err := strconv.Atoi(strings.TrimSuffix(v, "+"))
			if err != nil || k < 1 {
				return Filter{}, fmt.Errorf("parse filter: sources:%s is not a count (sources:2 for two or more, sources:1 for one only)", v)
			}
			f.MinSources = k
		case "type":
			f.Types = append(f.Types, strings.ToLower(v))
		case "state":
			v = strings.ToLower(v)
			if !slices.Contains(States, v) {
				return Filter{}, fmt.Errorf("parse filter: unknown state %q (valid: %s)", v, strings.Join(States, ", "))
			}
			f.State = v
		default:
			return Filter{}, fmt.Errorf("parse filter: unknown key %q (valid: src:, date:, type:, state:, sources:)", k)
		}
	}
	return f, nil
}

// Empty reports whether the filter selects everything.
func (f Filter) Empty() bool {
	return len(f.Sources) == 0 && len(f.Dates) == 0 && len(f.Types) == 0 && f.State == "" && len(f.Words) == 0 && f.MinSources == 0
}

// String returns the filter as typed.
func (f Filter) String() string { return f.raw }

// Match reports whether event ev passes the filter.
func (f Filter) Match(d *common.Data, ev *common.EventInfo) bool {
	for _, s := range f.Sources {
		if !slices.ContainsFunc(ev.Sources, func(id string) bool { return sourceMatches(d, id, s) }) {
			return false
		}
	}
	switch {
	case f.MinSources == 1 && (ev.Outlets != 1 || ev.Background):
		return false
	case f.MinSources > 1 && ev.Outlets < f.MinSources:
		return false
	}
	if len(f.Dates) > 0 && !slices.ContainsFunc(f.Dates, func(p string) bool { return ev.Date != "" && strings.Contains(ev.Date, p) }) {
		return false
	}
	if len(f.Types) > 0 && !slices.ContainsFunc(f.Types, func(t string) bool { return slices.Contains(ev.Types, t) }) {
		return false
	}
	if f.State != "" {
		done := ev.AlignmentsReviewed + ev.ClaimsReviewed
		all := len(ev.Alignments)
		switch f.State {
		case "unreviewed":
			if done > 0 {
				return false
			}
		case "partial":
			if done == 0 || ev.AlignmentsReviewed >= all {
				return false
			}
		case "reviewed":
			if all == 0 || ev.AlignmentsReviewed < all {
				return false
			}
		case "open":
			if all > 0 && ev.AlignmentsReviewed >= all {
				return false
			}
		}
	}
	if len(f.Words) > 0 {
		label := lang.Normalize(ev.Label + " " + ev.Title + " " + ev.Place)
		for _, w := range f.Words {
			if !strings.Contains(label, w) {
				return false
			}
		}
	}
	return true
}

func sourceMatches(d *common.Data, id, s string) bool {
	if s == d.SourceLetter(id) || strings.HasPrefix(id, s) {
		return true
	}
	return strings.Contains(lang.Normalize(d.Source(id)), lang.Normalize(s))
}

// Order returns the indexes (into Data.Events) of the events listed, in
// display order.
func (m Model) Order() []int { return m.order }
