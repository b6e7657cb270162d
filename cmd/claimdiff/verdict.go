package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/claimdiff/claimdiff/review"
)

// verdictCommand implements `claimdiff verdict set|note|list|export`.
type verdictCommand struct {
	store    string // --store DIR
	reviewer string // --reviewer NAME
	config   configFlag

	// set, note
	id      string
	verdict string
	note    string
	text    string
	members verdictMembers

	// list
	onlyVerdict  string
	onlyReviewer string
	idPrefix     string
	format       string
}

const verdictUsage = `Usage: claimdiff verdict <set|note|list|export> [flags]

Record, list and export fact-checkers' verdicts and notes on claims
(d-xxxxxxxx/c-xxxxxx) and alignments (al-…). They are kept in a review store,
by default ./.claimdiff in the working directory (--store DIR to choose), one
JSON line per change, so they survive new analyses and merge in git.

Subcommands:
  set     give a claim or alignment a verdict (` + "confirmed, disputed, false, misleading, unverifiable, needs-checking" + `)
  note    add a note without a verdict
  list    show the verdicts that count (the latest per target), notes and corrections
  export  the verdicts as a JSON array of schema.org ClaimReview objects

Run 'claimdiff verdict <subcommand> --help' for its flags and an example.

Example:
  claimdiff verdict set --id d-5f2c9a1e/c-81b0e2 --verdict false --note "الزيارة في 31 تموز"
`

func (c *verdictCommand) Run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, verdictUsage)
		return errSilentUsage
	}
	switch args[0] {
	case "set":
		return c.set(env, args[1:])
	case "note":
		return c.addNote(env, args[1:])
	case "list":
		return c.list(env, args[1:])
	case "export":
		return c.export(env, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(env.Stdout, verdictUsage)
		return nil
	}
	return usageError("verdict: unknown subcommand %q (valid: set, note, list, export)", args[0])
}

// verdictMembers collects repeated --member ID[=TEXT] flags.
type verdictMembers []review.Ref

func (m *verdictMembers) String() string { return "" }

func (m *verdictMembers) Set(s string) error {
	id, text, _ := strings.Cut(s, "=")
	id = strings.TrimSpace(id)
	if review.KindOf(id) != review.KindClaim {
		return fmt.Errorf("%q is not a claim ID (d-xxxxxxxx/c-xxxxxx)", id)
	}
	*m = append(*m, review.Ref{ID: id, Text: text})
	return nil
}

func (c *verdictCommand) storeFlag(fs *flag.FlagSet) {
	fs.StringVar(&c.store, "store", "", "review store directory (default ./"+review.DefaultDir+" in the working directory)")
}

func (c *verdictCommand) targetFlags(fs *flag.FlagSet) {
	c.storeFlag(fs)
	fs.StringVar(&c.reviewer, "reviewer", "", "who gives it (default $CLAIMDIFF_REVIEWER, then config [review] reviewer, then the OS user)")
	c.config.register(fs)
	fs.StringVar(&c.id, "id", "", "claim ID (d-xxxxxxxx/c-xxxxxx) or alignment ID (al-…), required")
	fs.StringVar(&c.text, "text", "", "the claim's text as you saw it, so the entry re-attaches when IDs change")
	fs.Var(&c.members, "member", "an alignment's member claim as ID or ID=TEXT (repeat for each), so it re-attaches when its ID changes")
}

func (c *verdictCommand) set(env *Env, args []string) error {
	fs := newFlagSet(env, "verdict set", "verdict set [--store DIR] [--reviewer NAME] --id ID --verdict V [--note TEXT] [--text TEXT] [--member ID=TEXT]...",
		`claimdiff verdict set --reviewer amal --id d-5f2c9a1e/c-81b0e2 --verdict misleading --note "وصل الأربعاء لا الخميس"`)
	c.targetFlags(fs)
	fs.StringVar(&c.verdict, "verdict", "", "confirmed, disputed, false, misleading, unverifiable or needs-checking, required")
	fs.StringVar(&c.note, "note", "", "optional note")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	v, err := review.ParseVerdict(c.verdict)
	if c.verdict == "" || err != nil {
		return usageError("verdict set: --verdict must be one of: confirmed, disputed, false, misleading, unverifiable, needs-checking (got %q)", c.verdict)
	}
	return c.record(env, "verdict set", review.Entry{Op: review.OpVerdict, Verdict: v, Note: c.note}, fs.NArg())
}

func (c *verdictCommand) addNote(env *Env, args []string) error {
	fs := newFlagSet(env, "verdict note", "verdict note [--store DIR] [--reviewer NAME] --id ID --note TEXT [--text TEXT] [--member ID=TEXT]...",
		`claimdiff verdict note --id d-5f2c9a1e/c-81b0e2 --note "سانا نقلت التصريح نفسه"`)
	c.targetFlags(fs)
	fs.StringVar(&c.note, "note", "", "the note, required")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if strings.TrimSpace(c.note) == "" {
		return usageError("verdict note: --note TEXT is required")
	}
	return c.record(env, "verdict note", review.Entry{Op: review.OpNote, Note: c.note}, fs.NArg())
}

