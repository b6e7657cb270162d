package attrib

import (
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim/entity"
	"github.com/claimdiff/claimdiff/lang"
)

func TestQuotes(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		open bool
		want []string
		left bool // still open at the end
	}{
		{"curly pair", "قال إن “سوريا تتطلع إلى علاقات صحيحة” مع روسيا", false, []string{"سوريا تتطلع إلى علاقات صحيحة"}, false},
		{"guillemets", "وأضاف «نحن مستعدون للحوار» في المؤتمر", false, []string{"نحن مستعدون للحوار"}, false},
		{"mismatched closing marks", "مضيفاً: ” نحن في مرحلة إعادة الإعمار”.", false, []string{"نحن في مرحلة إعادة الإعمار"}, false},
		{"straight quotes", `ما وصفه بـ"مرحلة جديدة" بين البلدين`, false, []string{"مرحلة جديدة"}, false},
		{"unclosed runs to the end", "وتابع: “تجرى اتصالات بشأن القواعد الروسية.", false, []string{"تجرى اتصالات بشأن القواعد الروسية"}, true},
		{"nested quote", "“وصف الشرع العلاقات بأنها “استراتيجية”، وأكد أهميتها”", false, []string{"وصف الشرع العلاقات بأنها “استراتيجية”، وأكد أهميتها"}, false},
		{"continues an open quote", "الشرق الأوسط اليوم كان محورا لأي مشاورات”.", true, []string{"الشرق الأوسط اليوم كان محورا لأي مشاورات"}, false},
		{"two quotes", "“حاسم وتاريخي” و“أساس الاحترام”", false, []string{"حاسم وتاريخي", "أساس الاحترام"}, false},
		{"a quote left open before, then a pair that opens here", `وتعمل في المنطقة أكثر من 300 طائرة "إيرباص 320" حاليا`, true, []string{"إيرباص 320"}, false},
		{"a stray closing mark opens nothing", "وانخفض المؤشر 0.1 بالمئة أمس» متراجعا للمرة الأولى", false, nil, false},
		{"a lone closing mark ends a quote opened before", `وتابعت: تم تشغيل المولدات الاحتياطية خلال دقائق".`, false, []string{"وتابعت: تم تشغيل المولدات الاحتياطية خلال دقائق"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spans, left := Quotes(tc.text, 0, len(tc.text), tc.open)
			var got []string
			for _, s := range spans {
				got = append(got, tc.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || left != tc.left {
				t.Errorf("got %q (open %v), want %q (open %v)", got, left, tc.want, tc.left)
			}
		})
	}
}

var (
	lexOnce sync.Once
	entLex  *entity.Lexicon
	attLex  *Lexicon
)

// attribute reads one paragraph, each sentence a unit.
func attribute(tb testing.TB, text string) []Result {
	tb.Helper()
	lexOnce.Do(func() {
		attLex, _ = Default()
		entLex, _ = entity.With(entity.Extra{})
		entLex.AddSpeechVerbs(attLex.VerbForms())
	})
	al, el := attLex, entLex
	if al == nil || el == nil {
		tb.Fatal("lexicons did not build")
	}
	toks := lang.Tokenize(text)
	ments := entity.Find(text, toks, el)
	var units []Unit
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '.' {
			s, e := start, i
			for s < e && text[s] == ' ' {
				s++
			}
			if s < e {
				var ut []lang.Token
				for _, tk := range toks {
					if tk.Start >= s && tk.End <= e {
						ut = append(ut, tk)
					}
				}
				units = append(units, Unit{Start: s, End: e, Toks: ut})
			}
			start = i + 1
		}
	}
	return Attribute(text, units, ments, al)
}

