package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/fetch"
	"github.com/claimdiff/claimdiff/review"
	"github.com/claimdiff/claimdiff/store"
)

// watchCommand implements `claimdiff watch`: poll feeds, keep the article
// store and its analysis up to date, print each new or changed
// discrepancy.
type watchCommand struct {
	netFlags
	configFlag
	dir    string
	format string
	every  time.Duration
	once   bool
	failOn string
	quiet  bool
}

func (c *watchCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "watch", "watch [--every 10m] [--once] [--format text|jsonl] [--fail-on TYPES] [--store DIR] FEEDS_FILE|URL...",
		"claimdiff watch --every 10m feeds.txt\n"+
			"  claimdiff watch --once --format jsonl --fail-on date,number feeds.txt   # from cron; exit 3 on an unreviewed one\n\n"+
			"Each poll fetches the feeds (conditionally: an unchanged feed costs a 304),\n"+
			"reads the pages not seen before or changed, analyses only them against the\n"+
			"stored corpus (DIR/articles.db), and prints each discrepancy not seen before:\n"+
			"a readable line, or with --format jsonl one JSON object a line:\n"+
			"  {\"key\":\"x-…\",\"type\":\"number\",\"severity\":3,\"detail\":\"…\",\"event\":\"ev-…\",\n"+
			"   \"alignment\":\"al-…\",\"claims\":[{\"id\":\"d-…/c-…\",\"source\":\"…\",\"url\":\"…\",\"text\":\"…\"},…],…}")
	fs.StringVar(&c.dir, "store", store.DefaultDir, "store directory (articles.db beside the review store)")
	fs.StringVar(&c.format, "format", "text", "output: text (one readable line per discrepancy) or jsonl")
	fs.DurationVar(&c.every, "every", 10*time.Minute, "time between two polls")
	fs.BoolVar(&c.once, "once", false, "poll once and exit (for cron)")
	fs.StringVar(&c.failOn, "fail-on", "", "with --once: exit 3 when a new discrepancy of one of these types (comma-separated: "+strings.Join(discrepancyTypes, ",")+") has no verdict")
	fs.BoolVar(&c.quiet, "quiet", false, "no summary line per poll on stderr")
	c.netFlags.register(fs)
	c.configFlag.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat("watch", c.format, "text", "jsonl"); err != nil {
		return err
	}
	failOn, err := parseFailOn(c.failOn)
	if err != nil {
		return usageError("%s", strings.Replace(err.Error(), "report:", "watch:", 1))
	}
	if failOn != nil && !c.once {
		return usageError("watch: --fail-on needs --once (an endless watch has no exit status to give)")
	}
	if c.every <= 0 {
		return usageError("watch: --every must be positive")
	}
	if fs.NArg() == 0 {
		return usageError("watch: name a feeds file (one feed URL a line) or feed URLs")
	}
	_, lex, err := c.configFlag.read(env)
	if err != nil {
		return err
	}
	storeMemoryLimit(env)
	st, err := store.Open(ctx, storeDir(env, c.dir))
	if err != nil {
		return &exitErr{code: exitFailed, msg: err.Error()}
	}
	defer st.Close()
	p := &poll{env: env, store: st, client: c.netFlags.client(env), lexicon: lex, format: c.format, quiet: c.quiet, storeDir: storeDir(env, c.dir)}
	for {
		// The feeds file is read again at every poll: a desk edits it
		// while the watch runs.
		srcs, _ := sourcesOf(env, fs.Args())
		out, err := p.once(ctx, srcs)
		if err != nil {
			return err
		}
		if c.once {
			if out.fetched == 0 && out.unchanged == 0 && out.failed > 0 {
				return &exitErr{code: exitFailed, msg: "watch: nothing could be fetched"}
			}
			if failOn != nil {
				return p.failOn(out.news, failOn)
			}
			return nil
		}
		t := time.NewTimer(c.every)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil // interrupted between polls: a clean stop
		case <-t.C:
		}
	}
}

// poll is one fetch-and-analyse round, shared by fetch and watch.
type poll struct {
	env     *Env
	store   *store.Store
	client  *fetch.Client
	lexicon *claim.Lexicon
	format  string // text or jsonl
	// summaryOnly prints no discrepancy in text format (fetch).
	summaryOnly bool
	quiet       bool
	storeDir    string
}

// pollResult counts what a poll did.
type pollResult struct {
	fetched, unchanged, failed int
	news                       []store.Discrepancy
}

