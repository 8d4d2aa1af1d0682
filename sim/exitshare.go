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
// with the sharing forced on, exits' as well as formation's.
//
// The serial loop stops at a bound on a value when the bound clears the
// member's exit level (staybound.go), which reads marks the loop sets in
// its order (a rival held across its rivalry, institutionHold). Side by
// side, the bound is held against the level, or for a rival of the leader,
// whom those marks may hold across the rivalry, against the higher of its
// two levels (stayLevelAhead): a bound that clears it clears the level,
// and is the bound the serial loop keeps. A rival whose bound clears its
// level but not the higher one gets its whole value where the serial loop
// keeps the bound; the rules read of either only that it is not below the
// level, and a crossing's tie the whole value (worth, exit.go), so every
// output is the serial one.

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
				a.stayExact = make([]bool, len(a.Members))
			}
			a.stayValues, a.stayExact = a.stayValues[:len(a.Members)], a.stayExact[:len(a.Members)]
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
		lead := w.leader(a)
		for m, i := range a.Members {
			a.stayValues[m], a.stayExact[m] = w.stayValueAbove(i, a, w.stayLevelAhead(a, m, i, lead))
		}
	})
}

// stayLevelAhead is the exit level of member i (at position k) of a, led
// by lead, as exits will judge it, for the side-by-side values. Only the
// leader's rival has a level the loop's marks decide (acrossTheRivalry:
// a rival held across the rivalry is judged as none); for it, this is the
// higher of its two levels.
func (w *World) stayLevelAhead(a *Alliance, k, i, lead int) float64 {
	_, level, _ := w.stayLevels(i, a, k, lead, false)
	if w.rivals(i, lead) {
		_, asRival, _ := w.stayLevels(i, a, k, lead, true)
		level = max(level, asRival)
	}
	return level
}
