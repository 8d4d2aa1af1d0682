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
	n, err := sc.Without([]string{"threat_shock", " detente", ""}) // a stray comma leaves an empty entry
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
	// The regimes' dates before the run go with the regime changes, and
	// stay with them.
	if !slices.ContainsFunc(sc.Config.RegimeSince, func(y int) bool { return y != 0 }) {
		t.Fatal("cold-war should date some regimes before the run (regime_since)")
	}
	if len(sc.Config.ShareRegimes) == 0 {
		t.Fatal("cold-war should give the regimes some start shares were measured under (share_regime)")
	}
	if _, err := sc.Without([]string{"regime_change"}); err != nil {
		t.Fatal(err)
	}
	if sc.Config.RegimeSince != nil || sc.Config.ShareRegimes != nil || count(sim.RegimeChange) != 0 {
		t.Errorf("without regime_change: regime_since %v, share_regime %v, %d changes left", sc.Config.RegimeSince, sc.Config.ShareRegimes, count(sim.RegimeChange))
	}
}

func TestWithoutRefusesWhatDecidesTheStates(t *testing.T) {
	sc, err := Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	all := len(sc.Config.Events)
	// Entry and merge decide which states exist; the Cold War has no aid
	// programme, and a run "without" it alone would be the scenario's own.
	for _, kinds := range [][]string{{"entry"}, {"merge"}, {"war", "no_such_kind"}, {"aid_programme"}, {"", " "}} {
		if _, err := sc.Without(kinds); err == nil {
			t.Errorf("%q: want an error", kinds)
		}
	}
	if len(sc.Config.Events) != all || len(sc.LeftOut) != 0 {
		t.Error("a refused call must change nothing")
	}
	for _, k := range sim.EventKinds {
		if removable(k) == (k == sim.Entry || k == sim.Merge) {
			t.Errorf("removable(%s) = %v", k, removable(k))
		}
	}
}

// A kind the scenario has no event of is not recorded as left out: the
// same list serves every scenario, and the label says what was removed.
func TestWithoutRecordsOnlyWhatItRemoved(t *testing.T) {
	sc, err := Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sc.Without([]string{"aid_programme", "war", "war"}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sc.LeftOut, []string{"war"}) {
		t.Errorf("LeftOut %q, want [war]", sc.LeftOut)
	}
}
