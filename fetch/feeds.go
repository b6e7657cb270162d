package fetch

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Source is one line of a feeds file: a feed (or page) URL and, optionally,
// the outlet's name as the desk calls it.
type Source struct {
	URL    string
	Outlet string // "" when the line names none
	Line   int    // 1-based line in its file, 0 for a URL given directly
	File   string // the feeds file, "" for a URL given directly
}

// ReadFeedsFile reads a feeds file: one URL a line, optionally followed by
// whitespace and the outlet's name; blank lines and lines starting with #
// are skipped (so is anything after " #"). A line that is not an http(s)
// URL is an error naming its line; the others are kept.
//
//	# Syrian and Russian outlets
//	https://sana.sy/feed/          سانا
//	https://arabic.rt.com/rss/     RT Arabic
func ReadFeedsFile(path string) ([]Source, []error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []error{fmt.Errorf("read %s: %w", path, err)}
	}
	defer f.Close()
	return ParseFeedsFile(path, f)
}

// ParseFeedsFile is ReadFeedsFile on an open reader (name is for messages).
func ParseFeedsFile(name string, r io.Reader) ([]Source, []error) {
	var out []Source
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u, outlet, _ := strings.Cut(line, " ")
		if i := strings.IndexByte(u, '\t'); i >= 0 {
			u, outlet = u[:i], u[i+1:]+" "+outlet
		}
		if !IsURL(u) {
			errs = append(errs, fmt.Errorf("%s:%d: %q is not an http(s) URL", name, n, u))
			continue
		}
		out = append(out, Source{URL: u, Outlet: strings.TrimSpace(outlet), Line: n, File: name})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("read %s: %w", name, err))
	}
	return out, errs
}

// Item is one entry of a feed: the page it links to and what the feed says
// of it.
type Item struct {
	URL       string
	Title     string
	Published string // ISO 8601 day, "" when the feed gives none
	Updated   string // RFC 3339, "" when the feed gives none
	// Content is the entry's own text (content:encoded, Atom content, JSON
	// Feed content_html), used when its page cannot be read.
	Content string
}

// Feed is a parsed feed.
type Feed struct {
	Title string
	Type  string // rss, atom, json
	Items []Item
}

// ErrNotFeed is returned for a body that is no RSS, Atom or JSON Feed.
var ErrNotFeed = errors.New("not a feed (RSS, Atom or JSON Feed)")

// LooksLikeFeed reports whether body starts like a feed (an XML document
// whose root is rss, feed or rdf:RDF, or a JSON Feed object) rather than
// an HTML page.
func LooksLikeFeed(contentType string, body []byte) bool {
	t := bytes.TrimLeft(body, " \t\r\n\ufeff")
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || strings.Contains(ct, "feed+json"):
		return true
	case bytes.HasPrefix(t, []byte("{")):
		return bytes.Contains(t[:min(len(t), 512)], []byte("jsonfeed.org"))
	case looksHTML(t):
		return false
	}
	head := strings.ToLower(string(t[:min(len(t), 1024)]))
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf")
}

// looksHTML reports whether body starts like an HTML page.
func looksHTML(t []byte) bool {
	head := strings.ToLower(string(t[:min(len(t), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<head") || strings.Contains(head, "<body")
}

// ParseFeed reads an RSS 2.0 (or 0.9x/1.0), Atom or JSON Feed document.
// An HTML page or anything unparsable is an error saying which.
func ParseFeed(contentType string, body []byte) (*Feed, error) {
	t := bytes.TrimLeft(body, " \t\r\n\ufeff")
	if len(t) == 0 {
		return nil, fmt.Errorf("%w: empty body", ErrNotFeed)
	}
	if looksHTML(t) {
		return nil, fmt.Errorf("%w: the server sent an HTML page (Content-Type %q)", ErrNotFeed, contentType)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("%w: no rss, feed or JSON Feed root (Content-Type %q)", ErrNotFeed, contentType)
		}
		return nil, fmt.Errorf("broken feed: %v", err)
	}
	out := &Feed{Title: strings.TrimSpace(f.Title), Type: f.FeedType}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := strings.TrimSpace(it.Link)
		if link == "" && IsURL(it.GUID) {
			link = it.GUID
		}
		if link == "" {
			continue
		}
		item := Item{URL: link, Title: strings.TrimSpace(it.Title), Content: it.Content}
		if item.Content == "" {
			item.Content = it.Description
		}
		if it.PublishedParsed != nil {
			item.Published = it.PublishedParsed.UTC().Format("2006-01-02")
		}
		if it.UpdatedParsed != nil {
			item.Updated = it.UpdatedParsed.UTC().Format(time.RFC3339)
		}
		out.Items = append(out.Items, item)
	}
	return out, nil
}
