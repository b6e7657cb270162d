package dates

// The words the scanner knows, written as they appear in text and folded at
// start-up (see norm.go), so the tables stay readable.

import "github.com/claimdiff/claimdiff/internal/wordset"

type lexKind uint8

const (
	lMonth     lexKind = iota + 1 // a one-word month name: val = month, cal
	lMonthHead                    // first word of a two-word month (كانون، تشرين، ربيع، جمادى، ذو)
	lWeekday                      // val = time.Weekday
	lRelDay                       // اليوم، أمس، غدا: val = day offset
	lMod                          // الماضي، المقبل، الجاري: val = -1, +1, 0
	lUnit                         // يوم، أسبوع، شهر، عام: val = unit, n = count it carries (0 = needs a number)
	lNumWord                      // ثلاثة = 3
	lDecade                       // سبعينيات = 7
	lOrdinal                      // الأول = 1 (days, centuries)
)

type unit uint8

const (
	uDay unit = iota + 1
	uWeek
	uMonth
	uYear
	uCentury
	uDecade
	uHour
	uMinute
)

// name is the unit as Mention.Unit spells it.
func (u unit) name() string {
	switch u {
	case uDay:
		return UnitDay
	case uWeek:
		return UnitWeek
	case uMonth:
		return UnitMonth
	case uYear:
		return UnitYear
	case uCentury:
		return UnitCentury
	case uDecade:
		return UnitDecade
	case uHour:
		return UnitHour
	case uMinute:
		return UnitMinute
	}
	return ""
}

type calendar uint8

const (
	calGreg calendar = iota
	calHijri
)

type lexEntry struct {
	kind lexKind
	val  int
	n    int
	cal  calendar
	weak bool // a month name that is also a common word: needs a day, a year or a cue; a unit that is also a common word (عقد "contract", قرن "horn"): needs a cue
	en   bool // an English word (must be capitalised when it is a month or weekday)
}

var lexicon = map[string]lexEntry{}

func addWords(e lexEntry, words ...string) {
	for _, w := range words {
		lexicon[fold(w)] = e
	}
}

// twoWordMonths maps the folded head and tail of two-word month names.
var twoWordMonths = map[[2]string]lexEntry{}

func addTwo(head, tail string, e lexEntry) {
	twoWordMonths[[2]string{fold(head), fold(tail)}] = e
	lexicon[fold(head)] = lexEntry{kind: lMonthHead}
}

