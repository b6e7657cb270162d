package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Options control Load.
type Options struct {
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Workers is how many files are parsed at once (default GOMAXPROCS).
	Workers int
	// Extra are documents read elsewhere (fetched pages, ParseFetched),
	// finished with the files: boilerplate, IDs and names are worked out
	// over all of them together.
	Extra []*Document
}

// readerFunc parses one file's bytes into documents. Problems with single
// records are returned beside the documents that could be read.
type readerFunc func(path string, data []byte) ([]*Document, []*InputError)

// readers maps a lower-case file extension to its parser. Stages that add
// formats (HTML) register themselves here from their own files.
var readers = map[string]readerFunc{
	".txt":      readText,
	".text":     readText,
	".md":       readText,
	".markdown": readText,
	".json":     readJSON,
	".jsonl":    readJSONL,
	".ndjson":   readJSONL,
}

// Extensions lists the file types Load reads, sorted.
func Extensions() []string {
	var out []string
	for ext := range readers {
		out = append(out, ext)
	}
	sort.Strings(out)
	return out
}

// Load reads every article named by paths: files, directories (walked
// recursively, hidden entries and sidecar .meta.json files passed over) and
// "-" for standard input. It returns the documents in input order with
// their stable IDs, and one InputError for each input, line or record that
// could not be read; the rest of the work goes on regardless.
func Load(ctx context.Context, paths []string, opts Options) ([]*Document, []*InputError) {
	var files []string
	var problems []*InputError
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			problems = append(problems, &InputError{Input: p, Err: describeOpen(err)})
			continue
		}
		if !st.IsDir() {
			if _, ok := readers[strings.ToLower(filepath.Ext(p))]; !ok {
				problems = append(problems, &InputError{Input: p, Err: unknownExt(p)})
				continue
			}
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, &InputError{Input: path, Err: describeOpen(err)})
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || strings.HasSuffix(name, ".meta.json") {
				return nil
			}
			if _, ok := readers[strings.ToLower(filepath.Ext(name))]; !ok {
				problems = append(problems, &InputError{Input: path, Err: unknownExt(path), Skipped: true})
				return nil
			}
			files = append(files, path)
			return nil
		})
		if err != nil {
			problems = append(problems, &InputError{Input: p, Err: err})
		}
	}

	type result struct {
		docs     []*Document
		problems []*InputError
	}
	results := make([]result, len(files))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs, probs := readOne(files[i], opts.Stdin)
				results[i] = result{docs, probs}
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()

	var docs []*Document
	for _, r := range results {
		docs = append(docs, r.docs...)
		problems = append(problems, r.problems...)
	}
	docs = append(docs, opts.Extra...)
	for _, d := range docs {
		finish(d)
	}
	Clean(docs) // boilerplate and provenance, across all documents (boilerplate.go)
	AssignIDs(docs)
	NameSources(docs)
	return docs, problems
}

func unknownExt(path string) error {
	return fmt.Errorf("%w %q (claimdiff reads %s)", ErrUnknownFormat, filepath.Ext(path), strings.Join(Extensions(), " "))
}

func describeOpen(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}

// readOne reads and parses one file (or stdin).
func readOne(path string, stdin io.Reader) ([]*Document, []*InputError) {
	var data []byte
	var err error
	if path == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, []*InputError{{Input: path, Err: describeOpen(err)}}
	}
	parse := readers[strings.ToLower(filepath.Ext(path))]
	if path == "-" {
		parse = sniff(data)
	}
	docs, probs := parse(path, data)
	if path != "-" && len(docs) == 1 {
		applySidecar(docs[0], path, &probs)
	}
	return docs, probs
}

// sniff picks a parser for standard input from its first bytes.
func sniff(data []byte) readerFunc {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(t, []byte("[")):
		return readJSON
	case bytes.HasPrefix(t, []byte("{")):
		if json.Valid(t) {
			return readJSON
		}
		return readJSONL
	case bytes.HasPrefix(t, []byte("<")):
		if r, ok := readers[".html"]; ok {
			return r
		}
	}
	return readText
}

// decodeText turns file bytes into UTF-8 text. Stages that know more
// encodings replace it (see encoding.go).
var decodeText = func(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if bytes.IndexByte(data, 0) >= 0 {
		return "", ErrBinary
	}
	if !utf8.Valid(data) {
		return "", errors.New("not valid UTF-8 and no known encoding fits")
	}
	return string(data), nil
}

