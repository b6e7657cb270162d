package numbers

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/lang"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// want is an expected number: its text, value, approximator, unit and
// percent flag.
type want struct {
	Text    string
	Value   float64
	Approx  string
	Unit    string
	Percent bool
}

// findCases are sentences of the kind news reports print, Arabic and
// English, with the numbers Find should report in order. An empty want
// means no number at all.
var findCases = []struct {
	name string
	text string
	want []want
}{
	{"approximator, number words, scale, counted noun",
		"وتطرق إلى وجود نحو أربعة ملايين منزل مدمر في سوريا.",
		[]want{{"نحو أربعة ملايين منزل", 4e6, About, "منزل", false}}},
	{"digits after a scale word and و",
		"ويتسع الملعب لنحو 18 ألف و500 مشجع في المدرجات.",
		[]want{{"لنحو 18 ألف و500 مشجع", 18500, About, "مشجع", false}}},
	{"a date in figures is no number",
		"وبلغ عدد المستفيدين 345176 مقيماً حتى يوم الأحد 1436/9/25هـ في جميع المراكز.",
		[]want{{"345176 مقيماً", 345176, "", "مقيم", false}}},
	{"a date in figures with spaces",
		"ولد في 26 / 4 / 1947 في مدينة حلب.",
		nil},
	{"ASCII decimal with unit",
		"قرية بستان الباشا التي تبعد عن القاعدة حوالي 2.7 كيلومتر.",
		[]want{{"حوالي 2.7 كيلومتر", 2.7, About, "كيلومتر", false}}},
	{"Arabic-Indic decimal with momayyaz",
		"وتبعد القرية عن القاعدة حوالي ٢٫٧ كيلومتر عن الحدود.",
		[]want{{"حوالي ٢٫٧ كيلومتر", 2.7, About, "كيلومتر", false}}},
	{"clitic on approximator, tens word, accusative year",
		"فهي علاقات قديمة وراسخة استمرت لأكثر من سبعين عاماً، وسارعت موسكو إلى فتح السفارة.",
		[]want{{"لأكثر من سبعين عاماً", 70, MoreThan, "عام", false}}},
	{"digits with scale word and unit",
		"وبلغ حجم التبادل التجاري بين البلدين 2.5 مليار دولار العام الماضي.",
		[]want{{"2.5 مليار دولار", 2.5e9, "", "دولار", false}}},
	{"nahw with digits and thousand",
		"وأعلنت الأمم المتحدة عودة نحو 40 ألف لاجئ سوري من لبنان خلال الشهر الماضي.",
		[]want{{"نحو 40 ألف لاجئ", 40000, About, "لاجئ", false}}},
	{"unit before compound with waw",
		"وأصيب خمسة وعشرون شخصاً بجروح في القصف.",
		[]want{{"خمسة وعشرون شخصاً", 25, "", "شخص", false}}},
	{"compound with thousand accusative",
		"وقدّرت المنظمة عدد النازحين بخمسة وعشرين ألفاً في ريف إدلب.",
		[]want{{"بخمسة وعشرين ألفاً", 25000, "", "", false}}},
	{"three thousand with noun",
		"وأفرجت السلطات عن ثلاثة آلاف معتقل منذ بداية العام.",
		[]want{{"ثلاثة آلاف معتقل", 3000, "", "معتقل", false}}},
	{"percent sign after ASCII digits",
		"وارتفع معدل التضخم إلى 12.5% في تشرين الثاني.",
		[]want{{"12.5%", 12.5, "", "%", true}}},
	{"Arabic percent sign after Arabic-Indic digits",
		"وتراجعت قيمة الليرة بنسبة ٣٠٪ خلال أسبوع.",
		[]want{{"٣٠٪", 30, "", "%", true}}},
	{"fi al-mi'a phrase",
		"وقالت الوزارة إن نسبة المشاركة بلغت 60 في المئة من الناخبين.",
		[]want{{"60 في المئة", 60, "", "%", true}}},
	{"bil-mi'a phrase with number word",
		"ونما الاقتصاد بنحو ثلاثة بالمئة هذا العام.",
		[]want{{"بنحو ثلاثة بالمئة", 3, About, "%", true}}},
	{"vague tens",
		"وقتل عشرات المدنيين في غارات على ريف حماة.",
		[]want{{"عشرات المدنيين", 10, Several, "مدني", false}}},
	{"vague tens of thousands",
		"وخرج عشرات الآلاف إلى الشوارع احتفالاً بسقوط النظام.",
		[]want{{"عشرات الآلاف", 10000, Several, "", false}}},
	{"vague hundreds of thousands",
		"ويعيش مئات الآلاف من النازحين في المخيمات.",
		[]want{{"مئات الآلاف من النازحين", 100000, Several, "نازحين", false}}},
	{"bare plural thousands is vague",
		"وعاد آلاف اللاجئين إلى قراهم.",
		[]want{{"آلاف اللاجئين", 1000, Several, "لاجئ", false}}},
	{"more than with digits and killed",
		"وأسفر الهجوم عن مقتل أكثر من 70 شخصاً.",
		[]want{{"أكثر من 70 شخصاً", 70, MoreThan, "شخص", false}}},
	{"at least",
		"وقال المرصد إن ما لا يقل عن 15 قتيلاً سقطوا في الاشتباكات.",
		[]want{{"ما لا يقل عن 15 قتيلاً", 15, AtLeast, "قتيل", false}}},
	{"less than",
		"وتقع البلدة على بعد أقل من 5 كيلومترات من الحدود.",
		[]want{{"أقل من 5 كيلومترات", 5, LessThan, "كيلومتر", false}}},
	{"up to",
		"ويمكن أن يصل عدد المستفيدين إلى ما يصل إلى 200 ألف أسرة.",
		[]want{{"ما يصل إلى 200 ألف أسرة", 200000, AtMost, "أسرة", false}}},
	{"post approximator taqriban",
		"وتمتد الحدود المشتركة 375 كيلومتراً تقريباً.",
		[]want{{"375 كيلومتراً تقريباً", 375, About, "كيلومتر", false}}},
	{"teen compound",
		"وشارك في الاجتماع ثلاثة عشر وزيراً عربياً.",
		[]want{{"ثلاثة عشر وزيراً", 13, "", "وزير", false}}},
	{"hundreds plus tens",
		"وأطلقت السلطات سراح مئة وخمسين موقوفاً.",
		[]want{{"مئة وخمسين موقوفاً", 150, "", "موقوف", false}}},
	{"fused hundreds",
		"وتضم القافلة ثلاثمئة شاحنة محملة بالمساعدات.",
		[]want{{"ثلاثمئة شاحنة", 300, "", "شاحنة", false}}},
	{"dual thousand",
		"ووصل إلى الميناء ألفين طن من القمح.",
		[]want{{"ألفين طن", 2000, "", "طن", false}}},
	{"million and a half",
		"ويقدر عدد اللاجئين السوريين في تركيا بمليون ونصف لاجئ.",
		[]want{{"بمليون ونصف لاجئ", 1.5e6, "", "لاجئ", false}}},
	{"thousands separator and Persian digits",
		"وبلغ عدد الضحايا ۱٬۲۰۰ شخص وفق الإحصاء.",
		[]want{{"۱٬۲۰۰ شخص", 1200, "", "شخص", false}}},
	{"ASCII thousands separator",
		"وسجلت الوزارة 1,500 إصابة جديدة.",
		[]want{{"1,500 إصابة", 1500, "", "إصابة", false}}},
	{"dotted thousands",
		"وخصصت الحكومة 40.000.000 ليرة للمشروع.",
		[]want{{"40.000.000 ليرة", 4e7, "", "ليرة", false}}},
	{"one follows its noun",
		"وتمكنت من القضاء على تجارة المخدرات في غضون عام واحد.",
		[]want{{"عام واحد", 1, "", "عام", false}}},
	{"two numbers joined by waw are not a sum",
		"قتل ثلاثة وأصيب أربعة آخرون.",
		[]want{{"ثلاثة", 3, "", "", false}, {"أربعة آخرون", 4, "", "آخرون", false}}},
	{"English million with approximator",
		"About 4 million homes were destroyed in Syria, the minister said.",
		[]want{{"About 4 million homes", 4e6, About, "home", false}}},
	{"English short scale",
		"Russia pledged $2.5bn in reconstruction aid.",
		[]want{{"$2.5bn", 2.5e9, "", "$", false}}},
	{"English number words",
		"More than twenty-five people were killed and nearly three hundred wounded.",
		[]want{{"More than twenty-five people", 25, MoreThan, "person", false}, {"nearly three hundred wounded", 300, About, "wounded", false}}},
	{"English percent and at least",
		"Turnout was 61 percent, and at least 12 polling stations stayed closed.",
		[]want{{"61 percent", 61, "", "%", true}, {"at least 12 polling", 12, AtLeast, "polling", false}}},
	{"English vague",
		"Hundreds of thousands of Syrians have returned.",
		[]want{{"Hundreds of thousands of Syrians", 1e5, Several, "syrians", false}}},
	// Date parts and labels are not numbers.
	{"day and year with Levantine month", "ووصل الشيباني في 8 من كانون الأول الماضي 2024.", nil},
	{"day with Gregorian month and year", "والتقى الرئيسان في موسكو في 15 أكتوبر 2025.", nil},
	{"day with min and month", "اليوم 31 من تموز، أعلن الجانبان إعادة النظر بالاتفاقيات.", nil},
	{"Arabic-Indic date", "بتاريخ ٢٤ كانون الأول ٢٠٢٥.", nil},
	{"year after aam", "وذلك منذ نهاية عام 2024.", nil},
	{"year after month with slash", "منذ كانون الأول/ديسمبر 2024 تغير كل شيء.", nil},
	{"range of days", "خلال أحداث الساحل التي امتدت بين 6 و10 من آذار الماضي.", nil},
	{"decade word is not a number", "تمتد إلى سبعينيات القرن الماضي.", nil},
	{"ordinals are not numbers", "في أول زيارة رسمية، هي الأولى منذ توليه منصبه، والثانية خلال العام.", nil},
	{"Monday is not two", "وقال الوزير يوم الاثنين إن المحادثات كانت جيدة.", nil},
	{"Hijri year mark", "في رمضان 1446هـ أعلنت الهيئة.", nil},
	{"resolution number", "وفق القرار 2254 الصادر عن مجلس الأمن.", nil},
	{"English date", "The summit is planned for October 15, 2025.", nil},
	{"English decade", "Relations go back to the 1970s.", nil},
	{"clock time", "وبدأ الاجتماع عند الساعة 10 صباحاً.", nil},
	{"ordinal teen is not ten", "منذ القرن التاسع عشر.", nil},
	{"year in an event name", "وشارك المنتخب في بطولة ٢٠١٥ العالمية للناشئين.", nil},
	{"reaching is not up to", "وارتفع المؤشر ليصل إلى 7550 نقطة.",
		[]want{{"7550 نقطة", 7550, "", "نقطة", false}}},
	{"preposition with article is no unit", "وأصيب 92 بالتهاب رئوي.",
		[]want{{"92", 92, "", "", false}}},
	{"count beside a date", "وفي 12 شباط 2025 قتل 40 شخصاً.",
		[]want{{"40 شخصاً", 40, "", "شخص", false}}},
}

