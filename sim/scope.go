package sim

// Pacts aimed at a threat. Most alliances commit their members against a
// principal adversary, not against every enemy of every member (Leeds et
// al. 2002: most defence pacts are conditional, against specific states or
// in specific places; the Dual Alliance of 1879 against Russia, the
// Franco-Russian alliance against Germany). An alliance's scope is the set
// of its adversaries, each with a weight σ_A,l in [0, 1]: a state is an
// adversary of the pact when a majority of its members are hostile to it
// (both founders of a pact of two), and fully so when the least hostile
// member of that majority reaches h_scope,
//
//	σ_A,l = clamp((H at rank ⌊m/2⌋+1 of the m members − h_scope/2) / (h_scope/2), 0, 1).
//
// A pact's aim is what most of its members oppose: the United States,
// Turkey and Israel did not make Iran NATO's adversary.
//
// A member inherits hostility only toward the pact's adversaries
// (entrapment, perception.go and valuation.go); a candidate is admitted,
// and a member stays, when it opposes what the other members fear from the
// pact's adversaries (scopedKappa). A single member's private enemy is not
// the pact's: the others are neither entrapped by it nor asked to oppose it.

// scopeWeight turns the majority's member hostility toward a state
// into its weight in the scope: 0 up to h_scope/2 (a faint antagonism, such
// as a rivalry's echo through polarization, makes no adversary), rising to
// 1 at h_scope.
func (w *World) scopeWeight(second float64) float64 {
	half := w.p.ScopeLevel / 2
	if half <= 0 {
		if second > 0 {
			return 1
		}
		return 0
	}
	return min(1, max(0, (second-half)/half))
}

// scopeAt is σ_A,l for the alliance as it stands.
func (w *World) scopeAt(a *Alliance, l int) float64 {
	w.freshMajority(a)
	if a.majority == nil || a.isMember[l] || len(a.Members) < 2 {
		return 0
	}
	return w.scopeWeight(a.majority[l][0])
}

// scopeWith is σ_A,l for the alliance as it would be with i as a member
// (i not yet one): i's own hostility toward l counts among the members'.
func (w *World) scopeWith(a *Alliance, i, l int) float64 {
	w.freshMajority(a)
	if a.majority == nil || a.isMember[l] || l == i {
		return 0
	}
	above, at := a.majority[l][1], a.majority[l][2]
	return w.scopeWeight(max(at, min(w.hostility.At(i, l), above)))
}

// pactScope is σ_l for a new pact of i and j: their common enemies, the
// smaller of their hostilities toward l.
func (w *World) pactScope(i, j, l int) float64 {
	if l == i || l == j {
		return 0
	}
	return w.pactWeight(w.hostility.At(i, l), w.hostility.At(j, l))
}

// pactWeight is pactScope's σ from the two founders' hostilities toward l:
// the smaller one decides.
func (w *World) pactWeight(hil, hjl float64) float64 { return w.scopeWeight(min(hil, hjl)) }

// scoped is a state l with its weight σ_l > 0 in a pact's scope.
type scoped struct {
	l int
	s float64
}

// scopeFloor is the hostility above which scopeWeight is positive:
// scopeWeight(x) > 0 exactly when x > scopeFloor (x − h_scope/2 > 0 keeps
// its sign through the division by h_scope/2 > 0).
func (w *World) scopeFloor() float64 {
	return max(0, w.p.ScopeLevel/2)
}

// scopeOf lists the states of a's scope as it stands (σ_A,l > 0, by
// scopeAt), ascending, kept with the alliance until its majority changes.
func (w *World) scopeOf(a *Alliance) []scoped {
	w.freshMajority(a)
	if !a.scopeOK || a.scopeLevel != w.p.ScopeLevel {
		list, floor := a.scope[:0], w.scopeFloor()
		for l, m := range a.majority {
			if m[0] > floor {
				if s := w.scopeAt(a, l); s > 0 {
					list = append(list, scoped{l, s})
				}
			}
		}
		a.scope, a.scopeOK, a.scopeLevel = list, true, w.p.ScopeLevel
	}
	return a.scope
}

