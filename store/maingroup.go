package store

// The main groups of documents read in part (align.Options.MainGroup).
//
// align tells a document's main happening from a passing mention by the
// size of its local groups: every group but the document's largest is a
// passing mention, which may join an event by one strong claim pair
// alone. An update reads of an old document only the events it
// re-clusters (and its background), so the largest group it sees may be a
// mention of a document whose main story sits in an event left as it was:
// clustered as if it were the document's main story, the mention stayed
// out of an event a full run joins it to (on SaudiNewsNet's third add of
// 100 articles: an event of 13 claims kept as 12 + 1, 47 as 45 + 2).
//
// A local group never spans two events, so the stored events say each
// group's size: the claims of a document in one event. The main group is
// the largest, the earlier (by the event's first day) of two as large.

import (
	"context"
	"database/sql"
)

// mainGroups returns, for each of docs, a claim of its largest local group
// as stored (documents with no dated group are left out).
func mainGroups(ctx context.Context, tx *sql.Tx, docs []string) (map[string]string, error) {
	type best struct {
		n  int
		lo int64
		id string
	}
	top := make(map[string]best, len(docs))
	err := eachIn(ctx, tx, `SELECT c.doc, COUNT(*), MIN(c.id), COALESCE(e.lo, 0) FROM claims c JOIN events e ON e.id = c.event
		WHERE c.doc IN (%s) GROUP BY c.doc, c.event`, docs, func(rows *sql.Rows) error {
		var doc string
		var b best
		if err := rows.Scan(&doc, &b.n, &b.id, &b.lo); err != nil {
			return err
		}
		if old, ok := top[doc]; !ok || b.n > old.n || b.n == old.n && (b.lo < old.lo || b.lo == old.lo && b.id < old.id) {
			top[doc] = b
		}
		return nil
	})
	out := make(map[string]string, len(top))
	for doc, b := range top {
		out[doc] = b.id
	}
	return out, err
}

// smallGroups is align's smallInputGroups: an input of at most so many
// local groups compares every two main groups (Options.CollectionGroups).
const smallGroups = 64

// partialDocs returns the old documents with a claim of a stored event in
// the part whose main group may lie outside it, in order. Only a group of
// at most pairLinkMax claims may be a passing mention that joins by a
// claim pair (and a part of a large store is no small input, where the
// main group is also compared by its whole article: see
// align.Options.CollectionGroups), so only documents with such a group in
// the part are asked for — in a store of more than smallGroups events;
// in a smaller one every document is.
func (u *updater) partialDocs() []string {
	type key struct{ doc, ev string }
	size := make(map[key]int)
	var order []key
	for i := range u.claims {
		c := &u.claims[i]
		ev := u.oldEvent[c.ID]
		if ev == "" || ev == "~" || ev == "!" || u.isNewDoc[c.Doc] {
			continue
		}
		k := key{c.Doc, ev}
		if size[k] == 0 {
			order = append(order, k)
		}
		size[k]++
	}
	seen := make(map[string]bool)
	var out []string
	for _, k := range order {
		if (size[k] <= pairLinkMax || u.collectionGroups <= smallGroups) && !seen[k.doc] {
			seen[k.doc] = true
			out = append(out, k.doc)
		}
	}
	return out
}
