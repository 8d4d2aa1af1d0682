package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Events whose magnitudes come from the data: regime changes (Polity2) and
// recessions (Maddison growth against trend).

func itoa(i int) string { return strconv.Itoa(i) }

// regimeEvents are the regime_change events of a nation: every year in
// (start, end] whose Polity2 differs by 3 points or more from the value the
// scenario holds (the start value, or the last event's), which then becomes
// the held value. Years Polity2 does not code (transitions, interruptions)
// are skipped.
func (d *dataset) regimeEvents(s nationSpec, start float64) []event {
	var out []event
	held := start
	for y := s.start + 1; y <= s.end; y++ {
		v, ok := d.polity[key{s.politySeries(y), y}]
		if !ok || math.Abs(v-held) < 3 {
			continue
		}
		out = append(out, event{
			year: y, date: fmt.Sprintf("Polity2 %d", y), kind: "regime_change",
			label:   fmt.Sprintf("%s regime %g → %g (Polity2)", s.id, held, v),
			nations: []string{s.id}, value: num{v, 0, fmt.Sprintf("Polity2 %s %d (was %g)", s.id, y, held)},
			source: "Polity IV (Marshall & Jaggers): Polity2 moved by 3 points or more",
		})
		held = v
	}
	return out
}

// regimeSince is the year the regime a state has in its first year in the
// run (the era's start, or its entry) was reached, the rule of
// regimeEvents read backwards over the polityLead years of Polity2 the
// data keep before an era's start (cut.go; longer than any regime_new the
// model's range makes sensible, 3 by default): walking back from its first year, the
// earliest coded year of an unbroken run of years within 2 points of its
// first value, when a coded year before that run lies 3 points or more
// from it (Poland in an era of 1990: 5 in 1989 and 1990, −6 in 1988, so
// 1989; Japan, entering in 1952: 10 then, 1 in 1944, no code between, so
// 1952, as regimeEvents would date the change at the first coded year of
// the new value). For a state that enters in the run and that Polity2
// codes in none of those years, its entry year: the data code a state from
// its entry into COW's system, and a state new to the system has a regime
// in its year zero, as Polity counts a new state's durability. Nil when
// the coded years all lie within 2 points (a regime older than the
// window), when the spec gives the regime (Polity2 does not code the
// state), and for a state of the era's start that Polity2 does not code
// before it: the data's cut, or COW's first year, not a new state.
func (d *dataset) regimeSince(s nationSpec, first num, entrant bool) *num {
	if s.regime != nil {
		return nil
	}
	since, coded := s.start, false
	for y := s.start - 1; y >= s.start-polityLead; y-- {
		v, ok := d.polity[key{s.politySeries(y), y}]
		if !ok {
			continue
		}
		coded = true
		if math.Abs(v-first.v) < 3 {
			since = y
			continue
		}
		return &num{float64(since), 0, fmt.Sprintf("Polity2 %g in %d, %g (%s) from %d: the last move of 3 points or more before its first year (regime_change's rule)", v, y, first.v, first.src, since)}
	}
	if !coded && entrant && s.start-1 >= d.polityFrom { // before the data's first year, no code says nothing
		return &num{float64(s.start), 0, fmt.Sprintf("no Polity2 in the %d years before its entry in %d (the data code a state from its entry into the system): its regime's year zero, as a new state's", polityLead, s.start)}
	}
	return nil
}

// shortfall is the GDP-weighted mean, over the nations ids, of trend growth
// less the compound growth actually realised over the years [from, to]
// (from GDP in from−1 to GDP in to), rounded to 0.005 and at least 0.005,
// with the group's realised and trend growth for the comment. Nations
// without their own GDP series (a part of another's) are left out of the
// mean: their growth is not theirs.
func (d *dataset) shortfall(specs map[string]nationSpec, ids []string, from, to int) (delta num) {
	var w, gap, real, trend float64
	var used []string
	for _, id := range ids {
		s, ok := specs[id]
		if !ok {
			panic("shortfall: unknown nation " + id)
		}
		sp, _ := s.series.at(to)
		if sp.part != 0 {
			continue
		}
		g0, ok0 := d.gdpAt(s.series, from-1)
		g1, ok1 := d.gdpAt(s.series, to)
		if !ok0 || !ok1 {
			continue
		}
		r := math.Pow(g1/g0, 1/float64(to-from+1)) - 1
		t := d.trend(s, specs).v
		w += g0
		gap += g0 * (t - r)
		real += g0 * r
		trend += g0 * t
		used = append(used, id)
	}
	if w == 0 {
		panic(fmt.Sprintf("shortfall: no GDP for %v in %d–%d", ids, from, to))
	}
	v := math.Max(0.005, math.Round(gap/w/0.005)*0.005)
	years := fmt.Sprintf("%d–%d", from, to)
	if from == to {
		years = itoa(from)
	}
	return num{v, 3, fmt.Sprintf("Maddison 2018: the group's GDP grew %.1f %%/yr in %s against a trend of %.1f %%/yr "+
		"(GDP-weighted over %s), rounded to 0.005", 100*real/w, years, 100*trend/w, strings.Join(used, " "))}
}

// shareRegime is the regime a state's start share was measured under: the
// mean, over the years the start share is the median of, of the regime
// the scenario holds in each (the start's, then its regime_change events'
// moves, in order). The budget rule anchors a state's regime with its
// share (sim/budget.go), and a regime that fell within those years is
// already in the share: Czechoslovakia's start share is the median of
// 1948–1950, under the communists from February 1948, and its regime of
// 1947 (2) would count their −7 as a fall the share has not yet answered.
// Nil where the mean is the start's regime (the engine's default).
func shareRegime(start num, changes []event, years []int) *num {
	if len(years) == 0 {
		return nil
	}
	sum, held := 0.0, make([]string, len(years))
	for k, y := range years {
		r := start.v
		for _, e := range changes { // in year order
			if e.year <= y {
				r = e.value.v
			}
		}
		sum += r
		held[k] = fmt.Sprintf("%d: %g", y, r)
	}
	mean := math.Round(sum/float64(len(years))*100) / 100
	if mean == start.v {
		return nil
	}
	return &num{mean, 2, fmt.Sprintf("the mean regime of the start share's years, as regime_change's rule holds it (%s)", strings.Join(held, ", "))}
}
