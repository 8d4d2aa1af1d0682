package sim

import (
	"math"

	"gonum.org/v1/gonum/floats"

	"entente/agents"
)

// Pruning: formation asks every nation about every partner and every
// alliance each tick, and an exact value costs O(N) (the enemies an option
// brings, the scope) plus κ for each partner (O(N) each) and a scoped κ
// for each (O(scope) each). Most options cannot pass: a partner out of
// reach, far away or weak adds too little security for any value to clear
// v_join or v_form, or the partners are too far or fear too little of
// what the candidate opposes for the admission κ to reach κ_admit. The
// bounds here prove that, each from less than the exact test costs, so
// formation skips exactly options it would reject, and its choices, and
// so every output, stay those of the full scan (TestPruningIsExact checks
// every bound against the exact values, TestPrunedRunIsFullRun whole runs).
//
// An option of i's (an alliance it does not belong to, or a new pact) with
// partners P passes when its value exceeds v_join (v_form) and its
// admission κ, KappaIn = reach·mean_{j∈F} κ^σ_ji, reaches κ_admit
// (scope.go: reach = max_{j∈P} π_ji; F ⊆ P the partners that fear
// something from the pact's scope; the option fails when F is empty).
//
// The admission bounds. κ^σ_ji = (Σ_l σ_l·t_jl·H_il / Σ_l σ_l·t_jl)·(1 − H_ji)
// ≤ h_i·(1 − H_ji), with h_i = max_{l≠i} H_il (σ, t ≥ 0 and H in [0, 1]).
// The mean runs over F, which the bound cannot know, so it is bounded by
// the largest term over all of P (a mean over F may exceed the mean over
// P; TestKappaCeilingPartialScope builds such a case):
//
//	KappaIn ≤ max_{j∈P} π_ji · max_{j∈P} (1 − H_ji) · h_i.
//
// For an alliance, a tighter bound from the range of the candidate's scope
// weights follows (admitBound), and last the admission test itself, summed
// exactly as value sums it (value then takes it from there).
//
// The value bound: V = β_s·(Δsec + G)·boost − β_e·entrapment − β_b·burden
// − β_a·autonomy − neutrality − commitment, where
//
//   - Δsec = ln((θ0 + ε)/(p0/S′ + ε)), θ0 = p0/S_i, p0 = max(0, T̂_i), and
//     S′ = S_i + Σ_j w_j·κ_ij·π_ij·K_j with w_j = max(0, c − C_ij) ≤
//     max(0, c⁺ − C_ij) (c⁺ = max(0, c), C_ij ≥ 0 the cohesion i and j are
//     already allied at): S′ ≤ S_i + U, U = Σ_j w_j·(1 − H_ij)·h_j·π_ij·K_j
//     the partners' support (0 ≤ κ_ij ≤ (1 − H_ij)·h_j, h_j = max_l H_jl:
//     κ's first factor is a mean of j's hostilities weighted by i's
//     threats); Δsec rises with S′.
//   - G, the provider's public gain (valuation.go), is (1 − ψ_i)·ω·γ·g with
//     ω = K_i/(K_i + Σ_P K_j), γ = Σ_P Y_j/(Σ_P Y_j + Y_i) (providerWeight,
//     exact in the bound) and g = ln((Θ/S0 + ε)/(Θ/S1 + ε)), Θ = Σ_P T̂_j,
//     S0 = Σ_P S_j (i is not yet their ally in this option: its part of their
//     security is taken out and put back, S_j up to rounding), S1 ≤ S0 +
//     K_i·V, V = Σ_P w_j·(1 − H_ji)·h_i·π_ji. g rises with S1 and Θ and falls
//     with S0, and g ≤ ln(1 + Θ/(ε·S0)) ≤ ln(1 + θ_max/ε), θ_max the largest
//     threat ratio T̂_j/S_j of the tick (a mediant). G ≥ 0.
//   - boost ≤ max(1, 1 + β_p·A) with A the largest affinity to a fresh
//     partner (C_ij = 0; the value's mean over them is at most that, 0
//     without one), ≤ 1 + β_p (affinity ≤ 1); entrapment and the burden
//     cost ≥ 0 (entrapment is scoped now, still a clamped log ≥ 0);
//     autonomy_loss ≥ (Y_rest − Y_i)/(Y_rest + Y_i) ≥ −1 (Y_rest, the
//     largest partner GDP, is exact; a negative loss is scaled toward 0 by
//     the fresh partners' mean κ, at most 1, and in a candidacy's last
//     bound at most partnerKappaAtMost);
//     neutrality and commitment do not depend on the option (fixedCost).
//
// So V ≤ β_s·max(0, Δsec(U) + G)·boost − β_a·autonomy − fixed
// (valueCeiling), and, whatever the partners, V ≤ β_s·(1 + β_p)·(Δsec(U)
// + G_max,i) + β_a − fixed with G_max,i = (1 − ψ_i)·ln(1 + θ_max/ε): a limit
// on U per nation (supportLimit), a function of the forces the partners
// could hold on i's fronts (divided attention), a few multiplies a
// partner. Each log
// is first bounded by x − 1 ≥ ln x (no logarithm), then the logs, both
// from terms computed once (ceilingOf); with the loose sums (1 − H)·h, then
// with κ's own bounds in place of them (two dot products for an alliance,
// tightenJoin; the pair's κ for a pact, which value reads next). A world
// under looseFirstFrom states goes straight to κ's own (looseFirst: the
// tight bound rejects whatever the loose one does, and there its dot
// products are cheap). The value bounds hold only for non-negative
// weights β and ε > 0, which prunable checks; the κ bounds always hold.
//
// Rivals (exit.go) and candidates that would widen a pact's scope
// (scope.go) are vetoed by formation itself; the bounds do not rely on
// those vetoes, they only see fewer options.
//
// What the bounds read per nation and per alliance is computed once a
// formation (prepareBounds, joinTable, allianceBoundVectors, admitSums) and
// kept while nothing it reads changes: the snapshot does not change in
// formation, and a member who joins is added (or the cache rebuilt). The
// caches hold only while formation runs (limitsFresh, formGen); outside it
// (tests) everything is computed afresh.

// pruneSlack is the margin by which a bound must fall short of a threshold
// before an option is skipped: in units of value, far above the rounding
// of the value's few logarithms and ratios; relative for κ, far above the
// rounding of a scoped κ's sums (about N·2⁻⁵³ relative).
const pruneSlack = 1e-9

// prunable reports whether the value's weights have the signs the value
// bounds need.
func (w *World) prunable() bool {
	if w.limitsFresh {
		return w.bounds.prunable
	}
	p := &w.p
	return !w.fullScan && p.BetaSecurity >= 0 && p.BetaAffinity >= 0 && p.BetaEntrapment >= 0 &&
		p.BetaBurden >= 0 && p.BetaAutonomy >= 0 && p.Epsilon > 0
}

// pruneBounds is what prepareBounds computes for the bounds as formation
// starts (with joinLimit, formLimit and hostMax).
type pruneBounds struct {
	prunable bool
	gainLog  float64   // ln(1 + θ_max/ε)
	fixed    []float64 // per nation: fixedCost
}

