package modality

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/lang/ar"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// c is an expected cue: its text and kind.
type c struct{ Text, Kind string }

// findCases are news sentences, Arabic and English, with the cues Find
// should report in order; nil means none.
var findCases = []struct {
	name string
	text string
	want []c
}{
	{"min al-mutawaqqa' hedge", "ومن المتوقع أن يجري الوفد السوري محادثات حول العلاقات الثنائية.", []c{{"ومن المتوقع", Hedge}}},
	{"qad + imperfect is a hedge", "وقال محللون إن الزيارة قد تفتح الباب أمام اتفاقات اقتصادية جديدة.", []c{{"قد تفتح", Hedge}}},
	{"qad + perfect is not a hedge", "وكان الرئيس الروسي قد أكد في وقت سابق دعم بلاده لسيادة سوريا.", []c{{"أكد", Assertion}}},
	{"qad tamma is not a hedge", "وقد تم الاتفاق على تشكيل لجنة مشتركة.", nil},
	{"rubbama", "وربما تكون هذه الزيارة الأهم منذ سقوط النظام.", []c{{"وربما", Hedge}}},
	{"yurajjah with tashkeel", "ويُرجّح أن تُعقد القمة في موسكو الشهر المقبل.", []c{{"ويُرجّح", Hedge}, {"المقبل", Future}}},
	{"yu'taqad", "ويُعتقد أن المئات لقوا حتفهم في القصف.", []c{{"ويُعتقد", Hedge}}},
	{"yabdu", "ويبدو أن موسكو تسعى إلى الحفاظ على قاعدتيها في الساحل السوري.", []c{{"ويبدو", Hedge}}},
	{"afadat taqarir", "وأفادت تقارير إعلامية بوصول تعزيزات عسكرية إلى المنطقة.", []c{{"وأفادت تقارير", Hedge}}},
	{"bi-hasab taqarir", "وبحسب تقارير غربية، تجري روسيا محادثات بشأن قواعدها.", []c{{"وبحسب تقارير", Hedge}}},
	{"anba' 'an", "وتحدثت مصادر محلية عن أنباء عن انسحاب القوات من المطار.", []c{{"أنباء عن", Hedge}}},
	{"muhtamal", "وحذر الخبراء من تصعيد محتمل على الحدود.", []c{{"محتمل", Hedge}}},
	{"lam yatasanna verification", "ولم يتسنّ التحقق من صحة هذه المعلومات من مصدر مستقل.", []c{{"ولم يتسنّ التحقق", Hedge}}},
	{"unconfirmed news", "وتداولت مواقع محلية أنباء غير مؤكدة عن اعتقال القيادي.", []c{{"أنباء غير مؤكدة", Hedge}}},
	{"lam negation", "ولم تصدر الخارجية الروسية أي تعليق على الزيارة.", []c{{"ولم", Negation}}},
	{"lan negation", "وأكد الوزير أن بلاده لن تقبل بأي تقسيم لأراضيها.", []c{{"وأكد", Assertion}, {"لن", Negation}}},
	{"laysa negation", "وقال إن الانسحاب ليس مطروحاً في الوقت الحالي.", []c{{"ليس", Negation}}},
	{"la yujad", "وأوضح أنه لا يوجد أي اتفاق بشأن القواعد العسكرية حتى الآن.", []c{{"لا يوجد", Negation}}},
	{"nafa denial", "ونفى الكرملين وجود أي خطط لسحب القوات من سوريا.", []c{{"ونفى", Negation}}},
	{"'adam", "وأعرب عن قلقه من عدم التزام الأطراف بوقف إطلاق النار.", []c{{"عدم", Negation}}},
	{"ghayr before adjective", "ووصف الهجوم بأنه غير مبرر وغير قانوني.", []c{{"غير", Negation}, {"وغير", Negation}}},
	{"ghayr anna is however", "غير أن المحادثات لم تتطرق إلى مصير الأسد.", []c{{"لم", Negation}}},
	{"la siyyama is not negation", "تناولت سبل تطوير الشراكة، ولا سيما في مجالات تحديث العتاد العسكري.", nil},
	{"la tazal is still", "وأنه لا تزال توجد مخيمات في الشمال ولاجئين في الخارج ينتظرون العودة.", nil},
	{"ma zal is still", "وما زالت موسكو تتابع عن كثب ملفات استثمارية واقتصادية.", nil},
	{"la budd is must", "وقال إنه لا بد من حل سياسي شامل.", nil},
	{"la shakk asserts", "ومما لا شك فيه أن العلاقات تمر بمرحلة حساسة.", []c{{"ومما لا شك فيه", Assertion}}},
	{"muzma' planned", "لحضور القمة العربية الروسية، المزمع عقدها في 15 من تشرين الأول المقبل.", []c{{"المزمع", Future}, {"المقبل", Future}}},
	{"min al-muqarrar", "ومن المقرر أن يزور الرئيس الشرع موسكو الأسبوع المقبل.", []c{{"ومن المقرر", Future}, {"المقبل", Future}}},
	{"sawfa", "وسوف تستمر المحادثات بين الجانبين خلال الأيام القادمة.", []c{{"وسوف", Future}}},
	{"special rapporteur is not planned", "وقال المقرر الخاص للأمم المتحدة إن الأوضاع تدهورت.", nil},
	{"assertion participle", "مؤكداً أن دمشق تتطلع إلى تعاون روسي صادق.", []c{{"مؤكداً", Assertion}}},
	{"la taqill 'an is a bound, not a negation", "ويعاقب المخالفون بغرامة لا تقل عن ثلاثة آلاف ريال.", nil},
	{"than expected is a comparison, not a hedge", "وسجلت المخزونات تراجعاً أكبر من المتوقع الأسبوع الماضي.", nil},
	{"plain statement has no cue", "التقى الرئيس الروسي فلاديمير بوتين مع وزيري الخارجية والدفاع السوريين.", nil},
	{"English hedges", "Russia could reportedly keep its bases, officials said.", []c{{"could", Hedge}, {"reportedly", Hedge}}},
	{"English expected to", "The delegation is expected to discuss military cooperation.", []c{{"is expected", Hedge}}},
	{"English negation and denial", "The Kremlin denied the report and said no agreement was reached.", []c{{"denied", Negation}, {"no", Negation}}},
	{"English contraction", "Moscow didn't comment on the visit.", []c{{"didn't", Negation}}},
	{"English May is a month", "The talks took place in May and did not resume.", []c{{"not", Negation}}},
	{"English confirmed", "The ministry confirmed the meeting will take place.", []c{{"confirmed", Assertion}, {"will", Future}}},
}

