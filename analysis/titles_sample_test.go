package analysis

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// claimsShown is how many of an event's claims the sample prints (their
// first words), to judge whether the title tells what they report.
const claimsShown = 6

// firstWords is the first n words of s, with "…" when there are more.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

// TestTitlesSample prints the titles of a seeded random sample of the
// events more than one source reports, for judging them by hand (issue
// 15). It reads an analysis written by `claimdiff analyze --format json`:
//
//	claimdiff analyze --format json --diff=false /tmp/snn5k.json > /tmp/a.json
//	CLAIMDIFF_TITLES=/tmp/a.json CLAIMDIFF_TITLES_SEED=15 go test ./analysis -run TestTitlesSample -v
//
// CLAIMDIFF_TITLES_N sets the sample's size (20; 0 prints every event);
// CLAIMDIFF_TITLES_SEED may list several seeds ("5001,5002"), one sample
// each; CLAIMDIFF_TITLES_DUMP names a file that gets every story's event ID,
// title and place, a line each, for comparing two builds.
// The titles are computed again by EventTitles, not read from the file.
func TestTitlesSample(t *testing.T) {
	path := os.Getenv("CLAIMDIFF_TITLES")
	if path == "" {
		t.Skip("CLAIMDIFF_TITLES names no analysis JSON")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var a Analysis
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	n := 20
	if s := os.Getenv("CLAIMDIFF_TITLES_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	if id := os.Getenv("CLAIMDIFF_TITLES_TRACE"); id != "" {
		titleTrace = &struct {
			event string
			logf  func(format string, args ...any)
		}{id, t.Logf}
		defer func() { titleTrace = nil }()
	}
	start := time.Now()
	titles := EventTitles(&a)
	took := time.Since(start)
	// The sample is drawn from the events shown as stories (two outlets or
	// more, not only recalled); CLAIMDIFF_TITLES_ALL=1 draws it from every
	// event of two documents or more, as before outlets were counted.
	all := os.Getenv("CLAIMDIFF_TITLES_ALL") != ""
	if dump := os.Getenv("CLAIMDIFF_TITLES_DUMP"); dump != "" {
		var b strings.Builder
		for i, ev := range a.Events {
			if len(ev.Sources) >= 2 && titles[i].Story() {
				fmt.Fprintf(&b, "%s\t%s\t%s\n", ev.ID, titles[i].Title, titles[i].Place)
			}
		}
		if err := os.WriteFile(dump, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var multi []int
	docsMulti, recalled, oneOutlet := 0, 0, 0
	for i, ev := range a.Events {
		if len(ev.Sources) < 2 {
			continue
		}
		docsMulti++
		switch {
		case titles[i].Recalled:
			recalled++
		case titles[i].Outlets < 2:
			oneOutlet++
		}
		if all || titles[i].Story() {
			multi = append(multi, i)
		}
	}
	for _, f := range strings.Split(os.Getenv("CLAIMDIFF_TITLES_SEED"), ",") {
		seed, _ := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
		t.Log("\n" + titlesSample(&a, titles, multi, seed, n, docsMulti, recalled, oneOutlet, took))
	}
}

// titlesSample lists the titles of a seeded sample of n of the events
// multi, with their headlines and first claims (TestTitlesSample).
func titlesSample(a *Analysis, titles []EventTitle, multi []int, seed uint64, n, docsMulti, recalled, oneOutlet int, took time.Duration) string {
	sample := multi
	if n > 0 && n < len(multi) {
		rng := rand.New(rand.NewPCG(seed, 15))
		perm := rng.Perm(len(multi))[:n]
		sample = make([]int, n)
		for k, p := range perm {
			sample[k] = multi[p]
		}
	}
	docs := make(map[string]string)
	for _, d := range a.Documents {
		docs[d.ID] = d.Title
	}
	texts := make(map[string]string)
	for _, c := range a.Claims {
		texts[c.ID] = c.Text
	}
	var out strings.Builder
	fmt.Fprintf(&out, "seed %d: %d of %d multi-source events (%d events; %d of two documents or more, of which %d recalled as background and %d more of one outlet; EventTitles took %v)\n",
		seed, len(sample), len(multi), len(a.Events), docsMulti, recalled, oneOutlet, took.Round(time.Millisecond))
	for k, i := range sample {
		ev, tt := a.Events[i], titles[i]
		fmt.Fprintf(&out, "\n%2d. %s  %s  %d sources (%d outlets), %d claims\n    TITLE: %s", k+1, ev.ID, ev.Date, len(ev.Sources), tt.Outlets, len(ev.Claims), tt.Title)
		if tt.Place != "" {
			fmt.Fprintf(&out, "  [%s]", tt.Place)
		}
		from := "headline of " + tt.Doc
		if tt.Claim != "" {
			from = "claim " + tt.Claim
		}
		fmt.Fprintf(&out, "\n    from %s\n", from)
		if tt.Claim != "" {
			fmt.Fprintf(&out, "    claim: %s\n", texts[tt.Claim])
		}
		for _, s := range ev.Sources {
			fmt.Fprintf(&out, "    headline %s: %s\n", s, docs[s])
		}
		for k, id := range ev.Claims {
			if k == claimsShown {
				fmt.Fprintf(&out, "    … %d more claims\n", len(ev.Claims)-k)
				break
			}
			fmt.Fprintf(&out, "    - %s\n", firstWords(texts[id], 10))
		}
	}
	return out.String()
}
