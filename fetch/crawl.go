package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/corpus"
)

// State is what the caller remembers of URLs fetched before (the article
// store does): their validators, for conditional requests.
type State interface {
	// Known returns the validators kept for url; ok is false for a URL
	// never fetched.
	Known(url string) (v Validators, ok bool)
}

// Provenance is where an article came from and how it was fetched.
type Provenance struct {
	URL       string    // the page asked for (the feed item's link)
	FinalURL  string    // after redirects
	Feed      string    // the feed that listed it, "" for a URL given directly
	Outlet    string    // the outlet named in the feeds file, if any
	FetchedAt time.Time // UTC
	Status    int       // HTTP status (200; 304 for pages found unchanged)
	Validators
}

// Article is a page fetched and read: its provenance and the documents
// parsed from it (one for an article page; not yet finished, see
// corpus.Prepare).
type Article struct {
	Provenance
	Docs []*corpus.Document
}

// FeedStatus is what became of one feed.
type FeedStatus struct {
	Provenance
	Title       string
	NotModified bool
	Items       int
}

// Problem is a URL that could not be fetched or read.
type Problem struct {
	URL  string
	Feed string // the feed that listed it, if any
	Err  error
}

func (p *Problem) Error() string {
	if p.Feed != "" {
		return fmt.Sprintf("%s (from %s): %v", p.URL, p.Feed, p.Err)
	}
	return fmt.Sprintf("%s: %v", p.URL, p.Err)
}

func (p *Problem) Unwrap() error { return p.Err }

// Result is what a Crawl brought in.
type Result struct {
	Feeds     []FeedStatus
	Articles  []Article    // pages new or changed (200)
	Unchanged []Provenance // pages not fetched again: 304, or known and without validators
	Problems  []*Problem
}

// Crawler fetches feeds and the pages they list.
type Crawler struct {
	Client *Client
	State  State // nil: every URL is new
	// Workers is how many pages are fetched at once over all hosts
	// (default 8); each host also keeps to the Client's PerHost.
	Workers int
	// MaxItems is how many entries of one feed are read (default 200).
	MaxItems int
	// StrictFeeds makes every source a feed: an HTML page is an error
	// rather than an article (feeds files are read so).
	StrictFeeds bool
}

// page is one page to fetch.
type page struct {
	url    string
	feed   string
	outlet string
	item   Item
}

