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

// grow is phase 2: GDP grows at trend less the guns-versus-butter drag,
// plus event shocks and noise; debt accrues interest, is diluted by the
// growth realised, and takes deficits and last tick's allied credit;
// fiscal pressure follows debt.
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
		n.GDP = agents.GrowGDP(n, ep, w.dt, shock[i], noise)
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
