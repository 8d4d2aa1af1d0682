package sim

import (
	"math"
	"testing"
)

// aimedWorld: AST and BOR allied against DRA, their common rival; AST has a
// private rival, GAL, which is not the pact's adversary.
func aimedWorld(t *testing.T) *World {
	t.Helper()
	cfg := testWorld()
	cfg.Rivalries = []Relation{
		{A: iAST, B: iDRA, Level: 0.8}, {A: iBOR, B: iDRA, Level: 0.8},
		{A: iAST, B: iGAL, Level: 0.8},
	}
	cfg.Alliances = []AllianceConfig{
		{Name: "pact", Members: []int{iAST, iBOR}, Cohesion: 0.8},
		{Name: "aimless", Members: []int{iCAL, iFEN}, Cohesion: 0.8},
	}
	w := mustNew(t, cfg)
	w.perceive()
	return w
}

// TestPublicDefenceAnswersThePactsAdversaries: the threat a pact's public
// defence answers is its members' threat from the pact's adversaries only
// (φ_mA), not every threat of every member; a pact with no adversary asks
// for none.
func TestPublicDefenceAnswersThePactsAdversaries(t *testing.T) {
	w := aimedWorld(t)
	pact, aimless := w.alliances[0], w.alliances[1]
	if got := w.scopeAt(pact, iDRA); got != 1 {
		t.Fatalf("σ(pact, DRA) = %v, want 1", got)
	}
	if got := w.scopeAt(pact, iGAL); got != 0 {
		t.Fatalf("σ(pact, GAL) = %v, want 0: GAL is AST's rival alone", got)
	}
	w.sumAlliances()
	want := 0.0
	for _, m := range []int{iAST, iBOR} {
		fromScope := 0.0
		for l := range w.nations {
			fromScope += w.scopeAt(pact, l) * wholeThreat(w, m, l)
		}
		want += w.perceivedWhole[m] * fromScope / w.threatWhole[m]
	}
	if !near(pact.threatSum, want, 1e-9*want) {
		t.Errorf("pact's threat = %v, want Σ_m T̂_m·Σ_l σ_l·t_ml/T_m = %v", pact.threatSum, want)
	}
	if all := w.perceivedWhole[iAST] + w.perceivedWhole[iBOR]; pact.threatSum >= all {
		t.Errorf("pact's threat %v is not below its members' whole threat %v: GAL's threat to AST counted", pact.threatSum, all)
	}
	if wholeThreat(w, iAST, iGAL) <= 0 {
		t.Fatal("GAL does not threaten AST: the test shows nothing")
	}
	if aimless.threatSum != 0 {
		t.Errorf("a pact without an adversary has threat %v, want 0", aimless.threatSum)
	}
	// Both members quarrel with DRA themselves: the public threat is the
	// aimed one.
	if !near(pact.publicThreat, pact.threatSum, 1e-12) {
		t.Errorf("public threat %v, want the aimed threat %v: AST and BOR are DRA's rivals themselves", pact.publicThreat, pact.threatSum)
	}
	// CAL's public defence answers its own threat only.
	if got := w.allianceThreat(iCAL); got != w.perceivedWhole[iCAL] {
		t.Errorf("CAL's alliance threat = %v, want its own %v", got, w.perceivedWhole[iCAL])
	}
}

