package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
)

// TestEncodeEventTerms round-trips an event's index rows through its
// blob and refuses malformed blobs.
func TestEncodeEventTerms(t *testing.T) {
	cases := []struct {
		name string
		ts   []eventTerm
	}{
		{"none", nil},
		{"one stem", []eventTerm{{"زيار", 1, 0.5}}},
		{"stems and an entity", []eventTerm{
			{"\x00e-وزير-الخارجية", 2, 0.31},
			{"اتفاق", 3, 0.125},
			{"موسكو", 1, 1},
		}},
		{"weights kept to the bit", []eventTerm{
			{"هدن", 1, math.Nextafter(0.2, 1)},
			{"دمشق", 400, 1e-300},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := encodeEventTerms(tc.ts)
			var got []eventTerm
			if err := decodeEventTerms(data, func(term string, n int, w float64) {
				got = append(got, eventTerm{term, n, w})
			}); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.ts) || (len(got) > 0 && !reflect.DeepEqual(got, tc.ts)) {
				t.Errorf("got %v, want %v", got, tc.ts)
			}
		})
	}
	good := encodeEventTerms(cases[2].ts)
	bad := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"other version", append([]byte{indexVersion + 1}, good[1:]...)},
		{"cut short", good[:len(good)-3]},
		{"trailing bytes", append(slices.Clone(good), 0)},
		{"count too large", []byte{indexVersion, 200, 1}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			err := decodeEventTerms(tc.data, func(string, int, float64) {})
			if !errors.Is(err, errIndex) {
				t.Errorf("error %v, want errIndex", err)
			}
		})
	}
}

// TestEventIndexFollowsEvents adds the bundled corpus's articles one at a
// time and checks after each update that event_index holds one row for
// every stored event and none for an event dropped.
func TestEventIndexFollowsEvents(t *testing.T) {
	ctx := context.Background()
	docs := loadCorpus(t, corpusDir())
	if len(docs) < 4 {
		t.Fatalf("corpus: %d documents", len(docs))
	}
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dropped := 0
	var before []string
	for k := 2; k <= len(docs); k++ {
		in := inputsOf(docs[:2])
		if k > 2 {
			in = inputsOf(docs[k-1 : k])
		}
		if _, err := s.Update(ctx, in, Options{}); err != nil {
			t.Fatal(err)
		}
		events := column(t, s, `SELECT id FROM events`)
		if got := column(t, s, `SELECT event FROM event_index`); !slices.Equal(got, events) {
			t.Errorf("after %d articles: event_index has %d rows, events %d; they differ", k, len(got), len(events))
		}
		for _, ev := range before {
			if _, found := slices.BinarySearch(events, ev); !found {
				dropped++
			}
		}
		before = events
	}
	if dropped == 0 {
		t.Errorf("the adds dropped no event: the test checks nothing")
	}
}