// wider lists, ascending, the states that could be in a's scope with one
// more member: not members, with the hostility at the bracketing rank
// (majority[l][1]) above the floor. Kept until a's majority changes.
func (w *World) wider(a *Alliance) []int {
	defer unlock(w.lockCache(a)) // searched side by side (waitbatch.go)
	w.freshMajority(a)
	if !a.widerOK || a.widerV != a.majorityV || a.widerLevel != w.p.ScopeLevel {
		list, floor := a.widerList[:0], w.scopeFloor()
		for l, m := range a.majority {
			if m[1] > floor && !a.isMember[l] {
				list = append(list, l)
			}
		}
		a.widerList, a.widerOK, a.widerV, a.widerLevel = list, true, a.majorityV, w.p.ScopeLevel
	}
	return a.widerList
}

// optionScope lists, ascending, the states with σ_l > 0 in the scope of
// an option of i's: the alliance's as it stands when i is a member, as it
// would be with i otherwise (scopeWith), a new pact's (pactScope). The
// list of a candidate is built in the world's scratch (valid until the
// next call).
func (w *World) optionScope(i int, o option) []scoped {
	a := o.alliance
	if a != nil && a.Has(i) {
		return w.scopeOf(a)
	}
	if a == nil {
		return w.newPactScope(i, o.partner)
	}
	// scopeWith(a, i, l) ≤ scopeWeight(majority[l][1]): the hostility at
	// the bracketing rank must exceed the floor; those states are listed
	// once per alliance (wider), and σ computed as scopeWith computes it.
	list := w.scopeBuf[:0]
	hi := w.hostility.RawRowView(i)
	for _, l := range w.wider(a) {
		if l == i {
			continue
		}
		m := a.majority[l]
		if s := w.scopeWeight(max(m[2], min(hi[l], m[1]))); s > 0 {
			list = append(list, scoped{l, s})
		}
	}
	w.scopeBuf = list
	return list
}

// pactScopeMemo is the last new pact's scope optionScope listed, in a
// formation: each founder's admission test and value ask for the same
// list (pactScope is symmetric), four times for a pact that is valued.
type pactScopeMemo struct {
	list   []scoped
	lo, hi int
	gen    uint32
	ok     bool
}

// newPactScope is optionScope for a new pact of i and j: the states l
// with pactScope(i, j, l) = scopeWeight(min(H_il, H_jl)) > 0, ascending.
// Relations do not change while formation runs, so there the last list is
// kept for the pair (valid until the next pair's).
func (w *World) newPactScope(i, j int) []scoped {
	m := &w.pactScope1
	lo, hi := min(i, j), max(i, j)
	if w.limitsFresh && m.ok && m.gen == w.formGen && m.lo == lo && m.hi == hi {
		return m.list
	}
	list, floor := m.list[:0], w.scopeFloor()
	hI, hJ := w.hostility.RawRowView(i), w.hostility.RawRowView(j)
	hJ = hJ[:len(hI)]
	for l, h := range hI {
		// pactScope(i, j, l), from the rows at hand.
		if h > floor && hJ[l] > floor && l != i && l != j {
			if s := w.pactWeight(h, hJ[l]); s > 0 {
				list = append(list, scoped{l, s})
			}
		}
	}
	*m = pactScopeMemo{list: list, lo: lo, hi: hi, gen: w.formGen, ok: w.limitsFresh}
	return list
}

