package store

// Incremental analysis.
//
// Update adds documents and brings the stored analysis up to date without
// redoing what has not changed:
//
//  1. Documents are new (ID never stored), changed (same ID, different
//     fingerprint: metadata or boilerplate moved), replaced (a stored
//     document from the same URL, or file and record, with another ID) or
//     unchanged (same ID and fingerprint: nothing is done for them).
//  2. Claims and facts are computed for new and changed documents only;
//     every other document's claims are read back from the claims table.
//  3. Corpus-wide statistics are kept up to date in the store rather than
//     recomputed: the document frequency of every stem and entity (terms),
//     and the distinct entity mentions (entity_refs), from which entities
//     are linked across documents (entity.Merge) for the whole store on
//     every run — it is cheap — so entity IDs are what a full run gives.
//  4. Events are re-clustered only where the new documents can land.
//     A new document's dated claims are grouped by date as align groups
//     them; each group's twenty heaviest centroid terms are looked up in
//     event_terms (which indexes every stored event by the top twenty
//     terms of each of its documents' groups, as align's own term index
//     does, terms in over 400 groups' tops passed over as align passes
//     them over). An event within a day of the group's dates that shares
//     a term and comes close to the group (cosine over the indexed terms
//     at least candidateCosine), or that is, or meets, a passing mention
//     of one or two claims, is a candidate. The candidates and the events
//     of removed documents are clustered again, whole, together with the
//     new claims and all background claims (align.RunScorer over
//     align.NewScorerGlobal, whose rarity is the store's, not the
//     part's). With Options.Exact every document of those events is read
//     whole too, and every event those documents sit in. The resulting
//     events replace the stored ones they overlap; background alignments
//     are all redone (background claims are 11% of SaudiNewsNet's).
//  5. Differences are computed only for alignments that are new (an
//     alignment's ID derives from its members, so a new ID is a new
//     membership) or that hold a claim of a new or changed document; the
//     others keep their stored discrepancies and word diffs.
//  6. A discrepancy's key hashes its alignment, type, claims and detail;
//     one whose key was not stored before is reported as new.
//
// What this does not see: an event far from any new document's dates or
// words is kept as it was, though a full run's rarity weights (which every
// new article shifts a little) might have clustered it differently at the
// margin; and without Exact, a document read only in part may look to
// align as if a passing mention were its main story. Store.Verify runs the full pipeline over the stored documents and
// says how many old events and alignments differ. When the store holds an
// article with no date at all (which may join an event of any date), or
// Options.Full is set, every event is re-clustered.

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/diff"
	"github.com/claimdiff/claimdiff/fetch"
)

// Input is a document to store, with its provenance when it was fetched.
type Input struct {
	Doc  *corpus.Document
	Prov *fetch.Provenance // nil for a file
}

// Options control Update.
type Options struct {
	Workers int
	Lexicon *claim.Lexicon
	// Full re-clusters every event and compares every alignment again.
	Full bool
	// Exact also reads whole every document of a re-clustered event, and
	// every event those documents sit in, so that whether a group of
	// claims is its article's main happening or a passing mention is
	// judged as in a full run. Slower: on SaudiNewsNet it re-clusters
	// most of the corpus.
	Exact bool
	// Trace, when set, is told the wall time of each stage as it ends
	// (CLAIMDIFF_TRACE in the command line).
	Trace func(stage string, wall time.Duration)
}

// ClaimRef is a claim of a reported discrepancy, with its outlet.
type ClaimRef struct {
	ID     string `json:"id"`
	Doc    string `json:"doc"`
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	Text   string `json:"text"`
}

// Discrepancy is a new or changed discrepancy, as watch reports it.
type Discrepancy struct {
	Key        string     `json:"key"`
	Type       string     `json:"type"`
	Severity   int        `json:"severity"`
	Detail     string     `json:"detail"`
	Event      string     `json:"event"`
	EventLabel string     `json:"event_label,omitempty"`
	EventDate  string     `json:"event_date,omitempty"`
	Alignment  string     `json:"alignment"`
	Claims     []ClaimRef `json:"claims"`
	// Discrepancy is the full record (evidence spans included).
	Discrepancy diff.Discrepancy `json:"discrepancy"`
}

// Report says what Update did.
type Report struct {
	Run                int
	Mode               string // "incremental" or "full"
	DocsNew            int
	DocsChanged        int
	DocsUnchanged      int
	DocsRemoved        int
	ClaimsRescored     int // claims clustered again (new and old)
	EventsRecomputed   int // stored events re-clustered
	EventsChanged      int // events written: new, or changed by this run
	AlignmentsCompared int // alignments whose differences were computed
	New                []Discrepancy
	Elapsed            time.Duration
}

// stored is one claims row's data.
type stored struct {
	Claim    claim.Claim
	Features align.Features
}

// linkFields are what linking entities across documents rewrites in a
// claim.
type linkFields struct {
	entities []claim.EntityRef
	speaker  string
	quotes   []claim.Quote
}

// docRow is what Update reads of a stored document.
type docRow struct {
	id, fingerprint, origin string
}

// fingerprint hashes what the analysis of d depends on.
func fingerprint(d *corpus.Document) (string, []byte) {
	meta, _ := json.Marshal(d)
	h := sha256.New()
	h.Write(meta)
	h.Write([]byte{0})
	h.Write([]byte(d.Text))
	fmt.Fprintf(h, "\x00%d,%d", d.TitleSpan.Start, d.TitleSpan.End)
	return hex.EncodeToString(h.Sum(nil)[:16]), meta
}

func originOf(d *corpus.Document) string {
	if d.URL != "" {
		return d.URL
	}
	return fmt.Sprintf("%s#%d", d.Path, d.Record)
}

