package sim

import (
	"math"
	"sync/atomic"
)

// A nation deliberating over an alliance acts only once some option has
// passed its tests for deliberation years in a row (deliberated). In a
// tick in which its clock cannot have run, what formation asks of it is
// only whether some option passes: none stops its clock, any starts it or
// keeps it running, and which is best is asked again when it may act. Its
// search stops at the first option that passes (anyChoice), instead of
// valuing every option that reaches its value to find the best: in the
// generated 2,000-state world the nations waiting so took a third of
// formation's time. Whether an option passes is what the full search
// computes of it, so the run is the same (TestWaitingIsTheFullSearch).

// waits reports whether i cannot act this tick whatever its options:
// deliberation is on and i has not meant to ally for deliberation years
// (deliberated would start its clock, or find it short).
func (w *World) waits(i int) bool {
	if w.p.Deliberation <= 0 || w.fullScan {
		return false
	}
	if len(w.intents) != len(w.nations) || !w.intents[i].set {
		return true
	}
	return w.tick-w.intents[i].since < w.deliberationTicks()
}

// anyChoice reports whether some option of i's passes its tests, the
// partners that acted this tick left out: bestChoice(i, acted).ok.
func (w *World) anyChoice(i int, acted []bool) bool {
	if w.splitsOptions() {
		return w.anyChoiceSideBySide(i, acted)
	}
	return w.anyChoiceHere(i, acted)
}

// anyChoiceHere is anyChoice on this world's core alone.
func (w *World) anyChoiceHere(i int, acted []bool) bool {
	var found atomic.Bool
	var next atomic.Int64
	w.anyShare(i, acted, &next, &found)
	return found.Load()
}

// anyChoiceSideBySide is anyChoice on two cores: the world and its shadow
// claim options as bestChoiceSideBySide's do, and both stop once either
// has found one that passes.
func (w *World) anyChoiceSideBySide(i int, acted []bool) bool {
	h := w.helper
	w.freshMajorities()
	var found atomic.Bool
	h.work = func(sh *World, next *atomic.Int64) { sh.anyShare(i, acted, next, &found) }
	h.alongside(w.syncShadow(), func() { w.anyShare(i, acted, &h.next, &found) })
	return found.Load()
}

// anyShare searches the options it claims from next, as searchShare
// claims them (an alliance, then a chunk of partners), until one passes
// (found) or none is left.
func (w *World) anyShare(i int, acted []bool, next *atomic.Int64, found *atomic.Bool) {
	var v valuation
	var p pact
	f, nA, n := w.claimable(i)
	for !found.Load() {
		k := int(next.Add(1)) - 1
		if k < nA {
			if w.joinOption(i, w.alliances[k], math.Inf(-1), &v) {
				found.Store(true)
			}
			continue
		}
		lo := (k - nA) * partnerChunk
		if lo >= n {
			return
		}
		for j := lo; j < min(lo+partnerChunk, n); j++ {
			if w.pairOption(i, j, acted, &f, math.Inf(-1), &p) {
				found.Store(true)
				return
			}
		}
	}
}
