package common

import "github.com/charmbracelet/bubbles/key"

// KeyMap is every key the UI answers to. It implements help.KeyMap, so the
// `?` screen lists exactly these bindings.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Home, End key.Binding
	Left, Right                           key.Binding // the previous/next claim of an alignment
	Open, Back                            key.Binding
	Sort, Filter, Search                  key.Binding
	NextDiscrepancy, PrevDiscrepancy      key.Binding
	Verdict, AlignmentVerdict, Note       key.Binding
	Split, Merge, Move, NotSame           key.Binding
	Copy, Help, Quit                      key.Binding
}

// DefaultKeyMap returns the bindings described in the README.
func DefaultKeyMap() *KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return &KeyMap{
		Up:               b("↑/k", "up", "up", "k"),
		Down:             b("↓/j", "down", "down", "j"),
		PageUp:           b("pgup/ctrl+b", "page up", "pgup", "ctrl+b"),
		PageDown:         b("pgdn/space", "page down", "pgdown", "ctrl+f", " "),
		Home:             b("g/home", "first", "g", "home"),
		End:              b("G/end", "last", "G", "end"),
		Left:             b("←/shift+tab", "previous claim", "left", "shift+tab"),
		Right:            b("→/tab", "next claim", "right", "tab"),
		Open:             b("enter", "open", "enter"),
		Back:             b("esc/backspace", "back", "esc", "backspace"),
		Sort:             b("s", "sort events", "s"),
		Filter:           b("f", "filter events", "f"),
		Search:           b("/", "search claims", "/"),
		NextDiscrepancy:  b("n", "next discrepancy", "n"),
		PrevDiscrepancy:  b("N", "previous discrepancy", "N"),
		Verdict:          b("v", "verdict on focused item", "v"),
		AlignmentVerdict: b("V", "verdict on alignment", "V"),
		Note:             b("a", "add a note", "a"),
		Split:            b("S", "split claim out", "S"),
		Merge:            b("m", "mark/merge alignments", "m"),
		Move:             b("M", "move claim to event", "M"),
		NotSame:          b("x", "not the same fact", "x"),
		Copy:             b("y", "copy claim (OSC 52)", "y"),
		Help:             b("?", "help", "?"),
		Quit:             b("q/ctrl+c", "quit", "q", "ctrl+c"),
	}
}

// ShortHelp is the one-line help of the status bar.
func (k *KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Back, k.Search, k.Verdict, k.Note, k.Help, k.Quit}
}

// FullHelp is the `?` screen, in columns: moving, views, review,
// corrections.
func (k *KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End, k.Left, k.Right},
		{k.Open, k.Back, k.Sort, k.Filter, k.Search, k.NextDiscrepancy, k.PrevDiscrepancy, k.Copy},
		{k.Verdict, k.AlignmentVerdict, k.Note, k.Split, k.Merge, k.Move, k.NotSame, k.Help, k.Quit},
	}
}
