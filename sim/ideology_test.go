package sim

import (
	"testing"

	"entente/agents"
)

// Indices of ideologyWorld's nations.
const (
	dUSA = iota // regime 10, one side of the ideological rivalry
	dSOV        // regime −7, the other
	dFRE        // regime 8, unallied: its regime decides
	dNEU        // regime 8, declared neutral
	dSID        // regime −6, with a rivalry of its own with SOV
	dDEM        // regime 8, allied with USA
	dALY        // regime −5, allied with USA in a pact aimed at SOV
	dTWN        // regime −5, ALY's twin outside the pact
)

// ideologyWorld: USA and SOV are ideological rivals (level 0.5, regimes 17
// apart), of equal forces, the largest; the others are small, have no
// camps, and are hostile to no one of their own but SID to SOV. USA, DEM
// and ALY are allied; sovForces scales SOV's forces.
func ideologyWorld(sovForces float64) Config {
	p := fixtureParams()
	mk := func(id string, x, gdp, share, regime float64) agents.Nation {
		n := newNation(p, id, x, 0, gdp, share)
		n.Regime = regime
		return n
	}
	cfg := Config{Name: "ideology", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			mk("USA", 0, 1000, 0.04, 10), mk("SOV", 5000, 1000, 0.04*sovForces, -7),
			mk("FRE", 1000, 100, 0.02, 8), mk("NEU", 1500, 100, 0.02, 8), mk("SID", 2000, 100, 0.02, -6),
			mk("DEM", 2500, 100, 0.02, 8), mk("ALY", 3000, 100, 0.02, -5), mk("TWN", 3500, 100, 0.02, -5),
		},
		Rivalries: []Relation{{A: dUSA, B: dSOV, Level: 0.5, Ideological: true}, {A: dSID, B: dSOV, Level: 0.3}},
		Alliances: []AllianceConfig{{Name: "west", Members: []int{dUSA, dDEM, dALY}, Cohesion: 0.6}},
	}
	cfg.Nations[dNEU].Neutral = true
	return cfg
}

// An ideological rivalry draws each third state's hostility toward the
// rival whose regime is farther from its own: h_ideo·power·H_ab·(d_far −
// d_near)/20, with H_ab = 0.5 + h_reg·17/20 = 0.84 and power =
// min(1, 2·min(K_a, K_b)/K_max).
func TestPolarization(t *testing.T) {
	const hab = 0.5 + 0.4*17.0/20
	pol := func(power, dFar, dNear float64) float64 { return 0.53 * power * hab * (dFar - dNear) / 20 }
	for _, tc := range []struct {
		name  string
		power float64 // SOV's forces over USA's
	}{{"equal rivals", 1}, {"SOV at a quarter of USA's forces: half the power", 0.25}} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, ideologyWorld(tc.power))
			if w.p.Polarization != 0.53 || w.p.HostileRegime != 0.4 {
				t.Fatalf("bad fixture: h_ideo %v, h_reg %v", w.p.Polarization, w.p.HostileRegime)
			}
			power := min(1, 2*tc.power)
			if got := w.Hostility(dUSA, dSOV); !near(got, hab, 1e-12) {
				t.Fatalf("H_USA,SOV = %v, want %v", got, hab)
			}
			if s := w.scopeAt(w.alliances[0], dSOV); s <= 0 {
				t.Fatalf("bad fixture: the western pact is not aimed at SOV (σ %v)", s)
			}
			for _, c := range []struct {
				name         string
				i            int
				toUSA, toSOV float64
			}{
				// FRE (8): 15 from SOV, 2 from USA.
				{"a third state: its regime decides", dFRE, 0, pol(power, 15, 2)},
				{"twin of the ally, outside the pact", dTWN, pol(power, 15, 2), 0},
				{"a declared neutral stays out", dNEU, 0, 0},
				// SID (−6) would be drawn toward USA by 16 − 1 points, but
				// its own rivalry with SOV has sided it already.
				{"a state with its own rivalry with a rival", dSID, 0, 0.3},
				// DEM and ALY, in a pact with USA aimed at SOV, are
				// polarized as USA would be (17 points from SOV, 0 from
				// itself), and not at all toward their ally.
				{"an ally of USA, near its regime", dDEM, 0, pol(power, 17, 0)},
				{"an ally of USA, near SOV's regime", dALY, 0, pol(power, 17, 0)},
			} {
				if got := w.Hostility(c.i, dUSA); !near(got, c.toUSA, 1e-12) {
					t.Errorf("%s: H_%s,USA = %v, want %v", c.name, w.nations[c.i].ID, got, c.toUSA)
				}
				if got := w.Hostility(c.i, dSOV); !near(got, c.toSOV, 1e-12) {
					t.Errorf("%s: H_%s,SOV = %v, want %v", c.name, w.nations[c.i].ID, got, c.toSOV)
				}
			}
			// Third states are not polarized against one another.
			if got := w.Hostility(dFRE, dTWN); got != 0 {
				t.Errorf("H_FRE,TWN = %v, want 0", got)
			}
		})
	}
}

