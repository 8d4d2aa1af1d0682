package sim

// A pact of like regimes draws its neighbours in when there is nothing to
// fear: the enlargements of 1999 and 2004 came before any rivalry of
// Russia's in the data, and the candidates joined an institution of
// democracies (Schimmelfennig 2003), which admitted them though they could
// help against no adversary. A state in no alliance (or allied only with
// the pact's members other than its leader) whose likeness to a pact's
// leader (alike: regime and ties, exit.go) reaches a_comm gains by joining
// what a member would give up by leaving, β_i·I_A, weighed by that
// likeness, β_i·I_A·alike; and where the pact has no adversary it could
// help against (κ_in undefined), it is admitted if its forces are within
// d0 of a member (π ≥ 1/2). A state allied outside the pact gains nothing more
// from another institution.
//
// The likeness that draws is that of a political order a community of
// states rests on: liberal democracy (both at Polity 6 or more, Polity's own
// threshold of democracy) or the socialist system (both command economies,
// Kornai 1992). Regime similarity makes states likelier to ally only after
// 1945, when these two orders divided the world (Lai & Reiter 2000); before,
// alliances were barely correlated with regime (Simon & Gartzke 1996, who
// call NATO's and the Warsaw Pact's ideological content an aberration). Two
// regimes close on the Polity scale that share neither order (two
// monarchies of 1830, two anocracies of 1991) are no community: the rule
// drew Sardinia and Denmark into the German Confederation's pact in the
// 1830s and Taiwan into the Soviet–North Korean treaty in 1991. An
// institution still holds the members it has, whatever their regimes
// (exit.go): the draw is what needs the order. A scenario's command
// economies are marked for the whole run (asia-1990 keeps Russia's and
// Mongolia's mark after their markets of 1992): the order is read as the
// scenario gives it.
const democracyFloor = 6

// drawn reports whether i (allied with none but a's members, not a member
// of a) is drawn to a as to a community of like regimes, with its likeness
// to a's leader.
func (w *World) drawn(i int, a *Alliance) (float64, bool) {
	if w.p.Community > 1 || a.isMember[i] || len(a.Members) == 0 {
		return 0, false
	}
	lead := w.leader(a)
	if !w.alliedWithin(i, a, lead) || !w.sameOrder(i, lead) {
		return 0, false
	}
	al, ok := w.reachedLikeness(i, a, lead)
	return al, ok && al >= w.p.Community
}

// alliedWithin reports whether every ally of i is a member of a other than
// its leader lead (true for a state in no alliance). A state whose pacts
// lie within the community owes no allegiance elsewhere that joining it
// would cross: Slovakia, in its treaty of 1993 with the Czech Republic
// (ATOP 4370), was a candidate of 2004 as the unallied were once the Czech
// Republic was in NATO; read as allied, it stayed out to 2023. A state in
// a pact of its own with the leader (a spoke of a hub) has the leader's
// institution already, and is not drawn to a second.
func (w *World) alliedWithin(i int, a *Alliance, lead int) bool {
	for _, b := range w.memberships[i] {
		for _, m := range b.Members {
			if m != i && (!a.isMember[m] || m == lead) {
				return false
			}
		}
	}
	return true
}

// sameOrder reports whether i and j share a political order a community
// rests on: both democracies, or both command economies.
func (w *World) sameOrder(i, j int) bool {
	ni, nj := &w.nations[i], &w.nations[j]
	return (ni.Regime >= democracyFloor && nj.Regime >= democracyFloor) || (ni.Command && nj.Command)
}

// communityPull is what i gains by joining a as a community of like
// regimes: β_i·I_A·alike, or 0.
func (w *World) communityPull(i int, a *Alliance) float64 {
	if al, ok := w.drawn(i, a); ok {
		return w.communityHold(a, al)
	}
	return 0
}

// communityHold is β_i·I_A·alike: what a's institution holds a member with
// (the exit rule's hold, β_i·I_A), weighed by the likeness al of a state
// joining (Lai & Reiter 2000: like regimes ally).
func (w *World) communityHold(a *Alliance, al float64) float64 {
	return w.p.InstituteHold * a.Institution * al
}

// communityAdmission is κ_in for a candidate drawn to a that has no
// adversary of a's to help against: reach·alike when its forces are within
// d0 of a member (reach ≥ 1/2), else undefined.
func (w *World) communityAdmission(i int, a *Alliance, reach float64) (float64, bool) {
	al, ok := w.drawn(i, a)
	if !ok || reach < 0.5 {
		return 0, false
	}
	return reach * al, true
}
