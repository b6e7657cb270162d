package corpus

// The name a person sees for a source.
//
// Document.Source is what provenance found and takes part in the document's
// ID, so it is never rewritten; Document.SourceName is what the UI and the
// reports show, chosen from the strongest evidence that names the outlet:
//
//  1. the source from metadata, a byline, a credit line or a donation
//     appeal, or inferred from the text (anything but the file name);
//  2. the original site an aggregator's notice names ("نشر أولاً على موقع
//     hashtagsyria.com"): the reader wants the outlet that wrote it;
//  3. the host of the article's URL, without "www.";
//  4. last, the file name, shortened: hash-like parts (long runs of hex
//     digits, "172edc32d39c3b1d") are dropped, so "002_172edc32d39c3b1d.txt"
//     shows as "file 002"; what is left is cut to MaxSourceName runes.

import (
	"strings"
	"unicode/utf8"
)

// MaxSourceName is the longest display name made from a file name, in
// runes (an ellipsis ends a longer one).
const MaxSourceName = 24

// NameSources sets SourceName on every document that has none.
func NameSources(docs []*Document) {
	for _, d := range docs {
		if d.SourceName == "" {
			d.SourceName = DisplayName(d)
		}
	}
}

// DisplayName is the name of d's outlet as a person should see it (see the
// top of this file): SourceName when set, else the strongest evidence.
func DisplayName(d *Document) string {
	if d == nil {
		return ""
	}
	if d.SourceName != "" {
		return d.SourceName
	}
	if d.Source != "" && d.SourceFrom != FromFilename && d.SourceFrom != "" {
		if d.SourceFrom == FromURL {
			return strings.TrimPrefix(d.Source, "www.")
		}
		return d.Source
	}
	if d.OriginalSource != "" {
		return d.OriginalSource
	}
	if h := hostOf(d.URL); h != "" {
		return h
	}
	if d.Source != "" && d.SourceFrom == "" && d.Source != SourceFromPath(d.Path) {
		return d.Source
	}
	return ShortFileName(d.Path)
}

// ShortFileName names a source by its file name when nothing else does:
// the base name without extension, hash-like parts dropped, "file " before
// a name left with digits only, at most MaxSourceName runes.
func ShortFileName(path string) string {
	base := SourceFromPath(path)
	if base == "stdin" {
		return base
	}
	parts := strings.FieldsFunc(base, func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == ' ' })
	var keep []string
	for _, p := range parts {
		if !hashLike(p) {
			keep = append(keep, p)
		}
	}
	name := strings.Join(keep, " ")
	if name == "" {
		name = base
		if len(parts) > 0 && hashLike(parts[0]) {
			name = parts[0][:min(len(parts[0]), 8)]
		}
	}
	if onlyDigits(name) {
		name = "file " + name
	}
	if utf8.RuneCountInString(name) > MaxSourceName {
		r := []rune(name)
		name = strings.TrimSpace(string(r[:MaxSourceName-1])) + "…"
	}
	return name
}

// hashLike reports whether a file-name part looks like a hash or an ID: at
// least eight characters, all hex digits, with both digits and letters.
func hashLike(s string) bool {
	if len(s) < 8 {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
			letters++
		default:
			return false
		}
	}
	return digits > 0 && (letters > 0 || len(s) >= 12)
}

func onlyDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
