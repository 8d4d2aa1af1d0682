package sim

import (
	"testing"

	"entente/agents"
)

// guaranteeWorld: BIG is threatened by ZED (rivalry 0.9); SML, whose
// forces are those of the GDP given (BIG's 1,500 make thirty times SML's
// at 50), has a milder quarrel with ZED (0.35). In a pact of the two, BIG
// opposes what SML fears from ZED at 0.9·π, but SML opposes what BIG fears
// at 0.35·π, below κ_admit 0.3.
func guaranteeWorld(smallGDP float64) Config {
	p := fixtureParams()
	p.FormValue = 0.1
	p.KappaAdmit = 0.3
	return Config{Name: "guarantee", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			newNation(p, "ZED", 0, 0, 500, 0.05),
			newNation(p, "SML", 1000, 0, smallGDP, 0.02),
			newNation(p, "BIG", 2500, 0, 1500, 0.02),
		},
		Rivalries: []Relation{{A: 0, B: 2, Level: 0.9}, {A: 0, B: 1, Level: 0.35}},
	}
}

// TestTheStrongerGuaranteesTheWeaker: the weaker founder of a new pact
// need not help against what the stronger fears (guarantee.go); the
// stronger must oppose what the weaker fears, which
// TestKappaAdmitBlocksPartnerWithoutCommonThreat checks.
func TestTheStrongerGuaranteesTheWeaker(t *testing.T) {
	const sml, big = 1, 2
	w := mustNew(t, guaranteeWorld(50))
	vs, vb := w.PactValue(sml, big), w.PactValue(big, sml)
	if vs.Value.Value <= w.p.FormValue || vb.Value.Value <= w.p.FormValue {
		t.Fatalf("bad fixture: values %v (SML) and %v (BIG), want both above v_form", vs.Value.Value, vb.Value.Value)
	}
	if vs.KappaIn >= w.p.KappaAdmit || vb.KappaIn < w.p.KappaAdmit {
		t.Fatalf("bad fixture: admission κ %v (SML) and %v (BIG), want SML's below κ_admit and BIG's above", vs.KappaIn, vb.KappaIn)
	}
	if !w.protege(sml, big) || w.protege(big, sml) {
		t.Fatalf("bad fixture: SML's forces %v, BIG's %v", w.nations[sml].Capability, w.nations[big].Capability)
	}
	for _, i := range []int{sml, big} {
		if p, ok := w.bestPartner(i, make([]bool, 3)); !ok || p.partner != sml+big-i {
			t.Errorf("%s's best partner: %d (ok %v), want the other", w.nations[i].ID, p.partner, ok)
		}
	}
	why := w.WhyPact(sml, big)
	if !why.Sides[0].Protege || why.Sides[1].Protege || why.Sides[0].Fails != "" || why.Sides[1].Fails != "" {
		t.Errorf("why: SML %+v, BIG %+v; want SML the protégé and both passing", why.Sides[0], why.Sides[1])
	}
	w.formation()
	if len(w.Alliances()) != 1 || !w.Alliances()[0].Has(sml) || !w.Alliances()[0].Has(big) {
		t.Errorf("alliances %d, want the SML–BIG pact", len(w.Alliances()))
	}

	// Make SML the stronger (its GDP, and so its forces, above BIG's): now
	// its test is the one asked, and the pact does not form.
	w = mustNew(t, guaranteeWorld(2000))
	if !w.protege(big, sml) {
		t.Fatalf("bad fixture: SML's forces %v, BIG's %v", w.nations[sml].Capability, w.nations[big].Capability)
	}
	if vs := w.PactValue(sml, big); vs.KappaIn >= w.p.KappaAdmit {
		t.Fatalf("bad fixture: SML's admission κ %v, want below κ_admit", vs.KappaIn)
	}
	for _, i := range []int{sml, big} {
		if p, ok := w.bestPartner(i, make([]bool, 3)); ok {
			t.Errorf("SML the stronger: %s founds with %s", w.nations[i].ID, w.nations[p.partner].ID)
		}
	}
	if why := w.WhyPact(sml, big); why.Sides[0].Fails == "" || why.Sides[0].Test != FailsAdmission || why.Sides[0].Protege {
		t.Errorf("SML the stronger: why %+v, want its admission failing", why.Sides[0])
	}
}

// TestNoScopeIsExact: a new pact of two has no adversary exactly when one
// founder is hostile to nobody above the scope's floor (prune.go, noScope,
// which skips such pairs): just above the floor the scope holds ZED, at
// the floor it is empty; and in the pruning tests' worlds no pair noScope
// skips has an adversary.
func TestNoScopeIsExact(t *testing.T) {
	const zed, sml, big = 0, 1, 2
	for _, c := range []struct {
		above float64
		want  bool
	}{{1e-6, false}, {0, true}} {
		cfg := guaranteeWorld(50)
		floor := cfg.Params.ScopeLevel / 2
		cfg.Rivalries[1].Level = floor + c.above
		w := mustNew(t, cfg)
		if h := w.hostility.At(sml, zed); h != floor+c.above {
			t.Fatalf("bad fixture: H_SML,ZED = %v, want %v", h, floor+c.above)
		}
		if got := w.noScope(sml, big); got != c.want || got != (len(w.newPactScope(sml, big)) == 0) {
			t.Errorf("SML's hostility %v above the floor: noScope %v, the scope %v; want %v", c.above, got, w.newPactScope(sml, big), c.want)
		}
	}
	for _, tc := range pruneWorlds() {
		w := mustNew(t, tc.cfg)
		for range 5 {
			w.Step()
			for i := range w.nations {
				for j := range w.nations {
					if i != j && w.noScope(i, j) && len(w.newPactScope(i, j)) > 0 {
						t.Fatalf("%s, tick %d: noScope(%d, %d) with adversaries %v", tc.name, w.Tick(), i, j, w.newPactScope(i, j))
					}
				}
			}
		}
	}
}
