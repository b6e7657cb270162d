package review

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func TestOpenCreatesLayout(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b", ".claimdiff")
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	defer s.Close()
	for name, want := range map[string]string{
		FileName: "", ".gitattributes": "reviews.jsonl merge=union\n", ".gitignore": "reviews.lock\n",
	} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", name, b, err, want)
		}
	}
	if b, err := os.ReadFile(filepath.Join(dir, "README")); err != nil || !strings.Contains(string(b), "claimdiff") {
		t.Errorf("README = %q, %v; want a line saying what the folder is", b, err)
	}
	// Opening again keeps what is there.
	os.WriteFile(filepath.Join(dir, ".gitattributes"), []byte("custom\n"), 0o644)
	s2, err := Open(dir)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	s2.Close()
	if b, _ := os.ReadFile(filepath.Join(dir, ".gitattributes")); string(b) != "custom\n" {
		t.Errorf(".gitattributes after reopen = %q, want the user's version kept", b)
	}
}

func TestOpenUnwritable(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "corpus.txt")
	if err := os.WriteFile(file, []byte(arrivalA), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, dir, want string
	}{
		{"a file where the directory should be", file, "a file is in the way"},
		{"a directory under a file", filepath.Join(file, ".claimdiff"), "a file is in the way"},
	}
	if os.Geteuid() != 0 { // root writes anywhere
		ro := filepath.Join(tmp, "readonly")
		os.Mkdir(ro, 0o555)
		cases = append(cases, struct{ name, dir, want string }{"read-only parent", filepath.Join(ro, ".claimdiff"), "permission"})
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(tt.dir)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) = nil error, want a LocationError", tt.dir)
			}
			var le *LocationError
			if !errors.As(err, &le) || !errors.Is(err, ErrNotWritable) {
				t.Fatalf("Open(%s) = %T %v, want *LocationError matching ErrNotWritable", tt.dir, err, err)
			}
			msg := err.Error()
			for _, want := range []string{tt.dir, tt.want, "--store DIR"} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q: want it to contain %q", msg, want)
				}
			}
		})
	}
}

func TestAppendLoad(t *testing.T) {
	s := openTemp(t)
	c1 := claimID(docID("a"), arrivalA, "", 1)
	got := mustAppend(t, s, Entry{Op: OpVerdict, Target: c1, Text: arrivalA, Verdict: Misleading, Note: "الزيارة في 31 تموز", Reviewer: "amal"})
	if !strings.HasPrefix(got.ID, "r-") || len(got.ID) != 18 {
		t.Errorf("Append filled ID %q, want r- and 16 hex digits", got.ID)
	}
	if got.Doc != docID("a") || got.At.IsZero() || got.At.Location().String() != "UTC" || got.At.Nanosecond() != 0 {
		t.Errorf("Append filled doc %q at %v, want %s and a UTC time to the second", got.Doc, got.At, docID("a"))
	}
	if _, err := s.Append(Entry{Op: OpVerdict, Target: c1, Verdict: "true", Reviewer: "amal"}); !errors.Is(err, ErrInvalidEntry) {
		t.Errorf("Append(bad verdict) = %v, want ErrInvalidEntry", err)
	}
	snap := mustLoad(t, s)
	if len(snap.Entries) != 1 || snap.Entries[0].ID != got.ID || snap.Entries[0].Text != arrivalA || len(snap.Problems) != 0 {
		t.Errorf("Load = %+v, want the one entry", snap)
	}
}

// TestLatestWins covers last-writer-wins: by time, and by position in the
// file for equal times, as after a union merge.
func TestLatestWins(t *testing.T) {
	s := openTemp(t)
	c1 := claimID(docID("a"), arrivalA, "", 1)
	c2 := claimID(docID("b"), arrivalB, "", 1)
	mustAppend(t, s, Entry{Op: OpVerdict, Target: c1, Text: arrivalA, Verdict: NeedsChecking, Reviewer: "amal", At: at(1)})
	mustAppend(t, s, Entry{Op: OpVerdict, Target: c1, Text: arrivalA, Verdict: False, Reviewer: "karim", At: at(3)})
	// Merged in from another branch: written later but made earlier.
	mustAppend(t, s, Entry{Op: OpVerdict, Target: c1, Text: arrivalA, Verdict: Confirmed, Reviewer: "nour", At: at(2)})
	mustAppend(t, s, Entry{Op: OpVerdict, Target: c2, Text: arrivalB, Verdict: Disputed, Reviewer: "amal", At: at(4)})
	last := mustAppend(t, s, Entry{Op: OpVerdict, Target: c2, Text: arrivalB, Verdict: Unverifiable, Reviewer: "amal", At: at(4)})
	mustAppend(t, s, Entry{Op: OpNote, Target: c2, Note: "سانا مصدر رسمي", Reviewer: "amal", At: at(5)})
	latest := mustLoad(t, s).Latest()
	tests := []struct {
		name, target string
		want         Verdict
	}{
		{"later time wins over later line", c1, False},
		{"equal times: later line wins", c2, Unverifiable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := latest[tt.target].Verdict; got != tt.want {
				t.Errorf("Latest()[%s] = %q, want %q", tt.target, got, tt.want)
			}
		})
	}
	// Revoking the latest brings the one before back.
	mustAppend(t, s, Entry{Op: OpRevoke, Revokes: last.ID, Reviewer: "amal", At: at(6)})
	if got := mustLoad(t, s).Latest()[c2].Verdict; got != Disputed {
		t.Errorf("after revoke: verdict %q, want %q", got, Disputed)
	}
}

