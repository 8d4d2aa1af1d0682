package main

import (
	"math"
	"testing"
)

// TestTerritorySteps: a state whose population grows by 2 % a year and is
// halved in 1910 (its GDP per head flat) has a trend of 2 % and one
// territory event of × 0.5; a merge into it in 1909 or 1910 makes the step
// the merge's, and no event.
func TestTerritorySteps(t *testing.T) {
	d := toy()
	d.perHead, d.people, d.tpop = map[key]float64{}, map[key]float64{}, map[key]float64{}
	pop := 1000.0
	for y := 1900; y <= 1920; y++ {
		if y > 1900 {
			pop *= 1.02
		}
		if y == 1910 {
			pop *= 0.5
		}
		d.perHead[key{"P", y}], d.people[key{"P", y}], d.tpop[key{"PPP", y}] = 10, 1, pop
	}
	s := nationSpec{id: "PPP", start: 1900, end: 1920, growthFrom: 1900, growthTo: 1920,
		series: series{{from: 0, to: 9999, nmc: "PPP", perHead: []string{"P"}}}}
	g := d.trend(s, nil)
	approx(t, "trend", g.v, 0.02)
	ev := d.territoryEvents(s, g.v, nil)
	if len(ev) != 1 || ev[0].year != 1910 || ev[0].kind != "territory" || math.Abs(ev[0].value.v-0.5) > 1e-12 {
		t.Fatalf("events %+v, want one territory event of 1910, factor 0.5", ev)
	}
	for _, merge := range []int{1909, 1910} {
		if ev := d.territoryEvents(s, g.v, []int{merge}); len(ev) != 0 {
			t.Errorf("with a merge in %d: events %+v, want none", merge, ev)
		}
	}
	// Without the step, no event and the same trend: the rule finds
	// borders, not growth.
	s.end, s.growthTo = 1909, 1909
	if ev := d.territoryEvents(s, 0.02, nil); len(ev) != 0 {
		t.Errorf("1900–1909: events %+v, want none", ev)
	}
	approx(t, "trend 1900–1909", d.trend(s, nil).v, 0.02)
}
