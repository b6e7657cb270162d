package lang

import (
	"reflect"
	"testing"
	"unsafe"
)

// TestStemCache asks an analyzer for the stems of more distinct words than
// its cache holds, twice, and checks every answer against stemming afresh:
// growth, eviction and promotion never hand out another word's stem.
func TestStemCache(t *testing.T) {
	bases := []string{"الوزير", "وزير", "والوزراء", "السورية", "سوريا", "المباحثات", "يستقبل", "وأوضح",
		"فالاستثمارات", "الاستراتيجية", "والمستشفيات", "مؤتمر", "international", "talks", "the"}
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	var words []string
	for _, b := range bases {
		words = append(words, Normalize(b))
	}
	// Made-up words: two letters on each base, enough to overflow the
	// largest table.
	for i := 0; len(words) < stemCacheMax+stemCacheMax/2; i++ {
		b := words[i%len(bases)]
		p, q := letters[i%len(letters)], letters[(i/len(letters))%len(letters)]
		r := letters[(i/(len(letters)*len(letters)))%len(letters)]
		words = append(words, string(p)+b+string(q)+string(r))
	}
	// A word too long to cache.
	words = append(words, Normalize("والاستراتيجياتالاقتصاديةوالاجتماعيةالمستدامة"))
	a := newAnalyzer()
	for pass := range 2 {
		for _, w := range words {
			gotStem, gotStop, gotID := a.stem(w, Word)
			wantStem, wantStop := stemOf(w)
			if gotStem != wantStem || gotStop != wantStop {
				t.Fatalf("pass %d: stem(%q) = %q, %v; want %q, %v", pass, w, gotStem, gotStop, wantStem, wantStop)
			}
			if wantID := StemID(wantStem); gotID != wantID {
				t.Fatalf("pass %d: stem(%q) numbered %d, StemID(%q) = %d", pass, w, gotID, wantStem, wantID)
			}
		}
	}
	if len(a.stems.slots) != stemCacheMax {
		t.Errorf("cache of %d slots, want it grown to %d", len(a.stems.slots), stemCacheMax)
	}
	// A word longer than a slot holds is cached too, its bytes in the
	// arena.
	long := Normalize("والاستثمارات")
	if len(long) <= stemInline {
		t.Fatalf("%q is not longer than a slot holds", long)
	}
	s1, _, _ := a.stem(long, Word)
	if s2, _, _, ok := a.stems.get(long, a.stems.hashOf(long)); !ok || s2 != s1 || s1 != want(long) {
		t.Errorf("long word %q: cached %q, %v; want %q", long, s2, ok, want(long))
	}
	// The frequent word asked for right before stays cached.
	w := words[0]
	a.stem(w, Word)
	if _, _, _, ok := a.stems.get(w, a.stems.hashOf(w)); !ok {
		t.Errorf("%q not cached right after use", w)
	}
}

// TestStemsShareNoText checks that no token's stem is a slice of the
// folded text its Norm is cut from (numbers, short words, words of other
// scripts and words whose stem is the word itself included), on a fresh
// analyzer and on one whose cache holds the words already.
func TestStemsShareNoText(t *testing.T) {
	for _, text := range []string{
		"قال الوزير إن 25 ألف شخص وصلوا في 2015 إلى مدينة الرياض",
		"وفي بيان لها أكدت الوزارة أن 3.5 مليون دولار خصصت للمشروع",
		"Reuters reported 12 deaths; ΑΘΗΝΑ и Москва",
		"من عن في ما لا هو هي",
	} {
		a := newAnalyzer()
		for pass := range 2 {
			toks := a.Tokenize(text, nil)
			lo, hi := ^uintptr(0), uintptr(0)
			for _, tk := range toks {
				p := uintptr(unsafe.Pointer(unsafe.StringData(tk.Norm)))
				lo, hi = min(lo, p), max(hi, p+uintptr(len(tk.Norm)))
			}
			for _, tk := range toks {
				if p := uintptr(unsafe.Pointer(unsafe.StringData(tk.Stem))); tk.Stem != "" && p >= lo && p < hi {
					t.Errorf("pass %d: stem %q of %q is a slice of the folded text", pass, tk.Stem, tk.Norm)
				}
			}
		}
	}
}

// TestNewAnalyzerWarm checks that a new analyzer starts with the words the
// kept analyzers stemmed, and that its cache is its own.
func TestNewAnalyzerWarm(t *testing.T) {
	text := "استقبل وزير الخارجية السعودي نظيره الأردني في الرياض"
	TokenizeExact(text) // through a kept analyzer
	a := NewAnalyzer()
	w := Normalize("الخارجية")
	if _, _, _, ok := a.stems.get(w, a.stems.hashOf(w)); !ok {
		t.Errorf("%q not in a new analyzer's cache after Tokenize stemmed it", w)
	}
	a.Tokenize("كلمات جديدة تماما لم ترد قبل", nil)
	b := getAnalyzer()
	defer putAnalyzer(b)
	w = Normalize("تماما")
	if _, _, _, ok := b.stems.get(w, b.stems.hashOf(w)); ok && &a.stems.slots[0] == &b.stems.slots[0] {
		t.Errorf("a new analyzer shares its cache with a kept one")
	}
}

