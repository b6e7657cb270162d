package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// The Markdown report says what the HTML report says, in GitHub-flavoured
// Markdown: a table of contents, the coverage matrix and the sources as
// tables, each alignment's claims as block quotes with the differing words
// marked (~~struck~~ for the anchor's words the other text lacks, **bold**
// for the other text's words, _italic_ for moved words), typed
// discrepancies as a list. For a right-to-left corpus the body sits in a
// <div dir="rtl"> so that GitHub lays it out right to left.
//
// Article text is escaped: Markdown punctuation gets a backslash and <, >
// and & become entities, so an article can neither format the report nor
// inject HTML.

// WriteMarkdown writes the report as GitHub-flavoured Markdown.
func WriteMarkdown(w io.Writer, r *Report) error {
	m := &mdWriter{w: bufio.NewWriterSize(w, 1<<16), r: r, l: LabelsFor(r.Lang)}
	m.write()
	if m.err != nil {
		return fmt.Errorf("write markdown: %w", m.err)
	}
	return m.w.Flush()
}

type mdWriter struct {
	w   *bufio.Writer
	r   *Report
	l   *Labels
	err error
}

func (m *mdWriter) printf(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, args...)
	}
}

func (m *mdWriter) write() {
	r, l := m.r, m.l
	title := r.Title
	if title == "" {
		title = l.Title
	}
	m.printf("# %s\n\n", mdEscape(title))
	rtl := r.Dir == "rtl"
	if rtl {
		m.printf("<div dir=\"rtl\">\n\n")
	}
	m.printf("%s %s", l.Generated, r.Generated.Format("2006-01-02 15:04 UTC"))
	if r.Since != "" {
		m.printf(" · ≥ %s", r.Since)
	}
	c := r.Counts
	m.printf(" · %d %s · %d %s · %d %s · %d %s · %d %s · %d %s\n\n",
		c.Documents, l.Documents, c.Claims, l.Claims, c.Events, l.Contents,
		c.Alignments, l.Alignments, c.Discrepancies, l.Discrepancy, c.Unreviewed, l.Unreviewed)
	m.printf("%s: ~~%s~~ · **%s** · _%s_\n\n", l.Legend, l.Deleted, l.Inserted, l.Moved)

	m.printf("## %s\n\n", l.Contents)
	if len(r.Events) == 0 {
		m.printf("%s\n\n", l.NoEvents)
	}
	group := -1
	for i, e := range r.Events {
		if g := eventGroup(e); g != group && !e.Background {
			if g == 0 {
				m.printf("**%s**\n\n", l.Several)
			} else {
				m.printf("\n**%s**\n\n", l.OneSource)
			}
			group = g
		}
		m.printf("%d. [%s](#%s) — %s · %d %s · %d %s\n", i+1, m.eventName(e), e.Anchor(),
			m.severity(e.Severity), len(e.Sources), l.Sources, len(e.Alignments), l.Alignments)
	}
	if len(r.Events) > 0 {
		m.printf("\n## %s\n\n| %s |", l.Coverage, l.Event)
		for _, s := range r.Sources {
			m.printf(" %s %s |", s.Letter, mdCell(s.DisplayName))
		}
		m.printf("\n|---|")
		for range r.Sources {
			m.printf(":-:|")
		}
		m.printf("\n")
		for _, e := range r.Events {
			m.printf("| [%s](#%s) |", m.eventName(e), e.Anchor())
			for _, n := range e.Coverage {
				if n == 0 {
					m.printf(" · |")
				} else {
					m.printf(" %d |", n)
				}
			}
			m.printf("\n")
		}
	}
	m.printf("\n## %s\n\n| | %s | %s | %s | ID |\n|---|---|---|---|---|\n", l.Sources, l.Source, l.Headline, l.Published)
	for _, s := range r.Sources {
		t := mdCell(s.Title)
		if s.URL != "" {
			t = "[" + t + "](" + mdURL(s.URL) + ")"
		}
		m.printf("| %s | %s | %s | %s | `%s` |\n", s.Letter, mdCell(s.DisplayName), t, mdCell(s.Published), s.ID)
	}
	for _, e := range r.Events {
		m.event(e)
	}
	if len(r.Reviewed) > 0 {
		m.printf("\n---\n\n## %s\n\n", l.Verdict)
		for _, c := range r.Reviewed {
			m.claim(c)
		}
	}
	if len(r.Orphaned) > 0 {
		m.printf("\n## %s (%d)\n\n", l.Orphaned, len(r.Orphaned))
		for _, o := range r.Orphaned {
			m.printf("- `%s` %s — %s", o.Stored, o.Op, mdEscape(oneLine(o.Text)))
			if o.Reason != "" {
				m.printf(" (%s)", mdEscape(o.Reason))
			}
			m.printf("\n")
		}
	}
	if rtl {
		m.printf("\n</div>\n")
	}
}

