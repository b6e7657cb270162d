package events

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/analysis"
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
		Alignments: []int{0, 1}, AlignmentsReviewed: 1}
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
