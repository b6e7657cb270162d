package main

// End-to-end tests of fetch and watch against a local HTTP server
// (httptest, 127.0.0.1 only): the bundled corpus served as article pages
// and two feeds (RSS 2.0 and Atom), with ETags, and bad feeds of every
// kind.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/claimdiff/claimdiff/fetch"
)

// newsServer serves the bundled corpus's articles as HTML pages and feeds
// listing them, counting what it answers.
type newsServer struct {
	t     *testing.T
	srv   *httptest.Server
	stop  chan struct{}
	mu    sync.Mutex
	pages map[string]string   // path → HTML
	feeds map[string][]string // feed path → page paths listed
	kind  map[string]string   // feed path → rss, atom, json
	ok    map[string]int      // path → 200 answers
	not   map[string]int      // path → 304 answers
	extra http.Handler        // bad feeds
}

func newNewsServer(t *testing.T) *newsServer {
	t.Helper()
	s := &newsServer{t: t, stop: make(chan struct{}), pages: map[string]string{}, feeds: map[string][]string{},
		kind: map[string]string{}, ok: map[string]int{}, not: map[string]int{}}
	files, err := filepath.Glob(filepath.Join(repoRoot, "testdata", "corpus", "syria-russia", "*.txt"))
	if err != nil || len(files) < 5 {
		t.Fatalf("corpus: %v (%d files)", err, len(files))
	}
	sort.Strings(files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		s.pages["/news/"+name+".html"] = articlePage(string(data))
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.srv = &httptest.Server{Listener: l, Config: &http.Server{Handler: s}}
	s.srv.Start()
	t.Cleanup(func() {
		close(s.stop)
		s.srv.Close()
	})
	return s
}

// articlePage turns a .txt article into a page: its first line the
// headline, every other line a paragraph.
func articlePage(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	var b strings.Builder
	title := html.EscapeString(strings.TrimSpace(lines[0]))
	fmt.Fprintf(&b, "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>", title)
	b.WriteString("<nav><a href=\"/\">الرئيسية</a> <a href=\"/news\">أخبار</a></nav><main><article>")
	fmt.Fprintf(&b, "<h1>%s</h1>", title)
	for _, ln := range lines[1:] {
		if ln = strings.TrimSpace(ln); ln != "" {
			fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(ln))
		}
	}
	b.WriteString("</article></main><footer>© 2025</footer></body></html>")
	return b.String()
}

func (s *newsServer) url(path string) string { return s.srv.URL + path }

// list sets the pages a feed lists (in order).
func (s *newsServer) list(feed, kind string, pages ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feeds[feed] = pages
	s.kind[feed] = kind
}

func (s *newsServer) counts() (ok, not map[string]int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ok, not = map[string]int{}, map[string]int{}
	for k, v := range s.ok {
		ok[k] = v
	}
	for k, v := range s.not {
		not[k] = v
	}
	return ok, not
}

