package validate

import (
	"math"
	"slices"

	"entente/sim"
)

// History measured as the runs are. A target's band quotes history as its
// source published it; the runs are measured from the model's own
// quantities, a state's spending its share of GDP times its GDP (Maddison's,
// in 2011 dollars of purchasing power). Where the two differ in kind (SIPRI's
// bloc totals are in current dollars at market exchange rates), the band is
// drawn around history measured the runs' way: the reference shares times
// the GDP they were measured against, over the members ATOP lists in each
// year. A band that history itself fails is no test of a model.

// blocSpending lists an ATOP pact's members among ids in a year that have a
// reference share, with their shares and the GDP each was measured against.
func (h *History) blocSpending(atop int, ids []string, year int) (members []string, shares, gdp []float64) {
	for _, id := range ids {
		if !h.Member(atop, id, year) {
			continue
		}
		s, ok := h.Share(id, year)
		if !ok || s.Value <= 0 || s.GDP <= 0 {
			continue
		}
		members = append(members, id)
		shares = append(shares, s.Value)
		gdp = append(gdp, s.GDP)
	}
	return members, shares, gdp
}

// historyLeaderShare is history's counterpart of leaderShare: the mean over
// the years of the leader's part of its pact's spending. ok is false when a
// year lacks the leader's figure.
func (h *History) historyLeaderShare(atop int, leader string, ids []string, from, to int) (float64, bool) {
	if h == nil {
		return 0, false
	}
	sum := 0.0
	for y := from; y <= to; y++ {
		members, shares, gdp := h.blocSpending(atop, ids, y)
		k := slices.Index(members, leader)
		if k < 0 || len(members) < 2 {
			return 0, false
		}
		total := 0.0
		for m := range members {
			total += shares[m] * gdp[m] // spending, as the runs measure it
		}
		sum += shares[k] * gdp[k] / total
	}
	return sum / float64(to-from+1), true
}

// historyExploitation is history's counterpart of the exploitation index:
// the Spearman correlation of the members' GDP and defence share (the
// members with a share above 0, as the model ranks the members with forces).
func (h *History) historyExploitation(atop int, ids []string, year int) (float64, bool) {
	if h == nil {
		return 0, false
	}
	_, shares, gdp := h.blocSpending(atop, ids, year)
	rho := sim.Spearman(gdp, shares)
	return rho, !math.IsNaN(rho)
}