// Polarization lasts while the rivalry does.
func TestPolarizationEndsWithTheRivalry(t *testing.T) {
	cfg := ideologyWorld(1)
	cfg.Rivalries[0].Until = 3
	w := mustNew(t, cfg)
	if w.Hostility(dFRE, dSOV) <= 0 {
		t.Fatalf("bad fixture: FRE not polarized (H_FRE,SOV %v)", w.Hostility(dFRE, dSOV))
	}
	stepThrough(t, w, 3)
	for _, i := range []int{dFRE, dTWN, dDEM, dALY} {
		for _, r := range []int{dUSA, dSOV} {
			if got := w.Hostility(i, r); got != 0 {
				t.Errorf("after the rivalry: H_%s,%s = %v, want 0", w.nations[i].ID, w.nations[r].ID, got)
			}
		}
	}
	// The former rivals are left with no regime term: regimes make enemies
	// only within an ideological rivalry.
	if got := w.Hostility(dUSA, dSOV); got != 0 {
		t.Errorf("H_USA,SOV = %v after the rivalry, want 0", got)
	}
}

// A pact with one rival that is not aimed at the other takes no side in
// their contest: TWN (−5), in a pact with USA alone, which SOV is not the
// adversary of, is polarized by its regime as if it had no pact, toward
// USA (15 points from it, 2 from SOV) and not toward SOV. A state allied
// with both rivals is drawn toward neither.
func TestAllyInAPactNotAimedAtTheOtherRival(t *testing.T) {
	const hab = 0.5 + 0.4*17.0/20
	cfg := ideologyWorld(1)
	cfg.Alliances = append(cfg.Alliances, AllianceConfig{Name: "pair", Members: []int{dUSA, dTWN}, Cohesion: 0.6})
	w := mustNew(t, cfg)
	if s := w.scopeAt(w.alliances[1], dSOV); s != 0 {
		t.Fatalf("bad fixture: the USA–TWN pact is aimed at SOV (σ %v)", s)
	}
	if got, want := w.Hostility(dTWN, dUSA), 0.53*hab*(15-2)/20; !near(got, want, 1e-12) {
		t.Errorf("H_TWN,USA = %v, want %v: its regime decides", got, want)
	}
	if got := w.Hostility(dTWN, dSOV); got != 0 {
		t.Errorf("H_TWN,SOV = %v, want 0: its regime is nearer SOV's", got)
	}
	t.Run("allied with both rivals", func(t *testing.T) {
		cfg := ideologyWorld(1)
		cfg.Alliances = append(cfg.Alliances, AllianceConfig{Name: "pair", Members: []int{dSOV, dFRE}, Cohesion: 0.6},
			AllianceConfig{Name: "other", Members: []int{dUSA, dFRE}, Cohesion: 0.6})
		w := mustNew(t, cfg)
		for _, r := range []int{dUSA, dSOV} {
			if got := w.Hostility(dFRE, r); got != 0 {
				t.Errorf("H_FRE,%s = %v, want 0", w.nations[r].ID, got)
			}
		}
	})
}

// When the rivals' economic systems differ, a third state is never drawn
// against the rival whose system it shares: with SOV a command economy,
// TWN (−5, a market economy) would be drawn against USA by its regime and
// is drawn against neither; FRE (8) against SOV as before; a command
// economy of regime 8 (FRE made so) against neither (its regime is USA's,
// its system SOV's); a command economy of regime −5 (TWN made so) against
// USA as before. Rivals of one system: regimes alone decide
// (TestPolarization).
func TestTheEconomicSystemKeepsAThirdStateFromItsOwnSide(t *testing.T) {
	const hab = 0.5 + 0.4*17.0/20
	pol := func(dFar, dNear float64) float64 { return 0.53 * hab * (dFar - dNear) / 20 }
	for _, c := range []struct {
		name         string
		command      bool // the third state's system
		i            int
		toUSA, toSOV float64
	}{
		{"a market autocracy is drawn to neither", false, dTWN, 0, 0},
		{"a market democracy is drawn against the command economy", false, dFRE, 0, pol(15, 2)},
		{"a command economy near USA's regime is drawn to neither", true, dFRE, 0, 0},
		{"a command autocracy is drawn against the market economy", true, dTWN, pol(15, 2), 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := ideologyWorld(1)
			cfg.Nations[dSOV].Command = true
			cfg.Nations[c.i].Command = c.command
			w := mustNew(t, cfg)
			if got := w.Hostility(c.i, dUSA); !near(got, c.toUSA, 1e-12) {
				t.Errorf("H_%s,USA = %v, want %v", w.nations[c.i].ID, got, c.toUSA)
			}
			if got := w.Hostility(c.i, dSOV); !near(got, c.toSOV, 1e-12) {
				t.Errorf("H_%s,SOV = %v, want %v", w.nations[c.i].ID, got, c.toSOV)
			}
		})
	}
}