func TestAttribute(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []string // speaker text of each sentence ("" for none, "~x" anonymous)
	}{
		{"speaker, dropped subject, participle",
			"وقال وزير الخارجية المصري سامح شكري إن القاهرة ترفض التهجير. وأضاف أن الحل سياسي. مشيراً إلى أن الاتصالات مستمرة",
			[]string{"سامح شكري", "سامح شكري", "سامح شكري"}},
		{"narration breaks nothing but has no speaker",
			"ووصل الوفد إلى جنيف مساء الأحد. وقال مصدر دبلوماسي إن المحادثات ستبدأ غداً",
			[]string{"", "~مصدر دبلوماسي"}},
		{"a participle opening the end of a quote goes on with its speaker",
			"وقال وزير الخارجية المصري سامح شكري: “نرفض أي تدخل في شؤوننا. مضيفاً أن القاهرة لن تقبل بأي حل مفروض”",
			[]string{"سامح شكري", "سامح شكري"}},
		{"the ones spoken to end the speaker's name",
			"وقال وزير الدفاع الأميركي آشتون كارتر للصحافيين إن الخيار العسكري ما زال مطروحا",
			[]string{"آشتون كارتر"}},
		{"the outlet spoken to ends the speaker's name",
			"وصرح وزير الخارجية الفرنسي لوران فابيوس لإذاعة فرنسية بأنه سيزور طهران. وصرح لوران فابيوس لوسائل إعلام محلية بأن الزيارة مؤكدة",
			[]string{"لوران فابيوس", "لوران فابيوس"}},
		{"what is praised is no speaker",
			"كما أشاد بما شاهده من مقتنيات داخل الحارة أعادت إلى الأذهان الواقع الجميل",
			[]string{""}},
		{"what the agency reported ends its name",
			"ونقلت عنه وكالة تسنيم قوله إن بعض البنود تجاوزت الخطوط الحمراء",
			[]string{"تسنيم"}},
		{"a speech verb in a relative clause names whom the speaker answers",
			"وعبر الزياني عن استغرابه من التناقض بين ما أشار إليه الرئيس الإيراني حسن روحاني بشأن رغبة إيران في فتح صفحة جديدة. مؤكدا أن هذا التصريح يمثل تدخلا مرفوضا",
			[]string{"", ""}},
		{"outlet subject and report noun",
			"ذكرت صحيفة الغارديان أن الحكومة تدرس خطة جديدة. وقال التقرير إن الخطة ستعرض على البرلمان",
			[]string{"الغارديان", "الغارديان"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := attribute(t, tc.text)
			if len(rs) != len(tc.want) {
				t.Fatalf("got %d results, want %d", len(rs), len(tc.want))
			}
			for i, r := range rs {
				got := r.SpeakerText
				if r.Anonymous {
					got = "~" + got
				}
				if got != tc.want[i] {
					t.Errorf("sentence %d: got speaker %q, want %q", i, got, tc.want[i])
				}
			}
		})
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{"“a” b", "«x»", "”y”", `"z`, "““”", "قال: “نعم"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, open bool) {
		spans, _ := Quotes(text, 0, len(text), open)
		prev := 0
		for _, s := range spans {
			if s.Start < prev || s.End > len(text) || s.Start > s.End {
				t.Fatalf("span [%d,%d) out of order or outside %d bytes", s.Start, s.End, len(text))
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[min(s.Start, len(text)-1)]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
				t.Fatalf("span [%d,%d) not on rune boundaries", s.Start, s.End)
			}
			prev = s.End
		}
	})
}

func BenchmarkAttribute(b *testing.B) {
	data, err := os.ReadFile("../entity/testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.ReplaceAll(string(data), "\n", ". ")
	attribute(b, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		attribute(b, text)
	}
}

// A quote left open by one sentence is not carried into a sentence that
// opens with a speech verb of its own.
func TestQuoteSlipNotCarried(t *testing.T) {
	rs := attribute(t, "وقال المدير: «سنفتح الفرع الجديد قريبا. وقال الخبراء إن الطلب على الخدمات سيرتفع")
	if len(rs) != 2 {
		t.Fatalf("got %d results, want 2", len(rs))
	}
	if len(rs[0].Quotes) != 1 {
		t.Errorf("first sentence: got %d quotes, want 1", len(rs[0].Quotes))
	}
	if len(rs[1].Quotes) != 0 {
		t.Errorf("second sentence: got quotes %v, want none", rs[1].Quotes)
	}
}
