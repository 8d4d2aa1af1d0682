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

// TestDeliberationStartsAgain: the clock runs while the nation has some
// option (it means to ally), whichever is its best, which is why the clock
// takes no option (the same-option clock of before restarted with every
// change of the best, and the United States allied too late in a third of
// the Cold War's runs); no option, or a move, starts it again.
func TestDeliberationStartsAgain(t *testing.T) {
	w := mustNew(t, withParams(testWorld(), func(p *Params) { p.Deliberation = 1 }))
	at := func(tick int) bool {
		w.tick = tick
		return w.deliberated(iAST)
	}
	if at(0) || !at(1) || !at(2) {
		t.Fatal("meaning to ally for a year: want to wait, then to act")
	}
	w.forgetIntent(iAST) // a tick with no option
	if at(5) || !at(6) {
		t.Error("after a tick with no option the clock must start again")
	}
	if len(w.acted) != len(w.nations) {
		w.acted, w.lastActed = make([]bool, len(w.nations)), make([]int, len(w.nations))
	}
	w.moved(iAST)
	if at(7) || !at(8) {
		t.Error("after a move the clock must start again")
	}
}
