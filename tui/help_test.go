package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/claimdiff/claimdiff/tui/rtl"
)

// TestGoldenViewsHelp checks that the help screen fits 80×24 whole in both
// bidi modes (golden help-80x24-MODE.golden: every key, the bidi mode, the
// store and the filter syntax, no scroll line), and that on a shorter
// screen it scrolls to its last line and back.
func TestGoldenViewsHelp(t *testing.T) {
	for _, mode := range []rtl.Mode{rtl.App, rtl.Terminal} {
		t.Run(mode.String(), func(t *testing.T) {
			h := newHarness(t, config{mode: mode, profile: termenv.Ascii, width: 80, height: 24,
				docs: loadCorpus(t), store: openStore(t, "")})
			h.keys("?")
			scr := h.view()
			for _, want := range []string{"Keys", "closes this help", "next discrepancy", "not the same fact", "Bidi mode: " + mode.String(),
				"Review store:", "sources:1 (one outlet only)"} {
				if !strings.Contains(scr, want) {
					t.Errorf("the help screen at 80×24 lacks %q:\n%s", want, scr)
				}
			}
			if strings.Contains(scr, "scroll") {
				t.Errorf("the help screen at 80×24 scrolls; it should fit:\n%s", scr)
			}
			golden(t, fmt.Sprintf("help-80x24-%s.golden", mode), scr+"\n")

			// 80×14: a window with a scroll line; G shows the end, g the start.
			h.send(tea.WindowSizeMsg{Width: 80, Height: 14})
			scr = h.view()
			if !strings.Contains(scr, "↑/↓ scroll") || strings.Contains(scr, "sources:1") {
				t.Errorf("at 80×14 the help should show its start and a scroll line:\n%s", scr)
			}
			h.keys("G")
			if scr = h.view(); !strings.Contains(scr, "sources:1 (one outlet only)") {
				t.Errorf("G does not scroll the help to its end:\n%s", scr)
			}
			h.keys("g")
			if scr = h.view(); !strings.Contains(scr, "Keys") {
				t.Errorf("g does not scroll the help back to its start:\n%s", scr)
			}
			h.keys("esc")
			if scr = h.view(); strings.Contains(scr, "closes this help") {
				t.Errorf("esc does not close the help:\n%s", scr)
			}
		})
	}
}
