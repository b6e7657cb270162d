package dates

import (
	"testing"
	"time"
)

// TestCivilMatchesTime checks the day arithmetic against package time for
// days, months and days out of range (normalised as time.Date does), and
// years from before the Hijra to far ahead.
func TestCivilMatchesTime(t *testing.T) {
	for y := -3; y <= 2600; y += 1 {
		if y > 40 && y < 580 || y > 700 && y < 1850 {
			continue // the same leap rules; spare the time
		}
		for m := -13; m <= 26; m++ {
			for d := -40; d <= 70; d += 3 {
				c := civil{y, m, d}
				tm := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
				if got, want := c.weekday(), int(tm.Weekday()); got != want {
					t.Fatalf("%v.weekday() = %d, want %d", c, got, want)
				}
				for _, n := range []int{-400, -31, -1, 0, 1, 6, 59, 366, 1000} {
					got := c.addDays(n)
					want := fromTime(tm.AddDate(0, 0, n))
					if got != want {
						t.Fatalf("%v.addDays(%d) = %v, want %v", c, n, got, want)
					}
				}
				u := tm.Unix() - 12*3600
				want := int(u / 86400)
				if u < 0 {
					want = int((u - 86399) / 86400)
				}
				if got := c.days(); got != want {
					t.Fatalf("%v.days() = %d, want %d", c, got, want)
				}
			}
			if m >= 1 && m <= 12 && y != 0 {
				want := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
				if got := daysIn(y, m); got != want {
					t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
				}
			}
		}
	}
	if got := daysIn(0, 2); got != 29 {
		t.Errorf("daysIn(0, 2) = %d, want 29 (unknown year)", got)
	}
}

// TestHijriYearStarts checks the table of Umm al-Qura year starts against
// the months summed from 1 Muharram 1420, and a known day: 1 Muharram 1447
// was 26 June 2025.
func TestHijriYearStarts(t *testing.T) {
	n := uqStart.days()
	for y := uqFirstYear; y <= uqLastYear; y++ {
		if got := hijriDay(y, 1, 1); got != n {
			t.Fatalf("hijriDay(%d, 1, 1) = %d, want %d", y, got, n)
		}
		for m := 1; m <= 12; m++ {
			n += hijriMonthLen(y, m)
		}
	}
	if got, want := civilFromDays(hijriDay(1447, 1, 1)), (civil{2025, 6, 26}); got != want {
		t.Errorf("1 Muharram 1447 = %v, want %v", got, want)
	}
}
