package sim

import (
	"math"
	"slices"
	"testing"

	"entente/agents"
)

// perceptionWorld is testWorld with two alliances at the start: AST leads
// BOR, CAL and the bystander GAL (cohesion 0.9), DRA leads ESK (0.5); BOR
// and CAL also share a second, looser pact (0.3), so that C_ij must pick
// the highest cohesion.
func perceptionWorld() Config {
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{
		{Name: "west", Members: []int{iAST, iBOR, iCAL, iGAL}, Target: 0.02, Cohesion: 0.9},
		{Name: "east", Members: []int{iDRA, iESK}, Target: 0.02, Cohesion: 0.5},
		{Name: "pair", Members: []int{iBOR, iCAL}, Target: 0.02, Cohesion: 0.3},
	}
	return cfg
}

// explicit is every perception quantity recomputed with plain loops from
// the world's nations, relations and alliances, independently of the
// engine's matrices.
type explicit struct {
	h, pi, hhat, theta, t, kappa [][]float64
	k, threat, security          []float64
}

func square(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}

func explicitPerception(w *World) explicit {
	cfg := w.Config()
	p := w.p
	n := len(w.nations)
	e := explicit{h: square(n), pi: square(n), hhat: square(n), theta: square(n), t: square(n), kappa: square(n),
		k: make([]float64, n), threat: make([]float64, n), security: make([]float64, n)}
	rivalry := square(n)
	ideological := make([][]bool, n)
	for i := range ideological {
		ideological[i] = make([]bool, n)
	}
	for _, r := range cfg.Rivalries {
		rivalry[r.A][r.B], rivalry[r.B][r.A] = r.Level, r.Level
		ideological[r.A][r.B], ideological[r.B][r.A] = r.Ideological, r.Ideological
	}
	rp := agents.RelationParams{HostileCamp: p.HostileCamp, HostileRegime: p.HostileRegime,
		AffineCamp: p.AffineCamp, AffineRegime: p.AffineRegime}
	island := func(i int) bool { return cfg.Islands != nil && cfg.Islands[i] }
	for i := range n {
		for j := range n {
			if i == j {
				continue
			}
			a, b := &w.nations[i], &w.nations[j]
			e.h[i][j] = agents.Hostility(rp, agents.Antagonism{Rivalry: rivalry[i][j], Ideological: ideological[i][j], Shocks: w.shocks.At(i, j)}, a, b)
			d := math.Hypot(a.PosA-b.PosA, a.PosB-b.PosB)
			l := math.Max(p.MinRange, b.Reach)
			e.pi[i][j] = 1 / (1 + math.Pow(d/l, p.Gradient))
			if island(i) && b.Reach <= p.MinRange {
				e.pi[i][j] *= p.SeaFactor
			}
		}
		if w.nations[i].Active {
			e.k[i] = w.nations[i].Capability
		}
	}
	// Ĥ_ij = max(H_ij, χ·max_{A∋i} c_A·σ_A,j·mean_{m∈A, m≠i, m≠j} H_mj),
	// Ĥ_ii = 0, with the pact's scope σ_A,j from the member hostility at
	// the majority rank (explicitScope).
	for i := range n {
		for j := range n {
			if i == j {
				continue
			}
			v := e.h[i][j]
			for _, a := range w.alliances {
				if a.Dissolved || !a.Has(i) {
					continue
				}
				sigma := explicitScope(p, e.h, a.Members, j)
				sum, others := 0.0, 0
				for _, m := range a.Members {
					if m != i && m != j {
						sum += e.h[m][j]
						others++
					}
				}
				if others > 0 {
					v = math.Max(v, p.Entrapment*a.Cohesion*sigma*sum/float64(others))
				}
			}
			e.hhat[i][j] = v
		}
	}
	// The whole threats, then focus: t_ij·(t_ji/T_j)^β_f on the whole ones.
	whole, wholeSum := square(n), make([]float64, n)
	for i := range n {
		for j := range n {
			if i != j {
				e.theta[i][j] = math.Max(e.hhat[i][j], e.hhat[j][i])
				whole[i][j] = e.theta[i][j] * e.pi[i][j] * e.k[j]
				wholeSum[i] += whole[i][j]
			}
		}
	}
	for i := range n {
		for j := range n {
			if i == j {
				continue
			}
			e.t[i][j] = whole[i][j]
			if p.Focus > 0 && whole[i][j] > 0 {
				e.t[i][j] *= math.Pow(whole[j][i]/wholeSum[j], p.Focus)
			}
			e.threat[i] += e.t[i][j]
		}
	}
	for i := range n {
		for j := range n {
			if i == j || e.threat[i] <= 0 {
				continue
			}
			s := 0.0
			for l := range n {
				s += e.t[i][l] * e.h[j][l]
			}
			e.kappa[i][j] = s / e.threat[i] * (1 - e.h[i][j])
		}
	}
	total := 0.0
	for i := range n {
		total += e.k[i]
	}
	floor := math.Max(1e-9*total, 1e-12)
	for i := range n {
		s := math.Max(e.k[i], floor)
		for j := range n {
			c := 0.0
			for _, a := range w.alliances {
				if !a.Dissolved && a.Has(i) && a.Has(j) && j != i {
					c = math.Max(c, a.Cohesion)
				}
			}
			s += c * e.kappa[i][j] * e.pi[i][j] * e.k[j]
		}
		e.security[i] = math.Max(s, floor)
	}
	return e
}

