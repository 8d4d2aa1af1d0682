package sim

import (
	"slices"
	"sync/atomic"

	"entente/agents"
)

// buildProximity fills the static distance and proximity matrices.
// π_ij is i's exposure to j: j's reach sets the range (Boulding's
// loss-of-strength gradient). An island state is further shielded by the
// sea from powers whose reach does not exceed d0.
//
// Each row is i's alone, so a large world's rows are shared between two
// cores (shareWork), each row by the serial formula.
func (w *World) buildProximity() {
	n := len(w.nations)
	if !w.shareWork((*World).proximityShare) {
		for i := 0; i < n; i++ {
			w.proximityRow(i)
		}
	}
	transpose(w.proximityT.RawMatrix().Data, w.proximity.RawMatrix().Data, n)
}

// proximityRow fills row i of the proximity matrix.
func (w *World) proximityRow(i int) {
	a := &w.nations[i]
	for j := range w.nations {
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
		if w.seaBorne(i, j) {
			pi *= w.p.SeaFactor
		}
		w.proximity.Set(i, j, pi)
	}
}

// proximityRows is how many rows one claim of proximityShare covers.
const proximityRows = 16

// proximityShare fills the rows it claims from next.
func (w *World) proximityShare(next *atomic.Int64) {
	eachClaimed(next, len(w.nations), proximityRows, w.proximityRow)
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
	events := len(w.touchedPairs) // the pairs the tick's events touched; polarize's follow
	w.polarize()
	if len(w.touchedList) == 0 && len(w.touchedPairs) == 0 {
		return
	}
	n := len(w.nations)
	set := w.newRelationSetter()
	// Each ordered pair once: (j, i) is set from j's row when j was
	// touched too (a whole rebuild touches every state, and setting both
	// from both rows had it compute every pair twice over: half of the
	// setting up of a 5,000-state world). So no entry is set from two
	// rows, and a large world's rows are shared between two cores.
	if !w.shareRelations() {
		for _, i := range w.touchedList {
			set.rowAndColumn(i)
		}
	}
	// An event's pair may be touched twice, and polarize's again; polarize
	// touches each pair once, so its pairs, which in a world with an
	// ideological contest are most pairs of the system each tick, are
	// shared between two cores (sharePairs) after the events' are set.
	for _, p := range w.touchedPairs[:events] {
		set.pair(p[0], p[1])
		set.pair(p[1], p[0])
	}
	if !w.sharePairs(events) {
		for _, p := range w.touchedPairs[events:] {
			set.pair(p[0], p[1])
			set.pair(p[1], p[0])
		}
	}
	// An alliance's caches at l (the members' summed hostility toward l, the
	// majority's hostility toward l) read H_ml for its members m only. They
	// change wholly when a member was touched; else at every touched l,
	// and at l = y for each touched pair (m, y) with m a member: nowhere
	// else did a member's hostility change. Each is recomputed from H as a
	// whole refresh would, so skipping the others changes nothing.
	adj := w.pairAdjacency()
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		if slices.ContainsFunc(a.Members, func(m int) bool { return w.touched[m] }) {
			w.refreshHostility(a)
			continue
		}
		w.refreshStamp++
		if w.refreshStamp == 0 { // wrapped: clear once in 2³² alliances
			clear(w.refreshedAt)
			w.refreshStamp = 1
		}
		ls := w.refreshLs[:0]
		for _, l := range w.touchedList {
			w.refreshedAt[l] = w.refreshStamp
			ls = append(ls, l)
		}
		for _, m := range a.Members {
			for _, y := range adj.of(m) {
				if w.refreshedAt[y] != w.refreshStamp {
					w.refreshedAt[y] = w.refreshStamp
					ls = append(ls, y)
				}
			}
		}
		w.refreshLs = ls
		// Many of them (a member in an ideological rivalry: every state's
		// polarization toward it moves each tick): all at once, member row
		// by member row, the same caches.
		if 4*len(ls) > n {
			w.refreshHostility(a)
			continue
		}
		for _, l := range ls {
			w.refreshHostilityAt(a, l)
		}
	}
	for _, i := range w.touchedList {
		w.touched[i] = false
	}
	w.touchedList = w.touchedList[:0]
	w.touchedPairs = w.touchedPairs[:0]
}

// pairLists lists, per state, the other ends of the touched pairs (both
// ways), in one array: the ends of x are ends[start[x]:start[x+1]].
type pairLists struct {
	start, ends []int
}

func (p pairLists) of(x int) []int { return p.ends[p.start[x]:p.start[x+1]] }

// pairAdjacency builds the pair lists of the tick's touched pairs in the
// world's scratch.
func (w *World) pairAdjacency() pairLists {
	n := len(w.nations)
	if len(w.refreshedAt) != n {
		w.refreshedAt = make([]uint32, n)
		w.refreshStamp = 0
	}
	start := w.pairStart[:0]
	for range n + 1 {
		start = append(start, 0)
	}
	for _, p := range w.touchedPairs {
		start[p[0]+1]++
		start[p[1]+1]++
	}
	for x := range n {
		start[x+1] += start[x]
	}
	ends := w.pairEnds[:0]
	for range 2 * len(w.touchedPairs) {
		ends = append(ends, 0)
	}
	fill := w.pairFill[:0]
	fill = append(fill, start[:n]...)
	for _, p := range w.touchedPairs {
		ends[fill[p[0]]] = p[1]
		fill[p[0]]++
		ends[fill[p[1]]] = p[0]
		fill[p[1]]++
	}
	w.pairStart, w.pairEnds, w.pairFill = start, ends, fill
	return pairLists{start, ends}
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
