package sim

import (
	"testing"

	"entente/agents"
)

// communityWorld: an old pact of two democracies (LEAD, M) with no
// adversary; NEAR, a democracy 800 km from M; FAR, a democracy 4,000 km
// from every member; AUTO, an autocracy beside M; BUSY, a democracy beside
// M already allied with AUTO.
func communityWorld(aComm float64) Config {
	p := fixtureParams()
	p.Community, p.InstituteHold = aComm, 0.4 // the default hold
	nation := func(id string, x, gdp, regime float64) agents.Nation {
		n := newNation(p, id, x, 0, gdp, 0.02)
		n.Regime = regime
		return n
	}
	return Config{Name: "community", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			nation("LEAD", 0, 3000, 10),
			nation("M", 600, 400, 10),
			nation("NEAR", 1400, 60, 10),
			nation("FAR", 4600, 60, 10),
			nation("AUTO", 1000, 60, -7),
			nation("BUSY", 1200, 60, 10),
		},
		Alliances: []AllianceConfig{
			{Name: "community", Members: []int{0, 1}, Cohesion: 0.7, Age: 50},
			{Name: "other", Members: []int{4, 5}, Cohesion: 0.7},
		},
	}
}

// A pact of like regimes with no adversary draws in a like state in no
// alliance: it values the institution as a member would, and is admitted
// if its forces are within d0 of a member. An unlike state, a distant one
// and one already allied are not; at a_comm above 1 no one is.
func TestACommunityOfLikeRegimesDrawsItsNeighbours(t *testing.T) {
	const iNear, iFar, iAuto, iBusy = 2, 3, 4, 5
	w := mustNew(t, communityWorld(0.9))
	a := w.alliances[0]
	if len(w.optionScope(iNear, option{alliance: a, cohesion: a.snapshot})) != 0 || a.Institution < 0.9 {
		t.Fatalf("bad fixture: the pact has a scope, or its institution is %v", a.Institution)
	}
	off := mustNew(t, communityWorld(2))
	for _, c := range []struct {
		name     string
		i        int
		pull     bool
		admitted bool
	}{{"NEAR", iNear, true, true}, {"FAR", iFar, true, false}, {"AUTO", iAuto, false, false}, {"BUSY", iBusy, false, false}} {
		v := w.ValueOf(c.i, a)
		v0 := off.ValueOf(c.i, off.alliances[0])
		gain := v.Value.Value - v0.Value.Value
		want := 0.0
		if c.pull {
			want = w.p.InstituteHold * a.Institution * w.alike(c.i, w.leader(a))
		}
		if !near(gain, want, 1e-12) || (c.pull && want <= 0) {
			t.Errorf("%s: value with a_comm 0.9 exceeds the value without by %v (pull %v)", c.name, gain, c.pull)
		}
		k, ok := w.kappaIn(c.i, option{alliance: a, cohesion: a.snapshot}, a.Members)
		if admitted := ok && k >= w.p.KappaAdmit; admitted != c.admitted {
			t.Errorf("%s: admitted %v (κ_in %v, defined %v), want %v", c.name, admitted, k, ok, c.admitted)
		}
		if _, ok := off.kappaIn(c.i, option{alliance: off.alliances[0], cohesion: a.snapshot}, a.Members); ok {
			t.Errorf("%s: admission defined at a_comm 2", c.name)
		}
	}
	if b, _, ok := w.bestAlliance(iNear); !ok || b != a {
		t.Errorf("NEAR's best alliance: %v (ok %v), want the community", b, ok)
	}
}

// Only a shared political order draws: two democracies, or two command
// economies. Regimes as close on the Polity scale that share neither (two
// anocracies; a command economy and a market anocracy, as the Soviet Union
// and Taiwan of 1991) are no community.
func TestOnlyASharedOrderDraws(t *testing.T) {
	const iNear = 2
	for _, c := range []struct {
		name          string
		lead, near    float64 // Polity
		command, bloc bool    // NEAR a command economy; LEAD and M command economies
		drawn         bool
	}{
		{"two democracies", 10, 10, false, false, true},
		{"two democracies at Polity's threshold", 6, 6, false, false, true},
		{"a democracy and a state just below the threshold", 6, 5, false, false, false},
		{"two anocracies", 0, -1, false, false, false},
		{"two command economies", -7, -7, true, true, true},
		{"a command economy and a market anocracy", 0, -1, false, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := communityWorld(0.9)
			for _, m := range []int{0, 1} {
				cfg.Nations[m].Regime, cfg.Nations[m].Command = c.lead, c.bloc
			}
			cfg.Nations[iNear].Regime, cfg.Nations[iNear].Command = c.near, c.command
			w := mustNew(t, cfg)
			a := w.alliances[0]
			if al := w.alike(iNear, w.leader(a)); al < w.p.Community {
				t.Fatalf("NEAR is %v alike to the leader, below a_comm: the test shows nothing", al)
			}
			if _, drawn := w.drawn(iNear, a); drawn != c.drawn {
				t.Errorf("NEAR drawn %v, want %v", drawn, c.drawn)
			}
		})
	}
}

// A state allied only with the community's members, not with its leader
// (Slovakia in its treaty with the Czech Republic, once the Czech Republic
// was in NATO), is drawn as the unallied are; one allied with a state
// outside the community (FAR), or with the community's leader in
// a pact of its own (a spoke of the hub), is not.
func TestAStateAlliedWithinTheCommunityIsDrawn(t *testing.T) {
	const iNear = 2
	for _, c := range []struct {
		name  string
		ally  int // NEAR's partner in a pact of two at the start
		drawn bool
	}{{"allied with a member", 1, true}, {"allied with the leader", 0, false}, {"allied outside", 3, false}} {
		t.Run(c.name, func(t *testing.T) {
			cfg := communityWorld(0.9)
			cfg.Alliances = append(cfg.Alliances, AllianceConfig{Name: "pair", Members: []int{c.ally, iNear}, Cohesion: 0.7})
			w := mustNew(t, cfg)
			if _, drawn := w.drawn(iNear, w.alliances[0]); drawn != c.drawn {
				t.Errorf("NEAR %s: drawn %v, want %v", c.name, drawn, c.drawn)
			}
		})
	}
}
