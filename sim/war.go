package sim

import (
	"math"
	"slices"
)

// Wars under way. A scenario's war events (the interstate wars among its
// states, from the declaration or first battle to the peace) put two sides
// at war from a date for a duration, or to the run's end. The model does
// not fight wars; what a war changes is what its belligerents spend
// (warbudget.go) and whom a state allies with: no union
// (a candidate admitted to a pact, or a new pact of two) joins a side of a
// war under way with a state that does not fight that war, when the enemy
// would be an adversary of the pact. Admitting a belligerent would bring
// every member into a war under way, and joining a belligerent's pact would
// bring the candidate in: entrapment at its surest (Snyder 1984). NATO's
// Study on Enlargement (1995, §6) asks candidates to settle their disputes
// before they join; no state made a mutual-defence treaty with Ukraine after
// 2022 (the bilateral security agreements of 2024 pledge support, not
// defence).
// Co-belligerents lose nothing by it: Greece and Turkey, both fighting in
// Korea, joined NATO in 1952, whose leader fought there too. And two states
// at war with each other make no pact, whoever the pact's adversaries.

// war is a war under way: its two sides, its last tick (the peace), and
// the start and end of its fighting in years from the run's start, which
// set the part of each tick whose budgets it raises (warbudget.go); the
// fighting may end at an armistice before the peace.
type war struct {
	a, b     []int
	until    int     // last tick at war (inclusive)
	from, to float64 // the fighting [yr from the run's start]; to +Inf: to the run's end

	income, spend [2]float64 // sides a and b: GDP and military budgets at the start of phase 4 (warbudget.go)
	standing      [2]float64 // sides a and b: the budgets of their peace paths, without what the war adds (displacement.go)
	// peak is, per side and member (in the order of a and b), the largest
	// lesson the war taught the member over the ticks it was fought: what
	// it demanded against the enemy's standing budgets over the member's
	// peace-time desire (displacement.go's warLesson).
	peak [2][]float64
}

// startWar records war event e's sides a and b from this tick, for
// e.Duration ticks (0: to the end of the run), with its dates (e.From,
// e.To; whole ticks when the event has none).
func (w *World) startWar(a, b []int, e Event) {
	until, from, to := math.MaxInt, e.From, e.To
	if e.Duration > 0 {
		until = w.tick + e.Duration - 1
	}
	if from == 0 && to == 0 {
		from = float64(w.tick) * w.dt
		if e.Duration > 0 {
			to = float64(until+1) * w.dt
		}
	}
	if to == 0 {
		to = math.Inf(1)
	}
	// A state on both sides (groups overlap when they are resolved: "all"
	// against a camp) fights neither: it is not at war with its own side.
	var both []int
	for _, i := range a {
		if slices.Contains(b, i) {
			both = append(both, i)
		}
	}
	onBoth := func(i int) bool { return slices.Contains(both, i) }
	x := war{
		a:     slices.DeleteFunc(slices.Clone(a), onBoth),
		b:     slices.DeleteFunc(slices.Clone(b), onBoth),
		until: until, from: from, to: to,
	}
	x.peak = [2][]float64{make([]float64, len(x.a)), make([]float64, len(x.b))}
	w.wars = append(w.wars, x)
	w.chainWar(x)
}

// endWars drops the wars that ended before this tick (phase 1), after
// their belligerents' peace budgets take what they displaced, so that the
// tests of formation find none to scan once the scenario's wars are over
// (the Cold War's end in 1962). The tests still read until: between ticks,
// tick has moved on and the next phase 1 has not yet pruned.
func (w *World) endWars() {
	w.displace() // displacement.go
	w.wars = slices.DeleteFunc(w.wars, func(x war) bool { return x.until < w.tick })
}