// scopedKappa is how far i opposes what j fears from the adversaries of a
// pact they share (or would share), scope σ (the states with σ_l > 0,
// ascending):
//
//	κ^σ_ji = (Σ_l σ_l·t_jl·H_il / Σ_l σ_l·t_jl)·(1 − H_ji),
//
// the share of j's threat from the pact's adversaries that i is itself
// hostile to, discounted by hostility between them. ok is false when j
// fears nothing from the scope (the test says nothing then). The sums run
// over the scope only: the terms with σ_l = 0 are those the sums leave out.
// When j is an island and i's forces cannot cross the sea to it, the
// numerator leaves out j's sea-borne threats (sea.go).
func (w *World) scopedKappa(j, i int, scope []scoped) (float64, bool) {
	tj := w.threats.RawRowView(j)
	hi := w.hostility.RawRowView(i)
	var num, den float64
	sea := w.seaBorne(j, i) // sea.go
	for _, x := range scope {
		l := x.l
		t := tj[l]
		if t == 0 || l == i || l == j {
			continue
		}
		if !sea || !w.seaBorne(j, l) {
			num += x.s * t * hi[l]
		}
		den += x.s * t
	}
	if den <= 0 {
		return 0, false
	}
	return num / den * (1 - w.hostility.At(j, i)), true
}

// scopeClean reports whether an alliance option's scope holds neither i
// nor a member (as optionScope and scopeOf build it, it never does): then
// scopedKappa's tests l == i and l == j never skip, and a term with t = 0
// adds zero to both sums.
func scopeClean(i int, o option, partners []int, scope []scoped) bool {
	a := o.alliance
	if a == nil || len(partners) < 4 {
		return false
	}
	for _, x := range scope {
		if x.l == i || a.isMember[x.l] {
			return false
		}
	}
	return true
}

// scopedKappa4 is scopedKappa for four partners j at once, over a clean
// scope (scopeClean): each partner's sums add the same terms in the same
// order as scopedKappa's (a term with t = 0 adds zero).
func (w *World) scopedKappa4(js []int, i int, scope []scoped) (k [4]float64, ok [4]bool) {
	t0, t1 := w.threats.RawRowView(js[0]), w.threats.RawRowView(js[1])
	t2, t3 := w.threats.RawRowView(js[2]), w.threats.RawRowView(js[3])
	hi := w.hostility.RawRowView(i)
	var n0, n1, n2, n3, d0, d1, d2, d3 float64
	for _, x := range scope {
		l, s := x.l, x.s
		h := hi[l]
		n0 += s * t0[l] * h
		d0 += s * t0[l]
		n1 += s * t1[l] * h
		d1 += s * t1[l]
		n2 += s * t2[l] * h
		d2 += s * t2[l]
		n3 += s * t3[l] * h
		d3 += s * t3[l]
	}
	for r, nd := range [4][2]float64{{n0, d0}, {n1, d1}, {n2, d2}, {n3, d3}} {
		if !(nd[1] <= 0) { // as scopedKappa
			k[r], ok[r] = nd[0]/nd[1]*(1-w.hostility.At(js[r], i)), true
		}
	}
	return k, ok
}

// kappaIn is the members' (or the partner's) mean scoped κ toward i for an
// option: how far i opposes what its partners fear from the pact's
// adversaries. Partners that fear nothing from the scope are left out; ok
// is false when none fears anything (the pact has no adversary i could
// help against).
func (w *World) kappaIn(i int, o option, partners []int) (float64, bool) {
	return w.kappaInScope(i, o, partners, w.optionScope(i, o))
}