// explicitScope is σ_A,l of a pact with the given members, from scratch:
// 0 toward a member or for fewer than two members; otherwise the members'
// hostilities toward l sorted most hostile first, the one at rank
// ⌊m/2⌋ + 1 (the least hostile of a majority), mapped to
// clamp((h − h_scope/2)/(h_scope/2), 0, 1).
func explicitScope(p Params, h [][]float64, members []int, l int) float64 {
	if len(members) < 2 || slices.Contains(members, l) {
		return 0
	}
	hs := make([]float64, 0, len(members))
	for _, m := range members {
		hs = append(hs, h[m][l])
	}
	slices.Sort(hs)
	slices.Reverse(hs)
	at := hs[len(members)/2] // rank ⌊m/2⌋ + 1, from 1
	half := p.ScopeLevel / 2
	return math.Min(1, math.Max(0, (at-half)/half))
}

func TestThreatMatchesPairLoop(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"no alliances", testWorld()},
		{"with alliances", perceptionWorld()},
		{"quarterly ticks", func() Config { c := perceptionWorld(); c.TicksPerYear = 4; return c }()},
		{"an inactive state", func() Config { c := testWorld(); c.Nations[iESK].Active = false; return c }()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, tc.cfg)
			for range 3 {
				// Phase 3 reads the state phase 7 left: rerun it on the
				// current state, then recompute from that state.
				w.perceive()
				e := explicitPerception(w)
				for i := range w.nations {
					if !near(w.threat[i], e.threat[i], 1e-12) {
						t.Errorf("tick %d: T_%s = %v, want Σ_j Θ_ij·π_ij·K_j = %v", w.Tick(), w.nations[i].ID, w.threat[i], e.threat[i])
					}
					for l := range w.nations {
						if got := w.ThreatVector(i)[l]; !near(got, e.t[i][l], 1e-12) {
							t.Errorf("t[%d][%d] = %v, want %v", i, l, got, e.t[i][l])
						}
					}
				}
				if t.Failed() {
					return
				}
				w.Step()
			}
		})
	}
}