// prepareBounds computes, as formation starts, what the bounds read per
// nation (GDPs, largest hostilities, limits) and the tick's largest threat
// ratio; they hold until formation ends (limitsFresh). Nothing they read
// changes in formation: relations, threat and security are the tick's
// snapshot, GDP changes in another phase, and a nation's memberships (its
// commitment cost) change only when it acts, after which it is not asked
// again.
func (w *World) prepareBounds() {
	w.limitsFresh = false // what follows computes afresh
	n := len(w.nations)
	if len(w.joinLimit) != n {
		w.joinLimit = make([]supportBound, n)
		w.formLimit = make([]supportBound, n)
	}
	if len(w.hostMax) != n {
		w.hostMax = make([]float64, n)
	}
	if len(w.frontQ) != n {
		w.frontQ = make([]float64, n)
	}
	w.gdps()
	w.formGen++ // the per-formation caches (allianceBoundVectors, admitSums, …) start over
	w.sizeVerdicts()
	b := &w.bounds
	b.prunable = w.prunable()
	w.ratioMax = w.maxRatio()
	b.gainLog = math.Log1p(max(0, w.ratioMax) / w.p.Epsilon)
	b.fixed = w.scratchRow(&b.fixed, n)
	for i := range n {
		// Every state's, active or not: the loose sums read h_j of every
		// member of a pact, and a bound must not rest on who is active.
		w.hostMax[i] = w.maxHostility(i)
		if w.nations[i].Active {
			w.frontQ[i] = w.frontSum(i)
			b.fixed[i] = w.fixedCost(i)
		}
	}
	w.limitsFresh = true // and so are w.gdp, w.hostMax, w.ratioMax and w.bounds
	for i := range n {
		if w.nations[i].Active {
			w.joinLimit[i] = w.supportLimit(i, w.p.JoinValue)
			w.formLimit[i] = w.supportLimit(i, w.p.FormValue)
		}
	}
}

// maxRatio is the largest threat ratio θ = T̂/S of the tick's active states.
func (w *World) maxRatio() float64 {
	r := 0.0
	for i := range w.nations {
		if w.nations[i].Active {
			r = max(r, w.ratio[i])
		}
	}
	return r
}

// maxHostility is h_i = max_{l≠i} H_il.
func (w *World) maxHostility(i int) float64 {
	h := 0.0
	for l, v := range w.hostility.RawRowView(i) {
		if l != i {
			h = max(h, v)
		}
	}
	return h
}

// hmax is i's h_i: formation's, or computed now.
func (w *World) hmax(i int) float64 {
	if w.limitsFresh {
		return w.hostMax[i]
	}
	return w.maxHostility(i)
}

// fixedCost is the part of i's value of joining anything that does not
// depend on the option: neutrality and the cost of commitment.
func (w *World) fixedCost(i int) float64 {
	if w.limitsFresh {
		return w.bounds.fixed[i]
	}
	n := &w.nations[i]
	return agents.NeutralityCost(w.p.neutrality(), n.Neutral, w.danger[i]) +
		w.p.CommitCost + w.p.OverCost*float64(len(w.memberships[i]))
}

// gainMax is G_max,i, the largest public gain i could value in any option:
// (1 − ψ_i)·ln(1 + θ_max/ε).
func (w *World) gainMax(i int) float64 {
	psi := agents.Clamp(w.nations[i].Policy.Privateness, 0, 1)
	if psi >= 1 || w.capVec.AtVec(i) <= 0 {
		return 0
	}
	if w.limitsFresh {
		return (1 - psi) * w.bounds.gainLog
	}
	return (1 - psi) * math.Log1p(max(0, w.maxRatio())/w.p.Epsilon)
}

// supportBound is i's support limit: the largest allied support U (the
// sum over an option's partners of w_j·(1 − H_ij)·h_j·π_ij·K_j, which bounds
// what they add to i's security) for which i's value of any option it does
// not belong to stays at or below v, whatever the partners' affinity and
// size and whatever public gain it could value. With divided attention it
// depends on the forces the partners could turn on i's adversaries (hold,
// as gainArgs has it): the more they bring, the more of i's threat they
// may hold (heldShare), so the limit is a function of hold (at).
type supportBound struct {
	kind  limitKind
	ratio float64 // p0/r: the threat over the threat ratio that gains d
	sec   float64 // S_i
	share float64 // q_i/T_i with the slack: the held share per unit of hold
	phi   float64 // φ, at least 0
}

type limitKind uint8

const (
	limitNone limitKind = iota // no option can be skipped
	limitAll                   // every option can
	limitSome                  // those with U ≤ at(hold)
)

// at is the limit for an option whose partners could hold forces hold on
// i's adversaries: −1 when no option can be skipped, +Inf when every one
// can.
func (b supportBound) at(hold float64) float64 {
	switch b.kind {
	case limitNone:
		return -1
	case limitAll:
		return math.Inf(1)
	}
	return b.ratio*(1-b.phi*min(1, hold*b.share)) - b.sec
}

// supportLimit computes i's supportBound at value v.
func (w *World) supportLimit(i int, v float64) supportBound {
	p := &w.p
	if !w.prunable() || p.BetaSecurity == 0 {
		return supportBound{kind: limitNone}
	}
	// V ≤ β_s·(1 + β_p)·(Δsec + G_max) + β_a − fixed, so V ≤ v − slack
	// when Δsec ≤ d.
	x := v - pruneSlack + w.fixedCost(i) - p.BetaAutonomy
	d := x/(p.BetaSecurity*(1+p.BetaAffinity)) - w.gainMax(i)
	if !(d >= 0) {
		return supportBound{kind: limitNone}
	}
	// Δsec ≤ ln((θ0 + ε)/(p1/(S + U) + ε)) ≤ d ⇔ p1/(S + U) ≥ r, where
	// p1 ≥ p0·(1 − φ·h) is the threat with the option and h ≤ min(1,
	// hold·q_i/T_i) the share of it the partners hold (heldShare).
	p0, s0, eps := max(0, w.perceived[i]), w.security[i], p.Epsilon
	r := (p0/s0+eps)*math.Exp(-d) - eps
	if r <= 0 {
		return supportBound{kind: limitAll}
	}
	b := supportBound{kind: limitSome, ratio: p0 / r, sec: s0}
	if phi := max(0, p.Fronts); phi > 0 {
		b.phi, b.share = phi, w.heldPerHold(i)
	}
	return b
}

// limit is i's supportLimit at v_join (join) or v_form for an option whose
// partners could hold forces hold on i's adversaries: formation's, or
// computed now when formation is not running (tests ask directly).
func (w *World) limit(i int, join bool, hold float64) float64 {
	return w.supportBoundOf(i, join).at(hold)
}

