package sim

// rescaleTerritory applies a change of territory to nation i: a state that
// gains or loses a province (Italy's unification in 1860, the Netherlands
// without Belgium from 1831, Sweden without Norway from 1905) gains or
// loses the economy and the forces raised there, by the same factor. What
// it is does not change: its debt ratio (debts are shared out with the
// territory, as the treaties that drew the new borders did), its defence
// share, and its budget's anchor, whose GDP scales alike so that the
// income term (agents.TargetShare) reads a change of borders as no change
// of income. Without the event the scenario would have to spread the step
// over the era's growth trend, and a state that lost territory would read
// a long decline of its economy, its debt ratio rising year by year into
// fiscal pressure (MODEL-NOTES, "A change of territory is a step, not a
// trend").
func (w *World) rescaleTerritory(i int, factor float64) {
	n := &w.nations[i]
	n.GDP *= factor
	n.Capability *= factor
	if w.anchor[i].Set {
		w.anchor[i].GDP *= factor
	}
}
