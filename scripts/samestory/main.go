// Command samestory assembles and scores claimdiff's same-story development
// set: pairs of SaudiNewsNet articles labelled "same" (one happening, told
// by two outlets) or "different" (testdata/samestory/pairs.tsv).
//
//	go run ./scripts/samestory                           # score the set, undated
//	go run ./scripts/samestory -out /tmp/samestory       # also write the undated articles
//	go run ./scripts/samestory -data DIR -pairs FILE -v  # another copy of the data; list the misses
//	go run ./scripts/samestory -draw 40 -seed 13         # candidate pairs to label (draw.go)
//	go run ./scripts/samestory -together                 # all articles as one input, pairs scored by co-membership
//
// SaudiNewsNet (a research licence) never enters the repository: the pairs
// file names each article by its URL, and this command reads the text from
// -data (saudinewsnet-2015.tgz, or a folder holding dataset/*.json). Each
// article is written undated: a .txt file named after its outlet holding
// the title and the text, with no metadata date (no published, no
// date_extracted) and every date expression claim/dates finds in the text
// cut out, plus what it leaves behind (a bare "هـ", a dangling "الموافق").
//
// Scoring analyses each pair's two undated files together, as `claimdiff
// analyze` would a folder of two pasted articles, and predicts "same" when
// some event holds claims of both. It prints precision, recall and F1 for
// each half of the set (half a chose the event thresholds, half b did not)
// and for the whole.
package main

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim/dates"
	"github.com/claimdiff/claimdiff/corpus"
)

func main() {
	data := flag.String("data", "../shared/data", "folder with saudinewsnet-2015.tgz, or with dataset/*.json")
	pairs := flag.String("pairs", "testdata/samestory/pairs.tsv", "labelled pairs")
	out := flag.String("out", "", "folder to write the undated articles to, one sub-folder per pair (a temporary folder when empty)")
	noEval := flag.Bool("no-eval", false, "only write the articles")
	verbose := flag.Bool("v", false, "list every pair predicted wrongly")
	mixed := flag.Bool("mixed", false, "give each pair's first article its date back (published, from date_extracted): a dated article against an undated one")
	asJSON := flag.Bool("json", false, "write JSON records (title as a field, not a line of the text) instead of .txt files")
	dated := flag.Bool("dated", false, "keep every date: JSON records with their text as published and date_extracted, as SaudiNewsNet gives them")
	drawN := flag.Int("draw", 0, "list this many candidate pairs to label, drawn at random (see draw.go), instead of scoring")
	seed := flag.Uint64("seed", 13, "the seed of -draw")
	together := flag.Bool("together", false, "analyse all the set's articles as one input and score each pair by whether one event holds both")
	sweep := flag.String("sweep", "", "comma-separated event thresholds to score in turn (align's base EventThreshold; default the built-in one)")
	blocks := flag.String("blocks", "", "comma-separated ranges of pair numbers (1-341,342-381) to score each on its own besides the halves")
	hide := flag.String("hide", "", "comma-separated ranges of pair numbers held out while rules are built: left out of the halves, the whole and -v (only -blocks reads them)")
	flag.Parse()
	o := options{eval: !*noEval, verbose: *verbose, mixed: *mixed, json: *asJSON || *dated, dated: *dated, together: *together}
	var err error
	if o.blocks, err = parseRanges(*blocks); err == nil {
		o.hide, err = parseRanges(*hide)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "samestory:", err)
		os.Exit(2)
	}
	for _, t := range strings.Split(*sweep, ",") {
		if t = strings.TrimSpace(t); t != "" {
			v, err := strconv.ParseFloat(t, 64)
			if err != nil {
				fmt.Fprintln(os.Stderr, "samestory: -sweep:", err)
				os.Exit(2)
			}
			o.thresholds = append(o.thresholds, v)
		}
	}
	if *drawN > 0 {
		ps, err := readPairs(*pairs)
		if err == nil {
			err = draw(*data, ps, *drawN, *seed, os.Stdout)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "samestory:", err)
			os.Exit(1)
		}
		return
	}
	if _, err := run(*data, *pairs, *out, o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "samestory:", err)
		os.Exit(1)
	}
}

// options say what run does besides assembling.
type options struct {
	eval    bool // score the pairs
	verbose bool // list the pairs predicted wrongly
	mixed   bool // the first article of each pair keeps its date
	json    bool // JSON records, not .txt files
	dated   bool // keep the texts' dates and the retrieval date
	// thresholds are event thresholds to score in turn (none: the
	// built-in one).
	thresholds []float64
	// together analyses every article of the set as one input (see
	// evaluateTogether) instead of each pair on its own.
	together bool
	// blocks are ranges of pair numbers scored each on its own.
	blocks []span
	// hide are ranges of pair numbers whose misses are not listed.
	hide []span
}

