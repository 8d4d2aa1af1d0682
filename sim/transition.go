package sim

import "math"

// A new regime is not bound by its predecessor's habits. Alliances are
// abrogated more often when a member's domestic political institutions
// have changed (Leeds & Savun 2007, "Terminating Alliances: Why Do States
// Abrogate Agreements?", Journal of Politics 69(4)): the habits of
// consultation that hold members in an institutionalised pact (exit.go)
// and the likeness that draws a state to a community of like regimes
// (community.go) belong to the regimes that built them. For regime_new
// years after a regime change, by Polity's own definition a move of three
// points or more (Marshall & Gurr, Polity IV/5 users' manual: the durable
// variable, three points within three years; here the move of one
// regime_change event, and the generator emits one for every move of three
// points from the last one recorded), the state is held by no pact's
// institutions and drawn to none; nor is any member of a pact whose
// leader's regime has just changed held, nor any outsider drawn to it,
// since the pact's institutions were the old leader's (the Warsaw Pact
// after the Soviet Union's reforms of 1988–90). Value, threat and κ decide
// then, as for any pact without institutions.

// regimeShift is the move on the Polity scale that makes a regime change
// (Polity's definition).
const regimeShift = 3

// noRegimeChange is the regimeAt of states whose regime has not changed in
// the run: far enough in the past to be old at every tick (newRegimeAt
// compares it with a tick less the window, never subtracts it).
func noRegimeChange(n int) []int {
	at := make([]int, n)
	for i := range at {
		at[i] = math.MinInt32
	}
	return at
}

// regimeReached records, for each nation with a year, the regime change
// before it is in the run that reached the regime it starts with, at the
// tick that year would have (before tick 0, or tick 0 for the start year),
// so that a regime the scenario's data show as new at the start is new in
// the run's first years, as one changed by an event is. A state that
// enters in the run with a regime of its entry's year (a new state's year
// zero) has it from its entry's tick, not from that year's first.
func (w *World) regimeReached(since []int) {
	for i, y := range since {
		if y != 0 {
			w.regimeAt[i] = (y - w.cfg.StartYear) * w.cfg.TicksPerYear
		}
	}
	for _, e := range w.cfg.Events {
		if e.Kind == Entry && e.Nation < len(since) && since[e.Nation] != 0 &&
			since[e.Nation] == w.cfg.StartYear+e.Tick/w.cfg.TicksPerYear {
			w.regimeAt[e.Nation] = e.Tick
		}
	}
}

// noteRegimeChange records the tick at which i's regime moves to value, if
// the move is a regime change.
func (w *World) noteRegimeChange(i int, value float64) {
	if math.Abs(value-w.nations[i].Regime) >= regimeShift {
		w.regimeAt[i] = w.tick
	}
}

// newRegime reports whether i's regime changed within the last regime_new
// years, this tick included.
func (w *World) newRegime(i int) bool { return w.newRegimeAt(i, w.tick) }

// newRegimeAt is newRegime at tick.
func (w *World) newRegimeAt(i, tick int) bool {
	if w.p.RegimeNew <= 0 {
		return false
	}
	// Compared without subtracting regimeAt, which is far in the past
	// (math.MinInt32) for a regime that never changed.
	return w.regimeAt[i] > tick-w.ticksOf(w.p.RegimeNew)
}

// unbound reports whether i, a member of a pact led by lead or a state
// drawn to it, is outside the reach of the pact's institutions: its own
// regime or the leader's is new.
func (w *World) unbound(i, lead int) bool {
	return w.newRegime(i) || w.newRegime(lead)
}
