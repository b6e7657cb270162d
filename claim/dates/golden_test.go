package dates

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden lists every mention of testdata/news_ar.txt resolved against
// 2025-11-26 and compares the listing with testdata/news_ar.golden.
func TestGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "news_ar.txt"))
	if err != nil {
		t.Fatalf("read input: %v", err)
	}
	var b strings.Builder
	for _, m := range FindResolved(string(text), Ref{2025, 11, 26}) {
		fmt.Fprintf(&b, "%d-%d\t%s\t%s\t%s\t%s\trelative=%v\t%s\t%s", m.Start, m.End, m.Text, m.Value, m.Precision, m.Role, m.Relative, m.Calendar, m.Kind)
		if m.Unit != "" {
			fmt.Fprintf(&b, "\t%g %s", m.Amount, m.Unit)
		}
		b.WriteByte('\n')
	}
	golden := filepath.Join("testdata", "news_ar.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatalf("write golden: %v", err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run go test -update): %v", err)
	}
	if b.String() != string(want) {
		t.Errorf("mentions differ from %s (run go test -update to accept):\ngot:\n%s\nwant:\n%s", golden, b.String(), want)
	}
}