// readText reads a .txt or .md article: optional YAML front matter, then the
// first non-empty line as the title.
func readText(path string, data []byte) ([]*Document, []*InputError) {
	text, err := decodeText(data)
	if err != nil {
		return nil, []*InputError{{Input: path, Err: err}}
	}
	if strings.TrimSpace(text) == "" {
		return nil, []*InputError{{Input: path, Err: ErrEmpty}}
	}
	d := &Document{Path: path, Text: text}
	var probs []*InputError
	body := 0
	if fm, end, ok := frontMatter(text); ok {
		var meta map[string]any
		if err := yaml.Unmarshal([]byte(fm), &meta); err != nil {
			probs = append(probs, &InputError{Input: path, Line: 1, Err: fmt.Errorf("front matter: %v (ignored)", err)})
		} else {
			applyMeta(d, meta)
		}
		d.Boilerplate = append(d.Boilerplate, Span{0, end})
		body = end
	}
	// The title is the first non-empty line of the body.
	for i := body; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		line := text[i : i+j]
		if t := strings.TrimSpace(line); t != "" {
			s := i + strings.Index(line, t)
			e := s + len(t)
			if strings.HasPrefix(t, "#") {
				h := strings.TrimLeft(t, "# ")
				s = e - len(h)
				t = h
			}
			d.TitleSpan = Span{s, e}
			if d.Title == "" {
				d.Title = t
			}
			break
		}
		i += j + 1
	}
	if strings.TrimSpace(text[body:]) == "" {
		return nil, append(probs, &InputError{Input: path, Err: ErrEmpty})
	}
	return []*Document{d}, probs
}

// frontMatter finds a leading "---" YAML block and returns its body and the
// byte offset just past its closing line.
func frontMatter(text string) (string, int, bool) {
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return "", 0, false
	}
	start := strings.IndexByte(text, '\n') + 1
	for i := start; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j + 1
		}
		if l := strings.TrimRight(text[i:end], "\r\n"); l == "---" || l == "..." {
			return text[start:i], end, true
		}
		i = end
	}
	return "", 0, false
}

// applySidecar merges NAME.meta.json beside a text article into it.
func applySidecar(d *Document, path string, probs *[]*InputError) {
	ext := filepath.Ext(path)
	for _, side := range []string{strings.TrimSuffix(path, ext) + ".meta.json", path + ".meta.json"} {
		data, err := os.ReadFile(side)
		if err != nil {
			continue
		}
		var meta map[string]any
		if err := json.Unmarshal(data, &meta); err != nil {
			*probs = append(*probs, &InputError{Input: side, Err: fmt.Errorf("sidecar metadata: %v (ignored)", err)})
			return
		}
		applyMeta(d, meta)
		return
	}
}

// Field names accepted in JSON records, front matter and sidecars, first
// match wins.
var (
	titleKeys     = []string{"title", "headline", "name"}
	textKeys      = []string{"content", "text", "body", "article", "article_text", "maintext", "description"}
	sourceKeys    = []string{"source", "site", "site_name", "outlet", "publisher", "source_name", "domain"}
	urlKeys       = []string{"url", "link", "href", "canonical_url"}
	publishedKeys = []string{"published", "date", "published_at", "publish_date", "pubdate", "date_published", "datepublished", "time", "published_date"}
	retrievedKeys = []string{"date_extracted", "retrieved", "retrieved_at", "date_retrieved", "fetched", "fetched_at", "crawled", "date_crawled", "scraped_at"}
	langKeys      = []string{"lang", "language"}
	authorKeys    = []string{"author", "byline", "authors"}
)

func pick(meta map[string]any, keys []string) string {
	for _, k := range keys {
		if v, ok := lookup(meta, k); ok {
			if s := stringify(v); s != "" {
				return s
			}
		}
	}
	return ""
}

