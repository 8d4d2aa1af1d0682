package scenarios

import (
	"fmt"
	"slices"
	"strings"

	"entente/sim"
)

// Removable reports whether a scenario's events of a kind may be left out
// of a run: every kind but those that decide which states exist (entry,
// merge), without which the run would not be the scenario's world.
func Removable(kind sim.EventKind) bool {
	return slices.Contains(sim.EventKinds, kind) && kind != sim.Entry && kind != sim.Merge
}

// Without leaves the scenario's events of the given kinds out, so that a
// run shows what its history owes them: the historical scenarios' threat
// shocks and détentes carry judgement numbers (their files list them), and
// a reader may ask what the model does with the data alone. It returns
// how many events it removed; an unknown kind, or one that is not
// Removable, is an error naming the kinds that are, and changes nothing.
// The kinds are recorded in s.LeftOut, sorted.
func (s *Scenario) Without(kinds []string) (int, error) {
	var bad []string
	set := map[sim.EventKind]bool{}
	for _, k := range kinds {
		k = strings.TrimSpace(k)
		if !Removable(sim.EventKind(k)) {
			bad = append(bad, fmt.Sprintf("%q", k))
			continue
		}
		set[sim.EventKind(k)] = true
	}
	if len(bad) > 0 {
		var ok []string
		for _, k := range sim.EventKinds {
			if Removable(k) {
				ok = append(ok, string(k))
			}
		}
		return 0, fmt.Errorf("cannot leave out events of kind %s: the kinds that can be left out are %s (entry and merge decide which states exist)",
			strings.Join(bad, ", "), strings.Join(ok, ", "))
	}
	kept := s.Config.Events[:0:0]
	for _, e := range s.Config.Events {
		if !set[e.Kind] {
			kept = append(kept, e)
		}
	}
	removed := len(s.Config.Events) - len(kept)
	s.Config.Events = kept
	for k := range set {
		if !slices.Contains(s.LeftOut, string(k)) {
			s.LeftOut = append(s.LeftOut, string(k))
		}
	}
	slices.Sort(s.LeftOut)
	return removed, nil
}
