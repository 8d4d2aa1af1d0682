package sim

import (
	"math"
	"testing"

	"entente/agents"
)

// warBudgets runs testWorld with events through tick last and returns the
// world: no fiscal brake and no drag of defence on growth, so that a war's
// debt and lost growth do not move the peace budgets, and nobody joins or founds a pact, so that the war's rule for
// alliances (war.go) changes nothing here.
func warBudgets(t *testing.T, events []Event, last int, match float64) *World {
	t.Helper()
	return warBudgetsWith(t, events, last, match, 0)
}

// warBudgetsWith is warBudgets with a war effort ε_w.
func warBudgetsWith(t *testing.T, events []Event, last int, match, effort float64) *World {
	t.Helper()
	cfg := testWorld()
	cfg.Events = events
	w := mustNew(t, withParams(cfg, func(p *Params) {
		p.WarMatch, p.WarEffort, p.FiscalBrake, p.Drag, p.JoinValue, p.FormValue = match, effort, 0, 0, 50, 100
	}))
	stepThrough(t, w, last)
	return w
}

// calAgainstDRA is a war of CAL (GDP 150) against DRA (GDP 900, 5 % of it
// on defence) over ticks 1–2, years 1 to 3 of the run.
var calAgainstDRA = []Event{{Tick: 1, Kind: War, Label: "CAL–DRA war", A: Group{Nations: []int{iCAL}}, B: Group{Nations: []int{iDRA}},
	Duration: 2, From: 1, To: 3}}

// TestWarBudgetsMatchTheEnemySide: at war, the small CAL wants ω_w times
// DRA's budget over its own GDP (far above its peace share, capped at
// war_cap) and moves toward it at the budget's speed; DRA, fighting a state
// whose budget is a small part of its own GDP, spends what it would in
// peace; and with war_match 0 the war changes no budget.
func TestWarBudgetsMatchTheEnemySide(t *testing.T) {
	peace := warBudgets(t, nil, 1, 1)
	atWar := warBudgets(t, calAgainstDRA, 1, 1)
	off := warBudgets(t, calAgainstDRA, 1, 0)

	cal, dra := &atWar.nations[iCAL], &atWar.nations[iDRA]
	need := min(dra.Budget()/cal.GDP, atWar.p.WarCap, cal.Policy.MaxShare) // DRA's share moves little in a tick
	if need < 2*peace.nations[iCAL].Share {
		t.Fatalf("the fixture's war asks little: need %.3f, CAL's peace share %.3f", need, peace.nations[iCAL].Share)
	}
	if cal.Share <= 2*peace.nations[iCAL].Share {
		t.Errorf("CAL at war spends %.4f of GDP, in peace %.4f: the war should raise it toward %.3f", cal.Share, peace.nations[iCAL].Share, need)
	}
	if cal.Share > need+1e-12 {
		t.Errorf("CAL at war spends %.4f, above what the war asks (%.4f)", cal.Share, need)
	}
	if d := math.Abs(dra.Share - peace.nations[iDRA].Share); d > 1e-12 {
		t.Errorf("DRA's share moved by %g at war with a far smaller state: the side's need is under its peace share", d)
	}
	if d := math.Abs(off.nations[iCAL].Share - peace.nations[iCAL].Share); d > 1e-12 {
		t.Errorf("with war_match 0 the war moved CAL's share by %g", d)
	}
}

// TestAnOutspentStateMatchesUpToTheCap: CAL, whose enemy's budget is twice
// its ceiling's worth of its GDP, moves toward war_cap, not s_max, when
// the cap is lower; a cap above the ceiling changes nothing; and a cap of
// 0 leaves only the war's own costs (none here: war_effort 0).
func TestAnOutspentStateMatchesUpToTheCap(t *testing.T) {
	withCap := func(c float64) *World {
		cfg := testWorld()
		cfg.Events = calAgainstDRA
		w := mustNew(t, withParams(cfg, func(p *Params) {
			p.WarMatch, p.WarCap, p.WarEffort, p.FiscalBrake, p.Drag, p.JoinValue, p.FormValue = 1, c, 0, 0, 0, 50, 100
		}))
		stepThrough(t, w, 1)
		return w
	}
	peace := warBudgets(t, nil, 1, 1).nations[iCAL].Share
	free, held, above, none := withCap(1), withCap(0.1), withCap(0.5), withCap(0)
	cal := &free.nations[iCAL]
	if need := free.nations[iDRA].Budget() / cal.GDP; need < cal.Policy.MaxShare {
		t.Fatalf("the fixture's war asks %.3f, under CAL's ceiling %.3f", need, cal.Policy.MaxShare)
	}
	h := held.nations[iCAL].Share
	if !(h > peace && h <= 0.1+1e-12 && h < cal.Share) {
		t.Errorf("CAL at war with war_cap 0.1: %.4f (in peace %.4f, uncapped %.4f): want it raised toward 0.1 and no further", h, peace, cal.Share)
	}
	if d := math.Abs(above.nations[iCAL].Share - cal.Share); d > 1e-12 {
		t.Errorf("a cap above the ceiling moved CAL's share by %g", d)
	}
	if d := math.Abs(none.nations[iCAL].Share - peace); d > 1e-12 {
		t.Errorf("with war_cap 0 (and no war effort) the war moved CAL's share by %g", d)
	}
}

