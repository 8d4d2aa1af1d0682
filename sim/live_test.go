package sim_test

import (
	"math"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

func classroom(t *testing.T, name string, sets ...string) *sim.World {
	t.Helper()
	sc, err := scenarios.Load(name, sets)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.New(sc.Config, 0)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestSetLiveParam changes the reactivity of identical worlds between
// ticks: they agree up to the change and differ from the next tick on, in
// the way the change points. The budget rule scales a state's anchored
// share by (burden ratio)^k, so k = 0 holds it at the anchor and a larger
// k moves it further in the direction its burden has moved since: more
// spending where the burden grew, less where it fell.
func TestSetLiveParam(t *testing.T) {
	// k's effect alone: budgets answer this tick's threat (no lag), and no
	// bound on a year's rise.
	race := func() *sim.World { return classroom(t, "classroom-arms-race", "budget_lag=0") }
	a, b, c := race(), race(), race()
	for _, w := range []*sim.World{a, b, c} {
		if err := w.SetLiveParam("share_rise", 0); err != nil {
			t.Fatal(err)
		}
	}
	for range 3 {
		a.Step()
		b.Step()
		c.Step()
	}
	k, _ := a.LiveParam("k")
	if k >= 2 || k <= 0 {
		t.Fatalf("bad fixture: default k %v", k)
	}
	if err := b.SetLiveParam("k", 2); err != nil {
		t.Fatal(err)
	}
	if err := c.SetLiveParam("k", 0); err != nil {
		t.Fatal(err)
	}
	if v, _ := b.LiveParam("k"); v != 2 {
		t.Errorf("LiveParam(k) = %g after setting 2", v)
	}
	for i := range a.Nations() {
		if a.Nations()[i].Share != b.Nations()[i].Share || a.Nations()[i].Share != c.Nations()[i].Share {
			t.Fatalf("the change acted before the next tick")
		}
	}
	a.Step()
	b.Step()
	c.Step()
	moved := 0
	for i, n := range a.Nations() {
		// From the share at k = 0, the default k's step and k = 2's point
		// the same way, and k = 2's is at least as long.
		base := c.Nations()[i].Share
		sa, sb := n.Share-base, b.Nations()[i].Share-base
		if sa*sb < 0 || math.Abs(sb) < math.Abs(sa) {
			t.Errorf("%s: share %g at k = 0, %g at k = %g, %g at k = 2: want k = 2 further out the same way",
				n.ID, base, n.Share, k, b.Nations()[i].Share)
		}
		if sb != sa {
			moved++
		}
	}
	if moved == 0 {
		t.Error("raising k moved no share: the fixture exercises nothing")
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
