package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
)

// WriteClaimsText writes each document's metadata and its claims, one per
// line with kind and byte span, for reading in a terminal.
func WriteClaimsText(w io.Writer, a *analysis.Analysis) error {
	bw := bufio.NewWriter(w)
	byDoc := make(map[string][]*claim.Claim)
	for i := range a.Claims {
		c := &a.Claims[i]
		byDoc[c.Doc] = append(byDoc[c.Doc], c)
	}
	for i, d := range a.Documents {
		if i > 0 {
			bw.WriteString("\n")
		}
		fmt.Fprintf(bw, "%s  %s\n", d.ID, d.Path)
		fmt.Fprintf(bw, "  source:    %s (%s)\n", d.Source, d.SourceFrom)
		if d.OriginalSource != "" {
			fmt.Fprintf(bw, "  original:  %s\n", d.OriginalSource)
		}
		fmt.Fprintf(bw, "  title:     %s\n", d.Title)
		if d.Published != "" {
			fmt.Fprintf(bw, "  published: %s (%s)\n", d.Published, d.PublishedFrom)
		}
		if d.Retrieved != "" {
			fmt.Fprintf(bw, "  retrieved: %s (%s)\n", d.Retrieved, d.RetrievedFrom)
		}
		fmt.Fprintf(bw, "  language:  %s, %d claims, %d boilerplate spans\n", d.Lang, len(byDoc[d.ID]), len(d.Boilerplate))
		for _, c := range byDoc[d.ID] {
			fmt.Fprintf(bw, "  %-8s %5d-%-5d %s\n", c.Kind, c.Start, c.End, oneLine(c.Text))
			writeFacts(bw, c)
		}
	}
	return bw.Flush()
}

// writeFacts writes the facts of a claim, indented under it.
func writeFacts(bw *bufio.Writer, c *claim.Claim) {
	var parts []string
	if c.EventDate != "" {
		parts = append(parts, "event "+c.EventDate)
	}
	if c.SpeakerText != "" {
		s := "speaker " + c.SpeakerText
		if c.SecondHand {
			s += " (second-hand)"
		}
		parts = append(parts, s)
	} else if c.Anonymous {
		parts = append(parts, "speaker anonymous")
	}
	if len(c.Cited) > 0 {
		parts = append(parts, "cites "+strings.Join(c.Cited, ", "))
	}
	for _, d := range c.Dates {
		v := d.Value
		if v == "" {
			v = "?"
		}
		parts = append(parts, fmt.Sprintf("date %q=%s %s", d.Text, v, d.Role))
	}
	for _, n := range c.Numbers {
		parts = append(parts, fmt.Sprintf("number %q=%g", n.Text, n.Value))
	}
	var ents []string
	for _, e := range c.Entities {
		ents = append(ents, e.Text)
	}
	if len(ents) > 0 {
		parts = append(parts, "entities "+strings.Join(ents, ", "))
	}
	if len(c.Quotes) > 0 {
		parts = append(parts, fmt.Sprintf("%d quote(s)", len(c.Quotes)))
	}
	if len(parts) > 0 {
		fmt.Fprintf(bw, "  %19s ↳ %s\n", "", strings.Join(parts, "; "))
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
