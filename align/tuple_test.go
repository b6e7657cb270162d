package align

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestTupleScan pins the fast path for the model's short arrays: what it
// reads, and what it leaves to encoding/json.
func TestTupleScan(t *testing.T) {
	tests := []struct {
		in    string
		n     int // strings expected before the number
		ok    bool
		strs  []string
		value float64
	}{
		{`["رجل","شخص",0.71]`, 2, true, []string{"رجل", "شخص"}, 0.71},
		{` [ "يعزف" , "يلعب" , 1e-3 ] `, 2, true, []string{"يعزف", "يلعب"}, 0.001},
		{`["اجتمع",-0.25]`, 1, true, []string{"اجتمع"}, -0.25},
		{`["a\u0628","b",1]`, 2, false, nil, 0}, // an escape: encoding/json decodes it
		{`["a","b","c"]`, 2, false, nil, 0},     // no number
		{`["a",1]`, 2, false, nil, 0},           // too few strings
		{`["a","b",1,2]`, 2, false, nil, 0},     // too many values
		{`{"a":1}`, 1, false, nil, 0},           // not an array
		{"[\"\xff\",1]", 1, false, nil, 0},      // invalid UTF-8: encoding/json replaces it
		{`["a",null]`, 1, false, nil, 0},        // null
	}
	for _, tt := range tests {
		strs := make([]string, tt.n)
		ptrs := make([]*string, tt.n)
		for i := range strs {
			ptrs[i] = &strs[i]
		}
		var f float64
		ok := tupleScan([]byte(tt.in), ptrs, &f)
		if ok != tt.ok {
			t.Errorf("tupleScan(%s) = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		for i := range strs {
			if strs[i] != tt.strs[i] {
				t.Errorf("tupleScan(%s): string %d = %q, want %q", tt.in, i, strs[i], tt.strs[i])
			}
		}
		if f != tt.value {
			t.Errorf("tupleScan(%s): number %v, want %v", tt.in, f, tt.value)
		}
	}
}

// TestModelFastDecodeSame checks that the embedded model's associations
// and ratings decode to what encoding/json alone makes of them.
func TestModelFastDecodeSame(t *testing.T) {
	var raw struct {
		Assoc   [][3]any `json:"assoc"`
		Ratings [][2]any `json:"ratings"`
	}
	if err := json.Unmarshal(modelJSON, &raw); err != nil {
		t.Fatal(err)
	}
	var m Model
	if err := json.Unmarshal(modelJSON, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Assoc) != len(raw.Assoc) || len(m.Ratings) != len(raw.Ratings) || len(m.Assoc) == 0 {
		t.Fatalf("%d/%d associations, %d/%d ratings", len(m.Assoc), len(raw.Assoc), len(m.Ratings), len(raw.Ratings))
	}
	for i, a := range m.Assoc {
		r := raw.Assoc[i]
		if a.A != r[0].(string) || a.B != r[1].(string) || a.W != r[2].(float64) {
			t.Fatalf("association %d: %v, want %v", i, a, r)
		}
	}
	for i, w := range m.Ratings {
		r := raw.Ratings[i]
		if w.Stem != r[0].(string) || w.R != r[1].(float64) {
			t.Fatalf("rating %d: %v, want %v", i, w, r)
		}
	}
}

// TestDefaultModelVectors checks the word vectors DefaultModel was decoded
// with (at package initialisation) against a plain decoding of
// similarity.json's data: the digit a base64Digits search finds, less 32.
func TestDefaultModelVectors(t *testing.T) {
	var raw struct {
		Vectors wordVectorsJSON `json:"vectors"`
	}
	if err := json.Unmarshal(modelJSON, &raw); err != nil {
		t.Fatal(err)
	}
	v := DefaultModel().Vectors
	if DefaultModelErr() != nil || v == nil || raw.Vectors.Bits != 6 || len(v.Vecs) != len(raw.Vectors.Data) {
		t.Fatalf("model error %v; %d bits; vectors %v", DefaultModelErr(), raw.Vectors.Bits, v != nil)
	}
	for i := range len(raw.Vectors.Data) {
		q := strings.IndexByte(base64Digits, raw.Vectors.Data[i]) - 32
		if want := float32(float64(q) * raw.Vectors.Scale); v.Vecs[i] != want {
			t.Fatalf("value %d: %v, want %v", i, v.Vecs[i], want)
		}
	}
}
