package sim

import (
	"math"

	"gonum.org/v1/gonum/floats"

	"entente/agents"
)

// Pruning: formation asks every nation about every partner and every
// alliance each tick, and an exact value costs O(N) (the enemies an option
// brings) plus κ for each partner (O(N) each). Most options cannot pass:
// a partner far away or weak adds too little security for any value to
// clear v_join or v_form, or shares too little hostility for κ to reach
// κ_admit. The bounds here prove that from O(1) quantities per partner,
// so formation skips exactly the options it would reject, and its choices,
// and so every output, stay those of the full scan.
//
// The bounds rest on: 0 ≤ κ_ij ≤ 1 − H_ij (t ≥ 0 and H in [0, 1]);
// cohesion and the gain in security are non-negative; affinity ≤ 1;
// autonomy_loss ≥ (Y_rest − Y_i)/(Y_rest + Y_i) ≥ −1; entrapment and the
// burden cost ≥ 0. They hold only for non-negative weights β, which
// prunable checks.

// pruneSlack is the margin, in units of value, by which a bound must fall
// short of a threshold before an option is skipped: far above the rounding
// of the value's few logarithms and ratios.
const pruneSlack = 1e-9

// prunable reports whether the value's weights have the signs the bounds
// need.
func (w *World) prunable() bool {
	p := w.p
	return p.BetaSecurity >= 0 && p.BetaAffinity >= 0 && p.BetaEntrapment >= 0 &&
		p.BetaBurden >= 0 && p.BetaAutonomy >= 0 && p.Epsilon > 0
}

// fixedCost is the part of i's value of joining anything that does not
// depend on the option: neutrality and the cost of commitment.
func (w *World) fixedCost(i int) float64 {
	n := &w.nations[i]
	return agents.NeutralityCost(w.p.neutrality(), n.Neutral, w.danger[i]) +
		w.p.CommitCost + w.p.OverCost*float64(len(w.memberships[i]))
}

// supportLimit returns the largest allied support U (the sum over an
// option's partners of c·(1 − H_ij)·π_ij·K_j, which bounds what they add
// to i's security) for which i's value of any option it does not belong to
// stays at or below v, whatever the partners' affinity and size: the option
// can be skipped when its U is at most the limit. −1 means no option can
// be skipped, +Inf that every one can.
func (w *World) supportLimit(i int, v float64) float64 {
	p := w.p
	// V ≤ β_s·(1 + β_p)·Δsec + β_a − fixed, so V ≤ v − slack when
	// Δsec ≤ d.
	x := v - pruneSlack + w.fixedCost(i) - p.BetaAutonomy
	if x < 0 || !w.prunable() || p.BetaSecurity == 0 {
		return -1
	}
	d := x / (p.BetaSecurity * (1 + p.BetaAffinity))
	// Δsec ≤ ln((θ0 + ε)/(p0/(S + U) + ε)) ≤ d ⇔ p0/(S + U) ≥ r.
	p0, s0, eps := max(0, w.perceived[i]), w.security[i], p.Epsilon
	r := (p0/s0+eps)*math.Exp(-d) - eps
	if r <= 0 {
		return math.Inf(1)
	}
	return p0/r - s0
}

// limit is i's supportLimit at v_join (join) or v_form: formation's, or
// computed now when formation is not running (tests ask directly).
func (w *World) limit(i int, join bool) float64 {
	switch {
	case w.limitsFresh && join:
		return w.joinLimit[i]
	case w.limitsFresh:
		return w.formLimit[i]
	case join:
		return w.supportLimit(i, w.p.JoinValue)
	}
	return w.supportLimit(i, w.p.FormValue)
}

// gdps returns the nations' GDPs as one slice: formation's copy while it
// runs (GDP does not change in phase 7), or a fresh one.
func (w *World) gdps() []float64 {
	if !w.limitsFresh {
		w.gdp = w.scratchRow(&w.gdp, len(w.nations))
		for i := range w.nations {
			w.gdp[i] = w.nations[i].GDP
		}
	}
	return w.gdp
}

