package diff

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// opsString writes ops compactly in the claims' own words: "=" equal,
// "-" delete, "+" insert, "a>b" replace, "~" moved, "°" soft; ops are
// separated by " | ".
func opsString(a, b *claim.Claim, ops []Op) string {
	parts := make([]string, 0, len(ops))
	for _, o := range ops {
		var s string
		switch o.Kind {
		case Equal:
			s = "=" + text(a, o.A)
		case Delete:
			s = "-" + text(a, o.A)
		case Insert:
			s = "+" + text(b, o.B)
		case Replace:
			s = text(a, o.A) + ">" + text(b, o.B)
		}
		if o.Moved {
			s = "~" + s
		}
		if o.Soft {
			s = "°" + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{
			name: "tashkeel, hamza carriers, taa marbuta and Arabic-Indic digits are no difference",
			a:    "أَعلنَ الرئيسُ أنّ الانتخاباتِ ستجري في ٢٤ كانون الأول",
			b:    "اعلن الرئيس ان الانتخابات ستجري في 24 كانون الاول",
			want: "=أَعلنَ الرئيسُ أنّ الانتخاباتِ ستجري في ٢٤ كانون الأول",
		},
		{
			name: "punctuation and quote marks between words make no op",
			a:    "وقال الشيباني، إن العلاقات تدخل “مرحلة جديدة”.",
			b:    "وقال الشيباني إن العلاقات تدخل «مرحلة جديدة»",
			want: "=وقال الشيباني، إن العلاقات تدخل “مرحلة جديدة",
		},
		{
			name: "a dropped adjective is one delete between shared phrases",
			a:    "واصفا إياها بالتهديد المباشر لأمن واستقرار المنطقة",
			b:    "واصفا إياها بالتهديد لأمن واستقرار المنطقة",
			want: "=واصفا إياها بالتهديد | -المباشر | =لأمن واستقرار المنطقة",
		},
		{
			name: "a lone shared word between two edits is folded into one replacement",
			a:    "كما جدد بوتين موقف موسكو الرافض للانتهاكات الإسرائيلية المتكررة",
			b:    "كما جدد إدانة موسكو للانتهاكات الإسرائيلية المتكررة",
			want: "=كما جدد | بوتين موقف موسكو الرافض>إدانة موسكو | =للانتهاكات الإسرائيلية المتكررة",
		},
		{
			name: "a shared phrase between long edits stays whole",
			a:    "معتبرا أن سوريا تواجه مرحلة صعبة لكن هناك فرص كبيرة لسوريا قوية بحسب الشيباني",
			b:    "أكد الشيباني في مؤتمر صحفي مشترك مع نظيره الروسي في تموز الماضي أنه هناك فرص كبيرة لسوريا قوية وحينها وجه لافروف دعوة",
			want: "معتبرا أن سوريا تواجه مرحلة صعبة لكن>أكد الشيباني في مؤتمر صحفي مشترك مع نظيره الروسي في تموز الماضي أنه | =هناك فرص كبيرة لسوريا قوية | بحسب الشيباني>وحينها وجه لافروف دعوة",
		},
		{
			name: "two words swapped are a moved replacement",
			a:    "هناك فرص عديدة لسوريا قوية وموحدة",
			b:    "هناك فرص عديدة لسوريا موحدة وقوية",
			want: "=هناك فرص عديدة لسوريا | ~قوية وموحدة>موحدة وقوية",
		},
		{
			name: "a phrase moved to the front is a moved insert and a moved delete",
			a:    "أكد الرئيس بوتين في موسكو دعم بلاده لوحدة سوريا",
			b:    "في موسكو أكد الرئيس بوتين دعم بلاده لوحدة سوريا",
			want: "~+في موسكو | =أكد الرئيس بوتين | ~-في موسكو | =دعم بلاده لوحدة سوريا",
		},
		{
			name: "inflection only (singular and dual of one noun) is a soft replacement",
			a:    "التقى الرئيس الروسي وزير الخارجية السوري",
			b:    "التقى الرئيس الروسي وزيري الخارجية السوري",
			want: "=التقى الرئيس الروسي | °وزير>وزيري | =الخارجية السوري",
		},
		{
			name: "insertion of a middle name",
			a:    "برئاسة وزير الخارجية السوري أسعد الشيباني",
			b:    "برئاسة وزير الخارجية السوري أسعد حسن الشيباني",
			want: "=برئاسة وزير الخارجية السوري أسعد | +حسن | =الشيباني",
		},
		{
			name: "one side empty",
			a:    "",
			b:    "التقى الرئيس",
			want: "+التقى الرئيس",
		},
		{
			name: "number changed inside a shared phrase",
			a:    "تبعد عن القاعدة حوالي 2.7 كيلومتر",
			b:    "تبعد عن القاعدة حوالي ٣٫٥ كيلومتر",
			want: "=تبعد عن القاعدة حوالي | 2.7>٣٫٥ | =كيلومتر",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mk("a", tt.a), mk("b", tt.b)
			if got := opsString(a, b, Words(a, b)); got != tt.want {
				t.Errorf("Words(%q, %q)\ngot  %s\nwant %s", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestWordsDocumentOffsets checks that ops carry offsets into the document
// texts, as claims from claim.Split do, not into the claims' own texts.
func TestWordsDocumentOffsets(t *testing.T) {
	a := corpusClaim(t, "002_172edc32d39c3b1d.txt", "كما جدد إدانة موسكو")
	b := corpusClaim(t, "003_2ecffe47322c837b.txt", "كما جدد موقف موسكو الرافض")
	ops := Words(a, b)
	if len(ops) < 3 {
		t.Fatalf("got %d ops, want at least 3", len(ops))
	}
	for _, o := range ops {
		for s, c := range []*claim.Claim{a, b} {
			sp, _ := side(o, s)
			if sp.Start < c.Start || sp.End > c.Start+len(c.Text) || sp.Start > sp.End {
				t.Errorf("op %v side %d span %v outside claim [%d,%d)", o.Kind, s, sp, c.Start, c.End)
			}
		}
	}
	first := ops[0]
	if got, want := text(a, first.A), "كما جدد"; first.Kind != Equal || got != want {
		t.Errorf("first op %v %q, want equal %q", first.Kind, got, want)
	}
}

func TestWordsDeterministic(t *testing.T) {
	a := corpusClaim(t, "001_018bca4796b0a5f3.txt", "هناك فرص كبيرة")
	b := corpusClaim(t, "004_71cf752dea56cd4a.txt", "هناك فرص عديدة")
	want := opsString(a, b, Words(a, b))
	for i := 0; i < 20; i++ {
		if got := opsString(a, b, Words(a, b)); got != want {
			t.Fatalf("run %d: got %s, want %s", i, got, want)
		}
	}
}

func TestOpJSON(t *testing.T) {
	a, b := mk("a", "التقى الرئيس الوزير"), mk("b", "التقى الرئيس السفير")
	pd := Pair(a, b)
	data, err := json.Marshal(pd)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	got := string(data)
	want := `{"a":"a","b":"b","ops":[{"op":"equal","a":{"start":0,"end":23},"b":{"start":0,"end":23},"a_tokens":{"from":0,"to":2},"b_tokens":{"from":0,"to":2}},{"op":"replace","a":{"start":24,"end":36},"b":{"start":24,"end":36},"a_tokens":{"from":2,"to":3},"b_tokens":{"from":2,"to":3}}]}`
	if got != want {
		t.Errorf("json\ngot  %s\nwant %s", got, want)
	}
	var back PairDiff
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("unmarshal: %v", err)
	}
	if back.Ops[1].Kind != Replace {
		t.Errorf("round trip kind: got %v, want replace", back.Ops[1].Kind)
	}
	var k OpKind
	if err := k.UnmarshalText([]byte("swap")); err == nil {
		t.Errorf("unknown kind: got nil error, want one")
	}
}