func (s *newsServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.UserAgent(), "claimdiff/") {
		http.Error(w, "no user agent", http.StatusForbidden)
		return
	}
	if r.URL.Path == "/robots.txt" {
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
		return
	}
	s.mu.Lock()
	body, ctype := "", ""
	if p, ok := s.pages[r.URL.Path]; ok {
		body, ctype = p, "text/html; charset=utf-8"
	} else if items, ok := s.feeds[r.URL.Path]; ok {
		body, ctype = s.feed(r.URL.Path, s.kind[r.URL.Path], items)
	}
	s.mu.Unlock()
	if body == "" {
		if s.extra != nil {
			s.extra.ServeHTTP(w, r)
			return
		}
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256([]byte(body))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	s.mu.Lock()
	if r.Header.Get("If-None-Match") == etag {
		s.not[r.URL.Path]++
		s.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.ok[r.URL.Path]++
	s.mu.Unlock()
	w.Header().Set("Content-Type", ctype)
	w.Write([]byte(body))
}

// feed renders a feed listing pages (called with s.mu held).
func (s *newsServer) feed(path, kind string, pages []string) (string, string) {
	var b strings.Builder
	switch kind {
	case "atom":
		b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom outlet</title><id>urn:x</id><updated>2025-12-24T10:00:00Z</updated>`)
		for _, p := range pages {
			fmt.Fprintf(&b, `<entry><title>%s</title><id>%s</id><link href="%s"/><updated>2025-12-24T10:00:00Z</updated></entry>`, p, s.url(p), s.url(p))
		}
		b.WriteString(`</feed>`)
		return b.String(), "application/atom+xml"
	case "json":
		var items []map[string]string
		for _, p := range pages {
			items = append(items, map[string]string{"id": s.url(p), "url": s.url(p), "title": p})
		}
		data, _ := json.Marshal(map[string]any{"version": "https://jsonfeed.org/version/1.1", "title": "JSON outlet", "items": items})
		return string(data), "application/feed+json"
	}
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>RSS outlet</title><link>` + s.url("/") + `</link><description>x</description>`)
	for _, p := range pages {
		// Relative links are resolved against the feed's URL.
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s</link><pubDate>Wed, 24 Dec 2025 10:00:00 GMT</pubDate></item>`, p, p)
	}
	b.WriteString(`</channel></rss>`)
	return b.String(), "application/rss+xml"
}

// runNet runs claimdiff with a client kept to 127.0.0.1.
func runNet(t *testing.T, dir string, args ...string) result {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	env := &Env{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(string) string { return "" }, Cwd: dir,
		NewClient: func() *fetch.Client {
			c := fetch.NewClient()
			c.Delay = 0 // commands with --delay set their own
			c.Allow = func(u *url.URL) error {
				if u.Hostname() != "127.0.0.1" {
					return fmt.Errorf("test: only 127.0.0.1 may be fetched, not %s", u.Host)
				}
				return nil
			}
			return c
		},
	}
	err := run(context.Background(), env, args)
	return result{exitCode(&stderr, err), stdout.String(), stderr.String()}
}

// keysOf reads watch's JSON lines: discrepancy keys, and whether each
// names a claim from a page.
func keysOf(t *testing.T, out string) map[string]map[string]any {
	t.Helper()
	keys := map[string]map[string]any{}
	for _, ln := range strings.Split(strings.TrimSpace(out), "\n") {
		if ln == "" {
			continue
		}
		var d map[string]any
		if err := json.Unmarshal([]byte(ln), &d); err != nil {
			t.Fatalf("not a JSON line: %q: %v", ln, err)
		}
		k, _ := d["key"].(string)
		if k == "" || d["type"] == nil || d["claims"] == nil {
			t.Fatalf("JSON line without key, type or claims: %s", ln)
		}
		keys[k] = d
	}
	return keys
}

func writeFeeds(t *testing.T, dir string, lines ...string) string {
	t.Helper()
	p := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(p, []byte("# outlets followed\n\n"+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return "feeds.txt"
}

// TestWatchOnceE2E: a first poll reads everything; a second with nothing
// changed fetches no page and reports nothing; after a feed gains an
// article, a third poll fetches only that page (the rest answer 304) and
// reports exactly the discrepancies a store built from all five pages has
// beyond the first four's.
func TestWatchOnceE2E(t *testing.T) {
	srv := newNewsServer(t)
	pages := make([]string, 0, len(srv.pages))
	for p := range srv.pages {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	srv.list("/feeds/a.xml", "rss", pages[0], pages[1], pages[2])
	srv.list("/feeds/b.atom", "atom", pages[3])
	dir := t.TempDir()
	feeds := writeFeeds(t, dir, srv.url("/feeds/a.xml")+"  منفذ أ  # RSS", srv.url("/feeds/b.atom"))
	args := []string{"watch", "--once", "--format", "jsonl", "--delay", "0", "--store", "st", feeds}

	r := runNet(t, dir, args...)
	if r.code != 0 {
		t.Fatalf("first poll: exit %d\n%s", r.code, r.stderr)
	}
	first := keysOf(t, r.stdout)
	if len(first) == 0 {
		t.Fatalf("first poll reported no discrepancy; stderr:\n%s", r.stderr)
	}
	ok, _ := srv.counts()
	for _, p := range pages[:4] {
		if ok[p] != 1 {
			t.Errorf("first poll: %s fetched %d times, want 1", p, ok[p])
		}
	}

	// Nothing changed: both feeds answer 304, no page is asked for.
	r = runNet(t, dir, args...)
	if r.code != 0 || strings.TrimSpace(r.stdout) != "" {
		t.Fatalf("second poll: exit %d, output %q\n%s", r.code, r.stdout, r.stderr)
	}
	ok2, not2 := srv.counts()
	if not2["/feeds/a.xml"] != 1 || not2["/feeds/b.atom"] != 1 {
		t.Errorf("second poll: 304s %v, want one per feed", not2)
	}
	for _, p := range pages[:4] {
		if ok2[p] != ok[p] || not2[p] != 0 {
			t.Errorf("second poll asked for %s (200s %d, 304s %d)", p, ok2[p]-ok[p], not2[p])
		}
	}

	// Feed b gains the fifth article.
	srv.list("/feeds/b.atom", "atom", pages[4], pages[3])
	r = runNet(t, dir, append([]string{"watch", "--once", "--format", "jsonl", "--delay", "0", "--store", "st",
		"--fail-on", strings.Join(discrepancyTypes, ",")}, feeds)...)
	third := keysOf(t, r.stdout)
	switch {
	case len(third) > 0 && r.code != exitFailOn:
		t.Errorf("third poll: %d new discrepancies, --fail-on all types: exit %d, want 3\n%s", len(third), r.code, r.stderr)
	case len(third) == 0 && r.code != 0:
		t.Errorf("third poll: exit %d\n%s", r.code, r.stderr)
	}
	ok3, not3 := srv.counts()
	if ok3[pages[4]] != 1 {
		t.Errorf("third poll: new page fetched %d times, want 1", ok3[pages[4]])
	}
	if ok3["/feeds/a.xml"] != ok2["/feeds/a.xml"] || not3["/feeds/a.xml"] != 2 {
		t.Errorf("third poll: unchanged feed a answered 200 %d times more, 304 %d times in all (want 0, 2)",
			ok3["/feeds/a.xml"]-ok2["/feeds/a.xml"], not3["/feeds/a.xml"])
	}
	if not3[pages[3]] != 1 || ok3[pages[3]] != ok2[pages[3]] {
		t.Errorf("third poll: the article already stored from feed b: 304s %d, new 200s %d; want 1, 0", not3[pages[3]], ok3[pages[3]]-ok2[pages[3]])
	}
	for _, p := range pages[:3] {
		if ok3[p] != ok2[p] {
			t.Errorf("third poll fetched %s again", p)
		}
	}

	// What a store made from all five pages at once reports, minus what
	// the first poll reported, is what the third poll must report.
	dir2 := t.TempDir()
	feeds2 := writeFeeds(t, dir2, srv.url("/feeds/a.xml")+"  منفذ أ", srv.url("/feeds/b.atom"))
	r = runNet(t, dir2, "watch", "--once", "--format", "jsonl", "--delay", "0", "--store", "st", feeds2)
	if r.code != 0 {
		t.Fatalf("all five at once: exit %d\n%s", r.code, r.stderr)
	}
	all := keysOf(t, r.stdout)
	var want, got []string
	for k := range all {
		if first[k] == nil {
			want = append(want, k)
		}
	}
	for k := range third {
		got = append(got, k)
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("third poll reported %d discrepancies %v; a full store has %d beyond the first poll's: %v", len(got), got, len(want), want)
	}
}

// TestWatchBadFeeds: each bad feed gets one line naming its URL and what
// is wrong, and the good feed is read all the same.
func TestWatchBadFeeds(t *testing.T) {
	srv := newNewsServer(t)
	pages := make([]string, 0, len(srv.pages))
	for p := range srv.pages {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	srv.list("/feeds/good.json", "json", pages[0], pages[1])
	big := bytes.Repeat([]byte("<item><title>x</title></item>"), 40000) // over 1 MB
	srv.extra = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bad/broken.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>نص</title><link>` + srv.url(pages[2]) + `</link></item><item><title>`))
		case "/bad/page-as-feed":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<!DOCTYPE html><html><head><title>الرئيسية</title></head><body><p>مرحبا</p></body></html>`))
		case "/bad/error":
			http.Error(w, "boom", http.StatusInternalServerError)
		case "/bad/slow":
			select { // answers nothing until the client gives up or the server stops
			case <-r.Context().Done():
			case <-srv.stop:
			}
		case "/bad/huge.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>`))
			w.Write(big)
			w.Write([]byte(`</channel></rss>`))
		default:
			http.NotFound(w, r)
		}
	})
	dir := t.TempDir()
	bad := map[string]string{
		"/bad/broken.xml":   "broken feed",
		"/bad/page-as-feed": "not a feed",
		"/bad/error":        "500",
		"/bad/slow":         "timed out",
		"/bad/huge.xml":     "size limit",
		"/private/feed.xml": "robots.txt",
		"/bad/missing.xml":  "404",
	}
	lines := []string{srv.url("/feeds/good.json") + " JSON outlet", "not a url at all"}
	for p := range bad {
		lines = append(lines, srv.url(p))
	}
	sort.Strings(lines)
	feeds := writeFeeds(t, dir, lines...)
	r := runNet(t, dir, "watch", "--once", "--format", "jsonl", "--delay", "0", "--timeout", "1s", "--max-bytes", "1000000", "--store", "st", feeds)
	if r.code != 0 {
		t.Fatalf("exit %d, want 0 (the good feed was read)\n%s", r.code, r.stderr)
	}
	keysOf(t, r.stdout)
	for p, why := range bad {
		n := 0
		for _, ln := range strings.Split(r.stderr, "\n") {
			if strings.Contains(ln, srv.url(p)+":") && strings.Contains(ln, why) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d stderr lines naming it with %q, want 1; stderr:\n%s", p, n, why, r.stderr)
		}
	}
	if !strings.Contains(r.stderr, "feeds.txt:") || !strings.Contains(r.stderr, "not an http(s) URL") {
		t.Errorf("the feeds file's bad line is not reported with its line; stderr:\n%s", r.stderr)
	}
	ok, _ := srv.counts()
	if ok[pages[0]] != 1 || ok[pages[1]] != 1 {
		t.Errorf("the good feed's pages were fetched %d and %d times, want 1 each", ok[pages[0]], ok[pages[1]])
	}
}

