package review

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/gofrs/flock"
)

// DefaultDir is the store directory used when none is given, relative to the
// working directory (like .git).
const DefaultDir = ".claimdiff"

// FileName is the log's name inside the store directory.
const FileName = "reviews.jsonl"

const (
	lockName       = "reviews.lock"
	gitattributes  = FileName + " merge=union\n"
	gitignore      = lockName + "\n"
	readmeName     = "README"
	readmeContents = "This folder holds claimdiff's review store: fact-checkers' verdicts, notes and\n" +
		"corrections, one JSON object per line in " + FileName + ", appended and never\n" +
		"rewritten. Commit it with the project; .gitattributes merges it line by line.\n"
)

// Store is an open review store. Its methods are safe for concurrent use, and
// several Stores (in one process or many) may share one directory: each
// Append takes the directory's lock file.
type Store struct {
	dir  string
	path string
	mu   sync.Mutex
	lock *flock.Flock
}

// ErrNotWritable is matched (errors.Is) by a *LocationError: the store
// location cannot be created or written.
var ErrNotWritable = errors.New("review store location is not writable")

// LocationError says why a store directory cannot be used and what to do.
type LocationError struct {
	Dir  string // the store directory
	Op   string // what failed: "create directory", "open log", …
	Err  error  // the underlying error
	Hint string // what the user can do
}

// Error prints the what, where and the hint on one line.
func (e *LocationError) Error() string {
	return fmt.Sprintf("review store %s: %s: %v (hint: %s)", e.Dir, e.Op, e.Err, e.Hint)
}

// Unwrap returns the underlying error.
func (e *LocationError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrNotWritable) true.
func (e *LocationError) Is(target error) bool { return target == ErrNotWritable }

func locationError(dir, op string, err error) error {
	hint := "choose a writable directory with --store DIR; the store does not need to sit next to the corpus"
	switch {
	case errors.Is(err, syscall.EROFS):
		hint = "the file system is read-only; " + hint
	case errors.Is(err, fs.ErrPermission):
		hint = "you lack permission to write there; " + hint
	case errors.Is(err, syscall.ENOTDIR), errors.Is(err, fs.ErrExist):
		hint = "a file is in the way where a directory should be; " + hint
	}
	return &LocationError{Dir: dir, Op: op, Err: err, Hint: hint}
}

// Open opens the store in dir (DefaultDir when dir is ""), creating the
// directory, the log and its companion files (.gitattributes, .gitignore,
// README) when missing. It fails at once with a *LocationError (matching
// ErrNotWritable) when the location cannot be written, so callers learn it
// before any review work starts.
func Open(dir string) (*Store, error) {
	if dir == "" {
		dir = DefaultDir
	}
	if err := mkdirDurable(dir); err != nil {
		return nil, locationError(dir, "create directory", err)
	}
	path := filepath.Join(dir, FileName)
	f, created, err := openLog(path)
	if err != nil {
		return nil, locationError(dir, "open "+FileName, err)
	}
	if err := f.Close(); err != nil {
		return nil, locationError(dir, "close "+FileName, err)
	}
	if created {
		if err := syncDir(dir); err != nil {
			return nil, locationError(dir, "sync directory", err)
		}
	}
	for _, c := range []struct{ name, text string }{
		{".gitattributes", gitattributes}, {".gitignore", gitignore}, {readmeName, readmeContents},
	} {
		if err := writeIfMissing(dir, c.name, c.text); err != nil {
			return nil, locationError(dir, "write "+c.name, err)
		}
	}
	lockPath := filepath.Join(dir, lockName)
	lf, err := os.OpenFile(lockPath, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, locationError(dir, "create lock file", err)
	}
	lf.Close()
	return &Store{dir: dir, path: path, lock: flock.New(lockPath, flock.SetPermissions(0o644))}, nil
}

// Dir returns the store directory.
func (s *Store) Dir() string { return s.dir }

// Path returns the log file's path.
func (s *Store) Path() string { return s.path }

// Close releases the store's lock file handle.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.lock.Close(); err != nil {
		return fmt.Errorf("close review store %s: %w", s.dir, err)
	}
	return nil
}

