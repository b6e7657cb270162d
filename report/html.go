package report

import (
	"bufio"
	"embed"
	"fmt"
	"html/template"
	"io"
)

// The HTML report is one self-contained file: its CSS is inline, it loads
// no fonts, images or scripts (a Content-Security-Policy meta tag forbids
// any), and it names a font stack for Arabic that uses what the reader's
// system has (Noto Naskh/Sans Arabic, Amiri, Segoe UI, Tahoma, Geeza Pro).
// Claims of an alignment sit side by side in a CSS grid that stacks them
// on narrow screens. Every text from the articles goes through
// html/template, which escapes it for the context it lands in, so an
// article cannot inject markup or script.

//go:embed templates/report.html.tmpl
var templateFS embed.FS

// htmlData is what the template sees at its root.
type htmlData struct {
	R *Report
	L *Labels
}

var htmlTemplate = template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
	"eventName": func(d htmlData, e Event) any {
		return struct {
			E    Event
			L    *Labels
			Lang string
		}{e, d.L, d.R.Lang}
	},
	"firstOfGroup": func(d htmlData, i int) string {
		// The heading of a group of events when event i starts one ("" otherwise).
		if i < 0 || i >= len(d.R.Events) || d.R.Events[i].Background {
			return ""
		}
		g := eventGroup(d.R.Events[i])
		if i > 0 && eventGroup(d.R.Events[i-1]) == g {
			return ""
		}
		if g == 0 {
			return d.L.Several
		}
		return d.L.OneSource
	},
	"grid": func(d htmlData, e Event) []gridView {
		if len(e.Alignments) == 0 || len(e.Sources) < 2 {
			return nil
		}
		var out []gridView
		for _, row := range gridOf(e) {
			v := gridView{GridRow: row, Letter: "+", Name: row.Doc}
			if s, ok := d.R.Source(row.Doc); ok {
				v.Letter, v.Name = s.Letter, s.DisplayName
			}
			out = append(out, v)
		}
		return out
	},
	"inc": func(i int) int { return i + 1 },
	"discrepancyCount": func(e Event) int {
		n := 0
		for _, al := range e.Alignments {
			n += len(al.Discrepancy)
		}
		return n
	},
	"sourceName": func(d htmlData, id string) string {
		if s, ok := d.R.Source(id); ok {
			return s.Letter + " " + s.DisplayName
		}
		return id
	},
	"claimData": func(d htmlData, c Claim) any {
		s, _ := d.R.Source(c.Doc)
		return struct {
			D         htmlData
			C         Claim
			Published string
		}{d, c, s.Published}
	},
	"verdictData": func(d htmlData, v *Verdict) any {
		return struct {
			V *Verdict
			L *Labels
		}{v, d.L}
	},
	"notesData": func(d htmlData, n []Note) any {
		return struct {
			N []Note
			L *Labels
		}{n, d.L}
	},
}).ParseFS(templateFS, "templates/report.html.tmpl"))

// gridView is a row of an event's coverage grid as the template shows it.
type gridView struct {
	GridRow
	Letter, Name string
}

// WriteHTML writes the report as one self-contained HTML page.
func WriteHTML(w io.Writer, r *Report) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := htmlTemplate.Execute(bw, htmlData{R: r, L: LabelsFor(r.Lang)}); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return bw.Flush()
}
