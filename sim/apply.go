package sim

import (
	"fmt"
	"slices"
)

// applyEvents is phase 1: the scenario events due this tick, in the order
// the scenario lists them. Each is logged as "event:<kind>". No event may
// create, join, leave or dissolve an alliance: those emerge.
func (w *World) applyEvents() {
	w.declare(false)
	w.endWars() // war.go: before this tick's wars start
	for _, r := range w.shockRests {
		w.shockPairs(r.a, r.b, r.delta)
	}
	w.shockRests = w.shockRests[:0]
	for _, r := range w.valueRests {
		r.settle(w)
	}
	w.valueRests = w.valueRests[:0]
	for k := range w.cfg.Events {
		if e := &w.cfg.Events[k]; e.Tick == w.tick {
			w.apply(e)
		}
	}
}

func (w *World) apply(e *Event) {
	a := w.resolve(e.A)
	nation := -1
	if len(a) == 1 {
		nation = a[0]
	}
	switch e.Kind {
	case ThreatShock, Detente:
		d := e.Delta
		if e.Kind == Detente {
			d = -d
		}
		b := w.resolve(e.B)
		part := e.FirstPart(w.dt)
		w.shockPairs(a, b, d*part)
		if part < 1 {
			w.shockRests = append(w.shockRests, shockRest{a: a, b: b, delta: d * (1 - part)})
		}
	case Recession, GrowthSpurt:
		d := e.Delta
		if e.Kind == Recession {
			d = -d
		}
		w.growthShocks = append(w.growthShocks, timedShock{nations: a, delta: d, until: w.tick + e.Duration - 1})
	case RegimeChange:
		for _, i := range a {
			w.noteRegimeChange(i, e.Value)
			w.nations[i].Regime = e.Value
			w.touch(i)
		}
	case CampChange:
		for _, i := range a {
			w.nations[i].Camp = e.Camp
			w.touch(i)
		}
	case TargetChange:
		// A pledge dated in the tick counts for the part after it (its
		// tick's target is the mean of its months'), in full from the next.
		part := e.FirstPart(w.dt)
		r := valueRest{value: e.Value}
		for _, al := range w.referred(e.Alliance) {
			al.Target += (e.Value - al.Target) * part
			r.alliances = append(r.alliances, al)
		}
		w.deferRest(r, part)
		if e.Alliance.All {
			w.initTarget = e.Value
		}
	case FiscalRule:
		for _, i := range a {
			w.nations[i].ShareCap = e.Value
			w.nations[i].RuleDebt = e.Debt
		}
	case AidProgramme:
		for _, d := range a {
			for _, r := range w.resolve(e.B) {
				if d != r {
					w.aidPlans = append(w.aidPlans, aidPlan{donor: d, recipient: r, perYear: e.Value, until: w.tick + e.Duration - 1})
				}
			}
		}
	case War:
		w.startWar(a, w.resolve(e.B), *e)
	case CapabilityShock:
		for _, i := range a {
			w.nations[i].Capability *= 1 - e.Value
		}
	case Doctrine:
		// As a pledge: the part of the tick after its date, then in full.
		var states []int
		if e.Alliance.All {
			for i := range w.nations {
				states = append(states, i)
			}
		}
		for _, al := range w.referred(e.Alliance) {
			states = append(states, al.Members...)
		}
		slices.Sort(states) // once each: a state in two of the pacts named moves once
		states = slices.Compact(states)
		part := e.FirstPart(w.dt)
		for _, i := range states {
			psi := &w.nations[i].Policy.Privateness
			*psi += (e.Value - *psi) * part
		}
		w.deferRest(valueRest{states: states, value: e.Value}, part)
	case Entry:
		nation = e.Nation
		w.nations[e.Nation].Active = true
		w.entered[e.Nation] = true // relations do not depend on being in the system
	case Merge:
		nation = e.Nation
		w.merge(e.Nation, e.Into)
	case Territory:
		for _, i := range a {
			w.rescaleTerritory(i, e.Value)
		}
	}
	w.log("event:"+string(e.Kind), nil, nation, e.Label)
	if e.Kind == Entry {
		w.log(Entered, nil, e.Nation, e.Label)
		if e.Alliance.Name != "" {
			w.enterPact(e.Nation, e.Alliance)
		}
	}
}

