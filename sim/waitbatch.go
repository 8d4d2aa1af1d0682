package sim

import (
	"sync"
	"sync/atomic"
)

// Waiting nations side by side. Formation goes through the nations in
// their seeded order, and only a move (a join or a founding) changes what
// the nations after it see. A waiting nation (waits) never moves: it asks
// only whether some option passes, and writes only its own clock. So the
// waiting nations between two that may act all see the same world, and
// their searches are independent: the world and its shadow claim them one
// by one and search each whole (anyShare), and their clocks are then set
// in the order, as the serial loop sets them. Most nations wait in most
// ticks (850 of 1,000 in the generated 1,000-state world after ten years),
// and one hand-over a run of them costs less than one a nation, which
// searching a nation's options side by side pays (parallelFrom): in a
// world of 200 states, where that does not pay, this does.
//
// Two searches now read the same alliance at once, so the caches an
// alliance keeps for them are brought up to date before they start, or
// filled under the alliance's lock (readyAlliances); κ's memo and the pair
// verdicts are shared atomically, as in the side-by-side search.

// lockCache locks a's caches while waiting nations are searched side by
// side (lockCaches), for the first search that needs one to fill it, and
// returns the lock to release (nil otherwise: one search alone).
func (w *World) lockCache(a *Alliance) *sync.Mutex {
	if !w.lockCaches {
		return nil
	}
	a.cacheMu.Lock()
	return &a.cacheMu
}

// unlock releases what lockCache locked, if anything.
func unlock(m *sync.Mutex) {
	if m != nil {
		m.Unlock()
	}
}

// settleWaiting settles the waiting nations of order from position k on,
// up to the first that may act (or the end): whether each has an option,
// side by side when there are two or more of them, and then each clock in
// the order. It returns the position of the first nation not settled.
func (w *World) settleWaiting(order []int, k int, acted []bool) int {
	run := w.waitRun[:0]
	end := k
	for ; end < len(order); end++ {
		i := order[end]
		if !w.nations[i].Active || acted[i] {
			continue // the loop skips it
		}
		if !w.waits(i) {
			break
		}
		run = append(run, i)
	}
	w.waitRun = run
	if len(run) < 2 {
		for _, i := range run {
			w.settle(i, w.anyChoice(i, acted))
		}
		return end
	}
	if cap(w.waitFound) < len(run) {
		w.waitFound = make([]bool, len(run))
	}
	found := w.waitFound[:len(run)]
	w.waitBatches++
	w.readyAlliances()
	h := w.helper
	h.work = func(sh *World, next *atomic.Int64) { sh.searchWaiting(run, acted, found, next) }
	w.lockCaches = true // and the shadow's, copied from w
	h.alongside(w.syncShadow(), func() { w.searchWaiting(run, acted, found, &h.next) })
	w.lockCaches = false
	for x, i := range run {
		w.settle(i, found[x])
	}
	return end
}

// searchWaiting searches the waiting nations it claims from next, one at a
// time, each whole on this world: found[x] is whether run[x] has an option.
func (w *World) searchWaiting(run []int, acted []bool, found []bool, next *atomic.Int64) {
	for {
		x := int(next.Add(1)) - 1
		if x >= len(run) {
			return
		}
		found[x] = w.anyChoiceHere(run[x], acted)
	}
}

// settle sets a waiting nation's clock: no option starts it again, any
// starts it or keeps it running.
func (w *World) settle(i int, found bool) {
	if !found {
		w.forgetIntent(i)
		return
	}
	w.deliberated(i)
}

// readyAlliances brings up to date the caches a live alliance keeps that
// nearly every search reads (its majority ranks, scope, leader and join
// table), so that searches side by side only read them. Those already up
// to date cost a check; a move changes one alliance's. The caches only
// some searches reach (its wider list and wider pacts, bound sums,
// admission sums, members' fear and fronts) are filled by the first search
// that needs one, under the alliance's lock (lockCaches): readied for
// every alliance after every move, they took a tenth of a 5,000-state
// world's ticks.
func (w *World) readyAlliances() {
	for _, a := range w.alliances {
		if a.Dissolved || len(a.Members) == 0 {
			continue
		}
		w.freshMajority(a)
		w.scopeOf(a)
		w.leader(a)
		if len(a.Members) >= joinTableMin { // the smaller keep none (joinTableMin)
			w.joinTableOf(a)
		}
	}
}
