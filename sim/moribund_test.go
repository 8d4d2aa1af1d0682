package sim

import (
	"strings"
	"testing"
)

// A pact on the point of dissolving is joined as it is founded: JAP, which
// values joining the bloc between v_join and v_form, joins it while both
// members stay, and not once one of them is on its way out (any of the
// exit rule's counters running); why names the bar it fails.
func TestAPactOnThePointOfDissolvingIsJoinedAsItIsFounded(t *testing.T) {
	const jap = 3
	for seed := uint64(1); seed <= 5; seed++ {
		w := protectorWorld(t, seed, 150, 2500)
		a := w.alliances[0]
		_, join, ok := w.bestAlliance(jap)
		if !ok {
			t.Fatalf("seed %d: bad fixture: JAP would not join the bloc", seed)
		}
		// v_form just above JAP's value of joining, v_join below it.
		w.p.FormValue = join.Value + 0.01
		if _, _, ok := w.bestAlliance(jap); !ok {
			t.Fatalf("seed %d: JAP no longer joins a bloc both members keep", seed)
		}
		for _, leaving := range []*[]int{&a.lowValue, &a.lowKappa, &a.lowRival, &a.lowCross} {
			(*leaving)[1] = 1 // BL2 below a level at the last exit check
			if b, _, ok := w.bestAlliance(jap); ok {
				t.Errorf("seed %d: JAP joins %s, whose other members but one are leaving it", seed, b.ID)
			}
			if s := w.WhyJoin(jap, a).Side; !strings.Contains(s.Fails, "v_form") || s.Test != FailsValue {
				t.Errorf("seed %d: why says %q, want the founders' bar", seed, s.Fails)
			}
			(*leaving)[1] = 0
		}
		// Above v_form it enters the pact with the member that stays.
		a.lowCross[1] = 1
		w.p.FormValue = join.Value - 0.01
		if _, _, ok := w.bestAlliance(jap); !ok {
			t.Errorf("seed %d: JAP does not join a pact on the point of dissolving that it values above v_form", seed)
		}
	}
}
