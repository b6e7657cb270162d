package store

import (
	"context"
	"database/sql"
	"sync"
)

// writer runs an update's writes on a goroutine of their own, in the order
// they are queued, so that what the next rows need (encoding, JSON, term
// weights, clustering) is computed meanwhile on the other cores: SQLite
// writes on one core, and a first load of SaudiNewsNet writes 1.2 GB.
//
// Whoever queues must not read what queued writes change before wait
// returns. The channel is bounded (8 jobs: a job is a batch of up to
// 8,192 rows, 11 MB of encoded claims): a producer ahead of the writer
// waits rather than holding every encoded row in memory, which on a
// first load would raise the live heap the collector scans under its 3 GiB
// limit.
type writer struct {
	ctx  context.Context
	jobs chan writeJob
	done chan struct{}

	mu     sync.Mutex
	err    error // the first write that failed
	closed sync.Once
}

// writeJob is a write, or (barrier set) a point to wait for.
type writeJob struct {
	run     func() error
	barrier chan struct{}
}

func newWriter(ctx context.Context) *writer {
	w := &writer{ctx: ctx, jobs: make(chan writeJob, 8), done: make(chan struct{})}
	go w.loop()
	return w
}

func (w *writer) loop() {
	defer close(w.done)
	for j := range w.jobs {
		if j.barrier != nil {
			close(j.barrier)
			continue
		}
		if w.failed() != nil {
			continue // the update fails: what follows is not written
		}
		if err := j.run(); err != nil {
			w.mu.Lock()
			w.err = err
			w.mu.Unlock()
		}
	}
}

func (w *writer) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// do queues a write; it returns the error of an earlier write, if any
// failed.
func (w *writer) do(f func() error) error {
	if err := w.failed(); err != nil {
		return err
	}
	w.jobs <- writeJob{run: f}
	return nil
}

// execAll queues one statement run once for each row of arguments.
func (w *writer) execAll(stmt *sql.Stmt, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	return w.do(func() error {
		for _, args := range rows {
			if _, err := stmt.ExecContext(w.ctx, args...); err != nil {
				return err
			}
		}
		return nil
	})
}

// wait returns once every write queued before has run, with the first
// error of any.
func (w *writer) wait() error {
	b := make(chan struct{})
	w.jobs <- writeJob{barrier: b}
	<-b
	return w.failed()
}

// close waits for the queued writes and ends the writer; closing again
// does nothing more.
func (w *writer) close() error {
	w.closed.Do(func() { close(w.jobs) })
	<-w.done
	return w.failed()
}
