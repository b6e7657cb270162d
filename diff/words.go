// Package diff compares aligned claims: word-level differences between two
// claims (Words, Render) and typed discrepancies a fact-checker should look
// at — a different date, number, set of participants, speaker, quoted
// wording, polarity, certainty, entity or evaluative wording (Compare,
// CompareGroup).
package diff

// Word-level differences
//
// Two claims are compared token by token, not character by character. Each
// distinct folded token (lang.Token.Norm: tashkeel dropped, alef forms,
// ة/ه, ى/ي and digit systems folded) of the pair gets one rune of the
// Unicode private-use area (U+E000…U+F8FF, then plane 15), the two token
// sequences become two rune strings, and sergi/go-diff diffs them
// (DiffMainRunes, DiffTimeout = 0 so the result is deterministic). The
// common prefix and suffix are cut off first. Semantic cleanup is then done
// on tokens rather than with go-diff's DiffCleanupSemantic, which measures
// equalities in runes and, on claims of unequal length, lets short shared
// words cascade until the whole pair is one replacement (the shared quote
// of two reports vanished that way): an equal run between two changes is
// folded into them only when it is one token, or two function words, and
// no longer than the change on either side (absorbShort). Shared phrases
// stay whole; a lone shared word between two edits does not split them
// into small edits. The runes are then mapped back to token ranges and to byte
// offsets into the document text the tokens came from.
//
// Because the comparison runs on folded tokens, differences of spelling
// that do not change a word (tashkeel, hamza carriers, ة/ه, Arabic-Indic
// against ASCII digits) vanish, and because punctuation and spaces are not
// tokens, a comma or a quote mark between words never makes an operation.
//
// Between two stretches of equal tokens the deleted and inserted tokens
// form one region. A region with both sides becomes a Replace, one with
// only A's tokens a Delete, one with only B's an Insert. A region whose
// tokens differ only in clitics and inflection (the same light stems in
// the same order: "الرافض" and "رافضاً", "وزير" and "وزيري") is marked
// Soft. Moves are found on stems: a deleted run whose stems reappear as an
// inserted run elsewhere marks both Moved (a Replace whose deleted side
// moved is split into a moved Delete and an Insert), and a Replace whose two
// sides hold the same stems in another order ("قوية وموحدة" against "موحدة
// وقوية") is a Moved Replace.

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/lang"
	"github.com/claimdiff/claimdiff/lang/ar"
)

// OpKind is what an operation does to claim A's tokens to make claim B's.
type OpKind uint8

// Operation kinds.
const (
	Equal   OpKind = iota // the same tokens (after folding) on both sides
	Delete                // tokens only in A
	Insert                // tokens only in B
	Replace               // A's tokens replaced by B's
)

var opNames = [...]string{"equal", "delete", "insert", "replace"}

// String returns the kind's name: equal, delete, insert or replace.
func (k OpKind) String() string {
	if int(k) < len(opNames) {
		return opNames[k]
	}
	return "unknown"
}

