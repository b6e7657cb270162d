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
//     event_index (which indexes every stored event by the top twenty
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
// The part is clustered as a full run clusters the whole: a term in more
// than 400 groups' tops over the whole store finds no candidates
// (eventindex.go: align.Options.OtherGroups), a document read only in
// part keeps its stored main group, so that its passing mention may still
// join by one claim pair (maingroup.go: align.Options.MainGroup), and a
// part of a store of more than 64 events is never clustered as a small
// input (align.Options.CollectionGroups).
//
// Why the background is aligned whole, and not only the background claims
// that share a term with the new ones: background alignment
// (align.RunScorer: alignWithin over every claim in no event, then the
// history pass) is not local to the new claims. Its candidate pairs come
// from each claim's six heaviest terms, and a term in more than 64 of the
// background's tops makes none, so which pairs are scored at all depends
// on every background claim's tops under the current rarity; that rarity
// (the store's claim count and document frequencies) moves with every
// add, and so do the entity links of old claims (entity.Merge over the
// whole store), so pairs of two old claims rescore, and groups are joined
// greedily best pair first under a mean-score bound. After add0, add1 and
// add2 of /tmp/sb (100 articles each) a whole background run drops or
// regroups five alignments made only of old claims, with no new claim in
// them or in what replaced them. One is a pair scoring 0.808 before and
// after add2 whose two shared candidate terms were a place in the tops of
// 63 background claims and a word in 6: add2 put the place in 66 tops,
// over 64, so the pair is no candidate any more. A background cut to the
// claims that share a term with the new ones would count such postings
// over the cut, not the whole, and keep the rest stale; keeping the
// whole's counts means weighing every background claim anew (the cost
// itself), since the tops follow the store's rarity. Background claims
// do not reach the events of a store (docClaims is read for small inputs
// only), but they number terms in the part, and terms of equal weight are
// ranked by that numbering. Aligning the background (30,464 and 30,503 claims) costs
// 0.44 and 0.55 s CPU of RunScorer on add1 and add2.
//
// What this does not see: an event far from any new document's dates or
// words is kept as it was, though a full run's rarity weights (which every
// new article shifts a little: the number of claims and the document
// frequencies of the new articles' terms) might have clustered it
// differently at the margin — on SaudiNewsNet 300 articles of one day
// change the top twenty terms of 827 of 32,627 stored groups, and a full
// run then splits or merges 15 events of 19–31 July that no new group
// reaches (dates a day apart at most); an event whose centroid is close to a
// new group's only through one of its documents (the cosine over the
// event's indexed terms under candidateCosine) is not re-clustered; and
// terms of equal weight are ranked by their numbering, which in a part
// follows the part's claims and in a full run the whole store's. Rarity
// counted as the first load counted it (a build that froze it for updates
// and full runs alike) left 9 old events differing after three adds of
// 100 (33 with rarity counted anew), all within a week of the new
// articles' day; rarity
// quantised to buckets of document frequency does not help (align.Rarity).
// Store.Verify runs the full pipeline over the stored documents and
// says how many old events and alignments differ. When the store holds an
// article with no date at all (which may join an event of any date), or
// Options.Full is set, every event is re-clustered.

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
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
// the comment at the top of this file; stages.go has the stages).
func (s *Store) Update(ctx context.Context, inputs []Input, opts Options) (rep *Report, rerr error) {
	start := time.Now()
	u := &updater{s: s, ctx: ctx, opts: opts, rep: &Report{Mode: "incremental"}, now: start.UTC().Format(time.RFC3339), last: start}
	if err := u.classify(inputs); err != nil {
		return nil, err
	}
	if u.nothingToDo() {
		return u.rep, u.recordProvenance()
	}
	u.stage("classify")
	if err := u.claimsOfNew(); err != nil {
		return nil, err
	}
	u.stage("claims of new articles")
	// A first load writes the database once, not first into the WAL
	// and again into the database: an empty store has nothing a reader
	// could see, and a rollback journal of an empty database is empty.
	if u.existing == 0 {
		restore, err := s.bulkJournal(ctx)
		if err != nil {
			return nil, err
		}
		defer func() {
			if err := restore(); err != nil && rerr == nil {
				rep, rerr = nil, fmt.Errorf("sync the article store: %w", err)
			}
		}()
	}
	defer func() {
		if u.tx != nil {
			u.tx.Rollback()
		}
	}()
	if err := u.begin(); err != nil {
		return nil, err
	}
	// The writer ends before the transaction does.
	defer u.w.close()
	// Nothing returns before the differences' workers are done (they
	// read the claims).
	defer u.drainReady()
	steps := []struct {
		run  func() error
		name string // "" when the step traces its own stages
	}{
		{u.removeDocs, ""},
		{u.storeNew, "store new articles"},
		{u.linkEntities, "link entities"},
		{u.gatherPart, ""},
		{u.orderPart, ""},
		{u.documentFrequencies, "document frequencies"},
		{u.cluster, "cluster and align"},
		{u.pickAlignments, ""},
		{u.writeEvents, "write events"},
		{u.writeEventTerms, "write event terms"},
		{u.writeClaims, "write claims"},
		{u.writeAlignments, "write alignments"},
	}
	for _, st := range steps {
		if err := st.run(); err != nil {
			return nil, err
		}
		if st.name != "" {
			u.stage(st.name)
		}
	}
	if err := u.finish(start); err != nil {
		return nil, err
	}
	u.rep.Elapsed = time.Since(start)
	return u.rep, nil
}