func TestFind(t *testing.T) {
	for _, tc := range findCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text)
			var gc []c
			for _, g := range got {
				gc = append(gc, c{g.Text, g.Kind})
				if g.Text != tc.text[g.Start:g.End] {
					t.Errorf("Text %q != text[%d:%d]", g.Text, g.Start, g.End)
				}
			}
			if len(gc) != len(tc.want) {
				t.Fatalf("Find(%q) = %v, want %v", tc.text, gc, tc.want)
			}
			for i := range gc {
				if gc[i] != tc.want[i] {
					t.Errorf("cue %d: got %v, want %v", i, gc[i], tc.want[i])
				}
			}
		})
	}
}

func TestHedgedNegated(t *testing.T) {
	for _, tc := range []struct {
		text            string
		hedged, negated bool
	}{
		{"ومن المتوقع أن يصل الوفد غداً.", true, false},
		{"وصل الوفد إلى موسكو اليوم.", false, false},
		{"لم يصل الوفد إلى موسكو.", false, true},
		{"وأنه لا تزال توجد مخيمات في الشمال.", false, false},
		{"غير أن الوفد وصل متأخراً.", false, false},
		{"ولا سيما في مجال الطاقة.", false, false},
		{"وقد لا يصل الوفد قبل الخميس.", false, true},
		{"وقد يصل الوفد قبل الخميس.", true, false},
		{"ونفت وزارة الخارجية التقارير.", false, true},
	} {
		if got := Hedged(tc.text); got != tc.hedged {
			t.Errorf("Hedged(%q) = %v, want %v", tc.text, got, tc.hedged)
		}
		if got := Negated(tc.text); got != tc.negated {
			t.Errorf("Negated(%q) = %v, want %v", tc.text, got, tc.negated)
		}
	}
}

