package sim

import "math"

// Diagnostics are the world measures of MODEL.md section 3, as of one tick.
type Diagnostics struct {
	Alliances         int     // live alliances
	Blocs             int     // communities of two or more allied states
	EffectiveBlocs    float64 // 1/Σ share² of capability over blocs and unaligned states
	LargestBlocShare  float64 // capability share of the largest bloc
	Energy            float64 // Axelrod–Bennett landscape energy
	AidTotal          float64 // aid given this tick [billion USD]
	CreditOutstanding float64 // principal owed on allied loans [billion USD]
	Defaults          int     // defaults this tick
	Capability        float64 // world capability [billion USD]
	BlocOf            []int   // per nation: its bloc's index, -1 if unaligned (valid until the next Step)
}

// diagnose is the engine's part of phase 8: it computes the world
// diagnostics and each alliance's exploitation index for the observers.
func (w *World) diagnose() {
	d := Diagnostics{CreditOutstanding: w.ledger.Outstanding, Capability: w.worldCapability()}
	for i := range w.flows {
		d.AidTotal += w.flows[i].AidGiven
	}
	for _, r := range w.records {
		if r.Kind == Defaulted {
			d.Defaults++
		}
	}
	for _, a := range w.alliances {
		if a.Dissolved {
			a.Exploitation = math.NaN()
			continue
		}
		d.Alliances++
		a.Exploitation = w.exploitation(a)
	}
	w.findBlocs(&d)
	d.Energy = w.energy()
	w.diag = d
}

// exploitation is the Olson–Zeckhauser index: Spearman's rank correlation
// of members' GDP and defence share, over the members that spend on
// defence (a share above 0); NaN (written empty) under three of them or
// when either variable ties throughout. A member with no defence budget
// has no burden to rank: Olson & Zeckhauser (1966) rank NATO's fourteen
// members with armed forces and leave out Iceland, and the index's history
// is theirs (0.49 in 1964, about 0.2 by 1970 in Khanna & Sandler 1996).
// With Iceland ranked last at a share of 0, SIPRI's shares with Maddison's
// GDP give 0.69 in 1964 and 0.34 in 1970; without it, 0.62 and 0.19. In
// the runs Iceland keeps its share of 0, as budgets grow by increments of
// their own level (share_rise); at share_rise 0 it would spend s_min and be
// ranked.
func (w *World) exploitation(a *Alliance) float64 {
	n := len(a.Members)
	buf := w.scratchRow(&w.rankX, 2*n)
	gdp, share := buf[:0:n], buf[n:n]
	for _, i := range a.Members {
		if s := w.nations[i].Share; s > 0 {
			gdp, share = append(gdp, w.nations[i].GDP), append(share, s)
		}
	}
	m := len(gdp)
	if m < 3 {
		return math.NaN()
	}
	w.rankY = w.scratchRow(&w.rankY, 2*m)
	if cap(w.rankIdx) < m {
		w.rankIdx = make([]int, m)
	}
	return spearman(gdp, share, w.rankY[:m], w.rankY[m:], w.rankIdx[:m])
}

// energy is E = Σ_{i<j} z_i·z_j·p_ij·x_ij over active states, with z the
// capability share and x_ij = 1 when i and j share no alliance.
//
// The pairs are read from contiguous rows (the capabilities, i's row of p,
// i's allies marked once), not from the nations' records and a search of
// i's memberships per pair: the same terms in the same order, so the same
// sum. A capability of −1 marks an inactive state (an active one's is never
// negative: invariants.go).
func (w *World) energy() float64 {
	total := w.worldCapability()
	if total <= 0 {
		return 0
	}
	n := len(w.nations)
	capv := w.scratchRow(&w.energyCap, n)
	if cap(w.energyMark) < n {
		w.energyMark = make([]int, n)
	}
	mark := w.energyMark[:n]
	for j := range n {
		capv[j], mark[j] = -1, 0
		if w.nations[j].Active {
			capv[j] = w.nations[j].Capability
		}
	}
	e := 0.0
	for i := range n {
		if capv[i] < 0 {
			continue
		}
		for _, a := range w.memberships[i] {
			for _, m := range a.Members {
				mark[m] = i + 1
			}
		}
		zi := capv[i] / total
		row := w.propensity.RawRowView(i)
		for j := i + 1; j < n; j++ {
			if capv[j] < 0 || mark[j] == i+1 {
				continue
			}
			e += zi * capv[j] / total * row[j]
		}
	}
	return e
}
