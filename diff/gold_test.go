package diff

import (
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// Files of the bundled corpus (gold/seeds-dev.json names them A0–A4).
const (
	fileA0 = "000_61ffee1a40fd20b0.txt"
	fileA1 = "001_018bca4796b0a5f3.txt"
	fileA2 = "002_172edc32d39c3b1d.txt"
	fileA3 = "003_2ecffe47322c837b.txt"
	fileA4 = "004_71cf752dea56cd4a.txt"
)

// goldClaim is a claim of the corpus, found by a snippet, with the event
// date its date mention resolves to (as claim/dates gives it), if any.
type goldClaim struct {
	file, snippet string
	dateText      string // the date mention in the claim; "" for none
	dateValue     string
}

func (g goldClaim) load(t *testing.T) *claim.Claim {
	c := corpusClaim(t, g.file, g.snippet)
	if g.dateText != "" {
		date(t, c, g.dateText, g.dateValue, "on")
	}
	return c
}

// TestGoldAlignments runs CompareGroup on the alignments of the dev gold
// whose discrepancies and agreements are known: claims split from the real
// articles, dates set to what they resolve to against each article's date.
func TestGoldAlignments(t *testing.T) {
	tests := []struct {
		name    string
		claims  []goldClaim
		want    []string
		notWant []string
	}{
		{
			name: "israel-dec: condemnation against rejecting position, direct dropped",
			claims: []goldClaim{
				{file: fileA0, snippet: "كما جدد بوتين موقف موسكو الرافض"},
				{file: fileA2, snippet: "كما جدد إدانة موسكو للانتهاكات"},
				{file: fileA3, snippet: "كما جدد موقف موسكو الرافض"},
			},
			want: []string{TypeWording}, notWant: []string{TypeDate, TypeNumber, TypePolarity},
		},
		{
			name: "opportunities-quote: the same quote in other words, one quote unclosed",
			claims: []goldClaim{
				{file: fileA1, snippet: "هناك فرص كبيرة لسوريا"},
				{file: fileA4, snippet: "هناك فرص عديدة لسوريا"},
			},
			want: []string{TypeQuote}, notWant: []string{TypeDate, TypeNumber},
		},
		{
			name: "sharaa-oct15: 15 October in three month-name systems",
			claims: []goldClaim{
				{file: fileA0, snippet: "في 15 تشرين الأول/أكتوبر الماضي", dateText: "15 تشرين الأول/أكتوبر الماضي", dateValue: "2025-10-15"},
				{file: fileA3, snippet: "في 15 من تشرين الأول الماضي", dateText: "15 من تشرين الأول الماضي", dateValue: "2025-10-15"},
				{file: fileA2, snippet: "في 15 أكتوبر 2025", dateText: "15 أكتوبر 2025", dateValue: "2025-10-15"},
			},
			notWant: []string{TypeDate},
		},
		{
			name: "visit-date: 23 كانون الأول/ديسمبر against الثلاثاء 23 كانون الأول",
			claims: []goldClaim{
				{file: fileA2, snippet: "وأرسلت سوريا وفداً", dateText: "23 كانون الأول/ديسمبر", dateValue: "2025-12-23"},
				{file: fileA3, snippet: "لقاء الشيباني وبوتين جاء", dateText: "الثلاثاء 23 كانون الأول", dateValue: "2025-12-23"},
			},
			notWant: []string{TypeDate},
		},
		{
			name: "new-phase: Wednesday in an article of 24 December against الأربعاء 24 من كانون الأول",
			claims: []goldClaim{
				{file: fileA0, snippet: "أعلن وزير الخارجية السوري أسعد الشيباني، يوم الأربعاء", dateText: "يوم الأربعاء", dateValue: "2025-12-24"},
				{file: fileA3, snippet: "الأربعاء 24 من كانون الأول", dateText: "الأربعاء 24 من كانون الأول", dateValue: "2025-12-24"},
			},
			notWant: []string{TypeDate},
		},
		{
			name: "control: the visit misdated on one side is a date discrepancy",
			claims: []goldClaim{
				{file: fileA2, snippet: "وأرسلت سوريا وفداً", dateText: "23 كانون الأول/ديسمبر", dateValue: "2025-12-23"},
				{file: fileA3, snippet: "لقاء الشيباني وبوتين جاء", dateText: "الثلاثاء 23 كانون الأول", dateValue: "2025-12-22"},
			},
			want: []string{TypeDate},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []*claim.Claim
			for _, g := range tt.claims {
				cs = append(cs, g.load(t))
			}
			got := CompareGroup(cs)
			checkTypes(t, got, tt.want, tt.notWant)
			checkEvidence(t, got, cs...)
			for i := 1; i < len(got); i++ {
				if got[i].Severity > got[i-1].Severity {
					t.Errorf("not sorted by severity: %v", describeAll(got))
				}
			}
		})
	}
}

// TestCompareGroupDedup checks that a group gives each pair's discrepancy
// once, and that claims of one document are not compared.
func TestCompareGroupDedup(t *testing.T) {
	a := corpusClaim(t, fileA2, "كما جدد إدانة موسكو للانتهاكات")
	b := corpusClaim(t, fileA3, "كما جدد موقف موسكو الرافض")
	pair := Compare(a, b)
	group := CompareGroup([]*claim.Claim{a, b, b})
	if len(group) != len(pair) {
		t.Errorf("group of a, b, b: got %d discrepancies, want %d (%v)", len(group), len(pair), describeAll(group))
	}
	same := CompareGroup([]*claim.Claim{a, a})
	if len(same) != 0 {
		t.Errorf("two claims of one document: got %v, want none", describeAll(same))
	}
}
