package sim

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// Checker verifies the engine's invariants after each tick: every value
// finite, shares within their bounds, no negative GDP, capability or
// budget, alliances of two or more members that every member lists,
// hostility in [0, 1] and affinity in [−1, 1], and money conserved across aid,
// credit and pooled programmes to a relative 1e-9. Tests use it, and
// `entente run --check`; it reads the world through its public accessors
// and costs O(N²) a tick, less than the tick itself.
//
// The model has no hostility gate (MODEL.md section 2.7: the (1 − H)
// factor and the κ tests do its work, and rivals may ally against a
// larger threat), so allied states may be hostile; the checker holds
// hostility to its range instead.
type Checker struct {
	prevShare []float64 // last tick's shares, NaN before the first
	flows     flowSums  // the nations' flows since the start (ledgercheck.go)
}

// NewChecker returns a checker for w, before its first tick. Money is
// checked against the nations' flows summed over every tick checked, so
// Check should see every tick (a tick it misses turns that part off).
func NewChecker(w *World) *Checker {
	c := &Checker{prevShare: make([]float64, len(w.Nations())), flows: newFlowSums()}
	for i := range c.prevShare {
		c.prevShare[i] = math.NaN()
	}
	return c
}

// conservationTol is the relative tolerance of the money balances.
const conservationTol = 1e-9

// Check returns every invariant the world breaks after its last tick, or
// nil. Each problem names the tick and the nation or alliance.
func (c *Checker) Check(w *World) error {
	var errs []error
	bad := func(format string, args ...any) {
		if len(errs) < maxProblems {
			errs = append(errs, fmt.Errorf("tick %d: "+format, append([]any{w.Tick()}, args...)...))
		}
	}
	c.checkNations(w, bad)
	checkAlliances(w, bad)
	checkRelations(w, bad)
	checkMoney(w, bad)
	c.flows.observe(w)
	if msg := c.flows.ledgerVsFlows(w.Ledger()); msg != "" {
		bad("world ledger: %s", msg)
	}
	if msg := alliancesVsWorld(w); msg != "" {
		bad("alliance ledgers: %s", msg)
	}
	d := w.Diagnostics()
	for _, v := range [...]named{{"effective blocs", d.EffectiveBlocs}, {"largest bloc share", d.LargestBlocShare},
		{"energy", d.Energy}, {"aid total", d.AidTotal}, {"credit outstanding", d.CreditOutstanding}, {"capability", d.Capability}} {
		if !finite(v.v) {
			bad("diagnostics: %s is %v", v.name, v.v)
		}
	}
	return errors.Join(errs...)
}

// maxProblems caps the problems one check reports.
const maxProblems = 20