// kappaInScope is kappaIn with the option's scope (optionScope) at hand.
func (w *World) kappaInScope(i int, o option, partners []int, scope []scoped) (float64, bool) {
	member := o.alliance != nil && o.alliance.Has(i)
	sum, n, reach := 0.0, 0, 0.0
	q := 0
	if scopeClean(i, o, partners, scope) && !w.seaCutsFrom(partners, i) {
		// Four partners at a time, each sum in its own order.
		for ; q+4 <= len(partners); q += 4 {
			ks, oks := w.scopedKappa4(partners[q:q+4], i, scope)
			for r := range 4 {
				if oks[r] {
					sum += ks[r]
					n++
				}
				reach = max(reach, w.proximity.At(partners[q+r], i))
			}
		}
	}
	for _, j := range partners[q:] {
		if k, ok := w.scopedKappa(j, i, scope); ok {
			sum += k
			n++
		}
		reach = max(reach, w.proximity.At(j, i))
	}
	if n == 0 {
		if a := o.alliance; a != nil && !member {
			return w.communityAdmission(i, a, reach) // community.go
		}
		return 0, false
	}
	// A candidate helps a pact only where its forces reach a member: Japan
	// and China opposed what Western Europe feared, but their forces could
	// defend none of NATO's members (admission only: a member's standing is
	// its commonality). A new pact of two asks it of the stronger founder
	// alone, its reach to its protégé (guarantee.go): the protégé's reach,
	// which a pact of two once lent the guarantor's test and the guarantor's
	// lent the protégé's, is asked of neither (MODEL-NOTES, "A treaty of two
	// is the stronger's guarantee").
	if member {
		reach = 1
	}
	return reach * sum / float64(n), true
}

// widensScope reports whether admitting i would aim a at an adversary
// some member does not oppose: i raises σ_A,l for a state l toward which a
// member's hostility is below h_scope/2. Every member can veto that (NATO
// admits by unanimity): a pact does not take on a new member's enemies
// that its members do not share, so the United States and Israel's common
// enemy did not make Israel NATO's.
func (w *World) widensScope(i int, a *Alliance) bool {
	half := w.p.ScopeLevel / 2
	hi := w.hostility.RawRowView(i)
	for l := range w.nations {
		if l == i || a.isMember[l] || hi[l] <= half || !w.nations[l].Active {
			continue
		}
		if w.scopeWith(a, i, l) <= w.scopeAt(a, l) {
			continue
		}
		for _, m := range a.Members {
			if w.hostility.At(m, l) < half {
				return true
			}
		}
	}
	return false
}

// kappaOut is how far i's fellow members in a oppose what i fears from the
// pact's adversaries: the mean over fellows j of κ^σ_ij. ok is false when
// i fears none of them.
//
// Members are never in their pact's scope, so every fellow's κ^σ_ij sums
// the same terms σ_l·t_il, in the same order: they and their sum are
// formed once, and each fellow's numerator Σ σ_l·t_il·H_jl sums the same
// products as scopedKappa would, four fellows at a time.
func (w *World) kappaOut(i int, a *Alliance) (float64, bool) {
	scope := w.scopeOf(a)
	if w.seaCutsTo(i, a.Members) { // the sea's condition is fellow by fellow (sea.go)
		return w.kappaOutEach(i, a, scope)
	}
	ti := w.threats.RawRowView(i)
	ls, ws := w.outLs[:0], w.outWs[:0]
	den := 0.0
	for _, x := range scope {
		l := x.l
		t := ti[l]
		if t == 0 {
			continue
		}
		if a.isMember[l] { // never: scopeAt is 0 at members
			return w.kappaOutEach(i, a, scope)
		}
		ls, ws = append(ls, l), append(ws, x.s*t)
		den += x.s * t
	}
	w.outLs, w.outWs = ls, ws
	fellows := w.outFellows[:0]
	for _, j := range a.Members {
		if j != i {
			fellows = append(fellows, j)
		}
	}
	w.outFellows = fellows
	if len(fellows) == 0 || den <= 0 {
		return 0, false // i's threat from the scope does not depend on j
	}
	sum := 0.0
	hi := w.hostility.RawRowView(i)
	k := 0
	for ; k+4 <= len(fellows); k += 4 {
		h0 := w.hostility.RawRowView(fellows[k])
		h1 := w.hostility.RawRowView(fellows[k+1])
		h2 := w.hostility.RawRowView(fellows[k+2])
		h3 := w.hostility.RawRowView(fellows[k+3])
		var n0, n1, n2, n3 float64
		for q, l := range ls {
			v := ws[q]
			n0 += v * h0[l]
			n1 += v * h1[l]
			n2 += v * h2[l]
			n3 += v * h3[l]
		}
		sum += n0 / den * (1 - hi[fellows[k]])
		sum += n1 / den * (1 - hi[fellows[k+1]])
		sum += n2 / den * (1 - hi[fellows[k+2]])
		sum += n3 / den * (1 - hi[fellows[k+3]])
	}
	for ; k < len(fellows); k++ {
		h := w.hostility.RawRowView(fellows[k])
		var num float64
		for q, l := range ls {
			num += ws[q] * h[l]
		}
		sum += num / den * (1 - hi[fellows[k]])
	}
	return sum / float64(len(fellows)), true
}