func TestOpposite(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"أكد", "نفى", true}, {"يؤكد", "ينفي", true}, {"رفض", "وافق", true}, {"قبول", "رفض", true},
		{"أيد", "عارض", true}, {"دعم", "يعارض", true}, {"رحب", "ندد", true}, {"إدانة", "ترحيب", true},
		{"نجح", "فشل", true}, {"ارتفع", "انخفض", true}, {"زيادة", "تراجع", true}, {"فتح", "أغلق", true},
		{"confirmed", "denied", true}, {"accept", "reject", true}, {"support", "opposed", true},
		{"rise", "fell", true}, {"أكد", "denied", true},
		{"أكد", "أكدت", false}, {"رفض", "عارض", false}, {"ارتفع", "زيادة", false}, {"موسكو", "دمشق", false},
		{"", "نفى", false},
	} {
		a, b := tc.a, tc.b
		if got := Opposite(a, b); got != tc.want {
			t.Errorf("Opposite(%q, %q) = %v, want %v", a, b, got, tc.want)
		}
		if got := Opposite(b, a); got != tc.want {
			t.Errorf("Opposite(%q, %q) not symmetric", tc.b, tc.a)
		}
	}
}

// TestVerbPersons checks that a verb listed in one person matches in the
// others, and that the perfect of forms V and VI does not turn into
// another verb.
func TestVerbPersons(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"تسجن", "تفرج", true},    // listed: يسجن
		{"تنحدر", "ترتفع", true},  // listed: انحدر، ينحدر
		{"تستبدل", "يبقى", true},  // listed: استبدل
		{"يستنكر", "تؤيد", true},  // listed: تستنكر، أيد
		{"تعترض", "يوافق", true},  // listed: يعترض
		{"يراجع", "يرتفع", false}, // تراجع is a perfect of form VI: يراجع is "reviews"
		{"تعزيز", "يعزيز", false}, // a noun's variant is no word
		{"تحسن", "تتدهور", true},  // both listed
	} {
		if got := Opposite(tc.a, tc.b); got != tc.want {
			t.Errorf("Opposite(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if got := verbVariants([]string{"تراجع", "يتراجع"}); len(got) != 1 || got[0] != "تتراجع" {
		t.Errorf("verbVariants(تراجع، يتراجع) = %v, want [تتراجع]", got)
	}
}

// TestOppositionsDisjoint checks that no form is in two groups of one
// line, which would make a word its own opposite.
func TestOppositionsDisjoint(t *testing.T) {
	o := DefaultOppositions()
	for w, es := range o.first {
		for i, x := range es {
			for _, y := range es[i+1:] {
				if Opposed(x.sense, y.sense) && strings.Join(x.words, " ") == strings.Join(y.words, " ") {
					t.Errorf("%q is in two groups of line %d", w, x.sense.Line)
				}
			}
		}
	}
}

func TestGolden(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, cue := range Find(string(src)) {
		line, _ := json.Marshal(cue)
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join("testdata", "news.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("cues differ from %s (rerun with -update after checking):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func FuzzFind(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.text)
	}
	f.Add("قد")
	f.Add("غير")
	f.Add("لا\u200fسيما ولا")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, cue := range Find(s) {
			if cue.Start < prev || cue.Start >= cue.End || cue.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", cue.Start, cue.End, prev, s)
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[cue.Start]) || cue.End < len(s) && !utf8.RuneStart(s[cue.End])) {
				t.Fatalf("span [%d,%d) not on rune boundaries in %q", cue.Start, cue.End, s)
			}
			if cue.Text != s[cue.Start:cue.End] {
				t.Fatalf("Text %q != s[%d:%d]", cue.Text, cue.Start, cue.End)
			}
			switch cue.Kind {
			case Hedge, Negation, Future, Assertion:
			default:
				t.Fatalf("unknown kind %q", cue.Kind)
			}
			prev = cue.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 10<<10 {
		for _, tc := range findCases {
			sb.WriteString(tc.text)
			sb.WriteString(" وأشار الوزير إلى أن العلاقات بين البلدين تدخل مرحلة جديدة من التعاون. ")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

// stemOf returns the stem lang gives the first token of w, or "".
func stemOf(w string) string {
	toks := lang.Tokenize(w)
	if len(toks) == 0 {
		return ""
	}
	return toks[0].Stem
}

func TestParseOppositions(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		ok    bool
	}{
		{"pair", []string{"أقر، يقر | ألغى، يلغي"}, true},
		{"three groups and a kind", []string{"ordinal: الأولى | الثانية | الثالثة"}, true},
		{"refusal list", []string{"refusal: قاطع، يقاطع"}, true},
		{"comments and blanks", []string{"# note", "", "a | b"}, true},
		{"one group", []string{"أقر، يقر"}, false},
		{"unknown kind", []string{"reverse: a | b"}, false},
		{"empty group", []string{"a | "}, false},
		{"refusal with groups", []string{"refusal: a | b"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseOppositions(tc.lines)
			if (err == nil) != tc.ok {
				t.Errorf("ParseOppositions(%q) error %v, want ok=%v", tc.lines, err, tc.ok)
			}
		})
	}
}

func TestFindClitics(t *testing.T) {
	o := DefaultOppositions()
	text := "وبارتفاع الأسعار ثم تراجعها، وألغت الحكومة زيارتها والمرحلة الثانية"
	hits := o.Find(text, lang.Tokenize(text))
	var got []string
	for _, h := range hits {
		got = append(got, h.Kind)
	}
	for _, want := range []string{KindOpposite, KindRefusal, KindOrdinal} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("Find(%q) kinds %v, want %s among them", text, got, want)
		}
	}
}

func TestUseOppositions(t *testing.T) {
	t.Cleanup(func() { _ = UseOppositions(nil) })
	if Opposite("أقر", "ألغى") {
		t.Fatal("أقر/ألغى opposite before the configuration adds them")
	}
	if err := UseOppositions([]string{"أقر، يقر | ألغى، يلغي"}); err != nil {
		t.Fatal(err)
	}
	if !Opposite("يقر", "ألغى") {
		t.Error("يقر/ألغى not opposite after UseOppositions")
	}
	if !Opposite("ارتفع", "انخفض") {
		t.Error("built-in pairs lost after UseOppositions")
	}
	if err := UseOppositions([]string{"bad"}); err == nil {
		t.Error("UseOppositions accepted a line with one group")
	}
}

func TestDefaultOppositions(t *testing.T) {
	if _, err := ParseOppositions(strings.Split(oppositesData, "\n")); err != nil {
		t.Fatalf("opposites.txt: %v", err)
	}
	if DefaultOppositions().lines < 50 {
		t.Errorf("opposites.txt gave %d lines, want at least 50", DefaultOppositions().lines)
	}
}

// TestFindBare checks that FindBare with the readings of ar.Bare finds what
// Find finds, and that it reads its words' readings from bare alone.
func TestFindBare(t *testing.T) {
	o := DefaultOppositions()
	for _, text := range []string{
		"وبارتفاع الأسعار ثم تراجعها، وألغت الحكومة زيارتها والمرحلة الثانية",
		"رفض الوزير المشاركة في الجولة الأولى وقبل الدعوة",
	} {
		toks := lang.Tokenize(text)
		want := o.Find(text, toks)
		asked := 0
		got := o.FindBare(text, toks, func(i int) []string { asked++; return ar.Bare(toks[i].Norm) })
		if !reflect.DeepEqual(got, want) || len(want) == 0 {
			t.Errorf("FindBare(%q) = %v, Find %v", text, got, want)
		}
		if asked == 0 {
			t.Errorf("FindBare(%q) never asked bare", text)
		}
		if none := o.FindBare(text, toks, func(int) []string { return nil }); len(none) != 0 {
			t.Errorf("FindBare(%q) without readings = %v, want none", text, none)
		}
	}
}