// named is a value and what it is, for messages.
type named struct {
	name string
	v    float64
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func (c *Checker) checkNations(w *World, bad func(string, ...any)) {
	for i := range w.Nations() {
		n := &w.Nations()[i]
		if !n.Active {
			continue
		}
		for _, v := range [...]named{{"GDP", n.GDP}, {"share", n.Share}, {"capability", n.Capability},
			{"debt", n.Debt}, {"fiscal pressure", n.Pressure}, {"growth", n.Growth}} {
			if !finite(v.v) {
				bad("%s: %s is %v", n.ID, v.name, v.v)
			}
		}
		if n.GDP < 0 || n.Capability < 0 || n.Budget() < 0 {
			bad("%s: negative GDP %v, capability %v or budget %v", n.ID, n.GDP, n.Capability, n.Budget())
		}
		if n.Pressure < 0 || n.Pressure > 1 {
			bad("%s: fiscal pressure %v outside [0, 1]", n.ID, n.Pressure)
		}
		c.checkShare(w, i, bad)
		st := w.State(i)
		f := st.Flows
		for _, v := range [...]named{{"threat", st.Threat}, {"whole threat", st.WholeThreat}, {"security", st.Security}, {"threat ratio", st.ThreatRatio},
			{"aid given", f.AidGiven}, {"aid received", f.AidReceived}, {"lent", f.Lent}, {"borrowed", f.Borrowed},
			{"principal paid", f.PrincipalPaid}, {"interest paid", f.InterestPaid}, {"pooled", f.Pooled}} {
			if !finite(v.v) || v.v < 0 {
				bad("%s: %s is %v", n.ID, v.name, v.v)
			}
		}
	}
}

// checkShare holds a share to [0, 1] and to its policy's band
// [s_min, s_max] (or below a binding fiscal rule's cap). A share that
// starts outside the band (from data) must move toward it, never away.
func (c *Checker) checkShare(w *World, i int, bad func(string, ...any)) {
	n := &w.Nations()[i]
	s := n.Share
	if s < 0 || s > 1 {
		bad("%s: share %v outside [0, 1]", n.ID, s)
	}
	lo, hi := n.Policy.MinShare, n.Policy.MaxShare
	if n.ShareCap > 0 && n.Debt > n.RuleDebt {
		lo, hi = min(lo, n.ShareCap), min(hi, max(n.ShareCap, lo))
	}
	const eps = 1e-12
	gap := max(0, max(lo-s, s-hi))
	if prev := c.prevShare[i]; gap > eps && !math.IsNaN(prev) {
		prevGap := max(0, max(lo-prev, prev-hi))
		if gap > prevGap+eps && !(n.ShareCap > 0) {
			bad("%s: share %v moved away from its band [%v, %v] (was %v)", n.ID, s, lo, hi, prev)
		}
	}
	c.prevShare[i] = s
}

func checkAlliances(w *World, bad func(string, ...any)) {
	nations := w.Nations()
	for _, a := range w.Alliances() {
		if a.Dissolved {
			continue
		}
		if len(a.Members) < 2 {
			bad("alliance %s has %d members", a.ID, len(a.Members))
		}
		for x, m := range a.Members {
			if slices.Contains(a.Members[:x], m) {
				bad("alliance %s lists %s twice", a.ID, nations[m].ID)
			}
			if !nations[m].Active {
				bad("alliance %s holds %s, who is not in the system", a.ID, nations[m].ID)
			}
			if !slices.Contains(w.Memberships(m), a) {
				bad("alliance %s holds %s, who does not list it", a.ID, nations[m].ID)
			}
		}
		for _, v := range [...]named{{"cohesion", a.Cohesion}, {"institution", a.Institution}} {
			if !finite(v.v) || v.v < 0 || v.v > 1 {
				bad("alliance %s: %s %v outside [0, 1]", a.ID, v.name, v.v)
			}
		}
		if !finite(a.Target) || a.Target < 0 || !finite(a.BurdenGap) || math.IsInf(a.Exploitation, 0) {
			bad("alliance %s: target %v, burden gap %v, exploitation %v", a.ID, a.Target, a.BurdenGap, a.Exploitation)
		}
	}
	for i := range nations {
		for _, a := range w.Memberships(i) {
			if a.Dissolved || !slices.Contains(a.Members, i) {
				bad("%s lists alliance %s, which does not hold it", nations[i].ID, a.ID)
			}
		}
	}
}

func checkRelations(w *World, bad func(string, ...any)) {
	nations := w.Nations()
	for i := range nations {
		for j := range nations {
			h, a := w.Hostility(i, j), w.Affinity(i, j)
			if !finite(h) || h < 0 || h > 1 || !finite(a) || a < -1 || a > 1 {
				bad("%s–%s: hostility %v outside [0, 1] or affinity %v outside [−1, 1]", nations[i].ID, nations[j].ID, h, a)
				return
			}
		}
	}
}

// checkMoney checks that what is given, lent, repaid, paid in interest,
// written off and pooled is received, borrowed, collected, lost and spent
// in equal amounts, in the world's ledger and in each alliance's, and that
// the principal outstanding is what the loans still owe.
func checkMoney(w *World, bad func(string, ...any)) {
	owed := map[*Alliance]float64{}
	total := 0.0
	for _, l := range w.Loans() {
		if !finite(l.Remaining) || l.Remaining < -1e-9 {
			bad("a loan of %s to %s owes %v", w.Nations()[l.Lender].ID, w.Nations()[l.Borrower].ID, l.Remaining)
		}
		total += l.Remaining
		owed[l.Alliance] += l.Remaining
	}
	if msg := w.unbalancedFlows(); msg != "" {
		bad("%s", msg)
	}
	if msg := unbalanced(w.Ledger(), total); msg != "" {
		bad("world ledger: %s", msg)
	}
	if l := w.Ledger(); !balanced(l.Outstanding, total, l.Lent) {
		bad("world ledger: outstanding %v, loans owe %v", l.Outstanding, total)
	}
	for _, a := range w.Alliances() {
		if msg := unbalanced(a.Ledger, owed[a]); msg != "" {
			bad("alliance %s ledger: %s", a.ID, msg)
		}
	}
}

// tickFlows sums every nation's flows of the last tick.
func (w *World) tickFlows() Flows {
	var f Flows
	for i := range w.nations {
		g := &w.flows[i]
		f.AidGiven += g.AidGiven
		f.AidReceived += g.AidReceived
		f.Lent += g.Lent
		f.Borrowed += g.Borrowed
		f.PrincipalPaid += g.PrincipalPaid
		f.PrincipalReceived += g.PrincipalReceived
		f.InterestPaid += g.InterestPaid
		f.InterestReceived += g.InterestReceived
		f.Forgiven += g.Forgiven
		f.Lost += g.Lost
		f.Pooled += g.Pooled
		f.PoolReturn += g.PoolReturn
	}
	return f
}

// unbalancedFlows says how the last tick's flows fail to balance across
// nations (what one gives, lends, repays, pays or writes off, another
// receives, borrows, collects or loses; a programme returns M_A times what
// each put in), or "".
func (w *World) unbalancedFlows() string {
	for i := range w.nations {
		if g := &w.flows[i]; !balanced(g.PoolReturn, w.p.PoolGain*g.Pooled, 0) {
			return fmt.Sprintf("%s: pool return %v ≠ M_A × %v", w.nations[i].ID, g.PoolReturn, g.Pooled)
		}
	}
	f := w.tickFlows()
	for _, p := range [...]struct {
		name string
		a, b float64
	}{{"aid given/received", f.AidGiven, f.AidReceived}, {"lent/borrowed", f.Lent, f.Borrowed},
		{"principal paid/received", f.PrincipalPaid, f.PrincipalReceived},
		{"interest paid/received", f.InterestPaid, f.InterestReceived}, {"forgiven/lost", f.Forgiven, f.Lost}} {
		if !finite(p.a) || !finite(p.b) || !balanced(p.a, p.b, 0) {
			return fmt.Sprintf("this tick's flows: %s: %v ≠ %v", p.name, p.a, p.b)
		}
	}
	return ""
}

// unbalanced says which pair of sides of a ledger disagrees, or "".
func unbalanced(l Ledger, outstanding float64) string {
	for _, p := range []struct {
		name string
		a, b float64
	}{
		{"aid given/received", l.AidGiven, l.AidReceived},
		{"lent/borrowed", l.Lent, l.Borrowed},
		{"principal paid/received", l.PrincipalPaid, l.PrincipalReceived},
		{"interest paid/received", l.InterestPaid, l.InterestReceived},
		{"forgiven/lost", l.Forgiven, l.Lost},
		{"pooled/spent", l.Pooled, l.PoolSpent},
		{"lent − repaid − lost / outstanding", l.Lent - l.PrincipalReceived - l.Lost, outstanding},
	} {
		if !finite(p.a) || !finite(p.b) || !balanced(p.a, p.b, l.Lent) {
			return fmt.Sprintf("%s: %v ≠ %v", p.name, p.a, p.b)
		}
	}
	return ""
}

// balanced reports whether two sides agree to conservationTol of scale.
func balanced(a, b, scale float64) bool {
	return math.Abs(a-b) <= conservationTol*max(scale, max(math.Abs(a), math.Abs(b)))
}
