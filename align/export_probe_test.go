package align

// SetUndatedProbe makes sameUndated call f with the signals it reads of
// every pair it judges, its score, what the pair needs and its verdict
// (for TestProbeSameStory, which writes them out for analysis). The
// returned function removes the probe.
func SetUndatedProbe(f func(row map[string]float64)) (restore func()) {
	undatedTrace = func(s *Scorer, a, b *localGroup, score float64, same bool) {
		cheap, pair := s.undatedSignals(a, b)
		ma, _ := a.judged()
		mb, _ := b.judged()
		n := len(ma) + len(mb)
		f(map[string]float64{
			"cosine": cheap[0], "phrases": cheap[1], "title": cheap[2], "lead": cheap[3],
			"pair": pair(), "retold": retold(a.text, b.text),
			"score": score, "need": undatedNeed(n), "claims": float64(n),
			"apart": b2f(textsApart(a.text, b.text)), "same": b2f(same),
			"figagree": b2f(figuresAgree(a.text, b.text)),
		})
	}
	return func() { undatedTrace = nil }
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
