package analysis

import (
	"testing"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/corpus"
)

// floodEvent is an invented event of four articles: three tell of a flood
// in a valley town, one of a neighbour's pledge of aid. heads are the
// articles' headlines; each article has two lead claims.
func floodEvent(heads map[string]string) (*align.Event, map[string]*claim.Claim, []headline, map[string]*corpus.Document) {
	leads := map[string][2]string{
		"d-a": {"جرفت السيول عشرات المنازل في بلدة الوادي الأخضر بعد أمطار غزيرة.", "وقال سكان إن المياه ارتفعت خلال ساعتين."},
		"d-b": {"أدت الأمطار الغزيرة إلى غرق عشرات المنازل في الوادي الأخضر.", "وانقطعت الكهرباء عن أحياء البلدة."},
		"d-c": {"أجلى الدفاع المدني مئات السكان من الوادي الأخضر بعد أن جرفت السيول منازلهم.", "وفتحت المدارس أبوابها للأسر."},
		"d-d": {"وعدت الحكومة المجاورة بإرسال مساعدات عاجلة إلى الوادي الأخضر.", "وقال وزير خارجيتها إن طائرتين ستقلعان غداً."},
	}
	ev := &align.Event{ID: "ev-flood"}
	claims := make(map[string]*claim.Claim)
	docs := make(map[string]*corpus.Document)
	var falls []headline
	for _, id := range []string{"d-a", "d-b", "d-c", "d-d"} {
		if heads[id] == "" {
			continue
		}
		d := &corpus.Document{ID: id, Title: heads[id], Source: id, Lang: "ar"}
		docs[id] = d
		falls = append(falls, headline{doc: d, title: heads[id], share: 1, claims: 2})
		ev.Sources = append(ev.Sources, id)
		for k, text := range leads[id] {
			c := &claim.Claim{ID: id + "-" + string(rune('1'+k)), Doc: id, Text: text, Kind: "statement", Para: k}
			claims[c.ID] = c
			ev.Claims = append(ev.Claims, c.ID)
		}
	}
	return ev, claims, falls, docs
}

// TestBackedInstead: a headline no other article backs gives way to one
// that most do; a backed headline, a two-article event and a quote for a
// headline that is none keep the title.
func TestBackedInstead(t *testing.T) {
	side := "الجارة الشمالية تعد بمساعدات عاجلة للمنكوبين"
	flood := "السيول تجرف عشرات المنازل في بلدة الوادي الأخضر"
	tests := []struct {
		name  string
		heads map[string]string
		best  string // the doc whose headline weighs most
		alt   string // the doc whose headline weighs next
		want  bool
	}{
		{"side story gives way", map[string]string{"d-a": flood, "d-b": "غرق عشرات المنازل بعد أمطار غزيرة على الوادي الأخضر", "d-c": "الدفاع المدني يجلي سكان الوادي الأخضر", "d-d": side}, "d-d", "d-a", true},
		{"backed headline stays", map[string]string{"d-a": flood, "d-b": "غرق عشرات المنازل بعد أمطار غزيرة على الوادي الأخضر", "d-c": "الدفاع المدني يجلي سكان الوادي الأخضر", "d-d": side}, "d-a", "d-b", false},
		{"two articles", map[string]string{"d-a": flood, "d-d": side}, "d-d", "d-a", false},
		{"no quote for a headline", map[string]string{"d-a": "مسؤول محلي: السيول جرفت عشرات المنازل في الوادي الأخضر", "d-b": "غرق عشرات المنازل بعد أمطار غزيرة على الوادي الأخضر", "d-c": "الدفاع المدني يجلي سكان الوادي الأخضر", "d-d": side}, "d-d", "d-a", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, claims, falls, docs := floodEvent(tc.heads)
			top := []candidate{
				{doc: docs[tc.best], head: tc.heads[tc.best], score: 10},
				{doc: docs[tc.alt], head: tc.heads[tc.alt], score: 8},
			}
			tt, score := cutCandidate(top[0])
			k, ok := backedInstead(top, 0, score, tt.Title, tt.Doc, ev, claims, falls, nil)
			if ok != tc.want || ok && k != 1 {
				t.Errorf("backedInstead = %d, %v, want 1, %v", k, ok, tc.want)
			}
		})
	}
}
