package sim

import (
	"math"

	"entente/agents"
)

// setBudgets is phase 4: every nation sets its defence share by the budget
// rule (agents.TargetShare: its anchored share, moved by the change in the
// effort its threat and its allies call for; the fiscal brake; the pull of
// its alliances' targets), all from the same snapshot. Its threats are the
// whole ones, before focus (focus.go): a state arms against the forces
// that could be turned on it, wherever they look today. A state is anchored
// the first tick it budgets, at the start or when it enters: at its share
// then, and at the mean of its burdens over the years its start share
// was measured over (Config.ShareYears; until they have passed, the mean
// so far). A share and a burden describe the same years: France's start
// share of 1947 is the median of 1947–49, and its burden, nil in 1947
// while it was the Soviet Union's ally, is 0.6 by 1948. The mean, not the
// median: a median of a rising burden is its value at the window's middle
// date, and whether the blockade of June 1948 falls before that date
// depends on the tick length (at one tick a year it acts from January);
// the mean weighs each tick by the time it stands for, so a tick's
// misplaced event moves it by a tick's share of the window. It is taken by
// the trapezoid rule over the ticks' budgets, the window's last tick closed
// by the next tick's (anchorWindow.add), not as the samples' plain mean,
// which counted an entrant's first, least-armed tick for a whole year at
// one tick a year and for a month at twelve. The anchor
// keeps the regime the share was measured under too (Config.AnchorRegime), which
// the rule's regime term measures a fall from.
func (w *World) setBudgets() {
	bp := w.p.budget()
	window := w.anchorTicks()
	w.sumAlliances()
	w.sumWars()
	for i := range w.nations {
		n := &w.nations[i]
		if !n.Active {
			continue
		}
		threat, allied := w.laggedThreats(i, w.perceivedWhole[i], w.allianceThreat(i)) // budgetlag.go
		in := agents.BudgetInputs{
			Threat:         threat,
			AllianceThreat: allied,
			OwnShare:       n.Capability / w.security[i],
			Capability:     max(n.Capability, w.snapshotFloor),
			Pressure:       n.Pressure,
			GDP:            n.GDP,
			Regime:         n.Regime,
			Pull:           w.targetPull(i),
		}
		win := &w.anchorWin[i]
		if !w.anchor[i].Set {
			w.anchor[i] = agents.Anchor{Share: n.Share, Pressure: n.Pressure, GDP: n.GDP, Regime: w.cfg.AnchorRegime(i, n.Regime), Set: true}
			*win = anchorWindow{own: in.OwnShare, threat: in.Threat, allied: in.AllianceThreat}
		}
		if win.samples <= window {
			w.anchor[i].Burden = win.add(agents.Burden(n.Policy, win.held(in)))
		}
		w.legacy.advance(i, threat, w.dt)
		displaced := w.displacedAnchor(i)
		anchor := w.legacy.returned(i, displaced, w.p.RevertKept, w.p.RevertRate)
		peace := agents.TargetShare(n.Policy, bp, anchor, in)
		desired, war := w.warShare(i, peace) // a war's demand (warbudget.go)
		path := n.Share - w.warPart[i]       // the share's peace path before this tick
		ruled := agents.AdjustShare(n, desired, w.dt)
		before, held := n.Share, false
		if !(desired > peace) {
			bounded := w.incremental(n.Share, ruled) // a peace budget grows by increments
			ruled, held = bounded, bounded < ruled
		}
		n.Share = w.steerShare(i, ruled) // a steered nation's own share (steer.go)
		w.budgetSeen[i] = budgetRecord{set: true, in: in, anchor: anchor, origin: displaced.Share, desired: desired, war: war, before: before, held: held}
		if desired > peace || w.warPart[i] > 0 {
			// In peace with nothing of a war left, the share is its own
			// peace path: there is no war part to follow.
			w.warPart[i] = w.warExcess(n, path, peace, ruled)
		}
	}
}

