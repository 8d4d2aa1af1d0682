package sim

import (
	"math"

	"entente/agents"
)

// setBudgets is phase 4: every nation sets its defence share by the budget
// rule (Richardson's reaction, saturated; Olson's self-reliance ω; the fiscal
// brake; the pull of its alliances' targets), all from the same snapshot.
func (w *World) setBudgets() {
	bp := w.p.budget()
	for i := range w.nations {
		n := &w.nations[i]
		if !n.Active {
			continue
		}
		omega := agents.SelfReliance(n.Capability, w.security[i], n.Policy.Privateness)
		desired := agents.TargetShare(n.Policy, bp, w.ratio[i], omega, n.Pressure, w.targetPull(i))
		n.Share = agents.AdjustShare(n, desired, w.dt)
	}
}

// targetPull is the strongest pull of i's alliances' targets: the largest
// ν·c_A·max(0, τ_A − s), not the sum (MODEL.md 2b).
func (w *World) targetPull(i int) float64 {
	pull := 0.0
	bp := w.p.budget()
	for _, a := range w.memberships[i] {
		pull = math.Max(pull, agents.TargetPull(bp, a.snapshot, a.Target, w.nations[i].Share))
	}
	return pull
}
