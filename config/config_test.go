package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestDefaultPath(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want string
	}{
		{"xdg wins", map[string]string{"XDG_CONFIG_HOME": "/x", "HOME": "/h"}, "/x/claimdiff/config.toml"},
		{"home", map[string]string{"HOME": "/h"}, "/h/.config/claimdiff/config.toml"},
		{"none", map[string]string{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := DefaultPath(env(tc.env)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLoadFull(t *testing.T) {
	c, err := Load("testdata/full.toml", env(nil))
	if err != nil {
		t.Fatal(err)
	}
	want := Lexicon{
		Roles:       []string{"المفوض السامي", "رئيس الهيئة =title"},
		SpeechVerbs: []string{"استطرد", "مستطرداً =participle"},
		Outlets:     []string{"alakhbar | الأخبار, Al-Akhbar"},
		Places:      []string{"raqqa | الرقة | رقاوي | syria"},
		Anonymous:   []string{"مصدر عسكري"},
		Hedges:      []string{"بحسب ما يتردد"},
		Opposites:   []string{"أقر، يقر، إقرار | ألغى، يلغي، إلغاء", "ordinal: المرحلة الأولى | المرحلة الثانية"},
	}
	if !reflect.DeepEqual(c.Lexicon, want) {
		t.Errorf("lexicon: got %+v, want %+v", c.Lexicon, want)
	}
	if got, want := c.Review, (Review{"Rana Haddad", "Example Fact Check", "https://factcheck.example.org"}); got != want {
		t.Errorf("review: got %+v, want %+v", got, want)
	}
	if c.Path != "testdata/full.toml" {
		t.Errorf("path: got %q, want testdata/full.toml", c.Path)
	}
}

func TestLoadDefault(t *testing.T) {
	dir := t.TempDir()
	// Missing default file: empty config, no error.
	c, err := Load("", env(map[string]string{"XDG_CONFIG_HOME": dir}))
	if err != nil || c.Path != "" || len(c.Lexicon.Roles) != 0 {
		t.Fatalf("missing default: got %+v, %v, want empty config", c, err)
	}
	p := filepath.Join(dir, "claimdiff", "config.toml")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte("[review]\nreviewer = \"R\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = Load("", env(map[string]string{"XDG_CONFIG_HOME": dir}))
	if err != nil || c.Review.Reviewer != "R" || c.Path != p {
		t.Fatalf("default file: got %+v, %v, want reviewer R from %s", c, err, p)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		path string
		is   error
	}{
		{"missing explicit", "testdata/nope.toml", fs.ErrNotExist},
		{"unknown keys", "testdata/unknown.toml", ErrUnknownKey},
		{"broken", "testdata/broken.toml", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(tc.path, env(nil))
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a *FileError", err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("got %v, want it to wrap %v", err, tc.is)
			}
			if fe.Hint == "" {
				t.Errorf("got no hint in %v", err)
			}
		})
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("[lexicon]\nroles = [\"x\"]\n")
	f.Add("[review]\nreviewer = 1\n")
	f.Fuzz(func(t *testing.T, s string) {
		p := filepath.Join(t.TempDir(), "c.toml")
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := Load(p, env(nil))
		if err == nil && c.Path != p {
			t.Errorf("got path %q, want %q", c.Path, p)
		}
	})
}
