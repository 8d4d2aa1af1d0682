package sim

import (
	"strings"
	"testing"
)

// The money checks can fail: each case books a wrong amount on purpose,
// with the engine's own booking primitives, after a real tick of a world
// where every kind of flow runs, and the Checker must name what is wrong.
// The first cases book both sides of a ledger in one closure, as every
// transfer does: the sides agree, so only the checks from outside (the
// nations' own flows, the loans, the world's ledger against the
// alliances') can see them.
func TestMoneyChecksCatchWrongBookings(t *testing.T) {
	for _, tc := range []struct {
		name string
		book func(w *World)
		want string
	}{
		{"aid booked in the ledger that no nation gave", func(w *World) {
			w.tx(nil, func(l *Ledger) { l.AidGiven += 5; l.AidReceived += 5 })
		}, "world ledger: aid given"},
		{"a loan booked twice in the ledger", func(w *World) {
			l := w.loans[0]
			w.tx(l.Alliance, func(g *Ledger) { g.Lent += l.Principal; g.Borrowed += l.Principal })
		}, "lent − repaid − lost / outstanding"},
		{"interest booked at twice the amount paid", func(w *World) {
			w.tx(nil, func(g *Ledger) { g.InterestPaid += 0.5; g.InterestReceived += 0.5 })
		}, "world ledger: interest paid"},
		{"a programme's output booked without its spending", func(w *World) {
			w.tx(w.alliances[0], func(g *Ledger) { g.PoolOutput += 1 })
		}, "world ledger: programme output"},
		{"an alliance's ledger booked without the world's", func(w *World) {
			a := w.alliances[0]
			a.Ledger.AidGiven += 1e3
			a.Ledger.AidReceived += 1e3
		}, "alliance ledgers: aid"},
		// One side wrong: the sides themselves disagree.
		{"aid received more than given", func(w *World) {
			w.flows[cBOR].AidReceived += 1
			w.tx(nil, func(l *Ledger) { l.AidReceived += 1 })
		}, "this tick's flows: aid given/received"},
		{"a write-off the lender does not lose", func(w *World) {
			w.flows[cBOR].Forgiven += 2
			w.tx(nil, func(l *Ledger) { l.Forgiven += 2 })
		}, "forgiven/lost"},
		{"pool return not M_A times what was pooled", func(w *World) {
			w.flows[cLN1].PoolReturn *= 2
		}, "pool return"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, financeWorld(1))
			c := NewChecker(w)
			for w.Step() && (len(w.loans) == 0 || w.Tick() < 3) {
				if err := c.Check(w); err != nil {
					t.Fatalf("tick %d: a sound world fails: %v", w.Tick(), err)
				}
			}
			if err := c.Check(w); err != nil || len(w.loans) == 0 {
				t.Fatalf("bad fixture: %d loans, check %v", len(w.loans), err)
			}
			tc.book(w)
			err := c.Check(w)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

// A merge settles a loan between the two states (transferLoans, in phase
// 1). The write-off used to reach the ledgers but not the flows, which
// phase 5 cleared: the check against the nations' flows found it.
func TestMergeSettlementReachesTheFlows(t *testing.T) {
	cfg := creditWorld()
	cfg.Nations[cBOR].Deficit = 0
	cfg.Events = []Event{{Tick: 3, Kind: Merge, Label: "union", Nation: cBOR, Into: cLN1}}
	w := mustNew(t, cfg)
	c := NewChecker(w)
	lent := 0.0
	for w.Step() {
		if err := c.Check(w); err != nil {
			t.Fatalf("tick %d: %v", w.Tick(), err)
		}
		switch w.Tick() {
		case 2:
			for _, l := range w.Loans() {
				if l.Borrower == cBOR && l.Lender == cLN1 {
					lent += l.Remaining
				}
			}
			if lent <= 0 {
				t.Fatal("bad fixture: LN1 has lent BOR nothing before the merge")
			}
		case 3:
			f := w.State(cLN1).Flows
			if f.Forgiven <= 0 || f.Forgiven != f.Lost {
				t.Errorf("the merge's tick: LN1 wrote off %v and lost %v, want the settled loans (owed %v before)", f.Forgiven, f.Lost, lent)
			}
		}
	}
}
