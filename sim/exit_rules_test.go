package sim

import (
	"math"
	"slices"
	"strings"
	"testing"

	"entente/agents"
)

// Indices of exitWorld's nations.
const (
	xA = iota // the pact's leader, X's bitter enemy
	xB        // its partner, which quarrels with X faintly
	xX        // their adversary
)

// exitWorld allies A and B against X: A's rivalry with X is 0.9, B's only
// hostB, so that the pact is aimed at X (partly, below h_scope) but B
// opposes little of what A fears. Values do not decide exits here
// (v_exit far below any value) and the pact has no institutions.
func exitWorld(hostB float64) Config {
	p := fixtureParams()
	p.ExitValue = -100
	return Config{Name: "exit", StartYear: 2000, EndYear: 2010, TicksPerYear: 1, Seed: 1, Geometry: Plane, Params: p,
		Nations: []agents.Nation{
			newNation(p, "A", 0, 0, 1000, 0.03),
			newNation(p, "B", 600, 0, 200, 0.02),
			newNation(p, "X", 1500, 0, 600, 0.04),
		},
		Rivalries: []Relation{{A: xA, B: xX, Level: 0.9}, {A: xB, B: xX, Level: hostB}},
		Alliances: []AllianceConfig{{Name: "pair", Members: []int{xA, xB}, Cohesion: 0.6}},
	}
}

// kappaOut is the member's own view: how far its fellows oppose what it
// fears from the pact's adversaries. With X the only adversary, A's is
// B's hostility toward X and B's is A's (they are not hostile to each
// other).
func TestKappaOutIsTheMembersOwnView(t *testing.T) {
	for _, hostB := range []float64{0.15, 0.5} {
		w := mustNew(t, exitWorld(hostB))
		a := w.alliances[0]
		if s := w.scopeAt(a, xX); s <= 0 {
			t.Fatalf("bad fixture: σ_X = %v", s)
		}
		for _, c := range []struct {
			i    int
			want float64
		}{{xA, hostB}, {xB, 0.9}} {
			got, ok := w.kappaOut(c.i, a)
			if !ok || !near(got, c.want, 1e-12) {
				t.Errorf("B's H toward X %v: κ_out of %s = %v (ok %v), want %v", hostB, w.nations[c.i].ID, got, ok, c.want)
			}
		}
	}
}

// A member whose fellows oppose too little of what it fears from the
// pact's adversaries drifts out after exit_patience; the fellow, whose
// threat the member does oppose, stays until the pact dissolves.
func TestMemberLeavesWhenFellowsDoNotOpposeItsThreat(t *testing.T) {
	for _, c := range []struct {
		hostB float64
		leave bool
	}{{0.15, true}, {0.5, false}} {
		w := madeInTheRun(mustNew(t, exitWorld(c.hostB))) // a start pact's κ gap would hold A (startpacts_test.go)
		a := w.alliances[0]
		if kout, _ := w.kappaOut(xA, a); (kout < w.p.KappaStay) != c.leave {
			t.Fatalf("bad fixture: A's κ_out %v against κ_stay %v", kout, w.p.KappaStay)
		}
		patience := w.ticksOf(w.p.ExitPatience)
		for k := 1; k < patience; k++ {
			w.exits()
			if len(records(w, Left)) > 0 {
				t.Fatalf("B's H %v: left after %d ticks, before exit_patience: %+v", c.hostB, k, records(w, Left))
			}
		}
		w.exits()
		left := records(w, Left)
		if !c.leave {
			if len(left) > 0 || a.Dissolved {
				t.Errorf("B's H %v: %+v left, though B opposes A's threat", c.hostB, left)
			}
			continue
		}
		if len(left) != 1 || left[0].Nation != "A" || !strings.HasPrefix(left[0].Cause, "no common threat") {
			t.Errorf("B's H %v: left records %+v, want A alone, for lack of common threat", c.hostB, left)
		}
		if !a.Dissolved {
			t.Errorf("the pact survived with members %v", a.Members)
		}
	}
}

