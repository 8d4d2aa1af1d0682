package sim

// Flows are one nation's finance flows in one tick [billion USD], each
// already scaled by the tick length. Every amount appears once on each side:
// what one state gives, lends or repays, another receives.
type Flows struct {
	AidGiven, AidReceived            float64
	Lent, Borrowed                   float64
	PrincipalPaid, PrincipalReceived float64
	InterestPaid, InterestReceived   float64
	Forgiven, Lost                   float64 // a default: written off for the debtor, lost by the lender
	Pooled                           float64 // put into joint programmes
	PoolReturn                       float64 // capability credited from the programmes (M_A × Pooled)
}

// debtChange is the change in the state's gross debt that its allied
// credit causes [billion USD]: a borrower's debt includes its loans and the
// interest it pays; a lender borrows what it lends and retires debt with
// what comes back. Principal repaid by a borrower swaps an allied creditor
// for a market one and leaves its gross debt unchanged.
func (f Flows) debtChange() float64 {
	return f.Borrowed + f.InterestPaid - f.Forgiven + f.Lent - f.PrincipalReceived - f.InterestReceived
}

// Ledger sums flows: per alliance (between its members) and for the whole
// world since the start. The conservation test checks that each pair of
// sides balances.
type Ledger struct {
	AidGiven, AidReceived            float64
	Lent, Borrowed                   float64
	PrincipalPaid, PrincipalReceived float64
	InterestPaid, InterestReceived   float64
	Forgiven, Lost                   float64
	Pooled                           float64 // contributions in
	PoolSpent                        float64 // spent by the programmes (all of what came in)
	PoolOutput                       float64 // capability produced (M_A × spent)
	Outstanding                      float64 // principal still owed, now
	Defaults                         int
}

// Loan is allied credit: a principal lent by one member to another, repaid
// in equal instalments (an annuity) over its term.
type Loan struct {
	Lender, Borrower int
	Alliance         *Alliance // the shared alliance that carries it
	Principal        float64
	Remaining        float64
	Rate             float64 // per tick
	Instalment       float64 // per tick
	TicksLeft        int
}

// Loans returns the loans outstanding. The loans are the world's and are
// reused once finished: read them between ticks, do not keep them.
func (w *World) Loans() []*Loan { return w.loans }
