// Package entity finds the people, roles, organisations, outlets and places
// of an Arabic (or English) news article, with byte offsets, and resolves
// which mentions name the same entity, within an article and across a
// corpus.
package entity

// How mentions are found and linked.
//
// Everything works on lang tokens (folded forms with byte offsets); word
// lists are maps of folded forms, and a word is looked up as printed and
// with its clitics taken off (و، ف، ب، ل، ك، لل→ال), so "ولافروف" and
// "بموسكو" are found.
//
//  1. Gazetteer names (outlets, organisations, places, a handful of heads of
//     state; data/*.txt), longest match first. Names that are also common
//     words (الوطن، العربية) count only after an outlet word.
//  2. Outlets introduced by an outlet word: وكالة/قناة/صحيفة/شبكة/موقع/
//     إذاعة + optional complements and nationality ("شبكة الأخبار
//     البريطانية") + a name, quoted ("وكالة “تاس”") or bare ("قناة العين").
//  3. Roles: a role head from data/roles.txt ("وزير", "الرئيس", "نائب",
//     "المتحدث", "اللواء", "خبير") followed by complements (construct nouns
//     and adjectives from data/complements.txt, other role words, a
//     nationality adjective which gives the role's country, "باسم X", "في
//     <place>"). A person's name may follow, after an optional comma: a run
//     of up to four name-like tokens — not function words, not verbs or
//     adverbs (data/boundaries.txt, present-tense verbs), not role words,
//     places or adjectives; a token with the article ends the name
//     ("أسعد الشيباني"); أبو/بن/عبد take the next token with them. A title
//     may stand right before a bare surname ("الرئيس الشرع").
//     "نظيره الروسي" is a counterpart: the role of the person the pronoun
//     refers to (the nearest person before it), with the other country.
//  4. Subjects of speech verbs ("وقال فيرشينين") are names too, when the
//     caller registers the verbs (AddSpeechVerbs).
//
// Coreference within an article: person mentions with the same surname (the
// last name token, article ignored) and compatible first names are one
// person; once a person is known, the bare surname elsewhere in the article
// is a mention of them. A role without a name ("وزير الخارجية السوري",
// "الوزير السوري", "المسؤول الروسي", "نائب وزير الخارجية الروسي") is linked
// to the person of the article whose roles contain it — same head (any head
// for generic ones), its complements a subset, the same country — nearest
// before the mention, else the first after it. Outlets named again by a
// generic word ("الشبكة البريطانية", "الوكالة") are the last outlet named.
//
// IDs are readable and stable: "e-" and a Latin transliteration of the
// surname and first name ("e-shibani-asad"), the gazetteer key for known
// outlets, organisations and places ("e-sana", "e-russia"), and "e-role-"
// and the role for roles no person was found for. Across a corpus
// (Merge), a surname-only person joins the one full-named person with that
// surname, and a role-only entity the one person holding that role.

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/lang"
)

// Kinds of entity.
const (
	KindPerson = "person"
	KindOrg    = "org"
	KindOutlet = "outlet"
	KindPlace  = "place"
	KindRole   = "role" // a role no person could be linked to
)

// Mention is one mention of an entity in a text.
type Mention struct {
	Start int    // byte offset of the first byte (of the role, when one is named)
	End   int    // byte offset just past the mention
	Text  string // text[Start:End]
	Kind  string // person, org, outlet, place or role
	ID    string // entity ID shared by every mention of one entity
	// Name is the name as printed ("أسعد الشيباني", "سانا"); "" for a
	// role alone.
	Name string
	// Role is the role as printed ("وزير الخارجية السوري"), or "".
	Role string
	// Country is the country key of the role or place ("syria"), or "".
	Country string
	// Tok and TokEnd are the mention's token indices [Tok, TokEnd) in the
	// token slice it was found in.
	Tok, TokEnd int

	nameTok int      // token index where the name starts (TokEnd when none)
	head    string   // folded role head
	comps   []string // folded role complements, article stripped
	generic bool     // generic role head (المسؤول)
	outHead string   // folded outlet word it was introduced with
	key     string   // gazetteer key
	last    string   // folded surname, article stripped
	first   string   // folded first name, or ""
	speech  bool     // found as the subject of a speech verb
	counter bool     // a counterpart (نظيره)
	possTok int      // counterpart: token index of the possessor mention's start
}

// Entity is one person, organisation, outlet or place of a corpus
// (CONTRACT.md top-level "entities").
type Entity struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Kind  string   `json:"kind"`
	Roles []string `json:"roles"`
}

// outletWords introduce an outlet name; generic words name the last outlet
// again.
var outletWords = map[string]bool{}

// normLiwasail is "لوسائل" (to … media) as tokens fold it.
var normLiwasail = lang.Normalize("لوسائل")

func init() {
	for _, w := range []string{"وكالة", "قناة", "صحيفة", "شبكة", "موقع", "جريدة", "مجلة", "إذاعة", "تلفزيون", "راديو", "فضائية", "وكالات"} {
		outletWords[lang.Normalize(w)] = true
		outletWords["ال"+lang.Normalize(w)] = true
	}
}

// outletFillers may sit between an outlet word and its name.
var outletFillers = setOf("الانباء", "انباء", "الاخبار", "اخبار", "الاخباريه", "الرسميه", "الحكوميه", "التلفزيونيه", "الفضائيه", "الصحفيه")

// nameParticles take the following token into a name.
var nameParticles = setOf("ابو", "ابي", "ابن", "بن", "بنت", "عبد", "ال", "دي", "فون", "فان", "ولد")

// counterWords are "his/her counterpart" forms.
var counterWords = setOf("نظيره", "نظيرها", "نظيريه", "نظراءه", "نظرائه", "نظيرتها", "نظيرته", "نظيرهم")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[lang.Normalize(w)] = true
	}
	return m
}

// AddSpeechVerbs registers folded speech-verb forms: an unknown name right
// after one ("وقال فيرشينين") is taken as a person.
func (l *Lexicon) AddSpeechVerbs(forms []string) {
	if l.speech == nil {
		l.speech = map[string]bool{}
	}
	for _, f := range forms {
		l.speech[f] = true
		l.boundaries[f] = true
		if l.starts != nil {
			l.addStart(f)
		}
	}
}

// Find returns the mentions of text, given its tokens (lang.Tokenize(text)
// or a slice of them; offsets are into text), in text order, resolved
// within the text: mentions of one entity share an ID.
func Find(text string, toks []lang.Token, lex *Lexicon) []Mention {
	return FindInto(nil, text, toks, lex)
}

