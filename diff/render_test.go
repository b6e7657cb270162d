package diff

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatalf("write %s: %v", path, err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v (run go test -update)", path, err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden:\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

// renderPairs are the pairs of the rendering golden: gold alignments of the
// corpus and general news pairs.
var renderPairs = []struct {
	name string
	a, b func(t *testing.T) *claim.Claim
}{
	{"israel-dec A0/A2", corpusFn(fileA0, "كما جدد بوتين موقف موسكو الرافض"), corpusFn(fileA2, "كما جدد إدانة موسكو للانتهاكات")},
	{"israel-dec A2/A3", corpusFn(fileA2, "كما جدد إدانة موسكو للانتهاكات"), corpusFn(fileA3, "كما جدد موقف موسكو الرافض")},
	{"opportunities-quote A1/A4", corpusFn(fileA1, "هناك فرص كبيرة لسوريا"), corpusFn(fileA4, "هناك فرص عديدة لسوريا")},
	{"visit-date A2/A3", corpusFn(fileA2, "وأرسلت سوريا وفداً"), corpusFn(fileA3, "لقاء الشيباني وبوتين جاء")},
	{"new-phase A0/A3", corpusFn(fileA0, "أعلن وزير الخارجية السوري أسعد الشيباني، يوم الأربعاء"), corpusFn(fileA3, "الأربعاء 24 من كانون الأول")},
	{"moved phrase", textFn("a", "أكد الرئيس بوتين في موسكو دعم بلاده لوحدة سوريا"), textFn("b", "في موسكو أكد الرئيس بوتين دعم بلاده لوحدة سوريا")},
	{"swapped words, tashkeel and digits", textFn("a", "هناك فرصٌ عديدة لسوريا قوية وموحدة منذ ٢٠٢٤"), textFn("b", "هناك فرص عديدة لسوريا موحدة وقوية منذ 2024")},
	{"participants", textFn("a", "التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري."), textFn("b", "التقى الرئيس الروسي فلاديمير بوتين وزيري الخارجية والدفاع السوريين.")},
	{"negation", textFn("a", "أعلنت الوزارة أن المعبر سيفتح أمام المسافرين يوم الأحد"), textFn("b", "أعلنت الوزارة أن المعبر لن يفتح أمام المسافرين يوم الأحد")},
}

func corpusFn(file, snippet string) func(t *testing.T) *claim.Claim {
	return func(t *testing.T) *claim.Claim { return corpusClaim(t, file, snippet) }
}

func textFn(id, s string) func(t *testing.T) *claim.Claim {
	return func(*testing.T) *claim.Claim { return mk(id, s) }
}

// TestRenderGolden renders the word diff and lists the discrepancies of
// each pair.
func TestRenderGolden(t *testing.T) {
	var sb strings.Builder
	for _, p := range renderPairs {
		a, b := p.a(t), p.b(t)
		ops := Words(a, b)
		ra, rb := Render(a, b, ops)
		sb.WriteString("== " + p.name + "\n")
		sb.WriteString("A: " + ra + "\n")
		sb.WriteString("B: " + rb + "\n")
		for _, d := range Compare(a, b) {
			sb.WriteString("   " + d.Type + " " + string(rune('0'+d.Severity)) + ": " + d.Detail + "\n")
		}
	}
	golden(t, "render.golden", sb.String())
}

func TestRender(t *testing.T) {
	tests := []struct {
		name         string
		a, b         string
		wantA, wantB string
	}{
		{
			name:  "delete and insert keep punctuation outside the marks",
			a:     "واصفا إياها بالتهديد المباشر، لأمن المنطقة.",
			b:     "واصفا إياها بالتهديد، لأمن المنطقة واستقرارها.",
			wantA: "واصفا إياها بالتهديد [-المباشر-]، لأمن المنطقة.",
			wantB: "واصفا إياها بالتهديد، لأمن المنطقة {+واستقرارها+}.",
		},
		{
			name:  "a lone shared word between a delete and an insert joins them",
			a:     "بالتهديد المباشر لأمن المنطقة.",
			b:     "بالتهديد لأمن واستقرار المنطقة.",
			wantA: "بالتهديد [-المباشر لأمن-] المنطقة.",
			wantB: "بالتهديد {+لأمن واستقرار+} المنطقة.",
		},
		{
			name:  "replacement marked on both sides",
			a:     "هناك فرص كبيرة لسوريا",
			b:     "هناك فرص عديدة لسوريا",
			wantA: "هناك فرص [-كبيرة-] لسوريا",
			wantB: "هناك فرص {+عديدة+} لسوريا",
		},
		{
			name:  "normalisation-only differences are not marked",
			a:     "أعلنَ الرئيسُ في ٢٤ كانون الأول",
			b:     "اعلن الرئيس في 24 كانون الاول",
			wantA: "أعلنَ الرئيسُ في ٢٤ كانون الأول",
			wantB: "اعلن الرئيس في 24 كانون الاول",
		},
		{
			name:  "moved words",
			a:     "لسوريا قوية وموحدة",
			b:     "لسوريا موحدة وقوية",
			wantA: "لسوريا [~قوية وموحدة~]",
			wantB: "لسوريا {~موحدة وقوية~}",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mk("a", tt.a), mk("b", tt.b)
			gotA, gotB := Render(a, b, Words(a, b))
			if gotA != tt.wantA || gotB != tt.wantB {
				t.Errorf("Render\ngot  A %q\n     B %q\nwant A %q\n     B %q", gotA, gotB, tt.wantA, tt.wantB)
			}
		})
	}
}
