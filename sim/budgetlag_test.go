package sim

import (
	"fmt"
	"testing"
)

// laggedThreats returns each nation's own threats of L ticks before (the
// first it recorded while fewer have passed: an entrant's are its own from
// its first budget), L the lag in ticks at any tick length, and starts
// again when the lag changes.
func TestLaggedThreats(t *testing.T) {
	for _, perYear := range []int{1, 4, 12} {
		t.Run(fmt.Sprintf("%d ticks a year", perYear), func(t *testing.T) {
			cfg := testWorld()
			cfg.TicksPerYear = perYear
			cfg.Params.BudgetLag = 1
			w := mustNew(t, cfg)
			// GAL from the first tick, BOR (an entrant) from the third, each
			// with its own record: BOR's values are GAL's plus 1000.
			lag, late := perYear, 3
			for tick := range 3 * lag {
				threat, allied := w.laggedThreats(iGAL, float64(tick), float64(100+tick))
				want := float64(max(0, tick-lag))
				if threat != want || allied != 100+want {
					t.Fatalf("tick %d: (%v, %v), want the threats of tick %v: (%v, %v)", tick, threat, allied, want, want, 100+want)
				}
				if tick < late {
					continue
				}
				threat, allied = w.laggedThreats(iBOR, float64(1000+tick), float64(1100+tick))
				want = float64(max(late, tick-lag))
				if threat != 1000+want || allied != 1100+want {
					t.Fatalf("tick %d, the entrant: (%v, %v), want its own threats of tick %v: (%v, %v)", tick, threat, allied, want, 1000+want, 1100+want)
				}
			}
			w.p.BudgetLag = 2 // another lag in ticks starts the record again
			if threat, _ := w.laggedThreats(iGAL, 7, 8); threat != 7 {
				t.Errorf("after a change of lag: %v, want this tick's 7", threat)
			}
			w.p.BudgetLag = 0
			if threat, allied := w.laggedThreats(iGAL, 9, 10); threat != 9 || allied != 10 {
				t.Errorf("at lag 0: (%v, %v), want (9, 10)", threat, allied)
			}
		})
	}
}

// A threat that rises moves the budgets of the year after, not of its own,
// at any tick length: GAL's share in the shock's year is the share of a
// world without the shock, and differs the year after.
func TestABudgetAnswersTheThreatOfTheYearBefore(t *testing.T) {
	for _, perYear := range []int{1, 4, 12} {
		t.Run(fmt.Sprintf("%d ticks a year", perYear), func(t *testing.T) {
			world := func(shock bool) *World {
				cfg := testWorld()
				cfg.TicksPerYear = perYear
				cfg.Params.BudgetLag = 1
				cfg.Params.JoinValue, cfg.Params.FormValue = 10, 10 // no pacts: the threat is the only channel
				if shock {
					cfg.Events = []Event{{Tick: 2 * perYear, Kind: ThreatShock, Label: "crisis",
						A: Group{Nations: []int{iGAL}}, B: Group{Nations: []int{iDRA}}, Delta: 0.5}}
				}
				return mustNew(t, cfg)
			}
			calm, shocked := world(false), world(true)
			for tick := 0; tick < 4*perYear; tick++ {
				calm.Step()
				shocked.Step()
				a, b := calm.nations[iGAL].Share, shocked.nations[iGAL].Share
				if calm.perceivedWhole[iGAL] == shocked.perceivedWhole[iGAL] && tick >= 2*perYear {
					t.Fatalf("tick %d: the shock raised no threat: the test shows nothing", tick)
				}
				if tick < 3*perYear && a != b {
					t.Errorf("tick %d (year %d): GAL's share %v with the shock, %v without: a budget moved within the year", tick, tick/perYear, b, a)
				}
				if tick == 4*perYear-1 && !(b > a) {
					t.Errorf("year 3: GAL's share %v with the shock, not above %v without", b, a)
				}
			}
		})
	}
}