// FindInto is Find that gathers the mentions in dst's array (from its
// start), for a caller that finds the mentions of text after text and is
// done with each one's before the next: one array then serves them all
// (grown anew for every article, the mentions' arrays were a tenth of
// what the claims stage of analyze allocated on SaudiNewsNet).
func FindInto(dst []Mention, text string, toks []lang.Token, lex *Lexicon) []Mention {
	s := scanner{text: text, toks: toks, lex: lex, out: dst[:0]}
	s.scan()
	s.resolve()
	return s.out
}

// scanner holds the state of one Find.
type scanner struct {
	text string
	toks []lang.Token
	lex  *Lexicon
	out  []Mention
	// aliases are surnames and outlet names known in this text (set by
	// resolve before it adds bare mentions).
	aliases map[string]bool
}

// variants returns the folded forms of a word with its clitics taken off:
// the word, without و/ف, without a following ب/ل/ك, and لل → ال.
func variants(n string) (v [4]string, k int) {
	v[0], k = n, 1
	w := n
	if len(w) > 6 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		w = w[2:]
		v[k], k = w, k+1
	}
	if len(w) > 6 && strings.HasPrefix(w, "لل") {
		v[k], k = "ال"+w[4:], k+1
	} else if len(w) > 6 && (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك")) {
		v[k], k = w[2:], k+1
	}
	return v, k
}

// gap returns the text between token i-1 and token i.
func (s *scanner) gap(i int) string {
	if i <= 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i-1].End:s.toks[i].Start]
}

// punct reports whether the gap before token i holds punctuation that
// breaks a phrase (anything but spaces, tatweel and marks).
func (s *scanner) punct(i int) bool {
	for _, r := range s.gap(i) {
		switch r {
		case ' ', '\t', '\u00a0', '\u200c', '\u200f', '\u200e', 'ـ':
		default:
			return true
		}
	}
	return false
}

// hasComma reports whether the gap before token i holds only spaces and
// one comma.
func (s *scanner) commaOnly(i int) bool {
	g := strings.TrimSpace(s.gap(i))
	return g == "،" || g == ","
}

// quoteBefore reports whether the gap before token i holds an opening quote.
func (s *scanner) quoteBefore(i int) bool {
	return strings.ContainsAny(s.gap(i), "\"“”«'")
}

func (s *scanner) scan() {
	n := len(s.toks)
	for i := 0; i < n; {
		if !s.interesting(i) {
			i++
			continue
		}
		if j := s.atOutletWord(i); j > i {
			i = j
			continue
		}
		if j := s.atGazetteer(i, false); j > i {
			i = j
			continue
		}
		if j := s.atRole(i); j > i {
			i = j
			continue
		}
		if j := s.atSpeechSubject(i); j > i {
			i = j
			continue
		}
		i++
	}
}

// interesting reports whether token i (any clitic variant) may start a
// mention: one pass of lookups, so that most words are left at once.
func (s *scanner) interesting(i int) bool {
	t := s.toks[i]
	if t.Kind != lang.Word {
		return false
	}
	v, k := variants(t.Norm)
	for x := 0; x < k; x++ {
		if s.lex.mayStart(v[x]) {
			return true
		}
	}
	return false
}

// add appends a mention over tokens [a, b). A conjunction or preposition
// clitic on the first word (و، ف، ب، ل، ك) is left out of its span.
func (s *scanner) add(m Mention, a, b int) {
	m.Tok, m.TokEnd = a, b
	m.Start, m.End = s.toks[a].Start+s.cliticLen(a), s.toks[b-1].End
	m.Text = s.text[m.Start:m.End]
	if m.Role != "" && m.Start > s.toks[a].Start {
		m.Role = s.text[m.Start : s.toks[a].Start+len(m.Role)]
	}
	if m.Name != "" && a == m.nameTok && m.Start > s.toks[a].Start && strings.HasPrefix(m.Name, s.text[s.toks[a].Start:m.Start]) {
		m.Name = m.Name[m.Start-s.toks[a].Start:]
	}
	s.out = append(s.out, m)
}

// cliticLen returns the byte length of the clitics on token i that the
// lexicon lookups took off, as printed (0 when the word is known whole or
// carries marks on its clitics).
func (s *scanner) cliticLen(i int) int {
	t := s.toks[i]
	n := t.Norm
	if s.known(n) {
		return 0
	}
	v, k := variants(n)
	for x := 1; x < k; x++ {
		if !s.known(v[x]) || !strings.HasSuffix(n, v[x]) {
			continue
		}
		cut := len(n) - len(v[x])
		if t.End-t.Start > cut && s.text[t.Start:t.Start+cut] == n[:cut] {
			return cut
		}
	}
	return 0
}

// known reports whether folded word w is a lexicon word on its own.
func (s *scanner) known(w string) bool {
	if _, ok := s.lex.names[w]; ok {
		return true
	}
	if _, ok := s.lex.roleFirst[w]; ok {
		return true
	}
	if _, ok := s.lex.people[w]; ok {
		return true
	}
	return outletWords[w] || counterWords[w] || s.aliases[w]
}

// matchName returns the longest gazetteer entry at token i (any clitic
// variant of its first word) and the token index past it.
func (s *scanner) matchName(i int, headed bool) (entry, int, bool) {
	v, k := variants(s.toks[i].Norm)
	for vi := 0; vi < k; vi++ {
		for _, e := range s.lex.names[v[vi]] {
			if e.headed && !headed {
				continue
			}
			if i+len(e.words) > len(s.toks) {
				continue
			}
			ok := true
			for w := 1; w < len(e.words); w++ {
				if s.toks[i+w].Norm != e.words[w] || s.punct(i+w) && !strings.ContainsAny(s.gap(i+w), ".-") {
					ok = false
					break
				}
			}
			if ok && e.caps != "" && !strings.Contains(s.text[s.toks[i].Start:s.toks[i+len(e.words)-1].End], e.caps) {
				ok = false
			}
			if ok {
				return e, i + len(e.words), true
			}
		}
	}
	return entry{}, i, false
}