// incremental bounds a peacetime share's rise over one tick to the factor
// (1 + share_rise)^dt, which compounds to 1 + share_rise a year at any tick
// length. Budgets are made from last year's base by increments (Wildavsky
// 1964, The Politics of the Budgetary Process; Davis, Dempster & Wildavsky
// 1966, APSR 60(3): each year's appropriation a stable fraction of the
// last; Ostrom 1978, APSR 72(3), for the United States' defence budget):
// forces are recruited, trained and bought over years, and a threat that
// doubles in a year does not double that year's budget (the 21st century's
// Western Europe raised its shares by a few tenths of a point a year after
// 2022, not by half). A war's demand is not bound (warbudget.go): a state
// at war spends what its war demands. Once its fighting ends the bound
// holds again on any rise, though what the war added is still decaying
// (that part only falls, and at λ it takes a decade to fall below any
// tolerance: Qatar's rise of 1996, half its share in a year, came through
// the Gulf War's residue of 4e-8 of GDP until setBudgets bound it). Cuts
// are not bound: a budget can be cut faster than forces can be raised.
func (w *World) incremental(was, share float64) float64 {
	if w.p.ShareRise <= 0 || share <= was {
		return share
	}
	return min(share, was*math.Pow(1+w.p.ShareRise, w.dt))
}

// Anchor returns nation i's budget anchor (zero until its first budget).
func (w *World) Anchor(i int) agents.Anchor { return w.anchor[i] }

// allianceThreat is the threat the public part of i's defence answers:
// the largest threat one of its alliances' public defence answers,
// P_A = Σ_m T̂_m·φ°_mA over its members (i included: the threat its forces
// help deter, extended deterrence), as far as i has a stake in it
// (publicStake), or its own threat when that is larger or it has no
// alliance: max(T̂_i, max_{A∋i} T̂_i + ς_iA·(P_A − T̂_i)).
func (w *World) allianceThreat(i int) float64 {
	own := w.perceivedWhole[i]
	t := own
	for _, a := range w.memberships[i] {
		if a.publicThreat > own {
			t = max(t, own+w.publicStake(i, a)*(a.publicThreat-own))
		}
	}
	return t
}

// publicStake is ς_iA, the part of a's public defence member i answers:
// the pact's adversaries weighted by their forces, each as far as i is
// itself at odds with it (the ramp of the scope, 7.5, on the larger of
// i's own enmity toward it and its enmity toward i, as perception has it),
//
//	ς_iA = Σ_l σ_A,l·ramp(max(H_il, Ĥ_li))·K_l / Σ_l σ_A,l·K_l.
//
// A member's demand for its alliance's common defence follows what that
// defence is worth to it (Murdoch & Sandler's joint products; the
// follower literature finds the exposed members answering most): a member
// at peace with the adversary a pact is aimed at gains nothing from
// deterring it and answers its allies' threat from it not at all. Turkey,
// no rival of Russia's in the data, stayed in NATO after 2022 without
// raising its budget toward NATO's common defence against Russia
// (MODEL-NOTES, "A member answers the common defence against its own
// adversaries"). In a pact whose members all oppose its adversaries, as
// the Cold War's did, ς is 1 and nothing changes.
func (w *World) publicStake(i int, a *Alliance) float64 {
	h, fromL := w.hostility.RawRowView(i), w.hhatT.RawRowView(i)
	k := w.capVec.RawVector().Data
	num, den := 0.0, 0.0
	for _, x := range w.scopeOf(a) {
		num += x.s * w.scopeWeight(max(h[x.l], fromL[x.l])) * k[x.l]
		den += x.s * k[x.l]
	}
	if den <= 0 {
		return 0
	}
	return num / den
}

