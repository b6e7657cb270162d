package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"
)

// trace prints the wall time and CPU time of each stage of a run on
// stderr when CLAIMDIFF_TRACE is set: for measuring large corpora beside
// CLAIMDIFF_CPUPROFILE. The CPU time (user and system, all threads) is
// the figure to compare on a machine other processes share, where wall
// times vary from run to run. Its methods are no-ops on a nil trace.
type trace struct {
	env  *Env
	last time.Time
	cpu  time.Duration // the process's CPU time at the last print
}

func newTrace(env *Env) *trace {
	if env.Getenv == nil || env.Getenv("CLAIMDIFF_TRACE") == "" {
		return nil
	}
	return &trace{env: env, last: time.Now(), cpu: cpuTime()}
}

// cpuTime returns the user and system time the process has used so far
// (0 where getrusage fails).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// stage reports the time since the last stage (or the start) under name.
func (t *trace) stage(name string) {
	if t == nil {
		return
	}
	now := time.Now()
	t.print(name, now.Sub(t.last))
	t.last = now
}

// restart starts timing the next stage now.
func (t *trace) restart() {
	if t != nil {
		t.last = time.Now()
	}
}

// analysis is an analysis.Options.Trace callback (nil without a trace).
func (t *trace) analysis() func(string, time.Duration) {
	if t == nil {
		return nil
	}
	return t.print
}

// print writes one stage's wall time, the CPU time since the last print
// and the heap the last collection found live.
func (t *trace) print(name string, d time.Duration) {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	live := 0.0
	if s[0].Value.Kind() == metrics.KindUint64 {
		live = float64(s[0].Value.Uint64()) / (1 << 20)
	}
	cpu := cpuTime()
	fmt.Fprintf(t.env.Stderr, "claimdiff: trace: %-24s %6.2f s  cpu %6.2f s  live heap %5.0f MiB\n", name, d.Seconds(), (cpu - t.cpu).Seconds(), live)
	t.cpu = cpu
	if p := t.env.Getenv("CLAIMDIFF_HEAPPROFILE"); p != "" {
		t.heapProfile(p, name)
	}
}

// heapProfile writes the live heap at the end of stage name to path with
// the stage's name added (CLAIMDIFF_HEAPPROFILE=heap.out gives
// "heap.out.claims-and-facts" and so on), for `go tool pprof
// -sample_index=inuse_space`: what holds the memory of each stage.
func (t *trace) heapProfile(path, name string) {
	runtime.GC()
	f, err := os.Create(path + "." + strings.ReplaceAll(name, " ", "-"))
	if err == nil {
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(t.env.Stderr, "claimdiff: trace: heap profile: %v\n", err)
	}
}