// A member that fears none of the pact's adversaries has no threat its
// fellows fail to meet: the κ test says nothing, however high κ_stay.
// AST and GAL share no enemy, so their pact has no adversary at all.
func TestMemberThatFearsNothingIsNotExpelledByKappa(t *testing.T) {
	cfg := withParams(testWorld(), func(p *Params) { p.KappaStay, p.ExitValue = 1, -100 })
	cfg.Alliances = []AllianceConfig{{Members: []int{iAST, iGAL}, Cohesion: 0.6}}
	w := mustNew(t, cfg)
	a := w.alliances[0]
	if w.threat[iAST] <= 0 {
		t.Fatalf("bad fixture: AST fears nothing at all")
	}
	for _, i := range a.Members {
		if k, ok := w.kappaOut(i, a); ok {
			t.Errorf("κ_out of %s = %v, want none: it fears none of the pact's adversaries", w.nations[i].ID, k)
		}
	}
	for range 3 * w.ticksOf(w.p.ExitPatience) {
		w.exits()
		if left := records(w, Left); len(left) > 0 {
			t.Fatalf("%+v left", left)
		}
	}
	if a.Dissolved || a.Size() != 2 {
		t.Errorf("members %v, dissolved %v", a.Members, a.Dissolved)
	}
}

// The leader is the member with the largest forces. Only a rival of the
// leader is pushed out as one: rivals among the lesser members stay,
// tethered by the pact (Greece and Turkey in NATO).
func TestRivalsAmongLesserMembersStay(t *testing.T) {
	cfg := testWorld()
	cfg.Params.ExitValue = -100 // values do not decide here
	cfg.Alliances = []AllianceConfig{{Name: "west", Members: []int{iBOR, iAST, iCAL}, Cohesion: 0.8, Age: 50}}
	cfg.Rivalries = append(cfg.Rivalries, Relation{A: iBOR, B: iCAL, Level: 0.5})
	w := mustNew(t, cfg)
	a := w.alliances[0]
	if lead := w.leader(a); lead != iAST {
		t.Fatalf("leader %s, want AST, the largest", w.nations[lead].ID)
	}
	if !w.rivals(iBOR, iCAL) || w.rivals(iBOR, iAST) || w.rivals(iCAL, iAST) {
		t.Fatalf("bad fixture: rivals BOR–CAL %v, BOR–AST %v, CAL–AST %v", w.rivals(iBOR, iCAL), w.rivals(iBOR, iAST), w.rivals(iCAL, iAST))
	}
	for range 3 * w.ticksOf(w.p.ExitPatience) {
		w.exits()
		if left := records(w, Left); len(left) > 0 {
			t.Fatalf("%+v left", left)
		}
	}
	for k, m := range a.Members {
		if a.lowRival[k] != 0 {
			t.Errorf("%s counted %d ticks as the leader's rival", w.nations[m].ID, a.lowRival[k])
		}
	}
}

// A rival of the leader gets no institutional hold: with the leader's
// rival's value between v_exit − β_i·I and v_exit, an institution holds
// a friend but not it.
func TestLeadersRivalIsNotHeld(t *testing.T) {
	// GAL, of AST's regime (alike 1), in an old pact with AST, values it
	// between v_exit − β_i·I and v_exit (institution_test.go). A faint
	// quarrel with AST, at h_scope, makes it the leader's rival.
	for _, c := range []struct {
		quarrel float64
		leave   bool
	}{{0, false}, {0.19, true}} {
		cfg := institutionWorld(200, 0)
		cfg.Params.ExitPatience = 2
		if c.quarrel > 0 {
			cfg.Rivalries = append(cfg.Rivalries, Relation{A: iAST, B: iGAL, Level: c.quarrel})
		}
		w := madeInTheRun(mustNew(t, cfg))
		a := w.alliances[0]
		if w.rivals(iGAL, iAST) != c.leave || w.leader(a) != iAST {
			t.Fatalf("bad fixture: rivals %v, leader %s", w.rivals(iGAL, iAST), w.nations[w.leader(a)].ID)
		}
		if v := w.ValueOf(iGAL, a).Value.Value; v >= w.p.ExitValue || v <= w.p.ExitValue-w.p.InstituteHold*a.Institution {
			t.Fatalf("bad fixture: GAL values the pact at %v", v)
		}
		// A rivalry that arose in the pact, not one the start's pact was
		// made across (TestPactMadeAcrossARivalryHoldsIt).
		k := slices.Index(a.Members, iGAL)
		a.acrossRivalry[k] = false
		// One tick: below the unheld v_exit, GAL starts counting; the
		// rival count too.
		w.exits()
		if got := a.lowValue[k] == 1; got != c.leave {
			t.Errorf("quarrel %v: GAL counted a tick of low value %v, want %v (hold lifted only for a rival)", c.quarrel, got, c.leave)
		}
		if got := a.lowRival[k]; got != map[bool]int{true: 1, false: 0}[c.leave] {
			t.Errorf("quarrel %v: GAL counted %d ticks as the leader's rival", c.quarrel, got)
		}
	}
}