func init() {
	gm := func(m int, weak bool, ws ...string) {
		addWords(lexEntry{kind: lMonth, val: m, weak: weak}, ws...)
	}
	// Gregorian (Egyptian/Gulf), Maghrebi and Moroccan spellings.
	gm(1, false, "يناير", "جانفي", "كانون الثاني")
	gm(2, false, "فبراير", "فيفري", "شباط", "فبرير")
	gm(3, true, "مارس")
	gm(3, false, "آذار")
	gm(4, false, "أبريل", "إبريل", "ابريل", "أفريل", "نيسان")
	gm(5, false, "مايو", "أيار")
	gm(5, true, "ماي")
	gm(6, false, "يونيو", "يونيه", "جوان", "حزيران")
	gm(7, false, "يوليو", "يوليه", "جويلية", "يوليوز", "تموز")
	gm(8, false, "أغسطس", "اغسطس", "غشت", "أوت")
	gm(8, true, "آب")
	gm(9, false, "سبتمبر", "شتنبر", "أيلول")
	gm(10, false, "أكتوبر", "اكتوبر")
	gm(11, false, "نوفمبر", "نونبر")
	gm(12, false, "ديسمبر", "دجنبر")
	for _, p := range []struct {
		head, tail string
		m          int
	}{
		{"كانون", "الثاني", 1}, {"كانون", "ثاني", 1}, {"كانون", "الآخر", 1},
		{"تشرين", "الأول", 10}, {"تشرين", "أول", 10}, {"تشرين", "الثاني", 11}, {"تشرين", "ثاني", 11},
		{"كانون", "الأول", 12}, {"كانون", "أول", 12},
	} {
		addTwo(p.head, p.tail, lexEntry{kind: lMonth, val: p.m})
	}
	// Hijri months. صفر (zero) and رجب (a first name) are weak.
	hm := func(m int, weak bool, ws ...string) {
		addWords(lexEntry{kind: lMonth, val: m, cal: calHijri, weak: weak}, ws...)
	}
	hm(1, false, "محرم", "المحرم")
	hm(2, true, "صفر")
	hm(7, true, "رجب")
	hm(8, false, "شعبان")
	hm(9, false, "رمضان")
	hm(10, false, "شوال")
	for _, p := range []struct {
		head, tail string
		m          int
	}{
		{"ربيع", "الأول", 3}, {"ربيع", "الثاني", 4}, {"ربيع", "الآخر", 4},
		{"جمادى", "الأولى", 5}, {"جمادى", "الأول", 5}, {"جمادى", "الآخرة", 6}, {"جمادى", "الثانية", 6}, {"جمادى", "الآخر", 6},
		{"ذو", "القعدة", 11}, {"ذي", "القعدة", 11}, {"ذو", "الحجة", 12}, {"ذي", "الحجة", 12},
	} {
		addTwo(p.head, p.tail, lexEntry{kind: lMonth, val: p.m, cal: calHijri})
	}
	// English months (full and abbreviated); "may" and "march" need a capital.
	for i, w := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"} {
		addWords(lexEntry{kind: lMonth, val: i + 1, en: true}, w)
	}
	for w, m := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		addWords(lexEntry{kind: lMonth, val: m, en: true}, w)
	}

	wd := func(d int, ws ...string) { addWords(lexEntry{kind: lWeekday, val: d}, ws...) }
	wd(0, "الأحد")
	wd(1, "الاثنين", "الإثنين")
	wd(2, "الثلاثاء")
	wd(3, "الأربعاء")
	wd(4, "الخميس")
	wd(5, "الجمعة")
	wd(6, "السبت")
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		addWords(lexEntry{kind: lWeekday, val: i, en: true}, w)
	}

	addWords(lexEntry{kind: lRelDay, val: 0}, "اليوم", "الليلة", "today", "tonight")
	addWords(lexEntry{kind: lRelDay, val: -1}, "أمس", "الأمس", "البارحة", "مبارح", "امبارح", "yesterday")
	addWords(lexEntry{kind: lRelDay, val: 1}, "غدا", "غداً", "بكرا", "بكرة", "tomorrow")

	addWords(lexEntry{kind: lMod, val: -1}, "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي")
	addWords(lexEntry{kind: lMod, val: 1}, "المقبل", "المقبلة", "القادم", "القادمة", "الجاي", "الجاية", "الجايي")
	addWords(lexEntry{kind: lMod, val: 0}, "الجاري", "الجارية", "الحالي", "الحالية")
	addWords(lexEntry{kind: lMod, val: -1, en: true}, "last", "past")
	addWords(lexEntry{kind: lMod, val: 1, en: true}, "next", "coming", "upcoming")
	addWords(lexEntry{kind: lMod, val: 0, en: true}, "this", "current")

	un := func(u unit, n int, ws ...string) { addWords(lexEntry{kind: lUnit, val: int(u), n: n}, ws...) }
	un(uDay, 1, "يوم", "day")
	un(uDay, 2, "يومين")
	un(uDay, 0, "أيام", "يوما", "days")
	un(uWeek, 1, "أسبوع", "week")
	un(uWeek, 2, "أسبوعين")
	un(uWeek, 0, "أسابيع", "أسبوعا", "weeks")
	un(uMonth, 1, "شهر", "month")
	un(uMonth, 2, "شهرين")
	un(uMonth, 0, "أشهر", "شهور", "شهرا", "months")
	un(uYear, 1, "عام", "سنة", "year")
	un(uYear, 2, "عامين", "سنتين")
	un(uYear, 0, "أعوام", "سنوات", "سنين", "عاما", "years")
	un(uHour, 1, "ساعة", "hour")
	un(uHour, 2, "ساعتين", "ساعتان")
	un(uHour, 0, "ساعات", "hours")
	un(uMinute, 1, "دقيقة", "minute")
	un(uMinute, 2, "دقيقتين", "دقيقتان")
	un(uMinute, 0, "دقائق", "minutes")
	un(uDay, 2, "يومان")
	un(uWeek, 2, "أسبوعان")
	un(uMonth, 2, "شهران")
	un(uYear, 2, "عامان", "سنتان")
	wu := func(u unit, n int, ws ...string) {
		addWords(lexEntry{kind: lUnit, val: int(u), n: n, weak: true}, ws...)
	}
	wu(uDecade, 1, "عقد", "decade")
	wu(uDecade, 2, "عقدين", "عقدان")
	wu(uDecade, 0, "عقود", "عقدا", "decades")
	wu(uCentury, 1, "قرن", "century")
	wu(uCentury, 2, "قرنين", "قرنان")
	wu(uCentury, 0, "قرون", "قرنا", "centuries")

	nw := func(n int, ws ...string) { addWords(lexEntry{kind: lNumWord, val: n}, ws...) }
	nw(1, "واحد", "one", "a", "an")
	nw(2, "اثنين", "two")
	nw(3, "ثلاثة", "ثلاث", "three")
	nw(4, "أربعة", "أربع", "four")
	nw(5, "خمسة", "خمس", "five")
	nw(6, "ستة", "ست", "six")
	nw(7, "سبعة", "سبع", "seven")
	nw(8, "ثمانية", "ثماني", "ثمان", "eight")
	nw(9, "تسعة", "تسع", "nine")
	nw(10, "عشرة", "عشر", "ten")
	nw(2, "اثنتين", "اثنان", "اثنتان")
	nw(20, "عشرين", "عشرون", "twenty")
	nw(30, "ثلاثين", "ثلاثون", "thirty")
	nw(40, "أربعين", "أربعون", "forty")
	nw(50, "خمسين", "خمسون", "fifty")
	nw(60, "ستين", "ستون", "sixty")
	nw(70, "سبعين", "سبعون", "seventy")
	nw(80, "ثمانين", "ثمانون", "eighty")
	nw(90, "تسعين", "تسعون", "ninety")
	nw(100, "مئة", "مائة", "hundred")

	dec := func(d int, ws ...string) { addWords(lexEntry{kind: lDecade, val: d}, ws...) }
	dec(2, "عشرينيات", "عشرينات", "twenties")
	dec(3, "ثلاثينيات", "ثلاثينات", "thirties")
	dec(4, "أربعينيات", "أربعينات", "forties")
	dec(5, "خمسينيات", "خمسينات", "fifties")
	dec(6, "ستينيات", "ستينات", "sixties")
	dec(7, "سبعينيات", "سبعينات", "seventies")
	dec(8, "ثمانينيات", "ثمانينات", "eighties")
	dec(9, "تسعينيات", "تسعينات", "nineties")

	ord := func(n int, ws ...string) { addWords(lexEntry{kind: lOrdinal, val: n}, ws...) }
	ord(1, "الأول", "first")
	ord(2, "الثاني", "second")
	ord(3, "الثالث", "third")
	ord(4, "الرابع", "fourth")
	ord(5, "الخامس", "fifth")
	ord(6, "السادس", "sixth")
	ord(7, "السابع", "seventh")
	ord(8, "الثامن", "eighth")
	ord(9, "التاسع", "ninth")
	ord(10, "العاشر", "tenth")
	ord(20, "العشرين", "twentieth")
	ord(19, "nineteenth")
	ord(18, "eighteenth")
	ord(21, "twenty-first")

	starters = buildStarters()
	startersFilter, lexiconFilter = wordset.Of(starters), wordset.Of(lexicon)
	periodFirst = buildPeriodFirst()
}

