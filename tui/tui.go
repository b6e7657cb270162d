// Package tui is claimdiff's terminal UI for reviewing an analysis: events,
// one event, one alignment, one article and search results, with verdicts,
// notes and corrections written to the review store as they are made.
//
// The root Model holds a state enum and routes messages to the child model
// of the view shown (packages events, event, alignment, article, search);
// each child's Update returns its own concrete type. Sizes, styles, keys,
// the bidi mode and the indexed analysis sit in one common.Context shared by
// all of them. Slow work — the analysis, re-run after every correction —
// runs in a tea.Cmd and comes back as an analysedMsg; the views stay usable
// meanwhile, a spinner in the status bar showing progress. All Arabic text
// is laid out through tui/rtl.
package tui

import (
	"context"
	"fmt"
	"io"
	"log"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/review"
	"github.com/claimdiff/claimdiff/tui/alignment"
	"github.com/claimdiff/claimdiff/tui/article"
	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/event"
	"github.com/claimdiff/claimdiff/tui/events"
	"github.com/claimdiff/claimdiff/tui/rtl"
	"github.com/claimdiff/claimdiff/tui/search"
)

// Store is what the UI needs of the review store (*review.Store has it).
type Store interface {
	Append(review.Entry) (review.Entry, error)
	Load() (*review.Snapshot, error)
	Path() string
}

// Options configure a Model.
type Options struct {
	Docs     []*corpus.Document // the articles to review (may be empty: the views say so)
	Store    Store              // where verdicts, notes and corrections go; nil disables them
	Reviewer string             // who records them
	Mode     rtl.Mode           // App or Terminal; Auto is resolved from the environment
	// Renderer makes the styles (its colour profile decides the escapes);
	// lipgloss.DefaultRenderer() when nil.
	Renderer *lipgloss.Renderer
	Logger   *log.Logger // where the UI logs; discarded when nil
	Warnings []string    // shown at the top of the events view (unreadable inputs, …)
	// Clipboard receives OSC 52 sequences for `y` (the terminal); copying
	// is unavailable when nil.
	Clipboard io.Writer
	// Analyze runs the pipeline; analysis.Analyze when nil.
	Analyze func(context.Context, analysis.Options, []*corpus.Document) (*analysis.Analysis, error)
	// Context cancels a running analysis when done; context.Background()
	// when nil.
	Context context.Context
	// Generation, when set, says which version of the analysis Analyze
	// would read now (store.Store.Generation: an article store that
	// `claimdiff watch` updates). It is polled every PollEvery; when it
	// moves, the analysis is read again and what it brings is marked new
	// (a ● on events, alignments and discrepancies, a count in the title
	// line), the views staying on what they showed.
	Generation func(context.Context) (int64, error)
	// PollEvery is how often Generation is polled (3 s when 0).
	PollEvery time.Duration
}

// DefaultPollEvery is how often an article store is polled for updates.
const DefaultPollEvery = 3 * time.Second

type state int

const (
	stateLoading state = iota
	stateEvents
	stateEvent
	stateAlignment
	stateArticle
	stateSearch
)

var stateNames = [...]string{"loading", "events", "event", "alignment", "article", "search"}

type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlayVerdict // the verdict picker
	overlayVerdictNote
	overlayNote
	overlaySearch
	overlayFilter
	overlayMove // the event picker for a move
)

// target is what a verdict, note or correction applies to.
type target struct {
	id      string // claim or alignment ID
	isClaim bool
}

// progressCounter is shared with the analysis goroutine.
type progressCounter struct{ done, total atomic.Int64 }

// Model is the root model of the review UI.
type Model struct {
	ctx  *common.Context
	opts Options
	log  *log.Logger

	state   state
	history []state

	events    events.Model
	event     event.Model
	alignment alignment.Model
	article   article.Model
	search    search.Model

	overlay overlay
	help    help.Model
	input   textinput.Model
	picker  int    // cursor of the verdict or move picker
	helpTop int    // first line of the help screen shown, when it is taller than the screen
	verdict string // the verdict chosen, while its note is typed
	target  target // what the open picker or input applies to

	spinner   spinner.Model
	loading   bool
	pending   bool // another analysis was asked for while one ran
	loaded    bool // the first analysis arrived
	progress  *progressCounter
	started   time.Time
	mergeMark string // alignment ID marked for merging

	status     string
	statusWarn bool
	discOrder  []int // alignments with discrepancies, in event order

	gen      int64         // the generation of the analysis shown (Options.Generation)
	live     bool          // the analysis running was asked for by a new generation
	liveNext bool          // the pending one is for a new generation
	fresh    *common.Fresh // what arrived while the review was open
}

