package sim

import (
	"math"
	"testing"
)

// wantShare recomputes the budget rule for nation i from the world's
// snapshot with explicit arithmetic: ω = min(1, K/S), T_A the largest
// T̂_i + ς_iA·(P_A − T̂_i) with P_A = Σ T̂_m·φ°_mA over the members of one of
// i's alliances (i included; T̂_i alone), ς_iA = Σ_l σ_A,l·ramp(max(H_il,
// Ĥ_li))·K_l / Σ_l σ_A,l·K_l the part of it i answers, φ°_mA = Σ_l σ_A,l·max(H_ml, Ĥ_lm)·π_ml·K_l/T_m the part of m's
// threat from the pact's adversaries through its own enmity, the aim from
// φ_mA = Σ_l σ_A,l·t_ml/T_m (inherited enmity included), x = (ψ·T̂ + (1 − ψ)·ω·max(T_A, T̂))/K, pull = max_A
// ν·c_A·max(0, τ_A − s) with τ_A = max(declared, τ_m·Σ s_m·Y_m/Σ Y_m),
// s* = clamp(s_a·((x + x0)/(x_a + x0))^k·(Y/Y_a)^(η−1) − f·max(0, P − P_a)
// + pull, s_min, s_max), s ← s + (1 − (1 − λ)^dt)·(s* − s), then a
// binding fiscal rule's cap. Before its first budget a state is anchored
// where it stands.
func wantShare(w *World, i int) (share, desired float64) {
	n := &w.nations[i]
	pol := n.Policy
	threatA := w.perceivedWhole[i]
	pull := 0.0
	for _, a := range w.alliances {
		if !a.Dissolved && a.Has(i) {
			tt, pub, all, spend, gdp := 0.0, 0.0, 0.0, 0.0, 0.0
			for _, m := range a.Members {
				if !w.nations[m].Active {
					continue
				}
				// φ_mA: the part of m's threat from the pact's adversaries;
				// φ°_mA: the same through m's own enmity toward them.
				fromScope, ownScope := 0.0, 0.0
				for l := range w.nations {
					fromScope += w.scopeAt(a, l) * wholeThreat(w, m, l)
					h := math.Max(w.hostility.At(m, l), w.hhat.At(l, m))
					ownScope += w.scopeAt(a, l) * h * w.proximity.At(m, l) * w.capVec.AtVec(l)
				}
				if w.threatWhole[m] > 0 {
					tt += w.perceivedWhole[m] * math.Min(1, fromScope/w.threatWhole[m])
					pub += w.perceivedWhole[m] * math.Min(1, ownScope/w.threatWhole[m])
				}
				all += w.perceivedWhole[m]
				spend += w.nations[m].Share * w.nations[m].GDP
				gdp += w.nations[m].GDP
			}
			// ς_iA: the pact's adversaries, by their forces, as far as i
			// is at odds with each (the scope's ramp on max(H_il, Ĥ_li)).
			stake, forces := 0.0, 0.0
			for l := range w.nations {
				if sl := w.scopeAt(a, l); sl > 0 {
					half := w.p.ScopeLevel / 2
					h := math.Max(w.hostility.At(i, l), w.hhat.At(l, i))
					stake += sl * math.Min(1, math.Max(0, (h-half)/half)) * w.capVec.AtVec(l)
					forces += sl * w.capVec.AtVec(l)
				}
			}
			if forces > 0 && pub > w.perceivedWhole[i] {
				threatA = math.Max(threatA, w.perceivedWhole[i]+stake/forces*(pub-w.perceivedWhole[i]))
			}
			aim := 0.0
			if all > 0 {
				aim = math.Min(1, tt/all)
			}
			pull = math.Max(pull, w.p.TargetPull*a.Cohesion*math.Max(0, a.Target-n.Share))
			pull = math.Max(pull, aim*w.p.TargetPull*a.Cohesion*math.Max(0, w.p.FollowShare*spend/gdp-n.Share))
		}
	}
	k := math.Max(n.Capability, w.snapshotFloor)
	own := math.Min(1, n.Capability/w.security[i])
	psi := pol.Privateness
	x := (psi*w.perceivedWhole[i] + (1-psi)*own*math.Max(threatA, w.perceivedWhole[i])) / k
	anchor := w.anchor[i]
	if !anchor.Set {
		anchor.Share, anchor.Burden, anchor.Pressure, anchor.GDP = n.Share, x, n.Pressure, n.GDP
	}
	x0 := w.p.BurdenRef
	desired = anchor.Share * math.Pow((x+x0)/(anchor.Burden+x0), pol.Reactivity) *
		math.Pow(n.GDP/anchor.GDP, w.p.IncomeElast-1)
	desired += pull - pol.FiscalBrake*math.Max(0, n.Pressure-anchor.Pressure)
	desired = math.Min(math.Max(desired, pol.MinShare), pol.MaxShare)
	share = n.Share + (1-math.Pow(1-pol.Adjustment, w.dt))*(desired-n.Share)
	if n.ShareCap > 0 && n.Debt > n.RuleDebt && share > n.ShareCap {
		share = n.ShareCap
	}
	return share, desired
}

