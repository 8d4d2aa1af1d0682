package main

import (
	"math"
	"testing"
)

// Every lone year of NMC's population in the cut data is listed (and so
// mended): none is left once the dataset is loaded. Each listed year is
// in the data, with both its neighbours, and has its reason.
func TestEveryLonePopulationYearIsListed(t *testing.T) {
	d := committed(t)
	for _, e := range d.lonePopulationYears() {
		t.Errorf("NMC's population of %s in %d (%s) departs from both neighbours and is not in popErrors", e.abb, e.year, e.why)
	}
	for _, e := range popErrors {
		raw, ok := d.popRaw[key{e.abb, e.year}]
		if !ok || e.why == "" {
			t.Errorf("popErrors %s %d: not in the data with both neighbours, or no reason", e.abb, e.year)
			continue
		}
		// As the data give it, the year is still lone: an entry for a
		// figure NMC has since corrected would mend a good one.
		a, c := d.tpop[key{e.abb, e.year - 1}], d.tpop[key{e.abb, e.year + 1}]
		if math.Abs(math.Log(raw/a)) <= territoryJump || math.Abs(math.Log(raw/c)) <= territoryJump {
			t.Errorf("popErrors %s %d: %.0f between %.0f and %.0f is not a lone year", e.abb, e.year, raw, a, c)
		}
	}
}

// A listed year becomes its neighbours' geometric mean; a lone year not
// listed is found.
func TestMendPopulation(t *testing.T) {
	d := toy()
	d.tpop = map[key]float64{
		{"NEW", 1924}: 1370, {"NEW", 1925}: 1040, {"NEW", 1926}: 1430,
		{"XXX", 1900}: 100, {"XXX", 1901}: 150, {"XXX", 1902}: 101,
	}
	d.mendPopulation()
	approx(t, "New Zealand 1925", d.tpop[key{"NEW", 1925}], math.Sqrt(1370*1430))
	lone := d.lonePopulationYears()
	if len(lone) != 1 || lone[0].abb != "XXX" || lone[0].year != 1901 {
		t.Errorf("lone years %v, want XXX 1901 only", lone)
	}
}
