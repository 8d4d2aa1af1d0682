// Command elasticity measures what history's defence shares say about the
// budget rule's income term, from the reference shares the scenarios are
// validated against (scenarios/data/reference-shares.csv, with the GDP and
// population each share was measured against): the ten-year change in the log of each state's share
// (three-year medians, over each era's own years: the decades the
// validation reports' drift and reversion rows read, validate.ShareDecades)
// against
// the change in the log of its GDP, split into GDP per head and population,
// and by economic system (the scenarios' command_economy flag).
//
// The rule's income term, (Y/Y_a)^(η−1), says a share moves with total
// GDP at η − 1, whatever part of the growth is population; and one η for
// every state. Then it regresses the change net of the era's median
// share on the state's distance from that median (the reversion the
// validation reports show, validate/dynamics.go) and on the change of its
// regime, as the scenarios carry it (the start's Polity2 and the moves of
// three points or more of their regime_change events): democracies spend
// less (Goldsmith 2003; Fordham & Walker 2005); and again with a fall of
// the regime apart from a rise. Its last three lines fit the budget rule's
// own regime term (agents.TargetTerms): every state-year's share against
// the state's anchored share, net of the era's median, on how far its
// regime stands below and above the anchor's, over every era (its
// coefficient for a fall is the default regime_fall), then over the
// fitted eras and the eras out of sample apart. Run from the repository's
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
	"fmt"
	"os"
	"slices"

	"entente/validate"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "elasticity:", err)
		os.Exit(1)
	}
}

func run() error {
	all, err := decades()
	if err != nil {
		return err
	}
	bySystem := map[string][]change{}
	for _, c := range all {
		if c.year%5 == 0 { // non-overlapping starts for the split by system
			sys := "market"
			if c.command {
				sys = "command"
			}
			bySystem[sys] = append(bySystem[sys], c)
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
	db, dse, err := olsOn(all, func(c change) float64 { return c.netShare }, func(c change) []float64 { return []float64{1, c.dev, max(0, -c.regime), max(0, c.regime)} })
	if err != nil {
		return err
	}
	fmt.Printf("  the same, a fall of Polity2 apart from a rise: %+.4f a point fallen (s.e. %.4f), %+.4f a point risen (%.4f)\n", db[2], dse[2], db[3], dse[3])
	// The budget rule's own form: each year's share against the anchored
	// one, on the regime's fall below the anchor's and its rise above it.
	an, err := anchoredYears()
	if err != nil {
		return err
	}
	ab, ase, err := fitAnchored(an)
	if err != nil {
		return err
	}
	fmt.Printf("%d state-years against each state's anchor (its first three years), net of the era's median: %+.4f a point of Polity2 below the anchor's (s.e. %.4f, clustered by state), %+.4f a point above it (%.4f); the distance from the median %+.3f, and %+.3f a decade since the anchor\n",
		len(an), ab[1], ase[1], ab[2], ase[2], ab[3], ab[4])
	for _, part := range []struct {
		name   string
		fitted bool
	}{{"the three fitted eras", true}, {"the eras out of sample", false}} {
		rows := slices.DeleteFunc(slices.Clone(an), func(a sinceAnchor) bool { return slices.Contains(validate.Scenarios(), a.era) != part.fitted })
		pb, pse, err := fitAnchored(rows)
		if err != nil {
			return err
		}
		fmt.Printf("  %s alone (%d): %+.4f below (%.4f), %+.4f above (%.4f)\n", part.name, len(rows), pb[1], pse[1], pb[2], pse[2])
	}
	return nil
}