// A pact of the start made across a rivalry is not broken by it: GAL,
// already AST's rival when the run starts, counts no tick as the leader's
// rival and is held by the pact's institution (the German Confederation
// held Austria and Prussia). Once GAL is no rival, the mark is gone: a
// rivalry that comes back is one the pact was not made across.
func TestPactMadeAcrossARivalryHoldsIt(t *testing.T) {
	cfg := institutionWorld(200, 0)
	cfg.Params.ExitPatience = 2
	cfg.Rivalries = append(cfg.Rivalries, Relation{A: iAST, B: iGAL, Level: 0.19})
	w := mustNew(t, cfg)
	a := w.alliances[0]
	k := slices.Index(a.Members, iGAL)
	if !w.rivals(iGAL, iAST) || w.leader(a) != iAST || !a.acrossRivalry[k] {
		t.Fatalf("bad fixture: rivals %v, leader %s, across %v", w.rivals(iGAL, iAST), w.nations[w.leader(a)].ID, a.acrossRivalry[k])
	}
	for tick := 0; tick < 3; tick++ {
		w.exits()
		if a.lowRival[k] != 0 || a.lowValue[k] != 0 || !a.Has(iGAL) {
			t.Fatalf("exit check %d: GAL counted %d ticks as a rival and %d of low value (member %v), want none: the pact was made across the rivalry",
				tick, a.lowRival[k], a.lowValue[k], a.Has(iGAL))
		}
	}
	// The same pact, its members no rivals at the first check: the mark
	// goes, and stays gone.
	friends := mustNew(t, institutionWorld(200, 0))
	b := friends.alliances[0]
	kb := slices.Index(b.Members, iGAL)
	if !b.acrossRivalry[kb] {
		t.Fatal("bad fixture: a start pact's member is not marked before its first check")
	}
	friends.exits()
	if b.acrossRivalry[kb] {
		t.Error("GAL, no rival of AST, is still marked after an exit check")
	}
	// A member who joins in the run is never marked: no pact admits a rival.
	w.addMember(a, iDRA)
	if a.acrossRivalry[len(a.Members)-1] {
		t.Error("a member added in the run is marked as across a rivalry")
	}
}

