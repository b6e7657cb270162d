package store

// The stages of Update, in the order it runs them (see the comment at the
// top of update.go for what each does and why). An updater carries what
// one stage hands the next.

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/corpus"
)

// pending is an input to analyse: new, or changed since it was stored.
type pending struct {
	in     Input
	fp     string
	meta   []byte
	origin string
	isNew  bool
}

// loaded is a claim of the part re-clustered.
type loaded struct {
	c     claim.Claim
	f     align.Features
	event string // stored event ("" background, "~" title in none, "!" new)
	seq   int64  // its document's store order (0: not known yet)
	whole bool   // read whole (text, quotes, spans), not from a pack
}

// updater is one Update in progress.
type updater struct {
	s    *Store
	ctx  context.Context
	opts Options
	rep  *Report
	now  string
	last time.Time // when the last stage ended

	// classify
	existing      int // documents stored before this run
	todo          []pending
	removed       []string // stored document IDs to drop
	removedDoc    map[string]bool
	provOnly      []Input // unchanged documents fetched again: provenance only
	undatedStored int

	// claimsOfNew
	newDocs   []*corpus.Document
	newClaims []claim.Claim
	newFeats  []align.Features
	full      bool
	isNewDoc  map[string]bool

	// begin, removeDocs, storeNew
	tx     *sql.Tx
	w      *writer              // the writes queued (writer.go)
	stmts  map[string]*sql.Stmt // statements prepared on tx
	newDoc map[string]*corpus.Document
	run    int64
	dirty  map[string]bool // events of removed documents
	newSeq map[string]int
	newDF  map[string]int
	// firstCounts are a first load's statistics (nil otherwise).
	firstCounts *statCounts
	total       int

	// linkEntities
	rename      map[string]string
	renameReady chan struct{} // closed once rename is set (nil: it is)

	// gatherPart
	part       []loaded
	have       map[string]bool
	raws       []rawRow        // claims rows waiting to be decoded
	partEvents map[string]bool // the events of the rows read
	affected   map[string]bool // stored events replaced by this run
	sdf        *storeDF        // the terms table, read once
	// others counts, for a term, the stored groups holding it in their
	// tops (eventindex.go); nil when every event is re-clustered.
	others func(term string) int
	// collectionGroups is how many local groups the store holds at
	// least, with the new articles' (0 when every event is re-clustered).
	collectionGroups int
	bgOld            map[string][]byte // the background's packs as read (incremental)

	// orderPart
	claims   []claim.Claim
	feats    []align.Features
	whole    []bool
	oldEvent map[string]string
	docSeq   map[string]int
	orig     map[string]linkFields

	// cluster
	df  map[string]int
	res *align.Result

	// pickAlignments
	oldAls  map[string]string // id → event, of the alignments replaced
	compare []analysis.Alignment
	keep    map[string]string // kept alignment → its new event
	wholes  []claim.Claim
	ready   chan int

	// writeEvents, writeEventTerms
	newEvent map[string]string
	idx      map[string]int
	jobs     []eventJob
	jobEvent []string
}

// stage tells the trace the wall time since the last stage ended.
func (u *updater) stage(name string) {
	if u.opts.Trace != nil {
		now := time.Now()
		u.opts.Trace(name, now.Sub(u.last))
		u.last = now
	}
}

