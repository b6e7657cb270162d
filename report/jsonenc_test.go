package report

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
)

// writeJSONReflect is WriteJSON as it was before the encoder of
// jsonenc.go: every record through json.Marshal. It is the reference the
// encoder must match byte for byte.
func writeJSONReflect(w io.Writer, a *analysis.Analysis) error {
	j := &jsonWriter{w: bufio.NewWriterSize(w, 1<<16)}
	j.raw("{\n \"version\": ")
	j.value(a.Version)
	j.raw(",\n")
	reflectList(j, "documents", a.Documents, false)
	hasEvents := a.Events != nil || a.Alignments != nil
	reflectList(j, "claims", a.Claims, false)
	reflectList(j, "entities", a.Entities, !hasEvents)
	if hasEvents {
		reflectList(j, "events", titledEvents(a), false)
		reflectList(j, "alignments", a.Alignments, true)
	}
	j.raw("}\n")
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

func reflectList[T any](j *jsonWriter, key string, items []T, last bool) {
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

// The aliases let JSONL records embed a type's fields beside "type".
type (
	documentAlias corpus.Document
	claimAlias    claim.Claim
)

type (
	eventAlias     align.Event
	alignmentAlias analysis.Alignment
)

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

// writeJSONLReflect is WriteJSONL as it was before the encoder: every
// record through json.Marshal.
func writeJSONLReflect(w io.Writer, a *analysis.Analysis) error {
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

// TestWriteJSONMatchesMarshal writes the bundled corpus's analysis with
// both writers, with differences computed before and during encoding.
func TestWriteJSONMatchesMarshal(t *testing.T) {
	docs, problems := corpus.Load(context.Background(), []string{corpusDir}, corpus.Options{})
	if len(problems) > 0 {
		t.Fatal(problems[0])
	}
	for _, lazy := range []bool{false, true} {
		var want, got bytes.Buffer
		for _, out := range []*bytes.Buffer{&want, &got} {
			// A fresh analysis each time: lazy differences are handed
			// over once.
			a, err := analysis.Analyze(context.Background(), analysis.Options{DiffsWhileEncoding: lazy}, docs)
			if err != nil {
				t.Fatal(err)
			}
			if out == &want {
				err = writeJSONReflect(out, a)
			} else {
				err = WriteJSON(out, a)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("lazy=%v: WriteJSON differs from json.Marshal's output (%d bytes against %d)", lazy, got.Len(), want.Len())
		}
	}
}

// TestWriteJSONLMatchesMarshal writes the bundled corpus's analysis as
// JSON Lines with both writers.
func TestWriteJSONLMatchesMarshal(t *testing.T) {
	docs, problems := corpus.Load(context.Background(), []string{corpusDir}, corpus.Options{})
	if len(problems) > 0 {
		t.Fatal(problems[0])
	}
	a, err := analysis.Analyze(context.Background(), analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	var want, got bytes.Buffer
	if err := writeJSONLReflect(&want, a); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONL(&got, a); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("WriteJSONL differs from json.Marshal's output (%d bytes against %d)", got.Len(), want.Len())
	}
}

// tricky are strings that json.Marshal escapes in its own ways: HTML
// characters, controls, quotes, invalid UTF-8, line and paragraph
// separators, next to Arabic text.
var tricky = []string{
	"", "قال الوزير \"إن\" <b>الأمر</b> & ما بعده", "tab\there\r\nnew\u0001\u001f\u007f",
	"a\u2028b\u2029c", "bad \xff\xfe utf8 \xd8", "\xe2\x80", "emoji 😀 and ﻹ", `back\slash/`,
	"\u0600\u061c\u200f", "\xc0\x80 overlong", "\xed\xa0\x80 surrogate",
}

// TestEncoderMatchesMarshal encodes values with tricky strings and floats
// with both encoders.
func TestEncoderMatchesMarshal(t *testing.T) {
	floats := []float64{0, math.Copysign(0, -1), 1, -2.5, 0.1, 1e-7, 1.5e-7, 123456789, 1e20, 1e21, 1.234e25, 5e-324, math.MaxFloat64, 0.000001, 3.0000000000000004}
	check := func(name string, v any, enc func(e *encoder)) {
		t.Helper()
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		e := &encoder{}
		enc(e)
		if e.err != nil {
			t.Fatal(e.err)
		}
		if !bytes.Equal(e.buf, want) {
			t.Errorf("%s:\n got %s\nwant %s", name, e.buf, want)
		}
	}
	for i, s := range tricky {
		f := floats[i%len(floats)]
		d := &corpus.Document{ID: s, Path: s, Record: i, Source: s, OriginalSource: s, Title: s, URL: s, RetrievedFrom: s,
			Author: s, Boilerplate: []corpus.Span{{Start: i, End: i + 1}}}
		check("document", d, func(e *encoder) { e.document(d) })
		c := &claim.Claim{ID: s, Text: s, SecondHand: i%2 == 0, Anonymous: i%3 == 0, Hedged: i%2 == 1, Negated: true,
			Cited: []string{s, s}, Dates: []claim.Date{{Text: s, Amount: f, Unit: s}, {}},
			Numbers: []claim.Number{{Text: s, Value: f, Approx: s}}, Entities: []claim.EntityRef{{Text: s, Role: s, Name: s}},
			Quotes: []claim.Quote{{Speaker: s}}}
		check("claim", c, func(e *encoder) { e.claim(c) })
		x := &entity.Entity{ID: s, Roles: []string{s}}
		check("entity", x, func(e *encoder) { e.entity(x) })
		ev := titledEvent{&eventAlias{ID: s, DateUnknown: i%2 == 0, Claims: []string{s}}, analysis.EventTitle{Title: s, Claim: s, Place: s}}
		check("event", ev, func(e *encoder) { e.event((*align.Event)(ev.eventAlias), &ev.EventTitle) })
		al := &analysis.Alignment{Alignment: align.Alignment{ID: s, Claims: []string{s}, Similarity: f, SharedReason: s},
			Discrepancies: []diff.Discrepancy{{Type: s, Claims: []string{s}, Subtype: s, Evidence: []diff.Evidence{{Claim: s}}}},
			Diffs:         []diff.PairDiff{{A: s, Ops: []diff.Op{{Kind: diff.OpKind(i % 5), Moved: true, Soft: i%2 == 0}}}}}
		check("alignment", al, func(e *encoder) { e.alignment(&al.Alignment, al.Discrepancies, al.Diffs) })
	}
	for _, f := range floats {
		check("float", f, func(e *encoder) { e.float(f) })
	}
	// Nil slices are null, as json.Marshal writes them.
	c := &claim.Claim{}
	check("empty claim", c, func(e *encoder) { e.claim(c) })
	ev := titledEvent{&eventAlias{}, analysis.EventTitle{}}
	check("empty event", ev, func(e *encoder) { e.event((*align.Event)(ev.eventAlias), &ev.EventTitle) })
	check("nil document", (*corpus.Document)(nil), func(e *encoder) { e.document(nil) })
}

// TestEncoderRejectsNaN checks that a NaN is an error, as in json.Marshal.
func TestEncoderRejectsNaN(t *testing.T) {
	e := &encoder{}
	e.float(math.NaN())
	if e.err == nil {
		t.Fatal("NaN encoded without an error")
	}
	_, err := json.Marshal(math.NaN())
	if e.err.Error() != err.Error() {
		t.Errorf("error %q, want %q", e.err, err)
	}
}

// BenchmarkEncodeRecords encodes the documents, claims and alignments
// of the bundled corpus's analysis with the encoder and, for comparison,
// with json.Marshal (bytes/s of JSON; event titles, which WriteJSON also
// computes, are left out).
func BenchmarkEncodeRecords(b *testing.B) {
	docs, problems := corpus.Load(context.Background(), []string{corpusDir}, corpus.Options{})
	if len(problems) > 0 {
		b.Fatal(problems[0])
	}
	a, err := analysis.Analyze(context.Background(), analysis.Options{}, docs)
	if err != nil {
		b.Fatal(err)
	}
	encode := func(e *encoder) {
		for _, d := range a.Documents {
			e.document(d)
		}
		for i := range a.Claims {
			e.claim(&a.Claims[i])
		}
		for i := range a.Alignments {
			al := &a.Alignments[i]
			e.alignment(&al.Alignment, al.Discrepancies, al.Diffs)
		}
	}
	marshal := func(e *encoder) {
		for _, d := range a.Documents {
			p, _ := json.Marshal(d)
			e.buf = append(e.buf, p...)
		}
		for i := range a.Claims {
			p, _ := json.Marshal(&a.Claims[i])
			e.buf = append(e.buf, p...)
		}
		for i := range a.Alignments {
			p, _ := json.Marshal(&a.Alignments[i])
			e.buf = append(e.buf, p...)
		}
	}
	for _, w := range []struct {
		name string
		run  func(*encoder)
	}{{"encoder", encode}, {"marshal", marshal}} {
		b.Run(w.name, func(b *testing.B) {
			e := &encoder{}
			w.run(e)
			b.SetBytes(int64(len(e.buf)))
			b.ReportAllocs()
			for b.Loop() {
				e.buf = e.buf[:0]
				w.run(e)
			}
		})
	}
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