// New returns the root model. Call Init (bubbletea does) to start the
// analysis.
func New(opts Options) Model {
	if opts.Analyze == nil {
		opts.Analyze = analysis.Analyze
	}
	if opts.Context == nil {
		opts.Context = context.Background()
	}
	lg := opts.Logger
	if lg == nil {
		lg = log.New(io.Discard, "", 0)
	}
	st := common.NewStyles(opts.Renderer)
	ctx := &common.Context{
		Width: 80, Height: 24,
		Mode:   opts.Mode.Resolve(nil),
		Styles: st,
		Keys:   common.DefaultKeyMap(),
		Data:   common.NewData(nil),
	}
	if opts.Mode == rtl.Auto {
		ctx.Mode = rtl.Detect(nil)
	}
	h := help.New()
	h.Styles = help.Styles{
		Ellipsis: st.Faint, ShortKey: st.Key, ShortDesc: st.Faint, ShortSeparator: st.Faint,
		FullKey: st.Key, FullDesc: lipgloss.Style{}, FullSeparator: st.Faint,
	}
	h.Styles.FullDesc = st.Renderer.NewStyle()
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = 2000
	in.PromptStyle = st.Renderer.NewStyle()
	in.TextStyle = st.Renderer.NewStyle()
	in.PlaceholderStyle = st.Faint
	in.Cursor.Style = st.Renderer.NewStyle().Reverse(true)
	in.Cursor.TextStyle = st.Renderer.NewStyle()
	// A steady cursor: no blink timer to wake the program (or a test) up.
	in.Cursor.SetMode(cursor.CursorStatic)
	sp := spinner.New(spinner.WithSpinner(spinner.Line), spinner.WithStyle(st.Renderer.NewStyle()))
	m := Model{
		ctx: ctx, opts: opts, log: lg, state: stateLoading, help: h, input: in, spinner: sp,
		progress: &progressCounter{},
	}
	m.progress.total.Store(int64(len(opts.Docs)))
	return m
}

// analysedMsg carries a finished analysis.
type analysedMsg struct {
	a      *analysis.Analysis
	titles []analysis.EventTitle // the events' titles, computed with the analysis
	err    error
	took   time.Duration
	gen    int64 // Options.Generation read before the analysis
	live   bool  // asked for by a new generation
}

// pollMsg carries the generation a poll read.
type pollMsg struct {
	gen int64
	err error
}

// Init starts the analysis and the spinner, and the polling of the
// article store when there is one.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.spinner.Tick, m.analyse(), m.poll())
}

// poll returns the command that reads the generation after PollEvery (nil
// without Options.Generation).
func (m Model) poll() tea.Cmd {
	gen := m.opts.Generation
	if gen == nil {
		return nil
	}
	every := m.opts.PollEvery
	if every <= 0 {
		every = DefaultPollEvery
	}
	ctx := m.opts.Context
	return tea.Tick(every, func(time.Time) tea.Msg {
		g, err := gen(ctx)
		return pollMsg{gen: g, err: err}
	})
}

// polled reads the analysis again when the generation moved (after the
// one running, if one is).
func (m Model) polled(msg pollMsg) (tea.Model, tea.Cmd) {
	next := m.poll()
	switch {
	case msg.err != nil:
		m.log.Printf("poll: %v", msg.err)
		return m, next
	case !m.loaded || msg.gen == m.gen:
		return m, next
	case m.loading:
		m.pending, m.liveNext = true, true
		return m, next
	}
	m.live = true
	return m, tea.Batch(m.analyse(), m.spinner.Tick, next)
}

