package sim

import (
	"fmt"
	"slices"
	"testing"

	"entente/agents"
)

// scopeWorld is a plane world of members M0… (one per entry of toward)
// and their target L, the last nation: each member's hostility toward L
// is its rivalry, toward[k] (no camps, no ideology: nothing else), and the
// members, allied in one pact, are hostile to no one else.
func scopeWorld(toward ...float64) (Config, int) {
	p := fixtureParams()
	cfg := Config{Name: "scope", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p}
	var members []int
	for k, h := range toward {
		cfg.Nations = append(cfg.Nations, newNation(p, fmt.Sprint("M", k), 300*float64(k), 0, 100, 0.02))
		members = append(members, k)
		if h > 0 {
			cfg.Rivalries = append(cfg.Rivalries, Relation{A: k, B: len(toward), Level: h})
		}
	}
	l := len(toward)
	cfg.Nations = append(cfg.Nations, newNation(p, "L", 1500, 1000, 300, 0.03))
	cfg.Alliances = []AllianceConfig{{Name: "pact", Members: members, Cohesion: 0.6}}
	return cfg, l
}

// The pact is aimed at L as far as the member at the majority rank ⌊m/2⌋+1
// (most hostile first) is hostile to it: from nothing at h_scope/2 = 0.095
// to fully at h_scope = 0.19. Two members need both, three two, four
// three, five three.
func TestScopeFollowsTheMajority(t *testing.T) {
	const half = 0.19 / 2
	for _, c := range []struct {
		name   string
		toward []float64
		want   float64
	}{
		{"two members: the less hostile decides", []float64{0.8, 0.15}, (0.15 - half) / half},
		{"two members, one indifferent", []float64{0.8, 0}, 0},
		{"three members, two hostile", []float64{0.8, 0, 0.6}, 1},
		{"three members, a private enemy of one", []float64{0.8, 0, 0}, 0},
		{"four members, two hostile: no majority", []float64{0.8, 0.6, 0, 0}, 0},
		{"four members, three hostile", []float64{0, 0.8, 0.6, 0.4}, 1},
		{"four members, the third faintly", []float64{0.8, 0.6, 0.12, 0}, (0.12 - half) / half},
		{"four members, the third at h_scope/2", []float64{0.8, 0.6, half, 0}, 0},
		{"five members, two hostile", []float64{0.8, 0.6, 0, 0, 0}, 0},
		{"five members, three hostile", []float64{0.8, 0, 0.6, 0, 0.4}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg, l := scopeWorld(c.toward...)
			w := mustNew(t, cfg)
			if w.p.ScopeLevel != 0.19 {
				t.Fatalf("bad fixture: h_scope %v", w.p.ScopeLevel)
			}
			a := w.alliances[0]
			if got := w.scopeAt(a, l); !near(got, c.want, 1e-12) {
				t.Errorf("σ_pact,L = %v, want %v", got, c.want)
			}
			// Toward its own members a pact is never aimed.
			for _, m := range a.Members {
				if got := w.scopeAt(a, m); got != 0 {
					t.Errorf("σ toward member %s = %v, want 0", w.nations[m].ID, got)
				}
			}
		})
	}
}

// A new pact of two is aimed at their common enemies: the smaller of the
// founders' hostilities decides.
func TestPactScopeIsTheFoundersCommonEnmity(t *testing.T) {
	cfg, l := scopeWorld(0.8, 0.15, 0)
	w := mustNew(t, cfg)
	const half = 0.19 / 2
	for _, c := range []struct {
		i, j int
		want float64
	}{
		{0, 1, (0.15 - half) / half},
		{1, 0, (0.15 - half) / half},
		{0, 2, 0},
	} {
		if got := w.pactScope(c.i, c.j, l); !near(got, c.want, 1e-12) {
			t.Errorf("σ_L of a pact of M%d and M%d = %v, want %v", c.i, c.j, got, c.want)
		}
	}
	if got := w.pactScope(0, 1, 0); got != 0 {
		t.Errorf("σ toward a founder = %v, want 0", got)
	}
}

