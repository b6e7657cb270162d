package rtl

// Bidi levels for one paragraph with a right-to-left base.
//
// This is the Unicode Bidirectional Algorithm (UAX #9) for the case a TUI
// needs: the paragraph level is fixed at 1 (RTL) and the character classes come
// from golang.org/x/text/unicode/bidi. It runs the weak-type rules W1–W7, the
// bracket-pair rule N0, the neutral rules N1–N2 and the implicit levels I1–I2
// over the whole paragraph (so neutrals at a wrap point see the text on the
// other line), then per display line L1 (trailing white space back to the
// base level) and L2 (reverse from the highest level down). The result for
// plain news text is levels 1 (Arabic) and 2 (Latin words, digits).
//
// Explicit embedding, override and isolate controls (LRE RLE LRO RLO PDF LRI
// RLI FSI PDI) are treated as removed by X9: they do not open levels and are
// not printed in App mode. x/text's own Paragraph type is not used because it
// returns runs without levels, does not mirror « » and allocates per rune
// (about 40 µs for 200 characters); this implementation reuses its buffers.

import "golang.org/x/text/unicode/bidi"

// class is a bidi.Class narrowed to a byte for compact buffers.
type class = uint8

const (
	cL   = class(bidi.L)
	cR   = class(bidi.R)
	cEN  = class(bidi.EN)
	cES  = class(bidi.ES)
	cET  = class(bidi.ET)
	cAN  = class(bidi.AN)
	cCS  = class(bidi.CS)
	cB   = class(bidi.B)
	cS   = class(bidi.S)
	cWS  = class(bidi.WS)
	cON  = class(bidi.ON)
	cBN  = class(bidi.BN)
	cNSM = class(bidi.NSM)
	cAL  = class(bidi.AL)
)

// classOf returns the bidi class of r, with the explicit formatting controls
// folded into BN (see the file comment).
func classOf(r rune) class {
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	if c >= bidi.Control {
		return cBN
	}
	return class(c)
}

// strongDir maps a resolved type to the strong direction it counts as in N0
// and N1 (EN and AN count as R), or 0xFF for a neutral.
func strongDir(t class) class {
	switch t {
	case cL:
		return cL
	case cR, cAL, cEN, cAN:
		return cR
	}
	return 0xFF
}

// isNI reports whether t is a neutral or isolate for N1/N2.
func isNI(t class) bool { return t == cB || t == cS || t == cWS || t == cON }

// bracketPair is a matched pair of positions (indexes into the kept runes).
type bracketPair struct{ open, close int32 }

// resolveLevels fills lv with the embedding level (1 or 2) of every rune of a
// paragraph with original classes cls. typ, idx and the returned pair buffer
// are scratch space owned by the caller's engine.
func (e *engine) resolveLevels() {
	n := len(e.runes)
	cls, lv := e.cls, e.lvl
	typ := e.typ[:0]
	idx := e.idx[:0]
	hasBN := false
	for i := 0; i < n; i++ {
		if cls[i] == cBN {
			hasBN = true
			break
		}
	}
	if hasBN {
		for i := 0; i < n; i++ {
			if cls[i] != cBN {
				idx = append(idx, int32(i))
				typ = append(typ, cls[i])
			}
		}
	} else {
		typ = append(typ, cls...) // idx stays empty: the identity
	}
	e.typ, e.idx = typ, idx
	m := len(typ)

	// W1: NSM takes the type of the previous character (sos = R).
	// W2: EN after AL (the last strong type) becomes AN. W3: AL becomes R.
	// The rules apply one after the other; fused here, with prevW1 the type
	// the previous character had after W1.
	prevW1, last := cR, cR
	for k := 0; k < m; k++ {
		t := typ[k]
		if t == cNSM {
			t = prevW1
		}
		prevW1 = t
		switch t {
		case cL, cR:
			last = t
		case cAL:
			last, t = cAL, cR
		case cEN:
			if last == cAL {
				t = cAN
			}
		}
		typ[k] = t
	}
	// W4: a single ES between ENs, a single CS between numbers of one type.
	for k := 1; k+1 < m; k++ {
		switch typ[k] {
		case cES:
			if typ[k-1] == cEN && typ[k+1] == cEN {
				typ[k] = cEN
			}
		case cCS:
			if (typ[k-1] == cEN || typ[k-1] == cAN) && typ[k+1] == typ[k-1] {
				typ[k] = typ[k-1]
			}
		}
	}
	// W5: a sequence of ETs next to an EN becomes EN.
	for k := 0; k < m; {
		if typ[k] != cET {
			k++
			continue
		}
		j := k
		for j < m && typ[j] == cET {
			j++
		}
		if (k > 0 && typ[k-1] == cEN) || (j < m && typ[j] == cEN) {
			for x := k; x < j; x++ {
				typ[x] = cEN
			}
		}
		k = j
	}
	// W6: remaining separators and terminators become ON.
	// W7: EN after a strong L (sos is R) becomes L.
	last = cR
	for k := 0; k < m; k++ {
		switch typ[k] {
		case cES, cET, cCS:
			typ[k] = cON
		case cL, cR:
			last = typ[k]
		case cEN:
			if last == cL {
				typ[k] = cL
			}
		}
	}
	e.resolveBrackets()
	// N1, N2: a run of neutrals between two equal strong directions takes
	// that direction, otherwise the embedding direction R. sos = eos = R.
	for k := 0; k < m; {
		if !isNI(typ[k]) {
			k++
			continue
		}
		j := k
		for j < m && isNI(typ[j]) {
			j++
		}
		before, after := cR, cR
		if k > 0 {
			before = strongDir(typ[k-1])
		}
		if j < m {
			after = strongDir(typ[j])
		}
		dir := cR
		if before == after && before != 0xFF {
			dir = before
		}
		for x := k; x < j; x++ {
			typ[x] = dir
		}
		k = j
	}
	// I2 (the level is odd): L, EN, AN go up to 2, R stays at 1.
	if !hasBN {
		for k := 0; k < m; k++ {
			lv[k] = 1
			if typ[k] != cR {
				lv[k] = 2
			}
		}
		return
	}
	for i := range lv[:n] {
		lv[i] = 1
	}
	for k := 0; k < m; k++ {
		if typ[k] != cR {
			lv[idx[k]] = 2
		}
	}
	// Characters removed by X9 take the level of the character before them.
	for i := 1; i < n; i++ {
		if cls[i] == cBN {
			lv[i] = lv[i-1]
		}
	}
}

