package main

import (
	"context"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/report"
)

// claimsCommand implements `claimdiff claims`: split articles into claims
// and read their facts.
type claimsCommand struct {
	inputFlags
	configFlag
	format string
	facts  bool
}

func (c *claimsCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "claims", "claims [--format text|json|jsonl] [--strict] PATH...",
		"claimdiff claims --format json testdata/corpus/syria-russia > claims.json")
	fs.StringVar(&c.format, "format", "text", "output format: text, json or jsonl")
	fs.BoolVar(&c.facts, "facts", true, "read each claim's facts (dates, numbers, people, speakers, sources, quotes); --facts=false only splits, several times faster")
	c.configFlag.register(fs)
	c.inputFlags.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat("claims", c.format, "text", "json", "jsonl"); err != nil {
		return err
	}
	_, lex, err := c.configFlag.read(env)
	if err != nil {
		return err
	}
	docs, err := c.load(ctx, env, fs.Args())
	if err != nil {
		return err
	}
	a, err := claimsInBatches(ctx, docs, analysis.Options{Lexicon: lex, NoFacts: !c.facts})
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

// batchSize is how many documents claimsInBatches splits at a time.
const batchSize = 1024

// claimsInBatches runs analysis.Claims over docs a batch at a time and drops
// each claim's tokens once its batch is done: the claims command writes no
// tokens, and keeping them for a large corpus costs several times the text
// in memory.
func claimsInBatches(ctx context.Context, docs []*corpus.Document, opts analysis.Options) (*analysis.Analysis, error) {
	var out *analysis.Analysis
	var claims []claim.Claim
	for i := 0; i < len(docs) || out == nil; i += batchSize {
		batch := docs[i:min(i+batchSize, len(docs))]
		a, err := analysis.Claims(ctx, opts, batch)
		if err != nil {
			return nil, err
		}
		for j := range a.Claims {
			a.Claims[j].Tokens = nil
		}
		claims = append(claims, a.Claims...)
		if out == nil {
			out = a
		}
	}
	out.Documents = docs
	out.Claims = claims
	out.Entities = claim.ResolveEntities(claims)
	if out.Claims == nil {
		out.Claims = []claim.Claim{}
	}
	return out, nil
}
