package dates

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/artest"
)

// tokenizeRef is tokenize as it was before runeTable: every rune through
// isSpaceRune, foldRune and classify.
func tokenizeRef(text string, b *scanBufs) []tok {
	toks := b.toks[:0]
	buf := b.buf[:0]
	spans := b.spans[:0]
	defer func() { b.toks, b.spans, b.buf = toks[:0], spans[:0], buf[:0] }()
	sp, nl := true, true
	cur := -1 // index of the open word/number token, or -1
	var curKind tokKind
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			cur = -1
			toks = append(toks, tok{s: i, e: i + 1, norm: "*", kind: tPunct, sp: sp, nl: nl})
			spans = append(spans, span{-1, -1})
			sp, nl = false, false
			i++
			continue
		}
		if isSpaceRune(r) {
			cur = -1
			sp = true
			if r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 {
				nl = true
			}
			i += size
			continue
		}
		f := foldRune(r)
		if f == 0 { // a mark or tatweel: part of the open token, if any
			if cur >= 0 {
				toks[cur].e = i + size
			}
			i += size
			continue
		}
		k := classify(f)
		if k == tPunct {
			cur = -1
			toks = append(toks, tok{s: i, e: i + size, norm: foldPunct(r), kind: tPunct, sp: sp, nl: nl})
			spans = append(spans, span{-1, -1})
			sp, nl = false, false
			i += size
			continue
		}
		if cur >= 0 && curKind == k {
			buf = utf8.AppendRune(buf, f)
			toks[cur].e = i + size
			spans[cur].ne = len(buf)
			i += size
			continue
		}
		ns := len(buf)
		buf = utf8.AppendRune(buf, f)
		t := tok{s: i, e: i + size, kind: k, sp: sp, nl: nl}
		if k == tWord && r >= 'A' && r <= 'Z' {
			t.upper = true
		}
		toks = append(toks, t)
		spans = append(spans, span{ns, len(buf)})
		cur, curKind = len(toks)-1, k
		sp, nl = false, false
		i += size
	}
	all := string(buf)
	for i := range toks {
		if spans[i].ns < 0 {
			continue
		}
		toks[i].norm = all[spans[i].ns:spans[i].ne]
		if toks[i].kind == tNum {
			toks[i].nd = len(toks[i].norm)
			if toks[i].nd > 9 {
				toks[i].num = -1
				continue
			}
			n := 0
			for j := 0; j < len(toks[i].norm); j++ {
				n = n*10 + int(toks[i].norm[j]-'0')
			}
			toks[i].num = n
		}
	}
	return toks
}

// TestTokenizeTable compares tokenize with tokenizeRef on the benchmark's
// news text and on random strings of Arabic letters and marks, digits of
// three systems, spaces, punctuation, Latin, Cyrillic, CJK and invalid
// bytes.
func TestTokenizeTable(t *testing.T) {
	alphabet := []string{"ا", "أ", "ى", "ة", "ؤ", "ك", "ک", "ی", "\u064b", "\u0670", "ـ", "٣", "۴", "7", " ", "\n",
		"\u2028", "\u200f", "\u00a0", "،", "؟", "-", "—", "«", "»", ".", "/", "A", "z", "Ж", "中", "\xff", "\xd8", "😀", "ٱ", "ە"}
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{benchText}
	for range 2000 {
		b := make([]byte, 0, 64)
		for range rng.IntN(40) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		got := tokenize(text, new(scanBufs))
		want := tokenizeRef(text, new(scanBufs))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("tokenize(%q) = %+v, want %+v", text, got, want)
		}
	}
	if !utf8.ValidString(alphabet[0]) {
		t.Fatal("bad alphabet")
	}
}

// FuzzTokenizeRef checks that tokenize makes exactly the tokens
// tokenizeRef makes, whatever the text: the loop that reads the rest of a
// word on its own must stop where the checks of every rune would.
func FuzzTokenizeRef(f *testing.F) {
	for _, c := range arabicCases {
		f.Add(c.text)
	}
	for _, c := range englishCases {
		f.Add(c.text)
	}
	f.Add("كتابٌ\u0301 جديدـــ وصلَ٣ أيام، في ٢٤/١٢ \xd8 Ésta café\u00a0naïve")
	f.Add("سوريا\u2028وروسيا\u200fمعاً ٱلحرب ژ۴")
	f.Fuzz(func(t *testing.T, text string) {
		got := tokenize(text, new(scanBufs))
		want := tokenizeRef(text, new(scanBufs))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("tokenize(%q) = %+v, want %+v", text, got, want)
		}
	})
}

// BenchmarkTokenizeSNN tokenises SaudiNewsNet articles as the scanner does
// (CLAIMDIFF_BENCH_SNN), one buffer reused.
func BenchmarkTokenizeSNN(b *testing.B) {
	arts, n := snnArticles(b)
	var bufs scanBufs
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu := artest.StartCPU()
	for b.Loop() {
		for _, a := range arts {
			tokenize(a.text, &bufs)
		}
	}
	cpu.Report(b)
}
