package sim

import (
	"slices"

	"entente/agents"
)

// buildProximity fills the static distance and proximity matrices.
// π_ij is i's exposure to j: j's reach sets the range (Boulding's
// loss-of-strength gradient). An island state is further shielded by the
// sea from powers whose reach does not exceed d0.
func (w *World) buildProximity() {
	n := len(w.nations)
	for i := 0; i < n; i++ {
		a := &w.nations[i]
		for j := 0; j < n; j++ {
			if i == j {
				continue
			}
			b := &w.nations[j]
			var d float64
			if w.cfg.Geometry == Plane {
				d = agents.PlaneDistance(a.PosA, a.PosB, b.PosA, b.PosB)
			} else {
				d = agents.GreatCircle(a.PosA, a.PosB, b.PosA, b.PosB)
			}
			pi := agents.Proximity(d, b.Reach, w.p.MinRange, w.p.Gradient)
			if w.islands[i] && b.Reach <= w.p.MinRange {
				pi *= w.p.SeaFactor
			}
			w.proximity.Set(i, j, pi)
		}
	}
	transpose(w.proximityT.RawMatrix().Data, w.proximity.RawMatrix().Data, n)
}

// rebuildRelations recomputes hostility H and affinity A from rivalries,
// ties, regimes, camps and the running sum of shocks, at the start.
func (w *World) rebuildRelations() {
	for i := range w.nations {
		w.touch(i)
	}
	w.refreshRelations()
}

// touch marks nation i's relations for recomputing: an event changed its
// regime, its camp or a shock it shares.
func (w *World) touch(i int) {
	if len(w.touched) != len(w.nations) {
		w.touched = make([]bool, len(w.nations))
	}
	if !w.touched[i] {
		w.touched[i] = true
		w.touchedList = append(w.touchedList, i)
	}
}

// refreshRelations recomputes the rows and columns of H, A and the
// propensity of the touched nations (each entry by the same formula as a
// whole rebuild, so the same values), and the alliances' caches of them.
func (w *World) refreshRelations() {
	if len(w.touchedList) == 0 && len(w.touchedPairs) == 0 {
		return
	}
	n := len(w.nations)
	rp := w.p.relations()
	noRegime := rp
	noRegime.HostileRegime = 0 // the propensity counts regime distance once
	h, ht, af, pr := w.hostility.RawMatrix().Data, w.hostilityT.RawMatrix().Data, w.affinity.RawMatrix().Data, w.propensity.RawMatrix().Data
	riv, tie, shk := w.rivalry.RawMatrix().Data, w.ties.RawMatrix().Data, w.shocks.RawMatrix().Data
	set := func(i, j int) {
		k := i*n + j
		if i == j {
			h[k], af[k], pr[k], ht[k] = 0, 0, 0, 0
			return
		}
		a, b := &w.nations[i], &w.nations[j]
		r, t, e := riv[k], tie[k], shk[k]
		h[k] = agents.Hostility(rp, r, a, b, e)
		ht[j*n+i] = h[k]
		af[k] = agents.Affinity(rp, t, a, b)
		// agents.Propensity, with the affinity just computed.
		pr[k] = af[k] - agents.Hostility(noRegime, r, a, b, e)
	}
	for _, i := range w.touchedList {
		for j := 0; j < n; j++ {
			set(i, j)
			set(j, i)
		}
	}
	for _, p := range w.touchedPairs {
		set(p[0], p[1])
		set(p[1], p[0])
	}
	// An alliance's cache of the members most hostile to each l changes
	// wholly when a member was touched, else only at the touched l and at
	// both states of a touched pair (each once).
	ends := w.pairEnds[:0]
	for _, p := range w.touchedPairs {
		for _, l := range p {
			if !w.touched[l] {
				w.touched[l] = true // until the end of this call: listed once
				ends = append(ends, l)
			}
		}
	}
	w.pairEnds = ends
	for _, l := range ends {
		w.touched[l] = false
	}
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		if slices.ContainsFunc(a.Members, func(m int) bool { return w.touched[m] }) {
			w.refreshHostTop(a)
			continue
		}
		for _, l := range w.touchedList {
			w.refreshHostTopAt(a, l)
		}
		for _, l := range ends {
			w.refreshHostTopAt(a, l)
		}
	}
	for _, i := range w.touchedList {
		w.touched[i] = false
	}
	w.touchedList = w.touchedList[:0]
	w.touchedPairs = w.touchedPairs[:0]
}

// touchPair marks the relations of one pair for recomputing: a shock
// between them changes nothing else.
func (w *World) touchPair(i, j int) {
	if len(w.touched) != len(w.nations) {
		w.touched = make([]bool, len(w.nations))
	}
	w.touchedPairs = append(w.touchedPairs, [2]int{i, j})
}

// Hostility returns H_ij as of the last tick.
func (w *World) Hostility(i, j int) float64 { return w.hostility.At(i, j) }

// Affinity returns A_ij as of the last tick.
func (w *World) Affinity(i, j int) float64 { return w.affinity.At(i, j) }

// Proximity returns π_ij.
func (w *World) Proximity(i, j int) float64 { return w.proximity.At(i, j) }
