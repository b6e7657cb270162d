package review

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The crash tests run this test binary again as a writer process
// (REVIEW_CRASH_WRITER=dir): it appends entries in a loop and prints each
// entry's ID on stdout only after Append has returned, then the test kills
// it with SIGKILL at a random moment.
func TestMain(m *testing.M) {
	if dir := os.Getenv("REVIEW_CRASH_WRITER"); dir != "" {
		os.Exit(crashWriter(dir, os.Getenv("REVIEW_CRASH_PREFIX"), os.Getenv("REVIEW_CRASH_COUNT")))
	}
	os.Exit(m.Run())
}

// crashNote is the note of the entry with the given ID: its length varies
// from one sentence to about 12 KB, so some writes span several pages.
func crashNote(id string) string {
	n := 0
	for _, c := range id {
		n = n*31 + int(c)
	}
	if n < 0 {
		n = -n
	}
	return id + " " + strings.Repeat(inviteA+" ", 1+n%80)
}

func crashWriter(dir, prefix, count string) int {
	s, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	limit, _ := strconv.Atoi(count)
	target := claimID(docID("a"), inviteA, "", 1)
	for i := 0; limit == 0 || i < limit; i++ {
		id := fmt.Sprintf("r-%s-%d", prefix, i)
		if _, err := s.Append(Entry{ID: id, Op: OpNote, Target: target, Text: inviteA, Note: crashNote(id), Reviewer: "crash"}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintln(os.Stdout, id) // acknowledged: durable from here on
	}
	return 0
}

func startWriter(t *testing.T, dir, prefix string, count int) (*exec.Cmd, io.Reader) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "REVIEW_CRASH_WRITER="+dir, "REVIEW_CRASH_PREFIX="+prefix, fmt.Sprintf("REVIEW_CRASH_COUNT=%d", count))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, out
}

// acked reads complete lines (the IDs a writer acknowledged) until EOF; a
// line cut off by the kill does not count.
func acked(r io.Reader) []string {
	var ids []string
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return ids
		}
		ids = append(ids, strings.TrimSuffix(line, "\n"))
	}
}

// checkAcked loads the store and fails unless every acknowledged entry is
// there; those in fresh (all of them when fresh is nil) must also be intact.
func checkAcked(t *testing.T, dir string, want map[string]bool, fresh []string, round int) *Snapshot {
	t.Helper()
	snap, err := LoadDir(dir)
	if err != nil {
		t.Fatalf("round %d: store unreadable: %v", round, err)
	}
	have := map[string]Entry{}
	for _, e := range snap.Entries {
		have[e.ID] = e
	}
	for id := range want {
		if _, ok := have[id]; !ok {
			t.Fatalf("round %d: acknowledged entry %s lost (%d entries, problems %v)", round, id, len(snap.Entries), snap.Problems)
		}
	}
	if fresh == nil {
		for id := range want {
			fresh = append(fresh, id)
		}
	}
	for _, id := range fresh {
		if e := have[id]; e.Note != crashNote(id) || e.Text != inviteA {
			t.Fatalf("round %d: acknowledged entry %s damaged", round, id)
		}
	}
	return snap
}

