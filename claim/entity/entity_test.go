package entity

import (
	"flag"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/lang"
)

var update = flag.Bool("update", false, "rewrite testdata/news.golden")

func lexicon(tb testing.TB) *Lexicon {
	tb.Helper()
	l, err := With(Extra{})
	if err != nil {
		tb.Fatal(err)
	}
	l.AddSpeechVerbs([]string{"قال", "وقال", "ذكر", "وذكر", "اكد", "واكد", "كشف", "وكشف"})
	return l
}

func find(tb testing.TB, text string) []Mention {
	return Find(text, lang.Tokenize(text), lexicon(tb))
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []string // "kind:text:id" of every mention, in order
	}{
		{"role, comma, name", "قال وزير الخارجية الروسي، سيرغي لافروف، إن المحادثات جيدة",
			[]string{"person:وزير الخارجية الروسي، سيرغي لافروف:e-lafruf-sirghi"}},
		{"title before surname", "وقال الرئيس الشرع إن سوريا الجديدة تعيد ربط العلاقات",
			[]string{"person:الرئيس الشرع:e-shra", "place:سوريا:e-syria"}},
		{"clitic left out of the span", "والتقى بوتين بالرئيس في موسكو ولافروف",
			[]string{"person:بوتين:e-butin-fladimir", "place:موسكو:e-moscow"}},
		{"quoted agency", "في حديث لوكالة “تاس” الروسية",
			[]string{"outlet:وكالة “تاس” الروسية:e-tass"}},
		{"unknown outlet after an outlet word", "وذكرت صحيفة الوطن أن الوزير وصل",
			[]string{"outlet:صحيفة الوطن:e-alwatan"}},
		{"ambiguous outlet name alone is no outlet", "وقالت إن الوطن يمر بمرحلة صعبة",
			nil},
		{"speech-verb subject", "وقال فيرشينين في حديث للصحفيين إن الوضع صعب",
			[]string{"person:فيرشينين:e-firshinin"}},
		{"organisation and Latin outlet", "وقال مجلس الأمن الدولي إن AFP نقلت الخبر",
			[]string{"org:مجلس الأمن الدولي:e-unsc", "outlet:AFP:e-afp"}},
		{"two roles joined by و", "التقى وزير الخارجية السوري ووزير الدفاع مرهف أبو قصرة",
			[]string{"role:وزير الخارجية السوري:e-role-wzir-kharjih-syria", "person:وزير الدفاع مرهف أبو قصرة:e-qsrh-mrhf"}},
		{"object after a name is not the name", "وصف وزير الخارجية الروسي سيرغي لافروف زيارة الوفد بأنها مثمرة",
			[]string{"person:وزير الخارجية الروسي سيرغي لافروف:e-lafruf-sirghi"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range find(t, tc.text) {
				got = append(got, m.Kind+":"+m.Text+":"+m.ID)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"الشيباني", "shibani"}, {"لافروف", "lafruf"}, {"ألكسندر", "alksndr"}, {"Getty Images", "getty-images"}, {"", ""},
	} {
		got := Slug(tc.in)
		if tc.in == "" {
			if len(got) != 8 {
				t.Errorf("Slug(%q): got %q, want eight hex digits", tc.in, got)
			}
			continue
		}
		if got != tc.want {
			t.Errorf("Slug(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMerge(t *testing.T) {
	ents, rename := Merge([]Ref{
		{ID: "e-shibani", Kind: KindPerson, Name: "الشيباني", Role: "الوزير"},
		{ID: "e-shibani-asad", Kind: KindPerson, Name: "أسعد حسن الشيباني", Role: "وزير الخارجية السوري", RoleKey: "وزير|خارجيه|syria"},
		{ID: "e-role-wzir-kharjih-syria", Kind: KindRole, Role: "وزير الخارجية السوري", RoleKey: "وزير|خارجيه|syria"},
		{ID: "e-asad", Kind: KindPerson, Name: "الأسد"},
		{ID: "e-asad-bashar", Kind: KindPerson, Name: "بشار الأسد"},
		{ID: "e-asad-hafiz", Kind: KindPerson, Name: "حافظ الأسد"},
	})
	for from, to := range map[string]string{"e-shibani": "e-shibani-asad", "e-role-wzir-kharjih-syria": "e-shibani-asad"} {
		if rename[from] != to {
			t.Errorf("rename[%s]: got %q, want %q", from, rename[from], to)
		}
	}
	if _, ok := rename["e-asad"]; ok {
		t.Errorf("rename[e-asad]: got %q, want no rename (two people share the surname)", rename["e-asad"])
	}
	for _, e := range ents {
		if e.ID == "e-shibani-asad" && (e.Name != "أسعد حسن الشيباني" || len(e.Roles) != 1) {
			t.Errorf("e-shibani-asad: got %+v, want the longest name and one role", e)
		}
	}
}

// TestMergeRepeats: Merge gives the same entities and renames whether a
// mention is passed once or as often as it occurs (the article store
// passes each distinct mention once).
func TestMergeRepeats(t *testing.T) {
	distinct := []Ref{
		{ID: "e-shibani", Kind: KindPerson, Name: "الشيباني", Role: "الوزير"},
		{ID: "e-role-wzir-kharjih-syria", Kind: KindRole, Role: "وزير الخارجية السوري", RoleKey: "وزير|خارجيه|syria"},
		{ID: "e-shibani-asad", Kind: KindRole, Role: "وزير الخارجية", RoleKey: "وزير|خارجيه|"},
		{ID: "e-shibani-asad", Kind: KindPerson, Name: "أسعد حسن الشيباني", Role: "وزير الخارجية السوري", RoleKey: "وزير|خارجيه|syria"},
		{ID: "e-shibani-asad", Kind: KindPerson, Name: "أسعد الشيباني"},
		{ID: "e-asad", Kind: KindPerson, Name: "الأسد"},
		{ID: "e-asad-bashar", Kind: KindPerson, Name: "بشار الأسد", Role: "الرئيس السوري"},
		{ID: "e-asad-bashar", Kind: KindPerson, Name: "الرئيس بشار الأسد", Role: "رئيس الجمهورية العربية السورية"},
	}
	for _, tc := range []struct {
		name   string
		counts []int // how often each of distinct occurs
	}{
		{"each once", []int{1, 1, 1, 1, 1, 1, 1, 1}},
		{"the shorter name more often", []int{3, 1, 2, 1, 7, 1, 9, 1}},
		{"a role more often", []int{1, 5, 4, 1, 1, 2, 1, 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var repeated []Ref
			for k, r := range distinct {
				for range tc.counts[k] {
					repeated = append(repeated, r)
				}
			}
			wantEnts, wantRename := Merge(repeated)
			gotEnts, gotRename := Merge(distinct)
			if !reflect.DeepEqual(gotEnts, wantEnts) {
				t.Errorf("entities: got %+v, want %+v", gotEnts, wantEnts)
			}
			if !reflect.DeepEqual(gotRename, wantRename) {
				t.Errorf("renames: got %v, want %v", gotRename, wantRename)
			}
			if len(wantRename) == 0 {
				t.Errorf("renames: got none, want e-shibani linked (the case tests nothing)")
			}
		})
	}
}

// TestGolden pins the mentions of testdata/news.txt (refresh with -update).
func TestGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, m := range find(t, string(b)) {
		fmt.Fprintf(&sb, "%d-%d\t%s\t%s\t%s\trole=%s\tcountry=%s\n", m.Start, m.End, m.Kind, m.ID, m.Text, m.Role, m.Country)
	}
	if *update {
		if err := os.WriteFile("testdata/news.golden", []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/news.golden")
	if err != nil {
		t.Fatalf("read golden (refresh with -update): %v", err)
	}
	if sb.String() != string(want) {
		t.Errorf("mentions differ from testdata/news.golden (refresh with -update if intended):\ngot\n%s", sb.String())
	}
}

func FuzzFind(f *testing.F) {
	b, _ := os.ReadFile("testdata/news.txt")
	for _, ln := range strings.Split(string(b), "\n") {
		f.Add(ln)
	}
	lex := lexicon(f)
	f.Fuzz(func(t *testing.T, text string) {
		prev := -1
		for _, m := range Find(text, lang.Tokenize(text), lex) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("mention %q: span [%d,%d) outside the text", m.Text, m.Start, m.End)
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q: text differs from span", m.Text)
			}
			if !utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End]) {
				t.Fatalf("mention %q: span [%d,%d) not on rune boundaries", m.Text, m.Start, m.End)
			}
			if m.Start < prev {
				t.Fatalf("mentions out of order at %d", m.Start)
			}
			if m.ID == "" {
				t.Fatalf("mention %q has no ID", m.Text)
			}
			prev = m.Start
		}
	})
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	toks := lang.Tokenize(text)
	lex := lexicon(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, toks, lex)
	}
}

