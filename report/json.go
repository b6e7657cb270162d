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

// list writes `"key": [ ... ]` with one element per line.
func list[T any](j *jsonWriter, key string, items []T, last bool) {
	j.raw(" \"" + key + "\": [")
	for i := range items {
		if i > 0 {
			j.raw(",")
		}
		j.raw("\n  ")
		j.value(&items[i])
	}
	if len(items) > 0 {
		j.raw("\n ")
	}
	if last {
		j.raw("]\n")
	} else {
		j.raw("],\n")
	}
}

// WriteJSON writes the analysis as one JSON object (CONTRACT.md), one
// document, claim, event or alignment per line for readable diffs.
func WriteJSON(w io.Writer, a *analysis.Analysis) error {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 1<<16)}
	j.raw("{\n \"version\": ")
	j.value(a.Version)
	j.raw(",\n")
	list(j, "documents", a.Documents, false)
	hasEvents := a.Events != nil || a.Alignments != nil
	list(j, "claims", a.Claims, false)
	list(j, "entities", a.Entities, !hasEvents)
	if hasEvents {
		list(j, "events", titledEvents(a), false)
		list(j, "alignments", a.Alignments, true)
	}
	j.raw("}\n")
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
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