// record checks the target, opens the store (failing before anything else
// when it cannot be written) and appends e.
func (c *verdictCommand) record(env *Env, cmd string, e review.Entry, extra int) error {
	if extra > 0 {
		return usageError("%s: unexpected arguments; give the target with --id", cmd)
	}
	switch review.KindOf(c.id) {
	case review.KindClaim:
		if len(c.members) > 0 {
			return usageError("%s: --member is for alignments (al-…), %s is a claim", cmd, c.id)
		}
	case review.KindAlignment:
		if c.text != "" {
			return usageError("%s: --text is for claims; give an alignment's claims with --member ID=TEXT", cmd)
		}
	default:
		return usageError("%s: --id must be a claim ID (d-xxxxxxxx/c-xxxxxx) or an alignment ID (al-…), got %q", cmd, c.id)
	}
	cfg, _, err := c.config.read(env)
	if err != nil {
		return err
	}
	s, err := review.Open(c.storeDir(env))
	if err != nil {
		return &exitErr{code: exitFailed, msg: err.Error()}
	}
	defer s.Close()
	e.Target, e.Text, e.Members = c.id, c.text, c.members
	e.Reviewer = reviewerOf(env, c.reviewer, cfg)
	got, err := s.Append(e)
	if err != nil {
		return &exitErr{code: exitFailed, msg: err.Error()}
	}
	what := string(got.Op)
	if got.Op == review.OpVerdict {
		what = string(got.Verdict)
	}
	fmt.Fprintf(env.Stdout, "%s: %s on %s by %s at %s (%s in %s)\n", cmd, what, got.Target, got.Reviewer,
		got.At.Format("2006-01-02T15:04:05Z07:00"), got.ID, s.Path())
	return nil
}

func (c *verdictCommand) list(env *Env, args []string) error {
	fs := newFlagSet(env, "verdict list", "verdict list [--store DIR] [--verdict V] [--reviewer R] [--id-prefix P] [--format text|json]",
		`claimdiff verdict list --verdict false --id-prefix d-5f2c9a1e --format json`)
	c.storeFlag(fs)
	fs.StringVar(&c.onlyVerdict, "verdict", "", "only verdicts with this value")
	fs.StringVar(&c.onlyReviewer, "reviewer", "", "only entries by this reviewer")
	fs.StringVar(&c.idPrefix, "id-prefix", "", "only entries about IDs starting with this (a document: d-5f2c9a1e)")
	fs.StringVar(&c.format, "format", "text", "text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat("verdict list", c.format, "text", "json"); err != nil {
		return err
	}
	var f review.Filter
	if c.onlyVerdict != "" {
		v, err := review.ParseVerdict(c.onlyVerdict)
		if err != nil {
			return usageError("verdict list: --verdict must be one of: confirmed, disputed, false, misleading, unverifiable, needs-checking (got %q)", c.onlyVerdict)
		}
		f.Verdict = v
	}
	f.Reviewer, f.IDPrefix = c.onlyReviewer, c.idPrefix
	snap, err := c.load(env)
	if err != nil {
		return err
	}
	entries := snap.Current(f)
	if c.format == "json" {
		return writeVerdictJSON(env.Stdout, entries)
	}
	for _, e := range entries {
		what := string(e.Verdict)
		if e.Op != review.OpVerdict {
			what = "(" + string(e.Op) + ")"
		}
		target := e.Target
		if e.Op == review.OpNotSame || e.Op == review.OpMerge {
			target = verdictGroups(e.Groups)
		}
		line := fmt.Sprintf("%s\t%s\t%s\t%s", e.At.Format("2006-01-02T15:04:05Z07:00"), e.Reviewer, what, target)
		if e.Note != "" {
			line += "\t" + strings.ReplaceAll(e.Note, "\n", " ")
		}
		if _, err := fmt.Fprintln(env.Stdout, line); err != nil {
			return &exitErr{code: exitFailed, msg: "write output: " + err.Error()}
		}
	}
	return nil
}

func (c *verdictCommand) export(env *Env, args []string) error {
	fs := newFlagSet(env, "verdict export", "verdict export [--store DIR]",
		`claimdiff verdict export --store reviews/.claimdiff > claimreview.json`)
	c.storeFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("verdict export: unexpected arguments %q", fs.Args())
	}
	snap, err := c.load(env)
	if err != nil {
		return err
	}
	out := []review.ClaimReview{}
	for _, e := range snap.Current(review.Filter{}) {
		if cr, ok := review.ClaimReviewOf(e); ok {
			out = append(out, cr)
		}
	}
	return writeVerdictJSON(env.Stdout, out)
}

// load reads the store for list and export (which need not write it),
// reporting unreadable lines on stderr and going on.
func (c *verdictCommand) load(env *Env) (*review.Snapshot, error) {
	snap, err := review.LoadDir(c.storeDir(env))
	if err != nil {
		return nil, &exitErr{code: exitFailed, msg: err.Error()}
	}
	for _, p := range snap.Problems {
		fmt.Fprintf(env.Stderr, "claimdiff: %v\n", p)
	}
	return snap, nil
}

func (c *verdictCommand) storeDir(env *Env) string {
	dir := c.store
	if dir == "" {
		dir = review.DefaultDir
	}
	if !filepath.IsAbs(dir) && env.Cwd != "" {
		dir = filepath.Join(env.Cwd, dir)
	}
	return dir
}

func verdictGetenv(env *Env, key string) string {
	if env.Getenv == nil {
		return ""
	}
	return env.Getenv(key)
}

func verdictGroups(groups [][]review.Ref) string {
	var parts []string
	for _, g := range groups {
		var ids []string
		for _, r := range g {
			ids = append(ids, r.ID)
		}
		parts = append(parts, strings.Join(ids, ","))
	}
	return strings.Join(parts, " | ")
}

// writeVerdictJSON writes v as indented JSON with Arabic and <, >, & unescaped.
func writeVerdictJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return &exitErr{code: exitFailed, msg: "write output: " + err.Error()}
	}
	return nil
}
