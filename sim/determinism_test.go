package sim

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// snapshot prints everything an observer can read after a tick: the
// records, every nation's state and flows, the diagnostics, every
// alliance's public fields and ledger, the world ledger and the loans.
func snapshot(w *World) string {
	var b strings.Builder
	fmt.Fprintf(&b, "tick %d year %v\n", w.Tick(), w.Year())
	for _, r := range w.Records() {
		fmt.Fprintf(&b, "record %+v\n", r)
	}
	for i, n := range w.Nations() {
		fmt.Fprintf(&b, "nation %+v state %+v\n", n, w.State(i))
	}
	fmt.Fprintf(&b, "diag %+v\nledger %+v\n", w.Diagnostics(), w.Ledger())
	for _, a := range w.Alliances() {
		fmt.Fprintf(&b, "alliance %s %s %d %v %v %v %v %v %v %v %+v %v %v %+v\n", a.ID, a.Name, a.Founded, a.Members, a.JoinedAt,
			a.Target, a.Cohesion, a.Pooling, a.Dissolved, a.DissolvedAt, a.Causes, a.BurdenGap, a.Exploitation, a.Ledger)
	}
	for _, l := range w.Loans() {
		id := ""
		if l.Alliance != nil {
			id = l.Alliance.ID
		}
		fmt.Fprintf(&b, "loan %d %d %s %v %v %v %v %d\n", l.Lender, l.Borrower, id, l.Principal, l.Remaining, l.Rate, l.Instalment, l.TicksLeft)
	}
	return b.String()
}

// trace runs a world to its end and returns one snapshot per tick.
func trace(t *testing.T, cfg Config, run int) []string {
	t.Helper()
	w, err := New(cfg, run)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for w.Step() {
		out = append(out, snapshot(w))
	}
	return out
}

func determinismWorlds() []struct {
	name string
	cfg  Config
} {
	quarterly := testWorld()
	quarterly.TicksPerYear = 4
	quarterly.EndYear = 2010
	return []struct {
		name string
		cfg  Config
	}{
		{"formation", testWorld()},
		{"formation, quarterly", quarterly},
		{"finance", financeWorld(1)},
	}
}

func TestSameSeedSameRun(t *testing.T) {
	for _, tc := range determinismWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			a, b := trace(t, tc.cfg, 0), trace(t, tc.cfg, 0)
			if len(a) != len(b) || len(a) == 0 {
				t.Fatalf("%d and %d ticks", len(a), len(b))
			}
			for k := range a {
				if a[k] != b[k] {
					t.Fatalf("tick %d differs:\n%s\nvs\n%s", k, a[k], b[k])
				}
			}
		})
	}
}

func TestDeterministicAcrossWorkers(t *testing.T) {
	// Runs in parallel goroutines give what runs in sequence give.
	cfg := testWorld()
	want := make([][]string, 4)
	for r := range want {
		want[r] = trace(t, cfg, r)
	}
	got := make([][]string, 4)
	var wg sync.WaitGroup
	for r := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w, err := New(cfg, r)
			if err != nil {
				t.Error(err)
				return
			}
			for w.Step() {
				got[r] = append(got[r], snapshot(w))
			}
		}()
	}
	wg.Wait()
	for r := range want {
		if strings.Join(got[r], "") != strings.Join(want[r], "") {
			t.Errorf("run %d differs between parallel and sequential execution", r)
		}
	}
	if strings.Join(want[0], "") == strings.Join(want[1], "") {
		t.Error("runs 0 and 1 of one seed are identical: the run index does not reach the streams")
	}
}

func TestDifferentSeedDifferentRun(t *testing.T) {
	for _, tc := range determinismWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			other := tc.cfg
			other.Seed++
			a, b := trace(t, tc.cfg, 0), trace(t, other, 0)
			if strings.Join(a, "") == strings.Join(b, "") {
				t.Error("seeds differ but the runs are identical")
			}
		})
	}
}

func TestStream(t *testing.T) {
	draws := func(seed uint64, run int, purpose string) [4]uint64 {
		r := Stream(seed, run, purpose)
		return [4]uint64{r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64()}
	}
	base := draws(1, 0, "economy")
	if draws(1, 0, "economy") != base {
		t.Error("the same seed, run and purpose give different streams")
	}
	for _, tc := range []struct {
		name          string
		seed          uint64
		run           int
		purpose       string
		differentFrom [4]uint64
	}{
		{"purpose", 1, 0, "formation", base},
		{"another purpose", 1, 0, "blocs", draws(1, 0, "formation")},
		{"run", 1, 1, "economy", base},
		{"seed", 2, 0, "economy", base},
		{"seed and run do not cancel", 0, 1, "economy", draws(1, 0, "economy")},
		{"empty purpose", 1, 0, "", base},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := draws(tc.seed, tc.run, tc.purpose); got == tc.differentFrom {
				t.Errorf("stream (%d, %d, %q) repeats another: %v", tc.seed, tc.run, tc.purpose, got)
			}
		})
	}
	t.Run("pairwise distinct over a grid", func(t *testing.T) {
		seen := map[[4]uint64]string{}
		for seed := uint64(0); seed < 4; seed++ {
			for run := range 4 {
				for _, p := range []string{"economy", "formation", "blocs"} {
					key := fmt.Sprint(seed, run, p)
					d := draws(seed, run, p)
					if prev, ok := seen[d]; ok {
						t.Errorf("streams %s and %s coincide", prev, key)
					}
					seen[d] = key
				}
			}
		}
	})
}