// TestWarBudgetsCountThePartOfTheTickAtWar: a war fought for a quarter of
// a one-year tick raises the desired share by a quarter of what a whole
// year of it would.
func TestWarBudgetsCountThePartOfTheTickAtWar(t *testing.T) {
	quarter := []Event{{Tick: 1, Kind: War, Label: "short war", A: Group{Nations: []int{iCAL}}, B: Group{Nations: []int{iDRA}},
		Duration: 1, From: 1.5, To: 1.75}}
	peace := warBudgets(t, nil, 1, 1).nations[iCAL].Share
	whole := warBudgets(t, calAgainstDRA, 1, 1).nations[iCAL].Share
	part := warBudgets(t, quarter, 1, 1).nations[iCAL].Share
	if got, want := part-peace, (whole-peace)/4; math.Abs(got-want) > 1e-9*want {
		t.Errorf("a quarter of a year at war raised CAL's share by %.6f; a whole year by %.6f, so want %.6f", got, whole-peace, want)
	}
}

// TestWarSpendingIsConsumed: what CAL spends above its peace path builds no
// forces, so that after the war its capability is the one it would have
// had in peace, and the excess of its share over the peace path decays by
// (1 − λ) a tick once the war is over.
func TestWarSpendingIsConsumed(t *testing.T) {
	peace := warBudgets(t, nil, 5, 1)
	atWar := warBudgets(t, calAgainstDRA, 5, 1)
	for i := range peace.nations {
		if p, q := peace.nations[i].Capability, atWar.nations[i].Capability; math.Abs(p-q) > 1e-9*p {
			t.Errorf("%s's capability after the war is %.6f, in peace %.6f: war spending built forces", peace.nations[i].ID, q, p)
		}
	}
	excess := func(tick int) float64 {
		return warBudgets(t, calAgainstDRA, tick, 1).nations[iCAL].Share - warBudgets(t, nil, tick, 1).nations[iCAL].Share
	}
	lambda := atWar.nations[iCAL].Policy.Adjustment
	if e2, e3 := excess(2), excess(3); e2 <= 0 || math.Abs(e3-(1-lambda)*e2) > 1e-9 {
		t.Errorf("CAL's share above its peace path: %.6f at the war's last tick, %.6f a tick later; want (1 − %g) of it", e2, e3, lambda)
	}
	if w := atWar.warPart[iCAL]; math.Abs(w-excess(5)) > 1e-12 {
		t.Errorf("the war part kept for CAL is %.6g, its share above the peace path %.6g", w, excess(5))
	}
}

// TestWarBudgetsReadOneSnapshot: both sides of a war match the budgets the
// sides had when phase 4 began (this tick's GDP, the last tick's shares),
// not the shares of the states budgeted before them in the same phase, so
// that the order of the nations changes nothing.
func TestWarBudgetsReadOneSnapshot(t *testing.T) {
	war := []Event{{Tick: 1, Kind: War, Label: "AST–DRA war", A: Group{Nations: []int{iAST}}, B: Group{Nations: []int{iDRA}},
		Duration: 2, From: 1, To: 3}}
	before := warBudgets(t, war, 0, 2)
	shares := []float64{before.nations[iAST].Share, before.nations[iDRA].Share}
	w := warBudgets(t, war, 1, 2)
	x := w.wars[0]
	for s, i := range []int{iAST, iDRA} {
		want := shares[s] * w.nations[i].GDP
		if math.Abs(x.spend[s]-want) > 1e-9*want || x.income[s] != w.nations[i].GDP {
			t.Errorf("side %d: matched spending %.6f and income %.6f; want %.6f and %.6f", s, x.spend[s], x.income[s], want, w.nations[i].GDP)
		}
	}
	if w.nations[iDRA].Share <= shares[1] || w.nations[iAST].Share <= shares[0] {
		t.Errorf("at ω_w 2 two states of like size should both raise their shares: AST %.4f → %.4f, DRA %.4f → %.4f",
			shares[0], w.nations[iAST].Share, shares[1], w.nations[iDRA].Share)
	}
}

