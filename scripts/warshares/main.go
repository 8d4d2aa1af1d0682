// Command warshares measures what history's defence shares say about the
// war rule's matching (sim/warbudget.go): in the years a state fought one
// of the built-in eras' wars, did its share rise with how far its enemies'
// spending exceeded it? Run from the repository's root:
//
//	go run ./scripts/warshares
//
// For every war event of every built-in era whose two sides hold states of
// the era (a war against states outside it has no budget to match), and
// every belligerent and year its fighting covers for a quarter of the year
// or more (the sides' states with a reference share that year), it reads
// from the era's reference shares (scenarios/data, the shares the
// validation judges) the belligerent's share that year, its pre-war share
// (the mean of the three years before its unbroken run of wars began,
// runStart), and the matching the rule would ask of it with that year's
// figures, ω_w·Σ enemy (share × GDP) / Σ own side's GDP, at the default
// ω_w. A state-year fought in several eras' copies of a war, or in several
// wars, is counted once, with the war that asked most.
//
// It prints the slope of the log of the war-year share over the pre-war
// share on the log of the matching over the pre-war share, where the
// matching asks more than the pre-war share; the ratio of the two shares
// where it asks less (the war's own costs, which war_effort stands for);
// and the war-year shares of
// the states that entered a war below 10 % of GDP and were asked more than
// 15 %. docs/MODEL-NOTES.md ("A belligerent outspent beyond its means")
// gives what it prints and the cap on the matching built on it.
package main

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"slices"

	"entente/scripts/internal/eras"
	"entente/sim"
	"entente/validate"
)

func main() {
	rows, err := warYears()
	if err != nil {
		fmt.Fprintln(os.Stderr, "warshares:", err)
		os.Exit(1)
	}
	var over []warYear
	for _, r := range rows {
		if r.match > 1.2*r.pre {
			over = append(over, r)
		}
	}
	b := slope(over)
	fmt.Printf("%d state-years at war; in %d the matching asked more than 1.2 times the pre-war share:\n", len(rows), len(over))
	fmt.Printf("  slope of log(war share / pre-war share) on log(matching / pre-war share): %.3f\n", b)

	var own []float64 // where the matching asked less than the pre-war share: the war's own costs
	for _, r := range rows {
		if r.match < r.pre {
			own = append(own, r.share/r.pre)
		}
	}
	slices.Sort(own)
	fmt.Printf("in %d the matching asked less than the pre-war share: the war-year share over the pre-war share, median %.2f (quartiles %.2f–%.2f); the rule's own war costs, 1 + war_effort, %.2f\n",
		len(own), validate.Quantile(own, 0.5), validate.Quantile(own, 0.25), validate.Quantile(own, 0.75), 1+sim.DefaultParams().WarEffort)

	var outspent []warYear
	for _, r := range rows {
		if r.pre < 0.10 && r.match > 0.15 {
			outspent = append(outspent, r)
		}
	}
	slices.SortFunc(outspent, func(a, b warYear) int { return cmpDesc(a.share, b.share) })
	shares := make([]float64, len(outspent))
	for k, r := range outspent {
		shares[k] = r.share
	}
	slices.Sort(shares)
	fmt.Printf("entered below 10 %% of GDP and asked more than 15 %%: %d state-years, war-year share median %.1f %%, 90th percentile %.1f %%; the largest:\n",
		len(outspent), 100*validate.Quantile(shares, 0.5), 100*validate.Quantile(shares, 0.9))
	for _, r := range outspent[:min(8, len(outspent))] {
		fmt.Printf("  %-4s %d  %5.1f %%  (before the war %.1f %%, asked %.0f %%; %s, %s)\n", r.state, r.year, 100*r.share, 100*r.pre, 100*r.match, r.war, r.era)
	}
}

// warYear is one belligerent's year of fighting.
type warYear struct {
	era, war, state   string
	year              int
	share, pre, match float64
}

// warYears reads every built-in era's wars against its own states: each
// state-year once, with the war that asked most of it that year.
func warYears() ([]warYear, error) {
	omega := sim.DefaultParams().WarMatch
	at := map[string]int{} // "ID year" → its row in out
	var out []warYear
	err := eras.Each(func(era string, cfg sim.Config, h *validate.History) error {
		// sum adds up a side's states that have a reference share and a
		// GDP that year: the enemy's budgets, or the own side's GDP.
		sum := func(side []int, year int, budget bool) float64 {
			t := 0.0
			for _, i := range side {
				if v, ok := h.Share(cfg.Nations[i].ID, year); ok && v.GDP > 0 {
					if budget {
						t += v.Value * v.GDP
					} else {
						t += v.GDP
					}
				}
			}
			return t
		}
		all := eras.Wars(cfg)
		for _, x := range all {
			if x.Outside {
				continue
			}
			for year := int(math.Floor(x.From)); float64(year) < x.To; year++ {
				if math.Min(x.To, float64(year+1))-math.Max(x.From, float64(year)) < 0.25 {
					continue
				}
				for own := range 2 {
					income, enemy := sum(x.Sides[own], year, false), sum(x.Sides[1-own], year, true)
					if income <= 0 || enemy <= 0 {
						continue
					}
					for _, i := range x.Sides[own] {
						id := cfg.Nations[i].ID
						first := int(math.Floor(runStart(all, i, x.From)))
						pre, n := 0.0, 0
						for y := first - 3; y < first; y++ {
							if v, found := h.Share(id, y); found && v.Value > 0 {
								pre, n = pre+v.Value, n+1
							}
						}
						now, _ := h.Share(id, year)
						if n == 0 || !(now.Value > 0) {
							continue
						}
						r := warYear{era: era, war: x.Label, state: id, year: year,
							share: now.Value, pre: pre / float64(n), match: omega * enemy / income}
						key := fmt.Sprintf("%s %d", id, year)
						if k, ok := at[key]; !ok {
							at[key] = len(out)
							out = append(out, r)
						} else if r.match > out[k].match { // the war that asked most that year
							out[k] = r
						}
					}
				}
			}
		}
		return nil
	})
	return out, err
}

// runStart is the first day of nation i's unbroken run of wars that is
// under way at from: its wars, against states of the era or outside it,
// chained where one begins within a month of the last one's end (sim's
// warChainGap), so that a war written in phases, or fought on from another
// (Iraq from Iran's war into Kuwait's), is not read as peace before it.
func runStart(all []eras.War, i int, from float64) float64 {
	var mine []eras.War
	for _, x := range all {
		if x.Fights(i) {
			mine = append(mine, x)
		}
	}
	slices.SortFunc(mine, func(p, q eras.War) int { return cmp.Compare(p.From, q.From) })
	first, last := math.Inf(1), math.Inf(-1)
	for _, x := range mine {
		if x.From > from {
			break
		}
		if x.From > last+1.0/12 {
			first = x.From // a new run
		}
		last = max(last, x.To)
	}
	return min(first, from)
}

// slope is the least-squares slope of log(share/pre) on log(match/pre).
func slope(rows []warYear) float64 {
	var sx, sy, sxx, sxy float64
	for _, r := range rows {
		x, y := math.Log(r.match/r.pre), math.Log(r.share/r.pre)
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	n := float64(len(rows))
	if d := n*sxx - sx*sx; d != 0 {
		return (n*sxy - sx*sy) / d
	}
	return math.NaN()
}

func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
