package sim_test

import (
	"runtime"
	"testing"

	"entente/sim"
	"entente/synth"
)

// EstimateBytes bounds what a world holds while it runs: the heap a
// generated world takes after a few ticks stays below the estimate, and
// not far below it (the estimate refuses worlds, so a wild overestimate
// would refuse worlds that fit).
func TestEstimateBytesCoversTheHeap(t *testing.T) {
	for _, n := range []int{200, 600} {
		sc, err := synth.Generate(synth.Options{Nations: n, Seed: 7}).Scenario()
		if err != nil {
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		w, err := sim.New(sc.Config, 0)
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < 3 && w.Step(); k++ {
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
		runtime.KeepAlive(w)
		est := sim.EstimateBytes(sc.Config)
		if held > est || held < est/4 {
			t.Errorf("%d states: the world holds %d bytes, the estimate is %d", n, held, est)
		}
	}
}
