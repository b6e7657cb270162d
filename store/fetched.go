package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/claimdiff/claimdiff/fetch"
)

// Known returns the validators kept for a page or feed URL (fetch.State):
// a feed's from its last poll, a page's from the fetch its stored copy came
// from. ok is false for a URL never fetched.
func (s *Store) Known(url string) (fetch.Validators, bool) {
	var v fetch.Validators
	err := s.db.QueryRow(`SELECT etag, last_modified FROM fetches WHERE url = ? AND doc != ''`, url).Scan(&v.ETag, &v.LastModified)
	if err == nil {
		return v, true
	}
	err = s.db.QueryRow(`SELECT etag, last_modified FROM feeds WHERE url = ? AND status != 0`, url).Scan(&v.ETag, &v.LastModified)
	return v, err == nil
}

// RecordFeeds keeps what each feed polled answered (its validators for the
// next poll). A 304 keeps the stored validators when it sent none.
func (s *Store) RecordFeeds(ctx context.Context, feeds []fetch.FeedStatus) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, f := range feeds {
			if f.NotModified {
				if _, err := tx.ExecContext(ctx, `UPDATE feeds SET fetched_at = ?, status = 304 WHERE url = ?`, stamp(f.FetchedAt), f.URL); err != nil {
					return err
				}
				continue
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO feeds(url, outlet, title, status, etag, last_modified, fetched_at, items)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT(url) DO UPDATE SET outlet = excluded.outlet, title = excluded.title, status = excluded.status,
					etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at, items = excluded.items`,
				f.URL, f.Outlet, f.Title, f.Status, f.ETag, f.LastModified, stamp(f.FetchedAt), f.Items); err != nil {
				return err
			}
		}
		return nil
	})
}

// recordFetch keeps a page's provenance (inside Update's transaction).
func recordFetch(ctx context.Context, tx *sql.Tx, p *fetch.Provenance, doc string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO fetches(url, final_url, feed, outlet, doc, status, etag, last_modified, fetched_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET final_url = excluded.final_url, feed = excluded.feed, outlet = excluded.outlet,
			doc = excluded.doc, status = excluded.status, etag = excluded.etag, last_modified = excluded.last_modified,
			fetched_at = excluded.fetched_at`,
		p.URL, p.FinalURL, p.Feed, p.Outlet, doc, p.Status, p.ETag, p.LastModified, stamp(p.FetchedAt))
	return err
}

// RecordUnchanged notes pages answered 304 (fetched_at and status only).
func (s *Store) RecordUnchanged(ctx context.Context, pages []fetch.Provenance) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, p := range pages {
			if p.Status == 0 {
				continue
			}
			if _, err := tx.ExecContext(ctx, `UPDATE fetches SET status = ?, fetched_at = ? WHERE url = ?`, p.Status, stamp(p.FetchedAt), p.URL); err != nil {
				return err
			}
		}
		return nil
	})
}

// Counts are how much the store holds.
type Counts struct {
	Documents, Claims, Events, Alignments, Discrepancies, Fetches, Feeds int
}

// Counts returns how much the store holds.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	for _, q := range []struct {
		dst *int
		sql string
	}{
		{&c.Documents, `SELECT COUNT(*) FROM documents`},
		{&c.Claims, `SELECT COUNT(*) FROM claims`},
		{&c.Events, `SELECT COUNT(*) FROM events`},
		{&c.Alignments, `SELECT COUNT(*) FROM alignments`},
		{&c.Discrepancies, `SELECT COUNT(*) FROM discrepancies`},
		{&c.Fetches, `SELECT COUNT(*) FROM fetches`},
		{&c.Feeds, `SELECT COUNT(*) FROM feeds`},
	} {
		if err := s.db.QueryRowContext(ctx, q.sql).Scan(q.dst); err != nil {
			return c, err
		}
	}
	return c, nil
}

func (s *Store) tx(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
