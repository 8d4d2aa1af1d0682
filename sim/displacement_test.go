package sim

import (
	"math"
	"testing"
)

// displacementWorld is testWorld with events, rivalries added, and a war
// ratchet r_w fading at ρ_w 0.1 a year (no fiscal brake, no drag, no
// pacts: as warBudgets).
func displacementWorld(t *testing.T, events []Event, rivals []Relation, ratchet float64) *World {
	t.Helper()
	cfg := testWorld()
	cfg.Events = events
	cfg.Rivalries = append(cfg.Rivalries, rivals...)
	return mustNew(t, withParams(cfg, func(p *Params) {
		p.WarMatch, p.WarEffort, p.FiscalBrake, p.Drag, p.JoinValue, p.FormValue = 1, 0.3, 0, 0, 50, 100
		p.WarRatchet, p.RatchetFade = ratchet, 0.1
	}))
}

var calDRARivals = []Relation{{A: iCAL, B: iDRA, Level: 0.5}}

// TestWarAgainstARivalDisplacesThePeaceBudget: when CAL's war with its
// rival DRA ends (ticks 1–2, CAL far short of what the war asked), CAL's
// anchored share doubles (r_w 2, the cap) and DRA's rises by 1 + ε_w (what
// the war asked of the larger side: its own war costs) in the budgets of
// the tick after it; the displacement's log then falls by e^(−ρ_w) a year. The same war with no rivalry in the
// data, or at r_w 1, displaces nothing.
func TestWarAgainstARivalDisplacesThePeaceBudget(t *testing.T) {
	w := displacementWorld(t, calAgainstDRA, calDRARivals, 2)
	stepThrough(t, w, 3) // the war ended before tick 3, whose budgets read its displacement
	fade := math.Exp(-0.1)
	if got, want := math.Log(w.Displacement(iCAL)), math.Log(2); !near(got, want, 1e-12) {
		t.Errorf("CAL's displacement after the war: log %.6f, want ln 2 = %.6f", got, want)
	}
	if got, want := math.Log(w.Displacement(iDRA)), math.Log(1.3); !near(got, want, 1e-12) {
		t.Errorf("DRA's displacement after the war: log %.6f, want ln 1.3 = %.6f", got, want)
	}
	if d := w.Displacement(iAST); d != 1 {
		t.Errorf("AST fought no war and is displaced by %g", d)
	}
	stepThrough(t, w, 8)
	if got, want := math.Log(w.Displacement(iCAL)), math.Log(2)*math.Pow(fade, 5); !near(got, want, 1e-12) {
		t.Errorf("CAL's displacement five years on: log %.6f, want %.6f", got, want)
	}

	flat := displacementWorld(t, calAgainstDRA, calDRARivals, 1)
	stepThrough(t, flat, 8)
	if got, base := w.nations[iCAL].Share, flat.nations[iCAL].Share; got < 1.3*base {
		t.Errorf("CAL's share five years after the war: %.4f displaced, %.4f at r_w 1: want it well above", got, base)
	}
	if d := flat.Displacement(iCAL); d != 1 {
		t.Errorf("at r_w 1 the war displaced CAL's anchor by %g", d)
	}
	unrivalled := displacementWorld(t, calAgainstDRA, nil, 2)
	stepThrough(t, unrivalled, 8)
	if d := unrivalled.Displacement(iCAL); d != 1 {
		t.Errorf("a war with a state the data record no rivalry with displaced CAL's anchor by %g", d)
	}
	unrivalledFlat := displacementWorld(t, calAgainstDRA, nil, 1)
	stepThrough(t, unrivalledFlat, 8)
	if got, base := unrivalled.nations[iCAL].Share, unrivalledFlat.nations[iCAL].Share; got != base {
		t.Errorf("CAL's share after a war with no rival: %.6f, at r_w 1 %.6f: want them equal", got, base)
	}
}

