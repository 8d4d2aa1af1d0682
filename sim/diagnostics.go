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
// of members' GDP and defence share; NaN (written empty) under three
// members or when either variable ties throughout.
func (w *World) exploitation(a *Alliance) float64 {
	if len(a.Members) < 3 {
		return math.NaN()
	}
	m := len(a.Members)
	gdp, share := w.scratchRow(&w.rankX, 2*m)[:m], w.rankX[m:2*m]
	for k, i := range a.Members {
		gdp[k], share[k] = w.nations[i].GDP, w.nations[i].Share
	}
	w.rankY = w.scratchRow(&w.rankY, 2*m)
	if cap(w.rankIdx) < m {
		w.rankIdx = make([]int, m)
	}
	return spearman(gdp, share, w.rankY[:m], w.rankY[m:], w.rankIdx[:m])
}

// energy is E = Σ_{i<j} z_i·z_j·p_ij·x_ij over active states, with z the
// capability share and x_ij = 1 when i and j share no alliance.
func (w *World) energy() float64 {
	total := w.worldCapability()
	if total <= 0 {
		return 0
	}
	e := 0.0
	for i := range w.nations {
		if !w.nations[i].Active {
			continue
		}
		zi := w.nations[i].Capability / total
		for j := i + 1; j < len(w.nations); j++ {
			if !w.nations[j].Active || w.shareAlliance(i, j) {
				continue
			}
			e += zi * w.nations[j].Capability / total * w.propensity.At(i, j)
		}
	}
	return e
}
