package sim

import (
	"testing"

	"entente/agents"
)

// testWorld is a small plane world: two rival powers, each with two small
// neighbours, and a bystander far away.
func testWorld() Config {
	p := DefaultParams()
	pol := p.policy()
	nation := func(id string, x, y, gdp, share, regime float64, camp string) agents.Nation {
		return agents.Nation{
			ID: id, Name: id, PosA: x, PosB: y, GDP: gdp, Growth: 0.02, Volatility: p.Volatility,
			Share: share, Capability: share * gdp / p.Depreciation, Debt: 0.4, Regime: regime,
			Camp: camp, Policy: pol, Active: true,
		}
	}
	return Config{
		Name: "test", StartYear: 2000, EndYear: 2030, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			nation("AST", 0, 0, 1000, 0.03, 8, "blue"),
			nation("BOR", 800, 300, 200, 0.02, 9, "blue"),
			nation("CAL", 900, -300, 150, 0.02, 7, "blue"),
			nation("DRA", 2500, 0, 900, 0.05, -7, "red"),
			nation("ESK", 1700, 400, 120, 0.03, -5, "red"),
			nation("FEN", 1700, -400, 100, 0.03, -6, "red"),
			nation("GAL", 1200, 3000, 80, 0.01, 2, ""),
		},
		Rivalries: []Relation{{A: 0, B: 3, Level: 0.8}},
	}
}

func TestSmoke(t *testing.T) {
	w, err := New(testWorld(), 0)
	if err != nil {
		t.Fatal(err)
	}
	for w.Step() {
		for _, r := range w.Records() {
			t.Logf("%v %s %s %s %s", r.Year, r.Kind, r.Alliance, r.Nation, r.Cause)
		}
	}
	for i, n := range w.Nations() {
		st := w.State(i)
		t.Logf("%s gdp %.0f share %.3f K %.0f T %.1f S %.1f θ %.2f", n.ID, n.GDP, n.Share, n.Capability, st.Threat, st.Security, st.ThreatRatio)
	}
}