func (p *poll) once(ctx context.Context, srcs []fetch.Source) (*pollResult, error) {
	start := time.Now()
	before := p.client.Counts()
	res, inputs := crawl(ctx, p.env, p.client, p.store, srcs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := p.store.RecordFeeds(ctx, res.Feeds); err != nil {
		return nil, &exitErr{code: exitFailed, msg: "article store: " + err.Error()}
	}
	if err := p.store.RecordUnchanged(ctx, res.Unchanged); err != nil {
		return nil, &exitErr{code: exitFailed, msg: "article store: " + err.Error()}
	}
	rep, err := p.store.Update(ctx, inputs, store.Options{Lexicon: p.lexicon})
	if err != nil {
		return nil, &exitErr{code: exitFailed, msg: "article store: " + err.Error()}
	}
	after := p.client.Counts()
	out := &pollResult{fetched: len(res.Articles), unchanged: len(res.Unchanged), failed: len(res.Problems), news: rep.New}
	feedsUnchanged := 0
	for _, f := range res.Feeds {
		if f.NotModified {
			feedsUnchanged++
		}
	}
	if p.format == "jsonl" {
		for _, d := range rep.New {
			b, _ := json.Marshal(d)
			fmt.Fprintf(p.env.Stdout, "%s\n", b)
		}
	} else if !p.summaryOnly {
		for _, d := range rep.New {
			fmt.Fprintln(p.env.Stdout, discrepancyLine(d))
		}
	}
	if !p.quiet {
		fmt.Fprintf(p.env.Stderr, "claimdiff: %s: %d feeds (%d unchanged), %d pages read (%d new, %d changed), %d unchanged (%d answered 304), %d failed; %s analysis: %d events re-clustered, %d alignments compared; %d new discrepancies (%.1fs)\n",
			time.Now().UTC().Format("2006-01-02T15:04:05Z"), len(res.Feeds), feedsUnchanged, len(res.Articles), rep.DocsNew, rep.DocsChanged,
			len(res.Unchanged), after.NotModified-before.NotModified, len(res.Problems), rep.Mode, rep.EventsRecomputed, rep.AlignmentsCompared,
			len(rep.New), time.Since(start).Seconds())
	}
	return out, nil
}

// failOn returns exit 3 when a new discrepancy of one of types has no
// settled verdict on its alignment or its claims in the review store.
func (p *poll) failOn(news []store.Discrepancy, types []string) error {
	snap, err := review.LoadDir(p.storeDir)
	if err != nil {
		return &exitErr{code: exitFailed, msg: err.Error()}
	}
	var claims, als []review.Target
	for _, d := range news {
		als = append(als, review.Target{ID: d.Alignment})
		for _, c := range d.Claims {
			claims = append(claims, review.Target{ID: c.ID, Doc: c.Doc, Text: c.Text})
		}
	}
	state := snap.Resolve(claims, als)
	settled := func(id string) bool {
		v, ok := state.Verdicts[id]
		return ok && string(v.Entry.Verdict) != string(review.NeedsChecking)
	}
	count := map[string]int{}
	for _, d := range news {
		if !slices.Contains(types, d.Type) || settled(d.Alignment) {
			continue
		}
		reviewed := false
		for _, c := range d.Claims {
			if settled(c.ID) {
				reviewed = true
			}
		}
		if !reviewed {
			count[d.Type]++
		}
	}
	if len(count) == 0 {
		return nil
	}
	var parts []string
	n := 0
	for _, t := range types {
		if count[t] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[t], t))
			n += count[t]
		}
	}
	return &exitErr{code: exitFailOn, msg: fmt.Sprintf("--fail-on: %d new discrepancies without a verdict (%s)", n, strings.Join(parts, ", "))}
}

// discrepancyLine is a discrepancy as one readable line.
func discrepancyLine(d store.Discrepancy) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d %s", d.Type, d.Severity, d.Alignment)
	if d.EventDate != "" {
		fmt.Fprintf(&b, " [%s]", d.EventDate)
	}
	if d.EventLabel != "" {
		fmt.Fprintf(&b, " %s", oneLine(d.EventLabel, 60))
	}
	fmt.Fprintf(&b, ": %s", oneLine(d.Detail, 160))
	for _, c := range d.Claims {
		src := c.Source
		if src == "" {
			src = c.Doc
		}
		fmt.Fprintf(&b, " | %s: %s", src, oneLine(c.Text, 120))
	}
	return b.String()
}

// oneLine folds whitespace and cuts s to at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
