package sim

import "testing"

// TestStayLevelAheadOfTheMarks checks the level side-by-side exits hold a
// member's bound against (stayLevelAhead): for a rival of the leader in a
// pact of the start, which the loop's marks may judge as a rival or as
// held across the rivalry, it is the higher of the two levels, and for
// every member at least the level the loop can judge it at.
func TestStayLevelAheadOfTheMarks(t *testing.T) {
	cfg, ids := tetherWorld(3000, true)
	lead, c := ids[0], ids[2]
	cfg.Alliances[0].Members = []int{lead, ids[1], c}
	cfg.Alliances[0].Age = 40 // institutions that hold a member who is no rival
	w := mustNew(t, cfg)
	differ := 0
	for w.Step() {
		for _, a := range w.alliances {
			if a.Dissolved {
				continue
			}
			head := w.leader(a)
			for k, i := range a.Members {
				ahead := w.stayLevelAhead(a, k, i, head)
				_, asNone, _ := w.stayLevels(i, a, k, head, false)
				_, asRival, _ := w.stayLevels(i, a, k, head, true)
				if ahead < asNone || w.rivals(i, head) && ahead < asRival {
					t.Fatalf("tick %d: %d's level ahead in %s is %v; as no rival %v, as a rival %v", w.Tick(), i, a.ID, ahead, asNone, asRival)
				}
				if i == c && head == lead && asNone != asRival {
					differ++
				}
			}
		}
	}
	if differ == 0 {
		t.Fatal("bad fixture: the leader's rival's two levels never differed")
	}
}