// Update adds inputs to the store and brings the analysis up to date (see
// the comment at the top of this file).
func (s *Store) Update(ctx context.Context, inputs []Input, opts Options) (*Report, error) {
	start := time.Now()
	last := start
	stage := func(name string) {
		if opts.Trace != nil {
			now := time.Now()
			opts.Trace(name, now.Sub(last))
			last = now
		}
	}
	rep := &Report{Mode: "incremental"}
	now := time.Now().UTC().Format(time.RFC3339)

	// 1. Classify.
	var existing int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&existing); err != nil {
		return nil, err
	}
	type pending struct {
		in     Input
		fp     string
		meta   []byte
		origin string
		isNew  bool
	}
	var todo []pending
	var removed []string // stored document IDs to drop
	inBatch := make(map[string]bool, len(inputs))
	for _, in := range inputs {
		inBatch[in.Doc.ID] = true
	}
	var provOnly []Input // unchanged documents fetched again: provenance only
	for _, in := range inputs {
		fp, meta := fingerprint(in.Doc)
		p := pending{in: in, fp: fp, meta: meta, origin: originOf(in.Doc), isNew: true}
		if existing > 0 {
			var old docRow
			err := s.db.QueryRowContext(ctx, `SELECT id, fingerprint, origin FROM documents WHERE id = ?`, in.Doc.ID).Scan(&old.id, &old.fingerprint, &old.origin)
			switch {
			case err == nil && old.fingerprint == fp:
				rep.DocsUnchanged++
				if in.Prov != nil {
					provOnly = append(provOnly, in)
				}
				continue
			case err == nil:
				p.isNew = false
				removed = append(removed, old.id) // its old claims go; the new ones come
			case err != sql.ErrNoRows:
				return nil, err
			}
			rows, err := s.db.QueryContext(ctx, `SELECT id FROM documents WHERE origin = ? AND id != ?`, p.origin, in.Doc.ID)
			if err != nil {
				return nil, err
			}
			for rows.Next() {
				var id string
				rows.Scan(&id)
				if !inBatch[id] {
					removed = append(removed, id)
					rep.DocsRemoved++
				}
			}
			rows.Close()
		}
		if p.isNew {
			rep.DocsNew++
		} else {
			rep.DocsChanged++
		}
		todo = append(todo, p)
	}
	slices.Sort(removed)
	removed = slices.Compact(removed)
	removedDoc := make(map[string]bool, len(removed))
	for _, id := range removed {
		removedDoc[id] = true
	}

	var undatedStored int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE undated = 1`).Scan(&undatedStored); err != nil {
		return nil, err
	}
	if len(todo) == 0 && len(removed) == 0 && !opts.Full {
		return rep, s.tx(ctx, func(tx *sql.Tx) error {
			for _, in := range provOnly {
				if err := recordFetch(ctx, tx, in.Prov, in.Doc.ID); err != nil {
					return err
				}
			}
			return nil
		})
	}

	stage("classify")
	// 2. Claims of new and changed documents.
	newDocs := make([]*corpus.Document, len(todo))
	for i, p := range todo {
		newDocs[i] = p.in.Doc
	}
	newClaims, newFeats, err := analysis.ClaimsAndFeatures(ctx, analysis.Options{Workers: opts.Workers, Lexicon: opts.Lexicon}, newDocs)
	if err != nil {
		return nil, err
	}
	stage("claims of new articles")
	// An article with no date at all (none inferred either) may join an
	// event of any date: everything is re-clustered.
	full := opts.Full || existing == 0 || undatedStored > 0
	for _, d := range newDocs {
		if d.Published == "" && d.Retrieved == "" {
			full = true
		}
	}
	if full {
		rep.Mode = "full"
	}
	// Published dates may have been inferred: fingerprints and metadata are
	// of the document as read, so that the same input is "unchanged" next
	// time; the inferred date is in the stored meta for reports.
	isNewDoc := make(map[string]bool, len(todo))
	for _, d := range newDocs {
		isNewDoc[d.ID] = true
	}

	// A first load writes the database once, not first into the WAL
	// and again into the database: an empty store has nothing a reader
	// could see, and a rollback journal of an empty database is empty.
	if existing == 0 {
		restore, err := s.bulkJournal(ctx)
		if err != nil {
			return nil, err
		}
		defer restore()
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if existing == 0 {
		if err := dropIndexes(ctx, tx); err != nil {
			return nil, err
		}
	}
	var run int64
	if r, err := tx.ExecContext(ctx, `INSERT INTO runs(started_at, finished_at, mode, docs_new, docs_changed, docs_removed, claims_rescored, events_recomputed, alignments_compared, discrepancies_new) VALUES (?, '', ?, 0, 0, 0, 0, 0, 0, 0)`, now, rep.Mode); err != nil {
		return nil, err
	} else {
		run, _ = r.LastInsertId()
	}
	rep.Run = int(run)

	// 3. Removed documents: their claims leave the statistics; their
	// events are re-clustered.
	dirty := make(map[string]bool)
	for _, id := range removed {
		rows, err := tx.QueryContext(ctx, `SELECT event, data FROM claims WHERE doc = ?`, id)
		if err != nil {
			return nil, err
		}
		var gone []stored
		for rows.Next() {
			var ev string
			var data []byte
			if err := rows.Scan(&ev, &data); err != nil {
				rows.Close()
				return nil, err
			}
			st, err := decodeStored(data)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("stored claims of %s: %w", id, err)
			}
			gone = append(gone, *st)
			if ev != "" && ev != "~" {
				dirty[ev] = true
			}
		}
		rows.Close()
		if _, err := countStats(ctx, tx, gone, -1); err != nil {
			return nil, err
		}
		for _, q := range []string{`DELETE FROM claims WHERE doc = ?`, `DELETE FROM documents WHERE id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return nil, err
			}
		}
	}
	// New documents and their claims' statistics.
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM documents`).Scan(&seq); err != nil {
		return nil, err
	}
	insDoc, err := tx.PrepareContext(ctx, `INSERT INTO documents(id, seq, origin, fingerprint, url, path, source, title, published, retrieved, undated, title_start, title_end, meta, text, added_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insDoc.Close()
	newSeq := make(map[string]int, len(todo))
	for _, p := range todo {
		d := p.in.Doc
		seq++
		newSeq[d.ID] = int(seq)
		undated := 0
		if d.Published == "" && d.Retrieved == "" {
			undated = 1
		}
		meta, _ := json.Marshal(d)
		if _, err := insDoc.ExecContext(ctx, d.ID, seq, p.origin, p.fp, d.URL, d.Path, d.SourceName, d.Title, d.Published, d.Retrieved, undated, d.TitleSpan.Start, d.TitleSpan.End, meta, d.Text, now, now); err != nil {
			return nil, fmt.Errorf("store %s: %w", d.ID, err)
		}
		if p.in.Prov != nil {
			if err := recordFetch(ctx, tx, p.in.Prov, d.ID); err != nil {
				return nil, err
			}
		}
	}
	for _, in := range provOnly {
		if err := recordFetch(ctx, tx, in.Prov, in.Doc.ID); err != nil {
			return nil, err
		}
	}
	var newDF map[string]int
	{
		sts := make([]stored, len(newClaims))
		for i := range newClaims {
			sts[i] = stored{Claim: newClaims[i], Features: newFeats[i]}
		}
		if newDF, err = countStats(ctx, tx, sts, +1); err != nil {
			return nil, err
		}
	}
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT value FROM info WHERE key = 'claims'), 0)`).Scan(&total); err != nil {
		return nil, err
	}

	stage("store new articles")
	// 4. Entities linked over the whole store.
	ents, rename, err := mergeEntities(ctx, tx)
	if err != nil {
		return nil, err
	}
	_ = ents
	stage("link entities")

	// 5. The part to re-cluster.
	type loaded struct {
		c     claim.Claim
		f     align.Features
		event string // stored event ("" background, "~" title in none, "!" new)
		seq   int64  // its document's store order (0: not known yet)
		whole bool   // read whole (text, quotes, spans), not from a pack
	}
	var part []loaded
	have := make(map[string]bool)
	// Rows are decoded on all cores, a batch at a time.
	var raws []rawRow
	partEvents := make(map[string]bool) // the events of the rows read
	flush := func() error {
		sts, err := decodeRows(raws)
		if err != nil {
			return err
		}
		for k, st := range sts {
			part = append(part, loaded{st.Claim, st.Features, raws[k].event, 0, true})
		}
		raws = raws[:0]
		return nil
	}
	addRow := func(id, ev string, data []byte) error {
		if have[id] {
			return nil
		}
		have[id] = true
		partEvents[ev] = true
		raws = append(raws, rawRow{id, ev, data})
		if len(raws) >= decodeBatch {
			return flush()
		}
		return nil
	}
	claimRow := func(rows *sql.Rows) error {
		var id, ev string
		var data []byte
		if err := rows.Scan(&id, &ev, &data); err != nil {
			return err
		}
		return addRow(id, ev, data)
	}
	query := func(q string) error { return eachRow(ctx, tx, q, nil, claimRow) }
	addSlim := func(ev string, it slim) {
		if have[it.Claim.ID] || removedDoc[it.Claim.Doc] {
			return
		}
		have[it.Claim.ID] = true
		partEvents[ev] = true
		part = append(part, loaded{it.Claim, it.Features, ev, it.Seq, false})
	}
	affected := make(map[string]bool) // stored events replaced by this run
	var sdf *storeDF                  // the terms table, read once
	if full {
		if err := query(`SELECT id, event, data FROM claims`); err != nil {
			return nil, err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id FROM events`)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			rows.Scan(&id)
			affected[id] = true
		}
		rows.Close()
	} else {
		for ev := range dirty {
			affected[ev] = true
		}
		if sdf, err = readStoreDF(ctx, tx, rename); err != nil {
			return nil, err
		}
		cands, read, err := candidateEvents(ctx, tx, newClaims, newFeats, total, rename, removedDoc, sdf)
		if err != nil {
			return nil, err
		}
		for _, ev := range cands {
			affected[ev] = true
		}
		stage("candidate events")
		// Events candidateEvents read already are not read again.
		for _, ev := range sortedKeys(read) {
			for _, it := range read[ev] {
				addSlim(ev, it)
			}
		}
		// Every document with a claim in an affected event is read whole
		// (whether a group of claims is its document's main happening or
		// a passing mention decides how it may join an event), and every
		// event those documents' claims sit in is read whole too (a local
		// group never spans two events).
		docs := make(map[string]bool)
		evs := sortedKeys(affected)
		if opts.Exact {
			err := eachIn(ctx, tx, `SELECT DISTINCT doc FROM claims WHERE event IN (%s)`, evs, func(rows *sql.Rows) error {
				var d string
				err := rows.Scan(&d)
				docs[d] = true
				return err
			})
			if err != nil {
				return nil, err
			}
		}
		if err := eachIn(ctx, tx, `SELECT id, event, data FROM claims WHERE doc IN (%s)`, sortedKeys(docs), claimRow); err != nil {
			return nil, err
		}
		for ev := range partEvents {
			if ev != "" && ev != "~" {
				affected[ev] = true
			}
		}
		var toRead []string
		for _, ev := range sortedKeys(affected) {
			if _, ok := read[ev]; !ok {
				toRead = append(toRead, ev)
			}
		}
		if err := flush(); err != nil {
			return nil, err
		}
		if err := readPacks(ctx, tx, toRead, addSlim); err != nil {
			return nil, err
		}
		stage("read their claims")
		if err := readPacks(ctx, tx, []string{""}, addSlim); err != nil {
			return nil, err
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	stage("read background claims")
	// The new claims join the part. They are stored as their documents
	// give them, before entities are linked across the store: what linking
	// rewrites is kept aside (a few IDs a claim) rather than a copy of
	// every claim, which on a first load of 300,000 claims is the
	// difference between fitting the memory limit and collecting garbage
	// all along.
	for i := range newClaims {
		c := &newClaims[i]
		if !have[c.ID] {
			have[c.ID] = true
			part = append(part, loaded{newClaims[i], newFeats[i], "!", int64(newSeq[c.Doc]), true})
		}
	}
	newClaims, newFeats = nil, nil
	rep.EventsRecomputed = len(affected)
	rep.ClaimsRescored = len(part)

	// Claims in a full run's order: by document (store order), then
	// position.
	var unknown []loaded
	for _, l := range part {
		if l.seq == 0 {
			unknown = append(unknown, l)
		}
	}
	docSeq, err := docOrder(ctx, tx, unknown, func(l loaded) string { return l.c.Doc })
	if err != nil {
		return nil, err
	}
	for _, l := range part {
		if l.seq != 0 {
			docSeq[l.c.Doc] = int(l.seq)
		}
	}
	// Sorted through an index (the claims are large to move), by the
	// documents' order and then by position.
	order := make([]int32, len(part))
	seqOf := make([]int, len(part))
	for i := range part {
		order[i] = int32(i)
		seqOf[i] = docSeq[part[i].c.Doc]
	}
	slices.SortStableFunc(order, func(x, y int32) int {
		a, b := &part[x], &part[y]
		return cmp.Or(cmp.Compare(seqOf[x], seqOf[y]), cmp.Compare(a.c.Start, b.c.Start), cmp.Compare(a.c.End, b.c.End))
	})
	claims := make([]claim.Claim, len(part))
	feats := make([]align.Features, len(part))
	whole := make([]bool, len(part))
	oldEvent := make(map[string]string, len(part))
	for i, k := range order {
		l := &part[k]
		claims[i], feats[i], whole[i] = l.c, l.f, l.whole
		oldEvent[l.c.ID] = l.event
	}
	part = nil
	// Claims are stored as their documents give them, before entities are
	// linked across the store: what linking rewrites is kept aside for
	// the claims it changes (a few IDs a claim) rather than a copy of
	// every claim, which on a first load of 300,000 claims is the
	// difference between fitting the memory limit and collecting garbage
	// all along.
	orig := make(map[string]linkFields)
	for i := range claims {
		if c := &claims[i]; renames(c, rename) {
			orig[c.ID] = linkFields{slices.Clone(c.Entities), c.Speaker, slices.Clone(c.Quotes)}
		}
	}
	applyRename(claims, rename)

	// 6. Cluster and align the part, with the store's rarity (counted
	// here when the part is the whole store).
	var df map[string]int
	switch {
	case existing == 0:
		df = foldDF(newDF, rename) // the terms table holds newDF
	case full:
		all, err := readStoreDF(ctx, tx, rename)
		if err != nil {
			return nil, err
		}
		df = all.folded
	default:
		df = sdf.folded
	}
	stage("document frequencies")
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	undated := make(map[string]bool)
	if full {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM documents WHERE undated = 1`)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			rows.Scan(&id)
			undated[id] = true
		}
		rows.Close()
	}
	// Titles that are not claims (JSON records) are read for undated
	// articles, as analysis.Analyze passes them.
	titles := make(map[string]string)
	if len(undated) > 0 {
		rows, err := tx.QueryContext(ctx, `SELECT id, title FROM documents WHERE title_start = 0 AND title_end = 0 AND title != ''`)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, title string
			rows.Scan(&id, &title)
			titles[id] = title
		}
		rows.Close()
	}
	// Outlets, which bound how many of one outlet's documents an event
	// holds, as analysis.Analyze passes them.
	sources := make(map[string]string)
	{
		rows, err := tx.QueryContext(ctx, `SELECT id, source FROM documents WHERE source != ''`)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, src string
			if err := rows.Scan(&id, &src); err != nil {
				rows.Close()
				return nil, err
			}
			sources[id] = src
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	var sc *align.Scorer
	if full {
		sc = align.NewScorerWith(ptrs, feats) // as analysis.Analyze makes it
	} else {
		sc = align.NewScorerGlobal(ptrs, feats, func(t string) int { return df[t] }, total)
	}
	res, err := align.RunScorer(ctx, sc, align.Options{
		Undated: func(doc string) bool { return undated[doc] },
		Title:   func(doc string) string { return titles[doc] },
		Source:  func(doc string) string { return sources[doc] }})
	sc, ptrs = nil, nil
	if err != nil {
		return nil, err
	}
	stage("cluster and align")

	// 7. Alignments: keep the stored differences of unchanged ones.
	oldAls := make(map[string]string) // id → event, of the alignments replaced
	for _, ev := range append(sortedKeys(affected), "") {
		rows, err := tx.QueryContext(ctx, `SELECT id, event FROM alignments WHERE event = ?`, ev)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, e string
			rows.Scan(&id, &e)
			oldAls[id] = e
		}
		rows.Close()
	}
	var compare []analysis.Alignment
	keep := make(map[string]string) // kept alignment → its new event
	for _, al := range res.Alignments {
		if _, ok := oldAls[al.ID]; ok && !touches(al.Claims, isNewDoc) {
			keep[al.ID] = al.Event
			continue
		}
		compare = append(compare, analysis.Alignment{Alignment: al})
	}
	published, err := publishedOf(ctx, tx, compare, newDocs)
	if err != nil {
		return nil, err
	}
	// Claims read from packs are read whole for the alignments compared.
	wholes, err := wholeClaims(ctx, tx, claims, whole, compare, rename)
	if err != nil {
		return nil, err
	}
	stage("alignments to compare")
	// The claims are only read from here on: their tokens are given back
	// first, and the differences computed beside the writing of events
	// and claims (SQLite writes on one core).
	analysis.Retokenize(wholes, compare)
	ready := make(chan int, 1024)
	go analysis.FillDifferencesStream(compare, wholes, published, opts.Workers, ready)
	// Nothing returns before ready is closed (the workers read claims).
	defer func() {
		for range ready {
		}
	}()
	rep.AlignmentsCompared = len(compare)

	// 8. Write the part back: events and claims while the differences
	// are computed on the other cores.
	// Events: those that came out as they were (same ID, same record)
	// are not written again.
	stillThere := make(map[string]bool, len(res.Events))
	for i := range res.Events {
		stillThere[res.Events[i].ID] = true
	}
	oldData := make(map[string][]byte)
	{
		err := eachIn(ctx, tx, `SELECT id, data FROM events WHERE id IN (%s)`, sortedKeys(affected), func(rows *sql.Rows) error {
			var id string
			var data []byte
			err := rows.Scan(&id, &data)
			oldData[id] = data
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	for _, ev := range sortedKeys(affected) {
		if stillThere[ev] {
			continue
		}
		for _, q := range []string{`DELETE FROM events WHERE id = ?`, `DELETE FROM event_terms WHERE event = ?`, `DELETE FROM packs WHERE event = ?`} {
			if _, err := tx.ExecContext(ctx, q, ev); err != nil {
				return nil, err
			}
		}
	}
	newEvent := make(map[string]string, len(claims))
	idx := make(map[string]int, len(claims))
	for i := range claims {
		idx[claims[i].ID] = i
	}
	insEvent, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO events(id, lo, hi, claims, data) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insEvent.Close()
	insTerm, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO event_terms(term, event, n, w) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insTerm.Close()
	changedEvents := 0
	var jobs []eventJob
	var jobEvent []string
	for i := range res.Events {
		ev := &res.Events[i]
		for _, id := range ev.Claims {
			newEvent[id] = ev.ID
		}
		data, _ := json.Marshal(ev)
		old, had := oldData[ev.ID]
		if had && bytes.Equal(old, data) {
			continue
		}
		changedEvents++
		lo, hi, ok := dayRange(ev.Date)
		var loV, hiV any
		if ok {
			loV, hiV = lo, hi
		}
		if _, err := insEvent.ExecContext(ctx, ev.ID, loV, hiV, len(ev.Claims), data); err != nil {
			return nil, err
		}
		if had {
			continue // same members: its index terms stand
		}
		jobs = append(jobs, jobOf(ev.Claims, idx, claims))
		jobEvent = append(jobEvent, ev.ID)
	}
	// Feature packs of the events written new.
	packOf := func(members []int) []byte {
		items := make([]slim, len(members))
		for k, i := range members {
			c := &claims[i]
			items[k] = slimOf(c, feats[i], int64(docSeq[c.Doc]))
			if o, ok := orig[c.ID]; ok {
				for j := range items[k].Claim.Entities {
					items[k].Claim.Entities[j].ID, items[k].Claim.Entities[j].Kind = o.entities[j].ID, o.entities[j].Kind
				}
				items[k].Claim.Speaker = o.speaker
			}
		}
		return encodePack(items)
	}
	insPack, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO packs(event, data) VALUES (?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insPack.Close()
	{
		packs := make([][]byte, len(jobs))
		parallelFor(len(jobs), func(k int) { packs[k] = packOf(jobs[k].all) })
		for k, data := range packs {
			if _, err := insPack.ExecContext(ctx, jobEvent[k], data); err != nil {
				return nil, err
			}
		}
	}
	stage("write events")
	if len(jobs) > 0 {
		// Rows are written in key order: appending to the index is
		// cheaper than inserting all over it.
		type row struct {
			ev string
			eventTerm
		}
		var rows []row
		for k, ts := range newTermWeigher(claims, feats, df, total, jobs).eventTermsAll(jobs) {
			for _, t := range ts {
				rows = append(rows, row{jobEvent[k], t})
			}
		}
		slices.SortFunc(rows, func(a, b row) int { return cmp.Or(cmp.Compare(a.term, b.term), cmp.Compare(a.ev, b.ev)) })
		for _, r := range rows {
			if _, err := insTerm.ExecContext(ctx, r.term, r.ev, r.n, r.w); err != nil {
				return nil, err
			}
		}
	}
	rep.EventsChanged = changedEvents
	stage("write event terms")
	// Claims: new ones inserted, old ones moved to their new event.
	ord := make(map[string]int)
	insClaim, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO claims(id, doc, ord, event, data) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insClaim.Close()
	moveClaim, err := tx.PrepareContext(ctx, `UPDATE claims SET event = ? WHERE id = ?`)
	if err != nil {
		return nil, err
	}
	defer moveClaim.Close()
	// Claims moved to another event are updated; new ones are encoded on
	// all cores, a batch at a time, and inserted in ID order (cheaper for
	// the index than the documents' order).
	eventOf := func(c *claim.Claim) string {
		if ev, ok := newEvent[c.ID]; ok {
			return ev
		}
		if c.Kind == claim.KindTitle {
			return "~"
		}
		return ""
	}
	var newOnes []int // new claims
	ordOf := make([]int, len(claims))
	for i := range claims {
		c := &claims[i]
		ev := eventOf(c)
		switch old := oldEvent[c.ID]; {
		case old == "!":
			ordOf[i] = ord[c.Doc]
			ord[c.Doc]++
			newOnes = append(newOnes, i)
		case old != ev:
			if _, err := moveClaim.ExecContext(ctx, ev, c.ID); err != nil {
				return nil, err
			}
		}
	}
	slices.SortFunc(newOnes, func(a, b int) int { return cmp.Compare(claims[a].ID, claims[b].ID) })
	const encodeBatch = 8192
	encoded := make([][]byte, encodeBatch)
	for lo := 0; lo < len(newOnes); lo += encodeBatch {
		batch := newOnes[lo:min(lo+encodeBatch, len(newOnes))]
		parallelFor(len(batch), func(k int) {
			i := batch[k]
			st := stored{Claim: claims[i], Features: feats[i]}
			if o, ok := orig[claims[i].ID]; ok {
				st.Claim.Entities, st.Claim.Speaker, st.Claim.Quotes = o.entities, o.speaker, o.quotes
			}
			encoded[k] = encodeStored(&st)
		})
		for k, i := range batch {
			c := &claims[i]
			if _, err := insClaim.ExecContext(ctx, c.ID, c.Doc, ordOf[i], eventOf(c), encoded[k]); err != nil {
				return nil, err
			}
		}
	}
	// The background's pack and the pack of titles in no event.
	{
		var bg, titles []int
		for i := range claims {
			if _, ok := newEvent[claims[i].ID]; ok {
				continue
			}
			if claims[i].Kind == claim.KindTitle {
				titles = append(titles, i)
			} else {
				bg = append(bg, i)
			}
		}
		if _, err := insPack.ExecContext(ctx, "", packOf(bg)); err != nil {
			return nil, err
		}
		// Titles in no event are not re-clustered by an incremental
		// update: the stored ones stay, beside those of this run.
		var kept []slim
		if !full {
			err := readPacks(ctx, tx, []string{"~"}, func(_ string, it slim) {
				if !removedDoc[it.Claim.Doc] && !have[it.Claim.ID] {
					kept = append(kept, it)
				}
			})
			if err != nil {
				return nil, err
			}
		}
		if len(titles) > 0 || len(kept) > 0 || full {
			data := packOf(titles)
			if len(kept) > 0 {
				more := encodePack(kept)
				data = mergePacks(data, more)
			}
			if _, err := insPack.ExecContext(ctx, "~", data); err != nil {
				return nil, err
			}
		}
	}
	stage("write claims")
	// Alignments, as their differences are computed.
	for id := range oldAls {
		if _, ok := keep[id]; ok {
			continue
		}
		for _, q := range []string{`DELETE FROM alignments WHERE id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return nil, err
			}
		}
	}
	for id, ev := range keep {
		if oldAls[id] == ev {
			continue
		}
		var data []byte
		if err := tx.QueryRowContext(ctx, `SELECT data FROM alignments WHERE id = ?`, id).Scan(&data); err != nil {
			return nil, err
		}
		var al analysis.Alignment
		if err := json.Unmarshal(data, &al); err != nil {
			return nil, err
		}
		al.Event = ev
		data, _ = json.Marshal(&al)
		if _, err := tx.ExecContext(ctx, `UPDATE alignments SET event = ?, data = ? WHERE id = ?`, ev, data, id); err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE discrepancies SET event = ? WHERE alignment = ?`, ev, id); err != nil {
			return nil, err
		}
	}
	// Discrepancies of replaced alignments: remembered, to tell new ones.
	oldKeys := make(map[string]bool)
	for id := range oldAls {
		if _, ok := keep[id]; ok {
			continue
		}
		rows, err := tx.QueryContext(ctx, `SELECT key FROM discrepancies WHERE alignment = ?`, id)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var k string
			rows.Scan(&k)
			oldKeys[k] = true
		}
		rows.Close()
		if _, err := tx.ExecContext(ctx, `DELETE FROM discrepancies WHERE alignment = ?`, id); err != nil {
			return nil, err
		}
	}
	evByID := make(map[string]*align.Event, len(res.Events))
	for i := range res.Events {
		evByID[res.Events[i].ID] = &res.Events[i]
	}
	byID := make(map[string]*claim.Claim, len(wholes))
	for i := range wholes {
		byID[wholes[i].ID] = &wholes[i]
	}
	var fresh []Discrepancy
	insAl, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO alignments(id, event, data) VALUES (?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insAl.Close()
	insDisc, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO discrepancies(key, alignment, event, type, severity, first_run, data) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insDisc.Close()
	writeAl := func(i int) error {
		al := &compare[i]
		data, _ := json.Marshal(al)
		if _, err := insAl.ExecContext(ctx, al.ID, al.Event, data); err != nil {
			return err
		}
		for _, d := range al.Discrepancies {
			key := discrepancyKey(al.ID, d)
			dd, _ := json.Marshal(d)
			first := run
			if oldKeys[key] {
				first = 0
			}
			if _, err := insDisc.ExecContext(ctx, key, al.ID, al.Event, d.Type, d.Severity, first, dd); err != nil {
				return err
			}
			if oldKeys[key] {
				continue
			}
			nd := Discrepancy{Key: key, Type: d.Type, Severity: d.Severity, Detail: d.Detail, Event: al.Event, Alignment: al.ID, Discrepancy: d}
			if ev := evByID[al.Event]; ev != nil {
				nd.EventLabel, nd.EventDate = ev.Label, ev.Date
			}
			for _, id := range d.Claims {
				if c := byID[id]; c != nil {
					nd.Claims = append(nd.Claims, ClaimRef{ID: id, Doc: c.Doc, Text: c.Text})
				}
			}
			fresh = append(fresh, nd)
		}
		// Written: its differences are not needed any more.
		al.Diffs = nil
		return nil
	}
	written := 0
	for upto := range ready {
		for ; written < upto; written++ {
			if err := writeAl(written); err != nil {
				return nil, err
			}
		}
	}
	if written != len(compare) {
		return nil, fmt.Errorf("differences of %d alignments of %d computed", written, len(compare))
	}
	stage("differences and alignments")
	if err := nameSources(ctx, tx, fresh); err != nil {
		return nil, err
	}
	slices.SortFunc(fresh, func(a, b Discrepancy) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Event, b.Event), cmp.Compare(a.Alignment, b.Alignment), cmp.Compare(a.Key, b.Key))
	})
	rep.New = fresh
	stage("write alignments")

	rep.Elapsed = time.Since(start)
	if _, err := tx.ExecContext(ctx, `UPDATE runs SET finished_at = ?, docs_new = ?, docs_changed = ?, docs_removed = ?, claims_rescored = ?, events_recomputed = ?, alignments_compared = ?, discrepancies_new = ? WHERE id = ?`,
		time.Now().UTC().Format(time.RFC3339), rep.DocsNew, rep.DocsChanged, rep.DocsRemoved, rep.ClaimsRescored, rep.EventsRecomputed, rep.AlignmentsCompared, len(rep.New), run); err != nil {
		return nil, err
	}
	if existing == 0 {
		if err := createIndexes(ctx, tx); err != nil {
			return nil, err
		}
		stage("index")
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	stage("commit")
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// secondaryIndexes are the indexes a first load builds once its rows
// are written (sorting them once is cheaper than inserting into them row
// by row); they must be those the migrations create.
var secondaryIndexes = []string{
	`CREATE INDEX documents_origin ON documents(origin)`,
	`CREATE INDEX documents_url ON documents(url)`,
	`CREATE INDEX claims_doc ON claims(doc)`,
	`CREATE INDEX claims_event ON claims(event)`,
	`CREATE INDEX event_terms_event ON event_terms(event)`,
	`CREATE INDEX alignments_event ON alignments(event)`,
	`CREATE INDEX discrepancies_alignment ON discrepancies(alignment)`,
	`CREATE INDEX documents_source ON documents(id, source)`,
	`CREATE INDEX documents_undated ON documents(undated) WHERE undated = 1`,
}

func indexName(ddl string) string {
	f := strings.Fields(ddl)
	return f[2]
}

// dropIndexes drops the secondary indexes (for a first load).
func dropIndexes(ctx context.Context, tx *sql.Tx) error {
	for _, ddl := range secondaryIndexes {
		if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS `+indexName(ddl)); err != nil {
			return err
		}
	}
	return nil
}

