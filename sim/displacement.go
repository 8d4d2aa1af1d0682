package sim

import (
	"math"
	"slices"

	"entente/agents"
)

// Displacement: a war against a rival leaves its belligerents' peace
// budgets higher than it found them, for a time. Spending raised by a war
// does not return to its pre-war level when the war ends (Peacock &
// Wiseman 1961, The Growth of Public Expenditure in the United Kingdom:
// the displacement effect; Rasler & Thompson 1985, APSR 79(2), for the
// great powers' wars), and a rivalry that a war did not settle is armed
// for the next round: Israel's and Egypt's shares stood higher after each
// of the wars of 1956, 1967 and 1973 than before it, India's doubled after
// 1962 and stayed there, the United States' of 1955 was twice its share
// of 1949. When a war ends, each belligerent still in a strategic rivalry
// with a state of the other side takes a displacement of its anchored
// share,
//
//	D_i ← D_i + ln min(r_w, peak_i),   s_a,i → s_a,i·e^(D_i),
//
// peak_i the largest ratio, over the ticks it was fought, of what the war
// demanded of it against the enemy's standing forces (warbudget.go's s_war
// with the enemy side's peace-path budgets, without the war's escalation)
// to its peace-time desire: how far short the war showed its peace budget
// to be. The displacement fades as the war's lessons age, D_i decaying
// exponentially at ρ_w a year (by e^(−ρ_w·dt) a tick, the same at any tick
// length). Wars that end a quarrel, or are fought with a state the
// data record no rivalry with, displace nothing: Denmark against Prussia
// in 1848–51 and 1864, France against Spain in 1823; the belligerents of
// that kind disarmed. Successive wars compound (each a new lesson: Israel's
// and Egypt's shares ratcheted up war by war), but the entries that end in
// one tick count once, by the largest: a war the data split into several
// (the Crimean War's entrants of 1853, 1854 and 1855) is one lesson. The
// displaced anchor is at most s_max.

// displace is phase 1's part of the displacement, before endWars drops
// the wars that ended: every displacement fades by one tick, then each
// belligerent of those wars takes the largest of their lessons, added to
// what its earlier wars left, the displaced anchor kept at most s_max.
// This tick's budget reads the result (displacedAnchor).
func (w *World) displace() {
	fade := math.Exp(-w.p.RatchetFade * w.dt)
	for i, d := range w.displaced {
		if d != 0 {
			w.displaced[i] = d * fade
		}
	}
	if w.p.WarRatchet <= 1 || !slices.ContainsFunc(w.wars, func(x war) bool { return x.until < w.tick }) {
		return
	}
	lesson := w.scratchRow(&w.lesson, len(w.nations))
	clear(lesson)
	for k := range w.wars {
		x := &w.wars[k]
		if x.until >= w.tick {
			continue
		}
		for s, side := range [2][]int{x.a, x.b} {
			enemies := [2][]int{x.b, x.a}[s]
			for m, i := range side {
				if x.peak[s][m] > 1 && w.nations[i].Active && w.rivalOfAny(i, enemies) {
					lesson[i] = max(lesson[i], math.Log(min(w.p.WarRatchet, x.peak[s][m])))
				}
			}
		}
	}
	for i, d := range lesson {
		if d == 0 {
			continue
		}
		// No displacement takes the anchored share past s_max, where the
		// rule's desire stops: rounds of war add no further (and the
		// factor stays finite however many there are).
		w.displaced[i] += d
		if a := w.anchor[i]; a.Share > 0 {
			w.displaced[i] = min(w.displaced[i], max(0, math.Log(w.nations[i].Policy.MaxShare/a.Share)))
		}
	}
}

// rivalOfAny reports whether a strategic rivalry of the data is in force,
// either way, between i and one of ls.
func (w *World) rivalOfAny(i int, ls []int) bool {
	return slices.ContainsFunc(ls, func(l int) bool { return w.rivalry.At(i, l) > 0 || w.rivalry.At(l, i) > 0 })
}

// warLesson is what war x shows side own's member i its peace budget
// lacks: the war's demand on it (warNeed), min(s_max, max(min(ω_w·
// B°_enemy/Y_own, s̄_w), (1 + ε_w)·s*)), over its peace-time desire s*,
// with the enemy side's standing budgets B° (its peace paths' spending,
// without what the war adds). The war's own escalation is left out: it is the war's, consumed
// by it (warbudget.go), and how much of it a tick sees depends on the
// tick's length, where the rival's standing strength does not.
func (w *World) warLesson(x *war, own, i int, peace float64) float64 {
	return w.warNeed(w.p.WarMatch*x.standing[1-own]/x.income[own], i, peace) / peace
}

// displacedAnchor is nation i's anchor with its war displacement applied
// to the share.
func (w *World) displacedAnchor(i int) agents.Anchor {
	a := w.anchor[i]
	if d := w.displaced[i]; d != 0 {
		a.Share *= math.Exp(d)
	}
	return a
}

// Displacement returns the factor by which nation i's wars against rivals
// raise its anchored share in this tick's budget (1: none).
func (w *World) Displacement(i int) float64 { return math.Exp(w.displaced[i]) }
