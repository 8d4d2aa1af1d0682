package agents

import "math"

// RelationParams weigh regime and camp in pairwise hostility and affinity.
type RelationParams struct {
	HostileCamp   float64 // h_camp: hostility between opposed camps
	HostileRegime float64 // h_reg: hostility per unit of regime distance / 20
	AffineCamp    float64 // a_camp: affinity within a camp
	AffineRegime  float64 // a_reg: affinity of identical regimes
}

// OpposedCamps reports whether two camp labels are opposed: both set and
// different. A state with no camp opposes no one.
func OpposedCamps(a, b string) bool { return a != "" && b != "" && a != b }

// Hostility is H_ij = clamp(clamp(R + h_camp·[opposed] + h_reg·|r_i − r_j|/20,
// 0, 1) + E, 0, 1): declared rivalry plus ideological distance, with the
// running sum E of threat shocks and détentes added outside the inner clamp
// so that a détente always bites.
func Hostility(p RelationParams, rivalry float64, a, b *Nation, shocks float64) float64 {
	h := rivalry + p.HostileRegime*math.Abs(a.Regime-b.Regime)/20
	if OpposedCamps(a.Camp, b.Camp) {
		h += p.HostileCamp
	}
	return Clamp(Clamp(h, 0, 1)+shocks, 0, 1)
}

// Affinity is A_ij = clamp(a_reg·(1 − |r_i − r_j|/10) + ties + a_camp·[same
// camp], −1, 1).
func Affinity(p RelationParams, ties float64, a, b *Nation) float64 {
	v := p.AffineRegime*(1-math.Abs(a.Regime-b.Regime)/10) + ties
	if a.Camp != "" && a.Camp == b.Camp {
		v += p.AffineCamp
	}
	return Clamp(v, -1, 1)
}

// Propensity is the Axelrod–Bennett propensity p_ij = A_ij − H_ij with the
// regime-distance term counted once: the hostility side is taken without it.
func Propensity(p RelationParams, rivalry, ties float64, a, b *Nation, shocks float64) float64 {
	noRegime := p
	noRegime.HostileRegime = 0
	return Affinity(p, ties, a, b) - Hostility(noRegime, rivalry, a, b, shocks)
}
