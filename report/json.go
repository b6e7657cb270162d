// Package report writes an analysis for people and programs: readable text,
// JSON and JSON Lines as in CONTRACT.md, and the batch report formats.
package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/analysis"
)

// jsonWriter streams one JSON value at a time so that large corpora never
// need one huge buffer.
type jsonWriter struct {
	w   *bufio.Writer
	err error
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *jsonWriter) value(v any) {
	if j.err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		j.err = err
		return
	}
	_, j.err = j.w.Write(b)
}

// WriteJSON writes the analysis as one JSON object (CONTRACT.md), one
// document, claim, event or alignment per line for readable diffs. The
// records are encoded without reflection (jsonenc.go), each into one
// reused buffer, exactly as json.Marshal would encode them.
func WriteJSON(w io.Writer, a *analysis.Analysis) error {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 1<<16)}
	e := &encoder{buf: make([]byte, 0, 1<<16)}
	j.raw("{\n \"version\": ")
	j.value(a.Version)
	j.raw(",\n")
	hasEvents := a.Events != nil || a.Alignments != nil
	encodeList(j, e, "documents", len(a.Documents), false, func(i int) { e.document(a.Documents[i]) })
	encodeList(j, e, "claims", len(a.Claims), false, func(i int) { e.claim(&a.Claims[i]) })
	encodeList(j, e, "entities", len(a.Entities), !hasEvents, func(i int) { e.entity(&a.Entities[i]) })
	if hasEvents {
		titles := analysis.EventTitles(a)
		var none analysis.EventTitle
		encodeList(j, e, "events", len(a.Events), false, func(i int) {
			t := &none
			if i < len(titles) {
				t = &titles[i]
			}
			e.event(&a.Events[i], t)
		})
		encodeList(j, e, "alignments", len(a.Alignments), true, func(i int) {
			al := &a.Alignments[i]
			ds, pds := al.Differences()
			e.alignment(&al.Alignment, ds, pds)
		})
	}
	j.raw("}\n")
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

// encodeList is list for n items that enc appends, one at a time, to e's
// buffer (reused from item to item) instead of json.Marshal.
func encodeList(j *jsonWriter, e *encoder, key string, n int, last bool, enc func(i int)) {
	j.raw(" \"" + key + "\": [")
	for i := 0; i < n && j.err == nil; i++ {
		e.buf = e.buf[:0]
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = append(e.buf, "\n  "...)
		enc(i)
		if e.err != nil {
			j.err = e.err
			break
		}
		_, j.err = j.w.Write(e.buf)
	}
	if n > 0 {
		j.raw("\n ")
	}
	if last {
		j.raw("]\n")
	} else {
		j.raw("],\n")
	}
}

// WriteJSONL writes one record per line, each with a "type" field:
// document, claim, entity, event, alignment. Records are encoded as in
// WriteJSON, with "type" first.
func WriteJSONL(w io.Writer, a *analysis.Analysis) error {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 1<<16)}
	e := &encoder{buf: make([]byte, 0, 1<<16)}
	record := func(typ string, enc func()) {
		if j.err != nil {
			return
		}
		e.buf = append(e.buf[:0], `{"type":"`...)
		e.buf = append(e.buf, typ...)
		e.buf = append(e.buf, '"', ',')
		start := len(e.buf)
		enc()
		if e.err != nil {
			j.err = e.err
			return
		}
		// The record's own '{' gives way to the "type" field's.
		e.buf = append(e.buf[:start], e.buf[start+1:]...)
		e.buf = append(e.buf, '\n')
		_, j.err = j.w.Write(e.buf)
	}
	for _, d := range a.Documents {
		record("document", func() { e.document(d) })
	}
	for i := range a.Claims {
		record("claim", func() { e.claim(&a.Claims[i]) })
	}
	for i := range a.Entities {
		record("entity", func() { e.entity(&a.Entities[i]) })
	}
	titles := analysis.EventTitles(a)
	var none analysis.EventTitle
	for i := range a.Events {
		t := &none
		if i < len(titles) {
			t = &titles[i]
		}
		record("event", func() { e.event(&a.Events[i], t) })
	}
	for i := range a.Alignments {
		al := &a.Alignments[i]
		record("alignment", func() {
			ds, pds := al.Differences()
			e.alignment(&al.Alignment, ds, pds)
		})
	}
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}
