package report

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/review"
)

func buildFixture(t *testing.T, verdicts map[string]review.Verdict, extra string, opts Options) *Report {
	t.Helper()
	r, err := Build(fixture(verdicts, extra), opts)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return r
}

// TestBuildMarks checks that the words that differ between two reports of
// one arrival are marked on both sides, and only those.
func TestBuildMarks(t *testing.T) {
	r := buildFixture(t, nil, "", Options{})
	if len(r.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(r.Events))
	}
	var arrival *Alignment
	for i := range r.Events[0].Alignments {
		if r.Events[0].Alignments[i].ID == "al-arrival" {
			arrival = &r.Events[0].Alignments[i]
		}
	}
	if arrival == nil {
		t.Fatal("alignment al-arrival not in the report")
	}
	marked := func(c Claim, kind string) string {
		var s []string
		for _, p := range c.Parts {
			if p.Mark == kind {
				s = append(s, p.Text)
			}
		}
		return strings.Join(s, "|")
	}
	for _, tc := range []struct {
		name string
		side int
		kind string
		want string
	}{
		{"anchor's weekday is deleted", 0, MarkDel, "الخميس"},
		{"other's weekday and addition are inserted", 1, MarkIns, "الأربعاء|هي الأولى"},
		{"anchor has nothing inserted", 0, MarkIns, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := marked(arrival.Claims[tc.side], tc.kind); got != tc.want {
				t.Errorf("got marks %q, want %q", got, tc.want)
			}
		})
	}
	for _, c := range arrival.Claims {
		var b strings.Builder
		for _, p := range c.Parts {
			b.WriteString(p.Text)
		}
		if b.String() != c.Text {
			t.Errorf("parts of %s rebuild %q, want the claim text %q", c.ID, b.String(), c.Text)
		}
		for _, m := range c.Marks {
			if r.Analysis.Documents[0].ID == c.Doc && r.Analysis.Documents[0].Text[m.Start:m.End] != m.Text {
				t.Errorf("mark %d-%d is %q in the document, want %q", m.Start, m.End, r.Analysis.Documents[0].Text[m.Start:m.End], m.Text)
			}
		}
	}
}

// TestBuildOrder checks that alignments come worst first: by severity,
// then number of discrepancies, then lower similarity.
func TestBuildOrder(t *testing.T) {
	b := &builder{}
	e := b.finish(Event{Alignments: []Alignment{
		{ID: "al-a", Similarity: 0.9},
		{ID: "al-b", Similarity: 0.5},
		{ID: "al-c", Similarity: 0.9, Severity: 3, Discrepancy: []Discrepancy{{Severity: 3}}},
		{ID: "al-d", Similarity: 0.9, Severity: 2, Discrepancy: []Discrepancy{{Severity: 2}, {Severity: 1}}},
		{ID: "al-e", Similarity: 0.9, Severity: 2, Discrepancy: []Discrepancy{{Severity: 2}}},
	}})
	var got []string
	for _, al := range e.Alignments {
		got = append(got, al.ID)
	}
	if want := "al-c al-d al-e al-b al-a"; strings.Join(got, " ") != want {
		t.Errorf("got order %v, want %s", got, want)
	}
	if e.Severity != 3 {
		t.Errorf("got event severity %d, want 3", e.Severity)
	}
}

