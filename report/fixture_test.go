package report

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/review"
)

// A hand-made analysis of two outlets' reports of one visit, in the style
// of Arabic news, with URLs and dates (the bundled corpus has neither),
// word diffs from package diff, and verdicts: used where a test needs to
// know exactly what is in the report.
const (
	fixText1 = "وصل وزير الخارجية السوري أسعد الشيباني إلى موسكو يوم الخميس في زيارة رسمية.\nوقال لافروف إن موسكو تتطلع إلى زيارة الرئيس السوري أحمد الشرع منتصف تشرين الأول.\nوأعلنت الوزارة أن الجانبين وقّعا ثلاث اتفاقيات للتعاون الاقتصادي."
	fixText2 = "وصل وزير الخارجية السوري أسعد الشيباني إلى موسكو يوم الأربعاء في زيارة رسمية هي الأولى.\nوأكد لافروف أن روسيا تنتظر زيارة الشرع في منتصف أكتوبر المقبل."
)

// fixture builds the hand-made analysis. verdicts maps claim or alignment
// IDs to verdicts attached through a review state; extra is appended to
// the first article's text as one more claim (for hostile-text tests).
func fixture(verdicts map[string]review.Verdict, extra string) *analysis.Analysis {
	t1 := fixText1
	if extra != "" {
		t1 += "\n" + extra
	}
	d1 := &corpus.Document{ID: "d-1a2b3c4d", Path: "a.txt", Source: "عنب بلدي", Title: "الشيباني في موسكو",
		URL: "https://www.enabbaladi.net/archives/1", Published: "2025-07-31", Lang: "ar", Text: t1}
	d2 := &corpus.Document{ID: "d-5e6f7a8b", Path: "b.txt", Source: "سانا", Title: "وزير الخارجية يصل إلى موسكو",
		URL: "https://sana.sy/?p=2", Published: "2025-07-30", Lang: "ar", Text: fixText2}
	a := &analysis.Analysis{Version: analysis.Version, Documents: []*corpus.Document{d1, d2}}
	for _, d := range a.Documents {
		start := 0
		for _, line := range strings.Split(d.Text, "\n") {
			c := claim.Claim{ID: claim.ID(d.ID, line, 1), Doc: d.ID, Start: start, End: start + len(line),
				Text: line, Kind: claim.KindSentence}
			for _, tk := range lang.Tokenize(line) {
				tk.Start += start
				tk.End += start
				c.Tokens = append(c.Tokens, tk)
			}
			a.Claims = append(a.Claims, c)
			start += len(line) + 1
		}
	}
	arrive1, invite1, deals1 := a.Claims[0].ID, a.Claims[1].ID, a.Claims[2].ID
	arrive2, invite2 := a.Claims[len(a.Claims)-2].ID, a.Claims[len(a.Claims)-1].ID
	ev := align.Event{ID: "ev-visit", Label: "زيارة الشيباني إلى موسكو", Date: "2025-07-30/2025-07-31",
		Claims: []string{arrive1, invite1, deals1, arrive2, invite2}, Sources: []string{d1.ID, d2.ID},
		Unique: []string{deals1}}
	for _, c := range a.Claims[3 : len(a.Claims)-2] {
		ev.Claims = append(ev.Claims, c.ID)
		ev.Unique = append(ev.Unique, c.ID)
	}
	a.Events = []align.Event{ev}
	a.Alignments = []analysis.Alignment{
		{Alignment: align.Alignment{ID: "al-arrival", Event: ev.ID, Claims: []string{arrive1, arrive2}, Similarity: 0.81}},
		{Alignment: align.Alignment{ID: "al-invite", Event: ev.ID, Claims: []string{invite1, invite2}, Similarity: 0.52,
			SharedOrigin: true, SharedReason: "cited:سانا"}},
	}
	st := &review.State{Verdicts: map[string]review.Resolved{}, Notes: map[string][]review.Resolved{}}
	at := time.Date(2025, 8, 1, 12, 0, 0, 0, time.UTC)
	for id, v := range verdicts {
		at = at.Add(time.Minute)
		st.Verdicts[id] = review.Resolved{To: id, Match: review.MatchID, Entry: review.Entry{
			ID: "r-" + strings.Repeat("0", 15) + string(rune('a'+len(st.Verdicts))), Op: review.OpVerdict,
			Target: id, Verdict: v, Note: "ملاحظة المراجع", Reviewer: "amal", At: at}}
	}
	a.Reviews = &analysis.Reviews{State: st}
	return a
}
