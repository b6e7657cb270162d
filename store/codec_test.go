package store

import (
	"context"
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
)

// TestCodecRoundTrip writes and reads back every claim of the bundled
// corpus, facts and features included.
func TestCodecRoundTrip(t *testing.T) {
	docs := loadCorpus(t, corpusDir())
	claims, feats, err := analysis.ClaimsAndFeatures(context.Background(), analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range claims {
		in := &stored{Claim: claims[i], Features: feats[i]}
		out, err := decodeStored(encodeStored(in))
		if err != nil {
			t.Fatalf("%s: %v", claims[i].ID, err)
		}
		if !reflect.DeepEqual(in, out) {
			t.Fatalf("%s: round trip differs:\n got %+v\nwant %+v", claims[i].ID, out, in)
		}
	}
	if _, err := decodeStored([]byte{codecVersion, 0xff}); err == nil {
		t.Errorf("malformed data read without error")
	}
}

// TestEncodeSizes: the sizes the encoders make their buffers at are at
// least what they write, for every claim of the bundled corpus and for
// claims with many short facts (where the per-item bytes count most), so
// that no buffer is grown.
func TestEncodeSizes(t *testing.T) {
	docs := loadCorpus(t, corpusDir())
	claims, feats, err := analysis.ClaimsAndFeatures(context.Background(), analysis.Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	type item struct {
		name string
		st   stored
	}
	var items []item
	for i := range claims {
		items = append(items, item{claims[i].ID, stored{Claim: claims[i], Features: feats[i]}})
	}
	dense := claim.Claim{ID: "d/c-1", Doc: "d", Start: 1 << 40, End: -1 << 40, Para: 1 << 30, Section: 1 << 30, Text: "قال إن ١٢ شخصا قتلوا"}
	for k := range 50 {
		dense.Dates = append(dense.Dates, claim.Date{Start: 1 << 40, End: 1 << 40, Amount: float64(k)})
		dense.Numbers = append(dense.Numbers, claim.Number{Start: 1 << 40, End: 1 << 40, Value: float64(k)})
		dense.Entities = append(dense.Entities, claim.EntityRef{Start: 1 << 40, End: 1 << 40})
		dense.Quotes = append(dense.Quotes, claim.Quote{Start: 1 << 40, End: 1 << 40})
		dense.Cited = append(dense.Cited, "")
	}
	items = append(items, item{"many empty facts", stored{Claim: dense, Features: align.Features{Stems: make([]string, 50), Surfaces: make([]string, 50), Trigrams: make([]uint32, 50)}}})
	for _, it := range items {
		if got, size := len(encodeStored(&it.st)), storedSize(&it.st); got > size {
			t.Errorf("%s: encodeStored wrote %d bytes, storedSize %d", it.name, got, size)
		}
		sl := slim{Claim: it.st.Claim, Features: it.st.Features, Seq: 1 << 40}
		e := &enc{}
		encodeSlim(e, &sl)
		if got, size := len(e.b), slimSize(&sl); got > size {
			t.Errorf("%s: encodeSlim wrote %d bytes, slimSize %d", it.name, got, size)
		}
	}
}

// TestCodecFields fails when a type the codec writes gains or loses a
// field: the codec must then be taught it (and codecVersion raised).
func TestCodecFields(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want int
	}{
		{claim.Claim{}, 21}, // 20 written; Tokens are not stored
		{claim.Date{}, 8},
		{claim.Number{}, 6},
		{claim.EntityRef{}, 8},
		{claim.Quote{}, 3},
	} {
		if got := reflect.TypeOf(tc.v).NumField(); got != tc.want {
			t.Errorf("%T has %d fields, the codec writes %d", tc.v, got, tc.want)
		}
	}
}