func TestFind(t *testing.T) {
	for _, tc := range findCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %s, want %d numbers %v", tc.text, show(got), len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				g := got[i]
				gw := want{g.Text, g.Value, g.Approx, g.Unit, g.Percent}
				// Units are compared folded: the table spells them as printed.
				w.Unit = foldUnit(w.Unit)
				if gw != w {
					t.Errorf("number %d: got %+v, want %+v", i, gw, w)
				}
				if g.Text != tc.text[g.Start:g.End] {
					t.Errorf("number %d: Text %q != text[%d:%d] %q", i, g.Text, g.Start, g.End, tc.text[g.Start:g.End])
				}
			}
		})
	}
}

// foldUnit folds a unit as the table writes it (hamza, taa marbuta) the
// way Find reports it.
func foldUnit(u string) string {
	return strings.NewReplacer("آ", "ا", "أ", "ا", "إ", "ا", "ئ", "ي", "ة", "ه", "ى", "ي").Replace(u)
}

func show(ns []Number) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[%q %v %q %q %v] ", n.Text, n.Value, n.Approx, n.Unit, n.Percent)
	}
	return b.String()
}

func TestTablesFolded(t *testing.T) {
	for w := range unitCanon {
		if lang.Normalize(w) != w {
			t.Errorf("unitCanon key %q is not folded: got %q", w, lang.Normalize(w))
		}
	}
	for w := range unitKeys {
		if lang.Normalize(w) != w && w != "$" && w != "€" {
			t.Errorf("unitKeys key %q is not folded: got %q", w, lang.Normalize(w))
		}
	}
}

