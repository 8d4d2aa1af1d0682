package main

import "testing"

// TestMostTreatiesOfTwoAreLopsided: the reading the guarantee rule rests
// on (sim/guarantee.go), from the committed cut. Over ATOP's defence and
// offence pacts founded by two (the founders as
// TestFewTreatiesOfTwoGainAMember reads them), the weaker founder's share
// of the two's military expenditure (NMC) in the year the pact began, where
// both are known: below a tenth in 81 of 162, below a twentieth in 72; the
// United States' treaties with Japan (1951), South Korea (1953) and the
// Philippines (1951) among them.
func TestMostTreatiesOfTwoAreLopsided(t *testing.T) {
	d := committed(t)
	abb := map[int]string{}
	for s, c := range d.ccode {
		abb[c] = s
	}
	var known, tenth, twentieth int
	shareOf := map[[2]int]float64{}
	for _, f := range pactFoundings(d) {
		if len(f.founders) != 2 {
			continue
		}
		founders, y := f.founders, f.start/12
		a, okA := d.milex[key{abb[founders[0]], y}]
		b, okB := d.milex[key{abb[founders[1]], y}]
		if !okA || !okB || a < 0 || b < 0 || a+b <= 0 {
			continue
		}
		s := min(a, b) / (a + b)
		known++
		if s < 0.1 {
			tenth++
		}
		if s < 0.05 {
			twentieth++
		}
		shareOf[[2]int{founders[0], founders[1]}] = s
	}
	if known != 162 || tenth != 81 || twentieth != 72 {
		t.Errorf("founded by two with both expenditures known: %d; the weaker's share below a tenth: %d, below a twentieth: %d; the docs quote 162, 81, 72", known, tenth, twentieth)
	}
	for _, p := range [][2]int{{2, 740}, {2, 732}, {2, 840}} { // the USA with Japan, South Korea, the Philippines
		if s, ok := shareOf[p]; !ok || s >= 0.1 {
			t.Errorf("the pact of %d and %d: the weaker's share %v (found %v), want below a tenth", p[0], p[1], s, ok)
		}
	}
}
