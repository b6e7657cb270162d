package store

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// partialFixture writes the articles of TestPassingMentionOfPartialDocument:
// old (70 one-line articles on days far apart, so that the input is not a
// small one; a match report whose last paragraph mentions a fire five days
// before; the fire's report) and new (another outlet's report of the
// fire). It returns the two files.
func partialFixture(t *testing.T) (old, added string) {
	t.Helper()
	type rec struct {
		Source  string `json:"source"`
		URL     string `json:"url"`
		Date    string `json:"date_extracted"`
		Title   string `json:"title"`
		Content string `json:"content"`
	}
	var recs []rec
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 70 {
		recs = append(recs, rec{fmt.Sprintf("filler%d", i), fmt.Sprintf("http://example.org/f%d", i), day.AddDate(0, 0, 3*i).Format("2006-01-02"), "خبر",
			fmt.Sprintf("افتتح وزير التعليم المدرسة رقم %d في المدينة اليوم.", i+1)})
	}
	recs = append(recs, rec{"okaz", "http://example.org/a", "2015-08-12", "الهلال يفوز على النصر في نهائي كأس السوبر",
		"فاز فريق الهلال على النصر بهدفين مقابل هدف في نهائي كأس السوبر السعودي الذي أقيم مساء الاثنين 10 أغسطس 2015 في لندن. " +
			"وسجل المهاجم ناصر الشمراني الهدفين في الشوط الثاني من المباراة. وقال مدرب الهلال إن اللاعبين قدموا أداء رائعا أمام جماهير غفيرة. " +
			"وتسلم قائد الفريق الكأس من رئيس الاتحاد السعودي لكرة القدم.\n\n" +
			"من جهة أخرى، اندلع في 5 أغسطس 2015 حريق في مصنع للبلاستيك بمدينة جدة أدى إلى إصابة عشرة عمال، بينما كانت الجماهير الغفيرة " +
			"تحتفل بفوز الفريق الكبير في شوارع العاصمة حتى ساعات الفجر الأولى وسط الأهازيج والأعلام الزرقاء."})
	recs = append(recs, rec{"alriyadh", "http://example.org/b", "2015-08-06", "حريق في مصنع بجدة",
		"اندلع حريق في مصنع للبلاستيك بمدينة جدة صباح أمس أدى إلى إصابة عشرة عمال. وباشرت فرق الدفاع المدني إخماد النيران التي امتدت إلى مستودع مجاور. " +
			"وأوضح المتحدث الرسمي أن المصابين نقلوا إلى مستشفى الملك فهد لتلقي العلاج. وأكد مدير الشرطة فتح تحقيق لمعرفة ملابسات الحادث وأسبابه. " +
			"وأشار شهود عيان إلى سماع دوي انفجار قبل ارتفاع ألسنة اللهب. وطالب سكان الحي الجهات المختصة بنقل المصانع بعيدا عن المساكن. " +
			"واستغرقت عمليات التبريد ساعات طويلة بسبب كثافة الدخان. وقدرت الخسائر المادية الأولية بملايين الريالات. " +
			"وتعمل الشركة المالكة في إنتاج الأكياس والعبوات منذ عشرين عاما. وذكرت مصادر أن المصنع لم يحصل على ترخيص السلامة المطلوب. " +
			"وتفقد محافظ المحافظة موقع الحادث واطمأن على سير الأعمال. وشكلت الإمارة لجنة لمراجعة اشتراطات الأمان في المنطقة الصناعية."})
	fire := rec{"sabq", "http://example.org/c", "2015-08-06", "الدفاع المدني يخمد حريق مصنع جدة",
		"أخمدت فرق الدفاع المدني أمس حريقا في مصنع للبلاستيك بمدينة جدة امتد إلى مستودع مجاور. وقدرت مصادر الخسائر المادية بملايين الريالات. " +
			"وفتحت الشرطة تحقيقا في أسباب الحريق."}
	dir := t.TempDir()
	write := func(name string, rs []rec) string {
		b, err := json.Marshal(rs)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	return write("old.json", recs), write("new.json", []rec{fire})
}

// TestPassingMentionOfPartialDocument: a match report's last paragraph
// mentions a fire of five days before in one line, which joins the fire's
// event through one strong claim pair, as a passing mention may (its
// centroid is too far). A new report of the fire re-clusters the fire's
// event, which holds of the match report only that line: the update must
// still treat it as a passing mention, as a full run over the whole
// article does (align.Options.MainGroup), and not as the article's main
// story (which needs the centroid: before, the line left the event and
// its two alignments differed from a full run's).
func TestPassingMentionOfPartialDocument(t *testing.T) {
	ctx := context.Background()
	old, added := partialFixture(t)
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Update(ctx, inputsOf(loadCorpus(t, old)), Options{}); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Update(ctx, inputsOf(loadCorpus(t, added)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Mode != "incremental" {
		t.Fatalf("second update: mode %s, want incremental", rep.Mode)
	}
	verifySame(ctx, t, s, "store vs full run")
}
