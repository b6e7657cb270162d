// Package fetch brings articles in from the web: RSS 2.0, Atom and JSON
// Feed feeds (github.com/mmcdole/gofeed), article pages (read by corpus's
// HTML extraction) and feeds files, one URL a line.
//
// Politeness. Every request carries a User-Agent naming claimdiff; a host's
// robots.txt is read once per Client (github.com/temoto/robotstxt) and its
// rules and Crawl-delay obeyed; requests to one host are limited in number
// at a time (PerHost) and spaced (Delay); each has a timeout, at most
// MaxRedirects redirects and at most MaxBytes of body (after gzip, which
// the transport asks for and undoes). A URL seen before is asked for
// conditionally (If-None-Match, If-Modified-Since) with the validators the
// caller kept, so an unchanged page costs a 304 and no body.
//
// Failures never stop a run: each is one Problem naming its URL, and the
// other URLs are fetched.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// UserAgent is the User-Agent claimdiff sends (robots.txt groups match on
// its first word, "claimdiff").
const UserAgent = "claimdiff/1 (+https://github.com/claimdiff/claimdiff; news comparison for fact-checkers)"

// Defaults of a Client's limits.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultDelay        = time.Second
	DefaultPerHost      = 2
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
)

// Errors callers may test for.
var (
	ErrTooLarge     = errors.New("body over the size limit")
	ErrRobots       = errors.New("disallowed by robots.txt")
	ErrTooRedirects = errors.New("too many redirects")
	ErrStatus       = errors.New("HTTP error status")
)

// Validators are what a server said about a copy it sent, so that the next
// request can ask "only if changed".
type Validators struct {
	ETag         string
	LastModified string
}

// Response is one fetched URL.
type Response struct {
	URL         string // as asked for
	FinalURL    string // after redirects
	Status      int    // 200, or 304 when NotModified
	NotModified bool
	ContentType string
	Body        []byte // nil when NotModified
	Validators         // from this response (the request's, on a 304 without them)
	FetchedAt   time.Time
}

// Client fetches URLs politely. The zero value is not usable; call
// NewClient. A Client is safe for concurrent use.
type Client struct {
	HTTP         *http.Client
	UserAgent    string
	Delay        time.Duration // spacing between requests to one host
	PerHost      int           // requests to one host at a time
	MaxBytes     int64         // largest body read
	MaxRedirects int
	// Robots, when false, skips robots.txt (tests of other things only).
	Robots bool
	// Allow, when set, is asked before any request (redirects included);
	// an error refuses the URL. Tests use it to keep to 127.0.0.1.
	Allow func(u *url.URL) error

	mu     sync.Mutex
	hosts  map[string]*host
	counts Counts
}

// Counts are what a Client did, for reports and tests.
type Counts struct {
	Requests    int // requests sent (robots.txt included)
	NotModified int // 304 answers
	Errors      int // requests that failed
}

// host is the per-host state: a semaphore, the earliest time of the next
// request, and the parsed robots.txt.
type host struct {
	sem    chan struct{}
	mu     sync.Mutex
	next   time.Time
	delay  time.Duration
	robots *robotstxt.Group
	once   sync.Once
}

// NewClient returns a Client with the default limits.
func NewClient() *Client {
	c := &Client{
		UserAgent:    UserAgent,
		Delay:        DefaultDelay,
		PerHost:      DefaultPerHost,
		MaxBytes:     DefaultMaxBytes,
		MaxRedirects: DefaultMaxRedirects,
		Robots:       true,
		hosts:        make(map[string]*host),
	}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: DefaultTimeout,
		MaxIdleConnsPerHost:   DefaultPerHost,
		IdleConnTimeout:       90 * time.Second,
	}
	c.HTTP = &http.Client{Transport: tr, Timeout: DefaultTimeout}
	return c
}

// SetTimeout sets the whole-request timeout (headers and body).
func (c *Client) SetTimeout(d time.Duration) {
	c.HTTP.Timeout = d
	if tr, ok := c.HTTP.Transport.(*http.Transport); ok {
		tr.ResponseHeaderTimeout = d
	}
}

// Counts returns what the Client has done so far.
func (c *Client) Counts() Counts {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts
}

func (c *Client) count(f func(*Counts)) {
	c.mu.Lock()
	f(&c.counts)
	c.mu.Unlock()
}

