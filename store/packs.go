package store

// Feature packs: what clustering reads of a claim, for all the claims of
// one event in one row.
//
// An incremental update re-clusters a few stored events (and the
// background claims) with the new articles' claims, and first checks
// thousands of small events for a passing mention. Reading those claims
// row by row from the claims table — whole, text and all — was most of
// an update on SaudiNewsNet (3 s of 7). The packs table holds, per event
// ("~" for titles in no event), one blob
// with every claim's slim record: the fields align reads (ID, document
// and its store order, offsets, kind, event date, speaker, cited sources,
// negation, the roles and values of dates, the values of numbers, entity
// IDs, kinds and texts as the article gives them) and its scoring
// features (stems, surfaces, trigrams). The claim's text, quotes and
// spans of facts stay in the claims table, read only for alignments
// whose differences are computed.
//
// The background claims (in no event: 11% of SaudiNewsNet's, 31 MB of
// features) are re-clustered by every update but mostly stay where they
// are, so they are packed by document, bgChunkDocs documents in store
// order a pack (key bgKey: a space and the chunk number, which sorts
// before every event ID and "~"), and an update writes only the packs
// whose claims changed rather than rewriting one 31 MB pack (schema
// version 3; version 2 kept them in one pack under "").
//
// Layout: a version byte (packVersion), a uvarint count, then each
// record in the field order of encodeSlim, with the primitives of
// codec.go (uvarint lengths; slices with length+1).

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
)

const packVersion = 1

var errPack = errors.New("stored feature pack: malformed data")

// slim is one claim as a pack holds it: the claim's fields align reads,
// its features, and its document's store order.
type slim struct {
	Claim    claim.Claim
	Features align.Features
	Seq      int64
}

// encodePack writes claims (with their features and their documents'
// store order) as one pack.
func encodePack(items []slim) []byte {
	size := 16
	for i := range items {
		size += slimSize(&items[i])
	}
	e := &enc{b: make([]byte, 0, size)}
	e.b = append(e.b, packVersion)
	e.uint(uint64(len(items)))
	for i := range items {
		encodeSlim(e, &items[i])
	}
	return e.b
}

// slimSize is at least how many bytes encodeSlim writes for it (see
// storedSize).
func slimSize(it *slim) int {
	c := &it.Claim
	n := 64 + len(c.ID) + len(c.Doc) + len(c.Kind) + len(c.EventDate) + len(c.Speaker) + stringsSize(c.Cited)
	for _, d := range c.Dates {
		n += 10 + len(d.Role) + len(d.Value)
	}
	n += 8 * len(c.Numbers)
	for _, x := range c.Entities {
		n += 15 + len(x.ID) + len(x.Kind) + len(x.Text)
	}
	return n + featuresSize(&it.Features)
}

func encodeSlim(e *enc, it *slim) {
	c := &it.Claim
	e.str(c.ID)
	e.str(c.Doc)
	e.uint(uint64(it.Seq))
	e.int(c.Start)
	e.int(c.End)
	e.str(c.Kind)
	e.str(c.EventDate)
	e.str(c.Speaker)
	e.bool(c.Negated)
	e.strs(c.Cited)
	e.n(c.Dates == nil, len(c.Dates))
	for _, d := range c.Dates {
		e.str(d.Role)
		e.str(d.Value)
	}
	e.n(c.Numbers == nil, len(c.Numbers))
	for _, x := range c.Numbers {
		e.f64(x.Value)
	}
	e.n(c.Entities == nil, len(c.Entities))
	for _, x := range c.Entities {
		e.str(x.ID)
		e.str(x.Kind)
		e.str(x.Text)
	}
	e.features(&it.Features)
}

// decodePack reads what encodePack wrote. The strings of the records are
// slices of data (see aliasString), which must not be modified afterwards.
func decodePack(data []byte) ([]slim, error) {
	if len(data) == 0 || data[0] != packVersion {
		return nil, errPack
	}
	d := &dec{s: aliasString(data[1:])}
	n := d.uint()
	// Every record takes at least 20 bytes.
	if d.err || n > uint64(len(d.s))/20 {
		return nil, errPack
	}
	out := make([]slim, n)
	for i := range out {
		decodeSlim(d, &out[i])
		if d.err {
			return nil, errPack
		}
	}
	if len(d.s) != 0 {
		return nil, errPack
	}
	return out, nil
}

func decodeSlim(d *dec, it *slim) { decodeSlimInto(d, it, nil) }

// packCount is how many claims a pack holds, as its header says (0 for
// malformed data, which decodePack reports).
func packCount(data []byte) int {
	if len(data) == 0 || data[0] != packVersion {
		return 0
	}
	d := &dec{s: aliasString(data[1:])}
	n := d.uint()
	if d.err || n > uint64(len(d.s))/20 {
		return 0
	}
	return int(n)
}

// slimBuf holds the slices that claims only looked at are decoded into
// (eachSlim), reused from one claim to the next.
type slimBuf struct {
	cited, stems, surfaces []string
	dates                  []claim.Date
	numbers                []claim.Number
	entities               []claim.EntityRef
	trigrams               []uint32
}

