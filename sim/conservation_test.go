package sim

import (
	"testing"
)

// Extra nations of financeWorld, after creditWorld's.
const (
	cBR2 = cOUT + 1 + iota // indebted: borrows and repays steadily
	cENF                   // the enemy's ally
)

// financeWorld exercises every flow: creditWorld's alliance (aid, pooling,
// loans from two lenders to BOR, which a recession and a structural
// deficit drive into default, and to BR2, which borrows and repays), a
// second pooling alliance on the other side, and an aid programme from a
// state outside every alliance.
func financeWorld(perYear int) Config {
	cfg := creditWorld()
	cfg.TicksPerYear = perYear
	br2 := newNation(cfg.Params, "BR2", 200, 0, 150, 0.03)
	br2.Debt, br2.Regime, br2.Camp = 2.0, 8, "blue"
	enf := newNation(cfg.Params, "ENF", 2300, 300, 300, 0.04)
	enf.Regime, enf.Camp = -6, "red"
	cfg.Nations = append(cfg.Nations, br2, enf)
	cfg.Alliances[0].Members = append(cfg.Alliances[0].Members, cBR2)
	cfg.Alliances = append(cfg.Alliances, AllianceConfig{Name: "red", Members: []int{cENE, cENF}, Target: 0.03, Cohesion: 0.6, Pooling: 0.05})
	cfg.Events = []Event{
		{Tick: 1 * perYear, Kind: Recession, A: Group{Nations: []int{cBOR}}, Delta: 0.05, Duration: 3 * perYear},
		{Tick: 2 * perYear, Kind: AidProgramme, A: Group{Nations: []int{cOUT}}, B: Group{Nations: []int{cMID}}, Value: 3, Duration: 5 * perYear},
	}
	return cfg
}

// checkLedger checks each pair of sides of a ledger and its outstanding
// principal (want, from the loans themselves).
func checkLedger(t *testing.T, what string, l Ledger, outstanding float64) {
	t.Helper()
	if msg := unbalanced(l, outstanding); msg != "" {
		t.Errorf("%s: %s", what, msg)
	}
}

func TestMoneyConserved(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     Config
		dynamic bool // formation and exits on: alliances may come and go
	}{
		{"yearly", financeWorld(1), false},
		{"quarterly", financeWorld(4), false},
		{"with formation and exits", func() Config {
			c := financeWorld(1)
			d := DefaultParams()
			c.Params.ExitPatience, c.Params.DissolvePatient = d.ExitPatience, d.DissolvePatient
			c.Params.JoinValue, c.Params.FormValue = d.JoinValue, d.FormValue
			return c
		}(), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, tc.cfg)
			// The Checker holds the ledgers to records their booking code
			// does not write (ledgercheck.go); the checks below restate
			// the balances by hand.
			c := NewChecker(w)
			var cum Flows
			defaults := 0
			for w.Step() {
				tick := w.Tick()
				if err := c.Check(w); err != nil {
					t.Errorf("tick %d: %v", tick, err)
				}
				// This tick's flows balance across nations.
				f := w.tickFlows()
				if msg := w.unbalancedFlows(); msg != "" {
					t.Errorf("tick %d: %s", tick, msg)
				}
				cum.AidGiven += f.AidGiven
				cum.Lent += f.Lent
				cum.PrincipalReceived += f.PrincipalReceived
				cum.InterestReceived += f.InterestReceived
				cum.Lost += f.Lost
				cum.Pooled += f.Pooled

				// The world ledger: its sides, its outstanding principal, and
				// the sum of every nation's flows since the start.
				owed := map[*Alliance]float64{}
				total := 0.0
				for _, l := range w.Loans() {
					total += l.Remaining
					owed[l.Alliance] += l.Remaining
				}
				wl := w.Ledger()
				checkLedger(t, "world", wl, total)
				if !balanced(wl.Outstanding, total, wl.Lent) {
					t.Errorf("tick %d: world outstanding %v, loans owe %v", tick, wl.Outstanding, total)
				}
				for _, p := range [][2]float64{{wl.AidGiven, cum.AidGiven}, {wl.Lent, cum.Lent},
					{wl.PrincipalReceived, cum.PrincipalReceived}, {wl.InterestReceived, cum.InterestReceived},
					{wl.Lost, cum.Lost}, {wl.Pooled, cum.Pooled}} {
					if !balanced(p[0], p[1], 0) {
						t.Errorf("tick %d: world ledger %+v differs from the nations' flows %+v", tick, wl, cum)
						break
					}
				}
				// Each alliance's ledger, dissolved ones included: loans it
				// carries stay on its books.
				for _, a := range w.Alliances() {
					checkLedger(t, "alliance "+a.ID, a.Ledger, owed[a])
				}
				defaults += len(records(w, Defaulted))
				if t.Failed() {
					t.Fatalf("tick %d: stopping at the first imbalance", tick)
				}
			}
			// The scenario exercised every flow.
			l := w.Ledger()
			for name, v := range map[string]float64{"aid": l.AidGiven, "loans": l.Lent, "principal repaid": l.PrincipalPaid,
				"interest": l.InterestPaid, "written off": l.Forgiven, "pooled": l.Pooled} {
				if v <= 0 {
					t.Errorf("no %s in the run: the scenario does not exercise it", name)
				}
			}
			if defaults == 0 {
				t.Error("no default in the run")
			}
			if !tc.dynamic {
				blue := w.Alliances()[0].Ledger
				if blue.Lent <= 0 || blue.Forgiven <= 0 || blue.AidGiven <= 0 || blue.Pooled <= 0 {
					t.Errorf("the blue alliance's ledger misses a flow: %+v", blue)
				}
			}
		})
	}
}

func TestAllianceLedgerOutstanding(t *testing.T) {
	// Ledger.Outstanding is "principal still owed, now": an alliance's
	// ledger should carry the principal owed on the loans it carries.
	w := mustNew(t, financeWorld(1))
	for range 3 {
		w.Step()
	}
	a := w.Alliances()[0]
	owed := 0.0
	for _, l := range w.Loans() {
		if l.Alliance == a {
			owed += l.Remaining
		}
	}
	if owed <= 0 {
		t.Fatal("bad fixture: no loans carried by the alliance")
	}
	if !balanced(a.Ledger.Outstanding, owed, 0) {
		t.Errorf("alliance ledger Outstanding %v, but its loans owe %v", a.Ledger.Outstanding, owed)
	}
}
