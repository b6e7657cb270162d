package diff

// Names as printed in news
//
// The participant and attribution checks compare people by the words of
// their mentions when entity IDs disagree, since one person is printed in
// many ways: with and without titles ("معالي … الدكتور مساعد بن محمد
// العيبان" against "الدكتور مساعد العيبان"), with and without the role
// ("رئيس حزب القوات اللبنانية" against "… سمير جعجع"), with "عبد" joined or
// not ("عبدالعزيز" / "عبد العزيز"), with and without the father's name, and
// in two transliterations ("أوغلو" / "أغولو"). Two mentions name one person
// when the name words of one are all among the other's (a word matching
// its spelling variant). A mention right after a named-after head
// ("جامعة الملك عبدالعزيز"، "شارع الملك فهد") names a place or body, not a
// participant.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
)

// honorifics are titles and forms of address that say nothing of who a
// person is, folded and without clitics.
var honorifics = normSet(`معالي سعادة سمو السمو صاحب الملكي فخامة دولة سماحة فضيلة جلالة
	الدكتور د الشيخ الأستاذ المهندس السيد السيدة الأمير الأميرة الملك
	اللواء العقيد العميد الفريق المقدم الرائد النقيب الركن المشير الطيار
	الحاج المفدى حفظه الله البحري الجوي طيار ركن أول
	معاليه سموه فخامته سعادته جلالته سماحته فضيلته`)

// nameParticles join the parts of an Arabic name and are left out of its
// words: "محمد بن سلمان بن عبدالعزيز آل سعود".
var nameParticles = normSet(`بن ابن بنت ال آل`)

// namedAfter are heads of a place or body named after a person: the person
// after them is part of a name, not a participant.
var namedAfter = normSet(`جامعة جامعتي شارع طريق مستشفى مدينة مطار ميناء مركز مجمع قاعة جائزة كرسي
	مسجد جامع جسر ميدان حي قاعدة مؤسسة مدرسة كلية برنامج مبادرة حملة دوار ساحة منحة مكتبة
	ملعب استاد ستاد صالة معهد دارة مهرجان مستشفيات مدارس كليات مشروع وقف مجلس صندوق`)

