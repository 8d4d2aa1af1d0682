package validate

import (
	"math"
	"slices"

	"entente/sim"
)

// Holding each state's start share is the baseline an era's budgets must
// beat. A referee would ask for a second, statistical one: history's
// shares return toward their era's level (go run ./scripts/reversion: over
// every built-in era's reference shares, a state keeps a part p of its
// distance in log share from its era's median and the rest returns at ρ a
// year), and a forecast that only knows that, from the start's shares,
// needs no model. It is shown beside the budget target as information,
// not as its band: its two constants are fitted on the built-in eras'
// own shares, so it has seen the eras it is read on (an era built later
// has not been seen by it).
//
// The forecast for state i in year y is its first share s_i (its share at
// the start, or at entry for a state that enters later: what holding the
// start's shares holds) moved toward the median m of the states' first
// shares, in logs, by the years t since then:
//
//	ŝ_i(y) = m^(1 − w)·s_i^w,   w = p + (1 − p)·e^(−ρ·t).
const (
	RevertKept = 0.26  // p: the part of a state's distance from its era's level that stays
	RevertRate = 0.074 // ρ: the rate at which the rest returns [1/yr]
)

// RevertingRow names the reverting forecast's row, under the budget
// target of an era judged by the era-independent targets (Generic).
const RevertingRow = "  the first shares returning toward their median, as history's do"

// revertingSource is the row's source.
const revertingSource = "the reference shares; history's return toward an era's median share, pooled over the built-in eras (go run ./scripts/reversion): 0.26 of a state's distance in log share kept, the rest returning at 0.074 a year (validate.RevertKept, RevertRate)"

// revertingShareRMSE is shareRMSE for the reverting forecast (NaN without
// a reference share to judge it on).
func revertingShareRMSE(cfg sim.Config, h *History, states []majorPower, from, to int) float64 {
	firstYear := make([]float64, len(cfg.Nations)) // the year each state's share is of
	for k := range firstYear {
		firstYear[k] = float64(cfg.StartYear)
	}
	for _, e := range cfg.Events {
		if e.Kind == sim.Entry && e.Nation >= 0 && e.Nation < len(firstYear) {
			// its calendar year, whatever the tick length
			y := cfg.YearOf(e.Tick)
			if e.From > 0 {
				y = float64(cfg.StartYear) + e.From
			}
			firstYear[e.Nation] = math.Floor(y)
		}
	}
	var first []float64
	for _, n := range cfg.Nations {
		if n.Share > 0 {
			first = append(first, n.Share)
		}
	}
	if len(first) == 0 {
		return math.NaN()
	}
	m := median(first)
	return forecastRMSE(cfg, h, states, from, to, func(k, y int) float64 {
		return reverted(cfg.Nations[k].Share, m, float64(y)-firstYear[k])
	})
}

// reverted is a share s0 after t years of the return toward m (a state
// without forces, or before its share's year, keeps its share).
func reverted(s0, m, t float64) float64 {
	if s0 <= 0 || t <= 0 {
		return s0
	}
	w := RevertKept + (1-RevertKept)*math.Exp(-RevertRate*t)
	return math.Exp(w*math.Log(s0) + (1-w)*math.Log(m))
}

// median of xs (sorted in place).
func median(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}
