package corpus

// Phrase families of news-site furniture.
//
// Each family is a GENERAL pattern that recurs across Arabic and English
// news sites, with the reason it is furniture and not reporting. They are
// matched against a line's key (Key: folded as lang.Normalize folds, so
// أ/إ/آ→ا, ة→ه, ى→ي, tashkeel dropped, Latin lower case, digits ASCII;
// punctuation turned into single spaces), and only on short lines (at most
// shortWords words) unless said otherwise. The shape-based rules in
// boilerplate.go do most of the work; these catch what shape alone cannot
// tell from a heading.

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

type family uint8

const (
	famNone family = iota
	famCounter
	famShare
	famNav
	famRelated
	famAppeal
	famContact
	famCredit
	famCategory
	famAgencyMark
	famCloser
)

// closeGlyphs are the glyphs of close buttons (a line of one of them has
// no key, so it is matched on its own).
var closeGlyphs string

// wholeLine maps a line key to its family when the whole line is the phrase.
var wholeLine = map[string]family{}

// prefixes maps a key prefix (whole words) to its family, with the most
// words the line may have for the prefix to count.
var prefixes []struct {
	key      string
	fam      family
	maxWords int
}

func addWhole(f family, phrases ...string) {
	for _, p := range phrases {
		wholeLine[Key(p)] = f
	}
}

func addPrefix(f family, maxWords int, phrases ...string) {
	for _, p := range phrases {
		prefixes = append(prefixes, struct {
			key      string
			fam      family
			maxWords int
		}{Key(p), f, maxWords})
	}
}

// shareWords are the labels of share bars and reply prompts; a line made
// only of them is a share bar ("Facebook Twitter WhatsApp", "شارك طباعة").
var shareWords = map[string]bool{}

// navWords are pager and menu labels; a line made only of them is
// navigation ("Next Previous", "السابق التالي").
var navWords = map[string]bool{}

