package tui

import (
	"io"

	"github.com/claimdiff/claimdiff/tui/common"
	"github.com/claimdiff/claimdiff/tui/events"
	"github.com/claimdiff/claimdiff/tui/search"
)

func searchNew(ctx *common.Context, q string) search.Model { return search.New(ctx, q) }

func parseFilter(s string) (events.Filter, error) { return events.ParseFilter(s) }

func io_WriteString(w io.Writer, s string) (int, error) { return io.WriteString(w, s) }
