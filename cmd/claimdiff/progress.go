package main

import (
	"fmt"
	"time"
)

// progress draws a one-line progress bar on stderr when stderr is a
// terminal and --quiet is not set; otherwise it does nothing.
type progress struct {
	env  *Env
	on   bool
	last time.Time
}

func newProgress(env *Env, quiet bool) *progress {
	return &progress{env: env, on: !quiet && env.StderrIsTerminal}
}

// docs is an analysis.Options.Progress callback.
func (p *progress) docs(done, total int) {
	if !p.on || total == 0 {
		return
	}
	if now := time.Now(); done < total && now.Sub(p.last) < 100*time.Millisecond {
		return
	} else {
		p.last = now
	}
	const width = 30
	n := done * width / total
	bar := make([]rune, width)
	for i := range bar {
		if i < n {
			bar[i] = '█'
		} else {
			bar[i] = '░'
		}
	}
	fmt.Fprintf(p.env.Stderr, "\r%s %d/%d articles", string(bar), done, total)
}

// done clears the progress line.
func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.env.Stderr, "\r\033[K")
	}
}
