// Package corpus reads articles — plain text, Markdown, JSON and JSON Lines
// exports (HTML and legacy encodings in later stages) — into Documents with
// their metadata, and gives each Document a stable ID.
//
// Offsets used anywhere in claimdiff are byte offsets into Document.Text:
// the file's decoded text for .txt/.md, the article text field for JSON and
// JSONL records.
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"sort"
	"strings"
	"unsafe"
)

// Span is a byte range [Start, End) of a Document's Text.
type Span struct {
	Start int `json:"start"` // byte offset of the first byte
	End   int `json:"end"`   // byte offset just past the last byte
}

// Where a metadata value came from (CONTRACT.md `*_from`).
const (
	FromMetadata = "metadata"
	FromByline   = "byline"
	FromDateline = "dateline"
	FromURL      = "url"
	FromFilename = "filename"
	FromInferred = "inferred"
)

// Document is one article: its text and what is known about it.
type Document struct {
	ID             string `json:"id"`
	Path           string `json:"path"`             // file the article was read from ("-" for stdin)
	Record         int    `json:"record,omitempty"` // 1-based record number in a JSON/JSONL file, 0 otherwise
	Source         string `json:"source"`
	SourceFrom     string `json:"source_from"`
	OriginalSource string `json:"original_source,omitempty"` // the site an aggregator copied from
	Title          string `json:"title"`
	URL            string `json:"url"`
	Published      string `json:"published"`
	PublishedFrom  string `json:"published_from"`
	Retrieved      string `json:"retrieved"`
	RetrievedFrom  string `json:"retrieved_from,omitempty"`
	Author         string `json:"author,omitempty"`
	Lang           string `json:"lang"`
	Boilerplate    []Span `json:"boilerplate"`
	// SourceName is the outlet's name as the UI and reports show it
	// (display.go): the source when the text or metadata names it, else
	// the aggregated original, the URL's host, or a shortened file name.
	SourceName string `json:"source_name"`
	// TitleSpan is where the title sits in Text, when it is part of the
	// text (the first line of a .txt file); zero otherwise.
	TitleSpan Span `json:"-"`
	// Text is the decoded article text that every offset refers to.
	Text string `json:"-"`
}

// IsBoilerplate reports whether the byte range [start, end) lies entirely
// inside removed boilerplate.
func (d *Document) IsBoilerplate(start, end int) bool {
	for _, b := range d.Boilerplate {
		if start >= b.Start && end <= b.End {
			return true
		}
	}
	return false
}

// AssignIDs gives every document its stable ID.
//
// A document's ID is "d-" and eight hex digits of SHA-256 over its source and
// its text, so the same article gets the same ID on every run, whatever else
// is read with it and wherever it sits, and two outlets printing the same
// wire copy get different IDs. Documents that still collide (the same text
// from the same source twice) are ordered by file name, path and record
// number, and all but the first get "-2", "-3", … appended.
func AssignIDs(docs []*Document) {
	// Each text is hashed on all cores, read in place (a copy of every
	// text to hash it was a sixth of what the read stage allocated).
	work(len(docs), func(i int) {
		d := docs[i]
		h := sha256.New()
		h.Write([]byte(d.Source))
		h.Write([]byte{0})
		h.Write(unsafe.Slice(unsafe.StringData(d.Text), len(d.Text))) // read only
		d.ID = "d-" + hex.EncodeToString(h.Sum(nil))[:8]
	})
	byID := make(map[string][]*Document)
	for _, d := range docs {
		byID[d.ID] = append(byID[d.ID], d)
	}
	for id, group := range byID {
		if len(group) < 2 {
			continue
		}
		sort.SliceStable(group, func(i, j int) bool {
			a, b := group[i], group[j]
			if ba, bb := filepath.Base(a.Path), filepath.Base(b.Path); ba != bb {
				return ba < bb
			}
			if a.Path != b.Path {
				return a.Path < b.Path
			}
			return a.Record < b.Record
		})
		for i, d := range group[1:] {
			d.ID = id + "-" + itoa(i+2)
		}
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// SourceFromPath names an outlet from a file name when nothing better is
// known: the base name without extension.
func SourceFromPath(path string) string {
	if path == "-" || path == "" {
		return "stdin"
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
