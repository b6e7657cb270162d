package events

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/tui/common"
)

// TestFilter parses filter lines and applies them to an event.
func TestFilter(t *testing.T) {
	d := common.NewData(&analysis.Analysis{Documents: []*corpus.Document{
		{ID: "d-00000001", Source: "سانا"}, {ID: "d-00000002", Source: "RT Arabic"},
	}})
	ev := &common.EventInfo{Label: "زيارة الشيباني إلى موسكو", Date: "2025-12-23/2025-12-24",
		Sources: []string{"d-00000001", "d-00000002"}, Types: []string{"date", "number"},
		Alignments: []int{0, 1}, AlignmentsReviewed: 1, Outlets: 2}
	tests := []struct {
		name, line string
		want       bool
		err        string
	}{
		{"empty", "", true, ""},
		{"source by Arabic name", "src:سانا", true, ""},
		{"source by Latin name, any case", "src:rt", true, ""},
		{"source by letter", "src:B", true, ""},
		{"source absent", "src:الجزيرة", false, ""},
		{"date prefix", "date:2025-12", true, ""},
		{"date elsewhere", "date:2025-07", false, ""},
		{"type present", "type:number", true, ""},
		{"type absent", "type:quote", false, ""},
		{"partly reviewed", "state:partial", true, ""},
		{"not all reviewed", "state:reviewed", false, ""},
		{"label word, hamza folded", "الى", true, ""},
		{"label word absent", "دمشق", false, ""},
		{"told by two outlets", "sources:2", true, ""},
		{"not by three", "sources:3", false, ""},
		{"not by one only", "sources:1", false, ""},
		{"all together", "src:سانا date:2025-12 type:date state:open موسكو", true, ""},
		{"bad state", "state:done", false, "unknown state"},
		{"bad key", "who:amal", false, "unknown key"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseFilter(tc.line)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("ParseFilter(%q): got error %v, want one mentioning %q", tc.line, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseFilter(%q): %v", tc.line, err)
			}
			if got := f.Match(d, ev); got != tc.want {
				t.Fatalf("ParseFilter(%q).Match: got %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestFilterCountsOutlets: sources:N counts outlets as the folding of the
// list does, so an article and its copy in one outlet are one source.
func TestFilterCountsOutlets(t *testing.T) {
	d := common.NewData(&analysis.Analysis{Documents: []*corpus.Document{
		{ID: "d-00000001", Source: "سبق"}, {ID: "d-00000002", Source: "سبق"},
	}})
	ev := &common.EventInfo{Label: "افتتاح مهرجان عكاظ", Sources: []string{"d-00000001", "d-00000002"}, Outlets: 1}
	for line, want := range map[string]bool{"sources:2": false, "sources:1": true} {
		f, err := ParseFilter(line)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Match(d, ev); got != want {
			t.Errorf("ParseFilter(%q).Match of two documents of one outlet = %v, want %v", line, got, want)
		}
	}
}

// TestCursorAndBackground: the background pseudo-event (ID "") is listed
// last and the cursor starts on the first row, not on the event whose ID
// equals the empty "nothing to keep"; Refresh keeps the background row
// only when asked to.
func TestCursorAndBackground(t *testing.T) {
	doc := &corpus.Document{ID: "d-00000001", Source: "سانا"}
	a := &analysis.Analysis{
		Documents: []*corpus.Document{doc},
		Claims: []claim.Claim{
			{ID: "d-00000001/c-000001", Doc: doc.ID, Text: "وصل الشيباني إلى موسكو.", Kind: claim.KindSentence},
			{ID: "d-00000001/c-000002", Doc: doc.ID, Text: "وكانت روسيا حليفًا رئيسيًا للأسد.", Kind: claim.KindSentence},
			{ID: "d-00000001/c-000003", Doc: doc.ID, Text: "التقى بوتين الشرع في موسكو.", Kind: claim.KindSentence},
		},
		Events: []align.Event{
			{ID: "ev-2", Label: "لقاء بوتين والشرع", Date: "2025-10-15", Claims: []string{"d-00000001/c-000003"}},
			{ID: "ev-1", Label: "زيارة الشيباني", Date: "2025-07-31", Claims: []string{"d-00000001/c-000001"}},
		},
	}
	ctx := &common.Context{Width: 80, Height: 24, Keys: common.DefaultKeyMap(), Data: common.NewData(a)}
	label := func(m Model) string {
		f := m.Focus()
		if f.Event < 0 {
			return "(none)"
		}
		return ctx.Data.Events[f.Event].Label
	}
	m := New(ctx)
	var order []string
	for _, ei := range m.Order() {
		order = append(order, ctx.Data.Events[ei].Label)
	}
	if got, want := strings.Join(order, " | "), "زيارة الشيباني | لقاء بوتين والشرع | "+common.BackgroundLabel; got != want {
		t.Fatalf("order: got %q, want %q", got, want)
	}
	tests := []struct {
		name string
		m    Model
		want string
	}{
		{"new", m, "زيارة الشيباني"},
		{"refresh keeping the background", m.Refresh("", true), common.BackgroundLabel},
		{"refresh keeping an event", m.Refresh("ev-2", true), "لقاء بوتين والشرع"},
		{"refresh keeping nothing", m.Refresh("", false), "زيارة الشيباني"},
		{"refresh keeping a vanished event", m.Refresh("ev-9", true), "زيارة الشيباني"},
	}
	for _, tc := range tests {
		if got := label(tc.m); got != tc.want {
			t.Errorf("%s: cursor on %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestFilterSources(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"sources:2", 2, false}, {"sources:1", 1, false}, {"n:3+", 3, false}, {"sources:x", 0, true}, {"sources:0", 0, true},
	} {
		f, err := ParseFilter(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("ParseFilter(%q): error %v, want error %v", tc.in, err, tc.wantErr)
			continue
		}
		if err == nil && f.MinSources != tc.want {
			t.Errorf("ParseFilter(%q).MinSources = %d, want %d", tc.in, f.MinSources, tc.want)
		}
	}
}

func TestShortDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-12-23/2025-12-24": "2025-12-23/24", "2025-03/2025-05": "2025-03/05", "2025-12-30/2026-01-02": "2025-12-30/2026-01-02",
		"2025-07-31": "2025-07-31", "": "",
	} {
		if got := shortDate(in); got != want {
			t.Errorf("shortDate(%q) = %q, want %q", in, got, want)
		}
	}
}
