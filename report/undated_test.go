package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestDateUnknown: an event told only by articles with no date says
// "date unknown" in every writer that shows event dates, and the JSON
// report carries date_unknown.
func TestDateUnknown(t *testing.T) {
	a := fixture(nil, "")
	a.Events[0].Date, a.Events[0].DateUnknown = "", true
	for _, d := range a.Documents {
		d.Published = ""
	}
	r, err := Build(a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	writers := []struct {
		name  string
		write func(*bytes.Buffer) error
		want  string
	}{
		{"summary", func(b *bytes.Buffer) error { return WriteAnalysisText(b, a) }, "date: unknown"},
		{"markdown", func(b *bytes.Buffer) error { return WriteMarkdown(b, r) }, "(date unknown)"},
		{"html", func(b *bytes.Buffer) error { return WriteHTML(b, r) }, ">date unknown</span>"},
		{"json", func(b *bytes.Buffer) error { return WriteReportJSON(b, r) }, `"date_unknown": true`},
	}
	for _, w := range writers {
		var b bytes.Buffer
		if err := w.write(&b); err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		if !strings.Contains(b.String(), w.want) {
			t.Errorf("%s: no %q in the output", w.name, w.want)
		}
	}
}
