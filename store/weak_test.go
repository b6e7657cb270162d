package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
)

// weakFixture returns a weak-event check, and the packs it reads, over
// the bundled corpus (real Arabic claims): the first document's claims are the new ones, and every
// stored claim of the other documents is an event of its own (so that
// some events pass and some do not), a mention candidate of every new
// group; the claims of one stored document are removed.
func weakFixture(t testing.TB) (*weakCheck, [][]byte) {
	slims := bundledSlims(t)
	first := slims[0].Claim.Doc
	var newClaims []claim.Claim
	w := &weakCheck{mention: make(map[string][]int), total: len(slims)}
	var removed string
	var packs [][]byte
	for _, it := range slims {
		if it.Claim.Doc == first {
			newClaims = append(newClaims, it.Claim)
			w.feats = append(w.feats, it.Features)
			continue
		}
		if removed == "" {
			removed = it.Claim.Doc
		}
		w.weak = append(w.weak, it.Claim.ID)
		packs = append(packs, encodePack([]slim{it}))
	}
	w.claims = newClaims
	w.pack = func(k int) ([]byte, error) { return packs[k], nil }
	w.groups = localGroups(newClaims)
	if len(w.groups) == 0 {
		t.Fatal("the new document has no dated group")
	}
	for _, ev := range w.weak {
		for gi := range w.groups {
			w.mention[ev] = append(w.mention[ev], gi)
		}
	}
	w.removed = map[string]bool{removed: true}
	all := make([]claim.Claim, len(slims))
	fs := make([]align.Features, len(slims))
	for i, it := range slims {
		all[i], fs[i] = it.Claim, it.Features
	}
	w.df = countDF(all, fs)
	return w, packs
}

// TestWeakCheckLazyEqualsFull: the lazy check (pairs that share no term
// decided without vectors, an event left at its first passing pair)
// passes exactly the events that scoring every pair passes, and keeps
// their claims as stored.
func TestWeakCheckLazyEqualsFull(t *testing.T) {
	w, _ := weakFixture(t)
	lazy, keptLazy, err := w.check()
	if err != nil {
		t.Fatal(err)
	}
	w.full = true
	full, keptFull, err := w.check()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for k := range full {
		if lazy[k] != full[k] {
			t.Errorf("event %s: lazy %v, full %v", w.weak[k], lazy[k], full[k])
		}
		if full[k] {
			n++
		}
	}
	if n == 0 || n == len(full) {
		t.Fatalf("%d of %d events pass: the fixture decides nothing", n, len(full))
	}
	if !reflect.DeepEqual(keptLazy, keptFull) {
		t.Error("the claims kept differ")
	}
	for k := range full {
		if full[k] != (keptFull[k] != nil) {
			t.Errorf("event %s: passes %v, kept %d claims", w.weak[k], full[k], len(keptFull[k]))
		}
		for _, it := range keptFull[k] {
			if w.removed[it.Claim.Doc] {
				t.Errorf("event %s: kept a claim of a removed document", w.weak[k])
			}
		}
	}
}

// TestWeakCheckLinksSpeakers: stored claims are compared as linking
// makes them. Every stored claim's speaker is stored under a raw ID that
// the store's renames link to a new claim's speaker: the check passes the
// events it passes when they are stored under that speaker, and more
// than with no renames.
func TestWeakCheckLinksSpeakers(t *testing.T) {
	w, packs := weakFixture(t)
	var speaker string
	for _, c := range w.claims {
		if c.Speaker != "" {
			speaker = c.Speaker
			break
		}
	}
	if speaker == "" {
		t.Fatal("no new claim names a speaker")
	}
	withSpeaker := func(name string) {
		for k, data := range packs {
			items, err := decodePack(data)
			if err != nil {
				t.Fatal(err)
			}
			items[0].Claim.Speaker = name
			packs[k] = encodePack(items)
		}
	}
	passing := func() int {
		passes, _, err := w.check()
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range passes {
			if p {
				n++
			}
		}
		return n
	}
	withSpeaker(speaker)
	direct := passing()
	withSpeaker("raw-1")
	unlinked := passing()
	w.rename = map[string]string{"raw-1": speaker}
	if linked := passing(); linked != direct || linked <= unlinked {
		t.Errorf("%d events pass with the speaker linked, %d with it stored, %d unlinked", linked, direct, unlinked)
	}
}

