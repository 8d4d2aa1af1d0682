package sim

import (
	"slices"
	"sync/atomic"
)

// Exits value every member's stay in every live alliance, each value read
// from the tick's snapshot and the alliances as they stand before anyone
// leaves (departures are applied after the loop). In a large world the
// two cores compute them first, side by side as formation's searches are
// (parallel.go): the world and its shadow claim alliances one at a time
// and value the stays of all its members, so the caches an alliance keeps
// (its scope, its fronts) are written by one side only. The exit rules
// then read the values in their own order. A value is what the serial
// loop computes (a cache changes the work, never a value), so the run is
// the serial run bit for bit: the tests of parallel.go run whole ticks
// with the sharing forced on, exits' as well as formation's. (The serial
// loop may stop at a bound on a value, staybound.go, where the rules read
// only that it clears the exit level; shared, the values are whole, as a
// member's exit level reads marks the loop sets in its order.)

// stayValue is member i's value of staying in a, as exits weighs it (its
// admission κ is no test of staying: not computed).
func (w *World) stayValue(i int, a *Alliance) valuation {
	return w.valueOf(i, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false)
}

// stayValuesSideBySide computes every member's stayValue into its
// alliance's stayValues on two cores, when the world is large enough and
// a second core is there (canShare), and reports whether it did.
func (w *World) stayValuesSideBySide() bool {
	if !w.canShare() {
		return false
	}
	w.freshMajorities()
	// The largest alliances are claimed first, so that the two sides
	// finish together (a large world's few blocs hold most members).
	w.stayOrder = w.stayOrder[:0]
	for _, a := range w.alliances {
		if !a.Dissolved {
			if cap(a.stayValues) < len(a.Members) {
				a.stayValues = make([]valuation, len(a.Members))
			}
			a.stayValues = a.stayValues[:len(a.Members)]
			w.stayOrder = append(w.stayOrder, a)
		}
	}
	slices.SortStableFunc(w.stayOrder, func(a, b *Alliance) int { return len(b.Members) - len(a.Members) })
	return w.shareWork((*World).stayShare)
}

// stayShare values the stays of the alliances it claims from next (in
// stayOrder), until none is left.
func (w *World) stayShare(next *atomic.Int64) {
	eachClaimed(next, len(w.stayOrder), 1, func(k int) {
		a := w.stayOrder[k]
		for m, i := range a.Members {
			a.stayValues[m] = w.stayValue(i, a)
		}
	})
}
