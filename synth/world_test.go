package synth

import (
	"bytes"
	"fmt"
	"testing"

	"entente/sim"
)

func TestGeneratedWorldsLoadStrictly(t *testing.T) {
	for _, tc := range []struct {
		n     int
		plane bool
	}{{2, false}, {30, false}, {200, false}, {200, true}, {1000, false}} {
		t.Run(fmt.Sprintf("N=%d/plane=%t", tc.n, tc.plane), func(t *testing.T) {
			w := Generate(Options{Nations: tc.n, Seed: 7, Plane: tc.plane})
			sc, err := w.Scenario()
			if err != nil {
				t.Fatal(err)
			}
			if got := len(sc.Config.Nations); got != tc.n {
				t.Fatalf("%d nations loaded, want %d", got, tc.n)
			}
		})
	}
}

func TestSameSeedSameBytes(t *testing.T) {
	var a, b, c bytes.Buffer
	for _, x := range []struct {
		buf  *bytes.Buffer
		seed uint64
	}{{&a, 1}, {&b, 1}, {&c, 2}} {
		if err := Generate(Options{Nations: 100, Seed: x.seed}).WriteTOML(x.buf); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same seed gave different files")
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("two seeds gave the same file")
	}
}

// TestAlliancesFormAndDissolve runs generated worlds to their end: pacts
// must form, members join and leave, and some alliance must dissolve (as
// the rivalries that made them end: see relate).
func TestAlliancesFormAndDissolve(t *testing.T) {
	for _, tc := range []struct {
		n    int
		seed uint64
	}{{30, 3}, {200, 1}} {
		t.Run(fmt.Sprintf("N=%d", tc.n), func(t *testing.T) {
			sc, err := Generate(Options{Nations: tc.n, Seed: tc.seed}).Scenario()
			if err != nil {
				t.Fatal(err)
			}
			w, err := sim.New(sc.Config, 0)
			if err != nil {
				t.Fatal(err)
			}
			counts := map[string]int{}
			for w.Step() {
				for _, r := range w.Records() {
					counts[r.Kind]++
				}
			}
			if counts[sim.Formed] == 0 || counts[sim.Joined] == 0 || counts[sim.Left] == 0 || counts[sim.Dissolved] == 0 {
				t.Errorf("events %v: want pacts formed, joined, left and dissolved", counts)
			}
		})
	}
}
