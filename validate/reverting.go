package validate

import "entente/sim"

// Holding each state's start share is the baseline an era's budgets must
// beat. A referee would ask for a second, statistical one: history's
// shares return toward their era's level (go run ./scripts/reversion: over
// every built-in era's reference shares, a state keeps a part p of its
// distance in log share from its era's median and the rest returns at ρ a
// year), and a forecast that only knows that, from the start's shares,
// needs no model. It is shown beside the budget target as information,
// not as its band: its two constants are fitted on the built-in eras'
// own shares, so it has seen the eras it is read on (an era built later
// has not been seen by it). They are the model's defaults `revert_kept`
// and `revert_rate`, which the fit sets (sim/legacy.go; the reversion
// script's test holds them to it), read from the defaults, not the run's
// configuration: a baseline does not move with the model's constants.
//
// The forecast for state i in year y is its first share s_i (its share at
// the start, or at entry for a state that enters later: what holding the
// start's shares holds) returned toward the median m of the states' first
// shares by the years since then (sim.ReturnedShare, sim.FirstShareMedian).

// RevertingRow names the reverting forecast's row, under the budget
// target of an era judged by the era-independent targets (Generic).
const RevertingRow = "  the first shares returning toward their median, as history's do"

// revertingSource is the row's source.
const revertingSource = "the reference shares; history's return toward an era's median share, pooled over the built-in eras (go run ./scripts/reversion): 0.26 of a state's distance in log share kept, the rest returning at 0.074 a year (the defaults of revert_kept and revert_rate)"

// revertingShareRMSE is shareRMSE for the reverting forecast (NaN without
// a reference share to judge it on).
func revertingShareRMSE(cfg sim.Config, h *History, states []majorPower, from, to int) float64 {
	firstYear := make([]int, len(cfg.Nations)) // the year each state's first share is of
	for k := range firstYear {
		firstYear[k] = cfg.StartYear
	}
	for _, e := range cfg.Events {
		if e.Kind == sim.Entry && e.Nation >= 0 && e.Nation < len(firstYear) {
			firstYear[e.Nation] = int(cfg.YearOf(e.Tick)) // its calendar year, whatever the tick length
		}
	}
	m, d := sim.FirstShareMedian(cfg.Nations), sim.DefaultParams()
	return forecastRMSE(cfg, h, states, from, to, func(k, y int) float64 {
		return sim.ReturnedShare(cfg.Nations[k].Share, m, float64(y-firstYear[k]), d.RevertKept, d.RevertRate)
	})
}
