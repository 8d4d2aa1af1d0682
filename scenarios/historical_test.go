package scenarios

import (
	"fmt"
	"slices"
	"testing"

	"entente/sim"
)

// TestHistoricalEventsScriptNoAlliance runs each historical scenario with
// the model's own alliance decisions switched off (no state values any
// alliance enough to found or join it, and none leaves or lets one
// dissolve). Whatever alliances change then would be the events' doing:
// none may. A member that becomes a rival of its pact's leader leaves with
// no threshold of its own to switch off, only exit_patience: a patience
// longer than any scenario keeps it, and every other member, in. A state
// that enters as the member of a pact of the start it was before its data
// began (an entry naming the pact) joins it at its entry: that is the
// start's membership, not a decision, and it is all that may change.
func TestHistoricalEventsScriptNoAlliance(t *testing.T) {
	// The ends of the ranges: a membership's value (log-ratios of threat,
	// weighted) never comes near 1000, and 1000 years outlast every run.
	off := []string{"v_form=1000", "v_join=1000", "v_exit=-1000", "kappa_stay=0", "exit_patience=1000", "c_dissolve=0", "c_strain=0"}
	for _, name := range generated {
		t.Run(name, func(t *testing.T) {
			sc, err := Load(name, off)
			if err != nil {
				t.Fatal(err)
			}
			for k, e := range sc.Config.Events {
				if !slices.Contains(sim.EventKinds, e.Kind) {
					t.Errorf("event %d has kind %q", k, e.Kind)
				}
			}
			w, err := sim.New(sc.Config, 0)
			if err != nil {
				t.Fatal(err)
			}
			entersIn := map[string]string{} // an entering state's pact of the start, by name
			for _, e := range sc.Config.Events {
				if e.Kind == sim.Entry && e.Alliance.Name != "" {
					entersIn[sc.Config.Nations[e.Nation].ID] = e.Alliance.Name
				}
			}
			want := members(w)
			for w.Step() {
				for _, r := range w.Records() {
					if r.Kind == sim.Joined {
						if k := slices.IndexFunc(w.Alliances(), func(a *sim.Alliance) bool { return a.ID == r.Alliance }); k >= 0 &&
							k < len(want) && entersIn[r.Nation] == w.Alliances()[k].Name {
							want[k] = append(want[k], r.Nation)
							continue
						}
					}
					switch r.Kind {
					case sim.Formed, sim.Joined, sim.Left, sim.Dissolved:
						t.Fatalf("%v: %s %s %s (%s) with the model's alliance decisions off", r.Year, r.Kind, r.Alliance, r.Nation, r.Cause)
					}
				}
			}
			if end, start := fmt.Sprint(members(w)), fmt.Sprint(want); end != start {
				t.Errorf("alliances changed from %s to %s", start, end)
			}
		})
	}
}

func members(w *sim.World) [][]string {
	var out [][]string
	for _, a := range w.Alliances() {
		var ids []string
		for _, m := range a.Members {
			ids = append(ids, w.Nations()[m].ID)
		}
		out = append(out, ids)
	}
	return out
}
