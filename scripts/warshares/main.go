// Command warshares measures what history's defence shares say about the
// war rule's matching (sim/warbudget.go): in the years a state fought one
// of the built-in eras' wars, did its share rise with how far its enemies'
// spending exceeded it? Run from the repository's root:
//
//	go run ./scripts/warshares
//
// For every war event of every built-in era whose two sides hold states of
// the era (a war against states outside it has no budget to match), and
// every belligerent and year its fighting covers for a quarter of the year or
// more (the sides' states with a reference share that year), it reads from the era's reference shares (scenarios/data, the
// shares the validation judges) the belligerent's share that year, its
// pre-war share (the mean of the three years before the war's first), and
// the matching the rule would ask of it with that year's figures,
// ω_w·Σ enemy (share × GDP) / Σ own side's GDP, at the default ω_w. A
// state-year fought in several eras' copies of a war is counted once.
//
// It prints the slope of the log of the war-year share over the pre-war
// share on the log of the matching over the pre-war share, where the
// matching asks more than the pre-war share; and the war-year shares of
// the states that entered a war below 10 % of GDP and were asked more than
// 15 %. docs/MODEL-NOTES.md ("A belligerent outspent beyond its means")
// gives what it prints and the cap on the matching built on it.
package main

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"

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
		len(outspent), 100*quantile(shares, 0.5), 100*quantile(shares, 0.9))
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
		dt := 1 / float64(max(cfg.TicksPerYear, 1))
		// spend and income sum a side's states that have a reference share
		// and a GDP that year (the enemy's budget, the own side's GDP).
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
		for _, e := range cfg.Events {
			if e.Kind != sim.War {
				continue
			}
			sides := [2][]int{e.A.Members(cfg.Nations), e.B.Members(cfg.Nations)}
			if len(sides[0]) == 0 || len(sides[1]) == 0 {
				continue
			}
			from := float64(cfg.StartYear) + e.From
			if e.From == 0 {
				from = float64(cfg.StartYear) + float64(e.Tick)*dt
			}
			to := float64(cfg.EndYear + 1)
			if e.To > 0 {
				to = float64(cfg.StartYear) + e.To
			}
			first := int(math.Floor(from))
			for year := first; float64(year) < to; year++ {
				if math.Min(to, float64(year+1))-math.Max(from, float64(year)) < 0.25 {
					continue
				}
				for own := range 2 {
					income, enemy := sum(sides[own], year, false), sum(sides[1-own], year, true)
					if income <= 0 || enemy <= 0 {
						continue
					}
					for _, i := range sides[own] {
						id := cfg.Nations[i].ID
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
						r := warYear{era: era, war: strings.TrimSpace(e.Label), state: id, year: year,
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

// quantile is the q-quantile of sorted xs, the nearest rank below.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return xs[min(len(xs)-1, int(q*float64(len(xs))))]
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
