package sim

import (
	"math"
	"strings"
	"testing"
)

// warOnDRA is a war of CAL against DRA from the first tick, to the run's end.
var warOnDRA = []Event{{Tick: 0, Kind: War, Label: "CAL–DRA war", A: Group{Nations: []int{iCAL}}, B: Group{Nations: []int{iDRA}}}}

// pactAndWar is testWorld with a pact of AST and BOR and a war of x against
// y from tick 1, stepped through tick 1; nobody joins or founds (the
// vetoes are read, not acted on).
func pactAndWar(t *testing.T, x, y int) *World {
	t.Helper()
	cfg := testWorld()
	cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR}, Cohesion: 0.8}}
	cfg.Events = []Event{{Tick: 1, Kind: War, Label: "war", A: Group{Nations: []int{x}}, B: Group{Nations: []int{y}}}}
	w := mustNew(t, withParams(cfg, func(p *Params) { p.JoinValue, p.FormValue = 50, 100 }))
	stepThrough(t, w, 1)
	return w
}

// TestNoPactAcrossAWarsLine runs the rules over thirty seeds with CAL at war
// with DRA: no alliance CAL is in holds a state that opposes DRA (their
// common enemy) without fighting it. Without the war the same seeds make
// such alliances (so the test can fail: without the test in the pact
// search, bestPartner, seed 30 founds one during the war).
func TestNoPactAcrossAWarsLine(t *testing.T) {
	across := func(events []Event, seed uint64) (n int) {
		cfg := testWorld()
		cfg.Seed, cfg.Events = seed, events
		w := mustNew(t, cfg)
		for w.Tick() < 4 && w.Step() {
			for _, a := range w.Live() {
				for _, m := range a.Members {
					if a.Has(iCAL) && m != iCAL && w.pactScope(iCAL, m, iDRA) > 0 && !w.atWar(m, iDRA) {
						n++
					}
				}
			}
		}
		return n
	}
	inPeace := 0
	for seed := uint64(1); seed <= 30; seed++ {
		inPeace += across(nil, seed)
		if n := across(warOnDRA, seed); n > 0 {
			t.Errorf("seed %d: CAL allied %d times, over four ticks, with a state that opposes DRA without fighting it", seed, n)
		}
	}
	if inPeace == 0 {
		t.Error("without the war CAL never allies with a state opposed to DRA: the test checks nothing")
	}
}

// TestAWarOutsideThePactsScopeBarsNothing: CAL's war with GAL, whom
// neither the AST–BOR pact nor a pact of CAL and AST would oppose, bars
// neither union.
func TestAWarOutsideThePactsScopeBarsNothing(t *testing.T) {
	w := pactAndWar(t, iCAL, iGAL)
	a := w.alliances[0]
	if w.scopeWith(a, iCAL, iGAL) > 0 || w.pactScope(iCAL, iAST, iGAL) > 0 {
		t.Fatal("bad fixture: GAL is an adversary of the pacts")
	}
	if why := w.vetoed(iCAL, a); strings.Contains(why, "war") {
		t.Errorf("CAL vetoed for a war with GAL, no adversary of the pact: %q", why)
	}
	if _, split := w.pairAtWar(iCAL, iAST); split {
		t.Error("a pact of CAL and AST barred by a war with GAL, no common enemy")
	}
}

// TestEnemiesAtWarMakeNoUnion: GAL, at war with BOR, may neither join the
// pact BOR is in nor found one with BOR, though BOR is no adversary of the
// pact (a member never is).
func TestEnemiesAtWarMakeNoUnion(t *testing.T) {
	w := pactAndWar(t, iGAL, iBOR)
	if why := w.vetoed(iGAL, w.alliances[0]); !strings.Contains(why, "at war with BOR, a member") {
		t.Errorf("GAL at war with member BOR: veto %q", why)
	}
	if l, split := w.pairAtWar(iGAL, iBOR); !split || l != iBOR {
		t.Errorf("a pact of GAL and BOR, at war: barred %v by %d, want by BOR", split, l)
	}
}

// TestNoSteeredPactAcrossAWarsLine: two steered nations that both decide
// to found a pact across CAL's war are refused, and CAL is offered no such
// pact.
func TestNoSteeredPactAcrossAWarsLine(t *testing.T) {
	cfg := testWorld()
	cfg.Events = warOnDRA
	w := mustNew(t, cfg)
	decisions := map[int]Decision{iCAL: {Action: Found, Target: "AST"}, iAST: {Action: Found, Target: "CAL"}}
	ctrl := ControllerFunc(func(_, i int, _ *Choices) (Decision, bool) { d, ok := decisions[i]; return d, ok })
	if err := w.Steer([]int{iAST, iCAL}, ctrl); err != nil {
		t.Fatal(err)
	}
	if _, split := w.pairAtWar(iCAL, iAST); split {
		t.Fatal("bad fixture: the war is under way before the first tick")
	}
	stepThrough(t, w, 0)
	if _, split := w.pairAtWar(iCAL, iAST); !split {
		t.Fatal("bad fixture: a pact of CAL and AST is not across the war's line")
	}
	if w.shareAlliance(iCAL, iAST) {
		t.Error("steered CAL and AST founded a pact across CAL's war with DRA")
	}
	refused := false
	for _, r := range w.Records() {
		refused = refused || strings.Contains(r.Cause, "war under way with DRA")
	}
	if !refused {
		t.Errorf("no refusal for the war in %+v", w.Records())
	}
	for _, m := range w.Choices(iCAL).Moves {
		if m.Action != Found {
			continue
		}
		if _, split := w.pairAtWar(iCAL, w.nationByID(m.Target)); split {
			t.Errorf("CAL offered a pact with %s across its war with DRA", m.Target)
		}
	}
}

