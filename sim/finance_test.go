package sim

import (
	"math"
	"strings"
	"testing"

	"entente/agents"
)

// Indices of creditWorld's nations.
const (
	cENE = iota // the common enemy
	cBOR        // heavily indebted: borrows, then defaults
	cLN1        // sound lender, large
	cLN2        // sound lender, small
	cMID        // pressed but neither borrower nor lender
	cOUT        // sound, but in no alliance
)

// creditWorld is an alliance of four facing one enemy: a borrower whose
// structural deficit pushes its debt through p_default within a few years,
// two sound lenders (GDP 600 and 200), and a member whose pressure bars it
// from lending. Exits, dissolution and formation are switched off, so the
// alliance holds while finance runs.
func creditWorld() Config {
	p := fixtureParams()
	p.ExitPatience, p.DissolvePatient = 100, 100
	p.JoinValue, p.FormValue = 50, 100
	nation := func(id string, x, y, gdp, share, debt, regime float64, camp string) agents.Nation {
		n := newNation(p, id, x, y, gdp, share)
		n.Debt, n.Regime, n.Camp = debt, regime, camp
		n.Pressure = agents.FiscalPressure(debt, p.economy())
		return n
	}
	cfg := Config{
		Name: "credit", StartYear: 2000, EndYear: 2029, TicksPerYear: 1, Seed: 7, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			nation("ENE", 2000, 0, 800, 0.05, 0.3, -8, "red"),
			nation("BOR", 0, 0, 200, 0.03, 2.5, 8, "blue"),
			nation("LN1", 300, 200, 600, 0.03, 0.3, 9, "blue"),
			nation("LN2", 300, -200, 200, 0.03, 0.5, 7, "blue"),
			nation("MID", -300, 0, 100, 0.03, 1.2, 8, "blue"),
			nation("OUT", -2000, 0, 500, 0.02, 0.2, 5, ""),
		},
		Rivalries: []Relation{{A: cENE, B: cBOR, Level: 0.5}, {A: cENE, B: cLN1, Level: 0.5}},
		Alliances: []AllianceConfig{{Name: "blue", Members: []int{cBOR, cLN1, cLN2, cMID}, Target: 0.02, Cohesion: 0.7, Pooling: 0.02}},
	}
	cfg.Nations[cBOR].Deficit = 0.1
	return cfg
}

func TestAidSplitByNeed(t *testing.T) {
	for _, tc := range []struct {
		name    string
		perYear int
	}{{"yearly", 1}, {"quarterly", 4}} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := perceptionWorld() // BOR and CAL share two alliances
			cfg.TicksPerYear = tc.perYear
			for i := range cfg.Nations {
				cfg.Nations[i].Policy.Generosity = 0.01 * float64(i+1)
			}
			w := mustNew(t, cfg)
			n := len(w.nations)
			given, received := make([]float64, n), make([]float64, n)
			for i := range w.nations {
				allies := map[int]bool{}
				for _, a := range w.alliances {
					if a.Dissolved || !a.Has(i) {
						continue
					}
					for _, j := range a.Members {
						if j != i {
							allies[j] = true // a set: an ally in two alliances counts once
						}
					}
				}
				if len(allies) == 0 {
					continue
				}
				yMax := w.nations[i].GDP
				for j := range allies {
					yMax = math.Max(yMax, w.nations[j].GDP)
				}
				need, total := map[int]float64{}, 0.0
				for j := range allies {
					need[j] = math.Log(1+w.ratio[j]) * (1 - w.nations[j].GDP/yMax)
					total += need[j]
				}
				if total <= 0 {
					continue
				}
				budget := w.nations[i].Policy.Generosity * w.nations[i].Share * w.nations[i].GDP * w.dt
				given[i] = budget
				for j := range allies {
					received[j] += budget * need[j] / total
				}
			}
			for i := range w.flows {
				w.flows[i] = Flows{}
			}
			w.giveAid()
			for i := range w.nations {
				f := w.flows[i]
				if !near(f.AidGiven, given[i], 1e-12) || !near(f.AidReceived, received[i], 1e-12) {
					t.Errorf("%s gave %v received %v, want %v and %v", w.nations[i].ID, f.AidGiven, f.AidReceived, given[i], received[i])
				}
			}
			if given[iBOR] <= 0 || received[iCAL] <= 0 || received[iGAL] <= 0 {
				t.Errorf("bad fixture: BOR gives %v, CAL receives %v, GAL receives %v", given[iBOR], received[iCAL], received[iGAL])
			}
			// The largest member (AST) needs nothing; non-members get nothing.
			if w.flows[iAST].AidReceived != 0 || w.flows[iFEN].AidReceived != 0 || w.flows[iFEN].AidGiven != 0 {
				t.Errorf("AST received %v, FEN received %v and gave %v: want 0", w.flows[iAST].AidReceived,
					w.flows[iFEN].AidReceived, w.flows[iFEN].AidGiven)
			}
		})
	}
	t.Run("no aid when total need is zero", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			prep func(w *World)
		}{
			{"allies of equal GDP", func(w *World) {
				w.nations[iESK].GDP = w.nations[iDRA].GDP
			}},
			{"no threat", func(w *World) {
				for i := range w.ratio {
					w.ratio[i] = 0
				}
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				cfg := testWorld()
				cfg.Alliances = []AllianceConfig{{Members: []int{iDRA, iESK}, Cohesion: 0.8}}
				w := mustNew(t, cfg)
				tc.prep(w)
				w.giveAid()
				for i, f := range w.flows {
					if f.AidGiven != 0 || f.AidReceived != 0 {
						t.Errorf("%s: aid %+v, want none", w.nations[i].ID, f)
					}
				}
			})
		}
	})
}