// Loading reports whether an analysis is running.
func (m Model) Loading() bool { return m.loading || !m.loaded }

// analyse returns the command that reads the store and runs the pipeline.
func (m *Model) analyse() tea.Cmd {
	m.loading = true
	m.progress.done.Store(0)
	opts, prog, live := m.opts, m.progress, m.live
	return func() tea.Msg {
		start := time.Now()
		var gen int64
		if opts.Generation != nil {
			g, err := opts.Generation(opts.Context)
			if err != nil {
				return analysedMsg{err: err, live: live}
			}
			gen = g
		}
		var snap *review.Snapshot
		if opts.Store != nil {
			s, err := opts.Store.Load()
			if err != nil {
				return analysedMsg{err: err}
			}
			snap = s
		}
		if snap == nil {
			snap = &review.Snapshot{}
		}
		a, err := opts.Analyze(opts.Context, analysis.Options{
			Reviews: snap,
			Progress: func(done, total int) {
				prog.done.Store(int64(done))
				prog.total.Store(int64(total))
			},
		}, opts.Docs)
		var titles []analysis.EventTitle
		if err == nil {
			titles = analysis.EventTitles(a)
		}
		return analysedMsg{a: a, titles: titles, err: err, took: time.Since(start), gen: gen, live: live}
	}
}

// Update routes a message to the overlay, the root's own keys or the view
// shown.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.ctx.Width, m.ctx.Height = max(msg.Width, 20), max(msg.Height, 6)
		m.help.Width = m.ctx.Width
		m.input.Width = max(10, m.ctx.Width-30)
		if m.state == stateArticle {
			m.article, _ = m.article.Update(msg)
		}
		return m.toView(common.ScrollMsg{})
	case spinner.TickMsg:
		if !m.Loading() {
			return m, nil
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return m, cmd
	case analysedMsg:
		return m.analysed(msg)
	case pollMsg:
		return m.polled(msg)
	case common.StatusMsg:
		m.status, m.statusWarn = msg.Text, msg.Warn
		return m, nil
	case common.OpenEventMsg:
		m.event = event.New(m.ctx, msg.Event).SetMarked(m.markIndex())
		m.push(stateEvent)
		return m, nil
	case common.OpenAlignmentMsg:
		m.alignment = alignment.New(m.ctx, msg.Alignment, msg.Claim)
		m.push(stateAlignment)
		return m, nil
	case common.OpenArticleMsg:
		m.article = article.New(m.ctx, msg.Claim)
		m.push(stateArticle)
		return m, nil
	case alignment.NextMsg:
		return m.nextDiscrepancy(msg.From, msg.Dir)
	case entryMsg:
		return m.recorded(msg)
	case tea.MouseMsg:
		if m.overlay != overlayNone || msg.Action != tea.MouseActionPress {
			return m, nil
		}
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			return m.toView(common.ScrollMsg{Lines: -3})
		case tea.MouseButtonWheelDown:
			return m.toView(common.ScrollMsg{Lines: 3})
		}
		return m, nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

// push shows state s, remembering the current one for Back.
func (m *Model) push(s state) {
	if m.state != stateLoading {
		m.history = append(m.history, m.state)
	}
	m.state = s
}

// back returns to the previous view.
func (m *Model) back() {
	if n := len(m.history); n > 0 {
		m.state = m.history[n-1]
		m.history = m.history[:n-1]
		if m.state == stateEvent {
			m.event = m.event.SetMarked(m.markIndex())
		}
	}
}

func (m Model) markIndex() int {
	if m.mergeMark == "" {
		return -1
	}
	if i, ok := m.ctx.Data.AlignmentIndex(m.mergeMark); ok {
		return i
	}
	return -1
}

// toView passes msg to the view shown.
func (m Model) toView(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.state {
	case stateEvents:
		m.events, cmd = m.events.Update(msg)
	case stateEvent:
		m.event, cmd = m.event.Update(msg)
	case stateAlignment:
		m.alignment, cmd = m.alignment.Update(msg)
	case stateArticle:
		m.article, cmd = m.article.Update(msg)
	case stateSearch:
		m.search, cmd = m.search.Update(msg)
	}
	return m, cmd
}

