package sim

import (
	"fmt"
	"testing"
)

// TestPruningIsExact checks the bounds of prune.go against the exact
// values: every option they skip must fail its test.
func TestPruningIsExact(t *testing.T) {
	skipped, checked := 0, 0
	for _, n := range []int{20, 90} {
		for seed := range uint64(4) {
			t.Run(fmt.Sprintf("N=%d/seed=%d", n, seed), func(t *testing.T) {
				w, err := New(randomWorld(n, seed), 0)
				if err != nil {
					t.Fatal(err)
				}
				for range 15 {
					w.Step()
					for i := range w.nations {
						if !w.nations[i].Active {
							continue
						}
						for _, a := range w.alliances {
							if a.Dissolved || a.isMember[i] || len(a.Members) == 0 {
								continue
							}
							checked++
							if !w.cannotJoin(i, a) {
								continue
							}
							skipped++
							v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
							if v.KappaIn >= w.p.KappaAdmit && v.Value > w.p.JoinValue {
								t.Fatalf("tick %d: %d skipped %s, which it values at %v (κ %v)", w.Tick(), i, a.ID, v.Value, v.KappaIn)
							}
						}
						for j := range w.nations {
							if j == i || !w.nations[j].Active || w.shareAlliance(i, j) {
								continue
							}
							checked++
							if !w.cannotPair(i, j) {
								continue
							}
							skipped++
							c := w.pactCohesion(i, j)
							vi := w.value(i, option{partner: j, cohesion: c, target: w.initTarget})
							vj := w.value(j, option{partner: i, cohesion: c, target: w.initTarget})
							if w.kappaAt(i, j) >= w.p.KappaAdmit && w.kappaAt(j, i) >= w.p.KappaAdmit &&
								vi.Value > w.p.FormValue && vj.Value > w.p.FormValue {
								t.Fatalf("tick %d: pact %d–%d skipped, values %v and %v", w.Tick(), i, j, vi.Value, vj.Value)
							}
						}
					}
				}
			})
		}
	}
	if skipped == 0 || skipped == checked {
		t.Errorf("%d of %d options skipped: the test exercises nothing", skipped, checked)
	}
	t.Logf("%d of %d options skipped", skipped, checked)
}
