package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/store"
)

// storeCommand implements `claimdiff store add|info|verify`: the article
// store outside of fetching.
type storeCommand struct {
	inputFlags
	configFlag
	dir    string
	format string
	full   bool
	exact  bool
}

func (c *storeCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "store", "store add|info|verify [--store DIR] [--format text|jsonl] [--full] [--exact] [PATH|URL...]",
		"claimdiff store add testdata/corpus/syria-russia\n\n"+
			"  add     read articles (files, directories, URLs) into DIR/articles.db and bring\n"+
			"          the analysis up to date for what is new or changed; prints a summary,\n"+
			"          or with --format jsonl each new discrepancy as a JSON line\n"+
			"  info    what the store holds (schema version, counts)\n"+
			"  verify  run the whole pipeline over the stored articles and count how many of\n"+
			"          its events and alignments the store holds as they are")
	fs.StringVar(&c.dir, "store", store.DefaultDir, "store directory (articles.db beside the review store)")
	fs.StringVar(&c.format, "format", "text", "add: text (a summary) or jsonl (new discrepancies)")
	fs.BoolVar(&c.full, "full", false, "add: re-cluster every event and compare every alignment again")
	fs.BoolVar(&c.exact, "exact", false, "add: also read whole every article of a re-clustered event (slower; closer to a full run)")
	c.inputFlags.register(fs)
	c.configFlag.register(fs)
	if len(args) == 0 {
		return usageError("store: name an action: add, info or verify (see 'claimdiff store --help')")
	}
	action := args[0]
	if action == "-h" || action == "--help" || action == "-help" {
		return parseFlags(fs, args)
	}
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if err := checkFormat("store", c.format, "text", "jsonl"); err != nil {
		return err
	}
	switch action {
	case "add", "info", "verify":
	default:
		return usageError("store: unknown action %q (actions: add, info, verify)", action)
	}
	_, lex, err := c.configFlag.read(env)
	if err != nil {
		return err
	}
	storeMemoryLimit(env)
	setStoreGCPercent(env)
	st, err := store.Open(ctx, storeDir(env, c.dir))
	if err != nil {
		return &exitErr{code: exitFailed, msg: err.Error()}
	}
	defer st.Close()
	switch action {
	case "info":
		n, err := st.Counts(ctx)
		if err != nil {
			return &exitErr{code: exitFailed, msg: err.Error()}
		}
		fmt.Fprintf(env.Stdout, "%s (schema version %d)\n%d documents, %d claims, %d events, %d alignments, %d discrepancies; %d pages and %d feeds fetched\n",
			st.Path(), store.SchemaVersion(), n.Documents, n.Claims, n.Events, n.Alignments, n.Discrepancies, n.Fetches, n.Feeds)
		return nil
	case "verify":
		start := time.Now()
		old, err := st.OldDocuments(ctx)
		if err != nil {
			return &exitErr{code: exitFailed, msg: err.Error()}
		}
		ag, err := st.Verify(ctx, analysis.Options{Lexicon: lex}, old)
		if err != nil {
			return &exitErr{code: exitFailed, msg: err.Error()}
		}
		fmt.Fprintf(env.Stdout, "full run: %d events, %d alignments; the store holds %d of those events and %d of those alignments as they are; %d stored events a full run does not make (%.1fs)\n",
			ag.Events, ag.Alignments, ag.EventsSame, ag.AlignmentsSame, ag.StoreOnlyEvents, time.Since(start).Seconds())
		fmt.Fprintf(env.Stdout, "of those made only of articles stored before the last update: %d of %d events and %d of %d alignments held as they are\n",
			ag.OldEventsSame, ag.OldEvents, ag.OldAlignmentsSame, ag.OldAlignments)
		for _, e := range ag.Examples {
			fmt.Fprintf(env.Stdout, "  %s\n", e)
		}
		if len(ag.OldDiffs) > 0 {
			fmt.Fprintf(env.Stdout, "old events a full run makes otherwise:\n")
			for _, e := range ag.OldDiffs {
				fmt.Fprintf(env.Stdout, "  %s\n", e)
			}
		}
		return nil
	}
	docs, err := c.load(ctx, env, fs.Args())
	if err != nil {
		return err
	}
	in := make([]store.Input, len(docs))
	for i, d := range docs {
		in[i] = store.Input{Doc: d}
	}
	rep, err := st.Update(ctx, in, store.Options{Lexicon: lex, Full: c.full, Exact: c.exact, Trace: newTrace(env).analysis()})
	if err != nil {
		return &exitErr{code: exitFailed, msg: "article store: " + err.Error()}
	}
	if c.format == "jsonl" {
		for _, d := range rep.New {
			b, _ := json.Marshal(d)
			fmt.Fprintf(env.Stdout, "%s\n", b)
		}
	}
	if c.format == "text" || !c.quiet {
		w := env.Stdout
		if c.format == "jsonl" {
			w = env.Stderr
		}
		fmt.Fprintf(w, "%d new, %d changed, %d unchanged, %d replaced articles; %s analysis: %d claims clustered, %d events re-clustered, %d alignments compared; %d new discrepancies (%.2fs)\n",
			rep.DocsNew, rep.DocsChanged, rep.DocsUnchanged, rep.DocsRemoved, rep.Mode, rep.ClaimsRescored, rep.EventsRecomputed, rep.AlignmentsCompared, len(rep.New), rep.Elapsed.Seconds())
	}
	return nil
}

// storeGCPercent is the garbage collector's heap growth (GOGC) for the
// one-shot store commands: an update of 100 articles on a store of all of
// SaudiNewsNet holds 250-300 MB live and allocates several times that, and
// at the default 100 the collector ran 16-18 times and took 0.6-1.2 s of
// its 3.5-4.4 s CPU (add0, add1 in GODEBUG=gctrace=1); at 400 it runs 4-5
// times for 0.1-0.2 s. The whole gain shows on a busy machine, where the
// collector's idle workers find no idle core (medians of CPU for add0,
// add1, add2: 3.89/4.86/6.22 s at 100, 3.49/4.67/5.33 s at 400); on a
// quiet one they ran beside the update anyway, and the medians of nine
// alternated runs were 3.08/4.11/5.11 s CPU and 2.64/2.93/3.55 s wall at
// 100, 3.05/4.02/4.62 s and 2.69/2.99/3.39 s at 400, for 60-350 MB more
// peak memory (1.22 GB at most before, 1.39-1.57 GB for add2) and a
// fifth more page faults. The soft memory limit still bounds the heap, so
// a first load (2.3 GB live, at that limit already) collects as before
// (80.4 s CPU, 3.66 GB at 100; 76.9 s, 3.63 GB at 400). watch, which stays
// up between polls, keeps the default.
const storeGCPercent = 400

// setStoreGCPercent sets storeGCPercent unless GOGC says otherwise.
func setStoreGCPercent(env *Env) {
	if env.Getenv != nil && env.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(storeGCPercent)
}

// storeMemoryLimit raises the garbage collector's soft memory limit (main
// sets 1.5 GiB) to 3 GiB for commands that update the article store,
// unless GOMEMLIMIT says otherwise: an update holds every clustered
// claim's scoring features until it has written the claims back, and on a
// first load of SaudiNewsNet (2.3 GB live) the lower limit kept the
// collector running all along (294 s instead of 95 s).
func storeMemoryLimit(env *Env) {
	if env.Getenv != nil && env.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if debug.SetMemoryLimit(-1) < 3<<30 {
		debug.SetMemoryLimit(3 << 30)
	}
}
