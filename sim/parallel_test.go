package sim

import (
	"runtime"
	"testing"
)

// TestParallelChoiceIsSerial runs the same worlds with formation's
// searches shared by two cores and by one and compares everything an
// observer reads, tick by tick: the shadow's scratch changes the work,
// never a choice. Under -race (CI) it also finds a write the two searches
// share.
func TestParallelChoiceIsSerial(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	events := 0
	for _, tc := range pruneWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			serial, err := New(tc.cfg, 0)
			if err != nil {
				t.Fatal(err)
			}
			side, _ := New(tc.cfg, 0)
			serial.parallel, side.parallel = parallelOff, parallelOn
			for serial.Step() {
				side.Step()
				if a, b := snapshot(serial), snapshot(side); a != b {
					t.Fatalf("tick %d: the runs differ:\nserial       %s\nside by side %s", serial.Tick(), a, b)
				}
				events += len(serial.Records())
			}
		})
	}
	if events == 0 {
		t.Error("no events: the comparison exercises nothing")
	}
	t.Logf("%d events compared", events)
}

// TestLargeWorldAtAnyGOMAXPROCS runs a world above parallelFrom, which
// shares formation between two cores when it has them (a nation's options
// and the runs of waiting nations), and one between shareFrom and
// parallelFrom, which shares only the runs of waiting nations
// (waitbatch.go), at GOMAXPROCS 1 and 2: the same run, tick by tick.
func TestLargeWorldAtAnyGOMAXPROCS(t *testing.T) {
	for _, n := range []int{parallelFrom + 20, shareFrom + 10} {
		cfg := randomWorld(n, 4)
		cfg.EndYear = cfg.StartYear + 8
		runAt := func(procs int) []string {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			w, err := New(cfg, 0)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			shared, moves := false, 0
			for w.Step() {
				out = append(out, snapshot(w))
				shared = shared || w.shadow != nil
				for _, r := range w.Records() {
					if r.Kind == Formed || r.Kind == Joined {
						moves++
					}
				}
			}
			if shared != (procs > 1) || (w.waitBatches > 0) != (procs > 1) {
				t.Fatalf("%d states, GOMAXPROCS %d: formation shared between cores: %v, runs of waiting nations side by side: %d", n, procs, shared, w.waitBatches)
			}
			if moves == 0 {
				t.Fatalf("%d states, GOMAXPROCS %d: no pact founded or joined: the comparison exercises nothing", n, procs)
			}
			return out
		}
		one, two := runAt(1), runAt(2)
		for k := range one {
			if one[k] != two[k] {
				t.Fatalf("%d states, tick %d differs at GOMAXPROCS 1 and 2:\n%s\n%s", n, k, one[k], two[k])
			}
		}
	}
}

// TestHelperPanicReachesTheCaller: a panic in the helper's share of a
// search is raised where the serial search would have raised it, on the
// goroutine that steps the world (a class's server recovers there), and
// the helper ends.
func TestHelperPanicReachesTheCaller(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	helperFault = func() { panic("fault in the helper") }
	defer func() { helperFault = nil }()
	w, err := New(pruneWorlds()[0].cfg, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.parallel = parallelOn
	got := func() (v any) {
		defer func() { v = recover() }()
		for w.Step() {
		}
		return nil
	}()
	if got != "fault in the helper" {
		t.Fatalf("recovered %v, want the helper's panic", got)
	}
	if w.helper != nil {
		t.Error("the helper outlived its formation")
	}
}

// TestPolarizedPairsSideBySide runs a world with ideological contests,
// whose polarization touches thousands of pairs a tick (sharePairs), with
// the pairs set on two cores and on one: the same run, tick by tick.
func TestPolarizedPairsSideBySide(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	cfg := randomWorld(200, 5)
	cfg.EndYear = cfg.StartYear + 6
	cfg.Rivalries = append([]Relation(nil), cfg.Rivalries...)
	for k := range cfg.Rivalries {
		cfg.Rivalries[k].Ideological = true
	}
	serial, side := mustNew(t, cfg), mustNew(t, cfg)
	serial.parallel, side.parallel = parallelOff, parallelOn
	shared := 0
	for {
		side.pairsFrom = -1
		if !serial.Step() {
			break
		}
		side.Step()
		if side.pairsFrom >= 0 {
			shared++
		}
		if a, b := snapshot(serial), snapshot(side); a != b {
			t.Fatalf("tick %d: the runs differ:\nserial       %s\nside by side %s", serial.Tick(), a, b)
		}
	}
	if shared == 0 {
		t.Fatal("no tick touched enough pairs to share them: the comparison exercises nothing")
	}
	t.Logf("%d ticks shared their pairs", shared)
}