// TestRoleOfAnOrganisation: after a role, the organisation it is of
// (an institution noun and what follows it in construct) is the role's
// complement, and the holder is the name after the title that follows it;
// with no such title, an organisation after a preposition (بفرع) leaves
// the role unnamed. Sentences from SaudiNewsNet articles, whose speakers
// were read as "بقيادة", "مطار", "بفرع".
func TestRoleOfAnOrganisation(t *testing.T) {
	for _, tc := range []struct {
		text string
		name string // Name of the first mention; "" for a role alone
	}{
		{"وقال الناطق الإعلامي بقيادة حرس الحدود بمنطقة تبوك العميد البحري عبدالله بن حمد الغرير: إن غرفة العمليات تلقت بلاغا", "عبدالله بن حمد الغرير"},
		{"وأوضح مدير عام مطار الملك فهد الدولي المهندس يوسف بن خليفة الظاهري، أن إدارة المطار بصدد افتتاح عدة مشروعات", "يوسف بن خليفة الظاهري"},
		{"وأوضح المتحدث الرسمي بقيادة حرس الحدود بالمنطقة الشرقية النقيب عمر بن محمد الأكلبي، أن فرق البحث تلقت بلاغاً", "عمر بن محمد الأكلبي"},
		{"أوضح الناطق الاعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطيه القرشي بانه تم ضبط عدد من الأشخاص", "عاطي بن عطيه القرشي"},
		{"وأوضح الناطق الإعلامي بفرع هيئة الهلال الأحمر السعودي في جازان بيشي بن عيسى الصرخي أن غرفة العمليات تلقت بلاغًا", ""},
		{"ولفت السفير بدر عبدالعاطي الانتباه إلى أهمية أن تتسق التصريحات الصادرة عن المسؤولين", "بدر عبدالعاطي"},
		// A role complement already known keeps its country adjective.
		{"وقال نائب رئيس مجلس الوزراء الروسي، ألكسندر نوفاك، إن المحادثات مثمرة", "ألكسندر نوفاك"},
	} {
		ms := find(t, tc.text)
		if len(ms) == 0 {
			t.Errorf("%q: no mention, want one named %q", tc.text, tc.name)
			continue
		}
		if ms[0].Name != tc.name {
			t.Errorf("%q: first mention %q named %q, want %q", tc.text, ms[0].Text, ms[0].Name, tc.name)
		}
	}
}

