package sim

import (
	"cmp"
	"fmt"
	"slices"

	"entente/agents"
)

// Why is what the model weighs for one nation, for a reader who asks why
// a state spends what it spends and allies as it does (entente why). The
// budget is the last tick's, as the rule computed it. The alliance tests
// are read from the world as the last tick left it, as a steered nation's
// Choices are: the next tick weighs them after its events, its growth and
// the moves of the nations that act before, so an option open here may be
// closed then. Reading them changes nothing in the run.
type Why struct {
	Nation int
	Active bool // in the system: a nation before its entry or after its merger has no reading but this
	// Threat is its whole threat as perceived now, T̂; its budget answers
	// the one of budget_lag before (Budget.Threat).
	Threat  float64
	Sources []ThreatSource // where its whole threat comes from now, largest first
	Budget  BudgetWhy
	// Standings are its alliances, each with the tests of staying.
	Standings []Standing
	// Waiting: it joined or founded a pact less than a year ago and does
	// not act at the next tick.
	Waiting bool
	// Next is its best option as the formation rule weighs it (join an
	// alliance or found a pact), nil when nothing passes. Held is how long
	// (years) it has meant to ally, some option passing its tests, and Acts
	// whether the next tick takes its best: deliberation asks it to have
	// meant to for `deliberation` years (formation.go), all else as it
	// stands.
	Next *Move
	Held float64
	Acts bool
}

// ThreatSource is one state's part in a nation's whole threat: its forces
// K_l times the two-way hostility Θ_il (inherited enmity included) times
// the nation's exposure to it π_il.
type ThreatSource struct {
	From                        int
	Hostility, Proximity, Force float64
	Threat                      float64 // Θ_il·π_il·K_l
	Part                        float64 // of the whole threat (before perception smooths it)
}

// BudgetWhy is the budget rule of the last tick for one nation: the peace
// rule's desired share s* = Terms.Unbounded(s_a, Pull), s_a·threat·income·
// regime + Pull − brake (clamped to the nation's bounds), a war's demand above it, and the share
// the nation moved to.
type BudgetWhy struct {
	Set            bool    // false before the nation's first budget
	Threat         float64 // the threat the budget answers (lagged by budget_lag)
	AllianceThreat float64 // the threat its alliances' public defence answers
	OwnShare       float64 // ω: the part of its protection its own forces give
	Forces         float64 // K
	Burden         float64 // x = (ψ·T + (1 − ψ)·ω·max(T_A, T))/K
	Anchor         agents.Anchor
	Terms          agents.Terms // the rule's threat, income and regime terms and its fiscal brake
	Regime         float64      // r: the regime (Polity2) the budget weighed (Anchor.Regime: at the anchor)
	Pull           float64      // its alliances' targets' pull
	Peace          float64      // the peace rule's desired share
	Desired        float64      // with a war's demand
	Share          float64      // the share it moved to
	Before         float64      // the share before the tick
	// Held is true when a peace budget's rise was held to the tick's
	// increment, (1 + share_rise)^dt times Before (budget.go's incremental).
	Held bool
	// Returned is the factor by which Anchor's share has returned toward
	// the era's median EraMedian over ReturnYears years of a threat below
	// its level at the anchor (legacy.go; 1: none).
	Returned    float64
	ReturnYears float64
	EraMedian   float64
	// War is the war that raised the desire above the peace rule's, if
	// one did.
	War *WarWhy
}

// WarWhy is a war's demand on a belligerent's budget (warbudget.go): the
// larger of the enemy side's spending matched, ω_w·ΣB_enemy/ΣY_own (held
// to s̄_w), and its own war's costs, (1 + ε_w)·s*, no more than its
// ceiling, for the part of the tick at war.
type WarWhy struct {
	Enemies       []int
	Match, Effort float64
	Cap, Ceiling  float64 // the matching's cap s̄_w and the nation's s_max
	Part          float64
}