// TestSteeredSpendingInPeaceBuildsForces: a steered nation that spends above
// the rule's share in peace builds forces with all of it; nothing of it is
// taken for a war's. (A first version counted any share above the rule's
// peace path as consumed, war or not.)
func TestSteeredSpendingInPeaceBuildsForces(t *testing.T) {
	cfg := testWorld()
	w := mustNew(t, withParams(cfg, func(p *Params) { p.JoinValue, p.FormValue = 50, 100 }))
	if err := w.Steer([]int{iCAL}, ControllerFunc(func(tick, i int, c *Choices) (Decision, bool) {
		s := 0.08
		return Decision{Share: &s}, true
	})); err != nil {
		t.Fatal(err)
	}
	stepThrough(t, w, 2)
	if w.warPart[iCAL] != 0 {
		t.Errorf("CAL, steered to 8 %% in peace, has a war part of %g", w.warPart[iCAL])
	}
	if s := w.nations[iCAL].Share; s != 0.08 {
		t.Fatalf("CAL's share %g, want the steered 0.08", s)
	}
}

// TestAGreatPowerAtWarSpendsMoreThanInPeace: DRA, whose small enemy asks
// nothing of it by the matching, still wants (1 + ε_w) times its peace
// desire while the war is fought: its share moves toward it at the
// budget's speed, so that its share above the peace run's is that speed
// times ε_w times the peace desire.
// With ω_w 0 (no matching) the own costs still count.
func TestAGreatPowerAtWarSpendsMoreThanInPeace(t *testing.T) {
	const effort = 0.5
	for _, match := range []float64{1, 0} {
		before := warBudgetsWith(t, calAgainstDRA, 0, match, effort).nations[iDRA].Share
		peace := warBudgetsWith(t, nil, 1, match, effort)
		atWar := warBudgetsWith(t, calAgainstDRA, 1, match, effort)
		r := 1 - math.Pow(1-peace.nations[iDRA].Policy.Adjustment, peace.dt)
		desire := (peace.nations[iDRA].Share - (1-r)*before) / r // the peace rule's desire in tick 1
		got, want := atWar.nations[iDRA].Share-peace.nations[iDRA].Share, r*effort*desire
		if math.Abs(got-want) > 1e-9*want || want <= 0 {
			t.Errorf("ω_w %g: DRA at war spends %.6f of GDP above its peace run; want λ·ε·s* = %.6f", match, got, want)
		}
	}
}

// TestAWarAgainstAStateOutsideTheWorld: CAL at war with a state the
// scenario does not model (its side B empty, as North Vietnam against the
// United States in the Cold War) has no enemy budget to match, and pays
// its own war's costs: its share above the peace run's is the budget's
// speed times ε_w times its peace desire, as DRA's against a small enemy.
// Its rivals take no part, and when it ends nothing is displaced: the data
// record no rivalry with a state outside the world.
func TestAWarAgainstAStateOutsideTheWorld(t *testing.T) {
	const effort = 0.5
	vietnam := []Event{{Tick: 1, Kind: War, Label: "CAL against a state outside", A: Group{Nations: []int{iCAL}},
		Outside: []string{"DRV"}, Duration: 2, From: 1, To: 3}}
	before := warBudgetsWith(t, vietnam, 0, 1, effort).nations[iCAL].Share
	peace := warBudgetsWith(t, nil, 1, 1, effort)
	atWar := warBudgetsWith(t, vietnam, 1, 1, effort)
	r := 1 - math.Pow(1-peace.nations[iCAL].Policy.Adjustment, peace.dt)
	desire := (peace.nations[iCAL].Share - (1-r)*before) / r
	if got, want := atWar.nations[iCAL].Share-peace.nations[iCAL].Share, r*effort*desire; math.Abs(got-want) > 1e-9*want || want <= 0 {
		t.Errorf("CAL at war outside spends %.6f of GDP above its peace run; want λ·ε·s* = %.6f", got, want)
	}
	for i := range atWar.nations {
		if d := atWar.nations[i].Share - peace.nations[i].Share; i != iCAL && d != 0 {
			t.Errorf("%s is in no war and its share moved by %g", atWar.nations[i].ID, d)
		}
	}
	w := displacementWorld(t, vietnam, calDRARivals, 2)
	stepThrough(t, w, 4)
	if d := w.Displacement(iCAL); d != 1 {
		t.Errorf("a war against a state outside the world displaced CAL's anchor by %g", d)
	}
}

