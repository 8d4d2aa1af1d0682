package validate

import (
	"strings"
	"testing"
)

// The summary names the states by their part of the squared error, each
// with its worst year, and the pairs worst first, as the CSVs hold them.
func TestWriteMisses(t *testing.T) {
	rep := &Report{
		Scenario: "europe-1846", Seeds: []uint64{3, 4}, TicksPerYear: 1,
		Shares: []ShareError{
			{State: "USA", Year: 1862, History: 0.194, Median: 0.016, SquaredError: 3},
			{State: "DEN", Year: 1864, History: 0.02, Median: 0.119, SquaredError: 0.5},
			{State: "USA", Year: 1863, History: 0.155, Median: 0.015, SquaredError: 0.5},
		},
		Pairs: []PairError{
			{A: "FRN", B: "RUS", History: 0, Model: 20, False: 20},
			{A: "FRN", B: "UKG", History: 17, Model: 0, Missed: 17},
		},
	}
	var b strings.Builder
	if err := rep.WriteMisses(&b, 5); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"USA   88 %   1862: 1.6 % of GDP in the runs (median), 19.4 % in history",
		"DEN   12 %   1864: 11.9 %",
		"FRN–RUS   false: 20.0 years allied in the runs, 0 in ATOP",
		"FRN–UKG   missed: 0.0 years allied in the runs, 17 in ATOP",
		"what one run weighs for them, at any year: entente why europe-1846 USA FRN-RUS --year 1862 --seed 3\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "USA ") > strings.Index(out, "DEN ") {
		t.Errorf("the states are not largest first:\n%s", out)
	}
	if strings.Contains(out, "ATOP:") {
		t.Errorf("a pact asked about with no pact missed:\n%s", out)
	}
	// History's pact the runs miss most, over its years, with the runs'
	// overrides as the first command has them.
	rep.Pacts = []PactRecall{{ATOP: 1290, Members: []string{"FRN", "UKG"}, From: 1853, To: 1856, PairYears: 4, Allied: 1}}
	rep.Overrides, rep.LeftOut = []string{"k=0.3"}, []string{"detente", "threat_shock"}
	b.Reset()
	if err := rep.WriteMisses(&b, 5); err != nil || !strings.Contains(b.String(), "--seed 3 --set k=0.3 --without detente,threat_shock\n") {
		t.Errorf("the command does not repeat the runs' overrides and the kinds left out (%v):\n%s", err, b.String())
	}
	for _, want := range []string{
		"ATOP 1290 (FRN UKG; 1853–1856): 4 pair-years, the start's pacts 0 %, the runs 25 %",
		"and history's pact the runs miss most, year by year: entente why europe-1846 ATOP:1290 --year 1853:1856 --seed 3 --set k=0.3 --without detente,threat_shock\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the summary lacks %q:\n%s", want, b.String())
		}
	}
	rep.Pacts = nil
	rep.Overrides, rep.LeftOut = nil, nil
	rep.TicksPerYear = 4
	b.Reset()
	if err := rep.WriteMisses(&b, 5); err != nil || !strings.Contains(b.String(), "--seed 3 --set scenario.ticks_per_year=4\n") {
		t.Errorf("at four ticks a year the command does not say so (%v):\n%s", err, b.String())
	}
	b.Reset()
	if err := (&Report{}).WriteMisses(&b, 5); err != nil || b.Len() != 0 {
		t.Errorf("an empty report wrote %q (%v)", b.String(), err)
	}
}
