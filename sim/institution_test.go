package sim

import (
	"math"
	"testing"
)

// institutionWorld allies AST with GAL, the distant bystander, which here
// has AST's regime (8): they share no threat, so without institutions the
// pact loses its members.
func institutionWorld(age, strain float64) Config {
	cfg := testWorld()
	cfg.Nations[iGAL].Regime = cfg.Nations[iAST].Regime
	cfg.Params.ExitPatience = 1
	cfg.Params.StrainLevel, cfg.Params.DissolveLevel = strain, 0
	cfg.Params.JoinValue, cfg.Params.FormValue = 10, 10 // no other pacts
	cfg.Alliances = []AllianceConfig{{Name: "old", Members: []int{iAST, iGAL}, Cohesion: 0.6, Age: age}}
	return cfg
}

func TestInstitutionsHoldMembersWhileTheAllianceWorks(t *testing.T) {
	t.Run("without institutions the pact breaks", func(t *testing.T) {
		w := madeInTheRun(mustNew(t, institutionWorld(0, 0)))
		w.p.InstituteRate = 0
		stepThrough(t, w, 5)
		if a := w.Alliances()[0]; !a.Dissolved {
			t.Fatalf("a pact with no common threat and no institutions survived: members %v", a.Members)
		}
	})
	t.Run("an old alliance keeps its members", func(t *testing.T) {
		w := madeInTheRun(mustNew(t, institutionWorld(200, 0))) // c_strain 0: never strained
		a := w.Alliances()[0]
		if a.Institution < 0.99 || w.alike(iGAL, iAST) != 1 {
			t.Fatalf("bad fixture: institution after 200 years = %v, GAL like AST by %v", a.Institution, w.alike(iGAL, iAST))
		}
		// GAL's value is below v_exit, above v_exit − β_i·I.
		if v := w.ValueOf(iGAL, a).Value.Value; v >= w.p.ExitValue || v <= w.p.ExitValue-w.p.InstituteHold*a.Institution {
			t.Fatalf("bad fixture: GAL values the pact at %v", v)
		}
		stepThrough(t, w, 5)
		if a := w.Alliances()[0]; a.Dissolved || a.Size() != 2 {
			t.Errorf("an institutionalised, working alliance lost members: %v", a.Members)
		}
	})
	t.Run("a strained alliance's institutions hold no one", func(t *testing.T) {
		w := madeInTheRun(mustNew(t, institutionWorld(200, 1))) // c_strain 1: always strained
		stepThrough(t, w, 5)
		if a := w.Alliances()[0]; !a.Dissolved {
			t.Errorf("a strained alliance kept members who share no threat: %v", a.Members)
		}
	})
}

func TestInstitutionsHoldWhateverTheRegime(t *testing.T) {
	// The same old pact, with GAL's regime 6 points from its leader's
	// (alike 0.4): institutions hold it as fully as a like member,
	// v_exit − β_i·I, below the value GAL gives the pact (about −0.24), so
	// it stays. Under a hold scaled by likeness, v_exit − β_i·I·0.4 (about
	// −0.16), it would leave at once (patience 1). What lets a member go is
	// a change of regime (TestANewRegimeIsNotHeldByItsPredecessorsInstitutions).
	cfg := institutionWorld(200, 0)
	cfg.Nations[iGAL].Regime = cfg.Nations[iAST].Regime - 6
	w := madeInTheRun(mustNew(t, cfg))
	a := w.Alliances()[0]
	if got := w.alike(iGAL, iAST); !near(got, 0.4, 1e-12) {
		t.Fatalf("GAL is like AST by %v, want A/a_reg = 1 − 6/10", got)
	}
	scaled := w.p.ExitValue - w.p.InstituteHold*a.Institution*0.4
	if v := w.ValueOf(iGAL, a).Value.Value; v >= scaled || v <= w.p.ExitValue-w.p.InstituteHold*a.Institution {
		t.Fatalf("bad fixture: GAL values the pact at %v: want it below a hold scaled by likeness (%v), above the full hold", v, scaled)
	}
	stepThrough(t, w, 5)
	if left := records(w, Left); len(left) != 0 || a.Dissolved || a.Size() != 2 {
		t.Errorf("left records %+v, members %v: want GAL held", left, a.Members)
	}
}

func TestAlike(t *testing.T) {
	w := madeInTheRun(mustNew(t, testWorld()))
	for _, c := range []struct {
		name string
		i, j int
		want float64
	}{
		// A_ij = a_reg·(1 − |r_i − r_j|/10) + a_camp·[same camp], over a_reg.
		{"regimes 6 apart, no common camp", iGAL, iAST, 1 - 6.0/10},
		{"same camp: clamped to 1", iBOR, iAST, 1},
		{"regimes 15 apart: clamped to 0", iDRA, iAST, 0},
		{"oneself", iAST, iAST, 1},
	} {
		if got := w.alike(c.i, c.j); !near(got, c.want, 1e-12) {
			t.Errorf("%s: alike(%s, %s) = %v, want %v", c.name, w.nations[c.i].ID, w.nations[c.j].ID, got, c.want)
		}
	}
	// Without regime affinity regimes do not count: every pair is alike.
	w.p.AffineRegime = 0
	if got := w.alike(iDRA, iAST); got != 1 {
		t.Errorf("at a_reg 0, alike(DRA, AST) = %v, want 1", got)
	}
}

func TestInstitutionGrows(t *testing.T) {
	cfg := institutionWorld(0, 0)
	cfg.Params.KappaStay, cfg.Params.ExitValue = 0, -100 // nobody leaves
	w := mustNew(t, cfg)
	stepThrough(t, w, 9) // ten ticks: 0..9
	want := 1 - math.Pow(1-w.p.InstituteRate, 10)
	if got := w.Alliances()[0].Institution; math.Abs(got-want) > 1e-12 {
		t.Errorf("institution after ten years = %v, want %v", got, want)
	}
}