// TestCosineBound: on the bundled corpus's claims, the bound the lazy
// check takes for a pair's cosine never sets aside a pair whose score
// reaches a threshold, at any threshold, and pairs that share no term
// are told apart.
func TestCosineBound(t *testing.T) {
	w, packs := weakFixture(t)
	terms := newTermIndex(w.claims, w.feats, w.df, w.total)
	var stored []slim
	for _, data := range packs {
		items, err := decodePack(data)
		if err != nil {
			t.Fatal(err)
		}
		stored = append(stored, items...)
	}
	ptrs := make([]*claim.Claim, 0, len(w.claims)+len(stored))
	fs := make([]align.Features, 0, cap(ptrs))
	for i := range w.claims {
		ptrs, fs = append(ptrs, &w.claims[i]), append(fs, w.feats[i])
	}
	for i := range stored {
		ptrs, fs = append(ptrs, &stored[i].Claim), append(fs, stored[i].Features)
	}
	sc := align.NewScorerGlobal(ptrs, fs, func(t string) int { return w.df[t] }, w.total)
	n := len(w.claims)
	disjoint, setAside := 0, 0
	for a := range w.claims {
		for j := range stored {
			b := n + j
			cosMax, shared := terms.cosineBound(a, terms.of(ptrs[b], &fs[b], nil))
			if !shared {
				disjoint++
			}
			score := sc.Score(a, b)
			for k := 1; k < 12; k++ {
				th := float64(k) / 20
				reach := align.CouldReach(ptrs[a], ptrs[b], fs[a].Trigrams, fs[b].Trigrams, cosMax, th)
				if score >= th && !reach {
					t.Errorf("%s, %s: score %.4f, set aside at %.2f (cosine bound %.4f)", ptrs[a].ID, ptrs[b].ID, score, th, cosMax)
				}
				if !shared && reach != (score >= th) {
					t.Errorf("%s, %s share no term: reach %v at %.2f, score %.4f", ptrs[a].ID, ptrs[b].ID, reach, th, score)
				}
				if !reach && k == 5 {
					setAside++
				}
			}
		}
	}
	if disjoint == 0 || setAside == 0 {
		t.Errorf("%d pairs share no term, %d set aside at 0.25: the bound is not tested", disjoint, setAside)
	}
}

// TestStreamPacks: the packs read on their own goroutine, a batch at a
// time, are those stored (nil for an event with none), in the order of
// the events asked for.
func TestStreamPacks(t *testing.T) {
	ctx := context.Background()
	s := corpusStore(t)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	want := make(map[string][]byte)
	err = eachRow(ctx, tx, `SELECT event, data FROM packs`, nil, func(rows *sql.Rows) error {
		var ev string
		var data []byte
		err := rows.Scan(&ev, &data)
		want[ev] = data
		return err
	})
	if err != nil || len(want) < 3 {
		t.Fatalf("%d packs, %v", len(want), err)
	}
	var events []string
	for ev := range want {
		events = append(events, ev)
	}
	slices.Sort(events)
	// More events than a batch: the stored ones spread over the batches,
	// among events that have no pack.
	asked := make([]string, 2*weakBatch+7)
	for k := range asked {
		asked[k] = fmt.Sprintf("ev-none-%04d", k)
	}
	for j, ev := range events {
		asked[j*len(asked)/len(events)] = ev
	}
	ps := streamPacks(ctx, tx, asked)
	defer ps.wait()
	for k := len(asked) - 1; k >= 0; k-- {
		got, err := ps.get(k)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want[asked[k]]) || (got == nil) != strings.HasPrefix(asked[k], "ev-none-") {
			t.Errorf("event %d (%s): %d bytes, want %d", k, asked[k], len(got), len(want[asked[k]]))
		}
	}
}

