// Package store is claimdiff's article store: the articles read or
// fetched, where each came from, and their analysis (claims and facts per
// document, events, alignments, discrepancies), in one embedded SQLite
// database (modernc.org/sqlite, pure Go) that grows run after run.
//
// The database is articles.db inside the store directory, ./.claimdiff by
// default — the directory the review store (package review) keeps its
// verdicts in, so verdicts made on a stored analysis stay beside it and,
// since IDs are stable, stay attached.
//
// # Schema (version 5)
//
//	schema_version(version, applied_at)      one row per migration applied
//	documents(id, seq, origin, fingerprint, url, path, source, title,
//	          published, retrieved, undated, title_start, title_end,
//	          meta, text, added_at, updated_at)
//	                                         one row per article; meta is the
//	                                           corpus.Document as JSON, text its
//	                                           text; seq the order first seen
//	fetches(url, final_url, feed, outlet, doc, status, etag,
//	        last_modified, fetched_at)       provenance of each page fetched
//	feeds(url, outlet, title, status, etag, last_modified, fetched_at,
//	      items)                             each feed polled
//	claims(id, doc, ord, event, data)        every claim; data (codec.go,
//	                                           binary): the claim with its
//	                                           facts as its document gives
//	                                           them, its role keys and scoring
//	                                           features;
//	                                           event "" = background, "~" =
//	                                           a title in no event
//	terms(term, df)                          in how many claims each stem
//	                                           ("\x00"+ID for an entity) occurs
//	entity_refs(seq, id, kind, name, role, role_key, n)
//	                                         distinct entity mentions, first
//	                                           seen first, with counts
//	events(id, lo, hi, claims, data)         align.Event JSON; lo/hi its days
//	event_index(event, data)                 (version 5) the terms an event is
//	                                           found by, in one blob
//	                                           (eventindex.go): the top 20 of
//	                                           each document's group of claims
//	                                           in it, each with n (in how many
//	                                           groups' tops) and w (its weight
//	                                           in the event's centroid), as
//	                                           align indexes them; versions 1-4
//	                                           kept a row a term and event in
//	                                           event_terms(term, event, n, w),
//	                                           and version 4 an update's rows
//	                                           in event_terms_delta and its
//	                                           dropped events in
//	                                           event_terms_gone (view
//	                                           event_terms_live), all dropped
//	                                           by migration 5
//	alignments(id, event, data)              analysis.Alignment JSON (claims,
//	                                           similarity, discrepancies, diffs)
//	discrepancies(key, alignment, event, type, severity, first_run, data)
//	runs(id, started_at, finished_at, mode, docs_new, docs_changed,
//	     docs_removed, claims_rescored, events_recomputed,
//	     alignments_compared, discrepancies_new)
//	info(key, value)                         counters (claims; versions 4
//	                                           and before: event_terms, its rows)
//	packs(event, data)                       (version 2) per event, and "~"
//	                                           for titles in no event: what
//	                                           clustering reads of each of its
//	                                           claims, in one blob (packs.go);
//	                                           (version 3) the background's
//	                                           claims under " " and a chunk
//	                                           number, 128 documents in store
//	                                           order a pack (version 2: one
//	                                           pack under "")
//
// Version 2 also indexes documents(id, source) and the undated documents,
// so that an update reads outlets and counts undated articles without a
// pass over the articles' text. A first load drops the secondary indexes
// and builds each table's once its rows are written (secondaryIndexes in
// update.go lists them; it must follow the migrations); it keeps its
// rollback journal in memory and syncs the file once, at the end
// (bulkJournal), then goes back to the write-ahead log.
//
// Migrations are numbered; Open applies the missing ones in order, each in
// its own transaction, and records it in schema_version. A database newer
// than this program is refused.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

// FileName is the database's name inside the store directory.
const FileName = "articles.db"

// DefaultDir is the store directory used when none is given (the review
// store's).
const DefaultDir = ".claimdiff"

