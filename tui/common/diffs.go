package common

import (
	"slices"
	"sort"

	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/diff"
	"github.com/claimdiff/claimdiff/tui/rtl"
)

// discrepanciesOf reads an alignment's typed discrepancies, worst first
// (equal severities in the analysis's order), in the form the views use.
// Nothing of the result shares memory with al.
func discrepanciesOf(al *analysis.Alignment) []Discrepancy {
	out := make([]Discrepancy, 0, len(al.Discrepancies))
	for _, d := range al.Discrepancies {
		x := Discrepancy{Type: d.Type, Severity: d.Severity, Claims: slices.Clone(d.Claims), Detail: d.Detail}
		for _, e := range d.Evidence {
			x.Evidence = append(x.Evidence, Evidence{Claim: e.Claim, Start: e.Start, End: e.End})
		}
		out = append(out, x)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity > out[j].Severity })
	return out
}

// wordSpansOf turns an alignment's word-level differences into highlight
// spans per claim (byte offsets into each claim's document text). A word
// changed against any other member is ClassDiff; one that only moved or
// differs in inflection is ClassSoft, unless it also changed elsewhere.
func wordSpansOf(al *analysis.Alignment) map[string][]rtl.Span {
	if len(al.Diffs) == 0 {
		return nil
	}
	hard := map[string][]rtl.Span{}
	soft := map[string][]rtl.Span{}
	for _, pd := range al.Diffs {
		for _, op := range pd.Ops {
			if op.Kind == diff.Equal {
				continue
			}
			dst := hard
			if !op.Changed() {
				dst = soft
			}
			if op.A.End > op.A.Start {
				dst[pd.A] = append(dst[pd.A], rtl.Span{Start: op.A.Start, End: op.A.End, Class: ClassDiff})
			}
			if op.B.End > op.B.Start {
				dst[pd.B] = append(dst[pd.B], rtl.Span{Start: op.B.Start, End: op.B.End, Class: ClassDiff})
			}
		}
	}
	out := map[string][]rtl.Span{}
	for id, sp := range hard {
		out[id] = mergeSpans(sp, ClassDiff)
	}
	for id, sp := range soft {
		for _, s := range mergeSpans(sp, ClassSoft) {
			if !overlapsAny(out[id], s) {
				out[id] = append(out[id], s)
			}
		}
		sort.Slice(out[id], func(i, j int) bool { return out[id][i].Start < out[id][j].Start })
	}
	return out
}

// mergeSpans sorts spans and joins overlapping ones, giving them class.
func mergeSpans(sp []rtl.Span, class int) []rtl.Span {
	sort.Slice(sp, func(i, j int) bool { return sp[i].Start < sp[j].Start })
	var out []rtl.Span
	for _, s := range sp {
		s.Class = class
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

func overlapsAny(sp []rtl.Span, s rtl.Span) bool {
	for _, x := range sp {
		if x.Class == ClassDiff && s.Start < x.End && x.Start < s.End {
			return true
		}
	}
	return false
}