// createIndexes creates the secondary indexes dropIndexes dropped.
func createIndexes(ctx context.Context, tx *sql.Tx) error {
	for _, ddl := range secondaryIndexes {
		if _, err := tx.ExecContext(ctx, ddl); err != nil {
			return err
		}
	}
	return nil
}

// bulkJournal switches the database from its write-ahead log to a
// rollback journal for one large write, and returns what switches it
// back. When another connection holds the database the switch is not
// made (the log is kept).
func (s *Store) bulkJournal(ctx context.Context) (func(), error) {
	var mode string
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode=DELETE`).Scan(&mode); err != nil || mode != "delete" {
		return func() {}, nil
	}
	return func() { s.db.ExecContext(context.Background(), `PRAGMA journal_mode=WAL`) }, nil
}

// parallelFor calls f(0) … f(n-1) on all cores.
func parallelFor(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/256))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// touches reports whether any of ids is a claim of a document in docs.
func touches(ids []string, docs map[string]bool) bool {
	for _, id := range ids {
		if i := strings.Index(id, "/c-"); i > 0 && docs[id[:i]] {
			return true
		}
	}
	return false
}

// discrepancyKey identifies a discrepancy across runs: its type, claims
// and detail (not its alignment: a claim joining an alignment does not make
// the disagreement of two others new).
func discrepancyKey(_ string, d diff.Discrepancy) string {
	cs := slices.Clone(d.Claims)
	slices.Sort(cs)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s", d.Type, strings.Join(cs, ","), d.Detail)
	return "x-" + hex.EncodeToString(h.Sum(nil)[:8])
}

// countStats adds (sign +1) or removes (-1) claims' terms and entity
// mentions from the store's statistics.
func countStats(ctx context.Context, tx *sql.Tx, sts []stored, sign int) (map[string]int, error) {
	if len(sts) == 0 {
		return nil, nil
	}
	dfs := make(map[string]int)
	type refKey struct{ id, kind, name, role, rk string }
	refs := make(map[refKey]int)
	var order []refKey
	var terms []string // one claim's, sorted to count each once
	for i := range sts {
		st := &sts[i]
		terms = append(terms[:0], st.Features.Stems...)
		for _, e := range st.Claim.Entities {
			if e.ID != "" {
				terms = append(terms, "\x00"+e.ID)
			}
		}
		slices.Sort(terms)
		for k, t := range terms {
			if k == 0 || terms[k-1] != t {
				dfs[t]++
			}
		}
		for _, e := range st.Claim.Entities {
			if e.ID == "" {
				continue
			}
			key := refKey{e.ID, e.Kind, e.Name, e.Role, e.RoleKey}
			if refs[key] == 0 {
				order = append(order, key)
			}
			refs[key]++
		}
	}
	up, err := tx.PrepareContext(ctx, `INSERT INTO terms(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df`)
	if err != nil {
		return nil, err
	}
	defer up.Close()
	for _, t := range sortedKeys(dfs) {
		if _, err := up.ExecContext(ctx, t, sign*dfs[t]); err != nil {
			return nil, err
		}
	}
	rup, err := tx.PrepareContext(ctx, `INSERT INTO entity_refs(id, kind, name, role, role_key, n) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(id, kind, name, role, role_key) DO UPDATE SET n = n + excluded.n`)
	if err != nil {
		return nil, err
	}
	defer rup.Close()
	for _, k := range order {
		if _, err := rup.ExecContext(ctx, k.id, k.kind, k.name, k.role, k.rk, sign*refs[k]); err != nil {
			return nil, err
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO info(key, value) VALUES ('claims', ?) ON CONFLICT(key) DO UPDATE SET value = value + excluded.value`, sign*len(sts))
	return dfs, err
}