// focus is what the view shown has under its cursor.
func (m Model) focus() common.Focus {
	switch m.state {
	case stateEvents:
		return m.events.Focus()
	case stateEvent:
		return m.event.Focus()
	case stateAlignment:
		return m.alignment.Focus()
	case stateArticle:
		return m.article.Focus()
	case stateSearch:
		return m.search.Focus()
	}
	return common.NoFocus
}

func (m Model) setStatus(text string, warn bool) Model {
	m.status, m.statusWarn = text, warn
	return m
}

// key handles a key press.
func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.ctx.Keys
	if msg.Type == tea.KeyCtrlC {
		return m, tea.Quit
	}
	// Keys typed quickly can arrive as one message of several runes ("/"
	// and the query): outside a text input each rune is its own key.
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.inputOpen() {
		var cmds []tea.Cmd
		var model tea.Model = m
		for i, r := range msg.Runes {
			mm := model.(Model)
			if mm.inputOpen() {
				rest := tea.KeyMsg{Type: tea.KeyRunes, Runes: msg.Runes[i:]}
				model, cmd := mm.key(rest)
				return model, tea.Batch(append(cmds, cmd)...)
			}
			var cmd tea.Cmd
			model, cmd = mm.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
			cmds = append(cmds, cmd)
		}
		return model, tea.Batch(cmds...)
	}
	if m.overlay != overlayNone {
		return m.overlayKey(msg)
	}
	m.status, m.statusWarn = "", false
	if m.state == stateLoading {
		if key.Matches(msg, k.Quit) {
			return m, tea.Quit
		}
		if key.Matches(msg, k.Help) {
			m.overlay = overlayHelp
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.overlay = overlayHelp
		return m, nil
	case key.Matches(msg, k.Back):
		if m.mergeMark != "" {
			m.mergeMark = ""
			m.event = m.event.SetMarked(-1)
			return m.setStatus("merge mark cleared", false), nil
		}
		m.back()
		return m, nil
	case key.Matches(msg, k.Search):
		return m.openInput(overlaySearch, "search claims (folded: tashkeel, hamza, ة/ه ignored)", ""), textinput.Blink
	case key.Matches(msg, k.Filter) && m.state == stateEvents:
		return m.openInput(overlayFilter, "filter: src:NAME date:2025-12 type:number sources:2 state:unreviewed|partial|reviewed|open WORD", m.events.Filter().String()), textinput.Blink
	case key.Matches(msg, k.NextDiscrepancy) && m.state != stateAlignment:
		return m.nextDiscrepancy(m.focus().Alignment, 1)
	case key.Matches(msg, k.PrevDiscrepancy) && m.state != stateAlignment:
		return m.nextDiscrepancy(m.focus().Alignment, -1)
	case key.Matches(msg, k.Verdict), key.Matches(msg, k.AlignmentVerdict), key.Matches(msg, k.Note):
		return m.startReview(msg)
	case key.Matches(msg, k.Copy):
		return m.copyClaim()
	case key.Matches(msg, k.Split), key.Matches(msg, k.NotSame):
		return m.splitOrNotSame(key.Matches(msg, k.Split))
	case key.Matches(msg, k.Merge):
		return m.merge()
	case key.Matches(msg, k.Move):
		f := m.focus()
		if f.Claim == "" {
			return m.setStatus("move: put the cursor on a claim first (a claim only one source has, or a claim of an alignment)", true), nil
		}
		if m.opts.Store == nil {
			return m.setStatus("no review store: corrections are not available", true), nil
		}
		m.target = target{id: f.Claim, isClaim: true}
		m.overlay, m.picker = overlayMove, 0
		return m, nil
	}
	return m.toView(msg)
}

// inputOpen reports whether a text input has the keys.
func (m Model) inputOpen() bool {
	switch m.overlay {
	case overlayNote, overlayVerdictNote, overlaySearch, overlayFilter:
		return true
	}
	return false
}

