package sim

// A member's value of staying decides its exit only through whether it is
// below the member's exit level (exit.go): a member well inside its pact
// need not have it to the last digit. The value's costliest parts are the
// partners' fronts (heldThreat) and the public gain (publicGain), and
// without them the value is bounded from below:
//
//   - the public gain is at least 0 (the security the option adds to the
//     partners' is at least theirs without it), and enters the security
//     gain with a positive sign;
//   - the fronts only lower the threat perceived with the option,
//     perceivedWith ≤ perceived0, so u = θ_with* + ε is at most
//     u⁺ = perceived0/S′ + ε; the enemies the option brings add a′ =
//     added/S′ to θ_with* whatever the fronts hold;
//   - with a′ fixed, V(u) = β_s·b·(ln(θ_without + ε) − ln u + g) −
//     β_e·ln(1 + a′/u) − rest has dV/du = (−β_s·b + β_e·a′/(u + a′))/u,
//     which is at most 0 when β_s·b ≥ β_e (a′/(u + a′) < 1), b the
//     affinity boost max(0, 1 + β_p·affinity). The boost is the same at u
//     and at u⁺ when the security gain is not negative at u⁺ (it is then
//     not negative at u either: ln falls as u grows, g ≥ 0).
//
// So where β_s·b ≥ β_e and θ_without ≥ perceived0/S′, the value at u⁺
// with no public gain is at most the value, and a member whose bound
// clears its exit level by stayBoundSlack is not below it. The bound is
// the value's own arithmetic on other inputs (valueFrom); the slack covers
// the rounding of the two computations, which the reals' inequality does
// not.

// stayBoundSlack is how far a bound must clear the exit level: far above
// the rounding of values of order one, far below any margin the rules
// read (TestStayBoundIsBelowTheValue checks the bound against the value).
const stayBoundSlack = 1e-9

// stayValueAbove returns member i's value of staying in a, or a lower
// bound on it when that bound is level + stayBoundSlack or more (exact
// false): the value is then surely not below level.
func (w *World) stayValueAbove(i int, a *Alliance, level float64) (v valuation, exact bool) {
	o := option{alliance: a, cohesion: a.snapshot, target: a.Target}
	t := w.valueTerms(i, o, false)
	added := w.addedThreat(i, o, t.scope, t.theta0, t.pi, t.kv)
	if !w.fullScan && w.boundHolds(&t) {
		if b := w.valueFrom(i, o, &t, t.perceived0, added, 0); b.Value >= level+stayBoundSlack {
			return b, false
		}
	}
	return w.valueWith(i, o, &t, added), true
}

// boundHolds reports whether the bound's conditions hold for terms t:
// β_s·b ≥ β_e and ≥ 0 (the public gain it leaves out is then not
// negative either), and the security gain at u⁺ not negative.
func (w *World) boundHolds(t *valueTerms) bool {
	p := w.p.membership()
	return p.Security*max(0, 1+p.AffinityBoost*t.aff) >= max(0, p.Entrapment) && t.perceived0/t.sec0 >= t.perceived0/t.secWith
}