func TestLending(t *testing.T) {
	p := fixtureParams()
	for _, tc := range []struct {
		name    string
		perYear int
		prep    func(w *World)
		want    float64 // share of the borrower's GDP borrowed this tick
	}{
		{"loan_cap a year", 1, func(*World) {}, p.LoanCap},
		{"quarterly: a quarter of loan_cap", 4, func(*World) {}, p.LoanCap / 4},
		{"up to credit_limit outstanding", 1, func(w *World) {
			w.loans = append(w.loans, &Loan{Lender: cLN1, Borrower: cBOR, Principal: 1, Remaining: (p.CreditLimit - 0.004) * 200})
		}, 0.004},
		{"at the credit limit", 1, func(w *World) {
			w.loans = append(w.loans, &Loan{Lender: cLN1, Borrower: cBOR, Principal: 1, Remaining: p.CreditLimit * 200})
		}, 0},
		{"command economies do not borrow", 1, func(w *World) { w.nations[cBOR].Command = true }, 0},
		{"pressure at p_borrow", 1, func(w *World) { w.nations[cBOR].Pressure = p.BorrowAt }, 0},
		{"pressure at p_default", 1, func(w *World) { w.nations[cBOR].Pressure = p.DefaultAt }, 0},
		{"no ally sound enough to lend", 1, func(w *World) {
			w.nations[cLN1].Pressure, w.nations[cLN2].Pressure = p.LendBelow, 0.3
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := creditWorld()
			cfg.TicksPerYear = tc.perYear
			w := mustNew(t, cfg)
			w.nations[cBOR].Pressure = 0.8
			tc.prep(w)
			old := len(w.loans)
			w.lend()
			y := w.nations[cBOR].GDP
			want := tc.want * y
			if got := w.flows[cBOR].Borrowed; !near(got, want, 1e-12) {
				t.Fatalf("borrowed %v, want %v", got, want)
			}
			if want == 0 {
				if len(w.loans) != old {
					t.Errorf("%d new loans, want none", len(w.loans)-old)
				}
				return
			}
			// Lenders are the members with P < p_lend (LN1, LN2; not MID,
			// not OUT), in proportion to GDP (600:200).
			shares := map[int]float64{cLN1: 0.75, cLN2: 0.25}
			terms := int(math.Round(p.LoanTerm * float64(tc.perYear)))
			r := p.LoanRate / float64(tc.perYear)
			for _, l := range w.loans[old:] {
				s, ok := shares[l.Lender]
				if !ok || l.Borrower != cBOR {
					t.Errorf("loan from %d to %d: want LN1 or LN2 to BOR", l.Lender, l.Borrower)
					continue
				}
				delete(shares, l.Lender)
				if !near(l.Principal, s*want, 1e-12) || l.Remaining != l.Principal || !near(w.flows[l.Lender].Lent, s*want, 1e-12) {
					t.Errorf("loan from %s: principal %v, remaining %v, lent %v; want %v", w.nations[l.Lender].ID, l.Principal,
						l.Remaining, w.flows[l.Lender].Lent, s*want)
				}
				annuity := l.Principal * r / (1 - math.Pow(1+r, -float64(terms)))
				if l.TicksLeft != terms || !near(l.Rate, r, 1e-12) || !near(l.Instalment, annuity, 1e-12) {
					t.Errorf("terms %d, rate %v, instalment %v; want %d, %v, %v", l.TicksLeft, l.Rate, l.Instalment, terms, r, annuity)
				}
				if l.Alliance != w.alliances[0] {
					t.Errorf("loan carried by %v, want the shared alliance", l.Alliance)
				}
			}
			if len(shares) > 0 {
				t.Errorf("no loan from %v", shares)
			}
			for _, i := range []int{cMID, cOUT, cENE} {
				if w.flows[i].Lent != 0 {
					t.Errorf("%s lent %v, want 0", w.nations[i].ID, w.flows[i].Lent)
				}
			}
		})
	}
}