func TestEntrapment(t *testing.T) {
	w := mustNew(t, perceptionWorld())
	e := explicitPerception(w)
	p := w.p
	t.Run("a member inherits a fellow member's enemy", func(t *testing.T) {
		// GAL has no camp and no rivalry: it is hostile to no one of its
		// own. DRA is the western pact's adversary (AST 1, BOR and CAL 0.5
		// by camps: the third most hostile of four members is above
		// h_scope), so through its fellows (cohesion 0.9) GAL inherits χ·c
		// times their mean enmity, (H_AST,DRA + H_BOR,DRA + H_CAL,DRA)/3:
		// the pact's common enmity, not AST's alone.
		own := w.Hostility(iGAL, iDRA)
		mean := (w.Hostility(iAST, iDRA) + w.Hostility(iBOR, iDRA) + w.Hostility(iCAL, iDRA)) / 3
		want := p.Entrapment * 0.9 * mean
		if own != 0 || w.scopeAt(w.alliances[0], iDRA) != 1 || mean >= w.Hostility(iAST, iDRA) {
			t.Fatalf("bad fixture: own H %v, σ_west,DRA %v, mean %v", own, w.scopeAt(w.alliances[0], iDRA), mean)
		}
		if got := w.hhat.At(iGAL, iDRA); !near(got, want, 1e-12) {
			t.Errorf("Ĥ_GAL,DRA = %v, want χ·c·mean H_m,DRA = %v (own H %v)", got, want, own)
		}
	})
	t.Run("own hostility kept when larger", func(t *testing.T) {
		// ESK (east, cohesion 0.5) would inherit χ·0.5·H_DRA,AST = 0.33 of
		// DRA's enmity toward AST; its own, by camps, is 0.5.
		own := w.Hostility(iESK, iAST)
		if inherited := p.Entrapment * 0.5 * w.Hostility(iDRA, iAST); inherited >= own {
			t.Fatalf("bad fixture: inherited %v not below own %v", inherited, own)
		}
		if got := w.hhat.At(iESK, iAST); got != own {
			t.Errorf("Ĥ_ESK,AST = %v, want own H %v", got, own)
		}
	})
	t.Run("non-members inherit nothing", func(t *testing.T) {
		// FEN is in no alliance: its row of Ĥ is its row of H.
		for l := range w.nations {
			if got, want := w.hhat.At(iFEN, l), w.Hostility(iFEN, l); got != want {
				t.Errorf("Ĥ_FEN,%d = %v, want H = %v", l, got, want)
			}
		}
	})
	t.Run("every entry matches the explicit loop", func(t *testing.T) {
		for i := range w.nations {
			for j := range w.nations {
				if got := w.hhat.At(i, j); !near(got, e.hhat[i][j], 1e-12) {
					t.Errorf("Ĥ[%d][%d] = %v, want %v", i, j, got, e.hhat[i][j])
				}
			}
		}
	})
	t.Run("not toward a single member's private enemy", func(t *testing.T) {
		// AST and GAL alone: DRA is AST's enemy, not GAL's, so it is no
		// adversary of their pact (σ = 0) and GAL inherits nothing of it,
		// where in the western bloc above it inherits χ·c times its fellows' mean.
		cfg := testWorld()
		cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iGAL}, Cohesion: 0.9}}
		w := mustNew(t, cfg)
		if s := w.scopeAt(w.alliances[0], iDRA); s != 0 {
			t.Fatalf("σ_AST–GAL,DRA = %v, want 0: GAL is not hostile to DRA", s)
		}
		for l := range w.nations {
			if got, want := w.hhat.At(iGAL, l), w.Hostility(iGAL, l); got != want {
				t.Errorf("Ĥ_GAL,%s = %v, want its own H %v", w.nations[l].ID, got, want)
			}
		}
		e := explicitPerception(w)
		if got := w.hhat.At(iAST, iGAL); !near(got, e.hhat[iAST][iGAL], 1e-12) {
			t.Errorf("Ĥ_AST,GAL = %v, want %v", got, e.hhat[iAST][iGAL])
		}
	})
	t.Run("no hostility toward oneself or a fellow member", func(t *testing.T) {
		// Rivals in one alliance: DRA is hostile to AST, but AST does not
		// inherit hostility toward itself, and a pact is not aimed at its
		// own members: BOR keeps its own hostility toward DRA (0.5, by
		// camps), not χ·1·H_AST,DRA = 0.66.
		cfg := testWorld()
		cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iDRA, iBOR}, Cohesion: 1}}
		w := mustNew(t, cfg)
		for i := range w.nations {
			if got := w.hhat.At(i, i); got != 0 {
				t.Errorf("Ĥ_%d,%d = %v, want 0", i, i, got)
			}
			if got := w.theta.At(i, i); got != 0 {
				t.Errorf("Θ_%d,%d = %v, want 0", i, i, got)
			}
		}
		if inherited, own := p.Entrapment*w.Hostility(iAST, iDRA), w.Hostility(iBOR, iDRA); inherited <= own {
			t.Fatalf("bad fixture: inherited %v not above own %v", inherited, own)
		}
		if got, want := w.hhat.At(iBOR, iDRA), w.Hostility(iBOR, iDRA); got != want {
			t.Errorf("Ĥ_BOR,DRA = %v, want its own H %v: DRA is a member, not an adversary", got, want)
		}
	})
}