// TestCrashKill9 kills a writer with SIGKILL at random moments, 200 times,
// sometimes also leaving a torn half line as a power cut would, and checks
// after each kill that every acknowledged entry is intact and the store
// reads.
func TestCrashKill9(t *testing.T) {
	rounds := 200
	if testing.Short() {
		rounds = 30
	}
	base := t.TempDir()
	var dir string
	rng := rand.New(rand.NewSource(1))
	var want map[string]bool
	injected, killedMidRun, totalAcked, totalProblems, ran := 0, 0, 0, 0, 0
	deadline := time.Now().Add(15 * time.Second)
	for round := 0; round < rounds; round++ {
		if time.Now().After(deadline) {
			t.Logf("stopping after %d rounds to stay within the time budget", round)
			break
		}
		if round%25 == 0 {
			// A fresh store every 25 rounds keeps each check's read small.
			if dir != "" {
				totalProblems += finalCheck(t, dir, want, injected)
			}
			dir = filepath.Join(base, fmt.Sprint(round), ".claimdiff")
			want, injected = map[string]bool{}, 0
		}
		ran++
		cmd, out := startWriter(t, dir, fmt.Sprintf("k%d", round), 0)
		done := make(chan []string, 1)
		go func() { done <- acked(out) }()
		time.Sleep(time.Duration(2+rng.Intn(25)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		ids := <-done
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killedMidRun++
		} else if err != nil {
			t.Fatalf("round %d: writer failed: %v", round, err)
		}
		for _, id := range ids {
			want[id] = true
		}
		totalAcked += len(ids)
		checkAcked(t, dir, want, append([]string{}, ids...), round)
		if round%10 == 5 {
			// A power cut mid-write: half of a line that was never acknowledged.
			b, _ := Entry{ID: fmt.Sprintf("r-torn-%d", round), Op: OpNote, Target: claimID(docID("a"), inviteA, "", 1), Note: inviteB, Reviewer: "crash", At: at(0)}.line()
			f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_WRONLY|os.O_APPEND, 0)
			if err == nil {
				f.Write(b[:1+rng.Intn(len(b)-2)])
				f.Close()
				injected++
			}
		}
	}
	totalProblems += finalCheck(t, dir, want, injected)
	if killedMidRun < ran/2 {
		t.Errorf("only %d of %d writers were killed mid-run; the test is not exercising crashes", killedMidRun, ran)
	}
	t.Logf("%d kills, %d acknowledged entries all intact, %d bad lines reported (torn lines injected and writes cut by the kill)",
		killedMidRun, totalAcked, totalProblems)
}

// finalCheck checks a crashed store in full, then that it still takes an
// entry which reads back last. It returns how many bad lines were reported.
func finalCheck(t *testing.T, dir string, want map[string]bool, injected int) int {
	t.Helper()
	snap := checkAcked(t, dir, want, nil, -1)
	for _, p := range snap.Problems {
		if p.Line < 1 {
			t.Errorf("problem without a line number: %v", p)
		}
	}
	// Two torn halves with no write between them (a writer killed before
	// it wrote, as happens on a loaded machine) join into one bad line, so
	// only "some bad line" can be asked of any number of injections.
	if injected > 0 && len(snap.Problems) == 0 {
		t.Errorf("%d torn lines injected, no bad line reported", injected)
	}
	for _, e := range snap.Entries {
		if strings.HasPrefix(e.ID, "r-torn-") {
			t.Errorf("a torn, never acknowledged line was read as entry %s", e.ID)
		}
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	last := mustAppend(t, s, Entry{Op: OpNote, Target: claimID(docID("a"), inviteA, "", 1), Note: "بعد الانهيار", Reviewer: "amal"})
	final := mustLoad(t, s)
	if e := final.Entries[len(final.Entries)-1]; e.ID != last.ID {
		t.Errorf("last entry after crashes = %s, want %s", e.ID, last.ID)
	}
	return len(snap.Problems)
}

// TestConcurrentProcesses: two writer processes appending at once through
// the lock file lose nothing and leave no bad line.
func TestConcurrentProcesses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".claimdiff")
	const each = 60
	var cmds []*exec.Cmd
	var outs []chan []string
	for _, p := range []string{"p1", "p2"} {
		cmd, out := startWriter(t, dir, p, each)
		ch := make(chan []string, 1)
		go func() { ch <- acked(out) }()
		cmds, outs = append(cmds, cmd), append(outs, ch)
	}
	want := map[string]bool{}
	for i, cmd := range cmds {
		ids := <-outs[i]
		if err := cmd.Wait(); err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
		if len(ids) != each {
			t.Errorf("writer %d acknowledged %d entries, want %d", i, len(ids), each)
		}
		for _, id := range ids {
			want[id] = true
		}
	}
	snap := checkAcked(t, dir, want, nil, 0)
	if len(snap.Entries) != 2*each || len(snap.Problems) != 0 {
		t.Errorf("got %d entries and problems %v, want %d and none", len(snap.Entries), snap.Problems, 2*each)
	}
}
