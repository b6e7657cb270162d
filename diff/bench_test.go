package diff

import (
	"syscall"
	"testing"

	"github.com/claimdiff/claimdiff/claim"
)

// benchPairs are typical aligned pairs: near-identical sentences, the
// same quote in other words inside longer sentences, and loosely aligned
// claims.
func benchPairs(b *testing.B) map[string][2]*claim.Claim {
	return map[string][2]*claim.Claim{
		"near-identical": {
			corpusClaim(b, fileA2, "كما جدد إدانة موسكو للانتهاكات"),
			corpusClaim(b, fileA3, "كما جدد موقف موسكو الرافض"),
		},
		"quote-drift": {
			corpusClaim(b, fileA1, "هناك فرص كبيرة لسوريا"),
			corpusClaim(b, fileA4, "هناك فرص عديدة لسوريا"),
		},
		"loose": {
			corpusClaim(b, fileA2, "وأرسلت سوريا وفداً"),
			corpusClaim(b, fileA3, "لقاء الشيباني وبوتين جاء"),
		},
	}
}

func BenchmarkWords(b *testing.B) {
	for name, p := range benchPairs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(p[0].Text) + len(p[1].Text)))
			b.ReportAllocs()
			for b.Loop() {
				Words(p[0], p[1])
			}
		})
	}
}

func BenchmarkCompare(b *testing.B) {
	for name, p := range benchPairs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(p[0].Text) + len(p[1].Text)))
			b.ReportAllocs()
			for b.Loop() {
				Compare(p[0], p[1])
			}
		})
	}
}

func BenchmarkRender(b *testing.B) {
	p := benchPairs(b)["quote-drift"]
	ops := Words(p[0], p[1])
	b.SetBytes(int64(len(p[0].Text) + len(p[1].Text)))
	b.ReportAllocs()
	for b.Loop() {
		Render(p[0], p[1], ops)
	}
}

// BenchmarkCompareGroup compares groups of five claims, one of each
// article of the bundled corpus (corpusGroups): every two claims of a
// group, as analyze compares an alignment's claims. Bytes are the text of
// the groups' claims.
func BenchmarkCompareGroup(b *testing.B) {
	gs := corpusGroups(b)
	n := 0
	for _, g := range gs {
		for _, c := range g {
			n += len(c.Text)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, g := range gs {
			CompareGroupDiffs(g, Options{})
		}
	}
}

// BenchmarkCompareGroupCopies compares the bundled corpus's groups with
// copies of their first two claims in two more documents (as outlets
// carry one agency's sentence), by CompareGroupDiffs ("copies", whose
// copied pairs take their originals' results) and by comparing every pair
// afresh ("afresh", eachPairDiffs). Bytes are the groups' claims' text.
func BenchmarkCompareGroupCopies(b *testing.B) {
	var gs [][]*claim.Claim
	n := 0
	for _, g := range corpusGroups(b) {
		if len(g) < 2 {
			continue
		}
		g = append(g[:len(g):len(g)], moved(g[0], "d-x", g[0].Start+1234), moved(g[1], "d-y", 17))
		for _, c := range g {
			n += len(c.Text)
		}
		gs = append(gs, g)
	}
	for _, run := range []struct {
		name string
		f    func([]*claim.Claim, Options) ([]Discrepancy, []PairDiff)
	}{{"copies", CompareGroupDiffs}, {"afresh", eachPairDiffs}} {
		b.Run(run.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			start := cpuNow()
			for b.Loop() {
				for _, g := range gs {
					run.f(g, Options{Aligned: true})
				}
			}
			b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuNow is the process's user and system time so far, in nanoseconds: on
// a machine other processes share, the figure that varies least.
func cpuNow() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// groupedClaims returns the claims of the bundled corpus's groups and the
// bytes of their text.
func groupedClaims(b *testing.B) ([]*claim.Claim, int) {
	var cs []*claim.Claim
	n := 0
	for _, g := range corpusGroups(b) {
		for _, c := range g {
			cs = append(cs, c)
			n += len(c.Text)
		}
	}
	return cs, n
}

// BenchmarkProse reads the claims of the bundled corpus's groups as
// prose or not (a claim cache asks once a claim); bytes are their text.
func BenchmarkProse(b *testing.B) {
	cs, n := groupedClaims(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cs {
			prose(c.Text)
		}
	}
}

// BenchmarkPlainContent decides, for every token of the bundled corpus's
// grouped claims, whether it is a plain content word (plainContentOf, the
// count contentShare and sharesStory divide by); bytes are the claims'
// text.
func BenchmarkPlainContent(b *testing.B) {
	cs, n := groupedClaims(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cs {
			for i := range c.Tokens {
				plainContentOf(c, i)
			}
		}
	}
}
