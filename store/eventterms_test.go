package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"
)

// TestEventTermsDelta adds the bundled corpus's articles one at a time
// to two stores, one that never compacts event_terms and one that
// compacts it at every update, and checks after each update that the
// live event terms, the events and the alignments are the same, that the
// compacted store holds no delta and no gone events, and that the other
// one does hold dead rows (the rows of gone events the view leaves out).
func TestEventTermsDelta(t *testing.T) {
	ctx := context.Background()
	docs := loadCorpus(t, corpusDir())
	if len(docs) < 4 {
		t.Fatalf("corpus: %d documents", len(docs))
	}
	defer func(share int) { compactShare = share }(compactShare)
	open := func() *Store {
		s, err := Open(ctx, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	never, always := open(), open()
	update := func(s *Store, share int, in []Input) {
		compactShare = share
		if _, err := s.Update(ctx, in, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	dead := 0
	for k := 2; k <= len(docs); k++ {
		in := inputsOf(docs[:2])
		if k > 2 {
			in = inputsOf(docs[k-1 : k])
		}
		update(never, 0, in)      // (delta+dead)·0 never exceeds event_terms
		update(always, 1<<30, in) // always exceeds it
		step := fmt.Sprintf("after %d articles", k)
		for _, q := range []string{
			`SELECT term || ' ' || event || ' ' || n || ' ' || w FROM event_terms_live`,
			`SELECT id FROM events`,
			`SELECT id FROM alignments`,
		} {
			if got, want := column(t, never, q), column(t, always, q); !slices.Equal(got, want) {
				t.Errorf("%s: %s: never compacted %d rows, compacted %d; they differ", step, q, len(got), len(want))
			}
		}
		if n := len(column(t, always, `SELECT event FROM event_terms_delta UNION ALL SELECT event FROM event_terms_gone`)); n != 0 {
			t.Errorf("%s: compacted store: %d rows in the delta or gone, want 0", step, n)
		}
		if got, want := column(t, always, `SELECT term || ' ' || event FROM event_terms`), column(t, always, `SELECT term || ' ' || event FROM event_terms_live`); !slices.Equal(got, want) {
			t.Errorf("%s: compacted store: event_terms has %d rows, its live rows %d", step, len(got), len(want))
		}
		if got, want := postings(t, never), postings(t, always); !slices.Equal(got, want) {
			t.Errorf("%s: posting lists: never compacted %d, compacted %d; they differ", step, len(got), len(want))
		}
		dead = len(column(t, never, `SELECT term FROM event_terms WHERE event IN (SELECT event FROM event_terms_gone)`))
	}
	if dead == 0 {
		t.Errorf("never compacted: no dead rows in event_terms; the adds dropped no event, so the test checks nothing")
	}
	if n := len(column(t, never, `SELECT term FROM event_terms_delta`)); n == 0 {
		t.Errorf("never compacted: the delta is empty")
	}
}

// postings reads the posting list of every live term with a
// postingReader, one line a term (and "long" for a list over the limit).
func postings(t *testing.T, s *Store) []string {
	t.Helper()
	ctx := context.Background()
	terms := column(t, s, `SELECT DISTINCT term FROM event_terms_live`) // before the transaction: the store has one connection
	_, pr, done := openPostings(t, s)
	defer done()
	var out []string
	for _, term := range terms {
		list, long, err := pr.read(ctx, term, 3)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %v %v", term, long, list))
	}
	return out
}

// openPostings begins a read transaction on s and opens a postingReader in
// it; done closes both (the store has one connection: nothing else reads
// until then).
func openPostings(t *testing.T, s *Store) (tx *sql.Tx, pr *postingReader, done func()) {
	t.Helper()
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	pr, err = newPostingReader(context.Background(), tx)
	if err != nil {
		tx.Rollback()
		t.Fatal(err)
	}
	return tx, pr, func() { pr.close(); tx.Rollback() }
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

// BenchmarkPostingReader reads the posting list of every live term of
// the bundled corpus stored two articles first and the others one at a
// time, never compacted (so that the lists come from event_terms, less
// the gone events, and from the delta).
func BenchmarkPostingReader(b *testing.B) {
	ctx := context.Background()
	docs := loadCorpus(b, corpusDir())
	defer func(share int) { compactShare = share }(compactShare)
	compactShare = 0
	s, err := Open(ctx, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for k := 2; k <= len(docs); k++ {
		in := inputsOf(docs[:2])
		if k > 2 {
			in = inputsOf(docs[k-1 : k])
		}
		if _, err := s.Update(ctx, in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	var terms []string
	if err := eachRowDB(s.db, `SELECT DISTINCT term FROM event_terms_live`, &terms); err != nil {
		b.Fatal(err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	b.ReportAllocs()
	for b.Loop() {
		pr, err := newPostingReader(ctx, tx)
		if err != nil {
			b.Fatal(err)
		}
		for _, t := range terms {
			if _, _, err := pr.read(ctx, t, maxPosting); err != nil {
				b.Fatal(err)
			}
		}
		pr.close()
	}
	b.ReportMetric(float64(len(terms)), "terms/op")
}

// eachRowDB reads a one-column query into out.
func eachRowDB(db *sql.DB, query string, out *[]string) error {
	rows, err := db.Query(query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return err
		}
		*out = append(*out, v)
	}
	return rows.Err()
}
