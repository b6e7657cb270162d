package align

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// mk builds a claim of doc with an event date; tokens carry offsets into
// the claim text, which is all scoring needs.
func mk(doc, date, text string) claim.Claim {
	return claim.Claim{
		ID: claim.ID(doc, text, 1), Doc: doc, Text: text, End: len(text), Kind: claim.KindSentence,
		EventDate: date, Tokens: lang.Tokenize(text),
	}
}

func TestParseISO(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		span   int
		backTo string
	}{
		{"2025-12-23", true, 1, "2025-12-23"},
		{"2025-12", true, 31, "2025-12"},
		{"2025-02", true, 28, "2025-02"},
		{"2024-02", true, 29, "2024-02"},
		{"2025", true, 365, "2025-01-01/2025-12-31"},
		{"2025-03-06/2025-03-10", true, 5, "2025-03-06/2025-03-10"},
		{"1970/1979", true, 3652, "1970-01-01/1979-12-31"},
		{"2025-13", false, 0, ""},
		{"2025-12-32", false, 0, ""},
		{"", false, 0, ""},
		{"yesterday", false, 0, ""},
		{"2025-03-10/2025-03-06", false, 0, ""},
	}
	for _, tt := range tests {
		iv, ok := parseISO(tt.in)
		if ok != tt.ok {
			t.Errorf("parseISO(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if iv.span() != tt.span {
			t.Errorf("parseISO(%q) span = %d days, want %d", tt.in, iv.span(), tt.span)
		}
		if got := isoOf(iv); got != tt.backTo {
			t.Errorf("isoOf(parseISO(%q)) = %q, want %q", tt.in, got, tt.backTo)
		}
	}
}

