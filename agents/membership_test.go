package agents

import (
	"math"
	"testing"
)

var testMembership = MembershipParams{Security: 1, AffinityBoost: 0.7, Entrapment: 1, Burden: 0.2,
	Autonomy: 0.22, Epsilon: 0.05, Commitment: 0.05, Overextension: 0.15}

func TestValueTerms(t *testing.T) {
	base := MembershipInputs{ThetaWithout: 2, ThetaWithStar: 1, ThetaWith: 1, OwnGDP: 100, RestGDP: 100}
	v := Value(testMembership, base)
	wantSec := math.Log(2.05 / 1.05)
	if math.Abs(v.Security-wantSec) > 1e-12 || math.Abs(v.Value-(wantSec-0.05)) > 1e-12 {
		t.Fatalf("plain value = %+v, want security %v", v, wantSec)
	}

	t.Run("affinity multiplies the security gain", func(t *testing.T) {
		in := base
		in.Affinity = 1
		if got := Value(testMembership, in).Security; math.Abs(got-wantSec*1.7) > 1e-12 {
			t.Errorf("security = %v, want %v", got, wantSec*1.7)
		}
	})
	t.Run("affinity creates no value without a security gain", func(t *testing.T) {
		in := base
		in.ThetaWithStar, in.ThetaWith, in.Affinity = 2, 2, 1
		if got := Value(testMembership, in); got.Security != 0 || got.Value >= 0 {
			t.Errorf("value without security = %+v", got)
		}
	})
	t.Run("inherited enemies cost entrapment", func(t *testing.T) {
		in := base
		in.ThetaWith = 3
		if got := Value(testMembership, in).Entrapment; math.Abs(got-math.Log(3.05/1.05)) > 1e-12 {
			t.Errorf("entrapment = %v", got)
		}
	})
	t.Run("the small partner pays autonomy", func(t *testing.T) {
		in := base
		in.OwnGDP, in.RestGDP = 10, 90
		if got := Value(testMembership, in).Autonomy; math.Abs(got-0.22*0.8) > 1e-12 {
			t.Errorf("autonomy = %v", got)
		}
	})
	t.Run("the large partner's gain is scaled by its partners' kappa", func(t *testing.T) {
		in := base
		in.OwnGDP, in.RestGDP, in.PartnerKappa = 90, 10, 0.5
		if got := Value(testMembership, in).Autonomy; math.Abs(got-(-0.22*0.8*0.5)) > 1e-12 {
			t.Errorf("autonomy = %v", got)
		}
		in.PartnerKappa = 0
		if got := Value(testMembership, in).Autonomy; got != 0 {
			t.Errorf("clients sharing no threat give no autonomy gain, got %v", got)
		}
	})
	t.Run("commitments add up", func(t *testing.T) {
		in := base
		in.OtherAlliances, in.BurdenCost, in.Neutrality = 2, 0.5, 1
		got := Value(testMembership, in)
		if math.Abs(got.Commitment-0.35) > 1e-12 || math.Abs(got.Burden-0.1) > 1e-12 || got.Neutrality != 1 {
			t.Errorf("terms = %+v", got)
		}
		if math.Abs(got.Value-(wantSec-0.35-0.1-1)) > 1e-12 {
			t.Errorf("value = %v", got.Value)
		}
	})
}

// The rule's value is its terms and nothing else: an explanation that
// names them adds up (Beyond is 0), and what an engine adds shows in
// Beyond.
func TestValueIsItsTerms(t *testing.T) {
	in := MembershipInputs{ThetaWithout: 3, ThetaWithStar: 1.2, ThetaWith: 1.8, Affinity: 0.4, BurdenCost: 0.3,
		OwnGDP: 20, RestGDP: 80, PartnerKappa: 0.6, Neutrality: 0.2, OtherAlliances: 1}
	v := Value(testMembership, in)
	if math.Abs(v.Beyond()) > 1e-12 {
		t.Errorf("the rule's value %+v is not its terms: %v beyond them", v, v.Beyond())
	}
	v.Value += 0.25
	if math.Abs(v.Beyond()-0.25) > 1e-12 {
		t.Errorf("Beyond = %v, want the 0.25 added", v.Beyond())
	}
}

func TestBurdenCost(t *testing.T) {
	for _, tc := range []struct{ target, share, want float64 }{{0.02, 0.01, 0.5}, {0.02, 0.03, 0}, {0, 0.01, 0}} {
		if got := BurdenCost(tc.target, tc.share); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("BurdenCost(%v, %v) = %v, want %v", tc.target, tc.share, got, tc.want)
		}
	}
}

func TestNeutralityCost(t *testing.T) {
	p := NeutralityParams{Value: 8, Low: 0.5, High: 0.8}
	tests := []struct {
		name    string
		neutral bool
		danger  float64
		want    float64
	}{
		{"not neutral", false, 0, 0},
		{"moderate danger keeps neutrality whole", true, 0.3, 8},
		{"rising danger erodes it", true, 0.65, 4},
		{"a hostile stronger neighbour ends it", true, 0.9, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NeutralityCost(p, tc.neutral, tc.danger); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("cost = %v, want %v", got, tc.want)
			}
		})
	}
}