// classify sorts the inputs into new, changed, replaced and unchanged
// documents.
func (u *updater) classify(inputs []Input) error {
	ctx, s, rep := u.ctx, u.s, u.rep
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&u.existing); err != nil {
		return err
	}
	inBatch := make(map[string]bool, len(inputs))
	for _, in := range inputs {
		inBatch[in.Doc.ID] = true
	}
	for _, in := range inputs {
		fp, meta := fingerprint(in.Doc)
		p := pending{in: in, fp: fp, meta: meta, origin: originOf(in.Doc), isNew: true}
		if u.existing > 0 {
			var old docRow
			err := s.db.QueryRowContext(ctx, `SELECT id, fingerprint, origin FROM documents WHERE id = ?`, in.Doc.ID).Scan(&old.id, &old.fingerprint, &old.origin)
			switch {
			case err == nil && old.fingerprint == fp:
				rep.DocsUnchanged++
				if in.Prov != nil {
					u.provOnly = append(u.provOnly, in)
				}
				continue
			case err == nil:
				p.isNew = false
				u.removed = append(u.removed, old.id) // its old claims go; the new ones come
			case err != sql.ErrNoRows:
				return err
			}
			rows, err := s.db.QueryContext(ctx, `SELECT id FROM documents WHERE origin = ? AND id != ?`, p.origin, in.Doc.ID)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id string
				rows.Scan(&id)
				if !inBatch[id] {
					u.removed = append(u.removed, id)
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
		u.todo = append(u.todo, p)
	}
	slices.Sort(u.removed)
	u.removed = slices.Compact(u.removed)
	u.removedDoc = make(map[string]bool, len(u.removed))
	for _, id := range u.removed {
		u.removedDoc[id] = true
	}
	return s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE undated = 1`).Scan(&u.undatedStored)
}

// nothingToDo reports whether the inputs change no analysis.
func (u *updater) nothingToDo() bool {
	return len(u.todo) == 0 && len(u.removed) == 0 && !u.opts.Full
}

// recordProvenance records the fetches of unchanged documents only.
func (u *updater) recordProvenance() error {
	return u.s.tx(u.ctx, func(tx *sql.Tx) error {
		for _, in := range u.provOnly {
			if err := recordFetch(u.ctx, tx, in.Prov, in.Doc.ID); err != nil {
				return err
			}
		}
		return nil
	})
}

// claimsOfNew computes the claims and features of new and changed
// documents, and decides whether the whole store is re-clustered.
func (u *updater) claimsOfNew() error {
	u.newDocs = make([]*corpus.Document, len(u.todo))
	for i, p := range u.todo {
		u.newDocs[i] = p.in.Doc
	}
	var err error
	u.newClaims, u.newFeats, err = analysis.ClaimsAndFeatures(u.ctx, analysis.Options{Workers: u.opts.Workers, Lexicon: u.opts.Lexicon}, u.newDocs)
	if err != nil {
		return err
	}
	// An article with no date at all (none inferred either) may join an
	// event of any date: everything is re-clustered.
	u.full = u.opts.Full || u.existing == 0 || u.undatedStored > 0
	for _, d := range u.newDocs {
		if d.Published == "" && d.Retrieved == "" {
			u.full = true
		}
	}
	if u.full {
		u.rep.Mode = "full"
	}
	// Published dates may have been inferred: fingerprints and metadata are
	// of the document as read, so that the same input is "unchanged" next
	// time; the inferred date is in the stored meta for reports.
	u.isNewDoc = make(map[string]bool, len(u.todo))
	for _, d := range u.newDocs {
		u.isNewDoc[d.ID] = true
	}
	return nil
}

// begin opens the transaction the rest is written in (on a first load
// without its secondary indexes) and records the run.
func (u *updater) begin() error {
	ctx := u.ctx
	tx, err := u.s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	u.tx = tx
	if u.existing == 0 {
		if err := dropIndexes(ctx, tx); err != nil {
			return err
		}
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO runs(started_at, finished_at, mode, docs_new, docs_changed, docs_removed, claims_rescored, events_recomputed, alignments_compared, discrepancies_new) VALUES (?, '', ?, 0, 0, 0, 0, 0, 0, 0)`, u.now, u.rep.Mode)
	if err != nil {
		return err
	}
	u.run, _ = r.LastInsertId()
	u.rep.Run = int(u.run)
	u.w = newWriter(ctx)
	u.stmts = make(map[string]*sql.Stmt)
	return nil
}

// prep returns query prepared on the transaction (closed with it).
func (u *updater) prep(query string) (*sql.Stmt, error) {
	if st, ok := u.stmts[query]; ok {
		return st, nil
	}
	st, err := u.tx.PrepareContext(u.ctx, query)
	if err != nil {
		return nil, err
	}
	u.stmts[query] = st
	return st, nil
}

