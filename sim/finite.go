package sim

import (
	"fmt"
	"math"
)

// The finiteness guard: after every tick, Step checks that every quantity
// an observer reads (each active nation's economy, perception and flows,
// each live alliance's state, the ledger and the diagnostics) is a finite
// number. The ranges of the constants and of the scenario's inputs keep
// the arithmetic finite for any run of real length, but not for every
// combination over any length (GDP compounding for thousands of years
// overflows at last), and a NaN or an infinity must never reach a file as
// an empty cell. The guard only reads, so it changes no number; it costs
// O(states + alliances) a tick, far less than the tick's O(states²). The
// full invariant Checker (--check) does much more and stays optional.

// NonFiniteError is a run stopped by the finiteness guard: the first
// quantity that stopped being a finite number, where and when.
type NonFiniteError struct {
	Tick     int     // the tick that produced it
	Year     float64 // its calendar time
	Owner    string  // "nation X", "alliance A3", "the world ledger" or "the diagnostics"
	Quantity string  // what it is: "GDP", "debt", "aid received", …
	Value    float64 // NaN, +Inf or −Inf
}

func (e *NonFiniteError) Error() string {
	return fmt.Sprintf("tick %d (%s): %s: %s is %v, not a finite number: the run cannot go on "+
		"(a model constant or an input near the end of its range, or a run long enough for "+
		"growth to overflow; see `entente params`)", e.Tick, formatYear(e.Year), e.Owner, e.Quantity, e.Value)
}

// formatYear writes a calendar time as a year, with the month when the
// tick is shorter than a year.
func formatYear(y float64) string {
	whole := math.Floor(y)
	if y == whole {
		return fmt.Sprintf("%.0f", y)
	}
	return fmt.Sprintf("%.0f month %d", whole, int(math.Round((y-whole)*12))+1)
}

// Err returns why the run stopped before its end (a *NonFiniteError), or
// nil. Step returns false once it is set: callers that loop on Step check
// Err after the loop to tell a failed run from a finished one.
func (w *World) Err() error {
	if w.err == nil {
		return nil
	}
	return w.err
}

// checkFinite returns the first non-finite quantity of the last tick, or
// nil. It reads the same values the observers read.
func (w *World) checkFinite() *NonFiniteError {
	fail := func(owner, quantity string, v float64) *NonFiniteError {
		return &NonFiniteError{Tick: w.Tick(), Year: w.Year(), Owner: owner, Quantity: quantity, Value: v}
	}
	for i := range w.nations {
		n := &w.nations[i]
		if !n.Active {
			continue
		}
		f := &w.flows[i]
		for _, v := range [...]named{
			{"GDP", n.GDP}, {"defence share", n.Share}, {"budget", n.Budget()}, {"capability", n.Capability},
			{"debt", n.Debt}, {"fiscal pressure", n.Pressure}, {"threat", w.threat[i]},
			{"perceived threat", w.perceived[i]}, {"whole threat", w.threatWhole[i]}, {"perceived whole threat", w.perceivedWhole[i]}, {"security", w.security[i]}, {"threat ratio", w.ratio[i]},
			{"aid given", f.AidGiven}, {"aid received", f.AidReceived}, {"lent", f.Lent}, {"borrowed", f.Borrowed},
			{"principal paid", f.PrincipalPaid}, {"principal received", f.PrincipalReceived},
			{"interest paid", f.InterestPaid}, {"interest received", f.InterestReceived},
			{"written off", f.Forgiven}, {"lost to defaults", f.Lost}, {"pooled", f.Pooled}, {"pool return", f.PoolReturn},
		} {
			if !finite(v.v) {
				return fail("nation "+n.ID, v.name, v.v)
			}
		}
	}
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		k := 0.0 // the alliance's capability, as alliances.csv writes it
		for _, m := range a.Members {
			k += w.nations[m].Capability
		}
		// Exploitation is NaN by definition under three members that spend: not checked.
		for _, v := range [...]named{{"capability", k}, {"cohesion", a.Cohesion}, {"institutionalisation", a.Institution},
			{"spending target", a.Target}, {"burden gap", a.BurdenGap}} {
			if !finite(v.v) {
				return fail("alliance "+a.ID, v.name, v.v)
			}
		}
		if math.IsInf(a.Exploitation, 0) {
			return fail("alliance "+a.ID, "exploitation", a.Exploitation)
		}
	}
	l := &w.ledger
	for _, v := range [...]named{{"aid", l.AidGiven}, {"loans", l.Lent}, {"principal repaid", l.PrincipalPaid},
		{"interest", l.InterestPaid}, {"written off", l.Forgiven}, {"pooled", l.Pooled},
		{"pool output", l.PoolOutput}, {"outstanding", l.Outstanding}} {
		if !finite(v.v) {
			return fail("the world ledger", v.name, v.v)
		}
	}
	d := &w.diag
	for _, v := range [...]named{{"effective blocs", d.EffectiveBlocs}, {"largest bloc share", d.LargestBlocShare},
		{"energy", d.Energy}, {"aid total", d.AidTotal}, {"credit outstanding", d.CreditOutstanding},
		{"world capability", d.Capability}} {
		if !finite(v.v) {
			return fail("the diagnostics", v.name, v.v)
		}
	}
	return nil
}
