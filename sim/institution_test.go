package sim

import (
	"math"
	"testing"
)

// institutionWorld allies AST with GAL, the distant bystander: they share
// no threat, so without institutions the pact loses its members.
func institutionWorld(age, strain float64) Config {
	cfg := testWorld()
	cfg.Params.ExitPatience = 1
	cfg.Params.StrainLevel, cfg.Params.DissolveLevel = strain, 0
	cfg.Params.JoinValue, cfg.Params.FormValue = 10, 10 // no other pacts
	cfg.Alliances = []AllianceConfig{{Name: "old", Members: []int{iAST, iGAL}, Cohesion: 0.6, Age: age}}
	return cfg
}

func TestInstitutionsHoldMembersWhileTheAllianceWorks(t *testing.T) {
	t.Run("without institutions the pact breaks", func(t *testing.T) {
		w := mustNew(t, institutionWorld(0, 0))
		w.p.InstituteRate = 0
		stepThrough(t, w, 5)
		if a := w.Alliances()[0]; !a.Dissolved {
			t.Fatalf("a pact with no common threat and no institutions survived: members %v", a.Members)
		}
	})
	t.Run("an old alliance keeps its members", func(t *testing.T) {
		w := mustNew(t, institutionWorld(200, 0)) // c_strain 0: never strained
		if a := w.Alliances()[0]; a.Institution < 0.99 {
			t.Fatalf("institution after 200 years = %v", a.Institution)
		}
		stepThrough(t, w, 5)
		if a := w.Alliances()[0]; a.Dissolved || a.Size() != 2 {
			t.Errorf("an institutionalised, working alliance lost members: %v", a.Members)
		}
	})
	t.Run("a strained alliance's institutions hold no one", func(t *testing.T) {
		w := mustNew(t, institutionWorld(200, 1)) // c_strain 1: always strained
		stepThrough(t, w, 5)
		if a := w.Alliances()[0]; !a.Dissolved {
			t.Errorf("a strained alliance kept members who share no threat: %v", a.Members)
		}
	})
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