func (m *mdWriter) eventName(e Event) string {
	if e.Background {
		return m.l.Background
	}
	name := mdCell(e.Title)
	if e.Place != "" {
		name += " · " + mdCell(e.Place)
	}
	switch {
	case e.Date != "":
		name = e.Date + " " + name
	case e.DateUnknown:
		name = "(date unknown) " + name
	}
	return name
}

// eventGroup is 0 for the stories (events several outlets report), 1
// for one outlet's and those the articles only recall, 2 for the
// background pseudo-event.
func eventGroup(e Event) int {
	switch {
	case e.Background:
		return 2
	case e.SingleSource || e.Recalled:
		return 1
	}
	return 0
}

// grid writes the event's source × alignment coverage grid: what each
// source reports (■) and leaves out (·), and how many claims only it
// carries.
func (m *mdWriter) grid(e Event) {
	if len(e.Alignments) == 0 || len(e.Sources) < 2 {
		return
	}
	l := m.l
	g := gridOf(e)
	m.printf("**%s** (%s)\n\n| %s |", l.Grid, l.GridNote, l.Source)
	for i := range e.Alignments {
		m.printf(" [%d](#%s) |", i+1, e.Alignments[i].ID)
	}
	m.printf(" %s |\n|---|", l.Only)
	for range e.Alignments {
		m.printf(":-:|")
	}
	m.printf(":-:|\n")
	for _, row := range g {
		name := row.Doc
		if s, ok := m.r.Source(row.Doc); ok {
			name = s.Letter + " " + s.DisplayName
		}
		m.printf("| %s |", mdCell(name))
		for _, has := range row.Has {
			if has {
				m.printf(" ■ |")
			} else {
				m.printf(" · |")
			}
		}
		m.printf(" %d |\n", row.Only)
	}
	m.printf("\n")
}

func (m *mdWriter) severity(n int) string {
	return "`" + m.l.Severity(n) + "`"
}