// TestPurposeVerbIsNoName: لِـ before a present verb after a title is the
// verb of a purpose clause, not the name of the titled person.
func TestPurposeVerbIsNoName(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"ونافذة تطل منها الأجيال التي لم تعايش عهد الملك الراحل لتتعرف إلى شخصيته السياسية", ""},
		{"ونافذة تطل منها الأجيال التي لم تعايش عهد الملك فيصل بن عبدالعزيز لتتعرف على شخصيته", "فيصل بن عبدالعزيز"},
	} {
		ms := find(t, tc.text)
		if len(ms) == 0 || ms[0].Name != tc.name {
			t.Errorf("%q: got %v, want a first mention named %q", tc.text, ms, tc.name)
		}
	}
}

// TestDemonstrativeIsNoName: after a speech verb a demonstrative with its
// preposition says what the words are about ("وقال بهذا الخصوص:"), not
// who said them; no name starts with one. SaudiNewsNet attributed Fabius's
// words to a person "بهذا الخصوص".
func TestDemonstrativeIsNoName(t *testing.T) {
	for _, text := range []string{
		"وقال بهذا الخصوص: «لقد كان لنا في الماضي وجود مهم في إيران»",
		"وقال بهذا الشأن إن الاتفاق تاريخي",
		"وأضاف لهذا السبب أن العلاقات ستتحسن",
	} {
		for _, m := range find(t, text) {
			if m.Kind == KindPerson {
				t.Errorf("%q: person %q found; want none", text, m.Text)
			}
		}
	}
	// A name after the speech verb is still read.
	ms := find(t, "وقال فيرشينين في حديث للصحافيين إن المحادثات مثمرة")
	if len(ms) == 0 || ms[0].Kind != KindPerson {
		t.Errorf("speech subject: got %v, want the person فيرشينين", ms)
	}
}

