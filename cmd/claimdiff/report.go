package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/report"
)

// reportCommand implements `claimdiff report`: the batch report of an
// analysis with the review store's verdicts, in one of several formats.
type reportCommand struct {
	inputFlags
	storeFlag
	configFlag
	format  string
	out     string
	since   string
	failOn  string
	title   string
	org     string
	orgURL  string
	pageURL string
}

// reportFormats are the formats `report` writes.
var reportFormats = []string{"md", "html", "json", "csv", "claimreview", "sqlite"}

// discrepancyTypes are the discrepancy types of CONTRACT.md, which
// --fail-on accepts.
var discrepancyTypes = []string{"date", "number", "participants", "attribution", "quote", "polarity", "modality", "entity", "wording"}

func (c *reportCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "report", "report [--format md|html|json|csv|claimreview|sqlite] [--out FILE] [--store DIR] [--since DATE] [--fail-on TYPE[,TYPE]] PATH...|STORE",
		"claimdiff report --format html --out report.html testdata/corpus/syria-russia"+storeInputHelp+
			"\n  claimdiff report --format html --out report.html .claimdiff")
	fs.StringVar(&c.format, "format", "html", "output format: "+strings.Join(reportFormats, ", "))
	fs.StringVar(&c.out, "out", "", "write to FILE (written beside it under a temporary name and renamed when complete); standard output when empty (not for sqlite)")
	fs.StringVar(&c.since, "since", "", "only events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)")
	fs.StringVar(&c.failOn, "fail-on", "", "exit 3 after writing when a discrepancy of one of these types (comma-separated: "+strings.Join(discrepancyTypes, ",")+") has no verdict yet")
	fs.StringVar(&c.title, "title", "", "the report's title")
	fs.StringVar(&c.org, "org", "", "claimreview: the fact-checking organisation that publishes the reviews (default: config [review] organisation)")
	fs.StringVar(&c.orgURL, "org-url", "", "claimreview: the organisation's website (default: config [review] organisation_url)")
	fs.StringVar(&c.pageURL, "url", "", "claimreview: where the HTML report is published; each review's url is URL#ID (default: --org-url)")
	c.inputFlags.register(fs)
	c.storeFlag.register(fs)
	c.configFlag.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, lex, err := c.configFlag.read(env)
	if err != nil {
		return err
	}
	if c.org == "" {
		c.org = cfg.Review.Organisation
	}
	if c.orgURL == "" {
		c.orgURL = cfg.Review.OrganisationURL
	}
	if err := checkFormat("report", c.format, reportFormats...); err != nil {
		return err
	}
	failOn, err := parseFailOn(c.failOn)
	if err != nil {
		return err
	}
	if _, err := report.ParseSince(c.since); err != nil {
		return usageError("report: --since: %v", err)
	}
	reviewOpts := report.ReviewOptions{Organisation: c.org, OrganisationURL: c.orgURL, PageURL: c.pageURL}
	if c.format == "claimreview" && (strings.TrimSpace(c.org) == "" || (c.orgURL == "" && c.pageURL == "")) {
		return usageError("report: --format claimreview needs --org NAME and --org-url URL (or --url where the report is published): search engines require the reviewing organisation and each review's address")
	}
	if c.format == "sqlite" && c.out == "" {
		return usageError("report: --format sqlite needs --out FILE (a database is not written to standard output)")
	}
	storeDir, fromStore := articleStoreInput(env, fs.Args(), c.dir)
	if len(fs.Args()) == 0 && !fromStore {
		return usageError("report: no input: name files, directories or - for standard input, or an article store")
	}

	// The output is opened before any work, so that a path that cannot
	// be written fails at once rather than after the analysis.
	out, err := openOutput(env, c.out)
	if err != nil {
		return err
	}
	defer out.abort()

	var a *analysis.Analysis
	if fromStore {
		a, err = c.storeFlag.readStored(ctx, env, fs, storeDir)
	} else {
		a, err = c.analyzeFiles(ctx, env, fs.Args(), lex)
	}
	if err != nil {
		return err
	}
	r, err := report.Build(a, report.Options{Generated: time.Now(), Since: c.since, Title: c.title})
	if err != nil {
		return usageError("report: %v", err)
	}
	switch c.format {
	case "md":
		err = report.WriteMarkdown(out, r)
	case "html":
		err = report.WriteHTML(out, r)
	case "json":
		err = report.WriteReportJSON(out, r)
	case "csv":
		err = report.WriteCSV(out, r)
	case "claimreview":
		err = report.WriteClaimReview(out, r, reviewOpts)
	case "sqlite":
		err = out.sqlite(ctx, r)
	}
	if err == nil {
		err = out.commit()
	}
	if err != nil {
		return &exitErr{code: exitFailed, msg: "write report: " + err.Error()}
	}
	if failOn != nil {
		if open := r.Unreviewed(failOn); len(open) > 0 {
			counts := map[string]int{}
			for _, d := range open {
				counts[d.Type]++
			}
			var parts []string
			for _, t := range discrepancyTypes {
				if counts[t] > 0 {
					parts = append(parts, fmt.Sprintf("%d %s", counts[t], t))
				}
			}
			return &exitErr{code: exitFailOn, msg: fmt.Sprintf("--fail-on: %d discrepancies without a verdict (%s)", len(open), strings.Join(parts, ", "))}
		}
	}
	return nil
}

