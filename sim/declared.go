package sim

import "gonum.org/v1/gonum/mat"

// Declared relations: the scenario's rivalries and ties, each in force over
// a span of ticks (a rivalry of the strategic-rivalry data begins and ends
// in given years). The rivalry and tie matrices hold the levels in force;
// a relation that begins or ends touches its pair, so hostility and
// affinity are recomputed there and nowhere else.

// rivalryLevel is a rivalry's hostility: its own level, or the model's
// h_rival when the scenario leaves the level to the model (Level < 0).
func (w *World) rivalryLevel(r Relation) float64 {
	if r.Level < 0 {
		return w.p.RivalryLevel
	}
	return r.Level
}

// declare writes the relations in force: at the start every relation in
// force at tick 0; at a later tick only those that begin or end then
// (endings first, so a pair whose spell ends as another begins keeps the
// new one).
func (w *World) declare(start bool) {
	for _, ending := range []bool{true, false} {
		for _, r := range w.cfg.Rivalries {
			if w.declareOne(w.rivalry, r, w.rivalryLevel(r), start, ending) && r.Ideological {
				v := !ending || start
				w.ideological[r.A*len(w.nations)+r.B], w.ideological[r.B*len(w.nations)+r.A] = v, v
			}
		}
		for _, r := range w.cfg.Ties {
			w.declareOne(w.ties, r, r.Level, start, ending)
		}
	}
}

// declareOne writes one relation if it begins (or, at the start, is in
// force) or ends now, and reports whether it did.
func (w *World) declareOne(m *mat.Dense, r Relation, level float64, start, ending bool) bool {
	t := w.tick
	switch {
	case start && !ending && r.ActiveAt(t):
	case !start && ending && r.Until > 0 && r.Until == t:
		level = 0
	case !start && !ending && r.From == t && t > 0:
	default:
		return false
	}
	m.Set(r.A, r.B, level)
	m.Set(r.B, r.A, level)
	if !start {
		w.touchPair(r.A, r.B)
	}
	return true
}
