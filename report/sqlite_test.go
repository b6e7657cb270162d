package report

import (
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/review"
)

// TestSQLiteRoundTrip writes the bundled corpus' report to SQLite, opens it
// again and checks that every table's row count matches the analysis.
func TestSQLiteRoundTrip(t *testing.T) {
	r := bundled(t)
	path := filepath.Join(t.TempDir(), "report.db")
	if err := WriteSQLite(t.Context(), path, r); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := r.Analysis
	eventClaims, alignmentClaims, discrepancies := 0, 0, 0
	for _, ev := range a.Events {
		eventClaims += len(ev.Claims)
	}
	for _, al := range a.Alignments {
		alignmentClaims += len(al.Claims)
	}
	for _, e := range r.Events {
		for _, al := range e.Alignments {
			discrepancies += len(al.Discrepancy)
		}
	}
	notes := 0
	for _, ns := range a.Reviews.State.Notes {
		notes += len(ns)
	}
	for _, tc := range []struct {
		table string
		want  int
	}{
		{"documents", len(a.Documents)},
		{"claims", len(a.Claims)},
		{"events", len(a.Events)},
		{"event_claims", eventClaims},
		{"alignments", len(a.Alignments)},
		{"alignment_claims", alignmentClaims},
		{"discrepancies", discrepancies},
		{"verdicts", len(a.Reviews.State.Verdicts)},
		{"notes", notes},
	} {
		var got int
		if err := db.QueryRow("SELECT count(*) FROM " + tc.table).Scan(&got); err != nil {
			t.Errorf("count %s: %v", tc.table, err)
			continue
		}
		if got != tc.want {
			t.Errorf("table %s: got %d rows, want %d", tc.table, got, tc.want)
		}
	}
	// Every shown event has its title and every document its display name
	// and letter, as in the JSON report.
	for _, e := range r.Events {
		if e.Background {
			continue
		}
		var title, place string
		var single bool
		if err := db.QueryRow("SELECT title, place, single_source FROM events WHERE id = ?", e.ID).Scan(&title, &place, &single); err != nil {
			t.Fatal(err)
		}
		if title != e.Title || place != e.Place || single != e.SingleSource || title == "" {
			t.Errorf("event %s: title %q place %q single %v, want %q %q %v", e.ID, title, place, single, e.Title, e.Place, e.SingleSource)
		}
	}
	for _, s := range r.Sources {
		var name, letter string
		if err := db.QueryRow("SELECT display_name, letter FROM documents WHERE id = ?", s.ID).Scan(&name, &letter); err != nil {
			t.Fatal(err)
		}
		if name != s.DisplayName || letter != s.Letter || name == "" {
			t.Errorf("document %s: display name %q letter %q, want %q %q", s.ID, name, letter, s.DisplayName, s.Letter)
		}
	}
	if len(a.Reviews.State.Verdicts) == 0 {
		t.Error("the test store attached no verdicts; the verdicts table is untested")
	}
	// Offsets in claims point into documents.text.
	rows, err := db.Query(`SELECT c.text, substr(CAST(d.text AS BLOB), c.start_byte + 1, c.end_byte - c.start_byte)
		FROM claims c JOIN documents d ON d.id = c.doc`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var text string
		var span []byte
		if err := rows.Scan(&text, &span); err != nil {
			t.Fatal(err)
		}
		if string(span) != text {
			t.Errorf("claim text %q, but documents.text[start_byte:end_byte] is %q", text, span)
			break
		}
	}
	var fk int
	if err := db.QueryRow("SELECT count(*) FROM pragma_foreign_key_check").Scan(&fk); err != nil || fk != 0 {
		t.Errorf("foreign key check: %d violations, err %v", fk, err)
	}
}

// TestSQLiteFixture checks the rows of the hand-made analysis: the event,
// its claims with the unique flag, and a verdict's kind.
func TestSQLiteFixture(t *testing.T) {
	a := fixture(nil, "")
	r := buildFixture(t, map[string]review.Verdict{"al-arrival": review.False, a.Claims[2].ID: review.Unverifiable}, "", Options{})
	path := filepath.Join(t.TempDir(), "r.db")
	if err := WriteSQLite(t.Context(), path, r); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tc := range []struct {
		name, query, want string
	}{
		{"unique claims", "SELECT count(*) FROM event_claims WHERE unique_to_source = 1", "1"},
		{"event label", "SELECT label FROM events", "زيارة الشيباني إلى موسكو"},
		{"alignment verdict kind", "SELECT kind || ':' || verdict FROM verdicts WHERE target = 'al-arrival'", "alignment:false"},
		{"claim verdict kind", "SELECT kind FROM verdicts WHERE verdict = 'unverifiable'", "claim"},
		{"anchor first", "SELECT claim FROM alignment_claims WHERE alignment = 'al-arrival' AND position = 0", a.Claims[0].ID},
		{"marks stored", "SELECT json_extract(marks, '$[0].text') FROM alignment_claims WHERE alignment = 'al-arrival' AND position = 0", "الخميس"},
		{"shared origin", "SELECT shared_origin || ' ' || shared_reason FROM alignments WHERE id = 'al-invite'", "1 cited:سانا"},
		{"event title", "SELECT title FROM events", r.Events[0].Title},
		{"event single source", "SELECT single_source FROM events", "0"},
		{"source display name", "SELECT letter || '=' || display_name FROM documents WHERE id = 'd-5e6f7a8b'", "B=" + r.Sources[1].DisplayName},
		{"claims with their outlet", "SELECT count(*) FROM claims c JOIN documents d ON d.id = c.doc WHERE d.letter = 'A'", "3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			if err := db.QueryRow(tc.query).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