// TestAnalyzeURL: a URL is read wherever a PATH is.
func TestAnalyzeURL(t *testing.T) {
	srv := newNewsServer(t)
	pages := make([]string, 0, len(srv.pages))
	for p := range srv.pages {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	srv.list("/feeds/a.xml", "rss", pages[0], pages[1])
	r := runNet(t, t.TempDir(), "claims", "--format", "jsonl", srv.url("/feeds/a.xml"), srv.url(pages[2]), srv.url("/nothing-here"))
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	docs := map[string]bool{}
	for _, ln := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var c struct {
			Doc string `json:"doc"`
		}
		json.Unmarshal([]byte(ln), &c)
		if c.Doc != "" {
			docs[c.Doc] = true
		}
	}
	if len(docs) != 3 {
		t.Errorf("claims from %d documents, want 3 (two from the feed, one page)", len(docs))
	}
	if !strings.Contains(r.stderr, srv.url("/nothing-here")+": HTTP error status 404") {
		t.Errorf("the missing page is not named on stderr:\n%s", r.stderr)
	}
}

// TestFetchHelp: --help has an example.
func TestFetchHelp(t *testing.T) {
	for _, cmd := range []string{"fetch", "watch", "store"} {
		r := runNet(t, t.TempDir(), cmd, "--help")
		if r.code != 0 || !strings.Contains(r.stdout, "Example:") || !strings.Contains(r.stdout, "claimdiff "+cmd) {
			t.Errorf("%s --help: exit %d, output:\n%s", cmd, r.code, r.stdout)
		}
	}
}

