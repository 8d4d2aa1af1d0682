package scenarios

import (
	"fmt"
	"slices"
	"strings"

	"entente/sim"
)

// removable reports whether a scenario's events of a kind may be left out
// of a run: every kind but those that decide which states exist (entry,
// merge), without which the run would not be the scenario's world.
func removable(kind sim.EventKind) bool {
	return slices.Contains(sim.EventKinds, kind) && kind != sim.Entry && kind != sim.Merge
}

// Without leaves the scenario's events of the given kinds out, so that a
// run shows what its history owes them: the historical scenarios' threat
// shocks, détentes and doctrine carry judgement numbers (their files list
// them), and a reader may ask what the model does with the data alone. It
// returns how many events it removed, and records in s.LeftOut, sorted,
// the kinds it removed events of (a kind the scenario has no event of is
// not among them: the same list can serve every scenario). A kind that is
// unknown or not removable is an error, and so is a list that removes
// nothing (a run labelled "without" would be the scenario's own); either
// changes nothing. Empty entries (a stray comma) are ignored. Leaving out
// regime_change leaves out the regimes' dates before the run too
// (Config.RegimeSince), and the regimes the start shares were measured
// under (Config.ShareRegimes).
func (s *Scenario) Without(kinds []string) (int, error) {
	var bad, asked []string
	set := map[sim.EventKind]bool{}
	for _, k := range kinds {
		k = strings.TrimSpace(k)
		switch {
		case k == "":
		case !removable(sim.EventKind(k)):
			bad = append(bad, fmt.Sprintf("%q", k))
		case !set[sim.EventKind(k)]:
			set[sim.EventKind(k)] = true
			asked = append(asked, k)
		}
	}
	if len(bad) > 0 {
		var ok []string
		for _, k := range sim.EventKinds {
			if removable(k) {
				ok = append(ok, string(k))
			}
		}
		return 0, fmt.Errorf("cannot leave out events of kind %s: the kinds that can be left out are %s (entry and merge decide which states exist)",
			strings.Join(bad, ", "), strings.Join(ok, ", "))
	}
	kept := make([]sim.Event, 0, len(s.Config.Events))
	var removedKinds []string
	for _, e := range s.Config.Events {
		if !set[e.Kind] {
			kept = append(kept, e)
		} else if !slices.Contains(removedKinds, string(e.Kind)) {
			removedKinds = append(removedKinds, string(e.Kind))
		}
	}
	removed := len(s.Config.Events) - len(kept)
	if removed == 0 {
		return 0, fmt.Errorf("%s has no event of kind %s: nothing to leave out", s.Name, strings.Join(asked, ", "))
	}
	s.Config.Events = kept
	if set[sim.RegimeChange] {
		// The changes before the start (or an entry) that its regimes date
		// from are the same facts as the changes in the run: without one,
		// without the other.
		s.Config.RegimeSince = nil
		s.Config.ShareRegimes = nil
	}
	for _, k := range removedKinds {
		if !slices.Contains(s.LeftOut, k) {
			s.LeftOut = append(s.LeftOut, k)
		}
	}
	slices.Sort(s.LeftOut)
	return removed, nil
}
