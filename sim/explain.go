package sim

import (
	"fmt"
	"math"

	"entente/agents"
)

// Option is a membership option as a nation sees it, with its value's
// terms and the commonality tests: what the engine weighed.
type Option struct {
	Value    agents.MembershipValue
	KappaIn  float64 // partners' mean κ_ji (admission needs κ_admit, staying κ_stay)
	KappaOut float64 // for a pact: κ_ij, the partner's share of i's threat
}

// ValueOf returns nation i's value of alliance a (a member's value of
// staying, or an outsider's of joining) from the last tick's snapshot.
func (w *World) ValueOf(i int, a *Alliance) Option {
	v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
	return Option{Value: v.MembershipValue, KappaIn: v.KappaIn}
}

// PactValue returns i's value of founding a new pact with j.
func (w *World) PactValue(i, j int) Option {
	v := w.value(i, option{partner: j, cohesion: w.pactCohesion(i, j), target: w.initTarget})
	return Option{Value: v.MembershipValue, KappaIn: v.KappaIn, KappaOut: w.kappaAt(i, j)}
}

// AllianceThreat returns the threat the public part of nation i's defence
// answers as the world now stands (see the budget rule): the budget of a
// tick answers the value of budget_lag before (budgetlag.go).
func (w *World) AllianceThreat(i int) float64 { return w.allianceThreat(i) }

// explain names the terms of a membership value, and the part of it the
// terms do not give, a community's pull on a candidate (community.go), so
// that the terms a log names add up to the value it gives.
func explain(v valuation) string {
	terms := fmt.Sprintf("security %.2f, entrapment %.2f, burden %.2f, autonomy %.2f, neutrality %.2f, commitment %.2f",
		v.Security, v.Entrapment, v.Burden, v.Autonomy, v.Neutrality, v.Commitment)
	if pull := v.Beyond(); math.Abs(pull) >= 5e-3 {
		terms += fmt.Sprintf(", a community's pull %.2f", pull)
	}
	return terms
}
