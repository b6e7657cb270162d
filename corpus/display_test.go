package corpus

import "testing"

func TestDisplayName(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  Document
		want string
	}{
		{"byline", Document{Source: "الثورة", SourceFrom: FromByline, Path: "004_71cf752dea56cd4a.txt"}, "الثورة"},
		{"aggregator original", Document{Source: "000_61ffee1a40fd20b0", SourceFrom: FromFilename, OriginalSource: "hashtagsyria.com", Path: "x/000_61ffee1a40fd20b0.txt"}, "hashtagsyria.com"},
		{"url host", Document{Source: "a", SourceFrom: FromFilename, URL: "https://www.enabbaladi.net/x", Path: "a.txt"}, "enabbaladi.net"},
		{"file with hash", Document{Source: "002_172edc32d39c3b1d", SourceFrom: FromFilename, Path: "c/002_172edc32d39c3b1d.txt"}, "file 002"},
		{"plain file", Document{Source: "reuters-report", SourceFrom: FromFilename, Path: "reuters-report.md"}, "reuters report"},
		{"long file", Document{SourceFrom: FromFilename, Path: "a_very_long_file_name_that_goes_on_and_on.txt"}, "a very long file name t…"},
		{"hash only", Document{SourceFrom: FromFilename, Path: "61ffee1a40fd20b0.txt"}, "61ffee1a"},
		{"metadata", Document{Source: "aawsat", SourceFrom: FromMetadata, Path: "s.jsonl"}, "aawsat"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := DisplayName(&tc.doc); got != tc.want {
				t.Errorf("DisplayName = %q, want %q", got, tc.want)
			}
		})
	}
}