// atGazetteer adds a gazetteer mention at token i.
func (s *scanner) atGazetteer(i int, headed bool) int {
	e, j, ok := s.matchName(i, headed)
	if !ok {
		// A well-known person named by surname alone.
		if s.toks[i].Kind == lang.Word {
			v, k := variants(s.toks[i].Norm)
			for vi := 0; vi < k; vi++ {
				if full, ok := s.lex.people[v[vi]]; ok {
					fw := foldWords(full)
					m := Mention{Kind: KindPerson, Name: s.text[s.toks[i].Start:s.toks[i].End], last: stripAl(v[vi]),
						Country: s.lex.peopleCountry[full], nameTok: i}
					if len(fw) > 1 {
						m.first = fw[0]
					}
					s.add(m, i, i+1)
					return i + 1
				}
			}
		}
		return i
	}
	m := Mention{Kind: e.kind, Name: s.text[s.toks[i].Start:s.toks[j-1].End], key: e.key, ID: "e-" + e.key, nameTok: i}
	if e.kind == KindPlace {
		m.Country = s.lex.placeCountry[e.key]
	}
	m.Name = e.name
	s.add(m, i, j)
	return j
}

// atOutletWord adds an outlet introduced by an outlet word at token i.
func (s *scanner) atOutletWord(i int) int {
	v, k := variants(s.toks[i].Norm)
	head := ""
	for vi := 0; vi < k; vi++ {
		if outletWords[v[vi]] {
			head = stripAl(v[vi])
			break
		}
	}
	if head == "" {
		return i
	}
	// A gazetteer name starting with the outlet word itself
	// ("وكالة الأنباء السورية").
	if e, j, ok := s.matchName(i, true); ok && e.kind == KindOutlet {
		m := Mention{Kind: KindOutlet, Name: e.name, key: e.key, ID: "e-" + e.key, outHead: head, nameTok: i}
		s.add(m, i, j)
		// "(سانا)" right after is the same outlet.
		return j
	}
	j := i + 1
	country := ""
	for j < len(s.toks) && j-i < 5 && !s.quoteBefore(j) {
		w := s.toks[j].Norm
		if outletFillers[w] {
			j++
			continue
		}
		if c, ok := s.lex.adjectives[w]; ok {
			country = c
			j++
			continue
		}
		break
	}
	generic := func() int {
		// "الشبكة البريطانية", "الوكالة": the outlet named before.
		if !strings.HasPrefix(v[0], "ال") && !(k > 1 && strings.HasPrefix(v[1], "ال")) {
			return i
		}
		m := Mention{Kind: KindOutlet, outHead: head, Country: country, generic: true, nameTok: j}
		s.add(m, i, j)
		return j
	}
	if j >= len(s.toks) || s.punct(j) && !s.quoteBefore(j) {
		return generic()
	}
	quoted := s.quoteBefore(j)
	if e, end, ok := s.matchName(j, true); ok && e.kind == KindOutlet {
		m := Mention{Kind: KindOutlet, Name: e.name, key: e.key, ID: "e-" + e.key, outHead: head, Country: country, nameTok: j}
		s.add(m, i, s.withAdjective(end, &m))
		return s.out[len(s.out)-1].TokEnd
	}
	// An unknown name: quoted (up to the closing quote) or up to two
	// name-like tokens; "موقع" needs a quoted or Latin name.
	end := j
	if quoted {
		for end < len(s.toks) && end-j < 5 && (end == j || !s.punct(end)) {
			end++
		}
	} else {
		if head == stripAl(lang.Normalize("موقع")) && !isLatin(s.toks[j].Norm) {
			return i
		}
		for end < len(s.toks) && end-j < 2 && (end == j || !s.punct(end)) && s.nameLike(end, true) {
			end++
		}
	}
	if end == j {
		return generic()
	}
	name := s.text[s.toks[j].Start:s.toks[end-1].End]
	m := Mention{Kind: KindOutlet, Name: name, outHead: head, Country: country, nameTok: j}
	m.key = Slug(name)
	m.ID = "e-" + m.key
	s.add(m, i, s.withAdjective(end, &m))
	return s.out[len(s.out)-1].TokEnd
}

// withAdjective extends a mention ending at token end over a following
// nationality adjective, setting its country.
func (s *scanner) withAdjective(end int, m *Mention) int {
	if end < len(s.toks) && !s.punct(end) || end < len(s.toks) && s.quoteBefore(end) && !s.commaOnly(end) {
		if c, ok := s.lex.adjectives[s.toks[end].Norm]; ok {
			if m.Country == "" {
				m.Country = c
			}
			return end + 1
		}
	}
	return end
}

// roleAt returns the role head at token i: its length in tokens and
// properties.
func (s *scanner) roleAt(i int) (roleHead, string, int) {
	v, k := variants(s.toks[i].Norm)
	for vi := 0; vi < k; vi++ {
		maxw, ok := s.lex.roleFirst[v[vi]]
		if !ok {
			continue
		}
		for w := maxw; w > 1; w-- {
			if i+w > len(s.toks) {
				continue
			}
			var b strings.Builder
			b.WriteString(v[vi])
			ok := true
			for x := 1; x < w; x++ {
				if s.punct(i + x) {
					ok = false
					break
				}
				b.WriteByte(' ')
				b.WriteString(s.toks[i+x].Norm)
			}
			if !ok {
				continue
			}
			key := b.String()
			if h, ok := s.lex.roles[key]; ok {
				return h, key, w
			}
		}
		if h, ok := s.lex.roles[v[vi]]; ok {
			return h, v[vi], 1
		}
	}
	return roleHead{}, "", 0
}

// isRoleWord reports whether token i starts a role head.
func (s *scanner) isRoleWord(i int) bool {
	_, _, w := s.roleAt(i)
	return w > 0
}

