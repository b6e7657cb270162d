package tui

import (
	"io"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/events"
	"github.com/claimdiff/claimdiff/tui/search"
)

func searchNew(ctx *common.Context, q string) search.Model { return search.New(ctx, q) }

func parseFilter(s string) (events.Filter, error) { return events.ParseFilter(s) }

func io_WriteString(w io.Writer, s string) (int, error) { return io.WriteString(w, s) }

func openEvent(i int) tea.Msg       { return common.OpenEventMsg{Event: i} }
func openAlignment(i int) tea.Msg   { return common.OpenAlignmentMsg{Alignment: i} }
func openArticle(id string) tea.Msg { return common.OpenArticleMsg{Claim: id} }
