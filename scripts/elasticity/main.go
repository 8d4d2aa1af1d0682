// Command elasticity measures what history's defence shares say about the
// budget rule's income term, from the reference shares the scenarios are
// validated against (scenarios/data/reference-shares.csv, with the GDP and
// population each share was measured against): the ten-year change in the log of each state's share
// (three-year medians, every state-year with a share ten years on) against
// the change in the log of its GDP, split into GDP per head and population,
// and by economic system (the scenarios' command_economy flag).
//
// The rule's income term, (Y/Y_a)^(η−1), says a share moves with total
// GDP at η − 1, whatever part of the growth is population; and one η for
// every state. A last line regresses the change net of the era's median
// share on the state's distance from that median (the reversion the
// validation reports show, validate/dynamics.go) and on the change of its
// regime, as the scenarios carry it (the start's Polity2 and the moves of
// three points or more of their regime_change events): democracies spend
// less (Goldsmith 2003; Fordham & Walker 2005). Run from the repository's
// root:
//
//	go run ./scripts/elasticity
//
// docs/MODEL-NOTES.md ("Tried and not kept: income per head, and the
// planners' own elasticity"; "How shares move") gives what it prints and
// what was tried on it.
// A descriptive regression, not an estimate of the rule's constants: the
// threat, the wars and the alliances that move shares are left out.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
)

// change is a state's ten-year log changes: of its share, of its GDP per
// head and population, and, against its era's median log share, its
// distance from the median at the start and its share's change net of the
// median's; and the change of its regime (Polity2 points).
type change struct {
	share, perHead, pop float64
	dev, netShare       float64
	regime              float64
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "elasticity:", err)
		os.Exit(1)
	}
}

func run() error {
	f, err := builtinFacts()
	if err != nil {
		return err
	}
	shares, err := referenceShares()
	if err != nil {
		return err
	}
	medians := eraMedians(shares)
	all, bySystem := []change{}, map[string][]change{}
	for _, k := range sortedKeys(shares) {
		d, med := shares[k], medians[k.scenario]
		for _, y := range slices.Sorted(maps.Keys(d)) {
			later, ok := d[y+10]
			if !ok {
				continue
			}
			now := d[y]
			a, b := median3(d, y, shareOf), median3(d, y+10, shareOf)
			people := math.Log(later.pop / now.pop)
			c := change{share: math.Log(b / a), perHead: math.Log(later.gdp/now.gdp) - people, pop: people,
				dev: math.Log(a) - med[y], netShare: math.Log(b/a) - (med[y+10] - med[y])}
			if spells := f.regimes[k]; len(spells) > 0 {
				c.regime = regimeIn(spells, y+10) - regimeIn(spells, y)
			}
			all = append(all, c)
			if y%5 == 0 { // non-overlapping starts for the split by system
				sys := "market"
				if f.command[k] {
					sys = "command"
				}
				bySystem[sys] = append(bySystem[sys], c)
			}
		}
	}
	b, se, err := ols(all, func(c change) []float64 { return []float64{1, c.perHead, c.pop} })
	if err != nil {
		return err
	}
	fmt.Printf("ten-year log change of the share, %d state-years, all eras:\n", len(all))
	fmt.Printf("  on GDP per head %+.2f (s.e. %.2f), on population %+.2f (%.2f); a total-GDP income term makes them equal (η − 1)\n", b[1], se[1], b[2], se[2])
	for _, sys := range []string{"market", "command"} {
		cs := bySystem[sys]
		b, se, err := ols(cs, func(c change) []float64 { return []float64{1, c.perHead + c.pop} })
		if err != nil {
			return err
		}
		fmt.Printf("  %s economies, on total GDP: %+.2f (s.e. %.2f), %d state-decades: η ≈ %.2f\n", sys, b[1], se[1], len(cs), 1+b[1])
	}
	// The regime: the change net of the era's median's, on the distance
	// from the median (the reversion) and the change of Polity2.
	rb, rse, err := olsOn(all, func(c change) float64 { return c.netShare }, func(c change) []float64 { return []float64{1, c.dev, c.regime} })
	if err != nil {
		return err
	}
	fmt.Printf("  net of the era's median: on the distance from it %+.3f (s.e. %.3f), on the change of Polity2 %+.4f a point (%.4f); overlapping decades, so the standard errors are understated\n", rb[1], rse[1], rb[2], rse[2])
	return nil
}

// eraMedians are, for each scenario and year, the median over its states
// of the log of their three-year median shares.
func eraMedians(shares map[key]map[int]stateYear) map[string]map[int]float64 {
	logs := map[string]map[int][]float64{}
	for k, d := range shares {
		if logs[k.scenario] == nil {
			logs[k.scenario] = map[int][]float64{}
		}
		for y := range d {
			logs[k.scenario][y] = append(logs[k.scenario][y], math.Log(median3(d, y, shareOf)))
		}
	}
	out := map[string]map[int]float64{}
	for sc, byYear := range logs {
		out[sc] = map[int]float64{}
		for y, v := range byYear {
			slices.Sort(v)
			out[sc][y] = v[len(v)/2]
		}
	}
	return out
}

func shareOf(s stateYear) float64 { return s.share }

// sortedKeys are the states in order, so that the fits add in one order.
func sortedKeys(m map[key]map[int]stateYear) []key {
	return slices.SortedFunc(maps.Keys(m), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.scenario, b.scenario), cmp.Compare(a.id, b.id))
	})
}