// atRole adds a role mention (with its person when named) at token i.
func (s *scanner) atRole(i int) int {
	if s.toks[i].Kind != lang.Word {
		return i
	}
	v, k := variants(s.toks[i].Norm)
	isCounter := false
	for vi := 0; vi < k; vi++ {
		if counterWords[v[vi]] {
			isCounter = true
		}
	}
	var h roleHead
	var hkey string
	w := 1
	if !isCounter {
		h, hkey, w = s.roleAt(i)
		if w == 0 {
			return i
		}
		if h.generic && !strings.HasPrefix(hkey, "ال") {
			return i // "مسؤول سوري": an unnamed official, not a mention
		}
	}
	m := Mention{Kind: KindRole, head: stripAl(strings.Fields(hkey + " x")[0]), generic: h.generic, counter: isCounter}
	org := false // the role phrase names an organisation (orgChain)
	if isCounter {
		m.head = ""
	} else if words := strings.Fields(hkey); len(words) > 1 {
		for _, cw := range words[1:] {
			m.comps = append(m.comps, stripAl(cw))
		}
	}
	j := i + w
	for j < len(s.toks) && j-i < 10 && !s.punct(j) {
		t := s.toks[j].Norm
		if t == "باسم" && j+1 < len(s.toks) {
			m.comps = append(m.comps, "باسم")
			j++
			if e, end, ok := s.matchName(j, true); ok {
				m.comps = append(m.comps, e.key)
				j = end
				continue
			}
			for x := 0; x < 2 && j < len(s.toks) && !s.punct(j) && strings.HasPrefix(s.toks[j].Norm, "ال"); x++ {
				m.comps = append(m.comps, stripAl(s.toks[j].Norm))
				j++
			}
			continue
		}
		if c, ok := s.lex.adjectives[t]; ok {
			if m.Country == "" {
				m.Country = c
			}
			j++
			continue
		}
		if t == "في" && j+1 < len(s.toks) && !s.punct(j+1) && m.Country == "" && len(m.comps) > 0 {
			if e, end, ok := s.matchName(j+1, false); ok && e.kind == KindPlace {
				m.Country = s.lex.placeCountry[e.key]
				j = end
				continue
			}
			if s.lex.complements[stripAl(s.toks[j+1].Norm)] && strings.HasPrefix(s.toks[j+1].Norm, "ال") {
				j++
				continue
			}
			break
		}
		if org && s.isRoleWord(j) {
			break // the title of the organisation's man (titledName)
		}
		cv, ck := variants(t)
		took := false
		if strings.HasPrefix(t, "و") && ck > 1 && s.isRoleWordForm(cv[1]) {
			break // "… ووزير الدفاع": a second role starts
		}
		if c, ok := s.orgHead(j); ok && !org {
			// "بقيادة حرس الحدود بمنطقة تبوك": the organisation the
			// role is of, named in construct after its head noun. It
			// is read so when a title introduces the holder after it,
			// or when the noun carries a preposition (بفرع، لهيئة),
			// which no name after a role does.
			end := s.orgChain(j + 1)
			if _, _, named := s.titledName(end); named || s.toks[j].Norm != c {
				org = true
				m.comps = append(m.comps, c)
				j = end
				continue
			}
		}
		for x := 0; x < ck; x++ {
			c := stripAl(cv[x])
			if s.lex.complements[c] || strings.HasPrefix(cv[x], "ال") && s.isRoleWordForm(cv[x]) {
				m.comps = append(m.comps, c)
				took = true
				break
			}
		}
		if !took && s.isRoleWord(j) && !strings.HasPrefix(t, "و") {
			_, rk, rw := s.roleAt(j)
			for _, cw := range strings.Fields(rk) {
				m.comps = append(m.comps, stripAl(cw))
			}
			j += rw
			continue
		}
		if took {
			j++
			continue
		}
		// A head that needs a complement takes one definite noun in
		// construct ("رئيس المرحلة").
		if !h.title && !h.generic && !isCounter && len(m.comps) == 0 && strings.HasPrefix(t, "ال") && !s.boundary(j) {
			m.comps = append(m.comps, stripAl(t))
			j++
			continue
		}
		break
	}
	roleEnd := j
	m.Role = s.text[s.toks[i].Start:s.toks[roleEnd-1].End]
	// A bare title head with nothing after it names nobody.
	if !isCounter && len(m.comps) == 0 && m.Country == "" && roleEnd == i+w {
		if nameEnd := s.personName(roleEnd, h.title); nameEnd > roleEnd && !h.generic {
			s.setName(&m, roleEnd, nameEnd)
			s.add(m, i, nameEnd)
			return nameEnd
		}
		return i
	}
	if org && !h.generic {
		// After an organisation, the holder is named after a title
		// ("… بمنطقة تبوك العميد البحري عبدالله الغرير"، "… الدولي
		// المهندس يوسف الظاهري").
		if a, b, ok := s.titledName(roleEnd); ok {
			s.setName(&m, a, b)
			m.Role = s.text[s.toks[i].Start:s.toks[a-1].End]
			s.add(m, i, b)
			return b
		}
	}
	if !h.generic && !org {
		// After an organisation with no title to introduce him, what
		// follows is rarely the holder ("رئيس مركز البحوث العلمية في
		// سوريا بتفجير"): the role stays unnamed.
		at := roleEnd
		if at < len(s.toks) && (!s.punct(at) || s.commaOnly(at)) {
			defOK := h.title && len(m.comps) == 0 || isCounter
			if nameEnd := s.personName(at, defOK); nameEnd > at {
				s.setName(&m, at, nameEnd)
				s.add(m, i, nameEnd)
				return nameEnd
			}
		}
	}
	m.nameTok = roleEnd
	s.add(m, i, roleEnd)
	return roleEnd
}

// maxOrgWords is how far past a role's organisation a title may stand
// and still introduce the role's holder.
const maxOrgWords = 6

// orgChain returns the end of the name of an organisation whose head noun
// ends just before token j: gazetteer names, definite words ("حرس
// الحدود"، "الدولي"), further institution nouns with their clitics
// ("بمنطقة"), and a title with its name when the organisation is named
// after someone ("مطار الملك فهد"). It stops at a role or title that is
// not followed by a name, at punctuation and at words that end a name.
func (s *scanner) orgChain(j int) int {
	for j < len(s.toks) && !s.punct(j) {
		if _, end, ok := s.matchName(j, true); ok {
			j = end
			continue
		}
		if h, _, w := s.roleAt(j); w > 0 {
			if !h.title || !strings.HasPrefix(s.toks[j].Norm, "ال") || (s.toks[j].Norm != "الملك" && s.toks[j].Norm != "الامير") {
				return j
			}
			// Named after a king or prince: "مطار الملك فهد".
			end := s.personName(j+w, false)
			if end == j+w {
				return j
			}
			j = end
			continue
		}
		if _, adj := s.lex.adjectives[s.toks[j].Norm]; adj || s.boundary(j) || s.verbLike(j) {
			// A nationality adjective is the role's country: the
			// role phrase reads it.
			return j
		}
		// A definite word, or another institution noun in construct
		// ("حرس الحدود"، "بمنطقة تبوك").
		if s.definite(j) || s.institutionAt(j) {
			j++
			continue
		}
		return j
	}
	return j
}

