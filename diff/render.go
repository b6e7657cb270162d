package diff

// Rendering
//
// Render marks the differing words of two claims in their own texts, the
// way `git diff --word-diff=plain` does: on A's side a deleted or replaced
// run is wrapped in [-…-], on B's side an inserted or replacing run in
// {+…+}. Moved runs are wrapped in [~…~] on A's side and {~…~} on B's, so a
// reader sees they were reordered, not changed. Soft replacements (clitics
// and inflection only) and equal runs are left unmarked. Everything between
// and around the marks is the claims' original bytes, punctuation and
// tashkeel included.

import (
	"strings"

	"github.com/claimdiff/claimdiff/claim"
)

// Render returns the texts of a and b with the ops' differing runs marked.
// Ops whose spans fall outside a claim's text are skipped.
func Render(a, b *claim.Claim, ops []Op) (string, string) {
	return mark(a, ops, true), mark(b, ops, false)
}

// mark writes one side of Render.
func mark(c *claim.Claim, ops []Op, sideA bool) string {
	var sb strings.Builder
	sb.Grow(len(c.Text) + 16*len(ops))
	pos, end := c.Start, c.Start+len(c.Text)
	for _, o := range ops {
		sp := o.B
		if sideA {
			sp = o.A
		}
		if o.Kind == Equal || o.Soft || sp.Start >= sp.End {
			continue
		}
		if (sideA && o.Kind == Insert) || (!sideA && o.Kind == Delete) {
			continue
		}
		if sp.Start < pos || sp.End > end {
			continue
		}
		open, shut := "{+", "+}"
		switch {
		case sideA && o.Moved:
			open, shut = "[~", "~]"
		case sideA:
			open, shut = "[-", "-]"
		case o.Moved:
			open, shut = "{~", "~}"
		}
		sb.WriteString(c.Text[pos-c.Start : sp.Start-c.Start])
		sb.WriteString(open)
		sb.WriteString(c.Text[sp.Start-c.Start : sp.End-c.Start])
		sb.WriteString(shut)
		pos = sp.End
	}
	sb.WriteString(c.Text[pos-c.Start:])
	return sb.String()
}
