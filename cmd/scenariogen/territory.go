package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// A change of territory is a step, not a trend (MODEL-NOTES, "A change of
// territory is a step, not a trend"). A state's GDP is Maddison's GDP per
// head times COW's population (before 1950, and after it where Maddison
// has no series of the state's borders) or one of Maddison's series, and
// either can step: COW's population counts the territory of each year (the
// Netherlands without Belgium from 1831, Sardinia become Italy in 1860),
// and a state's series can change (the Soviet Union's to 1991, Russia's
// from 1992). A trend drawn through a step spreads it over the era. So,
// for every era: a year in which the series standing for a state's GDP
// changes, or in which the COW population its GDP per head counts moves by
// more than territoryJump in log (natural growth rarely moves it by 0.04),
// is a step. The trend leaves it out, and a step inside the run is a
// `territory` event that rescales the state (sim/territory.go).
const territoryJump = 0.1

// territoryStep is a year whose GDP stepped. raw is GDP(year) /
// GDP(year − 1), the step with that year's growth in it, unless level:
// then the new series has a figure of the year before, and raw is the two
// series' ratio then, the step alone.
type territoryStep struct {
	year  int
	raw   float64
	level bool
	why   string
}

// territorySteps lists the steps of s in (from, to].
func (d *dataset) territorySteps(s nationSpec, from, to int) []territoryStep {
	var out []territoryStep
	for y := from + 1; y <= to; y++ {
		sp0, ok0 := s.series.at(y - 1)
		sp1, ok1 := s.series.at(y)
		g0, okG0 := d.gdpAt(s.series, y-1)
		g1, okG1 := d.gdpAt(s.series, y)
		if !ok0 || !ok1 || !okG0 || !okG1 || g0 <= 0 {
			continue
		}
		st := territoryStep{year: y, raw: g1 / g0}
		switch {
		case seriesChanged(sp0, sp1):
			st.why = fmt.Sprintf("GDP %s in %d, %s from %d", spanName(sp0), y-1, spanName(sp1), y)
			// A series of its own borders has the level of the year before:
			// Russia's of 1991 against the Union's, the step without 1992's
			// fall. A product of COW's population has not: the population
			// of 1830 is the Netherlands' with Belgium.
			if before, ok := d.spanGDP(sp1, y-1); ok && before > 0 && sp1.perHead == nil {
				st.raw, st.level = before/g0, true
				st.why += fmt.Sprintf(" (both in %d)", y-1)
			}
		case sp0.perHead == nil:
			continue // one of Maddison's series, on the same borders throughout
		default:
			p0, okP0 := d.tpop[key{sp0.nmc, y - 1}]
			p1, okP1 := d.tpop[key{sp1.nmc, y}]
			if !okP0 || !okP1 || p0 <= 0 || math.Abs(math.Log(p1/p0)) <= territoryJump {
				continue
			}
			st.why = fmt.Sprintf("COW NMC population of %s %.0f thousand in %d, %.0f thousand in %d", sp1.nmc, p0, y-1, p1, y)
		}
		out = append(out, st)
	}
	return out
}

// seriesChanged reports whether two spans stand for the GDP of different
// series: another code or part, GDP per head of other codes, or GDP per
// head against one of Maddison's series.
func seriesChanged(a, b span) bool {
	return a.gdp != b.gdp || a.fraction() != b.fraction() || (a.perHead == nil) != (b.perHead == nil) ||
		!slices.Equal(a.perHead, b.perHead)
}

// withoutSteps is the compound growth of ratio over years, the steps left
// out: each step's ratio, and the year of each step that is not a level.
func withoutSteps(ratio float64, years int, steps []territoryStep) float64 {
	for _, st := range steps {
		ratio /= st.raw
		if !st.level {
			years--
		}
	}
	if years <= 0 {
		panic(fmt.Sprintf("trend growth: every year of the span is a step of territory (%d steps)", len(steps)))
	}
	return math.Pow(ratio, 1/float64(years)) - 1
}

// territoryEvents are the `territory` events of s: its steps inside the
// run, (start, end], each by its step net of a year's trend growth (a
// level is the step alone). A step in the year of a merge into s (merges:
// their years) or the year after is the merge's, which carries the
// absorbed state's GDP and forces itself (North Vietnam's population
// doubles in COW in 1976, after the fall of Saigon): it is no event, and
// the trend leaves it out all the same. A step is dated on 1 January of its
// year, the middle of the two years' figures it lies between, unless a
// war of s (wars: the era's war events) ended in that year: a cession
// follows the peace (Denmark's of 1864, Prussia's annexations of 1866).
func (d *dataset) territoryEvents(s nationSpec, growth float64, merges []int, wars []event) []event {
	var out []event
	for _, st := range d.territorySteps(s, s.start, s.end) {
		if slices.Contains(merges, st.year) || slices.Contains(merges, st.year-1) {
			continue
		}
		f := st.raw
		if !st.level {
			f /= 1 + growth
		}
		month, date := 1, fmt.Sprintf("COW %d", st.year)
		if w, m, ok := lastPeace(wars, s.id, st.year); ok {
			month, date = m, fmt.Sprintf("COW %d; after the end of the %s", st.year, w)
		}
		out = append(out, event{
			year: st.year, month: month, date: date, kind: "territory",
			label:   fmt.Sprintf("%s's territory: GDP and forces × %.2f", s.id, f),
			nations: []string{s.id},
			value:   num{f, 3, "Maddison 2018 and COW NMC 6.0: " + st.why + "; " + measured(st, growth)},
			source: "a step of the data's GDP (cmd/scenariogen/territory.go): the series standing for it changes, " +
				"or the COW population its GDP per head counts moves by more than a tenth in log",
		})
	}
	return out
}

// measured says how a step's factor was drawn from the data.
func measured(st territoryStep, growth float64) string {
	if st.level {
		return fmt.Sprintf("the new series over the old in %d, %.3f", st.year-1, st.raw)
	}
	return fmt.Sprintf("GDP %d over %d, %.3f, over a year of its trend (%.4f)", st.year, st.year-1, st.raw, growth)
}

// lastPeace is the label and month of the last of the wars id fought that
// ended in year y (a war's end: its date plus its duration).
func lastPeace(wars []event, id string, y int) (string, int, bool) {
	label, month, found := "", 0, false
	for _, w := range wars {
		if w.kind != "war" || w.duration.v <= 0 || !(slices.Contains(w.a, id) || slices.Contains(w.b, id)) {
			continue
		}
		end := float64(w.year) + float64(max(w.month, 1)-1)/12 + w.duration.v
		if int(end) != y {
			continue
		}
		if m := min(12, 1+int((end-float64(y))*12+1e-9)); !found || m >= month {
			label, month, found = w.label, m, true
		}
	}
	return label, month, found
}

// spanName names the series a span's GDP is.
func spanName(sp span) string {
	switch {
	case sp.perHead != nil:
		return "per head of " + strings.Join(sp.perHead, "+") + " × COW NMC population of " + sp.nmc
	case sp.part != 0:
		return fmt.Sprintf("of Maddison's %s × %.2f", sp.gdp, sp.part)
	}
	return "of Maddison's " + sp.gdp
}
