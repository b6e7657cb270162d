package rtl

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Mode says who lays out right-to-left text: claimdiff itself or the terminal.
type Mode int

const (
	// Auto picks App or Terminal from the environment; see Detect.
	Auto Mode = iota
	// App shapes Arabic to presentation forms and reorders each line for
	// display, so the terminal must only paint cells left to right.
	App
	// Terminal emits logical text, each line or cell isolated with FSI…PDI,
	// for terminals that run the bidi algorithm and shape themselves.
	Terminal
)

// ErrMode is returned by ParseMode for a name that is not a mode.
var ErrMode = errors.New("unknown bidi mode (want auto, app or terminal)")

// ParseMode reads "auto", "app" or "terminal" (case-insensitive, surrounding
// space ignored).
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "auto", "":
		return Auto, nil
	case "app":
		return App, nil
	case "terminal":
		return Terminal, nil
	}
	return Auto, fmt.Errorf("parse mode %q: %w", s, ErrMode)
}

// String returns the name ParseMode reads.
func (m Mode) String() string {
	switch m {
	case Auto:
		return "auto"
	case App:
		return "app"
	case Terminal:
		return "terminal"
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// Set implements flag.Value, so a Mode can be a --bidi flag.
func (m *Mode) Set(s string) error {
	v, err := ParseMode(s)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Resolve returns m, or for Auto the mode Detect picks with getenv.
func (m Mode) Resolve(getenv func(string) string) Mode {
	if m == Auto {
		return Detect(getenv)
	}
	return m
}

// Detect decides between App and Terminal from environment variables, read
// through getenv (os.Getenv in the program, a map in tests). It never returns
// Auto. The decision table, first match wins:
//
//	variable                         value                    mode      why
//	CLAIMDIFF_BIDI                   app | terminal           as given  the user's override
//	TMUX, or TERM_PROGRAM            set, or "tmux"           App       tmux keeps a plain cell grid and does no bidi
//	TERM                             screen*                  App       GNU screen: no bidi
//	VTE_VERSION                      any                      App       see below
//	KONSOLE_VERSION                  any                      Terminal  Konsole reorders and shapes itself, no CSI 8 l
//	MLTERM, or TERM                  set, or "mlterm"         Terminal  mlterm does full bidi and shaping
//	TERM_PROGRAM                     mintty, Apple_Terminal   Terminal  both reorder right-to-left runs
//	WT_SESSION, TERM_PROGRAM=iTerm.app, WezTerm, vscode,
//	KITTY_WINDOW_ID, ALACRITTY_*, TERM=xterm*, foot, ...     App       no bidi (kitty only reverses runs)
//	anything else                                             App       a plain grid is the common case
//
// VTE (GNOME Terminal, Tilix, Terminator, …) does bidi since 0.58, but it
// honours CSI 8 l, which turns its implicit reordering off. Detect chooses App
// for every VTE: with CSI 8 l sent at start (Mode.Start) the screen shows
// exactly the cells claimdiff laid out, so Arabic and Latin columns line up,
// highlight spans sit on the right words and the RTL base direction holds even
// for lines that start with a Latin name (VTE would pick an LTR base for them
// from the first strong character). VTE older than 0.58 does no bidi at all,
// so App is right there too and the escape is ignored.
func Detect(getenv func(string) string) Mode {
	if getenv == nil {
		return App
	}
	if m, err := ParseMode(getenv("CLAIMDIFF_BIDI")); err == nil && m != Auto {
		return m
	}
	term := getenv("TERM")
	prog := getenv("TERM_PROGRAM")
	switch {
	case getenv("TMUX") != "" || prog == "tmux" || strings.HasPrefix(term, "tmux"):
		return App
	case strings.HasPrefix(term, "screen"):
		return App
	case getenv("VTE_VERSION") != "":
		return App
	case getenv("KONSOLE_VERSION") != "" || getenv("KONSOLE_DBUS_SESSION") != "":
		return Terminal
	case getenv("MLTERM") != "" || strings.HasPrefix(term, "mlterm"):
		return Terminal
	case prog == "mintty" || prog == "Apple_Terminal":
		return Terminal
	}
	return App
}

// Escape sequences for App mode on VTE (BiDi Support Mode, ECMA-48 BDSM).
const (
	// DisableTerminalBidi (CSI 8 l) tells VTE to stop reordering lines itself;
	// send it when the program starts in App mode.
	DisableTerminalBidi = "\x1b[8l"
	// RestoreTerminalBidi (CSI 8 h) gives VTE its own bidi back; send it on exit.
	RestoreTerminalBidi = "\x1b[8h"
)

// Start returns the escape sequence to write when the program starts in mode
// m: DisableTerminalBidi for App, nothing otherwise.
func (m Mode) Start() string {
	if m == App {
		return DisableTerminalBidi
	}
	return ""
}

// End returns the escape sequence to write on exit: RestoreTerminalBidi for
// App, nothing otherwise.
func (m Mode) End() string {
	if m == App {
		return RestoreTerminalBidi
	}
	return ""
}

// Bidi isolate controls used in Terminal mode.
const (
	FSI = "\u2068" // FIRST STRONG ISOLATE: direction from the first strong letter
	PDI = "\u2069" // POP DIRECTIONAL ISOLATE: ends the isolate
)

// Isolate wraps s in FSI … PDI so a bidi terminal lays it out on its own,
// independent of the cells around it. Empty s stays empty.
func Isolate(s string) string {
	if s == "" {
		return s
	}
	return FSI + s + PDI
}

// OSC52 returns the OSC 52 escape sequence that asks the terminal to put text
// on the system clipboard ("\x1b]52;c;" + base64 + BEL). Pass a claim's
// original logical text, not its shaped display form.
func OSC52(text string) string {
	return "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text)) + "\a"
}
