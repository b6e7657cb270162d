package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/fetch"
	"github.com/claimdiff/claimdiff/store"
)

// netFlags are the politeness limits of commands that fetch.
type netFlags struct {
	delay    time.Duration
	timeout  time.Duration
	perHost  int
	maxBytes int64
}

func (f *netFlags) register(fs *flag.FlagSet) {
	fs.DurationVar(&f.delay, "delay", fetch.DefaultDelay, "time between two requests to one host (a longer robots.txt Crawl-delay wins)")
	fs.DurationVar(&f.timeout, "timeout", fetch.DefaultTimeout, "time allowed for one request, body included")
	fs.IntVar(&f.perHost, "per-host", fetch.DefaultPerHost, "requests to one host at a time")
	fs.Int64Var(&f.maxBytes, "max-bytes", fetch.DefaultMaxBytes, "largest page or feed read, in bytes (after gzip)")
}

// client returns the HTTP client with the flags' limits (Env.NewClient's
// when a test set it).
func (f *netFlags) client(env *Env) *fetch.Client {
	var c *fetch.Client
	if env.NewClient != nil {
		c = env.NewClient()
	} else {
		c = fetch.NewClient()
	}
	if f == nil {
		return c
	}
	if f.delay >= 0 {
		c.Delay = f.delay
	}
	if f.perHost > 0 {
		c.PerHost = f.perHost
	}
	if f.maxBytes > 0 {
		c.MaxBytes = f.maxBytes
	}
	if f.timeout > 0 {
		c.SetTimeout(f.timeout)
	}
	return c
}

// sourcesOf reads the command line of fetch and watch: URLs, and feeds
// files naming more. Unreadable files and lines are reported and skipped.
func sourcesOf(env *Env, args []string) ([]fetch.Source, int) {
	var out []fetch.Source
	failed := 0
	for _, a := range args {
		if fetch.IsURL(a) {
			out = append(out, fetch.Source{URL: a})
			continue
		}
		p := a
		if env.Cwd != "" && !strings.HasPrefix(p, "/") {
			p = env.Cwd + "/" + p
		}
		srcs, errs := fetch.ReadFeedsFile(p)
		for i := range srcs {
			srcs[i].File = a
		}
		for _, err := range errs {
			failed++
			fmt.Fprintf(env.Stderr, "claimdiff: %v\n", strings.Replace(err.Error(), p, a, 1))
		}
		out = append(out, srcs...)
	}
	return out, failed
}

// crawl fetches sources into documents ready for the store; every
// problem is one line on stderr naming its URL.
func crawl(ctx context.Context, env *Env, c *fetch.Client, st fetch.State, sources []fetch.Source) (*fetch.Result, []store.Input) {
	cr := &fetch.Crawler{Client: c, State: st}
	res := cr.Crawl(ctx, sources)
	for _, p := range res.Problems {
		fmt.Fprintf(env.Stderr, "claimdiff: %v\n", p)
	}
	var docs []*corpus.Document
	var provs []*fetch.Provenance
	for i := range res.Articles {
		a := &res.Articles[i]
		for _, d := range a.Docs {
			docs = append(docs, d)
			provs = append(provs, &a.Provenance)
		}
	}
	corpus.Prepare(docs)
	in := make([]store.Input, len(docs))
	for i, d := range docs {
		in[i] = store.Input{Doc: d, Prov: provs[i]}
	}
	return res, in
}

// fetchURLs reads URLs given where a PATH is expected (no store: every
// page is fetched), reporting each failure on stderr. A URL is a feed
// (its entries' pages are read) or an article page.
func fetchURLs(ctx context.Context, env *Env, urls []string) ([]*corpus.Document, int) {
	if len(urls) == 0 {
		return nil, 0
	}
	var f *netFlags
	c := f.client(env)
	srcs := make([]fetch.Source, len(urls))
	for i, u := range urls {
		srcs[i] = fetch.Source{URL: u}
	}
	res := (&fetch.Crawler{Client: c}).Crawl(ctx, srcs)
	for _, p := range res.Problems {
		fmt.Fprintf(env.Stderr, "claimdiff: %v\n", p)
	}
	var docs []*corpus.Document
	for _, a := range res.Articles {
		docs = append(docs, a.Docs...)
	}
	return docs, len(res.Problems)
}

// splitURLs separates URLs from paths on a command line.
func splitURLs(args []string) (urls, paths []string) {
	for _, a := range args {
		if fetch.IsURL(a) {
			if _, err := url.Parse(a); err == nil {
				urls = append(urls, a)
				continue
			}
		}
		paths = append(paths, a)
	}
	return urls, paths
}

// fetchCommand implements `claimdiff fetch`: feeds and pages into the
// article store, and the stored analysis brought up to date.
type fetchCommand struct {
	netFlags
	configFlag
	dir    string
	format string
}

func (c *fetchCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "fetch", "fetch [--store DIR] [--delay D] [--timeout D] [--per-host N] [--max-bytes N] [--format text|jsonl] URL|FEEDS_FILE...",
		"claimdiff fetch feeds.txt https://example.org/news/article-1.html\n\n"+
			"A feeds file has one feed URL a line, optionally followed by the outlet's name;\n"+
			"# starts a comment:\n\n"+
			"  # feeds.txt\n"+
			"  https://sana.sy/feed/          سانا\n"+
			"  https://arabic.rt.com/rss/     RT Arabic\n\n"+
			"Feeds (RSS, Atom, JSON Feed) and the pages they list are fetched politely\n"+
			"(robots.txt, one host at a time, conditional requests), stored with their\n"+
			"provenance in DIR/articles.db, and the analysis is brought up to date for\n"+
			"what is new or changed. Each failure is one line naming its URL.")
	fs.StringVar(&c.dir, "store", store.DefaultDir, "store directory (articles.db beside the review store)")
	fs.StringVar(&c.format, "format", "text", "what to print: text (a summary) or jsonl (each new discrepancy as a JSON line)")
	c.netFlags.register(fs)
	c.configFlag.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat("fetch", c.format, "text", "jsonl"); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("fetch: name feed or page URLs, or feeds files")
	}
	_, lex, err := c.configFlag.read(env)
	if err != nil {
		return err
	}
	srcs, bad := sourcesOf(env, fs.Args())
	if len(srcs) == 0 {
		return &exitErr{code: exitFailed, msg: "fetch: no URL to fetch"}
	}
	storeMemoryLimit(env)
	setStoreGCPercent(env)
	st, err := store.Open(ctx, storeDir(env, c.dir))
	if err != nil {
		return &exitErr{code: exitFailed, msg: err.Error()}
	}
	defer st.Close()
	p := &poll{env: env, store: st, client: c.netFlags.client(env), lexicon: lex, format: c.format, summaryOnly: true}
	out, err := p.once(ctx, srcs)
	if err != nil {
		return err
	}
	if out.fetched == 0 && out.failed+bad > 0 && out.unchanged == 0 {
		return &exitErr{code: exitFailed, msg: "fetch: nothing could be fetched"}
	}
	return nil
}

// storeDir is the store directory (relative to the process's working
// directory, as the review store's --store is).
func storeDir(_ *Env, dir string) string {
	if dir == "" {
		dir = store.DefaultDir
	}
	return dir
}
