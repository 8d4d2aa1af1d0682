package sim

import (
	"testing"

	"entente/agents"
)

// Nations of nestedWorld.
const iLeadN, iMN, iNN, iNearN, iOutN = 0, 1, 2, 3, 4

// nestedWorld: democracies LEAD, M, N (an old community), NEAR, a
// democracy in no alliance within reach of them, and OUT, another; the
// alliances are given by their members.
func nestedWorld(pacts ...[]int) Config {
	p := fixtureParams()
	p.Community, p.InstituteHold = 0.9, 0.4
	nation := func(id string, x, gdp float64) agents.Nation {
		n := newNation(p, id, x, 0, gdp, 0.02)
		n.Regime = 10
		return n
	}
	cfg := Config{Name: "nested", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			nation("LEAD", 0, 3000),
			nation("M", 600, 400),
			nation("N", 900, 300),
			nation("NEAR", 1400, 60),
			nation("OUT", 1100, 60),
		},
	}
	for _, m := range pacts {
		cfg.Alliances = append(cfg.Alliances, AllianceConfig{Members: m, Cohesion: 0.7, Age: 50})
	}
	return cfg
}

// A pact nested in a wider one admits only the wider one's members: NEAR,
// drawn to both, admissible to both and preferring the inner pact, may
// join it only by joining the wide one; a member of the wide pact is not
// barred, and a pact nested in nothing (or in a pact of the same members)
// bars no one.
func TestANestedPactAdmitsOnlyTheWiderPactsMembers(t *testing.T) {
	w := mustNew(t, nestedWorld([]int{iLeadN, iMN, iNN}, []int{iMN, iNN}))
	wide, inner := w.alliances[0], w.alliances[1]
	vInner := w.value(iNearN, option{alliance: inner, cohesion: inner.snapshot, target: inner.Target})
	vWide := w.value(iNearN, option{alliance: wide, cohesion: wide.snapshot, target: wide.Target})
	if !vInner.Shared || vInner.KappaIn < w.p.KappaAdmit || vInner.Value <= w.p.JoinValue || vInner.Value <= vWide.Value {
		t.Fatalf("bad fixture: NEAR would not choose the inner pact anyway (values %v inner, %v wide; κ_in %v)", vInner.Value, vWide.Value, vInner.KappaIn)
	}
	if !w.outsideWiderPact(iNearN, inner) {
		t.Error("NEAR may join the inner pact without the wide one")
	}
	if w.outsideWiderPact(iLeadN, inner) || w.outsideWiderPact(iNearN, wide) {
		t.Error("a member of the wide pact, or a candidate to the wide pact itself, is barred")
	}
	if b, _, ok := w.bestAlliance(iNearN); !ok || b != wide {
		name := "none"
		if ok {
			name = b.Name
		}
		t.Errorf("NEAR's best alliance: %s, want the wide pact", name)
	}
	if r := w.joinRefusal(iNearN, inner, inner.ID); r == "" {
		t.Error("a steered NEAR may join the inner pact")
	}
	w.addMember(wide, iNearN)
	if w.outsideWiderPact(iNearN, inner) {
		t.Error("NEAR, now in the wide pact, is still barred from the inner one")
	}
	if !w.outsideWiderPact(iOutN, inner) {
		t.Fatal("OUT, outside the wide pact, may join the inner one")
	}
	w.removeMember(wide, iNN) // the inner pact is no longer nested: the kept list must go
	if w.outsideWiderPact(iOutN, inner) {
		t.Error("OUT is barred from a pact that is no longer nested")
	}
	for name, pacts := range map[string][][]int{
		"nested in nothing":         {{iLeadN, iMN}, {iNN, iOutN}},
		"twin of a pact, not wider": {{iMN, iNN}, {iMN, iNN}},
	} {
		free := mustNew(t, nestedWorld(pacts...))
		if free.outsideWiderPact(iNearN, free.alliances[1]) {
			t.Errorf("%s: a candidate is barred", name)
		}
	}
}
