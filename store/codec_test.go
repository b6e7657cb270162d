package store

import (
	"context"
	"reflect"
	"testing"

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