// TestSince checks which event dates --since keeps.
func TestSince(t *testing.T) {
	for _, tc := range []struct {
		name, date, since string
		want              bool
	}{
		{"same day", "2025-07-31", "2025-07-31", true},
		{"day before", "2025-07-30", "2025-07-31", false},
		{"range ending on the day", "2025-07-30/2025-07-31", "2025-07-31", true},
		{"month covering the day", "2025-07", "2025-07-15", true},
		{"month before", "2025-06", "2025-07-01", false},
		{"year covering", "2025", "2025-12-31", true},
		{"since a month", "2025-08-01", "2025-08", true},
		{"since a year", "2024-12-31", "2025", false},
		{"undated", "", "2025-01-01", false},
		{"unreadable", "أمس", "2025-01-01", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			since, err := ParseSince(tc.since)
			if err != nil {
				t.Fatal(err)
			}
			if got := reaches(tc.date, since); got != tc.want {
				t.Errorf("reaches(%q, %s) = %v, want %v", tc.date, tc.since, got, tc.want)
			}
		})
	}
	if _, err := ParseSince("31/07/2025"); err == nil {
		t.Error("ParseSince(31/07/2025): got no error, want one")
	}
	r := buildFixture(t, nil, "", Options{Since: "2025-08-01"})
	if len(r.Events) != 0 {
		t.Errorf("since 2025-08-01: got %d events, want 0 (the visit ended on 31 July)", len(r.Events))
	}
	r = buildFixture(t, nil, "", Options{Since: "2025-07-31"})
	if len(r.Events) != 1 {
		t.Errorf("since 2025-07-31: got %d events, want 1", len(r.Events))
	}
}

// TestVerdictsAndReviewed checks that verdicts attach to claims and
// alignments and decide which discrepancies are still open.
func TestVerdictsAndReviewed(t *testing.T) {
	inv := fixture(nil, "").Claims[1].ID
	for _, tc := range []struct {
		name     string
		verdicts map[string]review.Verdict
		want     bool // the discrepancy on al-invite counts as reviewed
	}{
		{"no verdict", nil, false},
		{"alignment verdict", map[string]review.Verdict{"al-invite": review.Disputed}, true},
		{"claim verdict", map[string]review.Verdict{inv: review.False}, true},
		{"needs-checking is still open", map[string]review.Verdict{"al-invite": review.NeedsChecking}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixture(tc.verdicts, "")
			r, err := Build(a, Options{})
			if err != nil {
				t.Fatal(err)
			}
			b := newTestBuilder(r)
			al := &a.Alignments[1] // al-invite
			v := b.alignmentWith(al, nil, []discrepancy{{Type: "date", Severity: 3,
				Detail: "منتصف تشرين الأول / منتصف أكتوبر المقبل", Claims: al.Claims}})
			r.Events[0].Alignments = []Alignment{v}
			open := r.Unreviewed([]string{"date"})
			if got := len(open) == 0; got != tc.want {
				t.Errorf("got reviewed %v, want %v (open: %+v)", got, tc.want, open)
			}
			if n := len(r.Unreviewed([]string{"number"})); n != 0 {
				t.Errorf("got %d open number discrepancies, want 0", n)
			}
			if n := len(r.Unreviewed(nil)); n != len(open) {
				t.Errorf("got %d open discrepancies of any type, want %d", n, len(open))
			}
		})
	}
}

// TestCut checks merging of overlapping marks and that marks outside the
// claim or off rune boundaries are dropped.
func TestCut(t *testing.T) {
	text := "قال الشيباني إن العلاقات تدخل مرحلة جديدة"
	c := &claim.Claim{ID: "d-00000000/c-000000", Start: 100, End: 100 + len(text), Text: text}
	w := func(s string) (int, int) {
		i := strings.Index(text, s)
		return 100 + i, 100 + i + len(s)
	}
	s1, e1 := w("الشيباني")
	s2, e2 := w("الشيباني إن")
	s3, e3 := w("مرحلة")
	for _, tc := range []struct {
		name  string
		marks []Mark
		want  string
	}{
		{"none", nil, ""},
		{"one", []Mark{{Start: s1, End: e1, Kind: MarkDel}}, "del:الشيباني"},
		{"overlapping merge", []Mark{{Start: s1, End: e1, Kind: MarkMoved}, {Start: s2, End: e2, Kind: MarkDel}}, "del:الشيباني إن"},
		{"two apart", []Mark{{Start: s3, End: e3, Kind: MarkIns}, {Start: s1, End: e1, Kind: MarkIns}}, "ins:الشيباني ins:مرحلة"},
		{"outside the claim", []Mark{{Start: 0, End: 50, Kind: MarkDel}}, ""},
		{"inside a letter", []Mark{{Start: s1 + 1, End: e1, Kind: MarkDel}}, ""},
		{"clipped at the claim end", []Mark{{Start: s3, End: c.End + 40, Kind: MarkIns}}, "ins:مرحلة جديدة"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			marks, parts := cut(c, tc.marks)
			var got []string
			for _, m := range marks {
				got = append(got, m.Kind+":"+m.Text)
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("got marks %v, want %q", got, tc.want)
			}
			var b strings.Builder
			for _, p := range parts {
				b.WriteString(p.Text)
			}
			if b.String() != text {
				t.Errorf("parts rebuild %q, want %q", b.String(), text)
			}
		})
	}
}

