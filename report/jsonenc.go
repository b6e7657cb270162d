package report

// A JSON encoder for the analysis types, without reflection.
//
// `analyze --format json` writes hundreds of megabytes on a large corpus
// (440 MB for SaudiNewsNet): encoding/json's reflection walk, its
// intermediate buffers and the Marshaler round trip (each alignment's
// bytes compacted and copied again) were a sizeable share of the output
// stage. The functions here append each type's fields in the order and
// the form encoding/json gives them: the same field names and omitempty
// rules, nil slices as null, strings escaped as json.Marshal escapes them
// (HTML characters, U+2028/U+2029, invalid UTF-8 as U+FFFD) and numbers
// in its ES6 float format, so that the output is byte for byte what
// json.Marshal writes (TestEncoderMatchesMarshal checks it).

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
)

// unsupportedFloat is the error json.Marshal gives for NaN and infinities.
type unsupportedFloat float64

func (f unsupportedFloat) Error() string {
	return "json: unsupported value: " + strconv.FormatFloat(float64(f), 'g', -1, 64)
}

// encoder appends JSON to buf; err is the first unsupported value met.
type encoder struct {
	buf []byte
	err error
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes json.Marshal writes as they are: not
// controls, not '"' or '\\', and not the HTML characters <, > and &.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

// appendString appends s as a JSON string, escaped as json.Marshal does.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		// Two-byte sequences (Arabic letters among them) are valid and
		// never escaped.
		if b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			start = i + size
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			start = i + size
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// key appends a comma and `"k":`, before every field but the first.
func (e *encoder) key(k string) {
	e.buf = append(e.buf, ',', '"')
	e.buf = append(e.buf, k...)
	e.buf = append(e.buf, '"', ':')
}

// open starts an object with its first key.
func (e *encoder) open(k string) {
	e.buf = append(e.buf, '{', '"')
	e.buf = append(e.buf, k...)
	e.buf = append(e.buf, '"', ':')
}

// openSpan opens an object with its byte span, the "start" and "end" every
// located item of the contract begins with.
func (e *encoder) openSpan(start, end int) {
	e.open("start")
	e.int(start)
	e.key("end")
	e.int(end)
}

func (e *encoder) str(s string) { e.buf = appendString(e.buf, s) }

func (e *encoder) int(n int) { e.buf = strconv.AppendInt(e.buf, int64(n), 10) }

func (e *encoder) bool(v bool) { e.buf = strconv.AppendBool(e.buf, v) }

// float appends f as json.Marshal writes a float64 (ES6 number format).
func (e *encoder) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if e.err == nil {
			e.err = unsupportedFloat(f)
		}
		e.buf = append(e.buf, '0')
		return
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(e.buf, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.buf = b
}

// strs appends a list of strings (null when nil).
func (e *encoder) strs(ss []string) {
	if ss == nil {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.buf = append(e.buf, '[')
	for i, s := range ss {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.str(s)
	}
	e.buf = append(e.buf, ']')
}

// array appends a list with one appender per element (null when nil).
func array[T any](e *encoder, items []T, each func(*encoder, *T)) {
	if items == nil {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.buf = append(e.buf, '[')
	for i := range items {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		each(e, &items[i])
	}
	e.buf = append(e.buf, ']')
}

// span appends {"start":s,"end":e}.
func (e *encoder) span(s, end int) {
	e.openSpan(s, end)
	e.buf = append(e.buf, '}')
}

func encodeSpan(e *encoder, s *corpus.Span) { e.span(s.Start, s.End) }

// document appends a corpus.Document.
func (e *encoder) document(d *corpus.Document) {
	if d == nil {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.open("id")
	e.str(d.ID)
	e.key("path")
	e.str(d.Path)
	if d.Record != 0 {
		e.key("record")
		e.int(d.Record)
	}
	e.key("source")
	e.str(d.Source)
	e.key("source_from")
	e.str(d.SourceFrom)
	if d.OriginalSource != "" {
		e.key("original_source")
		e.str(d.OriginalSource)
	}
	e.key("title")
	e.str(d.Title)
	e.key("url")
	e.str(d.URL)
	e.key("published")
	e.str(d.Published)
	e.key("published_from")
	e.str(d.PublishedFrom)
	e.key("retrieved")
	e.str(d.Retrieved)
	if d.RetrievedFrom != "" {
		e.key("retrieved_from")
		e.str(d.RetrievedFrom)
	}
	if d.Author != "" {
		e.key("author")
		e.str(d.Author)
	}
	e.key("lang")
	e.str(d.Lang)
	e.key("boilerplate")
	array(e, d.Boilerplate, encodeSpan)
	e.key("source_name")
	e.str(d.SourceName)
	e.buf = append(e.buf, '}')
}

// claim appends a claim.Claim with its facts.
func (e *encoder) claim(c *claim.Claim) {
	e.open("id")
	e.str(c.ID)
	e.key("doc")
	e.str(c.Doc)
	e.key("start")
	e.int(c.Start)
	e.key("end")
	e.int(c.End)
	e.key("text")
	e.str(c.Text)
	e.key("kind")
	e.str(c.Kind)
	e.key("para")
	e.int(c.Para)
	e.key("section")
	e.int(c.Section)
	e.key("event_date")
	e.str(c.EventDate)
	e.key("speaker")
	e.str(c.Speaker)
	e.key("speaker_text")
	e.str(c.SpeakerText)
	if c.SecondHand {
		e.key("second_hand")
		e.bool(true)
	}
	if c.Anonymous {
		e.key("anonymous")
		e.bool(true)
	}
	e.key("cited")
	e.strs(c.Cited)
	e.key("dates")
	array(e, c.Dates, encodeDate)
	e.key("numbers")
	array(e, c.Numbers, encodeNumber)
	e.key("entities")
	array(e, c.Entities, encodeEntityRef)
	e.key("quotes")
	array(e, c.Quotes, encodeQuote)
	if c.Hedged {
		e.key("hedged")
		e.bool(true)
	}
	if c.Negated {
		e.key("negated")
		e.bool(true)
	}
	e.buf = append(e.buf, '}')
}

func encodeDate(e *encoder, d *claim.Date) {
	e.openSpan(d.Start, d.End)
	e.key("text")
	e.str(d.Text)
	e.key("value")
	e.str(d.Value)
	e.key("role")
	e.str(d.Role)
	e.key("kind")
	e.str(d.Kind)
	if d.Amount != 0 {
		e.key("amount")
		e.float(d.Amount)
	}
	if d.Unit != "" {
		e.key("unit")
		e.str(d.Unit)
	}
	e.buf = append(e.buf, '}')
}

func encodeNumber(e *encoder, n *claim.Number) {
	e.openSpan(n.Start, n.End)
	e.key("text")
	e.str(n.Text)
	e.key("value")
	e.float(n.Value)
	if n.Approx != "" {
		e.key("approx")
		e.str(n.Approx)
	}
	if n.Unit != "" {
		e.key("unit")
		e.str(n.Unit)
	}
	e.buf = append(e.buf, '}')
}

func encodeEntityRef(e *encoder, r *claim.EntityRef) {
	e.openSpan(r.Start, r.End)
	e.key("text")
	e.str(r.Text)
	e.key("id")
	e.str(r.ID)
	e.key("kind")
	e.str(r.Kind)
	if r.Role != "" {
		e.key("role")
		e.str(r.Role)
	}
	if r.Name != "" {
		e.key("name")
		e.str(r.Name)
	}
	e.buf = append(e.buf, '}')
}

func encodeQuote(e *encoder, q *claim.Quote) {
	e.openSpan(q.Start, q.End)
	e.key("speaker")
	e.str(q.Speaker)
	e.buf = append(e.buf, '}')
}

// entity appends an entity.Entity.
func (e *encoder) entity(x *entity.Entity) {
	e.open("id")
	e.str(x.ID)
	e.key("name")
	e.str(x.Name)
	e.key("kind")
	e.str(x.Kind)
	e.key("roles")
	e.strs(x.Roles)
	e.buf = append(e.buf, '}')
}

// event appends an event with its title (titledEvent's fields).
func (e *encoder) event(ev *align.Event, t *analysis.EventTitle) {
	e.open("id")
	e.str(ev.ID)
	e.key("label")
	e.str(ev.Label)
	e.key("date")
	e.str(ev.Date)
	if ev.DateUnknown {
		e.key("date_unknown")
		e.bool(true)
	}
	e.key("claims")
	e.strs(ev.Claims)
	e.key("sources")
	e.strs(ev.Sources)
	e.key("unique")
	e.strs(ev.Unique)
	e.key("title")
	e.str(t.Title)
	if t.Claim != "" {
		e.key("title_claim")
		e.str(t.Claim)
	}
	e.key("title_doc")
	e.str(t.Doc)
	if t.Place != "" {
		e.key("place")
		e.str(t.Place)
	}
	e.key("outlets")
	e.int(t.Outlets)
	if t.Recalled {
		e.key("recalled")
		e.bool(true)
	}
	e.buf = append(e.buf, '}')
}

// alignment appends an alignment with the differences given.
func (e *encoder) alignment(al *align.Alignment, ds []diff.Discrepancy, pds []diff.PairDiff) {
	e.open("id")
	e.str(al.ID)
	e.key("event")
	e.str(al.Event)
	e.key("claims")
	e.strs(al.Claims)
	e.key("similarity")
	e.float(al.Similarity)
	e.key("shared_origin")
	e.bool(al.SharedOrigin)
	if al.SharedReason != "" {
		e.key("shared_origin_reason")
		e.str(al.SharedReason)
	}
	e.key("discrepancies")
	array(e, ds, encodeDiscrepancy)
	e.key("diffs")
	array(e, pds, encodePairDiff)
	e.buf = append(e.buf, '}')
}

func encodeDiscrepancy(e *encoder, d *diff.Discrepancy) {
	e.open("type")
	e.str(d.Type)
	e.key("severity")
	e.int(d.Severity)
	e.key("claims")
	e.strs(d.Claims)
	e.key("detail")
	e.str(d.Detail)
	if d.Subtype != "" {
		e.key("subtype")
		e.str(d.Subtype)
	}
	e.key("evidence")
	array(e, d.Evidence, encodeEvidence)
	e.buf = append(e.buf, '}')
}

func encodeEvidence(e *encoder, ev *diff.Evidence) {
	e.open("claim")
	e.str(ev.Claim)
	e.key("start")
	e.int(ev.Start)
	e.key("end")
	e.int(ev.End)
	e.buf = append(e.buf, '}')
}

func encodePairDiff(e *encoder, p *diff.PairDiff) {
	e.open("a")
	e.str(p.A)
	e.key("b")
	e.str(p.B)
	e.key("ops")
	array(e, p.Ops, encodeOp)
	e.buf = append(e.buf, '}')
}

func encodeOp(e *encoder, o *diff.Op) {
	e.open("op")
	e.str(o.Kind.String())
	e.key("a")
	e.span(o.A.Start, o.A.End)
	e.key("b")
	e.span(o.B.Start, o.B.End)
	e.key("a_tokens")
	e.tokenRange(o.AT)
	e.key("b_tokens")
	e.tokenRange(o.BT)
	if o.Moved {
		e.key("moved")
		e.bool(true)
	}
	if o.Soft {
		e.key("soft")
		e.bool(true)
	}
	e.buf = append(e.buf, '}')
}

func (e *encoder) tokenRange(r diff.Range) {
	e.open("from")
	e.int(r.From)
	e.key("to")
	e.int(r.To)
	e.buf = append(e.buf, '}')
}