// TestPostingReader: the posting lists of the event index read whole are,
// for every term, the dated events whose row holds it, in event order,
// with their sizes and days and the term's weight there; a term is too
// common exactly when the groups holding it reach the limit.
func TestPostingReader(t *testing.T) {
	ctx := context.Background()
	s := corpusStore(t)
	type row struct {
		ev   string
		n, k int // the event's claims; the term's groups
		w    float64
		lo   sql.NullInt64
		hi   sql.NullInt64
	}
	byTerm := make(map[string][]row)
	err := s.tx(ctx, func(tx *sql.Tx) error {
		return eachRow(ctx, tx, `SELECT x.event, x.data, e.claims, e.lo, e.hi FROM event_index x JOIN events e ON e.id = x.event ORDER BY x.event`, nil, func(rows *sql.Rows) error {
			var r row
			var data []byte
			if err := rows.Scan(&r.ev, &data, &r.n, &r.lo, &r.hi); err != nil {
				return err
			}
			return decodeEventTerms(data, func(term string, k int, w float64) {
				r.k, r.w = k, w
				byTerm[term] = append(byTerm[term], r)
			})
		})
	})
	if err != nil || len(byTerm) < 50 {
		t.Fatalf("%d terms, %v", len(byTerm), err)
	}
	var ix *eventIndex
	if err := s.tx(ctx, func(tx *sql.Tx) (err error) { ix, err = readEventIndex(ctx, tx); return err }); err != nil {
		t.Fatal(err)
	}
	const limit = 3
	longs := 0
	for term, rs := range byTerm {
		sum := 0
		var want []posted
		for _, r := range rs {
			sum += r.k
			if r.lo.Valid {
				want = append(want, posted{ev: r.ev, w: r.w, n: r.n, lo: int(r.lo.Int64), hi: int(r.hi.Int64)})
			}
		}
		if ix.count(term) != sum {
			t.Errorf("term %q: %d groups, want %d", term, ix.count(term), sum)
		}
		got, long := ix.read(term, limit)
		if long != (sum+1 > limit) {
			t.Errorf("term %q: long %v, its groups %d", term, long, sum)
		}
		if long {
			longs++
			continue
		}
		if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("term %q: %v, want %v", term, got, want)
		}
	}
	if longs == 0 || longs == len(byTerm) {
		t.Errorf("%d of %d terms too common: the limit tests nothing", longs, len(byTerm))
	}
}

