package sweep

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"entente/scenarios"
)

// FuzzParsePlan feeds the plan loader arbitrary bytes: it never panics,
// and returns either a *scenarios.Error with problems or a plan whose
// design lays out and whose first and last points load.
func FuzzParsePlan(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.toml")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("[sweep]\nscenario = \"classroom-balance\"\ndesign = \"lhs\"\npoints = 3\n[[param]]\nkey = \"k\"\ndistribution = \"normal\"\nmean = 0.3\nsd = 0.01\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePlan("fuzz.toml", data)
		if err != nil {
			var e *scenarios.Error
			if !errors.As(err, &e) || len(e.Problems) == 0 {
				t.Fatalf("ParsePlan returned %T %v, want a *scenarios.Error with problems", err, err)
			}
			return
		}
		if p.Runs() < 1 || p.Runs() > maxRuns {
			t.Fatalf("a plan of %d runs was accepted", p.Runs())
		}
		if p.Design == LHS && p.Points > 2000 {
			return // sampling is fine; checking it here is slow
		}
		d := NewDesign(p)
		for _, i := range []int{0, p.PointCount() - 1} {
			if _, err := scenarios.Load(p.source(), d.Overrides(i)); err != nil && p.Design == Grid {
				t.Fatalf("point %d of an accepted grid does not load: %v", i, err)
			}
		}
	})
}

// FuzzParamFlag: --param never panics, and what it accepts checks as a plan
// or fails with problems.
func FuzzParamFlag(f *testing.F) {
	for _, s := range []string{"k=0.1:0.5:0.1", "chi=0.5,0.9", "k=uniform(0.1,0.5)", "geometry=plane", "k=normal(0.3,0.1)", "=", "k=:::"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := FlagPlan{Scenario: "classroom-balance", Params: []string{s}, Reps: 1, Design: Grid, Seed: 1}.Plan()
		var e *scenarios.Error
		if err != nil && (!errors.As(err, &e) || len(e.Problems) == 0) {
			t.Fatalf("%q: %T %v", s, err, err)
		}
	})
}