// Crawl fetches each source — a feed, whose entries' pages are then
// fetched, or (unless StrictFeeds) an article page — and reads the pages.
// Failures are Problems; everything else goes on.
func (cr *Crawler) Crawl(ctx context.Context, sources []Source) *Result {
	res := &Result{}
	var mu sync.Mutex
	var pages []page
	seen := make(map[string]bool)
	addPage := func(p page) {
		mu.Lock()
		defer mu.Unlock()
		if seen[p.url] {
			return
		}
		seen[p.url] = true
		pages = append(pages, p)
	}
	problem := func(p *Problem) {
		mu.Lock()
		res.Problems = append(res.Problems, p)
		mu.Unlock()
	}
	strict := cr.StrictFeeds

	// 1. The sources themselves.
	cr.each(ctx, len(sources), func(i int) {
		s := sources[i]
		prev, _ := cr.known(s.URL)
		resp, err := cr.Client.Fetch(ctx, s.URL, prev)
		if err != nil {
			problem(&Problem{URL: s.URL, Err: err})
			return
		}
		prov := Provenance{URL: s.URL, FinalURL: resp.FinalURL, Outlet: s.Outlet, FetchedAt: resp.FetchedAt, Status: resp.Status, Validators: resp.Validators}
		if resp.NotModified {
			mu.Lock()
			res.Feeds = append(res.Feeds, FeedStatus{Provenance: prov, NotModified: true})
			mu.Unlock()
			return
		}
		if !strict && s.File == "" && !LooksLikeFeed(resp.ContentType, resp.Body) {
			// A URL given directly that is not a feed: an article page.
			a := cr.readPage(prov, resp, Item{})
			if a.err != nil {
				problem(&Problem{URL: s.URL, Err: a.err})
				return
			}
			mu.Lock()
			res.Articles = append(res.Articles, a.Article)
			mu.Unlock()
			return
		}
		f, err := ParseFeed(resp.ContentType, resp.Body)
		if err != nil {
			problem(&Problem{URL: s.URL, Err: err})
			return
		}
		max := cr.MaxItems
		if max <= 0 {
			max = 200
		}
		items := f.Items
		if len(items) > max {
			items = items[:max]
		}
		mu.Lock()
		res.Feeds = append(res.Feeds, FeedStatus{Provenance: prov, Title: f.Title, Items: len(items)})
		mu.Unlock()
		for _, it := range items {
			addPage(page{url: resolve(resp.FinalURL, it.URL), feed: s.URL, outlet: s.Outlet, item: it})
		}
	})

	// 2. The pages the feeds list, in a stable order.
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].url < pages[j].url })
	cr.each(ctx, len(pages), func(i int) {
		p := pages[i]
		prev, known := cr.known(p.url)
		base := Provenance{URL: p.url, Feed: p.feed, Outlet: p.outlet}
		if known && prev == (Validators{}) {
			// Known, and the server gave nothing to ask "if changed" with:
			// not fetched again.
			base.Status = 0
			mu.Lock()
			res.Unchanged = append(res.Unchanged, base)
			mu.Unlock()
			return
		}
		resp, err := cr.Client.Fetch(ctx, p.url, prev)
		if err != nil {
			problem(&Problem{URL: p.url, Feed: p.feed, Err: err})
			return
		}
		base.FinalURL, base.FetchedAt, base.Status, base.Validators = resp.FinalURL, resp.FetchedAt, resp.Status, resp.Validators
		if resp.NotModified {
			mu.Lock()
			res.Unchanged = append(res.Unchanged, base)
			mu.Unlock()
			return
		}
		a := cr.readPage(base, resp, p.item)
		if a.err != nil {
			problem(&Problem{URL: p.url, Feed: p.feed, Err: a.err})
			return
		}
		mu.Lock()
		res.Articles = append(res.Articles, a.Article)
		mu.Unlock()
	})
	sort.Slice(res.Articles, func(i, j int) bool { return res.Articles[i].URL < res.Articles[j].URL })
	sort.Slice(res.Feeds, func(i, j int) bool { return res.Feeds[i].URL < res.Feeds[j].URL })
	sort.Slice(res.Unchanged, func(i, j int) bool { return res.Unchanged[i].URL < res.Unchanged[j].URL })
	sort.SliceStable(res.Problems, func(i, j int) bool { return res.Problems[i].URL < res.Problems[j].URL })
	return res
}

type readArticle struct {
	Article
	err error
}

// readPage parses a fetched page into documents, taking from the feed
// entry what the page does not say (title, date) and the outlet's name
// from the feeds file.
func (cr *Crawler) readPage(prov Provenance, resp *Response, it Item) readArticle {
	docs, probs := corpus.ParseFetched(prov.URL, resp.ContentType, resp.Body)
	if len(docs) == 0 {
		err := errors.New("no article could be read from the page")
		for _, p := range probs {
			if p.Err != nil {
				err = p.Err
				break
			}
		}
		return readArticle{err: err}
	}
	for _, d := range docs {
		if d.URL == "" {
			d.URL = prov.FinalURL
		}
		if d.Title == "" {
			d.Title = it.Title
		}
		if d.Published == "" && it.Published != "" {
			d.Published, d.PublishedFrom = it.Published, corpus.FromMetadata
		}
		if d.Retrieved == "" && !prov.FetchedAt.IsZero() {
			d.Retrieved, d.RetrievedFrom = prov.FetchedAt.Format("2006-01-02"), corpus.FromMetadata
		}
		if prov.Outlet != "" {
			d.Source, d.SourceFrom = prov.Outlet, corpus.FromMetadata
		}
	}
	return readArticle{Article: Article{Provenance: prov, Docs: docs}}
}

func (cr *Crawler) known(u string) (Validators, bool) {
	if cr.State == nil {
		return Validators{}, false
	}
	return cr.State.Known(u)
}

// each runs f(0..n-1) on the crawler's workers, stopping early when ctx
// ends.
func (cr *Crawler) each(ctx context.Context, n int, f func(i int)) {
	w := cr.Workers
	if w <= 0 {
		w = 8
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// resolve makes an entry's link absolute against its feed's URL.
func resolve(base, link string) string {
	b, err := url.Parse(base)
	if err != nil {
		return link
	}
	l, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return link
	}
	return b.ResolveReference(l).String()
}
