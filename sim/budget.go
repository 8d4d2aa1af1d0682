package sim

import (
	"entente/agents"
)

// setBudgets is phase 4: every nation sets its defence share by the budget
// rule (Richardson's reaction, saturated; Olson's self-reliance ω; the
// leverage of its economy against its threat; the fiscal brake; the pull of
// its alliances' targets), all from the same snapshot.
func (w *World) setBudgets() {
	bp := w.p.budget()
	w.sumAlliances()
	for i := range w.nations {
		n := &w.nations[i]
		if !n.Active {
			continue
		}
		in := agents.BudgetInputs{
			ThreatRatio: w.ratio[i],
			SharedRatio: w.sharedRatio(i),
			OwnShare:    n.Capability / w.security[i],
			Leverage:    agents.Leverage(bp, w.perceived[i], n.GDP, w.alliedForces(i), w.p.Depreciation, w.p.Efficiency),
			Pressure:    n.Pressure,
			Pull:        w.targetPull(i),
		}
		n.Share = agents.AdjustShare(n, agents.TargetShare(n.Policy, bp, in), w.dt)
	}
}

// alliedForces is the capability of i's allies, Σ_j K_j: what its
// alliances could bring to bear with it, whatever share of i's own threat
// each ally happens to share. (Weighting by cohesion or commonality would
// make a frontline ally's leverage fall as its threat rises and cancel the
// very difference its private defence answers.)
func (w *World) alliedForces(i int) float64 {
	sum := 0.0
	w.forAllies(i, nil, func(j int, _ float64) { sum += w.capVec.AtVec(j) })
	return sum
}

// sharedRatio is the collective threat ratio the public part of i's
// defence answers: the largest θ_A over its alliances, where θ_A is the
// threat ratio of i's fellow members taken together, Σ T̂_m / Σ S_m over
// m ≠ i (the exposure of the allies its forces help protect: extended
// deterrence), or i's own ratio if larger.
func (w *World) sharedRatio(i int) float64 {
	theta := w.ratio[i]
	for _, a := range w.memberships[i] {
		t, s := a.threatSum-w.perceived[i], a.securitySum-w.security[i]
		if s > 0 {
			theta = max(theta, t/s)
		}
	}
	return theta
}

// sumAlliances totals each live alliance's perceived threat and security
// over its active members, for sharedRatio.
func (w *World) sumAlliances() {
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		a.threatSum, a.securitySum = 0, 0
		for _, m := range a.Members {
			if w.nations[m].Active {
				a.threatSum += w.perceived[m]
				a.securitySum += w.security[m]
			}
		}
	}
}

// targetPull is the strongest pull of i's alliances' targets: the largest
// ν·c_A·max(0, τ_A − s), not the sum (MODEL.md 2b).
func (w *World) targetPull(i int) float64 {
	pull := 0.0
	bp := w.p.budget()
	for _, a := range w.memberships[i] {
		pull = max(pull, agents.TargetPull(bp, a.snapshot, a.Target, w.nations[i].Share))
	}
	return pull
}