// scopeWith(a, i, l) is σ_A,l as it would be with i a member: the same as
// the scope recomputed from scratch over the members and i, and as the
// engine's own after i joins. Random worlds, stepped so that the caches
// go through relation changes, formation and exits.
func TestScopeWithMatchesTheScopeAfterJoining(t *testing.T) {
	checked := 0
	for seed := range uint64(3) {
		cfg := randomWorld(60, seed)
		for k := range cfg.Rivalries {
			cfg.Rivalries[k].Ideological = k%2 == 0 // polarization touches pairs
		}
		w := mustNew(t, cfg)
		n := len(w.nations)
		h := square(n)
		for range 8 {
			w.Step()
			for i := range n {
				for j := range n {
					h[i][j] = w.hostility.At(i, j)
				}
			}
			for _, a := range w.Live() {
				for l := range n {
					if got, want := w.scopeAt(a, l), explicitScope(w.p, h, a.Members, l); got != want {
						t.Fatalf("seed %d, tick %d: σ_%s,%d = %v, want %v from scratch (members %v)", seed, w.Tick(), a.ID, l, got, want, a.Members)
					}
				}
				for i := range n {
					if a.Has(i) || !w.nations[i].Active {
						continue
					}
					with := make([]float64, n)
					joined := append(slices.Clone(a.Members), i)
					for l := range n {
						with[l] = w.scopeWith(a, i, l)
						if want := explicitScope(w.p, h, joined, l); with[l] != want {
							t.Fatalf("seed %d, tick %d: scopeWith(%s, %d, %d) = %v, want %v from scratch", seed, w.Tick(), a.ID, i, l, with[l], want)
						}
						if with[l] > 0 {
							checked++
						}
					}
					members := slices.Clone(a.Members)
					w.addMember(a, i)
					for l := range n {
						if got := w.scopeAt(a, l); got != with[l] {
							t.Errorf("seed %d, tick %d: after %d joined %s, σ_%d = %v, scopeWith said %v", seed, w.Tick(), i, a.ID, l, got, with[l])
						}
					}
					w.removeMember(a, i)
					if !slices.Equal(a.Members, members) {
						t.Fatalf("bad test: members %v after the round trip, want %v", a.Members, members)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no positive scope: the worlds exercise nothing")
	}
}

// A pact does not take on a candidate's enemy that one of its members does
// not oppose at h_scope/2 or more: every member can veto it.
func TestWidensScope(t *testing.T) {
	// Members P0, P1; candidate C (2); C's enemy Y (3), at 0.5 from C.
	build := func(p0, p1, c float64) (*World, *Alliance) {
		pr := fixtureParams()
		cfg := Config{Name: "widen", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: pr,
			Nations: []agents.Nation{
				newNation(pr, "P0", 0, 0, 300, 0.03), newNation(pr, "P1", 600, 0, 200, 0.02),
				newNation(pr, "C", 300, 500, 100, 0.02), newNation(pr, "Y", 300, 2000, 400, 0.04),
			},
			Alliances: []AllianceConfig{{Members: []int{0, 1}, Cohesion: 0.6}},
		}
		for k, lv := range []float64{p0, p1, c} {
			if lv > 0 {
				cfg.Rivalries = append(cfg.Rivalries, Relation{A: k, B: 3, Level: lv})
			}
		}
		w := mustNew(t, cfg)
		return w, w.alliances[0]
	}
	for _, c := range []struct {
		name      string
		p0, p1, c float64
		want      bool
	}{
		// With C, Y would be the second most hostile of three: P0's 0.5.
		{"one member opposes Y, the other not at all", 0.5, 0, 0.5, true},
		{"one member opposes Y, the other below h_scope/2", 0.5, 0.09, 0.5, true},
		{"both members oppose Y, one faintly: σ rises, no veto", 0.5, 0.1, 0.5, false},
		{"no member opposes Y: C alone cannot aim the pact at it", 0, 0, 0.5, false},
		{"C's enmity below h_scope/2 aims nothing", 0.5, 0, 0.09, false},
		{"Y already fully the pact's adversary", 0.5, 0.3, 0.5, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			w, a := build(c.p0, c.p1, c.c)
			if got := w.widensScope(2, a); got != c.want {
				t.Errorf("widensScope = %v, want %v (σ_Y %v now, %v with C)", got, c.want, w.scopeAt(a, 3), w.scopeWith(a, 2, 3))
			}
		})
	}
	t.Run("the veto keeps the candidate out", func(t *testing.T) {
		for _, c := range []struct {
			p1    float64
			admit bool
		}{{0, false}, {0.1, true}} {
			w, a := build(0.5, c.p1, 0.5)
			w.p.JoinValue, w.p.KappaAdmit = 1e-9, 0 // nothing else stands in the way
			v := w.value(2, option{alliance: a, cohesion: a.snapshot, target: a.Target})
			if !v.Shared || v.Value <= w.p.JoinValue {
				t.Fatalf("bad fixture: P1 at %v: C values the pact at %v (shared %v)", c.p1, v.Value, v.Shared)
			}
			if b, _, ok := w.bestAlliance(2); ok != c.admit || (ok && b != a) {
				t.Errorf("P1's hostility toward Y %v: C admitted %v, want %v", c.p1, ok, c.admit)
			}
		}
	})
}

// No pact admits a rival of its leader, nor is one founded between rivals
// (hostility at h_scope or more), whatever the values and commonality
// would say; a rival of a lesser member is admitted only when the two are
// tethered (exit.go).
func TestRivalsAreVetoed(t *testing.T) {
	t.Run("admission", func(t *testing.T) {
		// CAL would join AST and BOR against the reds; a quarrel with AST,
		// the leader, at h_scope keeps it out, one just below does not.
		for _, c := range []struct {
			level float64
			admit bool
		}{{0.19, false}, {0.25, false}, {0.18, true}} {
			cfg := testWorld()
			cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR}, Cohesion: 0.8, Target: 0.02}}
			cfg.Rivalries = append(cfg.Rivalries, Relation{A: iAST, B: iCAL, Level: c.level})
			w := mustNew(t, cfg)
			a := w.alliances[0]
			if w.rivals(iCAL, iAST) == c.admit || w.rivals(iCAL, iBOR) || w.leader(a) != iAST {
				t.Fatalf("bad fixture at %v: rivals CAL–AST %v, CAL–BOR %v", c.level, w.rivals(iCAL, iAST), w.rivals(iCAL, iBOR))
			}
			v := w.value(iCAL, option{alliance: a, cohesion: a.snapshot, target: a.Target})
			if !v.Shared || v.KappaIn < w.p.KappaAdmit || v.Value <= w.p.JoinValue || w.widensScope(iCAL, a) {
				t.Fatalf("bad fixture at %v: CAL's value %v, κ %v (shared %v), widens %v", c.level, v.Value, v.KappaIn, v.Shared, w.widensScope(iCAL, a))
			}
			b, _, ok := w.bestAlliance(iCAL)
			if ok != c.admit || (ok && b != a) {
				t.Errorf("quarrel %v with BOR: CAL admitted %v, want %v", c.level, ok, c.admit)
			}
		}
	})
	t.Run("a lesser member's rival, tethered", func(t *testing.T) {
		// A quarrel with BOR, a lesser member, at h_scope: CAL and BOR
		// each fear the reds more than each other, so CAL is admitted;
		// without the reds to fear (their forces gone), it is not.
		for _, c := range []struct {
			redsArmed, admit bool
		}{{true, true}, {false, false}} {
			cfg := testWorld()
			cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR}, Cohesion: 0.8, Target: 0.02}}
			cfg.Rivalries = append(cfg.Rivalries, Relation{A: iBOR, B: iCAL, Level: 0.25})
			if !c.redsArmed {
				for _, r := range []int{iDRA, iESK, iFEN} {
					cfg.Nations[r].Capability *= 1e-4
				}
			}
			w := mustNew(t, cfg)
			a := w.alliances[0]
			if !w.rivals(iCAL, iBOR) || w.leader(a) == iBOR {
				t.Fatal("bad fixture: CAL and BOR not rivals, or BOR leads")
			}
			if got := w.tethered(iCAL, iBOR, a); got != c.admit {
				t.Errorf("reds armed %v: tethered %v, want %v", c.redsArmed, got, c.admit)
			}
			if got := !w.rivalOfFellow(iCAL, a); got != c.admit {
				t.Errorf("reds armed %v: CAL not barred %v, want %v", c.redsArmed, got, c.admit)
			}
		}
	})
	t.Run("founding", func(t *testing.T) {
		// SML and BIG both fear ZED; a quarrel between them at h_scope
		// forbids their pact, one just below does not.
		const sml, big = 1, 2
		for _, c := range []struct {
			level float64
			found bool
		}{{0.19, false}, {0.18, true}} {
			cfg := kappaWorld(0.19)
			cfg.Rivalries = []Relation{{A: 0, B: sml, Level: 0.9}, {A: 0, B: big, Level: 0.9}, {A: sml, B: big, Level: c.level}}
			w := mustNew(t, cfg)
			for _, pair := range [][2]int{{sml, big}, {big, sml}} {
				o := w.PactValue(pair[0], pair[1])
				if o.Value.Value <= w.p.FormValue || o.KappaIn < w.p.KappaAdmit {
					t.Fatalf("bad fixture at %v: %s values the pact at %v, κ %v", c.level, w.nations[pair[0]].ID, o.Value.Value, o.KappaIn)
				}
			}
			p, ok := w.bestPartner(sml, make([]bool, 3))
			if ok != c.found || (ok && p.partner != big) {
				t.Errorf("quarrel %v: SML's best partner %d (ok %v), want found %v", c.level, p.partner, ok, c.found)
			}
		}
	})
}