// secondaryIndexes are the indexes a first load builds once its rows
// are written (sorting them once is cheaper than inserting into them row
// by row); they must be those the migrations create.
var secondaryIndexes = []string{
	`CREATE INDEX documents_origin ON documents(origin)`,
	`CREATE INDEX documents_url ON documents(url)`,
	`CREATE INDEX claims_doc ON claims(doc)`,
	`CREATE INDEX claims_event ON claims(event)`,
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

// createIndexes creates the secondary indexes dropIndexes dropped, those
// of the given tables only when tables are given; indexes already there
// are left alone.
func createIndexes(ctx context.Context, tx *sql.Tx, tables ...string) error {
	for _, ddl := range secondaryIndexes {
		if len(tables) > 0 && !slices.Contains(tables, indexTable(ddl)) {
			continue
		}
		ddl = strings.Replace(ddl, "CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)
		if _, err := tx.ExecContext(ctx, ddl); err != nil {
			return err
		}
	}
	return nil
}

// indexTable is the table an index of secondaryIndexes is on.
func indexTable(ddl string) string {
	_, on, _ := strings.Cut(ddl, " ON ")
	table, _, _ := strings.Cut(on, "(")
	return table
}

// bulkJournal prepares the database for a first load, one large write
// into an empty database: the rollback journal is kept in memory (an
// empty database has no page worth saving to disk, and spilling the cache
// of a 1.2 GB load then does not sync a journal file at every spill) and
// nothing is synced until the load ends. The returned function, called
// after the commit, syncs the database file (the durable checkpoint) and
// switches back to the write-ahead log and normal syncing. When another
// connection holds the database nothing is changed. A crash in the middle
// of a first load can leave a database file that is not whole; the marker
// file (loadingMarker), written before and removed only after the sync,
// tells the next Open to start that store again from empty — it held
// nothing before.
func (s *Store) bulkJournal(ctx context.Context) (func() error, error) {
	marker := loadingMarker(s.path)
	if err := writeSynced(marker); err != nil {
		return nil, fmt.Errorf("mark the first load: %w", err)
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode=MEMORY`).Scan(&mode); err != nil || mode != "memory" {
		return func() error { return os.Remove(marker) }, nil
	}
	// Nor is it read through the file's mapping (Open's mmap_size): it
	// reads back little of what it writes, and every page it touched
	// would count in its resident memory (4.1 GB for SaudiNewsNet
	// instead of 3.7).
	for _, q := range []string{`PRAGMA synchronous=OFF`, `PRAGMA mmap_size=0`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return nil, err
		}
	}
	return func() error {
		bg := context.Background()
		if f, err := os.OpenFile(s.path, os.O_RDWR, 0); err == nil {
			err = f.Sync()
			f.Close()
			if err != nil {
				return err
			}
		}
		for _, q := range []string{`PRAGMA synchronous=NORMAL`, `PRAGMA mmap_size=` + mmapSize} {
			if _, err := s.db.ExecContext(bg, q); err != nil {
				return err
			}
		}
		if _, err := s.db.ExecContext(bg, `PRAGMA journal_mode=WAL`); err != nil {
			return err
		}
		return os.Remove(marker)
	}, nil
}

// loadingMarker is the file that exists while a first load into the
// database at path has not been synced.
func loadingMarker(path string) string { return path + ".loading" }

// writeSynced creates the empty file name and syncs it and its folder, so
// that it is on disk before anything it guards.
func writeSynced(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(name))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// dropInterruptedLoad removes the database at path when a first load into
// it was interrupted before its sync (its marker remains): such a file may
// not be whole, and it held no articles before the load began. It reports
// whether it removed one.
func dropInterruptedLoad(path string) (bool, error) {
	marker := loadingMarker(path)
	if _, err := os.Stat(marker); err != nil {
		return false, nil
	}
	for _, f := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
			return false, err
		}
	}
	return true, os.Remove(marker)
}

// parallelFor calls f(0) … f(n-1) on all cores, one core for every 256
// calls (so that a few calls do not pay for goroutines).
func parallelFor(n int, f func(i int)) {
	parallelOn(min(runtime.GOMAXPROCS(0), max(1, n/256)), n, f)
}

// parallelEach calls f(0) … f(n-1) on all cores, however small n.
func parallelEach(n int, f func(i int)) {
	parallelOn(min(runtime.GOMAXPROCS(0), n), n, f)
}

// parallelOn calls f(0) … f(n-1) on the given number of goroutines, each
// taking every workers-th call.
func parallelOn(workers, n int, f func(i int)) {
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
	c := countOf(sts)
	return c.dfs, c.write(ctx, tx, sign)
}

// refKey is a distinct entity mention (a row of entity_refs).
type refKey struct{ id, kind, name, role, rk string }

// statCounts are claims' contributions to the store's statistics.
type statCounts struct {
	claims int
	dfs    map[string]int // in how many of the claims each term occurs
	order  []refKey       // distinct entity mentions, first seen first
	refs   map[refKey]int // how often each occurs
}

// countOf counts claims' terms and entity mentions, on all cores: each
// core counts a run of consecutive claims, and the runs' counts are added
// up in order (so that mentions stay first seen first).
func countOf(sts []stored) *statCounts {
	shares := min(runtime.GOMAXPROCS(0), max(1, len(sts)/4096))
	parts := make([]*statCounts, shares)
	parallelEach(shares, func(k int) {
		parts[k] = countRun(sts[k*len(sts)/shares : (k+1)*len(sts)/shares])
	})
	c := parts[0]
	for _, p := range parts[1:] {
		for t, n := range p.dfs {
			c.dfs[t] += n
		}
		for _, key := range p.order {
			if c.refs[key] == 0 {
				c.order = append(c.order, key)
			}
			c.refs[key] += p.refs[key]
		}
		c.claims += p.claims
	}
	return c
}

// countRun counts claims' terms and entity mentions on one core.
func countRun(sts []stored) *statCounts {
	// Sized for the terms a run of claims holds (SaudiNewsNet: 112,000
	// in 284,000 claims), so that the map is not grown and rehashed again
	// and again.
	c := &statCounts{claims: len(sts), dfs: make(map[string]int, len(sts)/2), refs: make(map[refKey]int, len(sts)/4)}
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
				c.dfs[t]++
			}
		}
		for _, e := range st.Claim.Entities {
			if e.ID == "" {
				continue
			}
			key := refKey{e.ID, e.Kind, e.Name, e.Role, e.RoleKey}
			if c.refs[key] == 0 {
				c.order = append(c.order, key)
			}
			c.refs[key]++
		}
	}
	return c
}

// write adds (sign +1) or removes (-1) the counts to or from the terms,
// entity_refs and info tables.
func (c *statCounts) write(ctx context.Context, tx *sql.Tx, sign int) error {
	up, err := tx.PrepareContext(ctx, `INSERT INTO terms(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df`)
	if err != nil {
		return err
	}
	defer up.Close()
	for _, t := range sortedKeys(c.dfs) {
		if _, err := up.ExecContext(ctx, t, sign*c.dfs[t]); err != nil {
			return err
		}
	}
	rup, err := tx.PrepareContext(ctx, `INSERT INTO entity_refs(id, kind, name, role, role_key, n) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(id, kind, name, role, role_key) DO UPDATE SET n = n + excluded.n`)
	if err != nil {
		return err
	}
	defer rup.Close()
	for _, k := range c.order {
		if _, err := rup.ExecContext(ctx, k.id, k.kind, k.name, k.role, k.rk, sign*c.refs[k]); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO info(key, value) VALUES ('claims', ?) ON CONFLICT(key) DO UPDATE SET value = value + excluded.value`, sign*c.claims)
	return err
}

// mergeEntities links the store's entity mentions (entity.Merge over every
// distinct mention, first seen first).
func mergeEntities(ctx context.Context, tx *sql.Tx) ([]entity.Entity, map[string]string, error) {
	refs, err := readRefs(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	ents, rename := entity.Merge(refs)
	return ents, rename, nil
}

// readRefs reads the distinct entity mentions of the store that some
// claim still holds, in the order they were first seen, each once:
// entity.Merge reads which mentions there are, not how often each occurs
// (expanding them by their counts made 308,000 refs of 56,000 on
// SaudiNewsNet, 137 MB allocated and 0.3 s of every update).
func readRefs(ctx context.Context, tx *sql.Tx) ([]entity.Ref, error) {
	var refs []entity.Ref
	err := eachRow(ctx, tx, `SELECT id, kind, name, role, role_key FROM entity_refs WHERE n > 0 ORDER BY seq`, nil, func(rows *sql.Rows) error {
		var r entity.Ref
		err := rows.Scan(&r.ID, &r.Kind, &r.Name, &r.Role, &r.RoleKey)
		refs = append(refs, r)
		return err
	})
	return refs, err
}

// mergeCounted links the entity mentions of counts alone, as
// mergeEntities links those of a store that holds nothing else.
func mergeCounted(c *statCounts) map[string]string {
	refs := make([]entity.Ref, 0, len(c.order))
	for _, k := range c.order {
		if c.refs[k] > 0 {
			refs = append(refs, entity.Ref{ID: k.id, Kind: k.kind, Name: k.name, Role: k.role, RoleKey: k.rk})
		}
	}
	_, rename := entity.Merge(refs)
	return rename
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
	raw, err := readRawDF(ctx, tx)
	if err != nil {
		return nil, err
	}
	return &storeDF{raw: raw, folded: foldDF(raw, rename)}, nil
}

// readRawDF reads the terms table as counted.
func readRawDF(ctx context.Context, tx *sql.Tx) (map[string]int, error) {
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
	return raw, nil
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
// terms in over 1% of claims left out) are looked up in event_index; a
// term in the top twenty of over 400 groups is passed over, as align
// passes it over; an event within a day of the group's dates that holds
// one of the terms is a candidate.
func candidateEvents(ctx context.Context, tx *sql.Tx, ix *eventIndex, claims []claim.Claim, feats []align.Features, total int, rename map[string]string, removedDoc map[string]bool, sdf *storeDF, mark func(string)) ([]string, map[string][]slim, error) {
	terms := termsOf(claims, feats, rename)
	var all []string
	for i := range claims {
		all = append(all, terms(i)...)
	}
	df := sdf.raw
	out := make(map[string]bool)
	long := make(map[string]bool)
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
			list, isLong := ix.read(t, maxPosting)
			if isLong {
				long[t] = true
				continue
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
	mark("candidate events: term index")
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
	ps := streamPacks(ctx, tx, weak)
	defer ps.wait()
	// The new claims as linking makes them (without touching the caller's).
	linked := make([]claim.Claim, len(claims))
	for i := range claims {
		c := claims[i]
		c.Entities, c.Quotes = slices.Clone(c.Entities), slices.Clone(c.Quotes)
		linked[i] = c
	}
	applyRename(linked, rename)
	wc := &weakCheck{weak: weak, pack: ps.get, mention: mention, groups: groups, claims: linked, feats: feats,
		rename: rename, removed: removedDoc, df: sdf.folded, total: total}
	passes, kept, err := wc.check()
	if err != nil {
		return nil, nil, err
	}
	read := make(map[string][]slim)
	for k, ev := range weak {
		if passes[k] {
			out[ev] = true
			read[ev] = kept[k]
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
	evs, out, err := loadPacks(ctx, tx, events)
	if err != nil {
		return err
	}
	for k, ev := range evs {
		for _, it := range out[k] {
			add(ev, it)
		}
	}
	return nil
}

// loadPacks reads and decodes the packs of events (on all cores): the
// events that have one, and their claims.
func loadPacks(ctx context.Context, tx *sql.Tx, events []string) ([]string, [][]slim, error) {
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
		return nil, nil, err
	}
	out := make([][]slim, len(datas))
	errs := make([]error, len(datas))
	parallelFor(len(datas), func(k int) { out[k], errs[k] = decodePack(datas[k]) })
	for k, ev := range evs {
		if errs[k] != nil {
			return nil, nil, fmt.Errorf("event %q: %w", ev, errs[k])
		}
	}
	return evs, out, nil
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
// tops is no guide. (Terms in more than align.CommonDF claims are left out
// of centroids.)
const (
	topTerms   = 20
	maxPosting = 400
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
	maxDF := align.CommonDF(total)
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
			x := (1 + math.Log(c)) * align.Rarity(df[t], total)
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