func TestThetaSymmetric(t *testing.T) {
	w := mustNew(t, perceptionWorld())
	for range 5 {
		w.Step()
	}
	for i := range w.nations {
		for j := range w.nations {
			if w.theta.At(i, j) != w.theta.At(j, i) {
				t.Errorf("Θ[%d][%d] = %v ≠ Θ[%d][%d] = %v", i, j, w.theta.At(i, j), j, i, w.theta.At(j, i))
			}
			if w.theta.At(i, j) < w.hhat.At(i, j) || w.theta.At(i, j) < w.hhat.At(j, i) {
				t.Errorf("Θ[%d][%d] = %v below Ĥ %v or Ĥᵀ %v", i, j, w.theta.At(i, j), w.hhat.At(i, j), w.hhat.At(j, i))
			}
		}
	}
	// A state allied with my enemy threatens me: DRA sees GAL (AST's ally)
	// at GAL's inherited hostility, although GAL's own is lower.
	w = mustNew(t, perceptionWorld())
	if got, own := w.theta.At(iDRA, iGAL), w.Hostility(iDRA, iGAL); got <= own {
		t.Errorf("Θ_DRA,GAL = %v, want above own hostility %v (GAL inherits its fellows' mean enmity)", got, own)
	}
}

func TestThreatSmoothing(t *testing.T) {
	for _, tc := range []struct {
		name     string
		perYear  int
		mu       float64
		fraction float64 // of the gap closed in one tick
	}{
		{"yearly, mu 0.5", 1, 0.5, 0.5},
		{"yearly, mu 0.2", 1, 0.2, 0.2},
		{"quarterly, mu 0.5", 4, 0.5, 1 - math.Pow(0.5, 0.25)},
		{"monthly, mu 0.3", 12, 0.3, 1 - math.Pow(0.7, 1.0/12)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := withParams(testWorld(), func(p *Params) { p.Smoothing = tc.mu })
			cfg.TicksPerYear = tc.perYear
			w := mustNew(t, cfg)
			before := make([]float64, len(w.nations))
			for i := range before {
				before[i] = float64(10 * i) // a perceived threat far from T
				w.perceived[i] = before[i]
			}
			w.perceive()
			for i := range w.nations {
				want := before[i] + tc.fraction*(w.threat[i]-before[i])
				if got := w.State(i).Threat; !near(got, want, 1e-12) {
					t.Errorf("T̂_%s = %v, want %v (T %v, before %v)", w.nations[i].ID, got, want, w.threat[i], before[i])
				}
			}
		})
	}
	t.Run("a year of ticks closes the yearly fraction", func(t *testing.T) {
		// With T held fixed, twelve monthly updates close 1 − (1 − μ)
		// of the gap, as one yearly update does.
		cfg := testWorld()
		cfg.TicksPerYear = 12
		w := mustNew(t, cfg)
		w.perceived[iAST] = 0
		for range 12 {
			w.perceive()
		}
		if got, want := w.perceived[iAST], w.p.Smoothing*w.threat[iAST]; !near(got, want, 1e-12) {
			t.Errorf("after 12 months T̂ = %v, want %v", got, want)
		}
	})
}

