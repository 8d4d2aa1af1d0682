package sim

import (
	"math"
	"testing"
)

// A slider moved to 0 and back, or past a bound and back, restores every
// nation's own value: changes are computed from the values the run began
// with, not from the last change.
func TestLiveSliderRestoresPerNationValues(t *testing.T) {
	cfg := financeWorld(1)
	for i := range cfg.Nations {
		cfg.Nations[i].Policy.Reactivity = cfg.Params.Reactivity * float64(i+1) / 2
		cfg.Nations[i].Policy.Privateness = 0.1 * float64(i+1)
	}
	w := mustNew(t, cfg)
	k0, psi0 := cfg.Params.Reactivity, cfg.Params.Privateness
	for _, step := range []struct {
		key   string
		value float64
	}{{"k", 0}, {"k", 3 * k0}, {"k", k0}, {"psi0", 1}, {"psi0", psi0}} {
		if err := w.SetLiveParam(step.key, step.value); err != nil {
			t.Fatal(err)
		}
	}
	for i, n := range w.Nations() {
		if want := cfg.Nations[i].Policy.Reactivity; math.Abs(n.Policy.Reactivity-want) > 1e-15 {
			t.Errorf("%s: k %v after 0 and back, want %v", n.ID, n.Policy.Reactivity, want)
		}
		if want := cfg.Nations[i].Policy.Privateness; math.Abs(n.Policy.Privateness-want) > 1e-15 {
			t.Errorf("%s: psi %v after 1 and back, want %v", n.ID, n.Policy.Privateness, want)
		}
	}
}
