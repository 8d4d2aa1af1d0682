package sim

import (
	"testing"

	"entente/agents"
)

// nestedWorld: an old community of democracies WIDE (LEAD, M, N) and an
// inner pact of two of its members (M, N), with NEAR, a democracy in no
// alliance within reach of both. With inner false the inner pact holds M
// and OUT, a state outside WIDE, so that it is nested in nothing.
func nestedWorld(inner bool) Config {
	p := fixtureParams()
	p.Community, p.InstituteHold = 0.9, 0.4
	nation := func(id string, x, gdp float64) agents.Nation {
		n := newNation(p, id, x, 0, gdp, 0.02)
		n.Regime = 10
		return n
	}
	second := []int{1, 2}
	if !inner {
		second = []int{1, 4}
	}
	return Config{Name: "nested", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			nation("LEAD", 0, 3000),
			nation("M", 600, 400),
			nation("N", 900, 300),
			nation("NEAR", 1400, 60),
			nation("OUT", 1100, 60),
		},
		Alliances: []AllianceConfig{
			{Name: "wide", Members: []int{0, 1, 2}, Cohesion: 0.7, Age: 50},
			{Name: "inner", Members: second, Cohesion: 0.7, Age: 50},
		},
	}
}

// A pact nested in a wider one admits only the wider one's members: NEAR,
// drawn to both and admissible to both, may join the inner pact only by
// joining the wide one; a member of the wide pact is not barred, and a
// pact nested in nothing bars no one.
func TestANestedPactAdmitsOnlyTheWiderPactsMembers(t *testing.T) {
	const iLead, iNear = 0, 3
	w := mustNew(t, nestedWorld(true))
	wide, inner := w.alliances[0], w.alliances[1]
	v := w.value(iNear, option{alliance: inner, cohesion: inner.snapshot, target: inner.Target})
	if !v.Shared || v.KappaIn < w.p.KappaAdmit || v.Value <= w.p.JoinValue {
		t.Fatalf("bad fixture: NEAR would not join the inner pact anyway (value %v, κ_in %v, shared %v)", v.Value, v.KappaIn, v.Shared)
	}
	if !w.nestedOutside(iNear, inner) {
		t.Error("NEAR may join the inner pact without the wide one")
	}
	if w.nestedOutside(iLead, inner) || w.nestedOutside(iNear, wide) {
		t.Error("a member of the wide pact, or a candidate to the wide pact itself, is barred")
	}
	if b, _, ok := w.bestAlliance(iNear); !ok || b != wide {
		name := "none"
		if ok {
			name = b.Name
		}
		t.Errorf("NEAR's best alliance: %s, want the wide pact", name)
	}
	w.addMember(wide, iNear)
	if w.nestedOutside(iNear, inner) {
		t.Error("NEAR, now in the wide pact, is still barred from the inner one")
	}
	free := mustNew(t, nestedWorld(false))
	if free.nestedOutside(iNear, free.alliances[1]) {
		t.Error("a pact nested in nothing bars a candidate")
	}
}
