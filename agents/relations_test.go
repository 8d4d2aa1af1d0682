package agents

import (
	"math"
	"testing"
)

var testRelations = RelationParams{HostileCamp: 0.5, HostileRegime: 0.4, AffineCamp: 0.3, AffineRegime: 0.5}

func TestHostility(t *testing.T) {
	dem := &Nation{Regime: 10, Camp: "west"}
	aut := &Nation{Regime: -10, Camp: "east"}
	neutral := &Nation{Regime: 10}
	tests := []struct {
		name            string
		rivalry, shocks float64
		a, b            *Nation
		want            float64
	}{
		{"regime distance only", 0, 0, dem, &Nation{Regime: 0}, 0.2},
		{"opposed camps add h_camp", 0, 0, dem, aut, 0.9},
		{"no camp opposes no one", 0, 0, neutral, aut, 0.4},
		{"clamped at one", 0.8, 0, dem, aut, 1},
		{"a détente bites even past the clamp", 0.8, -0.2, dem, aut, 0.8},
		{"never below zero", 0, -1, dem, dem, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Hostility(testRelations, tc.rivalry, tc.a, tc.b, tc.shocks); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("H = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAffinityAndPropensity(t *testing.T) {
	a := &Nation{Regime: 10, Camp: "west"}
	b := &Nation{Regime: 8, Camp: "west"}
	if got := Affinity(testRelations, 0.1, a, b); math.Abs(got-(0.5*0.8+0.1+0.3)) > 1e-12 {
		t.Errorf("A = %v", got)
	}
	if got := Affinity(testRelations, 2, a, b); got != 1 {
		t.Errorf("A clamps at 1, got %v", got)
	}
	// Propensity counts the regime distance once, on the affinity side.
	c := &Nation{Regime: -10}
	want := Affinity(testRelations, 0, a, c) - 0.3
	if got := Propensity(testRelations, 0.3, 0, a, c, 0); math.Abs(got-want) > 1e-12 {
		t.Errorf("p = %v, want %v", got, want)
	}
}