// MarshalText writes the kind's name, so JSON shows "replace", not 3.
func (k OpKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name.
func (k *OpKind) UnmarshalText(b []byte) error {
	for i, n := range opNames {
		if n == string(b) {
			*k = OpKind(i)
			return nil
		}
	}
	return &KindError{Name: string(b)}
}

// KindError reports an unknown operation kind name.
type KindError struct{ Name string }

// Error says which name was not a kind.
// Error says which name was not a kind.
func (e *KindError) Error() string { return fmt.Sprintf("diff: unknown op kind %q", e.Name) }

// Span is a byte range of a document's text.
type Span struct {
	Start int `json:"start"` // byte offset of the first byte
	End   int `json:"end"`   // byte offset just past the last byte; Start == End for an empty span
}

// Range is a half-open range of token indices into a claim's Tokens.
type Range struct {
	From int `json:"from"` // index of the first token
	To   int `json:"to"`   // index just past the last token; From == To when empty
}

// Op is one operation of a word-level diff between claims A and B.
type Op struct {
	Kind OpKind `json:"op"`
	// A is the byte range of A's tokens in A's document text, from the
	// first token's first byte to the last token's last byte. For an
	// Insert it is empty, at the point of A where B's tokens would go.
	A Span `json:"a"`
	// B is the same for B's tokens; empty, at the matching point, for a
	// Delete.
	B Span `json:"b"`
	// AT and BT are the token index ranges in A's and B's Tokens.
	AT Range `json:"a_tokens"`
	BT Range `json:"b_tokens"`
	// Moved marks tokens that were moved rather than changed: a deleted
	// run that reappears inserted elsewhere, or a replacement that only
	// reorders the same words.
	Moved bool `json:"moved,omitempty"`
	// Soft marks a Replace whose tokens differ only in clitics or
	// inflection (the same stems in the same order).
	Soft bool `json:"soft,omitempty"`
}

// Changed reports whether the op is a difference a reader would notice:
// not Equal, not Soft and not Moved.
func (o Op) Changed() bool { return o.Kind != Equal && !o.Soft && !o.Moved }

// PairDiff is the word-level diff of two claims of an alignment, as written
// in an alignment's "diffs" field.
type PairDiff struct {
	A   string `json:"a"` // claim ID of side A
	B   string `json:"b"` // claim ID of side B
	Ops []Op   `json:"ops"`
}

// Pair returns the PairDiff of claims a and b.
func Pair(a, b *claim.Claim) PairDiff {
	return PairDiff{A: a.ID, B: b.ID, Ops: Words(a, b)}
}

// Words returns the word-level diff of claims a and b: operations in order
// that, applied to a's tokens, give b's (compared on folded forms). Spans
// are byte offsets into the claims' document texts, as their tokens carry.
// It is safe for concurrent use.
func Words(a, b *claim.Claim) []Op {
	ops := Tokens(a.Tokens, b.Tokens)
	// A claim without tokens has its empty spans at its own start.
	for i := range ops {
		if len(a.Tokens) == 0 {
			ops[i].A = Span{a.Start, a.Start}
		}
		if len(b.Tokens) == 0 {
			ops[i].B = Span{b.Start, b.Start}
		}
	}
	return ops
}

// Tokens is Words on two token sequences. The operations are built in
// the Differ's reused buffer and copied once at their length: built by
// appending to a new slice, each diff allocated about twice what it kept
// (the differences of SaudiNewsNet hold every alignment's operations from
// their computation to their encoding).
func Tokens(a, b []lang.Token) []Op {
	d := differs.Get().(*Differ)
	d.ops = d.Diff(a, b, d.ops[:0])
	var ops []Op // nil for no operations, as Diff appending to nil gives
	if len(d.ops) > 0 {
		ops = slices.Clone(d.ops)
	}
	differs.Put(d)
	return ops
}

var differs = sync.Pool{New: func() any { return NewDiffer() }}

// Differ computes word diffs and reuses its buffers between calls. It is
// not safe for concurrent use; Words and Tokens use a pool of them.
type Differ struct {
	dmp    *diffmatchpatch.DiffMatchPatch
	runes  runeTable
	ra, rb []rune
	moves  []uint8
	segs   []segment
	ops    []Op // Tokens's operations, before their copy
}

// NewDiffer returns a Differ with deterministic settings (DiffTimeout 0).
func NewDiffer() *Differ {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	return &Differ{dmp: dmp}
}

// privateRune returns the n-th private-use rune: U+E000…U+F8FF, then
// U+F0000… (plane 15).
func privateRune(n int) rune {
	if n < 0x1900 {
		return rune(0xE000 + n)
	}
	return rune(0xF0000 + n - 0x1900)
}

// Diff appends the operations turning a into b to dst and returns it.
func (d *Differ) Diff(a, b []lang.Token, dst []Op) []Op {
	// The same words on both sides (one wire story in two papers) are one
	// equal op: the common prefix below would find it, after encoding.
	if len(a) > 0 && sameNorms(a, b) {
		return append(dst, equalOp(a, b, 0, 0, len(a)))
	}
	return d.diff(a, b, dst)
}

// diff is Diff without the shortcut for the same words.
func (d *Differ) diff(a, b []lang.Token, dst []Op) []Op {
	d.runes.reset(len(a) + len(b))
	d.ra = d.encode(a, d.ra[:0])
	d.rb = d.encode(b, d.rb[:0])
	// Common prefix and suffix are cut before go-diff sees the strings:
	// it would find them too, but this saves its allocations on the
	// common case of near-identical claims.
	pre := 0
	for pre < len(d.ra) && pre < len(d.rb) && d.ra[pre] == d.rb[pre] {
		pre++
	}
	suf := 0
	for suf < len(d.ra)-pre && suf < len(d.rb)-pre && d.ra[len(d.ra)-1-suf] == d.rb[len(d.rb)-1-suf] {
		suf++
	}
	first := len(dst)
	if pre > 0 {
		dst = append(dst, equalOp(a, b, 0, 0, pre))
	}
	ia, ib := pre, pre
	ma, mb := d.ra[pre:len(d.ra)-suf], d.rb[pre:len(d.rb)-suf]
	if len(ma) > 0 || len(mb) > 0 {
		var diffs []diffmatchpatch.Diff
		if len(ma) > 0 && len(mb) > 0 {
			diffs = d.dmp.DiffMainRunes(ma, mb, false)
		}
		d.segs = segments(diffs, len(ma), len(mb), d.segs[:0])
		d.segs = absorbShort(d.segs, a[ia:])
		for _, sg := range d.segs {
			if sg.equal {
				dst = append(dst, equalOp(a, b, ia, ib, sg.na))
			} else {
				dst = append(dst, changeOp(a, b, ia, ib, sg.na, sg.nb))
			}
			ia, ib = ia+sg.na, ib+sg.nb
		}
	}
	if suf > 0 {
		// The middle never ends equal (the suffix was cut off), but a
		// preceding equal op would be merged rather than repeated.
		if n := len(dst); n > first && dst[n-1].Kind == Equal {
			last := dst[n-1]
			dst[n-1] = equalOp(a, b, last.AT.From, last.BT.From, last.AT.To-last.AT.From+suf)
		} else {
			dst = append(dst, equalOp(a, b, ia, ib, suf))
		}
	}
	d.moves = markMoves(a, b, dst[first:], d.moves)
	return applyMoves(a, b, dst, first, d.moves)
}

// sameNorms reports whether a and b are the same folded forms in order.
func sameNorms(a, b []lang.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Norm != b[i].Norm {
			return false
		}
	}
	return true
}