func TestAnnuityRepaysInLoanTerm(t *testing.T) {
	for _, tc := range []struct {
		name    string
		perYear int
	}{{"yearly", 1}, {"quarterly", 4}, {"monthly", 12}} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := creditWorld()
			cfg.TicksPerYear = tc.perYear
			w := mustNew(t, cfg)
			w.nations[cBOR].Pressure = 0.8
			w.nations[cLN2].Pressure = 0.5 // one lender: one loan
			w.lend()
			if len(w.loans) != 1 {
				t.Fatalf("%d loans, want 1", len(w.loans))
			}
			l := w.loans[0]
			terms := int(w.p.LoanTerm) * tc.perYear
			r := w.p.LoanRate / float64(tc.perYear)
			want := l.Principal * r / (1 - math.Pow(1+r, -float64(terms)))
			principal, interest := 0.0, 0.0
			for k := 1; k <= terms; k++ {
				if len(w.loans) != 1 {
					t.Fatalf("the loan was gone after %d of %d instalments", k-1, terms)
				}
				for i := range w.flows {
					w.flows[i] = Flows{}
				}
				w.serviceLoans()
				f := w.flows[cBOR]
				if paid := f.PrincipalPaid + f.InterestPaid; !near(paid, want, 1e-9) {
					t.Errorf("instalment %d: paid %v, want %v", k, paid, want)
				}
				if f.PrincipalPaid != w.flows[cLN1].PrincipalReceived || f.InterestPaid != w.flows[cLN1].InterestReceived {
					t.Errorf("instalment %d: lender received %+v, borrower paid %+v", k, w.flows[cLN1], f)
				}
				principal += f.PrincipalPaid
				interest += f.InterestPaid
			}
			if len(w.loans) != 0 {
				t.Errorf("after %d instalments (%g years) %d loans remain, %v owed", terms, w.p.LoanTerm, len(w.loans), w.loans[0].Remaining)
			}
			if !near(principal, l.Principal, 1e-12) || !near(interest, float64(terms)*want-l.Principal, 1e-9) {
				t.Errorf("repaid principal %v and interest %v, want %v and %v", principal, interest, l.Principal, float64(terms)*want-l.Principal)
			}
		})
	}
}

// runToDefault steps creditWorld until BOR defaults, returning the world,
// the cohesion and BOR's loans just before the defaulting tick.
func runToDefault(t *testing.T) (w *World, cohesionBefore, owedBefore float64, loansBefore int) {
	t.Helper()
	w = mustNew(t, creditWorld())
	for w.Step() {
		if d := records(w, Defaulted); len(d) > 0 {
			return w, cohesionBefore, owedBefore, loansBefore
		}
		cohesionBefore = w.alliances[0].Cohesion
		owedBefore, loansBefore = 0, 0
		for _, l := range w.loans {
			if l.Borrower == cBOR {
				owedBefore += l.Remaining
				loansBefore++
			}
		}
	}
	t.Fatal("BOR never defaulted")
	return
}

