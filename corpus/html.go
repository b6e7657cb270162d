package corpus

// Reading saved web pages.
//
// The main text is extracted by go-trafilatura (the Go port of
// trafilatura, made for this: it drops navigation, related-link boxes,
// comments and footers by tag, class and link density). Document.Text is
// that extracted text, and every offset refers to it.
//
// Metadata is read from the page itself, not from the extractor's guesses:
// og:title/<title>, og:site_name (or JSON-LD publisher.name), og:url or
// <link rel=canonical>, article:published_time (or JSON-LD datePublished,
// itemprop=datePublished, <meta name=date|pubdate>) and the author. The
// extractor's own date search is switched off: it guesses from any date
// on the page and does not read Arabic month names.
//
// Bytes are decoded as Decode does, except that a charset declared in the
// page (<meta charset> or http-equiv) is honoured when the bytes are not
// UTF-8. A page with no article text is ErrNoText; a page cut off before
// its closing tags is read as far as it goes and reported as truncated.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/htmlindex"
)

// ErrTruncated says that a page ends before its closing tags.
var ErrTruncated = errors.New("page is truncated (no closing </body> or </html>); text read so far was kept")

func init() {
	readers[".html"] = readHTML
	readers[".htm"] = readHTML
	readers[".xhtml"] = readHTML
}