// segment is a run of go-diff's output in tokens: equal (na == nb tokens
// on both sides) or a change region of na deleted and nb inserted tokens.
type segment struct {
	equal  bool
	na, nb int
}

// segments turns go-diff's diffs into alternating equal and change
// segments. With no diffs (one side empty) the whole is one change of na
// and nb tokens.
func segments(diffs []diffmatchpatch.Diff, na, nb int, dst []segment) []segment {
	if len(diffs) == 0 {
		return append(dst, segment{na: na, nb: nb})
	}
	for _, df := range diffs {
		n := utf8.RuneCountInString(df.Text)
		if n == 0 {
			continue
		}
		eq := df.Type == diffmatchpatch.DiffEqual
		if k := len(dst) - 1; k >= 0 && !eq && !dst[k].equal {
			if df.Type == diffmatchpatch.DiffDelete {
				dst[k].na += n
			} else {
				dst[k].nb += n
			}
			continue
		}
		switch df.Type {
		case diffmatchpatch.DiffEqual:
			dst = append(dst, segment{equal: true, na: n, nb: n})
		case diffmatchpatch.DiffDelete:
			dst = append(dst, segment{na: n})
		default:
			dst = append(dst, segment{nb: n})
		}
	}
	return dst
}

// absorbShort is the semantic cleanup done on tokens: an equal run between
// two changes that is one token, or two function words, and no longer
// than the change on either side is folded into one change with them, so
// "بوتين موقف موسكو الرافض" against "إدانة موسكو" reads as one
// replacement, not three edits around a lone shared word. Longer shared
// runs — phrases — always stay whole, however long the changes around
// them. (go-diff's DiffCleanupSemantic measures in runes, here tokens, and
// lets short equalities cascade until a long claim pair is one
// replacement, shared quote and all; hence this token-aware rule.) a holds
// the A tokens the segments cover.
func absorbShort(segs []segment, a []lang.Token) []segment {
	out := segs[:0]
	ia := 0 // tokens of a before segs[i]
	for i := 0; i < len(segs); i++ {
		sg := segs[i]
		if sg.equal && len(out) > 0 && !out[len(out)-1].equal && i+1 < len(segs) && !segs[i+1].equal {
			l, r := out[len(out)-1], segs[i+1]
			short := sg.na == 1 || (sg.na == 2 && a[ia].Stop && a[ia+1].Stop)
			if short && sg.na <= max(l.na, l.nb) && sg.na <= max(r.na, r.nb) {
				out[len(out)-1] = segment{na: l.na + sg.na + r.na, nb: l.nb + sg.nb + r.nb}
				ia += sg.na + r.na
				i++
				continue
			}
		}
		out = append(out, sg)
		ia += sg.na
	}
	return out
}

// encode appends one rune per token of toks, the same rune for the same
// folded form.
func (d *Differ) encode(toks []lang.Token, dst []rune) []rune {
	for i := range toks {
		dst = append(dst, d.runes.rune(toks[i].Norm))
	}
	return dst
}

// spanOf returns the byte span of toks[i:j], or an empty span at the point
// where toks[i] would start (the end of the last token when i is past the
// end, 0 for no tokens).
func spanOf(toks []lang.Token, i, j int) Span {
	switch {
	case i < j:
		return Span{toks[i].Start, toks[j-1].End}
	case i < len(toks):
		return Span{toks[i].Start, toks[i].Start}
	case len(toks) > 0:
		e := toks[len(toks)-1].End
		return Span{e, e}
	}
	return Span{}
}

func equalOp(a, b []lang.Token, ia, ib, n int) Op {
	return Op{Kind: Equal, A: spanOf(a, ia, ia+n), B: spanOf(b, ib, ib+n),
		AT: Range{ia, ia + n}, BT: Range{ib, ib + n}}
}

