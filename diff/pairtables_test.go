package diff

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/internal/wordset"
	"github.com/claimdiff/claimdiff/lang"
)

// Tests of the look-ups the comparison of a pair keeps (formOn's answers,
// the pair's tables in the arena) and of the shortcuts taken before the
// word sets (filters, the Arabic letters' table): each must answer as
// what it stands for.

// TestPairTables checks that a pair's tables come zeroed, sized to the
// claims (used by each side's tokens, form by the other side's), and do
// not overlap, also after a pair that wrote all over a larger buffer.
func TestPairTables(t *testing.T) {
	a := new(cacheArena)
	for _, tt := range []struct {
		name   string
		na, nb int
	}{
		{"first pair", 12, 7},
		{"a larger pair grows the buffer", 40, 33},
		{"a smaller pair after it", 5, 9},
		{"an empty side", 0, 6},
		{"both empty", 0, 0},
	} {
		used, form := a.pairTables(tt.na, tt.nb)
		if len(used[0]) != tt.na || len(used[1]) != tt.nb || len(form[0]) != tt.nb || len(form[1]) != tt.na {
			t.Fatalf("%s: used %d/%d, form %d/%d; want used %d/%d, form %d/%d",
				tt.name, len(used[0]), len(used[1]), len(form[0]), len(form[1]), tt.na, tt.nb, tt.nb, tt.na)
		}
		for s := range 2 {
			for i := range used[s] {
				if used[s][i] {
					t.Fatalf("%s: used[%d][%d] set on a new pair", tt.name, s, i)
				}
				used[s][i] = true
			}
			for i := range form[s] {
				if form[s][i] != 0 {
					t.Fatalf("%s: form[%d][%d] = %d on a new pair, want 0", tt.name, s, i, form[s][i])
				}
				form[s][i] = int8(s + 1)
			}
		}
		// Appending to side 0 must not write into side 1.
		if len(form[1]) > 0 {
			_ = append(form[0], 9)
			if form[1][0] != 2 {
				t.Fatalf("%s: appending to form[0] overwrote form[1]", tt.name)
			}
		}
		if len(used[1]) > 0 {
			_ = append(used[0], false)
			if !used[1][0] {
				t.Fatalf("%s: appending to used[0] overwrote used[1]", tt.name)
			}
		}
	}
}

// TestFormOnKeepsAnswers asks formOn about every word of each side twice,
// in two orders, and holds each answer to hasForm's on fresh caches.
func TestFormOnKeepsAnswers(t *testing.T) {
	for _, tt := range []struct{ name, a, b string }{
		{"a shared story",
			"استقبل أمير المنطقة في مكتبه وفد الغرفة التجارية وناقش معهم مشاريع الطرق الجديدة",
			"التقى الأمير بوفد من الغرفة التجارية لمناقشة مشروعات الطريق الجديد في المنطقة"},
		{"two stories",
			"هطلت أمطار غزيرة على مدن الساحل مساء الخميس",
			"ارتفع مؤشر السوق الرئيسي في ختام تعاملات الأسبوع"},
		{"an empty side", "أعلنت الوزارة عن خطة جديدة للنقل", ""},
	} {
		a, b := mk("a", tt.a), mk("b", tt.b)
		for _, arena := range []*cacheArena{nil, new(cacheArena)} {
			var ca, cb *claimCache
			if arena == nil {
				ca, cb = newClaimCache(a), newClaimCache(b)
			} else {
				cs := arena.newCaches([]*claim.Claim{a, b})
				ca, cb = cs[0], cs[1]
			}
			p := newPair(ca, cb, Words(a, b), Options{Aligned: true})
			ref := [2]*claimCache{newClaimCache(a), newClaimCache(b)}
			for round := range 2 {
				for s := range 2 {
					n := len(p.toks(1 - s))
					for k := range n {
						j := k
						if round == 1 {
							j = n - 1 - k
						}
						if got, want := p.formOn(s, j), ref[s].hasForm(ref[1-s], j); got != want {
							t.Errorf("%s (arena %v) round %d: formOn(%d, %q) = %v, want %v",
								tt.name, arena != nil, round, s, p.toks(1 - s)[j].Norm, got, want)
						}
					}
				}
			}
			if arena != nil {
				arena.release()
			}
		}
	}
}

// sharesStoryRef is sharesStory as first written, counting both sides'
// plain content words and A's words B has a form of in one pass.
func sharesStoryRef(p *pair) bool {
	var n [2]int
	shared := 0
	for s := range 2 {
		for i := range p.toks(s) {
			if !p.plainContent(s, i) {
				continue
			}
			n[s]++
			if s == 0 && p.formOn(1, i) {
				shared++
			}
		}
	}
	return shared >= 1 && 4*shared >= min(n[0], n[1])
}

// TestSharesStoryMatchesRef holds sharesStory, which reads the counts the
// pair keeps, to sharesStoryRef on every two claims of each of the
// bundled corpus's groups and on sentences of our own.
func TestSharesStoryMatchesRef(t *testing.T) {
	pairs := [][2]*claim.Claim{
		{mk("a", "اجتمع وزير الخارجية مع نظيره الفرنسي لبحث العلاقات الثنائية"),
			mk("b", "حضر وزير الخارجية ونظيره الفرنسي حفل الاستقبال في السفارة")},
		{mk("a", "وزير الخارجية"), mk("b", "ارتفعت أسعار الذهب في الأسواق المحلية")},
	}
	for _, g := range corpusGroups(t) {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*claim.Claim{g[i], g[j]})
			}
		}
	}
	for _, pc := range pairs {
		a, b := pc[0], pc[1]
		got := newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{Aligned: true}).sharesStory()
		want := sharesStoryRef(newPair(newClaimCache(a), newClaimCache(b), Words(a, b), Options{Aligned: true}))
		if got != want {
			t.Errorf("sharesStory(%s, %s) = %v, want %v", a.ID, b.ID, got, want)
		}
	}
}