// BenchmarkReadEventIndex reads the event index of the bundled corpus.
func BenchmarkReadEventIndex(b *testing.B) {
	ctx := context.Background()
	docs := loadCorpus(b, corpusDir())
	s, err := Open(ctx, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Update(ctx, inputsOf(docs), Options{}); err != nil {
		b.Fatal(err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	b.ReportAllocs()
	terms := 0
	for b.Loop() {
		ix, err := readEventIndex(ctx, tx)
		if err != nil {
			b.Fatal(err)
		}
		terms = len(ix.terms)
	}
	b.ReportMetric(float64(terms), "terms/op")
}

// schema5Undone takes a store back to schema version 4 (but for the
// schema_version rows): every event's index rows in event_terms, none in
// the delta, what a test that turns a store into an older version must do
// first.
func schema5Undone(tx *sql.Tx) error {
	ctx := context.Background()
	for _, q := range []string{
		`CREATE TABLE event_terms (term TEXT NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, w REAL NOT NULL, PRIMARY KEY (term, event)) WITHOUT ROWID`,
		`CREATE INDEX event_terms_event ON event_terms(event)`,
		`CREATE TABLE event_terms_delta (term TEXT NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, w REAL NOT NULL, PRIMARY KEY (term, event)) WITHOUT ROWID`,
		`CREATE INDEX event_terms_delta_event ON event_terms_delta(event)`,
		`CREATE TABLE event_terms_gone (event TEXT PRIMARY KEY) WITHOUT ROWID`,
		`CREATE VIEW event_terms_live AS
			SELECT term, event, n, w FROM event_terms WHERE event NOT IN (SELECT event FROM event_terms_gone)
			UNION ALL SELECT term, event, n, w FROM event_terms_delta`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	type row struct {
		ev   string
		data []byte
	}
	var rows []row
	err := eachRow(ctx, tx, `SELECT event, data FROM event_index`, nil, func(rs *sql.Rows) error {
		var r row
		err := rs.Scan(&r.ev, &r.data)
		rows = append(rows, r)
		return err
	})
	if err != nil {
		return err
	}
	for _, r := range rows {
		var ierr error
		err := decodeEventTerms(r.data, func(term string, n int, w float64) {
			if ierr == nil {
				_, ierr = tx.ExecContext(ctx, `INSERT INTO event_terms(term, event, n, w) VALUES (?, ?, ?, ?)`, term, r.ev, n, w)
			}
		})
		if err = errors.Join(err, ierr); err != nil {
			return err
		}
	}
	for _, q := range []string{
		`INSERT INTO info(key, value) SELECT 'event_terms', COUNT(*) FROM event_terms`,
		`DROP TABLE event_index`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// schema4Undone takes a store of schema version 4 back to version 3 (but
// for the schema_version rows).
var schema4Undone = []string{
	`DROP VIEW event_terms_live`,
	`DROP TABLE event_terms_delta`,
	`DROP TABLE event_terms_gone`,
	`DELETE FROM info WHERE key = 'event_terms'`,
}

// undoSchema takes a store back to schema version v (4 or less): the
// steps of schema5Undone, and of schema4Undone when v < 4, then more, and
// the schema_version rows past v deleted.
func undoSchema(t *testing.T, s *Store, v int, more ...string) {
	t.Helper()
	err := s.tx(context.Background(), func(tx *sql.Tx) error {
		if err := schema5Undone(tx); err != nil {
			return err
		}
		qs := more
		if v < 4 {
			qs = append(slices.Clone(schema4Undone), more...)
		}
		for _, q := range append(qs, fmt.Sprintf(`DELETE FROM schema_version WHERE version > %d`, v)) {
			if _, err := tx.Exec(q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMigrationEventIndex turns a store back into schema version 4, with
// an event's rows moved to the delta, a dropped event's rows left dead in
// event_terms and an event without rows, opens it again, and checks that
// migration 5 writes each event's live rows as the blob an update writes
// (an empty one for the event without rows), drops the version 4
// tables, and that an update on the migrated store matches a full run.
func TestMigrationEventIndex(t *testing.T) {
	ctx := context.Background()
	dir, s, last := storeAllButLast(t)
	blobs := func(s *Store) map[string]string {
		out := make(map[string]string)
		eachEventBlob(t, s, "event_index", func(ev string, data []byte) { out[ev] = string(data) })
		return out
	}
	want := blobs(s)
	events := column(t, s, `SELECT id FROM events`)
	if len(want) != len(events) || len(events) < 2 {
		t.Fatalf("%d index rows, %d events", len(want), len(events))
	}
	moved, bare := events[0], events[1]
	want[bare] = string(encodeEventTerms(nil))
	undoSchema(t, s, 4,
		// An event without index terms ...
		`DELETE FROM event_terms WHERE event = '`+bare+`'`,
		// One event's rows written since the last compaction ...
		`INSERT INTO event_terms_delta SELECT * FROM event_terms WHERE event = '`+moved+`'`,
		`DELETE FROM event_terms WHERE event = '`+moved+`'`,
		// ... and one dropped since, its rows dead.
		`INSERT INTO event_terms SELECT term, 'ev-dropped', n, w FROM event_terms_delta`,
		`INSERT INTO event_terms_gone(event) VALUES ('ev-dropped')`,
	)
	s.Close()

	s = reopenMigrated(t, dir, 5)
	defer s.Close()
	got := blobs(s)
	if len(got) != len(want) {
		t.Errorf("migrated: %d index rows, want %d", len(got), len(want))
	}
	for ev, w := range want {
		if got[ev] != w {
			t.Errorf("event %s: migrated index row differs from the one written", ev)
		}
	}
	if left := column(t, s, `SELECT name FROM sqlite_master WHERE name LIKE 'event_terms%' UNION ALL SELECT key FROM info WHERE key = 'event_terms'`); len(left) != 0 {
		t.Errorf("left after migration: %v", left)
	}
	if _, err := s.Update(ctx, inputsOf([]*corpus.Document{last}), Options{Exact: true}); err != nil {
		t.Fatal(err)
	}
	verifySame(ctx, t, s, "migrated store vs full run")
}

// column returns the values of a one-column query, sorted.
func column(t *testing.T, s *Store, query string) []string {
	t.Helper()
	var out []string
	rows, err := s.db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var v sql.NullString
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v.String)
	}
	slices.Sort(out)
	return out
}
