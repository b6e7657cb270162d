package report

import (
	"encoding/json"

	"github.com/claimdiff/claimdiff/analysis"
)

// details reads an alignment's word diffs and typed discrepancies through
// its JSON form, by the field names of CONTRACT.md ("diffs",
// "discrepancies"), so that the report depends on the contract rather
// than on how package analysis holds them.
func details(al *analysis.Alignment) ([]pairDiff, []discrepancy) {
	b, err := json.Marshal(al)
	if err != nil {
		return nil, nil
	}
	return decodeDetails(b)
}

// decodeDetails reads "diffs" and "discrepancies" from an alignment's
// JSON; anything unreadable gives none.
func decodeDetails(b []byte) ([]pairDiff, []discrepancy) {
	var v struct {
		Diffs         []pairDiff    `json:"diffs"`
		Discrepancies []discrepancy `json:"discrepancies"`
	}
	if json.Unmarshal(b, &v) != nil {
		return nil, nil
	}
	return v.Diffs, v.Discrepancies
}