// valueRest is what a doctrine or a pledge dated within a tick leaves to
// the next: the states whose privateness, or the alliances whose target,
// becomes value in full.
type valueRest struct {
	states    []int
	alliances []*Alliance
	value     float64
}

// deferRest keeps r for the next tick when the event's first part was
// short of the whole tick.
func (w *World) deferRest(r valueRest, part float64) {
	if part < 1 {
		w.valueRests = append(w.valueRests, r)
	}
}

// settle sets the rest's values in full.
func (r valueRest) settle(w *World) {
	for _, i := range r.states {
		w.nations[i].Policy.Privateness = r.value
	}
	for _, al := range r.alliances {
		if !al.Dissolved {
			al.Target = r.value
		}
	}
}

// shockRest is the part of a threat shock or détente that falls after the
// tick it was dated in: it is added at the next tick.
type shockRest struct {
	a, b  []int
	delta float64
}

// shockPairs adds d to the shock E_ij between each i of a and j of b
// (EachShockPair).
func (w *World) shockPairs(a, b []int, d float64) {
	EachShockPair(len(w.nations), a, b, func(i, j int) {
		w.shocks.Set(i, j, w.shocks.At(i, j)+d)
		w.shocks.Set(j, i, w.shocks.At(j, i)+d)
		w.touchPair(i, j)
	})
}

// EachShockPair calls f for each unordered pair of a shock between groups
// a and b (indices below n, each list ascending), i of a and j of b, i ≠ j,
// once, even when the groups overlap: (i, j) was already met as (j, i)
// when j is in a and came earlier and i is in b. MODEL.md 1: E_ij is the
// running sum of the events between i and j. The inputs' baseline
// (validate) replays the shocks by it.
func EachShockPair(n int, a, b []int, f func(i, j int)) {
	inA, inB := make([]bool, n), make([]bool, n)
	for _, i := range a {
		inA[i] = true
	}
	for _, j := range b {
		inB[j] = true
	}
	for _, i := range a {
		for _, j := range b {
			if i != j && !(inA[j] && inB[i] && j < i) {
				f(i, j)
			}
		}
	}
}

// merge carries the absorbed state's GDP, capability and debt (GDP-weighted)
// into the absorbing one. Its memberships end without "left" events; an
// alliance left with one member dissolves at once.
func (w *World) merge(gone, into int) {
	g, t := &w.nations[gone], &w.nations[into]
	if y := g.GDP + t.GDP; y > 0 {
		t.Debt = (g.Debt*g.GDP + t.Debt*t.GDP) / y
	}
	t.GDP += g.GDP
	t.Capability += g.Capability
	w.transferLoans(gone, into)
	g.Active = false
	g.GDP, g.Capability = 0, 0
	for len(w.memberships[gone]) > 0 {
		a := w.memberships[gone][0]
		w.removeMember(a, gone)
		if len(a.Members) < 2 {
			w.dissolve(a, fmt.Sprintf("fewer than two members after %s merged into %s", g.ID, t.ID))
		}
	}
	w.log(Merged, nil, gone, "into "+t.ID)
}

// resolve lists the nations of a group, in index order, without duplicates.
func (w *World) resolve(g Group) []int { return g.Members(w.nations) }

// referred lists the live alliances an event names: every one, or those
// holding a nation.
func (w *World) referred(r AllianceRef) []*Alliance {
	switch {
	case r.All:
		return w.Live()
	case r.Name != "":
		var out []*Alliance
		for _, a := range w.Live() {
			if a.Name == r.Name {
				out = append(out, a)
			}
		}
		return out
	}
	return append([]*Alliance(nil), w.memberships[r.Holder]...)
}
