package sim

// The sea against support: an army that cannot cross the sea neither
// threatens an island nor defends it against what comes by sea. When i is
// an island and j's forces reach no further than d0 (seaBorne(i, j), the
// condition of the sea factor and of divided attention), j shares i's
// threat only as far as that threat comes from states whose reach is
// global: a continental ally could hold a Soviet army on the Elbe, whose
// bombers and missiles reached Britain, but no continental army could meet
// the French or Russian fleets of the 1880s. κ_ij keeps T_i as its
// denominator: the sea-borne part of i's threat is threat j cannot meet.

// ashoreDot is Σ_l t_l·h_l over the states l whose threat to the island i
// does not cross the sea (their reach exceeds d0). When no term is left
// out it is blockedDot's sum, bit for bit: an island none of whose threats
// comes by sea has the κ it would have on the mainland.
func (w *World) ashoreDot(i int, t, h []float64) float64 {
	if !w.threatBySea(i, t) {
		return blockedDot(t, h)
	}
	return w.landDot(i, t, h)
}

// landDot is ashoreDot's sum where some term is left out, in order of l.
func (w *World) landDot(i int, t, h []float64) float64 {
	s := 0.0
	for l, v := range t {
		if v != 0 && !w.seaBorne(i, l) {
			s += v * h[l]
		}
	}
	return s
}

// threatBySea reports whether any of the island i's threats t comes by
// sea.
func (w *World) threatBySea(i int, t []float64) bool {
	if !w.islands[i] {
		return false
	}
	for l, v := range t {
		if v != 0 && w.seaBorne(i, l) {
			return true
		}
	}
	return false
}

// seaCutsFrom reports whether the sea takes terms out of some κ_ji of an
// island j of js toward i (i's forces cannot cross to j, and one of j's
// threats comes by sea). Where it does not, the four-at-a-time scoped κ is
// scopedKappa's, bit for bit.
func (w *World) seaCutsFrom(js []int, i int) bool {
	for _, j := range js {
		if w.seaBorne(j, i) && w.threatBySea(j, w.threats.RawRowView(j)) {
			return true
		}
	}
	return false
}

// seaCutsTo reports whether the sea takes terms out of some κ_ij of the
// island i toward a fellow of js. Where it does not, kappaOut's fast sums
// are kappaOutEach's, bit for bit.
func (w *World) seaCutsTo(i int, js []int) bool {
	if !w.threatBySea(i, w.threats.RawRowView(i)) {
		return false
	}
	for _, j := range js {
		if j != i && w.seaBorne(i, j) {
			return true
		}
	}
	return false
}