// span is a range of pair numbers, both ends included.
type span struct{ From, To int }

// has reports whether pair number n lies in s.
func (s span) has(n int) bool { return n >= s.From && n <= s.To }

// parseRanges reads "1-341,342-381" (a lone number is a range of one).
func parseRanges(v string) ([]span, error) {
	var out []span
	for _, f := range strings.Split(v, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		lo, hi, ok := strings.Cut(f, "-")
		if !ok {
			hi = lo
		}
		a, err1 := strconv.Atoi(strings.TrimSpace(lo))
		b, err2 := strconv.Atoi(strings.TrimSpace(hi))
		if err1 != nil || err2 != nil || a < 1 || b < a {
			return nil, fmt.Errorf("range %q: want N or N-M with 1 <= N <= M", f)
		}
		out = append(out, span{a, b})
	}
	return out, nil
}

// run assembles the pairs of pairsFile from data into out and, when asked,
// scores them and prints the figures to w.
func run(data, pairsFile, out string, o options, w io.Writer) (*score, error) {
	ps, err := readPairs(pairsFile)
	if err != nil {
		return nil, err
	}
	if out == "" {
		if out, err = os.MkdirTemp("", "samestory-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(out)
	}
	if err := assemble(data, ps, out, o); err != nil {
		return nil, err
	}
	if !o.eval {
		fmt.Fprintf(w, "wrote %d pairs to %s\n", len(ps), out)
		return nil, nil
	}
	ths := o.thresholds
	if len(ths) == 0 {
		ths = []float64{0}
	}
	var sc *score
	for _, t := range ths {
		if t != 0 {
			fmt.Fprintf(w, "event threshold %.3f\n", t)
		}
		if o.together {
			sc, err = evaluateTogether(context.Background(), ps, out, t, w)
		} else {
			sc, err = evaluate(context.Background(), ps, out, t)
		}
		if err != nil {
			return nil, err
		}
		sc.print(w, o)
	}
	return sc, nil
}

// pair is one labelled line of the pairs file.
type pair struct {
	Half   string // "a" or "b"
	Same   bool
	A, B   string // the two articles' URLs
	Reason string
}

func readPairs(path string) ([]pair, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read pairs: %w", err)
	}
	var ps []pair
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "half\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 || (f[1] != "same" && f[1] != "different") || (f[0] != "a" && f[0] != "b") {
			return nil, fmt.Errorf("%s:%d: want half, same|different, url_a, url_b, reason", path, n+1)
		}
		ps = append(ps, pair{Half: f[0], Same: f[1] == "same", A: f[2], B: f[3], Reason: f[4]})
	}
	if len(ps) == 0 {
		return nil, fmt.Errorf("%s: no pairs", path)
	}
	return ps, nil
}

// article is the part of a SaudiNewsNet record that is written out.
type article struct {
	Source    string `json:"source"`
	URL       string `json:"url"`
	Retrieved string `json:"date_extracted"`
	Title     string `json:"title"`
	Content   string `json:"content"`
}

// loadArticles reads the records whose URL is wanted from data.
func loadArticles(data string, want map[string]bool) (map[string]article, error) {
	got := make(map[string]article, len(want))
	err := eachRecord(data, func(a article) {
		if _, ok := got[a.URL]; !ok && want[a.URL] {
			got[a.URL] = a
		}
	})
	if err != nil {
		return nil, err
	}
	for u := range want {
		if _, ok := got[u]; !ok {
			return nil, fmt.Errorf("%s: no article with URL %s", data, u)
		}
	}
	return got, nil
}

// loadAll reads every record of data.
func loadAll(data string) ([]article, error) {
	var all []article
	err := eachRecord(data, func(a article) { all = append(all, a) })
	return all, err
}

