package store

// The event terms an update writes.
//
// event_terms holds, for every stored event, the terms it is found by
// (the top twenty of each of its documents' groups), keyed by term: the
// order the posting lists of an update's new groups are read in. An
// update drops a hundred events and writes a hundred others, some 8,000
// rows, and rows keyed by term land all over the table: written into
// event_terms itself they touched 3,900 of its 4,000 pages on
// SaudiNewsNet's add2 (28% of the pages the update wrote, each written
// twice: the write-ahead log, then the database), the whole table
// rewritten by every update and growing with the store.
//
// So an update writes its rows into event_terms_delta (small: its pages
// are few whatever the keys), and marks the events it drops in
// event_terms_gone instead of deleting their rows from event_terms (their
// rows in the delta are deleted: it is small). The live rows are those of
// event_terms whose event is not gone, and every row of the delta (the
// view event_terms_live; postingReader reads the two tables and leaves
// the gone out). An event dropped and made again by a later update (the
// same members, the same ID) is gone in event_terms and live in the
// delta, where its new rows are. Once the delta holds more than
// 1/compactShare of event_terms' rows, the update compacts them in its
// transaction: the rows of gone events are deleted from event_terms, the
// delta's are moved in, and both small tables emptied — every eighth
// update or so pays for the rewrite the others are spared.

import (
	"context"
	"database/sql"
	"fmt"
)

// compactShare: event_terms is compacted once the delta and the dead
// rows (at least twenty an event: an event's top terms) hold more than
// 1/compactShare of its rows.
var compactShare = 8

// deadPerGone is the fewest rows of event_terms a gone event leaves dead.
const deadPerGone = 20

// compactEventTerms queues the compaction of event_terms when the delta
// and the dead rows have grown past their share, and keeps the count of
// event_terms' rows (info 'event_terms') that decides it; added is how
// many rows this update wrote (on a first load, into event_terms).
func (u *updater) compactEventTerms(added int) error {
	ctx, tx := u.ctx, u.tx
	if u.existing == 0 {
		return u.w.do(func() error { return setEventTermsCount(ctx, tx, added) })
	}
	return u.w.do(func() error {
		var main, delta, gone int
		err := tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT value FROM info WHERE key = 'event_terms'), 0), (SELECT COUNT(*) FROM event_terms_delta), (SELECT COUNT(*) FROM event_terms_gone)`).Scan(&main, &delta, &gone)
		if err != nil {
			return err
		}
		if (delta+deadPerGone*gone)*compactShare <= main {
			return nil
		}
		return compactEventTerms(ctx, tx)
	})
}

// compactEventTerms deletes the rows of gone events from event_terms,
// moves the delta's rows in, and empties the delta and the gone.
func compactEventTerms(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`DELETE FROM event_terms WHERE event IN (SELECT event FROM event_terms_gone)`,
		`INSERT OR REPLACE INTO event_terms(term, event, n, w) SELECT term, event, n, w FROM event_terms_delta ORDER BY term, event`,
		`DELETE FROM event_terms_delta`,
		`DELETE FROM event_terms_gone`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("compact event terms: %w", err)
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM event_terms`).Scan(&n); err != nil {
		return err
	}
	return setEventTermsCount(ctx, tx, n)
}

// setEventTermsCount records how many rows event_terms holds.
func setEventTermsCount(ctx context.Context, tx *sql.Tx, n int) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO info(key, value) VALUES ('event_terms', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, n)
	return err
}
