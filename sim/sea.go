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
// does not cross the sea (their reach exceeds d0), in order of l. When no
// term is left out it is blockedDot's sum, bit for bit: an island none of
// whose threats comes by sea has the κ it would have on the mainland.
func (w *World) ashoreDot(i int, t, h []float64) float64 {
	if !w.threatBySea(i, t) {
		return blockedDot(t, h)
	}
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
	for l, v := range t {
		if v != 0 && w.seaBorne(i, l) {
			return true
		}
	}
	return false
}

// islandAmong reports whether any of js is an island (the four-at-a-time
// scoped κ does not apply the sea's condition; scopedKappa does).
func (w *World) islandAmong(js []int) bool {
	for _, j := range js {
		if w.islands[j] {
			return true
		}
	}
	return false
}
