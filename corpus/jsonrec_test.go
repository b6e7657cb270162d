package corpus

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
	"unicode/utf8"
)

// unmarshalAny is what decodeRecord stands in for.
func unmarshalAny(raw []byte) (any, error) {
	var v any
	err := json.Unmarshal(raw, &v)
	return v, err
}

// flatMap reports whether v is a map whose values are all strings, bools
// or nil: what decodeFlat reads.
func flatMap(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for _, x := range m {
		switch x.(type) {
		case string, bool, nil:
		default:
			return false
		}
	}
	return true
}

// checkFlat checks decodeFlat against encoding/json on raw: what it
// accepts it reads as encoding/json does, and it accepts every flat object
// of valid UTF-8.
func checkFlat(t *testing.T, raw []byte) {
	t.Helper()
	got, ok := decodeFlat(raw)
	want, err := unmarshalAny(raw)
	if ok {
		if err != nil {
			t.Fatalf("decodeFlat(%q) accepted what encoding/json refuses: %v", raw, err)
		}
		if !reflect.DeepEqual(any(got), want) {
			t.Fatalf("decodeFlat(%q) = %#v, encoding/json %#v", raw, got, want)
		}
	} else if err == nil && flatMap(want) && utf8.Valid(raw) {
		t.Fatalf("decodeFlat(%q) refused a flat object encoding/json reads as %#v", raw, want)
	}
	rec, rerr := decodeRecord(raw)
	if (rerr == nil) != (err == nil) || err == nil && !reflect.DeepEqual(rec, want) {
		t.Fatalf("decodeRecord(%q) = %#v, %v; encoding/json %#v, %v", raw, rec, rerr, want, err)
	}
}

func TestDecodeFlat(t *testing.T) {
	cases := []struct {
		in   string
		flat bool // decodeFlat reads it
	}{
		{`{"source": "okaz", "title": "أمير المنطقة يدشن مشروعات تنموية", "content": "دشن أمير المنطقة أمس مشروعات بقيمة 300 مليون ريال.\nوقال في كلمته إن \"المشروعات\" تخدم الأهالي."}`, true},
		{` {"title":"وزير المالية: الميزانية تحقق فائضا","url":"http:\/\/example.com\/a\/1","lang":null,"live":true,"draft":false} `, true},
		{`{}`, true},
		{`{ }`, true},
		{`{"a":"\u0627\u0644\u0631\u064a\u0627\u0636 \ud83d\ude00 \ud800 \ud800\u0041 \t\r\b\f\\"}`, true},
		{`{"a":"x","a":"y"}`, true},
		{`{"text":"ارتفع المؤشر 2.5 في المئة","count":3}`, false},
		{`{"text":"الخبر","tags":["اقتصاد"]}`, false},
		{`{"text":"الخبر","meta":{"a":"b"}}`, false},
		{`{"text":"الخبر",}`, false},
		{`{"text" "الخبر"}`, false},
		{`{"text":"الخبر"`, false},
		{`{"text":"سطر` + "\n" + `سطر"}`, false},
		{`{"text":"\x"}`, false},
		{`{"text":"\u12"}`, false},
		{`{"text":tru}`, false},
		{`{"text":truex}`, false},
		{`{"text":"الخبر"} x`, false},
		{`["الخبر"]`, false},
		{`null`, false},
		{"{\"text\":\"\xff\xfe\"}", false},
		{"", false},
	}
	for _, tc := range cases {
		_, ok := decodeFlat([]byte(tc.in))
		if ok != tc.flat {
			t.Errorf("decodeFlat(%s) ok = %v, want %v", tc.in, ok, tc.flat)
		}
		checkFlat(t, []byte(tc.in))
	}
}

// TestDecodeFlatCorpus checks decodeFlat against encoding/json on every
// record of a real export (CLAIMDIFF_BENCH_CORPUS, a JSON array; skipped
// when unset).
func TestDecodeFlatCorpus(t *testing.T) {
	path := os.Getenv("CLAIMDIFF_BENCH_CORPUS")
	if path == "" {
		t.Skip("set CLAIMDIFF_BENCH_CORPUS to a JSON array of articles")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	raws, ok := splitArray(data)
	if !ok {
		t.Skip("not a JSON array")
	}
	flat := 0
	for _, raw := range raws {
		checkFlat(t, raw)
		if _, ok := decodeFlat(raw); ok {
			flat++
		}
	}
	t.Logf("%d of %d records read by decodeFlat", flat, len(raws))
}

func FuzzDecodeFlat(f *testing.F) {
	for _, s := range []string{
		`{"title":"عنوان","content":"نص\nالخبر \"المقتبس\" \u0041\ud83d\ude00","ok":true,"x":null}`,
		`{"a":"b",}`, `{"a":1}`, `{"a":"\ud800\u0041"}`, "{\"a\":\"\xc3\"}", ` { } `, `{"a":[]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) { checkFlat(t, raw) })
}

// BenchmarkDecodeRecords decodes the records of CLAIMDIFF_BENCH_CORPUS (a
// JSON array of articles, e.g. /tmp/snn5k.json) one after another, with
// decodeRecord and, as a sub-benchmark, with encoding/json.
func BenchmarkDecodeRecords(b *testing.B) {
	path := os.Getenv("CLAIMDIFF_BENCH_CORPUS")
	if path == "" {
		b.Skip("set CLAIMDIFF_BENCH_CORPUS to a JSON array of articles")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	raws, ok := splitArray(data)
	if !ok {
		b.Skip("not a JSON array")
	}
	for _, bc := range []struct {
		name string
		dec  func([]byte) (any, error)
	}{{"flat", decodeRecord}, {"encoding-json", unmarshalAny}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			start := cpuNow()
			for b.Loop() {
				for _, raw := range raws {
					if _, err := bc.dec(raw); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op")
		})
	}
}
