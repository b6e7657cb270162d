package report

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite", no cgo

	"github.com/claimdiff/claimdiff/review"
)

// SQLite export: the analysis and its reviews as tables that Datasette and
// sqlite-utils open as they are, with foreign keys between them so that
// Datasette links rows:
//
//	meta              key, value: version, generated, since, lang
//	documents         id, path, source, title, url, published, lang, text,
//	                  display_name (the outlet as shown: Source.DisplayName),
//	                  letter (its one-character name in every view and report)
//	claims            id, doc → documents, start_byte, end_byte, kind, text,
//	                  event_date, speaker
//	events            id, label, date, severity, sources (how many cover it),
//	                  title (a headline of what happened: Event.Title),
//	                  place (where, when the title does not say; "" else),
//	                  single_source (0/1: reported by one outlet only),
//	                  recalled (0/1: an earlier event the articles only recall)
//	event_claims      event → events, claim → claims, unique_to_source (0/1)
//	alignments        id, event → events (NULL for background), similarity,
//	                  shared_origin (0/1), shared_reason, severity
//	alignment_claims  alignment → alignments, claim → claims, position
//	                  (0 = the anchor), marks (JSON: differing runs)
//	discrepancies     id, alignment → alignments, type, severity, detail,
//	                  claim_a, claim_b, claims (JSON), evidence (JSON),
//	                  reviewed (0/1)
//	verdicts          target (claim or alignment ID), kind, verdict, note,
//	                  reviewer, at, entry, match
//	notes             target, note, reviewer, at
//
// Offsets are byte offsets into documents.text. Documents and claims are
// written in full; events, alignments and discrepancies are the report's
// (limited by --since when it was given).

const sqliteSchema = `
PRAGMA foreign_keys = ON;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
  id TEXT PRIMARY KEY, path TEXT, source TEXT, title TEXT, url TEXT, published TEXT, lang TEXT, text TEXT,
  display_name TEXT, letter TEXT);
CREATE TABLE claims (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), start_byte INTEGER, end_byte INTEGER,
  kind TEXT, text TEXT, event_date TEXT, speaker TEXT);
CREATE INDEX claims_doc ON claims(doc);
CREATE TABLE events (
  id TEXT PRIMARY KEY, label TEXT, date TEXT, severity INTEGER, sources INTEGER, title TEXT, place TEXT,
  single_source INTEGER, recalled INTEGER);
CREATE TABLE event_claims (
  event TEXT NOT NULL REFERENCES events(id), claim TEXT NOT NULL REFERENCES claims(id),
  unique_to_source INTEGER, PRIMARY KEY (event, claim));
CREATE INDEX event_claims_claim ON event_claims(claim);
CREATE TABLE alignments (
  id TEXT PRIMARY KEY, event TEXT REFERENCES events(id), similarity REAL, shared_origin INTEGER,
  shared_reason TEXT, severity INTEGER);
CREATE TABLE alignment_claims (
  alignment TEXT NOT NULL REFERENCES alignments(id), claim TEXT NOT NULL REFERENCES claims(id),
  position INTEGER, marks TEXT, PRIMARY KEY (alignment, claim));
CREATE INDEX alignment_claims_claim ON alignment_claims(claim);
CREATE TABLE discrepancies (
  id INTEGER PRIMARY KEY, alignment TEXT NOT NULL REFERENCES alignments(id), type TEXT, severity INTEGER,
  detail TEXT, claim_a TEXT REFERENCES claims(id), claim_b TEXT REFERENCES claims(id), claims TEXT,
  evidence TEXT, reviewed INTEGER);
CREATE INDEX discrepancies_alignment ON discrepancies(alignment);
CREATE TABLE verdicts (
  target TEXT PRIMARY KEY, kind TEXT, verdict TEXT, note TEXT, reviewer TEXT, at TEXT, entry TEXT, match TEXT);
CREATE TABLE notes (target TEXT, note TEXT, reviewer TEXT, at TEXT);
`

