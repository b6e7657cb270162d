package align

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// alignedWith reports whether claims x and y share an alignment of res.
func alignedWith(res *Result, x, y string) bool {
	for _, al := range res.Alignments {
		if slices.Contains(al.Claims, x) && slices.Contains(al.Claims, y) {
			return true
		}
	}
	return false
}

func TestSplitFactJoins(t *testing.T) {
	claims := []claim.Claim{
		mk("a", "2025-07-31", "ووصل الشيباني إلى موسكو اليوم في أول زيارة رسمية لمسؤول سوري منذ سقوط النظام"),
		mk("a", "2025-07-31", "معتبرا أن هناك فرصا كبيرة لسوريا قوية وموحدة ونطمح أن تكون روسيا إلى جانبنا في هذا المسار"),
		mk("a", "2025-07-31", "وتناولت المحادثات ملف القواعد العسكرية الروسية على الساحل"),
		mk("b", "2025-07-31", "وفي أول زيارة رسمية لمسؤول سوري إلى موسكو منذ سقوط النظام أكد الشيباني أن هناك فرصا عديدة لسوريا موحدة وقوية ونأمل أن تقف روسيا إلى جانبنا في هذا المسار"),
	}
	res, err := Run(context.Background(), claims, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !alignedWith(res, claims[0].ID, claims[3].ID) || !alignedWith(res, claims[1].ID, claims[3].ID) {
		t.Errorf("both halves of the split fact should align with the one sentence: %+v", res.Alignments)
	}
	if alignedWith(res, claims[2].ID, claims[3].ID) {
		t.Errorf("an unrelated neighbour joined the alignment")
	}
}

func TestTitlesDoNotSplitFacts(t *testing.T) {
	title := mk("a", "2025-07-31", "الشيباني في موسكو في أول زيارة رسمية منذ سقوط النظام")
	title.Kind = claim.KindTitle
	claims := []claim.Claim{
		title,
		mk("a", "2025-07-31", "ووصل الشيباني إلى موسكو اليوم في أول زيارة رسمية لمسؤول سوري منذ سقوط النظام"),
		mk("b", "2025-07-31", "وفي أول زيارة رسمية لمسؤول سوري إلى موسكو منذ سقوط النظام وصل الشيباني اليوم"),
	}
	res, _ := Run(context.Background(), claims, Options{})
	for _, al := range res.Alignments {
		if slices.Contains(al.Claims, title.ID) && slices.Contains(al.Claims, claims[1].ID) {
			t.Errorf("a title and its body's sentence in one alignment: %v", al.Claims)
		}
	}
	if !alignedWith(res, claims[1].ID, claims[2].ID) {
		t.Errorf("the two sentences should align (sentences go first): %+v", res.Alignments)
	}
}

func TestSoleAccountAligns(t *testing.T) {
	claims := []claim.Claim{
		mk("a", "2025-02", "وسبق ذلك اتصال هاتفي بين الرئيسين في شباط الماضي أكدت فيه موسكو دعمها لوحدة الأراضي السورية مع استعدادها لإعادة تقييم الاتفاقيات الموقعة"),
		mk("a", "2025-12-24", "وصل وزير الخارجية إلى موسكو في زيارة رسمية تستمر يومين"),
		mk("b", "2025-02-12", "وفي 12 شباط أجرى الرئيس الروسي اتصالاً هاتفياً مع الرئيس السوري هنأه فيه على توليه القيادة وتمنى له النجاح"),
		mk("b", "2025-02-12", "كما شدد على اهتمام روسيا بسيادة سوريا وسلامة أراضيها"),
		mk("b", "2025-02-12", "وقد مثل هذا الاتصال أول تواصل مباشر يعلن عنه بين الكرملين والقيادة الجديدة"),
		mk("c", "2025-12-24", "وصل وزير الخارجية السوري إلى العاصمة الروسية في زيارة تستمر يومين"),
	}
	// The pair scores about 0.27: below the alignment threshold, above a
	// sole account's.
	res, err := Run(context.Background(), claims, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, id := range []string{claims[2].ID, claims[3].ID, claims[4].ID} {
		found = found || alignedWith(res, claims[0].ID, id)
	}
	if !found {
		t.Errorf("the only line of document a about the call is aligned with nothing: %+v", res.Alignments)
	}
	if alignedWith(res, claims[1].ID, claims[2].ID) {
		t.Errorf("a claim of another event aligned")
	}
}

func TestHistoryNeedsSharedEntities(t *testing.T) {
	history := func(doc, text, decade string, ents ...string) claim.Claim {
		c := mk(doc, "", text)
		c.Dates = []claim.Date{{Value: decade, Role: "since"}}
		for _, e := range ents {
			c.Entities = append(c.Entities, claim.EntityRef{ID: e, Kind: "place"})
		}
		return c
	}
	claims := []claim.Claim{
		history("a", "وترتبط سوريا مع روسيا بعلاقة سياسية طويلة تمتد إلى سبعينيات القرن الماضي منذ عهد الاتحاد السوفييتي", "1970/1979", "e-syria", "e-russia", "e-ussr"),
		history("b", "تمتد العلاقات بين دمشق وموسكو إلى ما قبل تفكك الاتحاد السوفييتي فهي علاقات قديمة استمرت لأكثر من سبعين عاماً", "1990/1999", "e-damascus", "e-russia", "e-ussr"),
		history("c", "تمتد العلاقات بين البلدين إلى ما قبل الحرب الباردة فهي علاقات قديمة استمرت لعقود", "1950/1959", "e-egypt"),
	}
	res, err := Run(context.Background(), claims, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !alignedWith(res, claims[0].ID, claims[1].ID) {
		t.Errorf("two histories of the same relations are not aligned: %+v", res.Alignments)
	}
	if alignedWith(res, claims[1].ID, claims[2].ID) {
		t.Errorf("histories naming different parties aligned")
	}
	for _, al := range res.Alignments {
		if al.Event != "" {
			t.Errorf("a history alignment sits in event %q", al.Event)
		}
	}
}

func TestSizedThreshold(t *testing.T) {
	for _, tc := range []struct {
		na, nb int
		want   float64
	}{
		{1, 40, 0.18},  // a passing mention: the base threshold
		{2, 2, 0.215},  // two short groups
		{8, 14, 0.285}, // article-sized groups of one event on the bundled corpus merge at 0.29
		{16, 16, 0.32},
		{4096, 4096, 0.40}, // capped
	} {
		if got := sizedThreshold(0.18, tc.na, tc.nb); got < tc.want-0.001 || got > tc.want+0.001 {
			t.Errorf("sizedThreshold(%d, %d) = %.3f, want %.3f", tc.na, tc.nb, got, tc.want)
		}
	}
}

func TestTooLong(t *testing.T) {
	day := func(s string) interval { iv, _ := parseISO(s); return iv }
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"2015-07-19/2015-07-21", "2015-07-20/2015-07-22", false}, // four days together
		{"2015-07-19/2015-07-21", "2015-07-21/2015-07-23", true},  // five
		{"2025-12-23", "2025-12-24", false},
		{"2025-10", "2025-10-15", false}, // a month is not day-precise
	} {
		if got := tooLong(day(tc.a), day(tc.b)); got != tc.want {
			t.Errorf("tooLong(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestUndatedArticlesDoNotChain: articles known only by the days before
// their retrieval, one a day for ten days on one subject, must not become
// one event.
func TestUndatedArticlesDoNotChain(t *testing.T) {
	var claims []claim.Claim
	for d := 1; d <= 10; d++ {
		win := fmt.Sprintf("2015-07-%02d/2015-07-%02d", d, d+2)
		doc := fmt.Sprintf("d%02d", d)
		claims = append(claims,
			mk(doc, win, "قال المرشد الإيراني إن الاتفاق النووي مع القوى الكبرى لن يغير سياسة طهران في المنطقة"),
			mk(doc, win, "وأكد أن العقوبات الاقتصادية على إيران يجب أن ترفع بالكامل بعد توقيع الاتفاق النووي"))
	}
	res, err := Run(context.Background(), claims, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range res.Events {
		if len(ev.Sources) > 4 {
			t.Errorf("event %s chains %d articles over %s", ev.ID, len(ev.Sources), ev.Date)
		}
	}
}

// TestUndatedArticleJoinsEvent: an article with no date at all reporting
// the same visit as a dated one joins its event and aligns; alone it is an
// event of its own whose date is unknown.
func TestUndatedArticleJoinsEvent(t *testing.T) {
	visit := "وصل وزير الخارجية السوري إلى العاصمة الروسية موسكو في زيارة رسمية تستمر يومين يلتقي خلالها كبار المسؤولين الروس"
	talks := "وبحث الجانبان ملفات التعاون الاقتصادي وإعادة الإعمار والطاقة"
	claims := []claim.Claim{
		mk("a", "2025-07-31", visit), mk("a", "2025-07-31", talks),
		mk("b", "", strings.Replace(visit, "وصل", "يصل", 1)), mk("b", "", talks),
	}
	undated := func(doc string) bool { return doc == "b" }
	res, err := Run(context.Background(), claims, Options{Undated: undated})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || len(res.Events[0].Sources) != 2 || res.Events[0].Date != "2025-07-31" {
		t.Fatalf("want one event of 31 July with both articles, got %+v", res.Events)
	}
	if !alignedWith(res, claims[0].ID, claims[2].ID) {
		t.Errorf("the visit is not aligned across the dated and the undated article")
	}
	res, _ = Run(context.Background(), claims[2:], Options{Undated: undated})
	if len(res.Events) != 1 || !res.Events[0].DateUnknown || res.Events[0].Date != "" || len(res.Events[0].Sources) != 1 {
		t.Errorf("an undated article alone should be one event of its own, date unknown: %+v", res.Events)
	}
}
