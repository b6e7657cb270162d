package corpus

// Where an article came from, when its metadata does not say.
//
// Evidence is read from the text's furniture, strongest first, and only
// fills fields that metadata, the URL or an earlier rule left open (a
// source named by the file name alone is open):
//
//   - A byline at the top, two short parts around a dash, "الثورة – منهل
//     إبراهيم:" or "عمر إبراهيم – عين اليوم". Which part is the outlet:
//     the part that recurs in the bylines of other documents read with it
//     (an outlet signs many articles, a reporter or a city fewer, and never
//     both with the same partner); failing that, in the Levantine
//     "OUTLET – AUTHOR:" form ending in a colon, the first part. Generic
//     words (متابعات، وكالات، خاص) are never an outlet or an author.
//   - A donation or subscription appeal names the publisher: "ادعم X".
//   - An aggregator's notice "نشر أولاً على موقع X" names the ORIGINAL
//     publisher (Document.OriginalSource), not the aggregator; "تم جلبه من
//     مصدره الأصلي بتاريخ D" gives the date the copy was fetched
//     (Retrieved), never the publication date.
//   - Weakest: "كشف لـX"/"قال لـX" names the outlet a statement was given
//     to, which in an outlet's own report is itself. Used only when nothing
//     else names the source, only when X is not introduced as an agency,
//     paper or channel (those are other outlets being cited), and marked
//     "inferred".
//   - A dateline at the top, a place and a full date ("دمشق - 24 كانون
//     الأول 2025"), gives the publication date (published_from "dateline").
//
// Dates in such lines are parsed by a small self-contained parser: day,
// month name (Levantine كانون الثاني … or Gregorian يناير …, alone or
// combined "كانون الأول/ديسمبر") and four-digit year, in Western or
// Arabic-Indic digits. Relative and partial dates are left to package
// claim/dates, which corpus cannot import.

import (
	"regexp"
	"strings"
)

