package align

import (
	"encoding/json"
	"testing"
)

// BenchmarkDecodeModel measures decoding the embedded similarity.json,
// which every command pays at start-up.
func BenchmarkDecodeModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var m Model
		if err := json.Unmarshal(modelJSON, &m); err != nil {
			b.Fatal(err)
		}
		if err := m.Check(); err != nil {
			b.Fatal(err)
		}
	}
}
