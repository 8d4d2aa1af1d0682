package validate

import (
	"slices"

	"entente/agents"
	"entente/sim"
)

// Baselines are the predictions a referee would set beside the model's:
// if the model cannot beat one of them, its history comes from its inputs
// or from nothing, not from its mechanisms.
//
//   - none: no state is ever allied.
//   - start: the alliances in force at the start persist unchanged (among
//     the states in the system), with the states an entry puts in one of
//     them (a member of it before its data began) from their entry: what
//     the runs are given, the baseline is given too.
//   - inputs: two states are allied in a year if and only if the scenario's
//     own inputs put them on one side then: the same camp, or a common
//     rival while they are not rivals of each other. A rival is a declared
//     rivalry in force that year, or a pair the scenario's threat shocks
//     have left hostile (their sum, net of détentes, above zero). A state
//     with a declared policy of neutrality is on no side. This is the
//     strongest of the three wherever the inputs carry the history.

// Baseline is one named prediction.
type Baseline struct {
	Name string
	Pred Predictor
}

// Baselines returns the baselines of a world: the three above, and, when
// the scenario gives camps, the camps alone (allied if and only if in the
// same camp), which in the Cold War is the stronger reading of its inputs.
func Baselines(cfg sim.Config) []Baseline {
	bs := []Baseline{
		{"no alliances", func(int, int, int) bool { return false }},
		{"alliances of the start persist", startPersist(cfg)},
		{"sides given by the inputs", inputSides(cfg, false)},
	}
	if slices.ContainsFunc(cfg.Nations, func(n agents.Nation) bool { return n.Camp != "" }) {
		bs = append(bs, Baseline{"same camp", inputSides(cfg, true)})
	}
	return bs
}

// startPersist predicts the co-membership of the alliances at the start,
// and of the states that enter them from the tick they enter.
func startPersist(cfg sim.Config) Predictor {
	n := len(cfg.Nations)
	// from[i*n+j]: the first tick i and j are allied, −1 never.
	from := make([]int, n*n)
	for k := range from {
		from[k] = -1
	}
	ally := func(i, j, t int) {
		if i != j && (from[i*n+j] < 0 || t < from[i*n+j]) {
			from[i*n+j], from[j*n+i] = t, t
		}
	}
	events := slices.Clone(cfg.Events)
	slices.SortStableFunc(events, func(a, b sim.Event) int { return a.Tick - b.Tick })
	for _, a := range cfg.Alliances {
		members := slices.Clone(a.Members)
		for _, e := range events { // in tick order: an entrant meets the earlier ones
			if e.Kind == sim.Entry && e.Alliance.Name == a.Name && a.Name != "" {
				members = append(members, e.Nation)
				for _, j := range members {
					ally(e.Nation, j, e.Tick)
				}
			}
		}
		for _, i := range a.Members {
			for _, j := range a.Members {
				ally(i, j, 0)
			}
		}
	}
	return func(t, i, j int) bool { f := from[i*n+j]; return f >= 0 && t >= f }
}

// inputSides predicts, tick by tick, the sides the scenario's inputs draw:
// it replays the inputs (rivalries in force, camps, threat shocks and
// détentes, entries and merges) without the model. With campsOnly, only a
// common camp puts two states on one side.
func inputSides(cfg sim.Config, campsOnly bool) Predictor {
	n := len(cfg.Nations)
	nations := append([]agents.Nation(nil), cfg.Nations...)
	shocks := make([]float64, n*n)
	sides := make([][]bool, cfg.Ticks())
	dt := 1 / float64(max(cfg.TicksPerYear, 1))
	for t := range sides {
		for k := range cfg.Events {
			e := &cfg.Events[k]
			// A shock counts in its tick for the part after its date and in
			// full from the next, as in the model (sim.Event.FirstPart).
			if isShock(e.Kind) && e.Tick == t-1 {
				if rest := 1 - e.FirstPart(dt); rest > 0 {
					addShock(shocks, nations, e, rest)
				}
			}
			if e.Tick != t {
				continue
			}
			switch e.Kind {
			case sim.Entry:
				nations[e.Nation].Active = true
			case sim.Merge:
				nations[e.Nation].Active = false
			case sim.CampChange:
				for _, i := range e.A.Members(nations) {
					nations[i].Camp = e.Camp
				}
			case sim.ThreatShock, sim.Detente:
				addShock(shocks, nations, e, e.FirstPart(dt))
			}
		}
		rival := make([]bool, n*n)
		for _, r := range cfg.Rivalries {
			if r.ActiveAt(t) && r.Level != 0 {
				rival[r.A*n+r.B], rival[r.B*n+r.A] = true, true
			}
		}
		for k, v := range shocks {
			if v > 1e-9 {
				rival[k] = true
			}
		}
		side := make([]bool, n*n)
		for i := range n {
			for j := i + 1; j < n; j++ {
				if nations[i].Neutral || nations[j].Neutral || rival[i*n+j] {
					continue
				}
				same := nations[i].Camp != "" && nations[i].Camp == nations[j].Camp
				for l := 0; l < n && !same && !campsOnly; l++ {
					same = l != i && l != j && nations[l].Active && rival[i*n+l] && rival[j*n+l]
				}
				side[i*n+j], side[j*n+i] = same, same
			}
		}
		sides[t] = side
	}
	return func(t, i, j int) bool { return t >= 0 && t < len(sides) && sides[t][i*n+j] }
}

// ofConfig walks a world's ticks as its events make them, without running
// it: states enter and merge when the scenario says.
func ofConfig(cfg sim.Config) pairYears {
	n := len(cfg.Nations)
	act := make([][]bool, cfg.Ticks())
	now := make([]bool, n)
	for i := range now {
		now[i] = cfg.Nations[i].Active
	}
	for t := range act {
		for k := range cfg.Events {
			if e := &cfg.Events[k]; e.Tick == t && e.Kind == sim.Entry {
				now[e.Nation] = true
			} else if e.Tick == t && e.Kind == sim.Merge {
				now[e.Nation] = false
			}
		}
		act[t] = append([]bool(nil), now...)
	}
	ids := NationIDs(cfg)
	tickOf := func(year int) int {
		t := (year-cfg.StartYear+1)*cfg.TicksPerYear - 1
		if year < cfg.StartYear || t >= cfg.Ticks() {
			return -1
		}
		return t
	}
	return pairYears{ids: ids, tickOf: tickOf, active: func(t, i int) bool { return act[t][i] }}
}

// isShock reports whether an event of kind k moves hostility.
func isShock(k sim.EventKind) bool { return k == sim.ThreatShock || k == sim.Detente }

// addShock adds the part of shock e's delta (negative for a détente) to
// every pair of its groups, as they resolve now, once each as the model
// moves them (sim.EachShockPair).
func addShock(shocks []float64, nations []agents.Nation, e *sim.Event, part float64) {
	n := len(nations)
	d := e.Delta * part
	if e.Kind == sim.Detente {
		d = -d
	}
	sim.EachShockPair(n, e.A.Members(nations), e.B.Members(nations), func(i, j int) {
		shocks[i*n+j] += d
		shocks[j*n+i] += d
	})
}
