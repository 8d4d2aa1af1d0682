package main

import (
	"encoding/csv"
	"fmt"
	"strconv"

	"entente/scenarios"
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

// commandEconomies are the states each built-in scenario marks as command
// economies, as its loader reads them.
func commandEconomies() (map[key]bool, error) {
	out := map[key]bool{}
	for _, info := range scenarios.Builtins() {
		s, err := scenarios.Load(info.Name, nil)
		if err != nil {
			return nil, err
		}
		for _, n := range s.Config.Nations {
			if n.Command {
				out[key{info.Name, n.ID}] = true
			}
		}
	}
	return out, nil
}
