package sim

import (
	"math"

	"gonum.org/v1/gonum/floats"

	"entente/agents"
)

// option is a coalition a nation values: an existing alliance (which it
// may already belong to) or a new pact with one partner.
type option struct {
	alliance *Alliance // nil for a new pact
	partner  int       // the other founder of a new pact
	cohesion float64   // snapshot cohesion, or c_init for a new pact
	target   float64
}

// partners lists the option's members other than i, in buf.
func (o option) partners(i int, buf []int) []int {
	if o.alliance == nil {
		return append(buf[:0], o.partner)
	}
	out := buf[:0]
	for _, m := range o.alliance.Members {
		if m != i {
			out = append(out, m)
		}
	}
	return out
}

// valuation is a nation's value of an option, with the commonality tests.
type valuation struct {
	agents.MembershipValue
	// KappaIn is the partners' mean scoped κ toward i: how far i opposes
	// what they fear from the pact's adversaries (scope.go); Shared is false
	// when the pact has no adversary its partners fear.
	KappaIn float64
	Shared  bool
}

// value computes V_iA from the tick's snapshot (MODEL.md 2.7 and 2b): the
// what-if threat ratios without the alliance, with its protection
// (θ_with*), and with its inherited enemies too (θ_with). i's threat
// vector is taken without A, so joining A cannot justify itself by the
// enemies it brings.
func (w *World) value(i int, o option) valuation {
	return w.valueOf(i, o, true)
}

// valueOf is value, with the admission κ (KappaIn, Shared) only when
// admission asks for it: a member's value of staying (exits) does not read
// it, and for a large pact it costs more than the value.
func (w *World) valueOf(i int, o option, admission bool) valuation {
	t := w.valueTerms(i, o, admission)
	return w.valueWith(i, o, &t, w.addedThreat(i, o, t.scope, t.theta0, t.pi, t.kv))
}

// valueWith is the value from its terms t and the threat added by the
// enemies the option brings: with the public gain, and the partners'
// fronts taken off the threat perceived with the option.
func (w *World) valueWith(i int, o option, t *valueTerms, added float64) valuation {
	public := w.publicGain(i, o, t.partners)
	// Divided attention: a pact's adversary that must face the partners too
	// cannot turn all its forces on i (fronts).
	perceivedWith := t.perceived0
	if w.p.Fronts > 0 && t.total0 > 0 {
		held := t.held
		if !t.heldKnown {
			held = w.heldThreat(i, o, t.partners, t.scope, t.theta0, t.pi, t.kv)
		}
		perceivedWith = t.perceived0 * max(0, 1-w.p.Fronts*held/t.total0)
	}
	return w.valueFrom(i, o, t, perceivedWith, added, public)
}

// valueTerms are what a valuation reads before the partners' fronts and
// the public gain: i's threat row without the option (theta0, its sum
// total0, the perceived threat perceived0), its security without the
// option and with its protection, the fresh partners' mean affinity and κ,
// and the option's scope with the admission κ.
type valueTerms struct {
	member                  bool
	partners                []int // w.partnersBuf
	theta0, pi, kv          []float64
	total0, perceived0      float64
	sec0, secWith, aff, kap float64
	scope                   []scoped
	kin                     float64
	shared                  bool
	held                    float64 // the threat held on i's fronts, when cannotJoin computed it (heldKnown)
	heldKnown               bool
}

