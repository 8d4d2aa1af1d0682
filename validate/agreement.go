package validate

import "math"

// Agreement between a run's alliances and history, pair by pair and year
// by year. Raw agreement flatters a sparse world (where 5 % of pairs are
// allied, "no alliances" agrees 95 % of the time), so it is reported with
// Cohen's κ, which discounts the agreement two predictions with the same
// rates would reach by chance, and with the precision and recall of
// allied pair-years.

// Confusion counts pair-years: predicted allied or not against allied in
// history or not.
type Confusion struct {
	TP, FP, FN, TN int
}

// Add counts one pair-year.
func (c *Confusion) Add(predicted, actual bool) {
	switch {
	case predicted && actual:
		c.TP++
	case predicted:
		c.FP++
	case actual:
		c.FN++
	default:
		c.TN++
	}
}

// N is the number of pair-years.
func (c Confusion) N() int { return c.TP + c.FP + c.FN + c.TN }

// Agreement is the share of pair-years predicted right.
func (c Confusion) Agreement() float64 {
	if c.N() == 0 {
		return math.NaN()
	}
	return float64(c.TP+c.TN) / float64(c.N())
}

// Kappa is Cohen's κ = (p_o − p_e)/(1 − p_e), with p_e the agreement of two
// independent predictions with the same shares of allied pair-years. It is
// 0 when the prediction or history is constant (nothing to agree on beyond
// chance) and NaN with no pair-years.
func (c Confusion) Kappa() float64 {
	n := float64(c.N())
	if n == 0 {
		return math.NaN()
	}
	po := float64(c.TP+c.TN) / n
	predYes, actYes := float64(c.TP+c.FP)/n, float64(c.TP+c.FN)/n
	pe := predYes*actYes + (1-predYes)*(1-actYes)
	if pe >= 1 {
		return 0
	}
	return (po - pe) / (1 - pe)
}

// Precision is the share of predicted allied pair-years that were allied
// (NaN when none is predicted).
func (c Confusion) Precision() float64 {
	if c.TP+c.FP == 0 {
		return math.NaN()
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is the share of allied pair-years that were predicted (NaN when
// history has none).
func (c Confusion) Recall() float64 {
	if c.TP+c.FN == 0 {
		return math.NaN()
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// Predictor says whether two states (indices) are allied at a tick.
type Predictor func(t, i, j int) bool

// pairYears is what a comparison with history walks: the states' ids, the
// last tick of each calendar year, and whether a state is in the system at
// a tick.
type pairYears struct {
	ids    []string
	tickOf func(year int) int // -1 when the run has no tick in that year
	active func(t, i int) bool
}

// ofRecord walks a run's record.
func ofRecord(r *Record) pairYears {
	return pairYears{ids: r.IDs, tickOf: r.Tick, active: func(t, i int) bool { return r.Nations[t][i].Active }}
}

// confusion compares a prediction with history over the years [from, to]
// (the last tick of each year) and every pair of states in the system then.
func confusion(p pairYears, h *History, from, to int, pred Predictor) Confusion {
	var c Confusion
	for y := from; y <= to; y++ {
		t := p.tickOf(y)
		if t < 0 {
			continue
		}
		for i := range p.ids {
			if !p.active(t, i) {
				continue
			}
			for j := i + 1; j < len(p.ids); j++ {
				if p.active(t, j) {
					c.Add(pred(t, i, j), h.Allied(p.ids[i], p.ids[j], y))
				}
			}
		}
	}
	return c
}