// TestArabicLetterTable holds the table prose reads to unicode.IsLetter
// over the whole Arabic block (letters, marks, digits, punctuation).
func TestArabicLetterTable(t *testing.T) {
	for i := range arabicLetter {
		r := rune(0x0600 + i)
		if got, want := arabicLetter[i], unicode.IsLetter(r); got != want {
			t.Errorf("arabicLetter[%U] = %v, want %v", r, got, want)
		}
	}
	for _, text := range []string{
		"قالَ الوزيرُ، في بيانٍ: «سنبدأ غداً»؟", "ـــ ٣٫٥ ـــ abc", "؟؟؟ ،،، ab", "abcd بَ",
	} {
		if got, want := prose(text), proseRef(text); got != want {
			t.Errorf("prose(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestFilteredSets holds each filtered look-up to its map alone, on the
// set's own words and on the words of sentences that hold few of them.
func TestFilteredSets(t *testing.T) {
	words := strings.Fields(lang.Normalize("قال معالي الوزير الدكتور خالد بن عبدالله في مؤتمر صحفي مساء الأحد إن سموه " +
		"وجه بإغلاق السوق عند الإغلاق بعد التسوية المبكرة وإن رئيس مجلس الوزراء آل سعود صباحا وولي العهد والنائب الثاني"))
	for _, tt := range []struct {
		name string
		set  map[string]bool
		f    *wordset.Filter
	}{
		{"honorifics", honorifics, honorificsFilter},
		{"titleWords", titleWords, titleWordsFilter},
		{"nameParticles", nameParticles, nameParticlesFilter},
		{"timeOfDay", timeOfDay, timeOfDayFilter},
	} {
		var asked []string
		for w := range tt.set {
			asked = append(asked, w, stripClitic(w), "و"+w)
		}
		for _, w := range append(asked, words...) {
			if got, want := inSet(tt.set, tt.f, w), tt.set[w]; got != want {
				t.Errorf("%s: inSet(%q) = %v, want %v", tt.name, w, got, want)
			}
		}
	}
	for w := range sessionBit {
		if !sessionFilter.MayHave(w) {
			t.Errorf("sessionFilter turns away %q", w)
		}
	}
	toks := lang.Tokenize("أغلق المؤشر عند الإغلاق مرتفعا وبالتسوية المبكرة بحلول الساعة الثالثة")
	if got, want := sessionsOf(toks), sessionsRef(toks); got != want {
		t.Errorf("sessionsOf = %b, want %b", got, want)
	}
	if sessionsOf(toks) == 0 {
		t.Error("sessionsOf found no session word: the test asks nothing")
	}
}

// sessionsRef is sessionsOf without its filter.
func sessionsRef(toks []lang.Token) uint64 {
	var set uint64
	for _, t := range toks {
		set |= sessionBit[t.Norm] | sessionBit[stripClitic(t.Norm)]
	}
	return set
}

// TestArenaPairStartsFresh compares a pair in an arena, then starts
// another in the same arena: nothing the first found or cached (its
// discrepancies, share, sense hits, explained tokens, formOn's answers)
// may show in the second, which must find what a pair of its own finds.
func TestArenaPairStartsFresh(t *testing.T) {
	a := mk("a", "أعلنت الوزارة ارتفاع عدد المصابين إلى 40 شخصا في حادث الطريق الساحلي")
	b := mk("b", "أعلنت الوزارة انخفاض عدد المصابين إلى 12 شخصا في حادث الطريق الساحلي")
	c := mk("c", "افتتح أمير المنطقة معرض الكتاب الدولي بحضور عدد من المسؤولين")
	d := mk("d", "افتتح أمير المنطقة معرض الكتاب الدولي بحضور عدد من الوزراء")
	arena := new(cacheArena)
	cs := arena.newCaches([]*claim.Claim{a, b, c, d})
	first := compareOps(cs[0], cs[1], Words(a, b), Options{Aligned: true})
	if len(first) == 0 {
		t.Fatal("the first pair found nothing: the test asks nothing")
	}
	p := newPair(cs[2], cs[3], Words(c, d), Options{Aligned: true})
	if p.out != nil || p.share != -1 || p.sharedN != [2]int{-1, -1} || p.hit[0] != nil || p.hit[1] != nil || p.cue[0] != nil || p.cue[1] != nil {
		t.Fatalf("a new pair in the arena kept the last one's state: out %v, share %v, sharedN %v", p.out, p.share, p.sharedN)
	}
	for s := range 2 {
		for i, u := range p.used[s] {
			if u {
				t.Fatalf("used[%d][%d] set on a new pair", s, i)
			}
		}
		for j, f := range p.form[s] {
			if f != 0 {
				t.Fatalf("form[%d][%d] = %d on a new pair", s, j, f)
			}
		}
	}
	p.run()
	sortDiscrepancies(p.out)
	want := CompareWith(c, d, Options{Aligned: true})
	if !reflect.DeepEqual(p.out, want) {
		t.Errorf("second pair in the arena found %v, want %v", p.out, want)
	}
	arena.release()
}
