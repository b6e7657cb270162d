// Package config reads claimdiff's user configuration file, a TOML file
// at $XDG_CONFIG_HOME/claimdiff/config.toml (else
// $HOME/.config/claimdiff/config.toml), or the file named by --config.
//
// The file has two tables, both optional:
//
//	# Word lists appended to the built-in ones (claim/entity/data and
//	# claim/attrib/data); entries are written as printed, folding and
//	# clitics are handled by claimdiff.
//	[lexicon]
//	roles        = ["المفوض السامي", "رئيس الهيئة =title"]  # "=title": may precede a bare surname
//	speech_verbs = ["استطرد", "مستطرداً =participle"]        # "=participle", "=that" (only before أن)
//	outlets      = ["alakhbar | الأخبار, Al-Akhbar"]         # "key | name, name" or a bare name
//	places       = ["raqqa | الرقة | رقاوي | syria"]          # "key | names | adjective | country"
//	anonymous    = ["مصدر عسكري"]                              # nouns of unnamed sources
//	hedges       = ["بحسب ما يتردد"]                           # phrases that mark a claim as hedged
//	opposites    = ["أقر، يقر، إقرار | ألغى، يلغي، إلغاء",      # opposite senses: "words | words [| words]"
//	                "ordinal: المرحلة الأولى | المرحلة الثانية", # kinds: opposite (default), ordinal,
//	                "contrast: القمح | الشعير",                  # contrast (members of a category),
//	                "refusal: قاطع، يقاطع"]                      # refusal (verbs that reverse their act)
//
//	# Who signs verdicts and ClaimReview exports.
//	[review]
//	reviewer         = "Rana Haddad"
//	organisation     = "Example Fact Check"
//	organisation_url = "https://factcheck.example.org"
//
// A missing default file is not an error (Load returns an empty Config);
// a missing file named explicitly is. Unknown keys are reported, so a
// misspelt key does not pass silently.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is the content of a configuration file.
type Config struct {
	Lexicon Lexicon `toml:"lexicon"`
	Review  Review  `toml:"review"`
	// Path is the file that was read, "" when none was.
	Path string `toml:"-"`
}

// Lexicon lists word-list entries appended to the built-in ones.
type Lexicon struct {
	Roles       []string `toml:"roles"`
	SpeechVerbs []string `toml:"speech_verbs"`
	Outlets     []string `toml:"outlets"`
	Places      []string `toml:"places"`
	Anonymous   []string `toml:"anonymous"`
	Hedges      []string `toml:"hedges"`
	// Opposites are lines in the format of claim/modality/opposites.txt:
	// "[KIND:] words | words [| words]", words separated by commas.
	Opposites []string `toml:"opposites"`
}

// Review identifies who signs verdicts and exports.
type Review struct {
	Reviewer        string `toml:"reviewer"`
	Organisation    string `toml:"organisation"`
	OrganisationURL string `toml:"organisation_url"`
}

// ErrUnknownKey is wrapped by the error Load returns for keys the format
// does not have.
var ErrUnknownKey = errors.New("unknown configuration key")

// FileError is a configuration file that could not be used, with a hint
// for the user.
type FileError struct {
	Path string
	Err  error
	Hint string
}

func (e *FileError) Error() string {
	msg := "config " + e.Path + ": " + e.Err.Error()
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}

func (e *FileError) Unwrap() error { return e.Err }

// DefaultPath returns the default configuration path:
// $XDG_CONFIG_HOME/claimdiff/config.toml, else
// $HOME/.config/claimdiff/config.toml, else "" when neither variable is set.
func DefaultPath(getenv func(string) string) string {
	if getenv == nil {
		getenv = os.Getenv
	}
	if x := getenv("XDG_CONFIG_HOME"); x != "" {
		return filepath.Join(x, "claimdiff", "config.toml")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".config", "claimdiff", "config.toml")
	}
	return ""
}

// Load reads the configuration file at path, or at DefaultPath(getenv)
// when path is "". A missing default file gives an empty Config; a missing
// explicit file, a malformed file or unknown keys give a *FileError.
func Load(path string, getenv func(string) string) (*Config, error) {
	explicit := path != ""
	if !explicit {
		path = DefaultPath(getenv)
		if path == "" {
			return &Config{}, nil
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return &Config{}, nil
		}
		return nil, &FileError{Path: path, Err: err, Hint: "check the --config path"}
	}
	var c Config
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return nil, &FileError{Path: path, Err: fmt.Errorf("parse: %w", err), Hint: "the file must be TOML"}
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		sort.Strings(keys)
		return nil, &FileError{Path: path, Err: fmt.Errorf("%w: %s", ErrUnknownKey, strings.Join(keys, ", ")),
			Hint: "known keys: lexicon.{roles,speech_verbs,outlets,places,anonymous,hedges,opposites}, review.{reviewer,organisation,organisation_url}"}
	}
	c.Path = path
	return &c, nil
}
