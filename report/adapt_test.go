package report

import (
	"encoding/json"
	"testing"

	"github.com/claimdiff/claimdiff/diff"
)

// TestDecodeDetails checks that the report reads package diff's word diffs
// and discrepancies as an alignment's JSON carries them.
func TestDecodeDetails(t *testing.T) {
	a := fixture(nil, "")
	arrive1, arrive2 := &a.Claims[0], &a.Claims[3]
	pd := diff.Pair(arrive1, arrive2)
	ds := diff.Compare(arrive1, arrive2)
	b, err := json.Marshal(map[string]any{"id": "al-x", "diffs": []diff.PairDiff{pd}, "discrepancies": ds})
	if err != nil {
		t.Fatal(err)
	}
	diffs, discs := decodeDetails(b)
	if len(diffs) != 1 || diffs[0].A != arrive1.ID || diffs[0].B != arrive2.ID || len(diffs[0].Ops) != len(pd.Ops) {
		t.Fatalf("got diffs %+v, want the pair diff of %s and %s with %d ops", diffs, arrive1.ID, arrive2.ID, len(pd.Ops))
	}
	for i, op := range pd.Ops {
		got := diffs[0].Ops[i]
		if got.Kind != op.Kind.String() || got.A.Start != op.A.Start || got.A.End != op.A.End ||
			got.B.Start != op.B.Start || got.B.End != op.B.End || got.Moved != op.Moved || got.Soft != op.Soft {
			t.Errorf("op %d: got %+v, want %+v", i, got, op)
		}
	}
	if len(discs) != len(ds) {
		t.Fatalf("got %d discrepancies, want %d", len(discs), len(ds))
	}
	for i, d := range ds {
		got := discs[i]
		if got.Type != d.Type || got.Severity != d.Severity || got.Detail != d.Detail || len(got.Evidence) != len(d.Evidence) {
			t.Errorf("discrepancy %d: got %+v, want %+v", i, got, d)
		}
	}
	if len(ds) == 0 {
		t.Log("diff.Compare found no discrepancy between الخميس and الأربعاء; only the diffs were checked")
	}
	if d, c := decodeDetails([]byte("not json")); d != nil || c != nil {
		t.Errorf("unreadable JSON: got %v %v, want none", d, c)
	}
}
