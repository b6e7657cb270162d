package common

import tea "github.com/charmbracelet/bubbletea"

// Messages components send the root to change views. Components return
// them from Update through Send; the root routes them.
type (
	// OpenEventMsg opens the event view on Events[Event].
	OpenEventMsg struct{ Event int }
	// OpenAlignmentMsg opens the alignment view on alignment Alignment,
	// focused on claim Claim ("" for the first).
	OpenAlignmentMsg struct {
		Alignment int
		Claim     string
	}
	// OpenArticleMsg opens the article view scrolled to claim Claim.
	OpenArticleMsg struct{ Claim string }
	// StatusMsg shows a line in the status bar.
	StatusMsg struct {
		Text string
		Warn bool
	}
)

// Send returns a command that delivers msg.
func Send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Focus is what a view's cursor is on, so the root knows what a verdict,
// note, copy or correction applies to.
type Focus struct {
	Claim     string // the focused claim, "" when none
	Alignment int    // the focused alignment (index), -1 when none
	Event     int    // the event shown (index into Data.Events), -1 when none
}

// NoFocus is a Focus on nothing.
var NoFocus = Focus{Alignment: -1, Event: -1}

// ScrollMsg is how the root turns mouse wheel motion into scrolling: Lines
// is negative for up.
type ScrollMsg struct{ Lines int }