func TestKappa(t *testing.T) {
	t.Run("explicit loops", func(t *testing.T) {
		w := mustNew(t, perceptionWorld())
		for range 3 {
			w.Step()
		}
		w.perceive()
		e := explicitPerception(w)
		checked := 0
		for i := range w.nations {
			for j := range w.nations {
				if got := w.Kappa(i, j); !near(got, e.kappa[i][j], 1e-10) && math.Abs(got-e.kappa[i][j]) > 1e-15 {
					t.Errorf("κ[%s][%s] = %v, want %v", w.nations[i].ID, w.nations[j].ID, got, e.kappa[i][j])
				}
				if e.kappa[i][j] > 0 {
					checked++
				}
			}
		}
		if checked < 10 {
			t.Errorf("only %d positive κ: the fixture does not exercise commonality", checked)
		}
		// Allies against one enemy share their threat; rivals do not.
		if w.Kappa(iBOR, iAST) < 0.5 || w.Kappa(iAST, iDRA) != 0 {
			t.Errorf("κ_BOR,AST = %v (want high), κ_AST,DRA = %v (want 0: H = 1)", w.Kappa(iBOR, iAST), w.Kappa(iAST, iDRA))
		}
	})
	t.Run("zero threat vector", func(t *testing.T) {
		// GAL (no camp, no rivalry, no ally) is hostile to no one and no
		// one to it (regimes make enemies only within an ideological
		// rivalry): its threat vector is zero.
		w := mustNew(t, testWorld())
		if w.threat[iGAL] != 0 {
			t.Fatalf("bad fixture: T_GAL = %v", w.threat[iGAL])
		}
		for j := range w.nations {
			if got := w.Kappa(iGAL, j); got != 0 || math.IsNaN(got) {
				t.Errorf("κ_GAL,%d = %v, want 0", j, got)
			}
		}
	})
}

func TestSecurity(t *testing.T) {
	w := mustNew(t, perceptionWorld())
	for range 2 {
		w.Step()
	}
	w.perceive()
	e := explicitPerception(w)
	for i := range w.nations {
		if got := w.State(i).Security; !near(got, e.security[i], 1e-10) {
			t.Errorf("S_%s = %v, want %v", w.nations[i].ID, got, e.security[i])
		}
		if got, want := w.State(i).ThreatRatio, w.State(i).Threat/e.security[i]; !near(got, want, 1e-10) {
			t.Errorf("θ_%s = %v, want T̂/S = %v", w.nations[i].ID, got, want)
		}
	}
	t.Run("highest shared cohesion", func(t *testing.T) {
		// BOR and CAL share two alliances (0.9 and 0.3): C = 0.9, so CAL
		// adds 0.9·κ·π·K to BOR's security, not 0.3 nor 1.2 times it.
		w := mustNew(t, perceptionWorld())
		s := w.nations[iBOR].Capability
		for _, j := range []int{iAST, iCAL, iGAL} {
			s += 0.9 * w.Kappa(iBOR, j) * w.Proximity(iBOR, j) * w.nations[j].Capability
		}
		if got := w.State(iBOR).Security; !near(got, s, 1e-12) {
			t.Errorf("S_BOR = %v, want %v", got, s)
		}
		if w.Kappa(iBOR, iCAL) <= 0 {
			t.Errorf("bad fixture: κ_BOR,CAL = %v", w.Kappa(iBOR, iCAL))
		}
	})
	t.Run("floored above zero", func(t *testing.T) {
		cfg := testWorld()
		cfg.Nations[iGAL].Capability = 0
		w := mustNew(t, cfg)
		floor := 1e-9 * w.worldCapability()
		if got := w.State(iGAL).Security; got != floor {
			t.Errorf("S of a state with no capability and no allies = %v, want the floor %v", got, floor)
		}
		if r := w.State(iGAL).ThreatRatio; math.IsInf(r, 0) || math.IsNaN(r) {
			t.Errorf("θ = %v, want finite", r)
		}
	})
}

