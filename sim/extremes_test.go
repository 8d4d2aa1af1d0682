package sim_test

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// runToEnd runs a world with the invariant checker, and returns the first
// broken invariant or the finiteness guard's finding.
func runToEnd(cfg sim.Config) error {
	w, err := sim.New(cfg, 0)
	if err != nil {
		return err
	}
	c := sim.NewChecker(w)
	for w.Step() {
		if err := c.Check(w); err != nil {
			return err
		}
	}
	return w.Err()
}

// The property of issue 18: every [model] key at its minimum and at its
// maximum, one at a time, on every built-in scenario, either fails
// validation before running (exit 2: the loader's *scenarios.Error, as
// when the value breaks a bound by another key, s_min ≤ s_max) or runs to
// its end with every value finite and every invariant holding.
func TestEveryKeyAtItsEnds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every built-in scenario twice per key")
	}
	builtins := scenarios.Builtins()
	ran := 0
	for _, p := range sim.ParamTable() {
		lo, hi, err := p.Ends()
		if err != nil || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
			t.Fatalf("%s: range %q: ends %v, %v (%v)", p.Key, p.Range, lo, hi, err)
		}
		for _, v := range []float64{lo, hi} {
			set := "model." + p.Key + "=" + strconv.FormatFloat(v, 'g', -1, 64)
			for _, b := range builtins {
				sc, err := scenarios.Load(b.Name, []string{set})
				if err != nil {
					var bad *scenarios.Error
					if !errors.As(err, &bad) {
						t.Errorf("%s --set %s: %v, want a validation error or a run", b.Name, set, err)
					}
					continue
				}
				if err := runToEnd(sc.Config); err != nil {
					t.Errorf("%s --set %s: %v", b.Name, set, err)
				}
				ran++
			}
		}
	}
	t.Logf("%d runs at the ends of the ranges, every one finite", ran)
}

// Findings 1 and 5 of issue 18: a duration of 1e19 years overflowed int
// when turned into ticks (shift_window panicked; patience and
// exit_patience turned negative and dissolved pacts or emptied them at
// once; loan_term made repayments negative). Now 1e19 is refused, naming
// the key, and the bound, 1000 years, keeps the meaning: no one waits out
// a patience of 1000 years in a run, and a loan over 1000 years is repaid a
// little each tick. Each case's scenario shows the behaviour at the
// defaults, so that switching it off means something.
func TestDurationsAtTheirBound(t *testing.T) {
	// seen counts, after a tick, what the key governs; at the bound it must
	// stay 0 (nil: only that the run ends finite).
	records := func(kind, cause string) func(w *sim.World) int {
		return func(w *sim.World) int {
			n := 0
			for _, r := range w.Records() {
				if r.Kind == kind && strings.Contains(r.Cause, cause) {
					n++
				}
			}
			return n
		}
	}
	badLoans := func(w *sim.World) int {
		n := 0
		for _, l := range w.Loans() {
			if !(l.Instalment > 0) || l.TicksLeft <= 0 || l.Remaining > l.Principal {
				n++
			}
		}
		return n
	}
	for _, tc := range []struct {
		key, scenario string
		atDefault     func(w *sim.World) int // > 0 over the default run
		atBound       func(w *sim.World) int // 0 after every tick at 1000
	}{
		{"shift_window", "cold-war", nil, nil},
		{"patience", "middle-east", records(sim.Dissolved, "cohesion"), records(sim.Dissolved, "cohesion")},
		{"exit_patience", "cold-war", records(sim.Left, ""), records(sim.Left, "")},
		{"loan_term", "cold-war", func(w *sim.World) int { return len(w.Loans()) }, badLoans},
	} {
		t.Run(tc.key+"=1e19", func(t *testing.T) {
			_, err := scenarios.Load(tc.scenario, []string{tc.key + "=1e19"})
			if err == nil || !strings.Contains(err.Error(), "model."+tc.key+": must be in ") ||
				!strings.Contains(err.Error(), ", 1000], got 1e+19") {
				t.Errorf("got %v, want a message naming model.%s and its range", err, tc.key)
			}
		})
		t.Run(tc.key+"=1000", func(t *testing.T) {
			run := func(sets []string, after func(w *sim.World) int) int {
				sc, err := scenarios.Load(tc.scenario, sets)
				if err != nil {
					t.Fatal(err)
				}
				w, err := sim.New(sc.Config, 0)
				if err != nil {
					t.Fatal(err)
				}
				c := sim.NewChecker(w)
				total := 0
				for w.Step() {
					if err := c.Check(w); err != nil {
						t.Fatalf("tick %d: %v", w.Tick(), err)
					}
					if after != nil {
						total += after(w)
					}
				}
				if err := w.Err(); err != nil {
					t.Fatal(err)
				}
				return total
			}
			if tc.atDefault != nil && run(nil, tc.atDefault) == 0 {
				t.Fatalf("bad fixture: %s shows nothing %s governs at the defaults", tc.scenario, tc.key)
			}
			if n := run([]string{tc.key + "=1000"}, tc.atBound); n > 0 {
				t.Errorf("%s = 1000: %d times what a 1000-year %s forbids", tc.key, n, tc.key)
			}
		})
	}
}