// grow returns a slice of n elements: new when buf is nil, else from
// *buf's storage (grown when short), which the next call reuses.
func grow[T any](buf *[]T, n int) []T {
	if buf == nil {
		return make([]T, n)
	}
	if *buf == nil || cap(*buf) < n {
		*buf = make([]T, n, max(n, 4)) // never nil: an empty slice stays empty
	}
	return (*buf)[:n]
}

// decodeSlimInto is decodeSlim with the record's slices taken from b
// (valid until b is used again) or, when b is nil, made anew. Every
// field a pack holds is written, so nothing of the claim before stays.
func decodeSlimInto(d *dec, it *slim, b *slimBuf) {
	var cited, stems, surfaces *[]string
	var dates *[]claim.Date
	var numbers *[]claim.Number
	var entities *[]claim.EntityRef
	var trigrams *[]uint32
	if b != nil {
		cited, stems, surfaces, dates, numbers, entities, trigrams = &b.cited, &b.stems, &b.surfaces, &b.dates, &b.numbers, &b.entities, &b.trigrams
	}
	c := &it.Claim
	c.ID = d.str()
	c.Doc = d.str()
	it.Seq = int64(d.uint())
	c.Start = d.int()
	c.End = d.int()
	c.Kind = d.str()
	c.EventDate = d.str()
	c.Speaker = d.str()
	c.Negated = d.bool()
	c.Cited = d.strsInto(cited)
	c.Dates = nil
	if n := d.n(); n >= 0 {
		c.Dates = grow(dates, n)
		for i := range c.Dates {
			c.Dates[i].Role, c.Dates[i].Value = d.str(), d.str()
		}
	}
	c.Numbers = nil
	if n := d.n(); n >= 0 {
		c.Numbers = grow(numbers, n)
		for i := range c.Numbers {
			c.Numbers[i].Value = d.f64()
		}
	}
	c.Entities = nil
	if n := d.n(); n >= 0 {
		c.Entities = grow(entities, n)
		for i := range c.Entities {
			x := &c.Entities[i]
			x.ID, x.Kind, x.Text = d.str(), d.str(), d.str()
		}
	}
	d.featuresInto(&it.Features, stems, surfaces, trigrams)
}

// eachSlim calls each with every record of a pack in turn, decoded into
// one claim whose slices b holds (see decodeSlimInto): each must keep
// nothing of it. It stops when each returns false, and reports malformed
// data it has read.
func eachSlim(data []byte, b *slimBuf, each func(it *slim) bool) error {
	if len(data) == 0 || data[0] != packVersion {
		return errPack
	}
	d := &dec{s: aliasString(data[1:])}
	n := d.uint()
	if d.err || n > uint64(len(d.s))/20 {
		return errPack
	}
	var it slim
	for range n {
		decodeSlimInto(d, &it, b)
		if d.err {
			return errPack
		}
		if !each(&it) {
			return nil
		}
	}
	if len(d.s) != 0 {
		return errPack
	}
	return nil
}

// slimOf is the slim record of a claim (whole or slim) with its features.
func slimOf(c *claim.Claim, f align.Features, seq int64) slim {
	s := slim{Features: f, Seq: seq}
	s.Claim = claim.Claim{ID: c.ID, Doc: c.Doc, Start: c.Start, End: c.End, Kind: c.Kind, EventDate: c.EventDate,
		Speaker: c.Speaker, Negated: c.Negated, Cited: c.Cited}
	if c.Dates != nil {
		s.Claim.Dates = make([]claim.Date, len(c.Dates))
		for i, x := range c.Dates {
			s.Claim.Dates[i] = claim.Date{Role: x.Role, Value: x.Value}
		}
	}
	if c.Numbers != nil {
		s.Claim.Numbers = make([]claim.Number, len(c.Numbers))
		for i, x := range c.Numbers {
			s.Claim.Numbers[i] = claim.Number{Value: x.Value}
		}
	}
	if c.Entities != nil {
		s.Claim.Entities = make([]claim.EntityRef, len(c.Entities))
		for i, x := range c.Entities {
			s.Claim.Entities[i] = claim.EntityRef{ID: x.ID, Kind: x.Kind, Text: x.Text}
		}
	}
	return s
}

