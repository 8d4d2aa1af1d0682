package sim

import (
	"testing"

	"entente/agents"
)

// tetherWorld is a pact of LEAD (the largest) and M, aimed at X, which
// both fear; C fears X too and is M's rival (or LEAD's, with rivalOfLead).
// xGDP sizes X, and with it the threat the pact's adversary poses.
func tetherWorld(xGDP float64, rivalOfLead bool) (Config, [4]int) {
	p := fixtureParams()
	const lead, m, c, x = 0, 1, 2, 3
	rival := Relation{A: c, B: m, Level: 0.5}
	if rivalOfLead {
		rival.B = lead
	}
	return Config{Name: "tether", StartYear: 1880, EndYear: 1890, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			newNation(p, "LEAD", 0, 0, 3000, 0.03),
			newNation(p, "M", 600, 0, 400, 0.03),
			newNation(p, "C", 1200, 0, 400, 0.03),
			newNation(p, "X", 600, 700, xGDP, 0.03),
		},
		Alliances: []AllianceConfig{{Name: "pact", Members: []int{lead, m}, Cohesion: 0.6}},
		Rivalries: []Relation{{A: lead, B: x, Level: 0.8}, {A: m, B: x, Level: 0.8}, {A: c, B: x, Level: 0.8}, rival},
	}, [4]int{lead, m, c, x}
}

// Rivals who both fear the pact's adversary more than each other may be
// allies (Italy and Austria-Hungary in the Triple Alliance); rivals who
// fear each other more may not; a rival of the pact's leader never.
func TestRivalsAreTetheredOnlyByAGreaterEnemy(t *testing.T) {
	for _, c := range []struct {
		name        string
		xGDP        float64
		rivalOfLead bool
		barred      bool
	}{
		{"a lesser member's rival, both fearing X more", 3000, false, false},
		{"a lesser member's rival, X too weak to matter", 50, false, true},
		{"the leader's rival", 3000, true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg, ids := tetherWorld(c.xGDP, c.rivalOfLead)
			lead, m, cand, x := ids[0], ids[1], ids[2], ids[3]
			w := mustNew(t, cfg)
			a := w.alliances[0]
			if w.scopeAt(a, x) != 1 || w.leader(a) != lead {
				t.Fatalf("bad fixture: σ_X = %v, leader %d", w.scopeAt(a, x), w.leader(a))
			}
			rival := m
			if c.rivalOfLead {
				rival = lead
			}
			if !w.rivals(cand, rival) {
				t.Fatal("bad fixture: C and its rival are not rivals")
			}
			tc, tr := w.threats.RawRowView(cand), w.threats.RawRowView(rival)
			t.Logf("t_C,rival %.2f t_C,X %.2f; t_rival,C %.2f t_rival,X %.2f", tc[rival], tc[x], tr[cand], tr[x])
			if got := w.rivalOfFellow(cand, a); got != c.barred {
				t.Errorf("C barred = %v, want %v", got, c.barred)
			}
		})
	}
}

// rivalByDefinition is rivalOfFellow as its comment states it: i is a
// rival of the leader, or of a lesser member it is not tethered to.
func rivalByDefinition(w *World, i int, a *Alliance) bool {
	lead := w.leader(a)
	for _, m := range a.Members {
		if m != i && w.rivals(i, m) && (m == lead || !w.tethered(i, m, a)) {
			return true
		}
	}
	return false
}

// In formation rivalOfFellow reads sums kept per alliance instead of
// summing the scope for every pair of rivals: it must bar exactly the
// candidates the definition bars.
func TestRivalOfFellowInFormationIsItsDefinition(t *testing.T) {
	barred, tethered := 0, 0
	for _, tc := range pruneWorlds() {
		w, err := New(tc.cfg, 0)
		if err != nil {
			t.Fatal(err)
		}
		for range 15 {
			w.Step()
			w.prepareBounds() // as formation sees them
			for i := range w.nations {
				if !w.nations[i].Active {
					continue
				}
				for _, a := range w.alliances {
					if a.Dissolved || a.isMember[i] || len(a.Members) == 0 {
						continue
					}
					want := rivalByDefinition(w, i, a)
					if got := w.rivalOfFellow(i, a); got != want {
						t.Fatalf("%s, tick %d: rivalOfFellow(%d, %s) = %v, the definition says %v", tc.name, w.Tick(), i, a.ID, got, want)
					}
					lead := w.leader(a)
					for _, m := range a.Members {
						if m != lead && w.rivals(i, m) {
							if want {
								barred++
							} else {
								tethered++
							}
							break
						}
					}
				}
			}
			w.limitsFresh = false
		}
	}
	if barred == 0 || tethered == 0 {
		t.Fatalf("the worlds test too little: %d candidates rivals of a lesser member barred, %d tethered", barred, tethered)
	}
	t.Logf("%d candidates rivals of a lesser member barred, %d tethered", barred, tethered)
}
