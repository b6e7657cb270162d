package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/claimdiff/claimdiff/review"
	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// entryMsg reports an entry appended to the review store (or the error).
type entryMsg struct {
	entry review.Entry
	err   error
}

// maxEventMembers caps the claims a move entry remembers of its destination
// (enough to find the event again when its ID moves).
const maxEventMembers = 50

// record appends e to the store in a command: the line is fsynced before
// the message arrives, so what the UI shows as saved is on disk.
func (m Model) record(e review.Entry) tea.Cmd {
	store := m.opts.Store
	e.Reviewer = m.opts.Reviewer
	return func() tea.Msg {
		got, err := store.Append(e)
		return entryMsg{entry: got, err: err}
	}
}

// recorded shows a saved entry in every view: verdicts and notes at once,
// corrections through a new analysis.
func (m Model) recorded(msg entryMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.log.Printf("append: %v", msg.err)
		return m.setStatus("not saved: "+msg.err.Error(), true), nil
	}
	e := msg.entry
	m.log.Printf("saved %s %s on %s", e.ID, e.Op, e.Target)
	where := ""
	if m.opts.Store != nil {
		where = " (" + m.opts.Store.Path() + ")"
	}
	switch e.Op {
	case review.OpVerdict:
		m.ctx.Data.SetVerdict(e.Target, e)
		return m.setStatus(fmt.Sprintf("saved verdict %s on %s%s", e.Verdict, e.Target, where), false), nil
	case review.OpNote:
		m.ctx.Data.AddNote(e.Target, e)
		return m.setStatus("saved note on "+e.Target+where, false), nil
	}
	m = m.setStatus(fmt.Sprintf("saved %s%s; re-running the analysis…", e.Op, where), false)
	if m.loading {
		m.pending = true
		return m, nil
	}
	return m, tea.Batch(m.analyse(), m.spinner.Tick)
}

// startReview opens the verdict picker (v, V) or the note input (a) for the
// focused claim or alignment.
func (m Model) startReview(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.ctx.Keys
	if m.opts.Store == nil {
		return m.setStatus("no review store: verdicts and notes are not available", true), nil
	}
	f := m.focus()
	t := target{}
	switch {
	case key.Matches(msg, k.AlignmentVerdict):
		if al := m.ctx.Data.Alignment(f.Alignment); al != nil {
			t = target{id: al.ID}
		}
	case f.Claim != "":
		t = target{id: f.Claim, isClaim: true}
	default:
		if al := m.ctx.Data.Alignment(f.Alignment); al != nil {
			t = target{id: al.ID}
		}
	}
	if t.id == "" {
		return m.setStatus("open an event and put the cursor on an alignment or a claim first", true), nil
	}
	m.target = t
	if key.Matches(msg, k.Note) {
		return m.openInput(overlayNote, "note on "+t.id+" (enter saves, esc cancels)", ""), nil
	}
	m.overlay, m.picker = overlayVerdict, 0
	if v := m.ctx.Data.VerdictText(t.id); v != "" {
		for i, x := range review.Verdicts() {
			if string(x) == v {
				m.picker = i
			}
		}
	}
	return m, nil
}

// entryFor fills the target fields of an entry: a claim's text, an
// alignment's members, so the entry re-attaches when IDs move.
func (m Model) entryFor(t target, e review.Entry) review.Entry {
	e.Target = t.id
	if t.isClaim {
		if c, ok := m.ctx.Data.Claim(t.id); ok {
			e.Text, e.Doc = c.Text, c.Doc
		}
		return e
	}
	if ai, ok := m.ctx.Data.AlignmentIndex(t.id); ok {
		e.Members = m.refs(m.ctx.Data.Alignment(ai).Claims)
	}
	return e
}

// refs turns claim IDs into references that carry their texts.
func (m Model) refs(ids []string) []review.Ref {
	out := make([]review.Ref, 0, len(ids))
	for _, id := range ids {
		r := review.Ref{ID: id}
		if c, ok := m.ctx.Data.Claim(id); ok {
			r.Text = c.Text
		}
		out = append(out, r)
	}
	return out
}

