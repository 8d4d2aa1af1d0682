package main

import (
	"fmt"
	"slices"
	"strings"
)

// capability is the military capability stock at the start [billion 2011
// USD]: NMC milex × F(y), accumulated with depreciation δ from
// stockStart(start) (1900 for the Cold War) through
// the year before the start (K ← (1 − δ)·K + B each year), then kept
// between one year's budget (share × gdp: a state new to the data, or one
// disarmed in 1945, starts with what it buys in its first year) and the
// stock that budget maintains on the economy's growth path, share × gdp /
// (δ + g), g the trend growth (a stock a constant share keeps grows with
// the economy: K' = s·Y − δ·K = g·K; at δ alone it would wear down after
// the start, relative to GDP, toward the growth path's, and the budget rule
// would read that as a rising burden). The cap is the one on the stocks of
// a great war, most of which was consumed, demobilised or scrapped by the
// era's start: it binds for the United States, the United Kingdom, Canada,
// France, Italy, Turkey and Ireland in 1947.
func (d *dataset) capability(s nationSpec, gdp, share, growth float64) num {
	ranges, explicit := s.stock, true
	if ranges == nil {
		explicit = false
		for _, sp := range s.series {
			ranges = append(ranges, stockRange{sp.nmc, sp.from, sp.to})
		}
	}
	k, first := d.accumulate(ranges, s.start)
	budget := share * gdp
	steady := budget / (delta + max(0, growth))
	var what string
	switch {
	case budget == 0 && k == 0:
		return num{0, 1, fmt.Sprintf("NMC milex is 0 in every year to %d and the start share 0: no armed forces then", s.start)}
	case first == 0:
		what = fmt.Sprintf("no NMC milex before %d", s.start)
	default:
		what = fmt.Sprintf("NMC milex %d–%d of %s × F(y), accumulated with δ = %.2f: %.1f",
			first, s.start-1, codes(ranges, s.start, explicit), delta, k)
	}
	prec := 1
	if min(steady, max(k, budget)) < 1 {
		prec = 2 // a small state's stock: 0.04, not 0.0
	}
	switch {
	case k > steady:
		return num{steady, prec, what + fmt.Sprintf("; capped at the growth path's steady state share × gdp / (δ + g) = %.1f", steady)}
	case k < budget:
		return num{budget, prec, what + fmt.Sprintf("; raised to one year's budget share × gdp = %.1f", budget)}
	default:
		return num{k, prec, what + " (between one year's budget and the steady state)"}
	}
}

// accumulate returns the stock at the start of year start and the first
// year that added to it (0 if none).
func (d *dataset) accumulate(ranges []stockRange, start int) (k float64, first int) {
	for y := stockStart(start); y < start; y++ {
		k *= 1 - delta
		for _, r := range ranges {
			if y < r.from || y > r.to {
				continue
			}
			if b, ok := d.stockBudget(r.nmc, y); ok {
				k += b
				if first == 0 && b > 0 {
					first = y
				}
			}
		}
	}
	return k, first
}

// codes lists the NMC series of ranges that count before start, without
// repeats, in order; with their years when the ranges were given
// explicitly (a disarmament, a succession).
func codes(ranges []stockRange, start int, explicit bool) string {
	var out []string
	for _, r := range ranges {
		if r.from >= start || r.to < stockStart(start) {
			continue
		}
		s := r.nmc
		if explicit && (r.from > stockStart(start) || r.to < 9999) {
			s += fmt.Sprintf(" %d–", max(r.from, stockStart(start)))
			if r.to < 9999 {
				s += fmt.Sprint(r.to)
			}
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}
