package tui

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/claimdiff/claimdiff/tui/alignment"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// evidenceLine is the first line of a discrepancy's evidence: six spaces,
// the source letter, a space.
var evidenceLine = regexp.MustCompile(`^      [A-Za-z0-9+] `)

// TestGoldenViewsEvidenceWrap lays out, at 80 columns in App mode, the
// discrepancies of the first alignment of the bundled corpus whose
// evidence wraps (golden evidence-80-app.golden), and checks every wrapped
// piece of evidence of every alignment: its lines are right-aligned with
// each other (one right edge) and its widest line starts beside its source
// letter, so the wrapped lines sit by the letter, not at the screen's edge.
func TestGoldenViewsEvidenceWrap(t *testing.T) {
	h := newHarness(t, config{mode: rtl.App, profile: termenv.Ascii, width: 80, height: 24,
		docs: loadCorpus(t), store: openStore(t, "")})
	h.send(tea.WindowSizeMsg{Width: 80, Height: 400})
	ctx := h.m.ctx
	var first []string
	wrapped := 0
	for ai := range ctx.Data.Analysis.Alignments {
		lines := strings.Split(alignment.New(ctx, ai, "").View(), "\n")
		found := false
		for i := 0; i < len(lines); i++ {
			if !evidenceLine.MatchString(lines[i]) {
				continue
			}
			block := []string{strings.TrimRight(lines[i], " ")}
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "        ") && strings.TrimSpace(lines[i+1]) != "" {
				i++
				block = append(block, strings.TrimRight(lines[i], " "))
			}
			if len(block) < 2 {
				continue
			}
			found = true
			wrapped++
			edge, starts := lipgloss.Width(block[0]), 80
			for _, l := range block {
				if w := lipgloss.Width(l); w != edge {
					t.Errorf("alignment %d: wrapped evidence lines end at cells %d and %d, want one right edge:\n%s", ai, edge, w, strings.Join(block, "\n"))
				}
				starts = min(starts, len(l)-len(strings.TrimLeft(l[8:], " ")))
			}
			if starts > 9 {
				t.Errorf("alignment %d: the widest line of wrapped evidence starts at cell %d, want 9 at most (beside its letter):\n%s", ai, starts, strings.Join(block, "\n"))
			}
		}
		if found && first == nil {
			for k, l := range lines {
				if strings.HasPrefix(l, "Discrepancies (") {
					first = lines[k:]
					break
				}
			}
		}
	}
	if wrapped == 0 || first == nil {
		t.Fatal("no evidence wraps at 80 columns; the test checks nothing")
	}
	golden(t, "evidence-80-app.golden", strings.TrimRight(strings.Join(first, "\n"), " \n")+"\n")
}
