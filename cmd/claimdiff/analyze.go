package main

import (
	"context"
	"runtime/debug"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/report"
)

// analyzeCommand implements `claimdiff analyze`: the whole pipeline.
type analyzeCommand struct {
	inputFlags
	storeFlag
	configFlag
	format string
	diff   bool
}

func (c *analyzeCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "analyze", "analyze [--format text|json|jsonl] [--strict] [--quiet] PATH...|STORE",
		"claimdiff analyze --format json testdata/corpus/syria-russia > analysis.json"+storeInputHelp+
			"\n  claimdiff analyze --format json .claimdiff > analysis.json")
	fs.StringVar(&c.format, "format", "text", "output format: text, json or jsonl")
	fs.BoolVar(&c.diff, "diff", true, "compare aligned claims: word diffs and typed discrepancies (--diff=false stops at events and alignments)")
	c.inputFlags.register(fs)
	c.storeFlag.register(fs)
	c.configFlag.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	_, lex, err := c.configFlag.read(env)
	if err != nil {
		return err
	}
	if err := checkFormat("analyze", c.format, "text", "json", "jsonl"); err != nil {
		return err
	}
	trace := newTrace(env)
	if dir, ok := articleStoreInput(env, fs.Args(), c.storeFlag.dir); ok {
		a, err := c.storeFlag.readStored(ctx, env, fs, dir)
		if err != nil {
			return err
		}
		return c.write(env, a)
	}
	docs, err := c.load(ctx, env, fs.Args())
	if err != nil {
		return err
	}
	trace.stage("read articles")
	analysisMemoryLimit(env, docs)
	snap, err := c.snapshot(env)
	if err != nil {
		return err
	}
	prog := newProgress(env, c.quiet)
	a, err := analysis.Analyze(ctx, analysis.Options{Progress: prog.docs, Reviews: snap, Lexicon: lex, NoDifferences: !c.diff, Trace: trace.analysis(),
		// JSON is written alignment by alignment: their differences
		// are computed as it goes, never all held at once.
		DiffsWhileEncoding: c.format == "json"}, docs)
	prog.done()
	if err != nil {
		return err
	}
	trace.restart()
	if err := c.write(env, a); err != nil {
		return err
	}
	trace.stage("output")
	return nil
}

// write writes the analysis in the format asked for.
func (c *analyzeCommand) write(env *Env, a *analysis.Analysis) error {
	var err error
	switch c.format {
	case "json":
		err = report.WriteJSON(env.Stdout, a)
	case "jsonl":
		err = report.WriteJSONL(env.Stdout, a)
	default:
		err = report.WriteAnalysisText(env.Stdout, a)
	}
	if err != nil {
		return &exitErr{code: exitFailed, msg: "write output: " + err.Error()}
	}
	return nil
}

// Memory of an analysis: the heap it holds grows with the text it reads,
// about 7.4 bytes a byte of text at its largest on all of SaudiNewsNet
// (677 MiB live for 96 MB of text, in the events stage); fixed costs
// (stem caches, models, lexicons) dominate small inputs.
const (
	// memoryPerTextByte is the soft memory limit per byte of text: room
	// for the collector above the live heap, so that it runs about once
	// per 200 MB allocated at the largest, not all the time.
	memoryPerTextByte = 10
	// minAnalysisMemory is the least limit: 920 MiB keeps all of
	// SaudiNewsNet under 1 GB of peak RSS (919 MB at 900 MiB).
	minAnalysisMemory = 920 << 20
)

// analysisMemoryLimit sets the soft memory limit for analysing docs:
// memoryPerTextByte for each byte of their text, at least
// minAnalysisMemory, unless GOMEMLIMIT says otherwise. With the limit
// main sets (1.5 GiB) the collector let the heap grow to the limit on all
// of SaudiNewsNet (1.51 GB peak RSS), and a corpus half as large again
// would have kept it running all along.
func analysisMemoryLimit(env *Env, docs []*corpus.Document) {
	if env.Getenv != nil && env.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(analysisMemory(docs))
}

// analysisMemory is the limit analysisMemoryLimit sets for docs.
func analysisMemory(docs []*corpus.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return max(minAnalysisMemory, memoryPerTextByte*n)
}
