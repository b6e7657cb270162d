package artest

import (
	"encoding/json"
	"os"
	"syscall"
	"testing"
	"time"
)

// SNNRecord is one SaudiNewsNet article as its JSON files give it: the
// text, the day it was crawled and the outlet.
type SNNRecord struct {
	Content   string `json:"content"`
	Extracted string `json:"date_extracted"`
	Source    string `json:"source"`
}

// SNN reads the SaudiNewsNet JSON file named by CLAIMDIFF_BENCH_SNN (such as
// its first 5,000 articles) for benchmarks that need real news with a real
// vocabulary and real dates, which the bundled corpus is too small to have;
// the benchmark is skipped when the variable is not set. It also returns
// the texts' total length in bytes, for b.SetBytes. The articles are read
// from outside the repository: their licence keeps them out of it.
func SNN(tb testing.TB) ([]SNNRecord, int) {
	tb.Helper()
	p := os.Getenv("CLAIMDIFF_BENCH_SNN")
	if p == "" {
		tb.Skip("CLAIMDIFF_BENCH_SNN not set")
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	var recs []SNNRecord
	if err := json.Unmarshal(raw, &recs); err != nil {
		tb.Fatalf("%s: %v", p, err)
	}
	n := 0
	for _, r := range recs {
		n += len(r.Content)
	}
	return recs, n
}

// CPUClock measures the processor time (user and system, all threads) the
// process spends, for benchmarks on a shared machine where wall time says
// more about the other processes than about the code: start it before the
// loop and call Report after it.
type CPUClock struct{ start time.Duration }

// StartCPU starts a CPUClock.
func StartCPU() CPUClock { return CPUClock{cpuTime()} }

// Report adds the processor time per iteration as the metric "cpu-ns/op".
func (c CPUClock) Report(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuTime()-c.start)/float64(b.N), "cpu-ns/op")
	}
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