// resolveBrackets applies N0 to e.typ: bracket pairs (BD16) whose content has
// a strong type take R if any strong R is inside, else L when an L inside
// agrees with the strong context before the opening bracket, else R.
func (e *engine) resolveBrackets() {
	typ := e.typ
	m := len(typ)
	stack := e.bstack[:0]
	pairs := e.pairs[:0]
	for k := 0; k < m; k++ {
		if typ[k] != cON {
			continue
		}
		r := e.runes[e.at(k)]
		p, _ := bidi.LookupRune(r)
		if !p.IsBracket() {
			continue
		}
		if p.IsOpeningBracket() {
			if len(stack) == 63 {
				break
			}
			stack = append(stack, bracketPair{open: int32(k), close: int32(canonBracket(pairedBracket(r)))})
			continue
		}
		want := canonBracket(r)
		for s := len(stack) - 1; s >= 0; s-- {
			if stack[s].close == int32(want) {
				pairs = append(pairs, bracketPair{open: stack[s].open, close: int32(k)})
				stack = stack[:s]
				break
			}
		}
	}
	e.bstack = stack
	// Process pairs in order of their opening brackets (insertion sort: the
	// list is short and nearly sorted).
	for i := 1; i < len(pairs); i++ {
		for j := i; j > 0 && pairs[j].open < pairs[j-1].open; j-- {
			pairs[j], pairs[j-1] = pairs[j-1], pairs[j]
		}
	}
	e.pairs = pairs
	for _, pr := range pairs {
		foundR, foundL := false, false
		for k := pr.open + 1; k < pr.close; k++ {
			switch strongDir(typ[k]) {
			case cR:
				foundR = true
			case cL:
				foundL = true
			}
			if foundR {
				break
			}
		}
		var dir class
		switch {
		case foundR:
			dir = cR
		case foundL:
			ctx := cR
			for k := pr.open - 1; k >= 0; k-- {
				if d := strongDir(typ[k]); d != 0xFF {
					ctx = d
					break
				}
			}
			dir = cR
			if ctx == cL {
				dir = cL
			}
		default:
			continue
		}
		for _, b := range [2]int32{pr.open, pr.close} {
			typ[b] = dir
			for k := b + 1; k < int32(m) && e.cls[e.at(int(k))] == cNSM; k++ {
				typ[k] = dir
			}
		}
	}
}

// at maps an index into e.typ to an index into e.runes (they differ only
// when the paragraph has BN characters, which X9 removes).
func (e *engine) at(k int) int {
	if len(e.idx) == 0 {
		return k
	}
	return int(e.idx[k])
}

// canonBracket folds the angle brackets U+2329/U+232A onto their canonical
// equivalents U+3008/U+3009, as BD16 asks.
func canonBracket(r rune) rune {
	switch r {
	case 0x2329:
		return 0x3008
	case 0x232A:
		return 0x3009
	}
	return r
}

// lookupPair binary-searches a sorted pair table.
func lookupPair(t []runePair, r rune) rune {
	lo, hi := 0, len(t)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if t[h].from < r {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(t) && t[lo].from == r {
		return t[lo].to
	}
	return 0
}

// runePair maps one code point to another.
type runePair struct{ from, to rune }

// pairedBracket returns Bidi_Paired_Bracket of r, or 0.
func pairedBracket(r rune) rune { return lookupPair(bracketPairs, r) }

// mirror returns Bidi_Mirroring_Glyph of r, or r itself (rule L4).
func mirror(r rune) rune {
	if r < 0x28 {
		return r
	}
	if m := lookupPair(mirrorPairs, r); m != 0 {
		return m
	}
	return r
}