// The rivalries a pact of the start was made across are those among its
// members, whoever leads it: BOR and GAL, rivals in a pact AST leads at its
// first check, stay when BOR's forces outgrow AST's and BOR leads (Algeria
// and Morocco in the Arab League). A rivalry between them that comes after
// the first check is new: GAL then counts its ticks as the leader's rival.
func TestPactMadeAcrossARivalryHoldsItWhoeverLeads(t *testing.T) {
	for _, c := range []struct {
		name   string
		before bool // the rivalry is there at the first check
	}{{"made across it", true}, {"arising in it", false}} {
		t.Run(c.name, func(t *testing.T) {
			cfg := institutionWorld(200, 0)
			cfg.Params.ExitPatience = 5
			cfg.Alliances[0].Members = []int{iAST, iBOR, iGAL}
			if c.before {
				cfg.Rivalries = append(cfg.Rivalries, Relation{A: iBOR, B: iGAL, Level: 0.19})
			}
			w := mustNew(t, cfg)
			a := w.alliances[0]
			if w.leader(a) != iAST || w.rivals(iBOR, iGAL) != c.before {
				t.Fatalf("bad fixture: leader %s, rivals %v", w.nations[w.leader(a)].ID, w.rivals(iBOR, iGAL))
			}
			w.exits() // the first check, AST leading
			if !c.before {
				w.hostility.Set(iBOR, iGAL, 0.19)
				w.hostility.Set(iGAL, iBOR, 0.19)
			}
			w.nations[iBOR].Capability = 10 * w.nations[iAST].Capability
			w.perceive()
			if w.leader(a) != iBOR || !w.rivals(iBOR, iGAL) {
				t.Fatalf("bad fixture: leader %s, rivals %v", w.nations[w.leader(a)].ID, w.rivals(iBOR, iGAL))
			}
			w.exits()
			k := slices.Index(a.Members, iGAL)
			if got, want := a.lowRival[k], map[bool]int{true: 0, false: 1}[c.before]; got != want {
				t.Errorf("GAL counted %d ticks as the rival of BOR, the new leader; want %d", got, want)
			}
		})
	}
}

// No state stays in two pacts aimed at each other, and it keeps the one it
// values more: B, in a pact with A aimed at X (σ_X > 0 with B's faint
// 0.15, below h_scope: B and X are not rivals), and in a pact with X that
// it values less, leaves the second after exit_patience; the first holds.
// X, in no other pact, does not leave for that reason. Valuing the pact
// with X more, B leaves the pact aimed at X. Joining the pact aimed at X in
// the run, B leaves the older pact with X, whatever it values more.
func TestMemberLeavesAPactWithAStateItsOtherPactIsAimedAt(t *testing.T) {
	cfg := exitWorld(0.15)
	cfg.Params.KappaStay = 0 // no κ exits: A would leave B for opposing too little of X
	cfg.Alliances = append(cfg.Alliances, AllianceConfig{Name: "cross", Members: []int{xB, xX}, Cohesion: 0.6})
	w := mustNew(t, cfg)
	pair, cross := w.alliances[0], w.alliances[1]
	if s := w.scopeAt(pair, xX); s <= 0 || w.rivals(xB, xX) {
		t.Fatalf("bad fixture: σ_X = %v, B and X rivals %v", s, w.rivals(xB, xX))
	}
	if c := w.crossedBy(xX, cross, slices.Index(cross.Members, xX), func() float64 { return math.Inf(-1) }); c.other != nil {
		t.Fatalf("bad fixture: X is in another pact crossed with this one, %v", c.other.ID)
	}
	kp, kc := slices.Index(pair.Members, xB), slices.Index(cross.Members, xB)
	if wp, wc := w.stayWorth(xB, pair, kp), w.stayWorth(xB, cross, kc); !(wc < wp) {
		t.Fatalf("bad fixture: B's worth of the pact with X %v not below that of the pact aimed at X %v (gaps %v, %v)", wc, wp, pair.entryGap[kp], cross.entryGap[kc])
	}
	patience := w.ticksOf(w.p.ExitPatience)
	for k := 1; k < patience; k++ {
		w.exits()
		if left := records(w, Left); len(left) > 0 {
			t.Fatalf("left after %d ticks, before exit_patience: %+v", k, left)
		}
	}
	w.exits()
	left := records(w, Left)
	if len(left) != 1 || left[0].Nation != "B" || left[0].Alliance != cross.ID || !strings.Contains(left[0].Cause, "aimed at a fellow member, X") {
		t.Errorf("left records %+v, want B alone out of %s, for its pact aimed at X", left, cross.ID)
	}
	if pair.Dissolved || pair.Size() != 2 || !cross.Dissolved {
		t.Errorf("pair %v (dissolved %v), cross dissolved %v", pair.Members, pair.Dissolved, cross.Dissolved)
	}

	// B keeps the pact it values more: with the pact with X worth more to
	// it (a deep entry gap), B leaves the pact aimed at X instead.
	w = mustNew(t, cfg)
	pair, cross = w.alliances[0], w.alliances[1]
	cross.entryGap[slices.Index(cross.Members, xB)] = 100
	for range patience {
		w.exits()
	}
	left = records(w, Left)
	if len(left) != 1 || left[0].Nation != "B" || left[0].Alliance != pair.ID || !strings.HasPrefix(left[0].Cause, "aimed at X, its ally in "+cross.ID) {
		t.Errorf("left records %+v, want B alone out of %s, aimed at its ally in %s", left, pair.ID, cross.ID)
	}
	if cross.Dissolved || !pair.Dissolved {
		t.Errorf("cross %v (dissolved %v), pair dissolved %v", cross.Members, cross.Dissolved, pair.Dissolved)
	}

	// The commitment made last supersedes: B, in the pact with X since the
	// start and valuing it more, joins the pact aimed at X in the run and
	// leaves the pact with X.
	cfg.Alliances = cfg.Alliances[1:]
	w = mustNew(t, cfg)
	cross = w.alliances[0]
	cross.entryGap[slices.Index(cross.Members, xB)] = 100
	w.tick++
	pair = w.newAlliance("pair", []int{xA, xB}, w.initTarget, 0.6, w.p.Pooling)
	w.perceive()
	if s := w.scopeAt(pair, xX); s <= 0 {
		t.Fatalf("bad fixture: the pact of the run is not aimed at X (σ_X = %v)", s)
	}
	for range patience {
		w.exits()
	}
	left = records(w, Left)
	if len(left) != 1 || left[0].Nation != "B" || left[0].Alliance != cross.ID {
		t.Errorf("left records %+v, want B alone out of %s, its older commitment", left, cross.ID)
	}
}

