package corpus

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSplitArray checks the cut of a JSON array into its elements on
// arrays whose strings hold quotes, escapes, brackets and commas, and that
// arrays of a broken shape are refused.
func TestSplitArray(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // nil: refused
	}{
		{"two records", `[{"title": "أ", "content": "نص"}, {"content": "ب"}]`, []string{`{"title": "أ", "content": "نص"}`, `{"content": "ب"}`}},
		{"empty", "[ \n ]", []string{}},
		{"brackets and commas in strings", `[{"content": "قال: [١، ٢], {ثم} \"اقتباس, ]\""},{"a":"]"}]`, []string{`{"content": "قال: [١، ٢], {ثم} \"اقتباس, ]\""}`, `{"a":"]"}`}},
		{"escaped backslash before the closing quote", `[{"a":"C:\\"},{"b":"\\\"x"}]`, []string{`{"a":"C:\\"}`, `{"b":"\\\"x"}`}},
		{"nested values and other elements", "[ {\"a\": [1, {\"b\": [2, 3]}]} ,\n null , 7, \"x,y\" ]", []string{`{"a": [1, {"b": [2, 3]}]}`, "null", "7", `"x,y"`}},
		{"trailing comma", `[{"a":1},]`, nil},
		{"empty element", `[{"a":1},,{"b":2}]`, nil},
		{"leading comma", `[,{"a":1}]`, nil},
		{"unclosed array", `[{"a":1}`, nil},
		{"unclosed string", `[{"a":"1}]`, nil},
		{"text after the array", `[{"a":1}] x`, nil},
		{"a second array", `[1] [2]`, nil},
		{"an object closes the array", `[1}`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := splitArray([]byte(tc.in))
			if tc.want == nil {
				if ok {
					t.Fatalf("splitArray(%s) = %q, want it refused", tc.in, got)
				}
				return
			}
			if !ok {
				t.Fatalf("splitArray(%s) refused, want %q", tc.in, tc.want)
			}
			strs := []string{}
			for _, e := range got {
				strs = append(strs, string(e))
			}
			if !reflect.DeepEqual(strs, tc.want) {
				t.Errorf("splitArray(%s) = %q, want %q", tc.in, strs, tc.want)
			}
		})
	}
}

// TestReadJSONMatchesWhole checks that readJSON, which decodes an array's
// records on all cores, gives the documents and problems of one pass of
// encoding/json over the whole array (readArrayWhole), broken arrays
// included, with more records than the parallel work's batch.
func TestReadJSONMatchesWhole(t *testing.T) {
	var many strings.Builder
	many.WriteString("[")
	for i := 0; i < 150; i++ {
		if i > 0 {
			many.WriteString(",\n")
		}
		switch {
		case i%37 == 5:
			many.WriteString(`"ليس كائنا"`)
		case i%41 == 7:
			fmt.Fprintf(&many, `{"title": "بلا نص %d", "content": ""}`, i)
		default:
			fmt.Fprintf(&many, `{"source": "sabq", "url": "http://sabq.org/%d", "date_extracted": "2015-07-21 03:00:00", "title": "خبر \"%d\"", "content": "قال الوزير [في الرياض]، أمس: {نص} رقم %d.\n\\ سطر ثان \u0041 %s"}`, i, i, i, "\xff\xfe")
		}
	}
	many.WriteString("]")
	inputs := map[string]string{
		"many records":       many.String(),
		"broken record":      strings.Replace(many.String(), `"title": "خبر \"100\""`, `"title": "خبر \"100\"" x`, 1),
		"trailing comma":     strings.TrimSuffix(many.String(), "]") + ",]",
		"null and numbers":   `[null, 1.5, {"content": "نص قصير", "published": "2015-07-20"}]`,
		"nothing":            `[]`,
		"unclosed":           strings.TrimSuffix(many.String(), "]"),
		"escaped quote tail": `[{"content": "قال \\\"نعم\\\""}, {"content": "نص\\\\"}]`,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			docs, probs := readJSON("f.json", []byte(in))
			wantDocs, wantProbs := readArrayWhole("f.json", []byte(in))
			if !reflect.DeepEqual(docs, wantDocs) {
				t.Errorf("%d documents, want %d (or they differ)", len(docs), len(wantDocs))
			}
			if fmt.Sprint(probs) != fmt.Sprint(wantProbs) {
				t.Errorf("problems %v, want %v", probs, wantProbs)
			}
			if name != "many records" {
				return
			}
			if len(docs) < 140 || len(probs) < 4 {
				t.Errorf("%d documents and %d problems: the input is not what the test means", len(docs), len(probs))
			}
			if raws, ok := splitArray([]byte(in)); !ok || len(raws) != 150 {
				t.Errorf("splitArray: %d records, ok %v; want 150 records", len(raws), ok)
			} else if _, _, ok := readRecords("f.json", raws); !ok {
				t.Errorf("readRecords refused the records")
			}
		})
	}
}

// TestJSONInvalidUTF8: a record whose text has bytes that are not UTF-8
// gives valid text with U+FFFD in their place (encoding/json's doing;
// metaDoc relies on it), whether the array is read on all cores or whole.
func TestJSONInvalidUTF8(t *testing.T) {
	in := []byte("[{\"content\": \"\xd8\xa7\xd9\x84\xd9\x86\xd8\xb5 \xff\xd8 \xe2\x82\"}]")
	for name, read := range map[string]func(string, []byte) ([]*Document, []*InputError){"readJSON": readJSON, "readArrayWhole": readArrayWhole} {
		docs, probs := read("f.json", in)
		if len(docs) != 1 {
			t.Fatalf("%s: %d documents (%v), want 1", name, len(docs), probs)
		}
		if got, want := docs[0].Text, "النص \uFFFD\uFFFD \uFFFD\uFFFD"; got != want || !utf8.ValidString(got) {
			t.Errorf("%s: text %q, want %q", name, got, want)
		}
	}
}
