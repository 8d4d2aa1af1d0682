package sim

import (
	"math"
	"slices"

	"entente/agents"
)

// A state's anchor is its own level of defence spending, the fixed effect
// of the demand literature, and the budget rule moves it only by the
// change of the state's threat burden, its income and its regime. History's
// shares also return toward their era's level: over every built-in era's
// reference shares a state keeps about a quarter of its distance (in log
// share) from its era's median and the rest returns at about 7 % a year
// (go run ./scripts/reversion; MODEL-NOTES, "Looked at: how fast shares
// revert, by horizon"). A return of every anchor toward the median took
// away the levels the superpowers' rivalry held for forty years
// (MODEL-NOTES, "Tried and not kept: the anchor returning toward its era's
// level at the data's rates"). What returns is the legacy of a threat that
// has passed: a state whose threat has fallen below its level at the
// anchor lets its anchor return toward the era's median, as fast as the
// data's rate times the part of the threat that has gone, and one whose
// threat holds keeps its level:
//
//	s_a(t) = m^(1 − w)·s_a^w,   w = p + (1 − p)·e^(−ρ·τ),
//	dτ/dt = max(0, 1 − T̂/T̂_a),
//
// m the median of the scenario's first shares (each state's share at the
// start, or at its entry), T̂ the perceived threat the budget answers and
// T̂_a its first positive value, p `revert_kept` and ρ `revert_rate`. The
// clock τ only runs forward: a threat that rises again stops the return
// and the threat term answers it; it does not restore the legacy.

// legacy is each nation's return clock and the threat of its anchor.
type legacy struct {
	median float64   // m: the median of the scenario's positive first shares (0: none)
	years  []float64 // τ_i: years of return accumulated
	threat []float64 // T̂_a: the first positive threat the state's budget answered (0: none yet)
}

// newLegacy starts every clock at 0 for the nations' first shares.
func newLegacy(nations []agents.Nation) legacy {
	return legacy{median: FirstShareMedian(nations), years: make([]float64, len(nations)), threat: make([]float64, len(nations))}
}

// FirstShareMedian is the median of the nations' positive first shares
// (each one's share at the start, or at its entry), the mean of the middle
// two when their number is even: the era's level an anchor returns toward
// (0: no positive share).
func FirstShareMedian(nations []agents.Nation) float64 {
	var first []float64
	for _, n := range nations {
		if n.Share > 0 {
			first = append(first, n.Share)
		}
	}
	if len(first) == 0 {
		return 0
	}
	slices.Sort(first)
	k := len(first)
	return (first[(k-1)/2] + first[k/2]) / 2
}

// ReturnedShare is a share s after years of return toward m: it keeps the
// part kept of its distance from m in logs and the rest returns at rate a
// year, s^w·m^(1 − w) with w = kept + (1 − kept)·e^(−rate·years). A share
// of no forces, a median of none, or no years keeps s.
func ReturnedShare(s, m, years, kept, rate float64) float64 {
	if s <= 0 || m <= 0 || years <= 0 || rate <= 0 {
		return s
	}
	w := kept + (1-kept)*math.Exp(-rate*years)
	return math.Exp(w*math.Log(s) + (1-w)*math.Log(m))
}

// advance runs nation i's clock over a tick of dt years in which its
// budget answers the threat t.
func (l *legacy) advance(i int, t, dt float64) {
	if l.threat[i] <= 0 {
		l.threat[i] = max(0, t)
		return
	}
	l.years[i] += dt * max(0, 1-t/l.threat[i])
}

// returned is anchor a with its share returned toward the era's median by
// nation i's clock (p the part kept, rho the rate).
func (l *legacy) returned(i int, a agents.Anchor, p, rho float64) agents.Anchor {
	a.Share = ReturnedShare(a.Share, l.median, l.years[i], p, rho)
	return a
}
