package corpus

import (
	"mime"
	"strings"
)

// ParseFetched parses a body fetched from the web as Load parses a file:
// by its Content-Type (HTML, JSON, JSON Lines, plain text), else by its
// first bytes. name (the URL) is each Document's Path and names it in
// problems. The documents are not finished: pass them to Load as
// Options.Extra, or to Prepare, so that boilerplate, IDs and source names
// are worked out with the documents they were read with.
func ParseFetched(name, contentType string, data []byte) ([]*Document, []*InputError) {
	mt, _, _ := mime.ParseMediaType(contentType)
	var parse readerFunc
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		parse = readers[".html"]
	case mt == "application/json":
		parse = readJSON
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/x-jsonlines":
		parse = readJSONL
	case mt == "text/plain" || mt == "text/markdown":
		parse = readText
	default:
		parse = sniff(data)
	}
	if parse == nil {
		parse = sniff(data)
	}
	docs, probs := parse(name, data)
	for _, d := range docs {
		if d.URL == "" && (strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://")) {
			d.URL = name
		}
	}
	return docs, probs
}

// Prepare does for documents read outside Load (fetched pages) what Load
// does for files: default sources, boilerplate and provenance across the
// set, stable IDs and display names.
func Prepare(docs []*Document) {
	for _, d := range docs {
		finish(d)
	}
	Clean(docs)
	AssignIDs(docs)
	NameSources(docs)
}
