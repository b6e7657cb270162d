package corpus

// Boilerplate removal measured against hand labels on SaudiNewsNet.
//
// testdata/saudinewsnet-labels.json holds, for 40 articles drawn at random
// (seed below) from the SaudiNewsNet 2015 dump, each non-empty line's
// SHA-256 prefix and a label read by a person: boilerplate or content. The
// dataset itself is not in the repository (research licence); the test
// streams it from the archive and skips when it is absent.
//
// go test ./corpus -run TestSaudiNewsNetBoilerplate -dumpsample=/tmp/sample.tsv
// writes the sampled lines with the current prediction, for labelling.

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path"
	"sort"
	"strings"
	"testing"
)

var dumpSample = flag.String("dumpsample", "", "write the sampled SaudiNewsNet lines with predictions to this file")

const (
	saudiSeed    = 20150721
	saudiSamples = 40
)

// saudiArchive is where the dataset is looked for.
func saudiArchive() string {
	if p := os.Getenv("CLAIMDIFF_SAUDINEWSNET"); p != "" {
		return p
	}
	return "../../shared/data/saudinewsnet-2015.tgz"
}

type saudiLabels struct {
	About    string         `json:"about"`
	Seed     uint64         `json:"seed"`
	Articles []saudiArticle `json:"articles"`
}

type saudiArticle struct {
	File   string      `json:"file"`
	Record int         `json:"record"` // 1-based, as Document.Record
	Lines  []saudiLine `json:"lines"`
}

type saudiLine struct {
	Hash  string `json:"h"`     // first 12 hex digits of SHA-256 of the trimmed line
	Label string `json:"label"` // "boilerplate" or "content"
}

// readSaudi streams the archive and returns every record as a Document,
// keyed by base file name, in file and record order.
func readSaudi(tb testing.TB) []*Document {
	tb.Helper()
	f, err := os.Open(saudiArchive())
	if err != nil {
		tb.Skipf("SaudiNewsNet archive not found (%v): set CLAIMDIFF_SAUDINEWSNET to saudinewsnet-2015.tgz to run", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("open %s: %v", saudiArchive(), err)
	}
	tr := tar.NewReader(gz)
	var docs []*Document
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("read %s: %v", saudiArchive(), err)
		}
		if !strings.HasSuffix(h.Name, ".json") {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			tb.Fatalf("read %s: %v", h.Name, err)
		}
		ds, _ := readJSON(path.Base(h.Name), data)
		docs = append(docs, ds...)
	}
	sort.SliceStable(docs, func(i, j int) bool {
		if docs[i].Path != docs[j].Path {
			return docs[i].Path < docs[j].Path
		}
		return docs[i].Record < docs[j].Record
	})
	for _, d := range docs {
		finish(d)
	}
	return docs
}

// sampleSaudi draws the labelled articles.
func sampleSaudi(docs []*Document) []*Document {
	r := rand.New(rand.NewPCG(saudiSeed, 7))
	picked := make(map[int]bool)
	var out []*Document
	for len(out) < saudiSamples && len(picked) < len(docs) {
		i := r.IntN(len(docs))
		if picked[i] {
			continue
		}
		picked[i] = true
		out = append(out, docs[i])
	}
	return out
}

// labelLines returns the non-empty trimmed lines of d with their hash and
// whether Clean marked them.
func labelLines(d *Document) (texts, hashes []string, bp []bool) {
	for _, ln := range splitLines(d) {
		t := d.Text[ln.s:ln.e]
		sum := sha256.Sum256([]byte(t))
		texts = append(texts, t)
		hashes = append(hashes, hex.EncodeToString(sum[:])[:12])
		bp = append(bp, d.IsBoilerplate(ln.s, ln.e))
	}
	return
}

func TestSaudiNewsNetBoilerplate(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the 29 MB SaudiNewsNet archive")
	}
	docs := readSaudi(t)
	Clean(docs)
	sample := sampleSaudi(docs)

	if *dumpSample != "" {
		var b strings.Builder
		for n, d := range sample {
			texts, hashes, bp := labelLines(d)
			for i := range texts {
				l := "content"
				if bp[i] {
					l = "boilerplate"
				}
				fmt.Fprintf(&b, "%d\t%s\t%d\t%d\t%s\t%s\t%s\n", n, d.Path, d.Record, i, hashes[i], l, texts[i])
			}
		}
		if err := os.WriteFile(*dumpSample, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	data, err := os.ReadFile("testdata/saudinewsnet-labels.json")
	if err != nil {
		t.Fatalf("labels: %v", err)
	}
	var labels saudiLabels
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatalf("labels: %v", err)
	}
	if labels.Seed != saudiSeed || len(labels.Articles) != len(sample) {
		t.Fatalf("labels are for seed %d and %d articles, the test draws seed %d and %d", labels.Seed, len(labels.Articles), saudiSeed, len(sample))
	}
	var tp, fp, fn, total int
	for k, a := range labels.Articles {
		d := sample[k]
		if d.Path != a.File || d.Record != a.Record {
			t.Fatalf("article %d: labels name %s record %d, sample drew %s record %d", k, a.File, a.Record, d.Path, d.Record)
		}
		texts, hashes, bp := labelLines(d)
		if len(hashes) != len(a.Lines) {
			t.Fatalf("%s record %d: %d lines, %d labels", a.File, a.Record, len(hashes), len(a.Lines))
		}
		for i, l := range a.Lines {
			if hashes[i] != l.Hash {
				t.Fatalf("%s record %d line %d: text changed (hash %s, label for %s)", a.File, a.Record, i, hashes[i], l.Hash)
			}
			total++
			want := l.Label == "boilerplate"
			switch {
			case want && bp[i]:
				tp++
			case !want && bp[i]:
				fp++
				t.Logf("false removal: %s#%d line %d: %q", a.File, a.Record, i, texts[i])
			case want && !bp[i]:
				fn++
				t.Logf("missed: %s#%d line %d: %q", a.File, a.Record, i, texts[i])
			}
		}
	}
	prec := float64(tp) / float64(max(tp+fp, 1))
	rec := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("SaudiNewsNet boilerplate, %d lines of %d articles: %d labelled boilerplate; precision %.3f, recall %.3f", total, len(sample), tp+fn, prec, rec)
	if prec < 0.95 {
		t.Errorf("precision: got %.3f, want >= 0.95", prec)
	}
	if rec < 0.90 {
		t.Errorf("recall: got %.3f, want >= 0.90", rec)
	}
}