// WriteSQLite writes the report into a new SQLite database at path, which
// must not exist or be empty (the command writes to a temporary file beside
// the destination and renames it when this returns nil).
func WriteSQLite(ctx context.Context, path string, r *Report) (err error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return fmt.Errorf("open sqlite %s: %w", path, err)
	}
	defer func() {
		if cerr := db.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close sqlite %s: %w", path, cerr)
		}
	}()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, sqliteSchema); err != nil {
		return fmt.Errorf("create tables in %s: %w", path, err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("write sqlite %s: %w", path, err)
	}
	if err := fillSQLite(ctx, tx, r); err != nil {
		tx.Rollback()
		return fmt.Errorf("write sqlite %s: %w", path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("write sqlite %s: %w", path, err)
	}
	return nil
}

// inserter prepares one INSERT and runs it for each row, keeping the first
// error.
type inserter struct {
	ctx  context.Context
	stmt *sql.Stmt
	err  *error
}

func (in inserter) row(args ...any) {
	if *in.err == nil {
		_, *in.err = in.stmt.ExecContext(in.ctx, args...)
	}
}

func fillSQLite(ctx context.Context, tx *sql.Tx, r *Report) error {
	var err error
	stmts := map[string]*sql.Stmt{}
	prep := func(table string, cols int) inserter {
		q := "INSERT INTO " + table + " VALUES (?"
		for i := 1; i < cols; i++ {
			q += ", ?"
		}
		q += ")"
		if err == nil {
			stmts[table], err = tx.PrepareContext(ctx, q)
		}
		return inserter{ctx: ctx, stmt: stmts[table], err: &err}
	}
	meta := prep("meta", 2)
	docs := prep("documents", 10)
	claims := prep("claims", 8)
	events := prep("events", 9)
	eventClaims := prep("event_claims", 3)
	alignments := prep("alignments", 6)
	alignmentClaims := prep("alignment_claims", 4)
	discrepancies := prep("discrepancies", 10)
	verdicts := prep("verdicts", 8)
	notes := prep("notes", 4)
	if err != nil {
		return err
	}
	defer func() {
		for _, s := range stmts {
			s.Close()
		}
	}()

	meta.row("version", strconv.Itoa(r.Version))
	meta.row("generated", r.Generated.UTC().Format(time.RFC3339))
	meta.row("since", r.Since)
	meta.row("lang", r.Lang)
	a := r.Analysis
	if a != nil {
		for _, d := range a.Documents {
			display, letter := d.ID, "+"
			if s, ok := r.Source(d.ID); ok {
				display, letter = s.DisplayName, s.Letter
			}
			docs.row(d.ID, d.Path, sourceName(d), d.Title, d.URL, d.Published, langOf(d), d.Text, display, letter)
		}
		for i := range a.Claims {
			c := &a.Claims[i]
			claims.row(c.ID, c.Doc, c.Start, c.End, c.Kind, c.Text, c.EventDate, c.SpeakerText)
		}
	}
	shown := make(map[string]bool)
	for _, e := range r.Events {
		if !e.Background {
			shown[e.ID] = true
			events.row(e.ID, e.Label, e.Date, e.Severity, len(e.Sources), e.Title, e.Place, e.SingleSource, e.Recalled)
		}
	}
	if a != nil {
		for _, ev := range a.Events {
			if !shown[ev.ID] {
				continue
			}
			unique := make(map[string]bool, len(ev.Unique))
			for _, id := range ev.Unique {
				unique[id] = true
			}
			for _, id := range ev.Claims {
				eventClaims.row(ev.ID, id, unique[id])
			}
		}
	}
	for _, e := range r.Events {
		var event any
		if !e.Background {
			event = e.ID
		}
		for _, al := range e.Alignments {
			alignments.row(al.ID, event, al.Similarity, al.SharedOrigin, al.SharedReason, al.Severity)
			for i, c := range al.Claims {
				alignmentClaims.row(al.ID, c.ID, i, jsonText(c.Marks))
			}
			for _, d := range al.Discrepancy {
				var ca, cb any
				if len(d.Claims) > 0 {
					ca = d.Claims[0]
				}
				if len(d.Claims) > 1 {
					cb = d.Claims[1]
				}
				discrepancies.row(nil, al.ID, d.Type, d.Severity, d.Detail, ca, cb,
					jsonText(d.Claims), jsonText(d.Evidence), d.Reviewed)
			}
		}
	}
	if a != nil && a.Reviews != nil && a.Reviews.State != nil {
		st := a.Reviews.State
		for _, id := range sortedKeys(st.Verdicts) {
			v := st.Verdicts[id]
			e := v.Entry
			verdicts.row(id, review.KindOf(id).String(), string(e.Verdict), e.Note, e.Reviewer,
				e.At.UTC().Format(time.RFC3339), e.ID, string(v.Match))
		}
		for _, id := range sortedKeys(st.Notes) {
			for _, n := range st.Notes[id] {
				notes.row(id, n.Entry.Note, n.Entry.Reviewer, n.Entry.At.UTC().Format(time.RFC3339))
			}
		}
	}
	return err
}

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

// sortedKeys returns a map's keys in order, so that rows are written in
// the same order on every run.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