func TestReadBadLines(t *testing.T) {
	good := func(n int) string {
		b, _ := Entry{ID: fmt.Sprintf("r-%016x", n), Op: OpNote, Target: claimID(docID("a"), inviteA, "", 1), Note: "ملاحظة", Reviewer: "amal", At: at(n)}.line()
		return string(b)
	}
	dup := good(1)
	tests := []struct {
		name      string
		log       string
		entries   int
		lines     []int // problem line numbers
		torn      []bool
		wantInErr string
	}{
		{"empty", "", 0, nil, nil, ""},
		{"torn last line", good(1) + good(2) + good(3)[:40], 2, []int{3}, []bool{true}, "cut off mid-write"},
		{"torn line then a fresh one", good(1) + good(2)[:30] + "\n" + good(3), 2, []int{2}, []bool{false}, "unreadable line"},
		{"garbage in the middle", good(1) + "{{{\n" + good(2), 2, []int{2}, []bool{false}, "invalid character"},
		{"valid JSON, invalid entry", good(1) + `{"op":"verdict","target":"x","reviewer":"a","at":"2025-01-01T00:00:00Z","id":"r-x"}` + "\n", 1, []int{2}, []bool{false}, "unknown verdict"},
		{"bad time", `{"op":"note","target":"d-00000000/c-000000","note":"n","reviewer":"a","at":"yesterday","id":"r-x"}` + "\n" + good(2), 1, []int{1}, []bool{false}, "field at"},
		{"exact duplicate read once", dup + good(2) + dup, 2, nil, nil, ""},
		{"same id, other contents", dup + strings.Replace(dup, "ملاحظة", "تعديل", 1), 1, []int{2}, []bool{false}, "used twice"},
		{"CRLF line ends and blank lines", strings.ReplaceAll(good(1)+"\n"+good(2), "\n", "\r\n"), 2, nil, nil, ""},
		{"complete JSON without newline", good(1) + strings.TrimSuffix(good(2), "\n"), 2, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			snap, err := Read(strings.NewReader(tt.log), "reviews.jsonl")
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if len(snap.Entries) != tt.entries {
				t.Errorf("got %d entries, want %d", len(snap.Entries), tt.entries)
			}
			if len(snap.Problems) != len(tt.lines) {
				t.Fatalf("got problems %v, want lines %v", snap.Problems, tt.lines)
			}
			for i, p := range snap.Problems {
				if p.Line != tt.lines[i] || p.Torn != tt.torn[i] {
					t.Errorf("problem %d: got line %d torn %v, want line %d torn %v", i, p.Line, p.Torn, tt.lines[i], tt.torn[i])
				}
				want := fmt.Sprintf("reviews.jsonl:%d:", tt.lines[i])
				if msg := p.Error(); !strings.HasPrefix(msg, want) || !strings.Contains(msg, tt.wantInErr) {
					t.Errorf("problem %d: got %q, want it to start with %q and contain %q", i, msg, want, tt.wantInErr)
				}
			}
		})
	}
}

