// Command bench-saudinewsnet measures claimdiff on SaudiNewsNet: it builds
// the command, unpacks the archive in ../shared/data to a temporary folder,
// runs the analysis on the first N articles (all by default) and prints
// wall time, CPU time and peak resident memory, the median of several runs.
//
//	go run ./scripts/bench-saudinewsnet                       # analyze --format json, all articles, 3 runs
//	go run ./scripts/bench-saudinewsnet -n 5000,10000,0 -runs 1
//	go run ./scripts/bench-saudinewsnet -args "claims --facts=false --format json"
//	go run ./scripts/bench-saudinewsnet -n 5000 -runs 1 -stages   # and each stage's wall time and live heap
//
// The data (SaudiNewsNet, CC BY-NC-SA 4.0, research use) is read from the
// archive and written only to the temporary folder, which is removed after.
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	archive := flag.String("data", "../shared/data/saudinewsnet-2015.tgz", "the SaudiNewsNet archive")
	sizes := flag.String("n", "0", "comma-separated article counts to measure (0 = all)")
	runs := flag.Int("runs", 3, "runs per size; the median is printed")
	args := flag.String("args", "analyze --format json", "claimdiff arguments before the input")
	stages := flag.Bool("stages", false, "also print the stage times of the median run (CLAIMDIFF_TRACE)")
	flag.Parse()
	if err := run(*archive, *sizes, *runs, strings.Fields(*args), *stages); err != nil {
		fmt.Fprintln(os.Stderr, "bench-saudinewsnet:", err)
		os.Exit(1)
	}
}

type result struct {
	wall, cpu time.Duration
	rss       int64    // bytes
	trace     []string // the run's stage lines (CLAIMDIFF_TRACE), with -stages
}

func run(archive, sizes string, runs int, args []string, stages bool) error {
	tmp, err := os.MkdirTemp("", "claimdiff-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "claimdiff")
	build := exec.Command("go", "build", "-o", bin, "./cmd/claimdiff")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	articles, err := unpack(archive)
	if err != nil {
		return err
	}
	fmt.Printf("claimdiff %s on SaudiNewsNet (%d articles), median of %d\n", strings.Join(args, " "), len(articles), runs)
	fmt.Println("| articles | wall | CPU | peak RSS |\n| --- | --- | --- | --- |")
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("-n %q: %w", s, err)
		}
		if n <= 0 || n > len(articles) {
			n = len(articles)
		}
		in := filepath.Join(tmp, fmt.Sprintf("first-%d.json", n))
		b, err := json.Marshal(articles[:n])
		if err != nil {
			return err
		}
		if err := os.WriteFile(in, b, 0o644); err != nil {
			return err
		}
		var rs []result
		for range runs {
			r, err := measure(bin, append(append([]string{}, args...), in), stages)
			if err != nil {
				return err
			}
			rs = append(rs, r)
		}
		slices.SortFunc(rs, func(a, b result) int { return int(a.wall - b.wall) })
		m := rs[len(rs)/2]
		fmt.Printf("| %d | %.1f s | %.1f s | %.2f GB |\n", n, m.wall.Seconds(), m.cpu.Seconds(), float64(m.rss)/1e9)
		for _, l := range m.trace {
			fmt.Println("  " + l)
		}
		os.Remove(in)
	}
	return nil
}

// measure runs claimdiff once, its output discarded.
func measure(bin string, args []string, stages bool) (result, error) {
	cmd := exec.Command(bin, args...)
	if stages {
		cmd.Env = append(os.Environ(), "CLAIMDIFF_TRACE=1")
	}
	cmd.Stdout = io.Discard
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("%s: %w: %s", strings.Join(args, " "), err, stderr.String())
	}
	r := result{wall: time.Since(start)}
	for _, l := range strings.Split(stderr.String(), "\n") {
		if t, ok := strings.CutPrefix(l, "claimdiff: trace: "); ok {
			r.trace = append(r.trace, t)
		}
	}
	if u, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.cpu = time.Duration(u.Utime.Nano() + u.Stime.Nano())
		r.rss = u.Maxrss * 1024 // kilobytes on Linux
	}
	return r, nil
}

// unpack reads every article of the archive's dataset/*.json files, in
// file-name order.
func unpack(path string) ([]map[string]any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w (the SaudiNewsNet archive; see ../shared/data/README.md)", path, err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	files := map[string][]map[string]any{}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		if !strings.HasSuffix(h.Name, ".json") {
			continue
		}
		var arts []map[string]any
		if err := json.NewDecoder(tr).Decode(&arts); err != nil {
			return nil, fmt.Errorf("read %s in %s: %w", h.Name, path, err)
		}
		files[h.Name] = arts
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	var out []map[string]any
	for _, n := range names {
		out = append(out, files[n]...)
	}
	return out, nil
}