// supportBoundOf is i's supportLimit at v_join (join) or v_form.
func (w *World) supportBoundOf(i int, join bool) supportBound {
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
// runs (GDP does not change in formation), or a fresh one.
func (w *World) gdps() []float64 {
	if !w.limitsFresh {
		w.gdp = w.scratchRow(&w.gdp, len(w.nations))
		for i := range w.nations {
			w.gdp[i] = w.nations[i].GDP
		}
	}
	return w.gdp
}

// gainArgs are the partners' sums a public-gain bound reads: Σ T̂_j,
// Σ S_j, Σ K_j, Σ Y_j, and give, a bound on Σ w_j·κ_ji·π_ji (what i's
// forces would add to their security, per unit of them).
type gainArgs struct {
	threat, sec, forces, gdp, give float64
	// hold bounds c·Σ K_j, the forces the partners could turn on i's
	// adversaries (divided attention, valuation.go's heldThreat).
	hold float64
	// held is the threat the partners would hold on i's fronts, as value
	// computes it (heldThreat), when it is known (heldKnown): the bound
	// then takes it in place of heldShare's.
	held      float64
	heldKnown bool
	// partnerKappa bounds the partners' mean κ toward i's threat, which
	// scales the autonomy a larger candidate gains, when it is known
	// (partnerKappaKnown; else the bound takes the largest scale, 1).
	partnerKappa      float64
	partnerKappaKnown bool
}

// valueCeiling bounds i's value of an option it does not belong to, given
// the partners' support U (as in supportLimit), the sums its public gain
// is bounded from, the largest affinity to a fresh partner (0 if none) and
// the largest partner GDP (lin: with x − 1 for each logarithm, a looser bound without
// logarithms).
func (w *World) valueCeiling(i int, support float64, g gainArgs, affinity, rest float64, lin bool) float64 {
	return w.ceilingOf(i, support, g, affinity, rest).at(lin)
}

// valueAtMost reports whether i's value of the option is sure to be at
// most v: the bound without logarithms first, then the tighter one. Both
// read the same terms, computed once.
func (w *World) valueAtMost(i int, support float64, g gainArgs, affinity, rest, v float64) bool {
	c := w.ceilingOf(i, support, g, affinity, rest)
	return c.at(true) <= v-pruneSlack || c.at(false) <= v-pruneSlack
}

// ceiling is valueCeiling's terms, which its two forms (with and without
// logarithms) share: the fall of i's own threat ratio with the partners'
// support, and the public gain i values, (1 − ψ_i)·K_i/(K_i + Σ K_j)·
// g(Σ T̂_j, Σ S_j, K_i·give), g the fall of the partners' threat ratio
// when i's forces join their security.
type ceiling struct {
	security, public ratioGain
	hasPublic        bool    // i has forces and ψ_i < 1
	publicWeight     float64 // (1 − ψ_i)·K_i/(K_i + Σ K_j)·Σ Y_j/(Σ Y_j + Y_i), as the value weighs it
	betaSecurity     float64
	boost            float64 // max(1, 1 + β_p·affinity)
	autonomyGivenUp  float64 // β_a·(rest − own)/(rest + own)
	fixed            float64 // fixedCost
}

// ceilingOf computes valueCeiling's terms.
func (w *World) ceilingOf(i int, support float64, g gainArgs, affinity, rest float64) ceiling {
	p := &w.p
	p0 := max(0, w.perceived[i])
	p1 := p0 * (1 - p.Fronts*w.heldShare(i, g.hold))
	if g.heldKnown && w.threat[i] > 0 {
		p1 = max(p1, p0*max(0, 1-p.Fronts*g.held/w.threat[i])) // as valueWith's perceivedWith
	}
	c := ceiling{
		security:     w.ratioGainOf(p0, p1, w.security[i], support),
		betaSecurity: p.BetaSecurity,
		boost:        max(1, 1+p.BetaAffinity*affinity),
		fixed:        w.fixedCost(i),
	}
	psi := agents.Clamp(w.nations[i].Policy.Privateness, 0, 1)
	if ki := w.capVec.AtVec(i); psi < 1 && ki > 0 {
		c.hasPublic, c.publicWeight = true, providerWeight(psi, ki, g.forces, g.gdp, w.nations[i].GDP)
		c.public = w.ratioGainOf(g.threat, g.threat, g.sec, ki*g.give)
	}
	autonomy := 0.0
	if own := w.nations[i].GDP; rest+own > 0 {
		autonomy = (rest - own) / (rest + own)
	}
	if autonomy < 0 && g.partnerKappaKnown { // the gain, scaled as agents.Value scales it
		autonomy *= agents.Clamp(g.partnerKappa, 0, 1)
	}
	c.autonomyGivenUp = p.BetaAutonomy * autonomy
	return c
}

// at is the ceiling, through logarithms or not (lin).
func (c ceiling) at(lin bool) float64 {
	public := 0.0
	if c.hasPublic {
		public = c.publicWeight * c.public.gain(lin)
	}
	return c.betaSecurity*max(0, c.security.gain(lin)+public)*c.boost - c.autonomyGivenUp - c.fixed
}

// kappaCeiling bounds an option's admission κ for i (KappaIn), from the
// largest π_ji and the largest 1 − H_ji over its partners.
func (w *World) kappaCeiling(i int, reach, kin float64) float64 {
	return reach * kin * w.hmax(i)
}

// noScope reports whether a new pact of i and j would have no adversary:
// one of the two is hostile to no state above the scope's floor
// (h_scope/2: h_i or h_j at most that), so that σ_l = ramp(min(H_il,
// H_jl)) is 0 for every l (scope.go). With no adversary the partner of
// the founder asked the admission test fears nothing from the pact's
// scope, and the test fails (kappaIn: ok false); a pact of two always asks
// it of one founder (guarantee.go), so the pact fails. (The weaker
// founder's κ ceiling, h_j·(1 − H_ij)·reach, fell below κ_admit on most
// such pairs while it was asked.)
func (w *World) noScope(i, j int) bool {
	return w.hostileToNone(i) || w.hostileToNone(j)
}

// hostileToNone reports whether i is hostile to no state above the scope's
// floor, so that no pact of two it founds has an adversary (noScope): its
// partners need not be asked (bestPartner). False in a full scan.
func (w *World) hostileToNone(i int) bool {
	return !w.fullScan && w.hmax(i) <= w.scopeFloor()
}

// admitFloor is the bound κ must reach for an option to be kept: κ_admit
// less the slack, or −Inf when nothing may be skipped.
func (w *World) admitFloor() float64 {
	if w.fullScan {
		return math.Inf(-1)
	}
	return w.p.KappaAdmit * (1 - pruneSlack)
}

// founder is one founder's side of a new pact's value bound: its support
// from the other, the sums of its public gain, and a bound on κ_ij, which
// scales the autonomy a larger founder gains.
func (w *World) founder(i, j int) (support float64, g gainArgs) {
	c := max(0, w.p.CohesionInit) // a pact's cohesion is at most c_init
	// κ_ij ≤ (1 − H_ij)·h_j: the share of i's threat j is hostile to is at
	// most j's largest hostility.
	kij, kji := (1-w.hostility.At(i, j))*w.hmax(j), (1-w.hostility.At(j, i))*w.hmax(i)
	support = c * kij * w.proximity.At(i, j) * w.capVec.AtVec(j)
	g = gainArgs{threat: w.perceived[j], sec: w.security[j], forces: w.capVec.AtVec(j), gdp: w.nations[j].GDP,
		give: c * kji * w.proximity.At(j, i), hold: c * w.capVec.AtVec(j),
		partnerKappa: kij * (1 + pruneSlack), partnerKappaKnown: true}
	return
}

// founderKappa is founder with the pair's κ in place of their bounds
// 1 − H: support c⁺·κ_ij·π_ij·K_j, give κ_ji·π_ji; and κ_ij scales the
// autonomy a larger founder gains, as the value scales it.
func (w *World) founderKappa(i, j int) (support float64, g gainArgs) {
	c, kij := max(0, w.p.CohesionInit), w.kappaAt(i, j)
	support = c * kij * w.proximity.At(i, j) * w.capVec.AtVec(j)
	g = gainArgs{threat: w.perceived[j], sec: w.security[j], forces: w.capVec.AtVec(j), gdp: w.nations[j].GDP,
		give: c * w.kappaAt(j, i) * w.proximity.At(j, i), hold: c * w.capVec.AtVec(j),
		partnerKappa: kij, partnerKappaKnown: true} // the value's mean κ over its one partner, or 0 if they are allied elsewhere
	return
}

// pairCeilings bounds, for a new pact of i and j, each founder's admission
// κ and value (the values are +Inf when the weights allow no bound), with
// the loose sums or the pair's κ (tight), through logarithms or not (lin).
func (w *World) pairCeilings(i, j int, tight, lin bool) (ki, kj, vi, vj float64) {
	ki = w.kappaCeiling(i, w.proximity.At(j, i), 1-w.hostility.At(j, i)) // each founder's reach to the other (kappaInScope)
	kj = w.kappaCeiling(j, w.proximity.At(i, j), 1-w.hostility.At(i, j))
	vi, vj = math.Inf(1), math.Inf(1)
	if !w.prunable() {
		return
	}
	founder := w.founder
	if tight {
		founder = w.founderKappa
	}
	ui, gi := founder(i, j)
	uj, gj := founder(j, i)
	vi = w.valueCeiling(i, ui, gi, w.affinity.At(i, j), w.nations[j].GDP, lin)
	vj = w.valueCeiling(j, uj, gj, w.affinity.At(j, i), w.nations[i].GDP, lin)
	return
}

// cannotPair reports whether the pact of i and j is sure to fail one of
// its founders' tests: an admission κ below κ_admit either way, or a value
// at or below v_form for either founder. The cheap tests come first. In
// formation the verdict is kept for the pair's second search
// (pairverdict.go).
func (w *World) cannotPair(i, j int) bool {
	if w.fullScan {
		return false
	}
	if skip, known := w.pairVerdict(i, j); known {
		return skip
	}
	skip := w.pairFails(i, j)
	w.keepVerdict(i, j, skip)
	return skip
}

// pairFails is cannotPair's tests.
func (w *World) pairFails(i, j int) bool {
	if w.noScope(i, j) {
		return true
	}
	admit := w.admitFloor()
	hij, hji := w.hostility.At(i, j), w.hostilityT.At(i, j)
	pij, pji := w.proximity.At(i, j), w.proximityT.At(i, j)
	// Each founder's admission test, unless it is the protégé (guarantee.go).
	ti, tj := !w.protege(i, j), !w.protege(j, i)
	if ti && w.kappaCeiling(i, pji, 1-hji) < admit || tj && w.kappaCeiling(j, pij, 1-hij) < admit { // each's reach to the other
		return true
	}
	if !w.prunable() {
		return false
	}
	v := w.p.FormValue
	// The support limits and the loose value bounds: without a limit
	// (at is −1, below any support) and below looseFirstFrom there is
	// nothing to test, and the loose sums are not computed.
	li, lj := w.supportBoundOf(i, false), w.supportBoundOf(j, false)
	if li.kind != limitNone || lj.kind != limitNone || w.looseFirst() {
		ui, gi := w.founder(i, j)
		uj, gj := w.founder(j, i)
		if ui <= li.at(gi.hold) || uj <= lj.at(gj.hold) ||
			w.looseFirst() && (w.valueAtMost(i, ui, gi, w.affinity.At(i, j), w.nations[j].GDP, v) ||
				w.valueAtMost(j, uj, gj, w.affinity.At(j, i), w.nations[i].GDP, v)) {
			return true
		}
	}
	// Tighter, with the pair's own κ (value computes them next), before
	// the admission tests: once the bound scaled a larger founder's
	// autonomy gain by κ_ij, it rejected more of the pairs that reach it
	// than the admission tests, whose scope costs O(N) a pair (the verdict
	// is the same in either order).
	ui, gi := w.founderKappa(i, j)
	uj, gj := w.founderKappa(j, i)
	if w.valueAtMost(i, ui, gi, w.affinity.At(i, j), w.nations[j].GDP, v) ||
		w.valueAtMost(j, uj, gj, w.affinity.At(j, i), w.nations[i].GDP, v) {
		return true
	}
	// The admission tests themselves, as value computes them.
	pi, pj := [1]int{j}, [1]int{i}
	if ti {
		if k, ok := w.kappaIn(i, option{partner: j}, pi[:]); !ok || k < w.p.KappaAdmit {
			return true
		}
	}
	if tj {
		if k, ok := w.kappaIn(j, option{partner: i}, pj[:]); !ok || k < w.p.KappaAdmit {
			return true
		}
	}
	return w.pairHeldAtMost(i, j, ui, gi, v) || w.pairHeldAtMost(j, i, uj, gj, v)
}

// pairHeldAtMost is founder i's value bound once more, with the threat its
// partner j would hold on i's fronts as value computes it over the pact's
// scope (heldThreat, O(scope)) in place of the bound that lets all j's
// forces hold all of i's adversaries (heldShare), at c⁺, the largest
// cohesion a new pact starts with (pactCohesion: the held threat rises
// with the cohesion). As for a candidacy (heldAtMost), that bound is what
// let most pairs through to a value they fail: at 1,000 states, of the
// 759 pairs a tick valued by a founder, 9 in 10 fell at or below v_form
// with a security gain a median 0.76 under its bound.
func (w *World) pairHeldAtMost(i, j int, support float64, g gainArgs, v float64) bool {
	if w.p.Fronts <= 0 || !(w.threat[i] > 0) {
		return false
	}
	return w.valueAtMost(i, support, w.pairHeld(i, j, g), w.affinity.At(i, j), w.nations[j].GDP, v)
}

// pairHeld returns founder i's gain terms g with the threat its partner j
// would hold on its fronts at c⁺ (pairHeldAtMost).
func (w *World) pairHeld(i, j int, g gainArgs) gainArgs {
	o := option{partner: j, cohesion: max(0, w.p.CohesionInit)}
	partner := [1]int{j}
	g.held = w.heldThreat(i, o, partner[:], w.optionScope(i, o), w.theta.RawRowView(i), w.proximity.RawRowView(i), w.capVec.RawVector().Data)
	g.heldKnown = true
	return g
}

// looseFirst reports whether the value bounds are tried with the loose
// sums before the tight ones. The tight sums are at most the loose (κ_ij ≤
// 1 − H_ij), so the tight bound rejects every option the loose one does;
// the loose one is worth trying first only where the tight sums' dot
// products (O(N) each) cost more than it does. In the generated 30-state
// world two pairs in three passed it to the tight test anyway (713 of
// 1,050 over 20 ticks). Measured (go test -bench Tick, paired rounds):
// without it a 30-state tick 5–8 % faster, a 200-state tick as fast, a
// 1,000-state tick about 5 % slower.
func (w *World) looseFirst() bool {
	return len(w.nations) >= looseFirstFrom
}

// looseFirstFrom is the world size from which looseFirst holds: between
// the sizes measured, and below the 90-state worlds of the pruning tests,
// which so check both orders (their 20-state worlds the other).
const looseFirstFrom = 64

// joinSums gathers, in one pass over a's members, what the bounds of i's
// option of joining a read. A member j already allied with i at cohesion
// C_ij adds only max(0, c − C_ij) of its protection (and of i's to it):
// w_j = max(0, c⁺ − C_ij) weighs the sums, and the affinity that boosts
// the gain is over fresh partners (C_ij = 0) only.
type joinSums struct {
	reach    float64 // max π_ji
	kin      float64 // max (1 − H_ji)
	support  float64 // Σ w_j·(1 − H_ij)·h_j·π_ij·K_j
	give     float64 // Σ w_j·(1 − H_ji)·h_i·π_ji
	wmax     float64 // max w_j
	aff      float64 // max(0, max A_ij over fresh partners)
	rest     float64 // max GDP_j
	threat   float64 // Σ T̂_j
	sec      float64 // Σ S_j
	forces   float64 // Σ K_j
	gdp      float64 // Σ GDP_j
	cohesion float64 // max(0, c): the option's cohesion
	fresh    int     // the partners i is allied with nowhere else (C_ij = 0)
	// partnerKappa bounds the fresh partners' mean κ (partnerKappaAtMost),
	// once tightenJoin has computed it (partnerKappaKnown).
	partnerKappa      float64
	partnerKappaKnown bool
}

func (w *World) joinSums(i int, a *Alliance) joinSums {
	s := w.joinKappaSums(i, a)
	w.joinValueSums(i, a, &s)
	return s
}

// joinKappaSums gathers what the admission bound reads (reach, kin): from
// the alliance's table while formation runs.
func (w *World) joinKappaSums(i int, a *Alliance) joinSums {
	var s joinSums
	if w.limitsFresh && len(a.Members) >= joinTableMin {
		t := w.joinTableOf(a)
		s.reach, s.kin = t.reach[i], t.kin[i]
		return s
	}
	hc, pc := w.hostilityT.RawRowView(i), w.proximityT.RawRowView(i)
	for _, j := range a.Members {
		s.reach = max(s.reach, pc[j])
		s.kin = max(s.kin, 1-hc[j])
	}
	return s
}

// joinTableMin is the size from which an alliance keeps a joinTable, its
// bound vectors and admitBound: a smaller one's loops over its members
// cost no more, and O(N) per alliance would be kept for every small pact.
const joinTableMin = 4

// joinTable holds, for one formation, what every candidate's first tests
// on an alliance read, for all candidates at once (one pass over the
// members' rows, not one over the members per candidate): max_j π_ji,
// max_j (1 − H_ji) and the place in a.Members of the first member i is a
// rival of, −1 for none (rivalOfFellow starts its scan there). A member who
// joins during formation is added to it (members are appended, so a first
// rival stays first).
type joinTable struct {
	reach, kin []float64
	rival      []int32
	gen        uint32
	changes    int
	members    int
}

// joinTableOf returns a's joinTable for the running formation.
func (w *World) joinTableOf(a *Alliance) *joinTable {
	t := &a.table
	n := len(w.nations)
	fresh := t.gen == w.formGen && len(t.reach) == n
	current, joined := a.sinceSummed(t.changes, t.members)
	switch {
	case fresh && current:
		return t
	case fresh && joined:
		// Only joins since: add the new members.
	default:
		if len(t.reach) != n {
			t.reach, t.kin, t.rival = make([]float64, n), make([]float64, n), make([]int32, n)
		}
		clear(t.reach)
		clear(t.kin)
		for i := range t.rival {
			t.rival[i] = -1
		}
		t.members = 0
	}
	level := w.p.ScopeLevel
	for k := t.members; k < len(a.Members); k++ {
		j := a.Members[k]
		pj, hj, hjT := w.proximity.RawRowView(j), w.hostility.RawRowView(j), w.hostilityT.RawRowView(j)
		for i := range n {
			t.reach[i] = max(t.reach[i], pj[i])
			t.kin[i] = max(t.kin[i], 1-hj[i])
			// rivals(i, j), i ≠ j: H_ij or H_ji at h_scope or more.
			if i != j && t.rival[i] < 0 && (hjT[i] >= level || hj[i] >= level) {
				t.rival[i] = int32(k)
			}
		}
	}
	t.gen, t.changes, t.members = w.formGen, a.changes, len(a.Members)
	return t
}

// joinValueSums gathers the rest, what the value bound reads.
func (w *World) joinValueSums(i int, a *Alliance, s *joinSums) {
	hi, hc := w.hostility.RawRowView(i), w.hostilityT.RawRowView(i)
	pi, pc := w.proximity.RawRowView(i), w.proximityT.RawRowView(i)
	ai := w.affinity.RawRowView(i)
	k, gdp := w.capVec.RawVector().Data, w.gdps()
	co := w.cohesions(i)
	c := max(0, a.snapshot)
	s.cohesion = c
	hmaxI := w.hmax(i)
	for _, j := range a.Members {
		wj := max(0, c-co[j])
		s.support += wj * (1 - hi[j]) * w.hmax(j) * pi[j] * k[j] // κ_ij ≤ (1 − H_ij)·h_j (founder)
		s.give += wj * (1 - hc[j]) * hmaxI * pc[j]
		s.wmax = max(s.wmax, wj)
		if co[j] == 0 {
			s.aff = max(s.aff, ai[j])
			s.fresh++
		}
		s.rest = max(s.rest, gdp[j])
		s.threat += w.perceived[j]
		s.sec += w.security[j]
		s.forces += k[j]
		s.gdp += gdp[j]
	}
}

// cohesions returns C_ij for every j (coCohesion(i, j, nil): the highest
// snapshot cohesion among the alliances i and j share, 0 for none), in
// the world's scratch. Within formation it is kept until i or another
// state joins or founds a pact.
func (w *World) cohesions(i int) []float64 {
	if len(w.coRow) != len(w.nations) {
		w.coRow = make([]float64, len(w.nations))
		w.coList = w.coList[:0]
		w.coOK = false
	}
	if w.coOK && w.limitsFresh && w.coFor == i && w.coV == w.memberV && w.coGen == w.formGen {
		return w.coRow
	}
	for _, j := range w.coList {
		w.coRow[j] = 0
	}
	list := w.coList[:0]
	for _, a := range w.memberships[i] {
		for _, j := range a.Members {
			if j != i && a.snapshot > w.coRow[j] {
				if w.coRow[j] == 0 {
					list = append(list, j)
				}
				w.coRow[j] = a.snapshot
			}
		}
	}
	w.coList, w.coFor, w.coV, w.coGen, w.coOK = list, i, w.memberV, w.formGen, true
	return w.coRow
}

// tightenJoin tightens the support and give sums of i's option of joining
// a with the bounds of κ itself: κ_ij = (t_i·H_j/T_i)·(1 − H_ij) ≤
// t_i·H_j/T_i, so, with π ≤ 1 and w_j ≤ w_max,
//
//	Σ_j w_j·κ_ij·π_ij·K_j ≤ w_max·t_i·(Σ_j K_j·H_j)/T_i,
//	Σ_j w_j·κ_ji·π_ji ≤ w_max·H_i·(Σ_j t_j/T_j)
//
// (κ_ij = 0 when T_i = 0): one dot product each, with vectors kept per
// alliance. What the value bound needs are the sums with κ; the loose
// sums bound them too. A third bounds the fresh partners' mean κ, which
// scales the autonomy a larger candidate gains (partnerKappaAtMost): at
// 1,000 states, with the fronts held (heldAtMost), that scale, 1 in the
// looser bounds, was what let 95 % of the candidacies valued and rejected
// through (their autonomy gain 0.16 in the bound against none in the
// value).
func (w *World) tightenJoin(i int, a *Alliance, s *joinSums) {
	s.partnerKappa, s.partnerKappaKnown = w.partnerKappaAtMost(i, a, s.fresh), true
	if len(a.Members) < joinTableMin {
		w.tightenJoinSmall(i, a, s)
		return
	}
	k, t := w.allianceBoundVectors(a)
	ti := w.threats.RawRowView(i)
	dot := 0.0
	if total := w.threat[i]; total > 0 {
		for l, v := range k {
			dot += ti[l] * v
		}
		dot /= total
	}
	s.support = min(s.support, s.wmax*dot*(1+pruneSlack))
	hi := w.hostility.RawRowView(i)
	give := 0.0
	for l, v := range t {
		give += hi[l] * v
	}
	s.give = min(s.give, s.wmax*give*(1+pruneSlack))
}

// tightenJoinSmall is tightenJoin for a small alliance, member by member:
// the same bounds, two dot products a member.
func (w *World) tightenJoinSmall(i int, a *Alliance, s *joinSums) {
	ti, hi := w.threats.RawRowView(i), w.hostility.RawRowView(i)
	kv := w.capVec.RawVector().Data
	dot, give := 0.0, 0.0
	for _, m := range a.Members {
		if total := w.threat[i]; total > 0 && kv[m] != 0 {
			dot += kv[m] * floats.Dot(ti, w.hostility.RawRowView(m)) / total
		}
		if total := w.threat[m]; total > 0 {
			give += floats.Dot(w.threats.RawRowView(m), hi) / total
		}
	}
	s.support = min(s.support, s.wmax*dot*(1+pruneSlack))
	s.give = min(s.give, s.wmax*give*(1+pruneSlack))
}

// allianceBoundVectors returns a's Σ_m K_m·H_m and Σ_m t_m/T_m, kept for
// the formation it is asked in: a member who joins since is added to them
// (bounds: the order of the sums does not matter beyond rounding, which
// the slack covers).
func (w *World) allianceBoundVectors(a *Alliance) (k, t []float64) {
	defer unlock(w.lockCache(a)) // searched side by side (waitbatch.go)
	fresh := w.limitsFresh && a.boundK != nil && a.boundGen == w.formGen
	current, joined := a.sinceSummed(a.boundChanges, a.boundMembers)
	switch {
	case fresh && current:
		return a.boundK, a.boundT
	case fresh && joined:
		// Only joins since: add the new members.
	default:
		n := len(w.nations)
		if len(a.boundK) != n {
			a.boundK, a.boundT = make([]float64, n), make([]float64, n)
		}
		clear(a.boundK)
		clear(a.boundT)
		a.boundMembers = 0
	}
	kv := w.capVec.RawVector().Data
	for _, m := range a.Members[a.boundMembers:] {
		if km := kv[m]; km != 0 {
			for l, h := range w.hostility.RawRowView(m) {
				a.boundK[l] += km * h
			}
		}
		if total := w.threat[m]; total > 0 {
			for l, t := range w.threats.RawRowView(m) {
				a.boundT[l] += t / total
			}
		}
	}
	a.boundGen, a.boundChanges, a.boundMembers = w.formGen, a.changes, len(a.Members)
	return a.boundK, a.boundT
}

// gain returns the sums of a join's public-gain bound.
func (s *joinSums) gain() gainArgs {
	return gainArgs{threat: s.threat, sec: s.sec, forces: s.forces, gdp: s.gdp, give: s.give, hold: s.cohesion * s.forces,
		partnerKappa: s.partnerKappa, partnerKappaKnown: s.partnerKappaKnown}
}

// joinCeilings bounds i's admission κ and value of joining a (i not a
// member); the value is +Inf when the weights allow no bound. tight and
// lin as for pairCeilings (tight: with tightenJoin's sums).
func (w *World) joinCeilings(i int, a *Alliance, tight, lin bool) (kappa, value float64) {
	s := w.joinSums(i, a)
	drawnKappa, pull := w.drawnBounds(i, a, s.reach)
	kappa, value = max(w.kappaCeiling(i, s.reach, s.kin), drawnKappa), math.Inf(1)
	if w.prunable() {
		if tight {
			w.tightenJoin(i, a, &s)
		}
		value = w.valueCeiling(i, s.support, s.gain(), s.aff, s.rest, lin) + pull
	}
	return
}

// drawnBounds is what the community of like regimes (community.go) adds to
// the bounds of i's joining a: the admission κ i has if none of a's members
// fears anything i opposes (reach·alike, when reach ≥ 1/2; else 0, no
// admission), and the pull that adds to its value. Zeros when i is not
// drawn to a.
func (w *World) drawnBounds(i int, a *Alliance, reach float64) (kappa, pull float64) {
	al, ok := w.drawn(i, a)
	if !ok {
		return 0, 0
	}
	if reach >= 0.5 {
		kappa = reach * al
	}
	return kappa, w.communityHold(a, al)
}

// cannotJoin reports whether i is sure not to join a (i not a member): its
// admission κ below κ_admit, or its value at or below v_join. The cheap
// tests come first.
func (w *World) cannotJoin(i int, a *Alliance) bool {
	return w.cannotJoinAbove(i, a, math.Inf(-1))
}

// cannotJoinAbove is cannotJoin, or i's value of joining a sure to be
// below beat: a search for the best alliance need not value one that
// cannot beat the best it has valued (bestAlliance).
func (w *World) cannotJoinAbove(i int, a *Alliance, beat float64) bool {
	if w.fullScan {
		return false
	}
	s := w.joinKappaSums(i, a)
	// A state drawn to a as to a community of like regimes may be admitted
	// without the scoped κ, and values the pull besides (community.go).
	drawnKappa, pull := w.drawnBounds(i, a, s.reach)
	if max(w.kappaCeiling(i, s.reach, s.kin), drawnKappa) < w.admitFloor() {
		return true
	}
	if !w.prunable() {
		return false
	}
	w.joinValueSums(i, a, &s)
	v := max(w.p.JoinValue, beat) - pull // the bound leaves the pull out (drawnBounds)
	if pull == 0 && s.support <= w.limit(i, true, s.cohesion*s.forces) ||
		w.looseFirst() && w.valueAtMost(i, s.support, s.gain(), s.aff, s.rest, v) {
		return true
	}
	// The admission κ's bound over the scope before the value's tighter
	// bound: over 2,000 ticks of the 30-state world it rejected 14,450 of
	// the 36,800 candidacies that reached the two and the value's bound 350,
	// so the value's two dot products are left to the rest (the verdict is
	// the same in either order).
	if max(w.admitCeiling(i, a, s.reach), drawnKappa) < w.admitFloor() {
		return true
	}
	// Tighter, at two dot products: κ's own bounds.
	w.tightenJoin(i, a, &s)
	if w.valueAtMost(i, s.support, s.gain(), s.aff, s.rest, v) {
		return true
	}
	// The admission test itself, as value computes it, before the value's
	// κ of every member; value takes it from here (admission) when it is
	// asked about the same option next.
	o := option{alliance: a}
	scope := w.optionScope(i, o)
	k, ok := w.kappaInScope(i, o, a.Members, scope)
	if w.limitsFresh {
		w.admission = admissionMemo{i: i, a: a, gen: w.formGen, v: a.majorityV, kin: k, ok: ok,
			scope: append(w.admission.scope[:0], scope...)}
	}
	if !ok || k < w.p.KappaAdmit {
		return true
	}
	return w.heldAtMost(i, a, scope, &s, v)
}

// heldAtMost is the value bound once more, with the threat a's members
// would hold on i's fronts as value computes it over the option's scope
// (heldThreat, O(scope)) in place of the bound that lets all their forces
// hold all of i's adversaries (heldShare). In a large world that bound is
// what lets most candidacies through to a value they fail: at 1,000
// states nine in ten of those valued fell below v_join, their security
// gains a few hundredths where the bound allowed a few tenths, nearly all
// of it the fronts' term (BENCHMARKS.md, "Performance II").
func (w *World) heldAtMost(i int, a *Alliance, scope []scoped, s *joinSums, v float64) bool {
	if w.p.Fronts <= 0 || !(w.threat[i] > 0) {
		return false // the bounds above held nothing on the fronts, or there is no threat to hold
	}
	o := option{alliance: a, cohesion: a.snapshot}
	g := s.gain()
	g.held = w.heldThreat(i, o, a.Members, scope, w.theta.RawRowView(i), w.proximity.RawRowView(i), w.capVec.RawVector().Data)
	g.heldKnown = true
	if m := &w.admission; m.a == a && m.i == i { // value takes it from the memo if asked next (valueTerms)
		m.held, m.heldAt, m.heldKnown = g.held, o.cohesion, true
	}
	return w.valueAtMost(i, s.support, g, s.aff, s.rest, v)
}

// partnerKappaAtMost bounds the mean κ_ij over i's fresh partners in a
// (the members it is allied with nowhere else, fresh of them, as
// joinValueSums counts them), which scales the autonomy a candidate larger
// than its partners gains (agents.Value). Each κ_ij is at most
// Σ_l t_il·H_jl / T_i (the factor 1 − H_ij is at most 1; an island's sum
// ashore leaves terms out), so their sum over a's members is at most
// t_i·hostSum_A / T_i (hostSum_A,l = Σ_m H_ml), and the mean over the fresh
// ones at most that over their number. The slack covers the rounding of
// the value's sums.
func (w *World) partnerKappaAtMost(i int, a *Alliance, fresh int) float64 {
	total := w.threat[i]
	if !(total > 0) || fresh == 0 {
		return 0 // kappaOf's κ of a state with no threat, or no fresh partner to average
	}
	return floats.Dot(w.threats.RawRowView(i), a.hostSum) / total / float64(fresh) * (1 + pruneSlack)
}

// admitBound holds, per alliance for the tick, the sums of a tighter
// bound on a candidate's admission κ. A candidate i's scope weights lie
// between σ⁰_l = scopeWeight(majority[l][2]) and σ¹_l =
// scopeWeight(majority[l][1]) (scopeWith), so for a member j
//
//	Σ_l σ_l·t_jl·H_il / Σ_l σ_l·t_jl ≤ Σ_l σ¹_l·t_jl·H_il / D_j,  D_j = Σ_l σ⁰_l·t_jl,
//
// when D_j > 0 and i itself has σ⁰_i = 0 (the candidate is left out of
// its own scope: then D_j sums no more than j's denominator). Members with
// D_j > 0 (F⁰) fear something from the scope whoever the candidate, so
// their mean κ (each term also ≤ 1 − H_ji ≤ 1 of its ratio) is at most
// H_i·q/|F⁰| with q_l = σ¹_l·Σ_{j∈F⁰} t_jl/D_j: one dot product over the
// scope. The others may or may not fear something from it; each κ of theirs
// is at most (1 − H_ji)·h_i. The mean over those that do is at most the
// larger of the two.
type admitBound struct {
	ls      []int     // the states with σ¹_l > 0, ascending
	q       []float64 // q_l for them
	s0, s1  []float64 // σ⁰_l and σ¹_l for them
	f0      int       // |F⁰|
	outside []int     // the members not in F⁰
	gen     uint32
	v       uint64
	level   float64
	ok      bool
}

// admitCeiling bounds i's scoped admission κ for joining a with
// admitBound's sums (+Inf when i is in a's scope whoever joins); a state
// drawn to a may be admitted by likeness instead (drawnBounds).
func (w *World) admitCeiling(i int, a *Alliance, reach float64) float64 {
	if len(a.Members) < joinTableMin {
		return math.Inf(1) // the exact test costs as little
	}
	b := w.admitSums(a) // (with a's majority fresh)
	if w.scopeWeight(a.majority[i][2]) > 0 {
		return math.Inf(1)
	}
	hi, hc := w.hostility.RawRowView(i), w.hostilityT.RawRowView(i)
	mean := 0.0
	if b.f0 > 0 {
		for k, l := range b.ls {
			mean += hi[l] * b.q[k]
		}
		mean = mean / float64(b.f0) * (1 + pruneSlack)
	}
	if len(b.outside) > 0 {
		h := w.hmax(i)
		for _, j := range b.outside {
			mean = max(mean, (1-hc[j])*h)
		}
	}
	return reach * mean
}

// admitSums keeps a's admitBound for the tick and its majority.
func (w *World) admitSums(a *Alliance) *admitBound {
	defer unlock(w.lockCache(a)) // searched side by side (waitbatch.go)
	w.freshMajority(a)
	b := &a.admit
	if w.limitsFresh && b.ok && b.gen == w.formGen && b.v == a.majorityV && b.level == w.p.ScopeLevel {
		return b
	}
	ls, s0, s1 := b.ls[:0], b.s0[:0], b.s1[:0]
	for l, m := range a.majority {
		if a.isMember[l] {
			continue
		}
		if w1 := w.scopeWeight(m[1]); w1 > 0 {
			ls, s0 = append(ls, l), append(s0, w.scopeWeight(m[2]))
			s1 = append(s1, w1)
		}
	}
	q := b.q[:0]
	for range ls {
		q = append(q, 0)
	}
	b.f0, b.outside = 0, b.outside[:0]
	for _, j := range a.Members {
		tj := w.threats.RawRowView(j)
		d := 0.0
		for k, l := range ls {
			d += s0[k] * tj[l]
		}
		if !(d > 0) {
			b.outside = append(b.outside, j)
			continue
		}
		b.f0++
		for k, l := range ls {
			q[k] += s1[k] * tj[l] / d
		}
	}
	b.ls, b.q, b.s0, b.s1 = ls, q, s0, s1
	b.gen, b.v, b.level, b.ok = w.formGen, a.majorityV, w.p.ScopeLevel, true
	return b
}

// admissionMemo is the last admission test cannotJoin computed: its scope
// and κ, for the state it was computed in (the tick's perception and the
// alliance's majority: nothing else they read changes within a tick), and
// the threat held on the candidate's fronts at the alliance's cohesion
// heldAt when heldAtMost computed it (held set), which value would
// otherwise compute again from the same terms.
type admissionMemo struct {
	i         int
	a         *Alliance
	gen       uint32
	v         uint64
	kin       float64
	ok        bool
	scope     []scoped
	held      float64
	heldAt    float64
	heldKnown bool
}

// takeAdmission returns cannotJoin's admission test of i joining a if it
// is the last one computed and still holds (found), and forgets it.
func (w *World) takeAdmission(i int, a *Alliance) (m admissionMemo, found bool) {
	if w.admission.a == nil || w.admission.a != a || w.admission.i != i || !w.limitsFresh ||
		w.admission.gen != w.formGen || w.admission.v != a.majorityV {
		return admissionMemo{}, false
	}
	m = w.admission
	w.admission.a = nil
	return m, true
}

// pairFilter is bestPartner's first tests for i's partners, over raw rows
// (its loop runs over every pair): j's and i's admission κ ceilings (of
// the stronger founder, or both when their forces are equal:
// guarantee.go) and i's support limit, the cheapest of cannotPair's
// tests.
type pairFilter struct {
	hi, pi, hc, pc, k, hmax    []float64
	admit, hmaxI, ki, c, floor float64
	limit                      supportBound
}

func (w *World) pairFilter(i int) pairFilter {
	f := pairFilter{
		hi: w.hostility.RawRowView(i), pi: w.proximity.RawRowView(i),
		hc: w.hostilityT.RawRowView(i), pc: w.proximityT.RawRowView(i),
		k: w.capVec.RawVector().Data, hmax: w.hostMax,
		admit: w.admitFloor(), hmaxI: w.hmax(i), ki: w.capVec.AtVec(i), c: max(0, w.p.CohesionInit), limit: w.supportBoundOf(i, false),
		floor: w.scopeFloor(),
	}
	if !w.limitsFresh {
		// Outside formation (tests) h_j is not at hand: 1 bounds it.
		f.hmax = w.scratchRow(&w.onesRow, len(w.nations))
		for j := range f.hmax {
			f.hmax[j] = 1
		}
	}
	if w.fullScan {
		f.admit, f.limit, f.floor = math.Inf(-1), supportBound{kind: limitNone}, math.Inf(-1)
	}
	return f
}

// skip reports whether the pact of i and j is sure to fail: no adversary
// (noScope: j hostile to nobody; i is not searched at all when it is,
// bestPartner), κ_admit out of reach for j or for i (whichever is tested:
// not a protégé; each with its reach to the other, kappaInScope), or j's
// support below i's limit.
func (f *pairFilter) skip(j int) bool {
	return f.hmax[j] <= f.floor ||
		!(f.k[j] < f.ki) && f.pi[j]*(1-f.hi[j])*f.hmax[j] < f.admit || !(f.ki < f.k[j]) && f.pc[j]*(1-f.hc[j])*f.hmaxI < f.admit ||
		f.limit.kind != limitNone && f.c*(1-f.hi[j])*f.hmax[j]*f.pi[j]*f.k[j] <= f.limit.at(f.c*f.k[j]) // (at is −1 without a limit, below any support)
}

// Divided attention (valuation.go, heldThreat): an option's partners P
// hold, of i's threat from each of the option's adversaries l (not
// sea-borne), t_il·min(1, X_l/K_l) with X_l = σ_l·Σ_P w_j·π_lj·K_j ≤
// c⁺·Σ_P K_j = hold (σ, π ≤ 1, w_j ≤ c⁺). So the part held, over i's raw
// threat T_i, is at most min(1, hold·q_i/T_i), q_i = Σ_l t_il/K_l, and
// the threat with the option is at least p0·(1 − φ·that).

// frontSum is q_i = Σ_l t_il/K_l over the l whose threat to i a front
// can hold (t_il > 0, not sea-borne).
func (w *World) frontSum(i int) float64 {
	if w.p.Fronts <= 0 {
		return 0
	}
	k := w.capVec.RawVector().Data
	q := 0.0
	for l, t := range w.threats.RawRowView(i) {
		if t <= 0 || l == i || w.seaBorne(i, l) {
			continue
		}
		q += t / k[l] // t > 0 needs K_l > 0
	}
	return q
}

// heldShare bounds the share of i's threat an option's partners hold
// (hold = c⁺·Σ_P K_j): 0 with divided attention off.
func (w *World) heldShare(i int, hold float64) float64 {
	if w.p.Fronts <= 0 || hold <= 0 {
		return 0
	}
	return min(1, hold*w.heldPerHold(i))
}

// heldPerHold is q_i/T_i with the slack: the bound on the held share per
// unit of the partners' forces (heldShare, supportBound); 0 without a
// threat.
func (w *World) heldPerHold(i int) float64 {
	if !(w.threat[i] > 0) {
		return 0
	}
	return w.frontQuotient(i) / w.threat[i] * (1 + pruneSlack)
}

// ratioGain is the fall of a log threat ratio when add joins the security
// S and the threat falls from p0 to p1 ≤ p0 (divided attention; p1 = p0
// for the partners' public gain): ln(x/y), x = p0/S + ε, y = p1/(S + add)
// + ε, or its bound x/y − 1 ≥ ln(x/y) without a logarithm, as tight where
// the gain is small. It is fixed at 0 without a threat and at +Inf without
// security.
type ratioGain struct {
	x, y  float64
	fixed bool
	value float64
}

// ratioGainOf is the ratioGain of its arguments.
func (w *World) ratioGainOf(p0, p1, sec, add float64) ratioGain {
	if p0 <= 0 {
		return ratioGain{fixed: true}
	}
	if sec <= 0 {
		return ratioGain{fixed: true, value: math.Inf(1)}
	}
	eps := w.p.Epsilon
	return ratioGain{x: p0/sec + eps, y: min(p0, max(0, p1))/(sec+add) + eps}
}

// gain is ln(x/y), or x/y − 1 with lin.
func (g ratioGain) gain(lin bool) float64 {
	switch {
	case g.fixed:
		return g.value
	case lin:
		return (g.x - g.y) / g.y
	}
	return math.Log(g.x / g.y)
}

// frontQuotient is frontSum(i): formation's, or computed now.
func (w *World) frontQuotient(i int) float64 {
	if w.limitsFresh && len(w.frontQ) == len(w.nations) {
		return w.frontQ[i]
	}
	return w.frontSum(i)
}