// TestFetchAndWatchText: fetch stores and prints a summary only; watch's
// text lines name the type, the alignment and the outlets.
func TestFetchAndWatchText(t *testing.T) {
	srv := newNewsServer(t)
	pages := make([]string, 0, len(srv.pages))
	for p := range srv.pages {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	srv.list("/feeds/a.xml", "rss", pages[0], pages[1], pages[2])
	dir := t.TempDir()
	feeds := writeFeeds(t, dir, srv.url("/feeds/a.xml")+" منفذ أ")
	r := runNet(t, dir, "fetch", "--delay", "0", "--store", "st", feeds, srv.url(pages[3]))
	if r.code != 0 || strings.TrimSpace(r.stdout) != "" || !strings.Contains(r.stderr, "4 pages read (4 new") {
		t.Fatalf("fetch: exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
	}
	r = runNet(t, dir, "store", "info", "--store", "st")
	if r.code != 0 || !strings.Contains(r.stdout, "4 documents") || !strings.Contains(r.stdout, "4 pages and 1 feeds fetched") {
		t.Errorf("store info: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	srv.list("/feeds/a.xml", "rss", pages[4], pages[0], pages[1], pages[2])
	r = runNet(t, dir, "watch", "--once", "--delay", "0", "--store", "st", feeds)
	if r.code != 0 {
		t.Fatalf("watch: exit %d\n%s", r.code, r.stderr)
	}
	for _, ln := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if ln == "" {
			continue
		}
		if !strings.Contains(ln, " al-") || !strings.Contains(ln, " | ") {
			t.Errorf("text line without alignment or claims: %q", ln)
		}
	}
}

// TestBareURL: `claimdiff URL` is `claimdiff PATH` (the summary when not
// on a terminal).
func TestBareURL(t *testing.T) {
	srv := newNewsServer(t)
	var pages []string
	for p := range srv.pages {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	srv.list("/feeds/a.xml", "rss", pages...)
	r := runNet(t, t.TempDir(), srv.url("/feeds/a.xml"))
	if r.code != 0 || !strings.Contains(r.stdout, "5 documents") {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
}

// TestWatchFailOnVerdicts: --fail-on passes over discrepancies whose
// alignment has a verdict in the review store beside the article store.
func TestWatchFailOnVerdicts(t *testing.T) {
	srv := newNewsServer(t)
	var pages []string
	for p := range srv.pages {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	srv.list("/feeds/a.xml", "rss", pages...)
	dirA := t.TempDir()
	r := runNet(t, dirA, "watch", "--once", "--format", "jsonl", "--delay", "0", "--store", "st", writeFeeds(t, dirA, srv.url("/feeds/a.xml")))
	found := keysOf(t, r.stdout)
	if r.code != 0 || len(found) == 0 {
		t.Fatalf("exit %d, %d discrepancies\n%s", r.code, len(found), r.stderr)
	}
	dirB := t.TempDir()
	seen := map[string]bool{}
	for _, d := range found {
		al := d["alignment"].(string)
		if seen[al] {
			continue
		}
		seen[al] = true
		if r := runNet(t, dirB, "verdict", "set", "--store", "st", "--reviewer", "test", "--id", al, "--verdict", "confirmed"); r.code != 0 {
			t.Fatalf("verdict set: exit %d\n%s", r.code, r.stderr)
		}
	}
	r = runNet(t, dirB, "watch", "--once", "--format", "jsonl", "--delay", "0", "--store", "st",
		"--fail-on", strings.Join(discrepancyTypes, ","), writeFeeds(t, dirB, srv.url("/feeds/a.xml")))
	if r.code != 0 || len(keysOf(t, r.stdout)) != len(found) {
		t.Errorf("with every alignment confirmed: exit %d (want 0), %d discrepancies (want %d)\n%s", r.code, len(keysOf(t, r.stdout)), len(found), r.stderr)
	}
}