// TestAppendAfterTornLine: a crash left half a line; the next Append starts a
// fresh line, so both the old entries and the new one read back.
func TestAppendAfterTornLine(t *testing.T) {
	s := openTemp(t)
	c1 := claimID(docID("a"), arrivalA, "", 1)
	first := mustAppend(t, s, Entry{Op: OpVerdict, Target: c1, Text: arrivalA, Verdict: False, Reviewer: "amal"})
	f, err := os.OpenFile(s.Path(), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"op":"verdict","target":"` + c1 + `","text":"وصل وزير`)
	f.Close()
	if snap := mustLoad(t, s); len(snap.Problems) != 1 || !snap.Problems[0].Torn || snap.Problems[0].Line != 2 {
		t.Fatalf("before append: problems %v, want one torn line 2", snap.Problems)
	}
	second := mustAppend(t, s, Entry{Op: OpNote, Target: c1, Note: "صحح التاريخ", Reviewer: "amal"})
	snap := mustLoad(t, s)
	if len(snap.Entries) != 2 || snap.Entries[0].ID != first.ID || snap.Entries[1].ID != second.ID {
		t.Fatalf("after append: entries %+v, want the first and the new one", snap.Entries)
	}
	if len(snap.Problems) != 1 || snap.Problems[0].Torn || snap.Problems[0].Line != 2 || snap.Lines[1] != 3 {
		t.Errorf("after append: problems %v (entry lines %v), want line 2 reported, new entry on line 3", snap.Problems, snap.Lines)
	}
}

// TestConcurrentHandles: goroutines with separate Store handles on one
// directory take turns through the lock file and lose nothing.
func TestConcurrentHandles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".claimdiff")
	const writers, each = 4, 25
	var wg sync.WaitGroup
	ids := make([][]string, writers)
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s, err := Open(dir)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			for i := 0; i < each; i++ {
				e, err := s.Append(Entry{Op: OpNote, Target: claimID(docID("a"), meetingA, "", 1), Note: strings.Repeat(meetingA, i%7+1), Reviewer: fmt.Sprintf("w%d", w)})
				if err != nil {
					errs <- err
					return
				}
				ids[w] = append(ids[w], e.ID)
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	snap, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, e := range snap.Entries {
		have[e.ID] = true
	}
	for w := range ids {
		for _, id := range ids[w] {
			if !have[id] {
				t.Errorf("entry %s of writer %d lost", id, w)
			}
		}
	}
	if len(snap.Entries) != writers*each || len(snap.Problems) != 0 {
		t.Errorf("got %d entries and problems %v, want %d and none", len(snap.Entries), snap.Problems, writers*each)
	}
}

func TestLoadDirMissing(t *testing.T) {
	snap, err := LoadDir(filepath.Join(t.TempDir(), "nothing-here"))
	if err != nil || len(snap.Entries) != 0 {
		t.Errorf("LoadDir(missing) = %+v, %v; want an empty snapshot", snap, err)
	}
}

// TestFormatGolden pins the line format: what a reviewer's session writes.
func TestFormatGolden(t *testing.T) {
	s := openTemp(t)
	a, b := docID("a"), docID("b")
	cA, cB := claimT(a, arrivalA, ""), claimT(b, arrivalB, "")
	iA, iB := claimT(a, inviteA, ""), claimT(b, inviteB, "")
	al := alignT(cA, cB, iA, iB)
	entries := []Entry{
		{Op: OpVerdict, Target: cA.ID, Text: cA.Text, Verdict: Misleading, Note: "وصل الأربعاء 30 تموز لا الخميس"},
		{Op: OpNote, Target: iB.ID, Text: iB.Text, Note: "أكتوبر = تشرين الأول: لا فرق"},
		{Op: OpSplit, Target: al.ID, Groups: [][]Ref{refsOf(cA, cB), refsOf(iA, iB)}},
		{Op: OpVerdict, Target: "al-3f9c0d21aa", Members: refsOf(cA, cB), Verdict: Confirmed},
		{Op: OpNotSame, Groups: [][]Ref{refsOf(cA), refsOf(iB)}},
		{Op: OpMove, Target: iA.ID, Text: iA.Text, Event: "ev-77aa01bc3d", EventMembers: refsOf(iB)},
		{Op: OpMerge, Target: "al-0000000001", With: "al-0000000002", Groups: [][]Ref{refsOf(cA), refsOf(cB)}},
		{Op: OpRevoke, Revokes: "r-0000000000000007"},
	}
	for i, e := range entries {
		e.ID = fmt.Sprintf("r-%016x", i+1)
		e.Reviewer, e.At = "amal", at(i)
		mustAppend(t, s, e)
	}
	got, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "format.golden.jsonl")
	if *update {
		os.WriteFile(golden, got, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("store format changed:\ngot:\n%s\nwant:\n%s", got, want)
	}
	snap, _ := Read(strings.NewReader(string(want)), golden)
	if len(snap.Entries) != len(entries) || len(snap.Problems) != 0 {
		t.Errorf("golden reads back as %d entries, problems %v; want %d, none", len(snap.Entries), snap.Problems, len(entries))
	}
}
