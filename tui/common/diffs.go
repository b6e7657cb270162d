package common

import (
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// discrepanciesOf reads an alignment's typed discrepancies, worst first, in
// the form the views use. The analysis does not carry discrepancies yet
// (package diff is being written); until it does, alignments show none.
func discrepanciesOf(al *analysis.Alignment) []Discrepancy {
	return nil
}

// wordSpansOf turns an alignment's word-level differences into highlight
// spans per claim (byte offsets into each claim's document text). Until the
// analysis carries them, alignments show no word highlights.
func wordSpansOf(al *analysis.Alignment) map[string][]rtl.Span {
	return nil
}