// overlayKey handles keys while a picker or an input is open.
func (m Model) overlayKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.ctx.Keys
	switch m.overlay {
	case overlayHelp:
		if key.Matches(msg, k.Back) || key.Matches(msg, k.Help) || key.Matches(msg, k.Quit) {
			m.overlay, m.helpTop = overlayNone, 0
			return m, nil
		}
		return m.helpKey(msg), nil
	case overlayVerdict:
		vs := review.Verdicts()
		switch {
		case key.Matches(msg, k.Back):
			m.overlay = overlayNone
			return m, nil
		case key.Matches(msg, k.Up):
			m.picker = (m.picker + len(vs) - 1) % len(vs)
		case key.Matches(msg, k.Down):
			m.picker = (m.picker + 1) % len(vs)
		case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '1' && int(msg.Runes[0]-'0') <= len(vs):
			m.picker = int(msg.Runes[0] - '1')
			fallthrough
		case key.Matches(msg, k.Open):
			m.verdict = string(vs[m.picker])
			return m.openInput(overlayVerdictNote, "note for the verdict (optional; enter saves, esc cancels)", ""), nil
		}
		return m, nil
	case overlayMove:
		d := m.ctx.Data
		n := moveRows(d)
		switch {
		case key.Matches(msg, k.Back):
			m.overlay = overlayNone
		case key.Matches(msg, k.Up):
			m.picker = common.Clamp(m.picker-1, 0, n-1)
		case key.Matches(msg, k.Down):
			m.picker = common.Clamp(m.picker+1, 0, n-1)
		case key.Matches(msg, k.PageUp):
			m.picker = common.Clamp(m.picker-m.ctx.BodyHeight(), 0, n-1)
		case key.Matches(msg, k.PageDown):
			m.picker = common.Clamp(m.picker+m.ctx.BodyHeight(), 0, n-1)
		case key.Matches(msg, k.Open):
			m.overlay = overlayNone
			e := m.entryFor(m.target, review.Entry{Op: review.OpMove})
			if m.picker < len(d.Events) && !d.Events[m.picker].Background {
				ev := &d.Events[m.picker]
				e.Event = ev.ID
				e.EventMembers = m.refs(ev.Claims[:min(len(ev.Claims), maxEventMembers)])
			}
			return m, m.record(e)
		}
		return m, nil
	}
	// Text inputs.
	switch msg.Type {
	case tea.KeyEsc:
		m.overlay = overlayNone
		m.input.Blur()
		return m, nil
	case tea.KeyEnter:
		value := strings.TrimSpace(m.input.Value())
		o := m.overlay
		m.overlay = overlayNone
		m.input.Blur()
		return m.submit(o, value)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// submit acts on a text input's value.
func (m Model) submit(o overlay, value string) (tea.Model, tea.Cmd) {
	switch o {
	case overlaySearch:
		if value == "" {
			return m, nil
		}
		m.search = searchNew(m.ctx, value)
		if m.state == stateSearch {
			return m, nil
		}
		m.push(stateSearch)
		return m, nil
	case overlayFilter:
		f, err := parseFilter(value)
		if err != nil {
			return m.setStatus(err.Error(), true), nil
		}
		m.events = m.events.SetFilter(f)
		return m, nil
	case overlayNote:
		if value == "" {
			return m.setStatus("empty note not saved", true), nil
		}
		return m, m.record(m.entryFor(m.target, review.Entry{Op: review.OpNote, Note: value}))
	case overlayVerdictNote:
		e := m.entryFor(m.target, review.Entry{Op: review.OpVerdict, Verdict: review.Verdict(m.verdict), Note: value})
		return m, m.record(e)
	}
	return m, nil
}

// copyClaim sends the focused claim's original text to the clipboard with
// OSC 52.
func (m Model) copyClaim() (tea.Model, tea.Cmd) {
	f := m.focus()
	id := f.Claim
	if id == "" {
		if al := m.ctx.Data.Alignment(f.Alignment); al != nil && len(al.Claims) > 0 {
			id = al.Claims[0]
		}
	}
	c, ok := m.ctx.Data.Claim(id)
	if !ok {
		return m.setStatus("copy: put the cursor on a claim first", true), nil
	}
	w := m.opts.Clipboard
	if w == nil {
		return m.setStatus("copy: no terminal to send the clipboard sequence to", true), nil
	}
	text := c.Text
	return m, func() tea.Msg {
		if _, err := io_WriteString(w, rtl.OSC52(text)); err != nil {
			return common.StatusMsg{Text: "copy failed: " + err.Error(), Warn: true}
		}
		return common.StatusMsg{Text: fmt.Sprintf("copied claim %s (%d bytes) with OSC 52", id, len(text))}
	}
}

// splitOrNotSame records, for the focused claim of an alignment, that it is
// split out of the alignment (split: the others stay together) or is not
// the same fact as the others (not-same).
func (m Model) splitOrNotSame(split bool) (tea.Model, tea.Cmd) {
	op := review.OpNotSame
	if split {
		op = review.OpSplit
	}
	if m.opts.Store == nil {
		return m.setStatus("no review store: corrections are not available", true), nil
	}
	f := m.focus()
	al := m.ctx.Data.Alignment(f.Alignment)
	if al == nil || f.Claim == "" {
		return m.setStatus(string(op)+": open an alignment and focus one of its claims (←/→) first", true), nil
	}
	var rest []string
	for _, id := range al.Claims {
		if id != f.Claim {
			rest = append(rest, id)
		}
	}
	e := review.Entry{Op: op, Target: al.ID, Members: m.refs(al.Claims),
		Groups: [][]review.Ref{m.refs([]string{f.Claim}), m.refs(rest)}}
	return m, m.record(e)
}

// merge marks the focused alignment, or merges it with the one marked.
func (m Model) merge() (tea.Model, tea.Cmd) {
	if m.opts.Store == nil {
		return m.setStatus("no review store: corrections are not available", true), nil
	}
	f := m.focus()
	al := m.ctx.Data.Alignment(f.Alignment)
	if al == nil {
		return m.setStatus("merge: put the cursor on an alignment first", true), nil
	}
	if m.mergeMark == "" || m.mergeMark == al.ID {
		m.mergeMark = al.ID
		m.event = m.event.SetMarked(f.Alignment)
		return m.setStatus("marked "+al.ID+" for merging: press m on another alignment, esc to cancel", false), nil
	}
	mi, ok := m.ctx.Data.AlignmentIndex(m.mergeMark)
	if !ok {
		m.mergeMark = ""
		return m.setStatus("the marked alignment is gone; mark again", true), nil
	}
	first := m.ctx.Data.Alignment(mi)
	e := review.Entry{Op: review.OpMerge, Target: first.ID, With: al.ID, Members: m.refs(first.Claims),
		Groups: [][]review.Ref{m.refs(first.Claims), m.refs(al.Claims)}}
	m.mergeMark = ""
	m.event = m.event.SetMarked(-1)
	return m, m.record(e)
}

// verdictView is the verdict picker.
func (m Model) verdictView() string {
	ctx, st := m.ctx, m.ctx.Styles
	lines := []string{st.Header.Render("Verdict on " + m.target.id), ""}
	if c, ok := ctx.Data.Claim(m.target.id); ok {
		lines = append(lines, ctx.Para(c.Text, ctx.Width-4, nil)...)
		lines = append(lines, "")
	}
	for i, v := range review.Verdicts() {
		row := fmt.Sprintf("  %d  %s", i+1, v)
		if i == m.picker {
			row = st.Selected.Render(fmt.Sprintf("> %d  %-16s", i+1, v))
		}
		lines = append(lines, row)
	}
	lines = append(lines, "", st.Faint.Render("↑/↓ or 1-6 choose · enter confirms (then an optional note) · esc cancels"))
	return common.Frame(lines, ctx.Width, ctx.BodyHeight())
}

// moveRows is the number of rows of the move picker: the events, and a
// last row "out of all events" unless the background pseudo-event (which
// is just that) is already the last event.
func moveRows(d *common.Data) int {
	if n := len(d.Events); n > 0 && d.Events[n-1].Background {
		return n
	}
	return len(d.Events) + 1
}

// moveView is the event picker of a move.
func (m Model) moveView() string {
	ctx, d, st := m.ctx, m.ctx.Data, m.ctx.Styles
	w := ctx.Width
	lines := []string{st.Header.Render(common.Fit("Move "+m.target.id+" to which event? (enter moves, esc cancels)", w))}
	rows := max(1, ctx.BodyHeight()-1)
	n := moveRows(d)
	off := common.Window(m.picker, 0, rows, n)
	for i := off; i < min(n, off+rows); i++ {
		prefix := "  "
		if i == m.picker {
			prefix = "> "
		}
		var row string
		if i == len(d.Events) || d.Events[i].Background {
			row = prefix + "(out of all events: background)"
		} else {
			ev := &d.Events[i]
			date := ev.Date
			if date == "" {
				date = "date unknown"
			}
			head := fmt.Sprintf("%s%-21s ", prefix, date)
			row = head + ctx.Cell(ev.Label, w-len(head))
		}
		if i == m.picker {
			row = st.Selected.Render(row)
		}
		lines = append(lines, row)
	}
	return common.Frame(lines, w, ctx.BodyHeight())
}

// inputLine is the status line while a text input is open. In App mode the
// typed text is shown shaped and reordered through rtl (the input itself
// edits logical text); in Terminal mode the input draws itself.
func (m Model) inputLine() string {
	ctx := m.ctx
	label := map[overlay]string{overlayNote: "note: ", overlayVerdictNote: "note for " + m.verdict + ": ",
		overlaySearch: "/", overlayFilter: "filter: "}[m.overlay]
	v := m.input.Value()
	if v == "" || ctx.Mode != rtl.App {
		return label + m.input.View()
	}
	return label + ctx.Inline(v, max(1, ctx.Width-len(label)-2)) + ctx.Styles.Selected.Render(" ")
}
