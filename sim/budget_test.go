package sim

import (
	"math"
	"testing"
)

// wantShare recomputes the budget rule for nation i from the world's
// snapshot with explicit arithmetic: x = max(0, θ − θ0),
// ω = ψ + (1 − ψ)·min(1, K/S), pull = max_A ν·c_A·max(0, τ_A − s),
// s* = clamp(s0 + k·ω·x/(x + θ_half) − f·P + pull, s_min, s_max),
// s ← s + (1 − (1 − λ)^dt)·(s* − s), then a binding fiscal rule's cap.
func wantShare(w *World, i int) (share, desired float64) {
	n := &w.nations[i]
	pol := n.Policy
	r := func(theta float64) float64 {
		x := math.Max(0, theta-w.p.Theta0)
		if x == 0 {
			return 0
		}
		return x / (x + w.p.ThetaHalf)
	}
	// The collective ratio of each alliance, by loops over its members.
	shared := w.ratio[i]
	pull := 0.0
	for _, a := range w.alliances {
		if !a.Dissolved && a.Has(i) {
			var tt, ss float64
			for _, m := range a.Members {
				if m != i {
					tt += w.perceived[m]
					ss += w.security[m]
				}
			}
			if ss > 0 {
				shared = math.Max(shared, tt/ss)
			}
			pull = math.Max(pull, w.p.TargetPull*a.Cohesion*math.Max(0, a.Target-n.Share))
		}
	}
	allied := 0.0
	for j := range w.nations {
		if c := w.coCohesion(i, j, nil); j != i && c > 0 && w.nations[j].Active {
			allied += w.nations[j].Capability
		}
	}
	capacity := w.p.Efficiency*n.GDP*w.p.CapacityRef/w.p.Depreciation + allied
	leverage := 1.0
	if w.p.CapacityRef > 0 && w.perceived[i] > 0 {
		leverage = capacity / (capacity + w.perceived[i])
	}
	own := math.Min(1, n.Capability/w.security[i])
	effort := pol.Privateness*r(w.ratio[i]) + (1-pol.Privateness)*own*r(shared)
	desired = pol.BaseShare + pol.Reactivity*leverage*effort - pol.FiscalBrake*n.Pressure + pull
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
		{"fiscal pressure brakes", 1, func(w *World) {
			for i := range w.nations {
				w.nations[i].Pressure = 0.8
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
			if moved == 0 {
				t.Error("no share moved: the fixture does not exercise the rule")
			}
		})
	}
}

func TestFreeRidersRespondLess(t *testing.T) {
	// Same threat ratio, same policy: the ally whose own forces are a
	// quarter of its security (ω small) raises its share less than the
	// lone state that provides all of its own security.
	cfg := perceptionWorld()
	for i := range cfg.Alliances {
		cfg.Alliances[i].Target = 0 // no target pull
	}
	w := mustNew(t, cfg)
	w.p.CapacityRef = 0 // leverage off: this test is about ω alone
	ally, lone := iBOR, iFEN
	for _, i := range []int{ally, lone} {
		w.nations[i].Share = 0.01
		w.ratio[i] = 2
	}
	w.security[ally] = 4 * w.nations[ally].Capability
	w.security[lone] = w.nations[lone].Capability
	// Fellow members who feel no threat: the ally's public part answers its
	// own ratio, as in MODEL.md's ω rule.
	for _, a := range w.Memberships(ally) {
		for _, m := range a.Members {
			if m != ally {
				w.perceived[m] = 0
			}
		}
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
	// ω_ally = ψ + (1 − ψ)·0.25, ω_lone = 1; the response at θ = 2 is
	// 2/(2 + θ_half) of k; λ = 0.5 closes half the gap.
	resp := 2 / (2 + w.p.ThetaHalf)
	psi := w.nations[ally].Policy.Privateness
	for i, omega := range map[int]float64{ally: psi + (1-psi)*0.25, lone: 1} {
		s := w.p.BaseShare + w.p.Reactivity*omega*resp
		if got := w.nations[i].Share; !near(got, 0.01+0.5*(s-0.01), 1e-12) {
			t.Errorf("s_%s = %v, want %v (ω %v)", w.nations[i].ID, got, 0.01+0.5*(s-0.01), omega)
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
