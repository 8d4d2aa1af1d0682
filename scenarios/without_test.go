package scenarios

import (
	"slices"
	"testing"

	"entente/sim"
)

func TestWithoutLeavesOutTheKindsAsked(t *testing.T) {
	sc, err := Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	count := func(k sim.EventKind) int {
		n := 0
		for _, e := range sc.Config.Events {
			if e.Kind == k {
				n++
			}
		}
		return n
	}
	shocks, detentes, regimes, all := count(sim.ThreatShock), count(sim.Detente), count(sim.RegimeChange), len(sc.Config.Events)
	if shocks == 0 || detentes == 0 || regimes == 0 {
		t.Fatalf("cold-war should have shocks, détentes and regime changes: %d, %d, %d", shocks, detentes, regimes)
	}
	n, err := sc.Without([]string{"threat_shock", " detente"})
	if err != nil {
		t.Fatal(err)
	}
	if n != shocks+detentes || count(sim.ThreatShock) != 0 || count(sim.Detente) != 0 {
		t.Errorf("removed %d (want %d); left %d shocks and %d détentes", n, shocks+detentes, count(sim.ThreatShock), count(sim.Detente))
	}
	if count(sim.RegimeChange) != regimes || len(sc.Config.Events) != all-n {
		t.Error("events of other kinds must stay")
	}
	if !slices.Equal(sc.LeftOut, []string{"detente", "threat_shock"}) {
		t.Errorf("LeftOut %q, want the kinds sorted", sc.LeftOut)
	}
	fresh, _ := Load("cold-war", nil)
	if count := len(fresh.Config.Events); count != all {
		t.Errorf("Without changed another load of the scenario: %d events, want %d", count, all)
	}
}

func TestWithoutRefusesWhatDecidesTheStates(t *testing.T) {
	sc, err := Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	all := len(sc.Config.Events)
	for _, kinds := range [][]string{{"entry"}, {"merge"}, {"war", "no_such_kind"}} {
		if _, err := sc.Without(kinds); err == nil {
			t.Errorf("%q: want an error", kinds)
		}
	}
	if len(sc.Config.Events) != all || len(sc.LeftOut) != 0 {
		t.Error("a refused call must change nothing")
	}
	for _, k := range sim.EventKinds {
		if Removable(k) == (k == sim.Entry || k == sim.Merge) {
			t.Errorf("Removable(%s) = %v", k, Removable(k))
		}
	}
}