func (w *World) valueTerms(i int, o option, admission bool) valueTerms {
	n := &w.nations[i]
	a := o.alliance
	member := a != nil && a.Has(i)
	partners := o.partners(i, w.partnersBuf)
	w.partnersBuf = partners

	// i's threat without A: for a member, rebuild its row of Θ without A's
	// inherited enemies (and κ from it); otherwise it is the snapshot's row.
	theta0 := w.theta.RawRowView(i)
	total0 := w.threat[i]
	recomputed := member && w.entrappedBy(i, a)
	if recomputed {
		n := len(w.nations)
		hrow, trow := w.scratchRow(&w.rowTheta, n), w.scratchRow(&w.rowThreat, n)
		w.inheritRow(hrow, i, a)
		total0 = 0
		pi, k, hcol := w.proximity.RawRowView(i), w.capVec.RawVector().Data, w.hhatT.RawRowView(i)
		thNow := w.theta.RawRowView(i)
		for l := range hrow {
			th := max(hrow[l], hcol[l])
			hrow[l] = th
			trow[l] = th * pi[l] * k[l]
			if trow[l] > 0 {
				trow[l] *= w.focusOf(i, l, thNow[l], th) // focus.go
			}
			total0 += trow[l]
		}
		theta0 = hrow
		w.commonalityWithout(i, a, trow, total0)
	}
	perceived0 := max(0, w.perceived[i]-(w.threat[i]-total0))
	kappa0 := func(j int) float64 {
		if !recomputed {
			return w.kappaAt(i, j)
		}
		return w.kappaWithout[j]
	}

	// Security without A and with A's protection.
	pi, kv := w.proximity.RawRowView(i), w.capVec.RawVector().Data
	floor := w.snapshotFloor
	sec0 := w.security[i]
	if member {
		sec0 = max(n.Capability, floor)
		w.forAllies(i, a, func(j int, c float64) {
			sec0 += c * kappa0(j) * pi[j] * kv[j]
		})
		sec0 = max(sec0, floor)
	}
	secWith := sec0
	var aff, kap float64
	fresh := 0
	for _, j := range partners {
		cOther := w.coCohesion(i, j, a)
		k := kappa0(j)
		secWith += max(0, o.cohesion-cOther) * k * pi[j] * kv[j]
		if member || cOther == 0 {
			aff += w.affinity.At(i, j)
			kap += k
			fresh++
		}
	}
	if fresh > 0 {
		aff /= float64(fresh)
		kap /= float64(fresh)
	}
	// The states with σ_l > 0, ascending, and the admission κ: as
	// cannotJoin just computed them for a candidate, or now.
	memo, found := w.takeAdmission(i, a)
	scope, kin, shared := memo.scope, memo.kin, memo.ok
	if !found || member {
		scope = w.optionScope(i, o)
		kin, shared = 0, false
		if admission {
			kin, shared = w.kappaInScope(i, o, partners, scope)
		}
	}
	t := valueTerms{member: member, partners: partners, theta0: theta0, pi: pi, kv: kv,
		total0: total0, perceived0: perceived0, sec0: sec0, secWith: secWith, aff: aff, kap: kap,
		scope: scope, kin: kin, shared: shared}
	if found && !member && memo.heldKnown && memo.heldAt == o.cohesion {
		t.held, t.heldKnown = memo.held, true // heldAtMost's, from these terms
	}
	return t
}

// valueFrom is the value of the option from its terms, the threat i
// perceives with the partners' fronts, the threat the enemies the option
// brings add to it, and the public gain.
func (w *World) valueFrom(i int, o option, t *valueTerms, perceivedWith, added, public float64) valuation {
	n := &w.nations[i]
	// Autonomy is given up to a dominant partner, not to a crowd: a coalition
	// of many smaller partners does not act as one (see MODEL-NOTES.md).
	rest := 0.0
	for _, j := range t.partners {
		rest = max(rest, w.nations[j].GDP)
	}
	others := len(w.memberships[i])
	if t.member {
		others--
	}
	in := agents.MembershipInputs{
		ThetaWithout:   t.perceived0 / t.sec0,
		ThetaWithStar:  perceivedWith / t.secWith,
		ThetaWith:      (perceivedWith + added) / t.secWith,
		Affinity:       t.aff,
		BurdenCost:     agents.BurdenCost(o.target, n.Share),
		OwnGDP:         n.GDP,
		RestGDP:        rest,
		PartnerKappa:   t.kap,
		Neutrality:     agents.NeutralityCost(w.p.neutrality(), n.Neutral, w.danger[i]),
		PublicGain:     public,
		OtherAlliances: others,
	}
	v := valuation{MembershipValue: agents.Value(w.p.membership(), in), KappaIn: t.kin, Shared: t.shared}
	if o.alliance != nil && !t.member {
		v.Value += w.communityPull(i, o.alliance) // community.go
	}
	return v
}