// Folded cue words, grouped by what they do.
var (
	// words that may stand before a bare month or year (في آذار، منذ 2011)
	monthCue = setOf("في", "منذ", "حتى", "خلال", "مطلع", "منتصف", "أواخر", "أوائل", "نهاية", "بداية",
		"شهر", "من", "إلى", "الى", "قبل", "بعد", "لغاية", "غاية", "بحلول", "طيلة", "طوال", "عقب", "ابتداء", "اعتبارا",
		"in", "since", "until", "till", "by", "from", "during", "early", "late", "mid", "through", "before", "after", "of", "last", "next", "this")
	// words after which a four-digit number is certainly a year
	yearStrongCue = setOf("عام", "العام", "سنة", "السنة", "لعام", "بعام", "وعام", "لسنة", "عامي", "منذ", "ومنذ", "حتى", "وحتى",
		"بحلول", "لغاية", "year", "since", "until", "by")
	// words after which a four-digit number is a year unless a noun follows
	yearWeakCue = setOf("في", "وفي", "خلال", "قبل", "بعد", "مطلع", "منتصف", "أواخر", "أوائل", "نهاية", "بداية", "اواخر",
		"in", "during", "before", "after", "early", "late", "mid", "of", "from")
	// words that may follow a year given after a weak cue
	afterYear = setOf("و", "في", "من", "إلى", "الى", "على", "عن", "حين", "حيث", "عندما", "بعد", "قبل", "حتى",
		"and", "when", "to", "after", "before", "until", "the", "a", "as", "with", "in", "at")
	// time-of-day words that may stand before a weekday (يوم الأربعاء، مساء الخميس)
	dayWord = setOf("يوم", "مساء", "صباح", "ليلة", "ظهر", "فجر", "عصر", "نهار", "ظهيرة", "on")
	// words that open a clause that is over by the date (منذ سقوط ... في)
	eventNoun = setOf("سقوط", "الإطاحة", "إطاحة", "انهيار", "اندلاع", "بدء", "بداية", "انطلاق", "تولي", "توليه", "تسلم",
		"انتخاب", "اغتيال", "وفاة", "رحيل", "مقتل", "تأسيس", "استقلال", "احتلال", "غزو", "الغزو", "ثورة", "الثورة",
		"حرب", "الحرب", "انقلاب", "توقيع", "إعلان", "هروب", "فرار", "تحرير", "دخول", "انسحاب", "زلزال", "هجوم", "أحداث",
		"fall", "ouster", "overthrow", "collapse", "start", "outbreak", "beginning", "death", "election", "invasion",
		"war", "revolution", "coup", "signing", "independence", "assassination")
	// cues that the date is announced for the future
	plannedCue = setOf("المزمع", "المقرر", "المرتقب", "المنتظر", "المتوقع", "المزمعة", "المقررة", "المرتقبة", "سوف",
		"يعتزم", "تعتزم", "ينوي", "تنوي", "يرتقب", "يتوقع", "ستعقد", "سيعقد", "ستجرى", "سيجري", "ستنطلق", "سينطلق",
		// an invitation to, or the purpose of going to, a future gathering
		"لحضور", "لحضورها", "للمشاركة", "دعوة", "دعوته", "attend", "invitation", "invited",
		"scheduled", "will", "planned", "due", "expected", "upcoming", "set")
	// verbs and nouns of postponing or extending: "<cue> … إلى <date>"
	// names the new, future date (see scanner.role)
	postponeCue = setOf("أرجأ", "أرجأت", "يرجئ", "ترجئ", "إرجاء", "أجل", "أجلت", "يؤجل", "تؤجل", "تأجيل", "بتأجيل",
		"أجّل", "أجّلت", "مدد", "مددت", "يمدد", "تمدد", "تمديد", "بتمديد", "مد", "أرجئ", "أرجئت",
		"postponed", "postpone", "adjourned", "adjourn", "deferred", "delayed", "extended", "extend")
	// verbs of reaching back: "تمتد/تعود/ترجع إلى <date>" starts at the date
	extendsBack = setOf("تمتد", "يمتد", "تعود", "يعود", "ترجع", "يرجع", "امتدت", "امتد")
	// cues that the sentence tells of something earlier (كان قد أجرى)
	pluperfect = setOf("قد")
	kana       = setOf("كان", "وكان", "كانت", "وكانت")
	// ordinal days written as words need "من" after them (الأول من أيار)
	dayOrdinalMax = 10
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[fold(w)] = true
	}
	return m
}
