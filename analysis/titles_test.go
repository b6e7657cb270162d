package analysis

import (
	"context"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// TestEventTitlesBundled checks the titles of the bundled corpus' events
// told by more than one source: each is cut from a claim of the event,
// reads as a statement (no keyword list, no trailing comma) and fits a
// headline's length.
func TestEventTitlesBundled(t *testing.T) {
	docs, _ := corpus.Load(context.Background(), []string{"../testdata/corpus/syria-russia"}, corpus.Options{})
	a, err := Analyze(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	titles := EventTitles(a)
	if len(titles) != len(a.Events) {
		t.Fatalf("got %d titles for %d events", len(titles), len(a.Events))
	}
	want := map[string]string{"2025-10-15": "استقبل", "2025-02-12": "اتصالاً هاتفياً"}
	for i, ev := range a.Events {
		tt := titles[i]
		if tt.Title == "" {
			t.Errorf("event %s: empty title", ev.ID)
			continue
		}
		if n := len(strings.Fields(tt.Title)); n > MaxTitleWords {
			t.Errorf("event %s: title %q has %d words, want at most %d", ev.ID, tt.Title, n, MaxTitleWords)
		}
		if strings.HasSuffix(tt.Title, "،") || strings.Contains(tt.Title, " — ") {
			t.Errorf("event %s: title %q is not headline-like", ev.ID, tt.Title)
		}
		if w, ok := want[ev.Date]; ok && !strings.Contains(tt.Title, w) {
			t.Errorf("event %s (%s): title %q, want it to contain %q", ev.ID, ev.Date, tt.Title, w)
		}
	}
}

func TestHeadline(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"connective and clause", "ووصل الشيباني إلى العاصمة الروسية موسكو في أول زيارة رسمية، مشيرًا إلى أن العلاقات جيدة",
			"وصل الشيباني إلى العاصمة الروسية موسكو في أول زيارة رسمية"},
		{"brackets", "الشيباني يلتقي وزير الخارجية الروسي سيرغي لافروف في موسكو (وكالة سانا)",
			"الشيباني يلتقي وزير الخارجية الروسي سيرغي لافروف في موسكو"},
		{"word that starts with waw", "وزير الخارجية يصل إلى موسكو في زيارة رسمية", "وزير الخارجية يصل إلى موسكو في زيارة رسمية"},
		{"lead-in colon", "قال الوزير في مؤتمر صحفي عقده في العاصمة: إن الأمور جيدة", "قال الوزير في مؤتمر صحفي عقده في العاصمة"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &claim.Claim{Text: tc.text, End: len(tc.text)}
			if got := Headline(c); got != tc.want {
				t.Errorf("Headline = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRelabelDetail(t *testing.T) {
	for _, tc := range []struct{ in, a, b, want string }{
		{`said by "الشيباني" in A, by "لافروف" in B`, "C", "E", `said by "الشيباني" in C, by "لافروف" in E`},
		{"quoted in B, given without quote marks in other words in A", "A", "D", "quoted in D, given without quote marks in other words in A"},
		{`only A names "AFP A"`, "B", "C", `only B names "AFP A"`},
		{"one in A, several in B", "A", "B", "one in A, several in B"},
		{"ABC in A", "D", "E", "ABC in D"},
	} {
		if got := RelabelDetail(tc.in, tc.a, tc.b); got != tc.want {
			t.Errorf("RelabelDetail(%q, %s, %s) = %q, want %q", tc.in, tc.a, tc.b, got, tc.want)
		}
	}
}