// charsetRe finds a declared charset in the head of a page.
var charsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([a-z0-9_\-]+)`)

// decodeHTML turns page bytes into UTF-8.
func decodeHTML(data []byte) (string, error) {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		s, _, err := Decode(data)
		return s, err
	}
	body := bytes.TrimPrefix(data, []byte("\ufeff"))
	if utf8.Valid(body) {
		if bytes.IndexByte(body, 0) >= 0 {
			return "", ErrBinary
		}
		return string(body), nil
	}
	head := body
	if len(head) > 4096 {
		head = head[:4096]
	}
	if m := charsetRe.FindSubmatch(head); m != nil {
		if enc, err := htmlindex.Get(string(m[1])); err == nil {
			if s, err := enc.NewDecoder().Bytes(body); err == nil && !bytes.Contains(s, []byte{0}) {
				return string(s), nil
			}
		}
	}
	s, _, err := Decode(data)
	return s, err
}

// readHTML reads one saved page.
func readHTML(path string, data []byte) ([]*Document, []*InputError) {
	src, err := decodeHTML(data)
	if err != nil {
		return nil, []*InputError{{Input: path, Err: err}}
	}
	if strings.TrimSpace(src) == "" {
		return nil, []*InputError{{Input: path, Err: ErrEmpty}}
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, []*InputError{{Input: path, Err: fmt.Errorf("parse HTML: %w", err)}}
	}
	meta := pageMeta(root)
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments: true,
		IncludeImages:   true, // keeps figure captions, which are claims
		HtmlDateMode:    trafilatura.Disabled,
		Deduplicate:     false,
	})
	text := ""
	if err == nil && res != nil {
		text = blockText(res.ContentNode)
		if text == "" {
			text = strings.TrimSpace(res.ContentText)
		}
		if meta.title == "" {
			meta.title = res.Metadata.Title
		}
		if meta.site == "" {
			meta.site = res.Metadata.Sitename
		}
		if meta.url == "" {
			meta.url = res.Metadata.URL
		}
		if meta.author == "" {
			meta.author = res.Metadata.Author
		}
		if meta.lang == "" {
			meta.lang = res.Metadata.Language
		}
	}
	var probs []*InputError
	if truncated(src) {
		probs = append(probs, &InputError{Input: path, Err: ErrTruncated})
	}
	if !hasArticleText(text) {
		why := ErrNoText
		if err != nil {
			return nil, append(probs, &InputError{Input: path, Err: fmt.Errorf("%w in page: %v", why, err)})
		}
		return nil, append(probs, &InputError{Input: path, Err: fmt.Errorf("%w in page (nothing but navigation, links or scripts)", why)})
	}
	d := &Document{Path: path, Text: text, Title: meta.title, URL: meta.url, Author: meta.author, Lang: strings.ToLower(meta.lang)}
	if meta.site != "" {
		d.Source, d.SourceFrom = meta.site, FromMetadata
	}
	if p := NormalizeDate(meta.published); p != "" {
		d.Published, d.PublishedFrom = p, FromMetadata
	}
	// The headline, when the extractor kept it as the first line, is the
	// title claim (as the first line of a .txt file is).
	first := text
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		first = text[:i]
	}
	if d.Title == "" || strings.TrimSpace(first) == d.Title {
		if d.Title == "" {
			d.Title = strings.TrimSpace(first)
		}
		d.TitleSpan = Span{0, len(first)}
	}
	return []*Document{d}, probs
}

// hasArticleText reports whether extracted text reads as an article: a
// paragraph of running text (twelve words ending like a sentence) or forty
// words in all. Menus, link lists and error pages have neither.
func hasArticleText(text string) bool {
	if countWords(text) >= 40 {
		return true
	}
	for _, ln := range strings.Split(text, "\n") {
		ln = strings.TrimSpace(ln)
		if countWords(ln) >= 12 && endsSentence(ln) {
			return true
		}
	}
	return false
}

// blockElements start a new line in extracted text.
var blockElements = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "figcaption": true, "figure": true,
	"section": true, "article": true, "header": true, "footer": true, "table": true, "tr": true,
	"br": true, "hr": true, "pre": true, "dd": true, "dt": true, "main": true, "aside": true,
	"head": true, "quote": true, "list": true, "item": true, "td": true,
}

// blockText renders an extracted tree as text: one line per block
// element, runs of white space collapsed, empty lines dropped.
func blockText(root *html.Node) string {
	if root == nil {
		return ""
	}
	var b strings.Builder
	var line strings.Builder
	flush := func() {
		t := strings.Join(strings.Fields(line.String()), " ")
		line.Reset()
		if t == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(t)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			line.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode {
			line.WriteByte(' ')
		}
	}
	walk(root)
	flush()
	return b.String()
}

// truncated reports whether a page lacks both closing </body> and </html>.
func truncated(src string) bool {
	tail := src
	if len(tail) > 2048 {
		tail = tail[len(tail)-2048:]
	}
	tail = strings.ToLower(tail)
	return !strings.Contains(tail, "</html") && !strings.Contains(tail, "</body")
}

// pageInfo is what a page's head says about it.
type pageInfo struct {
	title, site, url, published, author, lang string
}

// pageMeta reads <meta>, <link rel=canonical>, <title>, <html lang> and
// JSON-LD. Open Graph and article: properties win over JSON-LD, which
// wins over plain <meta name>.
func pageMeta(root *html.Node) pageInfo {
	var og, ld, plain pageInfo
	var title string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				plain.lang = attr(n, "lang")
			case "title":
				if n.FirstChild != nil && title == "" {
					title = strings.TrimSpace(n.FirstChild.Data)
				}
			case "meta":
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					setOnce(&og.title, val)
				case "og:site_name":
					setOnce(&og.site, val)
				case "og:url":
					setOnce(&og.url, val)
				case "article:published_time", "og:published_time", "article:published":
					setOnce(&og.published, val)
				case "article:author":
					if !strings.HasPrefix(val, "http") {
						setOnce(&og.author, val)
					}
				case "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date":
					setOnce(&plain.published, val)
				case "author", "dc.creator", "byl":
					setOnce(&plain.author, val)
				case "application-name", "publisher", "dc.publisher":
					setOnce(&plain.site, val)
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					setOnce(&plain.url, attr(n, "href"))
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					var v any
					if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						jsonLD(v, &ld)
					}
				}
			case "time":
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") || strings.Contains(attr(n, "class"), "published") {
					setOnce(&plain.published, attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	out := og
	for _, f := range []struct{ dst, a, b *string }{
		{&out.title, &ld.title, &title},
		{&out.site, &ld.site, &plain.site},
		{&out.url, &ld.url, &plain.url},
		{&out.published, &ld.published, &plain.published},
		{&out.author, &ld.author, &plain.author},
		{&out.lang, &ld.lang, &plain.lang},
	} {
		if *f.dst == "" {
			*f.dst = *f.a
		}
		if *f.dst == "" {
			*f.dst = *f.b
		}
	}
	return out
}

// jsonLD reads an article's fields from a JSON-LD value (an object, an
// array, or an @graph).
func jsonLD(v any, p *pageInfo) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			jsonLD(e, p)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			jsonLD(g, p)
		}
		typ := stringify(x["@type"])
		if !strings.Contains(typ, "Article") && !strings.Contains(typ, "Posting") && typ != "WebPage" {
			return
		}
		setOnce(&p.title, stringify(x["headline"]))
		setOnce(&p.published, stringify(x["datePublished"]))
		setOnce(&p.lang, stringify(x["inLanguage"]))
		if pub, ok := x["publisher"].(map[string]any); ok {
			setOnce(&p.site, stringify(pub["name"]))
		}
		if a := x["author"]; a != nil {
			setOnce(&p.author, stringify(a))
		}
		switch u := x["mainEntityOfPage"].(type) {
		case string:
			setOnce(&p.url, u)
		case map[string]any:
			setOnce(&p.url, stringify(u["@id"]))
		}
		setOnce(&p.url, stringify(x["url"]))
	}
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