func changeOp(a, b []lang.Token, ia, ib, na, nb int) Op {
	op := Op{A: spanOf(a, ia, ia+na), B: spanOf(b, ib, ib+nb), AT: Range{ia, ia + na}, BT: Range{ib, ib + nb}}
	switch {
	case na == 0:
		op.Kind = Insert
	case nb == 0:
		op.Kind = Delete
	default:
		op.Kind = Replace
		op.Soft = sameStems(a[ia:ia+na], b[ib:ib+nb])
		op.Moved = !op.Soft && sameStemSet(a[ia:ia+na], b[ib:ib+nb])
	}
	return op
}

// sameStems reports whether x and y have the same stems in the same order.
func sameStems(x, y []lang.Token) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if !softEq(x[i], y[i]) {
			return false
		}
	}
	return true
}

// softEq reports whether two tokens are one word up to clitics and
// inflection: the same light stem, also after a leading conjunction و/ف is
// taken off (the stemmer reads "وقوية" as و+قو, not و+قوي).
func softEq(x, y lang.Token) bool {
	if x.Stem == y.Stem {
		return true
	}
	xn, yn := stripConj(x.Norm), stripConj(y.Norm)
	if xn == x.Norm && yn == y.Norm {
		return false
	}
	if xn == yn {
		return true
	}
	return isArabic(xn) && isArabic(yn) && ar.Stem(xn) == ar.Stem(yn)
}

// stripConj removes a leading و or ف from a folded Arabic word of at least
// four letters.
func stripConj(w string) string {
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && utf8.RuneCountInString(w) >= 4 {
		return w[len("و"):]
	}
	return w
}

func isArabic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0600 && r <= 0x06FF
}

// sameStemSet reports whether x and y hold the same stems in any order.
// Runs are short, so the quadratic check is cheaper than a map.
func sameStemSet(x, y []lang.Token) bool {
	if len(x) != len(y) || len(x) < 2 || len(x) > 16 {
		return false
	}
	var used [16]bool
outer:
	for i := range x {
		for j := range y {
			if !used[j] && softEq(x[i], y[j]) {
				used[j] = true
				continue outer
			}
		}
		return false
	}
	return true
}

// Move flags of an op, kept in Differ.moves while a diff is built.
const (
	delMoved = 1 << iota // the op's deleted run reappears inserted elsewhere
	insMoved             // the op's inserted run was deleted elsewhere
)

// markMoves finds the deleted runs (of a Delete or Replace) and inserted
// runs (of an Insert or Replace) in another op that hold the same stems in
// the same order, and returns their flags by op index. Each run moves at
// most once.
func markMoves(a, b []lang.Token, ops []Op, flags []uint8) []uint8 {
	flags = append(flags[:0], make([]uint8, len(ops))...)
	for i, oi := range ops {
		if (oi.Kind != Delete && oi.Kind != Replace) || oi.Moved || oi.Soft {
			continue
		}
		for j, oj := range ops {
			if j == i || flags[j]&insMoved != 0 || (oj.Kind != Insert && oj.Kind != Replace) || oj.Moved || oj.Soft {
				continue
			}
			if sameStems(a[oi.AT.From:oi.AT.To], b[oj.BT.From:oj.BT.To]) {
				flags[i] |= delMoved
				flags[j] |= insMoved
				break
			}
		}
	}
	return flags
}

// applyMoves sets Moved on moved Deletes and Inserts and turns each Replace
// with a moved side into a Delete and an Insert with their own Moved flags.
// ops[first:] are the ops flags describe.
func applyMoves(a, b []lang.Token, ops []Op, first int, flags []uint8) []Op {
	split := false
	for i, f := range flags {
		o := &ops[first+i]
		switch {
		case f == 0:
		case o.Kind == Replace:
			split = true
		default:
			o.Moved = true
		}
	}
	if !split {
		return ops
	}
	out := append([]Op(nil), ops[:first]...)
	for i, o := range ops[first:] {
		if flags[i] == 0 || o.Kind != Replace {
			out = append(out, o)
			continue
		}
		del := Op{Kind: Delete, A: o.A, B: spanOf(b, o.BT.From, o.BT.From),
			AT: o.AT, BT: Range{o.BT.From, o.BT.From}, Moved: flags[i]&delMoved != 0}
		ins := Op{Kind: Insert, A: spanOf(a, o.AT.To, o.AT.To), B: o.B,
			AT: Range{o.AT.To, o.AT.To}, BT: o.BT, Moved: flags[i]&insMoved != 0}
		out = append(out, del, ins)
	}
	return out
}

// opText returns the folded tokens of an op's side joined by spaces, for
// explanations.
func opText(toks []lang.Token, r Range) string {
	var sb strings.Builder
	for i := r.From; i < r.To && i < len(toks); i++ {
		if i > r.From {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[i].Norm)
	}
	return sb.String()
}