// FuzzCut checks that any marks leave parts that rebuild the claim, marks
// inside it on rune boundaries, in order and not overlapping.
func FuzzCut(f *testing.F) {
	f.Add("وصل الشيباني إلى موسكو يوم الخميس", 3, 10, 20, 40)
	f.Add("١٥ تشرين الأول", 0, 2, 1, 7)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		c := &claim.Claim{Start: 7, End: 7 + len(text), Text: text}
		marks, parts := cut(c, []Mark{{Start: s1, End: e1, Kind: MarkDel}, {Start: s2, End: e2, Kind: MarkIns}})
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p.Text)
		}
		if b.String() != text {
			t.Fatalf("parts rebuild %q, want %q", b.String(), text)
		}
		last := c.Start
		for _, m := range marks {
			if m.Start < last || m.End > c.End || m.Start >= m.End {
				t.Fatalf("mark %d-%d out of order or outside %d-%d", m.Start, m.End, c.Start, c.End)
			}
			if !boundary(text, m.Start-c.Start) || !boundary(text, m.End-c.Start) {
				t.Fatalf("mark %d-%d not on rune boundaries", m.Start, m.End)
			}
			last = m.End
		}
	})
}

// TestDirAndLabels checks writing directions and the label language.
func TestDirAndLabels(t *testing.T) {
	for _, tc := range []struct{ lang, dir, title string }{
		{"ar", "rtl", "تقرير claimdiff"},
		{"ar-SY", "rtl", "تقرير claimdiff"},
		{"fa", "rtl", "claimdiff report"},
		{"en", "ltr", "claimdiff report"},
		{"und", "ltr", "claimdiff report"},
	} {
		if got := dirOf(tc.lang); got != tc.dir {
			t.Errorf("dirOf(%q) = %q, want %q", tc.lang, got, tc.dir)
		}
		if got := LabelsFor(tc.lang).Title; got != tc.title {
			t.Errorf("LabelsFor(%q).Title = %q, want %q", tc.lang, got, tc.title)
		}
	}
}

// newTestBuilder returns the builder Build used for r.
func newTestBuilder(r *Report) *builder {
	b := &builder{r: r, claims: map[string]*claim.Claim{}}
	for i := range r.Analysis.Claims {
		b.claims[r.Analysis.Claims[i].ID] = &r.Analysis.Claims[i]
	}
	if r.Analysis.Reviews != nil {
		b.st = r.Analysis.Reviews.State
	}
	return b
}

// TestTextDir checks the per-claim direction on Arabic, English and mixed
// news text.
func TestTextDir(t *testing.T) {
	for _, tc := range []struct{ name, text, fallback, want string }{
		{"Arabic", "وصل الشيباني إلى موسكو", "ltr", "rtl"},
		{"English", "Shaibani arrived in Moscow", "rtl", "ltr"},
		{"Arabic with a Latin name", "قالت CNN إن الوزير وصل إلى موسكو", "ltr", "rtl"},
		{"Arabic with markup", `وقال المتحدث <script>window.x = 1</script> إن الوفد وصل`, "ltr", "rtl"},
		{"digits only", "2025-07-31", "rtl", "rtl"},
		{"Persian", "وزیر امور خارجه سوریه به مسکو رسید", "ltr", "rtl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := textDir(tc.text, tc.fallback); got != tc.want {
				t.Errorf("textDir(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
