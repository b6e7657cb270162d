package main

import (
	"context"

	"github.com/claimdiff/claimdiff/analysis"
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
