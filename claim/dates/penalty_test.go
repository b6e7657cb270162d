package dates

import (
	"os"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/internal/artest"
)

// penaltyByMention is penalty as it was before constraintSet.split: every
// mention read for every day, in order, stopping at hardPen. It shares
// mentionPenalty with penalty; what it checks is the split itself (which
// mentions are counted once, once after their start, or read per day).
func (cs *constraintSet) penaltyByMention(p civil) int {
	ref := Ref{p.y, p.m, p.d}
	pen := cs.dayPenalty(p)
	if pen >= hardPen {
		return pen
	}
	for i := range cs.ms {
		if pen >= hardPen {
			return pen
		}
		pen += cs.mentionPenalty(i, p, ref)
	}
	return pen
}

// checkPenalties checks penalty against penaltyByMention for every day of
// three years around retrieved (zero: around now) on the mentions of
// text: the same value below hardPen, and at least hardPen where the
// reference has it.
func checkPenalties(t *testing.T, text string, retrieved, now time.Time) {
	t.Helper()
	ms := Find(text)
	cs := &constraintSet{}
	for k := range ms {
		cs.ms = append(cs.ms, &ms[k])
	}
	at := now
	if !retrieved.IsZero() {
		cs.retrieved, cs.hasR = fromTime(retrieved), true
		cs.weekEarly = cs.retrieved.addDays(-6)
		at = retrieved
	}
	cs.now, cs.hasNow = fromTime(now), true
	cs.fixed = make([]fixedIval, len(cs.ms))
	for i, m := range cs.ms {
		if !isRelative(m.x) {
			cs.fixed[i] = fixedIval{resolveSem(m.x, Ref{}, m.Role), true}
		}
	}
	cs.split()
	for c := (civil{at.Year() - 2, 1, 1}); c.y <= at.Year(); c = c.next() {
		got, want := cs.penalty(c), cs.penaltyByMention(c)
		if min(got, hardPen) != min(want, hardPen) {
			t.Fatalf("%q: penalty of %v = %d, by mention %d", text, c, got, want)
		}
	}
}

// TestPenaltySplit checks penalty against penaltyByMention on news Arabic
// with absolute, relative, anchored, weekday and planned dates, with and
// without a retrieval date.
func TestPenaltySplit(t *testing.T) {
	texts := []string{
		"أعلنت وزارة الصحة أمس الأربعاء 24 كانون الأول 2025 تسجيل 12 إصابة جديدة، بعد أن سجلت في 3 تشرين الثاني الماضي أول إصابة منذ عام 2019.",
		"وقال الوزير يوم الاثنين إن المشروع الذي بدأ في مارس 2014 سينتهي في يونيو المقبل، فيما يعقد المجلس اجتماعه الأسبوع المقبل.",
		"اليوم، الخميس 30 يوليو، افتتح الأمير المعرض الذي يستمر حتى نهاية أغسطس، وكان قد زار الموقع في 12 يونيو الماضي.",
		"شهدت السبعينيات من القرن الماضي طفرة، وفي عام 1975 وقبل ثلاثة أيام من الاجتماع المقرر في 15 رمضان 1436هـ أعلن القرار.",
		"يصل وزير الخارجية غداً إلى الرياض، على أن يلتقي نظيره بعد يومين، ويغادر يوم الخميس القادم.",
	}
	// News rarely tells of a day after the article on a day (غداً is
	// planned): relative mentions of every kind and role, made up, check
	// the days they add to every day's penalty (constraintSet.everyDay).
	var made []Mention
	for _, x := range []sem{
		{kind: kRelDay, n: 1}, {kind: kRelDay, n: -1}, {kind: kRelDay},
		{kind: kAgo, u: uDay, n: 2}, {kind: kAgo, u: uHour, n: 30}, {kind: kAgo, u: uMinute, n: 5},
		{kind: kAgo, u: uWeek, n: -1}, {kind: kAgo, u: uMonth, n: 1}, {kind: kAgo, u: uYear, n: -1},
		{kind: kAgo, u: uDecade, n: 1}, {kind: kAgo, u: uDay, n: 1, inexact: true},
		{kind: kWeekday, a: dparts{wd: 3}, dir: 1}, {kind: kWeekday, a: dparts{wd: 3}, dir: -1}, {kind: kWeekday, a: dparts{wd: 0}},
		{kind: kRelUnit, u: uWeek, n: 1}, {kind: kRelUnit, u: uWeek}, {kind: kRelUnit, u: uMonth, n: 1}, {kind: kRelUnit, u: uYear, n: -1},
		{kind: kDecade, decade: 7, centRel: true, cent: -1}, {kind: kCentury, centRel: true},
	} {
		for _, role := range []Role{RoleOn, RoleSince, RoleBackground, RolePlanned, RoleUntil} {
			made = append(made, Mention{Role: role, Relative: true, x: x})
		}
	}
	every := 0
	for k := range made {
		// One at a time, so that no day's penalty reaches hardPen.
		cs := &constraintSet{ms: []*Mention{&made[k]}, retrieved: civil{2015, 7, 30}, hasR: true, weekEarly: civil{2015, 7, 24}, fixed: make([]fixedIval, 1)}
		cs.split()
		every += cs.everyDay
		for c := (civil{2014, 1, 1}); c.y <= 2015; c = c.next() {
			if got, want := cs.penalty(c), cs.penaltyByMention(c); min(got, hardPen) != min(want, hardPen) {
				t.Fatalf("%+v: penalty of %v = %d, by mention %d", made[k], c, got, want)
			}
		}
	}
	if every == 0 {
		t.Error("no made-up mention starts after every day")
	}
	now := time.Date(2015, 8, 2, 0, 0, 0, 0, time.UTC)
	for _, text := range texts {
		checkPenalties(t, text, time.Time{}, now)
		checkPenalties(t, text, now.AddDate(0, 0, -1), now)
	}
	for _, c := range arabicCases {
		checkPenalties(t, c.text, time.Date(2025, 12, 26, 0, 0, 0, 0, time.UTC), time.Date(2025, 12, 27, 0, 0, 0, 0, time.UTC))
	}
}

// TestPenaltySplitSNN is TestPenaltySplit on the SaudiNewsNet articles of
// CLAIMDIFF_BENCH_SNN (skipped when unset), with their crawl days.
func TestPenaltySplitSNN(t *testing.T) {
	if os.Getenv("CLAIMDIFF_BENCH_SNN") == "" {
		t.Skip("CLAIMDIFF_BENCH_SNN not set")
	}
	recs, _ := artest.SNN(t)
	for i, r := range recs {
		if i%5 != 0 || len(r.Extracted) < 10 {
			continue // a fifth of them: every day of three years each
		}
		day, err := time.Parse("2006-01-02", r.Extracted[:10])
		if err != nil {
			continue
		}
		checkPenalties(t, r.Content, day, day.AddDate(0, 0, 1))
	}
}