// openInput shows the text input for an overlay.
func (m Model) openInput(o overlay, placeholder, value string) Model {
	m.overlay = o
	m.input.Reset()
	m.input.Placeholder = placeholder
	m.input.SetValue(value)
	m.input.CursorEnd()
	m.input.Focus()
	return m
}

// nextDiscrepancy opens the alignment with discrepancies after (dir 1) or
// before (dir -1) alignment from, in event order.
func (m Model) nextDiscrepancy(from, dir int) (tea.Model, tea.Cmd) {
	if len(m.discOrder) == 0 {
		return m.setStatus("no discrepancies in this analysis", false), nil
	}
	pos := -1
	for i, ai := range m.discOrder {
		if ai == from {
			pos = i
		}
	}
	next := pos + dir
	if pos < 0 && dir < 0 {
		next = len(m.discOrder) - 1
	}
	if next < 0 || next >= len(m.discOrder) {
		return m.setStatus("no more discrepancies in this direction", false), nil
	}
	ai := m.discOrder[next]
	al := alignment.New(m.ctx, ai, "")
	if dir > 0 {
		al = al.SelectDiscrepancy(0)
	} else {
		al = al.SelectDiscrepancy(-1)
	}
	if m.state == stateAlignment {
		m.alignment = al
	} else {
		m.alignment = al
		m.push(stateAlignment)
	}
	return m, nil
}

// analysed installs a finished analysis, keeping every view where it was.
func (m Model) analysed(msg analysedMsg) (tea.Model, tea.Cmd) {
	m.loading, m.live = false, false
	if msg.err != nil {
		m.log.Printf("analysis failed: %v", msg.err)
		m.loaded = true
		if m.state == stateLoading {
			m.ctx.Data = common.NewData(&analysis.Analysis{})
			m.events = events.New(m.ctx)
			m.state = stateEvents
		}
		return m.setStatus("analysis failed: "+msg.err.Error(), true), nil
	}
	m.log.Printf("analysis: %d documents, %d claims, %d events, %d alignments in %v",
		len(msg.a.Documents), len(msg.a.Claims), len(msg.a.Events), len(msg.a.Alignments), msg.took)
	at := m.anchor()
	// The events list keeps its own row when the view shown has no event.
	listEvent, listOK := m.events.Current()
	if at.hasEvent {
		listEvent, listOK = at.event, true
	}
	d := common.NewDataTitled(msg.a, msg.titles)
	d.Warnings = append(append([]string(nil), m.opts.Warnings...), d.Warnings...)
	if msg.live && m.loaded {
		m.fresh = markFresh(m.fresh, m.ctx.Data, d)
	}
	d.Fresh = m.fresh
	m.gen = msg.gen
	m.ctx.Data = d
	m.discOrder = m.discOrder[:0]
	for _, ev := range d.Events {
		for _, ai := range ev.Alignments {
			if len(d.Discrepancies(ai)) > 0 {
				m.discOrder = append(m.discOrder, ai)
			}
		}
	}
	first := !m.loaded
	m.loaded = true
	if first {
		m.events = events.New(m.ctx)
		m.state = stateEvents
		m.history = nil
		if len(d.Warnings) > 0 {
			m = m.setStatus(fmt.Sprintf("%d warning(s): see the top of the events view", len(d.Warnings)), true)
		}
	} else {
		m = m.restore(at)
		// An open event may have come back under another ID (new
		// articles joined it): the list follows the event view.
		if slices.Contains(append(slices.Clone(m.history), m.state), stateEvent) {
			if ei := m.event.Focus().Event; ei >= 0 && ei < len(d.Events) {
				listEvent, listOK = d.Events[ei].ID, true
			}
		}
		m.events = m.events.Refresh(listEvent, listOK)
	}
	if msg.live {
		if ev, al, ds := d.NewCounts(); ev+al+ds > 0 {
			m = m.setStatus("new from the store: "+newText(ev, al, ds), false)
		}
	}
	if m.pending {
		m.pending = false
		m.live, m.liveNext = m.liveNext, false
		return m, tea.Batch(m.analyse(), m.spinner.Tick)
	}
	return m, nil
}

