package sim

import "entente/agents"

// Ideological rivalries: a rivalry over political systems (the strategic-
// rivalry data mark each) makes the rivals' regime distance part of their
// hostility, and divides the other states by their regimes: each third
// state becomes hostile to the rival whose regime is farther from its own,
// in proportion to the rivals' own hostility (agents.Polarization), while
// the rivalry lasts, but never toward the rival whose economic system it
// shares when the rivals' systems differ (systemSide); an ally of one
// rival in a pact aimed at the other is polarized as that rival is,
// whatever its system or regime (Yugoslavia in the Western pact). This is
// the only
// way regimes make enemies in the model: without an ideological rivalry,
// two regimes far apart are not hostile for that.

// polarize recomputes the polarization matrix from the ideological
// rivalries in force and touches the pairs whose value changed, so that
// their hostility is recomputed. It does nothing in a world without
// ideological rivalries.
func (w *World) polarize() {
	if !w.anyIdeology {
		return
	}
	n := len(w.nations)
	next := w.scratchRow(&w.polarNext, n*n)
	clear(next)
	rp := w.p.relations()
	shk := w.shocks.RawMatrix().Data
	// A state with a rivalry of its own with one of the ideological rivals
	// has its side already, whatever its regime: Portugal's and Spain's
	// dictatorships, declared enemies of the Soviet Union, were not drawn
	// toward it by regimes as far from the United States' as its own.
	sided := w.scratchRow(&w.sided, n*n)
	clear(sided)
	for _, r := range w.cfg.Rivalries {
		if r.ActiveAt(w.tick) {
			sided[r.A*n+r.B], sided[r.B*n+r.A] = 1, 1
		}
	}
	// Only a contest between great powers divides the world: a rivalry
	// polarizes fully when its weaker side has at least half the forces
	// of the strongest state, and in proportion below (the Soviet-American
	// contest divided Europe; the two Germanys' own contest did not make
	// Portugal an enemy of Bonn).
	kmax := 0.0
	for i := range w.nations {
		if w.nations[i].Active {
			kmax = max(kmax, w.nations[i].Capability)
		}
	}
	for _, r := range w.cfg.Rivalries {
		a, b := r.A, r.B
		if !r.Ideological || !r.ActiveAt(w.tick) || !w.nations[a].Active || !w.nations[b].Active {
			continue
		}
		power := 0.0
		if kmax > 0 {
			power = min(1, 2*min(w.nations[a].Capability, w.nations[b].Capability)/kmax)
		}
		hab := power * agents.Hostility(rp, agents.Antagonism{Rivalry: w.rivalryLevel(r), Ideological: true, Shocks: shk[a*n+b]},
			&w.nations[a], &w.nations[b])
		for i := range w.nations {
			// A declared neutral stays out of the contest by policy: that
			// is what neutrality declares.
			if i == a || i == b || !w.nations[i].Active || w.nations[i].Neutral || sided[i*n+a] != 0 || sided[i*n+b] != 0 {
				continue
			}
			// A state allied with one rival, in a pact aimed at the other, is
			// on its side of the contest whatever its regime: polarized as
			// that rival is (the Greek colonels' Greece stayed NATO's, and
			// the Soviet Union's enemy), and not toward its ally. A state
			// allied with both is drawn toward neither. Otherwise, a pact
			// with one rival not aimed at the other included, its regime
			// decides: a pact made for another war takes no side in this
			// contest (France's treaty of 1944 with the Soviet Union,
			// against Germany, did not keep France from the Cold War's
			// Western side; the Soviet Union annulled it in 1955).
			ta, tb := agents.Polarization(w.p.Polarization, hab, &w.nations[i], &w.nations[a], &w.nations[b])
			ta, tb = systemSide(&w.nations[i], &w.nations[a], &w.nations[b], ta, tb)
			ia, ib := w.shareAlliance(i, a), w.shareAlliance(i, b)
			switch {
			case ia && ib:
				ta, tb = 0, 0
			case ia && w.alliedAgainst(i, a, b):
				ta = 0
				_, tb = agents.Polarization(w.p.Polarization, hab, &w.nations[a], &w.nations[a], &w.nations[b])
			case ib && w.alliedAgainst(i, b, a):
				tb = 0
				ta, _ = agents.Polarization(w.p.Polarization, hab, &w.nations[b], &w.nations[a], &w.nations[b])
			}
			next[i*n+a] += ta
			next[a*n+i] += ta
			next[i*n+b] += tb
			next[b*n+i] += tb
		}
	}
	if w.polar == nil {
		w.polar = make([]float64, n*n)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if k := i*n + j; next[k] != w.polar[k] {
				w.polar[k], w.polar[j*n+i] = next[k], next[j*n+i]
				w.touchPair(i, j)
			}
		}
	}
}

// systemSide keeps a third state i from being drawn against the rival whose
// economic system it shares, when the rivals' systems differ: a contest
// between a command economy and market economies is over property as much
// as over liberty, and Polity's scale, which measures only the second,
// would put the anti-communist autocracies (Taiwan, South Korea, Thailand,
// Franco's Spain; the Latin American juntas) beside the Soviet Union, whose
// order they were built against. A market autocracy is then drawn toward
// neither rival; a market democracy against the command economy, a command
// economy against the market one, as their regimes already say. Between
// rivals of one system (Germany and Britain in the 1930s) regimes alone
// decide, as before. A state allied with one rival in a pact aimed at the
// other takes its ally's side whatever its system (polarize, after this).
func systemSide(i, a, b *agents.Nation, ta, tb float64) (float64, float64) {
	if a.Command == b.Command {
		return ta, tb
	}
	if i.Command == a.Command {
		return 0, tb
	}
	return ta, 0
}

// alliedAgainst reports whether i shares with r a pact that has o among its
// adversaries (scope.go).
func (w *World) alliedAgainst(i, r, o int) bool {
	for _, a := range w.memberships[i] {
		if a.isMember[r] && w.scopeAt(a, o) > 0 {
			return true
		}
	}
	return false
}