// Between two crossed pacts joined at once, an exact tie of worth has B
// leave the pact holding the state the other is aimed at (the pact with X),
// and not the other: the pair is aimed at X, the pact with X at no member
// of the pair.
func TestCrossedPactsTieLeavesThePactWithTheTarget(t *testing.T) {
	cfg := exitWorld(0.15)
	cfg.Alliances = append(cfg.Alliances, AllianceConfig{Name: "cross", Members: []int{xB, xX}, Cohesion: 0.6})
	w := mustNew(t, cfg)
	pair, cross := w.alliances[0], w.alliances[1]
	kp, kc := slices.Index(pair.Members, xB), slices.Index(cross.Members, xB)
	if w.aimedAtAMember(cross, pair, xB) >= 0 || w.aimedAtAMember(pair, cross, xB) != xX {
		t.Fatalf("bad fixture: the pact with X aimed at a member of the pair, or the pair not at X")
	}
	if c := w.crossedBy(xB, cross, kc, func() float64 { return w.stayWorth(xB, pair, kp) }); c.other != pair || c.m != xX || c.aimedHere {
		t.Errorf("tie, judged in the pact with X: crossing %+v, want the pair, aimed at X", c)
	}
	if c := w.crossedBy(xB, pair, kp, func() float64 { return w.stayWorth(xB, cross, kc) }); c.other != nil {
		t.Errorf("tie, judged in the pair: crossing with %s, want none", c.other.ID)
	}
}

// A member's worth of staying counts its institutions' hold as the exit
// rule does: β_i·I·likeness above its value.
func TestStayWorthCountsTheInstitutionsHold(t *testing.T) {
	w := mustNew(t, institutionWorld(200, 0))
	a := w.alliances[0]
	k := slices.Index(a.Members, iGAL)
	held := w.stayWorth(iGAL, a, k)
	inst := a.Institution
	a.Institution = 0
	bare := w.stayWorth(iGAL, a, k)
	if inst < 0.99 || w.alike(iGAL, iAST) != 1 {
		t.Fatalf("bad fixture: institution %v, likeness %v", inst, w.alike(iGAL, iAST))
	}
	if got, want := held-bare, w.p.InstituteHold*inst; !near(got, want, 1e-12) {
		t.Errorf("worth with institutions less without = %v, want β_i·I = %v", got, want)
	}
	v := w.valueOf(iGAL, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false).Value
	if !near(bare, v+a.entryGap[k], 1e-12) {
		t.Errorf("worth without institutions %v, want V + g = %v", bare, v+a.entryGap[k])
	}
}