// TestUndersecretaryIsARole: وكيل (an undersecretary, a deputy, an agent)
// heads a role like مدير: its holder is the name after it, and the speaker
// of "صرح بذلك وكيل الوزارة …" is no one called "بذلك".
func TestUndersecretaryIsARole(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"وأكد وكيل وزارة الخارجية البحرينية السفير عبدالله عبداللطيف عبدالله، أن هذه التصريحات مرفوضة", "عبدالله عبداللطيف عبدالله"},
		{"وقال وكيل اللاعبين ميركو بوليديكا: ليس هناك أي دولة يوجد بها هذا الكم من التلاعب", "ميركو بوليديكا"},
	} {
		ms := find(t, tc.text)
		if len(ms) == 0 || ms[0].Name != tc.name {
			t.Errorf("%q: got %v, want a first mention named %q", tc.text, ms, tc.name)
		}
	}
}

// TestStartsFilterHoldsStarts checks that every word a mention may start
// with passes the filter that guards the starts map (the filter never
// turns one away, so mayStart answers as the map alone), with speech verbs
// added after the lexicon was read, and that it turns away most of the
// words of a news text.
func TestStartsFilterHoldsStarts(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	l := *lex
	l.indexStarts()
	l.AddSpeechVerbs([]string{lang.Normalize("وأوضحت"), lang.Normalize("وصرّح")})
	for w := range l.starts {
		if !l.startsFilter.MayHave(w) || !l.mayStart(w) {
			t.Errorf("start word %q turned away", w)
		}
	}
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	passed, words := 0, 0 // of the words not in starts
	for _, tok := range lang.Tokenize(string(data)) {
		if !l.starts[tok.Norm] {
			words++
			if l.startsFilter.MayHave(tok.Norm) {
				passed++
			}
		}
		if got, want := l.mayStart(tok.Norm), l.starts[tok.Norm]; got != want {
			t.Errorf("mayStart(%q) = %v, the map says %v", tok.Norm, got, want)
		}
	}
	if passed*4 > words {
		t.Errorf("the filter lets %d of %d words not in starts through; want most turned away", passed, words)
	}
	t.Logf("%d of %d words not in starts passed", passed, words)
}

// BenchmarkMerge links the mentions of testdata/news.txt, each repeated
// under 500 other IDs (as many distinct mentions as a store of some
// 30,000 articles holds).
func BenchmarkMerge(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	var refs []Ref
	ms := find(b, string(data))
	for k := range 500 {
		for _, m := range ms {
			id := m.ID
			if k > 0 {
				id = fmt.Sprintf("%s-%d", m.ID, k)
			}
			refs = append(refs, Ref{ID: id, Kind: m.Kind, Name: m.Name, Role: m.Role, RoleKey: m.RoleKey()})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Merge(refs)
	}
}
