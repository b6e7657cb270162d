package store

import (
	"bytes"
	"context"
	"database/sql"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
)

// bundledSlims returns the bundled corpus's claims as packs hold them.
func bundledSlims(t testing.TB) []slim {
	docs := loadCorpus(t, corpusDir())
	claims, feats, err := analysis.ClaimsAndFeatures(context.Background(), analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]slim, len(claims))
	for i := range claims {
		out[i] = slimOf(&claims[i], feats[i], int64(i/7+1))
	}
	return out
}

// sampleSlims are two claims of an article with facts and features, as
// seeds for the fuzzers (cheap to make, unlike the bundled corpus's).
func sampleSlims() []slim {
	return []slim{
		{Claim: claim.Claim{ID: "d-1/c-1", Doc: "d-1", Start: 10, End: 80, Kind: claim.KindSentence, EventDate: "2015-07-21",
			Speaker: "e-3", Cited: []string{"واس"}, Negated: true,
			Dates:    []claim.Date{{Role: "on", Value: "2015-07-21"}},
			Numbers:  []claim.Number{{Value: 40}},
			Entities: []claim.EntityRef{{ID: "e-3", Kind: "person", Text: "الأمير محمد"}}},
			Features: align.Features{Stems: []string{"وزير", "داخل"}, Surfaces: []string{"وزير", "الداخلية"}, Trigrams: []uint32{3, 99, 1 << 30}},
			Seq:      4},
		{Claim: claim.Claim{ID: "d-1/c-2", Doc: "d-1", Start: 81, End: 120, Kind: claim.KindTitle}, Seq: 4},
	}
}

// TestPackRoundTrip writes the bundled corpus's claims as one pack and
// reads them back: every field align reads is kept.
func TestPackRoundTrip(t *testing.T) {
	in := bundledSlims(t)
	if len(in) < 50 {
		t.Fatalf("only %d claims", len(in))
	}
	withDates, withEntities := 0, 0
	for _, s := range in {
		if len(s.Claim.Dates) > 0 {
			withDates++
		}
		if len(s.Claim.Entities) > 0 {
			withEntities++
		}
	}
	if withDates == 0 || withEntities == 0 {
		t.Fatalf("corpus claims carry no dates (%d) or entities (%d): the test would prove little", withDates, withEntities)
	}
	out, err := decodePack(encodePack(in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		for i := range in {
			if !reflect.DeepEqual(in[i], out[i]) {
				t.Fatalf("claim %s differs:\n got %+v\nwant %+v", in[i].Claim.ID, out[i], in[i])
			}
		}
		t.Fatalf("round trip differs")
	}
	// An empty pack, and nil against empty slices.
	empty := []slim{{Claim: claim.Claim{ID: "d/c-1", Dates: []claim.Date{}}, Features: align.Features{Stems: []string{}}}}
	got, err := decodePack(encodePack(empty))
	if err != nil || !reflect.DeepEqual(got, empty) {
		t.Errorf("nil/empty: got %+v, %v", got, err)
	}
	if got, err := decodePack(encodePack(nil)); err != nil || len(got) != 0 {
		t.Errorf("empty pack: %v, %v", got, err)
	}
}

// TestPackRejectsCorrupt: truncated, extended and wrong-version packs are
// refused with an error.
func TestPackRejectsCorrupt(t *testing.T) {
	data := encodePack(bundledSlims(t)[:20])
	for _, bad := range [][]byte{
		nil,
		{},
		{packVersion + 1},
		data[:len(data)-1],
		data[:len(data)/2],
		append(slices.Clone(data), 0),
		append([]byte{packVersion, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, data[1:]...),
	} {
		if _, err := decodePack(bad); err == nil {
			t.Errorf("corrupt pack of %d bytes read without error", len(bad))
		}
	}
}

// FuzzDecodePack: no input makes the decoder panic or allocate beyond
// what its input can hold.
func FuzzDecodePack(f *testing.F) {
	f.Add(encodePack(sampleSlims()))
	f.Add(encodePack(nil))
	f.Add([]byte{packVersion, 2, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := decodePack(data)
		if err != nil {
			return
		}
		// What decodes re-encodes to a pack that decodes the same.
		enc := encodePack(out)
		again, err := decodePack(enc)
		if err != nil || !bytes.Equal(encodePack(again), enc) {
			t.Fatalf("re-encoded pack differs: %v", err)
		}
	})
}

// FuzzDecodeStored: the claims table's codec never panics on corrupt
// bytes.
func FuzzDecodeStored(f *testing.F) {
	for _, s := range sampleSlims() {
		f.Add(encodeStored(&stored{Claim: s.Claim, Features: s.Features}))
	}
	f.Add([]byte{codecVersion})
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := decodeStored(data)
		if err != nil {
			return
		}
		enc := encodeStored(st)
		again, err := decodeStored(enc)
		if err != nil || !bytes.Equal(encodeStored(again), enc) {
			t.Fatalf("re-encoded claim differs: %v", err)
		}
	})
}

