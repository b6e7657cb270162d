package review

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
	"time"
)

// Sentences in the style of Arabic news reports of one visit, as two outlets
// word them, and of an unrelated story.
const (
	arrivalA = "وصل وزير الخارجية السوري أسعد الشيباني إلى موسكو الخميس، في أول زيارة رسمية لمسؤول سوري منذ سقوط النظام."
	meetingA = "والتقى الشيباني نظيره الروسي سيرغي لافروف، وبحثا العلاقات الثنائية والتعاون الاقتصادي."
	inviteA  = "وقال لافروف إن موسكو تتطلع إلى زيارة الرئيس السوري أحمد الشرع منتصف تشرين الأول."
	arrivalB = "أعلنت وكالة سانا أن الشيباني وصل إلى العاصمة الروسية في زيارة رسمية هي الأولى من نوعها."
	inviteB  = "وأكد لافروف أن روسيا تنتظر زيارة الشرع في منتصف أكتوبر المقبل."
	oilC     = "ارتفعت أسعار النفط بنسبة 3 في المئة بعد قرار تحالف أوبك بلس خفض الإنتاج."
	repeatA  = "وأضاف المصدر: «الزيارة ناجحة»."
)

// docID mimics the pipeline's document IDs: "d-" and 8 hex digits.
func docID(name string) string {
	sum := sha256.Sum256([]byte("doc:" + name))
	return "d-" + hex.EncodeToString(sum[:])[:8]
}

// claimID mimics the pipeline's claim IDs; salt stands for a different
// splitter or normaliser, which changes every ID.
func claimID(doc, text, salt string, occ int) string {
	sum := sha256.Sum256([]byte(salt + NormalizeText(text)))
	id := doc + "/c-" + hex.EncodeToString(sum[:])[:6]
	if occ > 1 {
		id += fmt.Sprintf("-%d", occ)
	}
	return id
}

// claimT is a claim of the current analysis.
func claimT(doc, text, salt string) Target {
	return Target{ID: claimID(doc, text, salt, 1), Doc: doc, Text: text}
}

// alignT is an alignment of the current analysis with the given members.
func alignT(members ...Target) Target {
	var ids []string
	for _, m := range members {
		ids = append(ids, m.ID)
	}
	sum := sha256.Sum256([]byte(memberKey(ids)))
	return Target{ID: "al-" + hex.EncodeToString(sum[:5]), Members: ids}
}

func refsOf(ts ...Target) []Ref {
	var out []Ref
	for _, t := range ts {
		out = append(out, Ref{ID: t.ID, Text: t.Text})
	}
	return out
}

// at returns a fixed time, minutes after a base, for deterministic entries.
func at(min int) time.Time {
	return time.Date(2025, 12, 24, 10, min, 0, 0, time.UTC)
}

// openTemp opens a store in a fresh temporary directory.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.TempDir() + "/.claimdiff")
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustAppend(t testing.TB, s *Store, e Entry) Entry {
	t.Helper()
	got, err := s.Append(e)
	if err != nil {
		t.Fatalf("Append(%+v): %v", e, err)
	}
	return got
}

func mustLoad(t testing.TB, s *Store) *Snapshot {
	t.Helper()
	snap, err := s.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return snap
}
