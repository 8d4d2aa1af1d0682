package sim

import (
	"runtime"
	"testing"
)

// TestWaitingIsTheFullSearch checks that a waiting nation's search
// (anyChoice) finds an option exactly when the full search does, alone
// and side by side, for every nation after each of 12 ticks of the
// pruning tests' worlds, as formation sees the bounds; and that both
// answers occur.
func TestWaitingIsTheFullSearch(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	found, none := 0, 0
	for _, tc := range pruneWorlds() {
		w := mustNew(t, tc.cfg)
		acted := make([]bool, len(w.nations))
		for range 12 {
			w.Step()
			w.prepareBounds()
			for _, side := range []bool{false, true} {
				if side {
					w.parallel = parallelOn
					w.helper = w.startHelper()
				}
				for i := range w.nations {
					if !w.nations[i].Active {
						continue
					}
					want := w.bestChoice(i, acted).ok
					if got := w.anyChoice(i, acted); got != want {
						t.Fatalf("%s, tick %d: %d has an option: %v waiting, %v by the full search (side by side: %v)", tc.name, w.Tick(), i, got, want, side)
					}
					if want {
						found++
					} else {
						none++
					}
				}
				if side {
					w.stopHelper()
					w.parallel = parallelAuto
				}
			}
			w.limitsFresh = false
		}
	}
	if found == 0 || none == 0 {
		t.Fatalf("%d searches found an option and %d none: the test exercises one answer only", found, none)
	}
	t.Logf("%d searches found an option, %d none", found, none)
}
