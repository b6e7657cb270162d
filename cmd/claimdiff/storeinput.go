package main

// Reading the article store instead of files: `analyze`, `report` and
// `review` open the analysis `watch`, `fetch` and `store add` keep up to
// date when their input names an article store — a directory holding
// articles.db (.claimdiff) or the database file itself — or when no input
// is named and the --store directory holds one.

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/review"
	"github.com/claimdiff/claimdiff/store"
)

// storeInputHelp is what the help of the commands that read an article
// store says about it.
const storeInputHelp = "\n\n  An article store (a directory holding " + store.FileName + ", or the file) as the only\n" +
	"  input, or no input when --store DIR holds one, reads the analysis that\n" +
	"  'claimdiff watch', 'fetch' and 'store add' keep there, instead of the articles:"

// articleStoreInput returns the article store directory the command
// should read: args' only element when it names one, else the review
// store directory reviewDir when args are empty and it holds one. ok is
// false when the articles are to be read from args.
func articleStoreInput(env *Env, args []string, reviewDir string) (dir string, ok bool) {
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) || env.Cwd == "" {
			return p
		}
		return filepath.Join(env.Cwd, p)
	}
	switch len(args) {
	case 0:
		if reviewDir == "" {
			reviewDir = review.DefaultDir
		}
		if isArticleDB(filepath.Join(abs(reviewDir), store.FileName)) {
			return abs(reviewDir), true
		}
	case 1:
		p := abs(args[0])
		if fi, err := os.Stat(p); err == nil {
			if fi.IsDir() && isArticleDB(filepath.Join(p, store.FileName)) {
				return p, true
			}
			if !fi.IsDir() && filepath.Base(p) == store.FileName && isArticleDB(p) {
				return filepath.Dir(p), true
			}
		}
	}
	return "", false
}

// isArticleDB reports whether path is an SQLite database.
func isArticleDB(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := f.Read(head)
	return bytes.Equal(head[:n], []byte("SQLite format 3\x00"))
}

// readStored reads the analysis held in the article store in dir, with the
// review store's verdicts, notes and corrections (snap, may be nil).
func readStored(ctx context.Context, dir string, snap *review.Snapshot) (*analysis.Analysis, error) {
	st, err := store.Open(ctx, dir)
	if err != nil {
		return nil, &exitErr{code: exitFailed, msg: err.Error()}
	}
	defer st.Close()
	a, _, err := st.Analysis(ctx)
	if err != nil {
		return nil, &exitErr{code: exitFailed, msg: "read article store " + st.Path() + ": " + err.Error()}
	}
	if len(a.Documents) == 0 {
		return nil, &exitErr{code: exitFailed, msg: "article store " + st.Path() + " holds no article yet (claimdiff store add PATH, or claimdiff fetch FEEDS_FILE)"}
	}
	analysis.AttachReviews(a, snap, 0)
	return a, nil
}

// flagSet reports whether flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}

// reviewDirFor is the review store directory of a command reading the
// article store in dir: --store when given, else dir itself (verdicts stay
// beside the analysis they are about).
func reviewDirFor(fs *flag.FlagSet, given, dir string) string {
	if flagSet(fs, "store") || strings.TrimSpace(dir) == "" {
		return given
	}
	return dir
}

// readStored reads the article store in dir with the review store's
// content: --store when given, else dir's own (flag set fs).
func (f *storeFlag) readStored(ctx context.Context, env *Env, fs *flag.FlagSet, dir string) (*analysis.Analysis, error) {
	f.dir = reviewDirFor(fs, f.dir, dir)
	snap, err := f.snapshot(env)
	if err != nil {
		return nil, err
	}
	return readStored(ctx, dir, snap)
}

// analyzeFiles reads the articles paths name and analyses them with the
// review store's content (report's input when it is not an article store).
func (c *reportCommand) analyzeFiles(ctx context.Context, env *Env, paths []string, lex *claim.Lexicon) (*analysis.Analysis, error) {
	docs, err := c.load(ctx, env, paths)
	if err != nil {
		return nil, err
	}
	snap, err := c.snapshot(env)
	if err != nil {
		return nil, err
	}
	prog := newProgress(env, c.quiet)
	a, err := analysis.Analyze(ctx, analysis.Options{Progress: prog.docs, Reviews: snap, Lexicon: lex}, docs)
	prog.done()
	return a, err
}

// storedReview is what the review UI needs to show, and follow, the
// analysis held in an article store: a reader of it (with the review
// store's content attached) and its generation to poll.
type storedReview struct {
	st *store.Store
}

func openStoredReview(ctx context.Context, dir string) (*storedReview, error) {
	st, err := store.Open(ctx, dir)
	if err != nil {
		return nil, &exitErr{code: exitFailed, msg: err.Error()}
	}
	return &storedReview{st: st}, nil
}

// analyze reads the stored analysis; the documents passed are ignored.
func (r *storedReview) analyze(ctx context.Context, opts analysis.Options, _ []*corpus.Document) (*analysis.Analysis, error) {
	a, _, err := r.st.Analysis(ctx)
	if err != nil {
		return nil, fmt.Errorf("read article store %s: %w", r.st.Path(), err)
	}
	analysis.AttachReviews(a, opts.Reviews, opts.Workers)
	return a, nil
}

func (r *storedReview) generation(ctx context.Context) (int64, error) { return r.st.Generation(ctx) }

func (r *storedReview) Close() error { return r.st.Close() }