// orgHead returns the institution noun token i is, without its clitics
// and article, when it is one that is not also a role complement
// ("قيادة"، "فرع"، "مطار"; not "وزارة الخارجية"'s "وزارة", read word by
// word as before) and carries no article.
func (s *scanner) orgHead(i int) (string, bool) {
	v, k := variants(s.toks[i].Norm)
	for x := 0; x < k; x++ {
		if strings.HasPrefix(v[x], "ال") {
			continue
		}
		if s.lex.institutions[v[x]] {
			return v[x], true
		}
	}
	return "", false
}

// institutionAt reports whether token i, with its clitics taken off, is an
// institution noun ("بمنطقة"، "لهيئة").
func (s *scanner) institutionAt(i int) bool {
	v, k := variants(s.toks[i].Norm)
	for x := 0; x < k; x++ {
		if _, ok := s.lex.institutions[stripAl(v[x])]; ok {
			return true
		}
	}
	return false
}

// titledName looks, within maxOrgWords words from token j and before any
// punctuation, for a title followed by a person's name, skipping the rank
// words a title carries ("العميد البحري") and a second title ("العقيد
// دكتور"). It returns the name's token range.
func (s *scanner) titledName(j int) (int, int, bool) {
	for k := j; k < len(s.toks) && k < j+maxOrgWords; k++ {
		if k > j && s.punct(k) {
			return 0, 0, false
		}
		h, _, w := s.roleAt(k)
		if w == 0 {
			if s.boundary(k) || s.verbLike(k) {
				return 0, 0, false
			}
			continue
		}
		if !h.title {
			return 0, 0, false
		}
		a := k + w
		for a < len(s.toks) && !s.punct(a) && (s.lex.complements[stripAl(s.toks[a].Norm)] || s.isRoleWord(a) || s.isRoleWordForm("ال"+s.toks[a].Norm)) {
			a++
		}
		if a >= len(s.toks) || s.punct(a) {
			return 0, 0, false
		}
		if b := s.personName(a, false); b > a {
			return a, b, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// isRoleWordForm reports whether a folded word is a one-word role head.
func (s *scanner) isRoleWordForm(w string) bool {
	_, ok := s.lex.roles[w]
	if !ok {
		_, ok = s.lex.roles[stripAl(w)]
	}
	return ok
}

// setName makes m a person mention named by tokens [a, b).
func (s *scanner) setName(m *Mention, a, b int) {
	m.Kind = KindPerson
	m.nameTok = a
	m.Name = s.text[s.toks[a].Start:s.toks[b-1].End]
	m.last = stripAl(s.toks[b-1].Norm)
	if b-a > 1 {
		m.first = s.toks[a].Norm
	}
}

// boundary reports whether token i cannot be part of a name.
func (s *scanner) boundary(i int) bool {
	t := s.toks[i]
	if t.Kind != lang.Word || t.Stop {
		return true
	}
	if s.lex.boundaries[t.Norm] {
		return true
	}
	// "وأجرى", "وقال": the conjunction و on a verb. Not ف, which starts
	// many names (فيصل، فراس).
	if strings.HasPrefix(t.Norm, "و") && len(t.Norm) > 6 && s.lex.boundaries[t.Norm[2:]] {
		return true
	}
	return false
}

// definite reports whether token i carries the article ال as printed
// (ألكسندر, with a hamza, does not).
func (s *scanner) definite(i int) bool {
	t := s.text[s.toks[i].Start:s.toks[i].End]
	return strings.HasPrefix(t, "ال") || strings.HasPrefix(t, "ٱل")
}

// nameLike reports whether token i may be part of a name: not a function
// word, verb, adverb, role, place, adjective or complement.
func (s *scanner) nameLike(i int, defOK bool) bool {
	if s.boundary(i) {
		return false
	}
	t := s.toks[i].Norm
	if !defOK && s.definite(i) {
		return false
	}
	// An accusative with tanween ("اتصالاً") is never a name.
	if strings.ContainsRune(s.text[s.toks[i].Start:s.toks[i].End], '\u064B') {
		return false
	}
	if _, ok := s.lex.adjectives[t]; ok {
		return false
	}
	if s.lex.complements[stripAl(t)] || s.isRoleWord(i) {
		return false
	}
	if demonstrative(t) {
		return false
	}
	if _, _, ok := s.matchName(i, false); ok {
		return false
	}
	return !outletWords[t]
}

// demonstratives are the folded demonstrative pronouns.
var demonstratives = map[string]bool{
	"هذا": true, "هذه": true, "هذان": true, "هاتان": true, "هذين": true, "هاتين": true,
	"هؤلاء": true, "ذلك": true, "تلك": true, "ذاك": true, "اولئك": true,
}

// demonstrative reports whether folded word w is a demonstrative, with up
// to two proclitics (و، ف، ب، ل، ك): "بهذا الخصوص" after a speech verb
// ("وقال بهذا الخصوص:") says what about, not who, and no name starts
// with one.
func demonstrative(w string) bool {
	for range 3 {
		if demonstratives[w] {
			return true
		}
		r, size := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune("وفبلك", r) {
			return false
		}
		w = w[size:]
	}
	return false
}

// verbLike reports whether token i looks like a present or future verb:
// ي/ت + four or more letters, سي/ست/سن + three or more. Names rarely do
// after their first word.
func (s *scanner) verbLike(i int) bool {
	t := s.toks[i].Norm
	if (strings.HasPrefix(t, "ي") || strings.HasPrefix(t, "ت")) && len(t) >= 10 {
		return true
	}
	return (strings.HasPrefix(t, "سي") || strings.HasPrefix(t, "ست") || strings.HasPrefix(t, "سن")) && len(t) >= 10
}

// nameWord reports whether token i may follow the first word of a name.
func (s *scanner) nameWord(i int) bool {
	if s.verbLike(i) || purposeVerb(s.toks[i].Norm) {
		return false
	}
	// لِ + the article ("للصحافيين", "للتلفزيون") or + a kind of outlet
	// or media ("لإذاعة", "لوسائل"): the one spoken to, never a word of
	// the speaker's name.
	if t := s.toks[i].Norm; strings.HasPrefix(t, "لل") || strings.HasPrefix(t, "ل") && (outletWords[t[len("ل"):]] || t == normLiwasail) {
		return false
	}
	return s.nameLike(i, true)
}

// personName returns the end of a person's name starting at token a (a when
// there is none).
func (s *scanner) personName(a int, defOK bool) int {
	if a >= len(s.toks) || !s.nameLike(a, defOK) || strings.HasPrefix(s.toks[a].Norm, "و") && len(s.toks[a].Norm) > 2 {
		return a
	}
	if s.verbLike(a) && len(s.toks[a].Norm) >= 12 || purposeVerb(s.toks[a].Norm) {
		return a
	}
	b := a + 1
	if s.definite(a) || s.knownSurname(a) {
		return b
	}
	for b < len(s.toks) && b-a < 4 && !s.punct(b) {
		prev := s.toks[b-1].Norm
		if nameParticles[prev] {
			b++
			continue
		}
		t := s.toks[b].Norm
		if strings.HasPrefix(t, "و") && !nameParticles[t] {
			break
		}
		if !s.nameWord(b) {
			break
		}
		// A word in ة inside a name ends it ("محمد يسر برنية،"); before
		// more words it is the object ("لافروف زيارة الوفد").
		if strings.HasSuffix(t, "ه") && b+1 < len(s.toks) && !s.punct(b+1) && !s.boundary(b+1) {
			break
		}
		b++
		if s.definite(b-1) || s.knownSurname(b-1) {
			break
		}
	}
	return b
}

// purposeVerb reports whether folded word w is لِـ before a present verb
// ("لتتعرف"، "ليتمكن"): "عهد الملك الراحل لتتعرف على شخصيته" names no
// one after the title.
func purposeVerb(w string) bool {
	r, ok := strings.CutPrefix(w, "ل")
	if !ok || utf8.RuneCountInString(r) < 5 {
		return false
	}
	return strings.HasPrefix(r, "يت") || strings.HasPrefix(r, "تت") || strings.HasPrefix(r, "يست") || strings.HasPrefix(r, "تست")
}

// knownSurname reports whether token i is the surname of a well-known
// person of the gazetteer (it ends a name).
func (s *scanner) knownSurname(i int) bool {
	_, ok := s.lex.people[s.toks[i].Norm]
	return ok
}

// atSpeechSubject adds the unknown name after a speech verb as a person.
func (s *scanner) atSpeechSubject(i int) int {
	if s.lex.speech == nil || i+1 >= len(s.toks) {
		return i
	}
	v, k := variants(s.toks[i].Norm)
	isVerb := false
	for x := 0; x < k; x++ {
		if s.lex.speech[v[x]] {
			isVerb = true
		}
	}
	if !isVerb || s.punct(i+1) && !s.commaOnly(i+1) {
		return i
	}
	a := i + 1
	if s.definite(a) {
		return i
	}
	end := s.personName(a, false)
	if end == a {
		return i
	}
	// A name of one token must be followed by punctuation, a preposition or
	// a complementiser, as subjects are ("وقال فيرشينين في حديث").
	if end == a+1 && end < len(s.toks) && !s.punct(end) && !s.boundary(end) {
		return i
	}
	if end == a+1 && (strings.HasSuffix(s.toks[a].Norm, "ات") || strings.HasSuffix(s.toks[a].Norm, "ه")) {
		return i // a plural or feminine noun ("مؤشرات", "قاعدة"), not a name
	}
	m := Mention{speech: true}
	s.setName(&m, a, end)
	s.add(m, a, end)
	return end
}

// resolve links mentions within the text and gives them IDs.
func (s *scanner) resolve() {
	type cluster struct {
		last, first string
		firstText   string // the first name as printed (IDs spell it)
		name        string
		nameToks    int
		country     string
		roles       []*Mention
		mentions    []int
	}
	var cls []*cluster
	find := func(last, first string) *cluster {
		var best *cluster
		for _, c := range cls {
			if c.last != last {
				continue
			}
			if first == "" || c.first == "" || c.first == first {
				if best == nil || c.first == first {
					best = c
				}
			}
		}
		return best
	}
	for x := range s.out {
		m := &s.out[x]
		if m.Kind != KindPerson {
			continue
		}
		c := find(m.last, m.first)
		if c == nil {
			c = &cluster{last: m.last}
			cls = append(cls, c)
		}
		if c.first == "" {
			c.first = m.first
		}
		if c.firstText == "" && m.first != "" {
			if f := strings.Fields(m.Name); len(f) > 1 {
				c.firstText = f[0]
			}
		}
		nt := len(strings.Fields(m.Name))
		if nt > c.nameToks || nt == c.nameToks && len(m.Name) > len(c.name) {
			c.name, c.nameToks = m.Name, nt
		}
		if m.Country != "" && c.country == "" {
			c.country = m.Country
		}
		if m.head != "" {
			c.roles = append(c.roles, m)
		}
		c.mentions = append(c.mentions, x)
	}
	// Bare surnames of known people, and bare names of outlets introduced
	// with an outlet word ("قناة العين" … "وأشار العين"), anywhere in the
	// text.
	outAlias := map[string]Mention{}
	if len(cls) > 0 || len(s.out) > 0 {
		byLast := map[string]*cluster{}
		for _, c := range cls {
			if c.nameToks >= 2 || len(c.roles) > 0 {
				if _, dup := byLast[c.last]; dup {
					byLast[c.last] = nil // two people share the surname
				} else {
					byLast[c.last] = c
				}
			}
		}
		for _, m := range s.out {
			if m.Kind == KindOutlet && m.outHead != "" && !m.generic && m.key != "" {
				if ws := foldWords(m.Name); len(ws) == 1 {
					outAlias[ws[0]] = m
				}
			}
		}
		covered := make([]bool, len(s.toks))
		for _, m := range s.out {
			for t := m.Tok; t < m.TokEnd; t++ {
				covered[t] = true
			}
		}
		var extra []Mention
		for i, t := range s.toks {
			if covered[i] || t.Kind != lang.Word || t.Stop {
				continue
			}
			v, k := variants(t.Norm)
			for x := 0; x < k; x++ {
				cut := 0
				if x > 0 && strings.HasSuffix(t.Norm, v[x]) {
					c := len(t.Norm) - len(v[x])
					if s.text[t.Start:t.Start+c] == t.Norm[:c] {
						cut = c
					}
				}
				if o, ok := outAlias[v[x]]; ok {
					o.Start, o.End, o.Tok, o.TokEnd, o.outHead = t.Start+cut, t.End, i, i+1, ""
					o.Text = s.text[o.Start:o.End]
					extra = append(extra, o)
					break
				}
				c := byLast[stripAl(v[x])]
				if c == nil {
					continue
				}
				if len(stripAl(v[x])) < 6 { // two-letter surnames are too ambiguous
					continue
				}
				extra = append(extra, Mention{Kind: KindPerson, Name: s.text[t.Start+cut : t.End], last: c.last,
					first: c.first, Start: t.Start + cut, End: t.End, Text: s.text[t.Start+cut : t.End], Tok: i, TokEnd: i + 1, nameTok: i})
				break
			}
		}
		if len(extra) > 0 {
			s.out = append(s.out, extra...)
			sort.SliceStable(s.out, func(a, b int) bool { return s.out[a].Start < s.out[b].Start })
		}
	}
	// IDs of people.
	idOf := map[*cluster]string{}
	for _, c := range cls {
		id := "e-" + Slug(c.last)
		if c.firstText != "" {
			id += "-" + Slug(c.firstText)
		} else if c.first != "" {
			id += "-" + Slug(c.first)
		}
		idOf[c] = id
	}
	for x := range s.out {
		m := &s.out[x]
		if m.Kind != KindPerson {
			continue
		}
		if c := find(m.last, m.first); c != nil {
			m.ID = idOf[c]
			if m.Country == "" {
				m.Country = c.country
			}
			if m.first == "" {
				m.first = c.first
			}
		}
	}
	// Counterparts take the possessor's role with the other country.
	for x := range s.out {
		m := &s.out[x]
		if !m.counter {
			continue
		}
		// The possessor: the nearest person before, in the same sentence.
		pid := ""
		for y := x - 1; y >= 0; y-- {
			p := &s.out[y]
			if p.Kind == KindPerson && p.ID != "" {
				if p.End <= m.Start && !strings.ContainsAny(s.text[p.End:m.Start], ".!?؟\n") {
					pid = p.ID
				}
				break
			}
		}
		if pid == "" {
			continue
		}
		for y := range s.out {
			p := &s.out[y]
			if p.ID == pid && p.head != "" && !p.counter {
				m.head, m.comps = p.head, p.comps
				break
			}
		}
	}
	// A role right after a person and a comma is theirs ("نيكيتا سماغين،
	// خبير ...").
	for x := 1; x < len(s.out); x++ {
		m, p := &s.out[x], &s.out[x-1]
		if m.Kind == KindRole && !m.counter && p.Kind == KindPerson && p.ID != "" {
			if p.End > m.Start {
				continue
			}
			if g := strings.TrimSpace(s.text[p.End:m.Start]); g == "،" || g == "," {
				m.ID, m.Kind = p.ID, KindPerson
			}
		}
	}
	// Roles without names: the person holding the role, nearest before.
	lastOutlet := -1
	for x := range s.out {
		m := &s.out[x]
		switch m.Kind {
		case KindOutlet:
			if m.generic {
				m.ID, m.Name, m.key = "", "", ""
				for y := x - 1; y >= 0; y-- {
					o := &s.out[y]
					if o.Kind == KindOutlet && !o.generic && (o.outHead == m.outHead || lastOutlet < 0 || y == lastOutlet) {
						if o.outHead == m.outHead || y == lastOutlet {
							m.ID, m.Name, m.key = o.ID, o.Name, o.key
							break
						}
					}
				}
			} else {
				lastOutlet = x
			}
		case KindRole:
			if m.ID != "" {
				break
			}
			if id := s.roleHolder(x); id != "" {
				m.ID = id
				m.Kind = KindPerson
			} else {
				m.ID = "e-role-" + Slug(m.roleKey())
			}
		}
	}
	kept := s.out[:0]
	for _, m := range s.out {
		if m.ID != "" {
			kept = append(kept, m)
		}
	}
	s.out = kept
}

// roleKey is the folded role head, complements and country.
func (m *Mention) roleKey() string {
	parts := append([]string{m.head}, m.comps...)
	if m.Country != "" {
		parts = append(parts, m.Country)
	}
	return strings.Join(parts, " ")
}

// fits reports whether role mention r describes person mention p's role.
func fits(r, p *Mention) bool {
	if p.head == "" && !r.generic {
		return false
	}
	if r.Country != "" && p.Country != "" && r.Country != p.Country {
		return false
	}
	if r.Country != "" && p.Country == "" {
		return false
	}
	if r.generic {
		return true
	}
	if r.head != p.head {
		return false
	}
	for _, c := range r.comps {
		found := false
		for _, pc := range p.comps {
			if pc == c {
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

// roleHolder returns the ID of the person whose role fits role mention x:
// the nearest one before it, else the first after it. The people whose
// roles fit are found first, in one pass over the mentions: asking of each
// person met whether one of their mentions fits read every mention again
// for each (a fifth of Find's time on SaudiNewsNet, its long articles).
func (s *scanner) roleHolder(x int) string {
	r := &s.out[x]
	if r.head == "" && !r.generic {
		return ""
	}
	var buf [8]string
	fit := s.fittingPeople(r, buf[:0])
	if len(fit) == 0 {
		return ""
	}
	for y := x - 1; y >= 0; y-- {
		p := &s.out[y]
		if p.Kind == KindPerson && p.ID != "" && slices.Contains(fit, p.ID) {
			return p.ID
		}
	}
	for y := x + 1; y < len(s.out); y++ {
		p := &s.out[y]
		if p.Kind == KindPerson && p.ID != "" && slices.Contains(fit, p.ID) {
			return p.ID
		}
	}
	return ""
}

// fittingPeople appends to dst the IDs of the people one of whose
// mentions fits role mention r, each once.
func (s *scanner) fittingPeople(r *Mention, dst []string) []string {
	for y := range s.out {
		p := &s.out[y]
		if p.Kind != KindPerson || p.ID == "" || !personMentionFits(r, p) || slices.Contains(dst, p.ID) {
			continue
		}
		dst = append(dst, p.ID)
	}
	return dst
}

// personMentionFits reports whether person mention p fits role mention r:
// a generic role of p's country, or p's own role (fits).
func personMentionFits(r, p *Mention) bool {
	if r.generic && r.Country != "" && p.Country == r.Country {
		return true
	}
	return p.head != "" && fits(r, p)
}

// RoleKey returns the mention's role as a key for linking roles across
// articles: "head|comp comp|country" in folded form, "" when the mention
// names no role.
func (m *Mention) RoleKey() string {
	if m.head == "" {
		return ""
	}
	return m.head + "|" + strings.Join(m.comps, " ") + "|" + m.Country
}

// Ref is what Merge reads of one mention.
type Ref struct {
	ID      string
	Kind    string
	Name    string
	Role    string
	RoleKey string
}

// Merge resolves entities across articles: a surname-only person
// ("e-shibani") joins the one full-named person with that surname
// ("e-shibani-asad"), and a role no article linked to a person joins the
// one person anywhere holding a fitting role. It returns the entities,
// sorted by ID, and the renamed IDs (old → new).
//
// What Merge returns depends on which distinct mentions there are and on
// the order each is first seen, not on how often one occurs: a mention
// repeated adds nothing (the canonical name is the longest, not the most
// frequent). A caller that counts mentions (the article store) passes
// each distinct one once.
func Merge(refs []Ref) ([]Entity, map[string]string) {
	type agg struct {
		kind  string
		names map[string]int
		roles []string
		seen  map[string]bool
		keys  map[string]bool
	}
	by := map[string]*agg{}
	get := func(id string) *agg {
		g := by[id]
		if g == nil {
			g = &agg{names: map[string]int{}, seen: map[string]bool{}, keys: map[string]bool{}}
			by[id] = g
		}
		return g
	}
	for _, r := range refs {
		if r.ID == "" {
			continue
		}
		g := get(r.ID)
		if g.kind == "" || g.kind == KindRole {
			g.kind = r.Kind
		}
		if r.Name != "" {
			g.names[r.Name]++
		}
		if r.Role != "" && !r.counter() && len(strings.Fields(r.Role)) > 1 {
			k := lang.Normalize(strings.TrimPrefix(strings.TrimPrefix(r.Role, "و"), "ب"))
			if !g.seen[k] {
				g.seen[k] = true
				g.roles = append(g.roles, r.Role)
			}
		}
		if r.RoleKey != "" {
			g.keys[r.RoleKey] = true
		}
	}
	rename := map[string]string{}
	ids := make([]string, 0, len(by))
	for id := range by {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// Indexes, so that merging stays linear: full-named people by
	// surname ID, people by role head.
	bySurname := map[string][]string{}
	byHead := map[string][]string{}
	for _, pid := range ids {
		p := by[pid]
		if p.kind != KindPerson || strings.HasPrefix(pid, "e-role-") {
			continue
		}
		if strings.Count(pid, "-") >= 2 {
			sur := pid[:strings.Index(pid[2:], "-")+2]
			bySurname[sur] = append(bySurname[sur], pid)
		}
		heads := map[string]bool{}
		for k := range p.keys {
			h, rest, _ := strings.Cut(k, "|")
			_, country, _ := strings.Cut(rest, "|")
			for _, hk := range []string{h + "|", h + "|" + country} {
				if !heads[hk] {
					heads[hk] = true
					byHead[hk] = append(byHead[hk], pid)
				}
			}
		}
	}
	for _, id := range ids {
		g := by[id]
		switch {
		case strings.HasPrefix(id, "e-role-"):
			// Only a role few people hold can be resolved; past a
			// handful of candidates it is ambiguous anyway.
			hit := map[string]bool{}
			for rk := range g.keys {
				h, rest, _ := strings.Cut(rk, "|")
				_, country, _ := strings.Cut(rest, "|")
				cands := byHead[h+"|"+country]
				if len(cands) > maxRoleCandidates {
					hit["?1"], hit["?2"] = true, true
				}
				for _, pid := range cands {
					if len(hit) > 1 {
						break
					}
					if keyFitsAny(rk, by[pid].keys) {
						hit[pid] = true
					}
				}
			}
			if len(hit) == 1 {
				for pid := range hit {
					rename[id] = pid
				}
			}
		case g.kind == KindPerson && strings.Count(id, "-") == 1:
			if hit := bySurname[id]; len(hit) == 1 {
				rename[id] = hit[0]
			}
		}
	}
	final := func(id string) string {
		for i := 0; i < 4; i++ {
			n, ok := rename[id]
			if !ok {
				break
			}
			id = n
		}
		return id
	}
	merged := map[string]*agg{}
	var order []string
	for _, id := range ids {
		to := final(id)
		g := by[id]
		m := merged[to]
		if m == nil {
			m = &agg{names: map[string]int{}, seen: map[string]bool{}, kind: by[to].kind}
			merged[to] = m
			order = append(order, to)
		}
		for n, c := range g.names {
			m.names[n] += c
		}
		for _, r := range g.roles {
			k := lang.Normalize(strings.TrimPrefix(r, "و"))
			if !m.seen[k] {
				m.seen[k] = true
				m.roles = append(m.roles, r)
			}
		}
	}
	for id := range rename {
		rename[id] = final(id)
	}
	sort.Strings(order)
	out := make([]Entity, 0, len(order))
	for _, id := range order {
		m := merged[id]
		name := ""
		for n := range m.names {
			// The canonical name is the longest (most words, then bytes,
			// then the first in byte order for stability).
			if better(n, name) {
				name = n
			}
		}
		if name == "" && len(m.roles) > 0 {
			name = m.roles[0]
		}
		roles := m.roles
		if roles == nil {
			roles = []string{}
		}
		out = append(out, Entity{ID: id, Name: name, Kind: m.kind, Roles: roles})
	}
	return out, rename
}

// maxRoleCandidates bounds how many people with one role head and
// country Merge compares a role with.
const maxRoleCandidates = 64

// counter reports whether the role is a counterpart phrase (نظيره), which
// names no role of its own.
func (r Ref) counter() bool {
	for _, w := range strings.Fields(lang.Normalize(r.Role)) {
		v, k := variants(w)
		for x := 0; x < k; x++ {
			if counterWords[v[x]] {
				return true
			}
		}
	}
	return false
}

func better(a, b string) bool {
	if b == "" {
		return true
	}
	na, nb := len(strings.Fields(a)), len(strings.Fields(b))
	if na != nb {
		return na > nb
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}

// keyFitsAny reports whether role key rk fits one of a person's role keys:
// the same head, rk's complements a subset, countries equal when both are
// known.
func keyFitsAny(rk string, keys map[string]bool) bool {
	rp := strings.Split(rk, "|")
	if len(rp) != 3 {
		return false
	}
	for k := range keys {
		kp := strings.Split(k, "|")
		if len(kp) != 3 || kp[0] != rp[0] {
			continue
		}
		if rp[2] != "" && kp[2] != "" && rp[2] != kp[2] {
			continue
		}
		if rp[2] != "" && kp[2] == "" {
			continue
		}
		ok := true
		have := strings.Fields(kp[1])
		for _, c := range strings.Fields(rp[1]) {
			found := false
			for _, h := range have {
				if h == c {
					found = true
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
