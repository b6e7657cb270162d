package store

// The event index: the terms each stored event is found by.
//
// An update finds the stored events its new claims may join as align's
// term index finds merge candidates (candidateEvents): by the top twenty
// terms of each document's group of claims in an event. event_index holds
// them, one row an event: a blob of its terms, each with in how many of
// the event's groups' tops it is (n) and its weight in the event's
// centroid (w), in term order (encodeEventTerms).
//
// Schema versions 1 to 4 kept a row per term and event (event_terms,
// keyed by term, with an index by event; version 4 added a delta table
// and a table of dropped events, compacted every eighth update or so).
// That cost a first load of SaudiNewsNet 458,000 rows and their index,
// about 5 s of the writer's one core (and the sort of the rows by term),
// and an update a query per term, a scan of every row to count the groups
// a term is in (othergroups below), and the delta's upkeep. An update
// reads the whole index once instead (16,000 rows, 20 MB on SaudiNewsNet:
// readEventIndex), which gives the posting lists and the group counts
// together, and writes one row for each event it makes and deletes one
// for each it drops.
//
// # The stored groups a term is among the heaviest terms of
//
// align passes over a term whose posting list — the local groups holding
// it among their twenty heaviest terms — is longer than maxPosting: such
// a term is what a whole subject shares, not one happening. A full run
// counts the groups of the whole corpus; an update clusters only the part
// new articles touch, whose lists are far shorter. Without the groups
// outside the part, a term such as "مسجد" (in 417 groups' tops on
// SaudiNewsNet, 119 in the part of an add) found candidates in the part
// that a full run never compares, and the events they joined split or
// merged otherwise than in a full run. The index counts every stored
// group a term is in the tops of (eventIndex.count, the sum of n), the
// part's old ones among them; align takes those off its own count
// (align.Options.CountedDoc: every document stored before), so a term
// counts the stored groups as stored and the new articles' groups as the
// part makes them (align.Options.OtherGroups).

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// indexVersion is the first byte of an event_index blob.
const indexVersion = 1

var errIndex = errors.New("stored event index: malformed data")

// encodeEventTerms writes an event's index rows as one blob: a version
// byte, a uvarint count, then each term (uvarint length and bytes), n
// (uvarint) and w (8 bytes, little-endian IEEE 754), as given.
func encodeEventTerms(ts []eventTerm) []byte {
	e := &enc{b: make([]byte, 0, 2+len(ts)*24)}
	e.b = append(e.b, indexVersion)
	e.uint(uint64(len(ts)))
	for _, t := range ts {
		e.str(t.term)
		e.uint(uint64(t.n))
		e.f64(t.w)
	}
	return e.b
}

// decodeEventTerms reads what encodeEventTerms wrote, calling f for every
// term in order. The terms are slices of data (see aliasString), which
// must not be modified afterwards.
func decodeEventTerms(data []byte, f func(term string, n int, w float64)) error {
	if len(data) == 0 || data[0] != indexVersion {
		return errIndex
	}
	d := &dec{s: aliasString(data[1:])}
	n := d.uint()
	// Every term takes at least 10 bytes.
	if d.err || n > uint64(len(d.s))/10 {
		return errIndex
	}
	for range n {
		term, k, w := d.str(), d.uint(), d.f64()
		if d.err {
			return errIndex
		}
		f(term, int(k), w)
	}
	if len(d.s) != 0 {
		return errIndex
	}
	return nil
}

// posted is a dated event that holds a term in its index, with the
// term's weight there.
type posted struct {
	ev     string
	w      float64
	n      int // the event's claims
	lo, hi int
}

// eventIndex is event_index read whole: the posting lists of the dated
// events and, for every term, how many stored groups hold it in their
// tops. Terms are numbered as first read, so that each term of each
// event costs one map lookup (two maps keyed by term strings, and lists
// of whole posted records, made reading SaudiNewsNet's index 0.7 s of an
// update's CPU).
type eventIndex struct {
	dated  map[string]posted // event → its size and days (w unset)
	events []posted          // the dated events read, in event order
	terms  map[string]int32  // term → its number
	// groups counts, by term number, the stored groups (dated or not)
	// that hold it in their tops.
	groups []int
	// lists holds, by term number, the dated events that hold it (into
	// events), in event order, with its weight there.
	lists [][]termPost
}

// termPost is a dated event (its index in eventIndex.events) that holds a
// term, with the term's weight there.
type termPost struct {
	ev int32
	w  float64
}

