// Command reversion measures how fast history's defence shares return
// toward their era's median, by horizon: whether the reversion the
// validation's dynamics rows read over ten years (validate.ShareDecades)
// is noise in the reference shares, which reverts by the same slope at
// every horizon, or a real return, which reverts the more the longer the
// horizon. Run from the repository's root:
//
//	go run ./scripts/reversion
//
// For every built-in era, its states and years (the dynamics rows'), and
// each horizon H, it reads every state's change in log three-year-median
// share over H years net of its era's median's against its distance from
// that median at the start (validate.ShareSpans), pools the eras and
// prints the slope (validate.Reversion); the return
// −(1 − p)·(1 − e^(−ρ·H)) fitted to those slopes (a permanent part p of a
// state's distance, the rest returning at ρ a year); and the ten-year
// slope by the state's part of its era's GDP that year and by how far into
// its run the span starts. docs/MODEL-NOTES.md ("Looked at: how fast
// shares revert, by horizon") gives what it prints.
package main

import (
	"fmt"
	"math"
	"os"

	"entente/scripts/internal/eras"
	"entente/sim"
	"entente/validate"
)

// horizons are the spans read, in years.
var horizons = []int{1, 2, 3, 5, 10, 15, 20, 30}

// class is a set of ten-year spans: by the state's part of its era's GDP
// in the span's first year, or by how many years into the state's run the
// span starts.
type class struct {
	name string
	in   func(part float64, into int) bool
}

var classes = []class{
	{"a fifth or more of its era's GDP", func(part float64, _ int) bool { return part >= 0.2 }},
	{"5 to 20 %", func(part float64, _ int) bool { return part >= 0.05 && part < 0.2 }},
	{"under 5 %", func(part float64, _ int) bool { return part < 0.05 }},
	{"the first three years of its run", func(_ float64, into int) bool { return into <= 2 }},
	{"ten years or more into its run", func(_ float64, into int) bool { return into >= 10 }},
}

func main() {
	byHorizon, byClass, err := read()
	if err != nil {
		fmt.Fprintln(os.Stderr, "reversion:", err)
		os.Exit(1)
	}
	slopes := make([]float64, len(horizons))
	for k, h := range horizons {
		slopes[k] = validate.Reversion(byHorizon[k])
		fmt.Printf("%2d years: slope %.3f over %d state-years\n", h, slopes[k], len(byHorizon[k]))
	}
	p, rho := fitReturn(horizons, slopes)
	fmt.Printf("fitted: a permanent part p %.2f, the rest returning at %.3f a year\n", p, rho)
	for k, c := range classes {
		fmt.Printf("ten years, %s: slope %.3f over %d state-years\n", c.name, validate.Reversion(byClass[k]), len(byClass[k]))
	}
}

// read returns, for each horizon, the spans of every era pooled, and for
// each class its ten-year spans.
func read() (byHorizon, byClass [][]validate.ShareDecade, err error) {
	byHorizon = make([][]validate.ShareDecade, len(horizons))
	byClass = make([][]validate.ShareDecade, len(classes))
	err = eras.Each(func(_ string, cfg sim.Config, h *validate.History) error {
		ids := validate.NationIDs(cfg)
		for k, years := range horizons {
			byHorizon[k] = append(byHorizon[k], validate.ShareSpans(ids, cfg.StartYear, cfg.EndYear, years, h.PositiveShare)...)
		}
		first := map[string]int{} // each state's first year with a share
		for _, id := range ids {
			for y := cfg.StartYear; y <= cfg.EndYear; y++ {
				if _, ok := h.PositiveShare(id, y); ok {
					first[id] = y
					break
				}
			}
		}
		for _, d := range validate.ShareDecades(ids, cfg.StartYear, cfg.EndYear, h.PositiveShare) {
			part, into := gdpPart(h, ids, d.State, d.Year), d.Year-first[d.State]
			for k, c := range classes {
				if c.in(part, into) {
					byClass[k] = append(byClass[k], d)
				}
			}
		}
		return nil
	})
	return byHorizon, byClass, err
}

// gdpPart is state id's part of the GDP of the era's states with a share
// in year y.
func gdpPart(h *validate.History, ids []string, id string, y int) float64 {
	total, own := 0.0, 0.0
	for _, j := range ids {
		if s, ok := h.Share(j, y); ok && s.Value > 0 && s.GDP > 0 {
			total += s.GDP
			if j == id {
				own = s.GDP
			}
		}
	}
	if total == 0 {
		return 0
	}
	return own / total
}

// fitReturn finds p in [0, 1] and ρ in (0, 0.3] by a grid that minimises
// the squared distance of −(1 − p)·(1 − e^(−ρ·H)) from the slopes.
func fitReturn(hs []int, slopes []float64) (p, rho float64) {
	best := math.Inf(1)
	for pi := 0; pi <= 100; pi++ {
		for ri := 1; ri <= 300; ri++ {
			pp, rr := float64(pi)/100, float64(ri)/1000
			e := 0.0
			for k, h := range hs {
				d := slopes[k] + (1-pp)*(1-math.Exp(-rr*float64(h)))
				e += d * d
			}
			if e < best {
				best, p, rho = e, pp, rr
			}
		}
	}
	return p, rho
}
