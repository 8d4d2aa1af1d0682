package sim

// finance is phase 5, the seed's "international financial cooperation":
// loans are serviced (or defaulted on), members give defence aid to allies
// in need, states under fiscal pressure borrow from sound allies, and
// alliances pool part of their members' budgets into joint programmes.
// Money is conserved: see Ledger and TestMoneyConserved.
func (w *World) finance() {
	for _, a := range w.alliances {
		a.defaulters = a.defaulters[:0]
	}
	w.serviceLoans()
	w.giveAid()
	w.lend()
	w.pool()
	for i := range w.flows {
		w.creditPrev[i] = w.flows[i].debtChange()
	}
	w.ledger.Outstanding = 0
	for _, a := range w.alliances {
		a.Ledger.Outstanding = 0
	}
	for _, l := range w.loans {
		w.tx(l.Alliance, func(g *Ledger) { g.Outstanding += l.Remaining })
	}
}

// tx books one flow into the world ledger and an alliance's.
func (w *World) tx(a *Alliance, f func(*Ledger)) {
	f(&w.ledger)
	if a != nil {
		f(&a.Ledger)
	}
}
