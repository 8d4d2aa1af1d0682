package validate

import (
	"slices"
	"strings"
	"testing"

	"entente/scenarios"
)

// fourStates' history has ATOP 9001 (AAA, BBB) in every year and 9002
// (CCC, DDD) in 2002–2003; its run allies A–B in every year and C–D in
// 2003, and the scenario starts with A–B allied. Beside a run with no
// alliance, the runs have half of 9001 (the start's pacts all of it) and a
// quarter of 9002 (the start's none), 9001 the more missed.
func TestPactRecallsPerATOPPact(t *testing.T) {
	r, h, cfg := fourStates(false)
	got := PactRecalls([]*Record{r, quietRun(r)}, h, startPersist(cfg), 2000, 2003)
	want := []PactRecall{
		{ATOP: 9001, Members: []string{"AAA", "BBB"}, From: 2000, To: 2003, PairYears: 4, StartYears: 4, Allied: 2},
		{ATOP: 9002, Members: []string{"CCC", "DDD"}, From: 2002, To: 2003, PairYears: 2, StartYears: 0, Allied: 0.5},
	}
	if len(got) != len(want) {
		t.Fatalf("%d pacts %+v, want %d", len(got), got, len(want))
	}
	for k, w := range want {
		g := got[k]
		if g.ATOP != w.ATOP || strings.Join(g.Members, " ") != strings.Join(w.Members, " ") || g.From != w.From || g.To != w.To ||
			g.PairYears != w.PairYears || g.StartYears != w.StartYears || g.Allied != w.Allied {
			t.Errorf("pact %d: %+v, want %+v", k, g, w)
		}
	}
	if got[1].Recall() != 0.25 || got[1].Missed() != 1.5 {
		t.Errorf("9002: recall %v, missed %v, want 0.25 and 1.5", got[1].Recall(), got[1].Missed())
	}
	var b strings.Builder
	if err := WritePactRecalls(&b, got); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 3 || lines[0] != "atopid,members,from,to,pair_years,start_years,allied_years,recall" || lines[1] != "9001,AAA BBB,2000,2003,4,4,2.00,0.500" {
		t.Errorf("pacts.csv:\n%s", b.String())
	}
	if m := pactMisses(got, 1); len(m) != 1 || m[0] != "ATOP 9001 (AAA BBB; 2000–2003): 4 pair-years, the start's pacts 100 %, the runs 50 %" {
		t.Errorf("misses %q", m)
	}
	// The run alone misses half of 9002 and none of 9001: only 9002 is
	// listed among the misses.
	if m := pactMisses(PactRecalls([]*Record{r}, h, startPersist(cfg), 2000, 2003), 5); len(m) != 1 || !strings.HasPrefix(m[0], "ATOP 9002") {
		t.Errorf("misses of the run alone %q, want 9002 only", m)
	}
}

// A pair-year counts only while both states are in the system, and pacts
// that miss as many pair-years are listed by ATOP id: with CCC out of the
// system in 2003, 9002 has one pair-year (2002), missed by both runs, as
// is 9003's one (AAA–DDD in 2001), so 9002 comes first.
func TestPactRecallsCountStatesInTheSystemAndBreakTies(t *testing.T) {
	r, h, cfg := fourStates(false)
	if err := h.ReadSpells(strings.NewReader("atopid,member,yrent,yrexit,defense,offense\n9003,1,2001,2001,1,0\n9003,4,2001,2001,1,0\n")); err != nil {
		t.Fatal(err)
	}
	h.pairs = nil // the allied pairs of a year are cached: read the new spells
	last := len(r.Nations) - 1
	r.Nations[last][2].Active = false // CCC, in 2003
	q := quietRun(r)
	q.Nations[last][2].Active = false
	got := PactRecalls([]*Record{r, q}, h, startPersist(cfg), 2000, 2003)
	var ids []int
	for _, p := range got {
		ids = append(ids, p.ATOP)
	}
	if len(got) != 3 || ids[0] != 9001 || ids[1] != 9002 || ids[2] != 9003 {
		t.Fatalf("pacts %v, want 9001, then 9002 and 9003 tied on one missed pair-year, by id", ids)
	}
	if p := got[1]; p.PairYears != 1 || p.From != 2002 || p.To != 2002 || p.Allied != 0 {
		t.Errorf("9002 %+v, want one pair-year, 2002, not allied", p)
	}
	if p := got[2]; p.PairYears != 1 || p.Allied != 0 || strings.Join(p.Members, " ") != "AAA DDD" {
		t.Errorf("9003 %+v, want AAA–DDD's one pair-year, not allied", p)
	}
}

// TestPactsOfAYear: Pacts lists every pact of a year as PactMembers gives
// it one at a time: in 1955 NATO (3180) with West Germany, and the Warsaw
// Pact (3285) with its eight members.
func TestPactsOfAYear(t *testing.T) {
	h, err := LoadHistory(scenarios.Data, "cold-war")
	if err != nil {
		t.Fatal(err)
	}
	pacts := h.Pacts(1955)
	for id, ms := range pacts {
		if !slices.Equal(ms, h.PactMembers(id, 1955)) {
			t.Errorf("ATOP %d: Pacts %v, PactMembers %v", id, ms, h.PactMembers(id, 1955))
		}
	}
	if !slices.Contains(pacts[3180], "GFR") || len(pacts[3285]) != 8 {
		t.Errorf("NATO %v, the Warsaw Pact %v", pacts[3180], pacts[3285])
	}
}