func TestBudgetRule(t *testing.T) {
	for _, tc := range []struct {
		name    string
		perYear int
		prep    func(w *World)
	}{
		{"yearly", 1, func(*World) {}},
		{"quarterly", 4, func(*World) {}},
		{"threat rises", 1, func(w *World) {
			for i := range w.nations {
				w.perceivedWhole[i] *= 3
			}
		}},
		{"income grows, η below 1", 1, func(w *World) {
			w.p.IncomeElast = 0.7
			for i := range w.nations {
				w.nations[i].GDP *= 1.5
			}
		}},
		{"fiscal pressure brakes", 1, func(w *World) {
			for i := range w.nations {
				w.nations[i].Pressure += 0.8
				w.nations[i].Policy.FiscalBrake = 0.02
			}
		}},
		{"shares above the desired fall", 1, func(w *World) {
			for i := range w.nations {
				w.nations[i].Share = 0.2
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := perceptionWorld()
			cfg.TicksPerYear = tc.perYear
			w := mustNew(t, cfg)
			w.setBudgets() // anchors every state where it stands
			tc.prep(w)
			before := make([]float64, len(w.nations))
			want := make([]float64, len(w.nations))
			desired := make([]float64, len(w.nations))
			for i := range w.nations {
				before[i] = w.nations[i].Share
				want[i], desired[i] = wantShare(w, i)
			}
			w.setBudgets()
			moved := 0
			for i, n := range w.nations {
				if !near(n.Share, want[i], 1e-12) {
					t.Errorf("s_%s = %v, want %v (s* %v, before %v)", n.ID, n.Share, want[i], desired[i], before[i])
				}
				// The share moves toward the rule's target, never past it.
				if (desired[i]-before[i])*(n.Share-before[i]) < 0 || math.Abs(n.Share-before[i]) > math.Abs(desired[i]-before[i]) {
					t.Errorf("s_%s moved from %v to %v, target %v", n.ID, before[i], n.Share, desired[i])
				}
				if n.Share != before[i] {
					moved++
				}
			}
			if moved == 0 && tc.name != "yearly" && tc.name != "quarterly" {
				t.Error("no share moved: the fixture does not exercise the rule")
			}
		})
	}
}

func TestAnchoredStateHoldsItsShare(t *testing.T) {
	// Nothing changes after the first budget: every share stays where it
	// was observed (levels are the data's, not the rule's).
	w := mustNew(t, perceptionWorld())
	w.p.FollowShare = 0 // no alliance's average pulls either
	for i := range w.nations {
		w.nations[i].Policy.Adjustment = 1
		w.nations[i].Policy.FiscalBrake = 0
	}
	for _, a := range w.alliances {
		a.Target = 0
	}
	start := make([]float64, len(w.nations))
	for i := range w.nations {
		start[i] = w.nations[i].Share
	}
	w.setBudgets()
	w.setBudgets()
	for i, n := range w.nations {
		if !near(n.Share, start[i], 1e-12) && n.Share != n.Policy.MinShare && n.Share != n.Policy.MaxShare {
			t.Errorf("s_%s = %v, want its anchor %v", n.ID, n.Share, start[i])
		}
	}
}

func TestFreeRidersRespondLess(t *testing.T) {
	// The same rise in threat: the ally whose own forces are a quarter of
	// its security raises its share less than the lone state that provides
	// all of its own security.
	cfg := perceptionWorld()
	for i := range cfg.Alliances {
		cfg.Alliances[i].Target = 0 // no target pull
	}
	w := mustNew(t, cfg)
	w.p.FollowShare = 0 // nor does the alliance's average: the burden alone
	ally, lone := iBOR, iFEN
	for _, i := range []int{ally, lone} {
		w.nations[i].Share = 0.01
		w.perceivedWhole[i] = 2 * w.nations[i].Capability
	}
	w.security[ally] = 4 * w.nations[ally].Capability
	w.security[lone] = w.nations[lone].Capability
	// Fellow members who feel no threat: the ally's public part answers its
	// own threat only.
	for _, a := range w.Memberships(ally) {
		for _, m := range a.Members {
			if m != ally {
				w.perceivedWhole[m] = 0
			}
		}
	}
	w.setBudgets() // anchored at threat ratio 2
	for _, i := range []int{ally, lone} {
		w.nations[i].Share = 0.01
		w.perceivedWhole[i] *= 3
	}
	want := map[int]float64{}
	for _, i := range []int{ally, lone} {
		want[i], _ = wantShare(w, i)
	}
	w.setBudgets()
	rise := func(i int) float64 { return w.nations[i].Share - 0.01 }
	if rise(ally) <= 0 || rise(ally) >= rise(lone) {
		t.Errorf("the ally's share rose by %v, the lone state's by %v: want 0 < ally < lone", rise(ally), rise(lone))
	}
	for _, i := range []int{ally, lone} {
		if !near(w.nations[i].Share, want[i], 1e-12) {
			t.Errorf("s_%s = %v, want %v", w.nations[i].ID, w.nations[i].Share, want[i])
		}
	}
}

func TestTargetPullTakesTheLargest(t *testing.T) {
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{
		{Members: []int{iAST, iBOR}, Target: 0.05, Cohesion: 0.5},
		{Members: []int{iBOR, iCAL}, Target: 0.04, Cohesion: 0.9},
	}
	w := mustNew(t, cfg)
	w.nations[iBOR].Share = 0.01
	nu := w.p.TargetPull
	p1, p2 := nu*0.5*0.04, nu*0.9*0.03
	if got := w.targetPull(iBOR); !near(got, math.Max(p1, p2), 1e-12) {
		t.Errorf("pull = %v, want the largest %v (not the sum %v)", got, math.Max(p1, p2), p1+p2)
	}
	want, _ := wantShare(w, iBOR)
	w.setBudgets()
	if got := w.nations[iBOR].Share; !near(got, want, 1e-12) {
		t.Errorf("s_BOR = %v, want %v", got, want)
	}
	t.Run("no pull above the target", func(t *testing.T) {
		w.nations[iBOR].Share = 0.06
		if got := w.targetPull(iBOR); got != 0 {
			t.Errorf("pull = %v, want 0", got)
		}
	})
	t.Run("pull scales with cohesion", func(t *testing.T) {
		w.nations[iAST].Share = 0.01
		w.alliances[0].snapshot = 0.25
		if got, want := w.targetPull(iAST), nu*0.25*0.04; !near(got, want, 1e-12) {
			t.Errorf("pull = %v, want %v", got, want)
		}
	})
}

// wholeThreat is t_ml before focus, W_ml·K_l: the threat budgets answer.
func wholeThreat(w *World, m, l int) float64 { return w.weights.At(m, l) * w.capVec.AtVec(l) }

// A state's anchor holds the regime it came in with, and a fall of its
// regime afterwards (a regime_change event) raises its desired share by
// the regime term; the anchored regime does not follow the fall.
func TestARegimeFallAfterTheAnchorRaisesTheBudget(t *testing.T) {
	w := mustNew(t, perceptionWorld())
	w.p.FollowShare, w.p.ShareRise = 0, 0
	for i := range w.nations {
		w.nations[i].Policy.Adjustment = 1
		w.nations[i].Policy.FiscalBrake = 0
	}
	for _, a := range w.alliances {
		a.Target = 0
	}
	w.setBudgets()
	i := 0
	n := &w.nations[i]
	start, was := n.Share, n.Regime
	if w.anchor[i].Regime != was {
		t.Fatalf("anchored regime %v, want the state's %v", w.anchor[i].Regime, was)
	}
	n.Regime = was - 10
	w.setBudgets()
	if want := start * math.Exp(10*w.p.RegimeFall); !near(n.Share, want, 1e-12) || w.anchor[i].Regime != was {
		t.Errorf("after a fall of 10 points: s = %v, want %v (anchored regime %v, want %v)", n.Share, want, w.anchor[i].Regime, was)
	}
}