// mergeEntities links the store's entity mentions (entity.Merge over every
// distinct mention, first seen first, as often as it occurs).
func mergeEntities(ctx context.Context, tx *sql.Tx) ([]entity.Entity, map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, kind, name, role, role_key, n FROM entity_refs WHERE n > 0 ORDER BY seq`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var refs []entity.Ref
	for rows.Next() {
		var r entity.Ref
		var n int
		if err := rows.Scan(&r.ID, &r.Kind, &r.Name, &r.Role, &r.RoleKey, &n); err != nil {
			return nil, nil, err
		}
		for range n {
			refs = append(refs, r)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	ents, rename := entity.Merge(refs)
	return ents, rename, nil
}

// renames reports whether applyRename would change c.
func renames(c *claim.Claim, rename map[string]string) bool {
	if len(rename) == 0 {
		return false
	}
	if _, ok := rename[c.Speaker]; ok {
		return true
	}
	for _, e := range c.Entities {
		if _, ok := rename[e.ID]; ok {
			return true
		}
	}
	for _, q := range c.Quotes {
		if _, ok := rename[q.Speaker]; ok {
			return true
		}
	}
	return false
}

// applyRename rewrites claims' entity, speaker and quote IDs as
// claim.ResolveEntities does with the renames of a store-wide merge.
func applyRename(claims []claim.Claim, rename map[string]string) {
	if len(rename) == 0 {
		return
	}
	for i := range claims {
		c := &claims[i]
		for j := range c.Entities {
			if n, ok := rename[c.Entities[j].ID]; ok {
				c.Entities[j].ID = n
				if c.Entities[j].Kind == entity.KindRole {
					c.Entities[j].Kind = entity.KindPerson
				}
			}
		}
		if n, ok := rename[c.Speaker]; ok {
			c.Speaker = n
		}
		for j := range c.Quotes {
			if n, ok := rename[c.Quotes[j].Speaker]; ok {
				c.Quotes[j].Speaker = n
			}
		}
	}
}

// storeDF is the terms table: raw, as counted (entities under the IDs
// their articles give them), and folded under linked IDs (foldDF).
type storeDF struct {
	raw, folded map[string]int
}

// readStoreDF reads the whole terms table: one pass over it is cheaper
// than looking up the tens of thousands of terms an update needs.
func readStoreDF(ctx context.Context, tx *sql.Tx, rename map[string]string) (*storeDF, error) {
	raw := make(map[string]int, 1<<16)
	err := eachRow(ctx, tx, `SELECT term, df FROM terms`, nil, func(rows *sql.Rows) error {
		var t string
		var n int
		err := rows.Scan(&t, &n)
		raw[t] = n
		return err
	})
	if err != nil {
		return nil, err
	}
	return &storeDF{raw: raw, folded: foldDF(raw, rename)}, nil
}

// foldDF returns document frequencies of raw entity IDs (as the terms
// table counts them) under their linked IDs: the sum over the IDs linked
// to one.
func foldDF(raw map[string]int, rename map[string]string) map[string]int {
	df := make(map[string]int, len(raw))
	for t, n := range raw {
		if strings.HasPrefix(t, "\x00") {
			if to, ok := rename[t[1:]]; ok {
				t = "\x00" + to
			}
		}
		df[t] += n
	}
	return df
}

// candidateEvents lists the stored events new claims may join, found as
// align finds the groups a group may merge with: a new document's dated
// claims are grouped by date as align groups them (touching days joined,
// at most four); each group's twenty heaviest terms (IDF-weighted centroid,
// terms in over 1% of claims left out) are looked up in event_terms; a
// term in the top twenty of over 400 groups is passed over, as align
// passes it over; an event within a day of the group's dates that holds
// one of the terms is a candidate.
func candidateEvents(ctx context.Context, tx *sql.Tx, claims []claim.Claim, feats []align.Features, total int, rename map[string]string, removedDoc map[string]bool, sdf *storeDF) ([]string, map[string][]slim, error) {
	terms := termsOf(claims, feats, rename)
	var all []string
	for i := range claims {
		all = append(all, terms(i)...)
	}
	df := sdf.raw
	posting, err := tx.PrepareContext(ctx, `SELECT COALESCE(SUM(n), 0) FROM event_terms WHERE term = ?`)
	if err != nil {
		return nil, nil, err
	}
	defer posting.Close()
	stmt, err := tx.PrepareContext(ctx, `SELECT t.event, t.w, e.claims, e.lo, e.hi FROM event_terms t JOIN events e ON e.id = t.event
		WHERE t.term = ? AND e.lo IS NOT NULL`)
	if err != nil {
		return nil, nil, err
	}
	defer stmt.Close()
	out := make(map[string]bool)
	long := make(map[string]bool)
	// Each term's dated events are read once, whatever the groups.
	type posted struct {
		ev     string
		w      float64
		n      int
		lo, hi int
	}
	postings := make(map[string][]posted)
	mention := make(map[string][]int) // event → groups it is a mention candidate of
	groups := localGroups(claims)
	for gi, g := range groups {
		top, gw := centroid(g.members, terms, df, total)
		score := make(map[string]float64)
		size := make(map[string]int)
		for _, t := range top {
			if long[t] {
				continue
			}
			if _, ok := postings[t]; !ok {
				var n int
				if err := posting.QueryRowContext(ctx, t).Scan(&n); err != nil {
					return nil, nil, err
				}
				if n+1 > maxPosting {
					long[t] = true
					continue
				}
			}
			list, ok := postings[t]
			if !ok {
				rows, err := stmt.QueryContext(ctx, t)
				if err != nil {
					return nil, nil, err
				}
				for rows.Next() {
					var p posted
					if err := rows.Scan(&p.ev, &p.w, &p.n, &p.lo, &p.hi); err != nil {
						rows.Close()
						return nil, nil, err
					}
					list = append(list, p)
				}
				rows.Close()
				postings[t] = list
			}
			for _, p := range list {
				if p.lo <= g.hi+1 && p.hi >= g.lo-1 {
					score[p.ev] += gw[t] * p.w
					size[p.ev] = p.n
				}
			}
		}
		// A candidate's centroid is close enough to matter (the cosine
		// over the top terms only underestimates the whole), or one side
		// is a passing mention of one or two claims, which joins an event
		// through a single strong claim pair rather than its centroid.
		for ev, sc := range score {
			small := size[ev] <= pairLinkMax || g.aside && len(g.members) <= pairLinkMax
			switch {
			case sc >= candidateCosine:
				out[ev] = true
			case small && sc >= mentionCosine && !out[ev]:
				mention[ev] = append(mention[ev], gi)
			}
		}
	}
	// A passing mention joins an event in align only through a claim pair
	// that scores eventPairThreshold: the events found by the mention rule
	// alone are read (their claims' features, not clustered) and kept
	// only when one of their claims scores that high with a claim of a
	// group that found them.
	weak := make([]string, 0, len(mention))
	for ev := range mention {
		if !out[ev] {
			weak = append(weak, ev)
		}
	}
	if len(weak) == 0 {
		return sortedKeys(out), nil, nil
	}
	slices.Sort(weak)
	var evClaims []claim.Claim
	var evFeats []align.Features
	var evOf []string
	var items []slim
	err = readPacks(ctx, tx, weak, func(ev string, it slim) {
		if removedDoc[it.Claim.Doc] {
			return
		}
		items = append(items, it)
		evOf = append(evOf, ev)
		c := it.Claim // linked below on a copy: the pack's claims stay as stored
		c.Entities = slices.Clone(c.Entities)
		evClaims = append(evClaims, c)
		evFeats = append(evFeats, it.Features)
	})
	if err != nil {
		return nil, nil, err
	}
	// The new claims as linking makes them (without touching the caller's).
	n := len(claims)
	both := make([]claim.Claim, 0, n+len(evClaims))
	for i := range claims {
		c := claims[i]
		c.Entities, c.Quotes = slices.Clone(c.Entities), slices.Clone(c.Quotes)
		both = append(both, c)
	}
	both = append(both, evClaims...)
	applyRename(both, rename)
	allFeats := append(slices.Clone(feats), evFeats...)
	adf := sdf.folded
	ptrs := make([]*claim.Claim, len(both))
	for i := range both {
		ptrs[i] = &both[i]
	}
	sc := align.NewScorerGlobal(ptrs, allFeats, func(t string) int { return adf[t] }, total)
	byEvent := make(map[string][]int)
	for k, ev := range evOf {
		byEvent[ev] = append(byEvent[ev], n+k)
	}
	// Each weak event is checked on its own, on all cores.
	passes := make([]bool, len(weak))
	parallelFor(len(weak), func(k int) {
		ev := weak[k]
		for _, gi := range mention[ev] {
			for _, a := range groups[gi].members {
				for _, b := range byEvent[ev] {
					if sc.Score(a, b) >= eventPairThreshold {
						passes[k] = true
						return
					}
				}
			}
		}
	})
	for k, ev := range weak {
		if passes[k] {
			out[ev] = true
		}
	}
	read := make(map[string][]slim)
	for k, it := range items {
		if ev := evOf[k]; out[ev] {
			read[ev] = append(read[ev], it)
		}
	}
	return sortedKeys(out), read, nil
}

// mergePacks joins two packs into one.
func mergePacks(a, b []byte) []byte {
	x, errA := decodePack(a)
	y, errB := decodePack(b)
	if errA != nil || errB != nil {
		panic("store: merging malformed packs")
	}
	return encodePack(append(x, y...))
}

// wholeClaims returns the claims of als whole: those of claims read whole
// (whole[i]) as they are, the others read from the claims table, their
// entities linked by rename.
func wholeClaims(ctx context.Context, tx *sql.Tx, claims []claim.Claim, whole []bool, als []analysis.Alignment, rename map[string]string) ([]claim.Claim, error) {
	if !slices.Contains(whole, false) {
		return claims, nil
	}
	idx := make(map[string]int, len(claims))
	for i := range claims {
		idx[claims[i].ID] = i
	}
	var out []claim.Claim
	var want []string
	seen := make(map[string]bool)
	for _, al := range als {
		for _, id := range al.Claims {
			if seen[id] {
				continue
			}
			seen[id] = true
			if i, ok := idx[id]; ok && whole[i] {
				out = append(out, claims[i])
			} else {
				want = append(want, id)
			}
		}
	}
	var raws []rawRow
	err := eachIn(ctx, tx, `SELECT id, data FROM claims WHERE id IN (%s)`, want, func(rows *sql.Rows) error {
		var r rawRow
		err := rows.Scan(&r.id, &r.data)
		raws = append(raws, r)
		return err
	})
	if err != nil {
		return nil, err
	}
	sts, err := decodeRows(raws)
	if err != nil {
		return nil, err
	}
	read := make([]claim.Claim, len(sts))
	for k, st := range sts {
		read[k] = st.Claim
	}
	applyRename(read, rename)
	return append(out, read...), nil
}

// readPacks reads the feature packs of events (see packs.go), decoding
// them on all cores, and calls add for every claim, in pack order.
func readPacks(ctx context.Context, tx *sql.Tx, events []string, add func(event string, it slim)) error {
	var evs []string
	var datas [][]byte
	err := eachIn(ctx, tx, `SELECT event, data FROM packs WHERE event IN (%s)`, events, func(rows *sql.Rows) error {
		var ev string
		var data []byte
		err := rows.Scan(&ev, &data)
		evs, datas = append(evs, ev), append(datas, data)
		return err
	})
	if err != nil {
		return err
	}
	out := make([][]slim, len(datas))
	errs := make([]error, len(datas))
	parallelFor(len(datas), func(k int) { out[k], errs[k] = decodePack(datas[k]) })
	for k, ev := range evs {
		if errs[k] != nil {
			return fmt.Errorf("event %q: %w", ev, errs[k])
		}
		for _, it := range out[k] {
			add(ev, it)
		}
	}
	return nil
}

// rawRow is a claims row not decoded yet.
type rawRow struct {
	id, event string
	data      []byte
}

// decodeBatch is how many claims rows are decoded at once.
const decodeBatch = 8192

// decodeRows decodes claims rows on all cores.
func decodeRows(raws []rawRow) ([]*stored, error) {
	out := make([]*stored, len(raws))
	errs := make([]error, len(raws))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(raws)/256))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < len(raws); k += workers {
				out[k], errs[k] = decodeStored(raws[k].data)
			}
		}()
	}
	wg.Wait()
	for k, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("stored claim %s: %w", raws[k].id, err)
		}
	}
	return out, nil
}

// eventPairThreshold is align's claim-pair score that links a passing
// mention to a group its centroid is too far from (align/events.go).
const eventPairThreshold = 0.25

// The constants of align's term index (align/events.go): a group is found
// by its topTerms heaviest terms; a term in more than maxPosting groups'
// tops is no guide; terms in more than commonShare of all claims (and at
// least commonMin) are left out of centroids.
const (
	topTerms    = 20
	maxPosting  = 400
	commonShare = 0.01
	commonMin   = 500
)

// candidateCosine is the least cosine, over a new group's top terms and a
// stored event's indexed terms, for the event to be re-clustered with the
// group: well under align's 0.18 at which groups merge, since the
// truncated cosine underestimates the whole.
const candidateCosine = 0.12

// A passing mention (a group of at most pairLinkMax claims that is not its
// article's main happening) joins an event through one strong claim pair
// (align's passingMention); it is a candidate from mentionCosine.
const (
	pairLinkMax   = 2
	mentionCosine = 0.02
)

type dayGroup struct {
	doc     string
	lo, hi  int
	members []int
	aside   bool // not its document's largest group
}

// localGroups groups each document's dated claims as align does: by date,
// touching days joined while the run stays within four days; claims dated
// no finer than a month are groups of their own date.
func localGroups(claims []claim.Claim) []dayGroup {
	byDoc := make(map[string][]int)
	for i := range claims {
		lo, hi, ok := dayRange(claims[i].EventDate)
		if !ok || hi-lo > 31 {
			continue
		}
		byDoc[claims[i].Doc] = append(byDoc[claims[i].Doc], i)
	}
	var out []dayGroup
	for _, d := range sortedKeys(byDoc) {
		idx := byDoc[d]
		sort.SliceStable(idx, func(a, b int) bool {
			la, ha, _ := dayRange(claims[idx[a]].EventDate)
			lb, hb, _ := dayRange(claims[idx[b]].EventDate)
			return cmp.Or(cmp.Compare(la, lb), cmp.Compare(ha, hb)) < 0
		})
		var cur *dayGroup
		for _, i := range idx {
			lo, hi, _ := dayRange(claims[i].EventDate)
			if cur != nil && lo <= cur.hi+1 && max(hi, cur.hi)-cur.lo < 4 {
				cur.hi = max(cur.hi, hi)
				cur.members = append(cur.members, i)
				continue
			}
			out = append(out, dayGroup{doc: d, lo: lo, hi: hi, members: []int{i}})
			cur = &out[len(out)-1]
		}
	}
	// As align marks them: every group but its document's first largest.
	for k := range out {
		out[k].aside = true
	}
	for k := 0; k < len(out); {
		j, largest := k, k
		for ; j < len(out) && out[j].doc == out[k].doc; j++ {
			if len(out[j].members) > len(out[largest].members) {
				largest = j
			}
		}
		out[largest].aside = false
		k = j
	}
	return out
}

// intsByKey runs query (a SELECT of a key and an integer, with %s where
// the list of placeholders goes) for keys, and returns the integers by key.
func intsByKey(ctx context.Context, tx *sql.Tx, query string, keys []string) (map[string]int, error) {
	out := make(map[string]int, len(keys))
	err := eachIn(ctx, tx, query, keys, func(rows *sql.Rows) error {
		var k string
		var n int
		err := rows.Scan(&k, &n)
		out[k] = n
		return err
	})
	return out, err
}

// eachIn runs query, whose %s is where a list of placeholders goes (the
// IN list), for keys in batches of 500, calling row for every row.
func eachIn(ctx context.Context, tx *sql.Tx, query string, keys []string, row func(*sql.Rows) error) error {
	const batch = 500
	for i := 0; i < len(keys); i += batch {
		chunk := keys[i:min(i+batch, len(keys))]
		args := make([]any, len(chunk))
		for k, t := range chunk {
			args[k] = t
		}
		if err := eachRow(ctx, tx, fmt.Sprintf(query, "?"+strings.Repeat(",?", len(chunk)-1)), args, row); err != nil {
			return err
		}
	}
	return nil
}

// eachRow runs query with args and calls row for every row, stopping at
// the first error.
func eachRow(ctx context.Context, tx *sql.Tx, query string, args []any, row func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// groupTop returns the topTerms heaviest terms of a group of claims'
// centroid (see centroid).
func groupTop(members []int, terms func(int) []string, df map[string]int, total int) []string {
	top, _ := centroid(members, terms, df, total)
	return top
}

// centroid weighs a group of claims' terms as align weighs them: per
// claim, (1 + ln count) times IDF over the store, entities counting two,
// L2-normalised; summed; terms in more than 1% of claims left out; the
// sum L2-normalised. It returns the topTerms heaviest terms and every
// term's weight.
func centroid(members []int, terms func(int) []string, df map[string]int, total int) ([]string, map[string]float64) {
	maxDF := max(commonMin, int(commonShare*float64(total)))
	w := make(map[string]float64)
	for _, i := range members {
		count := make(map[string]float64)
		for _, t := range terms(i) {
			if strings.HasPrefix(t, "\x00") {
				count[t] += 2
			} else {
				count[t]++
			}
		}
		var norm float64
		cw := make(map[string]float64, len(count))
		for t, c := range count {
			x := (1 + math.Log(c)) * math.Log(1+float64(total+1)/float64(df[t]+1))
			cw[t] = x
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for t, x := range cw {
			if df[t] > maxDF || norm == 0 {
				continue
			}
			w[t] += x / norm
		}
	}
	var norm float64
	for _, x := range w {
		norm += x * x
	}
	norm = math.Sqrt(norm)
	type tw struct {
		t string
		w float64
	}
	all := make([]tw, 0, len(w))
	for t, x := range w {
		if norm > 0 {
			w[t] = x / norm
		}
		all = append(all, tw{t, w[t]})
	}
	slices.SortFunc(all, func(a, b tw) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.t, b.t)) })
	out := make([]string, 0, topTerms)
	for _, x := range all[:min(len(all), topTerms)] {
		out = append(out, x.t)
	}
	return out, w
}

// termsOf returns a claim's terms as the scorer sees them: its content
// stems and "\x00" and each entity ID (renamed when rename is given: the
// claims of new documents are not linked yet).
func termsOf(claims []claim.Claim, feats []align.Features, rename map[string]string) func(int) []string {
	return func(i int) []string {
		out := slices.Clone(feats[i].Stems)
		for _, e := range claims[i].Entities {
			if e.ID == "" {
				continue
			}
			id := e.ID
			if n, ok := rename[id]; ok {
				id = n
			}
			out = append(out, "\x00"+id)
		}
		return out
	}
}

// dayRange reads an ISO date, month or range as day numbers.
func dayRange(v string) (lo, hi int, ok bool) {
	if v == "" {
		return 0, 0, false
	}
	a, b, isRange := strings.Cut(v, "/")
	l1, h1, ok1 := dayOf(a)
	if !isRange {
		return l1, h1, ok1
	}
	l2, h2, ok2 := dayOf(b)
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	return min(l1, l2), max(h1, h2), true
}

func dayOf(s string) (lo, hi int, ok bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		d := int(t.Unix() / 86400)
		return d, d, true
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		d := int(t.Unix() / 86400)
		e := int(t.AddDate(0, 1, -1).Unix() / 86400)
		return d, e, true
	}
	return 0, 0, false
}

// docOrder returns the store order (seq) of the documents of items.
func docOrder[T any](ctx context.Context, tx *sql.Tx, items []T, doc func(T) string) (map[string]int, error) {
	want := make(map[string]bool)
	for _, it := range items {
		want[doc(it)] = true
	}
	return intsByKey(ctx, tx, `SELECT id, seq FROM documents WHERE id IN (%s)`, sortedKeys(want))
}

// publishedOf returns the publication dates of the documents of als.
func publishedOf(ctx context.Context, tx *sql.Tx, als []analysis.Alignment, docs []*corpus.Document) (func(string) string, error) {
	m := make(map[string]string)
	for _, d := range docs {
		m[d.ID] = d.Published
	}
	var ids []string
	seen := make(map[string]bool)
	for _, al := range als {
		for _, c := range al.Claims {
			if i := strings.Index(c, "/c-"); i > 0 {
				d := c[:i]
				if _, ok := m[d]; !ok && !seen[d] {
					seen[d] = true
					ids = append(ids, d)
				}
			}
		}
	}
	err := eachIn(ctx, tx, `SELECT id, meta FROM documents WHERE id IN (%s)`, ids, func(rows *sql.Rows) error {
		var id string
		var meta []byte
		if err := rows.Scan(&id, &meta); err != nil {
			return err
		}
		var d corpus.Document
		if err := json.Unmarshal(meta, &d); err != nil {
			return fmt.Errorf("document %s: %w", id, err)
		}
		m[id] = d.Published
		return nil
	})
	if err != nil {
		return nil, err
	}
	return func(id string) string { return m[id] }, nil
}

// nameSources fills the outlet name and URL of reported claims.
func nameSources(ctx context.Context, tx *sql.Tx, ds []Discrepancy) error {
	type su struct{ source, url string }
	cache := make(map[string]su)
	for i := range ds {
		for k := range ds[i].Claims {
			c := &ds[i].Claims[k]
			v, ok := cache[c.Doc]
			if !ok {
				if err := tx.QueryRowContext(ctx, `SELECT source, url FROM documents WHERE id = ?`, c.Doc).Scan(&v.source, &v.url); err != nil && err != sql.ErrNoRows {
					return err
				}
				cache[c.Doc] = v
			}
			c.Source, c.URL = v.source, v.url
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
