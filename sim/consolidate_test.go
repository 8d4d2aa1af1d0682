package sim

import (
	"strings"
	"testing"

	"entente/agents"
)

// Indices of mergeWorld's nations.
const (
	mL = iota // the leader of both pacts
	mA        // a member of the larger pact
	mB        // another
	mC        // the smaller pact's other member
	mX        // the adversary of all four
	mY        // an adversary of the leader and of C only
)

// mergeWorld has L lead a pact with A and B and a bilateral one with C.
// All four are rivals of X; when aimedElsewhere, C is a rival of Y instead,
// and so is L, so that the bilateral pact is aimed at Y and the larger at
// X. When feud, C is a rival of A as well.
func mergeWorld(aimedElsewhere, feud bool) Config {
	p := fixtureParams()
	p.ExitValue = -100 // values do not decide here
	rivals := []Relation{{A: mL, B: mX, Level: 0.9}, {A: mA, B: mX, Level: 0.8}, {A: mB, B: mX, Level: 0.8}}
	if aimedElsewhere {
		rivals = append(rivals, Relation{A: mC, B: mY, Level: 0.9}, Relation{A: mL, B: mY, Level: 0.6})
	} else {
		rivals = append(rivals, Relation{A: mC, B: mX, Level: 0.8})
	}
	if feud {
		rivals = append(rivals, Relation{A: mC, B: mA, Level: 0.7})
	}
	return Config{Name: "merge", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			newNation(p, "L", 0, 0, 2000, 0.04),
			newNation(p, "A", 300, 0, 300, 0.02),
			newNation(p, "B", 0, 300, 300, 0.02),
			newNation(p, "C", -300, 0, 200, 0.02),
			newNation(p, "X", 900, 0, 1500, 0.04),
			newNation(p, "Y", -900, 0, 800, 0.04),
		},
		Rivalries: rivals,
		Alliances: []AllianceConfig{
			{Name: "large", Members: []int{mL, mA, mB}, Cohesion: 0.6},
			{Name: "small", Members: []int{mL, mC}, Cohesion: 0.6},
		},
	}
}

// A leader's bilateral pact aimed at the same adversary folds into its
// larger alliance: C joins it, with the merger as the cause, and the
// bilateral pact dissolves.
func TestLeaderFoldsItsSmallerPactIntoTheLarger(t *testing.T) {
	w := mustNew(t, mergeWorld(false, false))
	large, small := w.alliances[0], w.alliances[1]
	if !w.commonAim(large, small) {
		t.Fatal("bad fixture: the pacts are not aimed at a common adversary")
	}
	w.consolidate()
	if !small.Dissolved {
		t.Fatal("the smaller pact survived the merger")
	}
	if !large.isMember[mC] || len(large.Members) != 4 {
		t.Fatalf("the larger pact's members after the merger: %v, want L, A, B and C", large.Members)
	}
	joined := records(w, Joined)
	if len(joined) != 1 || joined[0].Nation != "C" || !strings.Contains(joined[0].Cause, "merges into") {
		t.Errorf("join records: %+v, want one for C caused by the merger", joined)
	}
	dissolved := records(w, Dissolved)
	if len(dissolved) != 1 || !strings.Contains(dissolved[0].Cause, "merged into") {
		t.Errorf("dissolution records: %+v, want the smaller pact's, caused by the merger", dissolved)
	}
}

// Pacts aimed at different adversaries, or a smaller pact whose member is
// a rival of one of the larger's and fears it more than their common
// adversary, stay apart; rivals who fear the common adversary more are
// tethered, and the pacts merge.
func TestPactsStayApartWithoutACommonAimOrWithAFeud(t *testing.T) {
	for _, c := range []struct {
		name                 string
		aimedElsewhere, feud bool
		weakX, merge         bool
	}{
		{"aimed elsewhere", true, false, false, false},
		{"no feud, X weak: the feud below is what keeps them apart", false, false, true, true},
		{"feud, X weak", false, true, true, false},
		{"feud, tethered by X", false, true, false, true},
	} {
		cfg := mergeWorld(c.aimedElsewhere, c.feud)
		if c.weakX {
			cfg.Nations[mX].Capability *= 0.02
		}
		w := mustNew(t, cfg)
		large, small := w.alliances[0], w.alliances[1]
		w.consolidate()
		if merged := small.Dissolved && large.isMember[mC]; merged != c.merge {
			t.Errorf("%s: merged %v, want %v (small dissolved %v, C in the larger %v)", c.name, merged, c.merge, small.Dissolved, large.isMember[mC])
		}
	}
}
