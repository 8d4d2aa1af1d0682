package sim

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// The finiteness guard stops a run at the first tick that makes a value
// that is not a finite number, naming the nation, the quantity and the
// tick, and the run goes no further. Each case drives a real tick into
// overflow (issue 18, finding 4: such runs used to exit 0 with NaN and
// infinity written as empty cells).
func TestGuardStopsTheRun(t *testing.T) {
	for _, tc := range []struct {
		name     string
		spoil    func(w *World)
		owner    string
		quantity string
	}{
		{"GDP overflows", func(w *World) { w.nations[cENE].GDP, w.nations[cENE].Growth = math.MaxFloat64, 1 },
			"nation ENE", "GDP"},
		{"debt overflows", func(w *World) { w.nations[cENE].Debt, w.p.Interest = math.MaxFloat64, 1 },
			"nation ENE", "debt"},
		// A NaN capability reaches the budget phase first: the share it sets
		// is the first quantity the guard reads.
		{"capability is NaN", func(w *World) { w.nations[cENE].Capability = math.NaN() },
			"nation ENE", "defence share"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, financeWorld(1))
			stepThrough(t, w, 2)
			if w.Err() != nil {
				t.Fatalf("a sound world failed: %v", w.Err())
			}
			tc.spoil(w)
			if w.Step() {
				t.Fatal("Step went on after a tick that made a value that is not finite")
			}
			var nf *NonFiniteError
			if !errors.As(w.Err(), &nf) {
				t.Fatalf("Err = %v, want a *NonFiniteError", w.Err())
			}
			if nf.Tick != 3 || nf.Owner != tc.owner || nf.Quantity != tc.quantity || finite(nf.Value) {
				t.Errorf("got tick %d, %s, %s = %v; want tick 3, %s, %s", nf.Tick, nf.Owner, nf.Quantity, nf.Value, tc.owner, tc.quantity)
			}
			msg := w.Err().Error()
			for _, want := range []string{"tick 3 (2003)", tc.owner + ": " + tc.quantity + " is"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
			if w.Step() || w.Done() || w.Tick() != 3 {
				t.Errorf("the failed run moved on: Step true or Done, or tick %d", w.Tick())
			}
		})
	}
}

// checkFinite reads every quantity an observer writes out: a non-finite
// value anywhere is found and named.
func TestCheckFiniteNamesWhere(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	for _, tc := range []struct {
		name  string
		spoil func(w *World)
		want  string
	}{
		{"share", func(w *World) { w.nations[cMID].Share = nan }, "nation MID: defence share"},
		{"threat ratio", func(w *World) { w.ratio[cBOR] = inf }, "nation BOR: threat ratio"},
		{"a flow", func(w *World) { w.flows[cLN2].InterestReceived = inf }, "nation LN2: interest received"},
		{"cohesion", func(w *World) { w.alliances[0].Cohesion = nan }, "alliance A1: cohesion"},
		{"an alliance's capability", func(w *World) {
			w.nations[cLN1].Capability = math.MaxFloat64
			w.nations[cLN2].Capability = math.MaxFloat64
		},
			"alliance A1: capability"},
		{"exploitation", func(w *World) { w.alliances[0].Exploitation = inf }, "alliance A1: exploitation"},
		{"the ledger", func(w *World) { w.ledger.Outstanding = nan }, "the world ledger: outstanding"},
		{"the diagnostics", func(w *World) { w.diag.Energy = inf }, "the diagnostics: energy"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, financeWorld(1))
			stepThrough(t, w, 1)
			if err := w.checkFinite(); err != nil {
				t.Fatalf("a sound world fails: %v", err)
			}
			tc.spoil(w)
			err := w.checkFinite()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
	t.Run("undefined exploitation is not a failure", func(t *testing.T) {
		w := mustNew(t, financeWorld(1))
		stepThrough(t, w, 1)
		w.alliances[0].Exploitation = nan // NaN by definition under three members
		if err := w.checkFinite(); err != nil {
			t.Errorf("got %v", err)
		}
	})
}