// TestStemArena checks that stems handed out keep their bytes when the
// cache that gave them goes on (a clone and its original both adding
// words, and a full arena starting afresh), and that the table holds no
// pointers (the garbage collector need not read it).
func TestStemArena(t *testing.T) {
	words := []string{"الوزير", "والوزراء", "السورية", "المباحثات", "يستقبل", "وأوضح", "فالاستثمارات", "2015", "talks"}
	for i := range words {
		words[i] = Normalize(words[i])
	}
	a := newAnalyzer()
	var got []string
	for _, w := range words[:4] {
		s, _, _ := a.stem(w, Word)
		got = append(got, s)
	}
	b := &Analyzer{stems: a.stems.clone()}
	for _, w := range words[4:] {
		a.stem(w, Word)
		b.stem(w, Word)
	}
	// Fill a's arena to the brim: the next word empties the cache.
	a.stems.arena = append(a.stems.arena, make([]byte, stemArenaMax-len(a.stems.arena))...)
	words = append(words, Normalize("الاستراتيجية"))
	for _, w := range words[len(words)-1:] {
		if s, _, _ := a.stem(w, Word); s != want(w) {
			t.Errorf("stem(%q) = %q, want %q", w, s, want(w))
		}
	}
	for _, w := range words {
		for _, x := range []*Analyzer{a, b} {
			if s, _, _ := x.stem(w, Word); s != want(w) {
				t.Errorf("stem(%q) = %q, want %q", w, s, want(w))
			}
		}
	}
	// Started afresh, the arena holds the stems of these words and the
	// words longer than a slot holds, and nothing else.
	most := 0
	for _, w := range words {
		most += len(want(w))
		if len(w) > stemInline {
			most += len(w)
		}
	}
	if len(a.stems.arena) > most {
		t.Errorf("arena of %d bytes after filling up, more than the %d of the words since; want it started afresh", len(a.stems.arena), most)
	}
	for i, w := range words[:4] {
		if got[i] != want(w) {
			t.Errorf("stem handed out for %q became %q, want %q", w, got[i], want(w))
		}
	}
	st := reflect.TypeFor[stemSlot]()
	for i := range st.NumField() {
		switch f := st.Field(i); f.Type.Kind() {
		case reflect.Bool, reflect.Uint8, reflect.Uint16, reflect.Uint32:
		case reflect.Array:
			if f.Type.Elem().Kind() != reflect.Uint8 {
				t.Errorf("stemSlot.%s is %s; want no pointers in a slot", f.Name, f.Type)
			}
		default:
			t.Errorf("stemSlot.%s is %s; want no pointers in a slot", f.Name, f.Type)
		}
	}
	if n := unsafe.Sizeof(stemSlot{}); n != 32 {
		t.Errorf("a slot is %d bytes; want 32 (a set of two in one cache line)", n)
	}
}

// want returns the stem of the folded word w, stemmed afresh.
func want(w string) string {
	if w[0] >= '0' && w[0] <= '9' {
		return w
	}
	s, _ := stemOf(w)
	return s
}

// TestStemCacheGrowKeeps fills a cache, with words kept in their slots
// and words kept in the arena, doubles it twice and checks that every
// word cached before is found after, with its stem, stop flag and number:
// a table that grows hashes its words again from their bytes.
func TestStemCacheGrowKeeps(t *testing.T) {
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	bases := []string{Normalize("وزير"), Normalize("والاستثمارات"), "من", Normalize("فالاستراتيجيات")}
	c := newStemCache()
	var words []string
	for i := 0; len(words) < stemCacheMin/2-1; i++ {
		w := bases[i%len(bases)] + string(letters[i/len(bases)%len(letters)]) + string(letters[i/len(bases)/len(letters)%len(letters)])
		words = append(words, w)
		c.put(w, c.hashOf(w), w[:4], i%3 == 0, uint32(i+1))
	}
	found := func() []bool {
		var f []bool
		for i, w := range words {
			stem, stop, id, ok := c.get(w, c.hashOf(w))
			if ok && (stem != w[:4] || stop != (i%3 == 0) || id != uint32(i+1)) {
				t.Fatalf("word %d %q: got %q, %v, %d; want %q, %v, %d", i, w, stem, stop, id, w[:4], i%3 == 0, i+1)
			}
			f = append(f, ok)
		}
		return f
	}
	before := found()
	c.grow()
	c.grow()
	after := found()
	long, kept := 0, 0
	for i, w := range words {
		if len(w) > stemInline {
			long++
		}
		if before[i] {
			kept++
			if !after[i] {
				t.Errorf("word %d %q cached before the table grew, not after", i, w)
			}
		}
	}
	if long == 0 || long == len(words) || kept < len(words)/2 {
		t.Errorf("%d of %d words longer than a slot holds, %d cached; want some of each, most cached", long, len(words), kept)
	}
}