// Standing is a member's tests of staying in one of its alliances, as the
// exit rule reads them: it leaves once one has failed for Patience years
// in a row (exit_patience in whole ticks), Years counting the ticks
// already failed, in years.
type Standing struct {
	Alliance *Alliance
	Value    agents.MembershipValue // of staying
	// ExitLevel is v_exit less what holds it: its institutions' hold
	// β_i·I and a start pact's entry gap.
	ExitLevel float64
	// Kappa is its fellows' mean scoped κ toward its threat, against
	// KappaStay (κ_stay less its institutions' part and its κ gap); Shared
	// is false when it fears none of the pact's adversaries (no test).
	Kappa, KappaStay float64
	Shared           bool
	Rival            string // the leader it is a rival of, counted ("" if none)
	AtWar            string // the stronger fellow it is at war with ("" if none)
	Crossed          string // the crossing it would leave for ("" if none)
	Years            struct{ Value, Kappa, Rival, Crossed float64 }
	Patience         float64
}

// Side is one party's reading of a pact it would found or join: its value
// and the admission test (Admission ≥ κ_admit, Reach the forces' reach it
// rests on), and the first test it fails ("" when it passes them all).
type Side struct {
	Value     agents.MembershipValue
	Admission float64
	Reach     float64
	Shared    bool
	Protege   bool // the weaker founder of a new pact: its admission test is waived (guarantee.go)
	Fails     string
	Test      SideTest // the test Fails reads ("" when it passes them all)
}

// SideTest names the test a side fails, in the order formation tests them.
type SideTest string

const (
	FailsScope     SideTest = "scope"     // its partners fear no adversary of the pact (no κ to test)
	FailsAdmission SideTest = "admission" // admission κ below κ_admit
	FailsValue     SideTest = "value"     // value at or below v_form or v_join
)

// PactWhy is a new pact of two as the formation rule weighs it: Closed is
// why it is not weighed at all ("" when it is), and each side's reading.
type PactWhy struct {
	A, B     int
	Closed   string
	Cohesion float64
	Sides    [2]Side // A's, B's
}

// JoinWhy is a nation's candidacy to an alliance it is not in.
type JoinWhy struct {
	Nation   int
	Alliance *Alliance
	Closed   string
	Side     Side
}

// Why explains nation i (see the type).
func (w *World) Why(i int) Why {
	y := Why{Nation: i, Active: w.nations[i].Active}
	if !y.Active {
		return y
	}
	y.Threat, y.Budget, y.Sources = w.perceivedWhole[i], w.budgetWhy(i), w.threatSources(i)
	for _, a := range w.memberships[i] {
		y.Standings = append(y.Standings, w.standing(i, a))
	}
	y.Waiting = w.waiting(i)
	if y.Waiting {
		return y
	}
	acted := make([]bool, len(w.nations))
	for j := range acted {
		acted[j] = w.waiting(j)
	}
	c := w.bestChoice(i, acted)
	switch {
	case c.join:
		y.Next = &Move{Action: Join, Target: c.alliance.ID, Value: c.value.MembershipValue, Ask: c.alliance.Target, Rule: true}
	case c.ok:
		y.Next = &Move{Action: Found, Target: w.nations[c.pact.partner].ID, Value: c.pact.own.MembershipValue, Ask: w.initTarget, Rule: true}
	default:
		return y
	}
	// deliberated's clock, read without moving it.
	y.Acts = w.p.Deliberation <= 0
	if i < len(w.intents) {
		if cur := w.intents[i]; cur.set { // it has meant to ally since cur.since, whatever its best option then
			y.Held = float64(w.tick-cur.since) / float64(w.cfg.TicksPerYear)
			y.Acts = y.Acts || w.tick-cur.since >= w.deliberationTicks()
		}
	}
	return y
}

// waiting reports whether nation i joined or founded a pact less than a
// year before the next tick (formation's acted).
func (w *World) waiting(i int) bool {
	return len(w.lastActed) == len(w.nations) && w.tick-w.lastActed[i] < w.cfg.TicksPerYear
}

