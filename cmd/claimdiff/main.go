// Command claimdiff compares how several news outlets report the same story:
// it splits articles into claims, reads the facts in them, clusters them
// into events, aligns the claims that report the same fact and shows how
// they differ.
//
// main only wires the process to run; each subcommand lives in its own file
// as a struct with its own flag set.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"

	"github.com/claimdiff/claimdiff/fetch"
)

// Env is what a subcommand may touch of the process: its standard streams,
// its environment and its working directory. Tests pass their own.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Cwd    string
	// StdoutIsTerminal says whether Stdout is an interactive terminal.
	StdoutIsTerminal bool
	StderrIsTerminal bool
	// NewClient, when set, makes the HTTP client of commands that fetch
	// (tests keep it to 127.0.0.1); nil is fetch.NewClient.
	NewClient func() *fetch.Client
}

// command is one subcommand.
type command interface {
	Run(ctx context.Context, env *Env, args []string) error
}

// Exit codes (CONTRACT.md).
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	exitFailOn  = 3
	usageHeader = `claimdiff compares how news outlets report the same story.

Usage:
  claimdiff <command> [flags] PATH...
  claimdiff PATH...        review PATH in a terminal, or print the analysis summary
                           (a path named like a command is a path unless flags follow)

Commands:
  claims    split articles into claims with their facts (text, json, jsonl)
  analyze   the whole pipeline: claims, events, alignments, discrepancies
  pairs     score given claim pairs (TSV or JSONL) as same fact or not
  review    the terminal UI: events, aligned claims, differences; verdicts and notes
  verdict   record, list and export fact-checkers' verdicts and notes
  report    the report per event: md, html, json, csv, claimreview (JSON-LD), sqlite
  fetch     fetch feeds and pages into the article store and update its analysis
  watch     poll feeds; print each new or changed discrepancy (text or JSON lines)
  store     the article store: add articles, show what it holds, check it against a full run
  version   print the version

PATH is a file (.txt .md .json .jsonl …), a directory (read recursively), - for
standard input, or an http(s) URL (a feed or an article page). Run
'claimdiff <command> --help' for a command's flags and an example.

Examples:
  claimdiff testdata/corpus/syria-russia
  claimdiff analyze --format json testdata/corpus/syria-russia > analysis.json
  claimdiff report --format html --out report.html testdata/corpus/syria-russia
  claimdiff watch --every 10m feeds.txt
`
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	// Large corpora hold every claim in memory; a soft limit makes the
	// garbage collector work harder before the heap doubles, which keeps
	// peak memory near the live set. GOMEMLIMIT overrides it.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1536 << 20)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cwd, _ := os.Getwd()
	env := &Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Cwd: cwd,
		StdoutIsTerminal: isTerminal(os.Stdout), StderrIsTerminal: isTerminal(os.Stderr),
	}
	stopProfile := startProfile(os.Getenv("CLAIMDIFF_CPUPROFILE"), env.Stderr)
	err := run(ctx, env, os.Args[1:])
	stopProfile()
	writeHeapProfile(os.Getenv("CLAIMDIFF_MEMPROFILE"), env.Stderr)
	os.Exit(exitCode(env.Stderr, err))
}

// startProfile writes a CPU profile to path (for `go tool pprof`) until the
// returned function is called; a no-op when path is empty. It is for
// measuring claimdiff on large corpora: CLAIMDIFF_CPUPROFILE=cpu.out.
func startProfile(path string, stderr io.Writer) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimdiff: warning: CLAIMDIFF_CPUPROFILE: %v (no profile written)\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// writeHeapProfile writes a heap profile of everything allocated during the
// run (`go tool pprof -sample_index=alloc_space`) to path; a no-op when path
// is empty: CLAIMDIFF_MEMPROFILE=mem.out.
func writeHeapProfile(path string, stderr io.Writer) {
	if path == "" {
		return
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "claimdiff: warning: CLAIMDIFF_MEMPROFILE: %v (no profile written)\n", err)
	}
}