func TestDefault(t *testing.T) {
	w, _, owed, loans := runToDefault(t)
	tick := w.Tick()
	if loans < 2 || owed <= 0 {
		t.Fatalf("bad fixture: BOR held %d loans (%v) before defaulting", loans, owed)
	}
	d := records(w, Defaulted)
	if len(d) != 1 || d[0].Nation != "BOR" {
		t.Errorf("default records %+v, want one for BOR", d)
	}
	if p := w.nations[cBOR].Pressure; p < w.p.DefaultAt {
		t.Errorf("BOR defaulted at P = %v below p_default", p)
	}
	for _, l := range w.loans {
		if l.Borrower == cBOR {
			t.Errorf("a loan to BOR survived the default: %+v", *l)
		}
	}
	f := w.flows[cBOR]
	if !near(f.Forgiven, owed, 1e-12) || f.PrincipalPaid != 0 || f.InterestPaid != 0 || f.Borrowed != 0 {
		t.Errorf("BOR's flows at default %+v, want %v forgiven and no payments or new loans", f, owed)
	}
	if lost := w.flows[cLN1].Lost + w.flows[cLN2].Lost; !near(lost, owed, 1e-12) {
		t.Errorf("lenders lost %v, want %v", lost, owed)
	}
	if w.Diagnostics().Defaults != 1 {
		t.Errorf("diagnostics count %d defaults, want 1", w.Diagnostics().Defaults)
	}
	// Once: BOR stays past the line and never defaults or borrows again.
	for w.Step() {
		if len(records(w, Defaulted)) > 0 {
			t.Errorf("tick %d: another default after the one at tick %d", w.Tick(), tick)
		}
		if w.flows[cBOR].Borrowed != 0 {
			t.Errorf("tick %d: BOR borrowed %v past p_default", w.Tick(), w.flows[cBOR].Borrowed)
		}
	}
}

func TestDefaultCostsCohesionOnce(t *testing.T) {
	// BOR holds several loans (one per lender per tick) when it defaults:
	// the alliance loses η5 once for the default, in phase 7 only, on top
	// of its relaxation toward c*.
	w, before, _, loans := runToDefault(t)
	if loans < 2 {
		t.Fatalf("bad fixture: %d loans", loans)
	}
	a := w.alliances[0]
	relaxed := before + (1-math.Pow(1-w.p.CohesionRate, w.dt))*(a.Causes.Target-before)
	want := math.Min(math.Max(relaxed-w.p.DefaultHit, 0), 1)
	if !near(a.Cohesion, want, 1e-12) {
		t.Errorf("cohesion after the default = %v, want %v (relaxed %v less η5 = %v once; %d loans)",
			a.Cohesion, want, relaxed, w.p.DefaultHit, loans)
	}
	// The next tick carries no further hit.
	before = a.Cohesion
	w.Step()
	relaxed = before + (1-math.Pow(1-w.p.CohesionRate, w.dt))*(a.Causes.Target-before)
	if !near(a.Cohesion, relaxed, 1e-12) {
		t.Errorf("cohesion the tick after = %v, want %v (no second hit)", a.Cohesion, relaxed)
	}
}

func TestNoDefaultWithoutDebt(t *testing.T) {
	// MID has no allied loans: a command economy cannot borrow. Its debt
	// crosses p_default, but it is no debtor of its allies: no "default"
	// record and no cohesion hit.
	cfg := creditWorld()
	cfg.Nations[cBOR].Deficit = 0
	cfg.Nations[cBOR].Debt = 0.4
	m := &cfg.Nations[cMID]
	m.Command, m.Growth, m.Debt = true, 0, 2.75
	m.Pressure = agents.FiscalPressure(m.Debt, cfg.Params.economy())
	w := mustNew(t, cfg)
	before := w.alliances[0].Cohesion
	w.Step()
	if w.nations[cMID].Pressure < w.p.DefaultAt {
		t.Fatalf("bad fixture: MID's pressure %v did not cross p_default", w.nations[cMID].Pressure)
	}
	if d := records(w, Defaulted); len(d) > 0 {
		t.Errorf("default records %+v for a state that owed its allies nothing", d)
	}
	a := w.alliances[0]
	if want := before + (1-math.Pow(1-w.p.CohesionRate, w.dt))*(a.Causes.Target-before); !near(a.Cohesion, want, 1e-12) {
		t.Errorf("cohesion %v, want %v (no default hit)", a.Cohesion, want)
	}
}