// threatSources lists the states i's whole threat comes from, largest
// first (ties by index).
func (w *World) threatSources(i int) []ThreatSource {
	var out []ThreatSource
	total := 0.0
	wi, th, pi := w.weights.RawRowView(i), w.theta.RawRowView(i), w.proximity.RawRowView(i)
	k := w.capVec.RawVector().Data
	for l := range wi {
		total += wi[l] * k[l]
	}
	for l := range wi {
		if t := wi[l] * k[l]; t > 0 {
			out = append(out, ThreatSource{From: l, Hostility: th[l], Proximity: pi[l], Force: k[l], Threat: t, Part: t / total})
		}
	}
	slices.SortStableFunc(out, func(a, b ThreatSource) int { return cmp.Compare(b.Threat, a.Threat) })
	return out
}

// budgetWhy is the last tick's budget of nation i, from what setBudgets
// recorded (budgetRecord).
func (w *World) budgetWhy(i int) BudgetWhy {
	if !w.budgetSeen[i].set || !w.nations[i].Active {
		return BudgetWhy{}
	}
	t := w.budgetSeen[i]
	n := &w.nations[i]
	bp := w.p.budget()
	b := BudgetWhy{
		Set: true, Threat: t.in.Threat, AllianceThreat: t.in.AllianceThreat, OwnShare: t.in.OwnShare,
		Forces: t.in.Capability, Burden: agents.Burden(n.Policy, t.in), Anchor: t.anchor, Pull: t.in.Pull,
		Terms: agents.TargetTerms(n.Policy, bp, t.anchor, t.in), Regime: t.in.Regime,
		Peace: agents.TargetShare(n.Policy, bp, t.anchor, t.in), Desired: t.desired, Share: n.Share,
		Before: t.before, Held: t.held, EraMedian: w.legacy.median,
	}
	b.ReturnYears, b.Returned = w.legacy.years[i], 1
	if t.origin > 0 {
		b.Returned = t.anchor.Share / t.origin
	}
	if d := t.war; d.set && d.war < len(w.wars) {
		x := w.wars[d.war]
		enemies := x.b
		if d.side == 1 {
			enemies = x.a
		}
		b.War = &WarWhy{Enemies: slices.Clone(enemies), Match: d.match, Effort: (1 + w.p.WarEffort) * b.Peace, Cap: w.p.WarCap, Ceiling: n.Policy.MaxShare, Part: d.part}
	}
	return b
}

// WhyStanding is member i's tests of staying in alliance a (see Why for
// when; a Why's Standings hold one per alliance of i's).
func (w *World) WhyStanding(i int, a *Alliance) Standing { return w.standing(i, a) }

// standing reads member i's tests of staying in a as exits does, without
// moving its counters or marks.
func (w *World) standing(i int, a *Alliance) Standing {
	k := slices.Index(a.Members, i)
	lead := w.leader(a)
	rival := !a.heldAcross(k, lead) && w.rivals(i, lead)
	hold, exitValue, kappaStay := w.stayLevels(i, a, k, lead, rival)
	v := w.valueOf(i, option{alliance: a, cohesion: a.snapshot, target: a.Target}, false)
	s := Standing{Alliance: a, Value: v.MembershipValue, ExitLevel: exitValue, KappaStay: kappaStay}
	s.Kappa, s.Shared = w.kappaOut(i, a)
	if rival && !w.heldByOrganisation(a, i, lead) && i != lead {
		s.Rival = w.nations[lead].ID
	}
	if m := w.fellowAtWar(i, a, lead); m >= 0 {
		s.AtWar = w.nations[m].ID
	}
	if c := w.crossedBy(i, a, k, func() float64 { return v.Value + w.p.InstituteHold*hold + a.entryGap[k] }); c.other != nil {
		s.Crossed = c.cause(w)
	}
	per := float64(w.cfg.TicksPerYear)
	s.Patience = float64(w.ticksOf(w.p.ExitPatience)) / per
	s.Years.Value, s.Years.Kappa = float64(a.lowValue[k])/per, float64(a.lowKappa[k])/per
	s.Years.Rival, s.Years.Crossed = float64(a.lowRival[k])/per, float64(a.lowCross[k])/per
	return s
}