// BenchmarkWeakCheck compares the lazy check with scoring every pair.
func BenchmarkWeakCheck(b *testing.B) {
	w, _ := weakFixture(b)
	for _, full := range []bool{false, true} {
		name := "lazy"
		if full {
			name = "full"
		}
		b.Run(name, func(b *testing.B) {
			w.full = full
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := w.check(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// inEventsOf is weakFixture with its stored claims in weak events of n
// claims each (the last may hold fewer), each a mention candidate of
// every new group.
func inEventsOf(t *testing.T, n int) *weakCheck {
	w, packs := weakFixture(t)
	var weak []string
	var merged [][]byte
	w.mention = make(map[string][]int)
	for start := 0; start < len(packs); start += n {
		var items []slim
		for _, data := range packs[start:min(start+n, len(packs))] {
			it, err := decodePack(data)
			if err != nil {
				t.Fatal(err)
			}
			items = append(items, it...)
		}
		ev := fmt.Sprintf("ev-%03d", len(weak))
		weak = append(weak, ev)
		merged = append(merged, encodePack(items))
		for gi := range w.groups {
			w.mention[ev] = append(w.mention[ev], gi)
		}
	}
	w.weak = weak
	w.pack = func(k int) ([]byte, error) { return merged[k], nil }
	return w
}

// TestWeakScreenEqualsUnscreened: the check that screens weak events
// (their claims read one at a time, only those of pairs to score kept)
// passes exactly the events the check passes when it decodes every event
// whole, and keeps the same claims; the screen sets aside only events
// that fail and passes only events that pass.
func TestWeakScreenEqualsUnscreened(t *testing.T) {
	w := inEventsOf(t, 4)
	screened, keptScreened, err := w.check()
	if err != nil {
		t.Fatal(err)
	}
	w.noScreen = true
	whole, keptWhole, err := w.check()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(screened, whole) {
		t.Errorf("screened passes %v, decoded whole %v", screened, whole)
	}
	if !reflect.DeepEqual(keptScreened, keptWhole) {
		t.Error("the claims kept differ")
	}
	terms := newTermIndex(w.claims, w.feats, w.df, w.total)
	var b screenBuf
	var probes []probe
	newProbe := func(i int) int {
		probes = append(probes, probe{&w.claims[i], &w.feats[i]})
		return len(probes) - 1
	}
	aside, exact, scored := 0, 0, 0
	for k := range w.weak {
		pass, pairs, err := w.screen(k, terms, &b, &probes, newProbe)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case pass && !whole[k]:
			t.Errorf("event %s passes the screen but not the check", w.weak[k])
		case pass:
			exact++
		case len(pairs) > 0:
			scored++
		case whole[k]:
			t.Errorf("event %s passes but is set aside", w.weak[k])
		default:
			aside++
		}
	}
	if aside == 0 || scored == 0 {
		t.Errorf("%d events set aside, %d passed without a score, %d to score: the screen is not tested", aside, exact, scored)
	}
}

// TestWeakScreenPairsInOrder: the pairs screen returns for an event to
// score are checkEvent's, in checkEvent's order (the order a share's
// scorer numbers its terms in).
func TestWeakScreenPairsInOrder(t *testing.T) {
	w := inEventsOf(t, 4)
	terms := newTermIndex(w.claims, w.feats, w.df, w.total)
	var b screenBuf
	n := 0
	for k := range w.weak {
		var probes []probe
		newProbe := func(i int) int {
			probes = append(probes, probe{&w.claims[i], &w.feats[i]})
			return len(probes) - 1
		}
		named := func(pairs []pairOf) []string {
			var out []string
			for _, p := range pairs {
				out = append(out, probes[p.a].c.ID+" "+probes[p.b].c.ID)
			}
			return out
		}
		pass, pairs, err := w.screen(k, terms, &b, &probes, newProbe)
		if err != nil {
			t.Fatal(err)
		}
		got := named(pairs)
		items, err := w.decode(k)
		if err != nil {
			t.Fatal(err)
		}
		probes = probes[:0]
		for x := range items {
			probes = append(probes, probe{&items[x].Claim, &items[x].Features})
		}
		wantPairs, wantPass := w.checkEvent(k, probes, 0, newProbe, terms)
		if want := named(wantPairs); pass != wantPass || !slices.Equal(got, want) {
			t.Errorf("event %s: screen %v %q, checkEvent %v %q", w.weak[k], pass, got, wantPass, want)
		}
		if len(got) > 1 {
			n++
		}
	}
	if n == 0 {
		t.Error("no event has two pairs to score: their order is not tested")
	}
}