// likeStatesAtWar is testWorld at perYear ticks a year with AST and DRA,
// states of like size, at war in the run's second and third years, each
// matching 1.4 times the other's spending, with no war effort, fiscal
// brake or drag and no pact made.
func likeStatesAtWar(t *testing.T, perYear int) *World {
	t.Helper()
	cfg := testWorld()
	cfg.TicksPerYear = perYear
	cfg.Events = []Event{{Tick: perYear, Kind: War, Label: "AST–DRA war", A: Group{Nations: []int{iAST}}, B: Group{Nations: []int{iDRA}},
		Duration: 2 * perYear, From: 1, To: 3}}
	return mustNew(t, withParams(cfg, func(p *Params) {
		p.WarMatch, p.WarEffort, p.FiscalBrake, p.Drag, p.JoinValue, p.FormValue = 1.4, 0, 0, 0, 50, 100
	}))
}

// TestASideMatchesTheEnemysYear: the spending a side at war matches is the
// enemy's mean over a year's ticks that ends spendLag ticks back: at four
// ticks a year the mean of the budgets four of its phase-4 snapshots held
// (each the last tick's share times that tick's GDP), the last two left
// out.
func TestASideMatchesTheEnemysYear(t *testing.T) {
	const perYear = 4
	w := likeStatesAtWar(t, perYear)
	var seen []float64 // DRA's budget at each tick's snapshot
	share := w.nations[iDRA].Share
	for w.Tick() < 2*perYear {
		w.Step()
		seen = append(seen, share*w.nations[iDRA].GDP)
		share = w.nations[iDRA].Share
	}
	want, lag := 0.0, spendLag(perYear)
	if lag != 2 {
		t.Fatalf("spendLag(4) = %d, want 2 (1.5 rounded)", lag)
	}
	for _, b := range seen[len(seen)-lag-perYear : len(seen)-lag] {
		want += b / perYear
	}
	if got := w.wars[0].spend[1]; math.Abs(got-want) > 1e-9*want {
		t.Errorf("AST matches DRA's spending of %.6f; DRA's mean over the last year's ticks is %.6f, its last tick's %.6f", got, want, seen[len(seen)-1])
	}
	if last := seen[len(seen)-1]; math.Abs(last-want) < 1e-6*want {
		t.Fatalf("bad fixture: DRA's budget did not move over the year (%.6f)", last)
	}
}

// TestSpendYearHoldsTheLastYear: the ring of a year's budgets and its lag,
// at four ticks a year and at one, and from its first record, which fills
// the ring.
func TestSpendYearHoldsTheLastYear(t *testing.T) {
	nations := make([]agents.Nation, 2)
	var y spendYear
	budgets := []float64{4, 8, 12, 16, 20}
	for k, b := range budgets {
		nations[1].GDP, nations[1].Share = 100, b/100
		y.record(nations, 4)
		want := 0.0                         // the first record fills the ring with itself
		for j := k - 2 - 3; j <= k-2; j++ { // the year ending two ticks back
			want += budgets[max(j, 0)]
		}
		if got := y.mean(1); math.Abs(got-want/4) > 1e-12 {
			t.Errorf("after %v at four ticks a year the year's mean is %g, want %g", budgets[:k+1], got, want/4)
		}
	}
	var one spendYear
	for _, b := range budgets {
		nations[1].Share = b / 100
		one.record(nations, 1)
		if got := one.mean(1); got != nations[1].Budget() {
			t.Errorf("at one tick a year the year's mean is %g, want the tick's budget %g", got, nations[1].Budget())
		}
	}
}

// TestAWarsSpiralDoesNotDependOnTheTick: two states of like size at war,
// each matching ω_w times the other's spending, outbid each other. Over a
// year's spending a year old in the middle (spendLag) their shares after
// two years of war are within a few per cent at one, four and twelve ticks
// a year (6.40, 6.18 and 6.30 %). Over the last year's ticks, half a year
// old in the middle at four and twelve, they were 6.4, 8.2 and 8.5 %, and
// matching the last tick's, four ticks a year ended at 13.6 %.
func TestAWarsSpiralDoesNotDependOnTheTick(t *testing.T) {
	after := func(perYear int) float64 {
		w := likeStatesAtWar(t, perYear)
		stepThrough(t, w, 3*perYear-1)
		return w.nations[iAST].Share
	}
	one := after(1)
	if one <= 1.5*warBudgets(t, nil, 2, 1.4).nations[iAST].Share {
		t.Fatalf("the fixture's war hardly raises AST's share at one tick a year (%.4f)", one)
	}
	for _, perYear := range []int{4, 12} {
		if r := after(perYear) / one; r > 1.1 || r < 0.9 {
			t.Errorf("AST's share after two years of war at %d ticks a year is %.2f times one's (%.4f): want it within 10 %%", perYear, r, one)
		}
	}
}