// WhyPact explains the new pact of i and j as formation weighs it (see
// Why for when).
func (w *World) WhyPact(i, j int) PactWhy {
	p := PactWhy{A: i, B: j}
	switch {
	case i == j:
		p.Closed = "a state does not ally with itself"
	case !w.nations[i].Active || !w.nations[j].Active:
		p.Closed = "not both in the system"
	case w.shareAlliance(i, j):
		p.Closed = "already allied"
	case w.rivals(i, j):
		p.Closed = fmt.Sprintf("rivals: hostility %.2f and %.2f, h_scope %.2f", w.hostility.At(i, j), w.hostility.At(j, i), w.p.ScopeLevel)
	}
	if l, split := w.pairAtWar(i, j); split && p.Closed == "" {
		p.Closed = "a war under way with " + w.nations[l].ID + " splits them"
	}
	for _, x := range []int{i, j} {
		if p.Closed == "" && w.waiting(x) {
			p.Closed = w.nations[x].ID + " joined or founded a pact less than a year ago and waits"
		}
	}
	if p.Closed != "" {
		return p
	}
	p.Cohesion = w.pactCohesion(i, j)
	for s, d := range [2][2]int{{i, j}, {j, i}} {
		v := w.value(d[0], option{partner: d[1], cohesion: p.Cohesion, target: w.initTarget})
		p.Sides[s] = w.side(v, w.proximity.At(d[1], d[0]), w.p.FormValue, "v_form", w.protege(d[0], d[1])) // its reach to the other (kappaInScope)
	}
	return p
}

// WhyJoin explains nation i's candidacy to alliance a (see Why for when).
func (w *World) WhyJoin(i int, a *Alliance) JoinWhy {
	j := JoinWhy{Nation: i, Alliance: a}
	switch {
	case a.Dissolved || len(a.Members) == 0:
		j.Closed = "dissolved"
	case a.isMember[i]:
		j.Closed = "a member"
	case !w.nations[i].Active:
		j.Closed = "not in the system"
	case w.waiting(i):
		j.Closed = w.nations[i].ID + " joined or founded a pact less than a year ago and waits"
	case w.rivalOfFellow(i, a):
		j.Closed = "a rival of its leader, or of a member it is not tethered to"
	default:
		j.Closed = w.vetoed(i, a)
	}
	if j.Closed != "" {
		return j
	}
	reach := 0.0
	for _, m := range a.Members {
		reach = max(reach, w.proximity.At(m, i))
	}
	v := w.value(i, option{alliance: a, cohesion: a.snapshot, target: a.Target})
	bar, name := w.joinBar(a) // v_form for a pact on the point of dissolving (moribund.go)
	j.Side = w.side(v, reach, bar, name, false)
	return j
}

// side reads one party's valuation against the admission test (unless
// it is a new pact's protégé, whose test is waived) and the value it must
// exceed, in the order formation tests them.
func (w *World) side(v valuation, reach, least float64, name string, protege bool) Side {
	s := Side{Value: v.MembershipValue, Admission: v.KappaIn, Reach: reach, Shared: v.Shared, Protege: protege}
	switch {
	case !protege && !v.Shared:
		s.Test, s.Fails = FailsScope, "its partners fear no adversary of the pact"
	case !protege && v.KappaIn < w.p.KappaAdmit:
		s.Test, s.Fails = FailsAdmission, fmt.Sprintf("admission κ %.3f < κ_admit %.3f", v.KappaIn, w.p.KappaAdmit)
	case v.Value <= least:
		s.Test, s.Fails = FailsValue, fmt.Sprintf("value %.3f ≤ %s %.3f", v.Value, name, least)
	}
	return s
}
