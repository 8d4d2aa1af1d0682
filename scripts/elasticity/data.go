package main

import (
	"encoding/csv"
	"fmt"
	"strconv"

	"entente/scenarios"
	"entente/sim"
)

// stateYear is one row of the reference shares: a state's defence share
// and the GDP and population it was measured against.
type stateYear struct {
	share, gdp, pop float64
}

type key struct {
	scenario, id string
}

// referenceShares reads the reference shares the scenarios are validated
// against (scenarios/data/reference-shares.csv, as the generator writes
// them), by scenario and state, keeping the years with a share, a GDP and
// a population.
func referenceShares() (map[key]map[int]stateYear, error) {
	f, err := scenarios.Data.Open("data/reference-shares.csv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	col := map[string]int{}
	for k, name := range rows[0] {
		col[name] = k
	}
	for _, name := range []string{"scenario", "id", "year", "share", "gdp", "pop"} {
		if _, ok := col[name]; !ok {
			return nil, fmt.Errorf("reference shares: no column %q", name)
		}
	}
	out := map[key]map[int]stateYear{}
	for _, r := range rows[1:] {
		y, err := strconv.Atoi(r[col["year"]])
		if err != nil {
			return nil, fmt.Errorf("reference shares: year %q", r[col["year"]])
		}
		var v [3]float64
		ok := true
		for k, name := range []string{"share", "gdp", "pop"} {
			v[k], err = strconv.ParseFloat(r[col[name]], 64)
			ok = ok && err == nil && v[k] > 0
		}
		if !ok {
			continue
		}
		k := key{r[col["scenario"]], r[col["id"]]}
		if out[k] == nil {
			out[k] = map[int]stateYear{}
		}
		out[k][y] = stateYear{v[0], v[1], v[2]}
	}
	return out, nil
}

// regimeSpell is a state's regime (Polity2) from a year on.
type regimeSpell struct {
	from   int
	regime float64
}

// facts are what the built-in scenarios say of their states, as the
// loader reads them: which are command economies, and each state's regimes
// over the years (the start's, then the Polity2 moves of its regime_change
// events, in order).
type facts struct {
	command map[key]bool
	regimes map[key][]regimeSpell
}

func builtinFacts() (facts, error) {
	f := facts{command: map[key]bool{}, regimes: map[key][]regimeSpell{}}
	for _, info := range scenarios.Builtins() {
		s, err := scenarios.Load(info.Name, nil)
		if err != nil {
			return f, err
		}
		cfg := s.Config
		for _, n := range cfg.Nations {
			k := key{info.Name, n.ID}
			f.command[k] = n.Command
			f.regimes[k] = []regimeSpell{{cfg.StartYear, n.Regime}}
		}
		for _, e := range cfg.Events { // in tick order
			if e.Kind != sim.RegimeChange {
				continue
			}
			year := cfg.StartYear + e.Tick/cfg.TicksPerYear
			for _, i := range e.A.Nations {
				k := key{info.Name, cfg.Nations[i].ID}
				f.regimes[k] = append(f.regimes[k], regimeSpell{year, e.Value})
			}
		}
	}
	return f, nil
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