func init() {
	// Comment counters and empty comment sections: the page's comment
	// widget, "0 تعليق", "12 comments", "لا توجد تعليقات". They count
	// readers' reactions; they report nothing.
	addWhole(famCounter, "لا توجد تعليقات", "لا يوجد تعليقات", "التعليقات", "تعليقات", "no comments",
		"comments", "comment", "أضف تعليقك", "أضف تعليق", "add comment")

	// Reply and share prompts: the widget asking the reader to act
	// ("اترك ردك", "Leave a reply", "شارك"). Every CMS prints them.
	addWhole(famShare, "اترك ردك", "اترك رداً", "اترك تعليقاً", "اترك تعليقا", "اكتب تعليقك",
		"leave a reply", "leave a comment", "post a comment", "شارك الخبر", "شارك المقال",
		"شارك هذا المقال", "شارك هذا الخبر", "share this article", "share this", "share on facebook",
		"share on twitter", "أرسل لصديق", "send to a friend", "نسخ الرابط", "copy link",
		"حجم الخط", "font size", "A A A", "A+ A-")
	for _, w := range strings.Fields("شارك مشاركة طباعة اطبع أرسل إرسال share tweet print email facebook twitter whatsapp telegram linkedin pinterest reddit فيسبوك تويتر واتساب تلغرام تيليجرام لينكدإن x messenger copy") {
		shareWords[Key(w)] = true
	}

	// Pagers, "more" links and menu labels: links to other pages of the
	// site ("Next Previous", "...المزيد", "Read more" at a teaser's end).
	addWhole(famNav, "المزيد", "اقرأ المزيد", "قراءة المزيد", "تابع القراءة", "للمزيد", "more",
		"continue reading", "back to top", "العودة للأعلى", "الرئيسية", "home", "skip to content",
		"انتقل إلى المحتوى")
	for _, w := range strings.Fields("next previous prev السابق التالي الأول الأخير first last older newer") {
		navWords[Key(w)] = true
	}
	// A pager label glued to a byline ("Next Previous عين اليوم – جدة").
	addPrefix(famNav, shortWords, "next previous", "previous next", "السابق التالي", "التالي السابق")

	// "Latest news", "Read also", "Related" headings: the start of a list
	// of links to other articles. The run of headline-like lines after
	// them goes too (boilerplate.go, relatedRun).
	addWhole(famRelated, "آخر الأخبار", "أحدث الأخبار", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولاً",
		"أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "أخبار متعلقة", "مواضيع متعلقة", "ذات صلة",
		"المزيد من الأخبار", "اقرأ أيضاً", "إقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضا", "اقرأ ايضاً", "شاهد أيضاً",
		"قد يهمك أيضاً", "قد يهمك", "قد يعجبك أيضاً", "ننصحك بقراءة", "latest news", "latest", "related",
		"related articles", "related news", "related stories", "read also", "read more", "see also",
		"most read", "most popular", "more stories", "you may also like", "recommended")
	// "اقرأ أيضاً: <headline>" on one line: a link inserted in the body.
	addPrefix(famRelated, shortWords+8, "اقرأ أيضاً", "إقرأ أيضاً", "اقرأ أيضا", "اقرأ ايضاً", "إقرأ أيضا",
		"شاهد أيضاً", "read also", "see also", "related")

	// Donation and subscription appeals: the outlet asking for money or
	// sign-ups ("ادعم …", "اضغط هنا للمساهمة", "Support us"). The imperative
	// verbs head the line; a news sentence does not start "ادعم".
	addPrefix(famAppeal, 8, "ادعم", "ادعموا", "تبرع", "تبرّع الآن", "ساهم في", "ساهموا", "اضغط هنا",
		"انقر هنا", "إضغط هنا", "للمساهمة", "اشترك الآن", "اشترك في النشرة", "اشترك في نشرتنا", "support us",
		"support our", "donate", "subscribe", "become a member", "click here", "sign up")

	// Contact lines after an opinion piece or report: how to write to the
	// author ("للتواصل مع الكاتب …", "لمراسلة الكاتب:", "Follow us on …").
	addPrefix(famContact, shortWords, "للتواصل", "للتواصل مع الكاتب", "لمراسلة الكاتب", "للمراسلة",
		"راسلنا", "تابعونا", "تابعونا على", "تابعنا على", "follow us", "contact us", "contact the author",
		"تويتر", "twitter", "البريد الإلكتروني", "email")

	// Photo and syndication credits standing alone: who took the picture
	// or supplied the copy ("تصوير: …", "Photo: …", "* خدمة «…»",
	// "بالاتفاق مع «…»"). A caption that says what the picture shows is
	// kept: these lines are short and open with the credit word.
	addPrefix(famCredit, 6, "تصوير", "عدسة", "الصورة", "صورة أرشيفية", "صورة من", "أرشيفية", "photo",
		"photos", "credit", "image", "getty images", "afp", "reuters", "خدمة", "بالاتفاق مع", "خاص بـ",
		"حقوق النشر", "جميع الحقوق محفوظة", "all rights reserved", "copyright")

	// Source links: "رابط الخبر بصحيفة …: <headline>", "المصدر: …",
	// "Source: …" — where the item was taken from, printed under it.
	addPrefix(famCredit, longPhraseWords, "رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط المصدر",
		"المصدر", "مصدر الخبر", "source", "link to the article")

	// Lone section names: the CMS prints the article's categories and tags
	// as lines of their own ("سياسة", "اقتصاد"). A one-word line of this
	// list states nothing about the story.
	addWhole(famCategory, "سياسة", "السياسة", "اقتصاد", "الاقتصاد", "رياضة", "الرياضة", "ثقافة", "الثقافة",
		"فن", "فنون", "ثقافة وفنون", "منوعات", "صحة", "الصحة", "تكنولوجيا", "تقنية", "علوم", "محليات",
		"محلي", "دولي", "دوليات", "عربي", "عربي ودولي", "عربي وعالمي", "عالمي", "العالم", "أخبار",
		"الأخبار", "أخبار محلية", "مقالات", "مقال", "رأي", "آراء", "الرأي", "تقارير", "تقرير", "حوارات",
		"مجتمع", "اقتصاد وأعمال", "أعمال", "مال وأعمال", "politics", "economy", "business",
		"sports", "sport", "world", "culture", "opinion", "health", "tech", "technology", "science",
		"news", "local", "middle east", "entertainment", "lifestyle")

	// Wire-copy markers: agencies end items with "انتهى"/"يتبع" ("// انتهى
	// //", "-End-"), editing marks, not text.
	addWhole(famAgencyMark, "انتهى", "يتبع", "end", "ends", "more to follow")

	// The close button of a pop-up ("×", "✕", "إغلاق"): what follows it
	// at the end of the page is the pop-up's content.
	addWhole(famCloser, "إغلاق", "اغلاق", "close")
	closeGlyphs = "×✕✖"
}

// counterRe is a comment or share counter: "0 تعليق", "12 comments".
var counterRe = regexp.MustCompile(`^\d+ (?:تعليق|تعليقات|تعليقا|ردود|رد|مشاركه|مشاركات|comments?|responses?|replies|shares?|views?|مشاهده|مشاهدات|قراءه)$`)

// phraseFamily returns the family of a line key, or famNone.
func phraseFamily(key string, words int) family {
	if key == "" {
		return famNone
	}
	if f, ok := wholeLine[key]; ok {
		return f
	}
	if counterRe.MatchString(key) {
		return famCounter
	}
	if words <= shortWords {
		ws := strings.Fields(key)
		if allIn(ws, shareWords) {
			return famShare
		}
		if allIn(ws, navWords) {
			return famNav
		}
	}
	for _, p := range prefixes {
		if words <= p.maxWords && (key == p.key || strings.HasPrefix(key, p.key+" ")) {
			return p.fam
		}
	}
	return famNone
}

