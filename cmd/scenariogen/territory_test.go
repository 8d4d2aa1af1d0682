package main

import (
	"math"
	"testing"
)

// territoryToy is a dataset whose state PPP has a flat GDP per head (code
// P) and a COW population growing by grow a year and multiplied by step in
// stepYear, 1900–1920.
func territoryToy(grow, step float64, stepYear int) (*dataset, nationSpec) {
	d := toy()
	d.perHead, d.people, d.tpop = map[key]float64{}, map[key]float64{}, map[key]float64{}
	pop := 1000.0
	for y := 1900; y <= 1920; y++ {
		if y > 1900 {
			pop *= 1 + grow
		}
		if y == stepYear {
			pop *= step
		}
		d.perHead[key{"P", y}], d.people[key{"P", y}], d.tpop[key{"PPP", y}] = 10, 1, pop
	}
	s := nationSpec{id: "PPP", start: 1900, end: 1920, growthFrom: 1900, growthTo: 1920,
		series: series{{from: 0, to: 9999, nmc: "PPP", perHead: []string{"P"}}}}
	return d, s
}

// TestTerritorySteps: a state whose population grows by 2 % a year and is
// halved in 1910 (its GDP per head flat) has a trend of 2 % and one
// territory event of × 0.5; a merge into it in 1909 or 1910 makes the step
// the merge's, and no event, but one two years before does not; a war it
// fought that ended in September 1910 dates the step then.
func TestTerritorySteps(t *testing.T) {
	d, s := territoryToy(0.02, 0.5, 1910)
	g := d.trend(s, nil)
	approx(t, "trend", g.v, 0.02)
	ev := d.territoryEvents(s, g.v, nil, nil)
	if len(ev) != 1 || ev[0].year != 1910 || ev[0].month != 1 || ev[0].kind != "territory" || math.Abs(ev[0].value.v-0.5) > 1e-12 {
		t.Fatalf("events %+v, want one territory event of January 1910, factor 0.5", ev)
	}
	for merge, want := range map[int]int{1908: 1, 1909: 0, 1910: 0} {
		if ev := d.territoryEvents(s, g.v, []int{merge}, nil); len(ev) != want {
			t.Errorf("with a merge in %d: %d events, want %d", merge, len(ev), want)
		}
	}
	war := event{kind: "war", label: "a war", year: 1909, month: 3, a: []string{"PPP"}, b: []string{"QQQ"},
		duration: num{v: 1.5}} // 1 March 1909 to 1 September 1910
	if ev := d.territoryEvents(s, g.v, nil, []event{war}); len(ev) != 1 || ev[0].month != 9 {
		t.Errorf("after a war ending on 1 September 1910: %+v, want the step in month 9", ev)
	}
	// A step after the run is left out of the trend and is no event.
	s.end = 1909
	if ev := d.territoryEvents(s, g.v, nil, nil); len(ev) != 0 {
		t.Errorf("a run to 1909: events %+v, want none", ev)
	}
	approx(t, "trend with the step after the run", d.trend(s, nil).v, 0.02)
}

// TestTerritoryNoStep: a population growing by 9 % a year, under the
// threshold, has no step: its growth is all trend.
func TestTerritoryNoStep(t *testing.T) {
	d, s := territoryToy(0.09, 1, 0)
	if steps := d.territorySteps(s, s.start, s.end); len(steps) != 0 {
		t.Errorf("steps %+v, want none", steps)
	}
	approx(t, "trend", d.trend(s, nil).v, 0.09)
}

// TestTerritorySeriesChange: a state whose GDP is series A to 1909 and B
// from 1910, B 0.6 of A's level in 1909 and both growing by 3 %, has a
// step of its own level, 0.6, and 1910's growth in its trend; a state
// whose GDP per head changes codes has a step of the raw change.
func TestTerritorySeriesChange(t *testing.T) {
	d := toy()
	for y := 1900; y <= 1920; y++ {
		d.gdp[key{"A", y}] = 100 * math.Pow(1.03, float64(y-1900))
		d.gdp[key{"B", y}] = 60 * math.Pow(1.03, float64(y-1900))
	}
	s := nationSpec{id: "AB", start: 1900, end: 1920, growthFrom: 1900, growthTo: 1920,
		series: series{{from: 0, to: 1909, gdp: "A"}, {from: 1910, to: 9999, gdp: "B"}}}
	g := d.trend(s, nil)
	approx(t, "trend", g.v, 0.03)
	ev := d.territoryEvents(s, g.v, nil, nil)
	if len(ev) != 1 || ev[0].year != 1910 || math.Abs(ev[0].value.v-0.6) > 1e-12 {
		t.Fatalf("events %+v, want one of 1910, factor 0.6", ev)
	}

	d.perHead, d.people, d.tpop = map[key]float64{}, map[key]float64{}, map[key]float64{}
	for y := 1900; y <= 1920; y++ {
		d.perHead[key{"P", y}], d.perHead[key{"Q", y}] = 10, 8
		d.people[key{"P", y}], d.people[key{"Q", y}] = 1, 1
		d.tpop[key{"PQ", y}] = 1000
	}
	s = nationSpec{id: "PQ", start: 1900, end: 1920, growthFrom: 1900, growthTo: 1920,
		series: series{{from: 0, to: 1909, nmc: "PQ", perHead: []string{"P"}}, {from: 1910, to: 9999, nmc: "PQ", perHead: []string{"Q"}}}}
	g = d.trend(s, nil)
	approx(t, "trend of GDP per head", g.v, 0)
	if ev := d.territoryEvents(s, g.v, nil, nil); len(ev) != 1 || math.Abs(ev[0].value.v-0.8) > 1e-12 {
		t.Errorf("a change of the codes of GDP per head: events %+v, want one of factor 0.8", ev)
	}
}