// TestAStateOnBothSidesFightsNeither: groups that overlap once resolved
// ("all" against DRA) leave DRA at war with no one, not with itself, and
// the others at war with no one either (their enemy fights on their side).
func TestAStateOnBothSidesFightsNeither(t *testing.T) {
	cfg := testWorld()
	cfg.Events = []Event{
		{Tick: 0, Kind: War, Label: "all against DRA", A: Group{All: true}, B: Group{Nations: []int{iDRA}}},
		{Tick: 0, Kind: War, Label: "blue against red", A: Group{Camps: []string{"blue"}}, B: Group{Camps: []string{"red"}, Nations: []int{iAST}}},
	}
	w := mustNew(t, cfg)
	stepThrough(t, w, 0)
	if w.atWar(iDRA, iDRA) || w.atWar(iAST, iDRA) {
		t.Errorf("DRA, on both sides, at war: with itself %v, with AST %v", w.atWar(iDRA, iDRA), w.atWar(iAST, iDRA))
	}
	if !w.atWar(iBOR, iESK) || w.atWar(iAST, iESK) || w.atWar(iAST, iBOR) {
		t.Errorf("blue against red with AST on both sides: BOR–ESK %v (want true), AST–ESK %v, AST–BOR %v (want false)",
			w.atWar(iBOR, iESK), w.atWar(iAST, iESK), w.atWar(iAST, iBOR))
	}
}

// TestAllianceCannotHoldBothSidesOfAWar: AST and BOR, allied, go to war
// with each other; after exit_patience at war the weaker leaves, and the
// pact, left with one member, dissolves. In a war it does not fight the
// same pact lives.
func TestAllianceCannotHoldBothSidesOfAWar(t *testing.T) {
	w := pactAndWar(t, iAST, iBOR)
	patience := w.ticksOf(w.p.ExitPatience)
	for range patience - 1 {
		if !w.Step() {
			t.Fatal("the run ended")
		}
	}
	a := w.alliances[0]
	if !a.Dissolved {
		t.Fatalf("AST and BOR at war are still allied: members %v", a.Members)
	}
	weaker := iBOR
	if w.nations[iAST].Capability < w.nations[iBOR].Capability {
		weaker = iAST
	}
	left := false
	for _, r := range w.Records() { // the records of the tick the patience ran out
		if r.Kind == Left && r.Nation == w.nations[weaker].ID && strings.Contains(r.Cause, "at war with a fellow member") {
			left = true
		}
	}
	if !left {
		t.Errorf("%s, the weaker, did not leave for the war", w.nations[weaker].ID)
	}
	peace := pactAndWar(t, iCAL, iGAL) // a war that is not the pact's, as long
	for range patience - 1 {
		if !peace.Step() {
			t.Fatal("the run ended")
		}
	}
	if peace.alliances[0].Dissolved {
		t.Error("the pact dissolved in a war its members do not fight: the test cannot tell the war from the rest of the rules")
	}
}

// A pact outlives a war between its members shorter than exit_patience
// however the war falls across the ticks, and loses the weaker after one as
// long, in the same year at every tick length: the war's own length counts,
// not the ticks it touches. AST and BOR, allied, fight from August of the
// first year: for eight months (to April of the next, two ticks at one
// tick a year), and for two years (BOR leaves once it has fought
// exit_patience, 1.75 years, in the second tick of year 2), the same war
// written as two phases of a year each counting as one.
func TestAWarsOwnLengthEndsAPact(t *testing.T) {
	const from = 7.0 / 12 // 1 August of the first year
	for _, c := range []struct {
		name      string
		years     float64
		leaveYear int // -1: stays
		phases    int // the war written as this many abutting events, as the scenarios write a war sides join
	}{{"eight months across the new year", 8.0 / 12, -1, 1}, {"two years", 2, 2, 1}, {"two years in two phases", 2, 2, 2}} {
		for _, perYear := range []int{1, 4, 12} {
			cfg := testWorld()
			cfg.TicksPerYear = perYear
			cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iBOR}, Cohesion: 0.8}}
			for p := range c.phases {
				pFrom := from + c.years*float64(p)/float64(c.phases)
				pTo := pFrom + c.years/float64(c.phases)
				start := int(pFrom * float64(perYear))
				cfg.Events = append(cfg.Events, Event{Tick: start, Kind: War, Label: "war", From: pFrom, To: pTo,
					Duration: int(math.Ceil(pTo*float64(perYear))) - start,
					A:        Group{Nations: []int{iAST}}, B: Group{Nations: []int{iBOR}}})
			}
			w := mustNew(t, withParams(cfg, func(p *Params) { p.JoinValue, p.FormValue = 50, 100 }))
			left := -1
			for w.Tick() < 4*perYear && w.Step() {
				for _, r := range w.Records() {
					if r.Kind == Left && strings.Contains(r.Cause, "at war with a fellow member") {
						left = int(r.Year)
					}
				}
			}
			if left >= 0 {
				left -= cfg.StartYear
			}
			if left != c.leaveYear {
				t.Errorf("%s at %d ticks a year: a member left for the war in year %d of the run, want %d (-1: none)", c.name, perYear, left, c.leaveYear)
			}
		}
	}
}