// markFresh adds to fresh (made when nil) what is in now and was not in
// before: events and alignments by ID, discrepancies by key.
func markFresh(fresh *common.Fresh, before, now *common.Data) *common.Fresh {
	if fresh == nil {
		fresh = common.NewFresh()
	}
	oldEv := make(map[string]bool, len(before.Events))
	for _, ev := range before.Events {
		oldEv[ev.ID] = true
	}
	for _, ev := range now.Events {
		if !ev.Background && !oldEv[ev.ID] {
			fresh.Events[ev.ID] = true
		}
	}
	oldDisc := make(map[string]bool)
	for i := range before.Analysis.Alignments {
		for _, x := range before.Discrepancies(i) {
			oldDisc[common.DiscrepancyKey(x)] = true
		}
	}
	for i, al := range now.Analysis.Alignments {
		if _, ok := before.AlignmentIndex(al.ID); !ok {
			fresh.Alignments[al.ID] = true
		}
		for _, x := range now.Discrepancies(i) {
			if k := common.DiscrepancyKey(x); !oldDisc[k] {
				fresh.Discrepancies[k] = true
			}
		}
	}
	return fresh
}

// newText says how many of each kind arrived ("1 event, 3 alignments, 2
// discrepancies"), leaving out the kinds with none.
func newText(events, alignments, discrepancies int) string {
	var parts []string
	for _, p := range []struct {
		n    int
		one  string
		many string
	}{{events, "event", "events"}, {alignments, "alignment", "alignments"}, {discrepancies, "discrepancy", "discrepancies"}} {
		switch {
		case p.n == 1:
			parts = append(parts, "1 "+p.one)
		case p.n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.many))
		}
	}
	return strings.Join(parts, ", ")
}

// anchor is what the view shown is on, by ID, so that the views can be
// rebuilt on the same things after a new analysis moved every index.
type anchor struct {
	claim     string   // the focused claim, else the alignment's first
	alignment string   // the focused alignment's ID
	members   []string // its claims
	event     string   // the event's ID ("" is the background pseudo-event)
	hasEvent  bool     // whether the view shown is on an event at all
}

// anchor reads what the view shown is on (nothing before the first
// analysis arrived).
func (m Model) anchor() anchor {
	if !m.loaded {
		return anchor{}
	}
	f := m.focus()
	at := anchor{claim: f.Claim}
	if al := m.ctx.Data.Alignment(f.Alignment); al != nil {
		at.alignment, at.members = al.ID, al.Claims
		if at.claim == "" && len(al.Claims) > 0 {
			at.claim = al.Claims[0]
		}
	}
	if f.Event >= 0 && f.Event < len(m.ctx.Data.Events) {
		at.event, at.hasEvent = m.ctx.Data.Events[f.Event].ID, true
	}
	return at
}

// restore rebuilds the views of the history after a new analysis, each on
// the same claim, alignment or event when it still exists: the alignment by
// its ID, else the one the focused claim is in now, else the first one a
// former member is in (a split leaves the others together).
func (m Model) restore(at anchor) Model {
	claimID, alignID, members := at.claim, at.alignment, at.members
	d := m.ctx.Data
	ei, ok := 0, false
	if at.hasEvent {
		ei, ok = d.EventIndex(at.event)
	}
	if !ok && claimID != "" {
		ei, ok = d.EventOf(claimID)
	}
	ai, aok := d.AlignmentIndex(alignID)
	if !aok && claimID != "" {
		ai, aok = d.AlignmentOf(claimID)
	}
	for _, id := range members {
		if aok {
			break
		}
		ai, aok = d.AlignmentOf(id)
	}
	if aok && !containsString(d.Alignment(ai).Claims, claimID) {
		claimID = ""
	}
	stack := append(append([]state(nil), m.history...), m.state)
	var kept []state
	for _, s := range stack {
		switch s {
		case stateEvents:
			kept = append(kept, s)
		case stateEvent:
			if ok {
				off := m.event.Offset()
				m.event = event.New(m.ctx, ei).SetMarked(m.markIndex())
				if claimID != "" {
					m.event = m.event.Select(claimID)
				}
				m.event = m.event.AtOffset(off)
				kept = append(kept, s)
			}
		case stateAlignment:
			if aok {
				off, disc := m.alignment.Place()
				m.alignment = alignment.New(m.ctx, ai, claimID).AtPlace(off, disc)
				kept = append(kept, s)
			}
		case stateArticle:
			if _, ok := d.Claim(m.article.Claim()); ok {
				off := m.article.Offset()
				m.article = article.New(m.ctx, m.article.Claim()).AtOffset(off)
				kept = append(kept, s)
			}
		case stateSearch:
			m.search = search.New(m.ctx, m.search.Query())
			kept = append(kept, s)
		}
	}
	if len(kept) == 0 {
		kept = []state{stateEvents}
	}
	m.state, m.history = kept[len(kept)-1], kept[:len(kept)-1]
	return m
}

