package report

import (
	"encoding/json"

	"github.com/claimdiff/claimdiff/analysis"
)

// details reads an alignment's diffs and discrepancies through its JSON
// form (CONTRACT.md field names).
func details(al *analysis.Alignment) ([]pairDiff, []discrepancy) {
	b, err := json.Marshal(al)
	if err != nil {
		return nil, nil
	}
	var v struct {
		Diffs         []pairDiff    `json:"diffs"`
		Discrepancies []discrepancy `json:"discrepancies"`
	}
	if json.Unmarshal(b, &v) != nil {
		return nil, nil
	}
	return v.Diffs, v.Discrepancies
}
