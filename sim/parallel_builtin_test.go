package sim_test

import (
	"runtime"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// TestBuiltinsSideBySide runs every built-in scenario with its phases'
// work (formation's searches and its waiting nations, exits' stays, the
// allies' security) shared between two cores, whatever its size, and
// alone: the same run, tick by tick. The built-in eras hold what the generated worlds of the
// sim package's tests do not (pacts of the start, nested pacts, wars,
// communities of like regimes, steered nations' worlds); under -race (CI)
// a write the two searches share shows here.
func TestBuiltinsSideBySide(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	batches := 0
	for _, info := range scenarios.Builtins() {
		t.Run(info.Name, func(t *testing.T) {
			sc, err := scenarios.Load(info.Name, nil)
			if err != nil {
				t.Fatal(err)
			}
			alone, err := sim.New(sc.Config, 0)
			if err != nil {
				t.Fatal(err)
			}
			alone.ShareCores(false)
			shared, _ := sim.New(sc.Config, 0)
			sim.ShareCoresAlways(shared)
			for alone.Step() {
				shared.Step()
				if a, b := sim.Snapshot(alone), sim.Snapshot(shared); a != b {
					t.Fatalf("tick %d: the runs differ", alone.Tick())
				}
			}
			batches += sim.WaitBatches(shared)
		})
	}
	if batches == 0 {
		t.Error("no waiting nations were searched side by side (waitbatch.go): the runs compared exercise fewer shares than they should")
	}
}
