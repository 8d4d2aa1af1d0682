package validate

import (
	"fmt"
	"math"

	"entente/sim"
)

// An era a researcher builds from the data (cmd/scenariogen writes its
// state codes and reference shares beside the built-in eras') has no
// targets of its own until someone writes them. It is judged meanwhile by
// what every era shares: whether its alliances agree with ATOP better than
// the baselines of its own inputs, and whether its budgets come nearer
// history than holding each state's share of the start. Those are the two
// questions the built-in eras' targets ask first; an era that fails them
// has no skill, whatever its particular targets.

// Generic returns the era-independent targets of a world whose scenario
// has reference data (state codes for ATOP) but no target set. Under the
// budget target come, as information, the two forecasts that need no
// model: holding the start's shares (the band) and the first shares
// returning toward their median (reverting.go).
func Generic(cfg sim.Config, h *History) []Target {
	from := cfg.StartYear + max(1, int(math.Round(cfg.ShareYears))) // after the years the start shares were measured over
	// Every state, each counted from the same year (majorPower is a state
	// and the first year it counts).
	var states []majorPower
	for _, n := range cfg.Nations {
		states = append(states, majorPower{n.ID, from})
	}
	held := startShareRMSE(cfg, h, states, from, cfg.EndYear)
	src := "the reference shares (scenarios/data/reference-shares.csv); the band: holding each state's share of the start"
	budgets := Target{
		Name:   fmt.Sprintf("Every state's defence share, RMSE over %d–%d (points)", from, cfg.EndYear),
		Source: src, History: fmt.Sprintf("≤ %.2f", 100*held), Unit: "points", Lo: 0, Hi: held,
		Measure: func(r *Record) (float64, bool) { return shareRMSE(r, h, states, from, cfg.EndYear) },
	}
	if math.IsNaN(held) { // no reference share after the start: nothing to judge
		budgets = info(budgets.Name, src, "points", math.NaN())
	}
	ts := []Target{budgets, info("  holding each state's share of the start", src, "points", held),
		info(RevertingRow, revertingSource, "points", revertingShareRMSE(cfg, h, states, from, cfg.EndYear))}
	return append(ts, membership(cfg, h, cfg.StartYear, min(cfg.EndYear, atopLast), math.NaN())...)
}
