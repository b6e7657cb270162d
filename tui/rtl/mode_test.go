package rtl

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
)

func TestParseMode(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Mode
		err  bool
	}{
		{"auto", Auto, false}, {"APP", App, false}, {" terminal ", Terminal, false},
		{"", Auto, false}, {"rtl", Auto, true}, {"visual", Auto, true},
	} {
		got, err := ParseMode(c.in)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("ParseMode(%q) = %v, %v; want %v, error %v", c.in, got, err, c.want, c.err)
		}
		if err != nil && !errors.Is(err, ErrMode) {
			t.Errorf("ParseMode(%q) error %v does not wrap ErrMode", c.in, err)
		}
		if err == nil {
			if back, _ := ParseMode(got.String()); back != got {
				t.Errorf("ParseMode(%v.String()) = %v", got, back)
			}
		}
	}
	var m Mode
	if err := m.Set("terminal"); err != nil || m != Terminal {
		t.Errorf("Set(terminal): got %v, %v", m, err)
	}
	if got := Mode(9).String(); got != "Mode(9)" {
		t.Errorf("Mode(9).String() = %q", got)
	}
}

func TestDetect(t *testing.T) {
	for _, c := range []struct {
		name string
		env  map[string]string
		want Mode
	}{
		{"empty", nil, App},
		{"override terminal", map[string]string{"CLAIMDIFF_BIDI": "terminal", "TMUX": "/tmp/x"}, Terminal},
		{"override app in konsole", map[string]string{"CLAIMDIFF_BIDI": "app", "KONSOLE_VERSION": "230804"}, App},
		{"override auto ignored", map[string]string{"CLAIMDIFF_BIDI": "auto", "KONSOLE_VERSION": "230804"}, Terminal},
		{"gnome terminal", map[string]string{"VTE_VERSION": "7600", "TERM": "xterm-256color"}, App},
		{"old vte", map[string]string{"VTE_VERSION": "5202"}, App},
		{"konsole", map[string]string{"KONSOLE_VERSION": "230804", "TERM": "xterm-256color"}, Terminal},
		{"tmux inside konsole", map[string]string{"KONSOLE_VERSION": "230804", "TMUX": "/tmp/tmux-0/default,1,0", "TERM": "tmux-256color"}, App},
		{"tmux term_program", map[string]string{"TERM_PROGRAM": "tmux"}, App},
		{"screen", map[string]string{"TERM": "screen-256color", "MLTERM": "3.9"}, App},
		{"mlterm", map[string]string{"MLTERM": "3.9.3"}, Terminal},
		{"mlterm term", map[string]string{"TERM": "mlterm"}, Terminal},
		{"mintty", map[string]string{"TERM_PROGRAM": "mintty"}, Terminal},
		{"apple terminal", map[string]string{"TERM_PROGRAM": "Apple_Terminal"}, Terminal},
		{"iterm2", map[string]string{"TERM_PROGRAM": "iTerm.app"}, App},
		{"windows terminal", map[string]string{"WT_SESSION": "5d7e"}, App},
		{"kitty", map[string]string{"TERM": "xterm-kitty", "KITTY_WINDOW_ID": "1"}, App},
		{"alacritty", map[string]string{"TERM": "alacritty", "ALACRITTY_WINDOW_ID": "1"}, App},
		{"xterm", map[string]string{"TERM": "xterm-256color"}, App},
	} {
		getenv := func(k string) string { return c.env[k] }
		if got := Detect(getenv); got != c.want {
			t.Errorf("%s: Detect = %v, want %v", c.name, got, c.want)
		}
		if got := Auto.Resolve(getenv); got != c.want {
			t.Errorf("%s: Auto.Resolve = %v, want %v", c.name, got, c.want)
		}
	}
	if got := Detect(nil); got != App {
		t.Errorf("Detect(nil) = %v, want app", got)
	}
	if got := Terminal.Resolve(nil); got != Terminal {
		t.Errorf("Terminal.Resolve = %v, want terminal", got)
	}
}

func TestEscapes(t *testing.T) {
	if App.Start() != "\x1b[8l" || App.End() != "\x1b[8h" {
		t.Errorf("App escapes = %q %q, want CSI 8 l / CSI 8 h", App.Start(), App.End())
	}
	if Terminal.Start() != "" || Terminal.End() != "" {
		t.Errorf("Terminal escapes = %q %q, want none", Terminal.Start(), Terminal.End())
	}
	if got := Isolate("الشيباني"); got != "\u2068الشيباني\u2069" {
		t.Errorf("Isolate = %q", got)
	}
	if Isolate("") != "" {
		t.Errorf("Isolate(\"\") not empty")
	}
}

func TestOSC52(t *testing.T) {
	text := "قال لافروف إن الرئيس الروسي التقى الشيباني."
	got := OSC52(text)
	if !strings.HasPrefix(got, "\x1b]52;c;") || !strings.HasSuffix(got, "\a") {
		t.Fatalf("OSC52 = %q, want ESC ]52;c; … BEL", got)
	}
	dec, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(got, "\x1b]52;c;"), "\a"))
	if err != nil || string(dec) != text {
		t.Errorf("OSC52 payload decodes to %q, %v; want %q", dec, err, text)
	}
	if got, want := OSC52("hi"), "\x1b]52;c;aGk=\a"; got != want {
		t.Errorf("OSC52(hi) = %q, want %q", got, want)
	}
}