func TestParseDigits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"2.7", 2.7}, {"٢٫٧", 2.7}, {"1,500", 1500}, {"١٬٥٠٠", 1500}, {"2,5", 2.5},
		{"40.000.000", 4e7}, {"1,234,567", 1234567}, {"۱۲۳", 123}, {"0", 0},
	} {
		got, ok := parseDigits(tc.in)
		if !ok || got != tc.want {
			t.Errorf("parseDigits(%q) = %v, %v, want %v", tc.in, got, ok, tc.want)
		}
	}
}

func TestCompare(t *testing.T) {
	one := func(s string) Number {
		ns := Find(s)
		if len(ns) != 1 {
			t.Fatalf("Find(%q) = %s, want one number", s, show(ns))
		}
		return ns[0]
	}
	for _, tc := range []struct {
		name     string
		a, b     string
		conflict bool
	}{
		{"words and digits, approx and exact", "نحو أربعة ملايين منزل", "4 ملايين منزل", false},
		{"about 4M vs 3.9M", "نحو 4 ملايين", "3.9 ملايين", false},
		{"about 4M vs 3M", "نحو 4 ملايين", "3 ملايين", true},
		{"more than 70 vs 60", "أكثر من 70 عاماً", "60 عاماً", true},
		{"more than 70 vs 75", "أكثر من 70 عاماً", "75 عاماً", false},
		{"more than 70 vs about 70", "أكثر من 70 عاماً", "نحو سبعين عاماً", false},
		{"exact vs exact differ", "قتل 40 شخصاً", "قتل 45 شخصاً", true},
		{"exact vs exact same across digit systems", "٤٠ شخصاً", "40 شخصاً", false},
		{"different units not comparable", "40 كيلومتراً", "40 دولاراً", false},
		{"different units even when values differ", "5 كيلومترات", "70 عاماً", false},
		{"unit vs no unit comparable", "4 ملايين منزل", "5 ملايين", true},
		{"percent vs count not comparable", "40%", "40 شخصاً", false},
		{"percent vs percent differ", "60 في المئة", "65%", true},
		{"less than 5 vs 7", "أقل من 5 كيلومترات", "7 كيلومترات", true},
		{"at least 15 vs 20", "ما لا يقل عن 15 قتيلاً", "20 قتيلاً", false},
		{"several tens vs 40", "عشرات القتلى", "40 قتيلاً", false},
		{"several tens vs 300", "عشرات القتلى", "300 قتيل", true},
		{"Arabic and English units joined", "About 4 million homes", "نحو أربعة ملايين منزل", false},
		{"up to 200 vs 250", "ما يصل إلى 200 ألف", "250 ألف", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := one(tc.a), one(tc.b)
			got, why := Compare(a, b)
			if got != tc.conflict {
				t.Errorf("Compare(%q, %q) = %v (%s), want %v", tc.a, tc.b, got, why, tc.conflict)
			}
			if why == "" {
				t.Errorf("Compare(%q, %q): empty reason", tc.a, tc.b)
			}
			if rgot, _ := Compare(b, a); rgot != got {
				t.Errorf("Compare not symmetric: (a,b)=%v (b,a)=%v", got, rgot)
			}
		})
	}
}

