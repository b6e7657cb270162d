package diff

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// apply rebuilds B's folded token sequence from A's tokens and the ops:
// equal runs are copied from A, deletes dropped, inserts and replacements
// taken from B.
func apply(a, b []lang.Token, ops []Op) []string {
	var out []string
	for _, o := range ops {
		switch o.Kind {
		case Equal:
			for _, t := range a[o.AT.From:o.AT.To] {
				out = append(out, t.Norm)
			}
		case Insert, Replace:
			for _, t := range b[o.BT.From:o.BT.To] {
				out = append(out, t.Norm)
			}
		}
	}
	return out
}

func norms(toks []lang.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// checkOps checks the invariants of a word diff: ops cover both token
// sequences in order without gaps, spans match the token ranges and lie in
// the texts on rune boundaries, equal runs are equal, and applying the ops
// to A's tokens rebuilds B's folded sequence.
func checkOps(t *testing.T, a, b *claim.Claim, ops []Op) {
	t.Helper()
	ia, ib := 0, 0
	for k, o := range ops {
		if o.AT.From != ia || o.BT.From != ib || o.AT.To < o.AT.From || o.BT.To < o.BT.From {
			t.Fatalf("op %d %v ranges A%v B%v, want to start at %d/%d", k, o.Kind, o.AT, o.BT, ia, ib)
		}
		na, nb := o.AT.To-o.AT.From, o.BT.To-o.BT.From
		switch o.Kind {
		case Equal:
			if na != nb || na == 0 {
				t.Fatalf("op %d equal with %d and %d tokens", k, na, nb)
			}
			for i := 0; i < na; i++ {
				if a.Tokens[o.AT.From+i].Norm != b.Tokens[o.BT.From+i].Norm {
					t.Fatalf("op %d equal joins %q and %q", k, a.Tokens[o.AT.From+i].Norm, b.Tokens[o.BT.From+i].Norm)
				}
			}
		case Delete:
			if na == 0 || nb != 0 {
				t.Fatalf("op %d delete with %d and %d tokens", k, na, nb)
			}
		case Insert:
			if na != 0 || nb == 0 {
				t.Fatalf("op %d insert with %d and %d tokens", k, na, nb)
			}
		case Replace:
			if na == 0 || nb == 0 {
				t.Fatalf("op %d replace with %d and %d tokens", k, na, nb)
			}
		}
		for s, c := range []*claim.Claim{a, b} {
			sp, r := side(o, s)
			want := spanOf(c.Tokens, r.From, r.To)
			if len(c.Tokens) == 0 {
				want = Span{c.Start, c.Start}
			}
			if sp != want {
				t.Fatalf("op %d side %d span %v, want %v", k, s, sp, want)
			}
			if sp.Start < c.Start || sp.End > c.Start+len(c.Text) {
				t.Fatalf("op %d side %d span %v outside text", k, s, sp)
			}
			rel := c.Text[sp.Start-c.Start:]
			if utf8.ValidString(c.Text) && sp.Start-c.Start < len(c.Text) && !utf8.RuneStart(rel[0]) {
				t.Fatalf("op %d side %d span %v not on a rune boundary", k, s, sp)
			}
		}
		ia, ib = o.AT.To, o.BT.To
	}
	if ia != len(a.Tokens) || ib != len(b.Tokens) {
		t.Fatalf("ops cover %d/%d tokens, want %d/%d", ia, ib, len(a.Tokens), len(b.Tokens))
	}
	if got, want := strings.Join(apply(a.Tokens, b.Tokens, ops), " "), strings.Join(norms(b.Tokens), " "); got != want {
		t.Fatalf("applying ops to A:\ngot  %s\nwant %s", got, want)
	}
}

func seedPairs(f *testing.F) {
	pairs := [][2]string{
		{"كما جدد بوتين موقف موسكو الرافض للانتهاكات الإسرائيلية", "كما جدد إدانة موسكو للانتهاكات الإسرائيلية المتكررة"},
		{"هناك فرص كبيرة لسوريا قوية وموحدة ونطمح أن تكون روسيا إلى جانبنا", "هناك فرص عديدة لسوريا موحدة وقوية، ونأمل أن تقف روسيا إلى جانبنا"},
		{"أكد الرئيس بوتين في موسكو دعم بلاده", "في موسكو أكد الرئيس بوتين دعم بلاده"},
		{"الثلاثاء ٢٣ كانون الأول", "الأربعاء 24 ديسمبر"},
		{"", "التقى الرئيس"},
		{"a b a b a", "b a b a b"},
		{"مستشار الرئيس يزور القاهرة", "مستشار الرئيس يلغي زيارته إلى القاهرة"},
		{"الذهب يرتفع مع هبوط الدولار", "انخفاض الذهب مع ارتفاع الدولار"},
		{"مخاوف سياسية ترفع سعر الذهب", "مخاوف سياسية ترفع سعر الفضة"},
		{"انطلاق المرحلة الأولى", "انطلاق المرحلة الثانية"},
		{"و و و و", "و و"},
	}
	for _, p := range pairs {
		f.Add(p[0], p[1])
	}
}

func FuzzWords(f *testing.F) {
	seedPairs(f)
	f.Fuzz(func(t *testing.T, x, y string) {
		// Claims sit at an offset in their documents, as split claims do.
		a := &claim.Claim{ID: "a", Start: 7, End: 7 + len(x), Text: x}
		b := &claim.Claim{ID: "b", Start: 3, End: 3 + len(y), Text: y}
		a.Tokens, b.Tokens = lang.Tokenize(x), lang.Tokenize(y)
		for i := range a.Tokens {
			a.Tokens[i].Start += 7
			a.Tokens[i].End += 7
		}
		for i := range b.Tokens {
			b.Tokens[i].Start += 3
			b.Tokens[i].End += 3
		}
		ops := Words(a, b)
		checkOps(t, a, b, ops)
		ra, rb := Render(a, b, ops)
		if !utf8.ValidString(x) || !utf8.ValidString(y) {
			return
		}
		if !utf8.ValidString(ra) || !utf8.ValidString(rb) {
			t.Fatalf("Render made invalid UTF-8: %q %q", ra, rb)
		}
		ds := Compare(a, b)
		checkEvidence(t, ds, a, b)
	})
}

// TestWordsInvariants runs the fuzz invariants on every pair of claims of
// the gold alignments and on the table cases.
func TestWordsInvariants(t *testing.T) {
	for _, p := range renderPairs {
		a, b := p.a(t), p.b(t)
		checkOps(t, a, b, Words(a, b))
		checkOps(t, b, a, Words(b, a))
	}
}