func TestInactiveStatesOutOfPerception(t *testing.T) {
	// Without focus, so that the other states' rows do not move with
	// where ESK's absence turns their attention (TestThreatMatchesPairLoop
	// checks focus with an inactive state).
	cfg := testWorld()
	cfg.Params.Focus = 0
	cfg.Nations[iESK].Active = false
	w := mustNew(t, cfg)
	fullCfg := testWorld()
	fullCfg.Params.Focus = 0
	full := mustNew(t, fullCfg)
	t.Run("they do not threaten", func(t *testing.T) {
		for i := range w.nations {
			if got := w.ThreatVector(i)[iESK]; got != 0 {
				t.Errorf("t_%s,ESK = %v, want 0", w.nations[i].ID, got)
			}
		}
		// DRA's neighbours lose ESK's threat: FEN's threat falls by its
		// share from ESK.
		if got, want := w.threat[iFEN], full.threat[iFEN]-full.ThreatVector(iFEN)[iESK]; !near(got, want, 1e-12) {
			t.Errorf("T_FEN = %v, want %v", got, want)
		}
	})
	t.Run("they are not threatened", func(t *testing.T) {
		st := w.State(iESK)
		if st.Security != 0 || st.ThreatRatio != 0 {
			t.Errorf("inactive ESK: S = %v, θ = %v, want 0", st.Security, st.ThreatRatio)
		}
		if w.threat[iESK] != 0 || st.Threat != 0 {
			t.Errorf("inactive ESK: T = %v, T̂ = %v, want 0", w.threat[iESK], st.Threat)
		}
	})
}

func TestIslandShielding(t *testing.T) {
	base := withParams(testWorld(), func(p *Params) { p.SeaFactor = 0.4 })
	base.Nations[iDRA].Reach = 6800 // a global power: the sea does not stop it
	// GAL joins the blue camp: the reds (DRA, which the sea does not stop,
	// and ESK and FEN, which it does) threaten it.
	base.Nations[iGAL].Camp = "blue"
	islands := make([]bool, len(base.Nations))
	islands[iGAL] = true
	isl := base
	isl.Islands = islands
	land, sea := mustNew(t, base), mustNew(t, isl)
	for j := range land.nations {
		if j == iGAL {
			continue
		}
		want := land.Proximity(iGAL, j)
		if land.nations[j].Reach <= land.p.MinRange {
			want *= 0.4
		}
		if got := sea.Proximity(iGAL, j); !near(got, want, 1e-12) {
			t.Errorf("π_GAL,%s on an island = %v, want %v", land.nations[j].ID, got, want)
		}
		// Others' exposure to the island is unchanged.
		if sea.Proximity(j, iGAL) != land.Proximity(j, iGAL) {
			t.Errorf("π_%s,GAL changed: %v vs %v", land.nations[j].ID, sea.Proximity(j, iGAL), land.Proximity(j, iGAL))
		}
	}
	if land.ThreatVector(iGAL)[iESK] <= 0 || land.ThreatVector(iGAL)[iDRA] <= 0 {
		t.Fatalf("bad fixture: t_GAL,ESK = %v, t_GAL,DRA = %v", land.ThreatVector(iGAL)[iESK], land.ThreatVector(iGAL)[iDRA])
	}
	if sea.threat[iGAL] >= land.threat[iGAL] {
		t.Errorf("island T = %v, want below the mainland's %v", sea.threat[iGAL], land.threat[iGAL])
	}
	if sea.ThreatVector(iGAL)[iDRA] != land.ThreatVector(iGAL)[iDRA] {
		t.Errorf("a long-reach power's threat to an island changed: %v vs %v",
			sea.ThreatVector(iGAL)[iDRA], land.ThreatVector(iGAL)[iDRA])
	}
	e := explicitPerception(sea)
	if !near(sea.threat[iGAL], e.threat[iGAL], 1e-12) {
		t.Errorf("island T = %v, want %v", sea.threat[iGAL], e.threat[iGAL])
	}
}
