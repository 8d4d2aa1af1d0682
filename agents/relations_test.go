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
		name string
		x    Antagonism
		a, b *Nation
		want float64
	}{
		{"regimes alone make no enemies", Antagonism{}, dem, &Nation{Regime: 0}, 0},
		{"regime distance within an ideological rivalry", Antagonism{Rivalry: 0.3, Ideological: true}, dem, &Nation{Regime: 0}, 0.5},
		{"polarization adds", Antagonism{Polarized: 0.25}, neutral, aut, 0.25},
		{"opposed camps add h_camp", Antagonism{}, dem, aut, 0.5},
		{"no camp opposes no one", Antagonism{}, neutral, aut, 0},
		{"clamped at one", Antagonism{Rivalry: 0.8, Ideological: true}, dem, aut, 1},
		{"a détente bites even past the clamp", Antagonism{Rivalry: 0.8, Ideological: true, Shocks: -0.2}, dem, aut, 0.8},
		{"never below zero", Antagonism{Shocks: -1}, dem, dem, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Hostility(testRelations, tc.x, tc.a, tc.b); math.Abs(got-tc.want) > 1e-12 {
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
	if got := Propensity(testRelations, Antagonism{Rivalry: 0.3, Ideological: true}, 0, a, c); math.Abs(got-want) > 1e-12 {
		t.Errorf("p = %v, want %v", got, want)
	}
}

// An ideological rivalry draws each third state toward the rival nearer its
// regime: hostile to the other, in proportion to the rivals' hostility.
func TestPolarization(t *testing.T) {
	a, b := &Nation{Regime: 10}, &Nation{Regime: -7}
	for _, tc := range []struct {
		regime   float64
		toA, toB float64
	}{
		{10, 0, 0.5 * 0.6 * 17 / 20}, // a democracy: hostile to the autocratic rival
		{-7, 0.5 * 0.6 * 17 / 20, 0},
		{1.5, 0, 0},                  // halfway: neither
		{-9, 0.5 * 0.6 * 17 / 20, 0}, // beyond the autocratic rival: as far from the other
	} {
		ta, tb := Polarization(0.5, 0.6, &Nation{Regime: tc.regime}, a, b)
		if math.Abs(ta-tc.toA) > 1e-12 || math.Abs(tb-tc.toB) > 1e-12 {
			t.Errorf("regime %v: toward a %v, toward b %v; want %v, %v", tc.regime, ta, tb, tc.toA, tc.toB)
		}
	}
}
