package common

import (
	"strconv"

	"github.com/charmbracelet/lipgloss"
)

// Highlight classes: the rtl.Span classes the views give byte ranges of
// claim and article text. Styles.Class maps each to its style.
const (
	ClassNone          = iota
	ClassDiff          // a word that differs from the other claims
	ClassSoft          // a word that differs only in inflection, or moved
	ClassEvidence      // evidence of a discrepancy
	ClassFocusEvidence // evidence of the discrepancy selected with n/N
	ClassClaim         // the claim shown in its article
	ClassBoilerplate   // boilerplate of an article, dimmed
	ClassMatch         // a search match
	numClasses
)

// Styles are every style the UI uses, made by one lipgloss.Renderer so that
// tests can pick the colour profile.
type Styles struct {
	Renderer  *lipgloss.Renderer
	Title     lipgloss.Style // the top line
	Header    lipgloss.Style // section and column headings
	Selected  lipgloss.Style // the row under the cursor
	Marked    lipgloss.Style // a row marked for merging
	New       lipgloss.Style // the mark of what arrived while the review was open
	Faint     lipgloss.Style // secondary information
	Status    lipgloss.Style // the bottom line
	Warning   lipgloss.Style
	Error     lipgloss.Style
	Key       lipgloss.Style // a key in help texts
	Verdict   lipgloss.Style
	Shared    lipgloss.Style    // the shared-origin mark
	Severity  [4]lipgloss.Style // discrepancy badges by severity 1..3 (0 unused)
	Focused   lipgloss.Style    // the focused claim's heading in the alignment view
	Border    lipgloss.Style    // column separators
	classes   [numClasses]lipgloss.Style
	classFunc func(int, string) string
}

// NewStyles makes the styles with renderer r (lipgloss.DefaultRenderer()
// when nil).
func NewStyles(r *lipgloss.Renderer) *Styles {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	n := r.NewStyle
	c := func(s string) lipgloss.Color { return lipgloss.Color(s) }
	s := &Styles{
		Renderer: r,
		Title:    n().Bold(true).Reverse(true),
		Header:   n().Bold(true),
		Selected: n().Reverse(true),
		Marked:   n().Foreground(c("5")).Bold(true),
		New:      n().Foreground(c("2")).Bold(true),
		Faint:    n().Faint(true),
		Status:   n().Faint(true),
		Warning:  n().Foreground(c("3")).Bold(true),
		Error:    n().Foreground(c("1")).Bold(true),
		Key:      n().Bold(true),
		Verdict:  n().Foreground(c("6")).Bold(true),
		Shared:   n().Foreground(c("5")),
		Focused:  n().Bold(true).Underline(true),
		Border:   n().Faint(true),
	}
	s.Severity[1] = n().Foreground(c("4"))
	s.Severity[2] = n().Foreground(c("3")).Bold(true)
	s.Severity[3] = n().Foreground(c("1")).Bold(true)
	s.classes[ClassDiff] = n().Foreground(c("3")).Bold(true)
	s.classes[ClassSoft] = n().Foreground(c("3"))
	s.classes[ClassEvidence] = n().Foreground(c("1")).Underline(true)
	s.classes[ClassFocusEvidence] = n().Foreground(c("1")).Reverse(true)
	s.classes[ClassClaim] = n().Reverse(true)
	s.classes[ClassBoilerplate] = n().Faint(true)
	s.classes[ClassMatch] = n().Foreground(c("2")).Reverse(true)
	s.classFunc = func(class int, text string) string {
		if class <= 0 || class >= numClasses {
			return text
		}
		return s.classes[class].Render(text)
	}
	return s
}

// Class styles text of a highlight class; it is the style function given to
// rtl.Line.Styled.
func (s *Styles) Class(class int, text string) string { return s.classFunc(class, text) }

// Badge renders a discrepancy badge: its severity and type, e.g. "!3 number".
func (s *Styles) Badge(severity int, typ string) string {
	if severity < 1 || severity > 3 {
		severity = 1
	}
	return s.Severity[severity].Render("!" + strconv.Itoa(severity) + " " + typ)
}
