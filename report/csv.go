package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CSVColumns are the columns of the CSV report, one row per discrepancy:
//
//	event_id       the event ("" for background claims tied to no event)
//	event_date     its date, ISO 8601 at its precision or a range a/b
//	event_label    its label
//	alignment_id   the alignment the discrepancy was found in
//	type           date, number, participants, attribution, quote, polarity,
//	               modality, entity or wording (CONTRACT.md)
//	severity       1 (minor) to 3 (a fact-checker must look)
//	detail         what differs, in words
//	claim_a        the first claim involved
//	source_a       its outlet
//	text_a         its text
//	evidence_a     the words of claim_a the discrepancy rests on (" … " between spans)
//	claim_b        the other claim(s) involved ("; " between IDs)
//	source_b       their outlet(s)
//	text_b         their text(s) (a blank line between texts)
//	evidence_b     the words of claim_b the discrepancy rests on
//	shared_origin  true when the claims are not independent (one wire, one cited source)
//	reviewed       true when the alignment or one of the claims has a verdict other than needs-checking
//	verdict        the alignment's verdict, else the claims' ("ID: verdict; …")
//	note           the verdict's note(s)
//	event_title    what happened, like a headline (analysis.EventTitles)
//	event_place    where, when the title does not say
//	source_name_a  claim_a's outlet as shown (letter and display name)
//	source_name_b  the other claims' outlets as shown ("; " between them)
//	explanation    detail in the sources' letters instead of A and B
//
// The file starts with a UTF-8 byte-order mark so that spreadsheet programs
// read the Arabic text as UTF-8. Text cells that would start with =, +, -
// or @ get a leading apostrophe, so an article cannot plant a formula.
var CSVColumns = []string{
	"event_id", "event_date", "event_label", "alignment_id", "type", "severity", "detail",
	"claim_a", "source_a", "text_a", "evidence_a", "claim_b", "source_b", "text_b", "evidence_b",
	"shared_origin", "reviewed", "verdict", "note",
	"event_title", "event_place", "source_name_a", "source_name_b", "explanation",
}

// WriteCSV writes one row per discrepancy, with a header row and a UTF-8
// byte-order mark first.
func WriteCSV(w io.Writer, r *Report) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if _, err := bw.WriteString("\uFEFF"); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(bw)
	if err := cw.Write(CSVColumns); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, e := range r.Events {
		for _, al := range e.Alignments {
			byID := make(map[string]*Claim, len(al.Claims))
			for i := range al.Claims {
				byID[al.Claims[i].ID] = &al.Claims[i]
			}
			for _, d := range al.Discrepancy {
				if err := cw.Write(csvRow(e, al, d, byID)); err != nil {
					return fmt.Errorf("write csv: %w", err)
				}
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return bw.Flush()
}

// csvRow is the row of one discrepancy.
func csvRow(e Event, al Alignment, d Discrepancy, byID map[string]*Claim) []string {
	claims := d.Claims
	if len(claims) == 0 {
		for _, c := range al.Claims {
			claims = append(claims, c.ID)
		}
	}
	var a string
	var rest []string
	if len(claims) > 0 {
		a, rest = claims[0], claims[1:]
	}
	names := func(ids []string) string {
		var out []string
		for _, cid := range ids {
			if c := byID[cid]; c != nil {
				out = append(out, c.Letter+" "+c.SourceName)
			}
		}
		return strings.Join(out, "; ")
	}
	side := func(ids []string) (id, source, text, evidence string) {
		var ids2, sources, texts, evs []string
		for _, cid := range ids {
			ids2 = append(ids2, cid)
			if c := byID[cid]; c != nil {
				sources = append(sources, c.Source)
				texts = append(texts, c.Text)
			}
			for _, ev := range d.Evidence {
				if ev.Claim == cid && ev.Text != "" {
					evs = append(evs, ev.Text)
				}
			}
		}
		return strings.Join(ids2, "; "), strings.Join(sources, "; "), strings.Join(texts, "\n\n"), strings.Join(evs, " … ")
	}
	var aIDs []string
	if a != "" {
		aIDs = []string{a}
	}
	idA, srcA, textA, evA := side(aIDs)
	idB, srcB, textB, evB := side(rest)
	verdict, note := "", ""
	if al.Verdict != nil {
		verdict, note = al.Verdict.Verdict, al.Verdict.Note
	} else {
		var vs, ns []string
		for _, id := range claims {
			if c := byID[id]; c != nil && c.Verdict != nil {
				vs = append(vs, id+": "+c.Verdict.Verdict)
				if c.Verdict.Note != "" {
					ns = append(ns, id+": "+c.Verdict.Note)
				}
			}
		}
		verdict, note = strings.Join(vs, "; "), strings.Join(ns, "; ")
	}
	t := inert
	return []string{
		e.ID, e.Date, t(e.Label), al.ID, d.Type, strconv.Itoa(d.Severity), t(d.Detail),
		idA, t(srcA), t(textA), t(evA), idB, t(srcB), t(textB), t(evB),
		strconv.FormatBool(al.SharedOrigin), strconv.FormatBool(d.Reviewed), verdict, t(note),
		t(e.Title), t(e.Place), t(names(aIDs)), t(names(rest)), t(d.Explanation),
	}
}

// inert keeps a spreadsheet from reading a text cell as a formula: a cell
// that starts with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe (the OWASP advice against CSV injection), since article text
// is not trusted.
func inert(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
