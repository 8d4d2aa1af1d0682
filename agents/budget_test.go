package agents

import (
	"math"
	"testing"
)

var testPolicy = Policy{BaseShare: 0.01, Reactivity: 0.26, FiscalBrake: 0.01, MinShare: 0.005,
	MaxShare: 0.25, Adjustment: 0.5, Privateness: 0.1}

func TestTargetShare(t *testing.T) {
	bp := BudgetParams{ThetaHalf: 0.65, Theta0: 0, Pull: 0.33}
	alone := func(theta float64) BudgetInputs {
		return BudgetInputs{ThreatRatio: theta, SharedRatio: theta, OwnShare: 1, Leverage: 1}
	}
	tests := []struct {
		name string
		in   BudgetInputs
		want float64
	}{
		{"no threat: base share", alone(0), 0.01},
		{"half response at theta_half", alone(0.65), 0.01 + 0.13},
		{"the response saturates", BudgetInputs{ThreatRatio: 1e6, SharedRatio: 1e6, OwnShare: 1, Leverage: 0.5}, 0.01 + 0.13*1e6/(1e6+0.65)},
		{"clamped at s_max", BudgetInputs{ThreatRatio: 1e6, OwnShare: 1, Leverage: 1, Pull: 0.1}, 0.25},
		{"fiscal brake", BudgetInputs{Pressure: 1, Leverage: 1}, 0.005}, // 0.01 − 0.01 clamps to s_min
		{"alliance pull", BudgetInputs{Pull: 0.02, Leverage: 1}, 0.03},
		{"leverage scales the response", BudgetInputs{ThreatRatio: 0.65, SharedRatio: 0.65, OwnShare: 1, Leverage: 0.5}, 0.01 + 0.065},
		// An ally that provides a fifth of its own security: the private part
		// ψ = 0.1 answers in full, the public part only for its fifth:
		// ω = 0.1 + 0.9·0.2 = 0.28, MODEL.md's self-reliance.
		{"a free rider answers its threat in part", BudgetInputs{ThreatRatio: 0.65, SharedRatio: 0.65, OwnShare: 0.2, Leverage: 1}, 0.01 + 0.26*0.28*0.5},
		// A leader safe at home (θ = 0) still spends for its allies' exposure.
		{"extended deterrence", BudgetInputs{ThreatRatio: 0, SharedRatio: 0.65, OwnShare: 1, Leverage: 1}, 0.01 + 0.26*0.9*0.5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TargetShare(testPolicy, bp, tc.in); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("s* = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPrivatenessShiftsTheBurden(t *testing.T) {
	// Raising ψ (flexible response) lowers a safe leader's budget and raises
	// an exposed small ally's: the exploitation index can fall without every
	// budget rising.
	bp := BudgetParams{ThetaHalf: 0.65}
	leader := BudgetInputs{ThreatRatio: 0.2, SharedRatio: 1, OwnShare: 0.9, Leverage: 1}
	ally := BudgetInputs{ThreatRatio: 2, SharedRatio: 1, OwnShare: 0.05, Leverage: 1}
	low, high := testPolicy, testPolicy
	low.Privateness, high.Privateness = 0.1, 0.4
	if a, b := TargetShare(low, bp, leader), TargetShare(high, bp, leader); b >= a {
		t.Errorf("leader: %v at ψ 0.1, %v at ψ 0.4; want lower", a, b)
	}
	if a, b := TargetShare(low, bp, ally), TargetShare(high, bp, ally); b <= a {
		t.Errorf("small ally: %v at ψ 0.1, %v at ψ 0.4; want higher", a, b)
	}
}

func TestTargetPull(t *testing.T) {
	bp := BudgetParams{Pull: 0.33}
	if got := TargetPull(bp, 1, 0.02, 0.01); math.Abs(got-0.0033) > 1e-12 {
		t.Errorf("pull below target = %v", got)
	}
	if got := TargetPull(bp, 1, 0.02, 0.03); got != 0 {
		t.Errorf("pull above target = %v, want 0", got)
	}
}

func TestAdjustShareAndFiscalRule(t *testing.T) {
	n := &Nation{Share: 0.02, Policy: testPolicy}
	if got := AdjustShare(n, 0.04, 1); math.Abs(got-0.03) > 1e-12 {
		t.Errorf("λ = 0.5 closes half the gap: got %v", got)
	}
	n.ShareCap, n.RuleDebt, n.Debt = 0.025, 0.6, 0.9
	if got := AdjustShare(n, 0.04, 1); got != 0.025 {
		t.Errorf("binding fiscal rule: got %v, want the cap 0.025", got)
	}
	n.Debt = 0.5
	if got := AdjustShare(n, 0.04, 1); math.Abs(got-0.03) > 1e-12 {
		t.Errorf("fiscal rule with low debt should not bind: got %v", got)
	}
}

func TestLeverage(t *testing.T) {
	p := BudgetParams{CapacityShare: 0.1}
	// A threat equal to the stock 10 % of GDP maintains: half leverage.
	if got := Leverage(p, 125, 100, 0, 0.08, 1); math.Abs(got-0.5) > 1e-12 {
		t.Errorf("leverage = %v, want 0.5", got)
	}
	big, small := Leverage(p, 1000, 4000, 0, 0.08, 1), Leverage(p, 1000, 25, 0, 0.08, 1)
	if big < 0.8 || small > 0.05 {
		t.Errorf("a great power should have leverage near 1 (%v), a lone small state next to it little (%v)", big, small)
	}
	if backed := Leverage(p, 1000, 25, 3000, 0.08, 1); backed < 0.7 {
		t.Errorf("a small state backed by a great power should have leverage, got %v", backed)
	}
	if got := Leverage(BudgetParams{}, 1000, 25, 0, 0.08, 1); got != 1 {
		t.Errorf("s_ref = 0 turns leverage off, got %v", got)
	}
	bp := BudgetParams{ThetaHalf: 0.65}
	full := BudgetInputs{ThreatRatio: 1, SharedRatio: 1, OwnShare: 1, Leverage: 1}
	part := full
	part.Leverage = 0.25
	if a, b := TargetShare(testPolicy, bp, full), TargetShare(testPolicy, bp, part); b >= a {
		t.Errorf("less leverage should mean a smaller response: %v vs %v", b, a)
	}
}