func lookup(meta map[string]any, key string) (any, bool) {
	if v, ok := meta[key]; ok {
		return v, true
	}
	for k, v := range meta {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return nil, false
}

func stringify(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case nil:
		return ""
	case []any:
		var parts []string
		for _, e := range x {
			if s := stringify(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return pick(x, []string{"name", "title", "value"})
	}
	return strings.TrimSpace(fmt.Sprint(v))
}

// applyMeta copies known metadata fields onto d (metadata wins over
// anything guessed from the text).
func applyMeta(d *Document, meta map[string]any) {
	if s := pick(meta, titleKeys); s != "" {
		d.Title = s
	}
	if s := pick(meta, sourceKeys); s != "" {
		d.Source, d.SourceFrom = s, FromMetadata
	}
	if s := pick(meta, urlKeys); s != "" {
		d.URL = s
	}
	if s := NormalizeDate(pick(meta, publishedKeys)); s != "" {
		d.Published, d.PublishedFrom = s, FromMetadata
	}
	if s := NormalizeDate(pick(meta, retrievedKeys)); s != "" {
		d.Retrieved, d.RetrievedFrom = s, FromMetadata
	}
	if s := pick(meta, langKeys); s != "" {
		d.Lang = strings.ToLower(s)
	}
	if s := pick(meta, authorKeys); s != "" {
		d.Author = s
	}
}

// readJSON reads a JSON array of article objects, or one object.
func readJSON(path string, data []byte) ([]*Document, []*InputError) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	t := bytes.TrimSpace(data)
	if len(t) == 0 {
		return nil, []*InputError{{Input: path, Err: ErrEmpty}}
	}
	if t[0] == '{' {
		d, err := recordDoc(path, 1, t)
		if err != nil {
			return nil, []*InputError{{Input: path, Err: err}}
		}
		return []*Document{d}, nil
	}
	// The array is cut into its records, which are decoded on all cores
	// (one pass of encoding/json over a large export was a serial second
	// of SaudiNewsNet's read). An array the cut or a record's decoding
	// finds broken is decoded whole, for encoding/json's error and line.
	if raws, ok := splitArray(t); ok {
		if docs, probs, ok := readRecords(path, raws); ok {
			return docs, probs
		}
	}
	return readArrayWhole(path, t)
}

// readArrayWhole reads a JSON array of article objects in one pass of
// encoding/json.
func readArrayWhole(path string, t []byte) ([]*Document, []*InputError) {
	var recs []any
	if err := json.Unmarshal(t, &recs); err != nil {
		return nil, []*InputError{{Input: path, Line: lineOf(t, err), Err: fmt.Errorf("broken JSON: %v", err)}}
	}
	out := make([]record, len(recs))
	for i, rec := range recs {
		out[i] = recordOf(path, i+1, rec)
	}
	return gatherRecords(path, out)
}

// record is one decoded element of a JSON array: its document, or why it
// gives none.
type record struct {
	doc *Document
	err error
}

// recordOf turns the n-th element of a JSON array into a record.
func recordOf(path string, n int, rec any) record {
	meta, ok := rec.(map[string]any)
	if !ok {
		return record{err: fmt.Errorf("record %d: not a JSON object", n)}
	}
	d, err := metaDoc(path, n, meta)
	if err != nil {
		return record{err: fmt.Errorf("record %d: %w", n, err)}
	}
	return record{doc: d}
}

// gatherRecords returns the documents of recs in order, and a problem for
// each record without one.
func gatherRecords(path string, recs []record) ([]*Document, []*InputError) {
	var docs []*Document
	var probs []*InputError
	for _, r := range recs {
		if r.err != nil {
			probs = append(probs, &InputError{Input: path, Err: r.err})
			continue
		}
		docs = append(docs, r.doc)
	}
	if len(docs) == 0 && len(probs) == 0 {
		probs = append(probs, &InputError{Input: path, Err: ErrEmpty})
	}
	return docs, probs
}

// readRecords decodes the raw elements of a JSON array (splitArray) on all
// cores into documents, as readJSON's decoding of the whole array would;
// ok is false when an element is not valid JSON.
func readRecords(path string, raws [][]byte) (docs []*Document, probs []*InputError, ok bool) {
	recs := make([]record, len(raws))
	var broken atomic.Bool
	work(len(raws), func(i int) {
		if broken.Load() {
			return
		}
		rec, err := decodeRecord(raws[i])
		if err != nil {
			broken.Store(true)
			return
		}
		recs[i] = recordOf(path, i+1, rec)
	})
	if broken.Load() {
		return nil, nil, false
	}
	docs, probs = gatherRecords(path, recs)
	return docs, probs, true
}

// splitArray cuts a JSON array (data, its first byte '[') into the bytes of
// its elements, reading only strings' quotes and escapes and the brackets
// and commas between them; the elements themselves are not checked. ok is
// false when data is not an array of that shape: a bracket left open or
// closed twice, an empty element, anything but space after the array.
func splitArray(data []byte) (elems [][]byte, ok bool) {
	if len(data) < 2 || data[0] != '[' {
		return nil, false
	}
	depth, start := 0, 1
	for i := 1; i < len(data); i++ {
		switch c := data[i]; c {
		case '"':
			end, ok := stringEnd(data, i+1)
			if !ok {
				return nil, false
			}
			i = end
		case '[', '{':
			depth++
		case ']', '}':
			if depth > 0 {
				depth--
				continue
			}
			if c != ']' {
				return nil, false
			}
			elem := trimJSONSpace(data[start:i])
			if len(elem) == 0 && len(elems) > 0 {
				return nil, false // a trailing comma
			}
			if len(elem) > 0 {
				elems = append(elems, elem)
			}
			if len(trimJSONSpace(data[i+1:])) > 0 {
				return nil, false
			}
			return elems, true
		case ',':
			if depth > 0 {
				continue
			}
			elem := trimJSONSpace(data[start:i])
			if len(elem) == 0 {
				return nil, false
			}
			elems = append(elems, elem)
			start = i + 1
		}
	}
	return nil, false
}

// stringEnd returns the index of the quote that closes the JSON string
// whose contents start at data[i]: the first quote not escaped by an odd
// run of backslashes.
func stringEnd(data []byte, i int) (int, bool) {
	for {
		j := bytes.IndexByte(data[i:], '"')
		if j < 0 {
			return 0, false
		}
		q := i + j
		k := q
		for k > i && data[k-1] == '\\' {
			k--
		}
		if (q-k)%2 == 0 {
			return q, true
		}
		i = q + 1
	}
}

// trimJSONSpace cuts the white space JSON allows around a value.
func trimJSONSpace(b []byte) []byte {
	return bytes.Trim(b, " \t\r\n")
}

// lineOf turns a JSON syntax error's byte offset into a line number.
func lineOf(data []byte, err error) int {
	var se *json.SyntaxError
	if errors.As(err, &se) && int(se.Offset) <= len(data) {
		return bytes.Count(data[:se.Offset], []byte("\n")) + 1
	}
	return 0
}

// readJSONL reads one article object per line; a broken line is reported
// with its number and the rest are read.
func readJSONL(path string, data []byte) ([]*Document, []*InputError) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var docs []*Document
	var probs []*InputError
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	line := 0
	for sc.Scan() {
		line++
		t := bytes.TrimSpace(sc.Bytes())
		if len(t) == 0 {
			continue
		}
		d, err := recordDoc(path, line, t)
		if err != nil {
			probs = append(probs, &InputError{Input: path, Line: line, Err: err})
			continue
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		probs = append(probs, &InputError{Input: path, Line: line + 1, Err: err})
	}
	if len(docs) == 0 && len(probs) == 0 {
		probs = append(probs, &InputError{Input: path, Err: ErrEmpty})
	}
	return docs, probs
}

// recordDoc turns one JSON object into a Document.
func recordDoc(path string, n int, raw []byte) (*Document, error) {
	meta, ok := decodeFlat(raw) // most records; the rest as encoding/json reads them
	if !ok {
		if err := json.Unmarshal(raw, &meta); err != nil {
			return nil, fmt.Errorf("broken JSON: %v", err)
		}
	}
	if meta == nil {
		return nil, errors.New("not a JSON object")
	}
	return metaDoc(path, n, meta)
}

// metaDoc turns one decoded JSON object into a Document.
func metaDoc(path string, n int, meta map[string]any) (*Document, error) {
	text := pick(meta, textKeys)
	if v, ok := lookup(meta, "content"); ok {
		if s, ok := v.(string); ok {
			text = s // keep the text exactly as given: offsets refer to it
		}
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%w (fields tried: %s)", ErrNoText, strings.Join(textKeys, ", "))
	}
	// The text is valid UTF-8: encoding/json has put U+FFFD for each
	// invalid byte (TestJSONInvalidUTF8).
	d := &Document{Path: path, Record: n, Text: text}
	applyMeta(d, meta)
	return d, nil
}

// finish fills what the metadata left open.
func finish(d *Document) {
	if d.Source == "" {
		if h := hostOf(d.URL); h != "" {
			d.Source, d.SourceFrom = h, FromURL
		} else {
			d.Source, d.SourceFrom = SourceFromPath(d.Path), FromFilename
		}
	}
	if d.Boilerplate == nil {
		d.Boilerplate = []Span{}
	}
}

// hostOf returns the host of a URL without "www.".
func hostOf(u string) string {
	i := strings.Index(u, "://")
	if i < 0 {
		return ""
	}
	h := u[i+3:]
	if j := strings.IndexAny(h, "/?#"); j >= 0 {
		h = h[:j]
	}
	if j := strings.LastIndexByte(h, '@'); j >= 0 {
		h = h[j+1:]
	}
	if j := strings.IndexByte(h, ':'); j >= 0 {
		h = h[:j]
	}
	return strings.TrimPrefix(strings.ToLower(h), "www.")
}