// mmapSize is how much of the database SQLite reads through the file's
// mapping (PRAGMA mmap_size) rather than by copying pages into its cache:
// on SaudiNewsNet an update's system time went from 1.18 to 0.86 s.
const mmapSize = "4294967296"

// ErrTooNew is returned for a database written by a newer claimdiff.
var ErrTooNew = errors.New("article store was written by a newer claimdiff")

// migrations are the schema changes, in order; migrations[i] takes the
// schema to version i+1.
var migrations = []string{
	`CREATE TABLE documents (
		id TEXT PRIMARY KEY,
		seq INTEGER NOT NULL,
		origin TEXT NOT NULL,
		fingerprint TEXT NOT NULL,
		url TEXT NOT NULL DEFAULT '',
		path TEXT NOT NULL DEFAULT '',
		source TEXT NOT NULL DEFAULT '',
		title TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		retrieved TEXT NOT NULL DEFAULT '',
		undated INTEGER NOT NULL DEFAULT 0,
		title_start INTEGER NOT NULL DEFAULT 0,
		title_end INTEGER NOT NULL DEFAULT 0,
		meta TEXT NOT NULL,
		text TEXT NOT NULL,
		added_at TEXT NOT NULL,
		updated_at TEXT NOT NULL
	);
	CREATE INDEX documents_origin ON documents(origin);
	CREATE INDEX documents_url ON documents(url);
	CREATE TABLE fetches (
		url TEXT PRIMARY KEY,
		final_url TEXT NOT NULL DEFAULT '',
		feed TEXT NOT NULL DEFAULT '',
		outlet TEXT NOT NULL DEFAULT '',
		doc TEXT NOT NULL DEFAULT '',
		status INTEGER NOT NULL DEFAULT 0,
		etag TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		fetched_at TEXT NOT NULL DEFAULT ''
	);
	CREATE TABLE feeds (
		url TEXT PRIMARY KEY,
		outlet TEXT NOT NULL DEFAULT '',
		title TEXT NOT NULL DEFAULT '',
		status INTEGER NOT NULL DEFAULT 0,
		etag TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		fetched_at TEXT NOT NULL DEFAULT '',
		items INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE claims (
		id TEXT PRIMARY KEY,
		doc TEXT NOT NULL,
		ord INTEGER NOT NULL,
		event TEXT NOT NULL DEFAULT '',
		data BLOB NOT NULL
	);
	CREATE INDEX claims_doc ON claims(doc);
	CREATE INDEX claims_event ON claims(event);
	CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
	CREATE TABLE entity_refs (
		seq INTEGER PRIMARY KEY,
		id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, role_key TEXT NOT NULL,
		n INTEGER NOT NULL,
		UNIQUE (id, kind, name, role, role_key)
	);
	CREATE TABLE events (id TEXT PRIMARY KEY, lo INTEGER, hi INTEGER, claims INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
	CREATE INDEX events_lo ON events(lo);
	CREATE TABLE event_terms (term TEXT NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, w REAL NOT NULL, PRIMARY KEY (term, event)) WITHOUT ROWID;
	CREATE INDEX event_terms_event ON event_terms(event);
	CREATE TABLE alignments (id TEXT PRIMARY KEY, event TEXT NOT NULL, data TEXT NOT NULL);
	CREATE INDEX alignments_event ON alignments(event);
	CREATE TABLE discrepancies (
		key TEXT PRIMARY KEY,
		alignment TEXT NOT NULL,
		event TEXT NOT NULL,
		type TEXT NOT NULL,
		severity INTEGER NOT NULL,
		first_run INTEGER NOT NULL,
		data TEXT NOT NULL
	);
	CREATE INDEX discrepancies_alignment ON discrepancies(alignment);
	CREATE TABLE runs (
		id INTEGER PRIMARY KEY,
		started_at TEXT NOT NULL,
		finished_at TEXT NOT NULL,
		mode TEXT NOT NULL,
		docs_new INTEGER NOT NULL, docs_changed INTEGER NOT NULL, docs_removed INTEGER NOT NULL,
		claims_rescored INTEGER NOT NULL, events_recomputed INTEGER NOT NULL,
		alignments_compared INTEGER NOT NULL, discrepancies_new INTEGER NOT NULL
	);
	CREATE TABLE info (key TEXT PRIMARY KEY, value INTEGER NOT NULL);`,
	// 2: feature packs (packs.go), filled from the claims table; indexes
	// that spare an update a pass over the articles' text for their
	// outlets and for whether any is undated.
	`CREATE TABLE packs (event TEXT PRIMARY KEY, data BLOB NOT NULL);
	CREATE INDEX documents_source ON documents(id, source);
	CREATE INDEX documents_undated ON documents(undated) WHERE undated = 1;`,
	// 3: the background's claims packed by document, bgChunkDocs
	// documents a pack (packs.go), so that an update rewrites only the
	// few packs whose claims changed.
	`SELECT 1`,
	// 4: the event terms an update writes go to a small table of their
	// own, and those of the events it drops are marked gone rather than
	// deleted, until the main table is compacted (until version 5, which
	// replaced all three with event_index).
	`CREATE TABLE event_terms_delta (term TEXT NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, w REAL NOT NULL, PRIMARY KEY (term, event)) WITHOUT ROWID;
	CREATE INDEX event_terms_delta_event ON event_terms_delta(event);
	CREATE TABLE event_terms_gone (event TEXT PRIMARY KEY) WITHOUT ROWID;
	CREATE VIEW event_terms_live AS
		SELECT term, event, n, w FROM event_terms WHERE event NOT IN (SELECT event FROM event_terms_gone)
		UNION ALL SELECT term, event, n, w FROM event_terms_delta;
	INSERT INTO info(key, value) SELECT 'event_terms', COUNT(*) FROM event_terms;`,
	// 5: the event terms in one row an event (eventindex.go); the fill
	// writes version 4's live rows there and drops event_terms,
	// event_terms_delta, event_terms_gone and event_terms_live.
	`CREATE TABLE event_index (event TEXT PRIMARY KEY, data BLOB NOT NULL);`,
}