// A candidate's admission κ is scaled by how far its forces reach the
// members it would defend: the largest π_ji over its partners; in a pact
// of two, by its reach to the other founder, and the weaker's is not
// asked (guarantee.go). A member's κ (staying) is not.
func TestAdmissionKappaScaledByReach(t *testing.T) {
	const sml, big = 1, 2
	prev := 1.0
	for _, x := range []float64{2500, 4000, 8000} {
		cfg := kappaWorld(0.19)
		cfg.Nations[big].PosA = x
		w := mustNew(t, cfg)
		pi := w.Proximity(sml, big)
		if pi >= prev {
			t.Fatalf("bad fixture: π_SML,BIG %v at %v km does not fall", pi, x-1000)
		}
		prev = pi
		// ZED is the pact's only adversary: the ratio is BIG's own H toward
		// it, 0.35, and SML and BIG are not hostile to each other.
		if got, want := w.PactValue(big, sml).KappaIn, 0.35*pi; !near(got, want, 1e-12) {
			t.Errorf("BIG at x = %v: admission κ %v, want 0.35·π_SML,BIG = %v", x, got, want)
		}
	}
	t.Run("a pact of two: the guarantor's reach, and the protégé's unasked", func(t *testing.T) {
		cfg := kappaWorld(0.19)
		cfg.Nations[big].PosA = 8000
		cfg.Nations[big].Reach = 20000 // BIG's forces reach SML; SML's do not reach BIG
		w := mustNew(t, cfg)
		own, guarantor := w.Proximity(big, sml), w.Proximity(sml, big)
		if !(guarantor > 0.9 && own < 0.1) {
			t.Fatalf("bad fixture: π_BIG,SML %v, π_SML,BIG %v", own, guarantor)
		}
		// BIG's ratio is its H toward ZED, 0.35, scaled by its reach to SML;
		// SML's, 0.9 by its own reach, falls short and is not asked: SML
		// is the protégé, and the pact is admitted on both sides.
		vs, vb := w.PactValue(sml, big), w.PactValue(big, sml)
		if want := 0.35 * guarantor; !near(vb.KappaIn, want, 1e-12) || vb.KappaIn < w.p.KappaAdmit {
			t.Errorf("BIG's admission κ = %v, want 0.35·π_SML,BIG = %v, above κ_admit", vb.KappaIn, want)
		}
		if want := 0.9 * own; !near(vs.KappaIn, want, 1e-12) || vs.KappaIn >= w.p.KappaAdmit {
			t.Errorf("SML's admission κ = %v, want 0.9·π_BIG,SML = %v, below κ_admit", vs.KappaIn, want)
		}
		val := func(i, j int) valuation {
			return w.value(i, option{partner: j, cohesion: w.pactCohesion(i, j), target: w.initTarget})
		}
		if !w.protege(sml, big) || !w.founderAdmitted(sml, big, val(sml, big)) || !w.founderAdmitted(big, sml, val(big, sml)) {
			t.Errorf("the pact is not admitted on both sides: SML the protégé %v", w.protege(sml, big))
		}
	})
	t.Run("joining: the best reach over the members", func(t *testing.T) {
		cfg := testWorld()
		cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR}, Cohesion: 0.8, Target: 0.02}}
		w := mustNew(t, cfg)
		a := w.alliances[0]
		n := len(w.nations)
		h := square(n)
		for i := range n {
			for j := range n {
				h[i][j] = w.Hostility(i, j)
			}
		}
		// κ^σ_j,CAL = Σ_l σ_l·t_jl·H_CAL,l / Σ_l σ_l·t_jl · (1 − H_j,CAL),
		// σ the scope with CAL; mean over the members, times the reach.
		joined := []int{iAST, iBOR, iCAL}
		sum, reach := 0.0, 0.0
		for _, j := range a.Members {
			var num, den float64
			for l := range n {
				if l == j || l == iCAL {
					continue
				}
				s := explicitScope(w.p, h, joined, l)
				num += s * w.ThreatFrom(j, l) * h[iCAL][l]
				den += s * w.ThreatFrom(j, l)
			}
			sum += num / den * (1 - h[j][iCAL])
			reach = max(reach, w.Proximity(j, iCAL))
		}
		if reach >= 1 || reach <= 0 {
			t.Fatalf("bad fixture: reach %v", reach)
		}
		if got, want := w.ValueOf(iCAL, a).KappaIn, reach*sum/2; !near(got, want, 1e-12) {
			t.Errorf("CAL's admission κ = %v, want reach·mean = %v", got, want)
		}
		// A member's κ_in is its fellows' plain mean: BOR's for AST.
		var num, den float64
		for l := range n {
			if l == iAST || l == iBOR {
				continue
			}
			s := explicitScope(w.p, h, a.Members, l)
			num += s * w.ThreatFrom(iBOR, l) * h[iAST][l]
			den += s * w.ThreatFrom(iBOR, l)
		}
		if got, want := w.ValueOf(iAST, a).KappaIn, num/den*(1-h[iBOR][iAST]); !near(got, want, 1e-12) {
			t.Errorf("AST's κ_in as a member = %v, want %v, unscaled", got, want)
		}
	})
}