// sumAlliances totals, for each live alliance over its active members, the
// threat it is aimed at, the threat its public defence answers, their
// whole threat, and their budgets and GDP (its aggregate share, the
// implicit target of targetPull).
//
// A pact's public defence answers the threat from its adversaries, not
// every threat of every member (scope.go): the part of member m's
// perceived threat that comes from the pact's scope is
//
//	φ_mA = Σ_l σ_A,l·t_ml / T_m,
//
// so that Italy's forces in NATO answer the Russian threat to the
// alliance, not China's to the United States, and a pact without an
// adversary (the Franco-Soviet treaty of 1944 in 1947) asks its members
// for no public defence. The threat the public defence answers counts each
// member's own enmity toward the adversaries, not the enmity it inherits
// from its allies (perception.go's Ĥ, entrapment); the adversary's toward
// the member counts as perception has it:
//
//	φ°_mA = Σ_l σ_A,l·max(H_ml, Ĥ_lm)·π_ml·K_l / T_m.
//
// An inherited enmity is the other members' mean, already counted in their
// own terms: with it every member would add its fellows' quarrels again,
// and the public threat would grow with the number of members however
// little they quarrel themselves (NATO's thirty of 2022 would count their
// mean enmity toward Russia thirty times over). aim (targetPull) keeps
// φ_mA: what a member fears, inherited or not, is what it asks its
// alliance to be aimed at.
func (w *World) sumAlliances() {
	for _, a := range w.alliances {
		if a.Dissolved {
			continue
		}
		a.threatSum, a.publicThreat, a.rawThreatSum, a.spendSum, a.gdpSum = 0, 0, 0, 0, 0
		scope := w.scopeOf(a)
		for _, m := range a.Members {
			if w.nations[m].Active {
				aimed, own := w.scopedParts(m, scope)
				a.threatSum += w.perceivedWhole[m] * aimed
				a.publicThreat += w.perceivedWhole[m] * own
				a.rawThreatSum += w.perceivedWhole[m]
				a.spendSum += w.peaceSpend(m) // warbudget.go
				a.gdpSum += w.nations[m].GDP
			}
		}
	}
}

// targetPull is the strongest pull of i's alliances' targets, not the sum
// (MODEL.md 2b): the largest ν·c_A·max(0, τ − s) over the targets they
// declared (an event: NATO's 2 % of 2006) and the largest
// aim_A·ν·c_A·max(0, τ_m·Σ s_m·Y_m / Σ Y_m − s) over their implicit ones:
// members follow the alliance's average burden (Odehnal et al. find a
// positive long-run link of NATO members' spending to the alliance
// average, old members and new; George & Sandler 2018's free riding is the
// other side, in the burden x), as far as the alliance is aimed at what
// its members fear (aim). The average is the common defence effort's: an
// alliance with no adversary has none to share, and NATO's members of
// 2000–13, whose pact had none, drifted below its average (1.4 % of GDP
// in Europe in 2014 against about 2.5 % overall) where those of 1950–55 had
// climbed toward it.
func (w *World) targetPull(i int) float64 {
	pull := 0.0
	bp := w.p.budget()
	s := w.nations[i].Share
	for _, a := range w.memberships[i] {
		pull = max(pull, agents.TargetPull(bp, a.snapshot, a.Target, s))
		if follow := w.implicitTarget(a); follow > 0 {
			pull = max(pull, w.aim(a)*agents.TargetPull(bp, a.snapshot, follow, s))
		}
	}
	return pull
}

// implicitTarget is τ_m·Σ s_m·Y_m / Σ Y_m over a's active members, each
// share on its peace path (what a war consumes builds no common defence to
// follow), from sumAlliances' totals (0 without members' GDP).
func (w *World) implicitTarget(a *Alliance) float64 {
	if a.gdpSum <= 0 {
		return 0
	}
	return w.p.FollowShare * a.spendSum / a.gdpSum
}

// aim is the part of its members' threat that an alliance is aimed at,
// Σ_m T̂_m·φ_mA / Σ_m T̂_m, from sumAlliances' totals (0 when they face
// none).
func (w *World) aim(a *Alliance) float64 {
	if a.rawThreatSum <= 0 {
		return 0
	}
	return min(1, a.threatSum/a.rawThreatSum)
}

