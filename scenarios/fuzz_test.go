package scenarios

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds the parser arbitrary bytes: it must never panic, and it
// returns either a scenario whose Config the engine accepts or an *Error.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.toml")
	bad, _ := filepath.Glob("testdata/bad/*.toml")
	for _, name := range append(files, bad...) {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("fuzz.toml", data, nil)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || len(e.Problems) == 0 {
				t.Fatalf("Parse returned %T %v, want an *Error with problems", err, err)
			}
			return
		}
		if errs := s.Config.Validate(); len(errs) > 0 {
			t.Fatalf("Parse accepted a Config the engine rejects: %v", errs)
		}
	})
}
