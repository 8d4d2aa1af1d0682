package sim

import "fmt"

// The ledgers checked from outside the code that books them. Each
// transfer books both sides of a ledger in one closure (tx), so comparing
// a ledger's sides with each other can only catch an amount booked on one
// side, never a wrong amount booked on both. What the ledger says is
// therefore also held to records it does not write: the nations' own
// flows, which the booking code writes separately, summed by the checker
// over every tick it has seen; the loans themselves, for what is still
// owed; and the world's ledger for the alliances', since a transfer books
// at most one alliance besides the world.

// flowSums are the nations' flows summed over the ticks a Checker has
// seen, to compare with the world's ledger.
type flowSums struct {
	tick          int   // the last tick seen
	before, after Flows // summed through tick − 1 and through tick
	blind         bool  // a tick went unseen: the sums are incomplete
}

func newFlowSums() flowSums { return flowSums{tick: -1} }

// observe adds the last tick's flows. A tick checked twice is counted
// once; a tick skipped leaves the sums blind from then on.
func (s *flowSums) observe(w *World) {
	switch t := w.Tick(); {
	case t == s.tick: // checked again: recount this tick
	case t == s.tick+1:
		s.before, s.tick = s.after, t
	default:
		s.blind, s.tick = true, t
	}
	s.after = addFlows(s.before, w.tickFlows())
}

func addFlows(a, b Flows) Flows {
	return Flows{
		AidGiven: a.AidGiven + b.AidGiven, AidReceived: a.AidReceived + b.AidReceived,
		Lent: a.Lent + b.Lent, Borrowed: a.Borrowed + b.Borrowed,
		PrincipalPaid: a.PrincipalPaid + b.PrincipalPaid, PrincipalReceived: a.PrincipalReceived + b.PrincipalReceived,
		InterestPaid: a.InterestPaid + b.InterestPaid, InterestReceived: a.InterestReceived + b.InterestReceived,
		Forgiven: a.Forgiven + b.Forgiven, Lost: a.Lost + b.Lost,
		Pooled: a.Pooled + b.Pooled, PoolReturn: a.PoolReturn + b.PoolReturn,
	}
}

// ledgerVsFlows says where the world's ledger differs from the nations'
// flows summed since the start, or "".
func (s *flowSums) ledgerVsFlows(l Ledger) string {
	if s.blind {
		return ""
	}
	f := s.after
	for _, p := range [...]struct {
		name   string
		ledger float64
		flows  float64
	}{
		{"aid given", l.AidGiven, f.AidGiven}, {"aid received", l.AidReceived, f.AidReceived},
		{"lent", l.Lent, f.Lent}, {"borrowed", l.Borrowed, f.Borrowed},
		{"principal paid", l.PrincipalPaid, f.PrincipalPaid}, {"principal received", l.PrincipalReceived, f.PrincipalReceived},
		{"interest paid", l.InterestPaid, f.InterestPaid}, {"interest received", l.InterestReceived, f.InterestReceived},
		{"written off", l.Forgiven, f.Forgiven}, {"lost", l.Lost, f.Lost},
		{"pooled", l.Pooled, f.Pooled}, {"spent by the programmes", l.PoolSpent, f.Pooled},
		{"programme output", l.PoolOutput, f.PoolReturn},
	} {
		if !finite(p.ledger) || !balanced(p.ledger, p.flows, l.Lent) {
			return fmt.Sprintf("%s %v, but the nations' flows sum to %v", p.name, p.ledger, p.flows)
		}
	}
	return ""
}

// alliancesVsWorld says which total the alliances' ledgers together book
// beyond the world's, or "": every transfer an alliance carries is also
// the world's.
func alliancesVsWorld(w *World) string {
	var sum Ledger
	for _, a := range w.alliances {
		g := &a.Ledger
		sum.AidGiven += g.AidGiven
		sum.Lent += g.Lent
		sum.PrincipalPaid += g.PrincipalPaid
		sum.InterestPaid += g.InterestPaid
		sum.Forgiven += g.Forgiven
		sum.Pooled += g.Pooled
	}
	l := w.ledger
	for _, p := range [...]struct {
		name             string
		alliances, world float64
	}{
		{"aid", sum.AidGiven, l.AidGiven}, {"lent", sum.Lent, l.Lent}, {"principal paid", sum.PrincipalPaid, l.PrincipalPaid},
		{"interest paid", sum.InterestPaid, l.InterestPaid}, {"written off", sum.Forgiven, l.Forgiven}, {"pooled", sum.Pooled, l.Pooled},
	} {
		if p.alliances > p.world && !balanced(p.alliances, p.world, l.Lent) {
			return fmt.Sprintf("%s: the alliances book %v, more than the world's %v", p.name, p.alliances, p.world)
		}
	}
	return ""
}
