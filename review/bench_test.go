package review

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAppend measures one durable append: encode, lock, write, fsync.
// fsync dominates.
func BenchmarkAppend(b *testing.B) {
	s := openTemp(b)
	e := Entry{Op: OpVerdict, Target: claimID(docID("a"), arrivalA, "", 1), Text: arrivalA, Verdict: Misleading, Note: "وصل الأربعاء 30 تموز لا الخميس", Reviewer: "amal"}
	line, _ := Entry{ID: "r-0000000000000000", Op: e.Op, Target: e.Target, Doc: docID("a"), Text: e.Text, Verdict: e.Verdict, Note: e.Note, Reviewer: e.Reviewer, At: at(0)}.line()
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Append(e); err != nil {
			b.Fatal(err)
		}
	}
}

// benchLog writes a log of n verdicts and notes on n/2 claims.
func benchLog(b *testing.B, n int) []byte {
	var buf bytes.Buffer
	for i := 0; i < n; i++ {
		target := claimID(docID(fmt.Sprint(i%50)), fmt.Sprintf("%s %d", arrivalA, i/2), "", 1)
		e := Entry{ID: fmt.Sprintf("r-%016x", i), Op: OpVerdict, Target: target, Doc: DocOf(target), Text: fmt.Sprintf("%s %d", arrivalA, i/2), Verdict: Verdicts()[i%6], Reviewer: "amal", At: at(i % 60)}
		if i%2 == 1 {
			e.Op, e.Verdict, e.Note = OpNote, "", "ملاحظة المدقق على التاريخ والمكان"
		}
		l, err := e.line()
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(l)
	}
	return buf.Bytes()
}

// BenchmarkLoad10k reads a store of 10,000 entries from disk.
func BenchmarkLoad10k(b *testing.B) {
	s := openTemp(b)
	data := benchLog(b, 10000)
	if err := os.WriteFile(s.Path(), data, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		snap, err := s.Load()
		if err != nil || len(snap.Entries) != 10000 {
			b.Fatalf("Load: %d entries, %v", len(snap.Entries), err)
		}
	}
}

// BenchmarkResolve10k attaches 10,000 entries to an analysis whose claim IDs
// all changed (every entry re-attaches by text).
func BenchmarkResolve10k(b *testing.B) {
	data := benchLog(b, 10000)
	snap, _ := Read(bytes.NewReader(data), filepath.Join("bench", FileName))
	var claims []Target
	for i := 0; i < 5000; i++ {
		text := fmt.Sprintf("%s %d", arrivalA, i)
		claims = append(claims, claimT(docID(fmt.Sprint((2*i)%50)), text, "v2"))
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st := snap.Resolve(claims, nil)
		if len(st.Report.Orphaned) != 0 {
			b.Fatalf("%d orphaned, e.g. %+v", len(st.Report.Orphaned), st.Report.Orphaned[0])
		}
	}
}

// BenchmarkResolveByID attaches 1,000 verdicts and notes whose claims all
// kept their IDs to an analysis of 50,000 claims, the usual case on a large
// corpus: no claim text needs normalising.
func BenchmarkResolveByID(b *testing.B) {
	var claims []Target
	for i := 0; i < 50000; i++ {
		claims = append(claims, claimT(docID(fmt.Sprint(i%500)), fmt.Sprintf("%s %d", arrivalA, i), ""))
	}
	var entries []Entry
	for i := 0; i < 1000; i++ {
		c := claims[i*50]
		entries = append(entries, Entry{ID: fmt.Sprintf("r-%016x", i), Op: OpVerdict, Target: c.ID, Doc: c.Doc, Text: c.Text,
			Verdict: Verdicts()[i%6], Reviewer: "amal", At: at(i % 60)})
	}
	snap := &Snapshot{Entries: entries}
	n := 0
	for _, c := range claims {
		n += len(c.Text)
	}
	b.SetBytes(int64(n)) // the claim text an index by text would read
	b.ReportAllocs()
	for b.Loop() {
		st := snap.Resolve(claims, nil)
		if len(st.Verdicts) != 1000 {
			b.Fatalf("%d verdicts attached", len(st.Verdicts))
		}
	}
}
