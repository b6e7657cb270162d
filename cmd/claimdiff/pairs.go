package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/analysis"
)

// pairsCommand implements `claimdiff pairs FILE`: claim matching for given
// pairs (CONTRACT.md).
type pairsCommand struct{}

func (c *pairsCommand) Run(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "pairs", "pairs FILE|-",
		`printf 'أكد لافروف دعم سيادة سوريا\tشدد لافروف على سيادة سوريا\n' | claimdiff pairs -`)
	fs.Usage = wrapUsage(fs.Usage, env, `
FILE is TSV (a<TAB>b or id<TAB>a<TAB>b per line) or JSON Lines
({"id": …, "a": …, "b": …, "date_a": …, "date_b": …}; dates optional). Output is
one JSON line per input pair, in input order: {"id", "similarity", "same",
"discrepancies"}; a line that cannot be read gets {"id", "error"}.`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("pairs: name one FILE, or - for standard input")
	}
	path := fs.Arg(0)
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(env.Stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return &exitErr{code: exitFailed, msg: fmt.Sprintf("pairs: read %s: %v", path, err)}
	}
	inputs, bad := parsePairs(data)
	plain := make([]analysis.PairInput, len(inputs))
	for i, in := range inputs {
		plain[i] = in.PairInput
	}
	results, err := analysis.Pairs(ctx, plain)
	if err != nil {
		return err
	}
	// Merge the good results and the unreadable lines back in input order.
	w := bufio.NewWriter(env.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	ri := 0
	for line := 1; ri < len(results) || len(bad) > 0; line++ {
		if e, ok := bad[line]; ok {
			enc.Encode(e)
			delete(bad, line)
			fmt.Fprintf(env.Stderr, "claimdiff: %s:%d: %s\n", path, line, e.Error)
			continue
		}
		if ri < len(results) && inputs[ri].line == line {
			enc.Encode(results[ri])
			ri++
		}
	}
	if err := w.Flush(); err != nil {
		return &exitErr{code: exitFailed, msg: "write output: " + err.Error()}
	}
	if len(inputs) == 0 {
		return &exitErr{code: exitFailed, msg: "pairs: no readable pair in " + path}
	}
	return nil
}

func wrapUsage(base func(), env *Env, extra string) func() {
	return func() {
		base()
		fmt.Fprintln(env.Stdout, extra)
	}
}

// pairLine is a parsed pair with its 1-based line number.
type pairLine struct {
	analysis.PairInput
	line int
}

// pairError is the output for a line that cannot be read.
type pairError struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// parsePairs reads TSV or JSONL pairs. Blank lines are skipped; broken lines
// are returned by line number.
func parsePairs(data []byte) ([]pairLine, map[int]pairError) {
	var out []pairLine
	bad := make(map[int]pairError)
	sc := bufio.NewScanner(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	sc.Buffer(make([]byte, 0, 1<<16), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" {
			continue
		}
		id := strconv.Itoa(line)
		if strings.HasPrefix(strings.TrimSpace(t), "{") {
			var rec struct {
				ID    any    `json:"id"`
				A     string `json:"a"`
				B     string `json:"b"`
				DateA string `json:"date_a"`
				DateB string `json:"date_b"`
			}
			if err := json.Unmarshal([]byte(t), &rec); err != nil {
				bad[line] = pairError{id, "broken JSON: " + err.Error()}
				continue
			}
			if rec.ID != nil {
				id = strings.Trim(fmt.Sprint(rec.ID), " ")
			}
			if strings.TrimSpace(rec.A) == "" || strings.TrimSpace(rec.B) == "" {
				bad[line] = pairError{id, `both "a" and "b" must be non-empty text`}
				continue
			}
			out = append(out, pairLine{analysis.PairInput{ID: id, A: rec.A, B: rec.B, DateA: rec.DateA, DateB: rec.DateB}, line})
			continue
		}
		f := strings.Split(t, "\t")
		switch len(f) {
		case 2:
			out = append(out, pairLine{analysis.PairInput{ID: id, A: f[0], B: f[1]}, line})
		case 3:
			out = append(out, pairLine{analysis.PairInput{ID: f[0], A: f[1], B: f[2]}, line})
		default:
			bad[line] = pairError{id, fmt.Sprintf("expected 2 or 3 tab-separated fields, found %d", len(f))}
		}
	}
	if err := sc.Err(); err != nil {
		bad[line+1] = pairError{strconv.Itoa(line + 1), err.Error()}
	}
	return out, bad
}
