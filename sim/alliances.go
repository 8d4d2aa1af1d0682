package sim

import "math"

// updateAlliances is phase 7, from the snapshot of phase 3: cohesion moves
// (and may strain), members whose membership has lost its value or its
// common threat leave, alliances whose cohesion has stayed too low dissolve,
// and nations seek new alliances.
func (w *World) updateAlliances() {
	grow := 1 - math.Pow(1-w.p.InstituteRate, w.dt)
	for _, a := range w.alliances {
		if !a.Dissolved {
			w.updateCohesion(a)
			a.Institution += grow * (1 - a.Institution)
		}
	}
	w.phase(PhaseExits, w.exits)
	w.dissolutions()
	w.consolidate()
	w.phase(PhaseFormation, w.formation)
}

// ticksOf converts a span in years into a number of ticks, at least one.
func (w *World) ticksOf(years float64) int {
	return int(max(1, math.Round(years/w.dt)))
}