// readEventIndex reads the sizes and days of the dated events and the
// whole event index.
func readEventIndex(ctx context.Context, tx *sql.Tx) (*eventIndex, error) {
	ix := &eventIndex{dated: make(map[string]posted), terms: make(map[string]int32, 1<<17)}
	err := eachRow(ctx, tx, `SELECT id, claims, lo, hi FROM events WHERE lo IS NOT NULL`, nil, func(rows *sql.Rows) error {
		var p posted
		err := rows.Scan(&p.ev, &p.n, &p.lo, &p.hi)
		ix.dated[p.ev] = p
		return err
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, tx, `SELECT event, data FROM event_index ORDER BY event`, nil, func(rows *sql.Rows) error {
		var ev string
		var data []byte
		if err := rows.Scan(&ev, &data); err != nil {
			return err
		}
		k := int32(-1)
		if p, ok := ix.dated[ev]; ok {
			k = int32(len(ix.events))
			ix.events = append(ix.events, p)
		}
		err := decodeEventTerms(data, func(term string, n int, w float64) {
			id, ok := ix.terms[term]
			if !ok {
				id = int32(len(ix.groups))
				// A copy: the blob is not kept for the few bytes of
				// its terms.
				ix.terms[strings.Clone(term)] = id
				ix.groups = append(ix.groups, 0)
				ix.lists = append(ix.lists, nil)
			}
			ix.groups[id] += n
			if k >= 0 {
				ix.lists[id] = append(ix.lists[id], termPost{k, w})
			}
		})
		if err != nil {
			return fmt.Errorf("event %s: %w", ev, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ix, nil
}

// count is how many stored groups hold term in their tops.
func (ix *eventIndex) count(term string) int {
	if id, ok := ix.terms[term]; ok {
		return ix.groups[id]
	}
	return 0
}

// read returns the dated events that hold term, in event order, or
// reports that the term is too common to be a guide: in the tops of more
// than limit-1 groups (counting undated events' too; align's limit is
// maxPosting).
func (ix *eventIndex) read(term string, limit int) ([]posted, bool) {
	id, ok := ix.terms[term]
	if !ok {
		return nil, false
	}
	if ix.groups[id]+1 > limit {
		return nil, true
	}
	list := make([]posted, len(ix.lists[id]))
	for k, tp := range ix.lists[id] {
		list[k] = ix.events[tp.ev]
		list[k].w = tp.w
	}
	return list, false
}

// writeEventIndex writes the index rows of events (ts[k] those of
// events[k]), in event order.
func writeEventIndex(ctx context.Context, st *sql.Stmt, events []string, blobs [][]byte) error {
	for k, ev := range events {
		if _, err := st.ExecContext(ctx, ev, blobs[k]); err != nil {
			return err
		}
	}
	return nil
}

// fillEventIndex is migration 5's part in Go: it writes the live rows of
// version 4's event_terms (event_terms_live) as one event_index row an
// event (an empty one for an event without rows), then drops the tables
// and the view they came from.
func fillEventIndex(ctx context.Context, tx *sql.Tx) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO event_index(event, data) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	var cur string
	var ts []eventTerm
	flush := func() error {
		if len(ts) == 0 {
			return nil
		}
		_, err := ins.ExecContext(ctx, cur, encodeEventTerms(ts))
		ts = ts[:0]
		return err
	}
	err = eachRow(ctx, tx, `SELECT event, term, n, w FROM event_terms_live ORDER BY event, term`, nil, func(rows *sql.Rows) error {
		var ev string
		var t eventTerm
		if err := rows.Scan(&ev, &t.term, &t.n, &t.w); err != nil {
			return err
		}
		if ev != cur {
			if err := flush(); err != nil {
				return err
			}
			cur = ev
		}
		ts = append(ts, t)
		return nil
	})
	if err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	// An event with no index terms (its claims' terms all too common)
	// has no rows there, and an empty blob here, as an update writes it.
	if _, err := tx.ExecContext(ctx, `INSERT INTO event_index(event, data) SELECT id, ? FROM events WHERE id NOT IN (SELECT event FROM event_index)`, encodeEventTerms(nil)); err != nil {
		return err
	}
	for _, q := range []string{
		`DROP VIEW event_terms_live`,
		`DROP TABLE event_terms_delta`,
		`DROP TABLE event_terms_gone`,
		`DROP TABLE event_terms`,
		`DELETE FROM info WHERE key = 'event_terms'`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
