package main

import (
	"math"
	"slices"

	"entente/scripts/internal/eras"
	"entente/sim"
	"entente/validate"
)

// sinceAnchor is one state-year read the way the budget rule reads it:
// the state's share against its anchored share, both net of the era's
// median share (the log of s_t/s_a less that of m_t/m_a), with how far
// its regime stands below (fall) or above (rise) the one it came in with.
// dev is its anchored share's distance from the era's median, and
// devYears that distance times the years since the anchor (to 40) over
// ten: history's shares revert toward the median, and the regimes that
// fell were not placed at random against it.
type sinceAnchor struct {
	era, state           string
	netShare, fall, rise float64
	dev, devYears        float64
}

// anchoredYears are every built-in era's state-years after each state's
// anchor: its first three years with a positive reference share (their
// median, as the generator's start share, whose years differ for a few
// states: the generator skips a war's), and the regime the engine anchors
// it at (sim.Config.AnchorRegime).
func anchoredYears() ([]sinceAnchor, error) {
	var out []sinceAnchor
	err := eras.Each(func(era string, cfg sim.Config, h *validate.History) error {
		median := map[int]float64{} // the era's median share, year by year
		for y := cfg.StartYear; y <= cfg.EndYear; y++ {
			var xs []float64
			for _, n := range cfg.Nations {
				if s, ok := h.PositiveShare(n.ID, y); ok {
					xs = append(xs, s)
				}
			}
			if len(xs) > 0 {
				median[y] = medianOf(xs)
			}
		}
		regimes := regimesOf(cfg)
		for i, n := range cfg.Nations {
			var years []int
			for y := cfg.StartYear; y <= cfg.EndYear; y++ {
				if _, ok := h.PositiveShare(n.ID, y); ok {
					years = append(years, y)
				}
			}
			if len(years) < 4 {
				continue
			}
			var s0, m0 []float64
			for _, y := range years[:3] {
				s, _ := h.PositiveShare(n.ID, y)
				s0, m0 = append(s0, s), append(m0, median[y])
			}
			sa, ma := medianOf(s0), medianOf(m0)
			ra := cfg.AnchorRegime(i, n.Regime) // the engine's, at the start
			dev := math.Log(sa / ma)
			for _, y := range years[3:] {
				s, _ := h.PositiveShare(n.ID, y)
				d := regimeIn(regimes[n.ID], y) - ra
				out = append(out, sinceAnchor{
					era: era, state: n.ID,
					netShare: math.Log(s/sa) - math.Log(median[y]/ma),
					fall:     max(0, -d), rise: max(0, d),
					dev: dev, devYears: dev * float64(min(y-years[0], 40)) / 10,
				})
			}
		}
		return nil
	})
	return out, err
}

// medianOf is the median of xs (the mean of the middle two when even).
func medianOf(xs []float64) float64 {
	return validate.Quantile(slices.Sorted(slices.Values(xs)), 0.5)
}

// fitAnchored fits the rule's own form to rows: the share against the
// anchored one on the regime's fall below the anchor's and its rise above
// it, the distance from the era's median and that distance over the
// decades since the anchor (coefficients in that order after the
// intercept), with standard errors clustered by state (each era's copy of
// a state its own cluster).
func fitAnchored(rows []sinceAnchor) (b, se []float64, err error) {
	y := func(a sinceAnchor) float64 { return a.netShare }
	x := func(a sinceAnchor) []float64 { return []float64{1, a.fall, a.rise, a.dev, a.devYears} }
	if b, _, err = olsOn(rows, y, x); err != nil {
		return nil, nil, err
	}
	se, err = clustered(rows, y, x, func(a sinceAnchor) string { return a.era + "/" + a.state }, b)
	return b, se, err
}