// kappaOutBelow reports whether kappaOut(i, a) is defined and below x,
// as exits asks, from bounds where they decide. With weights w_l = σ_l·t_il
// (D = Σ w_l) and n fellows j,
//
//	kappaOut = (1/n)·Σ_j (Σ_l w_l·H_jl / D)·(1 − H_ij) ≤ X = Σ_l w_l·(Σ_{j≠i} H_jl) / (n·D),
//
// and at least (1 − max_j H_ij)·X: one dot product with the alliance's
// Σ_m H_ml (fellowSums) instead of one per fellow. Only between the bounds
// (less a margin far above their rounding) is kappaOut computed. For an
// island the lower bound does not hold (the sea takes terms out of a
// fellow's sum, sea.go): kappaOut is computed.
func (w *World) kappaOutBelow(i int, a *Alliance, x float64) bool {
	scope := w.scopeOf(a)
	ti := w.threats.RawRowView(i)
	den, members := 0.0, false
	for _, s := range scope {
		if t := ti[s.l]; t != 0 {
			den += s.s * t
			members = members || a.isMember[s.l]
		}
	}
	n := len(a.Members) - 1 // i is a member
	if n < 4 || members || !(den > 0) || w.seaCutsTo(i, a.Members) {
		k, ok := w.kappaOut(i, a)
		return ok && k < x
	}
	sums, hi := w.fellowSums(a), w.hostility.RawRowView(i)
	num := 0.0
	for _, s := range scope {
		if t := ti[s.l]; t != 0 {
			num += s.s * t * (sums[s.l] - hi[s.l])
		}
	}
	upper := num / (den * float64(n))
	hmax := 0.0
	for _, j := range a.Members {
		if j != i {
			hmax = max(hmax, hi[j])
		}
	}
	const margin = 1e-9 // kappaOut is in [0, 1]: absolute
	switch {
	case upper < x-margin:
		return true
	case (1-hmax)*upper >= x+margin:
		return false
	}
	k, ok := w.kappaOut(i, a)
	return ok && k < x
}

// fellowSums returns Σ_{m∈a} H_ml for every l, kept for one run of exits
// (relations and members do not change while members decide).
func (w *World) fellowSums(a *Alliance) []float64 {
	if w.fellowFor == a && w.fellowGen == w.exitGen && w.fellowChanges == a.changes {
		return w.fellowRow
	}
	row := w.scratchRow(&w.fellowRow, len(w.nations))
	clear(row)
	for _, m := range a.Members {
		for l, h := range w.hostility.RawRowView(m) {
			row[l] += h
		}
	}
	w.fellowFor, w.fellowGen, w.fellowChanges = a, w.exitGen, a.changes
	return row
}

// kappaOutEach is kappaOut fellow by fellow, each sum on its own.
func (w *World) kappaOutEach(i int, a *Alliance, scope []scoped) (float64, bool) {
	sum, n := 0.0, 0
	for _, j := range a.Members {
		if j == i {
			continue
		}
		k, ok := w.scopedKappa(i, j, scope)
		if !ok {
			return 0, false // i's threat from the scope does not depend on j
		}
		sum += k
		n++
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}