// scopedParts are φ_mA and φ°_mA, in one pass over the scope, on the whole
// threat that budgets answer (before focus): the part of m's threat that
// comes from a pact's adversaries, Σ_l σ_l·W_ml·K_l / T_m, and
// the part that comes through m's own enmity toward them, Σ_l
// σ_l·max(H_ml, Ĥ_lm)·π_ml·K_l / T_m, the adversary's enmity toward m, its
// own or inherited from its allies, counting as in perception and m's
// inherited enmity toward it not (both 0 when m faces no threat).
func (w *World) scopedParts(m int, scope []scoped) (aimed, own float64) {
	total := w.threatWhole[m]
	if total <= 0 {
		return 0, 0
	}
	wm, h, fromL, pi := w.weights.RawRowView(m), w.hostility.RawRowView(m), w.hhatT.RawRowView(m), w.proximity.RawRowView(m)
	k := w.capVec.RawVector().Data
	for _, x := range scope {
		aimed += x.s * wm[x.l] * k[x.l]
		own += x.s * max(h[x.l], fromL[x.l]) * pi[x.l] * k[x.l]
	}
	return min(1, aimed/total), min(1, own/total)
}

// anchorTicks is the number of ticks over which a state's anchor burden
// is measured: the years its start share was measured over
// (Config.ShareYears), at least one tick; 0 where the start share is a
// given number (ShareYears 0): the first tick's burden alone.
func (w *World) anchorTicks() int {
	if w.cfg.ShareYears <= 0 {
		return 0
	}
	return w.ticksOf(w.cfg.ShareYears)
}

// anchorWindow is a state's anchor burden in the making: the sum of its
// burdens over the ticks so far and, from its first budget, the part of
// its security it then provided, its own threat and the threat its
// alliances were aimed at.
type anchorWindow struct {
	samples             int     // burdens taken so far, one at each tick's budget
	sum, first          float64 // their sum, and the first
	own, threat, allied float64
}

// add takes the burden b of the window's next tick and returns the mean
// burden so far. A tick's budget sees the burden at the tick's start, so a
// mean of the samples is a left Riemann sum of the window, which counts a
// falling burden's early values for a whole tick: an entrant whose forces
// build up over its first years (West Germany from 1949) had an anchor
// burden of 18.4, 15.3 and 14.2 at one, four and twelve ticks a year. The
// mean is the trapezoid rule over the ticks' starts instead (the window's
// last tick is closed by the next tick's sample), exact for a burden that
// moves linearly at any tick length. A window of no ticks (anchorTicks)
// takes the first sample alone.
func (win *anchorWindow) add(b float64) float64 {
	win.samples++
	if win.samples == 1 {
		win.sum, win.first = b, b
		return b
	}
	win.sum += b
	return (win.sum - (win.first+b)/2) / float64(win.samples-1)
}

// held is the budget inputs in as the state's alliances of its first
// budget would have them: its own threat and forces move, what its allies
// do for it stays as it was (a pact the model forms in the anchor's years
// is its answer, not the state's level): the part of its security it
// provides is the first budget's, and its alliance threat moves with its
// own threat from there (held as it was while it had none).
func (win *anchorWindow) held(in agents.BudgetInputs) agents.BudgetInputs {
	in.OwnShare, in.AllianceThreat = win.own, win.allied
	if win.threat > 0 {
		in.AllianceThreat = win.allied * in.Threat / win.threat
	}
	return in
}

// budgetRecord is what a nation's last budget was computed from, for
// readers (Why): the rule's inputs and its displaced anchor (the peace
// rule's desire follows from them, and the share is the nation's), and
// the desire with a war's demand, kept as the rule computed it so that a
// reading's account of the war (war) can be checked against it. The model
// never reads it.
type budgetRecord struct {
	set     bool
	in      agents.BudgetInputs
	anchor  agents.Anchor
	origin  float64 // the anchored share before its return toward the era's median (legacy.go)
	desired float64
	war     warDemand
	before  float64 // the share before the tick
	held    bool    // its rise was held to a peace tick's increment (incremental)
}