func (c *Client) host(name string) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hosts == nil {
		c.hosts = make(map[string]*host)
	}
	h := c.hosts[name]
	if h == nil {
		n := c.PerHost
		if n <= 0 {
			n = DefaultPerHost
		}
		h = &host{sem: make(chan struct{}, n), delay: c.Delay}
		c.hosts[name] = h
	}
	return h
}

// acquire waits for a slot on h and for its spacing; release with
// h.release.
func (h *host) acquire(ctx context.Context) error {
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	h.mu.Lock()
	now := time.Now()
	at := h.next
	if at.Before(now) {
		at = now
	}
	h.next = at.Add(h.delay)
	h.mu.Unlock()
	if wait := time.Until(at); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			<-h.sem
			return ctx.Err()
		}
	}
	return nil
}

func (h *host) release() { <-h.sem }

// Fetch gets rawURL, conditionally when prev holds validators. A 304 is a
// Response with NotModified set and no body; any other status than 2xx is
// an error naming it.
func (c *Client) Fetch(ctx context.Context, rawURL string, prev Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL")
	}
	if c.Allow != nil {
		if err := c.Allow(u); err != nil {
			return nil, err
		}
	}
	h := c.host(u.Host)
	if c.Robots {
		h.once.Do(func() { h.robots, h.delay = c.readRobots(ctx, u, h) })
		if h.robots != nil && !h.robots.Test(u.RequestURI()) {
			return nil, ErrRobots
		}
	}
	return c.get(ctx, u, h, prev)
}

// get sends one GET through h's limits.
func (c *Client) get(ctx context.Context, u *url.URL, h *host, prev Validators) (*Response, error) {
	if err := h.acquire(ctx); err != nil {
		return nil, err
	}
	defer h.release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}
	hc := *c.HTTP
	max := c.MaxRedirects
	if max <= 0 {
		max = DefaultMaxRedirects
	}
	hc.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if len(via) > max {
			return fmt.Errorf("%w (more than %d)", ErrTooRedirects, max)
		}
		if c.Allow != nil {
			if err := c.Allow(r.URL); err != nil {
				return err
			}
		}
		return nil
	}
	c.count(func(n *Counts) { n.Requests++ })
	resp, err := hc.Do(req)
	if err != nil {
		c.count(func(n *Counts) { n.Errors++ })
		return nil, describe(err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL: u.String(), FinalURL: resp.Request.URL.String(), Status: resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"), FetchedAt: time.Now().UTC(),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}
	if resp.StatusCode == http.StatusNotModified {
		c.count(func(n *Counts) { n.NotModified++ })
		out.NotModified = true
		if out.ETag == "" && out.LastModified == "" {
			out.Validators = prev
		}
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		c.count(func(n *Counts) { n.Errors++ })
		return out, fmt.Errorf("%w %d %s", ErrStatus, resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	limit := c.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if resp.ContentLength > limit {
		c.count(func(n *Counts) { n.Errors++ })
		return out, fmt.Errorf("%w: %d bytes announced, limit %d", ErrTooLarge, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		c.count(func(n *Counts) { n.Errors++ })
		return out, fmt.Errorf("read body: %w", describe(err))
	}
	if int64(len(body)) > limit {
		c.count(func(n *Counts) { n.Errors++ })
		return out, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	out.Body = body
	return out, nil
}

// readRobots fetches and parses u's host's robots.txt. A missing file (4xx)
// allows everything; a server error or an unreachable host disallows the
// host for this run (RFC 9309). It returns the group for claimdiff and the
// spacing to keep (the larger of Delay and Crawl-delay).
func (c *Client) readRobots(ctx context.Context, u *url.URL, h *host) (*robotstxt.Group, time.Duration) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := c.get(ctx, ru, h, Validators{})
	var data *robotstxt.RobotsData
	switch {
	case err == nil:
		data, err = robotstxt.FromStatusAndBytes(resp.Status, resp.Body)
	case resp != nil:
		data, err = robotstxt.FromStatusAndBytes(resp.Status, nil)
	}
	if err != nil || data == nil {
		// Unreachable or unreadable: disallow, as for a 5xx.
		data, _ = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
	}
	g := data.FindGroup("claimdiff")
	d := h.delay
	if g != nil && g.CrawlDelay > d {
		d = g.CrawlDelay
	}
	return g, d
}

// describe shortens transport errors to what a person needs.
func describe(err error) error {
	var ne net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("timed out: %w", err)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// IsURL reports whether s is an http or https URL (how the command line
// tells a URL from a path).
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