// TestEventTermsMatchCentroid: the interned computation of event_terms
// gives the terms, counts and weights of centroid over strings.
func TestEventTermsMatchCentroid(t *testing.T) {
	docs := loadCorpus(t, corpusDir())
	a, err := analysis.Analyze(context.Background(), analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	claims, feats, err := analysis.ClaimsAndFeatures(context.Background(), analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	df := countDF(claims, feats)
	total := len(claims)
	idx := make(map[string]int)
	for i := range claims {
		idx[claims[i].ID] = i
	}
	terms := termsOf(claims, feats, nil)
	var jobs []eventJob
	for _, ev := range a.Events {
		jobs = append(jobs, jobOf(ev.Claims, idx, claims))
	}
	if len(jobs) < 3 {
		t.Fatalf("only %d events", len(jobs))
	}
	got := newTermWeigher(claims, feats, df, total, jobs).eventTermsAll(jobs)
	for k, job := range jobs {
		n := make(map[string]int)
		for _, members := range job.byDoc {
			for _, term := range groupTop(members, terms, df, total) {
				n[term]++
			}
		}
		_, cw := centroid(job.all, terms, df, total)
		if len(got[k]) != len(n) {
			t.Fatalf("event %d: %d terms, want %d", k, len(got[k]), len(n))
		}
		for _, et := range got[k] {
			if n[et.term] != et.n || math.Abs(cw[et.term]-et.w) > 1e-9 {
				t.Errorf("event %d term %q: n %d w %.12f, want n %d w %.12f", k, et.term, et.n, et.w, n[et.term], cw[et.term])
			}
		}
	}
}

// countDF (for tests) counts in how many of claims each term occurs (a content stem,
// or "\x00" and a linked entity ID), as align counts document frequencies.
func countDF(claims []claim.Claim, feats []align.Features) map[string]int {
	df := make(map[string]int, 1<<16)
	var seen []string
	for i := range claims {
		seen = seen[:0]
		for _, t := range feats[i].Stems {
			seen = append(seen, t)
		}
		for _, e := range claims[i].Entities {
			if e.ID != "" {
				seen = append(seen, "\x00"+e.ID)
			}
		}
		slices.Sort(seen)
		for k, t := range seen {
			if k == 0 || seen[k-1] != t {
				df[t]++
			}
		}
	}
	return df
}

// TestBackgroundPacks writes the bundled corpus's claims as background
// packs (bgChunkDocs documents a pack), writes them again with one
// claim of the last document dropped and checks that only that pack is
// written, then that a store turned back into version 2 (one pack under
// "") is split into the same packs by the migration to version 3.
func TestBackgroundPacks(t *testing.T) {
	ctx := context.Background()
	items := bundledSlims(t)
	for i := range items {
		items[i].Seq = int64(i/2) * bgChunkDocs / 4 // several packs, and several documents a pack
	}
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	read := func(tx *sql.Tx) (map[string][]byte, []slim) {
		var got []slim
		raw, err := readBackground(ctx, tx, func(it slim) { got = append(got, it) })
		if err != nil {
			t.Fatal(err)
		}
		return raw, got
	}
	changes := func(tx *sql.Tx) int {
		var n int
		tx.QueryRow(`SELECT total_changes()`).Scan(&n)
		return n
	}
	var before map[string][]byte
	err = s.tx(ctx, func(tx *sql.Tx) error {
		if err := writeBackground(ctx, tx, items, nil, nil); err != nil {
			return err
		}
		raw, got := read(tx)
		if len(raw) < 3 || len(got) != len(items) {
			t.Fatalf("%d packs of %d claims written for %d claims", len(raw), len(got), len(items))
		}
		for i := range got {
			if !bytes.Equal(encodePack(got[i:i+1]), encodePack(items[i:i+1])) {
				t.Fatalf("claim %d read back otherwise", i)
			}
		}
		n := changes(tx)
		less := items[:len(items)-1]
		if err := writeBackground(ctx, tx, less, raw, nil); err != nil {
			return err
		}
		if d := changes(tx) - n; d != 1 {
			t.Errorf("%d packs written when one claim of the last pack left, want 1", d)
		}
		before, _ = read(tx)
		// Back to version 2: one pack under "".
		if _, err := tx.Exec(`DELETE FROM packs`); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO packs(event, data) VALUES ('', ?)`, encodePack(less)); err != nil {
			return err
		}
		if err := schema5Undone(tx); err != nil {
			return err
		}
		for _, q := range schema4Undone {
			if _, err := tx.Exec(q); err != nil {
				return err
			}
		}
		_, err := tx.Exec(`DELETE FROM schema_version WHERE version >= 3`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, s.dir()); err != nil {
		t.Fatal(err)
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		after, _ := read(tx)
		if !reflect.DeepEqual(after, before) {
			t.Errorf("migrated: %d background packs, want %d as written", len(after), len(before))
		}
		var n int
		tx.QueryRow(`SELECT COUNT(*) FROM packs WHERE event = ''`).Scan(&n)
		if n != 0 {
			t.Errorf("the version 2 pack is still there")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestEachSlimEqualsDecodePack: the records eachSlim decodes into one
// reused claim are, each when it is seen, those decodePack makes anew —
// a record without facts after one with them included (nothing of the
// earlier record stays) — and eachSlim stops when told to.
func TestEachSlimEqualsDecodePack(t *testing.T) {
	in := append(sampleSlims(), bundledSlims(t)...)
	in = append(in, sampleSlims()[1])
	data := encodePack(in)
	want, err := decodePack(data)
	if err != nil {
		t.Fatal(err)
	}
	var b slimBuf
	n := 0
	err = eachSlim(data, &b, func(it *slim) bool {
		if !reflect.DeepEqual(*it, want[n]) {
			t.Errorf("record %d (%s): %+v, want %+v", n, want[n].Claim.ID, *it, want[n])
		}
		n++
		return true
	})
	if err != nil || n != len(want) {
		t.Fatalf("%d of %d records, %v", n, len(want), err)
	}
	n = 0
	if err := eachSlim(data, &b, func(*slim) bool { n++; return n < 3 }); err != nil || n != 3 {
		t.Errorf("told to stop at the third record: %d read, %v", n, err)
	}
	if err := eachSlim(data[:len(data)-3], &b, func(*slim) bool { return true }); err == nil {
		t.Error("a cut pack is read without an error")
	}
}

// TestPackCount: the count a pack's header gives is its number of
// claims, and 0 for data that is no pack.
func TestPackCount(t *testing.T) {
	for _, in := range [][]slim{nil, sampleSlims(), bundledSlims(t)} {
		if got := packCount(encodePack(in)); got != len(in) {
			t.Errorf("a pack of %d claims counts %d", len(in), got)
		}
	}
	for _, bad := range [][]byte{nil, {packVersion + 1, 2}, {packVersion, 200}} {
		if got := packCount(bad); got != 0 {
			t.Errorf("%v counts %d claims", bad, got)
		}
	}
}

// TestUnchangedChunks: a background pack is left as it is only when the
// update holds every claim it had and no other.
func TestUnchangedChunks(t *testing.T) {
	two := encodePack(sampleSlims())
	three := encodePack(append(sampleSlims(), sampleSlims()[0]))
	old := map[string][]byte{" 00000001": three, " 00000002": two, " 00000003": two}
	for _, tc := range []struct {
		name    string
		keys    []string
		fromOld []bool
		want    []string
	}{
		{"all as read", []string{" 00000001", " 00000001", " 00000001", " 00000002", " 00000002"}, []bool{true, true, true, true, true}, []string{" 00000001", " 00000002"}},
		{"a new claim in a pack", []string{" 00000001", " 00000001", " 00000001", " 00000002", " 00000002", " 00000002"}, []bool{true, true, true, true, true, false}, []string{" 00000001"}},
		{"a claim gone from a pack", []string{" 00000001", " 00000001", " 00000002", " 00000002"}, []bool{true, true, true, true}, []string{" 00000002"}},
		{"a pack not stored before", []string{" 00000004"}, []bool{true}, nil},
		{"nothing", nil, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := sortedKeys(unchangedChunks(tc.keys, tc.fromOld, old))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
