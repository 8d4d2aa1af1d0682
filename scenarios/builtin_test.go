package scenarios

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"entente/sim"
)

// TestBuiltins loads every built-in scenario and builds its world.
func TestBuiltins(t *testing.T) {
	list := Builtins()
	if !slices.ContainsFunc(list, func(i Info) bool { return i.Name == Default }) {
		t.Errorf("the default scenario %q is not a built-in", Default)
	}
	if !slices.IsSortedFunc(list, func(a, b Info) int { return strings.Compare(a.Name, b.Name) }) {
		t.Errorf("Builtins() is not sorted by name: %v", list)
	}
	for _, info := range list {
		t.Run(info.Name, func(t *testing.T) {
			s, err := Load(info.Name, nil)
			if err != nil {
				t.Fatal(err)
			}
			if s.Name != info.Name {
				t.Errorf("[scenario] name = %q, want the file's name %q", s.Name, info.Name)
			}
			if s.Source != "builtin:"+info.Name || s.Title != info.Title || len(s.SHA256) != 64 {
				t.Errorf("Source %q, Title %q (Info %q), SHA256 %q", s.Source, s.Title, info.Title, s.SHA256)
			}
			if _, err := sim.New(s.Config, 0); err != nil {
				t.Errorf("sim.New: %v", err)
			}
		})
	}
}

func TestLoadUnknownBuiltin(t *testing.T) {
	_, err := Load("no-such-world", nil)
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(err.Error(), `unknown scenario "no-such-world"`) {
		t.Errorf("got %v, want an *Error naming the scenario", err)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load("testdata/no-such-file.toml", nil)
	var e *Error
	if err == nil || errors.As(err, &e) || !strings.HasPrefix(err.Error(), "load scenario testdata/no-such-file.toml: ") {
		t.Errorf("got %v, want the wrapped os error", err)
	}
}
