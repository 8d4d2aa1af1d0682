package sim

// A pact of like regimes draws its neighbours in when there is nothing to
// fear: the enlargements of 1999 and 2004 came before any rivalry of
// Russia's in the data, and the candidates joined an institution of
// democracies (Schimmelfennig 2003), which admitted them though they could
// help against no adversary. A state in no alliance whose likeness to a
// pact's leader (alike: regime and ties, as institutions hold members,
// exit.go) reaches a_comm gains by joining what a member would give up by
// leaving, β_i·I_A·alike; and where the pact has no adversary it could help
// against (κ_in undefined), it is admitted if its forces are within d0 of a
// member (π ≥ 1/2). A state already allied gains nothing more from another
// institution.

// drawn reports whether i (in no alliance, not a member of a) is drawn to
// a as to a community of like regimes, with its likeness to a's leader.
func (w *World) drawn(i int, a *Alliance) (float64, bool) {
	if w.p.Community > 1 || len(w.memberships[i]) > 0 || a.isMember[i] || len(a.Members) == 0 {
		return 0, false
	}
	al, ok := w.reachedLikeness(i, a, w.leader(a))
	return al, ok && al >= w.p.Community
}

// communityPull is what i gains by joining a as a community of like
// regimes: β_i·I_A·alike, or 0.
func (w *World) communityPull(i int, a *Alliance) float64 {
	if al, ok := w.drawn(i, a); ok {
		return w.communityHold(a, al)
	}
	return 0
}

// communityHold is β_i·I_A·alike: what a's institution holds a member of
// likeness al with (the exit rule's hold), and gives a like state joining.
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
