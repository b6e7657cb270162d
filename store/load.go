package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"sync"

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
	// Rows are read in order and decoded on all cores, a batch at a time.
	a.Claims = []claim.Claim{}
	var raws []rawRow
	flush := func() error {
		sts, err := decodeRows(raws)
		if err != nil {
			return err
		}
		for _, st := range sts {
			a.Claims = append(a.Claims, st.Claim)
		}
		raws = raws[:0]
		return nil
	}
	err = eachRow(ctx, tx, `SELECT c.id, c.data FROM claims c JOIN documents d ON d.id = c.doc ORDER BY d.seq, c.ord`, nil, func(rows *sql.Rows) error {
		var r rawRow
		if err := rows.Scan(&r.id, &r.data); err != nil {
			return err
		}
		if raws = append(raws, r); len(raws) >= decodeBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return nil, 0, err
	}
	ents, rename, err := mergeEntities(ctx, tx)
	if err != nil {
		return nil, 0, err
	}
	applyRename(a.Claims, rename)
	a.Entities = ents
	if a.Events, err = readJSON[align.Event](ctx, tx, `SELECT id, data FROM events`); err != nil {
		return nil, 0, err
	}
	if a.Alignments, err = readJSON[analysis.Alignment](ctx, tx, `SELECT id, data FROM alignments`); err != nil {
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

// readJSON reads query's rows (id, JSON) and decodes them on all cores.
func readJSON[T any](ctx context.Context, tx *sql.Tx, query string) ([]T, error) {
	var raws []rawRow
	err := eachRow(ctx, tx, query, nil, func(rows *sql.Rows) error {
		var r rawRow
		err := rows.Scan(&r.id, &r.data)
		raws = append(raws, r)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]T, len(raws))
	errs := make([]error, len(raws))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(raws)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < len(raws); k += workers {
				errs[k] = json.Unmarshal(raws[k].data, &out[k])
			}
		}()
	}
	wg.Wait()
	for k, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("stored %s: %w", raws[k].id, err)
		}
	}
	return out, nil
}
