package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
)

// Generation identifies the stored analysis: the number of the last update
// that changed it (0 for an empty store). It is one indexed read, cheap
// enough to poll every few seconds; a reader holding an analysis loaded at
// generation g knows it is current while Generation still returns g.
func (s *Store) Generation(ctx context.Context) (int64, error) {
	var g int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM runs`).Scan(&g)
	return g, err
}

// Analysis reads the stored analysis as analysis.Analyze would return it
// for the stored documents, in store order: documents, claims (entities
// linked over the whole store), entities, events, alignments with their
// differences. Nothing is recomputed; claims carry no tokens. Reviews are
// not attached (analysis.AttachReviews does). The generation it was read at
// is returned with it (one read transaction: an update committing meanwhile
// is not half seen).
func (s *Store) Analysis(ctx context.Context) (*analysis.Analysis, int64, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	var gen int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM runs`).Scan(&gen); err != nil {
		return nil, 0, err
	}
	a := &analysis.Analysis{Version: analysis.Version}
	a.Documents, err = documentsTx(ctx, tx)
	if err != nil {
		return nil, 0, err
	}
	err = eachRow(ctx, tx, `SELECT c.data FROM claims c JOIN documents d ON d.id = c.doc ORDER BY d.seq, c.ord`, nil, func(rows *sql.Rows) error {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return err
		}
		st, err := decodeStored(data)
		if err != nil {
			return fmt.Errorf("stored claim: %w", err)
		}
		a.Claims = append(a.Claims, st.Claim)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	if a.Claims == nil {
		a.Claims = []claim.Claim{}
	}
	ents, rename, err := mergeEntities(ctx, tx)
	if err != nil {
		return nil, 0, err
	}
	applyRename(a.Claims, rename)
	a.Entities = ents
	a.Events = []align.Event{}
	err = eachRow(ctx, tx, `SELECT data FROM events`, nil, func(rows *sql.Rows) error {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return err
		}
		var ev align.Event
		if err := json.Unmarshal(data, &ev); err != nil {
			return fmt.Errorf("stored event: %w", err)
		}
		a.Events = append(a.Events, ev)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	a.Alignments = []analysis.Alignment{}
	err = eachRow(ctx, tx, `SELECT data FROM alignments`, nil, func(rows *sql.Rows) error {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return err
		}
		var al analysis.Alignment
		if err := json.Unmarshal(data, &al); err != nil {
			return fmt.Errorf("stored alignment: %w", err)
		}
		a.Alignments = append(a.Alignments, al)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	// align.Run's order.
	slices.SortFunc(a.Events, func(x, y align.Event) int {
		return cmp.Or(cmp.Compare(x.Date, y.Date), cmp.Compare(x.ID, y.ID))
	})
	slices.SortFunc(a.Alignments, func(x, y analysis.Alignment) int {
		return cmp.Or(cmp.Compare(x.Event, y.Event), cmp.Compare(y.Similarity, x.Similarity), cmp.Compare(x.ID, y.ID))
	})
	return a, gen, nil
}