// Append validates e, fills in its ID (when empty), time (when zero) and
// document (for a claim target), and writes it as one line. It returns only
// after the line has reached the disk (fsync); then the entry survives a
// crash. The returned entry is what was written.
func (s *Store) Append(e Entry) (Entry, error) {
	if e.ID == "" {
		id, err := newEntryID()
		if err != nil {
			return e, err
		}
		e.ID = id
	}
	if e.At.IsZero() {
		e.At = time.Now()
	}
	e.At = e.At.UTC().Truncate(time.Second)
	if e.Doc == "" && KindOf(e.Target) == KindClaim {
		e.Doc = DocOf(e.Target)
	}
	if err := e.Validate(); err != nil {
		return e, fmt.Errorf("append to %s: %w", s.path, err)
	}
	line, err := e.line()
	if err != nil {
		return e, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.lock.Lock(); err != nil {
		return e, fmt.Errorf("lock %s: %w", s.lock.Path(), err)
	}
	defer s.lock.Unlock()
	if err := appendLine(s.dir, s.path, line); err != nil {
		return e, fmt.Errorf("append to %s: %w", s.path, err)
	}
	return e, nil
}

// appendLine writes line at the end of the log with one write call, first
// ending a torn last line (a crash mid-write) with a newline, then fsyncs.
func appendLine(dir, path string, line []byte) error {
	f, created, err := openLog(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if created {
		if err := syncDir(dir); err != nil {
			return err
		}
	}
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if size := fi.Size(); size > 0 {
		var last [1]byte
		if _, err := f.ReadAt(last[:], size-1); err != nil {
			return fmt.Errorf("read last byte: %w", err)
		}
		if last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := f.Write(line); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	return f.Close()
}

// openLog opens the log for reading and appending, creating it when missing
// (and then syncing the new, empty file).
func openLog(path string) (f *os.File, created bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return f, false, err
	}
	f, err = os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, false, err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, false, err
	}
	return f, true, nil
}

// mkdirDurable creates dir and its missing parents, syncing each parent
// directory so the new entries survive a crash.
func mkdirDurable(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return &fs.PathError{Op: "mkdir", Path: dir, Err: syscall.ENOTDIR}
		}
		return nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	parent := filepath.Dir(dir)
	if parent != dir {
		if err := mkdirDurable(parent); err != nil {
			return err
		}
	}
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return syncDir(parent)
}

// syncDir fsyncs a directory so that entries created in it are durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		// Some file systems cannot sync directories (EINVAL); nothing to do there.
		return fmt.Errorf("sync directory %s: %w", dir, err)
	}
	return nil
}

// writeIfMissing creates dir/name with text unless it exists, atomically
// (temporary file, fsync, rename, directory fsync).
func writeIfMissing(dir, name, text string) error {
	path := filepath.Join(dir, name)
	if _, err := os.Lstat(path); err == nil {
		return nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+name+".tmp*")
	if err != nil {
		return err
	}
	_, err = tmp.WriteString(text)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return syncDir(dir)
}

// Load reads the whole log under a shared lock (so a write in progress is
// not mistaken for a torn line). Unreadable lines are in the snapshot's
// Problems; the error is only for a log that cannot be read at all.
func (s *Store) Load() (*Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.lock.RLock(); err != nil {
		return nil, fmt.Errorf("lock %s: %w", s.lock.Path(), err)
	}
	defer s.lock.Unlock()
	return readFile(s.path)
}

// LoadDir reads the log in dir without opening the store for writing, for
// commands that only read (list, export) and stores on read-only media. A
// missing log reads as empty.
func LoadDir(dir string) (*Snapshot, error) {
	if dir == "" {
		dir = DefaultDir
	}
	path := filepath.Join(dir, FileName)
	lk := flock.New(filepath.Join(dir, lockName))
	if err := lk.RLock(); err == nil {
		defer lk.Unlock()
	}
	return readFile(path)
}

func readFile(path string) (*Snapshot, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Snapshot{Path: path}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read review store: %w", err)
	}
	defer f.Close()
	return Read(f, path)
}

// LineError is a line of the log that could not be used. Reading goes on
// past it; every readable entry is kept.
type LineError struct {
	Path string // the log's path (or the name given to Read)
	Line int    // 1-based line number
	Torn bool   // the last line, cut off mid-write (a crash); harmless
	Err  error  // what is wrong
}

// Error says where and what, and that the line was ignored.
func (e *LineError) Error() string {
	if e.Torn {
		return fmt.Sprintf("%s:%d: incomplete last line, cut off mid-write (ignored): %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: unreadable line (ignored): %v", e.Path, e.Line, e.Err)
}

// Unwrap returns what is wrong with the line.
func (e *LineError) Unwrap() error { return e.Err }

// ErrDuplicateID is a LineError's cause when an entry ID appears twice with
// different contents (the first is kept). Exact duplicates, which a union
// merge can produce, are read once without complaint.
var ErrDuplicateID = errors.New("entry id used twice with different contents")

// Read parses a log from r. name is used in LineErrors. Lines that cannot be
// parsed or fail Validate are reported, with their line numbers, in
// Problems; the error is only for r failing.
func Read(r io.Reader, name string) (*Snapshot, error) {
	s := &Snapshot{Path: name}
	br := bufio.NewReaderSize(r, 64<<10)
	seen := map[string][]byte{}
	for n := 1; ; n++ {
		raw, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return s, fmt.Errorf("read %s line %d: %w", name, n, err)
		}
		complete := err == nil
		line := bytes.TrimRight(raw, "\r\n")
		if len(bytes.TrimSpace(line)) > 0 {
			e, perr := decodeLine(line)
			if perr == nil {
				perr = e.Validate()
			}
			switch {
			case perr != nil:
				s.Problems = append(s.Problems, &LineError{Path: name, Line: n, Torn: !complete, Err: perr})
			case seen[e.ID] != nil:
				if !bytes.Equal(seen[e.ID], line) {
					s.Problems = append(s.Problems, &LineError{Path: name, Line: n, Err: fmt.Errorf("%w: %s", ErrDuplicateID, e.ID)})
				}
			default:
				seen[e.ID] = line
				s.Entries = append(s.Entries, e)
				s.Lines = append(s.Lines, n)
			}
		}
		if !complete {
			return s, nil
		}
	}
}
