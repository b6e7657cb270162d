package dates

import (
	"strings"
	"testing"
)

func runCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ref, err := ParseRef(c.ref)
			if err != nil {
				t.Fatalf("ParseRef(%q): %v", c.ref, err)
			}
			ms := FindResolved(c.text, ref)
			if c.mention == "" {
				if len(ms) != 0 {
					t.Errorf("FindResolved(%q) = %d mentions (first %q = %q), want none", c.text, len(ms), ms[0].Text, ms[0].Value)
				}
				return
			}
			var got []string
			for _, m := range ms {
				got = append(got, m.Text)
				if m.Text != c.mention {
					continue
				}
				if m.Value != c.value {
					t.Errorf("%q: got value %q, want %q", m.Text, m.Value, c.value)
				}
				if c.role != "" && m.Role != c.role {
					t.Errorf("%q: got role %q, want %q", m.Text, m.Role, c.role)
				}
				if c.text[m.Start:m.End] != m.Text {
					t.Errorf("%q: text[%d:%d] = %q", m.Text, m.Start, m.End, c.text[m.Start:m.End])
				}
				return
			}
			t.Errorf("FindResolved(%q): got mentions %q, want one %q", c.text, strings.Join(got, " | "), c.mention)
		})
	}
}

func TestArabic(t *testing.T) {
	if len(arabicCases) < 80 {
		t.Fatalf("got %d Arabic cases, want at least 80", len(arabicCases))
	}
	runCases(t, arabicCases)
}

func TestEnglish(t *testing.T) {
	if len(englishCases) < 20 {
		t.Fatalf("got %d English cases, want at least 20", len(englishCases))
	}
	runCases(t, englishCases)
}

func TestUnknownReference(t *testing.T) {
	text := "أعلن الوزير أمس، يوم الأربعاء، أن القمة المقررة في تشرين الأول المقبل ستعقد كما اتفق في 15 آذار 2025، بعد أن تراجع التضخم الشهر الماضي وفي تموز الماضي وفي 23 كانون الأول."
	want := map[string]string{
		"أمس": "", "يوم الأربعاء": "", "تشرين الأول المقبل": "", "15 آذار 2025": "2025-03-15",
		"الشهر الماضي": "", "تموز الماضي": "", "23 كانون الأول": "",
	}
	ms := FindResolved(text, Ref{})
	if len(ms) != len(want) {
		t.Fatalf("got %d mentions, want %d: %+v", len(ms), len(want), ms)
	}
	for _, m := range ms {
		w, ok := want[m.Text]
		if !ok {
			t.Errorf("unexpected mention %q", m.Text)
			continue
		}
		if m.Value != w {
			t.Errorf("%q with unknown reference: got %q, want %q", m.Text, m.Value, w)
		}
		if (w == "") != m.Relative {
			t.Errorf("%q: got Relative %v, want %v", m.Text, m.Relative, w == "")
		}
	}
}

func TestPartialReference(t *testing.T) {
	cases := []struct {
		name, text, ref, mention, want string
	}{
		{"month-ref-yesterday", "أعلنت الوزارة أمس عن الخطة.", "2025-10", "أمس", "2025-10"},
		{"month-ref-weekday", "أعلن الوزير يوم الأربعاء عن الخطة.", "2025-10", "يوم الأربعاء", "2025-10"},
		{"month-ref-month-past", "في تموز الماضي زار الوزير موسكو.", "2025-10", "تموز الماضي", "2025-07"},
		{"month-ref-last-month", "ارتفع التضخم الشهر الماضي.", "2025-10", "الشهر الماضي", "2025-09"},
		{"month-ref-last-week", "ناقش المجلس الأسبوع الماضي القانون.", "2025-10", "الأسبوع الماضي", ""},
		{"year-ref-last-year", "تراجع الإنتاج العام الماضي.", "2025", "العام الماضي", "2024"},
		{"year-ref-month-past", "في تموز الماضي زار الوزير موسكو.", "2025", "تموز الماضي", ""},
		{"year-ref-last-month", "ارتفع التضخم الشهر الماضي.", "2025", "الشهر الماضي", ""},
		{"year-ref-day-month", "وصل الوفد في 23 كانون الأول إلى موسكو.", "2025", "23 كانون الأول", "2025-12-23"},
		{"range-ref", "وصل الوفد في 23 كانون الأول إلى موسكو.", "2025-12-23/2025-12-24", "23 كانون الأول", "2025-12-23"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ref, err := ParseRef(c.ref)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range FindResolved(c.text, ref) {
				if m.Text == c.mention {
					if m.Value != c.want {
						t.Errorf("%q against %q: got %q, want %q", m.Text, c.ref, m.Value, c.want)
					}
					return
				}
			}
			t.Errorf("no mention %q in %q", c.mention, c.text)
		})
	}
}

