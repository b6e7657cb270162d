package corpus

import (
	"context"
	"os"
	"syscall"
	"testing"
)

// BenchmarkLoadCorpus reads CLAIMDIFF_BENCH_CORPUS (a file or folder
// analyze reads, e.g. /tmp/snn5k.json; skipped when unset) as analyze's
// read stage does: parse, clean, IDs and source names. cpu-ns/op is the
// process's CPU time (user and system) per op, which varies less than the
// wall time on a shared machine.
//
//	CLAIMDIFF_BENCH_CORPUS=/tmp/snn5k.json go test ./corpus -run '^$' -bench LoadCorpus -benchtime 5x -benchmem
func BenchmarkLoadCorpus(b *testing.B) {
	path := os.Getenv("CLAIMDIFF_BENCH_CORPUS")
	if path == "" {
		b.Skip("set CLAIMDIFF_BENCH_CORPUS to a corpus to read (e.g. /tmp/snn5k.json)")
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	b.ReportAllocs()
	start := cpuNow()
	for b.Loop() {
		Load(context.Background(), []string{path}, Options{})
	}
	b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op")
}

// cpuNow is the process's user and system time so far, in nanoseconds.
func cpuNow() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
