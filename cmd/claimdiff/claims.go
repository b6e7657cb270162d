package main

import (
	"context"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/report"
)

// claimsCommand implements `claimdiff claims`: split articles into claims
// and read their facts.
type claimsCommand struct {
	inputFlags
	format string
}

func (c *claimsCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "claims", "claims [--format text|json|jsonl] [--strict] PATH...",
		"claimdiff claims --format json testdata/corpus/syria-russia > claims.json")
	fs.StringVar(&c.format, "format", "text", "output format: text, json or jsonl")
	c.inputFlags.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat("claims", c.format, "text", "json", "jsonl"); err != nil {
		return err
	}
	docs, err := c.load(ctx, env, fs.Args())
	if err != nil {
		return err
	}
	a, err := analysis.Claims(ctx, analysis.Options{}, docs)
	if err != nil {
		return err
	}
	switch c.format {
	case "json":
		err = report.WriteJSON(env.Stdout, a)
	case "jsonl":
		err = report.WriteJSONL(env.Stdout, a)
	default:
		err = report.WriteClaimsText(env.Stdout, a)
	}
	if err != nil {
		return &exitErr{code: exitFailed, msg: "write output: " + err.Error()}
	}
	return nil
}
