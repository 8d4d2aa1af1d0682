package main

import (
	"testing"

	"entente/scenarios"
	"entente/validate"
)

// TestTheNewPactsOfAnEra: East Asia 1950's pacts made anew, as the script
// reads them from the history: 1,022 pair-years, the United States' and
// Japan's treaty of 1960 (ATOP 3375) among them, with its thirty years in
// the era; and every pair-year is put down to something in the run.
func TestTheNewPactsOfAnEra(t *testing.T) {
	s, err := scenarios.Load("asia-1950", nil)
	if err != nil {
		t.Fatal(err)
	}
	h, err := validate.LoadHistory(scenarios.Data, "asia-1950")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, fs := range newPacts(s.Config, h) {
		for _, f := range fs {
			total += f.years
		}
	}
	var japan []founding
	for _, f := range newPacts(s.Config, h)[1960] {
		if f.a == "JPN" && f.b == "USA" {
			japan = append(japan, f)
		}
	}
	if total != 1022 || len(japan) != 1 || japan[0].years != 31 {
		t.Errorf("pair-years %d, the 1960 treaty's pair %+v; want 1,022 and 31 years", total, japan)
	}
	counts, err := blockers(s.Config, h)
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, c := range counts {
		sum += c
	}
	if sum != total {
		t.Errorf("the blockers count %d pair-years of %d", sum, total)
	}
}
