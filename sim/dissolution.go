package sim

import "fmt"

// dissolutions: an alliance whose cohesion has stayed below c_dissolve for
// `patience` years dissolves, naming the main cause of its decline.
// (Alliances left with fewer than two members dissolve at once where the
// departure or merge happens.)
func (w *World) dissolutions() {
	patience := w.ticksOf(w.p.DissolvePatient)
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		if a.Cohesion < w.p.DissolveLevel {
			a.lowTicks++
		} else {
			a.lowTicks = 0
		}
		if a.lowTicks >= patience {
			w.dissolve(a, fmt.Sprintf("cohesion %.2f below %.2f for %d ticks (%s)", a.Cohesion, w.p.DissolveLevel, a.lowTicks, w.mainCause(a)))
		}
	}
}
