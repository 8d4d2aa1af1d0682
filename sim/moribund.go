package sim

// A pact on the point of dissolving is no institution to join. Joining
// asks v_join, far less than founding's v_form, because the pact stands:
// its members keep it, and a newcomer enters what they made (MODEL-NOTES,
// "Founding a pact asks more than joining one"). A pact all of whose
// members but one are on their way out (below a level of the exit rule at
// its last check, the counter running: exits) stands no longer, and a
// state that enters it makes a new commitment with the one that stays: it
// asks what a founder asks. Without this a state could take a pact's last
// place in the quarter before its last partner left and keep the pact
// going, as Colombia kept the Pacific alliance of 1865 with Chile to 1913
// in the Americas 1870 at four and twelve ticks a year, where at one tick
// the pact dissolved first (MODEL-NOTES, "A pact on the point of
// dissolving is joined as it is founded").

// joinBar is the value a state must see in joining a, and the constant's
// name: v_join, or v_form where fewer than two of a's members stay.
func (w *World) joinBar(a *Alliance) (float64, string) {
	if w.dissolving(a) {
		return w.p.FormValue, "v_form"
	}
	return w.p.JoinValue, "v_join"
}

// dissolving reports whether fewer than two of a's members are on no way
// out: none of the exit rule's counters running (its value of staying
// below its exit level, its fellows' κ below its κ level, a rival of the
// leader, or in a pact crossing this one, at the last exit check). It
// stops at the second that stays, so a large pact costs two members.
func (w *World) dissolving(a *Alliance) bool {
	staying := 0
	for k := range a.Members {
		if a.lowValue[k] == 0 && a.lowKappa[k] == 0 && a.lowRival[k] == 0 && a.lowCross[k] == 0 {
			if staying++; staying == 2 {
				return false
			}
		}
	}
	return true
}
