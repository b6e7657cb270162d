package corpus

import (
	"errors"
	"fmt"
)

// ErrEmpty, ErrBinary and ErrUnknownFormat are conditions callers may test
// with errors.Is.
var (
	ErrEmpty         = errors.New("empty article")
	ErrBinary        = errors.New("not text (binary data)")
	ErrUnknownFormat = errors.New("unknown file type")
	ErrNoText        = errors.New("no article text")
)

// InputError says which input (and which line or record of it) could not be
// read, and why. Skipped inputs — files of an unknown type met while walking
// a directory — are notes rather than failures.
type InputError struct {
	Input   string // path as given, or "-" for stdin
	Line    int    // 1-based line (JSONL, front matter) or record (JSON array); 0 if none
	Err     error
	Skipped bool // a note: the input was passed over on purpose
}

func (e *InputError) Error() string {
	where := e.Input
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.Input, e.Line)
	}
	if e.Skipped {
		return fmt.Sprintf("%s: skipped: %v", where, e.Err)
	}
	return fmt.Sprintf("%s: %v", where, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }
