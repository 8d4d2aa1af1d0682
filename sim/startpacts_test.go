package sim

import (
	"slices"
	"strings"
	"testing"
)

// threatlessPact is testWorld with one start pact, CAL with GAL: they
// share no enemy, so the pact has no adversary and its members' values of
// staying are its costs alone, below v_exit (−0.01 here).
func threatlessPact() Config {
	cfg := withParams(testWorld(), func(p *Params) { p.ExitValue = -0.01 })
	cfg.Alliances = []AllianceConfig{{Name: "old", Members: []int{iCAL, iGAL}, Cohesion: 0.6}}
	return cfg
}

// A start pact's members are anchored at the value of staying they had at
// the start: each one's gap is max(0, v_join − V), and it leaves only when
// its value falls below v_exit less its gap. A pact made in the run, of the
// same members, has no gap: they leave it after exit_patience.
func TestAStartPactIsAnchoredWhereItStood(t *testing.T) {
	w := mustNew(t, threatlessPact())
	a := w.alliances[0]
	for k, i := range a.Members {
		v := w.valueOf(i, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false)
		if v.Value >= w.p.ExitValue {
			t.Fatalf("bad fixture: %s values the pact at %v, not below v_exit", w.nations[i].ID, v.Value)
		}
		if want := w.p.JoinValue - v.Value; !near(a.entryGap[k], want, 1e-12) {
			t.Errorf("%s's entry gap %v, want v_join − V = %v", w.nations[i].ID, a.entryGap[k], want)
		}
	}
	for range 3 * w.ticksOf(w.p.ExitPatience) {
		w.exits()
	}
	if left := records(w, Left); len(left) > 0 || a.Dissolved {
		t.Errorf("the start's pact lost %+v (dissolved %v), though nothing changed", left, a.Dissolved)
	}

	t.Run("a pact of the run has no gap", func(t *testing.T) {
		w := mustNew(t, withParams(testWorld(), func(p *Params) { p.ExitValue = -0.01 }))
		b := w.newAlliance("", []int{iCAL, iGAL}, w.initTarget, 0.6, w.p.Pooling)
		for range w.ticksOf(w.p.ExitPatience) {
			w.exits()
		}
		if !b.Dissolved {
			t.Errorf("a threatless pact made in the run holds %v", b.Members)
		}
	})

	t.Run("it leaves when its value falls below v_exit less its gap", func(t *testing.T) {
		for _, c := range []struct {
			shift float64 // v_exit − gap − V
			leave bool
		}{{-1e-6, false}, {1e-6, true}} {
			w := mustNew(t, threatlessPact())
			a := w.alliances[0]
			// CAL's gap held, v_exit set so that its threshold lies just
			// above or below its value; GAL held in by a deep gap.
			v := w.valueOf(iCAL, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false).Value
			a.entryGap[1] = 100
			w.p.ExitValue = v + a.entryGap[0] + c.shift
			for range w.ticksOf(w.p.ExitPatience) {
				w.exits()
			}
			left := records(w, Left)
			if got := len(left) == 1 && left[0].Nation == "CAL" && strings.HasPrefix(left[0].Cause, "value"); got != c.leave {
				t.Errorf("threshold %+v from its value: left %+v, want CAL out %v", c.shift, left, c.leave)
			}
		}
	})
}

// A start pact's member is anchored at the κ_out it had at the start too:
// its κ gap is κ_stay − κ_out (and a slack above rounding) when κ_out is
// below κ_stay, and it drifts out only when κ_out falls below κ_stay less
// its gap. A (exitWorld with B's faint 0.15 toward
// X) fears X, which B barely opposes: in a pact of the start it stays, in
// the same pact made in the run it leaves after exit_patience.
func TestAStartPactMemberIsAnchoredAtItsKappa(t *testing.T) {
	w := mustNew(t, exitWorld(0.15))
	a := w.alliances[0]
	kout, ok := w.kappaOut(xA, a)
	if !ok || kout >= w.p.KappaStay {
		t.Fatalf("bad fixture: A's κ_out %v (ok %v), κ_stay %v", kout, ok, w.p.KappaStay)
	}
	k := slices.Index(a.Members, xA)
	if want := w.p.KappaStay - kout + kappaGapSlack; !near(a.kappaGap[k], want, 1e-12) {
		t.Errorf("A's κ gap %v, want κ_stay − κ_out + slack = %v", a.kappaGap[k], want)
	}
	for range 3 * w.ticksOf(w.p.ExitPatience) {
		w.exits()
	}
	if left := records(w, Left); len(left) > 0 || a.Dissolved {
		t.Errorf("the start's pact lost %+v (dissolved %v), though nothing changed", left, a.Dissolved)
	}
	// Its fellow's hostility toward X falls: κ_out falls below the anchor.
	w.hostility.Set(xB, xX, 0.05)
	w.hostility.Set(xX, xB, 0.05)
	w.perceive()
	if kNow, _ := w.kappaOut(xA, a); kNow >= w.p.KappaStay-a.kappaGap[k] {
		t.Fatalf("bad fixture: κ_out %v not below κ_stay less the gap %v", kNow, w.p.KappaStay-a.kappaGap[k])
	}
	for range w.ticksOf(w.p.ExitPatience) {
		w.exits()
	}
	if left := records(w, Left); len(left) != 1 || left[0].Nation != "A" || !strings.HasPrefix(left[0].Cause, "no common threat") {
		t.Errorf("left %+v, want A out for lack of common threat once its fellow opposes X less than at the start", left)
	}
}

// Nothing changed, nothing leaves: however κ_out rounds, a start pact's
// member does not drift out of it while the world stands still (without
// the slack, B's hostility 0.1173 toward X let A drift out).
func TestAStartPactHoldsWhileNothingChanges(t *testing.T) {
	for h := 0.01; h < 0.30; h += 0.0013 {
		w := mustNew(t, exitWorld(h))
		for range w.ticksOf(w.p.ExitPatience) + 1 {
			w.exits()
		}
		if left := records(w, Left); len(left) > 0 {
			t.Fatalf("B's hostility %v toward X: %+v left a start pact, though nothing changed", h, left)
		}
	}
}

// A start pact's anchors follow its members: when one leaves, the others
// keep their own entry and κ gaps.
func TestStartPactGapsFollowTheirMembers(t *testing.T) {
	cfg := threatlessPact()
	cfg.Alliances[0].Members = []int{iCAL, iGAL, iBOR}
	w := mustNew(t, cfg)
	a := w.alliances[0]
	for k := range a.Members {
		a.entryGap[k], a.kappaGap[k] = float64(k+1), 10*float64(k+1)
	}
	w.removeMember(a, iGAL)
	for k, i := range a.Members {
		want := map[int]float64{iCAL: 1, iBOR: 3}[i]
		if a.entryGap[k] != want || a.kappaGap[k] != 10*want || !a.fromStart[k] {
			t.Errorf("%s at %d: entry gap %v, κ gap %v, from the start %v; want %v, %v, true",
				w.nations[i].ID, k, a.entryGap[k], a.kappaGap[k], a.fromStart[k], want, 10*want)
		}
	}
}

// A start pact's cohesion relaxes toward its target plus its glue, the
// start cohesion's excess over the start's target, in proportion to the
// members that were members then.
func TestAStartPactKeepsItsCohesion(t *testing.T) {
	w := mustNew(t, threatlessPact())
	a := w.alliances[0]
	raw := w.causes(a.Members, a.Target, a.Pooling).Target
	if a.glue <= 0 || !near(a.glue, 0.6-raw, 1e-12) {
		t.Fatalf("glue %v, want c_start − c* = %v > 0", a.glue, 0.6-raw)
	}
	w.updateCohesion(a)
	if got, want := a.Causes.Target, min(1, raw+a.glue); !near(got, want, 1e-12) {
		t.Errorf("target %v, want c* + glue = %v", got, want)
	}
	w.addMember(a, iBOR)
	w.addMember(a, iFEN)
	if got, want := a.glueNow(), a.glue/2; !near(got, want, 1e-12) {
		t.Errorf("with two members of the run among four: glue %v, want half, %v", got, want)
	}
}

// madeInTheRun clears the start's anchors of w's pacts: the tests of the
// exit, cohesion and institution rules use pacts of the start as fixtures
// for pacts as the run makes them.
func madeInTheRun(w *World) *World {
	for _, a := range w.alliances {
		clear(a.entryGap)
		clear(a.kappaGap)
		a.glue = 0
		clear(a.acrossRivalry) // made across no rivalry
		clear(a.startRivals)
		clear(a.fromStart)
	}
	return w
}

// A state that enters the run as a member of a pact of the start (an
// entry event naming it) enters the pact and is anchored in it from the
// tick it enters, as the start's members are: BOR, entering the threatless
// pact of CAL and GAL in a world without enemies, values it below v_exit
// and stays while nothing changes. An entry naming a pact the run has ended enters no pact.
func TestAnEntrantEntersThePactItWasIn(t *testing.T) {
	const enter = 2
	entering := func() Config {
		cfg := threatlessPact()
		cfg.Rivalries = nil // a world without enemies: no pact but the start's is worth making
		for i := range cfg.Nations {
			cfg.Nations[i].Camp = ""
		}
		cfg.Nations[iBOR].Active = false
		cfg.Events = []Event{{Tick: enter, Kind: Entry, Label: "enters the data", Nation: iBOR,
			Alliance: AllianceRef{Name: "old", Holder: -1}}}
		return cfg
	}
	w := mustNew(t, entering())
	a := w.alliances[0]
	for w.Step() && w.Tick() < enter {
		if a.isMember[iBOR] {
			t.Fatalf("tick %d: BOR in the pact before it enters", w.Tick())
		}
	}
	k := slices.Index(a.Members, iBOR)
	if k < 0 || !a.fromStart[k] {
		t.Fatalf("BOR did not enter the pact as a member of the start: members %v", a.Members)
	}
	joined := records(w, Joined)
	if len(joined) != 1 || joined[0].Nation != "BOR" || !strings.Contains(joined[0].Cause, "before it entered") {
		t.Errorf("joined records %+v", joined)
	}
	v := w.valueOf(iBOR, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false)
	if v.Value >= w.p.ExitValue {
		t.Fatalf("bad fixture: BOR values the pact at %v, not below v_exit %v", v.Value, w.p.ExitValue)
	}
	if want := w.p.JoinValue - v.Value; !near(a.entryGap[k], want, 1e-12) {
		t.Errorf("BOR's entry gap %v, want v_join − V = %v, from the tick it entered", a.entryGap[k], want)
	}
	for range 3 * w.ticksOf(w.p.ExitPatience) {
		w.exits()
	}
	if !a.isMember[iBOR] || a.Dissolved {
		t.Errorf("BOR left the pact it entered in, though nothing changed: %v (dissolved %v)", records(w, Left), a.Dissolved)
	}

	t.Run("a pact the run has ended", func(t *testing.T) {
		w := mustNew(t, entering())
		w.dissolve(w.alliances[0], "for the test")
		for w.Step() && w.Tick() < enter {
		}
		if len(w.memberships[iBOR]) != 0 || len(records(w, Joined)) != 0 {
			t.Errorf("BOR entered %v, %+v", w.memberships[iBOR], records(w, Joined))
		}
	})
}

// An entrant is a member of the start's pact as the start's members are,
// across a rivalry with the pact's leader too: BOR, a rival of CAL, the
// leader of the pact it enters, stays in it while nothing changes, where a
// rival that joined in the run would leave after exit_patience.
func TestAnEntrantAcrossARivalryStays(t *testing.T) {
	const enter = 2
	cfg := threatlessPact()
	for i := range cfg.Nations {
		cfg.Nations[i].Camp = ""
	}
	cfg.Rivalries = []Relation{{A: iBOR, B: iCAL, Level: 0.5}}
	bor := &cfg.Nations[iBOR]
	bor.Active, bor.Share = false, 0.01
	bor.Capability = bor.Share * bor.GDP / cfg.Params.Depreciation // smaller than CAL, the leader
	cfg.Events = []Event{{Tick: enter, Kind: Entry, Label: "enters the data", Nation: iBOR,
		Alliance: AllianceRef{Name: "old", Holder: -1}}}
	w := mustNew(t, cfg)
	a := w.alliances[0]
	for w.Step() && w.Tick() < enter {
	}
	if lead := w.leader(a); lead != iCAL || !w.rivals(iBOR, lead) {
		t.Fatalf("bad fixture: the leader %s, BOR its rival %v", w.nations[lead].ID, w.rivals(iBOR, lead))
	}
	if !a.isMember[iBOR] {
		t.Fatalf("BOR did not enter the pact: %v", a.Members)
	}
	for range 3 * w.ticksOf(w.p.ExitPatience) {
		w.exits()
	}
	if !a.isMember[iBOR] {
		t.Errorf("BOR, a member of the start's pact across its rivalry with the leader, left it: %+v", records(w, Left))
	}
}

// The κ anchor holds a member whose fellows share part of its threat, not
// one whose fellows share none of it: an island (FRA) in a start pact with
// a continental army (RUS) that cannot meet its sea-borne threat drifts
// out, as Britain left the Quadruple Alliance; on the mainland the same
// pact holds.
func TestTheKappaAnchorHoldsOnlyAMemberItsFellowsHelp(t *testing.T) {
	const fra, rus = 0, 2
	for _, island := range []bool{false, true} {
		cfg := frontsWorld(0, island)
		cfg.Alliances = []AllianceConfig{{Name: "entente", Members: []int{fra, rus}, Cohesion: 0.5}}
		w := mustNew(t, cfg)
		a := w.alliances[0]
		k := slices.Index(a.Members, fra)
		out, ok := w.kappaOut(fra, a)
		if !ok || (island && out != 0) || (!island && !(out > 0)) {
			t.Fatalf("bad fixture, island %v: FRA's κ_out %v (ok %v)", island, out, ok)
		}
		if gap := a.kappaGap[k]; island && gap != 0 {
			t.Errorf("the island's κ gap %v, want none: its fellows share none of its threat", gap)
		}
		for range 2 * w.ticksOf(w.p.ExitPatience) {
			w.exits()
		}
		left := records(w, Left)
		gone := len(left) == 1 && left[0].Nation == "FRA" && strings.HasPrefix(left[0].Cause, "no common threat")
		if island != gone {
			t.Errorf("island %v: left %+v; want FRA out for lack of common threat on the island only", island, left)
		}
	}
}

// A pact of the start made in a war against states the scenario does not
// model has its fixed effects while that war lasts: the threatless pact,
// made in a war that ends at tick 3, keeps its members by their gaps and
// its cohesion by its glue to then, and from that tick has neither, so
// that its members, below v_exit, leave after exit_patience. Made in a
// war over by the start, it has none from the start; a state entering it
// after its war has no gap either.
func TestAPactMadeInAWarIsAnchoredWhileTheWarLasts(t *testing.T) {
	const ends = 3
	warPact := func(ends int) Config {
		cfg := threatlessPact()
		cfg.Alliances[0].MadeInWar, cfg.Alliances[0].WarEnds = true, ends
		return cfg
	}
	w := mustNew(t, warPact(ends))
	a := w.alliances[0]
	if slices.Max(a.entryGap) <= 0 || a.glue <= 0 {
		t.Fatalf("bad fixture: gaps %v, glue %v before the war's end, want them above 0", a.entryGap, a.glue)
	}
	for w.Tick() < ends-1 && w.Step() {
	}
	if a.Dissolved || slices.Max(a.entryGap) <= 0 || a.glue <= 0 {
		t.Fatalf("tick %d, before the war's end: dissolved %v, gaps %v, glue %v", w.Tick(), a.Dissolved, a.entryGap, a.glue)
	}
	w.Step() // the tick in which the war ends
	if slices.Max(a.entryGap) != 0 || slices.Max(a.kappaGap) != 0 || a.glue != 0 {
		t.Errorf("tick %d, the war over: gaps %v and %v, glue %v, want none", w.Tick(), a.entryGap, a.kappaGap, a.glue)
	}
	for range 3 * w.ticksOf(w.p.ExitPatience) {
		w.Step()
	}
	if !a.Dissolved {
		t.Errorf("the pact outlived its war by %d ticks, its members below v_exit: %v", w.Tick()-ends, a.Members)
	}

	t.Run("a war over by the start", func(t *testing.T) {
		w := mustNew(t, warPact(0))
		a := w.alliances[0]
		if slices.Max(a.entryGap) != 0 || a.glue != 0 {
			t.Errorf("gaps %v, glue %v, want none", a.entryGap, a.glue)
		}
		w.anchorMember(a, 0, a.Members[0]) // as an entrant would be
		if a.entryGap[0] != 0 {
			t.Errorf("an entrant after the war has the gap %v", a.entryGap[0])
		}
	})
	t.Run("a term renewed during the run", func(t *testing.T) {
		cfg := threatlessPact()
		cfg.Alliances[0].Renews, cfg.Alliances[0].Renewal = true, ends
		w := mustNew(t, cfg)
		a := w.alliances[0]
		for w.Tick() < ends-1 && w.Step() {
		}
		if slices.Max(a.entryGap) <= 0 || a.glue <= 0 {
			t.Fatalf("tick %d, before the term's end: gaps %v, glue %v, want them above 0", w.Tick(), a.entryGap, a.glue)
		}
		w.Step()
		if slices.Max(a.entryGap) != 0 || a.glue != 0 {
			t.Errorf("tick %d, the term over: gaps %v, glue %v, want none", w.Tick(), a.entryGap, a.glue)
		}
	})
	t.Run("a pact made in no war", func(t *testing.T) {
		w := mustNew(t, threatlessPact())
		if got := w.alliances[0].anchorEnds; got != -1 {
			t.Errorf("anchorEnds %d, want -1: its fixed effects hold for its life", got)
		}
	})
}

// A start pact's fixed effects end with the war it was made in or the term
// in force at the start, whichever ends first; neither, and they last.
func TestAnchorEnds(t *testing.T) {
	for _, c := range []struct {
		ac   AllianceConfig
		want int
	}{
		{AllianceConfig{}, -1},
		{AllianceConfig{MadeInWar: true, WarEnds: 5}, 5},
		{AllianceConfig{MadeInWar: true, WarEnds: -3}, 0},
		{AllianceConfig{Renews: true, Renewal: 7}, 7},
		{AllianceConfig{MadeInWar: true, WarEnds: 9, Renews: true, Renewal: 7}, 7},
		{AllianceConfig{MadeInWar: true, WarEnds: 2, Renews: true, Renewal: 7}, 2},
		{AllianceConfig{MadeInWar: true, Renews: true, Renewal: 7}, 0},
	} {
		if got := anchorEnds(c.ac); got != c.want {
			t.Errorf("anchorEnds(%+v) = %d, want %d", c.ac, got, c.want)
		}
	}
}
