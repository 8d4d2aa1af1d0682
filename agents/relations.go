package agents

import "math"

// RelationParams weigh regime and camp in pairwise hostility and affinity.
type RelationParams struct {
	HostileCamp   float64 // h_camp: hostility between opposed camps
	HostileRegime float64 // h_reg: hostility per unit of regime distance / 20, within an ideological rivalry
	AffineCamp    float64 // a_camp: affinity within a camp
	AffineRegime  float64 // a_reg: affinity of identical regimes
}

// Antagonism is what makes two states hostile besides their regimes and
// camps: a declared rivalry (and whether it is ideological), the hostility
// an ideological rivalry elsewhere draws between them (Polarized), and the
// running sum of threat shocks and détentes.
type Antagonism struct {
	Rivalry     float64
	Ideological bool
	Polarized   float64
	Shocks      float64
}

// OpposedCamps reports whether two camp labels are opposed: both set and
// different. A state with no camp opposes no one.
func OpposedCamps(a, b string) bool { return a != "" && b != "" && a != b }

// Hostility is H_ij = clamp(clamp(R + [ideological]·h_reg·|r_i − r_j|/20 + P +
// h_camp·[opposed], 0, 1) + E, 0, 1): a declared rivalry, the regime
// distance within it only when it is ideological (regimes as such are not
// enemies: Lai & Reiter 2000 find regime similarity a weak and uneven
// reason to ally), the polarization P an ideological rivalry elsewhere
// draws, and opposed camps (the classroom worlds' labels); the running sum
// E of threat shocks and détentes is added outside the inner clamp so that
// a détente always bites.
func Hostility(p RelationParams, x Antagonism, a, b *Nation) float64 {
	h := x.Rivalry + x.Polarized
	if x.Ideological {
		h += p.HostileRegime * math.Abs(a.Regime-b.Regime) / 20
	}
	if OpposedCamps(a.Camp, b.Camp) {
		h += p.HostileCamp
	}
	return Clamp(Clamp(h, 0, 1)+x.Shocks, 0, 1)
}

// Polarization is the hostility an ideological rivalry between a and b, of
// hostility hab, draws from a third state i toward the rival whose regime
// is farther from its own: ideo·hab·max(0, |r_i − r_b| − |r_i − r_a|)/20
// toward b (and symmetrically toward a). A contest over political systems
// divides the states by their systems (Haas 2005, The Ideological Origins
// of Great Power Politics), in proportion to its intensity.
func Polarization(ideo, hab float64, i, a, b *Nation) (towardA, towardB float64) {
	da, db := math.Abs(i.Regime-a.Regime), math.Abs(i.Regime-b.Regime)
	return ideo * hab * max(0, da-db) / 20, ideo * hab * max(0, db-da) / 20
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
func Propensity(p RelationParams, x Antagonism, ties float64, a, b *Nation) float64 {
	noRegime := p
	noRegime.HostileRegime = 0
	return Affinity(p, ties, a, b) - Hostility(noRegime, x, a, b)
}
