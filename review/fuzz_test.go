package review

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzRead: any bytes read without error; every problem has a line number
// inside the input; entries plus problems never outnumber the lines; and
// writing the entries back reads back the same entries.
func FuzzRead(f *testing.F) {
	// Small seeds: the fuzzer minimises every interesting input, which is
	// slow for long ones.
	golden, _ := os.ReadFile(filepath.Join("testdata", "format.golden.jsonl"))
	first, _, _ := bytes.Cut(golden, []byte("\n"))
	f.Add(append(append([]byte(nil), first...), '\n'))
	f.Add(first[:len(first)/2])
	f.Add([]byte("{}\n\n{\"op\":\"note\"}\r\n"))
	f.Add([]byte(`{"op":"verdict","target":"d-00000000/c-000000","verdict":"false","reviewer":"أمل","at":"2025-01-01T00:00:00Z","id":"r-1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		snap, err := Read(bytes.NewReader(data), "fuzz")
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		if len(snap.Entries)+len(snap.Problems) > lines {
			t.Errorf("%d entries + %d problems > %d lines", len(snap.Entries), len(snap.Problems), lines)
		}
		for _, p := range snap.Problems {
			if p.Line < 1 || p.Line > lines {
				t.Errorf("problem at line %d, input has %d lines", p.Line, lines)
			}
		}
		var buf bytes.Buffer
		for _, e := range snap.Entries {
			b, err := e.line()
			if err != nil {
				t.Fatalf("re-encode %+v: %v", e, err)
			}
			buf.Write(b)
		}
		again, _ := Read(&buf, "again")
		if len(again.Entries) != len(snap.Entries) || len(again.Problems) != 0 {
			t.Errorf("re-encoded entries read back as %d entries, problems %v; want %d, none", len(again.Entries), again.Problems, len(snap.Entries))
		}
	})
}

// FuzzApplyCorrections: whatever the corrections, no claim sits in two
// alignments, no "not the same" pair shares one, every alignment has two
// documents, and the result does not depend on being computed twice.
func FuzzApplyCorrections(f *testing.F) {
	f.Add([]byte{0x12, 0x34, 0x56, 0x78, 0x9a}, []byte{0x01, 0x23, 0x45, 0x67})
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7}, []byte{0xff, 0x10, 0x21, 0x32, 0x43})
	f.Fuzz(func(t *testing.T, layout, ops []byte) {
		// Nine claims over three documents.
		var claims []string
		for i := 0; i < 9; i++ {
			claims = append(claims, claimID(docID(fmt.Sprint(i%3)), fmt.Sprintf("خبر رقم %d", i), "", 1))
		}
		// Layout: each byte puts a claim (low nibble) in a group (high bits).
		var groups [][]string
		where := map[string]int{}
		for _, b := range layout {
			c := claims[int(b&0x0f)%len(claims)]
			g := int(b>>4) % 4
			if _, ok := where[c]; ok {
				continue
			}
			for len(groups) <= g {
				groups = append(groups, nil)
			}
			where[c] = g
			groups[g] = append(groups[g], c)
		}
		evOf := map[string]string{}
		for i, c := range claims {
			evOf[c] = fmt.Sprintf("ev-%010d", i%2)
		}
		var cs []Correction
		for i := 0; i+2 < len(ops); i += 3 {
			x, y := claims[int(ops[i+1])%len(claims)], claims[int(ops[i+2])%len(claims)]
			switch ops[i] % 4 {
			case 0:
				cs = append(cs, Correction{Entry: fmt.Sprint(i), Op: OpMerge, Groups: [][]string{{x}, {y}}})
			case 1:
				cs = append(cs, Correction{Entry: fmt.Sprint(i), Op: OpNotSame, Groups: [][]string{{x}, {y}}})
			case 2:
				cs = append(cs, Correction{Entry: fmt.Sprint(i), Op: OpSplit, Groups: [][]string{{x, claims[0]}, {y}}})
			case 3:
				cs = append(cs, Correction{Entry: fmt.Sprint(i), Op: OpMove, Claim: x, Event: evOf[y], EventAnchors: []string{y}})
			}
		}
		got := ApplyCorrections(groups, evOf, cs)
		seen := map[string]bool{}
		for _, g := range got.Groups {
			if !isAlignment(g) {
				t.Errorf("group %v is not an alignment", g)
			}
			for _, c := range g {
				if seen[c] {
					t.Errorf("claim %s in two alignments: %v", c, got.Groups)
				}
				seen[c] = true
			}
		}
		// The last word on each pair is obeyed when it is "not the same".
		last := map[pair]bool{}
		for _, c := range cs {
			switch c.Op {
			case OpMerge:
				last[mkpair(c.Groups[0][0], c.Groups[1][0])] = true
			case OpNotSame, OpSplit:
				for _, x := range c.Groups[0] {
					for _, y := range c.Groups[1] {
						if x != y {
							last[mkpair(x, y)] = false
						}
					}
				}
				if c.Op == OpSplit && c.Groups[0][0] != c.Groups[0][1] {
					last[mkpair(c.Groups[0][0], c.Groups[0][1])] = true
				}
			}
		}
		for _, g := range got.Groups {
			for i := range g {
				for j := i + 1; j < len(g); j++ {
					if must, ok := last[mkpair(g[i], g[j])]; ok && !must {
						t.Errorf("%s and %s are 'not the same' yet share %v", g[i], g[j], g)
					}
				}
			}
		}
		again := ApplyCorrections(groups, evOf, cs)
		if fmt.Sprint(again.Groups) != fmt.Sprint(got.Groups) {
			t.Errorf("not deterministic: %v then %v", got.Groups, again.Groups)
		}
	})
}

// FuzzNormalizeText: normalising is idempotent, leaves no double or edge
// spaces, and keeps every letter.
func FuzzNormalizeText(f *testing.F) {
	for _, s := range []string{arrivalA, " وصل\u200c  الشيباني\n", "\ufeff", "a\u00a0\u00a0b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeText(s)
		if NormalizeText(n) != n {
			t.Errorf("NormalizeText(%q) = %q, not idempotent", s, n)
		}
		if strings.Contains(n, "  ") || strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") {
			t.Errorf("NormalizeText(%q) = %q, has stray spaces", s, n)
		}
	})
}
