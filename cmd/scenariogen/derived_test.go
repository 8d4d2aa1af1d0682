package main

import (
	"math"
	"testing"
)

func TestRegimeEvents(t *testing.T) {
	d := toy()
	// 10, then 8 (−2: no event), 7 (−3 from the held 10: event), missing, 9 (+2: no), 10 (+3: event).
	for y, v := range map[int]float64{1950: 10, 1951: 8, 1952: 7, 1954: 9, 1955: 10} {
		d.polity[key{"XXX", y}] = v
	}
	s := nationSpec{id: "XXX", start: 1950, end: 1955}
	ev := d.regimeEvents(s, 10)
	if len(ev) != 2 || ev[0].year != 1952 || ev[0].value.v != 7 || ev[1].year != 1955 || ev[1].value.v != 10 {
		t.Fatalf("events %+v, want 1952 → 7 and 1955 → 10", ev)
	}
	s.end = 1954
	if ev := d.regimeEvents(s, 10); len(ev) != 1 {
		t.Errorf("a nation gone after 1954 got %d events, want 1", len(ev))
	}
}

func TestShortfall(t *testing.T) {
	d := toy()
	// A grows at 5 % a year from 1950 to 1990 except 1974–75 (0 %); B has no own series (a part of A).
	g := 100.0
	for y := 1950; y <= 1990; y++ {
		if y > 1950 && (y < 1974 || y > 1975) {
			g *= 1.05
		}
		d.gdp[key{"A", y}] = g
	}
	specs := map[string]nationSpec{
		"A": {id: "A", series: series{{from: 0, to: 9999, gdp: "A"}}, growthFrom: 1950, growthTo: 1989},
		"B": {id: "B", series: series{{from: 0, to: 9999, gdp: "A", part: 0.5}}, growthFrom: 1950, growthTo: 1989},
	}
	trend := math.Pow(1.05, 37.0/39) - 1 // 37 growth years in 39
	got := d.shortfall(specs, []string{"A", "B"}, 1974, 1975)
	want := math.Round(trend/0.005) * 0.005
	approx(t, "shortfall", got.v, want)
	if got.prec != 3 || got.src == "" {
		t.Errorf("shortfall %+v lacks its precision or source", got)
	}
}

// A start regime's year is the year after the last one, within the
// look-back, whose Polity2 lies 3 points or more from the start's value,
// or the first year for a state the data do not code before; none when
// every coded year lies within 2 points, the window lies before the data,
// or the spec gives the regime.
func TestRegimeSince(t *testing.T) {
	d := toy()
	// −6 to 1988, 5 in 1989 (a move of 11), 4 in 1990 (the start, within 1 of 1989's), 1987 uncoded.
	for y, v := range map[int]float64{1980: -6, 1986: -6, 1988: -6, 1989: 5, 1990: 4} {
		d.polity[key{"XXX", y}] = v
	}
	s := nationSpec{id: "XXX", start: 1990, end: 2000}
	got := d.regimeSince(s, num{4, 0, "Polity2 1990"})
	if got == nil || got.v != 1989 {
		t.Fatalf("regime since %+v, want 1989", got)
	}
	d.polity[key{"XXX", 1988}] = 2 // 2 points from 4: the last move is then 1986's −6 → 1988
	if got := d.regimeSince(s, num{4, 0, "Polity2 1990"}); got == nil || got.v != 1987 {
		t.Errorf("regime since %+v, want 1987 (the year after 1986's −6)", got)
	}
	for y := 1980; y < 1990; y++ {
		delete(d.polity, key{"XXX", y})
	}
	d.polity[key{"XXX", 1985}] = 3
	if got := d.regimeSince(s, num{4, 0, "Polity2 1990"}); got != nil {
		t.Errorf("regime since %+v for a regime within 2 points over the window, want none", got)
	}
	// No year of the window coded: a state new to the system, its first
	// year its regime's year zero; unless the window lies before the
	// data's first year, where no code says nothing.
	delete(d.polity, key{"XXX", 1985})
	if got := d.regimeSince(s, num{4, 0, "Polity2 1990"}); got == nil || got.v != 1990 {
		t.Errorf("regime since %+v for a state new to the system in 1990, want 1990", got)
	}
	d.polityFrom = 1990
	if got := d.regimeSince(s, num{4, 0, "Polity2 1990"}); got != nil {
		t.Errorf("regime since %+v for a state in the data's first year, want none", got)
	}
	s.regime = &fact{v: 4, src: "a source"}
	if got := d.regimeSince(s, num{4, 0, "a source"}); got != nil {
		t.Errorf("regime since %+v for a regime the spec gives, want none", got)
	}
}