// An organised pact of the start holds a member across a rivalry with its
// leader that arises in it, unless the rivalry is over political systems:
// GAL, whose rivalry with AST (the leader) begins at tick 2, stays in the
// organised pact when the rivalry is over territory or standing, and
// leaves it as the leader's rival when the rivalry is ideological, or when
// the pact has no organisation, or when a threat shock made them rivals.
func TestAnOrganisedPactHoldsARivalOverTerritory(t *testing.T) {
	for _, c := range []struct {
		name                      string
		organised, ideo, shocking bool
		leaves                    bool
	}{
		{"organised, over territory", true, false, false, false},
		{"organised, over political systems", true, true, false, true},
		{"organised, a threat shock between them", true, false, true, true},
		{"no organisation", false, false, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := institutionWorld(200, 0)
			cfg.Params.ExitPatience = 2
			cfg.Alliances[0].Organised = c.organised
			cfg.Rivalries = append(cfg.Rivalries, Relation{A: iAST, B: iGAL, Level: 0.19, Ideological: c.ideo, From: 2})
			if c.shocking {
				cfg.Events = append(cfg.Events, Event{Tick: 2, Kind: ThreatShock, Label: "a crisis",
					A: Group{Nations: []int{iAST}}, B: Group{Nations: []int{iGAL}}, Delta: 0.05})
			}
			w := mustNew(t, cfg)
			a := w.alliances[0]
			if w.leader(a) != iAST || w.rivals(iGAL, iAST) {
				t.Fatalf("bad fixture: leader %s, rivals at the start %v", w.nations[w.leader(a)].ID, w.rivals(iGAL, iAST))
			}
			left := false
			for w.Tick() < 8 && w.Step() {
				for _, r := range records(w, Left) { // this tick's
					left = left || r.Nation == "GAL" && strings.Contains(r.Cause, "rival of the pact's leader")
				}
			}
			if !w.rivals(iGAL, iAST) {
				t.Fatal("bad fixture: GAL and AST are no rivals after tick 2")
			}
			if left != c.leaves {
				t.Errorf("GAL left as the leader's rival: %v, want %v (records %+v)", left, c.leaves, records(w, Left))
			}
		})
	}
}

// Of two crossed pacts, an organised one and one without an organisation,
// B keeps the organised one whatever it values more or joined last: the
// pact with X, organised, holds B, and B leaves the pair aimed at X, which
// it values more; unorganised, the pact with X is the one B leaves.
func TestAMemberKeepsTheOrganisedOfTwoCrossedPacts(t *testing.T) {
	for _, organised := range []bool{true, false} {
		cfg := exitWorld(0.15)
		cfg.Alliances = append(cfg.Alliances, AllianceConfig{Name: "cross", Members: []int{xB, xX}, Cohesion: 0.6, Organised: organised})
		w := mustNew(t, cfg)
		pair, cross := w.alliances[0], w.alliances[1]
		kp, kc := slices.Index(pair.Members, xB), slices.Index(cross.Members, xB)
		if wp, wc := w.stayWorth(xB, pair, kp), w.stayWorth(xB, cross, kc); !(wc < wp) {
			t.Fatalf("bad fixture: B's worth of the pact with X %v not below the pair's %v", wc, wp)
		}
		leaves := cross // the one it values less
		if organised {
			leaves = pair
		}
		for _, c := range []struct {
			in *Alliance
			k  int
		}{{pair, kp}, {cross, kc}} {
			got := w.crossedBy(xB, c.in, c.k, func() float64 { return w.stayWorth(xB, c.in, c.k) }).other
			if (got != nil) != (c.in == leaves) {
				t.Errorf("organised %v, judged in %s: crossing %v, want B to leave %s only", organised, c.in.Name, got, leaves.Name)
			}
		}
	}
}
