package sim

// The start's pacts are anchored as its budgets are. A scenario's pacts in
// force at its start are history's facts: their members valued them enough
// to make and keep them, for reasons the model may not see (the Rio Treaty
// and the Organization of American States had no adversary in the model's
// terms; a hegemon's sphere, a regional order and their institutions held
// them for decades). What the model's value of staying, its fellows'
// commonality with its threat (κ_out, the drift exit's test) and its target
// cohesion fall short of at the start is a fixed effect of that member in
// that pact, and of that pact: kept for the membership's life, so that a
// member leaves, and a pact strains, as its circumstances change from
// there and not because of a level the model cannot explain. Abrogation
// follows change (Leeds & Savun 2007: states abrogate alliances when their
// external threats, domestic institutions or relative power change so as
// to lower the alliance's value); budgets were anchored the same way on the
// observed shares (agents.Anchor). A pact made in the run has no such
// effect: its members valued it at v_join or more when they made it.

// anchorStartPacts sets, from the start's snapshot, each start pact's
// members' entry gaps, max(0, v_join − V_stay), their κ gaps, max(0,
// κ_stay − κ_out) (the German Confederation held Austria and Prussia, whose
// threats the model sees apart, from 1815 to 1866), and its cohesion's
// glue, max(0, c_start − c*_start).
func (w *World) anchorStartPacts() {
	for _, a := range w.alliances {
		for k, i := range a.Members {
			a.fromStart[k] = true
			v := w.valueOf(i, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false)
			a.entryGap[k] = max(0, w.p.JoinValue-v.Value)
			if ko, ok := w.kappaOut(i, a); ok && ko < w.p.KappaStay {
				a.kappaGap[k] = w.p.KappaStay - ko + kappaGapSlack
			}
		}
		a.glue = max(0, a.Cohesion-w.causes(a.Members, a.Target, a.Pooling).Target)
	}
}

// kappaGapSlack puts a start pact's member's drift threshold just below its
// κ_out of the start: far above the rounding of κ_out (a ratio of sums in
// [0, 1]; κ_stay − (κ_stay − κ_out) can come back one unit above κ_out),
// far below any change of the threats. Without it a member could drift
// out of a start pact when nothing had changed.
const kappaGapSlack = 1e-9

// glueNow is the start's glue as far as the pact is still the start's: in
// proportion to its members that were members then (a pact that took in
// members for the model's reasons holds them by those reasons).
func (a *Alliance) glueNow() float64 {
	if a.glue == 0 {
		return 0
	}
	n := 0
	for _, f := range a.fromStart {
		if f {
			n++
		}
	}
	return a.glue * float64(n) / float64(len(a.Members))
}
