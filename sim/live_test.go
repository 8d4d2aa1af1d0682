package sim_test

import (
	"testing"

	"entente/scenarios"
	"entente/sim"
)

func classroom(t *testing.T, name string) *sim.World {
	t.Helper()
	sc, err := scenarios.Load(name, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestSetLiveParam changes the reactivity of one of two identical worlds
// between ticks: they agree up to the change and differ from the next
// tick on, in the way the change points.
func TestSetLiveParam(t *testing.T) {
	a, b := classroom(t, "classroom-arms-race"), classroom(t, "classroom-arms-race")
	for range 3 {
		a.Step()
		b.Step()
	}
	if err := b.SetLiveParam("k", 2); err != nil {
		t.Fatal(err)
	}
	if v, _ := b.LiveParam("k"); v != 2 {
		t.Errorf("LiveParam(k) = %g after setting 2", v)
	}
	for i := range a.Nations() {
		if a.Nations()[i].Share != b.Nations()[i].Share {
			t.Fatalf("the change acted before the next tick")
		}
	}
	a.Step()
	b.Step()
	sa, sb := 0.0, 0.0
	for i := range a.Nations() {
		sa += a.Nations()[i].Share
		sb += b.Nations()[i].Share
	}
	if !(sb > sa) {
		t.Errorf("raising k did not raise spending at the next tick: %g, want more than %g", sb, sa)
	}
}

func TestSetLiveParamTarget(t *testing.T) {
	w := classroom(t, "classroom-balance")
	for w.Step() && len(w.Live()) == 0 {
	}
	if err := w.SetLiveParam("tau0", 0.04); err != nil {
		t.Fatal(err)
	}
	for _, a := range w.Live() {
		if a.Target != 0.04 {
			t.Errorf("%s target %g, want 0.04", a.ID, a.Target)
		}
	}
}

func TestSetLiveParamRefuses(t *testing.T) {
	w := classroom(t, "classroom-balance")
	for _, tc := range []struct {
		key   string
		value float64
	}{{"gamma", 1}, {"k", -1}, {"psi0", 2}, {"nonsense", 0}} {
		before, _ := w.LiveParam("k")
		if err := w.SetLiveParam(tc.key, tc.value); err == nil {
			t.Errorf("SetLiveParam(%s, %g) accepted", tc.key, tc.value)
		}
		if after, _ := w.LiveParam("k"); after != before {
			t.Errorf("a refused change changed k")
		}
	}
	for _, k := range sim.LiveParamKeys() {
		if _, err := w.LiveParam(k); err != nil {
			t.Errorf("LiveParam(%s): %v", k, err)
		}
	}
}
