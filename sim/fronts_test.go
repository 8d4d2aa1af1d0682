package sim

import (
	"math"
	"slices"
	"testing"

	"entente/agents"
)

// frontsWorld is a line: FRA, its rival GER 800 km east, and GER's other
// rival RUS 800 km further east; FRA and RUS fear only GER. island makes
// FRA an island (with a sea factor that shelters it).
func frontsWorld(phi float64, island bool) Config {
	p := fixtureParams()
	p.Fronts, p.SeaFactor = phi, 0.5
	return Config{Name: "fronts", StartYear: 1890, EndYear: 1900, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			newNation(p, "FRA", 0, 0, 500, 0.03),
			newNation(p, "GER", 800, 0, 800, 0.03),
			newNation(p, "RUS", 1600, 0, 600, 0.03),
		},
		Islands:   []bool{island, false, false},
		Rivalries: []Relation{{A: 0, B: 1, Level: 0.5}, {A: 2, B: 1, Level: 0.5}},
	}
}

// A partner on the adversary's other side holds part of its forces: the
// security a pact gives grows with φ_front (the Franco-Russian alliance's
// two-front war), and is the plain protection of the partner's forces at 0.
func TestFrontsHoldTheAdversarysForces(t *testing.T) {
	const fra, rus = 0, 2
	sec := func(phi float64) float64 {
		w := mustNew(t, frontsWorld(phi, false))
		return w.PactValue(fra, rus).Value.Security
	}
	off, half, full := sec(0), sec(0.5), sec(1)
	if !(off < half && half < full) {
		t.Errorf("FRA's security gain from RUS at φ = 0, 0.5, 1: %v, %v, %v; want rising", off, half, full)
	}
}

// An island's threat from a power whose forces reach no further than d0
// crosses the sea: a continental partner's front does not lessen it.
func TestFrontsDoNotHoldASeaBorneThreat(t *testing.T) {
	const fra, rus = 0, 2
	for _, phi := range []float64{0.5, 1} {
		off := mustNew(t, frontsWorld(0, true)).PactValue(fra, rus).Value.Security
		on := mustNew(t, frontsWorld(phi, true)).PactValue(fra, rus).Value.Security
		if off <= 0 || !near(on, off, 1e-12) {
			t.Errorf("φ = %v: an island's security gain %v, want %v (positive, as without fronts)", phi, on, off)
		}
	}
}

// heldThreatByDefinition is heldThreat summed as its doc states it: per
// adversary, partner by partner, with w_j = max(0, c − C_ij).
func heldThreatByDefinition(w *World, i int, o option, partners []int, scope []scoped) float64 {
	theta0, pi, kv := w.theta.RawRowView(i), w.proximity.RawRowView(i), w.capVec.RawVector().Data
	held := 0.0
	for _, x := range scope {
		l := x.l
		if l == i || x.s <= 0 || w.seaBorne(i, l) || slices.Contains(partners, l) {
			continue
		}
		front := 0.0
		for _, j := range partners {
			front += max(0, o.cohesion-w.coCohesion(i, j, o.alliance)) * w.proximity.At(l, j) * kv[j]
		}
		if X := x.s * front; X > 0 {
			// l's attention on i (focus.go): the share of l's whole threat
			// that comes from i.
			focus := math.Pow(theta0[l]*w.proximity.At(l, i)*kv[i]/w.threatWhole[l], w.p.Focus)
			held += theta0[l] * pi[l] * kv[l] * focus * min(1, X/kv[l])
		}
	}
	return held
}

// heldThreat's sums per alliance (cached for a formation) and its
// corrections for partners already allied with i give what the definition
// gives, for members and outsiders, inside formation and out.
func TestHeldThreatIsItsDefinition(t *testing.T) {
	cfg := randomWorld(60, 2)
	cfg.Params.Fronts = 0.7
	cfg.Params.FormValue = 0.15 // pacts enough to hold fronts in twelve ticks
	cfg.Islands = make([]bool, 60)
	for k := 0; k < 60; k += 4 {
		cfg.Islands[k] = true
	}
	w := mustNew(t, cfg)
	checked := 0
	for tick := 0; tick < 12 && w.Step(); tick++ {
		for _, inFormation := range []bool{false, true} {
			if inFormation {
				w.prepareBounds()
				w.limitsFresh = true
			}
			for i := range w.nations {
				for _, a := range w.alliances {
					if a.Dissolved {
						continue
					}
					o := option{alliance: a, cohesion: a.snapshot}
					partners := o.partners(i, nil)
					if len(partners) == 0 {
						continue
					}
					scope := w.optionScope(i, o)
					got := w.heldThreat(i, o, partners, scope, w.theta.RawRowView(i), w.proximity.RawRowView(i), w.capVec.RawVector().Data)
					want := heldThreatByDefinition(w, i, o, partners, scope)
					if !near(got, want, 1e-9*max(1, want)) {
						t.Fatalf("tick %d, %s in %s (member %v): held %v, want %v", tick, w.nations[i].ID, a.ID, a.isMember[i], got, want)
					}
					if want > 0 {
						checked++
					}
				}
			}
			w.limitsFresh = false
		}
	}
	if checked < 100 {
		t.Fatalf("bad fixture: %d positive holds checked, want at least 100", checked)
	}
}

// TestFrontsKeptAsMembersJoin: an alliance's fronts, kept while K and its
// membership last, take a member who joins by adding its column, in the
// members' order, so that they are bit for bit the sum made afresh.
func TestFrontsKeptAsMembersJoin(t *testing.T) {
	w := mustNew(t, randomWorld(60, 2))
	for range 12 {
		w.Step()
	}
	joined := 0
	for _, a := range w.alliances {
		if a.Dissolved || len(a.Members) == 0 {
			continue
		}
		i := 0 // the first active state outside it
		for i < len(w.nations) && (a.isMember[i] || !w.nations[i].Active) {
			i++
		}
		if i == len(w.nations) {
			continue
		}
		w.frontsOf(a)
		w.addMember(a, i)
		if a.frontMembers != len(a.Members)-1 {
			t.Fatalf("%s: fronts kept over %d members before the join, want %d", a.ID, a.frontMembers, len(a.Members)-1)
		}
		kept := slices.Clone(w.frontsOf(a)) // the joiner added
		a.frontCap = 0                      // made afresh
		if fresh := w.frontsOf(a); !slices.Equal(kept, fresh) {
			t.Fatalf("%s after %s joined: the kept fronts differ from the fresh sum", a.ID, w.nations[i].ID)
		}
		joined++
	}
	if joined == 0 {
		t.Fatal("bad fixture: no member joined")
	}
	t.Logf("%d joins", joined)
}