func TestParseRef(t *testing.T) {
	cases := []struct {
		in   string
		want Ref
		err  bool
	}{
		{"2025-12-24", Ref{2025, 12, 24}, false},
		{"2025-10", Ref{2025, 10, 0}, false},
		{"2025", Ref{2025, 0, 0}, false},
		{"", Ref{}, false},
		{"2025-12-24T10:00:00Z", Ref{2025, 12, 24}, false},
		{"2025-12-23/2025-12-24", Ref{2025, 12, 0}, false},
		{"2025-02-30", Ref{}, true},
		{"2025-13", Ref{}, true},
		{"24/12/2025", Ref{}, true},
		{"yesterday", Ref{}, true},
	}
	for _, c := range cases {
		got, err := ParseRef(c.in)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("ParseRef(%q) = %+v, %v; want %+v, error %v", c.in, got, err, c.want, c.err)
		}
		if err == nil && c.in != "" && !strings.Contains(c.in, "/") && !strings.Contains(c.in, "T") && got.String() != c.in {
			t.Errorf("ParseRef(%q).String() = %q", c.in, got.String())
		}
	}
}

func TestCompatibleConflict(t *testing.T) {
	cases := []struct {
		a, b                 string
		compatible, conflict bool
	}{
		{"2025-02", "2025-02-12", true, false},
		{"2025-12-23", "2025-12-24", false, true},
		{"2025-12-23/2025-12-24", "2025-12-24", true, false},
		{"2025", "2025-10-15", true, false},
		{"2024", "2025-10", false, true},
		{"1970/1979", "1975", true, false},
		{"2025-02", "2025-03-01", false, true},
		{"", "2025-01-01", false, false},
		{"not a date", "2025", false, false},
		{"2025-12-23", "2025-12-23", true, false},
	}
	for _, c := range cases {
		if got := Compatible(c.a, c.b); got != c.compatible {
			t.Errorf("Compatible(%q, %q) = %v, want %v", c.a, c.b, got, c.compatible)
		}
		if got := Conflict(c.a, c.b); got != c.conflict {
			t.Errorf("Conflict(%q, %q) = %v, want %v", c.a, c.b, got, c.conflict)
		}
		if Compatible(c.a, c.b) != Compatible(c.b, c.a) || Conflict(c.a, c.b) != Conflict(c.b, c.a) {
			t.Errorf("Compatible/Conflict(%q, %q) not symmetric", c.a, c.b)
		}
	}
	if f, l, ok := Bounds("2025-02"); !ok || f != "2025-02-01" || l != "2025-02-28" {
		t.Errorf("Bounds(2025-02) = %q, %q, %v; want 2025-02-01, 2025-02-28, true", f, l, ok)
	}
}

func TestHijriTable(t *testing.T) {
	// Umm al-Qura month starts published by the Saudi calendar authority.
	cases := []struct {
		y, m int
		want string
	}{
		{1420, 1, "1999-04-17"}, {1446, 9, "2025-03-01"}, {1447, 1, "2025-06-26"},
		{1445, 12, "2024-06-07"}, {1444, 10, "2023-04-21"},
	}
	for _, c := range cases {
		lo, _ := hijriMonth(c.y, c.m)
		if got := dayIval(lo).format(); got != c.want {
			t.Errorf("1 of month %d %d AH: got %s, want %s", c.m, c.y, got, c.want)
		}
	}
	// every year of the table has 354 or 355 days
	for y := uqFirstYear; y <= uqLastYear; y++ {
		n := 0
		for m := 1; m <= 12; m++ {
			n += hijriMonthLen(y, m)
		}
		if n != 354 && n != 355 {
			t.Errorf("year %d AH: got %d days, want 354 or 355", y, n)
		}
	}
}

func TestMoreArabic(t *testing.T) { runCases(t, moreArabicCases) }