// parseFailOn reads --fail-on: discrepancy types separated by commas. It
// returns nil when the flag is empty.
func parseFailOn(s string) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var out []string
	for _, t := range strings.Split(s, ",") {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" {
			continue
		}
		if !slices.Contains(discrepancyTypes, t) {
			return nil, usageError("report: --fail-on: unknown discrepancy type %q (valid: %s)", t, strings.Join(discrepancyTypes, ", "))
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, usageError("report: --fail-on needs at least one type (valid: %s)", strings.Join(discrepancyTypes, ", "))
	}
	return out, nil
}

// output is where the report goes: standard output, or a temporary file
// beside --out that is renamed over it only when the report is complete,
// so a failed run never leaves a half-written report in its place.
type output struct {
	w    io.Writer
	tmp  *os.File // nil for standard output
	dest string
	done bool
}

// openOutput creates the temporary file beside dest (or uses standard
// output when dest is empty). A destination that cannot be written is an
// error (exit 1) with the reason.
func openOutput(env *Env, dest string) (*output, error) {
	if dest == "" {
		return &output{w: env.Stdout}, nil
	}
	if !filepath.IsAbs(dest) && env.Cwd != "" {
		dest = filepath.Join(env.Cwd, dest)
	}
	if fi, err := os.Stat(dest); err == nil && fi.IsDir() {
		return nil, &exitErr{code: exitFailed, msg: fmt.Sprintf("--out %s is a directory; name a file", dest)}
	}
	dir := filepath.Dir(dest)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(dest)+".tmp-*")
	if err != nil {
		hint := ""
		var pe *os.PathError
		switch {
		case errors.Is(err, os.ErrNotExist):
			hint = " (the directory does not exist)"
		case errors.Is(err, os.ErrPermission):
			hint = " (no permission to write there)"
		case errors.As(err, &pe):
			hint = " (" + pe.Err.Error() + ")"
		}
		return nil, &exitErr{code: exitFailed, msg: fmt.Sprintf("cannot write --out %s%s: %v", dest, hint, err)}
	}
	return &output{w: tmp, tmp: tmp, dest: dest}, nil
}

func (o *output) Write(p []byte) (int, error) { return o.w.Write(p) }

// sqlite writes the SQLite database into the temporary file.
func (o *output) sqlite(ctx context.Context, r *report.Report) error {
	if o.tmp == nil {
		return errors.New("sqlite needs a file")
	}
	if err := o.tmp.Close(); err != nil {
		return err
	}
	return report.WriteSQLite(ctx, o.tmp.Name(), r)
}

// commit makes the written report durable and puts it in place.
func (o *output) commit() error {
	if o.tmp == nil {
		return nil
	}
	name := o.tmp.Name()
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	o.tmp.Close() // may already be closed (sqlite)
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(name, o.dest); err != nil {
		return err
	}
	o.done = true
	return nil
}

// abort removes the temporary file of a report that was not committed.
func (o *output) abort() {
	if o.tmp != nil && !o.done {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}