// removeDocs takes removed documents' claims out of the statistics and
// marks their events for re-clustering.
func (u *updater) removeDocs() error {
	ctx, tx := u.ctx, u.tx
	u.dirty = make(map[string]bool)
	for _, id := range u.removed {
		rows, err := tx.QueryContext(ctx, `SELECT event, data FROM claims WHERE doc = ?`, id)
		if err != nil {
			return err
		}
		var gone []stored
		for rows.Next() {
			var ev string
			var data []byte
			if err := rows.Scan(&ev, &data); err != nil {
				rows.Close()
				return err
			}
			st, err := decodeStored(data)
			if err != nil {
				rows.Close()
				return fmt.Errorf("stored claims of %s: %w", id, err)
			}
			gone = append(gone, *st)
			if ev != "" && ev != "~" {
				u.dirty[ev] = true
			}
		}
		rows.Close()
		if _, err := countStats(ctx, tx, gone, -1); err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM claims WHERE doc = ?`, `DELETE FROM documents WHERE id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// storeNew writes the new documents, their provenance and their claims'
// statistics.
func (u *updater) storeNew() error {
	ctx, tx := u.ctx, u.tx
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM documents`).Scan(&seq); err != nil {
		return err
	}
	insDoc, err := u.prep(`INSERT INTO documents(id, seq, origin, fingerprint, url, path, source, title, published, retrieved, undated, title_start, title_end, meta, text, added_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	// The documents are written while the claims are clustered (one job,
	// which holds nothing the documents do not: the writer's queue is not
	// filled by them): nothing before the alignments reads them back
	// (cluster takes what it needs of the new ones from u.newDoc).
	u.newSeq = make(map[string]int, len(u.todo))
	u.newDoc = make(map[string]*corpus.Document, len(u.todo))
	first := seq + 1
	for _, p := range u.todo {
		seq++
		u.newSeq[p.in.Doc.ID] = int(seq)
		u.newDoc[p.in.Doc.ID] = p.in.Doc
	}
	todo := u.todo
	err = u.w.do(func() error {
		for k, p := range todo {
			d := p.in.Doc
			meta, _ := json.Marshal(d)
			if _, err := insDoc.ExecContext(ctx, d.ID, first+int64(k), p.origin, p.fp, d.URL, d.Path, d.SourceName, d.Title, d.Published, d.Retrieved, undatedFlag(d), d.TitleSpan.Start, d.TitleSpan.End, meta, d.Text, u.now, u.now); err != nil {
				return fmt.Errorf("store %s: %w", d.ID, err)
			}
			if p.in.Prov != nil {
				if err := recordFetch(ctx, tx, p.in.Prov, d.ID); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(u.provOnly) > 0 {
		err := u.w.do(func() error {
			for _, in := range u.provOnly {
				if err := recordFetch(ctx, tx, in.Prov, in.Doc.ID); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	sts := make([]stored, len(u.newClaims))
	for i := range u.newClaims {
		sts[i] = stored{Claim: u.newClaims[i], Features: u.newFeats[i]}
	}
	if len(sts) == 0 {
		return tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT value FROM info WHERE key = 'claims'), 0)`).Scan(&u.total)
	}
	counts := countOf(sts)
	u.newDF = counts.dfs
	if u.existing == 0 {
		// A first load's statistics are its own: they are written while
		// the claims are clustered, and entities are linked from them.
		u.firstCounts = counts
		u.total = counts.claims
		return u.w.do(func() error { return counts.write(ctx, tx, +1) })
	}
	if err := counts.write(ctx, tx, +1); err != nil {
		return err
	}
	return tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT value FROM info WHERE key = 'claims'), 0)`).Scan(&u.total)
}

// undatedFlag is the documents.undated of d: 1 when it has no date at
// all.
func undatedFlag(d *corpus.Document) int {
	if d.Published == "" && d.Retrieved == "" {
		return 1
	}
	return 0
}

// linkEntities links entities over the whole store.
func (u *updater) linkEntities() error {
	if u.firstCounts != nil {
		// Linked on a core of its own while orderPart sorts the claims.
		done := make(chan struct{})
		u.renameReady = done
		go func() {
			defer close(done)
			u.rename = mergeCounted(u.firstCounts)
		}()
		return nil
	}
	// An update reads the store's mentions and links them on a core of
	// its own while gatherCandidates reads what does not depend on the
	// links (the terms table, the dated events, the background's packs).
	refs, err := readRefs(u.ctx, u.tx)
	if err != nil {
		return err
	}
	done := make(chan struct{})
	u.renameReady = done
	go func() {
		defer close(done)
		_, u.rename = entity.Merge(refs)
	}()
	return nil
}

// awaitRename waits for entities to be linked.
func (u *updater) awaitRename() {
	if u.renameReady != nil {
		<-u.renameReady
		u.renameReady = nil
	}
}

// flushRaws decodes the claims rows read so far into the part.
func (u *updater) flushRaws() error {
	sts, err := decodeRows(u.raws)
	if err != nil {
		return err
	}
	for k, st := range sts {
		u.part = append(u.part, loaded{st.Claim, st.Features, u.raws[k].event, 0, true})
	}
	u.raws = u.raws[:0]
	return nil
}

// claimRow reads one claims row (id, event, data) into the part.
func (u *updater) claimRow(rows *sql.Rows) error {
	var id, ev string
	var data []byte
	if err := rows.Scan(&id, &ev, &data); err != nil {
		return err
	}
	if u.have[id] {
		return nil
	}
	u.have[id] = true
	u.partEvents[ev] = true
	u.raws = append(u.raws, rawRow{id, ev, data})
	if len(u.raws) >= decodeBatch {
		return u.flushRaws()
	}
	return nil
}

// addSlim adds a claim read from a pack to the part.
func (u *updater) addSlim(ev string, it slim) {
	if u.have[it.Claim.ID] || u.removedDoc[it.Claim.Doc] {
		return
	}
	u.have[it.Claim.ID] = true
	u.partEvents[ev] = true
	u.part = append(u.part, loaded{it.Claim, it.Features, ev, it.Seq, false})
}

// gatherPart reads the stored claims to re-cluster with the new ones:
// all of them in a full run; otherwise the candidate events', the
// background's, and (Exact) those of their documents.
func (u *updater) gatherPart() error {
	ctx, tx := u.ctx, u.tx
	u.have = make(map[string]bool)
	u.partEvents = make(map[string]bool)
	u.affected = make(map[string]bool)
	if u.full {
		if err := eachRow(ctx, tx, `SELECT id, event, data FROM claims`, nil, u.claimRow); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id FROM events`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id string
			rows.Scan(&id)
			u.affected[id] = true
		}
		rows.Close()
	} else if err := u.gatherCandidates(); err != nil {
		return err
	}
	if err := u.flushRaws(); err != nil {
		return err
	}
	u.stage("read background claims")
	// The new claims join the part.
	for i := range u.newClaims {
		c := &u.newClaims[i]
		if !u.have[c.ID] {
			u.have[c.ID] = true
			u.part = append(u.part, loaded{u.newClaims[i], u.newFeats[i], "!", int64(u.newSeq[c.Doc]), true})
		}
	}
	u.newClaims, u.newFeats = nil, nil
	u.rep.EventsRecomputed = len(u.affected)
	u.rep.ClaimsRescored = len(u.part)
	return nil
}

// gatherCandidates reads, for an incremental update, the events the new
// claims may join and the background.
func (u *updater) gatherCandidates() error {
	ctx, tx := u.ctx, u.tx
	for ev := range u.dirty {
		u.affected[ev] = true
	}
	// What does not depend on the entities' links is read while they
	// are made (linkEntities).
	raw, err := readRawDF(ctx, tx)
	if err != nil {
		return err
	}
	ix, err := readEventIndex(ctx, tx)
	if err != nil {
		return err
	}
	// Every stored group a term is in the tops of (eventindex.go).
	u.others = ix.count
	bgKeys, bgDatas, err := readBackgroundPacks(ctx, tx)
	if err != nil {
		return err
	}
	u.stage("read terms, dated events, background packs")
	u.awaitRename()
	u.stage("link entities (rest)")
	u.sdf = &storeDF{raw: raw, folded: foldDF(raw, u.rename)}
	cands, read, err := candidateEvents(ctx, tx, ix, u.newClaims, u.newFeats, u.total, u.rename, u.removedDoc, u.sdf, u.stage)
	if err != nil {
		return err
	}
	for _, ev := range cands {
		u.affected[ev] = true
	}
	u.stage("candidate events: read and check weak events")
	// Events candidateEvents read already are not read again.
	for _, ev := range sortedKeys(read) {
		for _, it := range read[ev] {
			u.addSlim(ev, it)
		}
	}
	// Every document with a claim in an affected event is read whole
	// (whether a group of claims is its document's main happening or
	// a passing mention decides how it may join an event), and every
	// event those documents' claims sit in is read whole too (a local
	// group never spans two events).
	docs := make(map[string]bool)
	evs := sortedKeys(u.affected)
	if u.opts.Exact {
		err := eachIn(ctx, tx, `SELECT DISTINCT doc FROM claims WHERE event IN (%s)`, evs, func(rows *sql.Rows) error {
			var d string
			err := rows.Scan(&d)
			docs[d] = true
			return err
		})
		if err != nil {
			return err
		}
	}
	if err := eachIn(ctx, tx, `SELECT id, event, data FROM claims WHERE doc IN (%s)`, sortedKeys(docs), u.claimRow); err != nil {
		return err
	}
	for ev := range u.partEvents {
		if ev != "" && ev != "~" {
			u.affected[ev] = true
		}
	}
	var toRead []string
	for _, ev := range sortedKeys(u.affected) {
		if _, ok := read[ev]; !ok {
			toRead = append(toRead, ev)
		}
	}
	if err := u.flushRaws(); err != nil {
		return err
	}
	newGroups := len(localGroups(u.newClaims))
	// Every stored event holds a local group at least, none held by
	// another (the part's are among them): whether the input is a small
	// one is judged by the whole store, as a full run judges it.
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM events`).Scan(&u.collectionGroups); err != nil {
		return err
	}
	u.collectionGroups += newGroups
	evs, packs, err := loadPacks(ctx, tx, toRead)
	if err != nil {
		return err
	}
	// The part is grown once to hold every claim read (it is appended to
	// a claim at a time, and a claim is large to copy again and again).
	n := len(u.part)
	for _, items := range packs {
		n += len(items)
	}
	for _, data := range bgDatas {
		n += packCount(data)
	}
	u.part = slices.Grow(u.part, n-len(u.part))
	for k, ev := range evs {
		for _, it := range packs[k] {
			u.addSlim(ev, it)
		}
	}
	u.stage("read their claims")
	u.bgOld, err = decodeBackground(bgKeys, bgDatas, func(it slim) { u.addSlim("", it) })
	return err
}

// orderPart puts the part's claims in a full run's order (by document in
// store order, then position) and links their entities over the store,
// keeping aside what linking rewrites.
func (u *updater) orderPart() error {
	part := u.part
	u.part = nil
	var unknown []loaded
	for _, l := range part {
		if l.seq == 0 {
			unknown = append(unknown, l)
		}
	}
	docSeq, err := docOrder(u.ctx, u.tx, unknown, func(l loaded) string { return l.c.Doc })
	if err != nil {
		return err
	}
	for _, l := range part {
		if l.seq != 0 {
			docSeq[l.c.Doc] = int(l.seq)
		}
	}
	u.docSeq = docSeq
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
	u.claims = make([]claim.Claim, len(part))
	u.feats = make([]align.Features, len(part))
	u.whole = make([]bool, len(part))
	u.oldEvent = make(map[string]string, len(part))
	for i, k := range order {
		l := &part[k]
		u.claims[i], u.feats[i], u.whole[i] = l.c, l.f, l.whole
		u.oldEvent[l.c.ID] = l.event
	}
	u.awaitRename()
	// Claims are stored as their documents give them, before entities are
	// linked across the store: what linking rewrites is kept aside for
	// the claims it changes (a few IDs a claim) rather than a copy of
	// every claim, which on a first load of 300,000 claims is the
	// difference between fitting the memory limit and collecting garbage
	// all along.
	u.orig = make(map[string]linkFields)
	for i := range u.claims {
		if c := &u.claims[i]; renames(c, u.rename) {
			u.orig[c.ID] = linkFields{slices.Clone(c.Entities), c.Speaker, slices.Clone(c.Quotes)}
		}
	}
	applyRename(u.claims, u.rename)
	return nil
}

// documentFrequencies sets the rarity the part is clustered with: the
// store's.
func (u *updater) documentFrequencies() error {
	switch {
	case u.existing == 0:
		u.df = foldDF(u.newDF, u.rename) // the terms table holds newDF
	case u.full:
		all, err := readStoreDF(u.ctx, u.tx, u.rename)
		if err != nil {
			return err
		}
		u.df = all.folded
	default:
		u.df = u.sdf.folded
	}
	return nil
}

// cluster clusters and aligns the part.
func (u *updater) cluster() error {
	ptrs := make([]*claim.Claim, len(u.claims))
	for i := range u.claims {
		ptrs[i] = &u.claims[i]
	}
	undated, titles, sources, err := u.docFacts()
	if err != nil {
		return err
	}
	var main map[string]string
	if !u.full && !u.opts.Exact {
		if main, err = mainGroups(u.ctx, u.tx, u.partialDocs()); err != nil {
			return err
		}
	}
	var sc *align.Scorer
	if u.full {
		sc = align.NewScorerWith(ptrs, u.feats) // as analysis.Analyze makes it
	} else {
		df := u.df
		sc = align.NewScorerGlobal(ptrs, u.feats, func(t string) int { return df[t] }, u.total)
	}
	u.res, err = align.RunScorer(u.ctx, sc, align.Options{
		Undated:          func(doc string) bool { return undated[doc] },
		Title:            func(doc string) string { return titles[doc] },
		Source:           func(doc string) string { return sources[doc] },
		OtherGroups:      u.others,
		CountedDoc:       func(doc string) bool { return !u.isNewDoc[doc] },
		CollectionGroups: u.collectionGroups,
		MainGroup: func(doc string) (string, bool) {
			id, ok := main[doc]
			return id, ok
		}})
	return err
}

// docFacts returns what clustering asks of documents, as
// analysis.Analyze passes it: which have no date at all (read in a full
// run only), the titles that are not claims (JSON records) of those, and
// the outlets, which bound how many of one outlet's documents an event
// holds. The new documents' are taken as they are written (they may not
// be yet); on a first load there are no others.
func (u *updater) docFacts() (undated map[string]bool, titles, sources map[string]string, err error) {
	ctx, tx := u.ctx, u.tx
	undated = make(map[string]bool)
	titles = make(map[string]string)
	sources = make(map[string]string)
	if u.existing > 0 {
		if err := u.w.wait(); err != nil {
			return nil, nil, nil, err
		}
		if u.full {
			err := eachRow(ctx, tx, `SELECT id FROM documents WHERE undated = 1`, nil, func(rows *sql.Rows) error {
				var id string
				err := rows.Scan(&id)
				undated[id] = true
				return err
			})
			if err != nil {
				return nil, nil, nil, err
			}
		}
		err := eachRow(ctx, tx, `SELECT id, source FROM documents WHERE source != ''`, nil, func(rows *sql.Rows) error {
			var id, src string
			err := rows.Scan(&id, &src)
			sources[id] = src
			return err
		})
		if err != nil {
			return nil, nil, nil, err
		}
	}
	for id, d := range u.newDoc {
		if u.full && undatedFlag(d) == 1 {
			undated[id] = true
		}
		if d.SourceName != "" {
			sources[id] = d.SourceName
		}
	}
	if len(undated) == 0 {
		return undated, titles, sources, nil
	}
	if u.existing > 0 {
		err := eachRow(ctx, tx, `SELECT id, title FROM documents WHERE title_start = 0 AND title_end = 0 AND title != ''`, nil, func(rows *sql.Rows) error {
			var id, title string
			err := rows.Scan(&id, &title)
			titles[id] = title
			return err
		})
		if err != nil {
			return nil, nil, nil, err
		}
	}
	for id, d := range u.newDoc {
		if d.TitleSpan.Start == 0 && d.TitleSpan.End == 0 && d.Title != "" {
			titles[id] = d.Title
		}
	}
	return undated, titles, sources, nil
}

// pickAlignments sorts the alignments into those kept with their stored
// differences and those compared again, reads what comparing needs, and
// starts the comparing on the other cores.
func (u *updater) pickAlignments() error {
	ctx, tx := u.ctx, u.tx
	if err := u.w.wait(); err != nil {
		return err
	}
	u.oldAls = make(map[string]string)
	for _, ev := range append(sortedKeys(u.affected), "") {
		rows, err := tx.QueryContext(ctx, `SELECT id, event FROM alignments WHERE event = ?`, ev)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, e string
			rows.Scan(&id, &e)
			u.oldAls[id] = e
		}
		rows.Close()
	}
	u.keep = make(map[string]string)
	for _, al := range u.res.Alignments {
		if _, ok := u.oldAls[al.ID]; ok && !touches(al.Claims, u.isNewDoc) {
			u.keep[al.ID] = al.Event
			continue
		}
		u.compare = append(u.compare, analysis.Alignment{Alignment: al})
	}
	published, err := publishedOf(ctx, tx, u.compare, u.newDocs)
	if err != nil {
		return err
	}
	// Claims read from packs are read whole for the alignments compared.
	u.wholes, err = wholeClaims(ctx, tx, u.claims, u.whole, u.compare, u.rename)
	if err != nil {
		return err
	}
	u.stage("alignments to compare")
	// The claims are only read from here on: their tokens are given back
	// first, and the differences computed beside the writing of events
	// and claims (SQLite writes on one core).
	analysis.Retokenize(u.wholes, u.compare)
	u.ready = make(chan int, 1024)
	go analysis.FillDifferencesStream(u.compare, u.wholes, published, u.opts.Workers, u.ready)
	u.rep.AlignmentsCompared = len(u.compare)
	return nil
}

// drainReady waits for the comparing to end (its workers read the
// claims): nothing returns from Update before.
func (u *updater) drainReady() {
	if u.ready != nil {
		for range u.ready {
		}
	}
}

// writeEvents writes the events that changed, drops those gone, and
// writes the feature packs of the events written new.
func (u *updater) writeEvents() error {
	ctx, tx := u.ctx, u.tx
	// Events: those that came out as they were (same ID, same record)
	// are not written again.
	stillThere := make(map[string]bool, len(u.res.Events))
	for i := range u.res.Events {
		stillThere[u.res.Events[i].ID] = true
	}
	oldData := make(map[string][]byte)
	err := eachIn(ctx, tx, `SELECT id, data FROM events WHERE id IN (%s)`, sortedKeys(u.affected), func(rows *sql.Rows) error {
		var id string
		var data []byte
		err := rows.Scan(&id, &data)
		oldData[id] = data
		return err
	})
	if err != nil {
		return err
	}
	var gone [][]any
	for _, ev := range sortedKeys(u.affected) {
		if !stillThere[ev] {
			gone = append(gone, []any{ev})
		}
	}
	for _, q := range []string{`DELETE FROM events WHERE id = ?`, `DELETE FROM event_index WHERE event = ?`, `DELETE FROM packs WHERE event = ?`} {
		st, err := u.prep(q)
		if err != nil {
			return err
		}
		if err := u.w.execAll(st, gone); err != nil {
			return err
		}
	}
	u.newEvent = make(map[string]string, len(u.claims))
	u.idx = make(map[string]int, len(u.claims))
	for i := range u.claims {
		u.idx[u.claims[i].ID] = i
	}
	insEvent, err := u.prep(`INSERT OR REPLACE INTO events(id, lo, hi, claims, data) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	changedEvents := 0
	var rows [][]any
	for i := range u.res.Events {
		ev := &u.res.Events[i]
		for _, id := range ev.Claims {
			u.newEvent[id] = ev.ID
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
		rows = append(rows, []any{ev.ID, loV, hiV, len(ev.Claims), data})
		if had {
			continue // same members: its index terms stand
		}
		u.jobs = append(u.jobs, jobOf(ev.Claims, u.idx, u.claims))
		u.jobEvent = append(u.jobEvent, ev.ID)
	}
	if err := u.w.execAll(insEvent, rows); err != nil {
		return err
	}
	u.rep.EventsChanged = changedEvents
	// Feature packs of the events written new, encoded a batch at a time
	// while the writer writes the batch before.
	insPack, err := u.prep(`INSERT OR REPLACE INTO packs(event, data) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	const packBatch = 512
	for lo := 0; lo < len(u.jobs); lo += packBatch {
		hi := min(lo+packBatch, len(u.jobs))
		packs := make([][]any, hi-lo)
		parallelFor(hi-lo, func(k int) { packs[k] = []any{u.jobEvent[lo+k], u.packOf(u.jobs[lo+k].all)} })
		if err := u.w.execAll(insPack, packs); err != nil {
			return err
		}
	}
	return nil
}

// packOf encodes the feature pack of claims (indexes into u.claims), with
// the entities as their articles give them.
func (u *updater) packOf(members []int) []byte {
	return encodePack(u.slimsOf(members))
}

// slimsOf returns the slim records of claims (indexes into u.claims), with
// the entities as their articles give them.
func (u *updater) slimsOf(members []int) []slim {
	items := make([]slim, len(members))
	for k, i := range members {
		c := &u.claims[i]
		items[k] = slimOf(c, u.feats[i], int64(u.docSeq[c.Doc]))
		if o, ok := u.orig[c.ID]; ok {
			for j := range items[k].Claim.Entities {
				items[k].Claim.Entities[j].ID, items[k].Claim.Entities[j].Kind = o.entities[j].ID, o.entities[j].Kind
			}
			items[k].Claim.Speaker = o.speaker
		}
	}
	return items
}

// writeEventTerms indexes the events written new by their terms, one
// event_index row an event (eventindex.go), written in event order.
func (u *updater) writeEventTerms() error {
	if len(u.jobs) == 0 {
		return nil
	}
	ins, err := u.prep(`INSERT OR REPLACE INTO event_index(event, data) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	order := make([]int, len(u.jobs))
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(u.jobEvent[a], u.jobEvent[b]) })
	terms := newTermWeigher(u.claims, u.feats, u.df, u.total, u.jobs).eventTermsAll(u.jobs)
	const batch = 4096
	for lo := 0; lo < len(order); lo += batch {
		ks := order[lo:min(lo+batch, len(order))]
		events := make([]string, len(ks))
		blobs := make([][]byte, len(ks))
		parallelFor(len(ks), func(i int) {
			events[i], blobs[i] = u.jobEvent[ks[i]], encodeEventTerms(terms[ks[i]])
		})
		ctx := u.ctx
		if err := u.w.do(func() error { return writeEventIndex(ctx, ins, events, blobs) }); err != nil {
			return err
		}
	}
	return nil
}

// eventOf is the event a claim of the part is in after clustering: ""
// for the background, "~" for a title in no event.
func (u *updater) eventOf(c *claim.Claim) string {
	if ev, ok := u.newEvent[c.ID]; ok {
		return ev
	}
	if c.Kind == claim.KindTitle {
		return "~"
	}
	return ""
}

// writeClaims inserts the new claims, moves old ones to their new event,
// and writes the packs of the background and of titles in no event.
func (u *updater) writeClaims() error {
	claims := u.claims
	ord := make(map[string]int)
	insClaim, err := u.prep(`INSERT OR REPLACE INTO claims(id, doc, ord, event, data) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	moveClaim, err := u.prep(`UPDATE claims SET event = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	// Claims moved to another event are updated; new ones are encoded on
	// all cores, a batch at a time while the writer writes the batch
	// before, and inserted in ID order (cheaper for the index than the
	// documents' order).
	var newOnes []int // new claims
	var moves [][]any
	ordOf := make([]int, len(claims))
	for i := range claims {
		c := &claims[i]
		ev := u.eventOf(c)
		switch old := u.oldEvent[c.ID]; {
		case old == "!":
			ordOf[i] = ord[c.Doc]
			ord[c.Doc]++
			newOnes = append(newOnes, i)
		case old != ev:
			moves = append(moves, []any{ev, c.ID})
		}
	}
	if err := u.w.execAll(moveClaim, moves); err != nil {
		return err
	}
	slices.SortFunc(newOnes, func(a, b int) int { return cmp.Compare(claims[a].ID, claims[b].ID) })
	const encodeBatch = 8192
	for lo := 0; lo < len(newOnes); lo += encodeBatch {
		batch := newOnes[lo:min(lo+encodeBatch, len(newOnes))]
		rows := make([][]any, len(batch))
		parallelFor(len(batch), func(k int) {
			i := batch[k]
			c := &claims[i]
			st := stored{Claim: *c, Features: u.feats[i]}
			if o, ok := u.orig[c.ID]; ok {
				st.Claim.Entities, st.Claim.Speaker, st.Claim.Quotes = o.entities, o.speaker, o.quotes
			}
			rows[k] = []any{c.ID, c.Doc, ordOf[i], u.eventOf(c), encodeStored(&st)}
		})
		if err := u.w.execAll(insClaim, rows); err != nil {
			return err
		}
	}
	if err := u.earlyIndexes(); err != nil {
		return err
	}
	return u.writeLoosePacks()
}

// earlyIndexes queues, on a first load, the indexes of the tables whose
// rows are all written by the time writeClaims returns (documents,
// claims), so that they are built while the differences are still
// computed rather than on one core at the end.
func (u *updater) earlyIndexes() error {
	if u.existing != 0 {
		return nil
	}
	ctx, tx := u.ctx, u.tx
	return u.w.do(func() error { return createIndexes(ctx, tx, "documents", "claims") })
}

// writeLoosePacks writes the background's packs and the pack of titles in
// no event.
func (u *updater) writeLoosePacks() error {
	ctx, tx := u.ctx, u.tx
	var bg, titles []int
	for i := range u.claims {
		if _, ok := u.newEvent[u.claims[i].ID]; ok {
			continue
		}
		if u.claims[i].Kind == claim.KindTitle {
			titles = append(titles, i)
		} else {
			bg = append(bg, i)
		}
	}
	// The packs whose claims are all as read (most: new articles fill
	// the last ones) are not encoded again to be compared.
	var keep map[string]bool
	if u.bgOld != nil {
		keys := make([]string, len(bg))
		fromOld := make([]bool, len(bg))
		for k, i := range bg {
			keys[k], fromOld[k] = bgKey(int64(u.docSeq[u.claims[i].Doc])), u.oldEvent[u.claims[i].ID] == ""
		}
		keep = unchangedChunks(keys, fromOld, u.bgOld)
		bg = slices.DeleteFunc(bg, func(i int) bool { return keep[bgKey(int64(u.docSeq[u.claims[i].Doc]))] })
	}
	items, old := u.slimsOf(bg), u.bgOld
	err := u.w.do(func() error { return writeBackground(ctx, tx, items, old, keep) })
	if err != nil {
		return err
	}
	// Titles in no event are not re-clustered by an incremental
	// update: the stored ones stay, beside those of this run.
	var kept []slim
	if !u.full {
		if err := u.w.wait(); err != nil {
			return err
		}
		err := readPacks(ctx, tx, []string{"~"}, func(_ string, it slim) {
			if !u.removedDoc[it.Claim.Doc] && !u.have[it.Claim.ID] {
				kept = append(kept, it)
			}
		})
		if err != nil {
			return err
		}
	}
	if len(titles) > 0 || len(kept) > 0 || u.full {
		data := u.packOf(titles)
		if len(kept) > 0 {
			more := encodePack(kept)
			data = mergePacks(data, more)
		}
		insPack, err := u.prep(`INSERT OR REPLACE INTO packs(event, data) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		return u.w.execAll(insPack, [][]any{{"~", data}})
	}
	return nil
}

// writeAlignments drops the replaced alignments and their discrepancies,
// moves kept ones to their new event, and writes the compared ones as
// their differences are computed; new discrepancies go to the report.
func (u *updater) writeAlignments() error {
	ctx, tx := u.ctx, u.tx
	oldKeys := make(map[string]bool)
	if len(u.oldAls) > 0 {
		if err := u.w.wait(); err != nil {
			return err
		}
		if err := u.replaceAlignments(oldKeys); err != nil {
			return err
		}
	}
	evByID := make(map[string]*align.Event, len(u.res.Events))
	for i := range u.res.Events {
		evByID[u.res.Events[i].ID] = &u.res.Events[i]
	}
	byID := make(map[string]*claim.Claim, len(u.wholes))
	for i := range u.wholes {
		byID[u.wholes[i].ID] = &u.wholes[i]
	}
	var fresh []Discrepancy
	insAl, err := u.prep(`INSERT OR REPLACE INTO alignments(id, event, data) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	insDisc, err := u.prep(`INSERT OR IGNORE INTO discrepancies(key, alignment, event, type, severity, first_run, data) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	// The rows of an alignment: itself, then its discrepancies.
	rowsOf := func(i int) (als, discs [][]any) {
		al := &u.compare[i]
		data, _ := json.Marshal(al)
		als = append(als, []any{al.ID, al.Event, data})
		for _, d := range al.Discrepancies {
			key := discrepancyKey(al.ID, d)
			dd, _ := json.Marshal(d)
			first := u.run
			if oldKeys[key] {
				first = 0
			}
			discs = append(discs, []any{key, al.ID, al.Event, d.Type, d.Severity, first, dd})
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
		// Encoded: its differences are not needed any more.
		al.Diffs = nil
		return als, discs
	}
	written := 0
	for upto := range u.ready {
		var als, discs [][]any
		for ; written < upto; written++ {
			a, d := rowsOf(written)
			als, discs = append(als, a...), append(discs, d...)
		}
		err := u.w.do(func() error {
			for k, rows := range [][][]any{als, discs} {
				st := insAl
				if k == 1 {
					st = insDisc
				}
				for _, args := range rows {
					if _, err := st.ExecContext(ctx, args...); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if written != len(u.compare) {
		return fmt.Errorf("differences of %d alignments of %d computed", written, len(u.compare))
	}
	u.stage("differences and alignments")
	// The outlets of the claims reported are read from their documents,
	// written by now.
	if err := u.w.wait(); err != nil {
		return err
	}
	if err := nameSources(ctx, tx, fresh); err != nil {
		return err
	}
	slices.SortFunc(fresh, func(a, b Discrepancy) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Event, b.Event), cmp.Compare(a.Alignment, b.Alignment), cmp.Compare(a.Key, b.Key))
	})
	u.rep.New = fresh
	return nil
}

// replaceAlignments drops the replaced alignments and their
// discrepancies (whose keys it adds to oldKeys, to tell new ones) and
// moves kept ones to their new event.
func (u *updater) replaceAlignments(oldKeys map[string]bool) error {
	ctx, tx := u.ctx, u.tx
	for id := range u.oldAls {
		if _, ok := u.keep[id]; ok {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM alignments WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for id, ev := range u.keep {
		if u.oldAls[id] == ev {
			continue
		}
		if err := u.moveAlignment(id, u.oldAls[id], ev); err != nil {
			return err
		}
	}
	for id := range u.oldAls {
		if _, ok := u.keep[id]; ok {
			continue
		}
		rows, err := tx.QueryContext(ctx, `SELECT key FROM discrepancies WHERE alignment = ?`, id)
		if err != nil {
			return err
		}
		for rows.Next() {
			var k string
			rows.Scan(&k)
			oldKeys[k] = true
		}
		rows.Close()
		if _, err := tx.ExecContext(ctx, `DELETE FROM discrepancies WHERE alignment = ?`, id); err != nil {
			return err
		}
	}
	return nil
}

// moveAlignment records that a kept alignment is now in event ev (it was
// in old).
func (u *updater) moveAlignment(id, old, ev string) error {
	ctx, tx := u.ctx, u.tx
	var data []byte
	if err := tx.QueryRowContext(ctx, `SELECT data FROM alignments WHERE id = ?`, id).Scan(&data); err != nil {
		return err
	}
	data, err := retagAlignment(data, id, old, ev)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE alignments SET event = ?, data = ? WHERE id = ?`, ev, data, id); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE discrepancies SET event = ? WHERE alignment = ?`, ev, id)
	return err
}

// retagAlignment returns the stored JSON of alignment id, in event old,
// with its event set to ev, as decoding it and encoding it again gives.
// encoding/json writes an alignment's ID and then its event first, so
// when data begins so only those bytes are rewritten (decoding and
// encoding a whole alignment, its discrepancies and word diffs, was most
// of moving one); otherwise it is decoded and encoded again.
func retagAlignment(data []byte, id, old, ev string) ([]byte, error) {
	if from := alignmentHead(id, old); bytes.HasPrefix(data, from) {
		return append(alignmentHead(id, ev), data[len(from):]...), nil
	}
	var al analysis.Alignment
	if err := json.Unmarshal(data, &al); err != nil {
		return nil, err
	}
	al.Event = ev
	return json.Marshal(&al)
}

// alignmentHead is how encoding/json begins an alignment with this ID
// and event.
func alignmentHead(id, ev string) []byte {
	idJ, _ := json.Marshal(id)
	evJ, _ := json.Marshal(ev)
	return append(append(append(append([]byte(`{"id":`), idJ...), `,"event":`...), evJ...), ',')
}

// finish records the run, builds a first load's indexes and commits.
func (u *updater) finish(start time.Time) error {
	ctx, tx, rep := u.ctx, u.tx, u.rep
	if err := u.w.close(); err != nil {
		return err
	}
	u.stage("queued writes")
	rep.Elapsed = time.Since(start)
	if _, err := tx.ExecContext(ctx, `UPDATE runs SET finished_at = ?, docs_new = ?, docs_changed = ?, docs_removed = ?, claims_rescored = ?, events_recomputed = ?, alignments_compared = ?, discrepancies_new = ? WHERE id = ?`,
		time.Now().UTC().Format(time.RFC3339), rep.DocsNew, rep.DocsChanged, rep.DocsRemoved, rep.ClaimsRescored, rep.EventsRecomputed, rep.AlignmentsCompared, len(rep.New), u.run); err != nil {
		return err
	}
	if u.existing == 0 {
		if err := createIndexes(ctx, tx); err != nil {
			return err
		}
		u.stage("index")
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	u.stage("commit")
	return nil
}