// TestAlliesFollowTheAlliancesAverage: an alliance pulls the members below
// τ_m times its aggregate share toward it, as far as it is aimed at what
// they fear (aim: the part of their threat from its adversaries), and none
// above it; a declared target pulls at full strength, and the larger pull
// wins.
func TestAlliesFollowTheAlliancesAverage(t *testing.T) {
	w := aimedWorld(t)
	pact := w.alliances[0]
	pact.snapshot = 0.8
	w.sumAlliances()
	ast, bor := &w.nations[iAST], &w.nations[iBOR]
	aggregate := (ast.Share*ast.GDP + bor.Share*bor.GDP) / (ast.GDP + bor.GDP)
	if ast.Share <= aggregate || bor.Share >= aggregate {
		t.Fatalf("shares %v and %v do not straddle the average %v: the test shows nothing", ast.Share, bor.Share, aggregate)
	}
	aim := pact.threatSum / (w.perceivedWhole[iAST] + w.perceivedWhole[iBOR])
	if !near(w.aim(pact), aim, 1e-12) || aim <= 0 || aim >= 1 {
		t.Fatalf("aim = %v, want Σ T̂·φ / Σ T̂ = %v, strictly between 0 and 1 (GAL's threat to AST is not the pact's)", w.aim(pact), aim)
	}
	nu := w.p.TargetPull
	pull := func(tau, s float64) float64 { return nu * 0.8 * math.Max(0, tau-s) }
	for _, tc := range []struct {
		name           string
		follow, target float64
	}{
		{"the average", 1, 0},
		{"half the average", 0.5, 0},
		{"off", 0, 0},
		{"a declared target above it", 1, 0.04},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.p.FollowShare, pact.Target = tc.follow, tc.target
			if got := w.implicitTarget(pact); !near(got, tc.follow*aggregate, 1e-12) {
				t.Errorf("implicit τ = %v, want %v", got, tc.follow*aggregate)
			}
			for _, m := range []int{iAST, iBOR} {
				s := w.nations[m].Share
				want := math.Max(pull(tc.target, s), aim*pull(tc.follow*aggregate, s))
				if got := w.targetPull(m); !near(got, want, 1e-12) {
					t.Errorf("%s's pull = %v, want %v", w.nations[m].ID, got, want)
				}
			}
		})
	}
	t.Run("an alliance with no adversary", func(t *testing.T) {
		w.p.FollowShare = 1
		aimless := w.alliances[1]
		aimless.snapshot = 0.8
		cal := &w.nations[iCAL]
		cal.Share = 0.001 // far below its pact's average
		w.sumAlliances()
		if w.implicitTarget(aimless) <= cal.Share {
			t.Fatal("CAL is not below its pact's average: the test shows nothing")
		}
		if got := w.targetPull(iCAL); got != 0 {
			t.Errorf("CAL's pull = %v, want 0: its pact is aimed at no one", got)
		}
	})
}

// TestPublicThreatCountsOwnEnmitiesOnly: a member that inherits its
// allies' enmity toward the pact's adversary fears it (its threat, the
// pact's aim), but the public defence answers only the members' own
// enmities: CAL, at peace with DRA, adds nothing to what the pact's forces
// answer, where it would add DRA's forces once more.
func TestPublicThreatCountsOwnEnmitiesOnly(t *testing.T) {
	cfg := testWorld()
	cfg.Rivalries = []Relation{{A: iAST, B: iDRA, Level: 0.8}, {A: iBOR, B: iDRA, Level: 0.8}}
	cfg.Alliances = []AllianceConfig{{Name: "pact", Members: []int{iAST, iBOR, iCAL}, Cohesion: 0.8}}
	for i := range cfg.Nations {
		cfg.Nations[i].Camp = "" // no camp makes CAL hostile to DRA
	}
	w := mustNew(t, cfg)
	w.perceive()
	pact := w.alliances[0]
	if w.scopeAt(pact, iDRA) != 1 || w.Hostility(iCAL, iDRA) != 0 || wholeThreat(w, iCAL, iDRA) <= 0 {
		t.Fatalf("bad fixture: σ_DRA %v, H_CAL,DRA %v, CAL's inherited threat from DRA %v",
			w.scopeAt(pact, iDRA), w.Hostility(iCAL, iDRA), wholeThreat(w, iCAL, iDRA))
	}
	w.sumAlliances()
	scope := w.scopeOf(pact)
	if _, got := w.scopedParts(iCAL, scope); got != 0 {
		t.Errorf("φ° of CAL = %v, want 0: its enmity toward DRA is inherited", got)
	}
	own := 0.0
	for _, m := range []int{iAST, iBOR} {
		aimed, _ := w.scopedParts(m, scope)
		own += w.perceivedWhole[m] * aimed
	}
	if !near(pact.publicThreat, own, 1e-12) {
		t.Errorf("public threat %v, want AST's and BOR's aimed threats %v", pact.publicThreat, own)
	}
	aimedCAL, _ := w.scopedParts(iCAL, scope)
	if withCAL := own + w.perceivedWhole[iCAL]*aimedCAL; !near(pact.threatSum, withCAL, 1e-12) || pact.threatSum <= pact.publicThreat {
		t.Errorf("aimed threat %v, want %v with CAL's inherited fear, above the public %v", pact.threatSum, withCAL, pact.publicThreat)
	}
}

