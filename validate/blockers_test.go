package validate

import (
	"context"
	"testing"

	"entente/scenarios"
	"entente/sim"
)

// TestTheNewPactsOfAnEra: East Asia 1950's pacts made anew, as Blockers
// reads them from the history: 1,022 pair-years, the United States' and
// Japan's treaty of 1960 (ATOP 3375) among them, with its thirty-one years
// in the era; every pair-year is put down to something in the run, most
// first.
func TestTheNewPactsOfAnEra(t *testing.T) {
	s, err := scenarios.Load("asia-1950", nil)
	if err != nil {
		t.Fatal(err)
	}
	h, err := LoadHistory(scenarios.Data, "asia-1950")
	if err != nil {
		t.Fatal(err)
	}
	pacts := newPacts(s.Config, h)
	total := 0
	for _, fs := range pacts {
		for _, f := range fs {
			total += f.years
		}
	}
	var japan []founding
	for _, f := range pacts[1960] {
		if f.a == "JPN" && f.b == "USA" {
			japan = append(japan, f)
		}
	}
	if total != 1022 || len(japan) != 1 || japan[0].years != 31 {
		t.Errorf("pair-years %d, the 1960 treaty's pair %+v; want 1,022 and 31 years", total, japan)
	}
	bs, err := Blockers(context.Background(), s.Config, h)
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for k, b := range bs {
		sum += b.PairYears
		if k > 0 && b.PairYears > bs[k-1].PairYears {
			t.Errorf("%q (%d) after %q (%d)", b.What, b.PairYears, bs[k-1].What, bs[k-1].PairYears)
		}
	}
	if sum != total {
		t.Errorf("the blockers count %d pair-years of %d: %+v", sum, total, bs)
	}
}

// TestWhatABlockerSays: a reading's figures and states' ids are left out,
// so that pairs stopped by the same test count together.
func TestWhatABlockerSays(t *testing.T) {
	for in, want := range map[string]string{
		"rivals: hostility 0.50 and 0.50, h_scope 0.26": "rivals: hostility and h_scope",
		"a war under way with CHN splits them":          "a war under way with splits them",
	} {
		if got := withoutFigures(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	for in, want := range map[sim.SideTest]string{
		sim.FailsValue:     "value",
		sim.FailsAdmission: "admission κ",
		sim.FailsScope:     "admission: its partner fears no adversary of the pact",
	} {
		if got := testOf(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
