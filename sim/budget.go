package sim

import (
	"entente/agents"
)

// setBudgets is phase 4: every nation sets its defence share by the budget
// rule (agents.TargetShare: its anchored share, moved by the change in the
// effort its threat and its allies call for; the fiscal brake; the pull of
// its alliances' targets), all from the same snapshot. A state is anchored
// the first tick it budgets: at the start, or when it enters.
func (w *World) setBudgets() {
	bp := w.p.budget()
	w.sumAlliances()
	for i := range w.nations {
		n := &w.nations[i]
		if !n.Active {
			continue
		}
		in := agents.BudgetInputs{
			Threat:         w.perceived[i],
			AllianceThreat: w.allianceThreat(i),
			OwnShare:       n.Capability / w.security[i],
			Capability:     max(n.Capability, w.snapshotFloor),
			Pressure:       n.Pressure,
			GDP:            n.GDP,
			Pull:           w.targetPull(i),
		}
		if !w.anchor[i].Set {
			w.anchor[i] = agents.Anchor{Share: n.Share, Burden: agents.Burden(n.Policy, in), Pressure: n.Pressure, GDP: n.GDP, Set: true}
		}
		n.Share = agents.AdjustShare(n, agents.TargetShare(n.Policy, bp, w.anchor[i], in), w.dt)
		n.Share = w.steerShare(i, n.Share) // a steered nation's own share (steer.go)
	}
}

// Anchor returns nation i's budget anchor (zero until its first budget).
func (w *World) Anchor(i int) agents.Anchor { return w.anchor[i] }

// allianceThreat is the threat the public part of i's defence answers:
// the largest total perceived threat Σ T̂_m over the members of one of its
// alliances (i included: the threat its forces help deter, extended
// deterrence), or its own threat when it has no alliance.
func (w *World) allianceThreat(i int) float64 {
	t := w.perceived[i]
	for _, a := range w.memberships[i] {
		t = max(t, a.threatSum)
	}
	return t
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