// fillPacks writes the packs of a store made before they existed (the
// migration to schema version 2) from its claims table, one event at a
// time.
func fillPacks(ctx context.Context, tx *sql.Tx) error {
	ins, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO packs(event, data) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	var cur string
	var items []slim
	flush := func() error {
		if len(items) == 0 {
			return nil
		}
		_, err := ins.ExecContext(ctx, cur, encodePack(items))
		items = items[:0]
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.event, d.seq, c.data FROM claims c JOIN documents d ON d.id = c.doc ORDER BY c.event, d.seq, c.ord`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, ev string
		var seq int64
		var data []byte
		if err := rows.Scan(&id, &ev, &seq, &data); err != nil {
			return err
		}
		st, err := decodeStored(data)
		if err != nil {
			return fmt.Errorf("stored claim %s: %w", id, err)
		}
		if ev != cur {
			if err := flush(); err != nil {
				return err
			}
			cur = ev
		}
		items = append(items, slimOf(&st.Claim, st.Features, seq))
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return flush()
}

// bgChunkDocs is how many documents, in store order, share one pack of
// background claims: 128 keeps a pack near 130 KB on SaudiNewsNet.
const bgChunkDocs = 128

// bgKey is the packs key of the background claims of the document with
// store order seq.
func bgKey(seq int64) string { return fmt.Sprintf(" %08d", seq/bgChunkDocs) }

// isBgKey reports whether a packs key is one of the background's.
func isBgKey(k string) bool { return strings.HasPrefix(k, " ") }

// unchangedChunks returns the keys of the background's packs an update
// need not encode again: those of old (the packs it read) whose every
// claim it holds still, and no other. keys are the pack keys of the
// background claims now (in store order), fromOld whether each was read
// from old's packs (not new, not moved from an event).
func unchangedChunks(keys []string, fromOld []bool, old map[string][]byte) map[string]bool {
	count := make(map[string]int)
	clean := make(map[string]bool)
	for i, k := range keys {
		if _, ok := clean[k]; !ok {
			clean[k] = true
		}
		count[k]++
		if !fromOld[i] {
			clean[k] = false
		}
	}
	out := make(map[string]bool)
	for k, ok := range clean {
		if data, had := old[k]; ok && had && packCount(data) == count[k] {
			out[k] = true
		}
	}
	return out
}

// bgRange is the SQL condition on packs.event that selects the
// background's packs.
const bgRange = `event >= ' ' AND event < '!'`

// readBackground reads the background's packs, decoding them on all
// cores, calls add for every claim (in store order), and returns the
// packs' bytes by key.
func readBackground(ctx context.Context, tx *sql.Tx, add func(it slim)) (map[string][]byte, error) {
	keys, datas, err := readBackgroundPacks(ctx, tx)
	if err != nil {
		return nil, err
	}
	return decodeBackground(keys, datas, add)
}

// readBackgroundPacks reads the background's packs, not decoded, in key
// order.
func readBackgroundPacks(ctx context.Context, tx *sql.Tx) ([]string, [][]byte, error) {
	var keys []string
	var datas [][]byte
	err := eachRow(ctx, tx, `SELECT event, data FROM packs WHERE `+bgRange+` ORDER BY event`, nil, func(rows *sql.Rows) error {
		var k string
		var data []byte
		err := rows.Scan(&k, &data)
		keys, datas = append(keys, k), append(datas, data)
		return err
	})
	return keys, datas, err
}

// decodeBackground decodes the background's packs (keys and their bytes,
// in key order) on all cores, calls add for every claim (in store order),
// and returns the packs' bytes by key.
func decodeBackground(keys []string, datas [][]byte, add func(it slim)) (map[string][]byte, error) {
	raw := make(map[string][]byte, len(keys))
	for k, key := range keys {
		raw[key] = datas[k]
	}
	out := make([][]slim, len(datas))
	errs := make([]error, len(datas))
	parallelFor(len(datas), func(k int) { out[k], errs[k] = decodePack(datas[k]) })
	for k := range keys {
		if errs[k] != nil {
			return nil, fmt.Errorf("background pack %q: %w", keys[k], errs[k])
		}
		for _, it := range out[k] {
			add(it)
		}
	}
	return raw, nil
}

// writeBackground writes the background's packs from items (in store
// order): a pack whose bytes are those of old (the packs read before) is
// not written again, and a pack of old left with no claim is deleted,
// but for the packs of keep, which the caller knows unchanged and leaves
// out of items. With old nil every background pack stored is replaced.
func writeBackground(ctx context.Context, tx *sql.Tx, items []slim, old map[string][]byte, keep map[string]bool) error {
	if old == nil {
		if _, err := tx.ExecContext(ctx, `DELETE FROM packs WHERE `+bgRange); err != nil {
			return err
		}
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO packs(event, data) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	written := make(map[string]bool)
	for lo := 0; lo < len(items); {
		key := bgKey(items[lo].Seq)
		hi := lo + 1
		for hi < len(items) && bgKey(items[hi].Seq) == key {
			hi++
		}
		written[key] = true
		data := encodePack(items[lo:hi])
		lo = hi
		if prev, ok := old[key]; ok && bytes.Equal(prev, data) {
			continue
		}
		if _, err := ins.ExecContext(ctx, key, data); err != nil {
			return err
		}
	}
	for key := range old {
		if !written[key] && !keep[key] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM packs WHERE event = ?`, key); err != nil {
				return err
			}
		}
	}
	return nil
}

// splitBackground moves the background claims of a version 2 store from
// their one pack ("") to the packs of version 3 (the migration to schema
// version 3).
func splitBackground(ctx context.Context, tx *sql.Tx) error {
	var data []byte
	err := tx.QueryRowContext(ctx, `SELECT data FROM packs WHERE event = ''`).Scan(&data)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return err
	}
	items, err := decodePack(data)
	if err != nil {
		return fmt.Errorf("background pack: %w", err)
	}
	if err := writeBackground(ctx, tx, items, map[string][]byte{}, nil); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM packs WHERE event = ''`)
	return err
}