// publicGain is what i's forces add to its partners' security, valued as a
// provider values it: (1 − ψ_i)·ω_i·ln((θ_P⁻ + ε)/(θ_P⁺ + ε)), where θ_P is
// the partners' collective threat ratio (Σ T̂_m / Σ S_m) without and with
// the protection this option makes i give them, and ω_i = K_i/(K_i + Σ K_m)
// the share of the pact's forces i would provide. Defence output is a joint
// product (Murdoch & Sandler 1984): its public part protects the allies
// too, and a state that provides most of it values the allies' security it
// buys (extended deterrence: the United States in Western Europe; Germany
// for Austria-Hungary). A small partner provides little and values little.
func (w *World) publicGain(i int, o option, partners []int) float64 {
	n := &w.nations[i]
	psi := agents.Clamp(n.Policy.Privateness, 0, 1)
	if len(partners) == 0 || psi >= 1 {
		return 0
	}
	ki := w.capVec.AtVec(i)
	var threat, sec0, sec1, forces, gdp float64
	for _, m := range partners {
		gdp += w.nations[m].GDP
		reach := w.kappaAt(m, i) * w.proximity.At(m, i) * ki // what i's forces do for m, at full cohesion
		cNow := w.coCohesion(m, i, nil)
		cWithout := cNow // skipping an alliance i is not in changes nothing
		if o.alliance != nil && o.alliance.isMember[i] {
			cWithout = w.coCohesion(m, i, o.alliance)
		}
		s0 := w.security[m] - cNow*reach + cWithout*reach
		threat += w.perceived[m]
		sec0 += s0
		sec1 += s0 + max(0, max(cWithout, o.cohesion)-cWithout)*reach
		forces += w.capVec.AtVec(m)
	}
	if sec0 <= 0 || threat <= 0 || ki <= 0 {
		return 0
	}
	eps := w.p.Epsilon
	gain := math.Log((threat/sec0 + eps) / (threat/sec1 + eps))
	return providerWeight(psi, ki, forces, gdp, n.GDP) * gain
}

// providerWeight is the weight of a provider's public gain: the part of
// its output that deters for others, 1 − ψ, times its share of the pact's
// forces and its partners' share of the pact's GDP. The value and the
// pruning bounds of prune.go (ceilingOf) take it from here, so that the
// bound weighs the gain exactly as the value does.
func providerWeight(psi, own, forces, gdp, ownGDP float64) float64 {
	return (1 - psi) * own / (own + forces) * gdp / (gdp + ownGDP)
}

// commonalityWithout computes κ_ij from i's threat vector without alliance
// a (t0, summing to total0) for every j value will ask about: a's other
// members and i's allies in other alliances. Each sum runs over l in order,
// as the plain loop it replaced, four partners at a time (seqDots).
func (w *World) commonalityWithout(i int, a *Alliance, t0 []float64, total0 float64) {
	if w.kappaWithout == nil {
		w.kappaWithout = make([]float64, len(w.nations))
	}
	js := append(w.withoutJs[:0], a.Members...)
	w.forAllies(i, a, func(j int, _ float64) {
		if !a.isMember[j] {
			js = append(js, j)
		}
	})
	w.withoutJs = js
	if total0 <= 0 {
		for _, j := range js {
			w.kappaWithout[j] = 0
		}
		return
	}
	rows := w.withoutRows[:0]
	for _, j := range js {
		rows = append(rows, w.hostility.RawRowView(j))
	}
	w.withoutRows = rows
	sums := w.scratchRow(&w.withoutSums, len(js))
	seqDots(t0, rows, sums)
	sea := w.threatBySea(i, t0) // sea.go: once for all of i's allies
	for k, j := range js {
		if sea && w.seaBorne(i, j) {
			sums[k] = w.landDot(i, t0, rows[k])
		}
		w.kappaWithout[j] = sums[k] / total0 * (1 - w.hostility.At(i, j))
	}
}

// seqDots sets out[k] = Σ_l x_l·rows[k]_l, each sum added strictly in
// order of l, four rows at a time so that four independent sums overlap in
// the pipeline (same results as one row at a time, about three times
// faster).
func seqDots(x []float64, rows [][]float64, out []float64) {
	k := 0
	for ; k+4 <= len(rows); k += 4 {
		y0, y1, y2, y3 := rows[k][:len(x)], rows[k+1][:len(x)], rows[k+2][:len(x)], rows[k+3][:len(x)]
		var s0, s1, s2, s3 float64
		for l, v := range x {
			s0 += v * y0[l]
			s1 += v * y1[l]
			s2 += v * y2[l]
			s3 += v * y3[l]
		}
		out[k], out[k+1], out[k+2], out[k+3] = s0, s1, s2, s3
	}
	for ; k < len(rows); k++ {
		y := rows[k][:len(x)]
		s := 0.0
		for l, v := range x {
			s += v * y[l]
		}
		out[k] = s
	}
}

