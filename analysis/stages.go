package analysis

import (
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// Discrepancy is a typed difference between aligned claims.
type Discrepancy = struct {
	Type     string `json:"type"`
	Severity int    `json:"severity"`
	Detail   string `json:"detail"`
}

// annotate reads the facts of a document's claims.
func annotate(d *corpus.Document, cs []claim.Claim) {}

// compareClaims lists the discrepancies between two claims.
func compareClaims(a, b *claim.Claim, same bool) []Discrepancy { return []Discrepancy{} }