// warYears is how long i and l have been at war by the end of this tick,
// in years of the fighting: from the first day of the first of their wars
// in a chain without a break (warChain) to the tick's end or the chain's
// last day. A war the scenario writes in phases (COW's Gulf War: Iraq
// against Kuwait, then against the coalition) is one war.
func (w *World) warYears(i, l int) float64 {
	c, ok := w.warChains[pairKey(i, l, len(w.nations))]
	if !ok {
		return 0
	}
	now := float64(w.tick+1) / float64(w.cfg.TicksPerYear)
	return max(0, min(now, c.to)-c.from)
}

// warChain is a pair's fighting without a break: from the first day of
// its first war to the last day of its latest (+Inf: to the run's end).
type warChain struct{ from, to float64 }

// warChainGap is the longest break between two wars of a pair that still
// makes them one: a month, the precision of a war's dates in a scenario.
const warChainGap = 1.0 / 12

// chainWar records war x on the chains of the pairs it sets against each
// other: a war that begins within warChainGap of the end of the pair's
// last (or while it is under way) extends its chain; another starts a new
// one.
func (w *World) chainWar(x war) {
	if w.warChains == nil {
		w.warChains = map[int]warChain{}
	}
	n := len(w.nations)
	for _, i := range x.a {
		for _, l := range x.b {
			k := pairKey(i, l, n)
			c, ok := w.warChains[k]
			if !ok || x.from > c.to+warChainGap {
				c = warChain{from: x.from, to: x.to}
			}
			c.to = max(c.to, x.to)
			w.warChains[k] = c
		}
	}
}

// pairKey is the unordered pair {i, j}'s key among n states.
func pairKey(i, j, n int) int { return min(i, j)*n + max(i, j) }

// atWar reports whether i and l are on opposite sides of a war under way.
func (w *World) atWar(i, l int) bool {
	for _, x := range w.wars {
		if w.tick > x.until {
			continue
		}
		if (slices.Contains(x.a, i) && slices.Contains(x.b, l)) || (slices.Contains(x.b, i) && slices.Contains(x.a, l)) {
			return true
		}
	}
	return false
}

// enemyAtWar is a member of a at war with i, or an adversary a would have
// with i as a member (σ > 0 with i, scopeWith) at war with one side of the
// union and not with the other: i fights it and no member does, or a member
// fights it and i does not.
// It is the reason a's members would not admit i (or i would not join);
// ok is false when there is none.
func (w *World) enemyAtWar(i int, a *Alliance) (l int, ok bool) {
	if len(w.wars) == 0 {
		return -1, false
	}
	return w.splitByWar(i, a.Members, func(l int) bool { return !a.isMember[l] && w.scopeWith(a, i, l) > 0 })
}

// pairAtWar is enemyAtWar for a new pact of i and j: j itself, at war with
// i, or a common enemy of the two (σ > 0 in the pact's scope) that one of
// them fights and the other does not.
func (w *World) pairAtWar(i, j int) (l int, ok bool) {
	if len(w.wars) == 0 {
		return -1, false
	}
	return w.splitByWar(i, []int{j}, func(l int) bool { return w.pactScope(i, j, l) > 0 })
}

// splitByWar finds a state at war with i among others (the union would
// join enemies), or a state l at war, under a war event still running, with
// i or with one of others, and not with both sides of the union (i fights it
// and none of others does, or one of others does and i does not), among the
// states inScope accepts.
func (w *World) splitByWar(i int, others []int, inScope func(l int) bool) (int, bool) {
	for _, m := range others {
		if w.atWar(i, m) {
			return m, true // enemies in a war under way make no union
		}
	}
	for _, x := range w.wars {
		if w.tick > x.until {
			continue
		}
		for _, side := range [2][]int{x.a, x.b} {
			for _, l := range side {
				if l == i || !w.nations[l].Active || !inScope(l) {
					continue
				}
				iFights := w.atWar(i, l)
				othersFight := false
				for _, m := range others {
					if m != l && w.atWar(m, l) {
						othersFight = true
						break
					}
				}
				if iFights != othersFight {
					return l, true
				}
			}
		}
	}
	return -1, false
}
