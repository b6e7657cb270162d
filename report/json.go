// Package report writes an analysis for people and programs: readable text,
// JSON and JSON Lines as in CONTRACT.md, and the batch report formats.
package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim/entity"
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

// titledEvent is an event with its headline-like title, place and where
// the title comes from (analysis.EventTitles): "title", "place",
// "title_claim", "title_doc" beside the event's own fields.
type titledEvent struct {
	*eventAlias
	analysis.EventTitle
}

// titledEvents pairs every event of a with its title.
func titledEvents(a *analysis.Analysis) []titledEvent {
	titles := analysis.EventTitles(a)
	out := make([]titledEvent, len(a.Events))
	for i := range a.Events {
		out[i].eventAlias = (*eventAlias)(&a.Events[i])
		if i < len(titles) {
			out[i].EventTitle = titles[i]
		}
	}
	return out
}

// WriteJSONL writes one record per line, each with a "type" field:
// document, claim, entity, event, alignment.
func WriteJSONL(w io.Writer, a *analysis.Analysis) error {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 1<<16)}
	for _, d := range a.Documents {
		j.value(struct {
			Type string `json:"type"`
			*documentAlias
		}{"document", (*documentAlias)(d)})
		j.raw("\n")
	}
	for i := range a.Claims {
		j.value(struct {
			Type string `json:"type"`
			*claimAlias
		}{"claim", (*claimAlias)(&a.Claims[i])})
		j.raw("\n")
	}
	for i := range a.Entities {
		j.value(struct {
			Type string `json:"type"`
			*entity.Entity
		}{"entity", &a.Entities[i]})
		j.raw("\n")
	}
	for _, ev := range titledEvents(a) {
		j.value(struct {
			Type string `json:"type"`
			titledEvent
		}{"event", ev})
		j.raw("\n")
	}
	for i := range a.Alignments {
		j.value(struct {
			Type string `json:"type"`
			*alignmentAlias
		}{"alignment", (*alignmentAlias)(&a.Alignments[i])})
		j.raw("\n")
	}
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}
