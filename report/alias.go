package report

import (
	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// The aliases let JSONL records embed a type's fields beside "type".
type (
	documentAlias corpus.Document
	claimAlias    claim.Claim
)

type (
	eventAlias     align.Event
	alignmentAlias analysis.Alignment
)
