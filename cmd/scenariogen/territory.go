package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// A change of territory is a step, not a trend. Before 1950 a state's GDP
// is Maddison's GDP per head times COW's population (convert.go), and
// COW's population counts the state's territory of each year: the
// Netherlands' falls by three-fifths when Belgium secedes (1831), Sardinia's
// grows fourfold as it becomes Italy (1860), Sweden's loses Norway (1905).
// A trend drawn through such a year spreads the step over the era: the
// Netherlands of 1816–1845 would shrink by 0.9 % a year, its debt ratio
// climbing into fiscal pressure from the first year, and Sardinia would
// grow by 7.6 % a year from 1846. After 1950 a state's GDP is one of
// Maddison's series, on today's borders throughout, until the series
// itself changes (the Soviet Union's to 1991, Russia's from 1992). So the
// rule, for every era: a year in which the Maddison series standing for a
// state's GDP changes (its code, its part, or the codes of its GDP per
// head), or in which the COW population its GDP per head is multiplied by
// moves by more than territoryJump in log, is a step of territory. The trend is the growth of
// the other years, and each step inside the run is a `territory` event
// that scales the state's GDP and forces by the step net of a year's
// trend (sim/territory.go). Natural growth rarely moves a population by
// more than 4 % a year; the steps the rule finds in the eras are changes
// of borders but three, which are steps of the data's GDP all the same
// (MODEL-NOTES, "A change of territory is a step, not a trend").
const territoryJump = 0.1

// territoryStep is a year whose GDP moved by a change of territory: raw
// is GDP(year) / GDP(year − 1), the step with that year's growth in it.
type territoryStep struct {
	year int
	raw  float64
	why  string
}

// territorySteps lists the steps of territory of s in (from, to].
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
		var why string
		switch {
		case sp0.gdp != sp1.gdp || sp0.fraction() != sp1.fraction():
			why = fmt.Sprintf("the GDP of %s in %d, of %s from %d", spanName(sp0), y-1, spanName(sp1), y)
		case sp0.perHead == nil || sp1.perHead == nil:
			continue // one of Maddison's series, on today's borders throughout
		case !slices.Equal(sp0.perHead, sp1.perHead):
			why = fmt.Sprintf("GDP per head of %s in %d, of %s from %d", strings.Join(sp0.perHead, "+"), y-1,
				strings.Join(sp1.perHead, "+"), y)
		default:
			p0, okP0 := d.tpop[key{sp0.nmc, y - 1}]
			p1, okP1 := d.tpop[key{sp1.nmc, y}]
			if !okP0 || !okP1 || p0 <= 0 || math.Abs(math.Log(p1/p0)) <= territoryJump {
				continue
			}
			why = fmt.Sprintf("COW NMC population of %s %.0f thousand in %d, %.0f thousand in %d", sp1.nmc, p0, y-1, p1, y)
		}
		out = append(out, territoryStep{year: y, raw: g1 / g0, why: why})
	}
	return out
}

// territoryEvents are the `territory` events of s: its steps inside the
// run, (start, end], each by its step net of a year's trend growth. A step
// in the year of a merge into s (merges: their years) or the year after is
// the merge's, which carries the absorbed state's GDP and forces itself
// (North Vietnam's population doubles in COW in 1976, after the fall of
// Saigon): it is no event, and the trend leaves it out all the same.
func (d *dataset) territoryEvents(s nationSpec, growth float64, merges []int) []event {
	var out []event
	for _, st := range d.territorySteps(s, s.start, s.end) {
		if slices.Contains(merges, st.year) || slices.Contains(merges, st.year-1) {
			continue
		}
		f := st.raw / (1 + growth)
		out = append(out, event{
			year: st.year, date: fmt.Sprintf("COW %d", st.year), kind: "territory",
			label:   fmt.Sprintf("%s's territory: GDP and forces × %.2f", s.id, f),
			nations: []string{s.id},
			value: num{f, 3, fmt.Sprintf("Maddison 2018 and COW NMC 6.0: GDP %d over %d of %s, %.3f, over a year of its trend (%.4f): %s",
				st.year, st.year-1, s.id, st.raw, growth, st.why)},
			source: "a change of territory (cmd/scenariogen/territory.go): the Maddison series its GDP is changes, or the COW population its GDP per head is multiplied by moves by more than a tenth in log",
		})
	}
	return out
}

// spanName names the Maddison series a span's GDP is.
func spanName(sp span) string {
	switch {
	case sp.perHead != nil:
		return "GDP per head of " + strings.Join(sp.perHead, "+") + " × COW NMC population of " + sp.nmc
	case sp.part != 0:
		return fmt.Sprintf("%s × %.2f", sp.gdp, sp.part)
	}
	return sp.gdp
}