// monthNames maps every month name claimdiff reads in datelines to its
// number.
var monthNames = map[string]int{
	"كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
	"حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
	"تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
	"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
	"يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
	"أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// dateRe finds "DAY [من] MONTH[/MONTH][،] [عام] YEAR".
var dateRe = func() *regexp.Regexp {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first, so "تشرين الأول" wins over a shorter prefix.
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if len(names[j]) > len(names[i]) || (len(names[j]) == len(names[i]) && names[j] < names[i]) {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	m := "(?i:" + strings.Join(names, "|") + ")"
	d := "[0-9٠-٩۰-۹]"
	return regexp.MustCompile("(" + d + "{1,2})\\s+(?:من\\s+)?(" + m + ")(?:\\s*/\\s*" + m + ")?\\s*[،,]?\\s+(?:عام\\s+|سنة\\s+)?(" + d + "{4})")
}()

// FindDate finds the first full date (day, month name, year) in s and
// returns it as ISO 8601 with its byte span in s.
func FindDate(s string) (iso string, start, end int, ok bool) {
	for _, m := range dateRe.FindAllStringSubmatchIndex(s, -1) {
		day := atoiDigits(s[m[2]:m[3]])
		mon := monthNames[strings.ToLower(s[m[4]:m[5]])]
		year := atoiDigits(s[m[6]:m[7]])
		if day < 1 || day > 31 || mon == 0 || year < 1900 || year > 2100 {
			continue
		}
		return itoa4(year) + "-" + pad2(mon) + "-" + pad2(day), m[0], m[1], true
	}
	return "", 0, 0, false
}

func atoiDigits(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '٠' && r <= '٩':
			n = n*10 + int(r-'٠')
		case r >= '۰' && r <= '۹':
			n = n*10 + int(r-'۰')
		}
	}
	return n
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

func itoa4(n int) string {
	s := itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// dashes separate the parts of a byline.
const dashes = "-–—"

// genericByline are byline parts that name neither an outlet nor a person.
var genericByline = map[string]bool{
	"متابعات": true, "وكالات": true, "خاص": true, "متابعة": true, "وكالات الأنباء": true,
	"المحرر": true, "التحرير": true, "staff": true, "agencies": true,
}

// byline is a top-of-article "A – B[:]" line split in its parts.
type byline struct {
	a, b  string
	colon bool
}

// parseByline reads a short "A – B" or "A – B:" line. Each part has at
// most four words and no sentence punctuation.
func parseByline(t string) (byline, bool) {
	colon := strings.HasSuffix(t, ":")
	t = strings.TrimSpace(strings.TrimSuffix(t, ":"))
	i := strings.IndexAny(t, dashes)
	if i <= 0 {
		return byline{}, false
	}
	a := strings.TrimSpace(t[:i])
	rest := strings.TrimLeft(t[i:], dashes)
	b := strings.TrimSpace(rest)
	if a == "" || b == "" || strings.ContainsAny(b, dashes) {
		return byline{}, false
	}
	for _, p := range []string{a, b} {
		n := len(strings.Fields(p))
		if n > 4 || strings.ContainsAny(p, ".،,؛;!?؟:\"“”«»()") {
			return byline{}, false
		}
	}
	return byline{a: a, b: b, colon: colon}, true
}

// appealRe finds a donation or subscription appeal naming the publisher.
var appealRe = regexp.MustCompile(`^(?:ادعم|ادعموا|تبرع لـ|ساهم في دعم|اشترك في|Support|Donate to)\s+(.{2,40}?)\s*[.!]?$`)

// originalRe finds an aggregator's credit to the original site.
var originalRe = regexp.MustCompile(`(?:نُ?شر|نشرت?|منشور)\s+(?:أولاً|أولا|اولا|لأول مرة)?\s*(?:على|في|عبر)\s+(?:موقع|صحيفة|وكالة)\s+([^\s،,]+(?:\s+[^\s،,]+)?)`)

// retrievedRe finds the date an aggregator fetched its copy.
var retrievedRe = regexp.MustCompile(`(?:جلبه|جلب|سحبه|استرجاعه|نقله)\s+.{0,60}?بتاريخ\s+`)

// citedSelfRe finds "كشف لـX،" statements given to an outlet.
var citedSelfRe = regexp.MustCompile(`(?:كشف|كشفت|قال|قالت|أفاد|أفادت|صرح|صرّح|أوضح|أوضحت)(?:\s+[^\s،,.:]+){0,2}?\s+لـ?\s?([^\s،,.:"“”«»]+(?:\s+[^\s،,.:"“”«»]+)?)[،,.:]`)

// audiences are whom a statement is made to that are not an outlet.
var audiences = map[string]bool{"الصحفيين": true, "الصحافيين": true, "المراسلين": true, "الصحافة": true,
	"الإعلام": true, "الحاضرين": true, "المواطنين": true, "الصحفيين المحليين": true}

// otherOutletNouns introduce an outlet other than the publisher.
var otherOutletNouns = []string{"وكالة", "صحيفة", "قناة", "موقع", "تلفزيون", "إذاعة", "مجلة", "شبكة", "وسائل"}

// provenance fills source, author, original source, published and
// retrieved dates from the furniture lines of d (see the top of this file).
// lines are d's non-empty lines; outlets counts how often a byline part
// was seen across all documents read together.
func provenance(d *Document, lines []lineInfo, outlets map[string]int) {
	open := d.SourceFrom == "" || d.SourceFrom == FromFilename
	text := d.Text
	var weak string
	for i := range lines {
		ln := &lines[i]
		t := text[ln.s:ln.e]
		if ln.agg {
			if m := originalRe.FindStringSubmatch(t); m != nil && d.OriginalSource == "" {
				d.OriginalSource = siteName(m[1])
			}
			if loc := retrievedRe.FindStringIndex(t); loc != nil && d.Retrieved == "" {
				if iso, _, _, ok := FindDate(t[loc[1]:]); ok {
					d.Retrieved, d.RetrievedFrom = iso, FromDateline
				}
			}
			continue
		}
		if ln.byline != nil {
			src, author := bylineRoles(*ln.byline, outlets)
			if open && src != "" {
				d.Source, d.SourceFrom, open = src, FromByline, false
			}
			if d.Author == "" && author != "" {
				d.Author = author
			}
			continue
		}
		if ln.dateline != "" && d.Published == "" {
			d.Published, d.PublishedFrom = ln.dateline, FromDateline
			continue
		}
		if open && ln.words <= 6 {
			if m := appealRe.FindStringSubmatch(t); m != nil {
				d.Source, d.SourceFrom, open = m[1], FromByline, false
				continue
			}
		}
		if open && weak == "" && !ln.bp {
			if m := citedSelf(t); m != nil {
				x := m[1]
				if strings.HasPrefix(x, "ل") { // "للجزيرة" is لـ + الجزيرة
					x = "ا" + x
				}
				if !hasOutletNoun(x) && !audiences[x] && !audiences[strings.Fields(x)[0]] {
					weak = x
				}
			}
		}
	}
	if open && weak != "" {
		d.Source, d.SourceFrom = weak, FromInferred
	}
}

// siteName trims what the notice regexp took after a site's name: a
// domain is one word; a name of two words keeps the second unless it opens
// the next clause ("وتم …").
func siteName(s string) string {
	w := strings.Fields(s)
	if len(w) == 0 {
		return ""
	}
	if strings.Contains(w[0], ".") || len(w) == 1 || strings.HasPrefix(w[1], "و") {
		return strings.TrimRight(w[0], ".")
	}
	return strings.TrimRight(w[0]+" "+w[1], ".")
}

// citedSelf finds "قال لـX،" in a line: the regexp runs only on short
// windows that open with a telling verb, so long paragraphs cost little.
func citedSelf(t string) []string {
	for _, v := range []string{"قال", "كشف", "صرح", "صرّح", "أفاد", "أوضح"} {
		for off := 0; off < len(t); {
			i := strings.Index(t[off:], v)
			if i < 0 {
				break
			}
			i += off
			end := min(len(t), i+160)
			if m := citedSelfRe.FindStringSubmatch(t[i:end]); m != nil {
				return m
			}
			off = i + len(v)
		}
	}
	return nil
}

func hasOutletNoun(s string) bool {
	for _, n := range otherOutletNouns {
		if strings.HasPrefix(s, n) || strings.HasPrefix(s, "ال"+n) {
			return true
		}
	}
	return false
}

// bylineRoles decides which part of a byline is the outlet and which the
// author.
func bylineRoles(b byline, outlets map[string]int) (source, author string) {
	ga, gb := genericByline[b.a], genericByline[b.b]
	switch {
	case ga && gb:
		return "", ""
	case ga:
		return b.b, ""
	case gb:
		return b.a, ""
	}
	na, nb := outlets[b.a], outlets[b.b]
	switch {
	case na >= 2 && na > nb:
		return b.a, b.b
	case nb >= 2 && nb > na:
		return b.b, b.a
	case b.colon:
		return b.a, b.b
	}
	return "", ""
}
