package agents

import (
	"math"
	"testing"
)

var testPolicy = Policy{Reactivity: 0.5, FiscalBrake: 0.01, MinShare: 0.005,
	MaxShare: 0.25, Adjustment: 0.5, Privateness: 0.1}

// anchorAt anchors a state alone at share s, facing threat t with forces k.
func anchorAt(pol Policy, s, t, k float64) Anchor {
	return Anchor{Share: s, Burden: Burden(pol, BudgetInputs{Threat: t, OwnShare: 1, Capability: k}), Set: true}
}

func TestTargetShareHoldsTheAnchor(t *testing.T) {
	bp := BudgetParams{BurdenRef: 0.2, IncomeElasticity: 1}
	in := BudgetInputs{Threat: 50, OwnShare: 1, Capability: 100, GDP: 1000}
	a := anchorAt(testPolicy, 0.03, 50, 100)
	a.GDP = 1000
	if got := TargetShare(testPolicy, bp, a, in); math.Abs(got-0.03) > 1e-12 {
		t.Errorf("unchanged situation: s* = %v, want the anchored 0.03", got)
	}
}

func TestTargetShare(t *testing.T) {
	bp := BudgetParams{BurdenRef: 0.2, IncomeElasticity: 1}
	a := anchorAt(testPolicy, 0.03, 50, 100) // x_a = 0.5
	alone := func(threat float64) BudgetInputs { return BudgetInputs{Threat: threat, OwnShare: 1, Capability: 100} }
	tests := []struct {
		name string
		in   BudgetInputs
		want float64
	}{
		// x = 1.2: ((1.2 + 0.2)/(0.5 + 0.2))^0.5 = √2.
		{"the threat burden more than doubles", alone(120), 0.03 * math.Sqrt2},
		{"no threat left", alone(0), 0.03 * math.Sqrt(0.2/0.7)},
		{"clamped at s_max", alone(1e9), 0.25},
		{"fiscal brake", BudgetInputs{Threat: 50, OwnShare: 1, Capability: 100, Pressure: 1}, 0.03 - 0.01},
		{"alliance pull", BudgetInputs{Threat: 50, OwnShare: 1, Capability: 100, Pull: 0.01}, 0.04},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TargetShare(testPolicy, bp, a, tc.in); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("s* = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestRisingThreatRaisesAnExposedStatesBudget(t *testing.T) {
	// The 21st-century failure the rule was rewritten for: a small state
	// next to a growing threat must spend more, not less, however small.
	bp := BudgetParams{BurdenRef: 0.2, IncomeElasticity: 1}
	a := anchorAt(testPolicy, 0.015, 5, 2)
	prev := TargetShare(testPolicy, bp, a, BudgetInputs{Threat: 5, OwnShare: 1, Capability: 2})
	for _, threat := range []float64{10, 50, 200} {
		s := TargetShare(testPolicy, bp, a, BudgetInputs{Threat: threat, OwnShare: 1, Capability: 2})
		if s <= prev {
			t.Fatalf("threat %v: s* %v not above %v", threat, s, prev)
		}
		prev = s
	}
}

func TestIncomeElasticity(t *testing.T) {
	a := anchorAt(testPolicy, 0.04, 50, 100)
	a.GDP = 1000
	in := BudgetInputs{Threat: 50, OwnShare: 1, Capability: 100, GDP: 2000}
	if got := TargetShare(testPolicy, BudgetParams{BurdenRef: 0.2, IncomeElasticity: 1}, a, in); math.Abs(got-0.04) > 1e-12 {
		t.Errorf("η = 1: the share does not move with income, got %v", got)
	}
	// η = 0.5: spending grows with the square root of income, so the share
	// of a doubled economy falls by 1/√2.
	if got := TargetShare(testPolicy, BudgetParams{BurdenRef: 0.2, IncomeElasticity: 0.5}, a, in); math.Abs(got-0.04/math.Sqrt2) > 1e-12 {
		t.Errorf("η = 0.5: got %v, want %v", got, 0.04/math.Sqrt2)
	}
}

func TestFreeRidingComesFromWhatAlliesProvide(t *testing.T) {
	// The same threat and forces: a state that provides a fifth of its
	// security answers less of the alliance's threat than one alone.
	alone := BudgetInputs{Threat: 100, AllianceThreat: 100, OwnShare: 1, Capability: 50}
	allied := alone
	allied.OwnShare = 0.2
	if a, b := Burden(testPolicy, alone), Burden(testPolicy, allied); b >= a {
		t.Errorf("burden allied %v, alone %v: want lower allied", b, a)
	}
	// A leader safe at home still answers its allies' threat (extended
	// deterrence): its burden grows with the alliance's threat.
	leader := BudgetInputs{Threat: 0, AllianceThreat: 300, OwnShare: 0.9, Capability: 500}
	if Burden(testPolicy, leader) <= 0 {
		t.Error("a leader safe at home should carry its allies' threat")
	}
}

func TestPrivatenessShiftsTheBurden(t *testing.T) {
	// Raising ψ (flexible response) lowers a safe leader's burden and raises
	// an exposed small ally's: the exploitation index can fall without every
	// budget rising.
	leader := BudgetInputs{Threat: 20, AllianceThreat: 300, OwnShare: 0.9, Capability: 100}
	ally := BudgetInputs{Threat: 200, AllianceThreat: 300, OwnShare: 0.05, Capability: 100}
	low, high := testPolicy, testPolicy
	low.Privateness, high.Privateness = 0.1, 0.4
	if a, b := Burden(low, leader), Burden(high, leader); b >= a {
		t.Errorf("leader: %v at ψ 0.1, %v at ψ 0.4; want lower", a, b)
	}
	if a, b := Burden(low, ally), Burden(high, ally); b <= a {
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

// The regime term: a regime that falls below the anchor's raises the
// share by e^(β_r·fall); one that opens up, or returns to the anchor's,
// leaves it; β_r = 0 turns it off.
func TestARegimeBelowItsAnchorRaisesTheShare(t *testing.T) {
	a := anchorAt(testPolicy, 0.03, 50, 100)
	a.Regime = 8
	bp := BudgetParams{BurdenRef: 0.2, IncomeElasticity: 1, RegimeFall: 0.0167}
	at := func(regime float64) float64 {
		return TargetShare(testPolicy, bp, a, BudgetInputs{Threat: 50, OwnShare: 1, Capability: 100, Regime: regime})
	}
	if got, want := at(-7), 0.03*math.Exp(0.0167*15); math.Abs(got-want) > 1e-12 {
		t.Errorf("a fall of 15 points (8 → −7): s* = %v, want %v", got, want)
	}
	for _, r := range []float64{8, 10} {
		if got := at(r); math.Abs(got-0.03) > 1e-12 {
			t.Errorf("regime %v against 8 at the anchor: s* = %v, want the anchored 0.03", r, got)
		}
	}
	bp.RegimeFall = 0
	if got := at(-7); math.Abs(got-0.03) > 1e-12 {
		t.Errorf("β_r = 0: s* = %v, want 0.03", got)
	}
	if got := TargetTerms(testPolicy, BudgetParams{BurdenRef: 0.2, IncomeElasticity: 1, RegimeFall: 0.0167}, a, BudgetInputs{Threat: 50, OwnShare: 1, Capability: 100, Regime: -2}).Regime; math.Abs(got-math.Exp(0.167)) > 1e-12 {
		t.Errorf("the regime term of a fall of 10 points: %v, want e^0.167", got)
	}
}