func TestDatesFit(t *testing.T) {
	d := func(s string) interval { iv, _ := parseISO(s); return iv }
	tests := []struct {
		a, b string
		want bool
	}{
		{"2025-12-23", "2025-12-24", true}, // a two-day visit
		{"2025-12-23", "2025-12-23", true},
		{"2025-10", "2025-10-15", true},     // a month holds its days
		{"2025-07-31", "2025-10-15", false}, // July and October visits
		{"2025-12-23", "2025-12-26", false},
		{"2025-02", "2025-02-12", true},
	}
	for _, tt := range tests {
		if got := datesFit(d(tt.a), d(tt.b)); got != tt.want {
			t.Errorf("datesFit(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// scoreCases are real pairs from Arabic news: the same fact in two
// outlets' words, and different facts that share words.
var scoreCases = []struct {
	name         string
	a, b         string
	same         bool
	dateA, dateB string // resolved "on" dates, where the facts stage finds them
}{
	{"israel condemnation, two wordings", "كما جدد بوتين موقف موسكو الرافض للانتهاكات الإسرائيلية المتكررة للأراضي السورية",
		"كما جدد إدانة موسكو للانتهاكات الإسرائيلية المتكررة للأراضي السورية، واصفا إياها بالتهديد المباشر لأمن واستقرار المنطقة.", true, "", ""},
	{"readiness, one adds the meeting", "مشيراً إلى أن الجانب السوري أبدى استعداده لتعميق التعاون مع روسيا.",
		"مشيرًا إلى أن الجانب السوري خلال المحادثات مع الرئيس بوتين في موسكو أعرب عن استعداده لتعزيز التعاون مع روسيا.", true, "", ""},
	{"quote drift", "لكن “هناك فرص كبيرة لسوريا قوية وموحدة ونطمح أن تكون روسيا إلى جانبنا في هذا المسار، بحسب الشيباني.",
		"أنه “هناك فرص عديدة لسوريا موحدة وقوية، ونأمل أن تقف روسيا إلى جانبنا في هذا المسار”", true, "", ""},
	{"military partnership via the same agency", "وذكرت وكالة سانا أن الجانبين بحثا “سبل تطوير الشراكة العسكرية والفنية… ونقل الخبرات التقنية والتكنولوجية والتعاون في مجالات البحث والتطوير”.",
		"وكالة الأنباء السورية (سانا) قالت إن لقاءات الجانبين تناولت سبل تطوير الشراكة العسكرية والتقنية، ونقل الخبرات الفنية والتقنية، والتعاون في مجالات البحث والتطوير.", true, "", ""},
	{"phone call", "وسبق ذلك اتصال هاتفي بين الرئيسين في شباط/فبراير الماضي، أكدت فيه موسكو دعمها لوحدة الأراضي السورية.",
		"وفي 12 شباط 2025 أجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع الرئيس أحمد الشرع، هنأه فيه على توليه القيادة.", true, "2025-02", "2025-02-12"},
	{"oil prices vs a meeting", "التقى الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع في الكرملين",
		"ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج", false, "", ""},
	{"same people, different facts", "وقال الشيباني إن الاعتداءات الإسرائيلية المتكررة على أراضينا تغذي العنف وتزعزع الاستقرار",
		"وقدمت القاعدة الروسية أسلحة وعتادًا لهذه المجموعات قرب قرية بستان الباشا", false, "", ""},
	{"drug trade vs sanctions", "مؤكداً أنها تمكنت من القضاء على تجارة المخدرات في غضون عام واحد.",
		"معتبراً أن التخلص من العقوبات كان من أبرز الإنجازات المحققة في العام الحالي.", false, "", ""},
	{"destroyed homes vs tourism", "وتطرق إلى وجود نحو أربعة ملايين منزل مدمر في سوريا",
		"كما أكد نوفاك أن روسيا وسوريا ناقشتا التعاون في مجالات مختلفة بما فيها السياحة.", false, "", ""},
	{"football vs diplomacy", "فاز المنتخب السعودي على نظيره الإماراتي بهدفين نظيفين في تصفيات كأس العالم",
		"وأكد وزير الخارجية أن المملكة تدعم الحل السياسي في اليمن", false, "", ""},
}

func TestScore(t *testing.T) {
	// Rarity is counted over all the texts, as in a corpus.
	var claims []claim.Claim
	for i, c := range scoreCases {
		a, b := mk(fmt.Sprintf("a%d", i), "", c.a), mk(fmt.Sprintf("b%d", i), "", c.b)
		if c.dateA != "" {
			a.Dates = []claim.Date{{Value: c.dateA, Role: "on"}}
			b.Dates = []claim.Date{{Value: c.dateB, Role: "on"}}
		}
		claims = append(claims, a, b)
	}
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	sc := NewScorer(ptrs)
	th := Options{}.withDefaults().AlignThreshold
	for i, tt := range scoreCases {
		got := sc.Score(2*i, 2*i+1)
		if (got >= th) != tt.same {
			t.Errorf("%s: score %.3f, want same=%v at threshold %.2f", tt.name, got, tt.same, th)
		}
		if got < 0 || got > 1 {
			t.Errorf("%s: score %.3f outside [0,1]", tt.name, got)
		}
		if back := sc.Score(2*i+1, 2*i); back != got {
			t.Errorf("%s: score not symmetric: %.3f vs %.3f", tt.name, got, back)
		}
	}
}

// TestEventsKeepVisitsApart: the same people in Moscow in July, October and
// December are three events, and a sentence repeated in July and December
// is never aligned across them.
func TestEventsKeepVisitsApart(t *testing.T) {
	sov := "أكد لافروف أن روسيا ملتزمة بسيادة سوريا ووحدة أراضيها واستقلالها"
	claims := []claim.Claim{
		mk("d1", "2025-07-31", "وصل الشيباني إلى موسكو في أول زيارة رسمية والتقى لافروف"),
		mk("d1", "2025-07-31", sov),
		mk("d2", "2025-07", "التقى الشيباني لافروف في موسكو في أول زيارة رسمية"),
		mk("d3", "2025-12-23", "وصل الشيباني إلى موسكو والتقى الرئيس بوتين ولافروف"),
		mk("d3", "2025-12-24", sov+" في المؤتمر الصحفي"),
		mk("d4", "2025-12-24", "التقى بوتين الشيباني في موسكو بحضور لافروف"),
		mk("d4", "2025-10-15", "استقبل بوتين الشرع في الكرملين في موسكو"),
		mk("d5", "2025-10-15", "التقى الشرع بوتين في الكرملين بموسكو"),
	}
	res, err := Run(context.Background(), claims, Options{})
	if err != nil {
		t.Fatal(err)
	}
	eventOf := map[string]string{}
	for _, ev := range res.Events {
		for _, c := range ev.Claims {
			eventOf[c] = ev.ID
		}
	}
	same := func(i, j int) bool {
		return eventOf[claims[i].ID] != "" && eventOf[claims[i].ID] == eventOf[claims[j].ID]
	}
	if !same(0, 2) {
		t.Errorf("July claims of d1 and d2 are in different events")
	}
	if !same(3, 5) || !same(4, 5) {
		t.Errorf("December claims of d3 and d4 are in different events")
	}
	if !same(6, 7) {
		t.Errorf("October claims of d4 and d5 are in different events")
	}
	if same(0, 3) || same(0, 6) || same(3, 6) {
		t.Errorf("July, October and December visits merged: %v", res.Events)
	}
	for _, al := range res.Alignments {
		has := map[string]bool{}
		for _, c := range al.Claims {
			has[c] = true
		}
		if has[claims[1].ID] && has[claims[4].ID] {
			t.Errorf("July and December sovereignty sentences aligned: %v", al)
		}
	}
}

// TestAlignConstraints: at most one claim per document in a group, and a
// reviewer's "not the same" is respected.
func TestAlignConstraints(t *testing.T) {
	text := "كما جدد بوتين موقف موسكو الرافض للانتهاكات الإسرائيلية المتكررة للأراضي السورية"
	claims := []claim.Claim{
		mk("d1", "2025-12-24", text),
		mk("d1", "2025-12-24", text+" مرة أخرى"),
		mk("d2", "2025-12-24", text),
		mk("d3", "2025-12-24", "كما جدد إدانة موسكو للانتهاكات الإسرائيلية المتكررة للأراضي السورية"),
	}
	res, err := Run(context.Background(), claims, Options{CannotLink: [][2]string{{claims[3].ID, claims[0].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, al := range res.Alignments {
		docs := map[string]bool{}
		for _, id := range al.Claims {
			doc, _, _ := strings.Cut(id, "/")
			if docs[doc] {
				t.Errorf("alignment %s holds two claims of %s", al.ID, doc)
			}
			docs[doc] = true
		}
		has := map[string]bool{}
		for _, c := range al.Claims {
			has[c] = true
		}
		if has[claims[0].ID] && has[claims[3].ID] {
			t.Errorf("cannot-link pair aligned: %v", al.Claims)
		}
	}
	if len(res.Alignments) == 0 {
		t.Fatal("no alignment at all")
	}
	if al := res.Alignments[0]; !al.SharedOrigin || al.SharedReason != "copy" {
		t.Errorf("verbatim copies not marked shared origin: %+v", al)
	}
}

func TestStableIDs(t *testing.T) {
	claims := []claim.Claim{
		mk("d1", "2025-12-24", "كما جدد بوتين موقف موسكو الرافض للانتهاكات الإسرائيلية"),
		mk("d2", "2025-12-24", "كما جدد إدانة موسكو للانتهاكات الإسرائيلية المتكررة"),
	}
	r1, _ := Run(context.Background(), claims, Options{})
	rev := []claim.Claim{claims[1], claims[0]}
	r2, _ := Run(context.Background(), rev, Options{})
	if len(r1.Events) != 1 || len(r2.Events) != 1 || r1.Events[0].ID != r2.Events[0].ID {
		t.Errorf("event IDs depend on input order: %v vs %v", r1.Events, r2.Events)
	}
	if len(r1.Alignments) != 1 || len(r2.Alignments) != 1 || r1.Alignments[0].ID != r2.Alignments[0].ID {
		t.Errorf("alignment IDs depend on input order: %v vs %v", r1.Alignments, r2.Alignments)
	}
}

func BenchmarkScore(b *testing.B) {
	var claims []claim.Claim
	for i, c := range scoreCases {
		claims = append(claims, mk(fmt.Sprintf("a%d", i), "", c.a), mk(fmt.Sprintf("b%d", i), "", c.b))
	}
	ptrs := make([]*claim.Claim, len(claims))
	for i := range claims {
		ptrs[i] = &claims[i]
	}
	sc := NewScorer(ptrs)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(scoreCases)
		sc.Score(2*k, 2*k+1)
	}
}

// TestEventsOutletCap: one outlet's stream of articles on a subject does not
// make one event of it; at most maxPerSource of its documents join one.
func TestEventsOutletCap(t *testing.T) {
	texts := []string{
		"قصفت قوات التحالف مواقع الحوثيين في عدن وقتل عشرة مسلحين",
		"تقدمت المقاومة الشعبية في عدن وسيطرت على مواقع للحوثيين",
		"اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في عدن",
		"طائرات التحالف تقصف تجمعات الحوثيين شمال عدن",
		"المقاومة في عدن تعلن السيطرة على مواقع جديدة للحوثيين",
		"مقتل مسلحين حوثيين في غارات للتحالف على عدن",
	}
	var claims []claim.Claim
	for i, tx := range texts {
		claims = append(claims, mk(fmt.Sprintf("okaz-%d", i), "2015-07-20", tx))
	}
	claims = append(claims, mk("aawsat-1", "2015-07-20", "قصفت قوات التحالف مواقع الحوثيين في عدن وقتل عشرة مسلحين حوثيين"))
	source := func(doc string) string { return strings.SplitN(doc, "-", 2)[0] }
	for _, o := range []Options{{}, {Source: source}} {
		res, err := Run(context.Background(), claims, o)
		if err != nil {
			t.Fatal(err)
		}
		most := 0
		for _, ev := range res.Events {
			per := map[string]map[string]bool{}
			for _, d := range ev.Sources {
				if per[source(d)] == nil {
					per[source(d)] = map[string]bool{}
				}
				per[source(d)][d] = true
				most = max(most, len(per[source(d)]))
			}
		}
		switch {
		case o.Source == nil && most <= maxPerSource:
			t.Fatalf("without outlets the six reports make events of at most %d; the test needs a subject that chains", most)
		case o.Source != nil && most > maxPerSource:
			t.Errorf("an event holds %d documents of one outlet, want at most %d", most, maxPerSource)
		}
	}
}

func TestTooManyPerOutlet(t *testing.T) {
	outlet := map[string]string{"x": "okaz", "y": "okaz", "w": "okaz", "z": "okaz", "v": "sabq", "u": "sabq", "s": "sabq", "r": "sabq", "n": "", "m": ""}
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"x", "y"}, []string{"z"}, false},
		{[]string{"x", "y", "w"}, []string{"z"}, true},
		{[]string{"x", "y", "w"}, []string{"v", "u", "s"}, false},
		{[]string{"x", "y", "w"}, []string{"x"}, false}, // one document in both
		{nil, []string{"x", "y"}, false},
		{[]string{"v", "x", "u"}, []string{"y", "s", "w"}, false},
		{[]string{"v", "x", "u"}, []string{"y", "s", "r"}, true},
		{[]string{"x", "y", "w", "n"}, []string{"m", "v", "u", "s"}, false}, // documents without an outlet do not count
		{[]string{"z", "y", "w"}, []string{"x", "n", "w"}, true},
		{[]string{"z", "y", "w"}, []string{"z", "n", "w", "v"}, false},
	}
	for i, tc := range tests {
		// Groups in an order of their own (the numbering must not care).
		var groups []*localGroup
		for _, d := range []string{"n", "v", "x", "m", "u", "y", "s", "w", "z", "r"} {
			groups = append(groups, &localGroup{doc: d})
		}
		keys, outletOf := outletKeys(groups, func(d string) string { return outlet[d] })
		cluster := func(docs []string) []int32 {
			var out []int32
			for _, d := range docs {
				for gi, g := range groups {
					if g.doc == d && keys[gi] >= 0 {
						out = unionSorted(out, []int32{keys[gi]})
					}
				}
			}
			return out
		}
		if got := tooManyPerOutlet(cluster(tc.a), cluster(tc.b), outletOf); got != tc.want {
			t.Errorf("case %d: %v and %v: got %v, want %v", i, tc.a, tc.b, got, tc.want)
		}
	}
}

// TestTooManyPerOutletCounts checks tooManyPerOutlet against counting the
// documents of the two clusters together for each outlet of the second
// (as the merge asks it, of a cluster within the bound and one joining
// it), on random clusters of 40 documents of 5 outlets and none, groups
// in random order.
func TestTooManyPerOutletCounts(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	outlets := []string{"", "okaz", "sabq", "alriyadh", "aleqtisadiya", "alyaum"}
	source := make(map[string]string)
	var groups []*localGroup
	for d := range 40 {
		doc := fmt.Sprintf("d%d", d)
		source[doc] = outlets[r.IntN(len(outlets))]
		for range 1 + r.IntN(2) { // a document may have two groups
			groups = append(groups, &localGroup{doc: doc})
		}
	}
	r.Shuffle(len(groups), func(i, j int) { groups[i], groups[j] = groups[j], groups[i] })
	keys, outletOf := outletKeys(groups, func(d string) string { return source[d] })
	for k := 1; k < len(outletOf); k++ {
		if outletOf[k] < outletOf[k-1] {
			t.Fatalf("outlet numbers decrease at %d: %v", k, outletOf)
		}
	}
	seen, tooMany := 0, 0
	for range 5000 {
		var a, b []int32
		docs := [2]map[string]bool{{}, {}}
		for side, list := range []*[]int32{&a, &b} {
			for range r.IntN(8) {
				gi := r.IntN(len(groups))
				docs[side][groups[gi].doc] = true
				if keys[gi] >= 0 {
					*list = unionSorted(*list, []int32{keys[gi]})
				}
			}
		}
		perOutlet := make(map[string]int)
		for d := range docs[0] {
			if !docs[1][d] && source[d] != "" {
				perOutlet[source[d]]++
			}
		}
		for d := range docs[1] {
			if source[d] != "" {
				perOutlet[source[d]]++
			}
		}
		want := false
		for d := range docs[1] {
			want = want || source[d] != "" && perOutlet[source[d]] > maxPerSource
		}
		if got := tooManyPerOutlet(a, b, outletOf); got != want {
			t.Fatalf("clusters %v and %v: got %v, want %v", docs[0], docs[1], got, want)
		}
		seen++
		if want {
			tooMany++
		}
	}
	if tooMany == 0 || tooMany == seen {
		t.Fatalf("%d of %d pairs too many: the test tells nothing", tooMany, seen)
	}
}