// commands maps each subcommand name to a fresh command value.
func commands() map[string]func() command {
	return map[string]func() command{
		"claims":  func() command { return &claimsCommand{} },
		"analyze": func() command { return &analyzeCommand{} },
		"pairs":   func() command { return &pairsCommand{} },
		"verdict": func() command { return &verdictCommand{} },
		"report":  func() command { return &reportCommand{} },
		"review":  func() command { return &reviewCommand{} },
		"version": func() command { return versionCommand{} },
		"fetch":   func() command { return &fetchCommand{} },
		"watch":   func() command { return &watchCommand{} },
		"store":   func() command { return &storeCommand{} },
	}
}

// run dispatches to a subcommand. It is the one place that knows them all.
func run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usageHeader)
		return errSilentUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(env.Stdout, usageHeader)
		return nil
	case "--version", "-version":
		return versionCommand{}.Run(ctx, env, nil)
	}
	// An argument that names an existing path is a path, even if it is
	// also a command's name (a folder of articles called "review"): the
	// review opens in a terminal, the analysis summary is printed
	// otherwise. Flags after it show a command was meant ("claimdiff
	// report --format html …" beside this repository's report/).
	if (isPath(env, args[0]) || fetch.IsURL(args[0])) && !(isCommand(args[0]) && hasFlag(args[1:])) {
		if mk, ok := commands()["review"]; ok && env.StdoutIsTerminal {
			return mk().Run(ctx, env, args)
		}
		return (&analyzeCommand{}).Run(ctx, env, args)
	}
	mk, ok := commands()[args[0]]
	if !ok {
		return usageError("unknown command %q (commands: %s)", args[0], strings.Join(commandNames(), ", "))
	}
	return mk().Run(ctx, env, args[1:])
}

// isCommand reports whether name is a command's name.
func isCommand(name string) bool {
	_, ok := commands()[name]
	return ok
}

// hasFlag reports whether args hold a flag (a word starting with "-" other
// than "-", standard input).
func hasFlag(args []string) bool {
	for _, a := range args {
		if len(a) > 1 && a[0] == '-' {
			return true
		}
	}
	return false
}

// isPath reports whether arg names standard input or an existing file or
// directory (relative to the command's working directory).
func isPath(env *Env, arg string) bool {
	if arg == "-" {
		return true
	}
	if strings.HasPrefix(arg, "-") {
		return false
	}
	p := arg
	if !filepath.IsAbs(p) && env.Cwd != "" {
		p = filepath.Join(env.Cwd, p)
	}
	_, err := os.Stat(p)
	return err == nil
}

func commandNames() []string {
	var names []string
	for n := range commands() {
		names = append(names, n)
	}
	sortStrings(names)
	return names
}

// usageErr is a mistake in how claimdiff was called (exit 2).
type usageErr struct{ msg string }

func (e *usageErr) Error() string { return e.msg }

// usageError returns an error that exits with status 2.
func usageError(format string, args ...any) error {
	return &usageErr{fmt.Sprintf(format, args...)}
}

// errSilentUsage exits 2 after usage text was already printed.
var errSilentUsage = &usageErr{}

// exitErr carries an explicit exit status; its message may be empty when
// everything was already said on stderr.
type exitErr struct {
	code int
	msg  string
}

func (e *exitErr) Error() string { return e.msg }

// exitCode prints err (if it has something to say) and maps it to a status.
func exitCode(stderr io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	var ue *usageErr
	var ee *exitErr
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		if ue.msg != "" {
			fmt.Fprintf(stderr, "claimdiff: %s\n", ue.msg)
		}
		return exitUsage
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintf(stderr, "claimdiff: %s\n", ee.msg)
		}
		return ee.code
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "claimdiff: interrupted")
		return exitFailed
	}
	fmt.Fprintf(stderr, "claimdiff: %v\n", err)
	return exitFailed
}

// versionCommand prints the version.
type versionCommand struct{}

func (versionCommand) Run(_ context.Context, env *Env, _ []string) error {
	fmt.Fprintf(env.Stdout, "claimdiff %s\n", version)
	return nil
}
