package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/modality"
	"github.com/claimdiff/claimdiff/config"
	"io"
	"os"
	"sort"
	"strings"

	"golang.org/x/term"

	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/review"
)

// newFlagSet returns a flag set that reports errors instead of exiting and
// prints usage text with an example.
func newFlagSet(env *Env, name, synopsis, example string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := env.Stdout
		fmt.Fprintf(w, "Usage: claimdiff %s\n\n", synopsis)
		fmt.Fprintln(w, "Flags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
		fmt.Fprintf(w, "\nExample:\n  %s\n", example)
	}
	return fs
}

// parseFlags parses args (the flag package prints the help for -h, once)
// and turns flag errors into usage errors (exit 2).
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		return flag.ErrHelp // the flag package has printed the usage
	}
	return usageError("%s: %v (see 'claimdiff %s --help')", fs.Name(), err, fs.Name())
}

// checkFormat makes sure format is one of valid.
func checkFormat(cmd, format string, valid ...string) error {
	for _, v := range valid {
		if format == v {
			return nil
		}
	}
	return usageError("%s: unknown format %q (valid: %s)", cmd, format, strings.Join(valid, ", "))
}

// inputFlags are the flags every command that reads articles shares.
type inputFlags struct {
	strict bool
	quiet  bool
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.strict, "strict", false, "fail (exit 1) when any input cannot be read")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress output on stderr")
}

// load reads the articles named by paths, reporting every unreadable input
// on stderr. It fails when nothing usable was read, or with --strict when
// anything failed.
func (f *inputFlags) load(ctx context.Context, env *Env, paths []string) ([]*corpus.Document, error) {
	if len(paths) == 0 {
		return nil, usageError("no input: name files, directories or - for standard input")
	}
	// URLs are fetched (feeds and article pages, fetch.go) and read with
	// the files.
	urls, paths := splitURLs(paths)
	fetched, failed := fetchURLs(ctx, env, urls)
	docs, problems := corpus.Load(ctx, paths, corpus.Options{Stdin: env.Stdin, Extra: fetched})
	// Every problem is named, but a file with thousands of bad records
	// gets its first few and a count, so that the rest stays readable.
	const perInput = 5
	shown := make(map[string]int)
	for _, p := range problems {
		if !p.Skipped {
			failed++
		}
		shown[p.Input]++
		if shown[p.Input] <= perInput {
			fmt.Fprintf(env.Stderr, "claimdiff: %v\n", p)
		}
	}
	for _, p := range problems {
		if n := shown[p.Input]; n > perInput {
			fmt.Fprintf(env.Stderr, "claimdiff: %s: %d more problems not shown (use --strict to fail on any)\n", p.Input, n-perInput)
			shown[p.Input] = 0
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	switch {
	case len(docs) == 0:
		return nil, &exitErr{code: exitFailed, msg: "no article could be read from " + strings.Join(paths, " ")}
	case f.strict && failed > 0:
		return nil, &exitErr{code: exitFailed, msg: fmt.Sprintf("--strict: %d input(s) could not be read", failed)}
	}
	return docs, nil
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

func sortStrings(s []string) { sort.Strings(s) }

// storeFlag is the --store flag of commands that read the review store.
type storeFlag struct{ dir string }

func (f *storeFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&f.dir, "store", review.DefaultDir, "review store directory (verdicts, notes, corrections)")
}

// snapshot reads the review store, reporting unreadable lines on stderr
// and keeping every readable entry. A store that does not exist yet reads
// as empty.
func (f *storeFlag) snapshot(env *Env) (*review.Snapshot, error) {
	snap, err := review.LoadDir(f.dir)
	if err != nil {
		return nil, &exitErr{code: exitFailed, msg: err.Error()}
	}
	for _, p := range snap.Problems {
		fmt.Fprintf(env.Stderr, "claimdiff: warning: %v (entry skipped; the others are kept)\n", p)
	}
	return snap, nil
}

// configFlag is --config: the user's configuration file (config package),
// read once per command.
type configFlag struct{ path string }

func (f *configFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&f.path, "config", "", "configuration file (default $XDG_CONFIG_HOME/claimdiff/config.toml; a missing default file is no error)")
}

// read reads the configuration and builds the fact lexicon with its
// [lexicon] lists added to the built-in ones.
func (f *configFlag) read(env *Env) (*config.Config, *claim.Lexicon, error) {
	cfg, err := config.Load(f.path, env.Getenv)
	if err != nil {
		return nil, nil, &exitErr{code: exitFailed, msg: err.Error()}
	}
	l := cfg.Lexicon
	lex, err := claim.NewLexicon(claim.LexiconExtra{Roles: l.Roles, SpeechVerbs: l.SpeechVerbs, Outlets: l.Outlets,
		Places: l.Places, Anonymous: l.Anonymous, Hedges: l.Hedges})
	if err != nil {
		return nil, nil, &exitErr{code: exitFailed, msg: fmt.Sprintf("%s: [lexicon]: %v", cfg.Path, err)}
	}
	if err := modality.UseOppositions(l.Opposites); err != nil {
		return nil, nil, &exitErr{code: exitFailed, msg: fmt.Sprintf("%s: [lexicon] opposites: %v", cfg.Path, err)}
	}
	return cfg, lex, nil
}

// reviewerOf picks who records a verdict: --reviewer, then
// $CLAIMDIFF_REVIEWER, then the configuration's [review] reviewer, then
// the OS user.
func reviewerOf(env *Env, flagValue string, cfg *config.Config) string {
	if flagValue == "" && verdictGetenv(env, "CLAIMDIFF_REVIEWER") == "" && cfg != nil {
		flagValue = cfg.Review.Reviewer
	}
	return review.DefaultReviewer(flagValue, verdictGetenv(env, "CLAIMDIFF_REVIEWER"))
}
