package sim

import "testing"

// TestDeliberationDelaysFormationByItsYears: with deliberation on, no
// nation joins or founds before it has held the same intent for that many
// years, at one or four ticks a year; without it the blocs form in the
// first tick; with it they still form.
func TestDeliberationDelaysFormationByItsYears(t *testing.T) {
	for _, perYear := range []int{1, 4} {
		for _, years := range []float64{0, 1, 2} {
			cfg := withParams(testWorld(), func(p *Params) { p.Deliberation = years })
			cfg.TicksPerYear = perYear
			w := mustNew(t, cfg)
			first := -1
			for w.Step() && w.Tick() < 8*perYear {
				for _, r := range append(records(w, Formed), records(w, Joined)...) {
					if first < 0 {
						first = r.Tick
					}
				}
			}
			want := int(years * float64(perYear))
			if first != want {
				t.Errorf("%d ticks a year, deliberation %v yr: first pact at tick %d, want %d", perYear, years, first, want)
			}
			if allianceOf(w, iAST, iBOR) == nil || allianceOf(w, iDRA, iESK) == nil {
				t.Errorf("%d ticks a year, deliberation %v yr: the blocs did not form", perYear, years)
			}
		}
	}
}
