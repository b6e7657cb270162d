package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// WriteAnalysisText writes a readable summary per event: its date and
// label, the sources that cover it, its alignments with their claims, and
// the claims only one source carries; then background alignments.
func WriteAnalysisText(w io.Writer, a *analysis.Analysis) error {
	bw := bufio.NewWriter(w)
	claims := make(map[string]*claim.Claim, len(a.Claims))
	for i := range a.Claims {
		claims[a.Claims[i].ID] = &a.Claims[i]
	}
	docs := make(map[string]*corpus.Document, len(a.Documents))
	for _, d := range a.Documents {
		docs[d.ID] = d
	}
	byEvent := make(map[string][]*analysis.Alignment)
	for i := range a.Alignments {
		al := &a.Alignments[i]
		byEvent[al.Event] = append(byEvent[al.Event], al)
	}
	titles := analysis.EventTitles(a)
	story := func(i int) bool { return i < len(titles) && titles[i].Story() }
	multi := 0
	for i := range a.Events {
		if story(i) {
			multi++
		}
	}
	fmt.Fprintf(bw, "%d documents, %d claims, %d events (%d reported by more than one source), %d alignments\n",
		len(a.Documents), len(a.Claims), len(a.Events), multi, len(a.Alignments))
	letters := analysis.SourceLetters(a)
	source := func(id string) string {
		if d := docs[id]; d != nil {
			return letters[id] + " " + corpus.DisplayName(d)
		}
		return id
	}
	title := func(i int) string {
		if i < len(titles) && titles[i].Title != "" {
			t := titles[i].Title
			if titles[i].Place != "" {
				t += " · " + titles[i].Place
			}
			return t
		}
		return a.Events[i].Label
	}
	writeClaim := func(indent, id string) {
		c := claims[id]
		if c == nil {
			return
		}
		fmt.Fprintf(bw, "%s[%s] %s\n", indent, source(c.Doc), oneLine(c.Text))
	}
	writeAlignments := func(als []*analysis.Alignment) {
		for _, al := range als {
			shared := ""
			if al.SharedOrigin {
				shared = "  shared origin: " + al.SharedReason
			}
			fmt.Fprintf(bw, "  = %s  similarity %.2f%s\n", al.ID, al.Similarity, shared)
			for _, id := range al.Claims {
				writeClaim("      ", id)
			}
			for _, d := range al.Discrepancies {
				detail := d.Detail
				if len(d.Claims) >= 2 {
					if ca, cb := claims[d.Claims[0]], claims[d.Claims[1]]; ca != nil && cb != nil {
						detail = analysis.RelabelDetail(detail, letters[ca.Doc], letters[cb.Doc])
					}
				}
				fmt.Fprintf(bw, "      ! %s %d: %s\n", d.Type, d.Severity, detail)
			}
		}
	}
	// The stories in full; then, in full too, the events of several
	// documents that are no story (recalled as background, or told by one
	// outlet); then one line for each event of one document.
	folded := 0
	for i, ev := range a.Events {
		if len(ev.Sources) > 1 && !story(i) {
			folded++
		}
	}
	writeEvent := func(i int, ev align.Event) {
		fmt.Fprintf(bw, "\n%s  %s\n", ev.ID, title(i))
		if titles[i].Recalled {
			bw.WriteString("  recalled as background: it ended a month or more before every dated article that tells it\n")
		}
		fmt.Fprintf(bw, "  keywords: %s\n", ev.Label)
		date := ev.Date
		if date == "" {
			date = "unknown" // told only by articles with no date
		}
		fmt.Fprintf(bw, "  date: %s; %d claims from %d sources:", date, len(ev.Claims), len(ev.Sources))
		for _, s := range ev.Sources {
			fmt.Fprintf(bw, " %s;", source(s))
		}
		bw.WriteString("\n")
		writeAlignments(byEvent[ev.ID])
		if len(ev.Unique) > 0 {
			fmt.Fprintf(bw, "  only one source (%d):\n", len(ev.Unique))
			for _, id := range ev.Unique {
				writeClaim("      ", id)
			}
		}
	}
	for i, ev := range a.Events {
		if story(i) {
			writeEvent(i, ev)
		}
	}
	if folded > 0 {
		fmt.Fprintf(bw, "\n%d events of several articles recalled as background or told by one outlet:\n", folded)
		for i, ev := range a.Events {
			if len(ev.Sources) > 1 && !story(i) {
				writeEvent(i, ev)
			}
		}
	}
	single := 0
	for _, ev := range a.Events {
		if len(ev.Sources) == 1 {
			single++
		}
	}
	if single > 0 {
		fmt.Fprintf(bw, "\n%d events reported by one source only:\n", single)
		for i, ev := range a.Events {
			if len(ev.Sources) == 1 {
				date := ev.Date
				if date == "" {
					date = "date unknown"
				}
				fmt.Fprintf(bw, "  %s  %s  %s  (%s, %d claims)\n", ev.ID, date, title(i), source(ev.Sources[0]), len(ev.Claims))
			}
		}
	}
	if bg := byEvent[""]; len(bg) > 0 {
		fmt.Fprintf(bw, "\nbackground (no dated event):\n")
		writeAlignments(bg)
	}
	return bw.Flush()
}
