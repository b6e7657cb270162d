package lang

import (
	"reflect"
	"testing"
)

func TestTokenizeExact(t *testing.T) {
	for _, text := range []string{
		"",
		"وأكد وزير الخارجية السوري أسعد الشيباني، يوم الأربعاء 24 كانون الأول/ديسمبر 2025، أن العلاقات «تدخل مرحلة جديدة».",
		"Lavrov met al-Shaibani in Moscow on 23 December.",
	} {
		got, want := TokenizeExact(text), Tokenize(text)
		if len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("TokenizeExact(%q) differs from Tokenize", text)
		}
		if cap(got) != len(got) {
			t.Errorf("TokenizeExact(%q): cap %d, len %d", text, cap(got), len(got))
		}
	}
}

func TestTokenizeAt(t *testing.T) {
	article := "عنوان\nوصل الوزير إلى موسكو اليوم."
	base := len("عنوان\n")
	got := TokenizeAt(article[base:], base)
	var want []Token
	for _, tk := range Tokenize(article) {
		if tk.Start >= base {
			want = append(want, tk)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("TokenizeAt = %+v, want the article's tokens %+v", got, want)
	}
}
