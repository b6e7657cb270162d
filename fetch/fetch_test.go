package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
)

func TestParseFeedsFile(t *testing.T) {
	in := "\ufeff# outlets\n\nhttps://a.example/feed  سانا\n  http://b.example/rss\tRT Arabic # a comment\nnot-a-url\nhttps://c.example/x #only a comment\n"
	srcs, errs := ParseFeedsFile("feeds.txt", strings.NewReader(in))
	want := []Source{
		{URL: "https://a.example/feed", Outlet: "سانا", Line: 3, File: "feeds.txt"},
		{URL: "http://b.example/rss", Outlet: "RT Arabic", Line: 4, File: "feeds.txt"},
		{URL: "https://c.example/x", Line: 6, File: "feeds.txt"},
	}
	if len(srcs) != len(want) {
		t.Fatalf("got %d sources %+v, want %d", len(srcs), srcs, len(want))
	}
	for i := range want {
		if srcs[i] != want[i] {
			t.Errorf("line %d: got %+v, want %+v", i, srcs[i], want[i])
		}
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "feeds.txt:5") {
		t.Errorf("errors %v, want one naming feeds.txt:5", errs)
	}
}

func TestParseFeed(t *testing.T) {
	for _, tc := range []struct {
		name, ctype, body string
		items             int
		err               string
	}{
		{"rss", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>a</title><link>https://x.example/a</link><pubDate>Wed, 24 Dec 2025 10:00:00 GMT</pubDate></item></channel></rss>`, 1, ""},
		{"atom", "application/atom+xml", `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>a</title><link href="https://x.example/a"/></entry><entry><title>b</title><link href="https://x.example/b"/></entry></feed>`, 2, ""},
		{"json feed", "application/feed+json", `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","url":"https://x.example/a"}]}`, 1, ""},
		{"html", "text/html", `<!DOCTYPE html><html><body>hi</body></html>`, 0, "HTML page"},
		{"broken", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>`, 0, "broken feed"},
		{"empty", "application/rss+xml", "  \n", 0, "empty body"},
		{"text", "text/plain", "just words", 0, "not a feed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseFeed(tc.ctype, []byte(tc.body))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got error %v, want one saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) != tc.items {
				t.Errorf("got %d items, want %d", len(f.Items), tc.items)
			}
		})
	}
}

func TestParseFeedDate(t *testing.T) {
	f, err := ParseFeed("", []byte(`<rss version="2.0"><channel><item><link>https://x.example/a</link><pubDate>Wed, 24 Dec 2025 23:30:00 +0300</pubDate></item></channel></rss>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Items[0].Published; got != "2025-12-24" {
		t.Errorf("published %q, want 2025-12-24", got)
	}
}

// local starts a server on 127.0.0.1 and a client kept to it.
func local(t *testing.T, h http.Handler) (*httptest.Server, *Client) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &httptest.Server{Listener: l, Config: &http.Server{Handler: h}}
	srv.Start()
	t.Cleanup(srv.Close)
	c := NewClient()
	c.Delay = 0
	c.Allow = func(u *url.URL) error {
		if u.Hostname() != "127.0.0.1" {
			return fmt.Errorf("only 127.0.0.1")
		}
		return nil
	}
	return srv, c
}

func TestClientPoliteness(t *testing.T) {
	var mu sync.Mutex
	var agents []string
	srv, c := local(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: claimdiff\nDisallow: /no/\n\nUser-agent: *\nDisallow: /\n")
		case "/etag":
			w.Header().Set("ETag", `"v1"`)
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprint(w, "body")
		case "/lastmod":
			w.Header().Set("Last-Modified", "Wed, 24 Dec 2025 10:00:00 GMT")
			if r.Header.Get("If-Modified-Since") != "" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprint(w, "body")
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/big":
			w.Write([]byte(strings.Repeat("x", 2048)))
		case "/gzip":
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				http.Error(w, "no gzip", 400)
				return
			}
			w.Header().Set("Content-Encoding", "gzip")
			z := gzip.NewWriter(w)
			z.Write([]byte("compressed body"))
			z.Close()
		default:
			http.NotFound(w, r)
		}
	}))
	c.MaxBytes = 1024
	ctx := context.Background()

	r, err := c.Fetch(ctx, srv.URL+"/etag", Validators{})
	if err != nil || string(r.Body) != "body" || r.ETag != `"v1"` {
		t.Fatalf("etag: %v %+v", err, r)
	}
	r, err = c.Fetch(ctx, srv.URL+"/etag", r.Validators)
	if err != nil || !r.NotModified || r.Body != nil {
		t.Errorf("etag again: %v, not modified %v", err, r != nil && r.NotModified)
	}
	r, err = c.Fetch(ctx, srv.URL+"/lastmod", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if r, err = c.Fetch(ctx, srv.URL+"/lastmod", r.Validators); err != nil || !r.NotModified {
		t.Errorf("last-modified again: %v", err)
	}
	if _, err := c.Fetch(ctx, srv.URL+"/no/page", Validators{}); !errors.Is(err, ErrRobots) {
		t.Errorf("robots: got %v, want ErrRobots", err)
	}
	if _, err := c.Fetch(ctx, srv.URL+"/loop", Validators{}); err == nil || !strings.Contains(err.Error(), "redirects") {
		t.Errorf("redirect loop: got %v", err)
	}
	if _, err := c.Fetch(ctx, srv.URL+"/big", Validators{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big body: got %v, want ErrTooLarge", err)
	}
	if r, err := c.Fetch(ctx, srv.URL+"/gzip", Validators{}); err != nil || string(r.Body) != "compressed body" {
		t.Errorf("gzip: %v", err)
	}
	if _, err := c.Fetch(ctx, srv.URL+"/missing", Validators{}); !errors.Is(err, ErrStatus) || !strings.Contains(err.Error(), "404") {
		t.Errorf("missing: got %v", err)
	}
	if _, err := c.Fetch(ctx, "https://example.org/", Validators{}); err == nil {
		t.Errorf("a host other than 127.0.0.1 was fetched")
	}
	mu.Lock()
	defer mu.Unlock()
	for _, a := range agents {
		if !strings.HasPrefix(a, "claimdiff/") {
			t.Errorf("User-Agent %q", a)
		}
	}
	if n := c.Counts(); n.NotModified != 2 {
		t.Errorf("304s counted %d, want 2", n.NotModified)
	}
}

func TestResolve(t *testing.T) {
	for _, tc := range []struct{ base, link, want string }{
		{"http://127.0.0.1:8080/feeds/a.xml", "/news/x.html", "http://127.0.0.1:8080/news/x.html"},
		{"http://127.0.0.1:8080/feeds/a.xml", "x.html", "http://127.0.0.1:8080/feeds/x.html"},
		{"http://127.0.0.1:8080/feeds/a.xml", "https://o.example/y", "https://o.example/y"},
	} {
		if got := resolve(tc.base, tc.link); got != tc.want {
			t.Errorf("resolve(%q, %q) = %q, want %q", tc.base, tc.link, got, tc.want)
		}
	}
}