// eachRecord calls f with each record of data: saudinewsnet-2015.tgz, or
// a folder holding dataset/*.json.
func eachRecord(data string, f func(article)) error {
	keep := func(r io.Reader, name string) error {
		var recs []article
		if err := json.NewDecoder(r).Decode(&recs); err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		for _, a := range recs {
			f(a)
		}
		return nil
	}
	tgz := filepath.Join(data, "saudinewsnet-2015.tgz")
	if fh, err := os.Open(tgz); err == nil {
		defer fh.Close()
		gz, err := gzip.NewReader(fh)
		if err != nil {
			return fmt.Errorf("read %s: %w", tgz, err)
		}
		tr := tar.NewReader(gz)
		for {
			h, err := tr.Next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return fmt.Errorf("read %s: %w", tgz, err)
			}
			if h.Typeflag == tar.TypeReg && strings.HasSuffix(h.Name, ".json") {
				if err := keep(tr, h.Name); err != nil {
					return err
				}
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(data, "dataset", "*.json"))
	if len(files) == 0 {
		return fmt.Errorf("no SaudiNewsNet in %s: want saudinewsnet-2015.tgz or dataset/*.json", data)
	}
	for _, p := range files {
		fh, err := os.Open(p)
		if err != nil {
			return err
		}
		err = keep(fh, p)
		fh.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// assemble writes each pair's two undated articles to out/NNN/; with
// o.mixed, the first keeps its date as published.
func assemble(data string, ps []pair, out string, o options) error {
	want := make(map[string]bool)
	for _, p := range ps {
		want[p.A], want[p.B] = true, true
	}
	arts, err := loadArticles(data, want)
	if err != nil {
		return err
	}
	for n, p := range ps {
		dir := filepath.Join(out, fmt.Sprintf("%03d", n+1))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		for k, u := range []string{p.A, p.B} {
			a := arts[u]
			title, body := undate(strings.TrimSpace(a.Title)), undate(strings.TrimSpace(a.Content))
			if o.dated {
				title, body = strings.TrimSpace(a.Title), strings.TrimSpace(a.Content)
			}
			published := ""
			if o.mixed && k == 0 && len(a.Retrieved) >= 10 {
				published = a.Retrieved[:10]
			}
			name, text := a.Source+".txt", title+"\n\n"+body+"\n"
			switch {
			case o.json:
				rec := map[string]string{"source": a.Source, "title": title, "content": body}
				if published != "" {
					rec["published"] = published
				}
				if o.dated {
					rec["date_extracted"] = a.Retrieved
				}
				b, err := json.Marshal(rec)
				if err != nil {
					return err
				}
				name, text = a.Source+".json", string(b)
			case published != "":
				text = "---\npublished: " + published + "\n---\n" + text
			}
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				return err
			}
			if !o.together {
				continue
			}
			// Every article once, in one folder, as the one input.
			all := filepath.Join(out, "all")
			if err := os.MkdirAll(all, 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(all, togetherName(ps, u)+filepath.Ext(name)), []byte(text), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// leftovers are what a cut-out date leaves behind: era marks and "corresponding
// to", "this month", "next", "last" without their month.
var leftovers = regexp.MustCompile(`\b1[34]\d\d\s*(هـ|ه)(\s|$)|\s(هـ|م)\.?(\s|$)|الموافق|الجاري|المقبل|الماضي`)

// digitDates are dates written with slashes or dashes (15/9/1436هـ).
var digitDates = regexp.MustCompile(`\d{1,4}\s*[/\-]\s*\d{1,2}\s*[/\-]\s*\d{1,4}\s*(هـ|ه|م)?`)

// undate removes the date expressions of text.
func undate(text string) string {
	text = digitDates.ReplaceAllString(text, " ")
	ms := dates.Find(text)
	var b strings.Builder
	last := 0
	for _, m := range ms {
		if m.Start < last {
			continue
		}
		b.WriteString(text[last:m.Start])
		b.WriteString(" ")
		last = m.End
	}
	b.WriteString(text[last:])
	s := leftovers.ReplaceAllString(b.String(), " ")
	// Collapse the spaces cuts leave, line by line.
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

// result is one pair's outcome.
type result struct {
	pair
	N         int  // the pair's number, 1-based
	Predicted bool // some event holds claims of both articles
	Dated     bool // an article still got a date (the undating missed one)
}

// score counts outcomes.
type score struct {
	Results []result
}

// evaluate scores the pairs in out; eventThreshold, when not 0, replaces
// the built-in base event threshold.
func evaluate(ctx context.Context, ps []pair, out string, eventThreshold float64) (*score, error) {
	sc := &score{}
	for n, p := range ps {
		dir := filepath.Join(out, fmt.Sprintf("%03d", n+1))
		docs, problems := corpus.Load(ctx, []string{dir}, corpus.Options{Workers: 1})
		if len(problems) > 0 || len(docs) != 2 {
			return nil, fmt.Errorf("pair %d: %d articles read, problems: %v", n+1, len(docs), problems)
		}
		corpus.Clean(docs)
		a, err := analysis.Analyze(ctx, analysis.Options{NoDifferences: true, Workers: 1, EventThreshold: eventThreshold}, docs)
		if err != nil {
			return nil, fmt.Errorf("pair %d: %w", n+1, err)
		}
		r := result{pair: p, N: n + 1}
		for _, d := range a.Documents {
			r.Dated = r.Dated || (d.Published != "" && d.PublishedFrom != corpus.FromMetadata) || d.Retrieved != ""
		}
		for _, ev := range a.Events {
			if len(ev.Sources) >= 2 {
				r.Predicted = true
			}
		}
		sc.Results = append(sc.Results, r)
	}
	return sc, nil
}

// togetherName is the file name (without extension) of article u in the
// folder of all articles: its order of first appearance in ps.
func togetherName(ps []pair, u string) string {
	n := 0
	seen := make(map[string]bool)
	for _, p := range ps {
		for _, x := range []string{p.A, p.B} {
			if seen[x] {
				continue
			}
			seen[x] = true
			n++
			if x == u {
				return fmt.Sprintf("%04d", n)
			}
		}
	}
	return ""
}

// evaluateTogether analyses every article of the set as one input (out/all),
// as a fact-checker's folder of many pasted articles, and predicts "same"
// for a pair when some event holds claims of both. It also writes how
// many events the input gave and the largest one's size in articles, so
// that chaining shows.
func evaluateTogether(ctx context.Context, ps []pair, out string, eventThreshold float64, w io.Writer) (*score, error) {
	docs, problems := corpus.Load(ctx, []string{filepath.Join(out, "all")}, corpus.Options{Workers: 2})
	if len(problems) > 0 {
		return nil, fmt.Errorf("all articles: problems: %v", problems)
	}
	corpus.Clean(docs)
	a, err := analysis.Analyze(ctx, analysis.Options{NoDifferences: true, Workers: 2, EventThreshold: eventThreshold}, docs)
	if err != nil {
		return nil, err
	}
	name := make(map[string]string) // document ID -> file name without extension
	for _, d := range a.Documents {
		base := filepath.Base(d.Path)
		name[d.ID] = strings.TrimSuffix(base, filepath.Ext(base))
	}
	together := make(map[[2]string]bool)
	largest := 0
	for _, ev := range a.Events {
		largest = max(largest, len(ev.Sources))
		for i, x := range ev.Sources {
			for _, y := range ev.Sources[i+1:] {
				together[[2]string{name[x], name[y]}] = true
				together[[2]string{name[y], name[x]}] = true
			}
		}
	}
	fmt.Fprintf(w, "one input of %d articles: %d events, the largest of %d articles\n", len(docs), len(a.Events), largest)
	sc := &score{}
	for n, p := range ps {
		r := result{pair: p, N: n + 1, Predicted: together[[2]string{togetherName(ps, p.A), togetherName(ps, p.B)}]}
		sc.Results = append(sc.Results, r)
	}
	return sc, nil
}

// prf returns precision, recall and F1 over the results of half ("" for
// all), and the counts they come from.
func (s *score) prf(half string) (p, r, f float64, tp, fp, fn, n int) {
	return s.prfOf(func(x result) bool { return half == "" || x.Half == half })
}

// prfOf returns precision, recall and F1 over the results keep accepts,
// and the counts they come from.
func (s *score) prfOf(keep func(result) bool) (p, r, f float64, tp, fp, fn, n int) {
	for _, x := range s.Results {
		if !keep(x) {
			continue
		}
		n++
		switch {
		case x.Predicted && x.Same:
			tp++
		case x.Predicted:
			fp++
		case x.Same:
			fn++
		}
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// print writes the figures of each half, of the whole and of each block
// of o, and with o.verbose the misses outside o.hide.
func (s *score) print(w io.Writer, o options) {
	stillDated := 0
	for _, x := range s.Results {
		if x.Dated {
			stillDated++
		}
	}
	hidden := func(x result) bool { return slices.ContainsFunc(o.hide, func(h span) bool { return h.has(x.N) }) }
	for _, h := range []string{"a", "b", ""} {
		// Hidden pairs are left out of the halves and the whole too, so
		// that no figure but a block named in -blocks reads them.
		p, r, f, tp, fp, fn, n := s.prfOf(func(x result) bool { return (h == "" || x.Half == h) && !hidden(x) })
		name := "half " + h
		if h == "" {
			name = "all"
		}
		fmt.Fprintf(w, "%-7s pairs %3d  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", name, n, p, r, f, tp, fp, fn)
	}
	for _, b := range o.blocks {
		p, r, f, tp, fp, fn, n := s.prfOf(func(x result) bool { return b.has(x.N) })
		fmt.Fprintf(w, "%-7s pairs %3d  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", fmt.Sprintf("%d-%d", b.From, b.To), n, p, r, f, tp, fp, fn)
	}
	if !o.dated {
		fmt.Fprintf(w, "articles still dated after undating: %d pairs\n", stillDated)
	}
	if !o.verbose {
		return
	}
	res := slices.Clone(s.Results)
	for _, x := range res {
		if x.Predicted != x.Same && !hidden(x) {
			want := "different"
			if x.Same {
				want = "same"
			}
			fmt.Fprintf(w, "miss %03d (%s, want %s): %s\n", x.N, x.Half, want, x.Reason)
		}
	}
}