// View draws the whole screen: a title line, the view (or an overlay) and
// the status line, exactly ctx.Width × ctx.Height cells.
func (m Model) View() string {
	var body string
	switch {
	case m.overlay == overlayHelp:
		body = m.helpView()
	case m.overlay == overlayVerdict:
		body = m.verdictView()
	case m.overlay == overlayMove:
		body = m.moveView()
	case m.state == stateLoading:
		body = m.loadingView()
	case m.state == stateEvents:
		body = m.events.View()
	case m.state == stateEvent:
		body = m.event.View()
	case m.state == stateAlignment:
		body = m.alignment.View()
	case m.state == stateArticle:
		body = m.article.View()
	case m.state == stateSearch:
		body = m.search.View()
	}
	return m.titleLine() + "\n" + body + "\n" + m.statusLine()
}

func (m Model) titleLine() string {
	ctx := m.ctx
	a := ctx.Data.Analysis
	crumbs := []string{}
	for _, s := range append(append([]state(nil), m.history...), m.state) {
		crumbs = append(crumbs, stateNames[s])
	}
	// What arrived while the review was open comes first, where a narrow
	// screen does not cut it off.
	fresh := ""
	if ev, al, ds := ctx.Data.NewCounts(); ev+al+ds > 0 {
		fresh = fmt.Sprintf(" %s new: %d ev %d al %d disc ·", common.NewMark, ev, al, ds)
	}
	t := fmt.Sprintf(" claimdiff review ·%s %d articles · %d claims · %d events · %d alignments · %s",
		fresh, len(a.Documents), len(a.Claims), len(a.Events), len(a.Alignments), strings.Join(crumbs, " › "))
	return ctx.Styles.Title.Render(common.Fit(t, ctx.Width))
}

func (m Model) statusLine() string {
	ctx, st := m.ctx, m.ctx.Styles
	w := ctx.Width
	right := fmt.Sprintf(" ? help · bidi %s ", ctx.Mode)
	var left string
	switch {
	case m.overlay == overlayNote || m.overlay == overlayVerdictNote || m.overlay == overlaySearch || m.overlay == overlayFilter:
		return common.Fit(m.inputLine(), w)
	case m.Loading():
		left = m.spinner.View() + " " + m.progressText()
	case m.status != "":
		left = m.status
		if m.statusWarn {
			return st.Warning.Render(common.Fit(left, w-lipgloss.Width(right))) + st.Status.Render(right)
		}
	default:
		// Whole hints only: the help drops the ones that do not fit
		// (a cut "v ve" at 80 columns read as nothing).
		items := ctx.Keys.ShortHelp()
		for n := len(items); n > 0; n-- {
			left = m.help.ShortHelpView(items[:n])
			if lipgloss.Width(left) <= w-lipgloss.Width(right) {
				break
			}
		}
	}
	return common.Fit(left, w-lipgloss.Width(right)) + st.Status.Render(right)
}

func (m Model) progressText() string {
	if m.opts.Generation != nil {
		return "reading the article store…"
	}
	done, total := m.progress.done.Load(), m.progress.total.Load()
	if done >= total {
		return fmt.Sprintf("analysing: aligning claims of %d articles…", total)
	}
	return fmt.Sprintf("analysing: %d/%d articles read…", done, total)
}