func TestPooling(t *testing.T) {
	cfg := creditWorld()
	cfg.TicksPerYear = 4
	cfg.Alliances = append(cfg.Alliances, AllianceConfig{Members: []int{cLN1, cOUT}, Cohesion: 0.5, Pooling: 0.05})
	w := mustNew(t, cfg)
	w.pool()
	pooled := map[int]float64{}
	for _, a := range cfg.Alliances {
		for _, i := range a.Members {
			pooled[i] += a.Pooling * w.nations[i].Budget() * 0.25
		}
	}
	for i := range w.nations {
		f := w.flows[i]
		if !near(f.Pooled, pooled[i], 1e-12) || !near(f.PoolReturn, w.p.PoolGain*pooled[i], 1e-12) {
			t.Errorf("%s pooled %v returned %v, want %v and M_A× = %v", w.nations[i].ID, f.Pooled, f.PoolReturn,
				pooled[i], w.p.PoolGain*pooled[i])
		}
	}
	// LN1 contributes to both alliances, each with its own σ_A.
	if want := (0.02 + 0.05) * w.nations[cLN1].Budget() * 0.25; !near(w.flows[cLN1].Pooled, want, 1e-12) {
		t.Errorf("LN1 pooled %v, want %v", w.flows[cLN1].Pooled, want)
	}
	for k, a := range w.alliances {
		sum := 0.0
		for _, i := range cfg.Alliances[k].Members {
			sum += cfg.Alliances[k].Pooling * w.nations[i].Budget() * 0.25
		}
		l := a.Ledger
		if !near(l.Pooled, sum, 1e-12) || l.PoolSpent != l.Pooled || !near(l.PoolOutput, w.p.PoolGain*sum, 1e-12) {
			t.Errorf("%s ledger %+v, want pooled %v, output %v", a.ID, l, sum, w.p.PoolGain*sum)
		}
	}
}

func TestDefaultRecordNamesCause(t *testing.T) {
	w, _, _, _ := runToDefault(t)
	if c := records(w, Defaulted)[0].Cause; !strings.Contains(c, "p_default") {
		t.Errorf("default cause %q does not name p_default", c)
	}
}

func TestMergeCarriesLoans(t *testing.T) {
	// MODEL.md 2b: a merge carries the absorbed state's debt into the
	// absorbing one, and a state's debt includes its allied loans; an
	// inactive state should neither owe nor be owed afterwards.
	cfg := creditWorld()
	cfg.Nations[cBOR].Deficit = 0
	cfg.Events = []Event{{Tick: 3, Kind: Merge, Label: "union", Nation: cBOR, Into: cMID}}
	w := mustNew(t, cfg)
	stepThrough(t, w, 2)
	owed := 0.0
	for _, l := range w.Loans() {
		if l.Borrower == cBOR {
			owed += l.Remaining
		}
	}
	if owed <= 0 {
		t.Fatal("bad fixture: BOR owes nothing before the merge")
	}
	stepThrough(t, w, 3)
	for _, l := range w.Loans() {
		if l.Borrower == cBOR || l.Lender == cBOR {
			t.Errorf("the absorbed state still holds a loan after the merge: %+v", *l)
		}
	}
	if w.State(cBOR).Flows != (Flows{}) {
		t.Errorf("the merged state still has flows: %+v", w.State(cBOR).Flows)
	}
}

// A loan rate too small to move 1 + r (r_loan = 5e-324 is in its range)
// made the annuity 0/0: NaN repayments. It repays p/n a tick instead, and
// any rate gives a positive, finite instalment.
func TestAnnuityAtTinyRates(t *testing.T) {
	for _, tc := range []struct {
		r    float64
		n    int
		want float64 // 0: only positive and finite
	}{
		{5e-324, 10, 10}, {1e-300, 120, 100.0 / 120}, {1e-17, 12000, 100.0 / 12000},
		{1e-12, 12000, 0}, {0.03, 10, 0}, {1, 12000, 0},
	} {
		got := annuity(100, tc.r, tc.n)
		if math.IsNaN(got) || math.IsInf(got, 0) || got <= 0 || (tc.want != 0 && !near(got, tc.want, 1e-12)) {
			t.Errorf("annuity(100, %g, %d) = %v, want %v", tc.r, tc.n, got, tc.want)
		}
	}
}