// nameWords returns the folded name words of a mention: clitics stripped,
// "عبد" joined to the word after it, titles and particles left out.
func nameWords(s string) []string {
	fs := strings.Fields(lang.Normalize(s))
	var out []string
	for i := 0; i < len(fs); i++ {
		w := strings.Trim(fs[i], "()[]«»\"'“”،,.-–")
		if w == "" {
			continue
		}
		if w == "عبد" || w == "وعبد" {
			if i+1 >= len(fs) {
				continue // a mention cut after "عبد"
			}
			w += strings.Trim(fs[i+1], "()[]«»\"'“”،,.-–")
			i++
		}
		if honorifics[w] || nameParticles[w] {
			continue
		}
		if b := stripClitic(w); honorifics[b] || nameParticles[b] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// skeleton folds a word for comparing transliterations: clitics stripped,
// the long vowels ا و ي after the first letter dropped.
func skeleton(w string) string { return string(appendSkeleton(nil, w)) }

// appendSkeleton appends skeleton(w) to dst, for callers that compare
// skeletons in a buffer of their own.
func appendSkeleton(dst []byte, w string) []byte {
	first := true
	for _, r := range stripClitic(w) {
		if first || r != 'ا' && r != 'و' && r != 'ي' {
			dst = utf8.AppendRune(dst, gFold(r))
		}
		first = false
	}
	return dst
}

// gFold writes the letters that render a foreign g (غ ج ق ك) as one: "هونغ"
// and "هونج" are one name.
func gFold(r rune) rune {
	switch r {
	case 'غ', 'ج', 'ق', 'ك':
		return 'ج'
	}
	return r
}

// sameNameWord reports whether two folded name words are one: equal with
// clitics stripped, or, for words of four or more letters, with the same
// consonant skeleton.
func sameNameWord(x, y string) bool {
	bx, by := stripClitic(x), stripClitic(y)
	if x == y || bx == by || bx == y || x == by {
		return true
	}
	if isRoleForm(x) || isRoleForm(y) {
		return false
	}
	// A short foreign name with its g written two ways: "فان جال" / "فان
	// غال".
	if utf8.RuneCountInString(bx) == 3 && utf8.RuneCountInString(by) == 3 && gFolded(bx) == gFolded(by) {
		return true
	}
	nx, ny := utf8.RuneCountInString(x), utf8.RuneCountInString(y)
	if nx < 4 || ny < 4 {
		return false
	}
	// The skeletons in buffers on the stack (skeleton would allocate).
	var bufX, bufY [64]byte
	sx, sy := appendSkeleton(bufX[:0], x), appendSkeleton(bufY[:0], y)
	if same := string(sx) == string(sy); same && (utf8.RuneCount(sx) >= 3 || nx == ny && utf8.RuneCount(sx) >= 2 && gFolded(x) == gFolded(y)) {
		return true
	}
	// The seat of a hamza folds to و or ي: "الشئون" / "الشؤون".
	if sameSeatFold(bx, by) {
		return true
	}
	// One letter dotted otherwise in a long name ("عبدالعزير" for
	// "عبدالعزيز"): a slip of the keyboard, not another name.
	if dotSlip(x, y) {
		return true
	}
	// ن before ب is said, and often written, م: "اسطمبولي" / "اسطنبولي".
	if strings.Contains(x, "مب") || strings.Contains(y, "مب") {
		return sameNameWord(mbFold.Replace(x), mbFold.Replace(y))
	}
	// A name glued to the next word ("زايدأصدر"): one opens the other and
	// three letters or more are left.
	gx, gy := []rune(x), []rune(y)
	if len(gx) > len(gy) {
		gx, gy = gy, gx
	}
	return len(gx) >= 4 && len(gy)-len(gx) >= 3 && string(gy[:len(gx)]) == string(gx)
}

// sameSeatFold reports whether a and b are equal with و and ي written as
// ا, so words differing only in a hamza's seat or a long vowel's spelling
// compare equal.
func sameSeatFold(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra == 'و' || ra == 'ي' {
			ra = 'ا'
		}
		if rb == 'و' || rb == 'ي' {
			rb = 'ا'
		}
		if ra != rb {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// wordsWithin reports whether every word of x is one of y's.
func wordsWithin(x, y []string) bool {
	if len(x) == 0 {
		return false
	}
	for _, w := range x {
		found := false
		for _, v := range y {
			if sameNameWord(w, v) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// samePerson reports whether two mentions name one person or role: the
// name words of one all among the other's.
func samePerson(x, y string) bool {
	wx, wy := nameWords(x), nameWords(y)
	if wordsWithin(wx, wy) || wordsWithin(wy, wx) {
		return true
	}
	// Two proper name words in common ("السفير بدر عبدالعاطي الانتباه",
	// a mention read one word too long, against "… السفير بدر عبد العاطي").
	n := 0
	for _, w := range wx {
		if genericNouns[w] || isRoleForm(w) {
			continue
		}
		for _, v := range wy {
			if sameNameWord(w, v) {
				n++
				break
			}
		}
	}
	return n >= 2
}

// claimWords returns the folded words of c's text as nameWords reads them,
// titles kept.
func claimWords(c *claim.Claim) []string {
	var out []string
	fs := strings.Fields(lang.Normalize(c.Text))
	for i := 0; i < len(fs); i++ {
		w := strings.Trim(fs[i], "()[]«»\"'“”،,.:؛;-–")
		if (w == "عبد" || w == "وعبد") && i+1 < len(fs) {
			out = append(out, w)
			w += strings.Trim(fs[i+1], "()[]«»\"'“”،,.:؛;-–")
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// namedAfterHead reports whether mention e of c follows a named-after head
// ("جامعة الملك عبدالعزيز").
func namedAfterHead(c *claim.Claim, e claim.EntityRef) bool {
	k := e.Start - c.Start
	if k <= 0 || k > len(c.Text) {
		return false
	}
	f := lastField(c.Text[:k])
	if f == "" {
		return false
	}
	w := lang.Normalize(strings.Trim(f, "()[]«»\"'“”"))
	return namedAfter[w] || namedAfter[stripClitic(w)]
}

// genericMention reports whether a mention has no name word that is not a
// common noun of the lexicon's roles: a lone "منطقة"، "الجمعية"، "عيد" read
// as a person.
func genericMention(e claim.EntityRef) bool {
	// "الفريق العلمي"، "الفريق الكروي": a team, not the rank.
	if fs := strings.Fields(lang.Normalize(e.Text)); len(fs) >= 2 && stripClitic(fs[0]) == "فريق" && strings.HasPrefix(fs[1], "ال") {
		return true
	}
	ws := nameWords(e.Text)
	if len(ws) != 1 || e.Kind == "role" {
		return false
	}
	w := stripClitic(ws[0])
	return genericNouns[w] || genericNouns[ws[0]] || len([]rune(w)) < 3
}

// genericNouns are common nouns the entity reader takes for names when
// they follow a role or a speech verb.
var genericNouns = normSet(`منطقة المنطقة محافظة المحافظة جامعة الجامعة الجمعية جمعية عيد العيد
	فرع بفرع الفرع جوازات الجوازات إدارة الإدارة مدينة المدينة هيئة الهيئة وزارة الوزارة
	الشركة شركة البلدية بلدية الأمانة أمانة اللجنة لجنة المجلس مجلس المركز مركز
	مصدر المصدر مصادر المصادر مسؤول المسؤول مسؤولون المسؤولون مصالح المصالح
	متحدث المتحدث الناطق ناطق الرسمي الإعلامي رسمي إعلامي باسمه باسمها باسمهم
	قيادة بقيادة القيادة متحدثون المتحدثون ناطقون جامعتي`)

// isRoleForm reports a role noun in any number ("وزير"، "وزيري"، "وزراء"):
// its forms differ in count, not in spelling.
func isRoleForm(w string) bool {
	if roleSingular(w) != "" {
		return true
	}
	_, ok := roleCount(w)
	return ok
}

// nameCore returns the first and last of a name's words (all of them when
// there are fewer than three): the father's name is often left out.
func nameCore(ws []string) []string {
	if len(ws) < 3 {
		return ws
	}
	return []string{ws[0], ws[len(ws)-1]}
}

// roleDescribed reports whether a speaker is described, not named: its
// first word is a role or common noun ("مدير إدارة شؤون"، "مصدر مقرب").
func roleDescribed(s string) bool {
	ws := strings.Fields(lang.Normalize(s))
	if len(ws) == 0 {
		return false
	}
	w := ws[0]
	return isRoleForm(w) || isRoleForm(stripClitic(w)) || genericNouns[w] || genericNouns[stripClitic(w)]
}

// opensWith reports whether c's text opens with a speech verb followed
// right away by the name words of speaker (the first and last of them).
func opensWith(c *claim.Claim, speaker string) bool {
	ws := strings.Fields(lang.Normalize(c.Text))
	if len(ws) < 2 || !isReporting(ws[0]) {
		return false
	}
	core := nameCore(nameWords(speaker))
	return wordsWithin(core, ws[1:min(len(ws), 1+len(core))])
}

// gFolded is w with gFold applied to every letter.
func gFolded(w string) string { return strings.Map(gFold, w) }

// mbFold writes م before ب as ن.
var mbFold = strings.NewReplacer("مب", "نب")

// dotSkeletons maps letters that differ only in their dots to one.
var dotSkeletons = map[rune]rune{'ز': 'ر', 'خ': 'ح', 'ج': 'ح', 'غ': 'ع', 'ذ': 'د', 'ض': 'ص', 'ظ': 'ط', 'ش': 'س', 'ق': 'ف',
	'ت': 'ب', 'ث': 'ب', 'ن': 'ب', 'ي': 'ب'}

// dotSlip reports whether x and y, of seven letters or more and one
// length, differ in one letter only and that letter only in its dots.
func dotSlip(x, y string) bool {
	if n := utf8.RuneCountInString(x); n != utf8.RuneCountInString(y) || n < 7 {
		return false
	}
	a, b := []rune(x), []rune(y)
	diff := 0
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		diff++
		da, ok := dotSkeletons[a[i]]
		if !ok {
			da = a[i]
		}
		db, ok := dotSkeletons[b[i]]
		if !ok {
			db = b[i]
		}
		if diff > 1 || da != db {
			return false
		}
	}
	return diff == 1
}

// lastField returns the last of strings.Fields(s), or "" when s has none,
// without splitting the rest of s.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i+size:]
	}
	return s
}
