package main

import (
	"fmt"
	"math"
	"strings"
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

// A regime's year is the earliest coded year of the unbroken run within 2
// points of its first value, when a coded year before the run lies 3
// points or more from it; an entrant's first year when the data code none
// of the window; none when every coded year lies within 2 points, for a
// state of the start the data do not code before, before the data's first
// year, or when the spec gives the regime.
func TestRegimeSince(t *testing.T) {
	d := toy()
	s := nationSpec{id: "XXX", start: 1990, end: 2000}
	first := num{4, 0, "Polity2 1990"}
	since := func(entrant bool) *num { return d.regimeSince(s, first, entrant) }
	// −6 in 1986, uncoded 1987, 5 in 1988 and 1989, 4 in 1990: the run of
	// the new value begins at 1988.
	for y, v := range map[int]float64{1986: -6, 1988: 5, 1989: 5, 1990: 4} {
		d.polity[key{"XXX", y}] = v
	}
	if got := since(false); got == nil || got.v != 1988 {
		t.Fatalf("regime since %+v, want 1988, the first coded year of the new value", got)
	}
	// −6 in 1986 and nothing after to 1990: dated at the first year, as
	// regimeEvents would date the change at the first coded year.
	delete(d.polity, key{"XXX", 1988})
	delete(d.polity, key{"XXX", 1989})
	if got := since(false); got == nil || got.v != 1990 {
		t.Errorf("regime since %+v across a gap, want 1990", got)
	}
	// Every coded year within 2 points: an old regime.
	d.polity[key{"XXX", 1986}] = 3
	if got := since(true); got != nil {
		t.Errorf("regime since %+v for a regime within 2 points over the window, want none", got)
	}
	// No year of the window coded: an entrant's regime is in its year
	// zero; a state of the start's is not dated; nor is one whose window
	// lies before the data's first year.
	delete(d.polity, key{"XXX", 1986})
	if got := since(true); got == nil || got.v != 1990 {
		t.Errorf("regime since %+v for a state entering the system in 1990, want 1990", got)
	}
	if got := since(false); got != nil {
		t.Errorf("regime since %+v for a state of the start the data do not code before, want none", got)
	}
	d.polityFrom = 1990
	if got := since(true); got != nil {
		t.Errorf("regime since %+v for an entrant in the data's first year, want none", got)
	}
	s.regime = &fact{v: 4, src: "a source"}
	if got := d.regimeSince(s, num{4, 0, "a source"}, true); got != nil {
		t.Errorf("regime since %+v for a regime the spec gives, want none", got)
	}
}

// shareRegime is the mean of the regimes the scenario holds in the start
// share's years (the start's, then its regime_change moves), nil where it
// is the start's: Czechoslovakia's of 1948–50 (2 at the start in 1947,
// −7 from 1948), Greece's of 1947–49 (8, then 4 from 1949).
func TestShareRegime(t *testing.T) {
	move := func(y int, v float64) event { return event{year: y, kind: "regime_change", value: num{v, 0, ""}} }
	for _, tc := range []struct {
		name    string
		start   float64
		changes []event
		years   []int
		want    *float64
	}{
		{"a change before the share's years", 2, []event{move(1948, -7)}, []int{1948, 1949, 1950}, ptr(-7.0)},
		{"a change within them", 8, []event{move(1949, 4)}, []int{1947, 1948, 1949}, ptr(6.67)},
		{"no change", 5, nil, []int{1990, 1991, 1992}, nil},
		{"a change after them", 5, []event{move(1995, -3)}, []int{1990, 1991, 1992}, nil},
	} {
		got := shareRegime(num{tc.start, 0, "Polity2"}, tc.changes, tc.years)
		switch {
		case tc.want == nil && got != nil:
			t.Errorf("%s: %v, want none (the start's regime)", tc.name, got.v)
		case tc.want != nil && (got == nil || got.v != *tc.want):
			t.Errorf("%s: %+v, want %v", tc.name, got, *tc.want)
		case got != nil && !strings.Contains(got.src, fmt.Sprint(tc.years[0])):
			t.Errorf("%s: the comment %q does not give the years", tc.name, got.src)
		}
	}
}

func ptr[T any](v T) *T { return &v }