// TestPublicDefenceAnswersOwnAdversaries: a member answers its alliance's
// public threat as far as it is itself at odds with the pact's adversaries
// (ς_iA, publicStake): CAL, at peace with DRA, answers its own threat
// only; AST and BOR, DRA's rivals, the pact's whole public threat; and a
// member at odds with one of two adversaries, the part of the pact's
// adversaries' forces it opposes.
func TestPublicDefenceAnswersOwnAdversaries(t *testing.T) {
	cfg := testWorld()
	cfg.Rivalries = []Relation{{A: iAST, B: iDRA, Level: 0.8}, {A: iBOR, B: iDRA, Level: 0.8}}
	cfg.Alliances = []AllianceConfig{{Name: "pact", Members: []int{iAST, iBOR, iCAL}, Cohesion: 0.8}}
	for i := range cfg.Nations {
		cfg.Nations[i].Camp = ""
	}
	w := mustNew(t, cfg)
	w.perceive()
	w.sumAlliances()
	pact := w.alliances[0]
	if pact.publicThreat <= w.perceivedWhole[iCAL] || pact.publicThreat <= w.perceivedWhole[iAST] {
		t.Fatalf("bad fixture: public threat %v not above CAL's %v and AST's %v", pact.publicThreat, w.perceivedWhole[iCAL], w.perceivedWhole[iAST])
	}
	if got := w.publicStake(iCAL, pact); got != 0 {
		t.Errorf("ς of CAL = %v, want 0: at peace with DRA", got)
	}
	if got := w.allianceThreat(iCAL); got != w.perceivedWhole[iCAL] {
		t.Errorf("CAL's alliance threat = %v, want its own %v", got, w.perceivedWhole[iCAL])
	}
	if got := w.publicStake(iAST, pact); got != 1 {
		t.Errorf("ς of AST = %v, want 1: DRA's rival", got)
	}
	if got := w.allianceThreat(iAST); got != pact.publicThreat {
		t.Errorf("AST's alliance threat = %v, want the pact's public threat %v", got, pact.publicThreat)
	}

	// Two adversaries, DRA and ESK; CAL a rival of ESK's alone.
	cfg.Rivalries = append(cfg.Rivalries,
		Relation{A: iAST, B: iESK, Level: 0.8}, Relation{A: iBOR, B: iESK, Level: 0.8}, Relation{A: iCAL, B: iESK, Level: 0.8})
	w = mustNew(t, cfg)
	w.perceive()
	w.sumAlliances()
	pact = w.alliances[0]
	sDRA, sESK := w.scopeAt(pact, iDRA), w.scopeAt(pact, iESK)
	kDRA, kESK := w.nations[iDRA].Capability, w.nations[iESK].Capability
	if sDRA != 1 || sESK != 1 || kDRA <= 0 || kESK <= 0 {
		t.Fatalf("bad fixture: σ %v and %v, forces %v and %v", sDRA, sESK, kDRA, kESK)
	}
	want := kESK / (kDRA + kESK)
	if got := w.publicStake(iCAL, pact); !near(got, want, 1e-12) {
		t.Errorf("ς of CAL = %v, want ESK's part of the adversaries' forces %v", got, want)
	}
	own := w.perceivedWhole[iCAL]
	if pact.publicThreat <= own {
		t.Fatalf("bad fixture: public threat %v not above CAL's %v", pact.publicThreat, own)
	}
	if got, want := w.allianceThreat(iCAL), own+want*(pact.publicThreat-own); !near(got, want, 1e-12) {
		t.Errorf("CAL's alliance threat = %v, want T̂ + ς·(P − T̂) = %v", got, want)
	}
}
