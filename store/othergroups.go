package store

// The stored groups a term is among the heaviest terms of
// (align.Options.OtherGroups).
//
// align passes over a term whose posting list — the local groups holding
// it among their twenty heaviest terms — is longer than maxPosting: such
// a term is what a whole subject shares, not one happening. A full run
// counts the groups of the whole corpus; an update clusters only the part
// new articles touch, whose lists are far shorter. Without the groups
// outside the part, a term such as "مسجد" (in 417 groups' tops on
// SaudiNewsNet, 119 in the part of an add) found candidates in the part
// that a full run never compares, and the events they joined split or
// merged otherwise than in a full run.
//
// event_terms holds, for every stored event and term, in how many of the
// event's groups' tops the term is (n). Its live rows count every stored
// group, the part's old ones among them; align takes those off its own
// count (align.Options.CountedDoc: every document stored before), so a
// term counts the stored groups as stored and the new articles' groups as
// the part makes them. Only terms whose stored count could reach the
// limit with the new articles' groups are counted: a term in at most
// maxPosting-newGroups stored groups' tops stays under the limit in a
// full run too.

import (
	"context"
	"database/sql"
)

// otherGroups returns, for terms that may be too common for align's term
// index, in how many stored groups' tops they are (live rows only: delta
// holds event_terms_delta by term, gone the events whose event_terms rows
// are dead). newGroups is how many local groups the new articles bring.
func otherGroups(ctx context.Context, tx *sql.Tx, delta map[string][]deltaRow, gone map[string]bool, newGroups int) (map[string]int, error) {
	floor := maxPosting - newGroups
	out := make(map[string]int)
	// event_terms counts dead rows too: the sums are an upper bound,
	// brought down below by the dead rows of the terms kept.
	err := eachRow(ctx, tx, `SELECT term, SUM(n) FROM event_terms GROUP BY term HAVING SUM(n) > ?`, []any{floor - deltaMax(delta)}, func(rows *sql.Rows) error {
		var t string
		var n int
		err := rows.Scan(&t, &n)
		out[t] = n
		return err
	})
	if err != nil {
		return nil, err
	}
	// The rows written since are live (a term only they hold counts
	// what they hold: its stored rows are too few to matter).
	for t, rs := range delta {
		for _, r := range rs {
			out[t] += r.n
		}
	}
	// Dead rows are taken off. The rows are read by event (most are of
	// other terms: a term is looked up without making a string of it).
	var off []string
	for ev := range gone {
		off = append(off, ev)
	}
	err = eachIn(ctx, tx, `SELECT term, n FROM event_terms WHERE event IN (%s)`, off, func(rows *sql.Rows) error {
		var t sql.RawBytes
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			return err
		}
		if c, ok := out[string(t)]; ok {
			out[string(t)] = c - n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for t, n := range out {
		if n <= 0 {
			delete(out, t)
		}
	}
	return out, nil
}

// deltaMax is the most groups event_terms_delta adds to one term.
func deltaMax(delta map[string][]deltaRow) int {
	m := 0
	for _, rs := range delta {
		s := 0
		for _, r := range rs {
			s += r.n
		}
		m = max(m, s)
	}
	return m
}