func (m *mdWriter) event(e Event) {
	l := m.l
	m.printf("\n---\n\n<a id=\"%s\"></a>\n\n## %s\n\n", e.Anchor(), m.eventName(e))
	if e.Background {
		m.printf("%s\n\n", l.BackgroundNote)
	} else {
		m.printf("`%s` · ", e.ID)
	}
	m.printf("%s · %s:", m.severity(e.Severity), l.Sources)
	for i, id := range e.Sources {
		if i > 0 {
			m.printf(" ·")
		}
		name := id
		if s, ok := m.r.Source(id); ok {
			name = s.Letter + " " + s.DisplayName
		}
		m.printf(" %s", mdEscape(name))
	}
	m.printf("\n\n")
	if !e.Background {
		m.printf("%s: %s\n\n", l.Label, mdEscape(oneLine(e.Label)))
	}
	m.grid(e)
	if len(e.Alignments) == 0 {
		m.printf("%s\n", l.NoAlignments)
	} else {
		m.printf("### %s (%d)\n", l.Alignments, len(e.Alignments))
	}
	for _, al := range e.Alignments {
		m.printf("\n<a id=\"%s\"></a>\n\n#### %s · `%s` · %s %.2f", al.ID, m.severity(al.Severity), al.ID, l.Similarity, al.Similarity)
		if al.SharedOrigin {
			m.printf(" · %s: %s", l.SharedOrigin, mdEscape(l.Shared(al.SharedReason)))
		}
		m.printf("\n\n")
		if al.Verdict != nil {
			m.printf("%s\n\n", m.verdict(al.Verdict))
		}
		for _, c := range al.Claims {
			m.claim(c)
		}
		if len(al.Discrepancy) > 0 {
			m.printf("**%s**\n\n", l.Discrepancy)
			for _, d := range al.Discrepancy {
				m.printf("- %s **%s** — %s", m.severity(d.Severity), l.Type(d.Type), mdEscape(oneLine(d.Explanation)))
				for i, ev := range d.Evidence {
					if i == 0 {
						m.printf(" · %s:", l.Evidence)
					}
					m.printf(" %s %s «%s»", ev.Letter, mdEscape(ev.SourceName), mdEscape(oneLine(ev.Text)))
				}
				if !d.Reviewed {
					m.printf(" · ● %s", l.Unreviewed)
				}
				m.printf("\n")
			}
			m.printf("\n")
		} else {
			m.printf("_%s_\n\n", l.NoDiscrepancies)
		}
		m.notes(al.Notes, "")
	}
	if len(e.Unique) > 0 {
		m.printf("\n### %s (%d)\n\n", l.Unique, len(e.Unique))
		for _, c := range e.Unique {
			m.claim(c)
		}
	}
}

// claim writes a claim as a block quote: source, ID and verdict, then the
// text with its marks.
func (m *mdWriter) claim(c Claim) {
	m.printf("> **%s %s**", c.Letter, mdEscape(c.SourceName))
	if s, ok := m.r.Source(c.Doc); ok && s.Published != "" {
		m.printf(" · %s", s.Published)
	}
	m.printf(" · `%s`", c.ID)
	if c.Verdict != nil {
		m.printf(" · %s", m.verdict(c.Verdict))
	}
	m.printf("<br>\n> ")
	for i, p := range c.Parts {
		t := mdEscape(flatten(p.Text))
		if i == 0 {
			t = mdLead(t)
		}
		switch p.Mark {
		case MarkDel:
			m.printf("~~%s~~", t)
		case MarkIns:
			m.printf("**%s**", t)
		case MarkMoved:
			m.printf("_%s_", t)
		default:
			m.printf("%s", t)
		}
	}
	m.printf("\n\n")
	m.notes(c.Notes, "> ")
}

func (m *mdWriter) verdict(v *Verdict) string {
	s := fmt.Sprintf("**%s: %s** (%s, %s)", m.l.Verdict, m.l.VerdictName(v.Verdict), mdEscape(v.Reviewer), v.At.Format("2006-01-02"))
	if v.Note != "" {
		s += " — " + mdEscape(oneLine(v.Note))
	}
	return s
}

func (m *mdWriter) notes(ns []Note, prefix string) {
	for _, n := range ns {
		m.printf("%s- %s: %s (%s, %s)\n", prefix, m.l.Notes, mdEscape(oneLine(n.Text)), mdEscape(n.Reviewer), n.At.Format("2006-01-02"))
	}
	if len(ns) > 0 {
		m.printf("\n")
	}
}

// mdEscape makes text inert in Markdown: punctuation that could start
// formatting, links, code or tables gets a backslash, and <, > and &
// become entities so no HTML passes through.
func mdEscape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '~', '[', ']', '#', '|':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdLead escapes what would make escaped text that starts a line a list
// item or a block quote: a leading "-", "+", "=" or digits followed by "."
// or ")".
func mdLead(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=':
		return "\\" + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// flatten puts text on one line: each run of white space becomes one
// space, at the ends too, so that the pieces of a marked claim keep the
// spaces between them.
func flatten(s string) string {
	if !strings.ContainsAny(s, "\n\r\t\v\f") && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// mdCell escapes text for a table cell, on one line.
func mdCell(s string) string {
	return mdEscape(oneLine(s))
}

// mdURL keeps a link target from closing the link early or carrying spaces.
func mdURL(u string) string {
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")
	return r.Replace(u)
}