// scratchRow returns *buf resized to n (contents unspecified).
func (w *World) scratchRow(buf *[]float64, n int) []float64 {
	if cap(*buf) < n {
		*buf = make([]float64, n)
	}
	*buf = (*buf)[:n]
	return *buf
}

// entrappedBy reports whether alliance a raises any entry of i's row of Ĥ,
// that is whether i's threat vector without a differs from the snapshot.
func (w *World) entrappedBy(i int, a *Alliance) bool {
	scale := w.p.Entrapment * a.snapshot
	row := w.hostility.RawRowView(i)
	for _, x := range w.scopeOf(a) { // σ_l = 0 raises nothing (H ≥ 0)
		if l := x.l; l != i && scale*x.s*w.inheritedHostility(a, i, l) > row[l] {
			return true
		}
	}
	return false
}

// heldThreat is the part of i's threat (raw, Σ_l t_il) that the option's
// partners hold on their own fronts. Each of the pact's adversaries l
// (σ_l > 0, not i, not a partner, its threat to i not sea-borne) must
// face the forces the partners bring to bear on it,
// X_l = σ_l·Σ_{j∈P} w_j·π_lj·K_j (w_j = max(0, c − C_ij), the cohesion the
// option adds, as in S′), and of its forces K_l the share X_l/K_l (at
// most all) is held there: i's threat from l falls by t_il·min(1, X_l/K_l),
// t_il focused (focus.go) as in i's row without the option. Without the
// pact i faces the part of l's forces that l's attention gives it: l can
// fight its enemies one by one; with it, the partners hold that part in
// the same proportion as they hold l's forces.
func (w *World) heldThreat(i int, o option, partners []int, scope []scoped, theta0, pi, kv []float64) float64 {
	c := max(0, o.cohesion)
	if c <= 0 {
		return 0
	}
	a := o.alliance
	// front[k]: the forces the partners bring to bear on scope[k].l, −∞
	// where nothing is held. The pact's sums first; then, partner by
	// partner along its column of π (contiguous), what the partners already
	// allied with i elsewhere do not add: w_j = c − min(c, C_ij).
	var partnerCol, fronts, ownCol []float64
	if a == nil {
		partnerCol = w.proximityT.RawRowView(o.partner)
	} else {
		fronts = w.frontsOf(a)
		if a.isMember[i] {
			ownCol = w.proximityT.RawRowView(i) // π_li: a member's own forces are no partner's
		}
	}
	frontAt := func(l int, s float64) float64 {
		if l == i || s <= 0 || w.seaBorne(i, l) || theta0[l]*pi[l]*kv[l] <= 0 {
			return math.Inf(-1) // nothing to hold
		}
		switch {
		case a == nil && l != o.partner:
			return c * partnerCol[l] * kv[o.partner]
		case a != nil && !a.isMember[l]:
			f := c * fronts[l]
			if ownCol != nil {
				f -= c * ownCol[l] * kv[i]
			}
			return f
		}
		return math.Inf(-1)
	}
	thNow := w.theta.RawRowView(i)
	heldOf := func(l int, X float64) float64 {
		if X > 0 {
			return theta0[l] * pi[l] * kv[l] * w.focusOf(i, l, thNow[l], theta0[l]) * min(1, X/kv[l])
		}
		return 0
	}
	shared := w.sharedCohesion(i, a, partners)
	held := 0.0
	if len(shared) == 0 {
		// The common case, in one pass: no partner is i's ally elsewhere.
		for _, x := range scope {
			held += heldOf(x.l, x.s*frontAt(x.l, x.s))
		}
		return held
	}
	front := w.scratchRow(&w.frontRow, len(scope))
	for k, x := range scope {
		front[k] = frontAt(x.l, x.s)
	}
	for _, sc := range shared {
		col, m := w.proximityT.RawRowView(sc.j), min(c, sc.c)*kv[sc.j]
		for k, x := range scope {
			front[k] -= m * col[x.l]
		}
	}
	for k, x := range scope {
		held += heldOf(x.l, x.s*front[k])
	}
	return held
}

// sharedWith is a partner j and the cohesion C_ij it already shares with
// i outside the option.
type sharedWith struct {
	j int
	c float64
}

