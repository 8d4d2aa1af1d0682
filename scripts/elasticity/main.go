// Command elasticity measures what history's defence shares say about the
// budget rule's income term, from the data the scenarios are built from
// (scenarios/data): the ten-year change in the log of each state's share
// (three-year medians, every state-year with a share ten years on) against
// the change in the log of its GDP, split into GDP per head and population,
// and by economic system (the scenarios' command_economy flag).
//
// The rule's income term, (Y/Y_a)^(η−1), says a share moves with total
// GDP at η − 1, whatever part of the growth is population; and one η for
// every state. Run from the repository's root:
//
//	go run ./scripts/elasticity
//
// docs/MODEL-NOTES.md ("Tried and not kept: income per head, and the
// planners' own elasticity") gives what it prints and what was tried on it.
// A descriptive regression, not an estimate of the rule's constants: the
// threat, the wars and the alliances that move shares are left out.
package main

import (
	"fmt"
	"math"
	"os"
	"sort"
)

type key struct {
	scenario, id string
}

type change struct {
	share, perHead, pop float64 // ten-year log changes
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "elasticity:", err)
		os.Exit(1)
	}
}

func run() error {
	iso, err := maddisonCodes("cmd/scenariogen")
	if err != nil {
		return err
	}
	command, err := commandEconomies("scenarios/builtin")
	if err != nil {
		return err
	}
	gdp, pop, err := maddison("scenarios/data/maddison.csv")
	if err != nil {
		return err
	}
	shares, err := referenceShares("scenarios/data/reference-shares.csv")
	if err != nil {
		return err
	}
	all, bySystem := []change{}, map[string][]change{}
	for _, k := range sortedKeys(shares) {
		code, ok := iso[k.id]
		if !ok {
			continue
		}
		d := shares[k]
		for y := range d {
			a, b := median3(d, y), median3(d, y+10)
			g0, g1, p0, p1 := gdp[code][y], gdp[code][y+10], pop[code][y], pop[code][y+10]
			if _, later := d[y+10]; !later || a <= 0 || b <= 0 || g0 <= 0 || g1 <= 0 || p0 <= 0 || p1 <= 0 {
				continue
			}
			people := math.Log(p1 / p0)
			c := change{math.Log(b / a), math.Log(g1/g0) - people, people}
			all = append(all, c)
			if y%5 == 0 { // non-overlapping starts for the split by system
				sys := "market"
				if command[k] {
					sys = "command"
				}
				bySystem[sys] = append(bySystem[sys], c)
			}
		}
	}
	b, se := ols(all, func(c change) []float64 { return []float64{1, c.perHead, c.pop} })
	fmt.Printf("ten-year log change of the share, %d state-years, all eras:\n", len(all))
	fmt.Printf("  on GDP per head %+.2f (s.e. %.2f), on population %+.2f (%.2f); a total-GDP income term makes them equal (η − 1)\n", b[1], se[1], b[2], se[2])
	for _, sys := range []string{"market", "command"} {
		cs := bySystem[sys]
		b, se := ols(cs, func(c change) []float64 { return []float64{1, c.perHead + c.pop} })
		fmt.Printf("  %s economies, on total GDP: %+.2f (s.e. %.2f), %d state-decades: η ≈ %.2f\n", sys, b[1], se[1], len(cs), 1+b[1])
	}
	return nil
}

func sortedKeys(m map[key]map[int]float64) []key {
	ks := make([]key, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].scenario != ks[j].scenario {
			return ks[i].scenario < ks[j].scenario
		}
		return ks[i].id < ks[j].id
	})
	return ks
}