// goldenInput is a news text of many shapes of numbers; its numbers are
// kept in testdata/news.golden.
const goldenFile = "testdata/news.txt"

func TestGolden(t *testing.T) {
	src, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, n := range Find(string(src)) {
		line, _ := json.Marshal(n)
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
		t.Errorf("numbers of %s differ from %s (rerun with -update after checking):\ngot:\n%s\nwant:\n%s", goldenFile, path, got, want)
	}
}

func FuzzFind(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.text)
	}
	f.Add("٪٪ 5%%و و و ٢٫ .1,, نحو")
	f.Add("\xff\xfe 12 ألف")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, n := range Find(s) {
			if n.Start < prev || n.Start >= n.End || n.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", n.Start, n.End, prev, s)
			}
			// Invalid UTF-8 has no rune boundaries to keep to.
			if utf8.ValidString(s) && (!boundary(s, n.Start) || !boundary(s, n.End)) {
				t.Fatalf("span [%d,%d) not on rune boundaries in %q", n.Start, n.End, s)
			}
			if n.Text != s[n.Start:n.End] {
				t.Fatalf("Text %q != s[%d:%d] %q", n.Text, n.Start, n.End, s[n.Start:n.End])
			}
			prev = n.End
		}
	})
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// benchText is about 10 KB of news Arabic with numbers, dates and plain
// sentences in the proportions of agency copy.
func benchText() string {
	var b strings.Builder
	for b.Len() < 10<<10 {
		for _, tc := range findCases {
			b.WriteString(tc.text)
			b.WriteString(" وأكد الوزير في مؤتمر صحفي مع نظيره أن العلاقات بين البلدين تدخل مرحلة جديدة من التعاون. ")
		}
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}
