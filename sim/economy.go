package sim

import (
	"math"

	"entente/agents"
)

// timedShock is a recession or growth event in force: a change of growth
// [1/yr] for a set of nations until a tick.
type timedShock struct {
	nations []int
	delta   float64
	until   int // last tick in force
}

// grow is phase 2: GDP grows at the year's growth (its growth path's
// where its scenario gives one for the year, its trend elsewhere) less the
// guns-versus-butter drag, plus event shocks and noise; debt accrues
// interest, is diluted by the growth realised, and takes deficits and last
// tick's allied credit; fiscal pressure follows debt.
func (w *World) grow() {
	ep := w.p.economy()
	shock := w.scratchRow(&w.shock, len(w.nations))
	clear(shock)
	live := w.growthShocks[:0]
	for _, s := range w.growthShocks {
		if s.until < w.tick {
			continue
		}
		for _, i := range s.nations {
			shock[i] += s.delta * w.dt
		}
		live = append(live, s)
	}
	w.growthShocks = live

	sqdt := math.Sqrt(w.dt)
	year := w.cfg.StartYear + w.tick/w.cfg.TicksPerYear // the tick's calendar year
	for i := range w.nations {
		n := &w.nations[i]
		// Draw for every nation, active or not, so that one nation's entry
		// does not shift every other nation's noise.
		noise := w.rngEconomy.NormFloat64() * n.Volatility * sqdt
		if !n.Active {
			continue
		}
		credit := 0.0
		if n.GDP > 0 {
			credit = w.creditPrev[i] / n.GDP
		}
		before := n.GDP
		n.GDP = agents.GrowGDP(n, ep, w.dt, perTick(w.trendAt(i, year), w.dt), shock[i], noise)
		grown := 1.0
		if before > 0 {
			grown = n.GDP / before
		}
		n.Debt = agents.NextDebt(n, ep, w.dt, grown, credit)
		pressed := n.Pressure
		n.Pressure = agents.FiscalPressure(n.Debt, ep)
		w.defaulting[i] = pressed < w.p.DefaultAt && n.Pressure >= w.p.DefaultAt
	}
}

// trendAt is the growth nation i follows in calendar year y, before the
// drag, the events and the noise: its growth path's figure for that year
// where its scenario gives one, its trend g elsewhere.
func (w *World) trendAt(i, y int) float64 {
	if i < len(w.cfg.GrowthPaths) {
		p := &w.cfg.GrowthPaths[i]
		if k := y - p.From; k >= 0 && k < len(p.Growth) {
			return p.Growth[k]
		}
	}
	return w.nations[i].Growth
}

// perTick is the rate that, applied as g·dt in each of a year's ticks,
// compounds to a year's growth g: ((1 + g)^dt − 1)/dt, g itself at one
// tick a year. A year of the data's growth path can be large (Libya's
// +125 % of 2012), and g·dt twelve times a year would compound it to
// +229 %: the same year at any tick length.
func perTick(g, dt float64) float64 {
	if dt == 1 || g <= -1 {
		return g
	}
	return (math.Pow(1+g, dt) - 1) / dt
}
