package sim

import (
	"fmt"
	"math"
	"slices"
)

// serviceLoans collects this tick's instalments, then writes off the loans
// of debtors whose fiscal pressure has just crossed p_default: a default
// happens once per crossing, is logged (only for a state that owed allies
// something), and costs each carrying alliance η5 of cohesion per defaulting
// member in phase 7.
func (w *World) serviceLoans() {
	live := w.loans[:0]
	defaulted := map[int]float64{}
	for _, l := range w.loans {
		if w.defaulting[l.Borrower] {
			defaulted[l.Borrower] += l.Remaining
			w.writeOff(l)
			w.spareLoans = append(w.spareLoans, l)
			continue
		}
		interest := l.Remaining * l.Rate
		principal := min(l.Instalment-interest, l.Remaining)
		l.TicksLeft--
		if l.TicksLeft <= 0 {
			principal = l.Remaining
		}
		l.Remaining -= principal
		w.flows[l.Borrower].PrincipalPaid += principal
		w.flows[l.Lender].PrincipalReceived += principal
		w.flows[l.Borrower].InterestPaid += interest
		w.flows[l.Lender].InterestReceived += interest
		w.tx(l.Alliance, func(g *Ledger) {
			g.PrincipalPaid += principal
			g.PrincipalReceived += principal
			g.InterestPaid += interest
			g.InterestReceived += interest
		})
		if l.Remaining > 1e-12*l.Principal {
			live = append(live, l)
		} else {
			w.spareLoans = append(w.spareLoans, l)
		}
	}
	w.loans = live
	for i := range w.nations {
		if owed, ok := defaulted[i]; ok {
			w.log(Defaulted, nil, i, fmt.Sprintf("fiscal pressure %.2f crossed p_default %.2f; %.3g written off", w.nations[i].Pressure, w.p.DefaultAt, owed))
		}
	}
}

func (w *World) writeOff(l *Loan) {
	amount := l.Remaining
	l.Remaining = 0
	w.flows[l.Borrower].Forgiven += amount
	w.flows[l.Lender].Lost += amount
	w.tx(l.Alliance, func(g *Ledger) { g.Forgiven += amount; g.Lost += amount; g.Defaults++ })
	if a := l.Alliance; a != nil && !a.Dissolved && !slices.Contains(a.defaulters, l.Borrower) {
		a.defaulters = append(a.defaulters, l.Borrower)
	}
}

// lend: a member with p_borrow < P < p_default (and not a command economy)
// borrows up to loan_cap·Y a year, within credit_limit·Y outstanding, from
// allies with P < p_lend, in proportion to their GDP. The loan is spent on
// defence in the tick it arrives.
func (w *World) lend() {
	owed := w.scratchRow(&w.owed, len(w.nations))
	clear(owed)
	for _, l := range w.loans {
		owed[l.Borrower] += l.Remaining
	}
	terms := int(max(1, math.Round(w.p.LoanTerm/w.dt)))
	rate := w.p.LoanRate * w.dt
	var lenders []int
	for i := range w.nations {
		b := &w.nations[i]
		if !b.Active || b.Command || len(w.memberships[i]) == 0 ||
			b.Pressure <= w.p.BorrowAt || b.Pressure >= w.p.DefaultAt {
			continue
		}
		amount := min(w.p.LoanCap*b.GDP*w.dt, w.p.CreditLimit*b.GDP-owed[i])
		if amount <= 0 {
			continue
		}
		lenders = lenders[:0]
		gdp := 0.0
		w.forAllies(i, nil, func(j int, _ float64) {
			if n := &w.nations[j]; n.Active && n.Pressure < w.p.LendBelow {
				lenders = append(lenders, j)
				gdp += n.GDP
			}
		})
		if gdp <= 0 {
			continue
		}
		for _, j := range lenders {
			p := amount * w.nations[j].GDP / gdp
			l := w.newLoan()
			*l = Loan{
				Lender: j, Borrower: i, Alliance: w.carrier(i, j), Principal: p, Remaining: p,
				Rate: rate, Instalment: annuity(p, rate, terms), TicksLeft: terms,
			}
			w.loans = append(w.loans, l)
			w.flows[j].Lent += p
			w.flows[i].Borrowed += p
			w.tx(l.Alliance, func(g *Ledger) { g.Lent += p; g.Borrowed += p })
		}
	}
}

// newLoan returns a finished loan to reuse, or a new one.
func (w *World) newLoan() *Loan {
	if k := len(w.spareLoans); k > 0 {
		l := w.spareLoans[k-1]
		w.spareLoans = w.spareLoans[:k-1]
		return l
	}
	return new(Loan)
}

// annuity is the equal instalment that repays principal p at rate r per
// tick over n ticks. A rate too small to move 1 + r (below about 1e-16 a
// tick) leaves the discount 1 − (1 + r)^−n at zero: the rate is then
// negligible and the instalment is p/n, not 0/0.
func annuity(p, r float64, n int) float64 {
	if r <= 0 {
		return p / float64(n)
	}
	if d := 1 - math.Pow(1+r, -float64(n)); d > 0 {
		return p * r / d
	}
	return p / float64(n)
}

// transferLoans hands an absorbed state's allied loans, owed or lent, to the
// state that absorbs it (its debt went there too). A loan between the two
// becomes a debt of a state to itself and is settled: written off on both
// sides of the ledger.
func (w *World) transferLoans(gone, into int) {
	live := w.loans[:0]
	for _, l := range w.loans {
		if l.Borrower == gone {
			l.Borrower = into
		}
		if l.Lender == gone {
			l.Lender = into
		}
		if l.Borrower == l.Lender {
			amount := l.Remaining
			l.Remaining = 0
			w.flows[into].Forgiven += amount
			w.flows[into].Lost += amount
			w.tx(l.Alliance, func(g *Ledger) { g.Forgiven += amount; g.Lost += amount })
			w.spareLoans = append(w.spareLoans, l)
			continue
		}
		live = append(live, l)
	}
	w.loans = live
}