// migrationFill holds, for a schema version, what its migration computes
// in Go after its SQL, in the same transaction.
var migrationFill = map[int]func(context.Context, *sql.Tx) error{
	2: fillPacks,
	3: splitBackground,
	5: fillEventIndex,
}

// Store is an open article store.
type Store struct {
	db   *sql.DB
	path string
}

// Open opens (creating when missing) the article store in dir, DefaultDir
// when dir is "", and brings its schema up to date. A database whose first
// load was interrupted before it was synced is removed first: it may not
// be whole, and it held nothing before that load (see bulkJournal).
func Open(ctx context.Context, dir string) (*Store, error) {
	if dir == "" {
		dir = DefaultDir
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open article store: %w", err)
	}
	path := filepath.Join(dir, FileName)
	if _, err := dropInterruptedLoad(path); err != nil {
		return nil, fmt.Errorf("open %s: an interrupted first load left it; remove it by hand: %w", path, err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(on)&_pragma=cache_size(-262144)&_pragma=mmap_size("+mmapSize+")")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SchemaVersion is the version this program writes.
func SchemaVersion() int { return len(migrations) }

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("%w (schema version %d; this one knows up to %d)", ErrTooNew, v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to schema version %d: %w", i+1, err)
		}
		if fill := migrationFill[i+1]; fill != nil {
			if err := fill(ctx, tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migrate to schema version %d: %w", i+1, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version(version, applied_at) VALUES (?, ?)`, i+1, time.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// dir is the store directory.
func (s *Store) dir() string { return filepath.Dir(s.path) }