// TestTheLessonIsTheCappedDemand: the lesson a war teaches is its demand,
// the matching held to war_cap: with the cap at 0 CAL learns its own war's
// costs alone (1 + ε_w), with a cap between that and the matching more,
// and uncapped the most (r_w 10, so that the ratchet does not bind).
func TestTheLessonIsTheCappedDemand(t *testing.T) {
	lesson := func(c float64) float64 {
		cfg := testWorld()
		cfg.Events = calAgainstDRA
		cfg.Rivalries = append(cfg.Rivalries, calDRARivals...)
		w := mustNew(t, withParams(cfg, func(p *Params) {
			p.WarMatch, p.WarCap, p.WarEffort, p.FiscalBrake, p.Drag, p.JoinValue, p.FormValue = 1, c, 0.3, 0, 0, 50, 100
			p.WarRatchet, p.RatchetFade, p.MaxShare = 10, 0.1, 1
		}))
		stepThrough(t, w, 3)
		return w.Displacement(iCAL)
	}
	none, mid, full := lesson(0), lesson(0.15), lesson(1)
	if !near(math.Log(none), math.Log(1.3), 1e-12) {
		t.Errorf("with war_cap 0 CAL's displacement is %.4f, want its own war's costs, 1.3", none)
	}
	if !(none < mid && mid < full) {
		t.Errorf("displacements at war_cap 0, 0.15 and 1: %.4f, %.4f, %.4f: want them rising", none, mid, full)
	}
}

// TestDisplacementCountsAWarOnceAndCompoundsTheNext: two entries of one
// war ending in the same tick (CAL against DRA and against ESK, both its
// rivals) displace CAL once, by the larger; a later war adds its own
// displacement to what the first left.
func TestDisplacementCountsAWarOnceAndCompoundsTheNext(t *testing.T) {
	against := func(l int, tick int) Event {
		return Event{Tick: tick, Kind: War, Label: "war", A: Group{Nations: []int{iCAL}}, B: Group{Nations: []int{l}}, Duration: 2}
	}
	rivals := []Relation{{A: iCAL, B: iDRA, Level: 0.5}, {A: iCAL, B: iESK, Level: 0.5}}
	w := displacementWorld(t, []Event{against(iDRA, 1), against(iESK, 1), against(iDRA, 6)}, rivals, 2)
	stepThrough(t, w, 3)
	fade := math.Exp(-0.1)
	if got, want := math.Log(w.Displacement(iCAL)), math.Log(2); !near(got, want, 1e-12) {
		t.Errorf("after two entries of one war: log %.6f, want one war's ln 2 = %.6f", got, want)
	}
	stepThrough(t, w, 8) // the second war, ticks 6–7, ended before tick 8
	if got, want := math.Log(w.Displacement(iCAL)), math.Log(2)*math.Pow(fade, 5)+math.Log(2); !near(got, want, 1e-12) {
		t.Errorf("after a second war: log %.6f, want the first's faded plus the second's, %.6f", got, want)
	}
}

// TestDisplacementStopsAtTheLargestShare: rounds of war against a rival
// raise CAL's anchored share no further than s_max, however many.
func TestDisplacementStopsAtTheLargestShare(t *testing.T) {
	var wars []Event
	for k := range 10 {
		wars = append(wars, Event{Tick: 1 + 2*k, Kind: War, Label: "round", A: Group{Nations: []int{iCAL}}, B: Group{Nations: []int{iDRA}}, Duration: 1})
	}
	w := displacementWorld(t, wars, calDRARivals, 100)
	stepThrough(t, w, 22)
	anchor := w.Anchor(iCAL).Share
	if got, most := anchor*w.Displacement(iCAL), w.nations[iCAL].Policy.MaxShare; got > most*(1+1e-12) {
		t.Errorf("after ten rounds CAL's displaced anchor is %.4f, above s_max %.4f", got, most)
	}
	if w.Displacement(iCAL) < 2 {
		t.Errorf("ten rounds at r_w 100 displaced CAL's anchor by only %.3f", w.Displacement(iCAL))
	}
}
