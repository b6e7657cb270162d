package report

import "strings"

// Labels are the words a report shows around the articles' text, in the
// report's language: Arabic for an Arabic corpus, English otherwise. Type,
// severity and verdict codes (CONTRACT.md) stay visible beside their
// names, so a report can be matched against the JSON.
type Labels struct {
	Title, Generated, Contents, Coverage, Sources, Source, Event                  string
	Background, BackgroundNote, Alignments, Similarity, SharedOrigin, Discrepancy string
	Evidence, Unique, Verdict, Notes, NoDiscrepancies, NoEvents, Orphaned, Legend string
	Deleted, Inserted, Moved, Claims, Documents, Unreviewed, Reviewer, Published  string
	NoAlignments, Copy, Cited, Headline                                           string
	// Several and OneSource head the two groups of events; Grid heads an
	// event's source × alignment coverage grid, whose last column is Only.
	Several, OneSource, Grid, GridNote, Only, Place, Label string
	// Recalled marks an earlier event the articles only recall.
	Recalled string

	types    map[string]string
	severity [4]string
	verdicts map[string]string
}

// Type names a discrepancy type.
func (l *Labels) Type(t string) string {
	if s, ok := l.types[t]; ok {
		return s
	}
	return t
}

// Severity names a severity from 1 to 3.
func (l *Labels) Severity(n int) string {
	if n >= 1 && n <= 3 {
		return l.severity[n]
	}
	return l.severity[0]
}

// VerdictName names a verdict.
func (l *Labels) VerdictName(v string) string {
	if s, ok := l.verdicts[v]; ok {
		return s
	}
	return v
}

// Shared explains a shared-origin reason ("copy", "cited:NAME").
func (l *Labels) Shared(reason string) string {
	if name, ok := strings.CutPrefix(reason, "cited:"); ok {
		return l.Cited + " " + name
	}
	if reason == "copy" || reason == "" {
		return l.Copy
	}
	return reason
}

var arabicLabels = Labels{
	Title: "تقرير claimdiff", Generated: "أُعدّ في", Contents: "الأحداث",
	Coverage: "التغطية: الحدث × المصدر", Sources: "المصادر", Source: "المصدر", Event: "الحدث",
	Background: "خلفية", BackgroundNote: "ادعاءات لا ترتبط بحدث مؤرخ",
	Alignments: "ادعاءات متقابلة", Similarity: "التشابه", SharedOrigin: "مصدر مشترك",
	Discrepancy: "اختلافات", Evidence: "الشاهد", Unique: "ادعاءات ينفرد بها مصدر واحد",
	Verdict: "الحكم", Notes: "ملاحظات", NoDiscrepancies: "لا اختلافات مصنفة",
	NoEvents: "لا أحداث في هذا التقرير", Orphaned: "أحكام وملاحظات لم يُعثر على ما تخصه",
	Legend: "مفتاح", Deleted: "في النص الأول وحده", Inserted: "في النص الآخر وحده", Moved: "نُقل موضعه",
	Claims: "ادعاءات", Documents: "وثائق", Unreviewed: "اختلافات بلا حكم", Reviewer: "المراجع",
	Published: "نُشر", NoAlignments: "لا ادعاءات متقابلة",
	Copy: "نص منقول حرفياً", Cited: "يستند إلى", Headline: "العنوان",
	Several: "أحداث نقلتها أكثر من جهة", OneSource: "أحداث نقلتها جهة واحدة، وأحداث سابقة تستعيدها المقالات",
	Grid: "ما يورده كل مصدر وما يغفله", GridNote: "■ يورده · يغفله؛ الأعمدة أرقام الادعاءات المتقابلة",
	Only: "ينفرد به", Place: "المكان", Label: "كلمات مفتاحية", Recalled: "حدث سابق تستعيده المقالات",
	types: map[string]string{
		"date": "التاريخ", "number": "الأرقام", "participants": "المشاركون", "attribution": "الإسناد",
		"quote": "الاقتباس", "polarity": "النفي والإثبات", "modality": "درجة اليقين", "entity": "الجهة",
		"wording": "الصياغة",
	},
	severity: [4]string{"بلا اختلاف", "طفيف", "متوسط", "يستدعي التحقق"},
	verdicts: map[string]string{
		"confirmed": "مؤكَّد", "disputed": "متنازع عليه", "false": "خاطئ", "misleading": "مضلِّل",
		"unverifiable": "لا يمكن التحقق منه", "needs-checking": "يحتاج إلى تحقق",
	},
}

var englishLabels = Labels{
	Title: "claimdiff report", Generated: "Generated", Contents: "Events",
	Coverage: "Coverage: event × source", Sources: "Sources", Source: "Source", Event: "Event",
	Background: "Background", BackgroundNote: "claims tied to no dated event",
	Alignments: "Aligned claims", Similarity: "similarity", SharedOrigin: "shared origin",
	Discrepancy: "Discrepancies", Evidence: "evidence", Unique: "Claims only one source carries",
	Verdict: "Verdict", Notes: "Notes", NoDiscrepancies: "no typed discrepancies",
	NoEvents: "No events in this report", Orphaned: "Verdicts and notes whose target was not found",
	Legend: "Legend", Deleted: "only in the first text", Inserted: "only in the other text", Moved: "moved",
	Claims: "claims", Documents: "documents", Unreviewed: "discrepancies without a verdict", Reviewer: "reviewer",
	Published: "published", NoAlignments: "no aligned claims",
	Copy: "near-verbatim copy", Cited: "all rest on", Headline: "Headline",
	Several: "Events several sources report", OneSource: "Events one source reports, and earlier events the articles recall",
	Grid: "What each source reports and leaves out", GridNote: "■ reports it · leaves it out; columns are the aligned claims by number",
	Only: "only it", Place: "place", Label: "keywords", Recalled: "recalled as background",
	types: map[string]string{
		"date": "date", "number": "number", "participants": "participants", "attribution": "attribution",
		"quote": "quote", "polarity": "polarity", "modality": "modality", "entity": "entity", "wording": "wording",
	},
	severity: [4]string{"none", "minor", "notable", "must check"},
	verdicts: map[string]string{
		"confirmed": "confirmed", "disputed": "disputed", "false": "false", "misleading": "misleading",
		"unverifiable": "unverifiable", "needs-checking": "needs checking",
	},
}

// LabelsFor returns the labels for a language: Arabic for "ar" and its
// variants, English otherwise.
func LabelsFor(lang string) *Labels {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if base == "ar" {
		return &arabicLabels
	}
	return &englishLabels
}
