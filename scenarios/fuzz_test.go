package scenarios

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"entente/sim"
)

// fuzzTicks is how many ticks a scenario the fuzzers accept is run for.
const fuzzTicks = 20

// seedCorpus adds the built-in scenarios and the test files, good and bad.
func seedCorpus(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.toml")
	bad, _ := filepath.Glob("testdata/bad/*.toml")
	builtins, _ := filepath.Glob("builtin/*.toml")
	for _, name := range append(append(files, bad...), builtins...) {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
}

// runChecked runs a scenario for fuzzTicks ticks with every invariant
// checked after each.
func runChecked(t *testing.T, s *Scenario) {
	if errs := s.Config.Validate(); len(errs) > 0 {
		t.Fatalf("the loader accepted a Config the engine rejects: %v", errs)
	}
	if len(s.Config.Nations) > 300 || s.Config.Ticks() > 2000 {
		return // valid, but too big to run in a fuzzing loop
	}
	w, err := sim.New(s.Config, 0)
	if err != nil {
		t.Fatalf("sim.New refused an accepted scenario: %v", err)
	}
	c := sim.NewChecker(w)
	for k := 0; k < fuzzTicks && w.Step(); k++ {
		if err := c.Check(w); err != nil {
			t.Fatalf("tick %d breaks an invariant: %v", k, err)
		}
	}
}

// wantProblems fails unless err is an *Error with at least one problem.
func wantProblems(t *testing.T, err error) {
	var e *Error
	if !errors.As(err, &e) || len(e.Problems) == 0 {
		t.Fatalf("got %T %v, want an *Error with problems", err, err)
	}
}

// FuzzParse feeds the parser arbitrary bytes: it never panics, and gives
// either an *Error with problems or a scenario that the engine accepts
// and that runs 20 ticks with every invariant holding (no NaN, no broken
// ledger).
func FuzzParse(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("fuzz.toml", data, nil)
		if err != nil {
			wantProblems(t, err)
			return
		}
		runChecked(t, s)
	})
}

// FuzzOverrides feeds --set arbitrary overrides over a built-in: the same
// property.
func FuzzOverrides(f *testing.F) {
	for _, o := range []string{"k=0.3", "model.chi=2", "scenario.seed=7", "geometry=plane", "ticks_per_year=4",
		"end_year=2001", "s_max=0", "k=nan", "=", "k=[1,2]", "name=\"x\"", "b_max=1e308", "mu=1", "lambda=0"} {
		f.Add(o, "1e-3")
	}
	f.Fuzz(func(t *testing.T, o, second string) {
		s, err := Load("classroom-balance", []string{o, "k=" + second})
		if err != nil {
			wantProblems(t, err)
			return
		}
		runChecked(t, s)
	})
}
