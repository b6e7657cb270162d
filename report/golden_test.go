package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// goldenOrg is the organisation the golden ClaimReview export names.
var goldenOrg = ReviewOptions{Organisation: "منصة تحقق", OrganisationURL: "https://factcheck.example.org",
	PageURL: "https://factcheck.example.org/reports/syria-russia.html"}

// TestGolden writes the report of the bundled corpus (with the test review
// store) in md, json, csv and claimreview and compares each with its golden
// file under testdata (go test ./report -update to refresh).
func TestGolden(t *testing.T) {
	r := bundled(t)
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"report.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, r) }},
		{"report.json", func(b *bytes.Buffer) error { return WriteReportJSON(b, r) }},
		{"report.csv", func(b *bytes.Buffer) error { return WriteCSV(b, r) }},
		{"report.claimreview.json", func(b *bytes.Buffer) error { return WriteClaimReview(b, r, goldenOrg) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tc.name, b.Bytes())
		})
	}
}

// TestReportJSONShape checks the JSON report against the analysis: every
// event and alignment of the analysis is in it, with discrepancies and
// unique claims as lists.
func TestReportJSONShape(t *testing.T) {
	r := bundled(t)
	var b bytes.Buffer
	if err := WriteReportJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version int `json:"version"`
		Events  []struct {
			ID         string `json:"id"`
			Alignments []struct {
				ID            string            `json:"id"`
				Discrepancies []json.RawMessage `json:"discrepancies"`
				Claims        []struct {
					Text string `json:"text"`
				} `json:"claims"`
			} `json:"alignments"`
			Unique []json.RawMessage `json:"unique"`
		} `json:"events"`
		Counts Counts `json:"counts"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("report JSON does not parse: %v", err)
	}
	n := 0
	for _, e := range got.Events {
		if e.Unique == nil {
			t.Errorf("event %q: unique is null, want a list", e.ID)
		}
		for _, al := range e.Alignments {
			n++
			if al.Discrepancies == nil {
				t.Errorf("alignment %s: discrepancies is null, want a list", al.ID)
			}
			if len(al.Claims) < 2 {
				t.Errorf("alignment %s: got %d claims, want at least 2", al.ID, len(al.Claims))
			}
		}
	}
	if n != len(r.Analysis.Alignments) {
		t.Errorf("got %d alignments in the report, want the analysis' %d", n, len(r.Analysis.Alignments))
	}
	if got.Counts.Verdicts == 0 {
		t.Error("got no verdicts in the counts, want the test store's")
	}
}

// TestCSV checks the byte-order mark, the header and that every row has
// every column, and that formulas in article text are made inert.
func TestCSV(t *testing.T) {
	r := buildFixture(t, nil, "", Options{})
	a := r.Analysis
	b := newTestBuilder(r)
	al := &a.Alignments[1]
	v := b.alignmentWith(al, nil, []discrepancy{{Type: "date", Severity: 3, Detail: "=منتصف تشرين الأول / منتصف أكتوبر المقبل",
		Claims: al.Claims, Evidence: []struct {
			Claim string `json:"claim"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		}{{Claim: al.Claims[0], Start: strings.Index(fixText1, "منتصف"), End: strings.Index(fixText1, "منتصف") + len("منتصف تشرين الأول")}}}})
	r.Events[0].Alignments = append(r.Events[0].Alignments, v)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("\xEF\xBB\xBF")) {
		t.Fatal("CSV does not start with a UTF-8 byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if got, want := strings.Join(rows[0], ","), strings.Join(CSVColumns, ","); got != want {
		t.Errorf("got header %s, want %s", got, want)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want a header and 1 discrepancy", len(rows))
	}
	row := map[string]string{}
	for i, c := range CSVColumns {
		row[c] = rows[1][i]
	}
	for _, tc := range []struct{ col, want string }{
		{"event_id", "ev-visit"},
		{"alignment_id", "al-invite"},
		{"type", "date"},
		{"severity", "3"},
		{"detail", "'=منتصف تشرين الأول / منتصف أكتوبر المقبل"},
		{"source_a", "عنب بلدي"},
		{"source_b", "سانا"},
		{"evidence_a", "منتصف تشرين الأول"},
		{"shared_origin", "true"},
		{"reviewed", "false"},
	} {
		if row[tc.col] != tc.want {
			t.Errorf("column %s: got %q, want %q", tc.col, row[tc.col], tc.want)
		}
	}
}

// TestMarkdownEscape checks that article text cannot format the Markdown
// report or pass HTML through.
func TestMarkdownEscape(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain Arabic", "وصل الشيباني إلى موسكو.", "وصل الشيباني إلى موسكو."},
		{"html", `<script>alert("x")</script>`, `&lt;script&gt;alert("x")&lt;/script&gt;`},
		{"emphasis and code", "*عاجل* _خبر_ `رمز`", `\*عاجل\* \_خبر\_ \` + "`" + `رمز\` + "`"},
		{"link", "[اضغط](http://x)", `\[اضغط\](http://x)`},
		{"table pipe", "أ | ب", `أ \| ب`},
		{"strike", "~~لا~~", `\~\~لا\~\~`},
		{"entity", "&amp;", "&amp;amp;"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mdEscape(tc.in); got != tc.want {
				t.Errorf("mdEscape(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	for _, tc := range []struct{ in, want string }{
		{"- بند", `\- بند`},
		{"1. أولاً", `1\. أولاً`},
		{"2025 عام", "2025 عام"},
		{"وصل", "وصل"},
	} {
		if got := mdLead(tc.in); got != tc.want {
			t.Errorf("mdLead(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzMarkdownEscape checks that escaped text never holds a raw <, and
// that flatten leaves one line.
func FuzzMarkdownEscape(f *testing.F) {
	f.Add("<img src=x onerror=alert(1)> وصل الشيباني")
	f.Add("سطر\nسطر آخر\t|")
	f.Fuzz(func(t *testing.T, s string) {
		if got := mdEscape(s); strings.Contains(got, "<") || strings.Contains(got, ">") {
			t.Fatalf("mdEscape(%q) = %q holds a raw angle bracket", s, got)
		}
		if got := flatten(s); strings.ContainsAny(got, "\n\r") {
			t.Fatalf("flatten(%q) = %q spans lines", s, got)
		}
	})
}