func (m Model) loadingView() string {
	ctx := m.ctx
	lines := []string{"", "  " + m.spinner.View() + " " + m.progressText()}
	if total := m.progress.total.Load(); total > 0 {
		const barW = 40
		n := int(m.progress.done.Load() * barW / total)
		lines = append(lines, "  "+strings.Repeat("█", n)+strings.Repeat("░", barW-n))
	}
	lines = append(lines, "", "  Keys work once the analysis is done; q quits.")
	return common.Frame(lines, ctx.Width, ctx.BodyHeight())
}

// helpLines are the lines of the help screen: the keys in columns (two
// below 120 cells, as 80 allow), the bidi mode, the review store and the
// filter syntax; 22 lines at 80 cells, so that it fits 80×24 whole.
func (m Model) helpLines() []string {
	ctx, st := m.ctx, m.ctx.Styles
	lines := []string{st.Header.Render("Keys") + st.Faint.Render("   esc, ? or q closes this help")}
	groups := ctx.Keys.FullHelp()
	if ctx.Width < 120 {
		// Two columns fit 80 cells; three need more.
		var all []key.Binding
		for _, g := range groups {
			all = append(all, g...)
		}
		half := (len(all) + 1) / 2
		groups = [][]key.Binding{all[:half], all[half:]}
	}
	lines = append(lines, strings.Split(m.help.FullHelpView(groups), "\n")...)
	lines = append(lines, "", st.Header.Render("Bidi mode: "+ctx.Mode.String()))
	switch ctx.Mode {
	case rtl.App:
		lines = append(lines, "  claimdiff shapes and orders Arabic itself (terminal bidi off: CSI 8 l).",
			"  If Arabic looks reversed, run with --bidi=terminal.")
	default:
		lines = append(lines, "  the terminal shapes and orders Arabic; each text is isolated (FSI…PDI).",
			"  If Arabic letters show unjoined or reversed, run with --bidi=app.")
	}
	store := "none (verdicts cannot be recorded)"
	if m.opts.Store != nil {
		store = m.opts.Store.Path()
	}
	lines = append(lines, "", st.Header.Render("Review store: ")+store+" · "+st.Header.Render("reviewer: ")+ctx.Inline(m.opts.Reviewer, 30),
		"Filter: src:NAME date:2025-12 type:number state:unreviewed|partial|reviewed|open",
		"        sources:2 (told by two outlets or more) sources:1 (one outlet only) WORD")
	return lines
}

// helpView draws the help screen; on a screen too short for it, a window
// of it that ↑/↓, page keys, g and G scroll, its last line saying so.
func (m Model) helpView() string {
	ctx := m.ctx
	lines, h := m.helpLines(), ctx.BodyHeight()
	if len(lines) <= h {
		return common.Frame(lines, ctx.Width, h)
	}
	top := m.helpScroll(len(lines))
	shown := slices.Clone(lines[top : top+h-1])
	more := fmt.Sprintf("lines %d–%d of %d · ↑/↓ scroll", top+1, top+h-1, len(lines))
	return common.Frame(append(shown, ctx.Styles.Faint.Render(more)), ctx.Width, h)
}

// helpScroll is the first help line shown, kept inside the lines there
// are (the screen may have grown since it was set).
func (m Model) helpScroll(total int) int {
	return max(0, min(m.helpTop, total-(m.ctx.BodyHeight()-1)))
}

// helpKey scrolls the help screen.
func (m Model) helpKey(msg tea.KeyMsg) Model {
	k, total := m.ctx.Keys, len(m.helpLines())
	page := max(1, m.ctx.BodyHeight()-2)
	switch {
	case key.Matches(msg, k.Up):
		m.helpTop--
	case key.Matches(msg, k.Down):
		m.helpTop++
	case key.Matches(msg, k.PageUp):
		m.helpTop -= page
	case key.Matches(msg, k.PageDown):
		m.helpTop += page
	case key.Matches(msg, k.Home):
		m.helpTop = 0
	case key.Matches(msg, k.End):
		m.helpTop = total
	}
	if total <= m.ctx.BodyHeight() {
		m.helpTop = 0
	} else {
		m.helpTop = m.helpScroll(total)
	}
	return m
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
