package sim

import "testing"

// The sea keeps a continental army from an island: the island's κ toward a
// state whose forces reach no further than d0 counts only the island's
// threat from states of global reach (sea.go). In frontsWorld the island
// FRA fears only GER, so RUS, whose army shares that fear, can meet none of
// it; the island's own forces are not kept from the continent.
func TestTheSeaKeepsAContinentalArmyFromAnIsland(t *testing.T) {
	const fra, ger, rus = 0, 1, 2
	mainland := mustNew(t, frontsWorld(0, false))
	island := mustNew(t, frontsWorld(0, true))
	if k := mainland.kappaAt(fra, rus); !(k > 0) {
		t.Fatalf("on the mainland κ(FRA, RUS) = %v, want positive", k)
	}
	if k := island.kappaAt(fra, rus); k != 0 {
		t.Errorf("on an island κ(FRA, RUS) = %v, want 0: RUS's army cannot meet a threat that comes by sea", k)
	}
	if a, b := island.kappaAt(rus, fra), mainland.kappaAt(rus, fra); !(a > 0) || a != b {
		t.Errorf("κ(RUS, FRA) = %v on an island, %v on the mainland: want the same, positive (the sea keeps only the continent's armies)", a, b)
	}
	// With the sea between them RUS's forces add nothing to FRA's security;
	// what a pact is still worth to FRA is the public gain of protecting RUS.
	if on, off := island.PactValue(fra, rus).Value.Security, mainland.PactValue(fra, rus).Value.Security; !(on < off) {
		t.Errorf("the island's security gain %v, the mainland's %v: want less on the island", on, off)
	}
}

// A threat of global reach does not come by sea alone: a continental ally
// meets it where it stands (the Soviet army on the Elbe, whose bombers
// reached Britain). With GER's reach global, the island's κ toward RUS is
// the mainland's.
func TestTheSeaDoesNotKeepAnAllyFromAGlobalThreat(t *testing.T) {
	const fra, ger, rus = 0, 1, 2
	kappa := func(island bool) float64 {
		cfg := frontsWorld(0, island)
		cfg.Nations[ger].Reach = 6800
		return mustNew(t, cfg).kappaAt(fra, rus)
	}
	if a, b := kappa(true), kappa(false); !(a > 0) || a != b {
		t.Errorf("κ(FRA, RUS) against a global GER: %v on an island, %v on the mainland; want the same, positive", a, b)
	}
}

// Every path that computes κ applies the sea's condition: the members'
// κ without a pact (valuation), the scoped κ of admission and of the exit
// test of a common threat.
func TestEveryCommonalityAppliesTheSea(t *testing.T) {
	const fra, ger, rus = 0, 1, 2
	for _, island := range []bool{false, true} {
		cfg := frontsWorld(0, island)
		cfg.Alliances = []AllianceConfig{{Name: "entente", Members: []int{fra, rus}, Cohesion: 0.5}}
		w := mustNew(t, cfg)
		a := w.alliances[0]
		want := w.kappaAt(fra, rus)
		w.commonalityWithout(fra, a, w.threats.RawRowView(fra), w.threat[fra])
		if got := w.kappaWithout[rus]; !near(got, want, 1e-12) || (island && got != 0) {
			t.Errorf("island %v: κ without the pact %v, want the snapshot's %v (the same row)", island, got, want)
		}
		scope := []scoped{{l: ger, s: 1}}
		k, ok := w.scopedKappa(fra, rus, scope)
		if !ok || (island && k != 0) || (!island && !(k > 0)) {
			t.Errorf("island %v: scoped κ(FRA, RUS) = %v, %v; want 0 on an island, positive on the mainland", island, k, ok)
		}
		if k, _ := w.scopedKappa(rus, fra, scope); !(k > 0) {
			t.Errorf("island %v: scoped κ(RUS, FRA) = %v, want positive: the island's forces reach the continent", island, k)
		}
		out, ok := w.kappaOut(fra, a)
		if each, _ := w.kappaOutEach(fra, a, w.scopeOf(a)); !ok || out != each {
			t.Errorf("island %v: kappaOut %v, %v; fellow by fellow %v", island, out, ok, each)
		}
	}
}
