package sim

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestStayBoundIsBelowTheValue checks staybound.go's bound against the
// value it bounds, for every member of every live pact after each of 30
// ticks of the pruning tests' worlds: where its conditions hold, the bound
// is below the value by more than the slack exits allow it, and a member
// asked at its own value as the level gets the value itself. It checks
// too that the bound holds and clears a member's exit level often enough
// to be exercised (TestPrunedRunIsFullRun compares whole runs with and
// without it).
func TestStayBoundIsBelowTheValue(t *testing.T) {
	checked, held, cleared := 0, 0, 0
	for _, tc := range pruneWorlds() {
		t.Run(tc.name, func(t *testing.T) {
			w := mustNew(t, tc.cfg)
			for range 30 {
				if !w.Step() {
					break
				}
				for _, a := range w.alliances {
					if a.Dissolved {
						continue
					}
					for k, i := range a.Members {
						checked++
						exact := w.stayValue(i, a)
						o := option{alliance: a, cohesion: a.snapshot, target: a.Target}
						terms := w.valueTerms(i, o, false)
						if !w.boundHolds(&terms) {
							continue
						}
						held++
						b := w.valueFrom(i, o, &terms, terms.perceived0, w.addedThreat(i, o, terms.scope, terms.theta0, terms.pi, terms.kv), 0)
						if b.Value > exact.Value+stayBoundSlack/1e3 {
							t.Fatalf("tick %d: %d's bound on staying in %s is %v, above its value %v (%s)", w.Tick(), i, a.ID, b.Value, exact.Value, explain(exact))
						}
						if v, ok := w.stayValueAbove(i, a, exact.Value); !ok || v != exact {
							t.Fatalf("tick %d: %d asked at its own value %v of %s got %v (exact %v)", w.Tick(), i, exact.Value, a.ID, v.Value, ok)
						}
						lead := w.leader(a)
						_, exitValue, _ := w.stayLevels(i, a, k, lead, !a.heldAcross(k, lead) && w.rivals(i, lead))
						// Side by side, exits hold the bound against the
						// level ahead of the loop (exitshare.go): it must be
						// at least the level whatever the marks say.
						for _, rival := range []bool{false, w.rivals(i, lead)} {
							if _, level, _ := w.stayLevels(i, a, k, lead, rival); w.stayLevelAhead(a, k, i, lead) < level {
								t.Fatalf("tick %d: %d's exit level in %s is %v, above the level ahead %v", w.Tick(), i, a.ID, level, w.stayLevelAhead(a, k, i, lead))
							}
						}
						if _, ok := w.stayValueAbove(i, a, exitValue); !ok {
							cleared++
						}
					}
				}
			}
		})
	}
	t.Logf("%d stays checked, the bound's conditions held for %d, it cleared the exit level for %d", checked, held, cleared)
	if held < checked/2 || cleared < held/2 {
		t.Errorf("the bound held for %d of %d stays and cleared the exit level for %d: too few to exercise it", held, checked, cleared)
	}
}

// TestStayBoundHoldsForAnyFrontsAndPublicGain checks the bound's
// inequality on the value's own arithmetic (valueFrom) for random terms
// and weights: wherever boundHolds, the value with no public gain and
// nothing held on the fronts is at most the value with any public gain
// and any part held. Where the weights break the condition (β_s·b < β_e),
// the inequality must fail somewhere, or the condition would not be
// needed.
func TestStayBoundHoldsForAnyFrontsAndPublicGain(t *testing.T) {
	var w *World
	var a *Alliance
	for _, tc := range pruneWorlds() {
		w = mustNew(t, tc.cfg)
		for tick := 0; a == nil && tick < 30 && w.Step(); tick++ {
			for _, b := range w.alliances {
				if !b.Dissolved && len(b.Members) >= 2 {
					a = b
					break
				}
			}
		}
		if a != nil {
			break
		}
	}
	if a == nil {
		t.Fatal("bad fixture: no live alliance of two or more")
	}
	i := a.Members[0]
	o := option{alliance: a, cohesion: a.snapshot, target: a.Target}
	base := w.valueTerms(i, o, false)
	rng := rand.New(rand.NewPCG(7, 11))
	held, broken := 0, 0
	for range 20000 {
		w.p.BetaSecurity, w.p.BetaEntrapment, w.p.BetaAffinity = 2*rng.Float64(), 3*rng.Float64(), rng.Float64()
		terms := base
		terms.aff = 2*rng.Float64() - 1
		terms.perceived0 = 10 * rng.Float64()
		terms.sec0 = 0.1 + 10*rng.Float64()
		terms.secWith = terms.sec0 * (1 + 5*rng.Float64())
		added := 0.0
		if rng.IntN(4) > 0 {
			added = 20 * rng.Float64() * rng.Float64()
		}
		perceivedWith := terms.perceived0 * rng.Float64()
		public := rng.Float64() * rng.Float64()
		bound := w.valueFrom(i, o, &terms, terms.perceived0, added, 0).Value
		value := w.valueFrom(i, o, &terms, perceivedWith, added, public).Value
		if w.boundHolds(&terms) {
			held++
			if bound > value+1e-12*(1+math.Abs(value)) {
				t.Fatalf("β_s %v, β_e %v, β_p %v, terms %+v, added %v: bound %v above the value %v (held %v, public %v)",
					w.p.BetaSecurity, w.p.BetaEntrapment, w.p.BetaAffinity, terms, added, bound, value, perceivedWith, public)
			}
		} else if bound > value {
			broken++
		}
	}
	if held < 1000 || broken == 0 {
		t.Errorf("the bound's conditions held in %d cases and its inequality failed in %d of the others: the test exercises too little", held, broken)
	}
}