// valueCeiling bounds i's value of an option it does not belong to, given
// the partners' support U (as in supportLimit), the largest affinity to a
// new partner and the largest partner GDP.
func (w *World) valueCeiling(i int, support, affinity, rest float64) float64 {
	p := w.p
	p0, s0, eps := max(0, w.perceived[i]), w.security[i], p.Epsilon
	dsec := math.Log((p0/s0 + eps) / (p0/(s0+support) + eps))
	boost := max(1, 1+p.BetaAffinity*affinity)
	autonomy := 0.0
	if own := w.nations[i].GDP; rest+own > 0 {
		autonomy = (rest - own) / (rest + own)
	}
	return p.BetaSecurity*max(0, dsec)*boost - p.BetaAutonomy*autonomy - w.fixedCost(i)
}

// cannotPair reports whether the pact of i and j is sure to fail one of
// its founders' tests: κ below κ_admit either way (κ_ij ≤ 1 − H_ij), or a
// value at or below v_form for either founder.
func (w *World) cannotPair(i, j int) bool {
	p := w.p
	admit := p.KappaAdmit * (1 - pruneSlack)
	hij, hji := w.hostility.At(i, j), w.hostilityT.At(i, j)
	if 1-hij < admit || 1-hji < admit {
		return true
	}
	c := max(0, p.CohesionInit)
	ui := c * (1 - hij) * w.proximity.At(i, j) * w.capVec.AtVec(j)
	uj := c * (1 - hji) * w.proximityT.At(i, j) * w.capVec.AtVec(i)
	if ui <= w.limit(i, false) || uj <= w.limit(j, false) {
		return true
	}
	return w.valueCeiling(i, ui, w.affinity.At(i, j), w.nations[j].GDP) <= p.FormValue-pruneSlack ||
		w.valueCeiling(j, uj, w.affinity.At(j, i), w.nations[i].GDP) <= p.FormValue-pruneSlack
}

// cannotJoin reports whether i is sure not to join a (i not a member):
// its members' mean κ_ji below κ_admit, or i's value at or below v_join.
// The cheap bounds come first, the exact admission test last.
func (w *World) cannotJoin(i int, a *Alliance) bool {
	p := w.p
	var support, kin, aff, rest float64
	hi, hc, pi, ai := w.hostility.RawRowView(i), w.hostilityT.RawRowView(i), w.proximity.RawRowView(i), w.affinity.RawRowView(i)
	k, gdp := w.capVec.RawVector().Data, w.gdps()
	for _, j := range a.Members {
		support += (1 - hi[j]) * pi[j] * k[j]
		kin += 1 - hc[j]
		aff = max(aff, ai[j])
		rest = max(rest, gdp[j])
	}
	if kin/float64(len(a.Members)) < p.KappaAdmit*(1-pruneSlack) {
		return true
	}
	support *= max(0, a.snapshot)
	if support <= w.limit(i, true) {
		return true
	}
	if w.valueCeiling(i, support, aff, rest) <= p.JoinValue-pruneSlack {
		return true
	}
	if w.kappaInCeiling(i, a) < p.KappaAdmit*(1-pruneSlack) {
		return true
	}
	// The admission test itself, summed as value sums it, before the
	// value's own O(N) work and its κ_ij for every member.
	exact := 0.0
	for _, j := range a.Members {
		exact += w.kappaAt(j, i)
	}
	return exact/float64(len(a.Members)) < p.KappaAdmit
}

// kappaInCeiling bounds the members' mean κ_ji toward i, one dot product
// instead of one per member: Σ_j κ_ji ≤ Σ_j t_j·H_i/T_j = H_i·u_A, with
// u_A = Σ_j t_j/T_j over members with a threat (dropping the factors
// 1 − H_ji ≤ 1). u_A is kept per alliance until the tick or its members
// change.
func (w *World) kappaInCeiling(i int, a *Alliance) float64 {
	if a.unitGen != w.kappaGen || a.unitChanges != a.changes {
		if a.unitThreat == nil {
			a.unitThreat = make([]float64, len(w.nations))
		}
		u := a.unitThreat
		clear(u)
		for _, j := range a.Members {
			if total := w.threat[j]; total > 0 {
				for l, v := range w.threats.RawRowView(j) {
					u[l] += v / total
				}
			}
		}
		a.unitGen, a.unitChanges = w.kappaGen, a.changes
	}
	return floats.Dot(w.hostility.RawRowView(i), a.unitThreat) / float64(len(a.Members)) * (1 + pruneSlack)
}
