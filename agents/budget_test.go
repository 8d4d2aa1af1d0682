package agents

import (
	"math"
	"testing"
)

var testPolicy = Policy{BaseShare: 0.01, Reactivity: 0.26, FiscalBrake: 0.01, MinShare: 0.005,
	MaxShare: 0.25, Adjustment: 0.5, Privateness: 0.1}

func TestSelfReliance(t *testing.T) {
	tests := []struct {
		name      string
		k, s, psi float64
		want      float64
	}{
		{"alone", 10, 10, 0.1, 1},
		{"protected by allies, public good", 1, 10, 0, 0.1},
		{"privateness softens free riding", 1, 10, 0.5, 0.55},
		{"no security counts as alone", 1, 0, 0, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SelfReliance(tc.k, tc.s, tc.psi); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("ω = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestTargetShare(t *testing.T) {
	bp := BudgetParams{ThetaHalf: 0.65, Theta0: 0, Pull: 0.33}
	tests := []struct {
		name                         string
		theta, omega, pressure, pull float64
		want                         float64
	}{
		{"no threat: base share", 0, 1, 0, 0, 0.01},
		{"half response at theta_half", 0.65, 1, 0, 0, 0.01 + 0.13},
		{"free rider responds less", 0.65, 0.5, 0, 0, 0.01 + 0.065},
		{"fiscal brake", 0, 1, 1, 0, 0.005}, // 0.01 − 0.01 clamps to s_min
		{"alliance pull", 0, 1, 0, 0.02, 0.03},
		{"the response saturates", 1e6, 0.5, 0, 0, 0.01 + 0.13*1e6/(1e6+0.65)},
		{"clamped at s_max", 1e6, 1, 0, 0.1, 0.25},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := TargetShare(testPolicy, bp, tc.theta, tc.omega, tc.pressure, tc.pull)
			if math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("s* = %v, want %v", got, tc.want)
			}
		})
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
