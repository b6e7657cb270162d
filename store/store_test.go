package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
)

func loadCorpus(t testing.TB, paths ...string) []*corpus.Document {
	t.Helper()
	docs, probs := corpus.Load(context.Background(), paths, corpus.Options{})
	for _, p := range probs {
		if !p.Skipped {
			t.Fatalf("load: %v", p)
		}
	}
	return docs
}

func inputsOf(docs []*corpus.Document) []Input {
	in := make([]Input, len(docs))
	for i, d := range docs {
		in[i] = Input{Doc: d}
	}
	return in
}

func corpusDir() string { return filepath.Join("..", "testdata", "corpus", "syria-russia") }

// storeAllButLast opens a store in a new temporary folder and updates it
// with every article of the bundled corpus but the last, which it returns:
// the start of the migration tests, which then turn its schema back,
// reopen it and add the last article.
func storeAllButLast(t *testing.T) (string, *Store, *corpus.Document) {
	t.Helper()
	dir := t.TempDir()
	all := loadCorpus(t, corpusDir())
	s, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Update(context.Background(), inputsOf(all[:len(all)-1]), Options{}); err != nil {
		t.Fatal(err)
	}
	return dir, s, all[len(all)-1]
}

// eachEventBlob calls f with every row's event and data of table (packs
// or event_index, whose rows are an event's blob).
func eachEventBlob(t *testing.T, s *Store, table string, f func(ev string, data []byte)) {
	t.Helper()
	rows, err := s.db.Query(`SELECT event, data FROM ` + table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var ev string
		var data []byte
		if err := rows.Scan(&ev, &data); err != nil {
			t.Fatal(err)
		}
		f(ev, data)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

// reopenMigrated opens the store in dir again and checks that its
// migrations brought it to the current schema version, at least version least.
func reopenMigrated(t *testing.T, dir string, least int) *Store {
	t.Helper()
	s, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	s.db.QueryRow(`SELECT MAX(version) FROM schema_version`).Scan(&v)
	if v != SchemaVersion() || v < least {
		s.Close()
		t.Fatalf("schema version %d after migration, want %d", v, SchemaVersion())
	}
	return s
}

// corpusStore opens a store in a temporary directory, loads the bundled
// corpus into it and closes it when the test ends.
func corpusStore(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Update(ctx, inputsOf(loadCorpus(t, corpusDir())), Options{}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestOpenMigrates(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, dir) // a second open applies nothing
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n, v int
	s.db.QueryRow(`SELECT COUNT(*), MAX(version) FROM schema_version`).Scan(&n, &v)
	if n != SchemaVersion() || v != SchemaVersion() {
		t.Errorf("schema_version rows %d, max %d; want %d, %d", n, v, SchemaVersion(), SchemaVersion())
	}
	if _, err := s.db.Exec(`INSERT INTO schema_version(version, applied_at) VALUES (99, 'x')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, dir); err == nil {
		t.Errorf("Open of a newer schema: no error")
	}
}

// TestIncrementalEqualsFull stores four articles, adds the fifth, and
// checks the stored events and alignments against a full run's.
func TestIncrementalEqualsFull(t *testing.T) {
	ctx := context.Background()
	all := loadCorpus(t, corpusDir())
	if len(all) < 3 {
		t.Fatalf("corpus: %d documents", len(all))
	}
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	first, last := all[:len(all)-1], all[len(all)-1:]
	rep, err := s.Update(ctx, inputsOf(first), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Mode != "full" || rep.DocsNew != len(first) {
		t.Errorf("first update: mode %s, new %d; want full, %d", rep.Mode, rep.DocsNew, len(first))
	}
	firstNew := len(rep.New)
	if firstNew == 0 {
		t.Errorf("first update reported no discrepancies")
	}
	// The same inputs again: nothing to do.
	rep, err = s.Update(ctx, inputsOf(loadCorpus(t, corpusDir())[:len(all)-1]), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.DocsUnchanged != len(first) || rep.DocsNew != 0 || len(rep.New) != 0 {
		t.Errorf("same inputs: unchanged %d new %d discrepancies %d; want %d, 0, 0", rep.DocsUnchanged, rep.DocsNew, len(rep.New), len(first))
	}
	rep, err = s.Update(ctx, inputsOf(last), Options{Exact: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Mode != "incremental" || rep.DocsNew != 1 {
		t.Errorf("second update: mode %s, new %d; want incremental, 1", rep.Mode, rep.DocsNew)
	}
	for _, d := range rep.New {
		found := false
		for _, c := range d.Claims {
			if c.Doc == last[0].ID {
				found = true
			}
		}
		if !found {
			t.Errorf("new discrepancy %s (%s) has no claim of the new article", d.Key, d.Type)
		}
	}
	verifySame(ctx, t, s, "store vs full run")
	var runs int
	s.db.QueryRow(`SELECT COUNT(*) FROM runs`).Scan(&runs)
	if runs != 2 {
		t.Errorf("runs recorded: %d, want 2 (an update with nothing new records none)", runs)
	}
	_ = sql.ErrNoRows
}

// TestChangedArticleReplaced: an article read again from the same file
// with other text replaces its stored copy; the analysis matches a full
// run's.
func TestChangedArticleReplaced(t *testing.T) {
	ctx := context.Background()
	s := corpusStore(t)
	docs := loadCorpus(t, corpusDir())
	d := docs[2]
	d.Text += "\nوأكد المتحدث أن الزيارة ستتكرر في الربيع المقبل.\n"
	corpus.AssignIDs([]*corpus.Document{d})
	rep, err := s.Update(ctx, inputsOf([]*corpus.Document{d}), Options{Exact: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.DocsNew != 1 || rep.DocsRemoved != 1 {
		t.Errorf("new %d, removed %d; want 1, 1", rep.DocsNew, rep.DocsRemoved)
	}
	n, _ := s.Counts(ctx)
	if n.Documents != len(docs) {
		t.Errorf("%d documents stored, want %d", n.Documents, len(docs))
	}
	verifySame(ctx, t, s, "store vs full run")
}

// TestMigrationFillsPacks turns a store back into schema version 1 (no
// packs), opens it again, and checks that the migration to version 2
// writes the packs an update writes, and that an incremental update on
// the migrated store matches a full run.
func TestMigrationFillsPacks(t *testing.T) {
	ctx := context.Background()
	dir, s, last := storeAllButLast(t)
	packed := func(s *Store) map[string]string {
		out := make(map[string]string)
		eachEventBlob(t, s, "packs", func(ev string, data []byte) {
			items, err := decodePack(data)
			if err != nil {
				t.Fatalf("pack %q: %v", ev, err)
			}
			for _, it := range items {
				out[it.Claim.ID] = ev + "|" + string(encodePack([]slim{it}))
			}
		})
		return out
	}
	want := packed(s)
	var claims int
	s.db.QueryRow(`SELECT COUNT(*) FROM claims WHERE event != '~'`).Scan(&claims)
	if len(want) != claims || claims == 0 {
		t.Fatalf("packs hold %d claims, the claims table %d", len(want), claims)
	}
	undoSchema(t, s, 1, `DROP TABLE packs`, `DROP INDEX documents_source`, `DROP INDEX documents_undated`)
	s.Close()

	s = reopenMigrated(t, dir, 2)
	defer s.Close()
	if rows, events := column(t, s, `SELECT event FROM event_index`), column(t, s, `SELECT id FROM events`); len(rows) == 0 || !slices.Equal(rows, events) {
		t.Errorf("migrated: event_index holds %d rows, events %d", len(rows), len(events))
	}
	got := packed(s)
	if len(got) != len(want) {
		t.Errorf("migrated packs hold %d claims, want %d", len(got), len(want))
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("claim %s: migrated pack record differs", id)
			break
		}
	}
	// Exact, as in TestIncrementalEqualsFull (without it a document read
	// in part may be clustered otherwise, as before packs).
	rep, err := s.Update(ctx, inputsOf([]*corpus.Document{last}), Options{Exact: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Mode != "incremental" {
		t.Errorf("update after migration: mode %s", rep.Mode)
	}
	verifySame(ctx, t, s, "migrated store vs full run")
}

// TestFirstLoadIndexes checks that a first load, which drops the
// secondary indexes and builds them as its tables are written (some while
// the differences are computed), leaves the indexes a fresh store has,
// and that each is used: the database's integrity check passes.
func TestFirstLoadIndexes(t *testing.T) {
	ctx := context.Background()
	indexes := func(s *Store) []string {
		rows, err := s.db.Query(`SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var x string
			rows.Scan(&x)
			out = append(out, strings.Replace(x, "IF NOT EXISTS ", "", 1))
		}
		return out
	}
	fresh, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	want := indexes(fresh)
	fresh.Close()
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Update(ctx, inputsOf(loadCorpus(t, corpusDir())), Options{}); err != nil {
		t.Fatal(err)
	}
	got := indexes(s)
	if !slices.Equal(got, want) || len(want) != len(secondaryIndexes)+1 {
		t.Errorf("indexes after a first load:\n%v\nwant (%d secondary and events_lo):\n%v", got, len(secondaryIndexes), want)
	}
	var ok string
	s.db.QueryRow(`PRAGMA integrity_check`).Scan(&ok)
	if ok != "ok" {
		t.Errorf("integrity check: %s", ok)
	}
	var mode string
	s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal mode after a first load: %s, want wal", mode)
	}
}

// TestInterruptedFirstLoad checks both ends of the first-load marker: a
// load that finishes leaves none, and a store whose marker remains (a
// load cut short, its file not whole) opens again empty and usable.
func TestInterruptedFirstLoad(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := loadCorpus(t, corpusDir())
	if _, err := s.Update(ctx, inputsOf(docs[:2]), Options{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(loadingMarker(path)); !os.IsNotExist(err) {
		t.Fatalf("marker after a finished first load: %v", err)
	}
	// A load cut short: the marker is there and the file is torn.
	if err := os.WriteFile(path, []byte("SQLite format 3\x00torn"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(loadingMarker(path), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, dir)
	if err != nil {
		t.Fatalf("Open after an interrupted first load: %v", err)
	}
	defer s.Close()
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("documents after reopening: %d, %v; want an empty store", n, err)
	}
	if _, err := s.Update(ctx, inputsOf(docs), Options{}); err != nil {
		t.Fatalf("load into the reopened store: %v", err)
	}
	if _, err := os.Stat(loadingMarker(path)); !os.IsNotExist(err) {
		t.Errorf("marker after the second load: %v", err)
	}
}

// TestRetagAlignment: moving a stored alignment of the bundled corpus to
// another event rewrites its JSON to the bytes that decoding it, setting
// its event and encoding it again give, whether its head is rewritten in
// place or (the old event not as stored) it is decoded whole.
func TestRetagAlignment(t *testing.T) {
	ctx := context.Background()
	s := corpusStore(t)
	rows, err := s.db.QueryContext(ctx, `SELECT id, event, data FROM alignments ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n, withDiscrepancies := 0, 0
	for rows.Next() {
		var id, ev string
		var data []byte
		if err := rows.Scan(&id, &ev, &data); err != nil {
			t.Fatal(err)
		}
		var al analysis.Alignment
		if err := json.Unmarshal(data, &al); err != nil {
			t.Fatal(err)
		}
		if len(al.Discrepancies) > 0 {
			withDiscrepancies++
		}
		if !bytes.HasPrefix(data, alignmentHead(id, ev)) {
			t.Errorf("alignment %s is stored as %.60s…: its head is not rewritten in place", id, data)
		}
		al.Event = "ev-moved"
		want, err := json.Marshal(&al)
		if err != nil {
			t.Fatal(err)
		}
		for _, old := range []string{ev, ev + "-not-stored"} {
			got, err := retagAlignment(data, id, old, "ev-moved")
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("alignment %s (event %q, told %q): %s, want %s (%v)", id, ev, old, got, want, err)
			}
		}
		n++
	}
	if n < 5 || withDiscrepancies == 0 {
		t.Fatalf("%d alignments, %d with discrepancies: too few to test", n, withDiscrepancies)
	}
}

// verifySame fails t unless a full run over s's documents makes exactly
// the events and alignments s holds (and s holds no other events); what
// names the comparison in the message.
func verifySame(ctx context.Context, t *testing.T, s *Store, what string) {
	t.Helper()
	ag, err := s.Verify(ctx, analysis.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ag.EventsSame != ag.Events || ag.AlignmentsSame != ag.Alignments || ag.StoreOnlyEvents != 0 {
		t.Errorf("%s: events %d/%d, alignments %d/%d, store-only events %d; examples %v",
			what, ag.EventsSame, ag.Events, ag.AlignmentsSame, ag.Alignments, ag.StoreOnlyEvents, ag.Examples)
	}
}