// sharedCohesion lists the option's partners that i is already allied
// with outside it, with the largest such cohesion (coCohesion), in
// w.frontShared.
func (w *World) sharedCohesion(i int, a *Alliance, partners []int) []sharedWith {
	out := w.frontShared[:0]
	if a == nil {
		if c := w.coCohesion(i, partners[0], nil); c > 0 {
			out = append(out, sharedWith{partners[0], c})
		}
		w.frontShared = out
		return out
	}
	// at[j]: 1 + j's place in out (0: not yet listed), cleared on the way out.
	at := w.frontAt
	if len(at) != len(w.nations) {
		at = make([]int, len(w.nations))
		w.frontAt = at
	}
	for _, b := range w.memberships[i] {
		if b == a {
			continue
		}
		for _, j := range b.Members {
			if j == i || !a.isMember[j] {
				continue
			}
			switch k := at[j] - 1; {
			case k < 0:
				out = append(out, sharedWith{j, b.snapshot})
				at[j] = len(out)
			case b.snapshot > out[k].c:
				out[k].c = b.snapshot
			}
		}
	}
	for _, s := range out {
		at[s.j] = 0
	}
	w.frontShared = out
	return out
}

// frontsOf is Σ_{j∈A} π_lj·K_j for every l, the forces a's members bring
// to bear on each state: one pass along each member's column of π, kept
// while K (a perception) and the membership last; a member who joins
// meanwhile is added.
func (w *World) frontsOf(a *Alliance) []float64 {
	defer unlock(w.lockCache(a)) // searched side by side (waitbatch.go)
	n := len(w.nations)
	fresh := len(a.front) == n && a.frontCap == w.capGen
	current, joined := a.sinceSummed(a.frontChanges, a.frontMembers)
	switch {
	case fresh && current:
		return a.front
	case fresh && joined:
		// Only joins since: the new members are added, each entry summed
		// in the members' order as a fresh sum would be.
	default:
		if len(a.front) != n {
			a.front = make([]float64, n)
		}
		clear(a.front)
		a.frontMembers = 0
	}
	kv := w.capVec.RawVector().Data
	for _, j := range a.Members[a.frontMembers:] {
		floats.AddScaled(a.front, kv[j], w.proximityT.RawRowView(j))
	}
	a.frontCap, a.frontChanges, a.frontMembers = w.capGen, a.changes, len(a.Members)
	return a.front
}

// seaBorne reports whether l's threat to i crosses the sea: i is an island
// and l's forces reach no further than d0 (the condition of the sea factor,
// relations.go). Such a threat is what l can carry by sea, not its army, so
// a land front that ties down l's army does not lessen it (divided
// attention): Britain, whom the Continent's armies could not reach, gained
// nothing from a continental ally's front.
func (w *World) seaBorne(i, l int) bool {
	return w.islands[i] && w.nations[l].Reach <= w.p.MinRange
}

// addedThreat is the threat the enemies an option brings add to i's: Θ_il
// rises to χ·c·σ_l·mean_{m∈A, m≠i,l} H_ml (for a new pact, the partner's
// H_jl), toward the pact's adversaries only (scope.go), over theta0, i's
// row without the option. A state outside the scope adds nothing (Θ ≥ 0),
// so the sum runs over the scope, in order. An enemy counts with the
// attention it would turn on i once the quarrel is i's (focus.go, focusOf
// at the raised Θ_il): a quarrel taken on draws the adversary's forces in
// proportion to the threat i then poses to it among its other enemies, as
// i's own threats are counted. Counted whole, Russia's forces at the United
// States' enmity made every Western European member's entrapment in NATO
// exceed its security once Russia became the alliance's adversary in 2022,
// and seven members left in 2023 (MODEL-NOTES, "Found: the 21st century's
// NATO after 2022"); no member left in history, and Finland and Sweden
// joined.
func (w *World) addedThreat(i int, o option, scope []scoped, theta0, pi, kv []float64) float64 {
	scale := w.p.Entrapment * o.cohesion
	thNow := w.theta.RawRowView(i)
	added := 0.0
	take := func(l int, v float64) {
		if v > 0 {
			added += v * pi[l] * kv[l] * w.focusOf(i, l, thNow[l], max(thNow[l], theta0[l]+v))
		}
	}
	if a := o.alliance; a != nil {
		for _, x := range scope {
			if l := x.l; l != i {
				take(l, scale*x.s*w.inheritedHostility(a, i, l)-theta0[l])
			}
		}
		return added
	}
	hp := w.hostility.RawRowView(o.partner)
	for _, x := range scope {
		if l := x.l; l != i && l != o.partner {
			take(l, scale*x.s*hp[l]-theta0[l])
		}
	}
	return added
}
