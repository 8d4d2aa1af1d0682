package main

import (
	"math"

	"entente/scripts/internal/eras"
	"entente/sim"
	"entente/validate"
)

// change is one state's ten years (validate.ShareDecades: the decades the
// validation reports' drift and reversion rows read): the change in the
// log of its three-year median share, its GDP per head and its population;
// its distance from its era's median log share at the start and its
// change net of the median's; the change of its regime (Polity2 points);
// whether it is a command economy; and the first year.
type change struct {
	share, perHead, pop float64
	dev, netShare       float64
	regime              float64
	command             bool
	year                int
}

// decades are the ten-year changes of every built-in era's states with a
// reference share, a GDP and a population at both ends (the GDP and
// population each share was measured against: scenarios/data), era by era
// in the built-ins' order.
func decades() ([]change, error) {
	var out []change
	err := eras.Each(func(_ string, cfg sim.Config, h *validate.History) error {
		ids, command := make([]string, len(cfg.Nations)), map[string]bool{}
		for k, n := range cfg.Nations {
			ids[k], command[n.ID] = n.ID, n.Command
		}
		regimes := regimesOf(cfg)
		for _, d := range validate.ShareDecades(ids, cfg.StartYear, cfg.EndYear, h.PositiveShare) {
			now, _ := h.Share(d.State, d.Year)
			later, _ := h.Share(d.State, d.Year+10)
			if !(now.GDP > 0 && now.Pop > 0 && later.GDP > 0 && later.Pop > 0) {
				continue
			}
			people := math.Log(later.Pop / now.Pop)
			out = append(out, change{
				share: d.LogLater - d.Log, perHead: math.Log(later.GDP/now.GDP) - people, pop: people,
				dev: d.Log - d.Median, netShare: d.LogLater - d.Log - (d.MedianLater - d.Median),
				regime:  regimeIn(regimes[d.State], d.Year+10) - regimeIn(regimes[d.State], d.Year),
				command: command[d.State], year: d.Year,
			})
		}
		return nil
	})
	return out, err
}

// regimeSpell is a state's regime (Polity2) from a year on.
type regimeSpell struct {
	from   int
	regime float64
}

// regimesOf are each state's regimes over a scenario's years, as it
// carries them: the start's, then the Polity2 moves of its regime_change
// events (three points or more), in order.
func regimesOf(cfg sim.Config) map[string][]regimeSpell {
	out := map[string][]regimeSpell{}
	for _, n := range cfg.Nations {
		out[n.ID] = []regimeSpell{{cfg.StartYear, n.Regime}}
	}
	for _, e := range cfg.Events { // in tick order
		if e.Kind != sim.RegimeChange {
			continue
		}
		year := cfg.StartYear + e.Tick/cfg.TicksPerYear
		for _, i := range e.A.Nations {
			id := cfg.Nations[i].ID
			out[id] = append(out[id], regimeSpell{year, e.Value})
		}
	}
	return out
}

// regimeIn is the regime of a state's spells in a year: the last spell
// begun by then (the first before it begins).
func regimeIn(spells []regimeSpell, year int) float64 {
	r := spells[0].regime
	for _, s := range spells {
		if s.from <= year {
			r = s.regime
		}
	}
	return r
}
