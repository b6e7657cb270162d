package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"golang.org/x/term"

	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/review"
	"github.com/claimdiff/claimdiff/tui"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// reviewCommand implements `claimdiff review`: the terminal UI.
type reviewCommand struct {
	inputFlags
	configFlag
	store    string
	reviewer string
	bidi     rtl.Mode
	logFile  string

	// input and output replace the terminal in tests.
	input  io.Reader
	output io.Writer
}

func (c *reviewCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "review", "review [--bidi auto|app|terminal] [--store DIR] [--reviewer NAME] [--strict] [--quiet] PATH...|STORE",
		"claimdiff review --reviewer amal testdata/corpus/syria-russia"+storeInputHelp+
			"\n  claimdiff review .claimdiff    (new events, alignments and discrepancies are marked ● as watch adds them)")
	fs.Var(&c.bidi, "bidi", "who lays out Arabic: auto (detect), app (claimdiff shapes and reorders; CSI 8 l turns the terminal's bidi off) or terminal (the terminal does; text isolated with FSI…PDI)")
	fs.StringVar(&c.store, "store", review.DefaultDir, "review store directory (verdicts, notes, corrections)")
	fs.StringVar(&c.reviewer, "reviewer", "", "who records verdicts (default $CLAIMDIFF_REVIEWER, then config [review] reviewer, then the OS user)")
	fs.StringVar(&c.logFile, "log", filepath.Join(os.TempDir(), "claimdiff-review.log"), "log file (the screen never shows logs)")
	c.inputFlags.register(fs)
	c.configFlag.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, _, err := c.configFlag.read(env)
	if err != nil {
		return err
	}
	storeDir, fromStore := articleStoreInput(env, fs.Args(), c.store)
	if fs.NArg() == 0 && !fromStore {
		return usageError("review: no input: name files, directories or - for standard input, or an article store")
	}
	if fromStore {
		c.store = reviewDirFor(fs, c.store, storeDir)
	}
	if c.output == nil && !env.StdoutIsTerminal {
		return usageError("review: standard output is not a terminal; use 'claimdiff analyze' for a report")
	}
	// The store must be writable before anything is read: a reviewer
	// should not wait for an analysis to learn that nothing can be saved.
	store, err := review.Open(c.storeDir(env))
	if err != nil {
		return &exitErr{code: exitFailed, msg: err.Error()}
	}
	defer store.Close()

	lf, err := os.OpenFile(c.logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return &exitErr{code: exitFailed, msg: fmt.Sprintf("open log %s: %v", c.logFile, err)}
	}
	defer lf.Close()
	logger := log.New(lf, "claimdiff review: ", log.LstdFlags)

	var docs []*corpus.Document
	var warnings []string
	var stored *storedReview
	if fromStore {
		if stored, err = openStoredReview(ctx, storeDir); err != nil {
			return err
		}
		defer stored.Close()
	} else if docs, warnings, err = c.read(ctx, env, fs.Args()); err != nil {
		return err
	}
	in, closeIn, err := c.keys(env)
	if err != nil {
		return err
	}
	defer closeIn()
	out := c.output
	if out == nil {
		out = env.Stdout
	}
	mode := c.bidi.Resolve(getenvOf(env))
	renderer := lipgloss.NewRenderer(out)
	topts := tui.Options{
		Docs: docs, Store: store, Mode: mode, Renderer: renderer, Logger: logger, Warnings: warnings,
		Reviewer:  reviewerOf(env, c.reviewer, cfg),
		Clipboard: out, Context: ctx,
	}
	if stored != nil {
		topts.Analyze, topts.Generation = stored.analyze, stored.generation
	}
	model := tui.New(topts)
	logger.Printf("start: %d documents, bidi %s, store %s", len(docs), mode, store.Path())
	io.WriteString(out, mode.Start())
	defer io.WriteString(out, mode.End())
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithOutput(out), tea.WithInput(in), tea.WithAltScreen(), tea.WithMouseCellMotion()}
	if _, err := tea.NewProgram(model, opts...).Run(); err != nil && ctx.Err() == nil {
		return &exitErr{code: exitFailed, msg: "review: " + err.Error()}
	}
	return ctx.Err()
}

func (c *reviewCommand) storeDir(env *Env) string {
	if c.store == "" || filepath.IsAbs(c.store) || env.Cwd == "" {
		return c.store
	}
	return filepath.Join(env.Cwd, c.store)
}

// read loads the articles. Unlike the batch commands it goes on with no
// article at all: the UI opens empty and says how to give some. Unreadable
// inputs are printed on stderr (before the screen is taken) and shown as
// warnings in the UI; --strict makes them fatal.
func (c *reviewCommand) read(ctx context.Context, env *Env, paths []string) ([]*corpus.Document, []string, error) {
	docs, problems := corpus.Load(ctx, paths, corpus.Options{Stdin: env.Stdin})
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var warnings []string
	failed := 0
	for _, p := range problems {
		if !p.Skipped {
			failed++
		}
		if len(warnings) < 5 {
			warnings = append(warnings, p.Error())
		}
		if !c.quiet {
			fmt.Fprintf(env.Stderr, "claimdiff: %v\n", p)
		}
	}
	if n := len(problems) - len(warnings); n > 0 {
		warnings = append(warnings, fmt.Sprintf("%d more input problems (see stderr)", n))
	}
	if c.strict && failed > 0 {
		return nil, nil, &exitErr{code: exitFailed, msg: fmt.Sprintf("--strict: %d input(s) could not be read", failed)}
	}
	return docs, warnings, nil
}

// keys returns where key presses come from: the test's input, standard
// input when it is a terminal, else /dev/tty (standard input may carry the
// articles: claimdiff review -).
func (c *reviewCommand) keys(env *Env) (io.Reader, func(), error) {
	if c.input != nil {
		return c.input, func() {}, nil
	}
	if f, ok := env.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return f, func() {}, nil
	}
	tty, err := os.Open("/dev/tty")
	if err != nil {
		return nil, nil, &exitErr{code: exitFailed, msg: "review: keys are read from the terminal, but /dev/tty cannot be opened: " + err.Error()}
	}
	return tty, func() { tty.Close() }, nil
}

func getenvOf(env *Env) func(string) string {
	if env.Getenv == nil {
		return func(string) string { return "" }
	}
	return env.Getenv
}
