// Package rtl lays out right-to-left (Arabic) text for claimdiff's terminal
// UI: it wraps text by words in logical order, shapes Arabic letters to
// presentation forms and reorders each display line with the Unicode bidi
// algorithm (App mode), or leaves both to a terminal that does them itself and
// isolates the text with FSI … PDI (Terminal mode). Highlight spans given as
// byte offsets into the original text are carried through all of it, every
// output cell knows the source bytes it shows, and widths are measured after
// shaping so Arabic and Latin columns line up.
package rtl

//go:generate sh -c "perl gentables.pl > tables.go && gofmt -w tables.go"
