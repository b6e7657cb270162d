package ar

import (
	"hash/fnv"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestBare(t *testing.T) {
	for _, tc := range []struct {
		w    string // folded
		want string // one of the readings
	}{
		{"وبارتفاع", "ارتفاع"}, {"بالانخفاض", "انخفاض"}, {"زيارته", "زياره"}, {"للمواطنين", "مواطنين"},
		{"وارتفعت", "ارتفع"}, {"سيزور", "يزور"}, {"مستقرا", "مستقر"}, {"قراراتها", "قرارات"},
	} {
		if got := Bare(tc.w); !slices.Contains(got, tc.want) || got[0] != tc.w {
			t.Errorf("Bare(%q) = %v, want %q among them and the word first", tc.w, got, tc.want)
		}
	}
	for _, w := range []string{"من", "في", "الذي"} {
		for _, b := range Bare(w)[1:] {
			if len([]rune(b)) < 3 {
				t.Errorf("Bare(%q) gave %q, shorter than three letters", w, b)
			}
		}
	}
}

func TestRoot(t *testing.T) {
	for _, tc := range []struct {
		words []string // folded forms of one root
		root  string
	}{
		{[]string{"ارتفع", "يرتفع", "ارتفاع", "مرتفع", "بارتفاع", "يرتفعون"}, "رفع"},
		{[]string{"انخفض", "ينخفض", "انخفاض", "منخفض", "بالانخفاض"}, "خفض"},
		{[]string{"زار", "يزور", "زياره", "زيارته"}, "زار"},
		{[]string{"الغي", "يلغي"}, "لغي"},
		{[]string{"استقبل", "يستقبل", "استقبال"}, "قبل"},
		{[]string{"هبط", "يهبط", "هبوط", "الهبوط"}, "هبط"},
	} {
		for _, w := range tc.words {
			if got := Root(w); got != tc.root {
				t.Errorf("Root(%q) = %q, want %q", w, got, tc.root)
			}
		}
	}
}

func TestSynonymous(t *testing.T) {
	for _, tc := range []struct {
		a, b string // folded
		want bool
	}{
		{"التقي", "استقبل", true}, {"يلتقي", "اجتمع", true}, {"قال", "صرح", true}, {"اكد", "اضاف", true},
		{"كبير", "ضخم", true}, {"واسعه", "كبيره", true}, {"ارتفاع", "صعود", true},
		{"شخص", "رجل", true}, {"رجل", "امراه", false},
		{"الذهب", "الفضه", false}, {"ارتفاع", "انخفاض", false}, {"مصر", "الاردن", false},
	} {
		if got := Synonymous(tc.a, tc.b); got != tc.want {
			t.Errorf("Synonymous(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := Synonymous(tc.b, tc.a); got != tc.want {
			t.Errorf("Synonymous(%q, %q) not symmetric", tc.b, tc.a)
		}
	}
}

func FuzzBareRoot(f *testing.F) {
	for _, s := range []string{"وبارتفاع", "زيارته", "ال", "لل", "سي", "استقبال", "ا"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		bs := Bare(w)
		if len(bs) == 0 || bs[0] != w {
			t.Fatalf("Bare(%q) = %v: the word must come first", w, bs)
		}
		_ = Root(w)
		_ = SynonymFamilies(w)
	})
}

func TestSkeleton(t *testing.T) {
	for _, tc := range []struct {
		a, b string // folded
		want bool
	}{
		{"مرعي", "مراعي", true}, {"الكتالوني", "القطالوني", true}, {"صحفي", "الصحفيون", true},
		{"الذهب", "الفضه", false}, {"مصر", "الاردن", false},
	} {
		sa, sb := Skeleton(tc.a), Skeleton(tc.b)
		if got := sa != "" && sa == sb; got != tc.want {
			t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q: same %v, want %v", tc.a, sa, tc.b, sb, got, tc.want)
		}
	}
	w := Analyze("وبارتفاع")
	if w.Root != "رفع" || w.Bare[0] != "وبارتفاع" || len(w.Families()) == 0 {
		t.Errorf("Analyze(وبارتفاع): root %q, readings %q, families %v; want root رفع, the word first and a synonym family", w.Root, w.Bare, w.Families())
	}
}

// TestBareHash checks that Analyze's BareHash is Hash of each bare reading,
// and Hash the 32-bit FNV-1a hash.
func TestBareHash(t *testing.T) {
	for _, w := range []string{"وبزيارته", "المواطنين", "يزور", "ال"} {
		a := Analyze(w)
		if len(a.BareHash) != len(a.Bare) {
			t.Fatalf("%q: %d hashes for %d readings", w, len(a.BareHash), len(a.Bare))
		}
		for i, b := range a.Bare {
			f := fnv.New32a()
			f.Write([]byte(b))
			if a.BareHash[i] != f.Sum32() || Hash(b) != f.Sum32() {
				t.Errorf("%q reading %q: hash %08x, Hash %08x, want %08x", w, b, a.BareHash[i], Hash(b), f.Sum32())
			}
		}
	}
}

// TestMorphCacheGenerations checks that a word used since the cache last
// turned survives the next turn: Analyze gives the same entry back rather
// than working the word out again, as a cache cleared when full did.
func TestMorphCacheGenerations(t *testing.T) {
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمن")
	n := 0
	fill := func(k int) { // k new words of four letters
		for i := 0; i < k; i++ {
			x := n
			n++
			var w []rune
			for j := 0; j < 4; j++ {
				w = append(w, letters[x%len(letters)])
				x /= len(letters)
			}
			Analyze("و" + string(w))
		}
	}
	kept := Analyze("بزيارته")
	fill(morphCacheSize) // the cache turns: the word is in the old generation
	if Analyze("بزيارته") != kept {
		t.Fatal("a word of the last generation was worked out again")
	}
	fill(morphCacheSize) // it turns again: the word moved to the current one
	if Analyze("بزيارته") != kept {
		t.Fatal("a word used since the last turn was dropped")
	}
	fill(2 * morphCacheSize) // two turns without it
	if Analyze("بزيارته") == kept {
		t.Fatal("a word unused for two turns was kept")
	}
}

// TestFamiliesLazy checks that a word's families, found at the first
// call of Families, are those of its readings and stem (families), for
// words in synonym families and out, asked for again and from goroutines
// at once.
func TestFamiliesLazy(t *testing.T) {
	words := []string{"التقي", "واستقبل", "صرح", "قال", "كبير", "ضخم", "بالمعبر", "الحكومه", "x", "يسعون"}
	for _, w := range words {
		want := families(w, Bare(w))
		var wg sync.WaitGroup
		got := make([][]int, 4)
		for k := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[k] = Analyze(w).Families()
			}()
		}
		wg.Wait()
		for _, g := range got {
			if !slices.Equal(g, want) {
				t.Errorf("Analyze(%q).Families() = %v, want %v", w, g, want)
			}
		}
		if !slices.Equal(SynonymFamilies(w), want) {
			t.Errorf("SynonymFamilies(%q) = %v, want %v", w, SynonymFamilies(w), want)
		}
	}
	if len(Analyze("قال").Families()) == 0 || !Synonymous("قال", "صرح") {
		t.Error("قال has no family shared with صرح")
	}
}

// BenchmarkAnalyzeCold measures Analyze of words it has not seen (the
// cache emptied each op), as the differences meet new words: bytes are
// the words'.
func BenchmarkAnalyzeCold(b *testing.B) {
	words := strings.Fields("وقال الرئيس إن الحكومه ستفتح المعبر يوم الثلاثاء امام المسافرين والبضائع بعد اغلاقه " +
		"ثلاثه اشهر بسبب الاشتباكات التي اندلعت بين القوات الحكوميه والمسلحين في المناطق الحدوديه واعلنت وزاره " +
		"الداخليه في بيان لها اليوم عن اتخاذ اجراءات جديده لتسهيل حركه المواطنين")
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		morphCache.Lock()
		morphCache.cur, morphCache.old = map[string]*morphEntry{}, nil
		morphCache.Unlock()
		for _, w := range words {
			Analyze(w)
		}
	}
}
