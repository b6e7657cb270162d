package main

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/corpus"
)

func TestAnalysisMemory(t *testing.T) {
	text := func(n int) *corpus.Document {
		return &corpus.Document{Text: strings.Repeat("خبر ", n/len("خبر "))}
	}
	big := []*corpus.Document{text(60 << 20), text(40 << 20)}
	tests := []struct {
		name string
		docs []*corpus.Document
		want int64
	}{
		{"none", nil, minAnalysisMemory},
		{"small input: the least limit", []*corpus.Document{text(7000), text(700)}, minAnalysisMemory},
		{"all of SaudiNewsNet's size: ten bytes a byte of text", big, 10 * int64(len(big[0].Text)+len(big[1].Text))},
	}
	for _, tc := range tests {
		if got := analysisMemory(tc.docs); got != tc.want {
			t.Errorf("%s: limit %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestSetStoreGCPercent checks that the store commands' heap growth is set
// unless GOGC is, and that GOGC wins.
func TestSetStoreGCPercent(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	tests := []struct {
		name string
		gogc string
		want int
	}{
		{"default", "", storeGCPercent},
		{"GOGC set: left alone", "150", 100},
	}
	for _, tc := range tests {
		debug.SetGCPercent(100)
		setStoreGCPercent(&Env{Getenv: func(k string) string {
			if k == "GOGC" {
				return tc.gogc
			}
			return ""
		}})
		if got := debug.SetGCPercent(100); got != tc.want {
			t.Errorf("%s: GC percent %d, want %d", tc.name, got, tc.want)
		}
	}
}
