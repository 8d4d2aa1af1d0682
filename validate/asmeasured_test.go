package validate

import (
	"math"
	"strings"
	"testing"

	"entente/scenarios"
)

// Three members of pact 3180 and an outsider: the leader's part of the
// pact's spending is weighed by GDP, the outsider and a member without a
// share are left out, and the index ranks the members by GDP and share.
func TestHistoryMeasuredAsTheRunsAre(t *testing.T) {
	h := &History{}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(h.ReadCodes(strings.NewReader("scenario,id,ccode,from,to\nx,BIG,1,1900,2000\nx,MID,2,1900,2000\nx,SML,3,1900,2000\nx,OUT,4,1900,2000\nx,NIL,5,1900,2000\n"), "x"))
	must(h.ReadSpells(strings.NewReader("atopid,member,yrent,yrexit,defense,offense\n3180,1,1950,0,1,0\n3180,2,1950,0,1,0\n3180,3,1961,0,1,0\n3180,5,1950,0,1,0\n")))
	must(h.ReadShares(strings.NewReader("scenario,id,year,share,source,gdp,pop\n"+
		"x,BIG,1960,0.06,t,100,1\nx,MID,1960,0.04,t,50,1\nx,SML,1960,0.05,t,10,1\nx,OUT,1960,0.5,t,1000,1\n"+
		"x,BIG,1961,0.06,t,100,1\nx,MID,1961,0.04,t,50,1\nx,SML,1961,0.05,t,10,1\nx,OUT,1961,0.5,t,1000,1\n"), "x"))
	ids := []string{"BIG", "MID", "SML", "OUT", "NIL"}

	// 1960: BIG 6 of 6 + 2; 1961 (SML in): 6 of 6 + 2 + 0.5.
	got, ok := h.historyLeaderShare(NATO, "BIG", ids, 1960, 1961)
	if want := (6.0/8 + 6.0/8.5) / 2; !ok || math.Abs(got-want) > 1e-12 {
		t.Errorf("leader share = %v, %v; want %v", got, ok, want)
	}
	if _, ok := h.historyLeaderShare(NATO, "BIG", ids, 1960, 1962); ok {
		t.Error("a year without figures gave a leader share")
	}
	// 1961: GDP ranks 3, 2, 1 against shares 3, 1, 2 (MID 4 %, SML 5 %): ρ = 0.5.
	if rho, ok := h.historyExploitation(NATO, ids, 1961); !ok || math.Abs(rho-0.5) > 1e-12 {
		t.Errorf("exploitation 1961 = %v, %v; want 0.5", rho, ok)
	}
	if _, ok := h.historyExploitation(NATO, ids, 1960); ok {
		t.Error("two members with figures gave an index")
	}
	var none *History
	if _, ok := none.historyLeaderShare(NATO, "BIG", ids, 1960, 1960); ok {
		t.Error("no history gave a leader share")
	}
}

// The project's own data, measured as the runs are, meet the Cold War's
// bands on the exploitation index and the US share: history passes the
// tests the model is put to.
func TestColdWarHistoryMeetsItsOwnBands(t *testing.T) {
	h, err := LoadHistory(scenarios.Data, "cold-war")
	if err != nil {
		t.Fatal(err)
	}
	s, err := scenarios.Load("cold-war", nil)
	if err != nil {
		t.Fatal(err)
	}
	ids := NationIDs(s.Config)
	e64, ok1 := h.historyExploitation(NATO, ids, 1964)
	e70, ok2 := h.historyExploitation(NATO, ids, 1970)
	if !ok1 || !ok2 || e64 < 0.35 || e64 > 0.75 || e70 > 0.4 || e64-e70 < 0.1 {
		t.Errorf("history's exploitation index %.2f in 1964 and %.2f in 1970, outside the targets' bands", e64, e70)
	}
	for _, span := range [][2]int{{1955, 1988}, {1976, 1988}} {
		v, ok := h.historyLeaderShare(NATO, "USA", ids, span[0], span[1])
		if !ok || v < 0.55 || v > 0.70 {
			t.Errorf("history's US share %d–%d = %.3f (%v)", span[0], span[1], v, ok)
		}
	}
}
