package sim

import "testing"

// TestPairVerdictIsSymmetric checks the premise of the verdicts formation
// keeps (pairverdict.go): cannotPair's tests give the same verdict for i
// and j as for j and i, and a verdict kept is the one computed afresh.
// Then that a search reuses verdicts: the other founder's search finds
// them.
func TestPairVerdictIsSymmetric(t *testing.T) {
	pairs, skipped, reused := 0, 0, 0
	for _, tc := range pruneWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			w, err := New(tc.cfg, 0)
			if err != nil {
				t.Fatal(err)
			}
			for range 12 {
				w.Step()
				w.prepareBounds() // as formation sees them: the verdicts start over
				for i := range w.nations {
					for j := range i {
						if !w.nations[i].Active || !w.nations[j].Active {
							continue
						}
						pairs++
						ij, ji := w.pairFails(i, j), w.pairFails(j, i)
						if ij != ji {
							t.Fatalf("tick %d: pact %d–%d fails %v one way, %v the other", w.Tick(), i, j, ij, ji)
						}
						if ij {
							skipped++
						}
						if _, known := w.pairVerdict(i, j); known {
							t.Fatalf("tick %d: pact %d–%d has a verdict before it was tested", w.Tick(), i, j)
						}
						if w.cannotPair(i, j) != ij {
							t.Fatalf("tick %d: pact %d–%d: cannotPair differs from its tests", w.Tick(), i, j)
						}
						if skip, known := w.pairVerdict(j, i); !known || skip != ij {
							t.Fatalf("tick %d: pact %d–%d: verdict %v (known %v) kept for %v", w.Tick(), j, i, skip, known, ij)
						}
						if w.cannotPair(j, i) == ij {
							reused++
						}
					}
				}
				w.limitsFresh = false
				if _, known := w.pairVerdict(0, 1); known {
					t.Fatal("a verdict outlived its formation")
				}
			}
		})
	}
	if skipped == 0 || skipped == pairs || reused != pairs {
		t.Errorf("%d of %d pacts skipped, %d verdicts reused: the test exercises nothing", skipped, pairs, reused)
	}
	t.Logf("%d of %d pacts skipped", skipped, pairs)
}
