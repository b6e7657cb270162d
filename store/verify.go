package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/corpus"
)

// Documents reads every stored document, in the order first seen.
func (s *Store) Documents(ctx context.Context) ([]*corpus.Document, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return documentsTx(ctx, tx)
}

func documentsTx(ctx context.Context, tx *sql.Tx) ([]*corpus.Document, error) {
	var out []*corpus.Document
	err := eachRow(ctx, tx, `SELECT meta, text, title_start, title_end FROM documents ORDER BY seq`, nil, func(rows *sql.Rows) error {
		var meta []byte
		d := &corpus.Document{}
		if err := rows.Scan(&meta, &d.Text, &d.TitleSpan.Start, &d.TitleSpan.End); err != nil {
			return err
		}
		if err := json.Unmarshal(meta, d); err != nil {
			return fmt.Errorf("stored document: %w", err)
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// OldDocuments reports the documents stored before the last update (for
// Verify: the articles that update did not add).
func (s *Store) OldDocuments(ctx context.Context) (func(doc string) bool, error) {
	var last string
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE((SELECT started_at FROM runs ORDER BY id DESC LIMIT 1), '')`).Scan(&last)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM documents WHERE added_at < ?`, last)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	old := make(map[string]bool)
	for rows.Next() {
		var id string
		rows.Scan(&id)
		old[id] = true
	}
	return func(doc string) bool { return old[doc] }, rows.Err()
}

// Agreement compares the stored events and alignments with a full run's.
type Agreement struct {
	Events, EventsSame         int // a full run's events, and how many the store holds identically (same ID: same members)
	Alignments, AlignmentsSame int
	// Old* count only events and alignments of documents for which old
	// reports true.
	OldEvents, OldEventsSame         int
	OldAlignments, OldAlignmentsSame int
	StoreOnlyEvents                  int // stored events a full run does not make
	Examples                         []string
	// OldDiffs says, for each event of old documents a full run makes
	// and the store does not hold, where the store has its claims.
	OldDiffs []string
}

// Verify runs the whole pipeline (analysis.Analyze) over the stored
// documents, in store order, and counts how many of its events and
// alignments the store holds as they are. old, when set, picks the
// documents whose events and alignments are also counted apart.
func (s *Store) Verify(ctx context.Context, opts analysis.Options, old func(doc string) bool) (*Agreement, error) {
	docs, err := s.Documents(ctx)
	if err != nil {
		return nil, err
	}
	a, err := analysis.Analyze(ctx, opts, docs)
	if err != nil {
		return nil, err
	}
	storedEv := make(map[string]bool)
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM events`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		rows.Scan(&id)
		storedEv[id] = true
	}
	rows.Close()
	storedAl := make(map[string]bool)
	rows, err = s.db.QueryContext(ctx, `SELECT id FROM alignments`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		rows.Scan(&id)
		storedAl[id] = true
	}
	rows.Close()
	allOld := func(ids []string) bool {
		if old == nil {
			return false
		}
		for _, id := range ids {
			i := strings.Index(id, "/c-")
			if i < 0 || !old(id[:i]) {
				return false
			}
		}
		return true
	}
	ag := &Agreement{}
	var where func(ev []string) string
	if old != nil {
		if where, err = s.whereStored(ctx, old); err != nil {
			return nil, err
		}
	}
	fullEv := make(map[string]bool)
	for _, ev := range a.Events {
		fullEv[ev.ID] = true
		ag.Events++
		same := storedEv[ev.ID]
		if same {
			ag.EventsSame++
		} else if len(ag.Examples) < 10 {
			ag.Examples = append(ag.Examples, fmt.Sprintf("event %s (%s, %d claims) not in the store", ev.ID, ev.Date, len(ev.Claims)))
		}
		if allOld(ev.Claims) {
			ag.OldEvents++
			if same {
				ag.OldEventsSame++
			} else {
				ag.OldDiffs = append(ag.OldDiffs, fmt.Sprintf("full-run event %s (%s, %d claims): %s", ev.ID, ev.Date, len(ev.Claims), where(ev.Claims)))
			}
		}
	}
	for id := range storedEv {
		if !fullEv[id] {
			ag.StoreOnlyEvents++
		}
	}
	for _, al := range a.Alignments {
		ag.Alignments++
		same := storedAl[al.ID]
		if same {
			ag.AlignmentsSame++
		}
		if allOld(al.Claims) {
			ag.OldAlignments++
			if same {
				ag.OldAlignmentsSame++
			}
		}
	}
	return ag, nil
}

// whereStored returns what says where the store holds a set of claims:
// the stored events (or background) they are in, each with its size,
// how many of its claims are of documents old does not pick (added by
// the last update) and how many are not in the set.
func (s *Store) whereStored(ctx context.Context, old func(doc string) bool) (func([]string) string, error) {
	eventOf := make(map[string]string)
	members := make(map[string][]string)
	rows, err := s.db.QueryContext(ctx, `SELECT id, doc, event FROM claims`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, doc, ev string
		if err := rows.Scan(&id, &doc, &ev); err != nil {
			rows.Close()
			return nil, err
		}
		eventOf[id] = ev
		members[ev] = append(members[ev], id)
	}
	rows.Close()
	return func(ids []string) string {
		in := make(map[string]bool, len(ids))
		count := make(map[string]int)
		var order []string
		twice := 0
		for _, id := range ids {
			if in[id] {
				twice++ // a claim listed twice
				continue
			}
			in[id] = true
			ev := eventOf[id]
			if count[ev] == 0 {
				order = append(order, ev)
			}
			count[ev]++
		}
		var parts []string
		for _, ev := range order {
			name := ev
			switch ev {
			case "":
				parts = append(parts, fmt.Sprintf("%d in the background", count[ev]))
				continue
			case "~":
				parts = append(parts, fmt.Sprintf("%d titles in no event", count[ev]))
				continue
			}
			var fresh, outside int
			for _, id := range members[ev] {
				if i := strings.Index(id, "/c-"); i > 0 && !old(id[:i]) {
					fresh++
				}
				if !in[id] {
					outside++
				}
			}
			parts = append(parts, fmt.Sprintf("%d in %s (%d claims, %d of new articles, %d not in this event)", count[ev], name, len(members[ev]), fresh, outside))
		}
		if twice > 0 {
			parts = append(parts, fmt.Sprintf("%d claims listed twice by the full run", twice))
		}
		return strings.Join(parts, "; ")
	}, nil
}
