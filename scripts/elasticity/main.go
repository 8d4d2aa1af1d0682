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
	"cmp"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
)

// change is a state's ten-year log changes.
type change struct {
	share, perHead, pop float64
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "elasticity:", err)
		os.Exit(1)
	}
}

func run() error {
	command, err := commandEconomies()
	if err != nil {
		return err
	}
	shares, err := referenceShares()
	if err != nil {
		return err
	}
	all, bySystem := []change{}, map[string][]change{}
	for _, k := range sortedKeys(shares) {
		d := shares[k]
		for _, y := range slices.Sorted(maps.Keys(d)) {
			later, ok := d[y+10]
			if !ok {
				continue
			}
			now := d[y]
			a, b := median3(d, y, shareOf), median3(d, y+10, shareOf)
			people := math.Log(later.pop / now.pop)
			c := change{math.Log(b / a), math.Log(later.gdp/now.gdp) - people, people}
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
	return nil
}

func shareOf(s stateYear) float64 { return s.share }

// sortedKeys are the states in order, so that the fits add in one order.
func sortedKeys(m map[key]map[int]stateYear) []key {
	return slices.SortedFunc(maps.Keys(m), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.scenario, b.scenario), cmp.Compare(a.id, b.id))
	})
}