func allIn(words []string, set map[string]bool) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return true
}

// aggregatorNotices are phrases of the notices aggregators put on copies
// of other sites' articles ("نُشر أولاً على موقع …", "تم جلبه من مصدره
// الأصلي", "لا يتحمل موقعنا مضمونه") and of disclaimers that an article
// is the author's view. They are matched anywhere in a line near the top
// or the end of an article, whatever its length: such notices are long.
var aggregatorNotices = []string{
	"لا يتحمل موقعنا", "لا يتحمل الموقع", "لا تتحمل الصحيفة", "لا يتحمل الناشر", "مصدره الأصلي", "مصدرها الأصلي",
	"نشر أولاً على موقع", "نشر أولا على موقع", "نُشر أولاً على موقع", "نشر أولاً في موقع", "تم جلبه",
	"يعبر عن رأي كاتبه", "تعبر عن رأي كاتبها", "لا تعبر بالضرورة عن", "لا يعبر بالضرورة عن",
	"originally published", "was first published", "the views expressed", "does not necessarily reflect",
}

// noticeCores are words found in every aggregatorNotices entry.
var noticeCores = []string{"يتحمل", "تتحمل", "الأصلي", "أولاً على", "أولا على", "أولاً في", "جلبه", "كاتب", "بالضرورة", "published", "views", "reflect"}

// noticeAnchors are the bytes noticeCores are looked for by (anchorOf).
var noticeAnchors = anchorsOf(noticeCores)

// arabicByFrequency are Arabic letters, the most frequent in running text
// first.
const arabicByFrequency = "اليمونهرتبةعدسفكقحأجشصطخزثإضغذظىءآؤئ"

// anchorsOf returns anchorOf of each word.
func anchorsOf(words []string) []int {
	out := make([]int, len(words))
	for i, w := range words {
		out[i] = anchorOf(w)
	}
	return out
}

// anchorOf returns the offset of the byte of w that containsAt looks for:
// in an Arabic word, the second byte of its least frequent letter
// (arabicByFrequency; a letter or mark not listed is rarer than all), a
// byte that stands for little else in Arabic text; -1 for a word of ASCII
// bytes only, whose first byte is already rare there.
func anchorOf(w string) int {
	best, rank := -1, -1
	for i, r := range w {
		if r < 0x80 {
			continue
		}
		k := strings.IndexRune(arabicByFrequency, r)
		if k < 0 {
			k = len(arabicByFrequency)
		}
		if k > rank && utf8.RuneLen(r) >= 2 {
			best, rank = i+1, k
		}
	}
	return best
}

// containsAt is strings.Contains(s, sub), searching s for sub's byte at
// offset k (anchorOf; -1 for strings.Contains itself) and comparing sub
// around each one found. Contains looks for sub's first byte, which for an
// Arabic word is the lead byte of half the letters of an Arabic text, and
// then compares at nearly every position.
func containsAt(s, sub string, k int) bool {
	if k < 0 {
		return strings.Contains(s, sub)
	}
	if len(s) < len(sub) {
		return false
	}
	b, last := sub[k], len(s)-len(sub)+k // the anchor lies in s[k:last+1]
	for i := k; i <= last; {
		j := strings.IndexByte(s[i:last+1], b)
		if j < 0 {
			return false
		}
		p := i + j
		if s[p-k:p-k+len(sub)] == sub {
			return true
		}
		i = p + 1
	}
	return false
}

// aggregatorNotice reports whether t is an aggregator notice or an
// opinion disclaimer.
func aggregatorNotice(t string) bool {
	// One cheap look for a word every notice has before trying each.
	hit := false
	for i, c := range noticeCores {
		if containsAt(t, c, noticeAnchors[i]) {
			hit = true
			break
		}
	}
	if !hit {
		return false
	}
	for _, p := range aggregatorNotices {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// iconRe is an icon's label leaked into the text by a theme that renders
// icons as images with alt text ("camera icon", "tag icon").
var iconRe = regexp.MustCompile(`(?i)\b[a-z]+[ -]icon\b`)

// iconLabels returns the spans of icon labels in t and t without them.
func iconLabels(t string) ([][2]int, string) {
	if !strings.Contains(t, "con") && !strings.Contains(t, "CON") {
		return nil, t
	}
	locs := iconRe.FindAllStringIndex(t, -1)
	if len(locs) == 0 {
		return nil, t
	}
	var cuts [][2]int
	var rest strings.Builder
	prev := 0
	for _, l := range locs {
		cuts = append(cuts, [2]int{l[0], l[1]})
		rest.WriteString(t[prev:l[0]])
		prev = l[1]
	}
	rest.WriteString(t[prev:])
	return cuts, strings.TrimSpace(rest.String())
}
