package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Errors in NMC's population. Before 1950 (and after it where Maddison has
// no GDP) a state's GDP is Maddison's GDP per head times NMC's population,
// and a move of that population by more than a tenth in log is read as a
// change of territory (territory.go). A single year that departs from both
// neighbours, which agree with each other, is neither: it is a figure out
// of its series, and followed as a territory step it cut New Zealand's GDP
// by a quarter in 1925 and restored it in 1926. Each such year is listed
// here with its evidence and replaced by the geometric mean of its
// neighbours. TestEveryLonePopulationYearIsListed finds them in the cut
// data, so the list stays complete.

// A lone year is off both neighbours by more than the territory rule's
// step (territoryJump in log, which would follow it as two steps), the
// neighbours within half of that of each other.
// popError is a year of a state's NMC population read as an error.
type popError struct {
	abb  string
	year int
	why  string
}

var popErrors = []popError{
	{"FIN", 1920, "NMC's Finnish population of 1920 is 3,710 thousand between 3,130 in 1919 and 3,210 in 1921: " +
		"a sixth above both; it was Finland's GDP at europe-1920's start (by a sixth too high) and a territory step " +
		"of 1921 (× 0.84)"},
	{"NEW", 1925, "NMC's New Zealand population of 1925 is 1,040 thousand between 1,370 in 1924 and 1,430 in " +
		"1926: a quarter below both; it made two territory steps in asia-1920 (× 0.76 in 1925, × 1.24 in 1926)"},
	{"ETH", 1964, "NMC's Ethiopian population of 1964 is 26,516 thousand between 21,908 in 1963 and 22,699 in " +
		"1965; no era reads it (africa-1960's GDP is Maddison's own after 1950)"},
	{"TUR", 1979, "NMC's Turkish population of 1979 is 53,531 thousand between 42,641 in 1978 and 44,439 in " +
		"1980; no era reads it (the Cold War's and the Middle East's GDP is Maddison's own after 1950)"},
	{"ETH", 1903, "NMC's Ethiopian population of 1903 is 7,096 thousand between 8,009 in 1902 and 8,185 in 1904; " +
		"no era reads it"},
	{"IRN", 1995, "NMC's Iranian population of 1995 is 68,365 thousand between 59,778 in 1994 and 61,128 in " +
		"1996; no era reads it (middle-east-1990's GDP is Maddison's own)"},
}

// lonePopulationYears lists, in order, the years of the cut's NMC
// populations that depart from both their neighbours while the neighbours
// agree.
func (d *dataset) lonePopulationYears() []popError {
	var out []popError
	for k, p := range d.tpop {
		a, okA := d.tpop[key{k.code, k.year - 1}]
		c, okC := d.tpop[key{k.code, k.year + 1}]
		if !okA || !okC || math.Abs(math.Log(c/a)) > territoryJump/2 {
			continue
		}
		if math.Abs(math.Log(p/a)) > territoryJump && math.Abs(math.Log(p/c)) > territoryJump {
			out = append(out, popError{k.code, k.year, fmt.Sprintf("%.0f between %.0f and %.0f", p, a, c)})
		}
	}
	slices.SortFunc(out, func(x, y popError) int {
		return cmp.Or(cmp.Compare(x.abb, y.abb), cmp.Compare(x.year, y.year))
	})
	return out
}

// mendPopulation replaces each listed year by its neighbours' geometric
// mean, keeping the figure it replaced in d.popRaw (a listed year with a
// neighbour missing is left as the data give it: the test of the list says
// so).
func (d *dataset) mendPopulation() {
	d.popRaw = map[key]float64{}
	for _, e := range popErrors {
		k := key{e.abb, e.year}
		a, okA := d.tpop[key{e.abb, e.year - 1}]
		c, okC := d.tpop[key{e.abb, e.year + 1}]
		if p, ok := d.tpop[k]; ok && okA && okC {
			d.popRaw[k] = p
			d.tpop[k] = math.Sqrt(a * c)
		}
	}
}
